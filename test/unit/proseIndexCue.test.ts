import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ProseIndex, requiredText } from "../../loaders/extract/templates/kalmar/proseIndex.ts";
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
