/**
 * A key-figure table grouped under headings in capitals, its header once over all the groups
 * (`text/groupedTables.ts`): must fire and must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { groupedTables } from "../../loaders/extract/text/groupedTables.ts";
import { extractReport, countsOf } from "../support/reportFacts.ts";
import type { AnyFact } from "../helpers.ts";

const TABLE = [
  "Samordningsförbundet Tuvedal",
  "Nyckeltal 2025",
  "",
  "                                     Budget        Utfall      Förändring",
  "                                       2025          2025      mot 2024",
  "PERSONER I INSATSERNA",
  "Deltagare totalt                        150           171      +8 %",
  "Nya deltagare                            80            76      −5 %",
  "Avslutade deltagare                      70            69      ±0 %",
  "",
  "EKONOMI (tkr)",
  "Verksamhetens intäkter                6 200         6 200      +2 %",
  "Verksamhetens kostnader               6 400         6 311      +6 %",
  "Årets resultat                         −200          −102      –",
  "",
  "Kommentar",
  "Fler deltagare än planerat skrevs in under hösten.",
];

const finance = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.basis}:${f.item}=${f.amount_sek}`);

describe("a key-figure table grouped under headings in capitals", () => {
  it("gives each group the header made one line and blanks the change column", () => {
    const out = groupedTables(TABLE)!;
    expect(out).toBeDefined();
    const at = out.lines.indexOf("EKONOMI (tkr)");
    expect(out.lines[at + 1]).toMatch(/Budget 2025\s{2,}Utfall 2025$/);
    expect(out.lines.some((l) => /Förändring|%/.test(l) && l.startsWith("Deltagare"))).toBe(false);
    // Each row cites its own line; the header copies cite the header's.
    expect(out.from[out.lines.indexOf("Kommentar")]).toBe(TABLE.indexOf("Kommentar"));
  });
  it("reads the groups' counts and amounts, the unit from the group's heading", () => {
    const facts = extractReport(TABLE, "tuvedal", 2025);
    const counts = countsOf(facts);
    expect(counts).toContain("förbundet:new/all=76");
    expect(counts).toContain("förbundet:exited/all=69");
    expect(counts.some((c) => /=(8|5|0|150|80|70)$/.test(c))).toBe(false);
    const money = finance(facts);
    expect(money).toContain("actual:cost_operating=6311000");
    expect(money).toContain("actual:result=-102000");
    expect(money.some((m) => m.startsWith("actual:") && /=(6400000|-200000|2|6)$/.test(m))).toBe(false);
  });
  it("leaves a change column holding amounts as written (must not fire)", () => {
    const lines = TABLE.map((l) => l.replace(/\+8 %$/, "+13"));
    expect(groupedTables(lines)).toBeUndefined();
  });
  it("leaves a table without a heading in capitals under its header (must not fire)", () => {
    const lines = TABLE.map((l) => (l === "PERSONER I INSATSERNA" ? "Personer i insatserna" : l));
    expect(groupedTables(lines)).toBeUndefined();
  });
  it("leaves a header that is not set over the label column (must not fire)", () => {
    const lines = TABLE.map((l, i) => (i === 3 || i === 4 ? l.trimStart() : l));
    expect(groupedTables(lines)).toBeUndefined();
  });
  it("gives no header to a group whose labels run under the first column (must not fire there)", () => {
    const lines = [
      ...TABLE.slice(0, 10),
      "MEDLEMSBIDRAG (tkr)",
      "Staten genom Försäkringskassan och Arbetsförmedlingen  3 100",
      "Region Norrmo                                          1 550",
      "",
    ];
    const out = groupedTables(lines)!;
    const at = out.lines.indexOf("MEDLEMSBIDRAG (tkr)");
    expect(out.lines[at + 1]).toMatch(/^Staten/);
  });
});
