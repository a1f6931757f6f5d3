/**
 * The rules made after the first sight of held-out sets 24 and 24b (a board day's slide notes, board
 * minutes with "Beslutande" and "Ersättare", a flip-book's text layer with a blank line after every
 * line, a web page listing a board's minutes), each with a case where it must fire and one where it
 * must not. Made-up federations, figures and words.
 */
import { describe, expect, it } from "vitest";
import { doubleSpacedLines } from "../../loaders/extract/text/doubleSpacedLines.ts";
import { feedMarkup } from "../../loaders/extract/text/feedMarkup.ts";
import { tableColumns } from "../../loaders/extract/general/parseProseFinance.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { minutesTitle } from "../../loaders/ingest/titleYear.ts";
import { type AnyFact } from "../helpers.ts";
import { extractDocumentLines } from "../support/manifestEntry.ts";

const read = (lines: string[], year = 2025) => extractDocumentLines({ year }, lines).facts as AnyFact[];
const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year} ${f.basis} ${f.item}=${f.amount_sek}`);

describe("a text layer with a blank line after every line", () => {
  const FLIP = [
    "Samordningsförbundet Ravik",
    "Årsberättelse 2025",
    "Ekonomin i korthet (tkr)",
    "2025",
    "2024",
    "Intäkter",
    "6 310",
    "6 020",
    "Kostnader",
    "6 455",
    "5 870",
    "Årets resultat",
    "-145",
    "150",
    "Budget 2025: kostnader 6 700 tkr,",
    "resultat -390 tkr.",
  ];
  const spaced = FLIP.flatMap((l) => [l, ""]);

  it("reads the layer as the lines it gave, so a sentence broken over them is one sentence", () => {
    const got = money(read(spaced));
    expect(got).toEqual(expect.arrayContaining(["2025 budget cost_operating=6700000", "2025 budget result=-390000"]));
    expect(got).not.toContain("2025 actual result=-390000");
    expect(doubleSpacedLines(spaced)?.lines).toEqual(FLIP);
  });

  it("keeps a double blank line as the paragraph break, and leaves a document with a few blank lines alone", () => {
    const paragraphs = [...spaced.slice(0, 10), "", ...spaced.slice(10)];
    expect(doubleSpacedLines(paragraphs)?.lines).toEqual([...FLIP.slice(0, 5), "", ...FLIP.slice(5)]);
    const ordinary = ["Rubrik", "", ...FLIP.slice(2, 9), "", ...FLIP.slice(9)];
    expect(doubleSpacedLines(ordinary)).toBeUndefined();
    // A web page of one paragraph a line, a blank line between: no sentence cut, no layer to undo.
    const paragraphs1 = [
      "Samordningsförbundet Ravik",
      "Årsredovisning 2025",
      "Ekonomi",
      "Årets resultat blev ett underskott på 480 tkr.",
      "Budget 2026",
      "Intäkter 7 900 tkr",
      "Kostnader 8 300 tkr",
      "Utfall 2025",
      "Intäkter 7 500 tkr",
      "Kostnader 7 980 tkr",
      "Deltagare",
      "Under året deltog 176 personer i insatserna.",
      "Av dem var 92 kvinnor.",
    ].flatMap((l) => [l, ""]);
    expect(doubleSpacedLines(paragraphs1)).toBeUndefined();
  });
});

describe("deputies under 'Ersättare' beside a 'Beslutande' list", () => {
  const minutes = (deciders: string) => [
    "Samordningsförbundet Tallbacka",
    "Protokoll styrelsen 2026-02-12",
    "",
    `${deciders.padEnd(18)} Maria Ek (S), ordförande, Tallby kommun`,
    "                   Per Holm (M), Region Tallmark",
    "                   Eva Lund, Arbetsförmedlingen, tjänstgörande ersättare för Jon Berg",
    "",
    "Ersättare          Lars Wik (S), Region Tallmark",
    "                   Jon Berg, Arbetsförmedlingen, anmält förhinder",
    "",
    "§ 1 Mötets öppnande",
  ];
  const attendance = (lines: string[]) =>
    (extractDocumentLines({ kind: "board_minutes", date: "2026-02-12" }, lines).facts as AnyFact[])
      .filter((f) => f.table === "attendance")
      .map((f) => `${f.person}:${f.role}:${f.serving}`);

  it("did not serve, and one whose line says he sent apologies is not stored as present", () => {
    const got = attendance(minutes("Beslutande"));
    expect(got).toContain("Lars Wik:deputy:false");
    expect(got).toContain("Eva Lund:deputy:true");
    expect(got.some((a) => a.startsWith("Jon Berg"))).toBe(false);
  });

  it("stays unknown where the deputy's line or the items say he served ('tjänstgör §§ 3-5')", () => {
    const lines = minutes("Beslutande");
    lines[7] = "Ersättare          Lars Wik (S), Region Tallmark, tjänstgör §§ 3-5";
    expect(attendance(lines)).toContain("Lars Wik:deputy:null");
    const items = minutes("Beslutande");
    items.push("Lars Wik tjänstgör för Per Holm från och med § 3.");
    expect(attendance(items)).toContain("Lars Wik:deputy:null");
  });

  // Stop 36: a list of members present that holds a deputy serving in a member's place lists those who
  // decided, as "Beslutande" does (set 25's author read it so); without a serving deputy in it, it says
  // nothing of who decided (`firstSight25.test.ts`).
  it("did not serve beside a list of members present that holds the serving deputy", () => {
    expect(attendance(minutes("Närvarande ledamöter"))).toContain("Lars Wik:deputy:false");
    const none = minutes("Närvarande ledamöter").filter((l) => !l.includes("tjänstgörande ersättare"));
    expect(attendance(none)).toContain("Lars Wik:deputy:null");
  });
});

describe("running text's money", () => {
  it("takes the item named before a qualifier, not the qualifier's word", () => {
    const lines = [
      "Samordningsförbundet Tallbacka – styrelsedag",
      "",
      "Intäkter 5,31 mnkr och kostnader 5,08 mnkr.",
      "Årets resultat, med ränteintäkter: 236 400 kr",
    ];
    expect(money(read(lines))).toContain("2025 actual result=236400");
  });

  it("never gives the item an amount that leaves something out ('utan', 'med undantag för')", () => {
    const lines = [
      "Samordningsförbundet Ravik",
      "",
      "Intäkter 5,31 mnkr och kostnader 5,08 mnkr.",
      "Årets resultat, utan ränteintäkter: 236 400 kr",
      "Intäkter, med undantag för statens bidrag: 2 000 tkr.",
    ];
    const got = money(read(lines));
    expect(got.filter((m) => /=236400$|=2000000$/.test(m))).toEqual([]);
  });

  it("still reads a budget 'räknat med' an amount, a verb's 'med' no qualifier", () => {
    const lines = [
      "Samordningsförbundet Tallbacka",
      "",
      "Budgeten för 2025 hade räknat med ett underskott på 0,4 mnkr.",
    ];
    expect(money(read(lines))).toContain("2025 budget result=-400000");
  });

  it("counts a year beside a basis word as a table's header, not a title that mentions a budget", () => {
    const cols = (lines: string[]) => tableColumns(new DocumentText("t/2025-annual-report", lines, 2025));
    expect(cols(["Verksamhetsplan 2026 med budget - Samordningsförbundet Tallbacka"]).found).toBe(false);
    expect(cols(["                 Utfall 2025     Budget 2025"])).toMatchObject({ found: true, budget: true });
  });
});

describe("a page listing a board's minutes", () => {
  it("is no one meeting's minutes: it goes in as a report", () => {
    expect(
      minutesTitle([
        "Samordningsförbundet Tallbacka",
        "Start / Styrelsen / Protokoll och handlingar",
        "Protokoll och handlingar",
      ]),
    ).toBeNull();
  });
  it("while one meeting's minutes still are, and its papers", () => {
    expect(
      minutesTitle([
        "Samordningsförbundet Tallbacka",
        "Protokoll och handlingar till styrelsens sammanträde 2025-09-12",
      ]),
    ).not.toBeNull();
    expect(
      minutesTitle(["Samordningsförbundet Tallbacka", "Protokoll från styrelsens sammanträde 2026-02-12"]),
    ).not.toBeNull();
  });
});

describe("a news feed whose posts are HTML written with escape codes", () => {
  const FEED = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    "  <title>Samordningsförbundet Ravik – Nyheter</title>",
    "  <entry>",
    "    <title>Året 2025 i siffror</title>",
    "    <id>urn:uuid:ravik-2026-03-02</id>",
    "    <updated>2026-03-02T09:00:00+01:00</updated>",
    '    <content type="html">&lt;p&gt;Så gick året.&lt;/p&gt;',
    "&lt;ul&gt;",
    "&lt;li&gt;Deltagare under året: 158 (83 kvinnor och 75 män)&lt;/li&gt;",
    "&lt;li&gt;Nya deltagare: 64&lt;/li&gt;",
    "&lt;/ul&gt;</content>",
    "  </entry>",
    "</feed>",
  ];
  const counts = (lines: string[]) =>
    read(lines)
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.measure}/${f.gender}=${f.value}`);

  it("reads the posts' bodies as the page's HTML, the feed's time stamps no figures", () => {
    const got = counts(FEED);
    expect(got).toEqual(
      expect.arrayContaining(["enrolled/all=158", "enrolled/woman=83", "enrolled/man=75", "new/all=64"]),
    );
    expect(feedMarkup(FEED)?.[6]).not.toMatch(/2026/);
  });

  it("reads no post published in another year than the one after the report's (last year's, a plan)", () => {
    const older = FEED.map((l) => l.replace("2026-03-02", "2025-03-03"));
    expect(counts(older)).toEqual([]);
  });

  it("leaves a text with an escaped sign or two as written", () => {
    const text = ["Samordningsförbundet Ravik", "Andelen med insats &lt; 3 månader var 12 procent."];
    expect(feedMarkup(text)).toBeUndefined();
  });
});
