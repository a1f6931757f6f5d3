/**
 * Normalising at national scale: a hundred thousand candidates that disagree on one key give
 * as many precedence findings without overflowing the call stack (a `push(...found)` spread of
 * 75 750 findings did, issue 21).
 */
import { describe, expect, it } from "vitest";
import { DocumentLines } from "../../loaders/input/documentLines.ts";
import { buildRows } from "../../loaders/normalize/buildRows.ts";
import { extractionSchema, type Extraction } from "../../loaders/schema/facts.ts";
import { registrySchema } from "../../loaders/schema/registry.ts";
import { manifestEntryOf } from "../support/manifestEntry.ts";

const CANDIDATES = 150_000;

describe("buildRows at national scale", () => {
  it("reports every disagreeing candidate of one key, whatever their number", () => {
    const registry = registrySchema.parse({
      federation_id: "testdalen",
      name: "Samordningsförbundet Testdalen",
      county: "Testlän",
      members: [{ short_name: "Testdalen", name: "Testdalens kommun", member_type: "municipality" }],
    });
    const lines = new DocumentLines();
    lines.set("testdalen/2024-annual-report", ["Verksamhetens intäkter 100"]);
    const extraction: Extraction = extractionSchema.parse({
      schema_version: 1,
      document_id: "testdalen/2024-annual-report",
      federation_id: "testdalen",
      source_sha256: "0".repeat(64),
      period_year: 2024,
      parser: "test",
      facts: Array.from({ length: CANDIDATES }, (_, i) => ({
        table: "finance",
        year: 2024,
        basis: "actual",
        item: "revenue_operating",
        amount_sek: 100 + i,
        source_label: "Verksamhetens intäkter",
        line: 1,
        text: "Verksamhetens intäkter 100",
        section: "general:statements",
      })),
      findings: [],
      coverage: [],
    });
    const rows = buildRows({
      manifest: [manifestEntryOf({ federation: "testdalen" })],
      registries: [{ registry, file: "data/federations/testdalen.yaml", lineOf: () => 1 }],
      extractions: [extraction],
      curated: [],
      lines,
    });
    expect(rows.finance).toHaveLength(1);
    const conflicts = (rows.data_quality ?? []).filter((r) => r.check_id === "precedence.conflict");
    expect(conflicts).toHaveLength(CANDIDATES - 1);
  });
});
