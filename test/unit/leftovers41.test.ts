/**
 * Rules from stop 41's leftovers of sets 31/31b (shapes a reader almost knew), each with cases where it must
 * fire and where it must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { buildRegistry } from "../../loaders/ingest/addFederation.ts";
import { NameResolver } from "../../loaders/reference/resolveNames.ts";
import { withoutComparisonSubRows } from "../../loaders/extract/text/comparisonSubRows.ts";
import { outcomeNotes } from "../../loaders/extract/text/outcomeNotes.ts";
import { partColumnsBesideTotals } from "../../loaders/extract/text/partColumnsBesideTotals.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

describe("a done task's outcome note in a yearly cycle ('Resultat: 254 deltagare (…)')", () => {
  const page = (task: string, note: string[], title = "Samordningsförbundet Grånäs – Årets gång 2026") => [
    title,
    "",
    "Sidan visar styrelsens återkommande punkter. Under klara punkter står utfallet.",
    "",
    "FEBRUARI",
    `  ✔ ${task}`,
    ...note,
    "",
    "MARS",
    "  ☐ Styrelsemöte 20/3: budgetuppföljning.",
  ];
  const NOTE = [
    "      Resultat: 231 deltagare (120 kvinnor, 111 män), varav 104 nya.",
    "      98 avslutade: 21 till arbete, 12 till studier, 17 till aktivt",
    "      arbetssökande.",
  ];

  it("reads the note's counts as the federation's of the year the board's task names", () => {
    const facts = extractReport(page("Styrelsemöte 13/2: deltagarstatistik 2025.", NOTE), "granas", 2025);
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=231",
        "förbundet:enrolled/woman=120",
        "förbundet:enrolled/man=111",
        "förbundet:new/all=104",
        "förbundet:exited/all=98",
      ]),
    );
    expect(exitsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:work=21", "förbundet:studies=12", "förbundet:job_seeker=17"]),
    );
    expect(facts.filter((f) => f.table === "participant_count").every((f) => f.year === 2025)).toBe(true);
  });

  it("says each counting sentence of the note as the readers' sentence, the other lines as written", () => {
    const lines = page("Styrelsemöte 13/2: deltagarstatistik 2025.", [...NOTE, "      Intäkter 6 100 tkr."]);
    const out = outcomeNotes(lines, 2025)!;
    expect(out[6]).toBe("      Under 2025 hade förbundet 231 deltagare (120 kvinnor, 111 män), varav 104 nya.");
    expect(out[7]).toBe(
      "      Under 2025 hade förbundet 98 avslutade: 21 till arbete, 12 till studier, 17 till aktivt",
    );
    expect(out[8]).toBe(lines[8]);
    expect(out[9]).toBe(lines[9]);
  });

  it("leaves an event's audience, a target, another year's task and a member's board (must not fire)", () => {
    const cases: [string, string[]][] = [
      ["Länskonferens 13/2 om statistik 2025.", ["      Resultat: 142 deltagare från nio förbund."]],
      ["Styrelsemöte 13/2: deltagarstatistik 2025.", ["      Mål: 250 deltagare, varav 120 nya."]],
      ["Styrelsemöte 13/2: deltagarstatistik 2024.", NOTE],
      ["Styrelsemöte 13/2: statistik 2025 jämfört med 2024.", NOTE],
      ["Kommunstyrelsen 13/2: årsredovisning 2025.", NOTE],
      ["Styrelsemöte 13/2: Samordningsförbundet Norrås statistik 2025.", NOTE],
      ["Styrelsemöte 13/2: delårsrapporten.", NOTE],
    ];
    for (const [task, note] of cases) {
      expect(outcomeNotes(page(task, note), 2025), task).toBeUndefined();
      const facts = extractReport(page(task, note), "granas", 2025);
      expect(countsOf(facts), task).not.toContain("förbundet:enrolled/all=231");
      expect(countsOf(facts), task).not.toContain("förbundet:enrolled/all=142");
      expect(countsOf(facts), task).not.toContain("förbundet:enrolled/all=250");
    }
    // A task still to come, a note set at the task's own margin, a page naming no federation.
    const toCome = page("Styrelsemöte 13/2: deltagarstatistik 2025.", NOTE).map((l) => l.replace("✔", "☐"));
    expect(outcomeNotes(toCome, 2025)).toBeUndefined();
    const flush = page(
      "Styrelsemöte 13/2: deltagarstatistik 2025.",
      NOTE.map((l) => l.trimStart()),
    );
    expect(outcomeNotes(flush, 2025)).toBeUndefined();
    const noFederation = page("Styrelsemöte 13/2: deltagarstatistik 2025.", NOTE, "Årets gång 2026");
    expect(outcomeNotes(noFederation, 2025)).toBeUndefined();
  });

  it("reads a sentence naming the report's year under a title dated by a later year only", () => {
    const lines = [
      "Samordningsförbundet Grånäs – Verksamhetskalender 2026",
      "",
      "Under 2025 hade förbundet 231 deltagare, varav 104 nya.",
    ];
    expect(countsOf(extractReport(lines, "granas", 2025))).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=231", "förbundet:new/all=104"]),
    );
  });

  it("keeps a heading inside the document, a plan's title and a sentence naming no year dated by them (must not fire)", () => {
    const inner = [
      "Samordningsförbundet Grånäs",
      "",
      "Tankar om 2026",
      "",
      "Under 2025 hade förbundet 231 deltagare, varav 104 nya.",
    ];
    expect(countsOf(extractReport(inner, "granas", 2025))).not.toContain("förbundet:enrolled/all=231");
    const plan = ["Samordningsförbundet Grånäs – Verksamhetsplan 2026", "", "Under 2025 hade förbundet 231 deltagare."];
    expect(countsOf(extractReport(plan, "granas", 2025))).not.toContain("förbundet:enrolled/all=231");
    const undated = ["Samordningsförbundet Grånäs – Verksamhetskalender 2026", "", "Förbundet hade 231 deltagare."];
    expect(countsOf(extractReport(undated, "granas", 2025))).not.toContain("förbundet:enrolled/all=231");
  });
});

const money = (facts: ReturnType<typeof extractReport>) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("an item's budget set in under it ('    budget   6 250'), as a summary for the members writes it", () => {
  const summary = (rows: string[]) => [
    "Samordningsförbundet Hällvik",
    "Bokslut 2025 i sammandrag",
    "",
    "Under varje post står indraget årets budget och förra årets utfall.",
    "Alla belopp i tusental kronor.",
    "",
    "RESULTAT",
    "",
    ...rows,
    "",
    "Eget kapital vid årets slut                 1 405",
    "      utfall 2024                           1 575",
  ];
  const ROWS = [
    "Intäkter                                    6 310",
    "      budget                                6 250",
    "      utfall 2024                           6 010",
    "Kostnader                                  -6 480",
    "      budget                               -6 600",
    "      utfall 2024                          -5 940",
    "Årets resultat                               -170",
    "      budget                                 -350",
    "      utfall 2024                             70",
  ];

  it("reads each budget as the year's budget beside the item's outcome, last year's rows taken out", () => {
    const out = withoutComparisonSubRows(summary(ROWS), 2025)!;
    expect(out.lines.some((l) => /^\s+Utfall\s+Budget$/.test(l))).toBe(true);
    expect(out.lines).toContain("Intäkter                                    6 310     6 250");
    expect(out.lines.join("\n")).not.toMatch(/utfall 2024/);
    const facts = money(extractReport(summary(ROWS), "hallvik", 2025));
    expect(facts).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=6310000",
        "2025:budget:revenue_operating=6250000",
        "2025:actual:cost_operating=6480000",
        "2025:budget:cost_operating=6600000",
        "2025:actual:result=-170000",
        "2025:budget:result=-350000",
        "2025:actual:equity_end=1405000",
      ]),
    );
    expect(facts.some((f) => /^2025:actual:\w+=(6250000|6600000|-350000|6010000|70000|1575000)$/.test(f))).toBe(false);
  });

  it("leaves a lone budget, a budget with a unit and figures out of line taken out with the rest (must not fire)", () => {
    const lone = withoutComparisonSubRows(
      summary([
        "Intäkter                                    6 310",
        "      budget                                6 250",
        "Kostnader                                  -6 480",
        "      utfall 2024                          -5 940",
      ]),
      2025,
    )!;
    expect(lone.lines.join("\n")).not.toMatch(/Budget|6 250/);
    const percent = withoutComparisonSubRows(
      summary([
        "Andel till arbete                             38 %",
        "      budget                                  40 %",
        "Andel till studier                            12 %",
        "      budget                                  15 %",
      ]),
      2025,
    )!;
    expect(percent.lines.join("\n")).not.toMatch(/Budget|40 %/);
    const ragged = withoutComparisonSubRows(
      summary([
        "Intäkter                                  6 310",
        "      budget                                6 250",
        "Kostnader                                  -6 480",
        "      budget                               -6 600",
      ]),
      2025,
    )!;
    expect(ragged.lines.join("\n")).not.toMatch(/Budget|6 250/);
    const facts = money(extractReport(summary(ROWS.map((r) => r.replace("budget", "prognos"))), "hallvik", 2025));
    expect(facts.some((f) => f.includes(":budget:"))).toBe(false);
  });

  it("keeps a sub-row of the report year's own outcome, and an earlier year's only where the year is known", () => {
    const own = [
      "Intäkter, budget                            6 250",
      "      utfall 2025                           6 310",
      "Kostnader, budget                          -6 600",
      "      utfall 2025                          -6 480",
    ];
    expect(withoutComparisonSubRows(own, 2025)).toBeUndefined();
    const earlier = [
      "Intäkter                  6 310",
      "   utfall 2024            6 010",
      "Kostnader                -6 480",
      "   utfall 2024           -5 940",
    ];
    expect(withoutComparisonSubRows(earlier)).toBeUndefined();
    expect(withoutComparisonSubRows(earlier, 2025)!.lines).toEqual([
      "Intäkter                  6 310",
      "Kostnader                -6 480",
    ]);
  });
});

describe("a statement in columns per part of the federation, the whole's columns after them over their years", () => {
  /** A row: its label, then each cell right-aligned in a column eleven wide. */
  const row = (label: string, cells: string[]) => label.padEnd(20) + cells.map((c) => c.padStart(11)).join("");
  const UPPER = row("", ["Kansli", "Individ", "Struktur", "Totalt", "Totalt"]);
  const YEARS = row("", ["", "", "", "2025", "2024"]);
  const table = (rows: string[], upper = UPPER, years = YEARS) => [
    "Samordningsförbundet Lövmora",
    "Årsredovisning 2025",
    "",
    "Resultat per del av verksamheten (tkr)",
    "",
    upper,
    years,
    ...rows,
    "",
    "Kansliets kolumn bär alla medlemsbidrag.",
  ];
  const ROWS = [
    row("Medlemsbidrag", ["8 100", "0", "0", "8 100", "7 900"]),
    row("Summa intäkter", ["8 160", "0", "0", "8 160", "7 950"]),
    "",
    row("Summa kostnader", ["-1 700", "-6 020", "-590", "-8 310", "-7 880"]),
    "",
    row("Årets resultat", ["6 460", "-6 020", "-590", "-150", "70"]),
  ];

  it("reads the whole's columns by their years where the parts add up to the whole in every row", () => {
    const out = partColumnsBesideTotals(table(ROWS), 2025)!;
    expect(out[5]!.trim().split(/\s+/)).toEqual(["Totalt", "Totalt"]);
    expect(out[12]!.trim().split(/\s{2,}/)).toEqual(["Årets resultat", "-150", "70"]);
    expect(out[12]!.length).toBe(table(ROWS)[12]!.length);
    const facts = money(extractReport(table(ROWS), "lovmora", 2025));
    expect(facts).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=8160000",
        "2025:actual:cost_operating=8310000",
        "2025:actual:result=-150000",
      ]),
    );
    expect(facts.some((f) => /=(6460000|-6020000|6020000|-590000|590000|1700000)$/.test(f))).toBe(false);
  });

  it("leaves a table whose parts do not add up, a whole with no year, other words over the years (must not fire)", () => {
    const off = ROWS.map((r) => r.replace("6 460", "6 400"));
    expect(partColumnsBesideTotals(table(off), 2025)).toBeUndefined();
    expect(money(extractReport(table(off), "lovmora", 2025)).some((f) => /=6400000$/.test(f))).toBe(false);
    const budget = row("", ["Kansli", "Individ", "Struktur", "Budget", "Utfall"]);
    expect(partColumnsBesideTotals(table(ROWS, budget), 2025)).toBeUndefined();
    expect(partColumnsBesideTotals(table(ROWS), 2026)).toBeUndefined();
    const oneYear = row("", ["", "", "", "", "2025"]);
    expect(partColumnsBesideTotals(table(ROWS, UPPER, oneYear), 2025)).toBeUndefined();
  });
});

