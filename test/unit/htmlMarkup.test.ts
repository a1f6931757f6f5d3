/**
 * A report saved with HTML in its text: each <table> laid out as layout text (one row a line on
 * its own document line, header rows one line, merged cells filled), entities decoded, comments
 * and deleted text blanked, other tags dropped. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { decodeEntities, htmlMarkup } from "../../loaders/extract/text/htmlMarkup.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

const cells = (l: string) => l.trim().replace(/\s{2,}/g, " | ");

/** Reading lines as "documentLine: cells". */
function read(lines: string[]): string[] {
  const t = readingText(lines);
  return t.lines.map((l, i) => `${t.origin?.[i] ?? i + 1}: ${cells(l)}`).filter((l) => !/^\d+: $/.test(l));
}

const EXITS = [
  "Samordningsförbundet Ekbacken",
  "Årsredovisning 2024",
  "",
  "## Efter avslut",
  "",
  "<table>",
  "<thead>",
  '<tr><th rowspan="2">Avslutsorsak</th><th colspan="2">2024</th><th>2023</th></tr>',
  "<tr><th>Antal</th><th>Andel</th><th>Antal</th></tr>",
  "</thead>",
  "<tbody>",
  "<tr><td>Arbete</td><td>11</td><td>26&nbsp;%</td><td>9</td></tr>",
  "<tr><td>Studier</td><td>6</td><td>14&nbsp;%</td><td>4</td></tr>",
  "<tr><td>Fortsatt rehabilitering</td><td>25</td><td>60&nbsp;%</td><td>21</td></tr>",
  "<!-- preliminärt: 40 -->",
  "<tr><td><strong>Summa avslutade</strong></td><td><del>40</del> <ins>42</ins></td><td>100&nbsp;%</td><td>34</td></tr>",
  "</tbody>",
  "</table>",
];

describe("an HTML table in a Markdown report", () => {
  it("is laid out one row a line, header rows one line, each row on its own document line", () => {
    expect(read(EXITS).slice(2)).toEqual([
      "4: ## Efter avslut",
      "8: Avslutsorsak | Antal 2024 | Andel 2024 | Antal 2023",
      "12: Arbete | 11 | 26 % | 9",
      "13: Studier | 6 | 14 % | 4",
      "14: Fortsatt rehabilitering | 25 | 60 % | 21",
      "16: Summa avslutade | 42 | 100 % | 34",
    ]);
  });

  it("gives the readers this year's exits, the corrected total and never the draft's or the deleted one", () => {
    const facts = extractReport(EXITS, "ekbacken");
    expect(exitsOf(facts)).toEqual(expect.arrayContaining(["förbundet:work=11", "förbundet:studies=6"]));
    expect(exitsOf(facts)).not.toContain("förbundet:work=9");
    expect(countsOf(facts).filter((c) => /=40$/.test(c))).toEqual([]);
  });

  it("keeps a header's words in order where no year spans the columns (must not move)", () => {
    const out = htmlMarkup([
      "<table>",
      '<tr><th></th><th colspan="2">Inskrivna</th></tr>',
      "<tr><th></th><th>Kvinnor</th><th>Män</th></tr>",
      "<tr><td>Steget</td><td>12</td><td>9</td></tr>",
      "</table>",
    ])!;
    expect(out.lines.map(cells).filter((l) => l !== "")).toEqual([
      "Inskrivna Kvinnor | Inskrivna Män",
      "Steget | 12 | 9",
    ]);
  });

  it("names a figure spanning rows by its group, the rows' parts in brackets", () => {
    const out = htmlMarkup([
      "<table><caption>Medlemsavgifter 2024, kr</caption>",
      "<tr><th>Medlem</th><th>Betalare</th><th>Avgift</th></tr>",
      '<tr><td rowspan="2">Staten</td><td>Försäkringskassan</td><td rowspan="2">2&nbsp;100&nbsp;000</td></tr>',
      "<tr><td>Arbetsförmedlingen</td></tr>",
      '<tr><td colspan="2">Ekby kommun</td><td>1&nbsp;050&nbsp;000</td></tr>',
      "</table>",
    ])!;
    expect(out.lines.map(cells)).toEqual([
      "Medlemsavgifter 2024, kr",
      "Medlem | Betalare | Avgift",
      "Staten (Försäkringskassan, Arbetsförmedlingen) | 2 100 000",
      "",
      "Ekby kommun | 1 050 000",
      "",
    ]);
  });

  it("keeps rows apart where the rows a figure spans hold figures of their own (must not merge)", () => {
    const out = htmlMarkup([
      "<table>",
      "<tr><th>Part</th><th>Avgift</th><th>Summa staten</th></tr>",
      '<tr><td>Försäkringskassan</td><td>900</td><td rowspan="2">1 800</td></tr>',
      "<tr><td>Arbetsförmedlingen</td><td>900</td></tr>",
      "</table>",
    ])!;
    expect(out.lines.map(cells).filter((l) => l !== "")).toEqual([
      "Part | Avgift | Summa staten",
      "Försäkringskassan | 900 | 1 800",
      "Arbetsförmedlingen | 900",
    ]);
  });

  it("sets a <tfoot> written above the body below it, citing its own line", () => {
    const lines = [
      "<table>",
      "<thead><tr><th>Avslutsorsak</th><th>2024</th></tr></thead>",
      "<tfoot><tr><td>Summa</td><td>19</td></tr></tfoot>",
      "<tbody>",
      "<tr><td>Arbete</td><td>8</td></tr>",
      "<tr><td>Studier</td><td>11</td></tr>",
      "</tbody>",
      "</table>",
    ];
    expect(read(lines)).toEqual(["2: Avslutsorsak | 2024", "5: Arbete | 8", "6: Studier | 11", "3: Summa | 19"]);
  });

  it("lays a table written on one line out row by row, every row citing that line", () => {
    const lines = [
      "Deltagare 2024",
      "<table><tr><th></th><th>2024</th></tr><tr><td>Kvinnor</td><td>40</td></tr><tr><td>Män</td><td>35</td></tr></table>",
      "Slut.",
    ];
    expect(read(lines)).toEqual(["1: Deltagare 2024", "2: 2024", "2: Kvinnor | 40", "2: Män | 35", "3: Slut."]);
  });
});

