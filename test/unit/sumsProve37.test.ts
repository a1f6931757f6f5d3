/**
 * Stop 37's sums that prove a reading: a list of every one of the federation's own members (as the
 * document names them) with one amount a line, closed by its own total they add up to, with the
 * state paying as much as the others together, is the report year's members' money even under a
 * caption naming neither the fees nor a year; a list whose sums fail, that misses a member, names
 * another body's members or stands in minutes stores nothing.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { ownMembersNamed } from "../../loaders/extract/general/ownMembers.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { blankDisclosureReferences } from "../../loaders/extract/text/disclosureReferences.ts";

const MEMBERS =
  "Förbundets medlemmar är Ålsta kommun, Kvarnby kommun, Region Bergmark, Försäkringskassan och Arbetsförmedlingen.";

const report = (lines: string[], id = "bergmark/2024-annual-report") => new DocumentText(id, lines, 2024);
const read = (doc: DocumentText) =>
  (memberAmountLists(doc, memberOf).facts as AnyFact[]).map(
    (f) =>
      `${f.member}=${f.amount_sek}@${f.line}${f.year === 2024 && f.basis === "actual" ? "" : ` ${f.year} ${f.basis}`}`,
  );

const list = (caption: string, rows: [string, string][], above: string[] = [MEMBERS, ""]) => [
  ...above,
  caption,
  ...rows.map(([label, amount]) => `  ${label.padEnd(44)}${amount.padStart(12)}`),
];
const ROWS: [string, string][] = [
  ["Staten", "2 600 000"],
  ["Region Bergmark", "1 300 000"],
  ["Ålsta kommun", "780 000"],
  ["Kvarnby kommun", "520 000"],
  ["Summa medlemsbidrag", "5 200 000"],
];

describe("the document's own members", () => {
  it("reads the members a sentence names, the state's two agencies as one", () => {
    const own = ownMembersNamed(report([MEMBERS]), memberOf);
    expect([...(own ?? [])].sort()).toEqual(["alsta", "kvarnby", "region:bergmark", "state"]);
  });

  it("reads municipalities named before their common noun", () => {
    const own = ownMembersNamed(
      report(["Medlemmar i förbundet är Ålsta och Kvarnby kommuner, Region Bergmark och Försäkringskassan."]),
      memberOf,
    );
    expect([...(own ?? [])].sort()).toEqual(["alsta", "kvarnby", "region:bergmark", "state"]);
  });

  it("names no members where a part is no member's name, or the sentence is another federation's (must not fire)", () => {
    expect(
      ownMembersNamed(report(["Förbundets medlemmar är de två kommunerna, regionen och staten."]), memberOf),
    ).toBeNull();
    expect(
      ownMembersNamed(
        report([
          "Samordningsförbundet Ulvsjön har fyra parter. Dess medlemmar är Backa kommun, Region Bergmark och Försäkringskassan.",
        ]),
        memberOf,
      ),
    ).toBeNull();
    expect(ownMembersNamed(report(["Förbundets medlemmar bidrog med 5,2 miljoner kronor."]), memberOf)).toBeNull();
  });
});

describe("a list of every own member proven by its own sums", () => {
  it("reads the list under a caption naming neither the fees nor a year (must fire)", () => {
    expect(read(report(list("Stöd från offentliga aktörer        GRI 201-4", ROWS)))).toEqual([
      "Staten=2600000@4",
      "Region Bergmark=1300000@5",
      "Ålsta kommun=780000@6",
      "Kvarnby kommun=520000@7",
    ]);
  });

  it("reads a pipe table by the heading over its header rows, closed by a bold Totalt (must fire)", () => {
    const lines = [
      MEMBERS,
      "",
      "## Så finansierades arbetet 2024",
      "",
      "| Part | Kronor |",
      "|---|---|",
      "| Försäkringskassan och Arbetsförmedlingen | 2 600 000 |",
      "| Region Bergmark | 1 300 000 |",
      "| Ålsta kommun | 780 000 |",
      "| Kvarnby kommun | 520 000 |",
      "| **Totalt** | **5 200 000** |",
    ];
    expect(read(report(lines))).toHaveLength(4);
  });

  it("reads nothing where the parts miss the total, or the state's half fails (must not fire)", () => {
    const off: [string, string][] = ROWS.map(([l, a]) => [l, l.startsWith("Summa") ? "5 300 000" : a]);
    expect(read(report(list("Stöd från offentliga aktörer", off)))).toEqual([]);
    const halfOff: [string, string][] = [
      ["Staten", "2 500 000"],
      ["Region Bergmark", "1 400 000"],
      ["Ålsta kommun", "780 000"],
      ["Kvarnby kommun", "520 000"],
      ["Summa medlemsbidrag", "5 200 000"],
    ];
    expect(read(report(list("Stöd från offentliga aktörer", halfOff)))).toEqual([]);
  });

  it("reads nothing where the document names no members, or the list misses one of them (must not fire)", () => {
    expect(read(report(list("Stöd från offentliga aktörer", ROWS, ["Bilaga 2 Ekonomi"])))).toEqual([]);
    const threeMunicipalities =
      "Förbundets medlemmar är Ålsta kommun, Kvarnby kommun, Lunda kommun, Region Bergmark och Försäkringskassan.";
    expect(read(report(list("Stöd från offentliga aktörer", ROWS, [threeMunicipalities, ""])))).toEqual([]);
  });

  it("reads nothing with no total row of its own, nor in minutes (must not fire)", () => {
    expect(read(report(list("Stöd från offentliga aktörer", ROWS.slice(0, 4))))).toEqual([]);
    expect(read(report(list("Stöd från offentliga aktörer", ROWS), "bergmark/2024-11-20-board-minutes"))).toEqual([]);
  });

  it("never reads a list naming a municipality that is none of the document's members, even under a dated money caption (must not fire)", () => {
    const neighbour: [string, string][] = [
      ["Staten", "2 600 000"],
      ["Region Bergmark", "1 300 000"],
      ["Backa kommun", "780 000"],
      ["Ulvsjö kommun", "520 000"],
      ["Summa", "5 200 000"],
    ];
    expect(read(report(list("Grannförbundets medlemmar bidrog 2024 med följande belopp:", neighbour)))).toEqual([]);
    // The same list of our own members under that caption is read.
    expect(read(report(list("Medlemmarna bidrog 2024 med följande belopp:", ROWS)))).toHaveLength(4);
  });

  it("reads nothing where the lines above name a time to come or another year (must not fire)", () => {
    const above = [MEMBERS, "", "Inför nästa år har styrelsen beslutat om följande fördelning.", ""];
    expect(read(report(list("", ROWS, above)))).toEqual([]);
    const earlier = [MEMBERS, "", "Så såg fördelningen ut 2023.", ""];
    expect(read(report(list("", ROWS, earlier)))).toEqual([]);
    // With nothing above but the members' sentence, the same lines are the year's.
    expect(read(report(list("", ROWS, [MEMBERS, ""])))).toHaveLength(4);
  });

  it("keeps a budget caption's year and basis", () => {
    expect(read(report(list("Budget 2025", ROWS)))).toEqual([
      "Staten=2600000@4 2025 budget",
      "Region Bergmark=1300000@5 2025 budget",
      "Ålsta kommun=780000@6 2025 budget",
      "Kvarnby kommun=520000@7 2025 budget",
    ]);
  });
});

describe("gender rows that add up under a caption of a summary's noun and the year", () => {
  const sheet = (caption: string, body: string[] = [], adds = true) => [
    "SAMORDNINGSFÖRBUNDET BERGMARK",
    "Uppföljning av verksamhetsåret 2024",
    "",
    ...body,
    caption,
    "                                   K        M    Totalt",
    "Inskrivna under året              64       58       122",
    `Avslutade                         26       23        ${adds ? "49" : "50"}`,
  ];
  const counts = (lines: string[]) =>
    documentFacts({ federation: "bergmark", year: 2024 }, lines)
      .filter((f) => f.table === "participant_count" && f.intervention === null)
      .map((f) => `${f.measure}/${f.gender}=${f.value}`)
      .sort();

  it("reads the rows as the federation's in a document with no intervention's section (must fire)", () => {
    expect(counts(sheet("Sammanställning 2024"))).toEqual([
      "enrolled/all=122",
      "enrolled/man=58",
      "enrolled/woman=64",
      "exited/all=49",
      "exited/man=23",
      "exited/woman=26",
    ]);
  });

  it("reads nothing under a caption naming a topic or another year, nor a row that does not add up (must not fire)", () => {
    expect(counts(sheet("Sammanställning av studiebesök"))).toEqual([]);
    expect(counts(sheet("Sammanställning 2023"))).toEqual([]);
    expect(counts(sheet("Sammanställning 2024", [], false))).not.toContain("exited/all=50");
    expect(counts(sheet("Sammanställning 2024", [], false))).not.toContain("exited/woman=26");
  });

  it("reads nothing where a section of the document is an intervention's (must not fire)", () => {
    const body = ["Insatser", "", "Steget", "Steget är en arbetsträning i Ålsta kommun för unga vuxna.", ""];
    expect(counts(sheet("Sammanställning 2024", body))).toEqual([]);
  });
});

describe("an undated list of the members' money proven by the year's revenue", () => {
  const page = (fees: string[], revenue = "7 860 tkr", year = "2024") => [
    `Årets resultat ${year}`,
    "",
    "Ekonomi",
    `Intäkter: ${revenue}`,
    "Kostnader: 7 512 tkr",
    "",
    "Medlemmarnas bidrag",
    "Bidragen betalas in kvartalsvis.",
    ...fees,
    "",
  ];
  const FEES = [
    "Försäkringskassan och Arbetsförmedlingen: 3 930 tkr",
    "Region Bergmark: 1 965 tkr",
    "Ålsta kommun: 1 180 tkr",
    "Kvarnby kommun: 785 tkr",
  ];
  const fees = (lines: string[], kind: "annual_report" | "board_minutes" = "annual_report") =>
    documentFacts({ federation: "bergmark", year: 2024, kind }, lines)
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek} ${f.year} ${f.basis}`);

  it("reads the list where the members add up to the year's revenue and the state's half holds (must fire)", () => {
    expect(fees(page(FEES))).toEqual([
      "Staten=3930000 2024 actual",
      "Region Bergmark=1965000 2024 actual",
      "Ålsta kommun=1180000 2024 actual",
      "Kvarnby kommun=785000 2024 actual",
    ]);
  });

  it("reads nothing where the members miss the revenue, or the state's half fails (must not fire)", () => {
    expect(fees(page(FEES, "7 900 tkr"))).toEqual([]);
    const stateOff = ["Försäkringskassan och Arbetsförmedlingen: 4 000 tkr", ...FEES.slice(1)];
    expect(fees(page(stateOff, "7 930 tkr"))).toEqual([]);
  });

  it("reads nothing under a caption naming no money, nor in minutes (must not fire)", () => {
    const noMoney = page(FEES).map((l) =>
      l === "Medlemmarnas bidrag" ? "Våra parter" : l.startsWith("Bidragen") ? "Parterna möts fyra gånger om året." : l,
    );
    expect(fees(noMoney)).toEqual([]);
    expect(fees(page(FEES), "board_minutes")).toEqual([]);
  });
});

describe("a standard's disclosure numbers at a heading's margin", () => {
  it("cuts them where they close a heading after a gap (must fire)", () => {
    const out = blankDisclosureReferences([
      "Ekonomiskt resultat                              GRI 201-1",
      "Organisation och medarbetare                     GRI 2-7, 2-9",
    ])!;
    expect(out).toEqual(["Ekonomiskt resultat", "Organisation och medarbetare"]);
  });

  it("leaves a reference in running text, an index row and a plain figure (must not fire)", () => {
    expect(
      blankDisclosureReferences([
        "Förbundet redovisar enligt GRI 201-1 och 201-4.",
        "  201-1                   Direkt genererat och fördelat värde             2",
        "Årets resultat                                   201 400",
      ]),
    ).toBeUndefined();
  });

  it("lets the year's sums sign a result once the heading's number is gone", () => {
    const lines = [
      "Ekonomiskt resultat                              GRI 201-1",
      "Förbundets intäkter uppgick till 6 240 000 kronor och kostnaderna till 6 198 000",
      "kronor. Årets resultat blev 42 000 kronor.",
    ];
    const results = documentFacts({ federation: "bergmark", year: 2024 }, lines).filter(
      (f) => f.table === "finance" && f.item === "result",
    );
    expect(results.map((f) => f.amount_sek)).toEqual([42000]);
  });
});

describe("destination rows by gender proven by their Summa row", () => {
  const table = (rows: string[]) => [
    "Verksamhetsberättelse 2024",
    "",
    "Deltagare",
    "Under året hade förbundet 12 insatser.",
    "",
    "Vad hände sedan?",
    "                               Kvinnor   Män   Totalt",
    ...rows,
    "",
  ];
  const ROWS = [
    "Arbete                          8     7    15",
    "Studier                         4     3     7",
    "Arbetssökande                   5     7    12",
    "Fortsatt rehabilitering         9     4    13",
    "Annat                           6     4    10",
    "Summa                          32    25    57",
  ];
  const destinations = (lines: string[]) =>
    documentFacts({ federation: "bergmark", year: 2024 }, lines)
      .filter((f) => f.table === "participant_breakdown" && f.intervention === null)
      .map((f) => `${f.category}=${f.value}`);

  it("reads each destination where every column adds up to the Summa row stored as the exits (must fire)", () => {
    expect(destinations(table(ROWS))).toEqual([
      "work=15",
      "studies=7",
      "job_seeker=12",
      "continued_rehab=13",
      "other_exit=10",
    ]);
  });

  it("reads no destination where a column misses the Summa row, or a destination stands twice (must not fire)", () => {
    const off = ROWS.map((r) => (r.startsWith("Summa") ? "Summa                          33    24    57" : r));
    expect(destinations(table(off))).toEqual([]);
    const twice = ROWS.map((r) => (r.startsWith("Annat") ? "Arbete igen                     6     4    10" : r));
    expect(destinations(table(twice))).toEqual([]);
  });
});
