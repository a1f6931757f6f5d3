/**
 * The readers' cue gates (`general/cueGate.ts`): a gated pattern is asked only where its cue is found,
 * answers as the pattern alone wherever it is asked, and no cue misses a text its patterns match.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import {
  INTERVENTIONS_CUE,
  ONE_INTERVENTION_CUE,
  OTHER_FEDERATIONS_CUE,
  RESIDENTS_CUE,
  defineCue,
  definedCues,
  documentMayHold,
  gated,
  gatedPatterns,
  mayHold,
} from "../../loaders/extract/general/cueGate.ts";
// The readers whose patterns are gated: importing them records their pairs.
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { otherFederationIn } from "../../loaders/extract/general/otherBodies.ts";
import { withoutDashComments } from "../../loaders/extract/general/dashComments.ts";

/** A pattern that counts how often it is asked. */
class Counted extends RegExp {
  asked = 0;
  override test(s: string): boolean {
    this.asked++;
    return super.test(s);
  }
}

describe("mayHold: a text's cue, looked for once", () => {
  it("finds a cue's word in any case, as its patterns ignore case", () => {
    expect(mayHold("Två nya INSATSER startade", INTERVENTIONS_CUE)).toBe(true);
    expect(mayHold("Deltagarna i insatsen var 41", ONE_INTERVENTION_CUE)).toBe(true);
    expect(mayHold("i den nya gruppverksamheten", ONE_INTERVENTION_CUE)).toBe(true);
    expect(mayHold("Av dem bodde 12 i Åby", RESIDENTS_CUE)).toBe(true);
  });
  it("tells other federations from the own one ('förbundet' alone is no other)", () => {
    expect(mayHold("Förbundet hade 88 avslut.", OTHER_FEDERATIONS_CUE)).toBe(false);
    expect(mayHold("Samordningsförbundets styrelse beslutade.", OTHER_FEDERATIONS_CUE)).toBe(false);
    expect(mayHold("Jämfört med grannförbundet var det fler.", OTHER_FEDERATIONS_CUE)).toBe(true);
    expect(mayHold("Länets förbund redovisade.", OTHER_FEDERATIONS_CUE)).toBe(true);
    expect(mayHold("FÖRBUNDEN i länet", OTHER_FEDERATIONS_CUE)).toBe(true);
    expect(otherFederationIn("Förbundet hade 88 avslut.", "testfed")).toBeUndefined();
    expect(otherFederationIn("Grannförbundet hade 90 avslut.", "testfed")).toBe("");
  });
  it("blanks a record or a change comment only where its words stand, as before", () => {
    const record = "Deltagarna blev 154, det högsta antalet sedan starten.";
    const blanked = withoutDashComments(record)!;
    expect(blanked.length).toBe(record.length);
    expect(blanked).not.toContain("högsta");
    const change = "Intäkterna var 11,2 mkr, en ökning som styrelsen välkomnar.";
    expect(withoutDashComments(change)).not.toContain("ökning");
    // A comma and a change word, no record word: the record's pattern is not asked, nothing is blanked.
    expect(withoutDashComments("Kostnaderna, trots en ökning av lokalhyran, var 4,2 mkr.")).toBeUndefined();
  });
  it("misses a text without the cue's words", () => {
    expect(mayHold("Förbundet hade 196 deltagare under 2025.", INTERVENTIONS_CUE)).toBe(false);
    expect(mayHold("Förbundet hade 196 deltagare under 2025.", ONE_INTERVENTION_CUE)).toBe(false);
    expect(mayHold("Förbundet hade 196 deltagare under 2025.", RESIDENTS_CUE)).toBe(false);
    // "insatser" is no "insatsen", and "nya" opening the text has no space before it.
    expect(mayHold("Nya insatser: 3", ONE_INTERVENTION_CUE)).toBe(false);
  });
  it("answers each text for itself when texts alternate", () => {
    const a = "Tre insatser i Åby";
    const b = "Förbundet hade 88 avslut";
    for (let k = 0; k < 3; k++) {
      expect(mayHold(a, INTERVENTIONS_CUE)).toBe(true);
      expect(mayHold(b, INTERVENTIONS_CUE)).toBe(false);
      expect(mayHold(b, RESIDENTS_CUE)).toBe(false);
      expect(mayHold(a, RESIDENTS_CUE)).toBe(false);
    }
  });
});

