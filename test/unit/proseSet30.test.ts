/**
 * Shapes of running text from the p30 probes of unseen styles, in made-up federations' words. Each
 * rule has a case where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { figuresAboveLabels } from "../../loaders/extract/text/figuresAboveLabels.ts";
import { blankThreadNumbers } from "../../loaders/extract/text/threadNumbers.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts, type EntryOptions } from "../support/manifestEntry.ts";

const entry: EntryOptions = { federation: "tornvik", title: "Kort om året" };
/** Federation counts the whole extraction stores, as "measure/gender=value@line". */
const extractFromLines = (e: EntryOptions, lines: string[]) =>
  documentFacts(e, lines).flatMap((f) =>
    f.table === "participant_count" && f.intervention === null ? [`${f.measure}/${f.gender}=${f.value}@${f.line}`] : [],
  );

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

describe("an infographic's figures standing above their labels", () => {
  const sheet = [
    "Samordningsförbundet Tornvik",
    "Kort om året 2024",
    "",
    "**208**",
    "deltagare under året",
    "",
    "**117**",
    "kvinnor",
    "",
    "**91**",
    "män",
    "",
    "**84**",
    "personer avslutade sin insats",
    "",
    "**30**",
    "började arbeta eller studera",
  ];

  it("are read as sentences, figure first, one run one paragraph (must fire)", () => {
    const lines = figuresAboveLabels(sheet)!.lines;
    expect(lines).toContain("208 deltagare under året, varav 117 kvinnor och 91 män.");
    const read = extractFromLines(entry, sheet);
    expect(read).toEqual(
      expect.arrayContaining(["enrolled/all=208@4", "enrolled/woman=117@4", "enrolled/man=91@4", "exited/all=84@13"]),
    );
  });

  it("leave page numbers, fewer than three blocks and capitalised labels alone (must not fire)", () => {
    expect(
      figuresAboveLabels([
        "Vi tog emot fler än",
        "",
        "12",
        "fortsätter på nästa sida med en lång rad text om året",
        "",
        "13",
        "slut",
      ]),
    ).toBeUndefined();
    expect(
      figuresAboveLabels([
        "Medlemmarna betalade",
        "",
        "6 250",
        "Försäkringskassan",
        "",
        "3 125",
        "Region Norrbäck",
        "",
        "2 040",
        "Tornvik kommun",
      ]),
    ).toBeUndefined();
  });

  it("a title at a glance scopes the text below it as the federation's, not a title naming an intervention (must not fire)", () => {
    const one = ["Samordningsförbundet Tornvik", "Insatsen Bryggan i siffror 2024", "", ...sheet.slice(3)];
    expect(extractFromLines(entry, one).filter((r) => r.startsWith("enrolled/all"))).toEqual([]);
  });
});

describe("a thread's post numbers", () => {
  const thread = [
    "Samordningsförbundet Tornvik @tornvik",
    "1/5 Årsredovisningen för 2024 är klar. Här kommer året i några inlägg.",
    "",
    "2/5 I förbundets insatser deltog 173 personer under 2024.",
    "",
    "3/5 Av dem avslutade 66 sin insats under året.",
  ];

  it("are blanked where they stand (must fire)", () => {
    const out = blankThreadNumbers(thread)!;
    expect(out[3]).toBe("    I förbundets insatser deltog 173 personer under 2024.");
    expect(out).toHaveLength(thread.length);
  });

  it("are left where fewer than three posts are numbered, or a fraction stands in running text (must not fire)", () => {
    expect(blankThreadNumbers(thread.slice(0, 4))).toBeUndefined();
    expect(
      blankThreadNumbers(["3/4 av deltagarna var kvinnor.", "1/2 av dem var unga.", "2/3 hade arbete."]),
    ).toBeUndefined();
  });
});

describe("a topic heading in a summary at a glance", () => {
  const glance = [
    "Samordningsförbundet Tornvik",
    "Året i siffror 2024",
    "",
    "84",
    "personer avslutade sin insats",
    "",
    "30",
    "fick arbete",
    "",
    "12",
    "började studera",
    "",
  ];
  it("keeps the federation's scope under a question (must fire)", () => {
    const got = extractFromLines(entry, [
      ...glance,
      "Vart gick de sedan?",
      "",
      "Av de 84 som avslutade gick 9 till arbetssökande.",
      "",
    ]);
    expect(got).toContain("exited/all=84@4");
  });
  it("gives none to a bare name heading (must not fire)", () => {
    const got = extractFromLines(entry, [...glance, "Steget", "", "Under året avslutade 40 personer sin insats.", ""]);
    expect(got.filter((g) => g.startsWith("exited/all=40"))).toEqual([]);
  });
});

