import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { charactersOf, ProseIndex, requiredText } from "../../loaders/extract/templates/kalmar/proseIndex.ts";
import { proseRules } from "../../loaders/extract/templates/kalmar/proseRules.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { splitLines } from "../../loaders/input/readSourceFile.ts";
import { ROOT } from "../helpers.ts";

describe("the text every match of a prose rule holds", () => {
  it("is the longest run of plain characters at the pattern's top level", () => {
    expect(requiredText(/Under (20\d\d) har (\d+) personer deltagit i de olika/g)).toBe(
      " personer deltagit i de olika",
    );
    expect(requiredText(/lyft (\d+) konsulta\w*/g)).toBe(" konsulta");
    // An escaped character stands for itself; a class, a group or an escape of a class ends a run.
    expect(requiredText(/ca\. (\d+) kr\/månad \(heltid\)/g)).toBe(" kr/månad (heltid)");
    expect(requiredText(/\p{L}+ablock[a-z]xyzw/gu)).toBe("ablock");
  });

  it("leaves out what a quantifier may leave out, and ends a run where one may repeat", () => {
    expect(requiredText(/deltagares?x/g)).toBe("deltagare");
    expect(requiredText(/avslutade ?deltagare/g)).toBe("avslutade");
    expect(requiredText(/ab{0,2}cdefg/g)).toBe("cdefg");
    expect(requiredText(/abcd+efg/g)).toBe("abcd");
    expect(requiredText(/(?:inom )?förbundet (?:har )?/g)).toBe("förbundet ");
  });

  it("is nothing where the pattern has an alternation at its top level or ignores case", () => {
    expect(requiredText(/arbete|studier/g)).toBe("");
    expect(requiredText(/Totalt (\d+) deltagare/gi)).toBe("");
    expect(requiredText(/(\d+)/g)).toBe("");
  });

  it("is in every match of every prose rule, so a report without it is not searched", () => {
    const kalmar = readFileSync(resolve(ROOT, "data/sources/kalmar/kalmar_2024_arsredovisning.txt"), "utf8");
    const idx = new ProseIndex(new DocumentText("kalmar/2024-annual-report", splitLines(kalmar), 2024));
    let matched = 0;
    for (const rule of proseRules([], 2024)) {
      const cue = requiredText(rule.re);
      for (const m of idx.text.matchAll(rule.re)) {
        expect(m[0]).toContain(cue);
        matched++;
      }
    }
    expect(matched).toBeGreaterThan(10);
    // The same matches with the look first; none where the text lacks the rule's words.
    const rule = proseRules([], 2024).find((r) => r.name === "participants_total")!;
    expect([...idx.matchAll(rule.re)].map((m) => m[0])).toEqual([...idx.text.matchAll(rule.re)].map((m) => m[0]));
    expect([...idx.matchAll(rule.re)].length).toBeGreaterThan(0);
    const other = new ProseIndex(
      new DocumentText("x/2024-annual-report", ["Under 2024 har 120 personer deltagit."], 2024),
    );
    expect([...other.matchAll(rule.re)]).toEqual([]);
  });
});

const all = (it: Iterable<RegExpMatchArray>) => [...it].map((m) => [m.index, ...m]);

describe("a prose rule tried only where a match can start", () => {
  it("finds every match the search at every character finds, for every rule over a report", () => {
    const kalmar = readFileSync(resolve(ROOT, "data/sources/kalmar/kalmar_2024_arsredovisning.txt"), "utf8");
    const idx = new ProseIndex(new DocumentText("kalmar/2024-annual-report", splitLines(kalmar), 2024));
    let matched = 0;
    for (const rule of proseRules([], 2024)) {
      const plain = all(idx.text.matchAll(rule.re));
      expect(all(idx.matchAll(rule.re))).toEqual(plain);
      matched += plain.length;
    }
    expect(matched).toBeGreaterThan(10);
  });

  it("finds the same as the plain search where numbers, words and the cue run together", () => {
    const re = /(\d+) procent enbart grundskola och (\d+)\s+procent har fullföljt/g;
    const piece = fc.constantFrom(
      "12",
      "7",
      " ",
      "procent enbart grundskola och ",
      "procent har fullföljt",
      " procent har fullföljt",
      "x",
      "och",
      "\u00e5",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const idx = new ProseIndex(new DocumentText("test/doc", [pieces.join("")], 2024));
        expect(all(idx.matchAll(re))).toEqual(all(idx.text.matchAll(re)));
      }),
    );
  });

  it("falls back on the plain search where the opening may be any character", () => {
    const re = /redovisat (\d+) deltagares.{0,30}?snitt på (\d+)/g;
    const idx = new ProseIndex(
      new DocumentText(
        "test/doc",
        [
          `${"Text ".repeat(60)}Vi har redovisat 40 deltagares ålder; snitt på 31 år, och redovisat 9 deltagares snitt på 28.`,
        ],
        2024,
      ),
    );
    expect(all(idx.matchAll(re))).toEqual(all(idx.text.matchAll(re)));
    expect([...idx.matchAll(re)].length).toBe(2);
  });
});

describe("the characters a pattern's opening can consume", () => {
  it("are its literals, escapes, classes and dots", () => {
    const chars = charactersOf("(\\d+) av [xy]\\.", "g")!;
    for (const c of ["4", " ", "a", "v", "x", "y", "."]) expect(chars.test(c)).toBe(true);
    for (const c of ["b", "z", ",", "("]) expect(chars.test(c)).toBe(false);
    expect(charactersOf("(?:ca )?(\\p{L}+) ", "gu")!.test("å")).toBe(true);
  });

  it("leave out what a lookaround or an anchor holds, and are unknown with a backreference", () => {
    const chars = charactersOf("^(?<!\\p{L})(?=ab)\\bc", "gu")!;
    expect(chars.test("c")).toBe(true);
    expect(chars.test("a")).toBe(false);
    expect(chars.test("b")).toBe(false);
    expect(charactersOf("(a)\\1", "g")).toBeUndefined();
  });
});
