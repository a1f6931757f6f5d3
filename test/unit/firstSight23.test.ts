/**
 * The rules made after the first sight of held-out set 23 (a debate article and its reply; a
 * federation's anniversary timeline), each with a case where it must fire and one where it must
 * not. Made-up federations, figures and words.
 */
import { describe, expect, it } from "vitest";
import { withoutHeadingMarks } from "../../loaders/extract/text/headingMarks.ts";
import { type AnyFact } from "../helpers.ts";
import { extractDocumentLines } from "../support/manifestEntry.ts";

/** The whole extraction, as the CLI runs it: the reading text, every reader, the gates. */
const read = (lines: string[], year = 2025) => extractDocumentLines({ year }, lines).facts as AnyFact[];
const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count" || f.table === "participant_breakdown" || f.table === "indicator")
    .map((f) => `${f.year} ${f.measure ?? f.category ?? f.indicator}/${f.gender ?? ""}=${f.value}`);

describe("a count running text states twice with two values", () => {
  const DEBATE = [
    "Samordningsförbundet Gransjön",
    "",
    "Insändare: Vad får vi för pengarna?",
    "Enligt mina beräkningar deltog 233 personer i förbundets insatser under året, men bara 8 av dem fick ett jobb.",
    "",
    "Svar från förbundets ordförande",
    "Under 2025 deltog 187 personer i förbundets insatser, varav 101 kvinnor och 86 män.",
  ];

  it("keeps the value its own gender split adds up to, and neither the other nor its sentence's figures", () => {
    const got = counts(read(DEBATE));
    expect(got.filter((c) => c.startsWith("2025 enrolled/all"))).toEqual(["2025 enrolled/all=187"]);
    expect(got).toEqual(expect.arrayContaining(["2025 enrolled/woman=101", "2025 enrolled/man=86"]));
    expect(got).not.toContain("2025 work/=8");
  });

  it("stores neither value where no sum settles which is the count", () => {
    const unsettled = DEBATE.map((l) => l.replace(", varav 101 kvinnor och 86 män", ""));
    expect(counts(read(unsettled)).filter((c) => c.startsWith("2025 enrolled/all"))).toEqual([]);
  });

  it("keeps a whole and leaves out its part named after 'varav' as the same figure", () => {
    const lines = [
      DEBATE[0]!,
      "",
      "Resultat",
      "Av de 64 som avslutade insatserna gick 23 till arbete, varav 7 till en anställning med lönestöd.",
    ];
    const got = counts(read(lines));
    expect(got).not.toContain("2025 work/=7");
  });

  it("stores a count stated twice with the same value once, and lets a hedged restatement be", () => {
    const same = [...DEBATE.slice(0, 2), "Förbundets insatser hade 187 deltagare under året.", "", DEBATE[6]!];
    expect(counts(read(same))).toContain("2025 enrolled/all=187");
    const hedged = [
      ...DEBATE.slice(0, 2),
      "Förbundets insatser hade ett knappt tvåhundratal deltagare under året.",
      "",
      DEBATE[6]!,
    ];
    expect(counts(read(hedged))).toContain("2025 enrolled/all=187");
  });
});

describe("a timeline's entries headed by their years, each heading marked by a bar", () => {
  const TIMELINE = [
    "Samordningsförbundet Gransjön",
    "Tio år av samverkan",
    "",
    "▌2024",
    "Förbundets insatser hade 241 deltagare. 104 avslutade en insats.",
    "",
    "▌2025 – året med nya lokaler",
    "Under året avslutade 118 deltagare sin insats i förbundets insatser.",
    "",
    "▌Sedan starten",
    "Totalt har 2 430 personer deltagit i förbundets insatser.",
  ];

  it("takes the bar away from a short heading, never from a line of running text", () => {
    expect(withoutHeadingMarks(["▌2024", "▌ Sedan starten", "▌Hon sa att allt gick bra."])).toEqual([
      "2024",
      "Sedan starten",
      "▌Hon sa att allt gick bra.",
    ]);
    expect(withoutHeadingMarks(["Ingen markering här"])).toBeUndefined();
  });

  it("reads each entry as its heading's year, and nothing under a heading of the years since the start", () => {
    const got = counts(read(TIMELINE));
    expect(got).not.toContain("2025 enrolled/all=241");
    expect(got).not.toContain("2025 exited/all=104");
    expect(got).not.toContain("2025 enrolled/all=2430");
    expect(got).toContain("2025 exited/all=118");
  });
});

describe("the review's counter-examples (must not fire)", () => {
  const report = (...body: string[]) => ["Samordningsförbundet Brännmo", "Årsredovisning 2025", "", ...body];

  it("reads 'det här året' as the report's year, never the year the sentence before names", () => {
    const got = counts(
      read(
        report(
          "Förvaltningsberättelse",
          "",
          "År 2024 hade förbundets insatser 130 deltagare.",
          "Det här året hade förbundets insatser 152 deltagare, varav 80 kvinnor och 72 män.",
        ),
      ),
    );
    expect(got).toEqual(expect.arrayContaining(["2024 enrolled/all=130", "2025 enrolled/all=152"]));
    expect(got).not.toContain("2024 enrolled/all=152");
  });

  it("dates no bracket of a table's 'antal (andel)' rows past the declaration's own block", () => {
    const got = counts(
      read(
        report(
          "Året i korthet (2024 inom parentes)",
          "Under året deltog 152 (130) personer i förbundets insatser.",
          "",
          "Avslutade deltagare, antal (andel i procent)",
          "Avslutade totalt                 61 (100)",
          "Avslutade till arbete            24 (39)",
        ),
      ),
    );
    expect(got.some((c) => c.endsWith("=100"))).toBe(false);
  });

  it("keeps an intervention's own figures under its 'ur årsredovisningen' subheading", () => {
    const got = counts(
      read(
        report(
          "Insats Steget",
          "Steget är en arbetsträningsinsats för unga vuxna.",
          "",
          "Siffror ur årsredovisningen",
          "Under året hade 45 personer deltagit, varav 20 kvinnor och 25 män.",
        ),
      ),
    );
    expect(got).not.toContain("2025 enrolled/all=45");
  });

  it("stores no rival count from the settled count's own line", () => {
    const got = counts(
      read([
        "Samordningsförbundet Gransjön",
        "",
        "Svar från förbundets ordförande",
        "Insändaren skriver att 233 personer deltog i förbundets insatser under 2025. Det stämmer inte: under 2025 deltog 187 personer i förbundets insatser, varav 101 kvinnor och 86 män.",
      ]),
    );
    expect(got).not.toContain("2025 enrolled/all=233");
  });

  it("reads a year alone between blank lines as no heading, and the year's figures under a heading naming both the start and the year", () => {
    expect(
      counts(
        read(
          report(
            "Deltagare",
            "",
            "2024",
            "",
            "Under året deltog 152 personer i förbundets insatser, varav 80 kvinnor och 72 män.",
          ),
        ),
      ),
    ).toContain("2025 enrolled/all=152");
    expect(
      counts(
        read(
          report(
            "Förbundets deltagare sedan starten och under året",
            "Under 2025 deltog 152 personer i förbundets insatser, varav 80 kvinnor och 72 män.",
          ),
        ),
      ),
    ).toContain("2025 enrolled/all=152");
  });
});
