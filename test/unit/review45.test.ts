/**
 * Stop 45's red-team review: wordings other federations plausibly use on which a rule new at this stop stores a
 * wrong figure or loses one it read before. Each risk is an `it.fails` (R1 most harmful) stating what the
 * document says, so the suite passes while the risk stands; beside it, what the rule must keep doing. The
 * rules are not changed here. Federations, names and figures are made up.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const boardMinutes = (lines: string[]) =>
  documentFacts({ federation: "ravik", kind: "board_minutes", date: "2025-04-09" }, lines);
const decisionsOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "decision").map((f) => `${f.item_ref}:${f.outcome}:${f.amount_sek ?? "-"}`);
const minutesHead = ["Samordningsförbundet Ravik", "Protokoll från styrelsens sammanträde 9 april 2025", ""];
const reportHead = ["Samordningsförbundet Ravik", "Årsredovisning 2024", ""];
/** Participant counts with their year: "enrolled/2024=212". */
const datedCounts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count" && f.intervention == null)
    .map((f) => `${f.measure}/${f.year}=${f.value}`);

describe("R1 writtenLater.titleDatedAfterYear: an annual report whose top block is only dated", () => {
  const report = (top: string[]) => [
    ...top,
    "",
    "Årsredovisning 2024",
    "",
    "Verksamheten",
    "",
    "Förra året hade förbundet 180 deltagare i sina insatser.",
    "",
  ];
  // R1: a report's cover block "Samordningsförbundet Ravik / 2025-02-28" (the day it was signed, a
  // title block with no title words) over "Årsredovisning 2024" now makes the whole report a text
  // written after the year, so its "förra året" (2023) is read as 2024: 180, the year before's count,
  // is stored as 2024's. The report's own title with its year on a line of the head should veto it.
  it("R1: does not read a report's 'förra året' as its own year under a dated cover block", () => {
    for (const top of [
      ["Samordningsförbundet Ravik", "2025-02-28"],
      ["Ravik samordningsförbund", "Dnr SR 2025/4", "28 februari 2025"],
    ])
      expect(datedCounts(extractReport(report(top))), top.join(" / ")).not.toContain("enrolled/2024=180");
  });
  it("keeps 'förra året' as the year before where no dated block opens the report (must not fire)", () => {
    expect(datedCounts(extractReport(report(["Samordningsförbundet Ravik"])))).not.toContain("enrolled/2024=180");
  });
});

describe("R2 readDecisions.DECISION_NUMBER_LINE: a reference to an earlier decision on a line of its own", () => {
  const item = (closing: string[]) => [
    ...minutesHead,
    "§ 9  Förlängning av Stegvis",
    "Styrelsens beslut 2024-11-20",
    "Styrelsen beviljade då 300 000 kr för Stegvis till och med juni 2025.",
    "Ravik kommun söker nu 250 000 kr för hösten.",
    ...closing,
    "",
    "§ 10  Övriga frågor",
    "Inga övriga frågor anmäldes.",
  ];
  // R2: "Styrelsens beslut 2024-11-20" (a dated reference heading the background, as "Tidigare beslut"
  // would) matches the running-number label (a genitive, "beslut", digits with dashes), so the background
  // sentence under it (last year's grant, 300 000) becomes this item's decision: approved 300 000 instead
  // of 150 000. A full date (yyyy-mm-dd) is no running number, and a label should not stand before the
  // item's own decision sentence only to take the background (prefer the last label / a present tense).
  it("R2: reads the item's own decision, not the earlier one the reference line heads", () => {
    expect(decisionsOf(boardMinutes(item(["Styrelsen beslutar att bevilja 150 000 kr."])))).toContain(
      "§9:approved:150000",
    );
  });
  it("R2: stores no earlier grant's sum with the refusal under 'Beslut'", () => {
    expect(decisionsOf(boardMinutes(item(["Beslut", "Styrelsen avslår ansökan."])))).toContain("§9:rejected:-");
  });
  it("still reads the sentence under a running number on its own line (must fire)", () => {
    const facts = boardMinutes([
      ...minutesHead,
      "§ 4  Ansökan Kliv, Ravik kommun",
      "Ravik kommun söker 120 000 kr för Kliv.",
      "Beslut nr 31",
      "Styrelsen beviljar Ravik kommun 95 000 kr för Kliv under 2025.",
      "",
      "§ 5  Övriga frågor",
      "Inga övriga frågor anmäldes.",
    ]);
    expect(decisionsOf(facts)).toContain("§4:approved:95000");
  });
});

