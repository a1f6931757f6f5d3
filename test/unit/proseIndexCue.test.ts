import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  leadingText,
  openingWord,
  ProseIndex,
  requiredText,
} from "../../loaders/extract/templates/kalmar/proseIndex.ts";
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

describe("where a prose rule's match can start", () => {
  it("is at its opening plain text, where it has one", () => {
    expect(leadingText(/Under (20\d\d) har (\d+) personer/g)).toBe("Under ");
    expect(leadingText(/\((\d+) ?% resp/g)).toBe("(");
    expect(leadingText(/= Balanskravsresultat\s+(-?[\d ]+\d)/g)).toBe("= Balanskravsresultat");
    // A character a quantifier may leave out or repeat ends the text before or after it.
    expect(leadingText(/deltagares? (\d+)/g)).toBe("deltagare");
    expect(leadingText(/abc+d/g)).toBe("abc");
  });

  it("is anywhere for a pattern that opens otherwise, has an alternation at its top level or ignores case", () => {
    expect(leadingText(/(\d+) procent/g)).toBe("");
    expect(leadingText(/\s+Under/g)).toBe("");
    expect(leadingText(/Under (\d+)|Över (\d+)/g)).toBe("");
    expect(leadingText(/Under (\d+)/gi)).toBe("");
    expect(leadingText(/Under (?:a|b)/g)).toBe("Under ");
  });

  it("is in the word before the text that follows an opening word", () => {
    expect(openingWord(/(\d+) procent enbart grundskola och (\d+)/g)?.after).toBe(" procent enbart grundskola och ");
    expect(openingWord(/(\d+(?:,\d+)?) % av personal\s+som/g)?.after).toBe(" % av personal");
    expect(openingWord(/(\d+|\p{L}+) informationer har hållits/gu)?.after).toBe(" informationer har hållits");
    // One optional space after the word: the text after it still follows the word, maybe after a space.
    expect(openingWord(/(\d+(?:,\d+)?)\s?% \(/g)).toMatchObject({ after: "% (", gap: true });
    expect(openingWord(/(\d+) procent/g)).toMatchObject({ gap: false });
    // Any other space, a class of its own, or no text after it: anywhere.
    expect(openingWord(/(\d+(?:,\d+)?)\s*% \(/g)).toBeUndefined();
    expect(openingWord(/(\d+)\s?/g)).toBeUndefined();
    expect(openingWord(/([\d ]+) kr/g)).toBeUndefined();
    expect(openingWord(/(\d+)/g)).toBeUndefined();
  });

  it("gives the same matches as a search at every character, in the bundled reports and in made-up text", () => {
    const kalmar = readFileSync(resolve(ROOT, "data/sources/kalmar/kalmar_2024_arsredovisning.txt"), "utf8");
    const made = [
      "Under 2023 har 40 personer deltagit i de olika insatserna. x12 av 30 avslutade deltagare, det motsvarar 40 %.",
      "Under Under 2024 har 7 personer deltagit i de olika. 1,5 % av personal som är involverad i samverkan upplever",
      "12 procent enbart grundskola och 30 procent har fullföljt gymnasieutbildningen; 3 procent enbart grundskola och",
      // The optional space: with it, without it, two of them, a word of letters before the mark, a match at the start.
      "41,5 % (17/41) av individerna har vid avslut gjort en positiv stegförflyttning. Mål 40% (16/40) av individerna har vid avslut gjort en positiv stegförflyttning",
      "x41,5  % (17/41) av individerna har vid avslut gjort en positiv stegförflyttning, 4,1a% (1/2) av individerna har vid avslut gjort en positiv stegförflyttning 7 % ( 9 % (1/9) av individerna har vid avslut gjort en positiv stegförflyttning",
    ];
    const patterns = [
      ...proseRules([], 2024).map((r) => r.re),
      /(\d+(?:,\d+)?) % av personal\s+som är involverad i samverkan\s+upplever/g,
      /(\d+) av (\d+) (?:utskrivna|avslutade) deltagare/g,
      /(\d+|\p{L}+)\s?% \((\d+)/gu,
    ];
    for (const text of [kalmar, ...made]) {
      const idx = new ProseIndex(new DocumentText("x/2024-annual-report", splitLines(text), 2024));
      for (const re of patterns) {
        const seen = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => `${m.index}:${[...m].join("|")}`);
        expect(seen(idx.matchAll(re))).toEqual(seen(idx.text.matchAll(re) as Iterable<RegExpExecArray>));
      }
    }
  });
});
