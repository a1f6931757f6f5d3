/**
 * The shortcuts that make extraction fast must read exactly what the long way reads: the anchored
 * search of the word-led prose rules, the number check before a sentence is cut into tokens, a
 * number run's readings, and the views derived once per document.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocumentText, isClean } from "../../loaders/extract/documentText.ts";
import { readSentence, tokenize } from "../../loaders/extract/general/figureGrammar.ts";
import { mayHoldNumberWord, parseNumberWord } from "../../loaders/extract/general/numberWords.ts";
import { isHeading, scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import { proseUnits, sentencesOf } from "../../loaders/extract/general/proseSentences.ts";
import { splitSentences } from "../../loaders/extract/general/figureGrammar.ts";
import { plain } from "../../loaders/extract/minutes/minutesText.ts";
import { letterThenL } from "../../loaders/extract/text/letterDigits.ts";
import { findStatementBlocks } from "../../loaders/extract/general/statementBlocks.ts";
import { parseNumberRun } from "../../loaders/extract/numbers.ts";
import { ProseIndex } from "../../loaders/extract/templates/kalmar/proseIndex.ts";
import { docOf, reportLines } from "../helpers.ts";

const INFORMATION = /(\d+|\p{L}+) informationer har hållits under ((?:19|20)\d\d)/gu;
const AFTER = " informationer har hållits under ";
const matches = (it: Iterable<RegExpMatchArray>) => [...it].map((m) => [m.index, ...m]);

function indexOf(lines: string[]): ProseIndex {
  return new ProseIndex(new DocumentText("test/doc", lines, 2024));
}

describe("a word-led prose rule searched from its anchor", () => {
  it("finds what the pattern finds at every character, where words run into digits and matches touch", () => {
    const idx = indexOf([
      "Under året har fem informationer har hållits under 2023 och",
      "x12 informationer har hållits under 2022tolv informationer har hållits under 2021",
      "informationer har hållits under 2020, och åtta",
      "informationer har hållits under 2019. Elva informationer har hållits under 1899.",
    ]);
    const plain = matches(idx.text.matchAll(INFORMATION));
    expect(plain.length).toBe(4);
    expect(matches(idx.matchAll(INFORMATION, AFTER))).toEqual(plain);
  });

  it("finds nothing where the anchor stands without a match, and the same as the plain search on any text", () => {
    expect(matches(indexOf(["  informationer har hållits under 2023"]).matchAll(INFORMATION, AFTER))).toEqual([]);
    const word = fc.constantFrom("fem", "12", "x1", "åtta", "", " ", "\u00e5", "2023", ",");
    const piece = fc.oneof(word, fc.constant(AFTER), fc.constant("2022"), fc.constant("19"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const idx = indexOf([pieces.join("")]);
        expect(matches(idx.matchAll(INFORMATION, AFTER))).toEqual(matches(idx.text.matchAll(INFORMATION)));
      }),
    );
  });
});

describe("the number check before a sentence is cut into tokens", () => {
  it("lets every number word through: the check never hides one", () => {
    const units = ["", "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"];
    const tens = ["", "tio", "elva", "tolv", "tretton", "nitton", "tjugo", "fyrtio", "åttio", "nittio"];
    const words = new Set<string>();
    for (const head of units)
      for (const ten of tens)
        for (const unit of units) {
          words.add(`${ten}${unit}`);
          words.add(`${head}hundra${ten}${unit}`);
          words.add(`${head}tusen${ten}${unit}`);
        }
    const numbers = [...words].filter((w) => parseNumberWord(w) !== undefined);
    expect(numbers.length).toBeGreaterThan(500);
    for (const w of numbers) {
      expect(mayHoldNumberWord(w)).toBe(true);
      expect(mayHoldNumberWord(w.toUpperCase())).toBe(true);
    }
  });

  it("reads a sentence with a number word but no digit, and passes over one without either", () => {
    const read = readSentence("Under året avslutade tolv deltagare sina insatser.");
    expect(read.figures.map((f) => [f.kind, f.token.value])).toEqual([["count", 12]]);
    expect(readSentence("Samverkan mellan myndigheterna har utvecklats vidare.")).toEqual({
      figures: [],
      unread: [],
      setAside: [],
      years: [],
      figureBearing: false,
      baseless: [],
    });
  });

  it("skips only sentences in which tokenize finds no number", () => {
    const fragments = fc.constantFrom(
      "tolv",
      "Tjugo",
      "m.mtre",
      "deltagare",
      "tio-",
      "stationen",
      "ca",
      "12",
      " ",
      ".",
    );
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 8 }), (parts) => {
        const sentence = parts.join(" ");
        const hasNumber = tokenize(sentence).some((t) => t.type === "number");
        if (!hasNumber) expect(readSentence(sentence).figures).toEqual([]);
        if (hasNumber) expect(/\d/.test(sentence) || mayHoldNumberWord(sentence)).toBe(true);
      }),
    );
  });
});

describe("a run of numbers", () => {
  it("ranks its readings as before: closest in magnitude, ties in the order found", () => {
    expect(parseNumberRun("1 411 976 1 413 000", 2)).toEqual({
      values: [1411976, 1413000],
      ambiguous: false,
      damaged: [],
    });
    expect(parseNumberRun("12 345 678")?.values).toEqual([12345678]);
    expect(parseNumberRun("30 21 6 12 10", 5)?.values).toEqual([30, 21, 6, 12, 10]);
    expect(parseNumberRun("100 200 300", 2)).toMatchObject({ values: [100200, 300], ambiguous: false });
    expect(parseNumberRun("7 100 100 100", 2)?.values).toEqual([7100, 100100]);
    // 100 100 | 100 and 100 | 100 100 are equally alike: the first found wins, and the reading is ambiguous.
    expect(parseNumberRun("100 100 100", 2)).toMatchObject({ values: [100100, 100], ambiguous: true });
  });
});

describe("views derived once per document", () => {
  it("give every reader the same answer as a fresh document would", () => {
    const lines = reportLines();
    const shared = docOf(lines);
    const first = scopeByLine(shared);
    expect(scopeByLine(shared)).toBe(first);
    expect(proseUnits(shared)).toBe(proseUnits(shared));
    expect(scopeByLine(docOf(lines))).toEqual(first);
    for (let n = 1; n <= shared.lineCount; n += 7) expect(isHeading(shared, n)).toBe(isHeading(docOf(lines), n));
  });

  it("split a prose unit into sentences once, as splitting its text would, and find the statement blocks once", () => {
    const lines = reportLines();
    const shared = docOf(lines);
    const units = proseUnits(shared);
    expect(units.length).toBeGreaterThan(50);
    for (const unit of units) {
      expect(sentencesOf(unit)).toBe(sentencesOf(unit));
      expect(sentencesOf(unit)).toEqual(splitSentences(unit.text));
    }
    const blocks = findStatementBlocks(shared);
    expect(blocks.length).toBeGreaterThan(3);
    expect(findStatementBlocks(shared)).toBe(blocks);
    expect(findStatementBlocks(docOf(lines))).toEqual(blocks);
  });
});

describe("the whitespace check before a line is cleaned", () => {
  const UNCLEAN = /[^\S ]| {2}|^ | $/;
  it("calls clean exactly the texts the pattern calls clean, for every kind of space", () => {
    for (const t of [
      "",
      "a",
      " a",
      "a ",
      "a  b",
      "a b",
      "a\tb",
      "a\u00a0b",
      "a\u202fb",
      "a\u3000b",
      "a\u200bb",
      "a\u001fb",
    ])
      expect(isClean(t)).toBe(!UNCLEAN.test(t));
    const piece = fc.constantFrom(
      " ",
      "  ",
      "\t",
      "\n",
      "\u00a0",
      "\u2009",
      "\ufeff",
      "\u0085",
      "x",
      "ö",
      "12",
      "\u001f",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const t = pieces.join("");
        expect(isClean(t)).toBe(!UNCLEAN.test(t));
      }),
    );
  });
});

describe("a minutes line without Markdown markers", () => {
  const longWay = (text: string) =>
    text
      .replace(/^#{1,6}\s*/, "")
      .replace(/\*\*|__/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\\_/g, "_")
      .trim();
  it("reads as the markers' patterns read it, with or without a marker character", () => {
    expect(plain("#### **§ 12** Beslut")).toBe("§ 12 Beslut");
    expect(plain("  § 12 Beslut ")).toBe("§ 12 Beslut");
    const piece = fc.constantFrom("#", "##", "**", "__", "_", "\\_", "[a](b)", "[", "]", "(", ")", " ", "§ 4", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const t = pieces.join("");
        expect(plain(t)).toBe(longWay(t));
      }),
    );
  });
});

describe("a letter before a pipe or a 1, looked for only around each", () => {
  const LETTER_THEN_L = /\p{L}[|1]/u;
  it("answers as the pattern tried at every character, astral letters and line edges included", () => {
    expect(letterThenL("Eget kapita1")).toBe(true);
    expect(letterThenL("resu|tat")).toBe(true);
    expect(letterThenL("1 204 | 12")).toBe(false);
    expect(letterThenL("𝑎1")).toBe(true);
    const piece = fc.constantFrom("1", "|", "a", "Å", "𝑎", " ", "2", "\ud835", "-", "l");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const t = pieces.join("");
        expect(letterThenL(t)).toBe(LETTER_THEN_L.test(t));
      }),
    );
  });
});
