import { describe, expect, it } from "vitest";
import { rememberByText, rememberByTextAnd } from "../../loaders/extract/textMemo.ts";
import { findAmounts, parseNumberRun } from "../../loaders/extract/numbers.ts";
import { clean } from "../../loaders/extract/documentText.ts";
import { joinBrokenWords } from "../../loaders/extract/text/brokenWords.ts";

describe("answers remembered per text", () => {
  it("computes once per text and gives every caller the same answer", () => {
    let calls = 0;
    const words = rememberByText((t) => {
      calls++;
      return t.split(" ");
    });
    const a = words("Bron till arbete");
    expect(words("Bron till arbete")).toBe(a);
    expect(words("Bron till studier")).toEqual(["Bron", "till", "studier"]);
    expect(calls).toBe(2);
  });

  it("freezes a remembered answer, so a caller that changes it fails instead of changing another reader's", () => {
    const run = parseNumberRun("1 411 976 1 413 000", 2)!;
    expect(Object.isFrozen(run)).toBe(true);
    expect(() => (run.values as number[]).push(1)).toThrow(TypeError);
    const [amount] = findAmounts("Intäkterna uppgick till 6,4 mnkr.");
    expect(() => {
      (amount as { sek: number }).sek = 0;
    }).toThrow(TypeError);
    expect(findAmounts("Intäkterna uppgick till 6,4 mnkr.")[0]!.sek).toBe(6_400_000);
  });

  it("must not give one column count's reading for another's", () => {
    const twoColumns = parseNumberRun("1 411 976 1 413 000", 2);
    const fewest = parseNumberRun("1 411 976 1 413 000");
    const four = parseNumberRun("1 411 976 1 413 000", 4);
    expect(twoColumns?.values).toEqual([1_411_976, 1_413_000]);
    expect(fewest?.values).toEqual([1_411_976, 1_413_000]);
    expect(four?.values).toHaveLength(4);
    let calls = 0;
    const tagged = rememberByTextAnd((t, n) => `${t}:${n ?? "-"}:${++calls}`);
    expect(tagged("x", 2)).toBe("x:2:1");
    expect(tagged("x")).toBe("x:-:2");
    expect(tagged("x", 2)).toBe("x:2:1");
  });

  it("keeps what the remembered readers answered before", () => {
    expect(clean("  Summa   intäkter\t 2 400 ")).toBe("Summa intäkter 2 400");
    expect(clean("  Summa   intäkter\t 2 400 ")).toBe("Summa intäkter 2 400");
    expect(joinBrokenWords("Verksamh etens intäkter   2 400")).toBe("Verksamhetens intäkter    2 400");
    expect(joinBrokenWords("Verksamh etens intäkter   2 400")).toBe("Verksamhetens intäkter    2 400");
  });
});
