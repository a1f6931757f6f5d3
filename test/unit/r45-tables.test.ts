/**
 * Stop 45, r45-tables: table and key-figure shapes left unread. Each rule with a case where it must
 * fire and the nearest case where it must not. Federations, names and figures are made up here.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { isFurniture, scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import { definitionLists } from "../../loaders/extract/text/definitionLists.ts";
import { equalsLines } from "../../loaders/extract/text/equalsLines.ts";
import { wikiTables } from "../../loaders/extract/text/wikiTables.ts";
import { pipesAsGaps } from "../../loaders/extract/general/layoutGrid.ts";
import type { AnyFact } from "../helpers.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const fees = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "member_contribution").map((f) => `${f.member}=${f.amount_sek}`);

describe("a 'Sammanställning' closing every chapter", () => {
  const chapters = (middle: string[]) => [
    "Samordningsförbundet Vindå",
    "Årsberättelse 2025",
    "",
    "1. Organisationen",
    "",
    "Förbundet har fyra medlemmar och ett kansli.",
    "",
    "Sammanställning",
    "Sammanträden i styrelsen: 6",
    "",
    ...middle,
    "",
    "3. Pengarna",
    "",
    "Året gick med ett litet underskott.",
    "",
    "Sammanställning",
    "Summa intäkter: 6 210 000 kr",
    "",
  ];
  it("is each chapter's summary, however often it stands (no running header)", () => {
    const lines = chapters([
      "2. Individinsatserna",
      "",
      "De fyra insatserna tog emot fler personer än året innan.",
      "",
      "Sammanställning",
      "Inskrivna deltagare: 143",
    ]);
    const doc = new DocumentText("vinda/2025-annual-report", lines, 2025);
    const at = lines.indexOf("Inskrivna deltagare: 143") + 1;
    expect(isFurniture(doc, at - 1)).toBe(false);
    expect(scopeByLine(doc)[at - 1]!.kind).toBe("federation");
  });
  it("a running header repeated on every page stays furniture (must not fire)", () => {
    const header = "Samordningsförbundet Vindå årsberättelse";
    const lines = [header, "Text om året.", "", header, "Mer text.", "", header, "Sista sidan.", ""];
    expect(isFurniture(new DocumentText("vinda/2025-annual-report", lines, 2025), 4)).toBe(true);
  });
  it("reads the chapter's counts as the federation's", () => {
    const facts = extractReport(
      chapters([
        "2. Individinsatserna",
        "",
        "De fyra insatserna tog emot fler personer än året innan.",
        "",
        "Sammanställning",
        "Inskrivna deltagare: 143",
        "Nyinskrivna: 61",
        "Utskrivna: 58",
      ]),
      "vinda",
      2025,
    );
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=143", "förbundet:new/all=61", "förbundet:exited/all=58"]),
    );
  });
  it("under an intervention's own section stays that intervention's (must not fire)", () => {
    const facts = extractReport(
      chapters([
        "2. Insatser",
        "",
        "Insatsen Sländan",
        "",
        "Sländan tar emot unga vuxna.",
        "",
        "Sammanställning",
        "Inskrivna deltagare: 43",
        "Utskrivna: 18",
      ]),
      "vinda",
      2025,
    );
    expect(countsOf(facts).filter((c) => c.startsWith("förbundet:"))).toEqual([]);
  });
});

describe("'därav kvinnor: N' lines under a labelled count", () => {
  const card = (women: number, men: number) => [
    "Samordningsförbundet Vindå",
    "Årsberättelse 2025",
    "",
    "Året i siffror",
    "Inskrivna deltagare: 143",
    `– därav kvinnor: ${women}`,
    `– därav män: ${men}`,
    "Nyinskrivna: 61",
    "",
  ];
  it("stores both genders where they add up to the count above", () => {
    expect(countsOf(extractReport(card(80, 63), "vinda", 2025))).toEqual(
      expect.arrayContaining(["förbundet:enrolled/woman=80", "förbundet:enrolled/man=63"]),
    );
  });
  it("stores neither where they do not add up (must not fire)", () => {
    const counts = countsOf(extractReport(card(80, 60), "vinda", 2025));
    expect(counts.filter((c) => /woman|\/man/.test(c))).toEqual([]);
  });
});

describe("a 'name = value' box of the members' payments", () => {
  const unitNote = "Belopp anges i tusen kronor (tkr).";
  it("writes the stated unit after each member's payment under a caption naming the members' insatser", () => {
    const out = equalsLines([
      unitNote,
      "",
      "Medlemmarnas insatser under året",
      "Försäkringskassan och Arbetsförmedlingen = 2 400",
      "Region Sjömark = 1 200",
      "Lilleby kommun = 1 200",
    ]);
    expect(out?.slice(3)).toEqual([
      "Försäkringskassan och Arbetsförmedlingen: 2 400 tkr",
      "Region Sjömark: 1 200 tkr",
      "Lilleby kommun: 1 200 tkr",
    ]);
  });
  it("reads them as the members' contributions", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Vindå",
        "Årsberättelse 2025",
        "",
        unitNote,
        "",
        "Medlemmarnas insatser under året",
        "Region Sjömark = 1 200",
        "Lilleby kommun = 1 200",
        "",
      ],
      "vinda",
      2025,
    );
    expect(fees(facts)).toEqual(expect.arrayContaining(["Region Sjömark=1200000", "Lilleby kommun=1200000"]));
  });
  it("writes no unit after a count naming the social insurance agency, nor under a caption of interventions (must not fire)", () => {
    expect(
      equalsLines([
        unitNote,
        "",
        "Remisser",
        "Remitterade från Försäkringskassan = 14",
        "Remitterade från kommunen = 9",
      ])?.slice(3),
    ).toEqual(["Remitterade från Försäkringskassan: 14", "Remitterade från kommunen: 9"]);
    expect(equalsLines([unitNote, "", "Insatser under året", "Sländan = 43", "Bryggan = 31"])?.slice(3)).toEqual([
      "Sländan: 43",
      "Bryggan: 31",
    ]);
  });
});

describe("a title naming the document the own federation's key figures of the year", () => {
  const list = (title: string, topic = "## Individinriktade insatser") => [
    title,
    "",
    "Underlag till årsberättelsen. Under varje nyckeltal står årets utfall.",
    "",
    topic,
    "",
    "Antal inskrivna deltagare",
    ": 176",
    "",
    "Kvinnor bland de inskrivna",
    ": 95",
    "",
    "Män bland de inskrivna",
    ": 81",
    "",
  ];
  it("makes a list under a topic's heading the federation's", () => {
    const counts = countsOf(extractReport(list("# Vindå samordningsförbund – nyckeltal 2025"), "vinda", 2025));
    expect(counts).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=176",
        "förbundet:enrolled/woman=95",
        "förbundet:enrolled/man=81",
      ]),
    );
  });
  it("leaves it unread where the title names no federation, another year, or the list stands under a name (must not fire)", () => {
    for (const [title, topic] of [
      ["# Nyckeltal 2025", undefined],
      ["# Vindå samordningsförbund – nyckeltal 2024", undefined],
      ["# Vindå samordningsförbund – nyckeltal 2025", "## Sländan"],
    ] as const) {
      const counts = countsOf(extractReport(list(title, topic), "vinda", 2025));
      expect(counts.filter((c) => c.startsWith("förbundet:"))).toEqual([]);
    }
  });
});

describe("a table captioned as the people in the interventions as a whole", () => {
  const table = (caption: string, work = 12, studies = 5) => [
    "Samordningsförbundet Vindå",
    "Verksamhetens nyckeltal för år 2025 (bilaga till årsberättelsen)",
    "",
    "Varje tal redovisas också per 1 000 invånare.",
    "",
    `Tabell 1. ${caption}       Personer`,
    "Inskrivna under året                            121",
    "  därav kvinnor                                  70",
    "  därav män                                      51",
    "Avslutade under året                             44",
    `  gick till arbete                               ${work}`,
    `  gick till studier                              ${studies}`,
    "",
  ];
  const exits = (facts: AnyFact[]) =>
    facts
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.intervention ?? "förbundet"}:${f.category}=${f.value}`);
  it("is the federation's table, where some of the exits went among its rows", () => {
    const facts = extractReport(table("Personer i individinsatser"), "vinda", 2025);
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=121", "förbundet:enrolled/woman=70", "förbundet:exited/all=44"]),
    );
    expect(exits(facts)).toEqual(expect.arrayContaining(["förbundet:work=12", "förbundet:studies=5"]));
  });
  it("naming one intervention is not the federation's (must not fire)", () => {
    const facts = extractReport(table("Personer i Sländan"), "vinda", 2025);
    expect(countsOf(facts).filter((c) => c.startsWith("förbundet:"))).toEqual([]);
  });
  it("stores no destinations that are more than the exits (must not fire)", () => {
    const facts = extractReport(table("Personer i individinsatser", 30, 20), "vinda", 2025);
    expect(exits(facts)).toEqual([]);
  });
});

describe("a sentence naming again the exits a list of key figures gave", () => {
  const report = (restated: number) => [
    "Vindå samordningsförbund",
    "Uppföljning helår 2025",
    "",
    "Tabell 2. Deltagare",
    "",
    "Mått                     2025",
    "Inskrivna                 121",
    "Nya                        66",
    "Avslutade                  44",
    "",
    `Av de ${restated} som avslutades gick 12 till arbete och 5 till studier.`,
    "",
  ];
  const exits = (facts: AnyFact[]) =>
    facts
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.intervention ?? "förbundet"}:${f.category}=${f.value}`);
  it("reads its destinations as the federation's", () => {
    expect(exits(extractReport(report(44), "vinda", 2025))).toEqual(
      expect.arrayContaining(["förbundet:work=12", "förbundet:studies=5"]),
    );
  });
  it("leaves them unread where the number is not those exits (must not fire)", () => {
    expect(exits(extractReport(report(40), "vinda", 2025))).toEqual([]);
  });
});

describe("a heading that is another federation's name, named in full in the text", () => {
  const release = (otherHeading: string) => [
    "PRESSMEDDELANDE",
    "Region Ekmark · 2026-04-09",
    "",
    "Regionen är medlem i både Samordningsförbundet Ekå Västra och Samordningsförbundet Ekå Östra.",
    "Båda förbunden har lämnat sina årsredovisningar för 2025.",
    "",
    "Ekå Västra 2025",
    "Förbundets intäkter var 12 400 tkr och resultatet ett överskott på 310 tkr.",
    "",
    otherHeading,
    "Östras intäkter var 7 900 tkr och resultatet -84 tkr.",
    "",
  ];
  const money = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "finance").map((f) => `${f.basis}:${f.item}=${f.amount_sek}`);
  it("heads that federation's section: its figures are neither ours nor rivals of ours", () => {
    const facts = money(extractReport(release("Ekå Östra 2025"), "eka-vastra", 2025));
    expect(facts).toEqual(expect.arrayContaining(["actual:revenue_operating=12400000", "actual:result=310000"]));
    expect(facts.filter((f) => f.includes("7900000") || f.includes("84000"))).toEqual([]);
  });
  it("a heading with other words, or our own name, heads no other federation's section (must not fire)", () => {
    const withWords = money(extractReport(release("Ekå Östras år i korthet"), "eka-vastra", 2025));
    expect(withWords.filter((f) => f.includes("12400000"))).toEqual([]);
    const own = money(extractReport(release("Ekå Västra 2025"), "eka-vastra", 2025));
    expect(own.filter((f) => f.includes("12400000"))).toEqual([]);
  });
});

describe("a definition list's term closing on the report's year", () => {
  const list = (year: number) => [
    "Antal inskrivna deltagare",
    ": 176",
    "",
    `Nya deltagare ${year}`,
    ": 88",
    "",
    "Avslutade deltagare",
    ": 70",
  ];
  it("is written as its row without the year", () => {
    expect(definitionLists(list(2025), 2025)?.lines).toEqual(expect.arrayContaining(["Nya deltagare      88"]));
  });
  it("keeps another year in its row, set apart (must not fire)", () => {
    const out = definitionLists(list(2024), 2025)?.lines ?? [];
    expect(out).toEqual(expect.arrayContaining(["Nya deltagare 2024      88"]));
    expect(out).not.toContain("Nya deltagare      88");
  });
});

describe("a table in wiki markup", () => {
  const table = [
    '{| class="wikitable"',
    "|+ Medlemsbidrag 2025 (tkr)",
    "! Medlem !! Bidrag",
    "|-",
    "| Staten (FK och AF) || 3 600",
    "|-",
    '| Region Norrvall || style="text-align:right" | 1 800',
    "|}",
  ];
  it("is laid out as rows in columns under its caption, the markup's lines taken out", () => {
    const out = wikiTables(["Text före.", "", ...table, "", "Text efter."]);
    expect(out?.lines).toEqual([
      "Text före.",
      "",
      "Medlemsbidrag 2025 (tkr)",
      "Medlem                Bidrag",
      "Staten (FK och AF)    3 600",
      "Region Norrvall       1 800",
      "",
      "",
      "Text efter.",
    ]);
    expect(out?.from.slice(2, 6)).toEqual([3, 4, 6, 8]);
  });
  it("gives the members' fees it lists", () => {
    const plain = [
      ...table.slice(0, 5),
      "|-",
      "| Region Norrvall || 1 800",
      "|-",
      "| Kommunerna tillsammans || 1 800",
      "|}",
    ];
    const facts = extractReport(
      ["Samordningsförbundet Vindå", "", "Förbundet bildades 2008.", "", ...plain, ""],
      "vinda",
      2025,
    );
    expect(fees(facts)).toEqual(expect.arrayContaining(["Staten (FK och AF)=3600000", "Region Norrvall=1800000"]));
  });
  it("leaves a table that is never closed, or whose cells run over lines, as written (must not fire)", () => {
    expect(wikiTables(table.slice(0, -1))).toBeUndefined();
    expect(wikiTables([...table.slice(0, 5), "fortsättning av cellen", ...table.slice(5)])).toBeUndefined();
  });
  it("reads a wiki row's double bars as column rules, never a double bar touching a character (must not fire)", () => {
    const rows = ["| Staten || 3 600", "|-", "| Region Norrvall || 1 800"];
    expect(pipesAsGaps(rows)[0]).not.toContain("|");
    const touching = ["Staten ||3 600", "|-", "Region ||1 800"];
    expect(pipesAsGaps(touching)[0]).toBe("Staten ||3 600");
  });
});
