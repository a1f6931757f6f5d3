import { describe, expect, it } from "vitest";
import { findingSchema } from "../../loaders/schema/facts.ts";
import { damagedCell, frameTotalMismatch, unreadNumber } from "../../loaders/extract/findings.ts";

describe("finding builders", () => {
  it("fix the check and its severity, and keep what the reader says", () => {
    const f = findingSchema.parse(
      unreadNumber({ subject: "general:prose", line: 12, value: "4 711", message: "why not stored" }),
    );
    expect(f).toEqual({
      check_id: "coverage.unread_number",
      severity: "info",
      subject: "general:prose",
      line: 12,
      value: "4 711",
      other_value: null,
      other_line: null,
      message: "why not stored",
    });
    expect(damagedCell({ subject: "s", line: 1, message: "m" })).toMatchObject({
      check_id: "appendix.damaged_cell",
      severity: "warning",
    });
    expect(frameTotalMismatch({ subject: "s", line: 1, other_line: 3, message: "m" })).toMatchObject({
      check_id: "allocation.frame_total",
      other_line: 3,
    });
  });

  it("leave a value out when the reader gives none (the schema's default, not an empty string)", () => {
    const f = unreadNumber({ subject: "general:prose", line: 3, message: "m" });
    expect("value" in f).toBe(false);
    expect(findingSchema.parse(f).value).toBeNull();
  });
});
