import { describe, expect, it } from "vitest";
import { settleReportedRates } from "../../loaders/extract/general/reportedRates.ts";
import { UNSCOPED_RATE } from "../../loaders/extract/general/reportedRates.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const provenance = { line: 9, text: "", section: "general:prose", approximate: false };
const rate = (value: number, extra: Partial<FactInput> = {}): FactInput =>
  ({
    table: "indicator",
    year: 2024,
    scope: "federation",
    indicator: "work_or_studies_rate_reported",
    gender: "all",
    value,
    unit: "percent",
    n: null,
    note: null,
    ...provenance,
    ...extra,
  }) as FactInput;
const exited = (value: number, extra: Partial<FactInput> = {}): FactInput =>
  ({
    table: "participant_count",
    intervention: null,
    year: 2024,
    measure: "exited",
    gender: "all",
    value,
    ...provenance,
    line: 3,
    ...extra,
  }) as FactInput;
const outcome = (category: string, value: number, extra: Partial<FactInput> = {}): FactInput =>
  ({
    table: "participant_breakdown",
    intervention: null,
    year: 2024,
    population: "exited",
    dimension: "exit_outcome",
    category,
    value,
    ...provenance,
    line: 4,
    ...extra,
  }) as FactInput;

const settled = (facts: FactInput[], awaiting: FactInput[]) =>
  (settleReportedRates({ facts, findings: [], coverage: [], awaiting }).facts as AnyFact[])
    .filter((f) => f.table === "indicator")
    .map((f) => `${f.scope} ${f.year} ${f.value} n=${f.n}`);

describe("a reported rate with no base stated beside it", () => {
  it("is not stored twice when another reader already stored that rate from the same line", () => {
    expect(settled([exited(92), rate(33, { n: 92 })], [rate(33)])).toEqual(["federation 2024 33 n=92"]);
    // Must not fire: the same rate of another line (another table, another year's report) is still settled.
    expect(settled([exited(92), rate(33, { n: 92, line: 20 })], [rate(33)])).toEqual([
      "federation 2024 33 n=92",
      "federation 2024 33 n=92",
    ]);
  });
  it("takes the year's one exit count of its scope as its base", () => {
    expect(settled([exited(92)], [rate(33)])).toEqual(["federation 2024 33 n=92"]);
    expect(
      settled([exited(40, { intervention: "Bryggan" }), exited(92)], [rate(45, { scope: "intervention:Bryggan" })]),
    ).toEqual(["intervention:Bryggan 2024 45 n=40"]);
  });

  it("is stored where the destinations read give it within its rounding", () => {
    expect(settled([exited(92), outcome("work", 21), outcome("studies", 9)], [rate(33)])).toEqual([
      "federation 2024 33 n=92",
    ]);
    expect(settled([exited(49), outcome("work", 11), outcome("studies", 8)], [rate(38.8)])).toEqual([
      "federation 2024 38.8 n=49",
    ]);
  });

  it("is not stored without one plain exit count of its year and scope", () => {
    expect(settled([], [rate(33)])).toEqual([]);
    expect(settled([exited(92), exited(90, { line: 7 })], [rate(33)])).toEqual([]);
    expect(settled([exited(92, { approximate: true })], [rate(33)])).toEqual([]);
    expect(settled([exited(92, { year: 2023 })], [rate(33)])).toEqual([]);
    // an intervention's exits are no base of the federation's rate
    expect(settled([exited(40, { intervention: "Bryggan" })], [rate(45)])).toEqual([]);
  });

  it("is not stored where the destinations read contradict it (a target, another year's share)", () => {
    // 17 + 6 of 74 is 31 %, not 35 %
    const out = settleReportedRates({
      facts: [exited(74), outcome("work", 17), outcome("studies", 6)],
      findings: [],
      coverage: [],
      awaiting: [rate(35)],
    });
    expect(out.facts.filter((f) => f.table === "indicator")).toEqual([]);
    expect(out.findings.map((f) => f.check_id)).toEqual(["identity.quoted_rate"]);
    // a positive step below what work and studies alone give
    expect(
      settled(
        [exited(100), outcome("work", 30), outcome("studies", 20)],
        [rate(40, { indicator: "positive_step_rate_reported" })],
      ),
    ).toEqual([]);
  });

  it("gives a rate whose sentence names no one to the federation only where its figures give it exactly", () => {
    const unscoped = rate(32, { note: UNSCOPED_RATE });
    expect(settled([exited(109), outcome("work", 24), outcome("studies", 11)], [unscoped])).toEqual([
      "federation 2024 32 n=109",
    ]);
    expect(settled([exited(109)], [unscoped])).toEqual([]);
    expect(settled([exited(109), outcome("work", 24)], [unscoped])).toEqual([]);
  });
});

