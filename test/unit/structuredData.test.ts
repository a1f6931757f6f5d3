/**
 * Structured data pasted into a report (JSON, a YAML dump, comma-separated records) set out as a
 * long-format table and read by the long-format reader: each figure placed by its keys. Made-up
 * federations and figures.
 */
import { describe, expect, it } from "vitest";
import { structuredData } from "../../loaders/extract/text/structuredData.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { parseLongFormatTables } from "../../loaders/extract/general/longFormatTables.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const read = (lines: string[], id = "fjallby/2025-annual-report") => {
  const text = readingText(lines);
  const doc = new DocumentText(id, text.lines, 2025);
  return (parseLongFormatTables(doc).facts as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`
      : `${f.intervention ?? "fed"}:${f.year}:${f.measure ?? f.category}:${f.gender ?? ""}=${f.value}`,
  );
};

describe("JSON in the text", () => {
  const json = [
    "Svar från förbundets statistiktjänst:",
    "{",
    '  "forbund": { "namn": "Samordningsförbundet Fjällby", "medlemmar": 5 },',
    '  "ar": 2025,',
    '  "deltagare": { "totalt": 131, "kvinnor": 70, "man": 61 },',
    '  "nya": 58,',
    '  "avslutade": { "totalt": 49, "per_orsak": { "arbete": 12, "studier": 7, "annat": 30 } },',
    '  "sedan_start_ackumulerat": 880,',
    '  "mal_andel_arbete_procent": 40,',
    '  "ekonomi": {',
    '    "enhet": "tkr",',
    '    "intakter": 5400, "kostnader": 5610, "arets_resultat": -210,',
    '    "budget": { "intakter": 5400, "kostnader": 5900, "arets_resultat": -500 },',
    '    "foregaende_ar": { "intakter": 5200, "kostnader": 5000, "arets_resultat": 200 }',
    "  },",
    '  "insatser": [ { "namn": "Bryggan", "deltagare": 77, "kr_per_invanare": 12.5 } ]',
    "}",
  ];

  it("places each figure by its keys: counts, their split, destinations, tkr amounts and the budget", () => {
    const facts = read(json);
    expect(facts).toEqual(
      expect.arrayContaining([
        "fed:2025:enrolled:all=131",
        "fed:2025:enrolled:woman=70",
        "fed:2025:enrolled:man=61",
        "fed:2025:new:all=58",
        "fed:2025:exited:all=49",
        "fed:2025:work:=12",
        "fed:2025:studies:=7",
        "fed:2025:other_exit:=30",
        "actual:2025:revenue_operating=5400000",
        "actual:2025:cost_operating=5610000",
        "actual:2025:result=-210000",
        "budget:2025:cost_operating=5900000",
        "actual:2024:result=200000",
        "Bryggan:2025:enrolled:all=77",
      ]),
    );
  });

  it("never sets out a count since the start, a target, a per-inhabitant figure or the federation's own data", () => {
    const rows = structuredData(json)!.lines.join("\n");
    expect(rows).not.toMatch(/\b880\b|\b40\b|12,5|\bmedlemmar\b/);
    const facts = read(json);
    expect(facts.filter((f) => /=(880|40|5|5200000|5000000)$/.test(f) && f.includes(":2025:"))).toEqual([]);
    expect(facts.some((f) => f.startsWith("fed:") && f.endsWith("=77"))).toBe(false);
  });

  it("keeps each row on its value's document line", () => {
    const text = readingText(json);
    const k = text.lines.findIndex((l) => /\bnya\b/i.test(l) && /\b58\b/.test(l));
    expect(text.origin?.[k]).toBe(6);
  });

  it("leaves text that is no JSON, and a block that does not parse, as written", () => {
    expect(structuredData(["{ Deltagare: 12 }", "Nya 4", "Avslutade 3"])).toBeUndefined();
    expect(structuredData(["[", '  { "ar": 2025, "deltagare": 40 ', "Text efter."])).toBeUndefined();
  });
});

describe("members' records in JSON", () => {
  const fees = (key: string, outer = '"ar": 2025, "enhet": "tkr"') => [
    "{",
    `  ${outer},`,
    `  "${key}": [`,
    '    { "medlem": "Försäkringskassan och Arbetsförmedlingen", "belopp": 3000, "andel_procent": 50.0 },',
    '    { "medlem": "Region Fjällmark", "belopp": 1500, "andel_procent": 25.0 },',
    '    { "medlem": "Fjällby kommun", "belopp": 1500, "andel_procent": 25.0, "kr_per_invanare": 52.1 }',
    "  ]",
    "}",
  ];
  const contributions = (lines: string[]) =>
    extractReport(["Samordningsförbundet Fjällby", "", ...lines], "fjallby", 2025)
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.basis}:${f.year}=${f.amount_sek}@${f.line}`);

  it("are set out as the year's list of fees in the record's unit, each citing its record's line", () => {
    expect(contributions(fees("medlemsbidrag"))).toEqual([
      "actual:2025=3000000@6",
      "actual:2025=1500000@7",
      "actual:2025=1500000@8",
    ]);
  });

  it("give nothing under a budget's key, or with no year around them (must not fire)", () => {
    expect(contributions(fees("medlemsbidrag_budget"))).toEqual([]);
    expect(contributions(fees("medlemsbidrag", '"enhet": "tkr"'))).toEqual([]);
  });
});

