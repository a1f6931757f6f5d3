/**
 * Review of stop 42's reading rules (`git diff 9132c049..lead42 -- loaders` and the helper branches):
 * shapes where a rule stores a wrong figure. Rules already in lead42: a must-NOT case written as
 * `it.fails(...)` (fails today; drop `.fails` once the reader is fixed). Rules only on a helper branch:
 * a plain `it(...)` must-NOT case in `describe("helper branch <name>", …)` that holds on lead42 and fails on
 * the helper's code, so the full unit run catches it when the branch is merged. Plain `it(...)` controls
 * hold today and a fix must keep them. Made-up federation (Ravik), people and figures; readers not changed.
 *
 * Proposed fixes (one a risk):
 * R1  readDecisions grantsFirst: only where a later sentence refuses a recipient other than the first
 *     sentence's and the first sentence grants an amount or a named recipient now; the amount never the refused one's.
 * R2  OFFERS: adopt the office's told proposal only where the decision names that body ("enligt kansliets förslag")
 *     or no other body proposes in the item; R2b: only a sentence offering money ("förslag (kr)", an amount, a table).
 * R3a parseAttendance: the serving label only in the past/perfect ("tjänstgjorde", "har tjänstgjort") or
 *     "(tjänstgörande)"; present "tjänstgör vid …" is a roster, serving null. R3b: cut "för <Name> (<party>)".
 * R4  inventedExamples: "fiktivt namn"/"fingerat namn" declares a name, not figures; and an unframed example ends
 *     at its first blank line followed by a caption or table header, year in it or not.
 * R5  equalsLines (r42-lines): give a bare amount the document's unit only where it has at most 4 digits
 *     before any decimal (never a whole-kronor size like "7 420 000"); or only where the box's caption states the unit.
 * R6  findRecipient NAME_OPENS_GRANT: never the own federation, a state funder or a role ("Ordföranden",
 *     "Förbundschefen") as recipient.
 * R7  legendColumns: prefer the legend nearest the table on the side the document's legends stand (if a legend
 *     precedes the first marked table, legends are above); a basis word outside the four ("plan", "mål",
 *     "förslag") refuses the legend instead of reading the year as actual.
 * R8  moneyArithmetic NOT_OURS_ABOVE: keep blocking headings about the interventions together
 *     ("Insatsernas ekonomi", "insatsernas kostnader"), only free an item's text that merely names them.
 * R9  longFormatTables organisation column: "Samtliga"/WHOLE is ours only where no other federation appears in
 *     the column; beside other federations it is everyone's.
 * R10 sectionScope "^sammanställning$" (r42-lines): a federation summary only outside an intervention's section
 *     (no intervention heading above it in the same chapter).
 * R11 CLAUSE_GRANTED: the amount must be the one in the recipient's own clause ("att Steget beviljas 350 000 kr").
 * R12 readDecisions under a marker: skip sentences whose board is another federation's (boardOfSentence "other").
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";
import { withoutInventedExamples } from "../../loaders/extract/text/inventedExamples.ts";
import { legendColumns } from "../../loaders/extract/text/legendColumns.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";

const minutes = (lines: string[]) =>
  documentFacts({ federation: "ravik", kind: "board_minutes", date: "2026-03-12" }, lines);
const head = [
  "Samordningsförbundet Ravik                    PROTOKOLL",
  "Styrelsen",
  "",
  "Datum: 2026-03-12",
  "Tid: kl. 09.00–11.00",
  "",
  "Närvarande ledamöter",
  "  Eva Strand (S), Åby kommun, ordförande",
  "  Nils Berg (M), Region Ravik",
  "",
];
const opening = ["§ 1  Mötets öppnande", "Styrelsen beslutar att godkänna dagordningen."];
const decisions = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "decision").map((f) => `${f.item_ref}:${f.outcome}:${f.amount_sek}`);
const allocations = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "allocation")
    .map((f) => `${f.recipient}:${f.amount_sek}:${f.period_start}–${f.period_end}`);
const attendance = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "attendance").map((f) => `${f.person}:${f.role}:${f.serving}`);

describe("review42 R1 readDecisions grantsFirst: a first sentence granting, a later one refusing", () => {
  // grantsFirst turns 'rejected' into 'approved' whenever the first decided sentence has a grant verb and
  // classifies approved, whatever the later refusal refuses: the item's only money refused becomes approved.
  it("R1a a first sentence putting off a distribution does not approve the refused application (must not fire)", () => {
    const facts = minutes([
      ...head,
      "§ 5  Ansökan om medel – Steget",
      "Styrelsen beslutar att fördela återstående insatsmedel vid sammanträdet i juni. Ansökan från Steget om 300 000 kr avslås.",
    ]);
    expect(decisions(facts)).not.toContain("§5:approved:300000");
  });
  it("R1b a conditional grant whose condition fails, the application refused, is no allocation (must not fire)", () => {
    const facts = minutes([
      ...head,
      "§ 5  Ansökan om medel – Steget",
      "Styrelsen beslutar att bevilja Steget 300 000 kr under förutsättning att Region Ravik medfinansierar insatsen. Region Ravik har meddelat att medfinansiering saknas, varför ansökan avslås.",
    ]);
    expect(allocations(facts).filter((a) => a.startsWith("Steget:300000"))).toEqual([]);
  });
  it("R1 control: one application granted, another refused in a later sentence (must fire)", () => {
    const facts = minutes([
      ...head,
      "§ 5  Ansökan om förlängning – Steget",
      "Styrelsen beslutar att tilldela Bron 120 000 kr ur buffertmedel för 2026. Ansökan om förlängning av Steget med 300 000 kr avslås.",
    ]);
    expect(decisions(facts)).toContain("§5:approved:120000");
  });
});

describe("review42 R11 readDecisions CLAUSE_GRANTED: the clause's subject paired with another clause's amount", () => {
  // findRecipient takes 'att Steget beviljas 350 000 kr' for the recipient, but the amount stays the text's
  // first (the whole distribution's 900 000): an allocation of 900 000 kr to Steget.
  it("R11 'fördela 900 000 kr …, med den ändringen att Steget beviljas 350 000 kr' gives Steget no 900 000 (must not fire)", () => {
    const facts = minutes([
      ...head,
      "§ 5  Fördelning av insatsmedel 2026",
      "Styrelsen beslutar att fördela 900 000 kr enligt kansliets förslag, med den ändringen att Steget beviljas 350 000 kr.",
    ]);
    expect(allocations(facts).filter((a) => a.startsWith("Steget:900000"))).toEqual([]);
  });
  it("R11 control: a clause granting the decision's only amount names its recipient (must fire)", () => {
    const facts = minutes([
      ...head,
      "§ 5  Fördelning av insatsmedel 2026",
      "Styrelsen beslutar enligt kansliets förslag, med den ändringen att Steget beviljas 350 000 kr för 2026.",
    ]);
    expect(allocations(facts)).toContain("Steget:350000:2026-01-01–2026-12-31");
  });
});

describe("review42 R2 readDecisions OFFERS: the office's told proposal taken for another body's adopted one", () => {
  // `offered` is used whenever ADOPTS_PROPOSAL matches 'enligt <any>s förslag': a decision adopting the
  // working committee's proposal takes the office's period (2026–2027) where the committee proposed half a year.
  it("R2 'enligt arbetsutskottets förslag' takes no period from the office's proposal (must not fire)", () => {
    const facts = minutes([
      ...head,
      "§ 5  Ansökan om medel – Steget",
      "Kansliet har berett ärendet och lämnar följande förslag (kr), för perioden 2026-01-01–2027-12-31:",
      "",
      "  Insats              Sökt       Förslag",
      "  Steget             600 000     500 000",
      "",
      "Arbetsutskottet anser att insatsen först bör prövas och föreslår 250 000 kr för perioden 2026-01-01–2026-06-30.",
      "Styrelsen beslutar att bevilja Steget 250 000 kr enligt arbetsutskottets förslag.",
    ]);
    expect(allocations(facts)).not.toContain("Steget:250000:2026-01-01–2027-12-31");
  });
  const offered = (decision: string) => [
    ...head,
    "§ 5  Ansökan om medel – Steget",
    "Kansliet har berett ärendet och lämnar följande förslag (kr), för perioden 2026-01-01–2027-12-31:",
    "",
    "  Insats              Sökt       Förslag",
    "  Steget             600 000     500 000",
    "",
    decision,
  ];
  it("R2 control: a decision naming the office's proposal takes its period (must fire)", () => {
    const facts = minutes(offered("Styrelsen beslutar att bevilja Steget 500 000 kr enligt kansliets förslag."));
    expect(allocations(facts)).toContain("Steget:500000:2026-01-01–2027-12-31");
  });
  it("R2 control: 'enligt förslaget' where no other body proposes takes the office's period (must fire)", () => {
    const facts = minutes(offered("Styrelsen beslutar att bevilja Steget 500 000 kr enligt förslaget."));
    expect(allocations(facts)).toContain("Steget:500000:2026-01-01–2027-12-31");
  });
});

describe("review42 R2b readDecisions OFFERS: an office's sentence proposing something else gives the grant its period", () => {
  // Any sentence where the office 'presenterar förslag' is taken as the adopted proposal: its plan period
  // (2027–2029) becomes the period of a grant for finishing the work in 2026.
  it("R2b a plan period the chief proposes is no period of the grant 'enligt förslaget' (must not fire)", () => {
    const facts = minutes([
      ...head,
      "§ 5  Ansökan om fortsatt finansiering – Steget",
      "Steget har ansökt om 200 000 kr för att slutföra insatsen under 2026. Förbundschefen presenterar förslag om att insatsen därefter ingår i verksamhetsplanen för 2027–2029.",
      "Styrelsen beslutar att bevilja Steget 200 000 kr enligt förslaget.",
    ]);
    expect(allocations(facts)).not.toContain("Steget:200000:2027-01-01–2029-12-31");
  });
});

describe("review42 R3 parseAttendance: deputies' labels said after the word", () => {
  it("R3a a label for deputies who serve when a member is absent says none served (must not fire)", () => {
    const facts = minutes([
      ...head,
      "Ersättare som tjänstgör vid ledamots frånvaro",
      "  Lars Ek (KD), Åby kommun",
      "  Pia Lund (V), Region Ravik",
      "",
      ...opening,
    ]);
    expect(attendance(facts)).not.toContain("Pia Lund:deputy:true");
  });
  // Found in passing (already so on 9132c049 for 'Tjänstgörande ersättare:'): the member replaced is read into the name.
  it("R3b 'Lars Ek (KD) för Eva Strand (S)' stores no person 'Lars Ek för Eva Strand' (must not fire)", () => {
    const facts = minutes([...head, "Ersättare som tjänstgjorde: Lars Ek (KD) för Eva Strand (S)", "", ...opening]);
    expect(attendance(facts).filter((a) => a.includes("för Eva"))).toEqual([]);
  });
  it("R3 control: 'Ersättare som tjänstgjorde' below the label is serving (must fire)", () => {
    const facts = minutes([...head, "Ersättare som tjänstgjorde", "  Lars Ek (KD), Åby kommun", "", ...opening]);
    expect(attendance(facts)).toContain("Lars Ek:deputy:true");
  });
  it("R3a control: the present-tense label still lists its deputies, serving unknown (must fire)", () => {
    const facts = minutes([...head, "Ersättare som tjänstgör:", "  Lars Ek (KD), Åby kommun", "", ...opening]);
    expect(attendance(facts)).toContain("Lars Ek:deputy:null");
  });
  it("R3a control: 'Ersättare som inte tjänstgör' is still no serving (must not fire)", () => {
    const facts = minutes([...head, "Ersättare som inte tjänstgör:", "  Lars Ek (KD), Åby kommun", "", ...opening]);
    expect(attendance(facts)).toContain("Lars Ek:deputy:false");
  });
  it("R3b control: each deputy in a comma list standing in for a member is the deputy alone, serving (must fire)", () => {
    const facts = minutes([
      ...head,
      "Tjänstgörande ersättare: Lars Ek (KD) för Eva Strand (S), Pia Lund (V) för Nils Berg (M)",
      "",
      ...opening,
    ]);
    expect(attendance(facts)).toEqual(expect.arrayContaining(["Lars Ek:deputy:true", "Pia Lund:deputy:true"]));
    expect(attendance(facts).filter((a) => a.includes(" för "))).toEqual([]);
  });
  it("R3b control: 'för Region Ravik' names the member represented, no person stood in for (must not fire)", () => {
    const facts = minutes([...head, "Tjänstgörande ersättare: Lars Ek (KD) för Region Ravik", "", ...opening]);
    const lars = facts.filter((f) => f.table === "attendance" && String(f.person).startsWith("Lars"));
    expect(lars.map((f) => `${f.person}:${f.member}:${f.note}`)).toEqual(["Lars Ek:Region Ravik:null"]);
  });
});

describe("review42 R4 inventedExamples: an anonymised case story blanks the real table after it", () => {
  // 'fiktivt namn' counts as figures declared invented; unframed, the example runs to a heading-like line
  // after a blank, and a caption with a year is no heading: the federation's own table is blanked (missing).
  const story = [
    "Samordningsförbundet Ravik",
    "Verksamhetsberättelse 2025",
    "",
    "Exempel – en deltagares väg genom Steget (fiktivt namn)",
    "Sara kom till Steget efter tre år med sjukpenning. Hon fick stöd av en coach och började praktisera.",
    "",
    "Deltagare i förbundets insatser 2025",
    "                     Kvinnor   Män   Totalt",
    "Deltagare                 64    52      116",
    "Avslutade                 20    18       38",
    "",
    "Ekonomi",
    "Årets resultat blev 120 000 kr.",
  ];
  it("R4 keeps the participant table under a case story with a made-up name (must not blank)", () => {
    const out = withoutInventedExamples(story) ?? story;
    expect(out[8]).toBe(story[8]);
  });
  it("R4 control: a declared invented example between rules is blanked (must fire)", () => {
    const lines = ["-----", "EXEMPEL (påhittade siffror)", "Deltagare   18", "-----", "Deltagare 2025   116"];
    const out = withoutInventedExamples(lines)!;
    expect([out[2], out[4]]).toEqual(["", "Deltagare 2025   116"]);
  });
  it("R4 control: a made-up name beside figures declared invented still blanks them (must fire)", () => {
    const lines = ["Exempel: Kim (fingerat namn, påhittade siffror)", "Deltagare   18", "", "Nästa avsnitt"];
    const out = withoutInventedExamples(lines)!;
    expect([out[1], out[3]]).toEqual(["", "Nästa avsnitt"]);
  });
});

const finance = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("review42 R5 equalsLines (r42-lines, merged 0854fb77)", () => {
  // equalsLines gives every bare amount on a money line of a 'name = value' box the unit the document states
  // once, whatever the amount's size: a box in whole kronor under a report stating tkr for its statements
  // is read a thousand times too large (result -168 000 000 kr).
  it("R5 a 'name = value' box in whole kronor takes no 'tkr' stated for the statements (must not fire)", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ravik",
        "Verksamhetsberättelse 2025",
        "",
        "Förbundet redovisar i tusentals kronor i resultat- och balansräkningen.",
        "",
        "Ekonomi i korthet",
        "    Intäkter = 7 420 000",
        "    Kostnader = 7 588 000",
        "    Resultat = -168 000",
      ],
      "ravik",
      2025,
    );
    expect(finance(facts).filter((f) => f.endsWith("000000"))).toEqual([]);
  });
  it("R5 control: a box of thousands-sized amounts takes the document's 'tkr' (must fire)", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ravik",
        "Verksamhetsberättelse 2025",
        "",
        "Förbundet redovisar i tusentals kronor i resultat- och balansräkningen.",
        "",
        "Ekonomi i korthet",
        "    Intäkter = 7 420",
        "    Kostnader = 7 588",
        "    Resultat = -168",
      ],
      "ravik",
      2025,
    );
    expect(finance(facts)).toContain("2025:actual:result=-168000");
  });
});

describe("review42 R10 sectionScope 'Sammanställning' (r42-lines; closed on the branch by fb2bdcb1, kept as a guard)", () => {
  // SUMMARY_HEADING gains '^sammanställning:?$': a bare 'Sammanställning' heading is taken for the
  // federation's summary wherever it stands, so each intervention's own summary box under its section
  // ('2.1 Steget' … 'Sammanställning' … 'Deltagare under året 40') is stored as the federation's enrolled.
  it("R10 an intervention's 'Sammanställning' box is not the federation's (must not fire)", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ravik",
        "Verksamhetsberättelse 2025",
        "",
        "2. Insatser",
        "",
        "2.1 Steget",
        "Steget är en arbetsträningsinsats i Åby kommun.",
        "",
        "Sammanställning",
        "  Deltagare under året ........ 40",
        "  Avslutade ................... 12",
        "",
        "2.2 Bron",
        "Bron riktar sig till unga vuxna.",
        "",
        "Sammanställning",
        "  Deltagare under året ........ 31",
        "  Avslutade .................... 9",
        "",
      ],
      "ravik",
      2025,
    );
    expect(countsOf(facts).filter((c) => c.startsWith("förbundet:"))).toEqual([]);
  });
});

describe("review42 R6 findRecipient NAME_OPENS_GRANT (r42-minutes, merged 68639531)", () => {
  // NAME_OPENS_GRANT takes the name a decision opens on, granted a sum, as the recipient: the federation
  // itself receiving its state allocation ('Samordningsförbundet Ravik tilldelas 3 400 000 kr') becomes an
  // allocation paid out to it.
  it("R6 the federation's own state allocation is no allocation to itself (must not fire)", () => {
    const facts = minutes([
      ...head,
      "§ 8  Statlig medelstilldelning 2026",
      "Beslut:",
      "Samordningsförbundet Ravik tilldelas 3 400 000 kr i statliga medel för 2026, vilket styrelsen godkänner.",
    ]);
    expect(allocations(facts)).toEqual([]);
  });
  it("R6 control: an intervention a decision summary opens on is granted (must fire)", () => {
    const facts = minutes([
      ...head,
      "§ 9  Ansökan om medel",
      "Beslut:",
      "Steget vidare beviljas 300 000 kr för perioden 2026-04-01–2026-12-31.",
    ]);
    expect(decisions(facts)).toContain("§9:approved:300000");
  });
});

describe("review42 R7 legendColumns (r42-tables, merged): a legend read for the wrong table or the wrong basis", () => {
  const statement = [
    "Resultaträkning (kr)",
    "Kolumnförklaring: (1) utfall 2024, (2) utfall 2025.",
    "",
    "                                  (1)          (2)",
    "Verksamhetens intäkter      6 100 000    6 214 300",
    "Verksamhetens kostnader    -6 000 000   -6 150 000",
    "Årets resultat                100 000       64 300",
    "",
  ];
  const plan = [
    "Budget för kommande år (kr)",
    "Kolumnförklaring: (1) budget 2026, (2) plan 2027.",
    "",
    "                                  (1)          (2)",
    "Verksamhetens intäkter      6 300 000    6 300 000",
    "Verksamhetens kostnader    -6 500 000   -6 400 000",
    "Årets resultat               -200 000     -100 000",
  ];
  const read = (lines: string[]) =>
    finance(extractReport(["Samordningsförbundet Ravik", "Årsredovisning 2025", "", ...lines], "ravik", 2025));
  // The legend 'after the header' is preferred: a legend set ABOVE each table is taken for the table before it
  // too, so the plan's columns are read as actual 2024 and 2025 (2025 result -100 000) and the statement's as
  // budget 2026.
  // fix42-text: legendColumns now reads legends on the side the document sets them (the statement's header is
  // written 'Utfall 2024  Utfall 2025', the plan's refused for 'plan 2027'); still open: the statement reader
  // carries the statement's columns over the plan's unexplained '(1)  (2)' rows (2025 actual -100 000).
  // r43-lost: a header of marks no legend named, or a plan's heading set apart, under read rows ends the
  // statement (statementTable.ts `opensAnotherTable`, in readTable and readStatementRows).
  it("R7a a legend above the next table is not the table before's (must not fire)", () => {
    const facts = read([...statement, ...plan]);
    expect(facts).not.toContain("2025:actual:result=-100000");
    expect(facts).not.toContain("2026:budget:result=100000");
  });
  it("R7a (other wording) a multi-year plan in tkr under lettered marks after the statement (must not fire)", () => {
    const tkr = [
      "Resultaträkning, tkr",
      "",
      "                               2025       2024",
      "Verksamhetens intäkter        7 020      6 880",
      "Verksamhetens kostnader      -7 110     -6 790",
      "Årets resultat                  -90         90",
      "",
      "Flerårsplan 2026–2027, tkr",
      "Förklaring: [a] förslag 2026, [b] förslag 2027.",
      "                                [a]        [b]",
      "Verksamhetens intäkter        7 100      7 100",
      "Verksamhetens kostnader      -7 300     -7 200",
      "Årets resultat                 -200       -100",
    ];
    const facts = read(tkr);
    expect(facts).toContain("2025:actual:result=-90000");
    expect(facts).not.toContain("2025:actual:result=-200000");
    expect(facts).not.toContain("2024:actual:result=-100000");
  });
  it("R7a control: a statement's rows after a blank line and a group's heading are still read (must fire)", () => {
    const facts = read([
      "Resultaträkning (kr)",
      "",
      "                                  2025         2024",
      "Verksamhetens intäkter      6 214 300    6 100 000",
      "Verksamhetens kostnader    -6 150 000   -6 000 000",
      "Verksamhetens resultat         64 300      100 000",
      "",
      "Finansiella poster",
      "Finansiella intäkter            1 200          800",
      "Årets resultat                 65 500      100 800",
    ]);
    expect(facts).toContain("2025:actual:result=65500");
  });
  it("R7a (legend side) a legend above the next table never dates the table before (must not fire)", () => {
    const facts = read([...statement, ...plan]);
    expect(facts).not.toContain("2026:budget:result=100000");
    expect(facts).toContain("2025:actual:result=64300");
  });
  it("R7a control: legends above their tables date each its own (must fire)", () => {
    const budget = plan.map((l) => l.replace("plan 2027", "budget 2027"));
    const lines = legendColumns(["Samordningsförbundet Ravik", "", ...statement, ...budget], 2025)!;
    expect(lines.filter((l) => /^\s+(Utfall|Budget) \d{4}/.test(l)).map((l) => l.trim())).toEqual([
      "Utfall 2024  Utfall 2025",
      "Budget 2026  Budget 2027",
    ]);
  });
  // A basis word outside utfall/bokslut/budget/prognos ('plan') leaves the year alone: a plan year read as actual.
  it("R7b 'plan 2027' in a legend is never an actual 2027 (must not fire)", () => {
    expect(read(plan).filter((f) => f.startsWith("2027:actual"))).toEqual([]);
  });
  it("R7 control: a legend under its own table dates its columns (must fire)", () => {
    const under = [...statement.slice(0, 1), ...statement.slice(2), statement[1]!];
    expect(read(under)).toEqual(expect.arrayContaining(["2025:actual:result=64300", "2024:actual:result=100000"]));
  });
});

describe("review42 R8 moneyArithmetic NOT_OURS_ABOVE (r42-review, merged): the interventions' sum as the federation's", () => {
  // NOT_OURS_ABOVE now blocks only one intervention's words ('insats', 'insatsen', 'projektet'): a heading
  // over the interventions together ('Insatsernas ekonomi') lets their sum be said as the federation's
  // revenue, costs and result (3 000 000 / 2 900 000 / 100 000 where the federation's result is 40 000).
  it("R8 a sum under 'Insatsernas ekonomi' is no revenue, cost or result of the federation's (must not fire)", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ravik",
        "Årsredovisning 2025",
        "",
        "Insatsernas ekonomi",
        "",
        "Intäkter 3 000 000 kr − kostnader 2 900 000 kr = resultat 100 000 kr",
        "",
        "Förbundets ekonomi",
        "",
        "Årets resultat blev 40 000 kr.",
      ],
      "ravik",
      2025,
    );
    expect(finance(facts)).not.toContain("2025:actual:result=100000");
  });
  it("R8 control: an item's text naming the interventions together blocks no sum under the federation's heading (must fire)", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ravik",
        "Årsredovisning 2025",
        "",
        "Förbundets ekonomi",
        "Styrelsen har tagit del av insatsernas rapporter under året.",
        "",
        "Intäkter 3 000 000 kr − kostnader 2 900 000 kr = resultat 100 000 kr",
      ],
      "ravik",
      2025,
    );
    expect(finance(facts)).toContain("2025:actual:result=100000");
  });
});

describe("review42 R9 longFormatTables organisation column (r42-real, merged): 'Samtliga' read as the own federation", () => {
  // An organisation's column keeps a row where WHOLE matches its cell ('Samtliga', 'förbundet totalt'): in a
  // file listing several federations, 'Samtliga' is all of them together, stored as the own federation's
  // enrolled (5 120 where no row is the own federation's).
  const entry: ManifestEntry = {
    federation_id: "ravik",
    kind: "annual_report",
    date: "2026-03-10",
    period_year: 2025,
    title: "Nyckeltal 2025",
    file: "ravik/jamforelse.csv",
    sha256: "0".repeat(64),
  };
  const counts = (lines: string[]) =>
    (extractFromLines(entry, lines, entry.sha256).facts as AnyFact[])
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year}:${f.measure}:${f.gender}=${f.value}`);
  it("R9 an organisation column's 'Samtliga' row beside other federations is not ours (must not fire)", () => {
    const lines = [
      "organisation;ar;kon;matt;varde;enhet",
      "Samordningsförbundet Ekhamn;2025;Alla;Deltagare under året;210;pers",
      "Samtliga;2025;Alla;Deltagare under året;5120;pers",
    ];
    expect(counts(lines)).not.toContain("2025:enrolled:all=5120");
  });
  it("R9 control: 'Samtliga' beside the own federation's rows only is ours (must fire)", () => {
    const lines = [
      "organisation;ar;kon;matt;varde;enhet",
      "Samordningsförbundet Ravik;2025;Kvinnor;Deltagare under året;70;pers",
      "Samtliga;2025;Alla;Deltagare under året;130;pers",
    ];
    expect(counts(lines)).toContain("2025:enrolled:all=130");
  });
});

describe("review42 R12 joint meeting under a 'Beslut' label: the other federation's board's grant taken as ours", () => {
  // Wrong on lead42 already and not closed by r42-minutes' namedBoards: under the marker every deciding
  // sentence is chosen, the other board's too ('Ekhamns styrelse beslutar …'), and the amount is the first.
  const joint = [
    "Samordningsförbundet Ravik och Samordningsförbundet Ekhamn        PROTOKOLL",
    "Gemensamt sammanträde för styrelserna",
    "",
    "Datum: 2026-03-12",
    "Tid: kl. 09.00–11.00",
    "",
    "Närvarande ledamöter",
    "  Eva Strand (S), Åby kommun, ordförande",
    "  Nils Berg (M), Region Ravik",
    "",
    "§ 5  Gemensam insats Steget 2026",
  ];
  it("R12 'Ekhamns styrelse beslutar att bevilja Steget 300 000 kr' is no allocation of ours (must not fire)", () => {
    const facts = minutes([
      ...joint,
      "Beslut",
      "Ekhamns styrelse beslutar att bevilja Steget 300 000 kr för 2026. Raviks styrelse beslutar att bevilja Steget 200 000 kr för 2026.",
    ]);
    expect(allocations(facts).filter((a) => a.startsWith("Steget:300000"))).toEqual([]);
  });
  it("R12 control: our own board's grant in the same joint decision is stored (must fire)", () => {
    const facts = minutes([
      ...joint,
      "Beslut",
      "Ekhamns styrelse beslutar att bevilja Steget 300 000 kr för 2026. Raviks styrelse beslutar att bevilja Steget 200 000 kr för 2026.",
    ]);
    expect(allocations(facts)).toContain("Steget:200000:2026-01-01–2026-12-31");
  });
});