const rates = (lines: string[], year = 2024) =>
  (parseAnnualReport(docOf(lines, year)).facts as AnyFact[])
    .filter((f) => f.table === "indicator")
    .map((f) => `${f.scope} ${f.year} ${f.value} n=${f.n}@${f.line}`);

describe("rates read by every layer, settled on the document's exits", () => {
  it("reads a labelled line of a summary, and not the target below it", () => {
    const lines = [
      "Året i siffror 2024",
      "",
      "Avslutade deltagare: 60",
      "Avslutade till arbete: 14",
      "Avslutade till studier: 7",
      "Andel avslutade till arbete eller studier: 35 %",
      "Målvärde, andel till arbete eller studier: 40 %",
    ];
    expect(rates(lines)).toEqual(["federation 2024 35 n=60@6"]);
  });

  it("reads a sentence with no base, in a paragraph about the federation", () => {
    const lines = [
      "Verksamheten 2024",
      "",
      "Under året avslutade 80 deltagare sin insats i förbundets insatser. Av dem gick 18 till arbete",
      "och 10 till studier. Andelen som gick vidare till arbete eller studier blev 35 procent.",
    ];
    expect(rates(lines)).toEqual(["federation 2024 35 n=80@4"]);
  });

  it("does not read an opinion, a share of all participants, or a rate after an intervention's sentence", () => {
    const lines = [
      "Verksamheten 2024",
      "",
      "Under året avslutade 80 deltagare sin insats i förbundets insatser.",
      "",
      "I enkäten uppgav 70 procent att de hade bättre förutsättningar att arbeta eller studera.",
      "",
      "Av årets deltagare gick 30 procent till arbete eller studier.",
      "",
      "I Bryggan avslutades 20 deltagare. 45 procent av de avslutade gick till arbete eller studier.",
    ];
    expect(rates(lines)).toEqual([]);
  });

  it("reads the report year's rate of a several-year overview, and no year without its exits", () => {
    const lines = [
      "Flerårsöversikt",
      "                                        2024     2023     2022",
      "Antal deltagare                          140      131      120",
      "Andel till arbete eller studier (%)       30       28       33",
      "",
      "Under året avslutades 70 deltagare i förbundets insatser.",
    ];
    expect(rates(lines)).toEqual(["federation 2024 30 n=70@4"]);
  });

  it("reads a share under an exit table as a rate, never as a count", () => {
    const lines = [
      "Året i siffror",
      "",
      "Tabell 3. Avslutade deltagare 2024 efter vad de gick vidare till",
      "",
      "                                          Antal",
      "Arbete                                       20",
      "Studier                                      10",
      "Annat avslut                                 50",
      "Summa avslutade                              80",
      "",
      "Andel till arbete eller studier            38 %",
    ];
    const facts = parseAnnualReport(docOf(lines)).facts as AnyFact[];
    expect(facts.filter((f) => f.category === "work_or_studies")).toEqual([]);
    // the exit table's reader and the prose reader each read it: one figure, two copies on one line
    expect(rates(lines)).toEqual(["federation 2024 38 n=80@11", "federation 2024 38 n=80@11"]);
  });
});

