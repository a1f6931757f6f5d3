import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseVaravLines } from "../../loaders/extract/general/varavLines.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import type { AnyFact } from "../helpers.ts";

const count = (measure: string, value: number, line = 3): FactInput =>
  ({
    table: "participant_count",
    intervention: null,
    year: 2023,
    measure,
    gender: "all",
    value,
    line,
    text: "",
    section: "general:participant_table",
    approximate: false,
  }) as FactInput;

const split = (sentence: string, read: FactInput[]) => {
  const doc = new DocumentText(
    "ekby/2023-annual-report",
    ["Verksamhetsberättelse 2023", "", "Tabell", "", sentence],
    2023,
  );
  return (parseVaravLines(doc, read).facts as AnyFact[]).map((f) => `${f.measure}/${f.gender}=${f.value}@${f.line}`);
};

describe("a gender split in a sentence of its own", () => {
  it("is the split of the federation's count it adds up to", () => {
    expect(split("Deltagarna i insatserna var 61 kvinnor och 49 män.", [count("enrolled", 110)])).toEqual([
      "enrolled/woman=61@5",
      "enrolled/man=49@5",
    ]);
    expect(
      split("Av dem som avslutade var 30 män och 25 kvinnor.", [count("enrolled", 110), count("exited", 55)]),
    ).toEqual(["exited/man=30@5", "exited/woman=25@5"]);
  });

  it("is stored for no count it does not add up to, nor for a target (must not fire)", () => {
    expect(split("Deltagarna var 61 kvinnor och 48 män.", [count("enrolled", 110)])).toEqual([]);
    expect(split("Målet för 2024 är 61 kvinnor och 49 män.", [count("enrolled", 110)])).toEqual([]);
    expect(split("Deltagarna var 61 kvinnor och 49 män.", [count("exited", 110)])).toEqual([]);
    expect(split("Året innan var deltagarna 61 kvinnor och 49 män.", [count("enrolled", 110)])).toEqual([]);
  });
});
