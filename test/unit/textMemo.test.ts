import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { detached } from "../../loaders/config/detachedString.ts";
import { rememberByText, rememberByTextAnd, rememberByTextWith } from "../../loaders/extract/textMemo.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { findAmounts, parseNumberRun } from "../../loaders/extract/numbers.ts";
import { clean } from "../../loaders/extract/documentText.ts";
import { joinBrokenWords } from "../../loaders/extract/text/brokenWords.ts";
import { parseColumnHeader } from "../../loaders/extract/general/columnHeaders.ts";
import { numericTail } from "../../loaders/extract/general/layoutGrid.ts";

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

  it("remembers an answer per text and what its key says of the second argument, one for each", () => {
    let calls = 0;
    const tagged = rememberByTextWith(
      (t, w: { year: number; note: string }) => `${t}:${w.year}:${++calls}`,
      (w) => String(w.year),
    );
    expect(tagged("x", { year: 2024, note: "a" })).toBe("x:2024:1");
    // The same key: the answer remembered, whatever the key leaves out.
    expect(tagged("x", { year: 2024, note: "b" })).toBe("x:2024:1");
    // Another key, or another text: read afresh.
    expect(tagged("x", { year: 2023, note: "a" })).toBe("x:2023:2");
    expect(tagged("y", { year: 2024, note: "a" })).toBe("y:2024:3");
    expect(calls).toBe(3);
  });

  it("reads a sentence once per context, and never gives one context's reading for another's", () => {
    const sentence = "Av dessa gick 45 procent till arbete eller studier.";
    const after120 = readSentence(sentence, { countsJustBefore: [{ measure: "exited", value: 120 }], year: 2024 });
    expect(readSentence(sentence, { countsJustBefore: [{ measure: "exited", value: 120 }], year: 2024 })).toBe(
      after120,
    );
    expect(Object.isFrozen(after120.figures)).toBe(true);
    expect(after120.figures).toMatchObject([{ kind: "rate", base: 120 }]);
    const after80 = readSentence(sentence, { countsJustBefore: [{ measure: "exited", value: 80 }], year: 2024 });
    expect(after80.figures).toMatchObject([{ kind: "rate", base: 80 }]);
    const afterNew = readSentence(sentence, { countsJustBefore: [{ measure: "new", value: 120 }], year: 2024 });
    expect(afterNew.figures).toEqual([]);
    const share = "Andelen som gick vidare till arbete eller studier blev därmed 44 procent.";
    expect(readSentence(share, { exitedBefore: [50], year: 2024 }).figures).toMatchObject([{ base: 50 }]);
    expect(readSentence(share, { exitedBefore: [60], year: 2024 }).figures).toMatchObject([{ base: 60 }]);
    expect(readSentence(share, { exitedBefore: [], year: 2024 }).figures).toEqual([]);
    expect(readSentence(sentence, { lead: "Avslutade:", year: 2024 }).figures).toEqual([]);
  });

  it("keeps what the remembered readers answered before", () => {
    expect(clean("  Summa   intäkter\t 2 400 ")).toBe("Summa intäkter 2 400");
    expect(clean("  Summa   intäkter\t 2 400 ")).toBe("Summa intäkter 2 400");
    expect(joinBrokenWords("Verksamh etens intäkter   2 400")).toBe("Verksamhetens intäkter    2 400");
    expect(joinBrokenWords("Verksamh etens intäkter   2 400")).toBe("Verksamhetens intäkter    2 400");
  });
});

describe("a table row's header and numeric tail, remembered", () => {
  it("gives every reader the same frozen reading of a header line, and of a row's tail", () => {
    const header = parseColumnHeader("Not   2024   2023")!;
    expect(header.valueColumns.map((c) => (c.kind === "amount" ? c.year : c.kind))).toEqual([2024, 2023]);
    expect(parseColumnHeader("Not   2024   2023")).toBe(header);
    expect(Object.isFrozen(header.columns)).toBe(true);
    const row = numericTail("Verksamhetens intäkter   2 400   -1 300");
    expect(row.label).toBe("Verksamhetens intäkter");
    expect(numericTail("Verksamhetens intäkter   2 400   -1 300")).toBe(row);
    expect(Object.isFrozen(row)).toBe(true);
  });

  it("must not give a line that is no header a header, nor a row without numbers a tail", () => {
    expect(parseColumnHeader("Verksamhetens intäkter   2 400   -1 300")).toBeNull();
    expect(parseColumnHeader("Verksamhetens intäkter   2 400   -1 300")).toBeNull();
    expect(numericTail("Verksamhetens intäkter").tail).toBe("");
  });
});

describe("remembered texts do not keep their documents alive", () => {
  // A fresh context made after the flag is set has V8's gc function.
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const liveHeap = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  /** Something read from a document of some 35 MB, cut as a reader cuts its lines; the document is dropped on return. */
  const fromADocument = <R>(read: (document: string) => R): R =>
    read("Summa verksamhetens intäkter 2 400\n".repeat(1_000_000));
  const MB = 2 ** 20;

  it("a memo keeps a copy of the line it was asked about, and its answer's substrings, not the document", () => {
    const labelOf = rememberByText((line) => ({ label: line.slice(0, 28) }));
    const before = liveHeap();
    expect(fromADocument((d) => labelOf(d.slice(0, 34))).label).toBe("Summa verksamhetens intäkter");
    expect(liveHeap() - before).toBeLessThan(5 * MB);
    expect(labelOf("Summa verksamhetens intäkter 2 400").label).toBe("Summa verksamhetens intäkter");
  });

  it("a detached string has the same characters and holds nothing of the string it was cut from", () => {
    const before = liveHeap();
    const kept = fromADocument((d) => detached(d.slice(6, 19)));
    expect(liveHeap() - before).toBeLessThan(5 * MB);
    expect(kept).toBe("verksamhetens");
  });
});
