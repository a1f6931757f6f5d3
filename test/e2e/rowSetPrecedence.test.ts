/**
 * The load chooses among the row files' facts in SQL (warehouse/rowSets.ts): the row it keeps for
 * a key and the conflict it reports must be those of choosePrecedence.ts, the rules' JavaScript
 * reading (normalize/buildRows.ts without deferral). Several facts of one key are added to two
 * bundled extractions, in an order their precedence does not follow: ranks, a hedged figure, a
 * general layer, an earlier document, and losers with the kept value and with another one.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { readInputs } from "../../loaders/input/readInputs.ts";
import { buildRows } from "../../loaders/normalize/buildRows.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import { query, sandbox, warehouseOf } from "../support/sandbox.ts";

const REPORT = "data/extracted/kalmar/2024-annual-report.json";
/** Dated 2024-03-08, before the report (2025-04-11); both report 2024. */
const MINUTES = "data/extracted/kalmar/2024-03-08-board-minutes.json";

/** A whole-federation count of 2024 of `measure` for non-binary participants (a key no parser gives). */
const count = (measure: string, value: number, line: number, section: string, approximate = false) => ({
  table: "participant_count",
  intervention: null,
  year: 2024,
  measure,
  gender: "nonbinary",
  value,
  line,
  text: "",
  section,
  approximate,
  confirmed_by: [],
});

let dir: string;

function addFacts(rel: string, facts: object[]) {
  const file = join(dir, rel);
  const extraction = JSON.parse(readFileSync(file, "utf8")) as { facts: object[] };
  // First in the file: the order read is not the order of precedence.
  extraction.facts = [...facts, ...extraction.facts];
  writeFileSync(file, JSON.stringify(extraction, null, 2));
}

beforeAll(async () => {
  dir = sandbox("finsam-precedence-");
  addFacts(REPORT, [
    // enrolled: kept the first table's 7 (rank 2, exact, a template, the later document)
    count("enrolled", 9, 101, "prose"),
    count("enrolled", 7, 102, "prose"),
    count("enrolled", 8, 103, "table1", true),
    count("enrolled", 6, 104, "general:participant_table"),
    count("enrolled", 7, 100, "table1"),
    // exited: the first loser has the kept value, the second another
    count("exited", 4, 112, "prose"),
    count("exited", 3, 111, "table1", true),
    count("exited", 3, 110, "table1"),
  ]);
  addFacts(MINUTES, [count("enrolled", 5, 10, "table1"), count("exited", 3, 11, "table1", true)]);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("precedence among the row files' facts", () => {
  it("keeps the row choosePrecedence keeps and reports the first conflict it reports, for each key", async () => {
    const paths = projectPaths(dir);
    const report = await buildWarehouse(paths);
    expect(report.inputErrors).toEqual([]);
    const expected = buildRows(await readInputs(paths));
    const db = warehouseOf(dir);
    for (const measure of ["enrolled", "exited"]) {
      const kept = expected.participant_count!.filter(
        (r) =>
          r.measure === measure &&
          r.gender === "nonbinary" &&
          r.year === 2024 &&
          r.federation_id === "kalmar" &&
          r.intervention_id === null,
      );
      expect(kept).toHaveLength(1);
      const stored = await query(
        db,
        `SELECT * FROM participant_count WHERE measure = '${measure}' AND gender = 'nonbinary' AND year = 2024 AND federation_id = 'kalmar' AND intervention_id IS NULL`,
      );
      expect(stored).toEqual([{ ...kept[0], intervention_id: null }]);

      const subject = `participant_count:kalmar::2024:${measure}:nonbinary`;
      // data_quality keeps the first finding of a key: JavaScript's first conflict of the subject.
      const first = expected.data_quality!.find((r) => r.check_id === "precedence.conflict" && r.subject === subject);
      expect(first).toBeDefined();
      const found = await query(db, `SELECT * FROM data_quality WHERE subject = '${subject}'`);
      expect(found).toEqual([first]);
    }
  }, 120_000);
});
