/**
 * The identity gate: sums that must agree decide which facts are stored. Each identity confirms
 * when it holds, refuses when it does not (naming every line), checks nothing when a term is
 * missing, allows the precision of tkr/Mkr, and a rate must equal its count over its base.
 */
import { describe, expect, it } from "vitest";
import { amountPrecision } from "../../loaders/extract/general/factPrecision.ts";
import { gateFacts } from "../../loaders/extract/general/identityGate.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";

const at = (line: number, text: string, section = "appendix:vagen") => ({ line, text, section });

const count = (
  line: number,
  gender: string,
  value: number,
  opts: { measure?: string; section?: string; intervention?: string | null } = {},
): FactInput =>
  ({
    table: "participant_count",
    intervention: opts.intervention === undefined ? "Vägen" : opts.intervention,
    year: 2024,
    measure: opts.measure ?? "enrolled",
    gender,
    value,
    ...at(line, `rad ${line} ${value}`, opts.section),
  }) as FactInput;

const money = (line: number, item: string, amount: number, text: string, year = 2024): FactInput => ({
  table: "finance",
  year,
  basis: "actual",
  item,
  amount_sek: amount,
  source_label: item,
  ...at(line, text, "income_statement"),
});

const stored = (facts: readonly FactInput[]) => facts.map((f) => f.line).sort((a, b) => a - b);
const confirmedLines = (facts: readonly FactInput[]) =>
  facts.filter((f) => (f.confirmed_by ?? []).length > 0).map((f) => f.line);

describe("women + men = all", () => {
  it("confirms the three figures when they add up", () => {
    const gate = gateFacts([count(10, "all", 48), count(11, "woman", 20), count(12, "man", 28)]);
    expect(stored(gate.facts)).toEqual([10, 11, 12]);
    expect(gate.facts.every((f) => f.confirmed_by?.includes("gender_sum"))).toBe(true);
    expect(gate.findings).toEqual([]);
  });

  it("stores none of them when they do not, and the finding names every line and value", () => {
    const gate = gateFacts([count(10, "all", 50), count(11, "woman", 20), count(12, "man", 28)]);
    expect(gate.facts).toEqual([]);
    expect(gate.findings).toHaveLength(1);
    const f = gate.findings[0]!;
    expect(f.check_id).toBe("identity.gender_sum");
    expect(f.severity).toBe("warning");
    expect([f.line, f.other_line]).toEqual([11, 10]);
    expect(f.message).toMatch(/woman 20 \(line 11\) \+ man 28 \(line 12\) = 48, but all 50 \(line 10\)/);
  });

  it("checks nothing when a term is missing (no men stated)", () => {
    const gate = gateFacts([count(10, "all", 50), count(11, "woman", 20)]);
    expect(stored(gate.facts)).toEqual([10, 11]);
    expect(confirmedLines(gate.facts)).toEqual([]);
    expect(gate.findings).toEqual([]);
  });

  it("keeps the parts another section's total confirms, and refuses only the total that contradicts them", () => {
    const gate = gateFacts([
      count(20, "all", 34),
      count(21, "woman", 22),
      count(22, "man", 12),
      count(23, "nonbinary", 1),
      count(5, "all", 35, { section: "table1" }),
    ]);
    expect(stored(gate.facts)).toEqual([5, 21, 22, 23]);
    expect(gate.refused.map((r) => [r.fact.line, r.check])).toEqual([[20, "identity.gender_sum"]]);
  });

  it("never compares figures of two sections to refuse one (a summary table may count otherwise)", () => {
    const gate = gateFacts([count(21, "woman", 22), count(22, "man", 12), count(5, "all", 40, { section: "table1" })]);
    expect(stored(gate.facts)).toEqual([5, 21, 22]);
    expect(gate.findings).toEqual([]);
  });
});