describe("a Markdown table of one year's key figures ('| Mått | 2025 |'), a count with its parts in brackets", () => {
  const page = (rows: string[], header = "| Mått | 2025 |") => [
    "# Samordningsförbundet Tallmo",
    "",
    "Bilaga till årsredovisningen 2025.",
    "",
    "## Året i korthet",
    "",
    header,
    "|---|---:|",
    ...rows,
    "",
    "Målet var 260 deltagare.",
  ];
  const ROWS = [
    "| Deltagare (kvinnor / män) | 231 (124 / 107) |",
    "| – varav nya under året | 96 |",
    "| Avslutade deltagare | 88 |",
    "| Till arbete | 19 |",
    "| Till studier | 11 |",
    "| Beräknad samhällsvinst | ≈ 5,2 mnkr |",
  ];

  it("reads the counts, the parts in the legend's order and the destination rows right under the exits", () => {
    const facts = extractReport(page(ROWS), "tallmo", 2025);
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=231",
        "förbundet:enrolled/woman=124",
        "förbundet:enrolled/man=107",
        "förbundet:new/all=96",
        "förbundet:exited/all=88",
      ]),
    );
    expect(exitsOf(facts)).toEqual(expect.arrayContaining(["förbundet:work=19", "förbundet:studies=11"]));
    const reversed = extractReport(page(ROWS.map((r) => r.replace("kvinnor / män", "män / kvinnor"))), "tallmo", 2025);
    expect(countsOf(reversed)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/man=124", "förbundet:enrolled/woman=107"]),
    );
  });

  it("reads no 'Till' row under another count, no later year's table and no destinations beyond the exits (must not fire)", () => {
    const underNew = ["| Nya deltagare | 96 |", "| Till arbete | 19 |", "| Avslutade deltagare | 88 |"];
    expect(exitsOf(extractReport(page(underNew), "tallmo", 2025))).not.toContain("förbundet:work=19");
    const later = extractReport(page(ROWS, "| Mått | 2026 |"), "tallmo", 2025);
    expect(countsOf(later)).not.toContain("förbundet:enrolled/all=231");
    const tooMany = ["| Avslutade deltagare | 88 |", "| Till arbete | 60 |", "| Till studier | 40 |"];
    expect(exitsOf(extractReport(page(tooMany), "tallmo", 2025))).not.toContain("förbundet:studies=40");
  });
});

