/**
 * The marts, stated as given rows → expected rows (dbt's jaffle-shop style): each test seeds a
 * few rows into an empty warehouse, creates the views and reads what they derive.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MARTS, martDdl } from "../../loaders/warehouse/marts.ts";
import { TABLES, ddl, tableDef } from "../../loaders/schema/tables.ts";

type Given = Record<string, string | number | boolean | null>;

let instance: DuckDBInstance;
let conn: DuckDBConnection;

beforeEach(async () => {
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
  for (const t of TABLES) await conn.run(ddl(t));
  for (const sql of martDdl()) await conn.run(sql);
});
afterEach(() => {
  conn.closeSync();
  instance.closeSync();
});

const lit = (v: Given[string]) =>
  v === null ? "NULL" : typeof v === "string" ? `'${v.replace(/'/g, "''")}'` : String(v);

/** Insert rows, filling the table's other columns with neutral provenance defaults. */
async function given(table: string, rows: Given[]): Promise<void> {
  const def = tableDef(table);
  const defaults: Given = {
    document_id: "x/2024-annual-report",
    source_line: 1,
    obtained: "parsed_text_layer",
    approximate: false,
    source_label: "",
    basis: "actual",
    gender: "all",
    left_approximate: false,
  };
  for (const row of rows) {
    const cols = def.columns.filter((c) => c.name in row || c.name in defaults);
    await conn.run(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c.name}"`).join(", ")}) VALUES (${cols.map((c) => lit(c.name in row ? row[c.name]! : defaults[c.name]!)).join(", ")})`,
    );
  }
}