describe("a JSON array of long-format records", () => {
  it("reads the gender from a value, a record of another federation or of the nation never", () => {
    const rec = (who: string, year: number, kvinnor: number, man: number) =>
      `{ "nyckeltal": "Avslutade deltagare, antal", "forbund": "${who}", "period": ${year}, "varden": [ { "kon": "K", "varde": ${kvinnor} }, { "kon": "M", "varde": ${man} }, { "kon": "T", "varde": ${kvinnor + man} } ] },`;
    const facts = read([
      "[",
      rec("Samordningsförbundet Fjällby", 2025, 20, 19),
      rec("Samordningsförbundet Fjällby", 2024, 15, 15),
      rec("Riket, snitt per förbund", 2025, 60, 50),
      rec("Samordningsförbundet Grannby", 2025, 33, 31).replace(/,$/, ""),
      "]",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining(["fed:2025:exited:all=39", "fed:2025:exited:woman=20", "fed:2025:exited:man=19"]),
    );
    expect(facts.filter((f) => /=(110|64|60|50|33|31)$/.test(f))).toEqual([]);
    expect(facts.some((f) => f.includes("Riket") || f.includes("Grannby"))).toBe(false);
  });
});

describe("a YAML dump and comma-separated records", () => {
  it("reads a YAML dump's nested keys, its unit from a key's ending", () => {
    const facts = read([
      "forbund: Samordningsförbundet Fjällby",
      "ar: 2025",
      "deltagare:",
      "  totalt: 90",
      "  nya: 41",
      "ekonomi:",
      "  intakter_kr: 3100000",
      "  kostnader_kr: 3050000",
      "  arets_resultat_kr: 50000",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining(["fed:2025:enrolled:all=90", "fed:2025:new:all=41", "actual:2025:result=50000"]),
    );
  });

  it("takes no card of 'Label: value' lines in words for a YAML dump", () => {
    const card = ["Deltagare: 164", "Nya: 80", "Avslutade: 71", "Intäkter: 5 mkr", "Kostnader: 4,9 mkr"];
    expect(structuredData(card)).toBeUndefined();
    expect(
      structuredData(["datum: 2025-03-01", "plats: kansliet", "ordforande: X", "sekreterare: Y", "justerare: Z"]),
    ).toBeUndefined();
  });

  it("reads comma-separated records under a header of keys, a target's row never", () => {
    const facts = read([
      "ar,enhet,nyckeltal,kon,varde,enhet_varde",
      "2025,Förbundet,deltagare,totalt,75,personer",
      "2025,Förbundet,avslutade,totalt,30,personer",
      "2025,Förbundet,mal_avslutade,totalt,45,personer",
      "2024,Förbundet,deltagare,totalt,70,personer",
    ]);
    expect(facts).toEqual(expect.arrayContaining(["fed:2025:enrolled:all=75", "fed:2025:exited:all=30"]));
    expect(facts.filter((f) => f.endsWith("=45") || (f.includes(":2025:") && f.endsWith("=70")))).toEqual([]);
  });

  it("reads two destinations side by side in a key as 'arbete eller studier', a target's key never", () => {
    const out = structuredData([
      "ar,nyckeltal,varde,enhet_varde",
      "2025,avslutade,20,personer",
      "2025,andel_arbete_studier,30.5,procent",
      "2025,mal_andel_arbete_studier,40,procent",
    ])!.lines.join("\n");
    expect(out).toMatch(/andel arbete eller studier\s+Totalt\s+2025\s+30,5\s+procent/);
    expect(out).not.toMatch(/\b40\b/);
  });

  it("leaves prose with commas alone", () => {
    expect(structuredData(["Vi,hade,ett,bra,år", "Text"])).toBeUndefined();
  });
});

describe("nested JSON from a follow-up tool: years and interventions as keys", () => {
  const nested = [
    "Uttag ur uppföljningen. Belopp i kronor.",
    "{",
    '  "forbund": "Samordningsförbundet Fjällby",',
    '  "ar": {',
    '    "2024": { "forbundet": { "deltagare": { "totalt": 120, "kvinnor": 64, "man": 56 }, "nya": 51 } },',
    '    "2025": {',
    '      "forbundet": { "deltagare": { "totalt": 131, "kvinnor": 70, "man": 61 }, "nya": 58,',
    '        "ekonomi": { "intakter": 5400000, "kostnader": 5610000, "arets_resultat": -210000 } },',
    '      "insatser": {',
    '        "Bryggan": { "deltagare": { "totalt": 77, "kvinnor": 40, "man": 37 }, "nya": 30 },',
    '        "Vägen": { "deltagare": { "totalt": 60, "kvinnor": 33, "man": 27 }, "nya": 28 }',
    "      }",
    "    }",
    "  }",
    "}",
  ];

  it("dates each object by its year key and gives each intervention's object to its intervention", () => {
    const facts = read(nested);
    expect(facts).toEqual(
      expect.arrayContaining([
        "fed:2025:enrolled:all=131",
        "fed:2025:enrolled:woman=70",
        "fed:2025:new:all=58",
        "fed:2024:enrolled:all=120",
        "Bryggan:2025:enrolled:all=77",
        "Vägen:2025:new:all=28",
        "actual:2025:revenue_operating=5400000",
        "actual:2025:result=-210000",
      ]),
    );
    // Never an intervention's figure as the federation's, nor 2024's as 2025's.
    expect(
      facts.filter((f) => f.startsWith("fed:2025:") && /=(77|40|37|30|60|33|27|28|120|64|56|51)$/.test(f)),
    ).toEqual([]);
  });

  it("sets out no figure put straight under the interventions' list, a comparison or structural work", () => {
    const lines = [
      "{",
      '  "ar": 2025,',
      '  "forbundet": { "deltagare": 131, "nya": 58 },',
      '  "insatser": { "Bryggan": 77, "Vägen": 60 },',
      '  "jamforelse": { "deltagare": 190, "nya": 90 },',
      '  "strukturinsatser": { "deltagare": 412 }',
      "}",
    ];
    const rows = structuredData(lines)!.lines.join("\n");
    expect(rows).toMatch(/\b131\b/);
    expect(rows).not.toMatch(/\b(?:77|60|190|90|412)\b/);
  });

  it("takes the unit of a key's ending for its amounts, and a stated unit above for amounts only", () => {
    const lines = [
      "Ekonomin anges i tusental kronor.",
      "{",
      '  "metadata": { "forbund": "Samordningsförbundet Fjällby" },',
      '  "per_ar": [ { "ar": 2025, "deltagare": 131, "intakter": 5400, "kostnader": 5610, "arets_resultat": -210 } ]',
      "}",
    ];
    const rows = structuredData(lines)!.lines;
    expect(rows.find((l) => /intäkter/.test(l))).toMatch(/5400\s+tkr$/);
    // The stated unit is money's: the count stays a count.
    expect(rows.find((l) => /deltagare/.test(l))).toMatch(/131\s+antal$/);
    const keyed = structuredData([
      "{",
      '  "ar": 2025,',
      '  "ekonomi_tkr": { "intakter": 5400, "kostnader": 5610, "arets_resultat": -210 }',
      "}",
    ])!.lines;
    expect(keyed.find((l) => /kostnader/.test(l))).toMatch(/5610\s+tkr$/);
    // With no unit anywhere an amount is no amount of kronor.
    const bare = structuredData([
      "{",
      '  "ar": 2025,',
      '  "intakter": 5400, "kostnader": 5610, "arets_resultat": -210',
      "}",
    ]);
    expect(bare?.lines.find((l) => /intäkter/.test(l))).toMatch(/antal$/);
  });
});

describe("JSON Lines", () => {
  const lines = [
    "Beloppen är i kronor.",
    '{"ar": 2025, "niva": "förbundet", "matt": "inskrivna", "kon": "alla", "varde": 158}',
    '{"ar": 2025, "niva": "förbundet", "matt": "inskrivna", "kon": "kvinnor", "varde": 87}',
    '{"ar": 2025, "niva": "förbundet", "matt": "inskrivna", "kon": "män", "varde": 71}',
    '{"ar": 2025, "niva": "Steget", "matt": "inskrivna", "kon": "alla", "varde": 92}',
    '{"ar": 2025, "niva": "förbundet", "matt": "verksamhetens_intakter", "kon": null, "varde": 6020000}',
    '{"ar": 2025, "niva": "förbundet", "matt": "verksamhetens_kostnader", "kon": null, "varde": 6188400}',
    '{"ar": 2025, "niva": "förbundet", "matt": "arets_resultat", "kon": null, "varde": -168400}',
  ];

  it("reads one record a line as the records of one array, a level naming whose, no gender as all", () => {
    expect(read(lines)).toEqual(
      expect.arrayContaining([
        "fed:2025:enrolled:all=158",
        "fed:2025:enrolled:woman=87",
        "Steget:2025:enrolled:all=92",
        "actual:2025:revenue_operating=6020000",
        "actual:2025:result=-168400",
      ]),
    );
    expect(read(lines).filter((f) => f.startsWith("fed:") && f.endsWith("=92"))).toEqual([]);
  });

  it("is no block for two records or a record with text after it (must not fire)", () => {
    expect(structuredData(lines.slice(0, 3))).toBeUndefined();
    expect(
      structuredData([
        '{"ar": 2025, "matt": "nya", "varde": 80} och mer',
        '{"ar": 2025, "matt": "nya", "varde": 81}',
        '{"ar": 2025, "matt": "nya", "varde": 82}',
      ]),
    ).toBeUndefined();
  });
});

describe("YAML lists, key figures in a list and members' fees keyed by name", () => {
  const yaml = [
    "verksamhetsar: 2025",
    "forbund: Samordningsförbundet Fjällby",
    "nyckeltal:",
    "  - etikett: Deltagare",
    "    varde: 131",
    "    jamfor: 120        # 2024",
    "  - etikett: Kvinnor",
    "    varde: 70",
    "  - etikett: Män",
    "    varde: 61",
    "    # utkast: 60",
    "  - etikett: Nya deltagare",
    "    varde: 58",
    "medlemsbidrag_tkr:",
    "  staten: 3000",
    "  region_fjallmark: 1500",
    "  fjallby_kommun: 1500",
  ];

  it("reads a list's items as records, a gender's item after a count as that count's split", () => {
    expect(read(yaml)).toEqual(
      expect.arrayContaining([
        "fed:2025:enrolled:all=131",
        "fed:2025:enrolled:woman=70",
        "fed:2025:enrolled:man=61",
        "fed:2025:new:all=58",
      ]),
    );
    // The comparison's value beside an item and a commented draft are never read.
    expect(read(yaml).filter((f) => /=(120|60)$/.test(f))).toEqual([]);
  });

  it("sets out members' fees keyed by their names as a members' list", () => {
    const set = structuredData(yaml)!.lines;
    expect(set).toContain("Medlemsbidrag 2025 (tkr):");
    expect(set).toContain("Region Fjallmark   1500");
    expect(set).toContain("Fjallby kommun   1500");
  });

  it("splits no count by a gender's item that follows no count, nor reads a budget's fees (must not fire)", () => {
    const lines = [
      "verksamhetsar: 2025",
      "nyckeltal:",
      "  - etikett: Utbildningsdagar",
      "    varde: 12",
      "  - etikett: Kvinnor",
      "    varde: 70",
      "budget:",
      "  medlemsbidrag_tkr:",
      "    staten: 3100",
      "    region_fjallmark: 1550",
    ];
    expect(read(lines).filter((f) => f.endsWith("=70"))).toEqual([]);
    expect(structuredData(lines)?.lines.join("\n") ?? "").not.toMatch(/3100|1550/);
  });
});