describe("a sentence opening on a sum's word and its count right after the federation's ('Totalt 58 personer avslutade …')", () => {
  const column = (after: string) => [
    "Personaltidning för Region Hagvik, nummer 2, 2026",
    "",
    "Gästskribent: förbundschefen i Samordningsförbundet Hagvik",
    "",
    `Under 2025 deltog 164 personer i våra insatser, 90 kvinnor och 74 män. ${after}`,
  ];

  it("goes on about the federation's participants", () => {
    const facts = extractReport(
      column("Totalt 58 personer avslutade sin insats, och av dem gick 14 till arbete."),
      "hagvik",
      2025,
    );
    expect(countsOf(facts)).toEqual(expect.arrayContaining(["förbundet:enrolled/all=164", "förbundet:exited/all=58"]));
    expect(exitsOf(facts)).toContain("förbundet:work=14");
  });

  it("keeps a sum naming a place or an intervention, and one after an intervention's sentence, unread (must not fire)", () => {
    for (const after of [
      "Totalt 58 personer från Lidby avslutade sin insats.",
      "Totalt 58 personer i Steget avslutade sin insats.",
    ])
      expect(countsOf(extractReport(column(after), "hagvik", 2025))).not.toContain("förbundet:exited/all=58");
    const intervention = [
      "Samordningsförbundet Hagvik",
      "",
      "Insatsen Steget",
      "",
      "I Steget deltog 40 personer. Totalt 12 personer avslutade sin insats.",
    ];
    expect(countsOf(extractReport(intervention, "hagvik", 2025))).not.toContain("förbundet:exited/all=12");
  });
});

