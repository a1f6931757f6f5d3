/**
 * A follow-up with the months as columns: a stock row at each month's end and flow rows with a
 * whole-year column, under captions inside the federation's section.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMultiYearTables } from "../../loaders/extract/general/parseMultiYearTables.ts";
import { scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) => new DocumentText("lindmark/2024-annual-report", lines, 2024);
const counts = (lines: string[]) =>
  (parseMultiYearTables(doc(lines)).facts as AnyFact[]).map(
    (f) => `${f.intervention}:${f.year}:${f.measure}=${f.value}@${f.line}`,
  );

const months = "Månad           jan  feb  mar  apr  maj  jun  jul  aug  sep  okt  nov  dec";
const lines = (newRow: string) => [
  "Deltagare i förbundets insatser, månad för månad",
  "",
  "Pågående vid månadens slut",
  months,
  "Pågående        40   42   45   47   50   49   41   44   48   51   53   52",
  "",
  "Flöde under månaden",
  `${months}  Helår`,
  newRow,
  "Avslutade         3    4    2    5    3    8    6    2    4    3    2    5     47",
];

describe("months as columns with a whole-year column", () => {
  it("reads a flow row's whole-year cell where its months add up to it, never the stock row", () => {
    expect(counts(lines("Nya               6    5    7    4    6    3    1    6    7    5    4    3     57"))).toEqual([
      "null:2024:new=57@9",
      "null:2024:exited=47@10",
    ]);
  });

  it("must not read a flow row whose months do not add up to its whole-year cell", () => {
    expect(counts(lines("Nya               6    5    7    4    6    3    1    6    7    5    4    3     75"))).toEqual([
      "null:2024:exited=47@10",
    ]);
  });

  it("keeps the federation's section over a caption naming a count, not over one naming an intervention", () => {
    const scopes = scopeByLine(doc([...lines("Nya 1 2"), "", "Lotsen", "Text om insatsen."]));
    expect(scopes[6]!.kind).toBe("federation");
    expect(scopes[12]!.kind).not.toBe("federation");
  });
});
