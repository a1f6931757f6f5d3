import { describe, expect, it } from "vitest";
import { qualityRow } from "../../loaders/normalize/qualityRow.ts";
import { tableDef } from "../../loaders/schema/tables.ts";

const required = {
  check_id: "identity.result",
  subject: "finance:testdalen:2024:result",
  document_id: "testdalen/2024-annual-report",
  source_line: 12,
  severity: "warning",
  message: "does not add up",
};

describe("qualityRow", () => {
  it("gives every column of data_quality, NULL where the finding states nothing", () => {
    const row = qualityRow(required);
    expect(Object.keys(row).sort()).toEqual(
      tableDef("data_quality")
        .columns.map((c) => c.name)
        .sort(),
    );
    expect(row).toEqual({
      ...required,
      federation_id: null,
      year: null,
      value: null,
      other_value: null,
      other_document_id: null,
      other_source_line: null,
      message_sv: "Resultatet går inte ihop (rad 12).",
    });
  });

  it("says every finding in Swedish: the check's name, the values and their lines", () => {
    const row = qualityRow({
      ...required,
      value: "1 204",
      other_value: "1 318",
      other_document_id: "testdalen/2025-annual-report",
      other_source_line: 40,
    });
    expect(row.message_sv).toBe(
      "Resultatet går inte ihop: 1 204 (rad 12; jämfört med 1 318, testdalen/2025-annual-report, rad 40).",
    );
    // An unknown check still gets a Swedish sentence, with its code.
    expect(qualityRow({ ...required, check_id: "x.new_check" }).message_sv).toBe("Kontroll x.new_check (rad 12).");
  });

  it("keeps what the finding states, both values and both lines", () => {
    const row = qualityRow({
      ...required,
      federation_id: "testdalen",
      year: 2024,
      value: "120",
      other_value: "118",
      other_document_id: "testdalen/2025-annual-report",
      other_source_line: 40,
    });
    expect(row).toMatchObject({
      federation_id: "testdalen",
      year: 2024,
      value: "120",
      other_value: "118",
      other_document_id: "testdalen/2025-annual-report",
      other_source_line: 40,
      source_line: 12,
    });
  });
});