describe("a post's everyday words for the year's counts", () => {
  it("read a split opening on its number, new participants who began an insats, and the destinations (must fire)", () => {
    const got = figures([
      "Under året tog förbundets insatser emot 152 personer. 83 var kvinnor och 69 män.",
      "",
      "I förbundets insatser avslutade 64 personer sin insats. 47 personer började en insats under året.",
      "Av de 64 som avslutade gick 20 till arbete och 7 började plugga.",
    ]);
    expect(got).toEqual(
      expect.arrayContaining(["enrolled/woman=83", "enrolled/man=69", "new/all=47", "work=20", "studies=7"]),
    );
  });

  it("leave a split that does not add up, and 'till arbetsmarknadens förfogande' is no work (must not fire)", () => {
    const got = figures(["Under året tog förbundets insatser emot 152 personer. 83 var kvinnor och 79 män."]);
    expect(got.filter((g) => g.includes("/woman") || g.includes("/man"))).toEqual([]);
    const seeking = figures([
      "I förbundets insatser avslutade 64 personer sin insats.",
      "Av de 64 som avslutade stod 12 till arbetsmarknadens förfogande.",
    ]);
    expect(seeking.filter((g) => g.startsWith("work="))).toEqual([]);
  });
});

describe("a fact box headed by a federation's name among other bodies' figures", () => {
  const box = (name: string) => [
    "Kommunens arbetsmarknadsenhet hade 900 inskrivna under 2024.",
    "",
    `Fakta: ${name}`,
    "Deltagare 2024: 150 (varav 81 kvinnor)",
    "Avslutade 2024: 58",
    "",
  ];
  it("is the document's own federation's (must fire)", () => {
    expect(figures(box("Samordningsförbundet Tornvik"))).toEqual(
      expect.arrayContaining(["enrolled/all=150", "enrolled/woman=81", "exited/all=58"]),
    );
  });
  it("is no one's where it names another federation (must not fire)", () => {
    expect(figures(box("Samordningsförbundet Ekmora"))).toEqual([]);
  });
});

describe("a summary of the year's key figures under its own heading", () => {
  const under = (heading: string) => [
    heading,
    "",
    "Deltagare 2024: 212 (120 kvinnor, 92 män)",
    "Nya deltagare: 88",
    "",
  ];
  it("is the federation's (must fire)", () => {
    expect(figures(under("Sammandrag av årets nyckeltal"))).toEqual(
      expect.arrayContaining(["enrolled/all=212", "new/all=88"]),
    );
  });
  it("is not under a heading naming an intervention's key figures (must not fire)", () => {
    expect(figures(["Insatsen Bryggan", "", ...under("Nyckeltal för insatsen")])).not.toContain("enrolled/all=212");
  });
});

describe("'var med i' the federation's interventions", () => {
  it("counts the year's participants (must fire)", () => {
    expect(figures(["127 personer var med i någon av förbundets insatser under året."])).toContain("enrolled/all=127");
  });
  it("is no count of staff or of another year (must not fire)", () => {
    expect(figures(["Året innan, 2023, var 98 personer med i förbundets insatser."])).not.toContain("enrolled/all=98");
    expect(figures(["Sju handläggare var med i förbundets insatser under året."])).toEqual([]);
  });
});

describe("a post dated in the year after the report's", () => {
  it("says 'i fjol' of the report's year (must fire)", () => {
    const got = figures(["**2025-02-20** – Årsredovisningen är klar. I fjol tog våra insatser emot 198 personer."]);
    expect(got).toContain("enrolled/all=198");
  });
  it("not where the post is dated in the report's own year (must not fire)", () => {
    const got = figures(["**2024-02-20** – Årsredovisningen är klar. I fjol tog våra insatser emot 198 personer."]);
    expect(got).not.toContain("enrolled/all=198");
  });
});

describe("a fact box's scope", () => {
  it("ends at its first blank line (must not fire)", () => {
    const got = figures([
      "Fakta: Samordningsförbundet Tornvik",
      "Deltagare 2024: 150",
      "",
      "Kommunens egen verksamhet: 140 personer deltog under 2024.",
    ]);
    expect(got).toContain("enrolled/all=150");
    expect(got).not.toContain("enrolled/all=140");
  });
});
