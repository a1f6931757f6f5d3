/**
 * A correction notice names a figure printed wrongly: it is stored neither from the notice nor
 * from the body that still prints it (nor the gender split of that sentence); the other figures
 * stand. Without a notice, "står att" in running text changes nothing.
 */
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const counts = (lines: string[]) =>
  (parseAnnualReport(docOf(lines, 2024)).facts as AnyFact[])
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${f.measure}/${f.gender}=${f.value}@${f.line}`);

const BODY = [
  "Samordningsförbundet Exempel",
  "Årsrapport 2024",
  "",
  "Deltagarna",
  "Under 2024 deltog 164 personer (95 kvinnor och 69 män) i förbundets insatser. Under året skrevs",
  "87 nya deltagare in.",
];

describe("a correction notice", () => {
  it("keeps the figure it names as printed wrongly out, and the rest of that sentence, but not the next sentence", () => {
    const notice = [
      "Rättelse",
      "Korrigering 1. Sid 4. Där står att 164 personer deltog i förbundets insatser under 2024.",
      "Rätt antal är 158.",
      "",
    ];
    const read = counts([...notice, ...BODY]);
    expect(read.filter((r) => /=(164|95|69)@/.test(r))).toEqual([]);
    expect(read).toContain("new/all=87@10");
  });

  it("must not drop anything where the document has no correction notice", () => {
    const read = counts([...BODY, "", "I rapporten står att 164 personer deltog, vilket stämmer."]);
    expect(read).toEqual(expect.arrayContaining(["enrolled/all=164@5", "enrolled/woman=95@5", "new/all=87@6"]));
  });
});
