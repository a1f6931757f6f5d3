/**
 * A table's last columns that hold no reader's figure ("Status", "Kommentar", a target beside
 * years or counts) are blanked, so the known columns are read by position; an ambiguous cell keeps
 * the table as written. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { blankAnnotationColumns } from "../../loaders/extract/text/annotationColumns.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const read = (lines: string[]) =>
  documentFacts({ federation: "lindmo" }, lines).map(
    (f) => `${f.table}:${f.measure ?? f.item ?? f.category}:${f.gender ?? ""}:${f.year}=${f.value ?? f.amount_sek}`,
  );

describe("a table's trailing annotation columns", () => {
  it("are blanked where they stand: the header's cell and the cells under it", () => {
    const lines = [
      "Projekt          Inskrivna   Avslutade   Mål     Status",
      "Brofästet            31          12         35      Pågår enligt plan",
      "Totalt               31          12",
    ];
    const out = blankAnnotationColumns(lines)!;
    expect(out[0]).toBe("Projekt          Inskrivna   Avslutade");
    expect(out[1]).toBe("Brofästet            31          12");
    expect(out[2]).toBe(lines[2]);
  });

  it("leave a several-year overview's years read, never next year's target", () => {
    const facts = read([
      "Samordningsförbundet Lindmo",
      "Årsredovisning 2024",
      "",
      "Flerårsöversikt",
      "                                2024      2023      Målsättning 2025",
      "Antal deltagare                  142       131              150",
      "Avslutade                         61        57               70",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining(["participant_count:enrolled:all:2024=142", "participant_count:exited:all:2024=61"]),
    );
    expect(facts.filter((f) => f.endsWith("=150") || f.endsWith("=70"))).toEqual([]);
  });

  it("let a statement with a comment column be read", () => {
    const facts = read([
      "Samordningsförbundet Lindmo",
      "Årsredovisning 2024",
      "",
      "Resultaträkning (kr)          Utfall 2024     Utfall 2023    Kommentarer",
      "Verksamhetens intäkter          4 100 000       4 000 000    Avgifter enligt plan",
      "Verksamhetens kostnader        -4 180 000      -3 900 000    Ny insats i maj",
      "Årets resultat                    -80 000         100 000",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining(["finance:revenue_operating::2024=4100000", "finance:result::2024=-80000"]),
    );
  });

  it("stay where a cell stands between the kept column and the annotation's (must not fire)", () => {
    const lines = [
      "Insats        Deltagare   Avslutade          Status",
      "Brofästet         31          12      40     Pågår",
    ];
    expect(blankAnnotationColumns(lines)).toBeUndefined();
  });

  it("stay where a run reaches across into the annotation's column (must not fire)", () => {
    const lines = ["Insats        Deltagare   Avslutade  Status", "Brofästet         31          12 40 pågår"];
    expect(blankAnnotationColumns(lines)).toBeUndefined();
  });

  it("keep a goal table's target beside its outcome column (must not fire)", () => {
    const lines = [
      "Indikator                         Utfall 2024     Mål 2024",
      "Andel till arbete, %                 31             35",
    ];
    expect(blankAnnotationColumns(lines)).toBeUndefined();
  });

  it("stay where the last column is one no list names (must not fire)", () => {
    const lines = ["Projekt          Inskrivna   Avslutade   Läge", "Brofästet            31          12      Pågår"];
    expect(blankAnnotationColumns(lines)).toBeUndefined();
  });

  it("leave a heading or running text alone (must not fire)", () => {
    expect(
      blankAnnotationColumns(["Status för insatserna", "Under 2024 hade insatserna 142 deltagare."]),
    ).toBeUndefined();
    expect(blankAnnotationColumns(["Mål  Status", "Text utan siffror här"])).toBeUndefined();
  });
});

describe("a table's trailing explanation column", () => {
  it("is blanked like a comment ('Förklaring', 'Åtgärd')", () => {
    const lines = [
      "Mått                 2024     2023    Förklaring",
      "Deltagare             88       80    fler remisser",
    ];
    expect(blankAnnotationColumns(lines)).toEqual([
      "Mått                 2024     2023",
      "Deltagare             88       80",
    ]);
  });
});

describe("a follow-up print-out's comparison columns (the county's, the country's)", () => {
  const printout = [
    "Samordningsförbundet Lindmo",
    "Årsredovisning 2024",
    "",
    "Deltagarflöde under året",
    "                               Kvinnor    Män   Totalt | Länet totalt  Riket totalt",
    "Nya under året                      40     35       75 |          301         7 120",
    "Deltagare under året                72     58      130 |          588        13 940",
    "Avslutade under året                33     29       62 |          240         6 310",
  ];

  it("are blanked past a divider, so the federation's own columns are read and the comparisons never", () => {
    const facts = read(printout);
    expect(facts).toEqual(
      expect.arrayContaining([
        "participant_count:enrolled:all:2024=130",
        "participant_count:enrolled:woman:2024=72",
        "participant_count:exited:all:2024=62",
      ]),
    );
    expect(facts.filter((f) => /=(301|7120|588|13940|240|6310)$/.test(f))).toEqual([]);
  });

  it("leave a comparison column standing before the federation's own where it is not last (must not fire)", () => {
    const lines = ["Mått            Riket     2024", "Deltagare       13 940     130"];
    expect(blankAnnotationColumns(lines)).toBeUndefined();
  });
});
