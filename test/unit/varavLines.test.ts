/** Gender parts listed one per line under a labelled count (made-up federation and figures). */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { AnyFact } from "../helpers.ts";

const page = (parts: string[]) => [
  "Samordningsförbundet Lövsund",
  "ÅRET I SIFFROR 2023",
  "",
  "DELTAGARE",
  "Deltagare i individinriktade insatser: 164 personer",
  ...parts,
  "Nya deltagare under året: 70",
];
const genders = (lines: string[]) =>
  (parseAnnualReport(new DocumentText("lovsund/2023-annual-report", lines, 2023)).facts as AnyFact[])
    .filter((f) => f.table === "participant_count" && f.gender !== "all")
    .map((f) => `${f.measure}/${f.gender}=${f.value}@${f.line}`);

describe("'– varav kvinnor: N' lines under a labelled count", () => {
  it("stores both genders when they add up to the count above", () => {
    expect(genders(page(["– varav kvinnor: 90", "– varav män: 74"]))).toEqual([
      "enrolled/woman=90@6",
      "enrolled/man=74@7",
    ]);
  });

  it("stores neither when they do not add up, when one is missing, or when a line stands between (must not fire)", () => {
    expect(genders(page(["– varav kvinnor: 90", "– varav män: 70"]))).toEqual([]);
    expect(genders(page(["– varav kvinnor: 90"]))).toEqual([]);
    expect(genders(page(["", "– varav kvinnor: 90", "– varav män: 74"]))).toEqual([]);
  });
});
