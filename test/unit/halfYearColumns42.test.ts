/**
 * A statement following the economy half-year by half-year: "Jan–jun   Jul–dec" without a year beside
 * "Helår 2024   Helår 2023". The halves are blanked; the whole years head their columns. Made-up
 * federation, own words.
 */
import { describe, expect, it } from "vitest";
import { partYearColumns } from "../../loaders/extract/text/partYearColumns.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "lommared",
  kind: "annual_report",
  date: "2025-03-14",
  period_year: 2024,
  title: "Årsredovisning 2024",
  file: "lommared/arsredovisning-2024.txt",
  sha256: "0".repeat(64),
};
const facts = (lines: string[]) => extractFromLines(entry, lines, entry.sha256).facts as AnyFact[];
const finance = (fs: AnyFact[]) =>
  fs.filter((f) => f.table === "finance").map((f) => `${f.item}/${f.basis}@${f.year}=${f.amount_sek}`);

const STATEMENT = [
  "Lommareds samordningsförbund, årsredovisning 2024",
  "Belopp i tkr.",
  "",
  "RESULTATRÄKNING          Första halvåret   Andra halvåret   Helår 2024   Helår 2023",
  "Verksamhetens intäkter             2 510            2 540        5 050        4 880",
  "Verksamhetens kostnader           -2 300           -2 690       -4 990       -4 910",
  "Verksamhetens resultat               210             -150           60          -30",
  "Årets resultat                       214             -146           68          -27",
];

describe("half-year columns without their year beside the whole years", () => {
  it("blanks the halves and reads the whole year's column as the year's", () => {
    const out = partYearColumns(STATEMENT)!;
    expect(out).toBeDefined();
    expect(out[4]).not.toMatch(/2 510|2 540/u);
    expect(out[3]).toMatch(/^RESULTATRÄKNING\s+2024\s+2023$/u);
    const got = finance(facts(STATEMENT));
    expect(got).toContain("revenue_operating/actual@2024=5050000");
    expect(got).toContain("result/actual@2024=68000");
    expect(got.filter((g) => /=(2510000|2540000|214000|-146000)$/u.test(g))).toEqual([]);
  });

  it("leaves a header of halves alone where no whole year names its year", () => {
    const noYear = STATEMENT.map((l) => l.replace("Helår 2024", "Helåret    ").replace("Helår 2023", "Helåret    "));
    expect(partYearColumns(noYear)).toBeUndefined();
    const onlyHalves = [
      "Belopp i tkr.",
      "",
      "RESULTATRÄKNING          Jan–jun   Jul–dec",
      "Verksamhetens intäkter     2 510     2 540",
      "Årets resultat               214      -146",
    ];
    expect(partYearColumns(onlyHalves)).toBeUndefined();
    // Untitled quarters without their year beside the whole year: left to the readers as it stands.
    const untitled = [
      "Nyckeltal per kvartal",
      "                               Kv 1     Kv 2     Kv 3     Kv 4     Helår 2024",
      "Nya deltagare                    12       15       11       14             52",
      "Avslutade deltagare               9       13       10       12             44",
    ];
    expect(partYearColumns(untitled)).toBeUndefined();
    expect(finance(facts(onlyHalves)).filter((g) => /=(2510000|2540000|214000|-146000)$/u.test(g))).toEqual([]);
  });
});
