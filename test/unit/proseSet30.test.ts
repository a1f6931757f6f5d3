/**
 * Shapes of running text from the p30 probes of unseen styles, in made-up federations' words. Each
 * rule has a case where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[], year = 2024) => new DocumentText("tornvik/2024-annual-report", lines, year);
/** Figures stored from running text, as "measure/gender=value" or "category=value" ("@intervention" for one's). */
const figures = (lines: string[]) =>
  (parseProseFigures(doc(["Samordningsförbundet Tornvik", "", ...lines])).facts as AnyFact[]).map((f) =>
    f.table === "participant_count"
      ? `${f.measure}/${f.gender}=${f.value}${f.intervention ? `@${f.intervention}` : ""}`
      : f.table === "participant_breakdown"
        ? `${f.category}=${f.value}${f.intervention ? `@${f.intervention}` : ""}`
        : f.table === "indicator"
          ? `rate=${f.value}/${f.n}`
          : `${f.table}:${f.value}`,
  );
const rates = (s: string) =>
  readSentence(s, { year: 2024 }).figures.flatMap((f) => (f.kind === "rate" ? [`${f.token.value}/${f.base}`] : []));

describe("a share beside its fraction in digits", () => {
  it("is read where the fraction gives it (must fire)", () => {
    expect(rates("Av de 94 som avslutade gick 31 av 94 (33 procent) till arbete eller studier.")).toEqual(["33/94"]);
    expect(rates("Till arbete eller studier gick 36 procent (18 av 50) av dem som avslutade.")).toEqual(["36/50"]);
  });

  it("stores no rate and none of the fraction's counts where the share contradicts it (must not fire)", () => {
    expect(rates("Av de 58 som avslutade gick 14 av 58 (52 procent) till arbete eller studier.")).toEqual([]);
    const got = figures([
      "Under året avslutade 58 personer sin insats i förbundets insatser. Av dem fick 14 av 58 (52 procent) arbete eller började studera.",
    ]);
    expect(got).toContain("exited/all=58");
    expect(got.filter((g) => g.startsWith("rate=") || /=14$/.test(g))).toEqual([]);
  });
});
