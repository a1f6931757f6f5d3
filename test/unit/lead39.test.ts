/**
 * Rules of stop 39's lead (made-up federations and people): a deputies' list that marks service line by line;
 * the items a person attended kept as a note, not as the member; a form's check boxes; decisions in the present
 * tense; a meeting tool's join log as the attendance.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAttendance } from "../../loaders/extract/minutes/parseAttendance.ts";
import { readCheckedBoxes } from "../../loaders/extract/text/checkedBoxes.ts";
import { readWordsThenDigits } from "../../loaders/extract/text/wordsThenDigits.ts";
import { blankChangeArrows } from "../../loaders/extract/text/changeArrows.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { extractReport } from "../support/reportFacts.ts";
import type { AnyFact } from "../helpers.ts";

interface Row {
  person: string;
  role: string;
  serving: boolean | null;
  member: string | null;
  note: string | null;
}
const read = (lines: string[]) =>
  parseAttendance(new DocumentText("x/2026-03-12-board-minutes", lines, 2026)).facts as unknown as Row[];
const row = (rows: Row[], person: string) => rows.find((r) => r.person === person);

const roster = (deputies: string[], members = ["Eva Lund (S), Bergby kommun, ordförande"]) => [
  "PROTOKOLL",
  "Styrelsen för Samordningsförbundet Granmyra, 2026-03-12",
  "",
  "Närvarande:   Ledamöter",
  ...members.map((m) => `              ${m}`),
  "",
  "              Ersättare",
  ...deputies.map((d) => `              ${d}`),
  "",
  "§ 1  Mötets öppnande",
  "     Ordföranden öppnade mötet.",
];

describe("a deputies' list that marks service line by line", () => {
  it("stores an unmarked deputy beside one marked 'tjänstgörande § 7' as not serving (must fire)", () => {
    const rows = read(roster(["Per Alm (KD), Åsby kommun, tjänstgörande § 7", "Lena Torp (V), Bergby kommun"]));
    expect(row(rows, "Lena Torp")).toMatchObject({ role: "deputy", serving: false });
    // The partly serving deputy: the items are a note, not the member; whether they served the meeting stays open.
    expect(row(rows, "Per Alm")).toMatchObject({ role: "deputy", member: "Åsby kommun", note: "tjänstgörande § 7" });
  });

  it("leaves serving unknown where no deputy's line says anything of service (must not fire)", () => {
    const rows = read(roster(["Per Alm (KD), Åsby kommun", "Lena Torp (V), Bergby kommun"]));
    expect(row(rows, "Lena Torp")?.serving).toBeNull();
    expect(row(rows, "Per Alm")?.serving).toBeNull();
  });

  it("keeps unknown a deputy whom the items say served, though unmarked in the list (must not fire)", () => {
    const lines = roster(["Per Alm (KD), Åsby kommun, tjänstgörande § 7", "Lena Torp (V), Bergby kommun"]);
    lines.push("§ 2  Val av justerare", "     Lena Torp tjänstgör för Eva Lund under § 2.");
    expect(row(read(lines), "Lena Torp")?.serving).not.toBe(false);
  });
});

describe("the items a person attended", () => {
  it("keeps '§§ 1–8' after a member's organisation as a note (must fire)", () => {
    const rows = read(roster([], ["Eva Lund (S), Bergby kommun, ordförande", "Kim Ek (M), Region Fjällmark, §§ 1–8"]));
    expect(row(rows, "Kim Ek")).toMatchObject({ member: "Region Fjällmark", note: "§§ 1–8", role: "member" });
  });

  it("keeps an organisation that merely holds a number as the member (must not fire)", () => {
    const rows = read(roster([], ["Eva Lund (S), Bergby kommun, ordförande", "Kim Ek, Region Fjällmark, avd 4"]));
    expect(row(rows, "Kim Ek")?.member).toBe("Region Fjällmark, avd 4");
  });
});

const minutes = (body: string[]) =>
  documentFacts({ federation: "l39-granmyra", kind: "board_minutes", date: "2026-03-12" }, [
    "PROTOKOLL",
    "Styrelsen för Samordningsförbundet Granmyra, 2026-03-12",
    "",
    ...body,
    "",
    "Vid protokollet: Eva Lund",
  ]) as AnyFact[];
const outcomes = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "decision").map((f) => `${f.item_ref}:${f.outcome}:${f.amount_sek ?? "-"}`);

describe("a form's check boxes", () => {
  const ROW = (marked: number) =>
    "Beslut:  " +
    ["Bifall", "Avslag", "Återremiss", "Bordläggning", "Information"]
      .map((w, k) => `${k === marked ? "☒" : "☐"} ${w}`)
      .join("   ");

  it("keeps the marked choice only, in its column (must fire)", () => {
    const [line] = readCheckedBoxes([ROW(2), "☐ tom"]) ?? [];
    expect(line?.trim().replace(/\s+/g, " ")).toBe("Beslut: Återremiss");
    expect(line?.indexOf("Återremiss")).toBe(ROW(2).indexOf("Återremiss"));
  });

  it("reads each item's decision by its marked box, not by a word in an unmarked one (must fire)", () => {
    const read = outcomes(
      minutes([
        "§ 1  Ansökan – Steget, Åsby kommun",
        "Sökt belopp 300 000 kr.",
        ROW(1),
        "",
        "§ 2  Budgetram 2027",
        "Förbundschefen föreslår en ram på 6 000 000 kr.",
        ROW(2),
        "",
        "§ 3  Förbundschefens rapport",
        "Kansliet har rekryterat en ekonom.",
        ROW(4),
      ]),
    );
    expect(read).toEqual(expect.arrayContaining(["§1:rejected:-", "§2:referred_back:-", "§3:noted:-"]));
  });

  it("leaves a list set with hollow-square bullets as written (must not fire)", () => {
    expect(readCheckedBoxes(["□ 143 deltagare under året", "□ 61 avslutade", "☒ ja"])).toBeUndefined();
  });

  it("keeps the words of a lone bullet square in a form (must not fire)", () => {
    const out = readCheckedBoxes(["■ 143 deltagare under året", "Beslut: ☒ Bifall ☐ Avslag"]);
    expect(out?.[0]).toBe("■ 143 deltagare under året");
  });
});

describe("decisions said in the present tense", () => {
  it("reads 'Styrelsen godkänner', 'avslår', 'bordlägger', 'återremitterar' as the body's decisions (must fire)", () => {
    const read = outcomes(
      minutes([
        "§ 1  Dagordning",
        "Styrelsen godkänner dagordningen.",
        "",
        "§ 2  Ansökan – Språkbron",
        "Studieförbundet söker 200 000 kr. Styrelsen avslår ansökan.",
        "",
        "§ 3  Lokaler",
        "Styrelsen bordlägger ärendet till nästa sammanträde.",
        "",
        "§ 4  Ramar 2027",
        "Kansliet föreslår en ram på 6 000 000 kr. Styrelsen återremitterar förslaget till kansliet.",
      ]),
    );
    expect(read).toEqual(["§1:approved:-", "§2:rejected:-", "§3:postponed:-", "§4:referred_back:-"]);
  });

  it("does not take a proposal that the board approve for the board's decision (must not fire)", () => {
    const read = outcomes(
      minutes(["§ 1  Ansökan – Steget", "Arbetsutskottet föreslår att styrelsen godkänner ansökan om 300 000 kr."]),
    );
    expect(read.some((r) => r.startsWith("§1:approved"))).toBe(false);
  });
});

describe("a meeting tool's join log as the attendance", () => {
  const LOG = [
    "Anslöt  Lämnade  Namn                 Roll",
    "08:54   11:10    Ingrid Falk (S)      ordförande, Hällby kommun",
    "08:59   11:10    Magnus Hed           ersättare, Arbetsförmedlingen, tjänstgör för Lena Kron",
    "09:12   11:10    Jenny Lax (S)        ersättare, Hällby kommun, ej tjänstgörande",
    "08:50   11:10    Oskar Frid           förbundschef, sekreterare",
  ];
  it("reads each logged person with role, member and serving (must fire)", () => {
    const rows = read(["Närvarologg", ...LOG, "", "§ 1  Mötets öppnande", "Ordföranden öppnar mötet."]);
    expect(row(rows, "Ingrid Falk")).toMatchObject({ role: "member", member: "Hällby kommun", serving: true });
    expect(row(rows, "Magnus Hed")).toMatchObject({ role: "deputy", member: "Arbetsförmedlingen", serving: true });
    expect(row(rows, "Jenny Lax")).toMatchObject({ role: "deputy", serving: false });
    expect(row(rows, "Oskar Frid")).toMatchObject({ role: "official", member: null });
  });

  it("reads no roster from a log whose other columns are no roster's (must not fire)", () => {
    const rows = read([
      "Anslöt  Lämnade  Namn                 Belopp",
      "08:54   11:10    Ingrid Falk (S)      300 000",
      "",
      "§ 1  Mötets öppnande",
    ]);
    expect(row(rows, "Ingrid Falk")).toBeUndefined();
  });
});

describe("money paid back to the members", () => {
  const report = (lead: string) =>
    (
      extractReport(
        [
          "Samordningsförbundet Granmyra",
          "Årsredovisning 2025",
          "",
          "Förbundets medlemmar är Försäkringskassan, Arbetsförmedlingen, Region Fjällmark, Åsby kommun och Bergby kommun.",
          "",
          lead,
          "Försäkringskassan och Arbetsförmedlingen 150 000, Region Fjällmark 75 000,",
          "Åsby kommun 45 000 och Bergby kommun 30 000 kronor.",
          "",
        ],
        "l39-granmyra",
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}`);

  it("stores no member's part of a repayment as its fee (must not fire)", () => {
    expect(report("Återbetalningen till medlemmarna fördelas efter bidragsandelarna:")).toEqual([]);
  });

  it("still reads the same list of the members' fees (must fire)", () => {
    expect(report("Medlemmarnas bidrag under 2025 var:")).toEqual(
      expect.arrayContaining(["Region Fjällmark=75000", "Åsby kommun=45000"]),
    );
  });
});

describe("a table whose rows are federations", () => {
  const table = (title: string) =>
    (
      extractReport(
        [
          "Samordningsförbundet Granmyra",
          "Länssammanställning 2025",
          "",
          `${title.padEnd(20)}Deltagare  Kvinnor   Män   Nya  Avslutade`,
          "Granmyra                  227      128    99   104         93",
          "Norra Ålby                341      190   151   160        148",
          "Sjöbacka                  158       83    75    71         64",
          "",
        ],
        "l39-granmyra",
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "participant_count" && f.gender === "all" && f.measure === "enrolled")
      .map((f) => `${f.intervention ?? "förbundet"}=${f.value}`);

  it("stores no other federation's row as an intervention of ours (must not fire)", () => {
    const read = table("Förbund");
    expect(read.some((r) => r.startsWith("Norra Ålby") || r.startsWith("Sjöbacka"))).toBe(false);
  });

  it("still reads the rows of a table of interventions (must fire)", () => {
    expect(table("Insats")).toEqual(expect.arrayContaining(["Norra Ålby=341", "Sjöbacka=158"]));
  });
});

describe("a figure written in words and then in digits", () => {
  it("reads 'tvåhundrafemtiotusen (250 000) kronor' and a sum begun on the line before as the digits (must fire)", () => {
    expect(
      readWordsThenDigits([
        "att bevilja Åsby kommun tvåhundrafemtiotusen (250 000) kronor, ett resultat om",
        "minus sjuttiotvåtusen fyrahundra (-72 400) kronor och ett eget kapital om en miljon",
        "niohundraåttiotusen sexhundra (1 980 600) kronor; andelen var trettiosex komma fyra (36,4) procent.",
      ]),
    ).toEqual([
      "att bevilja Åsby kommun 250 000 kronor, ett resultat om",
      "-72 400 kronor och ett eget kapital om",
      "1 980 600 kronor; andelen var 36,4 procent.",
    ]);
  });

  it("leaves a bracket holding another figure than the words before it (must not fire)", () => {
    expect(
      readWordsThenDigits(["Deltagarna var tvåhundra (180) året innan, och sex personer (2024: 9) slutade."]),
    ).toBeUndefined();
  });

  it("stores the grant of a decision written so, and no member's fee listed in the item as a grant", () => {
    const facts = minutes([
      "§ 11 Årsredovisning 2025",
      "Medlemsbidragen för 2025 uppgick till",
      "  Region Fjällmark                 en miljon femhundratusen (1 500 000) kronor",
      "  Åsby kommun                      niohundratusen (900 000) kronor",
      "Styrelsen beslutar",
      "att godkänna årsredovisningen för 2025.",
      "",
      "§ 12 Ansökan om medel – Vägen vidare",
      "Styrelsen beslutar",
      "att bevilja Åsby kommun tvåhundrafemtiotusen (250 000) kronor för insatsen Vägen vidare.",
    ]);
    const grants = facts.filter((f) => f.table === "allocation").map((f) => `${f.item_ref}:${f.amount_sek}`);
    expect(grants).toEqual(["§12:250000"]);
  });
});

describe("a roster whose list label stands at the margin of its header", () => {
  it("reads 'Närvarande   Namn   Organisation   Funktion' and the rows under it (must fire)", () => {
    const rows = read([
      "Närvarande        Namn                  Organisation              Funktion",
      "                  Eva Lund (S)          Bergby kommun             ordförande",
      "                  Per Alm (KD)          Åsby kommun               ersättare, ej tjänstgörande",
      "",
      "§ 1  Mötets öppnande",
    ]);
    expect(row(rows, "Eva Lund")).toMatchObject({ role: "member", member: "Bergby kommun", serving: true });
    expect(row(rows, "Per Alm")).toMatchObject({ role: "deputy", serving: false });
  });

  it("reads no roster where the margin's label is no presence label (must not fire)", () => {
    const rows = read([
      "Kallade           Namn                  Organisation              Funktion",
      "                  Eva Lund (S)          Bergby kommun             ordförande",
      "",
      "§ 1  Mötets öppnande",
    ]);
    expect(row(rows, "Eva Lund")).toBeUndefined();
  });
});

describe("one year's outcome beside columns that only compare it", () => {
  const report = (header: string) =>
    extractReport(
      [
        "Samordningsförbundet Granmyra",
        "Årsredovisning 2025",
        "",
        "Tabell 3.1  Deltagare och avslut",
        header,
        "Deltagare totalt                          171         153,7       +17,3",
        "Nya deltagare                              83          76,7        +6,3",
        "",
        "Tabell 4.2  Medlemsbidrag (belopp i tkr)",
        header,
        "Region Fjällmark                        2 250       2 150,0      +100,0",
        "Åsby kommun                             1 125       1 075,0       +50,0",
        "Summa medlemsbidrag                     3 375       3 225,0      +150,0",
        "",
      ],
      "l39-granmyra",
      2025,
    ) as AnyFact[];
  const read = (facts: AnyFact[]) =>
    facts
      .filter((f) => (f.table === "participant_count" && f.gender === "all") || f.table === "member_contribution")
      .map((f) => `${f.year}:${f.measure ?? f.member}=${f.value ?? f.amount_sek}`);

  it("reads the year's column and never the mean's or the difference's (must fire)", () => {
    const facts = read(report("                                   Utfall 2025   Snitt 22–24   Avvikelse"));
    expect(facts).toEqual(
      expect.arrayContaining(["2025:enrolled=171", "2025:new=83", "2025:Region Fjällmark=2250000"]),
    );
    expect(facts.some((f) => /=(153|154|17|2150000|100000)$/.test(f))).toBe(false);
  });

  it("reads no column as the report's where the only year is a later one (must not fire)", () => {
    const facts = read(report("                                   Budget 2026   Snitt 22–24   Avvikelse"));
    expect(facts.some((f) => f.startsWith("2025:enrolled") || f.startsWith("2026:enrolled"))).toBe(false);
  });
});

describe("a change since last year after an arrow", () => {
  it("blanks '▲ 14' after a figure and '(▼ 3)' in running text, keeping the figure (must fire)", () => {
    expect(
      blankChangeArrows([
        "  Deltagare totalt ....... 188   ▲ 14",
        "  Intäkter ............ 10 450   ▲ 300",
        "Antalet nya deltagare minskade något (▼ 3), vilket",
      ]),
    ).toEqual([
      "  Deltagare totalt ....... 188",
      "  Intäkter ............ 10 450",
      "Antalet nya deltagare minskade något, vilket",
    ]);
  });

  it("leaves an arrow that opens a line as a bullet, its figure kept (must not fire)", () => {
    expect(blankChangeArrows(["► 188 deltagare under året", "→ 86 avslutade"])).toBeUndefined();
  });

  it("blanks only the change, not the next column's figure (must not fire on the prior year)", () => {
    expect(blankChangeArrows(["Deltagare   188   ▲ 14    174"])?.[0]).toMatch(/188\s+174$/);
  });
});

describe("a list under a lead quoting the federation's annual report", () => {
  const counts = (lead: string) =>
    (
      extractReport(
        [
          "ÅSBY KOMMUN                                   SAMMANTRÄDESPROTOKOLL",
          "Folkhälsorådet                                Sammanträdesdatum 2026-05-06",
          "",
          "§ 14  Information: Samordningsförbundet Granmyra – året 2025",
          "Förbundschefen informerar om förbundet. Förbundet finansierar fyra insatser, varav två finns i Åsby.",
          lead,
          "- 172 deltagare totalt (kvinnor 94, män 78), varav 81 nya under året",
          "- 76 avslutade, varav 19 till arbete och 8 till studier",
          "",
        ],
        "l39-granmyra",
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "participant_count" && f.gender === "all")
      .map((f) => `${f.year}:${f.intervention ?? "förbundet"}:${f.measure}=${f.value}`);

  it("reads the list as the federation's year (must fire)", () => {
    expect(counts("Av årsredovisningen för 2025 framgår bland annat:")).toEqual(
      expect.arrayContaining(["2025:förbundet:enrolled=172", "2025:förbundet:exited=76"]),
    );
  });

  it("reads nothing under another body's report or another year's (must not fire)", () => {
    expect(counts("Av kommunens årsredovisning för 2025 framgår bland annat:")).toEqual([]);
    expect(counts("Av årsredovisningen för 2024 framgår bland annat:")).toEqual([]);
  });
});

describe("a count at the year's end in the perfect tense", () => {
  const read = (sentence: string) =>
    (
      extractReport(
        ["Samordningsförbundet Granmyra", "Verksamhetsberättelse 2025", "", "Deltagare", "", sentence, ""],
        "l39-granmyra",
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "participant_count" && f.gender === "all")
      .map((f) => `${f.measure}=${f.value}`);

  it("stores no stock from 'den 31 december hade insatserna haft 318 deltagare' (must not fire)", () => {
    expect(
      read("När statistiken stängdes den 31 december hade våra sex insatser tillsammans haft 318 deltagare."),
    ).not.toContain("ongoing=318");
  });

  it("still stores those enrolled at the year's end as a stock (must fire)", () => {
    expect(read("Den 31 december 2025 var 77 deltagare inskrivna i förbundets insatser.")).toContain("ongoing=77");
  });
});

describe("prose on the year beside tables of other years only", () => {
  const revenue = (header: string) =>
    (
      extractReport(
        [
          "Samordningsförbundet Granmyra",
          "VERKSAMHETSPLAN MED BUDGET 2026",
          "",
          "Ekonomi 2025 (bokslut)",
          "Intäkterna blev 8 640 000 kronor och kostnaderna 9 015 000 kronor.",
          "",
          "Budget",
          `Post                          ${header}`,
          "Intäkter                          8 900 000    9 000 000",
          "Kostnader                         9 100 000    9 000 000",
          "",
        ],
        "l39-granmyra",
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "finance" && f.item === "revenue_operating" && f.basis === "actual")
      .map((f) => `${f.year}=${f.amount_sek}`);

  it("reads the year's revenue from the prose where the tables name only later years (must fire)", () => {
    expect(revenue("Budget 2026    Plan 2027")).toContain("2025=8640000");
  });

  it("leaves the prose where a table names the year itself (must not fire)", () => {
    expect(revenue("Utfall 2025    Utfall 2024")).not.toContain("2025=8640000");
  });
});

describe("an exit table split some other way than by gender, its total last", () => {
  const exits = (rows: string[]) =>
    (
      extractReport(
        [
          "Samordningsförbundet Granmyra",
          "Helårsuppföljning 2025",
          "",
          "Avslutade deltagare",
          "",
          "Tabell 2. Avslutade efter vart de gick och om avslutet skedde enligt plan",
          "                                  Enligt plan   Avbrutet i förtid   Totalt",
          ...rows,
          "",
        ],
        "l39-granmyra",
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "participant_breakdown" || (f.table === "participant_count" && f.gender === "all"))
      .map((f) => `${f.category ?? f.measure}=${f.value}`);
  const ROWS = [
    "Arbete                                     11                   3       14",
    "Studier                                     5                   1        6",
    "Annat                                       2                   9       11",
    "Totalt                                     18                  13       31",
  ];

  it("reads the total column where the parts add up on every row (must fire)", () => {
    expect(exits(ROWS)).toEqual(expect.arrayContaining(["work=14", "studies=6", "exited=31"]));
  });

  it("reads nothing where a row's parts do not add up to its total (must not fire)", () => {
    const broken = [...ROWS];
    broken[0] = "Arbete                                     11                   3       15";
    expect(exits(broken).some((f) => f.startsWith("work=") || f.startsWith("exited="))).toBe(false);
  });
});
