/**
 * Tables captioned by one gender ("Tabell 3a. Kvinnor, 2026"): their counts are that gender's, their
 * destinations have no gender in the schema and are not stored; a caption naming both, or a row
 * that merely starts with a gender word, changes nothing.
 */
import { describe, expect, it } from "vitest";
import { applyGenderCaptions, genderBlocks } from "../../loaders/extract/general/genderCaptions.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const lines = [
  "3. Deltagare per kön",
  "",
  "Tabell 3a. Kvinnor, 2026",
  "Insats                 Inskrivna    Avslutade",
  "Kompassen                  41           20",
  "Vägskälet                  30           12",
  "Förbundet totalt           71           32",
  "",
  "Tabell 3b. Män – avslut efter orsak 2026",
  "Arbete                      9",
  "Studier                     4",
  "",
  "Sammanlagt deltog 133 personer under 2026.",
];

describe("a table captioned by one gender", () => {
  it("gives its counts that gender and stores none of its destinations", () => {
    const facts = documentFacts({ federation: "granby", year: 2026 }, lines);
    const fed = facts.filter((f) => f.table === "participant_count" && f.intervention === null);
    expect(fed.map((f) => `${f.measure}/${f.gender}=${f.value}`).sort()).toEqual([
      "enrolled/all=133",
      "enrolled/woman=71",
      "exited/woman=32",
    ]);
    expect(facts.filter((f) => f.table === "participant_breakdown")).toEqual([]);
  });

  it("finds no block under a caption naming both genders, or a row opening with a gender word (must not fire)", () => {
    expect(genderBlocks(["Tabell 2. Kvinnor och män 2026 — se nedan", "Inskrivna 40 31", ""])).toHaveLength(0);
    expect(genderBlocks(["Kvinnor            41    20", "Män               30    12"])).toEqual([]);
    // A header exported one cell per line: "Kvinnor" alone is a cell, not a caption.
    expect(genderBlocks(["Hemkommun", "Kvinnor", "Män", "Totalt", "Åby", "12", "9", "21"])).toEqual([]);
    const fact = {
      table: "participant_count",
      intervention: null,
      year: 2026,
      measure: "enrolled",
      gender: "all",
      value: 71,
      line: 2,
      text: "Totalt 71",
      section: "general:participant_table",
    } as FactInput;
    expect(applyGenderCaptions([fact], ["Tabell 1. Deltagare 2026", "Totalt 71"]).facts).toEqual([fact]);
  });
});
