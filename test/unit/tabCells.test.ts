import { describe, expect, it } from "vitest";
import { alignTabCells } from "../../loaders/input/tabCells.ts";
import { normalizeLines } from "../../loaders/input/normalizeText.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const extract = (lines: string[]) =>
  documentFacts({ federation: "granliden", title: "Verksamhetsberättelse 2024" }, lines);
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

  it("leaves a calendar's or an RTF document's source as it is: a TAB there continues a folded line", () => {
    const calendar = [
      "BEGIN:VCALENDAR",
      "DESCRIPTION:Avgifter: Staten 1 2",
      "\t40 000 kr\\; Region 620 000 kr",
      "\tslut",
    ];
    expect(alignTabCells(calendar)).toEqual(calendar);
    const rtf = ["{\\rtf1\\ansi", "Post\t2025\t2024", "Intäkter\t6 410 000\t6 250 000"];
    expect(alignTabCells(rtf)).toEqual(rtf);
    // Must not spare a TAB table whose text merely names a calendar further down.
    const table = ["Post\t2025\t2024", "Intäkter\t6 410 000\t6 250 000", "BEGIN:VCALENDAR"];
    expect(alignTabCells(table)[1]).toBe("Intäkter   6 410 000   6 250 000");
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

/** A made-up federation's follow-up sheet saved from a spreadsheet as CSV with ";". */
const SEMICOLON_SHEET = [
  "Samordningsförbundet Granliden;;;;;",
  "Uppföljning 2024;;;;;",
  ";;;;;",
  "Insats;Kvinnor;Män;Totalt;Nya;Avslutade",
  "Språnget;12;9;21;8;10",
  "Vidare;17;15;32;14;12",
  "Summa;29;24;53;22;22",
  ";;;;;",
  "EKONOMI (kr);;;;;",
  "Post;Budget 2024;Utfall 2024;Avvikelse;;",
  "Intäkter;5 100 000;5 100 000;0;;",
  "Kostnader;5 400 000;5 236 410;163 590;;",
  "Resultat;-300 000;-136 410;163 590;;",
  "Eget kapital;;1 204 000;;;",
];

describe("cells separated by semicolons (a spreadsheet saved as CSV)", () => {
  it("sets each block out in columns, an empty cell blank under its header, a title as its text", () => {
    const out = alignTabCells(SEMICOLON_SHEET);
    expect(out).toHaveLength(SEMICOLON_SHEET.length);
    expect(out.every((l) => !l.includes(";"))).toBe(true);
    expect(out[0]).toBe("Samordningsförbundet Granliden");
    expect(out[2]).toBe("");
    // The equity row's budget cell is empty: its figure stands under "Utfall 2024", not "Budget 2024".
    const actualEnd = out[9]!.indexOf("Utfall 2024") + "Utfall 2024".length;
    expect(out[13]!.slice(0, actualEnd).trimEnd().endsWith("1 204 000")).toBe(true);
    const budgetEnd = out[9]!.indexOf("Budget 2024") + "Budget 2024".length;
    expect(out[13]!.slice(0, budgetEnd).trim()).toBe("Eget kapital");
  });

  it("reads the participant table's Summa row and the budget and outcome columns", () => {
    const facts = extract(normalizeLines(SEMICOLON_SHEET).lines);
    const counts = facts
      .filter((f) => f.table === "participant_count" && f.intervention === null)
      .map((f) => `${f.measure}/${f.gender}=${f.value}`);
    expect(counts).toEqual(expect.arrayContaining(["enrolled/all=53", "new/all=22", "exited/all=22"]));
    expect(finance(facts)).toEqual(
      expect.arrayContaining(["2024:cost_operating=5236410@12", "2024:result=-136410@13"]),
    );
    // Must not: the deviation column as an amount, the budget column as the outcome.
    const money = facts.filter((f) => f.table === "finance");
    expect(money.filter((f) => Math.abs(Number(f.amount_sek)) === 163590)).toEqual([]);
    expect(money.filter((f) => f.basis === "actual" && f.amount_sek === -300000)).toEqual([]);
  });

  it("keeps a row of values without a label under its columns", () => {
    const out = alignTabCells(["Post;Budget 2024;Utfall 2024", "Intäkter;5 100 000;5 100 000", ";;250 000"]);
    const actualEnd = out[0]!.indexOf("Utfall 2024") + "Utfall 2024".length;
    expect(out[2]!.trimEnd().length).toBe(actualEnd);
    expect(out[2]!.trim()).toBe("250 000");
  });

  it("leaves prose with a semicolon or two as it is", () => {
    const prose = [
      "Vi har arbetat med tre saker; samverkan; uppföljning och stöd.",
      "Insatsen hade 40 deltagare; 22 kvinnor och 18 män.",
      "Styrelsen möttes sex gånger; två möten var digitala; ett var internat.",
      "Under året; trots allt; nåddes målen för 2024.",
    ];
    expect(alignTabCells(prose)).toEqual(prose);
  });

  it("leaves a run of semicolon lines without a figure row, or with a sentence for a cell, as it is", () => {
    const words = ["Namn;Roll;Kommun", "Anna Ek;ordförande;Åby", "Per Lind;ledamot;Byn"];
    expect(alignTabCells(words)).toEqual(words);
    const sentences = [
      "Mål;Utfall;Kommentar",
      "Fler deltagare;120;målet nåddes tack vare att två nya insatser startade under våren och hösten",
    ];
    expect(alignTabCells(sentences)).toEqual(sentences);
  });
});

/** A workbook exported as comma-separated text: every cell quoted, one "Flik n:" header per sheet. */
const QUOTED_CSV = [
  '"Samordningsförbundet Granliden, nyckeltal 2024"',
  '""',
  '"Flik 1: Deltagare","Kvinnor","Män","Totalt"',
  '"Inskrivna under året","64","52","116"',
  '"Avslutade","30","27","57"',
  '""',
  '"Flik 2: Avslutade till","Antal"',
  '"Arbete","19"',
  '"Studier","8"',
  '"Annat avslut","30"',
  '"Summa","57"',
  '""',
  '"Flik 3: Resultaträkning (kr)","Not","2024","2023"',
  '"Verksamhetens intäkter","1","5 120 000","4 980 000"',
  '"Verksamhetens kostnader","","-5 233 470","-4 870 110"',
  '"Årets resultat","","-113 470","109 890"',
  '""',
  '"Flik 4: Invånare i medlemskommunerna","Antal"',
  '"Granby kommun","31 200"',
];

describe("a spreadsheet exported with quoted, comma-separated cells", () => {
  it("sets each sheet out in columns under its title, a decimal comma inside a cell kept", () => {
    const out = normalizeLines(QUOTED_CSV).lines;
    expect(out).toHaveLength(QUOTED_CSV.length);
    expect(out[1]).toBe("Flik 1: Deltagare");
    expect(out[3]).toMatch(/^Inskrivna under året {3,}64 {3,}52 {3,}116$/);
    expect(out[14]).toMatch(/^Verksamhetens kostnader {3,}-5 233 470 {3,}-4 870 110$/);
    expect(alignTabCells(['"Andel","%"', '"Kvinnor","51,2"'])).toEqual(["Andel     %", "Kvinnor   51,2"]);
  });

  it("reads every sheet's table, and no sheet's count as kronor", () => {
    const facts = extract(QUOTED_CSV);
    expect(finance(facts)).toContain("2024:result=-113470@16");
    expect(finance(facts)).toContain("2023:revenue_operating=4980000@14");
    const counts = facts.filter((f) => f.table === "participant_count" && f.line <= 5).map((f) => f.value);
    expect(counts).toEqual([64, 52, 116, 30, 27, 57]);
    expect(facts.filter((f) => f.table === "participant_breakdown").map((f) => `${f.category}=${f.value}`)).toEqual([
      "work=19",
      "studies=8",
      "other_exit=30",
    ]);
    expect(facts.filter((f) => f.table === "member_contribution")).toEqual([]);
  });

  it("leaves quoted prose and a quoted list without figures as they are", () => {
    const prose = ['"Vi har nått målen", säger förbundschefen, "och fler fick arbete."', '"Alla", "ingen"'];
    expect(alignTabCells(prose)).toEqual(prose);
    const names = ['"Namn","Roll"', '"Anna Ek","Ordförande"', '"Bo Lind","Ledamot"'];
    expect(alignTabCells(names)).toEqual(names);
  });
});
