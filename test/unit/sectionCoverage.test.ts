import { describe, expect, it } from "vitest";
import { oneEntryPerSection } from "../../loaders/extract/sectionCoverage.ts";

describe("one coverage entry per section", () => {
  it("merges two readers' entries on one section: the parsed one wins, the facts add up", () => {
    expect(
      oneEntryPerSection([
        { section: "general:member_contributions", status: "missing", line: null, facts: 0, note: "no member rows" },
        { section: "general:participants", status: "parsed", line: 4, facts: 6, note: null },
        { section: "general:member_contributions", status: "parsed", line: 9, facts: 4, note: "member cards" },
      ]),
    ).toEqual([
      {
        section: "general:member_contributions",
        status: "parsed",
        line: 9,
        facts: 4,
        note: "no member rows; member cards",
      },
      { section: "general:participants", status: "parsed", line: 4, facts: 6, note: null },
    ]);
  });

  it("leaves entries on distinct sections as they are, in their order", () => {
    const entries = [
      { section: "b", status: "partial" as const, line: 2, facts: 1, note: null },
      { section: "a", status: "missing" as const, line: null, facts: 0, note: "x" },
    ];
    expect(oneEntryPerSection(entries)).toEqual(entries);
  });
});
