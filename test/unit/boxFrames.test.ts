/** A box drawn with box-drawing characters: its frame is no text, a title in its top rule is its heading. */
import { describe, expect, it } from "vitest";
import { withoutBoxFrames } from "../../loaders/extract/text/boxFrames.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const box = [
  "Om oss",
  "Vi finansierar sex insatser i tre kommuner.",
  "",
  "┌─ 2025 I KORTHET (ur årsredovisningen) ─────────────┐",
  "│ Deltagare i insatserna: 188 (101 kvinnor, 87 män)  │",
  "│ Nya deltagare: 94                                  │",
  "│ Avslutade: 83                                      │",
  "└────────────────────────────────────────────────────┘",
];

describe("a box whose title is set into its top rule", () => {
  it("keeps the title as the box's heading and blanks the frame", () => {
    const out = withoutBoxFrames(box)!;
    expect(out[3]!.trim()).toBe("2025 I KORTHET (ur årsredovisningen)");
    expect(out[4]!.trim()).toBe("Deltagare i insatserna: 188 (101 kvinnor, 87 män)");
    expect(out[7]).toBe("");
  });

  it("lets the summary heading say the box's figures are the federation's", () => {
    const counts = countsOf(extractReport(box, "lindo", 2025));
    expect(counts).toEqual(expect.arrayContaining(["förbundet:new/all=94", "förbundet:exited/all=83"]));
  });

  it("blanks a title that is not the federation's year: a job's, a member's", () => {
    for (const title of ["Tjänsten i korthet", "Ravik kommun i siffror 2025"]) {
      const lines = [title === "Tjänsten i korthet" ? "Lediga jobb: Handläggare" : "Lediga jobb", "", ...box.slice(3)];
      lines[2] = `┌─ ${title} ─────────────────────────────┐`;
      expect(withoutBoxFrames(lines)![2]).toBe("");
      // Only a line that names the federation's interventions itself ("Deltagare i insatserna") stays its.
      const counts = countsOf(extractReport(lines, "lindo", 2025));
      expect(counts.filter((c) => /förbundet:(new|exited)\//.test(c))).toEqual([]);
    }
  });

  it("leaves a rule line with a label but no box below it, and a pipe table, as written", () => {
    const lone = ["┌─ Not 3 ───────┐", "Kostnader 4 120 tkr"];
    expect(withoutBoxFrames(lone)).toBeUndefined();
    expect(withoutBoxFrames(["| Deltagare | 188 |", "| Nya | 94 |"])).toBeUndefined();
  });
});
