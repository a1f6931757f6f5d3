/**
 * Two rules of the prose readers: a list of figures set with dot leaders, whose figures carry a
 * unit, a sign, decimals or a bracketed base ("Intäkter ...... 7 300 000 kr", "Andel ...... 40,2 %
 * (39 av 97)"); and a sentence dated by a year named before it ("Det året slutade med …"). Made-up
 * federations and figures.
 */
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const read = (lines: string[], year = 2025) => parseAnnualReport(docOf(lines, year)).facts as AnyFact[];
const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year} ${f.basis} ${f.item}=${f.amount_sek}`);

const LEADERS = [
  "Samordningsförbundet Brännmo",
  "Årsredovisning 2025",
  "",
  "Året i siffror",
  "Deltagare totalt ........................ 144",
  "Avslutade deltagare ..................... 61",
  "Andel till arbete eller studier ......... 39,3 % (24 av 61)",
  "Intäkter ................................ 6 120 000 kr",
  "Kostnader ............................... 6 254 300 kr",
  "Årets resultat .......................... −134 300 kr",
];

describe("a list of figures set with dot leaders", () => {
  it("reads each row as its own sentence, whatever unit, sign or base its figure carries", () => {
    const facts = read(LEADERS);
    expect(money(facts)).toEqual([
      "2025 actual revenue_operating=6120000",
      "2025 actual cost_operating=6254300",
      "2025 actual result=-134300",
    ]);
    expect(facts.filter((f) => f.table === "finance").map((f) => f.line)).toEqual([8, 9, 10]);
  });

  it("does not take a contents line's page number for a figure", () => {
    const toc = [
      "Innehåll",
      "Förvaltningsberättelse .................. 4",
      "Resultaträkning ......................... 12",
      "Balansräkning ........................... 13",
      "",
    ];
    expect(money(read([...toc, "Året i korthet"]))).toEqual([]);
  });
});

describe("a sentence dated by a year an earlier sentence names", () => {
  const text = (before: string) => [
    "Samordningsförbundet Brännmo",
    "Årsredovisning 2025",
    "",
    "Året som gått",
    `${before} Det året slutade med ett överskott på 96 000 kronor.`,
    "",
    "Årets resultat blev −134 300 kr.",
  ];

  it("stores no figure of it as the report's year", () => {
    const facts = read(text("I mars godkände styrelsen årsredovisningen för 2024."));
    expect(money(facts)).not.toContain("2025 actual result=96000");
  });

  it("reads it as the report's year where the sentence before names the report's year", () => {
    const facts = read([
      "Samordningsförbundet Brännmo",
      "Årsredovisning 2025",
      "",
      "Året som gått",
      "Vi summerar 2025 nedan. Det året hade förbundets insatser 144 deltagare.",
    ]);
    expect(
      facts.filter((f) => f.table === "participant_count").map((f) => `${f.year} ${f.measure}=${f.value}`),
    ).toEqual(["2025 enrolled=144"]);
  });

  it("leaves a sentence that only mentions 'det året' later alone", () => {
    const facts = read([
      "Samordningsförbundet Brännmo",
      "Årsredovisning 2025",
      "",
      "Ekonomi",
      "Årets resultat blev −134 300 kr, sämre än det året innan.",
    ]);
    expect(money(facts)).toEqual(["2025 actual result=-134300"]);
  });
});

describe("'samma år' after a sentence naming no year", () => {
  it("is the report's year, as the sentence before is", () => {
    const facts = read([
      "Samordningsförbundet Brännmo",
      "Årsredovisning 2025",
      "",
      "Deltagare",
      "Under året deltog 150 personer i förbundets insatser. Samma år avslutade 61 personer sin insats i förbundets insatser.",
    ]);
    expect(
      facts.filter((f) => f.table === "participant_count").map((f) => `${f.year} ${f.measure}=${f.value}`),
    ).toEqual(["2025 enrolled=150", "2025 exited=61"]);
  });
});

describe("an operating result written without a sign", () => {
  const report = (result: string) => [
    "Samordningsförbundet Brännmo",
    "Årsredovisning 2025",
    "",
    "Ekonomi",
    `Verksamhetens intäkter uppgick till 5 910 000 kronor och kostnaderna till 5 702 300 kronor. Verksamhetens resultat blev ${result} kronor.`,
  ];
  it("takes the sign of revenue − costs where that is its size", () => {
    expect(money(read(report("207 700")))).toContain("2025 actual operating_result=207700");
  });
  it("is not stored where revenue − costs is another size", () => {
    expect(money(read(report("270 700"))).some((m) => m.includes("operating_result"))).toBe(false);
  });
});

describe("money after 'samma år' (must not fire)", () => {
  it("is read as the year the text is about", () => {
    const facts = read([
      "Samordningsförbundet Brännmo",
      "Årsredovisning 2025",
      "",
      "Ekonomi",
      "Förbundets intäkter uppgick under 2025 till 6 120 000 kr. Samma år uppgick kostnaderna till 6 254 300 kr.",
    ]);
    expect(money(facts)).toContain("2025 actual cost_operating=6254300");
  });
});
