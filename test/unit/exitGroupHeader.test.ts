/**
 * An exit table under a header of two lines: the label column's title and a group title ("Insats
 * Avslut till"), then the destinations set in under the group ("arbete  studier  …  Summa").
 * Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { readColumns } from "../../loaders/extract/general/parseParticipantTables.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const read = (lines: string[]) =>
  documentFacts({ federation: "videsta" }, lines)
    .filter((f) => f.table === "participant_count" || f.table === "participant_breakdown")
    .map((f) => `${f.intervention ?? "förbundet"}:${f.measure ?? f.category}=${f.value}`);

const TABLE = [
  "Samordningsförbundet Videsta",
  "Årsberättelse 2024",
  "",
  "Efter insatsen",
  "",
  "Insats            Avslut till",
  "                  arbete   studier   annat avslut   Totalt",
  "Lotsen               4         2            5           11",
  "Trappan              6         1            3           10",
  "Summa               10         3            8           21",
];

describe("an exit table under 'Insats  Avslut till'", () => {
  it("reads each intervention's and the federation's exits and destinations", () => {
    expect(read(TABLE)).toEqual(
      expect.arrayContaining([
        "Lotsen:exited=11",
        "Lotsen:work=4",
        "förbundet:exited=21",
        "förbundet:work=10",
        "förbundet:other_exit=8",
      ]),
    );
  });

  it("never reads the destinations' total as the enrolled, nor 'Insats' over the columns as a heading", () => {
    const facts = read(TABLE);
    expect(facts.filter((f) => f.includes(":enrolled="))).toEqual([]);
    expect(facts.some((f) => f.startsWith("Avslut till:"))).toBe(false);
  });

  it("takes a total after destination columns as the exits only where no exits column stands before them", () => {
    expect(readColumns(["Insats", "Avslutade", "arbete", "studier"])?.map((c) => c.measure)).toEqual([
      "exited",
      "exited",
      "exited",
    ]);
    expect(readColumns(["Insats", "till arbete", "till studier", "Totalt"])?.at(-1)).toEqual({
      measure: "exited",
      gender: "all",
    });
    // Genders before the total make it the participants' total, as before.
    expect(readColumns(["Insats", "Kvinnor", "Män", "Totalt"])?.at(-1)).toEqual({ measure: "enrolled", gender: "all" });
  });
});