describe("a members' table naming no year, in an appendix whose title names the report's year, proven by Finsam's split", () => {
  const appendix = (rows: string[], title = "Bilaga 2 till årsredovisningen 2025: Nyckeltal", above: string[] = []) => [
    "Samordningsförbundet Vindå",
    title,
    "",
    "Förbundets medlemmar är Vindå kommun, Lerby kommun, Region Vindmark, Försäkringskassan och",
    "Arbetsförmedlingen.",
    "",
    ...above,
    "Tabell 3. Medlemsbidrag",
    "",
    "Medlem                           tkr  Kommentar",
    "------------------------------  -----  ------------------------------",
    ...rows,
    "",
    "Bidragen följer förbundsordningen.",
  ];
  const ROWS = [
    "Försäkringskassan och AF         4 200  Statens hälft.",
    "Region Vindmark                  2 100  En fjärdedel.",
    "Vindå kommun                     1 470  Efter folkmängden",
    "Lerby kommun                       630  den 1 november 2024.",
  ];
  const fees = (lines: string[]) =>
    extractReport(lines, "vinda", 2025)
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.year}:${f.basis}:${f.member}=${f.amount_sek}`);

  it("reads the fees as the report year's where the state pays half, the region and the municipalities a quarter each", () => {
    expect(fees(appendix(ROWS))).toEqual(
      expect.arrayContaining([
        "2025:actual:Försäkringskassan och AF=4200000",
        "2025:actual:Region Vindmark=2100000",
        "2025:actual:Vindå kommun=1470000",
        "2025:actual:Lerby kommun=630000",
      ]),
    );
  });

  it("reads none where the split fails, the title names a budget or two years, or a heading names another year (must not fire)", () => {
    expect(fees(appendix(ROWS.map((r) => r.replace("1 470", "1 400"))))).toEqual([]);
    expect(fees(appendix(ROWS.slice(0, 3)))).toEqual([]);
    expect(fees(appendix(ROWS, "Bilaga 2 till budget 2025"))).toEqual([]);
    expect(fees(appendix(ROWS, "Bilaga 2 till årsredovisningen 2025 och planen för 2026"))).toEqual([]);
    expect(fees(appendix(ROWS, undefined, ["Inför 2026", ""]))).toEqual([]);
  });
});

describe("the state's share written with one agency in full and the other by its short name", () => {
  const r = buildRegistry({
    id: "vinda",
    name: "Samordningsförbundet Vindå",
    county: "Vindmarks län",
    members: [
      "Vindå kommun=municipality",
      "Region Vindmark=region",
      "Försäkringskassan=social_insurance_agency",
      "Arbetsförmedlingen=employment_service",
    ],
  });
  const resolver = new NameResolver(new Map([[r.federation_id, r]]));
  it.each(["Försäkringskassan och AF", "FK och Arbetsförmedlingen", "AF och Försäkringskassan"])(
    "%s resolves to the state pseudo-member",
    (name) => expect(resolver.member(r.federation_id, name)).toBe("vinda/state"),
  );
  it("keeps one agency alone its own member (must not fire)", () => {
    expect(resolver.member(r.federation_id, "Försäkringskassan")).toBe("vinda/forsakringskassan");
    expect(resolver.member(r.federation_id, "AF")).not.toBe("vinda/state");
  });
});
