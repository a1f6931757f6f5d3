/**
 * Shapes of running text from the p35 probes, in made-up federations' words. Each rule has a case
 * where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { namesPartOfYear } from "../../loaders/extract/general/partYear.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { withoutChangeClauses } from "../../loaders/extract/general/comparisonClauses.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[], year: number) => new DocumentText("vindmo/2025-annual-report", lines, year);
const head = (year: number) => ["Samordningsförbundet Vindmo", `Verksamhetsberättelse ${year}`, ""];
/** Participant figures read from running text, as "year:measure/gender=value" or "year:category=value". */
const figures = (lines: string[], year = 2025) =>
  (parseProseFigures(doc([...head(year), ...lines], year)).facts as AnyFact[]).map((f) =>
    f.table === "participant_count"
      ? `${f.year}:${f.measure}/${f.gender}=${f.value}`
      : f.table === "participant_breakdown"
        ? `${f.year}:${f.category}=${f.value}`
        : `${f.table}:${f.year}:${f.value}`,
  );

describe("a sum opening a sentence after one dated by an earlier year ('Under 2024 … Totalt deltog …')", () => {
  it("dates the sum, and a sentence pointing back at it, by that year (must fire)", () => {
    const out = figures([
      "Debatt",
      "Under 2023 öppnade förbundet en ny mötesplats i Vindby. Sammanlagt tog insatserna emot 318 deltagare,",
      "varav 170 kvinnor och 148 män. Av dessa gick 41 till arbete.",
    ]);
    expect(out).toContain("2023:enrolled/all=318");
    expect(out).toContain("2023:enrolled/woman=170");
    expect(out).toContain("2023:work=41");
    expect(out.filter((f) => f.startsWith("2025:"))).toEqual([]);
  });

  it("leaves the sum the report's where it names a time of its own or the sentence before names none (must not fire)", () => {
    const own = figures([
      "Debatt",
      "Under 2023 öppnade förbundet en ny mötesplats i Vindby. Totalt under året deltog 318 personer i förbundets insatser.",
    ]);
    expect(own).not.toContain("2023:enrolled/all=318");
    const none = figures([
      "Debatt",
      "Förbundet fick en ny styrelse. Totalt deltog 318 personer i förbundets insatser.",
    ]);
    expect(none).toEqual(["2025:enrolled/all=318"]);
    // Two years in the sentence before: no one year to carry.
    const two = figures([
      "Debatt",
      "Året 2023 gav ett överskott och under 2024 använde vi en del av det. Totalt deltog 318 personer i förbundets insatser.",
    ]);
    expect(two).not.toContain("2023:enrolled/all=318");
    expect(two).not.toContain("2024:enrolled/all=318");
  });
});

describe("the year so far said as 'I år har vi hittills …'", () => {
  it("is a part of the year (must fire)", () => {
    expect(namesPartOfYear("I år har vi hittills skrivit in 52 nya deltagare.")).toBe(true);
    expect(figures(["Läget nu", "I år har förbundet hittills tagit emot 52 nya deltagare."])).toEqual([]);
  });
  it("is not where 'i år' stands alone, or 'hittills' is about the history (must not fire)", () => {
    expect(namesPartOfYear("I år hade förbundet 52 nya deltagare.")).toBe(false);
    expect(namesPartOfYear("Det är det högsta antalet hittills.")).toBe(false);
  });
});

describe("a gender's count in a sentence of its own after the whole ('Sextio var män.', 'Kvinnorna var 70 och männen 60.')", () => {
  it("splits the count just before (must fire)", () => {
    const plain = ["Deltagare", "Under 2025 fick 130 personer stöd. Sjuttio av dem var kvinnor. Sextio var män."];
    expect(figures(plain)).toEqual(["2025:enrolled/all=130", "2025:enrolled/woman=70", "2025:enrolled/man=60"]);
    const named = ["Deltagare", "Under 2025 deltog 130 personer, varav 41 nya. Kvinnorna var 70 och männen 60."];
    expect(figures(named)).toContain("2025:enrolled/woman=70");
    expect(figures(named)).toContain("2025:enrolled/man=60");
    const back = ["Deltagare", "Under 2025 fick 130 personer stöd. Av dem var 70 kvinnor. 60 var män."];
    expect(figures(back)).toContain("2025:enrolled/man=60");
  });
  it("splits nothing larger than the count, or a pair that does not add up to one count (must not fire)", () => {
    expect(figures(["Deltagare", "Under 2025 fick 50 personer stöd. Sextio var män."])).toEqual([
      "2025:enrolled/all=50",
    ]);
    const off = figures(["Deltagare", "Under 2025 deltog 130 personer. Kvinnorna var 75 och männen 60."]);
    expect(off.filter((f) => f.includes("woman") || f.includes("man="))).toEqual([]);
  });
});

