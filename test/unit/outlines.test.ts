/**
 * An outline printed as text (a mind map's or a tree view's export: branches "├──", "+--", or levels
 * by indentation or bullets): each node's figure read through its own label, or its parent's where its
 * label says only a part ("Kvinnor 41" under "Nya deltagare 2025"). Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { outlineAt } from "../../loaders/extract/text/outlines.ts";
import { structuredData } from "../../loaders/extract/text/structuredData.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { parseLongFormatTables } from "../../loaders/extract/general/longFormatTables.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import type { AnyFact } from "../helpers.ts";

const read = (lines: string[], id = "tjarby/2025-annual-report") => {
  const text = readingText(lines, 2025);
  const doc = new DocumentText(id, text.lines, 2025);
  return (parseLongFormatTables(doc).facts as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`
      : `${f.intervention ?? "fed"}:${f.year}:${f.measure ?? f.category}:${f.gender ?? ""}=${f.value}`,
  );
};

describe("an outline drawn with branches", () => {
  const tree = [
    "Utskrift av trädvyn. Belopp i tusental kronor.",
    "",
    "Samordningsförbundet Tjärby 2025",
    "├── Deltagare",
    "│   ├── Nya deltagare",
    "│   │   ├── Kvinnor 41",
    "│   │   ├── Män 30",
    "│   │   └── Totalt 71",
    "│   ├── Avslutade: 63",
    "│   │   ├── Till arbete: 15",
    "│   │   └── Vidare till studier: 6",
    "│   ├── Kvar i insats 31 december: 79",
    "│   └── Per insats",
    "│       ├── Bryggan: 40 deltagare",
    "│       └── Lotsen",
    "│           └── Avslutade: 22",
    "├── Ekonomi",
    "│   ├── Intäkter: 4 960",
    "│   ├── Kostnader: 5 104",
    "│   │   ├── Insatser: 3 900",
    "│   │   └── Kansli: 1 204",
    "│   └── Årets resultat: −144",
    "├── Jämförelse med länet",
    "│   └── Avslutade: 70",
    "└── Mål 2026",
    "    └── Nya deltagare: 90",
  ];

  it("reads each figure through its label, a part through its parent's", () => {
    expect(read(tree)).toEqual(
      expect.arrayContaining([
        "fed:2025:new:woman=41",
        "fed:2025:new:man=30",
        "fed:2025:new:all=71",
        "fed:2025:exited:all=63",
        "fed:2025:work:=15",
        "fed:2025:studies:=6",
        "Lotsen:2025:exited:all=22",
        "actual:2025:revenue_operating=4960000",
        "actual:2025:cost_operating=5104000",
        "actual:2025:result=-144000",
      ]),
    );
  });

  it("never reads the ongoing count, an intervention's figure, a comparison, a target or a cost's parts as the federation's", () => {
    const facts = read(tree);
    expect(facts.filter((f) => f.startsWith("fed:") && /=(79|40|22|70|90)$/.test(f))).toEqual([]);
    expect(facts.filter((f) => /=(3900000|1204000)$/.test(f))).toEqual([]);
  });

  it("reads an ASCII tree and a label with its figure after a space", () => {
    const ascii = [
      "Tjärby 2025",
      "+-- Deltagare 2025",
      "|   +-- Inskrivna totalt 142",
      "|   |   +-- Kvinnor 77",
      "|   |   \\-- Män 65",
      "|   \\-- Avslutade 2025 63",
      "\\-- Förra året (2024)",
      "    \\-- Avslutade 58",
    ];
    const block = outlineAt(ascii, 1)!;
    expect(block.first).toBe(0);
    expect(block.nodes[0]!.children[0]!.children[0]).toMatchObject({ label: "Inskrivna totalt", value: 142, line: 2 });
    const rows = structuredData(ascii)!.lines.join("\n");
    expect(rows).toMatch(/Inskrivna totalt\s+Kvinnor\s+2025\s+77/);
    expect(rows).toMatch(/avslutade\s+Totalt\s+2024\s+58/i);
  });
});

describe("an outline by indentation or bullets", () => {
  it("reads levels set by indentation and by nested bullets", () => {
    const indented = [
      "Samordningsförbundet Tjärby 2025",
      "        Individinsatser",
      "                Deltagare under året 164",
      "                        kvinnor 88",
      "                        män 76",
      "                Avslutade 72",
      "                        gick till arbete 18",
    ];
    expect(read(indented)).toEqual(
      expect.arrayContaining(["fed:2025:enrolled:all=164", "fed:2025:enrolled:woman=88", "fed:2025:work:=18"]),
    );
    const bullets = [
      "Siffrorna gäller hela förbundet 2025.",
      "",
      "- Deltagare",
      "  - Inskrivna",
      "    - kvinnor: 109",
      "    - män: 94",
      "    - totalt: 203",
      "  - Avslutade: 90",
    ];
    expect(read(bullets)).toEqual(
      expect.arrayContaining(["fed:2025:enrolled:all=203", "fed:2025:enrolled:man=94", "fed:2025:exited:all=90"]),
    );
  });

  it("is no outline for a list two levels deep, prose, a table's rows or JSON (must not fire)", () => {
    const flat = [
      "- Deltagare: 140",
      "  - varav kvinnor: 80",
      "  - varav män: 60",
      "- Nya: 70",
      "- Avslutade: 64",
      "- Kvar: 76",
    ];
    expect(outlineAt(flat, 0)).toBeUndefined();
    const prose = [
      "Under året har förbundet arbetat med",
      "    fyra insatser i två kommuner och",
      "        samverkat med 120 personer",
      "        i olika former av stöd",
      "    och flera nätverk",
      "Det gav resultat.",
    ];
    expect(structuredData(prose)).toBeUndefined();
    const table = [
      "Deltagare",
      "  Inskrivna      142     131",
      "    Kvinnor       77      70",
      "      Män         65      61",
      "  Nya             71      66",
      "  Avslutade       63      58",
    ];
    expect(outlineAt(table, 0)).toBeUndefined();
    const leaders = [
      "Fakta om förbundet (verksamhetsåret 2024)",
      "  Intäkter ..................... 11 260 000 kr",
      "     varav staten .............  5 630 000 kr",
      "     varav regionen ...........  2 815 000 kr",
      "  Kostnader .................... 10 890 000 kr",
      "  Årets resultat ...............    370 000 kr",
    ];
    expect(outlineAt(leaders, 0)).toBeUndefined();
  });

  it("passes over a branch whose figure has words after it and a leaf straight under the interventions", () => {
    const lines = [
      "Samordningsförbundet Tjärby 2025",
      "├── Avslutade: 63 (varav 5 preliminärt)",
      "│   ├── Arbete: 15",
      "│   └── Studier: 6",
      "├── Insatser",
      "│   └── Bryggan: 40",
      "└── Nya: 71",
    ];
    const facts = read(lines);
    expect(facts.filter((f) => /=(63|15|6|40)$/.test(f))).toEqual([]);
  });
});

describe("members' fees in an outline", () => {
  const outline = (heading: string) => [
    heading,
    "",
    "- Ekonomi",
    "  - Medlemsavgifter (tkr)",
    "    - Staten: 3 500",
    "    - Region Tjärmark: 1 750",
    "    - Tjärby kommun: 1 750",
    "  - Årets resultat: 81",
  ];

  it("dates fees no branch dates by the report's year where the text above names that year alone", () => {
    const set = structuredData(outline("# Samordningsförbundet Tjärby 2025"), 2025)!.lines;
    expect(set).toContain("Medlemsbidrag 2025 (tkr):");
    expect(set).toContain("Staten   3500");
  });

  it("leaves them undated where the text above names another year or none (must not fire)", () => {
    expect(structuredData(outline("# Samordningsförbundet Tjärby, budget 2026"), 2025)!.lines).toContain(
      "Medlemsbidrag (tkr):",
    );
    expect(structuredData(outline("# Samordningsförbundet Tjärby 2024 och 2025"), 2025)!.lines).toContain(
      "Medlemsbidrag (tkr):",
    );
  });
});

describe("an outliner's stars as levels", () => {
  it("reads one star a level, a leaf through its parent", () => {
    const org = [
      "Beloppen är i tkr.",
      "",
      "* Samordningsförbundet Tjärby 2025",
      "** Deltagare",
      "*** Inskrivna 131",
      "**** kvinnor 70",
      "**** män 61",
      "*** Avslutade 59",
    ];
    expect(read(org)).toEqual(
      expect.arrayContaining(["fed:2025:enrolled:all=131", "fed:2025:enrolled:woman=70", "fed:2025:exited:all=59"]),
    );
  });

  it("is no outline for emphasis or a single star's list (must not fire)", () => {
    expect(
      outlineAt(["* Deltagare 131", "* Nya 66", "* Avslutade 59", "* Kvar 72", "* Mål 80", "* Snitt 60"], 0),
    ).toBeUndefined();
    expect(outlineAt(["**Viktigt:** 131 deltagare", "**Nytt** i år", "text"], 0)).toBeUndefined();
  });
});

describe("a mind map's figures in brackets and after a dash", () => {
  it("reads 'Label (176)' and 'Label – 84' as a label and its figure, a year in a bracket never", () => {
    const lines = [
      "Samordningsförbundet Tjärby 2025",
      "├── Deltagare (176)",
      "│   ├── Kvinnor (95)",
      "│   └── Män (81)",
      "├── Nya – 84",
      "└── Förra året (2024)",
      "    └── Nya – 70",
    ];
    const block = outlineAt(lines, 1)!;
    expect(block.nodes[0]!.children[0]).toMatchObject({ label: "Deltagare", value: 176 });
    expect(block.nodes[0]!.children[2]).toMatchObject({ label: "Förra året (2024)" });
    expect(block.nodes[0]!.children[2]!.value).toBeUndefined();
    expect(read(lines)).toEqual(
      expect.arrayContaining(["fed:2025:enrolled:all=176", "fed:2025:enrolled:woman=95", "fed:2025:new:all=84"]),
    );
    expect(read(lines).filter((f) => f.startsWith("fed:2025:") && f.endsWith("=70"))).toEqual([]);
  });
});