describe("R3 readDecisions.BOARD_PROPOSES_TO_OWNERS: the budget item deciding the budget and proposing the fees", () => {
  const budget = (decision: string[]) => [
    ...minutesHead,
    "§ 6  Budget 2026",
    "Kansliet har tagit fram ett förslag till budget för 2026.",
    ...decision,
    "",
    "§ 7  Övriga frågor",
    "Inga övriga frågor anmäldes.",
  ];
  // R3: the autumn budget item nearly every federation writes: "Styrelsen beslutar att fastställa budget …"
  // then "Styrelsen föreslår medlemmarna att fastställa medlemsbidragen …". The second sentence now joins
  // the decision and the whole item becomes "proposed" with no amount: before it was approved 6 400 000.
  // The board's proposal to the owners should be the decision only where no sentence of the item decides.
  it("R3: keeps the budget decided, approved with its sum", () => {
    const facts = boardMinutes(
      budget([
        "Styrelsen beslutar att fastställa budget för 2026 om 6 400 000 kr.",
        "Styrelsen föreslår medlemmarna att fastställa medlemsbidragen för 2026 enligt bilaga 2.",
      ]),
    );
    expect(decisionsOf(facts)).toContain("§6:approved:6400000");
  });
  it("still reads the proposal to the owners where nothing else is decided (must fire)", () => {
    const facts = boardMinutes(
      budget(["Styrelsen föreslår medlemmarna att fastställa medlemsbidragen för 2026 enligt bilaga 2."]),
    );
    expect(decisionsOf(facts)).toContain("§6:proposed:-");
  });
});

describe("R4 sectionScope.OWN_REPORT_SHOWS: a lead running over sentences to an intervention's list", () => {
  // R4: "[^:]*?" between the report's year and "framgår" crosses sentences: "Nu har förbundets
  // årsredovisning för 2024 kommit. I den redovisas bland annat Lyftet, där det framgår att:" scopes the
  // list to the federation, and Lyftet's 46 and 19 are stored as the federation's counts. The lead's verb
  // should stand in the sentence after the one naming the report, with no name between (no "." crossed
  // twice, no capitalised word but "Den"/"Där").
  it("R4: stores no intervention's counts as the federation's", () => {
    const facts = extractReport([
      ...reportHead,
      "Nyheter",
      "",
      "Nu har förbundets årsredovisning för 2024 kommit. I den redovisas bland annat Lyftet, där det framgår att:",
      "",
      "- 46 personer deltog",
      "- 19 avslutade",
      "",
    ]);
    expect(countsOf(facts).filter((c) => c.startsWith("förbundet:"))).toEqual([]);
  });
  it("still scopes the federation's list under its own lead (must fire)", () => {
    const facts = extractReport([
      ...reportHead,
      "Nyheter",
      "",
      "Nu har förbundets årsredovisning för 2024 kommit. Den visar att:",
      "",
      "- 212 personer deltog i insatserna",
      "",
    ]);
    expect(countsOf(facts)).toContain("förbundet:enrolled/all=212");
  });
});

