/**
 * The row lines staged set by set (schema/extractionRows.ts `rowSetRuns`): the load writes each
 * set's rows to a file of its own, which DuckDB reads into a table of that set's columns
 * (warehouse/rowSets.ts `ROW_SET_COLUMNS`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  coverageSchema,
  extractionSchema,
  findingSchema,
  indicatorFact,
  participantBreakdownFact,
  participantCountFact,
} from "../../loaders/schema/facts.ts";
import { ROW_SETS, rowLines, rowSetRuns, type RowSet } from "../../loaders/schema/extractionRows.ts";
import { ROW_SET_COLUMNS } from "../../loaders/warehouse/rowSets.ts";

const json = readFileSync(join(import.meta.dirname, "../../data/extracted/kalmar/2024-annual-report.json"), "utf8");
const extraction = extractionSchema.parse(JSON.parse(json));

const runsOf = (text: string) => {
  const bytes = Buffer.from(text);
  const runs: { set: RowSet; text: string }[] = [];
  rowSetRuns(bytes, (set, start, end) => runs.push({ set, text: bytes.subarray(start, end).toString("utf8") }));
  return runs;
};

describe("row lines set by set", () => {
  it("each run holds consecutive whole lines of its set, and the runs are the lines in order", () => {
    const lines = rowLines(extraction);
    const runs = runsOf(lines);
    expect(runs.map((r) => r.text).join("")).toBe(lines);
    for (const { set, text } of runs) {
      expect(text.endsWith("\n")).toBe(true);
      for (const line of text.slice(0, -1).split("\n")) expect(JSON.parse(line).set).toBe(set);
    }
    // Every set of the report is there, and no two runs in a row are of one set.
    expect(new Set(runs.map((r) => r.set))).toEqual(new Set(ROW_SETS));
    for (let k = 1; k < runs.length; k++) expect(runs[k]!.set).not.toBe(runs[k - 1]!.set);
  });

  it("facts of two tables in turn are runs in turn", () => {
    const [count, breakdown] = ["participant_count", "participant_breakdown"].map((t) =>
      extraction.facts.find((f) => f.table === t)!,
    );
    const lines = rowLines({ ...extraction, findings: [], coverage: [], facts: [count!, breakdown!, count!] });
    expect(runsOf(lines).map((r) => r.set)).toEqual([
      "participant_count",
      "participant_breakdown",
      "participant_count",
    ]);
  });

  it("a set's name inside a row's text opens no run; the last line needs no newline", () => {
    const finding = { ...extraction.findings[0]!, message: 'says {"set":"coverage","doc":"x"}' };
    const lines = rowLines({ ...extraction, findings: [finding, finding], coverage: [], facts: [] });
    expect(runsOf(lines).map((r) => r.set)).toEqual(["finding"]);
    expect(runsOf(lines.slice(0, -1)).map((r) => r.text)).toEqual([lines.slice(0, -1)]);
    expect(runsOf("")).toEqual([]);
  });

  it("a line of no set is an error", () => {
    const lines = rowLines({ ...extraction, facts: [] });
    expect(() => runsOf(`${lines}{"set":"finance","doc":"x","i":0}\n`)).toThrow(/names no row set/);
    expect(() => runsOf(`{"doc":"x","set":"finding","i":0}\n`)).toThrow(/names no row set/);
  });
});

describe("the columns DuckDB reads of each set", () => {
  it("are the fields of the set's schema, less its table and the copy of its line", () => {
    const schemas = {
      finding: findingSchema,
      coverage: coverageSchema,
      participant_count: participantCountFact,
      participant_breakdown: participantBreakdownFact,
      indicator: indicatorFact,
    };
    for (const set of ROW_SETS) {
      const fields = Object.keys(schemas[set].shape).filter((k) => k !== "table" && k !== "text");
      expect(Object.keys(ROW_SET_COLUMNS[set]).sort(), set).toEqual(fields.sort());
    }
  });
});
