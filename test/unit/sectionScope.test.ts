import { describe, expect, it } from "vitest";
import { isHeading, scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { docOf } from "../helpers.ts";

describe("Markdown headings", () => {
  const summary = [
    "# Samordningsförbundet Ängby",
    "",
    "## Året i siffror 2024",
    "",
    "### Deltagare och resultat",
    "",
    "- 41 deltagare avslutade sin insats under året.",
    "",
    "### Insatsen Trappan",
    "",
    "- 12 deltagare avslutade sin insats under året.",
  ];

  it("reads a heading marked with # as a heading and opens its scope", () => {
    const doc = docOf(summary);
    expect(isHeading(doc, 5)).toBe(true);
    const scopes = scopeByLine(doc);
    expect(scopes[6]).toMatchObject({ kind: "federation" });
    expect(scopes[10]).toMatchObject({ kind: "intervention", name: "Trappan" });
  });

  it("binds a bullet under a summary heading to the federation, and one under an intervention's to it", () => {
    const facts = parseProseFigures(docOf(summary)).facts;
    expect(facts).toContainEqual(
      expect.objectContaining({ line: 7, measure: "exited", value: 41, intervention: null }),
    );
    expect(facts).toContainEqual(expect.objectContaining({ line: 11, value: 12, intervention: "Trappan" }));
    expect(facts).not.toContainEqual(expect.objectContaining({ value: 12, intervention: null }));
  });

  it("does not take a hash that is not a heading marker for one", () => {
    // "#2" without a space is a number sign, and a hashtag line is not a heading.
    const doc = docOf(["Text före.", "", "#2 Deltagare", "", "#finsam Deltagare", "", "41 deltagare avslutade."]);
    expect(isHeading(doc, 3)).toBe(false);
    expect(isHeading(doc, 5)).toBe(false);
    expect(scopeByLine(doc)[6]).toMatchObject({ kind: "unknown" });
  });

  it("reads a line set in bold on its own as a heading, but not a bold phrase inside a sentence", () => {
    const doc = docOf([
      "**Året i siffror**",
      "",
      "41 deltagare avslutade sin insats under året.",
      "",
      "**Insatsen Trappan**",
      "",
      "12 deltagare avslutade sin insats.",
      "",
      "Vi nådde **inte** målet för 2024.",
    ]);
    expect(isHeading(doc, 1)).toBe(true);
    expect(isHeading(doc, 9)).toBe(false);
    const scopes = scopeByLine(doc);
    expect(scopes[2]).toMatchObject({ kind: "federation" });
    expect(scopes[6]).toMatchObject({ kind: "intervention", name: "Trappan" });
  });
});

describe("a table's header laid out in columns", () => {
  const table = (row: string) =>
    docOf([
      "Insatserna under året",
      "",
      "Insats               Typ        Deltagare   Avslutade   Kostnad, kr",
      row,
      "  Vägen vidare       individ           40          22       610 000",
    ]);

  it("is no intervention's heading, even when a total row leaves its text column empty", () => {
    const doc = table("Summa insatser                         40          22       610 000");
    expect(isHeading(doc, 3)).toBe(false);
    expect(scopeByLine(doc)[3]).not.toMatchObject({ kind: "intervention" });
  });

  it("is no intervention's heading when no row below gives two numbers ('Insats  Period  Belopp')", () => {
    const doc = docOf([
      "Finansiering av insatser",
      "Insats            Period       Belopp",
      "Bryggan           2024–2026    3 600 000",
      "",
      "Under året deltog 102 personer, varav 60 kvinnor och 42 män.",
    ]);
    expect(scopeByLine(doc).some((s) => s.kind === "intervention")).toBe(false);
  });

  it("still opens an intervention's section for a heading of one run of words (must not fire)", () => {
    const doc = docOf(["Insats Vägen vidare", "", "Insatsen hade 40 deltagare under året."]);
    expect(scopeByLine(doc)[2]).toMatchObject({ kind: "intervention", name: "Vägen vidare" });
  });

  it("names the intervention without a summary's words after it ('Projektet Ny start i siffror')", () => {
    const doc = docOf(["Projektet Ny start i siffror", "", "Projektet hade 40 deltagare under året."]);
    expect(scopeByLine(doc)[2]).toMatchObject({ kind: "intervention", name: "Ny start" });
    // Must not fire: a name that merely ends on a word like them keeps it.
    const plain = docOf(["Projektet Tal och språk", "", "Projektet hade 40 deltagare under året."]);
    expect(scopeByLine(plain)[2]).toMatchObject({ kind: "intervention", name: "Tal och språk" });
  });
});

describe("an intervention's subheading right under a heading", () => {
  const lines = (sub: string) => [
    "Årsredovisning 2024",
    "",
    "Verksamhet 2024",
    sub,
    "Steget tog emot 58 deltagare under året, varav 34 kvinnor.",
    "",
  ];
  it("opens the intervention's section though no blank line stands between (must fire)", () => {
    const scopes = scopeByLine(docOf(lines("Insatsen Steget (alla fyra kommunerna)")));
    expect(scopes[4]).toMatchObject({ kind: "intervention", name: "Steget" });
  });
  it("leaves a line that names no intervention as such in the heading's section (must not fire)", () => {
    const doc = docOf(lines("Steget och Navet i samverkan"));
    expect(isHeading(doc, 4)).toBe(false);
    expect(scopeByLine(doc)[4]).toMatchObject({ kind: "federation" });
  });
});

describe("a heading's bracketed note that it counts every intervention", () => {
  const mail = (heading: string) => [
    "Här kommer årets siffror inför mötet med styrelsen.",
    "",
    heading,
    "- inskrivna: 204 personer, 110 kvinnor och 94 män",
    "- avslutade: 87",
  ];

  it("scopes the lines under 'Deltagare 2024 (alla insatser, förbundet totalt):' to the federation", () => {
    const doc = docOf(mail("Deltagare 2024 (alla insatser, förbundet totalt):"));
    expect(scopeByLine(doc)[3]).toMatchObject({ kind: "federation" });
    const facts = parseProseFigures(doc).facts;
    expect(facts).toContainEqual(expect.objectContaining({ measure: "enrolled", value: 204, intervention: null }));
    expect(facts).toContainEqual(expect.objectContaining({ measure: "exited", value: 87, intervention: null }));
  });

  it("leaves a heading with a bracket that names no whole ('Deltagare 2024 (Steget, Lyftet):') unscoped", () => {
    const doc = docOf(mail("Deltagare 2024 (Steget, Lyftet):"));
    expect(scopeByLine(doc)[3]).toMatchObject({ kind: "unknown" });
    expect(parseProseFigures(doc).facts.filter((f) => "value" in f && f.value === 204)).toEqual([]);
  });

  it("does not take 'alla insatser' outside brackets for the note ('Deltagare i alla insatser i Vindås')", () => {
    const doc = docOf(mail("Deltagare i alla insatser i Vindås kommun:"));
    expect(scopeByLine(doc)[3]).not.toMatchObject({ kind: "federation" });
  });
});

describe("a sentence after one about all the interventions, inside an intervention's section", () => {
  const section = (opening: string) => [
    "Insatser",
    "",
    "Insatsen Trappsteget",
    `${opening} Under året avslutades 23 deltagare.`,
  ];

  it("is no longer the intervention's: 'Samtliga individinriktade insatser: 90 deltagare. Under året avslutades 23 …'", () => {
    const facts = parseProseFigures(docOf(section("Samtliga individinriktade insatser: 90 deltagare."))).facts;
    // The paragraph opened on all the interventions goes on about them: the federation's.
    expect(
      facts.filter((f) => "value" in f && f.value === 23).map((f) => ("intervention" in f ? f.intervention : "?")),
    ).toEqual([null]);
  });

  it("stays the intervention's after a sentence about it ('Trappsteget hade 40 deltagare.')", () => {
    const facts = parseProseFigures(docOf(section("Trappsteget hade 40 deltagare."))).facts;
    expect(facts).toContainEqual(
      expect.objectContaining({ measure: "exited", value: 23, intervention: "Trappsteget" }),
    );
  });
});

describe("a header ruled off by dashes", () => {
  it("is a table's header, not a heading naming an intervention, whatever the rows hold", () => {
    const doc = docOf([
      "Bilaga 2",
      "",
      "Insats            Mått                     Kön      År     Värde",
      "----------------  -----------------------  -------  -----  -----",
      "Vägen vidare      Inskrivna                Alla     2024      61",
      "Vägen vidare      Avslutade                Alla     2024      25",
    ]);
    expect(isHeading(doc, 3)).toBe(false);
    expect(scopeByLine(doc)[4]).not.toMatchObject({ kind: "intervention" });
  });

  it("leaves a one-run heading underlined by a rule a heading", () => {
    const doc = docOf(["", "Insatsen Vägen vidare", "=====================", "", "Under året deltog 61 personer."]);
    expect(isHeading(doc, 2)).toBe(true);
  });
});

describe("a numbered heading about the participants' flow", () => {
  it("is the federation's where it names no one", () => {
    const doc = docOf([
      "Samordningsförbundet Ö",
      "",
      "2. Deltagarflödet under 2024",
      "",
      "Under året deltog 120 personer.",
    ]);
    expect(scopeByLine(doc)[4]).toMatchObject({ kind: "federation" });
    const where = docOf(["Samordningsförbundet Ö", "", "3. Vart deltagarna gick efter avslut", "", "Text."]);
    expect(scopeByLine(where)[4]).toMatchObject({ kind: "federation" });
  });

  it("is not the federation's where it names a project or anyone else", () => {
    const doc = docOf([
      "Samordningsförbundet Ö",
      "",
      "2. Deltagarflödet i projektet",
      "",
      "Under året deltog 40 personer.",
    ]);
    expect(scopeByLine(doc)[4]).not.toMatchObject({ kind: "federation" });
    const named = docOf([
      "Samordningsförbundet Ö",
      "",
      "2. Deltagare i Brobygget",
      "",
      "Under året deltog 40 personer.",
    ]);
    expect(scopeByLine(named)[4]).not.toMatchObject({ kind: "federation" });
  });
});

describe("a heading on the participants' flow", () => {
  const report = (heading: string) => [
    "Samordningsförbundet Rönnvik",
    "Verksamhetsberättelse 2024",
    "",
    heading,
    "Under året skrevs 64 personer in.",
  ];

  it("scopes the lines under 'Deltagarflödet under året' to the federation, as 'Deltagare under året' is", () => {
    expect(scopeByLine(docOf(report("Deltagarflödet under året")))[4]).toMatchObject({ kind: "federation" });
  });

  it("takes 'Deltagare per kvartal' as the same topic, broken down by quarter", () => {
    expect(scopeByLine(docOf(report("Deltagare per kvartal")))[4]).toMatchObject({ kind: "federation" });
  });

  it("keeps a flow heading naming someone out ('Deltagarflöde i Bryggan')", () => {
    expect(scopeByLine(docOf(report("Deltagarflöde i Bryggan")))[4]).not.toMatchObject({ kind: "federation" });
  });
});

describe("a table's label title and a column's heading a wide gap apart", () => {
  const report = (line: string) => [
    "Samordningsförbundet Rönnvik",
    "Årsredovisning 2024",
    "",
    "Förbundets ekonomi",
    "",
    line,
    "Bryggan                     1 210",
    "",
    "Intäkter 2024 var 6 300 tkr.",
  ];

  it("reads 'Insats        tkr' as a table's header, never an intervention named 'tkr'", () => {
    const scopes = scopeByLine(docOf(report("Insats                      tkr")));
    expect(scopes[8]).not.toMatchObject({ kind: "intervention" });
    expect(isHeading(docOf(report("Insats                      tkr")), 6)).toBe(false);
  });

  it("still opens an intervention's section under 'Insats Bryggan'", () => {
    const doc = docOf([
      "Samordningsförbundet Rönnvik",
      "Årsredovisning 2024",
      "",
      "Insats Bryggan",
      "",
      "Under året deltog 40 personer.",
    ]);
    expect(scopeByLine(doc)[5]).toMatchObject({ kind: "intervention" });
  });

  it("keeps the exits' heading above an exit table's header 'Avslutsorsak      Antal'", () => {
    const doc = docOf([
      "Samordningsförbundet Rönnvik",
      "Årsredovisning 2024",
      "",
      "Vart gick deltagarna efter avslut?",
      "",
      "Avslutsorsak                 Antal",
      "Arbete                          18",
      "Studier                          7",
    ]);
    expect(isHeading(doc, 6)).toBe(false);
    expect(scopeByLine(doc)[6]).toMatchObject({ kind: "federation" });
  });

  it("still takes 'Orsaker till avslut' set alone as a heading (must not fire)", () => {
    const doc = docOf(["Samordningsförbundet Rönnvik", "Årsredovisning 2024", "", "Orsaker till avslut", "", "Text."]);
    expect(isHeading(doc, 4)).toBe(true);
  });
});