describe("a FAQ answer after a dash that opens on its count and leaves the verb out", () => {
  const page = (answer: string) => [
    "Vanliga frågor",
    "",
    "Vad gör förbundet?",
    "– Vi finansierar samverkan mellan myndigheterna.",
    "",
    "Hur många deltog i förbundets insatser 2025?",
    answer,
    "",
    "Kan jag söka själv?",
    "– Nej, du behöver en remiss.",
  ];
  it("reads the count as the question asks it, with the answer's parts (must fire)", () => {
    expect(figures(page("– 143 personer, varav 52 började under året."))).toEqual([
      "2025:enrolled/all=143",
      "2025:new/all=52",
    ]);
  });
  it("reads no count from a dash answer to a question not about how many (must not fire)", () => {
    const other = page("– 143 personer, varav 52 började under året.").map((l) =>
      l.startsWith("Hur många") ? "Hur gick det för deltagarna i förbundets insatser?" : l,
    );
    expect(figures(other)).not.toContain("2025:enrolled/all=143");
  });
});

describe("a section headed by an earlier year alone ('2024' / 'Visa mer' / 'Under året …')", () => {
  it("dates the section's figures by its heading (must fire)", () => {
    const out = figures([
      "Resultat år för år",
      "",
      "2025",
      "Visa mer",
      "Under året tog insatserna emot 161 deltagare.",
      "Visa mindre",
      "",
      "2024",
      "Visa mer",
      "Under året tog insatserna emot 149 deltagare. 57 personer avslutades.",
      "Visa mindre",
    ]);
    expect(out).toEqual(["2025:enrolled/all=161", "2024:enrolled/all=149", "2024:exited/all=57"]);
  });
  it("dates nothing by a later year's heading, or a heading with more than the year (must not fire)", () => {
    const later = figures(["Resultat", "", "2026", "Under året tog insatserna emot 170 deltagare."]);
    expect(later).toEqual([]);
    const more = figures(["Resultat", "", "Mål för 2024", "Under året tog insatserna emot 170 deltagare."]);
    expect(more.filter((f) => f.startsWith("2024:"))).toEqual([]);
  });
});

describe("a sentence opening on one member, named or numbered ('- Kommun 1: 71 deltagare, varav 30 nya')", () => {
  it("stores none of its figures as the federation's (must fire)", () => {
    const out = figures([
      "Deltagare",
      "Förbundets insatser hade 150 deltagare under 2025. Per kommun:",
      "",
      "- Kommun 1: 64 deltagare, varav 25 nya",
      "- Kommun B: 52 deltagare, varav 19 nya",
      "- Vindby kommun: 34 deltagare, varav 11 nya",
      "",
      "I Kommun 2 var andelen nya 37 procent. Medlem 3 hade 12 nya deltagare.",
    ]);
    expect(out).toEqual(["2025:enrolled/all=150"]);
  });
  it("keeps the federation's count where the members are only its parts (must not fire)", () => {
    const out = figures(["Deltagare", "Förbundets insatser hade 150 deltagare under 2025, varav 64 i Kommun 1."]);
    expect(out).toContain("2025:enrolled/all=150");
    expect(out).not.toContain("2025:enrolled/all=64");
  });
});