describe("markup outside tables", () => {
  it("decodes entities and drops tags, a footnote's <sup> with its mark", () => {
    expect(decodeEntities("&minus;7&nbsp;527&nbsp;400 &amp; 12&#8239;300 &ndash;")).toBe("−7 527 400 & 12 300 –");
    const out = htmlMarkup([
      "<p>Under året deltog <strong>183</strong><sup>2</sup> personer.</p>",
      "<!-- utkast: 179",
      "personer -->",
      "Kvar: 40",
    ])!;
    expect(out.lines.map((l) => l.trim().replace(/\s+/g, " "))).toEqual([
      "Under året deltog 183 personer.",
      "",
      "",
      "Kvar: 40",
    ]);
  });

  it("drops a saved page's declaration, scripts and styles, and a block tag's indentation", () => {
    const out = htmlMarkup([
      "<!DOCTYPE html>",
      "<style>td { padding: 2px }</style>",
      "<script>var antal = 12;",
      "</script>",
      "<h2>Deltagare</h2>",
      "  <p>Under året deltog 77 personer.</p>",
    ])!;
    expect(out.lines).toEqual(["", "", "", "", "Deltagare", "  Under året deltog 77 personer."]);
  });

  it("leaves an e-mail address or link in angle brackets, and a tracked change in a laid-out row, as written (must not fire)", () => {
    expect(htmlMarkup(["Från: Kansliet <kansliet@ekby.example>", "Se <https://ekby.example/ar>"])).toBeUndefined();
    const row = "Nya under året   <del>8</del> <ins>9</ins>   12";
    expect(htmlMarkup(["<p>Deltagare</p>", row])!.lines[1]).toBe(row);
  });

  it("passes by a document with no markup, and a '<' or '&' in prose (must not fire)", () => {
    expect(htmlMarkup(["Andelen var < 5 % & ökade", "Deltagare 120"])).toBeUndefined();
    const t = readingText(["Andel under 30 år <25 %", "Intäkter & kostnader 3 400"]);
    expect(t.lines).toEqual(["Andel under 30 år <25 %", "Intäkter & kostnader 3 400"]);
  });
});

describe("a page mixing in another vocabulary (inline XBRL)", () => {
  const page = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL">',
    "<body>",
    '<div style="display:none"><ix:header>',
    '<ix:hidden><ix:nonFraction name="x:Sammantraden" contextRef="c0">9</ix:nonFraction></ix:hidden>',
    '<ix:resources><xbrli:context id="c0"><xbrli:period><xbrli:startDate>2025-01-01</xbrli:startDate>',
    "</xbrli:period></xbrli:context></ix:resources>",
    "</ix:header></div>",
    '<p>Under året deltog <ix:nonFraction name="x:Antal" contextRef="c0">214</ix:nonFraction> personer.</p>',
    "<table>",
    '<tr><td>Årets resultat</td><td>-<ix:nonFraction name="x:Res" sign="-" contextRef="c0">41 300</ix:nonFraction></td></tr>',
    "</table>",
    "<p>Frågor: <kansli@lindo.example> eller <https://lindo.example/kontakt></p>",
    "</body></html>",
  ];
  const lines = htmlMarkup(page)!.lines;

  it("drops a namespaced element's tags and keeps its text where it stands, sign outside the tag included", () => {
    expect(lines[8]).toBe("Under året deltog 214 personer.");
    expect(lines.find((l) => l.includes("Årets resultat"))).toMatch(/^Årets resultat\s+-41 300$/);
  });

  it("blanks the inline XBRL header, which is never shown: its hidden facts and contexts are no text", () => {
    expect(lines.slice(3, 8).every((l) => l.trim() === "")).toBe(true);
  });

  it("leaves an e-mail address or a link in angle brackets as text", () => {
    expect(lines[12]).toContain("<kansli@lindo.example>");
    expect(lines[12]).toContain("<https://lindo.example/kontakt>");
  });
});
