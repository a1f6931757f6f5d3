import { describe, expect, it } from "vitest";
import { ocrNoiseTokens } from "../../loaders/extract/text/ocrNoise.ts";

describe("OCR noise in numbers", () => {
  it.each([
    ["Cirka 1 2O4 samtal genomfördes", ["2O4"]],
    ["Räkenskapsår 20 IO", ["IO"]],
    ["l5 deltagare avslutade", ["l5"]],
    ["Summa 1O 20", ["1O"]],
  ])("%s → %j", (line, tokens) => expect(ocrNoiseTokens(line)).toEqual(tokens));

  it.each(["Under 2023 deltog 120 kvinnor och 92 män", "IO-gruppen träffades", "I år deltog 14 personer", "Verksamhetens intäkter 8 200 8 000", "Not 1"])("no noise in %s", (line) => expect(ocrNoiseTokens(line)).toEqual([]));
});