describe("a rate with its base stated, in a sentence that names no one", () => {
  const section = (rateLine: string) => [
    "Året i siffror",
    "",
    "Under året avslutade 90 deltagare sin insats i förbundets insatser. Av dem gick 20 till arbete och",
    "16 till studier.",
    "",
    "Resultat",
    "",
    rateLine,
  ];

  it("is the federation's where its base and destinations are the federation's", () => {
    expect(rates(section("Andelen som gick till arbete eller studier blev 40 procent (36 av 90)."))).toEqual([
      "federation 2024 40 n=90@8",
    ]);
  });

  it("is not stored where its base is not the federation's exits", () => {
    expect(rates(section("Andelen som gick till arbete eller studier blev 40 procent (20 av 50)."))).toEqual([]);
  });
});

describe("a rate that is not the federation's own for the year", () => {
  const paragraph = (rateSentence: string) => [
    "Verksamheten 2024",
    "",
    `Under året avslutade 80 deltagare sin insats i förbundets insatser. ${rateSentence}`,
  ];

  it.each([
    "Nationellt går 33 procent vidare till arbete eller studier.",
    "Genomsnittet bland andra förbund är att 31 procent går till arbete eller studier.",
    "Vi räknar med att 35 procent går vidare till arbete eller studier nästa år.",
    "Målet är att 40 procent ska gå vidare till arbete eller studier.",
  ])("is not stored: %s", (sentence) => {
    expect(rates(paragraph(sentence))).toEqual([]);
  });

  it("is stored when the paragraph says it of the federation's exits", () => {
    expect(rates(paragraph("Av dem gick 30 procent vidare till arbete eller studier."))).toEqual([
      "federation 2024 30 n=80@3",
    ]);
  });
});

describe("rate labels written in other words", () => {
  it("reads a several-year row whose label wraps the destination in whose share it is", () => {
    const lines = [
      "Nyckeltal",
      "                                                          2024     2023",
      "Andel avslutade deltagare som gått vidare till arbete eller studier (%)   36       30",
      "",
      "Under året avslutades 75 deltagare i förbundets insatser.",
    ];
    expect(rates(lines)).toEqual(["federation 2024 36 n=75@3"]);
  });

  it("does not read a share of another kind in the same place", () => {
    const lines = [
      "Nyckeltal",
      "                                                          2024     2023",
      "Andel kvinnor bland avslutade deltagare (%)                  36       30",
      "",
      "Under året avslutades 75 deltagare i förbundets insatser.",
    ];
    expect(rates(lines)).toEqual([]);
  });

  it("reads a summary's line labelled by the destination alone", () => {
    const lines = ["Året i siffror 2024", "", "Avslutade deltagare: 50", "Arbete eller studier: 30 %"];
    expect(rates(lines)).toEqual(["federation 2024 30 n=50@4"]);
  });
});

describe("two rates in one sentence", () => {
  it("names each rate by its own stretch of the sentence", () => {
    const lines = [
      "Året i siffror",
      "",
      "Under året avslutade 84 deltagare sin insats i förbundets insatser. Av dem gick 18 till arbete, 12 till",
      "studier och 19 blev aktivt arbetssökande.",
      "",
      "Andelen med positiv stegförflyttning var 58 procent och andelen till arbete eller studier 36 procent.",
    ];
    expect(rates(lines).map((r) => r.replace(/@\d+$/, ""))).toEqual([
      "federation 2024 58 n=84",
      "federation 2024 36 n=84",
    ]);
  });
});

describe("a reported positive-step rate and the report's own 'annan positiv stegförflyttning'", () => {
  const positive = (value: number) => rate(value, { indicator: "positive_step_rate_reported" });
  const outcomes = [
    outcome("work", 20),
    outcome("studies", 10),
    outcome("joint_assessment", 15),
    outcome("other_positive", 5),
    outcome("continued_rehab", 30),
    outcome("other_exit", 20),
  ];
  it("counts the other positive steps the report names in its positive-step rate", () => {
    expect(settled([exited(100), ...outcomes], [positive(50)])).toEqual(["federation 2024 50 n=100"]);
  });
  it("must not store a positive-step rate that the destinations read do not give", () => {
    expect(settled([exited(100), ...outcomes], [positive(45)])).toEqual([]);
  });
});
