/**
 * A run of text far longer than any sentence a person writes (a one-line file, a table flattened
 * without full stops) is not read as prose: its numbers stay unread, and reading it no longer
 * takes time growing with the square of its numbers (a 240 kB line took minutes, a 6 MB one hours).
 */
import { describe, expect, it } from "vitest";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { MAX_SENTENCE, proseUnits, sentencesOf } from "../../loaders/extract/general/proseSentences.ts";
import { docOf } from "../helpers.ts";

const SENTENCE = "Under året deltog 102 personer i förbundets insatser, varav 60 kvinnor och 42 män.";

describe("a sentence longer than any a person writes", () => {
  it("is passed over, quickly, and the document's other sentences are still read", () => {
    const flood = "Under året deltog 7 personer varav 3 kvinnor ".repeat(6_000);
    const doc = docOf(["Årsredovisning 2024", "", flood, "", SENTENCE]);
    const started = Date.now();
    const facts = parseProseFigures(doc).facts;
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(facts.map((f) => ("value" in f ? f.value : null))).toEqual([102, 60, 42]);
    expect(facts.every((f) => f.line === 5)).toBe(true);
  });

  it("keeps a long sentence up to the limit (must not fire)", () => {
    const long = `${"Förbundet har under året arbetat med samverkan, ".repeat(Math.floor((MAX_SENTENCE - 200) / 50))}${SENTENCE}`;
    expect(long.length).toBeLessThanOrEqual(MAX_SENTENCE);
    const doc = docOf(["Årsredovisning 2024", "", long]);
    const unit = proseUnits(doc).find((u) => u.text.includes("102"))!;
    expect(sentencesOf(unit).length).toBeGreaterThan(0);
    expect(parseProseFigures(doc).facts.map((f) => ("value" in f ? f.value : null))).toEqual([102, 60, 42]);
  });
});