describe("a change's starting level with its earlier year ('ökade från 29 procent 2024 till 35 procent 2025')", () => {
  it("is blanked, leaving the year's level to be read (must fire)", () => {
    const s = "Andelen till arbete eller studier ökade från 29 procent 2024 till 35 procent 2025.";
    const out = withoutChangeClauses(s, 2025)!;
    expect(out).toHaveLength(s.length);
    expect(out).not.toContain("29");
    expect(out).toContain("till 35 procent 2025");
    const read = readSentence(out, { year: 2025 });
    expect([...read.figures, ...read.baseless].map((f) => f.token.value)).toEqual([35]);
  });
  it("is kept with no year, or a year not before the report's (must not fire)", () => {
    expect(withoutChangeClauses("Andelen ökade från 29 procent till 35 procent.", 2025)).toBeUndefined();
    expect(withoutChangeClauses("Andelen ökade från 29 procent 2025 till 35 procent 2026.", 2025)).toBeUndefined();
  });
});

describe("a count split by place after a colon (': i Åkerby 40, i Lidvik 33 …')", () => {
  const places = (head: string) =>
    figures(["Verksamheten", `${head}: i Vindby 40, i Moträsk 33 och i Ekeby 18. Av de 91 gick 22 till arbete.`]);
  it("judges the head without the places, and stores no place's count (must fire)", () => {
    expect(places("Under året avslutade 91 deltagare sin insats")).toEqual(["2025:exited/all=91", "2025:work=22"]);
  });
  it("leaves a colon before anything but places alone, and never stores a place (must not fire)", () => {
    const out = figures(["Verksamheten", "Under året avslutade 91 deltagare sin insats: Vindby stod för flest."]);
    expect(out).not.toContain("2025:exited/all=40");
    expect(places("Under året avslutade 91 deltagare sin insats").filter((f) => /=(40|33|18)$/.test(f))).toEqual([]);
  });
});

describe("both genders with a verb each ('55 av dem var kvinnor och 47 var män.')", () => {
  it("splits the count just before (must fire)", () => {
    const out = figures([
      "Deltagare",
      "Under 2025 avslutades 102 deltagare i förbundets insatser.",
      "55 av dem var kvinnor och 47 var män.",
    ]);
    expect(out).toEqual(["2025:exited/all=102", "2025:exited/woman=55", "2025:exited/man=47"]);
  });
  it("splits nothing that does not add up to it (must not fire)", () => {
    const out = figures([
      "Deltagare",
      "Under 2025 avslutades 102 deltagare i förbundets insatser.",
      "55 av dem var kvinnor och 40 var män.",
    ]);
    expect(out).toEqual(["2025:exited/all=102"]);
  });
});

describe("the year before named in brackets ('Förra året (2024) hade förbundet …')", () => {
  it("dates the sentence by the bracket's year (must fire)", () => {
    expect(figures(["Jämförelse", "Förra året (2024) hade förbundet 152 deltagare."])).toEqual([
      "2024:enrolled/all=152",
    ]);
  });
  it("stores nothing as this year's or last year's where the bracket names another year (must not fire)", () => {
    const out = figures(["Jämförelse", "Förra året (2023) hade förbundet 152 deltagare."]);
    expect(out.filter((f) => f.startsWith("2025:") || f.startsWith("2024:"))).toEqual([]);
  });
});

describe("one gender of the count before it in the same sentence (', och 81 av dem var kvinnor')", () => {
  it("reads the gender's part of that count (must fire)", () => {
    const read = readSentence("Hela 162 personer tog del av förbundets insatser, och 90 av dem var kvinnor.", {
      year: 2025,
    });
    expect(read.figures.map((f) => `${f.kind}:${"gender" in f ? f.gender : ""}=${f.token.value}`)).toEqual([
      "count:all=162",
      "count:woman=90",
    ]);
  });
  it("reads no part larger than the count, nor of staff (must not fire)", () => {
    const larger = readSentence("162 personer tog del av förbundets insatser, och 190 av dem var kvinnor.", {
      year: 2025,
    });
    expect(larger.figures.map((f) => f.token.value)).toEqual([162]);
    const staff = readSentence("Kansliet hade 6 anställda, och 4 av dem var kvinnor.", { year: 2025 });
    expect(staff.figures).toEqual([]);
  });
});
