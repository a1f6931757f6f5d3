/**
 * Rules of stop 42's third-wave minutes helper (made-up federations and figures): a Markdown heading over a
 * minutes item on the own annual report, a count leaving "insatsen" (each their own), a body returning to
 * the item at a later meeting (postponed).
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import { classifyOutcome } from "../../loaders/extract/minutes/readDecisions.ts";
import { altTextFigures } from "../../loaders/extract/text/altTextFigures.ts";
import { englishLine } from "../../loaders/extract/text/englishText.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";
import { documentFacts } from "../support/manifestEntry.ts";

describe("a Markdown heading over a minutes item on the own annual report", () => {
  const scopeAt = (heading: string) => {
    const doc = new DocumentText(
      "morvik/2025-minutes",
      [
        "# Protokoll, styrelsen för Samordningsförbundet Morvik",
        "",
        "### § 7 Val av justerare",
        "Ordföranden valdes.",
        "",
        heading,
        "Totalt deltog 212 personer, 120 kvinnor och 92 män.",
        "",
        "### § 9 Övrigt",
      ],
      2024,
    );
    return scopeByLine(doc)[7]!.kind;
  };
  it("retells the federation's year, at any heading level", () => {
    expect(scopeAt("### § 8 Årsredovisning 2024")).toBe("federation");
    expect(scopeAt("# §8. Fastställande av årsredovisning för 2024")).toBe("federation");
  });
  it("must NOT give the federation an item naming someone after the report, or a heading that is no item", () => {
    expect(scopeAt("### § 8 Årsredovisning 2024 – Kliv framåt")).not.toBe("federation");
    expect(scopeAt("### Bilaga till § 8")).not.toBe("federation");
  });
  it("reads the item's participants through the whole extraction", () => {
    const facts = documentFacts({ federation: "morvik", kind: "board_minutes", date: "2025-03-12" }, [
      "# Protokoll från styrelsens sammanträde 12 mars 2025",
      "",
      "## § 4 Bokslut och årsredovisning 2024",
      "Kansliet redogjorde för året. Under året var 212 personer inskrivna, 120 kvinnor och 92 män.",
      "",
      "Styrelsen beslutar att godkänna årsredovisningen.",
      "",
      "## § 5 Ansökan om medel – Kliv framåt",
      "Kliv framåt har haft 31 deltagare under hösten.",
      "Styrelsen beslutar att bevilja ansökan.",
    ]);
    const counts = countsOf(facts);
    expect(counts).toContain("förbundet:enrolled/all=212");
    expect(counts).toContain("förbundet:enrolled/woman=120");
    // The next item's intervention is no part of the report.
    expect(counts).not.toContain("förbundet:enrolled/all=31");
  });
});

describe("a count leaving 'insatsen' in the federation's summary", () => {
  const report = (sentence: string) =>
    countsOf(extractReport(["Samordningsförbundet Ravik", "", "Året i siffror", "", sentence, ""], "ravik", 2024));
  it("is each participant's own intervention: the federation's count", () => {
    const counts = report("Under 2024 deltog 88 personer; 30 var nya och 25 avslutade insatsen.");
    expect(counts).toContain("förbundet:enrolled/all=88");
    expect(counts).toContain("förbundet:exited/all=25");
  });
  it("must NOT give the federation a sentence that names one intervention besides", () => {
    const counts = report("Under 2024 deltog 40 personer i insatsen och 12 avslutade insatsen.");
    expect(counts).not.toContain("förbundet:enrolled/all=40");
    expect(counts).not.toContain("förbundet:exited/all=12");
    const project = report("Projektet hade 52 deltagare under 2024 och 19 avslutade projektet.");
    expect(project).not.toContain("förbundet:enrolled/all=52");
  });
});

describe("a body returning to the item at a later meeting", () => {
  it("is postponed", () => {
    expect(classifyOutcome("Styrelsen beslutar att återkomma i ärendet vid nästa sammanträde.")).toBe("postponed");
    expect(classifyOutcome("Direktionen återkommer till frågan på kommande möte.")).toBe("postponed");
  });
  it("must NOT take a task to come back with a proposal, or a sub-question, for a postponement", () => {
    expect(
      classifyOutcome(
        "Styrelsen beslutar att uppdra åt förbundschefen att återkomma med ett förslag vid nästa sammanträde.",
      ),
    ).not.toBe("postponed");
    expect(
      classifyOutcome(
        "Styrelsen beslutar att bevilja ansökan och att återkomma i frågan om uppföljning vid nästa möte.",
      ),
    ).not.toBe("postponed");
  });
});

describe("a picture's alternative text", () => {
  it("says a big number and its quoted words as the sentence the picture shows", () => {
    const out = altTextFigures([
      "[Bild 3/6] Alt-text: En stor siffra 84 och texten «nya deltagare under året».",
      "[Bild 4/6] Alt-text: Talet 1 204 med orden “besök i vår öppna verksamhet”.",
      "   Ovanför: “Vårt år i korthet”",
    ])!;
    expect(out[0]!.trim()).toBe("84 nya deltagare under året.");
    expect(out[1]!.trim()).toBe("1 204 besök i vår öppna verksamhet.");
    expect(out[2]!.trim()).toBe("Vårt år i korthet");
  });
  it("reads the counts of a carousel through the whole extraction", () => {
    const counts = countsOf(
      extractReport(
        [
          "samordningsforbundet_ravik · Bildspel (4 bilder)",
          "",
          '[Bild 1/4] Alt-text: Rubrik "Vårt 2024" med förbundets logga.',
          '[Bild 2/4] Alt-text: Stor siffra 248 och texten "personer deltog i våra insatser".',
          '           Under: "131 kvinnor · 117 män".',
        ],
        "ravik",
        2024,
      ),
    );
    expect(counts).toContain("förbundet:enrolled/all=248");
    expect(counts).toContain("förbundet:enrolled/woman=131");
  });
  it("must NOT reword a number's description outside an alt-text, or words that are not quoted", () => {
    expect(altTextFigures(['Siffran 84 och texten "nya deltagare" visas på skärmen.'])).toBeUndefined();
    expect(altTextFigures(["Alt-text: Siffran 84 och texten om våra nya lokaler."])![0]!.trim()).toBe(
      "Siffran 84 och texten om våra nya lokaler.",
    );
    // A line not indented under the lead is no part of its description.
    expect(altTextFigures(["Alt-text: Ett foto.", 'Under: "12 kvinnor"'])![1]).toBe('Under: "12 kvinnor"');
  });
});

describe("an English page's parts, contributions and a dash as minus", () => {
  const PAGE = [
    "# About us – Korpmo Coordination Association",
    "",
    "Samordningsförbundet Korpmo is a coordination association. Our members are Korpmo municipality,",
    "Region Ålmark, the Swedish Social Insurance Agency and the Swedish Public Employment Service.",
    "",
    "| Member                  | Contribution 2024 (SEK) |",
    "|-------------------------|------------------------:|",
    "| The state               | 3,000,000 |",
    "| Region Ålmark           | 1,500,000 |",
    "| Korpmo municipality     | 1,500,000 |",
    "",
    "## 2024 in figures",
    "",
    "- **410** people took part in our interventions (230 women, 180 men)",
    "- **140** of them were new in 2024",
    "- Result for the year: SEK –212,300",
    "",
  ];
  const facts = documentFacts({ federation: "korpmo", year: 2024, title: "About us" }, PAGE);
  it("reads a part 'of them', the members' contributions and a negative result", () => {
    expect(countsOf(facts)).toContain("förbundet:new/all=140");
    const fees = facts.filter((f) => f.table === "member_contribution").map((f) => `${f.member} ${f.amount_sek}`);
    expect(fees).toContain("Region Ålmark 1500000");
    const result = facts.filter((f) => f.table === "finance" && f.item === "result").map((f) => f.amount_sek);
    expect(result).toEqual([-212300]);
  });
  it("writes 'SEK –212,300' as a negative amount, and never a dash that is no sign", () => {
    expect(englishLine("Result for the year: SEK –212,300")).toContain("–212 300 kr");
    expect(englishLine("SEK – see the table below")).not.toMatch(/kr/);
  });
  it("must NOT take a member's contribution to one intervention for its fee", () => {
    const other = documentFacts({ federation: "korpmo", year: 2024, title: "About us" }, [
      ...PAGE.slice(0, 5),
      "In 2024 the region's contribution to the project Steget was SEK 300,000.",
      "",
    ]);
    expect(other.filter((f) => f.table === "member_contribution")).toEqual([]);
  });
});