describe("rows add to their total", () => {
  const exit = (line: number, category: string, value: number): FactInput => ({
    table: "participant_breakdown",
    intervention: "Vägen",
    year: 2024,
    population: "exited",
    dimension: "exit_outcome",
    category,
    value,
    source_label: category,
    ...at(line, `${category} ${value}`),
  });

  it("destinations that add to exited are confirmed", () => {
    const gate = gateFacts([count(30, "all", 12, { measure: "exited" }), exit(31, "work", 5), exit(32, "studies", 7)]);
    expect(confirmedLines(gate.facts).sort()).toEqual([30, 31, 32]);
  });

  it("destinations that add to more than exited are not stored", () => {
    const gate = gateFacts([count(30, "all", 10, { measure: "exited" }), exit(31, "work", 5), exit(32, "studies", 7)]);
    expect(gate.facts).toEqual([]);
    expect(gate.findings[0]!.check_id).toBe("identity.exit_outcomes_sum");
  });

  it("destinations that add to less than exited are kept: a row may be unread", () => {
    const gate = gateFacts([count(30, "all", 20, { measure: "exited" }), exit(31, "work", 5), exit(32, "studies", 7)]);
    expect(stored(gate.facts)).toEqual([30, 31, 32]);
    expect(gate.findings).toEqual([]);
  });

  it("rows that add to another population's count fall, the count they contradict stands", () => {
    const age = (line: number, category: string, value: number): FactInput => ({
      table: "participant_breakdown",
      intervention: "Vägen",
      year: 2024,
      population: "new",
      dimension: "age_band",
      category,
      value,
      source_label: category,
      ...at(line, `${category} ${value}`),
    });
    const gate = gateFacts([
      count(40, "all", 21),
      count(41, "all", 6, { measure: "new" }),
      age(42, "16-24", 9),
      age(43, "25-34", 12),
    ]);
    expect(stored(gate.facts)).toEqual([40, 41]);
    expect(gate.findings[0]!.message).toMatch(/add to enrolled 21 \(line 40\) instead/);
  });

  it("a participant table's rows add to its total row", () => {
    const row = (line: number, intervention: string | null, value: number) =>
      count(line, "all", value, { section: "general:participant_table", intervention });
    const ok = gateFacts([row(1, "Vägen", 10), row(2, "Bron", 15), row(3, null, 25)]);
    expect(confirmedLines(ok.facts)).toEqual([1, 2, 3]);
    const over = gateFacts([row(1, "Vägen", 10), row(2, "Bron", 15), row(3, null, 24)]);
    expect(over.facts).toEqual([]);
    expect(over.findings[0]!.check_id).toBe("identity.table_total");
  });

  it("a total of unique persons may be less than its rows (someone in two interventions); a plain total may not", () => {
    const row = (line: number, intervention: string | null, value: number, text?: string) => ({
      ...count(line, "all", value, { section: "general:participant_table", intervention }),
      ...(text ? { text } : {}),
    });
    const unique = gateFacts([row(1, "Vägen", 10), row(2, "Bron", 15), row(3, null, 22, "Unika individer 22")]);
    expect(stored(unique.facts)).toEqual([1, 2, 3]);
    expect(unique.findings).toEqual([]);
    const plain = gateFacts([row(1, "Vägen", 10), row(2, "Bron", 15), row(3, null, 22, "Totalt 22")]);
    expect(plain.facts).toEqual([]);
  });
});

