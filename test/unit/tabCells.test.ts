import { describe, expect, it } from "vitest";
import { alignTabCells } from "../../loaders/input/tabCells.ts";
import { normalizeLines } from "../../loaders/input/normalizeText.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import { manifestEntrySchema } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry = manifestEntrySchema.parse({
  federation_id: "granliden",
  kind: "annual_report",
  date: "2025-03-10",
  period_year: 2024,
  title: "Verksamhetsberättelse 2024",
  file: "granliden/vb-2024.txt",
  sha256: "0".repeat(64),
});
const extract = (lines: string[]) => extractFromLines(entry, lines, "0".repeat(64)).facts as AnyFact[];
const finance = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.item}=${f.amount_sek}@${f.line}`);

/** A statement saved from a word processor: one TAB between cells, an empty Not cell as two TABs. */
const TAB_STATEMENT = [
  "Resultaträkning (kronor)",
  "\tNot\t2024\t2023",
  "Verksamhetens intäkter\t3\t6 410 000\t6 250 000",
  "Verksamhetens kostnader\t4\t-6 702 118\t-6 020 540",
  "Verksamhetens resultat\t\t-292 118\t229 460",
  "Finansiella intäkter\t\t12 006\t4 117",
  "Årets resultat\t\t-280 112\t233 577",
];

describe("cells separated by TABs", () => {
  it("sets a table out in columns, an empty cell blank under its header", () => {
    const out = alignTabCells(TAB_STATEMENT);
    expect(out).toHaveLength(TAB_STATEMENT.length);
    expect(out[0]).toBe(TAB_STATEMENT[0]);
    // Every cell of a column starts or ends where its header does; nothing is joined by one space.
    const notAt = out[1]!.indexOf("Not");
    expect(out[2]!.slice(notAt, notAt + 3).trim()).toBe("3");
    expect(out[4]!.slice(notAt, notAt + 3).trim()).toBe("");
    const yearEnd = out[1]!.indexOf("2024") + 4;
    expect(out[4]!.slice(0, yearEnd).trimEnd().endsWith("-292 118")).toBe(true);
    expect(out.every((l) => !l.includes("\t"))).toBe(true);
  });

  it("puts a header typed without the empty cell over the labels over the value columns", () => {
    const out = alignTabCells(["Kvinnor\tMän\tTotalt", "Nya under året\t41\t33\t74", "Avslutade\t29\t30\t59"]);
    const totalEnd = out[0]!.indexOf("Totalt") + "Totalt".length;
    expect(out[1]!.slice(0, totalEnd).trimEnd().endsWith("74")).toBe(true);
    expect(out[0]!.startsWith(" ".repeat("Nya under året".length))).toBe(true);
  });

  it("leaves lines without a TAB as they are", () => {
    const lines = ["Årets resultat   -280 112   233 577", "Förbundet hade 140 deltagare."];
    expect(alignTabCells(lines)).toEqual(lines);
  });

  it("reads text set with tab stops (cell counts differ) by stops of eight, never closing a gap to one space", () => {
    const out = alignTabCells(["Intäkter\t\t8 960", "Kostnader för insatser\t8 420", "Lokal\t\t\t12"]);
    expect(out[0]).toBe(`Intäkter${" ".repeat(16)}8 960`);
    expect(out[1]).toBe(`Kostnader för insatser  8 420`);
    expect(out[2]!.indexOf("12")).toBe(24);
  });

  it("keeps the TABs in the document's own text; the parsers read columns", () => {
    const read = normalizeLines(TAB_STATEMENT);
    expect(read.asExtracted).toEqual(TAB_STATEMENT);
    expect(read.lines[2]).not.toContain("\t");
  });

  it("reads a TAB statement's years by column, the Not column never as an amount", () => {
    const got = finance(extract(TAB_STATEMENT));
    expect(got).toEqual(
      expect.arrayContaining([
        "2024:revenue_operating=6410000@3",
        "2023:revenue_operating=6250000@3",
        "2024:cost_operating=6702118@4",
        "2024:operating_result=-292118@5",
        "2023:result=233577@7",
      ]),
    );
    // Must not: a note number (3, 4) as an amount, a 2023 cell as 2024's.
    const facts = extract(TAB_STATEMENT).filter((f) => f.table === "finance");
    expect(facts.filter((f) => [3, 4, 3000, 4000].includes(Math.abs(Number(f.amount_sek))))).toEqual([]);
    expect(facts.filter((f) => f.year === 2024 && f.amount_sek === 6250000)).toEqual([]);
  });

  it("reads a statement under a table caption ('Tabell 4. Resultaträkning')", () => {
    const got = finance(extract(["Tabell 4. Resultaträkning (kronor)", ...TAB_STATEMENT.slice(1)]));
    expect(got).toContain("2024:result=-280112@7");
  });
});
