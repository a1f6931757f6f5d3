/**
 * XML data in a report's text (an open-data file, a system's export, a workbook saved as XML): parsed
 * with each value's line, set out as long-format tables (or a workbook's sheets as layout tables) and
 * read by the readers of those; a web page, a feed or markup that is not well-formed is left as
 * written. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { parseXmlBlock } from "../../loaders/extract/text/xmlData.ts";
import { xmlData } from "../../loaders/extract/text/structuredData.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { parseLongFormatTables } from "../../loaders/extract/general/longFormatTables.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import type { AnyFact } from "../helpers.ts";

const read = (lines: string[], id = "grusby/2025-annual-report") => {
  const text = readingText(lines, 2025);
  const doc = new DocumentText(id, text.lines, 2025);
  return (parseLongFormatTables(doc).facts as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`
      : `${f.intervention ?? "fed"}:${f.year}:${f.measure ?? f.category}:${f.gender ?? ""}=${f.value}`,
  );
};

describe("the XML reader", () => {
  it("keeps each attribute's and text's line, decodes entities and drops namespace prefixes", () => {
    const block = parseXmlBlock(
      [
        '<?xml version="1.0"?>',
        "<!-- en kommentar -->",
        '<ss:rot xmlns:ss="urn:x" ss:namn="A &amp; B">',
        "  <varde>",
        "    42",
        "  </varde>",
        "</ss:rot>",
      ],
      0,
    )!;
    expect(block.last).toBe(6);
    expect(block.root.name).toBe("rot");
    expect(block.root.attributes.find((a) => a.name === "ss:namn")).toMatchObject({ value: "A & B", line: 2 });
    expect(block.root.children[0]!.text).toEqual({ value: "42", line: 4 });
  });

  it("is no block where a tag is left open or closed by another name", () => {
    expect(parseXmlBlock(["<rot>", "  <a>1</b>", "</rot>"], 0)).toBeUndefined();
    expect(parseXmlBlock(["<rot>", "  <a>1</a>"], 0)).toBeUndefined();
    expect(parseXmlBlock(["<rot><a>1</a></rot> och mer text"], 0)).toBeUndefined();
  });
});

describe("XML open data as long-format tables", () => {
  const posts = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<nyckeltal utgivare="Samordningsförbundet Grusby" version="2">',
    '  <post namn="Inskrivna deltagare" ar="2025" kon="alla" enhet="antal" varde="140"/>',
    '  <post namn="Inskrivna deltagare" ar="2025" kon="kvinnor" enhet="antal" varde="76"/>',
    '  <post namn="Inskrivna deltagare" ar="2025" kon="män" enhet="antal" varde="64"/>',
    '  <post namn="Inskrivna deltagare" ar="2024" kon="alla" enhet="antal" varde="128"/>',
    '  <post namn="Verksamhetens intäkter" ar="2025" typ="utfall" enhet="tkr" varde="5200"/>',
    '  <post namn="Verksamhetens intäkter" ar="2025" typ="budget" enhet="tkr" varde="5100"/>',
    '  <post namn="Verksamhetens kostnader" ar="2025" typ="utfall" enhet="tkr" varde="5350"/>',
    '  <post namn="Verksamhetens kostnader" ar="2025" typ="budget" enhet="tkr" varde="5400"/>',
    '  <post namn="Årets resultat" ar="2025" typ="utfall" enhet="tkr" varde="-150"/>',
    '  <post namn="Årets resultat" ar="2025" typ="budget" enhet="tkr" varde="-300"/>',
    '  <post namn="Målvärde andel arbete eller studier" ar="2025" enhet="procent" varde="35"/>',
    "</nyckeltal>",
  ];

  it("reads one element per figure, its name, year, gender, basis and unit in attributes", () => {
    expect(read(posts)).toEqual(
      expect.arrayContaining([
        "fed:2025:enrolled:all=140",
        "fed:2025:enrolled:woman=76",
        "fed:2025:enrolled:man=64",
        "actual:2025:revenue_operating=5200000",
        "actual:2025:cost_operating=5350000",
        "actual:2025:result=-150000",
        "budget:2025:cost_operating=5400000",
      ]),
    );
  });

  it("never reads the budget's value as the outcome, last year's as this year's, or a target", () => {
    const facts = read(posts);
    expect(facts.filter((f) => /^actual:2025:.*=(5100000|5400000|-300000)$/.test(f))).toEqual([]);
    expect(facts.filter((f) => f.startsWith("fed:2025:") && f.endsWith("=128"))).toEqual([]);
    expect(facts.filter((f) => f.endsWith("=35"))).toEqual([]);
  });

  it("reads elements named in CamelCase, the unit and the scale from an ancestor's attributes", () => {
    const lines = [
      "<Arsrapport>",
      "  <Huvudman><Namn>Samordningsförbundet Grusby</Namn><AntalMedlemmar>4</AntalMedlemmar></Huvudman>",
      "  <Rapportar>2025</Rapportar>",
      "  <Deltagare>",
      "    <NyaUnderAret>61</NyaUnderAret>",
      "    <Avslutade>58</Avslutade>",
      "  </Deltagare>",
      '  <Resultatrakning skala="1000" valuta="SEK">',
      '    <Rad post="Verksamhetens intäkter" utfall="4815" foregaende_ar="4700"/>',
      '    <Rad post="Verksamhetens kostnader" utfall="4932" foregaende_ar="4600"/>',
      '    <Rad post="Årets resultat" utfall="-117" foregaende_ar="100"/>',
      "  </Resultatrakning>",
      "  <Insatser>",
      "    <Insats><Namn>Trappan</Namn><Avslutade>31</Avslutade></Insats>",
      "  </Insatser>",
      '  <Jamforelse ar="2025"><Avslutade>90</Avslutade></Jamforelse>',
      "</Arsrapport>",
    ];
    const facts = read(lines);
    expect(facts).toEqual(
      expect.arrayContaining([
        "fed:2025:new:all=61",
        "fed:2025:exited:all=58",
        "actual:2025:revenue_operating=4815000",
        "actual:2024:result=100000",
        "Trappan:2025:exited:all=31",
      ]),
    );
    // The intervention's, the comparison's and the member count are never the federation's.
    expect(facts.filter((f) => f.startsWith("fed:") && /=(31|90|4)$/.test(f))).toEqual([]);
  });

  it("names the members a fee element refers to by the ids declared at the top", () => {
    const lines = [
      '<forbund namn="Samordningsförbundet Grusby">',
      '  <medlemmar><medlem id="M1" namn="Försäkringskassan"/><medlem id="M2" namn="Arbetsförmedlingen"/>',
      '  <medlem id="M3" namn="Region Grusmark"/></medlemmar>',
      '  <ar2025 ar="2025"><medlemsbidrag skala="1"><bidrag medlem="M1+M2" belopp="3000000"/>',
      '  <bidrag medlem="M3" belopp="1500000"/></medlemsbidrag></ar2025>',
      "</forbund>",
    ];
    const set = [...xmlData(lines)!.blocks.values()][0]!.map((r) => r.text);
    expect(set).toContain("Försäkringskassan och Arbetsförmedlingen   3000000");
    expect(set).toContain("Region Grusmark   1500000");
  });

  it("sets a workbook's sheets out as tables, numbers as a report writes them", () => {
    const lines = [
      '<?xml version="1.0"?>',
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
      ' <Worksheet ss:Name="Ekonomi (kr)">',
      "  <Table>",
      '   <Row><Cell><Data ss:Type="String">Resultaträkning</Data></Cell><Cell><Data ss:Type="String">2025</Data></Cell></Row>',
      '   <Row><Cell><Data ss:Type="String">Verksamhetens intäkter</Data></Cell><Cell><Data ss:Type="Number">5320000</Data></Cell></Row>',
      '   <Row><Cell><Data ss:Type="String">Andel</Data></Cell><Cell ss:Index="2"><Data ss:Type="Number">34.2</Data></Cell></Row>',
      "  </Table>",
      " </Worksheet>",
      "</Workbook>",
    ];
    const set = [...xmlData(lines)!.blocks.values()][0]!;
    const text = set.map((r) => r.text.replace(/\s{3,}/g, " | "));
    expect(text).toContain("Ekonomi (kr)");
    expect(text).toContain("Verksamhetens intäkter | 5 320 000");
    expect(text).toContain("Andel | 34,2");
    // Each row cites its figure's line.
    expect(set.find((r) => r.text.includes("5 320 000"))!.from).toBe(5);
  });

  it("prints a title in a sheet's header cell over bare years as the table's caption, never a column's name", () => {
    const sheet = (header: string[]) => [
      "<Workbook>",
      " <Worksheet><Table>",
      `  <Row>${header.map((c) => `<Cell><Data ss:Type="String">${c}</Data></Cell>`).join("")}</Row>`,
      '  <Row><Cell><Data ss:Type="String">Nya deltagare</Data></Cell><Cell><Data ss:Type="Number">77</Data></Cell><Cell><Data ss:Type="Number">81</Data></Cell></Row>',
      " </Table></Worksheet>",
      "</Workbook>",
    ];
    const years = [...xmlData(sheet(["Deltagare, hela förbundet", "2025", "2024"]))!.blocks.values()][0]!.map(
      (r) => r.text,
    );
    expect(years).toContain("Deltagare, hela förbundet");
    expect(years.some((t) => /^\s+2025\s+2024$/.test(t))).toBe(true);
    const columns = [...xmlData(sheet(["Resultaträkning", "Utfall 2025", "Utfall 2024"]))!.blocks.values()][0]!.map(
      (r) => r.text,
    );
    expect(columns.some((t) => /^Resultaträkning\s+Utfall 2025\s+Utfall 2024$/.test(t))).toBe(true);
  });

  it("leaves a web page's or a feed's markup and a block of no figures to the other steps", () => {
    expect(xmlData(["<table>", "  <tr><td>Deltagare</td><td>140</td></tr>", "</table>"])).toBeUndefined();
    expect(
      xmlData(['<?xml version="1.0"?>', "<feed>", "  <entry><title>Nya deltagare 81</title></entry>", "</feed>"]),
    ).toBeUndefined();
    expect(xmlData(["<rot>", "  <namn>Samordningsförbundet Grusby</namn>", "</rot>"])).toBeUndefined();
  });
});

describe("a series named once over its values by year", () => {
  it("names each year's value by its series' name", () => {
    const lines = [
      '<statistik forbund="Samordningsförbundet Grusby">',
      '  <serie namn="Nya deltagare" enhet="antal">',
      '    <varde ar="2024">70</varde>',
      '    <varde ar="2025">84</varde>',
      "  </serie>",
      '  <serie namn="Avslutade deltagare" enhet="antal">',
      '    <varde ar="2024">66</varde>',
      '    <varde ar="2025">79</varde>',
      "  </serie>",
      "</statistik>",
    ];
    expect(read(lines, "grusby/2025-annual-report")).toEqual(
      expect.arrayContaining(["fed:2025:new:all=84", "fed:2025:exited:all=79", "fed:2024:new:all=70"]),
    );
  });

  it("gives an intervention's series to the intervention, never the federation (must not fire)", () => {
    const lines = [
      '<statistik forbund="Samordningsförbundet Grusby">',
      "  <insatser>",
      '    <insats namn="Bryggan"><varde ar="2025" matt="nya">31</varde><varde ar="2025" matt="avslutade">22</varde></insats>',
      '    <insats namn="Lotsen"><varde ar="2025" matt="nya">28</varde><varde ar="2025" matt="avslutade">20</varde></insats>',
      "  </insatser>",
      "</statistik>",
    ];
    const facts = read(lines, "grusby/2025-annual-report");
    expect(facts.filter((f) => f.startsWith("fed:"))).toEqual([]);
    expect(facts).toContain("Bryggan:2025:new:all=31");
  });
});

describe("a table exported as XML", () => {
  const table = (title: string) => [
    `<tabell titel="${title}">`,
    '  <kolumner><kolumn id="k1">Mått</kolumn><kolumn id="k2">2025</kolumn><kolumn id="k3">2024</kolumn></kolumner>',
    '  <rad><cell kolumn="k1">Nya deltagare</cell><cell kolumn="k3">74</cell><cell kolumn="k2">82</cell></rad>',
    '  <rad><cell kolumn="k1">Avslutade deltagare</cell><cell kolumn="k2">77</cell><cell kolumn="k3">69</cell></rad>',
    "</tabell>",
  ];

  it("sets rows out in columns, each cell placed by the column it names, under the title as caption", () => {
    const set = [...xmlData(table("Nyckeltal hela förbundet"))!.blocks.values()][0]!.map((r) => r.text);
    expect(set).toContain("Nyckeltal hela förbundet");
    expect(set.some((t) => /^\s+2025\s+2024$/.test(t))).toBe(true);
    expect(set.some((t) => /^Nya deltagare\s+82\s+74$/.test(t))).toBe(true);
  });

  it("is no table for one row or rows of one cell (must not fire)", () => {
    const one = ["<tabell>", "  <rad><cell>Nya deltagare</cell><cell>82</cell></rad>", "</tabell>"];
    expect(xmlData(one)).toBeUndefined();
  });
});