describe("statements", () => {
  it("revenue − costs = operating result in kronor, to the krona and the rounding of whole kronor", () => {
    const facts = (result: number) => [
      money(1, "revenue_operating", 4_200_000, "Verksamhetens intäkter 4 200 000"),
      money(2, "cost_operating", 4_650_000, "Verksamhetens kostnader -4 650 000"),
      money(3, "operating_result", result, `Verksamhetens resultat ${result}`),
    ];
    expect(confirmedLines(gateFacts(facts(-450_001)).facts)).toEqual([1, 2, 3]);
    const off = gateFacts(facts(-450_100));
    expect(off.facts).toEqual([]);
    expect(off.findings[0]!.check_id).toBe("identity.operating_result");
  });

  it("in tkr each figure is exact to ±500 kr: a gap within that confirms, a larger one refuses", () => {
    const facts = (result: number, written: string) => [
      money(1, "revenue_operating", 4_200_000, "Verksamhetens intäkter 4 200 3 900"),
      money(2, "cost_operating", 4_650_000, "Verksamhetens kostnader -4 650 -4 100"),
      money(3, "operating_result", result, `Verksamhetens resultat ${written} -200`),
    ];
    expect(confirmedLines(gateFacts(facts(-451_000, "-451")).facts)).toEqual([1, 2, 3]);
    expect(gateFacts(facts(-455_000, "-455")).facts).toEqual([]);
  });

  it("reads the precision a figure was written to from its line", () => {
    expect(amountPrecision(4_200_000, "Verksamhetens intäkter 4 200 000 kr")).toBe(0);
    expect(amountPrecision(4_200_000, "Verksamhetens intäkter 4 200 3 900")).toBe(500);
    expect(amountPrecision(4_200_000, "intäkterna uppgick till 4,2 Mkr")).toBe(50_000);
    expect(amountPrecision(-1_318_124, "Årets resultat -1 318 124 -2 514 752")).toBe(0);
  });

  it("does not join the cells of a single-spaced row of one-decimal Mkr into one number", () => {
    // "1,0 0,7" is 1,0 Mkr and 0,7 Mkr (±50 000 kr each), not the digits 1007.
    expect(amountPrecision(1_000_000, "Eget kapital (Mkr) 1,0 0,7 0,6 0,8 1,1")).toBe(50_000);
    expect(amountPrecision(700_000, "Eget kapital (Mkr) 1,0 0,7 0,6 0,8 1,1")).toBe(50_000);
    // Digit groups of one figure still join (must not fire): exact to the krona.
    expect(amountPrecision(1_004_876, "Utgående eget kapital 1 004 876 912 004")).toBe(0);
  });

  it("operating result + financial items = result, and a missing financial line never refuses", () => {
    const base = [
      money(1, "operating_result", -1_417_456, "Verksamhetens resultat -1 417 456"),
      money(2, "revenue_financial", 99_332, "Finansiella intäkter 99 332"),
    ];
    const holds = gateFacts([...base, money(3, "result", -1_318_124, "Årets resultat -1 318 124")]);
    expect(holds.facts.find((f) => f.line === 3)!.confirmed_by).toEqual(["result"]);
    // Financial costs unread: the gap may be theirs, so nothing is refused.
    const gap = gateFacts([...base, money(3, "result", -1_320_000, "Årets resultat -1 320 000")]);
    expect(stored(gap.facts)).toEqual([1, 2, 3]);
    expect(gap.findings).toEqual([]);
  });

  it("refuses a result with the size of revenue − costs and the opposite sign, even with no financial line read; revenue and costs stand", () => {
    const gate = gateFacts([
      money(1, "revenue_operating", 3_940_500, "Verksamhetens intäkter 3 940 500"),
      money(2, "cost_operating", 4_102_800, "Verksamhetens kostnader 4 102 800"),
      money(3, "result", 162_300, "Årets resultat 162 300"),
    ]);
    expect(stored(gate.facts)).toEqual([1, 2]);
    expect(gate.findings.map((f) => f.check_id)).toEqual(["identity.result"]);
    expect(gate.findings[0]!.message).toMatch(/opposite sign/);
  });

  it("must not refuse a result that differs from revenue − costs by an unread financial line of another size", () => {
    const gate = gateFacts([
      money(1, "revenue_operating", 3_940_500, "Verksamhetens intäkter 3 940 500"),
      money(2, "cost_operating", 4_102_800, "Verksamhetens kostnader 4 102 800"),
      money(3, "result", -158_100, "Årets resultat -158 100"),
    ]);
    expect(stored(gate.facts)).toEqual([1, 2, 3]);
    expect(gate.findings).toEqual([]);
  });

  it("last year's equity (the prior-year column) + result = this year's equity", () => {
    const facts = (end: number) => [
      money(1, "equity_end", 1_338_903, "Eget kapital 20 779 1 338 903", 2023),
      money(2, "result", -1_318_124, "Årets resultat -1 318 124"),
      money(3, "equity_end", end, `Eget kapital ${end} 1 338 903`),
    ];
    expect(confirmedLines(gateFacts(facts(20_779)).facts)).toEqual([1, 2, 3]);
    const wrong = gateFacts(facts(21_779));
    expect(wrong.findings.map((f) => f.check_id)).toEqual(["identity.equity_roll"]);
    expect(wrong.facts).toEqual([]);
  });
});

describe("members' contributions add to the note's total", () => {
  const member = (line: number, name: string, amount: number): FactInput => ({
    table: "member_contribution",
    year: 2024,
    basis: "actual",
    member: name,
    amount_sek: amount,
    ...at(line, `${name} ${amount}`, "general:member_contributions"),
  });
  const note = (total: number) => [
    member(50, "Staten", 2_000_000),
    member(51, "Region Test", 1_000_000),
    member(52, "Testby kommun", 1_000_000),
    { ...money(53, "revenue_line:ovriga-intakter", 12_000, "Övriga intäkter 12 000"), section: "general:notes" },
    { ...money(54, "revenue_operating", total, `Summa intäkter ${total}`), section: "general:notes" },
  ];

  it("confirms the members, the other revenue line and the total row below them", () => {
    expect(confirmedLines(gateFacts(note(4_012_000)).facts)).toEqual([50, 51, 52, 53, 54]);
  });

  it("refuses them when the rows add to more than the total", () => {
    const gate = gateFacts(note(3_900_000));
    expect(gate.findings.map((f) => f.check_id)).toEqual(["identity.contributions_sum"]);
    expect(gate.facts).toEqual([]);
  });

  it("keeps them when the rows add to less: a member row may be unread", () => {
    const gate = gateFacts(note(4_500_000));
    expect(stored(gate.facts)).toEqual([50, 51, 52, 53, 54]);
    expect(gate.findings).toEqual([]);
  });
});

