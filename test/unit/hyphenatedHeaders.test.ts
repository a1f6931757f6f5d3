/** A stacked table header whose words are hyphenated across its lines. Made-up figures. */
import { describe, expect, it } from "vitest";
import { hyphenatedHeaders } from "../../loaders/extract/text/hyphenatedHeaders.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const table = [
  "Samordningsförbundet Granby, verksamhetsåret 2024",
  "",
  "Deltagare i förbundets insatser",
  "                  Del-        Av-          Till",
  "Insats            tagare      slutade      arbete",
  "Steget              61          25            8",
  "Porten              44          19            5",
  "Samtliga           105          44           13",
];

describe("hyphenatedHeaders", () => {
  it("sets each hyphenated word whole where its fragments stood", () => {
    const out = hyphenatedHeaders(table)!;
    expect(out[3]!.trim().split(/\s{2,}/)).toEqual(["Till"]);
    expect(out[4]!.trim().split(/\s{2,}/)).toEqual(["Insats", "Deltagare", "Avslutade", "arbete"]);
    expect(out[4]!.indexOf("Deltagare")).toBe(table[3]!.indexOf("Del-"));
    expect(out.slice(5)).toEqual(table.slice(5));
  });

  it("leaves a word the lexicon does not know, a line with digits and running text alone", () => {
    expect(hyphenatedHeaders(["          Mål-        Ort", "Insats    grupp       Kommun"])).toBeUndefined();
    expect(hyphenatedHeaders(["Summa 2024   Av-", "             slutade 12"])).toBeUndefined();
    expect(
      hyphenatedHeaders(["Under året har förbundet haft många del-", "tagare i sina insatser och flera av dem"]),
    ).toBeUndefined();
  });

  it("lets the participant table under it be read", () => {
    const facts = documentFacts({ federation: "granby" }, table);
    const counts = facts
      .filter((f) => f.table === "participant_count" && f.intervention === null)
      .map((f) => `${f.measure}=${f.value}`);
    expect(counts).toEqual(expect.arrayContaining(["enrolled=105", "exited=44"]));
  });
});
