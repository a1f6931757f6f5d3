/**
 * A folder's "i korthet" page sets each figure as a callout: the big number alone on a line, its
 * caption on the next. Written anew with a made-up federation (Samordningsförbundet Tallvik).
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { proseUnits } from "../../loaders/extract/general/proseSentences.ts";
import { scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) => new DocumentText("tallvik/2024-annual-report", lines, 2024);
const texts = (lines: string[]) => proseUnits(doc(lines)).map((u) => u.text);
const counts = (lines: string[]) =>
  (parseProseFigures(doc(lines)).facts as AnyFact[]).map(
    (f) => `${f.table}:${f.measure ?? f.category ?? f.indicator}=${f.value}@${f.line}`,
  );

const folder = [
  "TALLVIKS ÅR I KORTHET 2024",
  "",
  "Så stöttar vi fler på vägen mot egen försörjning",
  "",
  "  173",
  "  personer tog del av våra individinsatser",
  "",
  "  66",
  "  deltagare avslutade sin insats",
  "",
  "Vad hände med de som avslutade?",
  "",
  "  19",
  "  fick ett arbete",
  "",
];

describe("a callout: a number alone on its line and its caption on the next", () => {
  it("reads the number and its caption as one sentence, citing the number's line", () => {
    expect(texts(folder)).toContain("173 personer tog del av våra individinsatser");
    expect(counts(folder)).toEqual([
      "participant_count:enrolled=173@5",
      "participant_count:exited=66@8",
      "participant_breakdown:work=19@13",
    ]);
  });

  it("reads an amount with its unit and a minus sign as a callout", () => {
    expect(texts(["", "  −0,4 mnkr", "  blev årets resultat", ""])).toEqual(["−0,4 mnkr blev årets resultat"]);
  });

  it("leaves a page number alone: a blank line, not a caption, comes under it", () => {
    const lines = ["Deltagarna fick stöd under hela året och", "", "  12", "", "fortsatte sedan i arbete."];
    expect(texts(lines).some((t) => t.startsWith("12"))).toBe(false);
  });

  it("never joins a year on its own line to the words under it", () => {
    expect(texts(["", "2024", "blev ett år av förändring", ""])).not.toContain("2024 blev ett år av förändring");
  });

  it("never reads visits, the federation's age or a target under a callout as participants", () => {
    const lines = [
      "Förbundet i korthet",
      "",
      "  1 240",
      "  besök på våra öppna föreläsningar",
      "",
      "  12",
      "  år sedan förbundet bildades",
      "",
      "  300",
      "  deltagare är målet för 2025",
      "",
    ];
    expect(counts(lines)).toEqual([]);
  });

  it("does not take a caption running on for several lines as a callout's", () => {
    const lines = ["", "  42", "deltagare avslutade", "sin insats under året i Steget", ""];
    expect(texts(lines)).not.toContain("42 deltagare avslutade");
  });
});

describe("a motto heading under a summary heading", () => {
  it("keeps the federation's scope under a motto that speaks as 'vi'", () => {
    const scopes = scopeByLine(doc(folder));
    expect(scopes[4]).toMatchObject({ kind: "federation" });
  });

  it("a heading naming an intervention still opens its own section", () => {
    const scopes = scopeByLine(
      doc(["Året i korthet", "", "Steget", "", "  40", "  deltagare avslutade sin insats", ""]),
    );
    expect(scopes[4]).not.toMatchObject({ kind: "federation" });
  });
});

describe("a year that dates a meeting in a heading", () => {
  const letter = (heading: string) => [
    "Samordningsförbundet Tallvik",
    "",
    heading,
    "",
    "Svar: Förbundets insatser hade under 2024 totalt 142 deltagare.",
  ];

  it("does not make the figures under it that year's", () => {
    expect(counts(letter("Svar på frågor inför medlemsdialogen 2025"))).toEqual(["participant_count:enrolled=142@5"]);
  });

  it("a heading naming another year itself still keeps its figures out", () => {
    expect(counts(letter("Verksamheten 2025"))).toEqual([]);
  });
});
