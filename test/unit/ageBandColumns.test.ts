import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAgeBandColumns } from "../../loaders/extract/general/ageBandColumns.ts";
import type { AnyFact } from "../helpers.ts";

const read = (lines: string[]) =>
  (parseAgeBandColumns(new DocumentText("alvbo/2023-annual-report", lines, 2023)).facts as AnyFact[]).map(
    (f) => `${f.intervention}:${f.measure}=${f.value}@${f.line}`,
  );

/** Age bands as columns, in other words than a table of rows per band. */
const table = (caption: string, exited = "41") => [
  "Förbundets deltagare",
  "",
  caption,
  "Åldersgrupp        Under 25 år     25–39     40–54     55 år och äldre     Samtliga",
  "Inskrivna                   30        44        29                   12          115",
  `Avslutade                   11        15        10                  5            ${exited.padStart(3)}`,
];

describe("age bands as columns with a total column", () => {
  it("reads each measure's total where its bands add up to it", () => {
    expect(read(table("Deltagare efter ålder 2023"))).toEqual(["null:enrolled=115@5", "null:exited=41@6"]);
  });

  it("stores no total its bands do not add up to, nor a table of another year (must not fire)", () => {
    expect(read(table("Deltagare efter ålder 2023", "44"))).toEqual(["null:enrolled=115@5"]);
    expect(read(table("Deltagare efter ålder 2022"))).toEqual([]);
  });
});
