/**
 * A sharing site's text preview, every PDF line a paragraph of its own (`text/previewLines.ts`): a
 * sentence's lines run into one, a list's rows closed up, the site's page markers dropped. Made-up
 * federation and figures.
 */
import { describe, expect, it } from "vitest";
import { previewLines } from "../../loaders/extract/text/previewLines.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const BODY = [
  "Årsberättelse 2024",
  "Samordningsförbundet Ekvik",
  "Sida: 2 av 4",
  "Deltagare",
  "Under 2024 har 77 personer tagit del av förbundets",
  "insatser. Av dem påbörjade 35 sin insats under året och 31",
  "avslutade den under samma period.",
  "Sida: 3 av 4",
  "Avgifterna fördelades så här:",
  "Region Ekmark 410 000 kr",
  "Ekviks kommun 410 000 kr",
];
/** Every line followed by a blank line, as the preview prints them. */
const spaced = (lines: string[]) => lines.flatMap((l) => [l, ""]);

describe("a sharing site's text preview", () => {
  it("runs a sentence's lines into one and closes up a list's rows (must fire)", () => {
    const out = previewLines(["Citation preview", "", ...spaced(BODY)])!;
    expect(out.lines).toContain(
      "Under 2024 har 77 personer tagit del av förbundets insatser. Av dem påbörjade 35 sin insats under året och 31 avslutade den under samma period.",
    );
    const at = out.lines.indexOf("Avgifterna fördelades så här:");
    expect(out.lines.slice(at, at + 3)).toEqual([
      "Avgifterna fördelades så här:",
      "Region Ekmark 410 000 kr",
      "Ekviks kommun 410 000 kr",
    ]);
    expect(out.lines.some((l) => /^Sida:/.test(l))).toBe(false);
    expect(countsOf(extractReport(["Citation preview", "", ...spaced(BODY)], "ekvik", 2024))).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=77", "förbundet:exited/all=31"]),
    );
    expect(countsOf(extractReport(["Citation preview", "", ...spaced(BODY)], "ekvik", 2024))).not.toContain(
      "förbundet:new/all=77",
    );
  });

  it("leaves a text with no site's words, or with paragraphs of several lines, as written (must not fire)", () => {
    expect(previewLines(spaced(BODY))).toBeUndefined();
    expect(previewLines(["Citation preview", "", ...BODY, "", ...BODY])).toBeUndefined();
  });
});