describe("R5/R6 measureThenCount: a lead's pairs turned round where the count is no count of the word", () => {
  const report = (sentence: string) => [...reportHead, "Kort om året", "", sentence, ""];
  const facts = (sentence: string) => datedCounts(extractReport(report(sentence)));
  // R5: "kvinnor 6 av 10" is the newsletter's ratio (six in ten are women), not six women; turned round it
  // reads "6 kvinnor av 10" and 6 is stored as the women enrolled in 2024 (before: nothing). A pair whose
  // count goes on with "av <number>" (a ratio or a fraction) should never be turned.
  it("R5: stores no ratio's numerator as the women", () => {
    const got = countsOf(extractReport(report("Deltagare 2024: inskrivna 201, kvinnor 6 av 10, nya 88.")));
    expect(got).toContain("förbundet:enrolled/all=201");
    expect(got.filter((c) => c.includes("/woman="))).toEqual([]);
  });
  // R6: "avslutade 94 (till arbete 27, studier 9)" was read with its exits (work 27, studies 9); turned
  // round to "94 avslutade (till arbete 27, …)" the destinations are no longer read. A pair followed by a
  // bracket of its parts should stay as written (or the exits' reader take the turned form).
  it("R6: keeps reading the exits bracketed after the exited count", () => {
    const got = extractReport(
      report("Deltagare 2024: inskrivna 201, nya 88, avslutade 94 (till arbete 27, studier 9)."),
    )
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.category}=${f.value}`);
    expect(got).toEqual(expect.arrayContaining(["work=27", "studies=9"]));
  });
  it("turns a lead's plain pairs round and reads them (must fire)", () => {
    expect(facts("Deltagare 2024: inskrivna 201, nya 88, avslutade 94.")).toEqual(
      expect.arrayContaining(["enrolled/2024=201", "new/2024=88", "exited/2024=94"]),
    );
  });
});

describe("R7 changeParentheses.isChangeNote: a prior-year legend that names a change in the same sentence", () => {
  const table = (note: string) => [
    ...reportHead,
    "Förbundet i siffror",
    "",
    note,
    "",
    "Inskrivna deltagare ........ 212 (198)",
    "Nya deltagare .............. 88 (95)",
    "",
  ];
  // R7: "Inom parentes anges värdet för 2023, förändringen i procent står i kolumnen längst till höger."
  // says the brackets hold 2023's figures; CHANGE_NOTE's second branch (up to 30 characters between
  // "parentes" and "förändringen", a comma allowed) takes it for a change note, and priorYearParentheses
  // then refuses it as a legend: 2023's 198 and 95, read before, are lost. A clause saying what the
  // parentheses hold ("värdet för", "siffror för") should keep it a prior-year legend.
  it("R7: keeps reading the prior year's figures in the brackets", () => {
    const got = datedCounts(
      extractReport(
        table("Inom parentes anges värdet för 2023, förändringen i procent står i kolumnen längst till höger."),
      ),
    );
    expect(got).toEqual(expect.arrayContaining(["enrolled/2023=198", "new/2023=95"]));
  });
  it("blanks a declared change after the year's figure (must fire)", () => {
    const got = datedCounts(
      extractReport([
        ...reportHead,
        "Förbundet i siffror",
        "",
        "Läsanvisning: varje siffra följs av förändringen mot 2023 inom parentes.",
        "Inskrivna deltagare ........ 212 (+14)",
        "Nya deltagare .............. 88 (−7)",
        "Avslutade deltagare ........ 94 (+2)",
        "",
      ]),
    );
    expect(got).toEqual(expect.arrayContaining(["enrolled/2024=212", "new/2024=88", "exited/2024=94"]));
    // Before the rule "(−7)" was read as 2023's new participants.
    expect(got.filter((c) => /=(?:14|7|2)$/.test(c))).toEqual([]);
  });
});

describe("R8 readDecisions.BODY_OPENS_SENTENCE: a capitalised board after a proposing verb ending its line", () => {
  // R8: "Arbetsutskottet föreslår" / "Styrelsen att bevilja Ravik kommun 170 000 kr …" (the body written
  // with a capital mid-sentence, as many secretaries do) is cut in two: "föreslår" is not in
  // CLAUSE_GOES_ON, so the proposal (proposed 170 000, read before) is lost. Verbs that take the body as
  // their object ("föreslår", "föreslås", "rekommenderar", "uppdrar åt") should let the line go on.
  it("R8: keeps the proposal whole across the line", () => {
    const facts = boardMinutes([
      ...minutesHead,
      "§ 6  Ansökan Stegvis",
      "Ravik kommun söker 210 000 kr.",
      "Arbetsutskottet föreslår",
      "Styrelsen att bevilja Ravik kommun 170 000 kr för Stegvis.",
      "Ärendet diskuterades.",
      "",
      "§ 7  Övriga frågor",
      "Inga övriga frågor anmäldes.",
    ]);
    expect(decisionsOf(facts)).toContain("§6:proposed:170000");
  });
  it("still parts a reference line from the body's sentence under it (must fire)", () => {
    const facts = boardMinutes([
      ...minutesHead,
      "§ 6  Ansökan Stegvis",
      "Ravik kommun söker 210 000 kr.",
      "Dnr SR 2025/31",
      "Styrelsen beviljar Ravik kommun 170 000 kr för Stegvis.",
      "",
      "§ 7  Övriga frågor",
      "Inga övriga frågor anmäldes.",
    ]);
    expect(decisionsOf(facts)).toContain("§6:approved:170000");
  });
});