async function read(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

const exits = (fed: string, iv: string | null, year: number, counts: Record<string, number>): Given[] =>
  Object.entries(counts).map(([category, value]) => ({
    federation_id: fed,
    intervention_id: iv,
    year,
    population: "exited",
    dimension: "exit_outcome",
    category,
    value,
  }));

describe("marts", () => {
  it("document every column of every view, in order", async () => {
    for (const m of MARTS) {
      const cols = (await read(`DESCRIBE "${m.name}"`)).map((r) => r.column_name);
      expect(cols, m.name).toEqual(m.columns.map((c) => c.name));
    }
  });

  it("exit_summary: positive exits over classified exits, per intervention and for the whole federation", async () => {
    await given("participant_breakdown", [
      ...exits("a", "a/one", 2024, { work: 3, studies: 1, joint_assessment: 2, continued_rehab: 4 }),
      ...exits("a", null, 2024, { work_or_studies: 5, other_exit: 15 }),
    ]);
    expect(await read(`SELECT * FROM exit_summary ORDER BY intervention_id NULLS FIRST`)).toEqual([
      {
        federation_id: "a",
        intervention_id: null,
        year: 2024,
        exit_basis: "federation",
        exited: null,
        classified_exits: "20",
        exit_coverage: null,
        positive_exits: "5",
        work_or_studies_exits: "5",
        rate_denominator: "20",
        positive_step_rate: 25,
        work_or_studies_rate: 25,
        rate_lower_bound: null,
        exit_document_id: "x/2024-annual-report",
      },
      {
        federation_id: "a",
        intervention_id: "a/one",
        year: 2024,
        exit_basis: "intervention",
        exited: null,
        classified_exits: "10",
        exit_coverage: null,
        positive_exits: "6",
        work_or_studies_exits: "4",
        rate_denominator: "10",
        positive_step_rate: 60,
        work_or_studies_rate: 40,
        rate_lower_bound: null,
        exit_document_id: "x/2024-annual-report",
      },
    ]);
  });

  it("exit_summary: a whole-federation summary naming only positive destinations is counted among all exits, not over itself", async () => {
    await given("participant_count", [
      { federation_id: "e", intervention_id: null, year: 2024, measure: "exited", gender: "all", value: 80 },
    ]);
    await given("participant_breakdown", exits("e", null, 2024, { work: 12, studies: 8 }));
    const [row] = await read(
      `SELECT positive_exits, classified_exits, rate_denominator, positive_step_rate FROM exit_summary`,
    );
    expect(row).toEqual({
      positive_exits: "20",
      classified_exits: "20",
      rate_denominator: "80",
      positive_step_rate: 25,
    });
    const [fy] = await read(`SELECT positive_step_rate, exit_basis FROM federation_year`);
    expect(fy).toEqual({ positive_step_rate: 25, exit_basis: "federation" });
  });

  it("exit_summary and federation_year: the whole-federation rows win over the interventions' tables, and are never added to them", async () => {
    await given("participant_breakdown", [
      ...exits("a", "a/one", 2024, { work: 3, continued_rehab: 1 }),
      ...exits("a", "a/two", 2024, { studies: 1, other_exit: 3 }),
      ...exits("a", null, 2024, { work: 9, other_exit: 1 }),
    ]);
    const whole = `SELECT positive_exits, classified_exits, positive_step_rate, exit_basis`;
    const [summary] = await read(`${whole} FROM exit_summary WHERE intervention_id IS NULL`);
    const [year] = await read(`${whole} FROM federation_year WHERE federation_id = 'a'`);
    expect(summary).toEqual({
      positive_exits: "9",
      classified_exits: "10",
      positive_step_rate: 90,
      exit_basis: "federation",
    });
    expect(year).toEqual(summary);
  });

  it("exit_summary: a year without whole-federation rows sums the interventions' tables, among the federation's own exits", async () => {
    await given("participant_count", [
      { federation_id: "a", intervention_id: null, year: 2024, measure: "exited", gender: "all", value: 10 },
    ]);
    await given("participant_breakdown", [
      ...exits("a", "a/one", 2024, { work: 3, continued_rehab: 1 }),
      ...exits("a", "a/two", 2024, { studies: 1, joint_assessment: 1, other_exit: 2 }),
    ]);
    const cols = `exit_basis, exited, classified_exits, exit_coverage, positive_exits, work_or_studies_exits, rate_denominator, positive_step_rate, work_or_studies_rate, rate_lower_bound`;
    const [summary] = await read(`SELECT ${cols} FROM exit_summary WHERE intervention_id IS NULL`);
    expect(summary).toEqual({
      exit_basis: "interventions",
      exited: "10",
      classified_exits: "8",
      exit_coverage: 80,
      positive_exits: "5",
      work_or_studies_exits: "4",
      rate_denominator: "10",
      positive_step_rate: 50,
      work_or_studies_rate: 40,
      rate_lower_bound: true,
    });
    const [year] = await read(`SELECT ${cols} FROM federation_year`);
    expect(year).toEqual(summary);
  });

  it("federation_year: a federation that reports only 'arbete eller studier' for the whole federation", async () => {
    await given("participant_count", [
      { federation_id: "b", intervention_id: null, year: 2023, measure: "enrolled", gender: "all", value: 120 },
      { federation_id: "b", intervention_id: null, year: 2023, measure: "enrolled", gender: "woman", value: 70 },
      { federation_id: "b", intervention_id: null, year: 2023, measure: "enrolled", gender: "man", value: 50 },
      { federation_id: "b", intervention_id: null, year: 2023, measure: "exited", gender: "all", value: 40 },
    ]);
    await given("participant_breakdown", exits("b", null, 2023, { work_or_studies: 14, other_exit: 26 }));
    await given("indicator", [
      {
        federation_id: "b",
        year: 2023,
        scope: "federation",
        indicator: "work_or_studies_rate_reported",
        gender: "all",
        value: 35,
        unit: "percent",
        n: 40,
      },
    ]);
    const [row] =
      await read(`SELECT enrolled, exited, enrolled_women, enrolled_with_gender, women_share, positive_exits, classified_exits, positive_step_rate, exit_basis,
      positive_step_rate_reported, work_or_studies_rate_reported FROM federation_year WHERE federation_id = 'b'`);
    expect(row).toEqual({
      enrolled: "120",
      exited: "40",
      enrolled_women: "70",
      enrolled_with_gender: "120",
      women_share: (100 * 70) / 120,
      positive_exits: "14",
      classified_exits: "40",
      positive_step_rate: 35,
      exit_basis: "federation",
      positive_step_rate_reported: null,
      work_or_studies_rate_reported: 35,
    });
  });

  it("federation_year: a missing denominator gives no rate, not zero", async () => {
    await given("finance", [
      { federation_id: "c", year: 2024, basis: "actual", item: "grants_paid", amount_sek: 900_000 },
      { federation_id: "c", year: 2024, basis: "actual", item: "equity_end", amount_sek: 100_000 },
    ]);
    const [row] = await read(
      `SELECT enrolled, share_to_interventions, cost_per_participant, equity_of_guideline, positive_step_rate FROM federation_year WHERE federation_id = 'c'`,
    );
    expect(row).toEqual({
      enrolled: null,
      share_to_interventions: null,
      cost_per_participant: null,
      equity_of_guideline: null,
      positive_step_rate: null,
    });
  });

  it("federation_year: money ratios from the actual accounts only", async () => {
    await given("participant_count", [
      { federation_id: "d", intervention_id: null, year: 2024, measure: "enrolled", gender: "all", value: 200 },
    ]);
    await given("finance", [
      { federation_id: "d", year: 2024, basis: "actual", item: "revenue_operating", amount_sek: 10_000_000 },
      { federation_id: "d", year: 2024, basis: "actual", item: "cost_operating", amount_sek: 9_000_000 },
      { federation_id: "d", year: 2024, basis: "budget", item: "cost_operating", amount_sek: 9_500_000 },
      { federation_id: "d", year: 2024, basis: "budget", item: "revenue_operating", amount_sek: 1 },
      { federation_id: "d", year: 2024, basis: "actual", item: "grants_paid", amount_sek: 8_000_000 },
      { federation_id: "d", year: 2024, basis: "actual", item: "equity_end", amount_sek: 1_500_000 },
      { federation_id: "d", year: 2024, basis: "actual", item: "equity_guideline_cap", amount_sek: 2_000_000 },
    ]);
    const [row] = await read(
      `SELECT share_to_interventions, cost_per_participant, equity_of_guideline, cost_operating, cost_operating_budget FROM federation_year WHERE federation_id = 'd'`,
    );
    expect(row).toEqual({
      share_to_interventions: 80,
      cost_per_participant: 45_000,
      equity_of_guideline: 75,
      cost_operating: "9000000",
      cost_operating_budget: "9500000",
    });
  });

  it("intervention_year: costs per participant and per positive exit", async () => {
    await given("participant_count", [
      { federation_id: "a", intervention_id: "a/one", year: 2024, measure: "enrolled", gender: "all", value: 20 },
      { federation_id: "a", intervention_id: "a/one", year: 2024, measure: "enrolled", gender: "woman", value: 12 },
    ]);
    await given("participant_breakdown", exits("a", "a/one", 2024, { work: 4, other_exit: 6 }));
    await given("intervention_funding", [
      { intervention_id: "a/one", year: 2024, federation_id: "a", budget_sek: 1_000_000, actual_sek: 800_000 },
    ]);
    expect(await read(`SELECT * FROM intervention_year`)).toEqual([
      {
        federation_id: "a",
        intervention_id: "a/one",
        year: 2024,
        enrolled: "20",
        enrolled_women: "12",
        enrolled_men: null,
        new: null,
        exited: null,
        budgeted_places: null,
        place_utilisation: null,
        classified_exits: "10",
        exit_coverage: null,
        positive_exits: "4",
        work_or_studies_exits: "4",
        rate_denominator: "10",
        positive_step_rate: 40,
        work_or_studies_rate: 40,
        rate_lower_bound: null,
        budget_sek: "1000000",
        actual_sek: "800000",
        budget_deviation: -20,
        cost_per_participant: 40_000,
        cost_per_positive_exit: 200_000,
      },
    ]);
  });

  it("federation_year: other costs excluding grants only where the grants are booked inside the other external costs", async () => {
    const fin = (fed: string, year: number, items: Record<string, number>): Given[] =>
      Object.entries(items).map(([item, amount_sek]) => ({
        federation_id: fed,
        year,
        basis: "actual",
        item,
        amount_sek,
      }));
    await given("finance", [
      // Personnel + other external make up the operating costs (within 1 000 kr); the grants fit inside.
      ...fin("a", 2024, {
        cost_operating: 10_000_500,
        personnel_cost: 2_000_000,
        other_external_cost: 8_000_000,
        grants_paid: 7_000_000,
      }),
      // The posts do not add up to the operating costs: not stackable.
      ...fin("b", 2024, {
        cost_operating: 12_000_000,
        personnel_cost: 2_000_000,
        other_external_cost: 8_000_000,
        grants_paid: 7_000_000,
      }),
      // The grants are larger than the other external costs: booked outside them.
      ...fin("c", 2024, {
        cost_operating: 10_000_000,
        personnel_cost: 2_000_000,
        other_external_cost: 8_000_000,
        grants_paid: 9_000_000,
      }),
      // A post is missing.
      ...fin("d", 2024, { cost_operating: 10_000_000, other_external_cost: 8_000_000, grants_paid: 7_000_000 }),
    ]);
    expect(
      await read(
        `SELECT federation_id, personnel_cost, other_external_cost, other_cost_excluding_grants FROM federation_year ORDER BY federation_id`,
      ),
    ).toEqual([
      {
        federation_id: "a",
        personnel_cost: "2000000",
        other_external_cost: "8000000",
        other_cost_excluding_grants: "1000000",
      },
      {
        federation_id: "b",
        personnel_cost: "2000000",
        other_external_cost: "8000000",
        other_cost_excluding_grants: null,
      },
      {
        federation_id: "c",
        personnel_cost: "2000000",
        other_external_cost: "8000000",
        other_cost_excluding_grants: null,
      },
      { federation_id: "d", personnel_cost: null, other_external_cost: "8000000", other_cost_excluding_grants: null },
    ]);
  });

  it("intervention_year: enrolled in percent of the budgeted places; none without places or with zero places", async () => {
    await given("participant_count", [
      { federation_id: "a", intervention_id: "a/one", year: 2024, measure: "enrolled", gender: "all", value: 30 },
      { federation_id: "a", intervention_id: "a/one", year: 2024, measure: "budgeted", gender: "all", value: 40 },
      { federation_id: "a", intervention_id: "a/two", year: 2024, measure: "enrolled", gender: "all", value: 12 },
      { federation_id: "a", intervention_id: "a/three", year: 2024, measure: "budgeted", gender: "all", value: 0 },
      { federation_id: "a", intervention_id: "a/three", year: 2024, measure: "enrolled", gender: "all", value: 5 },
    ]);
    expect(
      await read(
        `SELECT intervention_id, enrolled, budgeted_places, place_utilisation FROM intervention_year ORDER BY intervention_id`,
      ),
    ).toEqual([
      { intervention_id: "a/one", enrolled: "30", budgeted_places: "40", place_utilisation: 75 },
      { intervention_id: "a/three", enrolled: "5", budgeted_places: "0", place_utilisation: null },
      { intervention_id: "a/two", enrolled: "12", budgeted_places: null, place_utilisation: null },
    ]);
  });

  it("member_year: paid, received by share, and both as shares of the federation", async () => {
    await given("member", [
      { member_id: "a/north", federation_id: "a", name: "North", member_type: "municipality" },
      { member_id: "a/south", federation_id: "a", name: "South", member_type: "municipality" },
    ]);
    await given("member_contribution", [
      { federation_id: "a", year: 2024, basis: "actual", member_id: "a/north", amount_sek: 300_000 },
      { federation_id: "a", year: 2024, basis: "actual", member_id: "a/south", amount_sek: 100_000 },
    ]);
    await given("intervention_member", [
      { intervention_id: "a/one", member_id: "a/north", share: 0.75 },
      { intervention_id: "a/one", member_id: "a/south", share: 0.25 },
    ]);
    await given("intervention_funding", [
      { intervention_id: "a/one", year: 2024, federation_id: "a", budget_sek: null, actual_sek: 1_000_000 },
    ]);
    expect(
      await read(
        `SELECT member_id, paid_sek, received_sek, interventions, includes_shared, all_members_paid_sek, paid_share, received_share FROM member_year ORDER BY member_id`,
      ),
    ).toEqual([
      {
        member_id: "a/north",
        paid_sek: "300000",
        received_sek: 750_000,
        interventions: 1,
        includes_shared: true,
        all_members_paid_sek: 400_000,
        paid_share: 75,
        received_share: 75,
      },
      {
        member_id: "a/south",
        paid_sek: "100000",
        received_sek: 250_000,
        interventions: 1,
        includes_shared: true,
        all_members_paid_sek: 400_000,
        paid_share: 25,
        received_share: 25,
      },
    ]);
  });
  describe("federation_measure: each comparable measure per federation and year, with its basis", () => {
    const fin = (fed: string, year: number, items: Record<string, number>): Given[] =>
      Object.entries(items).map(([item, amount_sek]) => ({
        federation_id: fed,
        year,
        basis: "actual",
        item,
        amount_sek,
      }));
    const count = (fed: string, iv: string | null, measure: string, gender: string, value: number): Given => ({
      federation_id: fed,
      intervention_id: iv,
      year: 2024,
      measure,
      gender,
      value,
    });

    beforeEach(async () => {
      // A federation with whole-federation figures only, classifying 25 of its 91 exits.
      await given("participant_count", [
        count("w", null, "enrolled", "all", 200),
        count("w", null, "new", "all", 110),
        count("w", null, "exited", "all", 91),
        count("w", null, "enrolled", "woman", 120),
        count("w", null, "enrolled", "man", 80),
        // Its interventions also report gender: the same people, never counted a second time.
        count("w", "w/one", "enrolled", "woman", 60),
        count("w", "w/one", "enrolled", "man", 40),
      ]);
      await given("participant_breakdown", exits("w", null, 2024, { work: 15, studies: 10 }));
      await given(
        "finance",
        fin("w", 2024, {
          revenue_operating: 10_000_000,
          cost_operating: 9_100_000,
          grants_paid: 7_000_000,
          equity_end: 1_500_000,
          equity_guideline_cap: 2_000_000,
        }),
      );
      // A federation with costs and an exit table but neither enrolled nor exited reported.
      await given("participant_breakdown", exits("m", null, 2024, { work: 4, other_exit: 6 }));
      await given("finance", fin("m", 2024, { cost_operating: 5_000_000 }));
    });

    const measure = async (fed: string, code: string) =>
      (
        await read(
          `SELECT value, numerator, denominator, lower_bound, basis FROM federation_measure WHERE federation_id = '${fed}' AND measure = '${code}'`,
        )
      )[0] ?? "no row";

    it("counts: enrolled, new, exited and classified exits", async () => {
      expect(await measure("w", "enrolled")).toEqual({
        value: 200,
        numerator: null,
        denominator: null,
        lower_bound: false,
        basis: null,
      });
      expect(await measure("w", "new")).toMatchObject({ value: 110 });
      expect(await measure("w", "exited")).toMatchObject({ value: 91 });
      expect(await measure("w", "classified_exits")).toMatchObject({ value: 25, basis: "federation" });
    });

    it("coverage: classified ÷ exited", async () => {
      expect(await measure("w", "exit_coverage")).toEqual({
        value: (100 * 25) / 91,
        numerator: 25,
        denominator: 91,
        lower_bound: false,
        basis: "federation",
      });
    });

    it("work or studies and positive steps: lower bounds when the exits are not all classified", async () => {
      expect(await measure("w", "work_or_studies_exits")).toMatchObject({ value: 25, lower_bound: true });
      expect(await measure("w", "work_or_studies_rate")).toEqual({
        value: (100 * 25) / 91,
        numerator: 25,
        denominator: 91,
        lower_bound: true,
        basis: "federation",
      });
      expect(await measure("w", "positive_step_rate")).toMatchObject({
        numerator: 25,
        denominator: 91,
        lower_bound: true,
      });
    });

    it("a rate is not a lower bound when every exit is classified", async () => {
      await conn.run(`UPDATE participant_count SET value = 25 WHERE federation_id = 'w' AND measure = 'exited'`);
      expect(await measure("w", "work_or_studies_rate")).toMatchObject({ value: 100, lower_bound: false });
    });

    it("costs: operating cost per participant and per exit to work or studies (an upper bound here)", async () => {
      expect(await measure("w", "cost_per_participant")).toEqual({
        value: 45_500,
        numerator: 9_100_000,
        denominator: 200,
        lower_bound: false,
        basis: null,
      });
      expect(await measure("w", "cost_per_work_or_studies_exit")).toEqual({
        value: 364_000,
        numerator: 9_100_000,
        denominator: 25,
        lower_bound: true,
        basis: null,
      });
    });

    it("money: share to interventions and equity against the guideline", async () => {
      expect(await measure("w", "share_to_interventions")).toMatchObject({
        value: 70,
        numerator: 7_000_000,
        denominator: 10_000_000,
      });
      expect(await measure("w", "equity_of_guideline")).toMatchObject({
        value: 75,
        numerator: 1_500_000,
        denominator: 2_000_000,
      });
    });

    it("share of women from the whole federation, not added to its interventions' rows", async () => {
      expect(await measure("w", "women_share")).toEqual({
        value: 60,
        numerator: 120,
        denominator: 200,
        lower_bound: false,
        basis: "federation",
      });
    });

    it("a missing denominator stays NULL: no value, never 0, and no claim of a bound", async () => {
      expect(await measure("m", "cost_per_participant")).toEqual({
        value: null,
        numerator: 5_000_000,
        denominator: null,
        lower_bound: false,
        basis: null,
      });
      expect(await measure("m", "exit_coverage")).toMatchObject({ value: null, numerator: 10, denominator: null });
      // Without the reported exits the rate is over the classified exits, and whether it is a bound is unknown.
      expect(await measure("m", "work_or_studies_rate")).toMatchObject({ value: 40, lower_bound: null });
      expect(await measure("m", "enrolled")).toBe("no row");
    });
  });
});
