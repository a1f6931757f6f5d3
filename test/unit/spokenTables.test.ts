/**
 * Tables written out for screen readers ("Kolumnrubriker: …" then "Rad n. Rubrik: värde."): set
 * back in columns before the readers run, so the table readers read them; a list that does not
 * follow its headings stays as written.
 */
import { describe, expect, it } from "vitest";
import { spokenTables } from "../../loaders/extract/text/spokenTables.ts";
import { documentFacts } from "../support/manifestEntry.ts";

describe("a table spoken row by row", () => {
  it("is set in columns: signs as signs, an empty cell a dash, its end a blank line", () => {
    const out = spokenTables([
      "Tabell 2: Resultat, tusen kronor. Tabellen har 3 kolumner och 2 rader.",
      "Kolumnrubriker: Post, 2026, 2025.",
      "Rad 1. Post: Intäkter. 2026: 7 300. 2025: tom cell.",
      "Rad 2. Post: Årets resultat. 2026: minus 42. 2025: plus 15.",
      "Slut på tabell 2.",
    ])!;
    expect(out).toEqual([
      "Tabell 2: Resultat, tusen kronor.",
      "Post               2026    2025",
      "Intäkter          7 300       –",
      "Årets resultat      -42      15",
      "",
    ]);
  });

  it("moves a wrapped caption down beside its header, and reads a spoken heading as the heading", () => {
    const out = spokenTables([
      "Rubrik nivå 3: Balans",
      "Tabell 7: Balansräkning, belopp i kronor. Tabellen har 2 kolumner och",
      "1 rader.",
      "Kolumnrubriker: Post, 31 december 2026.",
      "Rad 1. Post: Eget kapital. 31 december 2026: 1 200 000.",
    ])!;
    expect(out.slice(0, 3)).toEqual(["Balans", "", "Tabell 7: Balansräkning, belopp i kronor."]);
  });

  it("stays as written when a row does not name the headings in order (must not fire)", () => {
    expect(
      spokenTables([
        "Kolumnrubriker: Insats, Deltagare.",
        "Rad 1. Deltagare: 40. Insats: Bron.",
        "Rad 2. Insats: Steget. Deltagare: 12.",
      ]),
    ).toBeUndefined();
    expect(spokenTables(["Rad 1 i protokollet: 12 ledamöter närvarade.", "Rubriken var kort."])).toBeUndefined();
  });
});

describe("a screen reader's version of an annual report read end to end", () => {
  const lines = [
    "Finsamförbundet Linvik, årsredovisning 2026, version för talsyntes",
    "",
    "Rubrik nivå 2: Deltagare",
    "",
    "Tabell 1: Deltagare 2025 och 2026. Tabellen har 3 kolumner och 3 rader.",
    "Kolumnrubriker: Mått, 2025, 2026.",
    "Rad 1. Mått: Inskrivna under året. 2025: 140. 2026: 152.",
    "Rad 2. Mått: Nya under året. 2025: 70. 2026: 81.",
    "Rad 3. Mått: Avslutade under året. 2025: 66. 2026: 75.",
    "Slut på tabell 1.",
    "",
    "Rubrik nivå 2: Ekonomi",
    "",
    "Tabell 2: Balansräkning i sammandrag, belopp i tusentals kronor. Tabellen har 3 kolumner och",
    "2 rader.",
    "Kolumnrubriker: Post, 31 december 2026, 31 december 2025.",
    "Rad 1. Post: Summa tillgångar. 31 december 2026: 2 950. 31 december 2025: 3 020.",
    "Rad 2. Post: Eget kapital. 31 december 2026: 1 815. 31 december 2025: 1 990.",
    "Slut på tabell 2.",
  ];
  const facts = () => documentFacts({ federation: "linvik", year: 2026 }, lines);

  it("reads the participants under their years and the balance sheet in tkr", () => {
    const f = facts();
    const count = (measure: string, year: number) =>
      f.find((x) => x.table === "participant_count" && x.measure === measure && x.year === year && x.gender === "all")
        ?.value;
    expect([count("enrolled", 2026), count("new", 2026), count("exited", 2026)]).toEqual([152, 81, 75]);
    const equity = f.find((x) => x.table === "finance" && x.item === "equity_end" && x.year === 2026);
    expect(equity?.amount_sek).toBe(1_815_000);
    expect(equity?.line).toBe(18);
  });

  it("never reads the balance sheet's rows as participants (must not fire)", () => {
    const people = facts().filter((x) => x.table === "participant_count" && [2950, 1815, 3020, 1990].includes(x.value));
    expect(people).toEqual([]);
  });
});
