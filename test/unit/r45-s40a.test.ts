/**
 * Report shapes of set 40 (stop 45, second wave): each rule with a made-up shape it must read and the
 * nearest shape it must leave alone. Made-up federations and figures, own words.
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import { blankChangeParentheses, isChangeNote } from "../../loaders/extract/text/changeParentheses.ts";
import { fractionCards } from "../../loaders/extract/text/fractionCards.ts";
import { sparklineColumns } from "../../loaders/extract/text/sparklineColumns.ts";
import { priorYearDeclarationIndex } from "../../loaders/extract/text/priorYearParentheses.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "tallnas",
  kind: "annual_report",
  date: "2026-03-10",
  period_year: 2025,
  title: "Årsredovisning 2025",
  file: "tallnas/arsredovisning-2025.txt",
  sha256: "0".repeat(64),
};
const federation = {
  id: "tallnas",
  name: "Samordningsförbundet Tallnäs",
  members: ["Tallnäs kommun", "Ekbyns kommun", "Region Åsmark"],
};
const facts = (lines: string[]) => extractFromLines(entry, lines, entry.sha256, federation).facts as AnyFact[];
const counts = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "participant_count" && !f.intervention)
    .map((f) => `${f.measure}/${f.gender}@${f.year}=${f.value}`)
    .sort();
const money = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "finance")
    .map((f) => `${f.item}/${f.basis}@${f.year}=${f.amount_sek}`)
    .sort();
const fees = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}@${f.year}=${f.amount_sek}`)
    .sort();
const exits = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "participant_breakdown" && !f.intervention)
    .map((f) => `${f.category}@${f.year}=${f.value}`)
    .sort();
const unique = (xs: string[]) => [...new Set(xs)];

const head = ["Samordningsförbundet Tallnäs", "Årsredovisning 2025", ""];

describe("a change since last year in parentheses, declared by a reading note", () => {
  const note = "Så läser du siffrorna: efter varje värde står förändringen mot 2024 inom parentes.";

  it("knows the note and does not take it for a prior-year legend", () => {
    expect(isChangeNote(note)).toBe(true);
    expect(isChangeNote("Inom parentes anges skillnaden jämfört med föregående år.")).toBe(true);
    expect(priorYearDeclarationIndex([note])).toBe(-1);
    // A note about last year's figures is the prior-year reader's.
    expect(isChangeNote("Siffrorna inom parentes gäller 2024.")).toBe(false);
    expect(priorYearDeclarationIndex(["Siffrorna inom parentes gäller 2024."])).toBe(0);
  });

  it("blanks each signed bracket after a figure and the caption's own bracket, space for character", () => {
    const lines = [
      note,
      "Ekonomi 2025, kronor (förändring mot 2024)",
      "  Inskrivna ............ 143 (−7)",
      "  Årets resultat ....... 61 300 (+12 450)",
      "Andelen till arbete var 38 % (+2 procentenheter).",
    ];
    const out = blankChangeParentheses(lines)!;
    expect(out[1]!.trimEnd()).toBe("Ekonomi 2025, kronor");
    expect(out[2]!.trimEnd()).toBe("  Inskrivna ............ 143");
    expect(out[3]!.trimEnd()).toBe("  Årets resultat ....... 61 300");
    expect(out[4]).toBe(`Andelen till arbete var 38 %${" ".repeat(" (+2 procentenheter)".length)}.`);
    expect(out.map((l) => l.length)).toEqual(lines.map((l) => l.length));
  });

  it("reads the list's figures and never the changes", () => {
    const fs = facts([
      ...head,
      note,
      "",
      "Deltagare 2025",
      "",
      "  Inskrivna deltagare ........ 143 (−7)",
      "    varav kvinnor ............. 80 (+3)",
      "    varav män ................. 63 (−10)",
      "  Avslutade deltagare ......... 58 (+9)",
      "",
      "Avslutade deltagare gick vidare till",
      "",
      "  Arbete ...................... 21 (+4)",
      "  Studier ..................... 9 (−1)",
      "",
      "Medlemsbidrag 2025, kronor (förändring mot 2024)",
      "",
      "  Staten ...................... 2 100 000 (+75 000)",
      "  Region Åsmark ............... 1 050 000 (+37 500)",
      "  Tallnäs kommun ................ 630 000 (+22 500)",
      "  Ekbyns kommun ................. 420 000 (+15 000)",
      "",
      "Resultaträkning 2025, kronor (förändring mot 2024)",
      "",
      "  Verksamhetens intäkter ...... 4 200 000 (+150 000)",
      "  Verksamhetens kostnader .... −4 138 700 (+201 300)",
      "  Verksamhetens resultat ........ 61 300 (−51 300)",
      "  Årets resultat ................ 61 300 (−51 300)",
    ]);
    expect(unique(counts(fs))).toEqual([
      "enrolled/all@2025=143",
      "enrolled/man@2025=63",
      "enrolled/woman@2025=80",
      "exited/all@2025=58",
    ]);
    expect(unique(exits(fs))).toEqual(["studies@2025=9", "work@2025=21"]);
    expect(unique(fees(fs))).toEqual([
      "Ekbyns kommun@2025=420000",
      "Region Åsmark@2025=1050000",
      "Staten@2025=2100000",
      "Tallnäs kommun@2025=630000",
    ]);
    expect(unique(money(fs))).toEqual([
      "cost_operating/actual@2025=4138700",
      "operating_result/actual@2025=61300",
      "result/actual@2025=61300",
      "revenue_operating/actual@2025=4200000",
    ]);
  });

  it("leaves brackets alone without the note, above it, and unsigned under it", () => {
    expect(blankChangeParentheses(["Inskrivna ........ 143 (+7)", "Avslutade ........ 58 (−2)"])).toBeUndefined();
    const lines = ["Inskrivna ........ 143 (+7)", note, "Inskrivna kvinnor ........ 80 (12)"];
    expect(blankChangeParentheses(lines)).toBeUndefined();
  });
});

describe("a card's figure as a fraction of its whole with the share after it", () => {
  it("reads 'label: x av y (p %)' as the card's x, the unit kept with it", () => {
    const out = fractionCards(["- Studier: 7 av 52 (13 %).", "- Region Åsmark: 1 050 av 4 200 tkr (25 %)."])!;
    expect(out).toEqual(["- Studier: 7.", "- Region Åsmark: 1 050 tkr."]);
  });

  it("makes the women and men under their whole's card its parts", () => {
    const lines = ["- Inskrivna under året: 126 personer.", "- Kvinnor: 70 av 126 (56 %).", "- Män: 56 av 126 (44 %)."];
    expect(fractionCards(lines)!.slice(1)).toEqual(["- varav kvinnor: 70.", "- varav män: 56."]);
    // No card giving the whole above: a bare gender card, naming no measure.
    expect(fractionCards(["Deltagarna", "- Kvinnor: 70 av 126 (56 %)."])![1]).toBe("- Kvinnor: 70.");
  });

  it("stores the fees and destinations of such a list", () => {
    const fs = facts([
      ...head,
      "Belopp anges i tkr.",
      "",
      "Deltagare",
      "",
      "- Inskrivna under året: 126 personer.",
      "- Kvinnor: 70 av 126 (56 %).",
      "- Män: 56 av 126 (44 %).",
      "- Avslutade under året: 52 av 126 (41 %).",
      "",
      "Vart gick de avslutade?",
      "",
      "- Arbete: 15 av 52 (29 %).",
      "- Studier: 7 av 52 (13 %).",
      "",
      "Medlemsbidragens fördelning",
      "",
      "- Staten: 2 100 av 4 200 tkr (50 %).",
      "- Region Åsmark: 1 050 av 4 200 tkr (25 %).",
      "- Tallnäs kommun: 630 av 4 200 tkr (15 %).",
      "- Ekbyns kommun: 420 av 4 200 tkr (10 %).",
    ]);
    expect(unique(counts(fs))).toEqual([
      "enrolled/all@2025=126",
      "enrolled/man@2025=56",
      "enrolled/woman@2025=70",
      "exited/all@2025=52",
    ]);
    expect(unique(exits(fs))).toEqual(["studies@2025=7", "work@2025=15"]);
    expect(unique(fees(fs))).toEqual([
      "Ekbyns kommun@2025=420000",
      "Region Åsmark@2025=1050000",
      "Staten@2025=2100000",
      "Tallnäs kommun@2025=630000",
    ]);
  });

  it("leaves running text, a share's label, a bracket that is no quotient and a line going on", () => {
    expect(
      fractionCards([
        "I enkäten svarade 40 av 52 (77 %).",
        "- Andel till arbete: 15 av 52 (29 %).",
        "- Arbete: 15 av 52 (40 %).",
        "- Kostnader: 3 900 av 4 200 tkr (93 %) enligt budget.",
        "- Belagda platser: 30 av 20 (150 %).",
      ]),
    ).toBeUndefined();
  });
});

describe("a key-figure table with a sparkline column", () => {
  const table = [
    "Mått                       2020 → 2024     2024    Snitt 2020–2024",
    "Inskrivna deltagare        ▁▂▄▅▇            141              120",
    "  varav kvinnor            ▂▂▄▅▇             77               64",
    "  varav män                ▁▃▄▄▆             64               56",
    "Avslutade deltagare        ▃▂▄▆█             60               49",
  ];

  it("cuts the curves and their header cell out of the table, the other columns kept in line", () => {
    const out = sparklineColumns(table)!;
    expect(out[0]).toBe("Mått                         2024    Snitt 2020–2024");
    expect(out[1]).toBe("Inskrivna deltagare           141              120");
    expect(out[4]).toBe("Avslutade deltagare            60               49");
  });

  it("reads the year's column and never the average", () => {
    const fs = facts(["Samordningsförbundet Tallnäs", "Nyckeltal 2024", "", "Deltagare", "", ...table]);
    expect(unique(counts(fs)).filter((c) => c.includes("@2024="))).toEqual([
      "enrolled/all@2024=141",
      "enrolled/man@2024=64",
      "enrolled/woman@2024=77",
      "exited/all@2024=60",
    ]);
  });

  it("leaves a bar chart of one height, a header cell of other words and a curve with no figure after it", () => {
    expect(sparklineColumns(["Arbete       ████████   16", "Studier      ████       8"])).toBeUndefined();
    expect(
      sparklineColumns(["Mått                 Budget 2024     2024", "Inskrivna            ▁▂▄▅▇            141"]),
    ).toBeUndefined();
    expect(sparklineColumns(["Utvecklingen          ▁▂▄▅▇"])).toBeUndefined();
  });
});

describe("a list of fees closed by their sum", () => {
  it("passes over the sum where it is the rows above together, and refuses a list whose last row is no sum", () => {
    const list = (sum: string) => [
      ...head,
      "Medlemsbidrag, tkr",
      "",
      "Staten ....................... 2 100",
      "Region Åsmark ................ 1 050",
      "Tallnäs kommun ................. 630",
      "Ekbyns kommun .................. 420",
      `Summa medlemsbidrag .......... ${sum}`,
    ];
    expect(unique(fees(facts(list("4 200"))))).toEqual([
      "Ekbyns kommun@2025=420000",
      "Region Åsmark@2025=1050000",
      "Staten@2025=2100000",
      "Tallnäs kommun@2025=630000",
    ]);
    // A "sum" that is not the rows together: whose figures these are is unclear, nothing stored.
    expect(fees(facts(list("4 900")))).toEqual([]);
  });
});

describe("a years-as-rows money table whose numbered caption states the unit", () => {
  const table = (caption: string) => [
    ...head,
    caption,
    "",
    "År       Intäkter   Kostnader   Årets resultat   Eget kapital 31/12",
    "2024       4 100       4 180             -80                  905",
    "2025       4 200       4 139              61                  966",
  ];

  it("reads the unit past the table's number", () => {
    expect(unique(money(facts(table("Tabell 2. Ekonomi per år, tkr")))).filter((m) => m.includes("@2025="))).toEqual([
      "cost_operating/actual@2025=4139000",
      "equity_end/actual@2025=966000",
      "result/actual@2025=61000",
      "revenue_operating/actual@2025=4200000",
    ]);
  });

  it("still refuses a caption with a figure of its own beside the unit", () => {
    expect(money(facts(table("Tabell 2. Ekonomi för 3 insatser, tkr"))).filter((m) => m.startsWith("revenue"))).toEqual(
      [],
    );
  });
});

describe("a fee table of members as columns under a title over its years", () => {
  const table = (header: string) => [
    ...head,
    "Tabell 5. Medlemsbidrag per år, tkr",
    "",
    header,
    "2024              2 000            1 000           600      400    4 000",
    "2025              2 100            1 050           630      420    4 200",
    "2026 (budget)     2 200            1 100           660      440    4 400",
  ];

  it("reads each year's row, the budget row as a budget", () => {
    const fs = facts(table("År               Staten   Region Åsmark   Tallnäs   Ekbyn    Summa"));
    const rows = unique(
      fs
        .filter((f) => f.table === "member_contribution")
        .map((f) => `${f.member}/${f.basis}@${f.year}=${f.amount_sek}`),
    );
    expect(rows.filter((r) => r.includes("@2025="))).toEqual(
      expect.arrayContaining(["Staten/actual@2025=2100000", "Region Åsmark/actual@2025=1050000"]),
    );
    expect(rows.some((r) => r.includes("/actual@2026=") || (r.endsWith("=2200000") && r.includes("@2025")))).toBe(
      false,
    );
  });

  it("never reads a header whose cells are no members", () => {
    const fs = facts(table("År               Deltagare   Nya   Avslutade   Övriga    Summa"));
    expect(fees(fs)).toEqual([]);
  });
});