describe("a rate and its count", () => {
  const pair = (rate: number): FactInput[] => [
    {
      table: "indicator",
      year: 2024,
      scope: "federation",
      indicator: "positive_step_count_reported",
      gender: "all",
      value: 91,
      unit: "count",
      n: 159,
      ...at(7, "91 av 159 (57 %)", "prose"),
    },
    {
      table: "indicator",
      year: 2024,
      scope: "federation",
      indicator: "positive_step_rate_reported",
      gender: "all",
      value: rate,
      unit: "percent",
      n: 159,
      ...at(7, "91 av 159 (57 %)", "prose"),
    },
  ];

  it("confirms a rate rounded to its written precision", () => {
    expect(confirmedLines(gateFacts(pair(57)).facts)).toEqual([7, 7]);
    expect(confirmedLines(gateFacts(pair(57.2)).facts)).toEqual([7, 7]);
  });

  it("refuses a rate its count and base contradict", () => {
    const gate = gateFacts(pair(59));
    expect(gate.facts).toEqual([]);
    expect(gate.findings[0]!.check_id).toBe("identity.quoted_rate");
    expect(gate.findings[0]!.message).toMatch(
      /91 of 159 \(line 7\) is 57\.23 %, but positive_step_rate_reported is 59 % \(line 7\)/,
    );
    // 57.3 is not 57.23 rounded to one decimal.
    expect(gateFacts(pair(57.3)).facts).toEqual([]);
  });
});

describe("plausibility bounds", () => {
  it("does not store an absurd value, and keeps a large plausible one", () => {
    const gate = gateFacts([
      count(1, "all", 250_000),
      count(2, "all", 4_000, { measure: "new" }),
      money(3, "revenue_operating", 600_000_000, "Intäkter 600 000 000"),
      money(4, "cost_operating", 400_000_000, "Kostnader 400 000 000"),
      {
        table: "indicator",
        year: 2024,
        scope: "federation",
        indicator: "share_work",
        gender: "all",
        value: 120,
        unit: "percent",
        ...at(5, "120 %"),
      },
    ]);
    expect(stored(gate.facts)).toEqual([2, 4]);
    expect(gate.findings.map((f) => [f.check_id, f.line])).toEqual([
      ["plausibility.out_of_bounds", 1],
      ["plausibility.out_of_bounds", 3],
      ["plausibility.out_of_bounds", 5],
    ]);
  });
});

describe("a federation's yearly totals", () => {
  it("refuses a year's revenue, costs or balance total under 100 000 kr (tkr cells taken for kronor)", () => {
    const gate = gateFacts([
      money(1, "revenue_operating", 11_482, "Verksamhetens intäkter 11 482"),
      money(2, "assets_total", 5_214, "Summa tillgångar 5 214"),
    ]);
    expect(stored(gate.facts)).toEqual([]);
    expect(gate.findings.map((f) => [f.check_id, f.line])).toEqual([
      ["plausibility.out_of_bounds", 1],
      ["plausibility.out_of_bounds", 2],
    ]);
  });

  it("keeps a small federation's million and small items such as financial income (must not fire)", () => {
    const gate = gateFacts([
      money(1, "revenue_operating", 1_150_000, "Verksamhetens intäkter 1 150 000"),
      money(2, "revenue_financial", 38, "Finansiella intäkter 38"),
      money(3, "result", -387, "Årets resultat -387"),
    ]);
    expect(stored(gate.facts)).toEqual([1, 2, 3]);
  });
});

describe("a member's yearly contribution", () => {
  const fee = (line: number, member: string, amount: number): FactInput => ({
    table: "member_contribution",
    year: 2024,
    basis: "actual",
    member,
    amount_sek: amount,
    approximate: false,
    ...at(line, `${member} ${amount} kr`, "general:member_contributions"),
  });

  it("refuses a fee of a few kronor (a rate per inhabitant), and keeps a small member's real fee", () => {
    const gate = gateFacts([fee(1, "Staten", 24), fee(2, "Lövsta kommun", 12_000), fee(3, "Staten", 2_400_000)]);
    expect(stored(gate.facts)).toEqual([2, 3]);
    expect(gate.findings.map((f) => [f.check_id, f.line])).toEqual([["plausibility.out_of_bounds", 1]]);
  });
});

describe("copies of one figure", () => {
  it("another reader's copy of a refused figure (same line, same meaning) is refused with it", () => {
    const gate = gateFacts([
      count(10, "all", 50),
      count(11, "woman", 20),
      count(12, "man", 28),
      count(10, "all", 50, { section: "general:prose" }),
    ]);
    expect(gate.facts).toEqual([]);
  });
});
