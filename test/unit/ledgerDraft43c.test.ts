/**
 * An audit's reconciliation of the accounts against the ledger and a draft: "Post   Huvudbok
 * Utkast 3/3   Diff." without a year. The ledger's column is the report year's outcome; the draft's
 * and the difference's columns are never stored. Made-up federation, own words.
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "vassmora",
  kind: "annual_report",
  date: "2025-03-20",
  period_year: 2024,
  title: "Granskning 2024",
  file: "vassmora/granskning-2024.txt",
  sha256: "0".repeat(64),
};
const facts = (lines: string[]) => extractFromLines(entry, lines, entry.sha256).facts as AnyFact[];
const finance = (fs: AnyFact[]) =>
  fs.filter((f) => f.table === "finance").map((f) => `${f.item}/${f.basis}@${f.year}=${f.amount_sek}`);

const table = (header: string) => [
  "Avstämning för Vassmora samordningsförbund",
  "",
  "Vi har jämfört bokslutet med huvudboken och med det utkast som skickades ut i mars.",
  "",
  header,
  "Verksamhetens intäkter        5 120 000        5 120 000             0",
  "Verksamhetens kostnader      -4 980 300       -4 940 300       -40 000",
  "Verksamhetens resultat          139 700          179 700       -40 000",
  "Årets resultat                  141 900          181 900       -40 000",
  "",
  "Skillnaden gäller en obokförd leverantörsfaktura.",
];

describe("a ledger column beside a draft's column", () => {
  it("reads the ledger's column as the report year's outcome, never the draft's or the difference", () => {
    const got = finance(facts(table("Post                          Huvudboken      Utkast 3/3           Diff.")));
    expect(got).toContain("cost_operating/actual@2024=4980300");
    expect(got).toContain("result/actual@2024=141900");
    expect(got.some((g) => /=(4940300|-4940300|179700|181900|-40000|40000)$/.test(g))).toBe(false);
  });

  it("stores nothing where the other column is no draft ('Huvudbok   Prognos   Diff.')", () => {
    const got = finance(facts(table("Post                          Huvudbok        Prognos              Diff.")));
    expect(got).toEqual([]);
  });

  it("stores nothing from a draft beside a difference with no ledger column ('Utkast 3/3   Diff.')", () => {
    const lines = table("Post                          Utkast 3/3      Utkast 1/3           Diff.");
    expect(finance(facts(lines))).toEqual([]);
  });
});
