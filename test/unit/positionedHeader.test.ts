/**
 * A participant matrix whose two-line header stands loosely over its numbers: the header's words
 * are placed by the rows' number columns (`headerOverColumns`), K + M = total gates every row.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { headerOverColumns } from "../../loaders/extract/general/layoutGrid.ts";
import { parseParticipantTables } from "../../loaders/extract/general/parseParticipantTables.ts";
import type { AnyFact } from "../helpers.ts";

const parse = (lines: string[]) =>
  parseParticipantTables(new DocumentText("test/2024-annual-report", lines, 2024)).facts as AnyFact[];
const keys = (facts: AnyFact[]) =>
  facts.map((f) =>
    f.table === "participant_count"
      ? `${f.intervention}:${f.measure}/${f.gender}=${f.value}`
      : `${f.intervention}:${f.category}=${f.value}`,
  );

const header = [
  "                               Deltagare            Nya   Avslutat  Avslutade till",
  "Verksamhet                   K     M   Tot                       Arbete  Studier  Arbetssökande  Övrigt",
];
const row = (label: string, cells: number[]) => {
  const at = [29, 35, 41, 51, 61, 69, 78, 93, 100];
  let line = label;
  cells.forEach((v, i) => (line = line.padEnd(at[i]! + 2 - String(v).length) + String(v)));
  return line;
};

describe("a stacked header placed by the rows' number columns", () => {
  it("gives each number column the words over it, a title to the group it stands over", () => {
    const rows = [row("Bryggan", [20, 15, 35, 18, 16, 4, 2, 3, 7]), row("Summa", [20, 15, 35, 18, 16, 4, 2, 3, 7])];
    expect(headerOverColumns(header, rows)).toEqual([
      "Deltagare K",
      "Deltagare M",
      "Deltagare Tot",
      "Nya",
      "Avslutat",
      "Avslutade till Arbete",
      "Avslutade till Studier",
      "Avslutade till Arbetssökande",
      "Avslutade till Övrigt",
    ]);
  });

  it("reads the interventions and the federation's total row with its destinations", () => {
    const facts = parse([
      "Bilaga 3 Deltagare per insats 2024",
      ...header,
      row("Bryggan", [20, 15, 35, 18, 16, 4, 2, 3, 7]),
      row("Språnget", [11, 14, 25, 9, 12, 3, 1, 2, 6]),
      row("Summa samtliga", [31, 29, 60, 27, 28, 7, 3, 5, 13]),
    ]);
    const k = keys(facts);
    expect(k).toContain("Bryggan:enrolled/woman=20");
    expect(k).toContain("null:enrolled/all=60");
    expect(k).toContain("null:new/all=27");
    expect(k).toContain("null:exited/all=28");
    expect(k).toContain("null:job_seeker=5");
    expect(k).toContain("null:other_exit=13");
  });

  it("must not store a row whose women and men do not add up to its total", () => {
    const facts = parse([
      "Bilaga 3 Deltagare per insats 2024",
      ...header,
      row("Bryggan", [20, 15, 35, 18, 16, 4, 2, 3, 7]),
      row("Summa samtliga", [31, 29, 66, 27, 28, 7, 3, 5, 13]),
    ]);
    expect(keys(facts).filter((x) => x.startsWith("null:"))).toEqual([]);
    expect(keys(facts)).toContain("Bryggan:enrolled/all=35");
  });

  it("must not place a header when a column has no word over it", () => {
    const loose = ["                               Deltagare", "Verksamhet                   K     M   Tot"];
    expect(headerOverColumns(loose, [row("Bryggan", [20, 15, 35, 18])])).toBeUndefined();
  });
});
