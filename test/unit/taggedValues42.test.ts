/**
 * A follow-up system's print: each item's label on a line of its own, its values under it tagged inline
 * ("Prognos 2024: 5 200    Utfall 2024: 5 310    Utfall 2023: 4 990"). Made-up federation, own words.
 */
import { describe, expect, it } from "vitest";
import { taggedValues } from "../../loaders/extract/text/taggedValues.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "granvik",
  kind: "annual_report",
  date: "2025-03-12",
  period_year: 2024,
  title: "Årsredovisning 2024",
  file: "granvik/uppfoljning-2024.txt",
  sha256: "0".repeat(64),
};
const facts = (lines: string[]) => extractFromLines(entry, lines, entry.sha256).facts as AnyFact[];
const shown = (fs: AnyFact[]) =>
  [
    ...new Set(
      fs.map((f) =>
        f.table === "finance"
          ? `${f.item}/${f.basis}@${f.year}=${f.amount_sek}`
          : f.table === "participant_count"
            ? `${f.measure}/${f.gender}@${f.year}=${f.value}`
            : `${f.table}=${f.value ?? f.amount_sek}`,
      ),
    ),
  ].sort();

const REPORT = [
  "Granviks samordningsförbund",
  "Uppföljning av verksamhetsåret 2024",
  "Beloppen anges i tkr.",
  "",
  "RESULTAT",
  "Summa verksamhetens intäkter",
  "    Prognos 2024: 5 200   Utfall 2024: 5 310   Utfall 2023: 4 990",
  "Summa verksamhetens kostnader",
  "    Prognos 2024: 5 400   Utfall 2024: 5 265   Utfall 2023: 5 020",
  "Årets resultat",
  "    Prognos 2024: -200    Utfall 2024: 45      Utfall 2023: -30",
  "",
  "DELTAGARE 2024",
  "Antal deltagare",
  "    Målvärde 2024: 140    Utfall 2024: 133     Utfall 2023: 121",
  "Nya deltagare",
  "    Utfall 2024: 58       Utfall 2023: 49",
];

describe("labels over tagged values read as a table of outcomes", () => {
  it("sets each label on its values' line under the outcome tags, the forecast and target taken out", () => {
    const r = taggedValues(REPORT)!;
    expect(r).toBeDefined();
    const row = r.lines.findIndex((l) => l.startsWith("Summa verksamhetens kostnader"));
    expect(r.lines[row]).toMatch(/^Summa verksamhetens kostnader\s+5 265\s+5 020$/u);
    expect(r.from[row]).toBe(8);
    expect(r.lines.join("\n")).not.toMatch(/5 400|Prognos|140|Målvärde/u);
    expect(r.lines).toContain(r.lines.find((l) => /^\s+Utfall 2024\s+Utfall 2023$/u.test(l)));
  });

  it("reads the year's outcomes, never the forecast, the target or last year's as the year's", () => {
    const got = shown(facts(REPORT));
    expect(got).toContain("result/actual@2024=45000");
    expect(got).toContain("revenue_operating/actual@2024=5310000");
    expect(got).toContain("enrolled/all@2024=133");
    expect(got).toContain("new/all@2024=58");
    for (const bad of ["=5200000", "=5400000", "=-200000", "enrolled/all@2024=140", "enrolled/all@2024=121"])
      expect(got.some((g) => g.includes("@2024") && g.endsWith(bad))).toBe(false);
  });

  it("leaves lines with a tag it does not know as written", () => {
    const odd = REPORT.map((l) => l.replace("Prognos", "Snitt länet").replace("Målvärde", "Snitt länet"));
    const r = taggedValues(odd);
    const rows = r?.lines.filter((l) => /^Summa verksamhetens intäkter\s+\d/u.test(l)) ?? [];
    expect(rows).toEqual([]);
    expect(r?.lines ?? odd).toContain("    Snitt länet 2024: 5 200   Utfall 2024: 5 310   Utfall 2023: 4 990");
  });

  it("does not fire on fewer than three labelled lines, nor on a value line without a label above it", () => {
    expect(taggedValues(REPORT.slice(0, 9))).toBeUndefined();
    const unlabelled = [
      "Text om året.",
      "",
      "    Utfall 2024: 5 310",
      "",
      "    Utfall 2024: 45",
      "",
      "    Utfall 2024: 9",
    ];
    expect(taggedValues(unlabelled)).toBeUndefined();
  });

  it("leaves a run as written where two outcome tags name one year", () => {
    const clash = REPORT.map((l) => l.replace("Prognos 2024", "Bokslut 2024"));
    const r = taggedValues(clash);
    expect(r?.lines.some((l) => /^Årets resultat\s+\S/u.test(l)) ?? false).toBe(false);
  });
});