describe("gated: the pattern asked only behind its cue", () => {
  const cue = defineCue("test: varav", /varav/iu);
  const pattern = new Counted(/(?<!\p{L})varav (\d+) kvinnor/iu.source, "iu");
  const gate = gated(cue, pattern);
  it("skips the pattern where the cue is missing", () => {
    const before = pattern.asked;
    expect(gate.test("Förbundet hade 196 deltagare, 98 kvinnor och 98 män.")).toBe(false);
    expect(pattern.asked).toBe(before);
  });
  it("asks the pattern where the cue is found, and answers as it does", () => {
    const before = pattern.asked;
    expect(gate.test("Förbundet hade 196 deltagare, VARAV 98 kvinnor.")).toBe(true);
    // The cue is found, the pattern is not: asked, and its answer kept.
    expect(gate.test("Deltagare 196, varav nya 41.")).toBe(false);
    expect(pattern.asked).toBe(before + 2);
  });
  it("refuses a pattern or a cue that keeps state, and a cue named twice", () => {
    expect(() => gated(cue, /varav/g)).toThrow(/keeps no state/);
    expect(() => defineCue("test: global", /x/g)).toThrow(/keeps no state/);
    expect(() => defineCue("test: varav", /varav/)).toThrow(/defined already/);
  });
});

describe("documentMayHold: a document's cue, looked for once over its cleaned lines", () => {
  const doc = (lines: string[]) => new DocumentText("testfed/2025-annual-report", lines, 2025);
  it("finds a cue on one of the lines", () => {
    const d = doc(["Årsredovisning 2025", "", "Av dem bodde 12 i Åby."]);
    expect(documentMayHold(d, RESIDENTS_CUE)).toBe(true);
    expect(documentMayHold(d, INTERVENTIONS_CUE)).toBe(false);
    // Asked again: the same answers.
    expect(documentMayHold(d, RESIDENTS_CUE)).toBe(true);
    expect(documentMayHold(d, INTERVENTIONS_CUE)).toBe(false);
  });
  it("reads the cleaned lines: spaces collapsed as the readers see them", () => {
    expect(documentMayHold(doc(["i den\u00a0 nya gruppen"]), ONE_INTERVENTION_CUE)).toBe(true);
  });
  it("misses words wrapped over two lines (a document's cue is one line's)", () => {
    expect(documentMayHold(doc(["Under året startade den", "nya gruppen"]), ONE_INTERVENTION_CUE)).toBe(false);
  });
});

/** Every line of the hand-written tuning documents, and each two lines joined as a sentence wrapping over them. */
function tuningTexts(): string[] {
  const root = join(import.meta.dirname, "../fixtures/hand-tuning");
  const out: string[] = [];
  for (const dir of readdirSync(root)) {
    let files: string[];
    try {
      files = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const f of files) {
      if (f === "truth.yaml" || !/\.(txt|md|csv|html|xml)$/.test(f)) continue;
      const lines = readFileSync(join(root, dir, f), "utf8").split("\n");
      for (let k = 0; k < lines.length; k++) {
        out.push(lines[k]!);
        if (k + 1 < lines.length) out.push(`${lines[k]!.trim()} ${lines[k + 1]!.trim()}`);
      }
    }
  }
  return out;
}

describe("every gated pattern's cue never misses", () => {
  it("is defined for the readers' patterns", () => {
    expect(typeof parseProseFigures).toBe("function");
    expect(typeof otherFederationIn).toBe("function");
    expect(typeof withoutDashComments).toBe("function");
    expect(gatedPatterns().length).toBeGreaterThanOrEqual(5);
    expect(new Set(definedCues().map((c) => c.name)).size).toBe(definedCues().length);
  });
  it("finds its cue wherever its pattern matches a line or two lines of the tuning documents", () => {
    const texts = tuningTexts();
    expect(texts.length).toBeGreaterThan(10_000);
    const missed: string[] = [];
    let matched = 0;
    for (const g of gatedPatterns())
      for (const t of texts)
        if (g.pattern.test(t)) {
          matched++;
          if (!g.cue.pattern.test(t)) missed.push(`${g.cue.name}: ${t}`);
        }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });
  it("finds its cue wherever its pattern matches the readers' examples", () => {
    const examples = [
      "Under hösten startade förbundet ett nytt projekt för unga vuxna",
      "i den nya gruppverksamheten deltog 12",
      "Projektet hade 40 deltagare",
      "två nya insatser startade",
      "tre insatser i Åby",
      "Av de 9 avslutade som bodde i Ekerås",
      "45 folkbokförda i kommunen",
      "Samtliga insatser hade 134 deltagare",
      "Förbundet hade 90 avslut",
      "81 deltagare avslutade en insats under 2024",
      "Grannförbundet hade fler deltagare",
      "jämfört med andra förbundets siffror",
      "Länets förbund redovisade",
      "de fyra samordningsförbunden i länet",
      "landets samordningsförbund.",
      "Deltagarna blev 154, det högsta antalet sedan starten.",
      "Intäkterna var 11,2 mkr, en ökning som styrelsen välkomnar.",
    ];
    const missed = gatedPatterns().flatMap((g) =>
      examples.filter((t) => g.pattern.test(t) && !g.cue.pattern.test(t)).map((t) => `${g.cue.name}: ${t}`),
    );
    expect(missed).toEqual([]);
  });
});
