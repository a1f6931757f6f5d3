import { describe, expect, it } from "vitest";
import { joinBrokenWords } from "../../loaders/extract/text/brokenWords.ts";
import { readingOrder, splitAtColumn } from "../../loaders/extract/text/twoColumns.ts";
import { joinRaggedDigits } from "../../loaders/extract/text/raggedDigits.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts, extractDocumentLines, type EntryOptions } from "../support/manifestEntry.ts";

/** The made-up federation whose OCR-read 2023 report the whole-extraction cases read. */
const NORRVIK: EntryOptions = { federation: "norrvik", year: 2023 };

describe("words OCR broke with a space", () => {
  it.each([
    ["Verksamh etens intäkter", "Verksamhetens intäkter"],
    ["Verksamhet ens kostnader", "Verksamhetens kostnader"],
    ["Å rets resu ltat", "Årets resultat"],
    ["Summa tillg ångar", "Summa tillgångar"],
    ["Kortfristiga skul der", "Kortfristiga skulder"],
    ["BA LANSRÄKNING", "BALANSRÄKNING"],
    ["EGET KAP ITAL OCH SKU LDER", "EGET KAPITAL OCH SKULDER"],
    ["Fi nansiella int äkter", "Finansiella intäkter"],
    ["varav 64 kvin nor och 54 män", "varav 64 kvinnor och 54 män"],
    ["47 del tagare avslu tade sin insats", "47 deltagare avslutade sin insats"],
    // A lower-case l read for a capital I: the opening balance stays the opening balance.
    ["lngående eget kapital", "Ingående eget kapital"],
  ])("%s → %s", (line, joined) => expect(joinBrokenWords(line).trim()).toBe(joined));

  // The quick look before the repair (mayRepair) passes over pairs that cannot join: never these.
  it.each([
    // Numbers before the broken word: a pair that opens with a digit is skipped, not the line.
    ["Summa 1 204 kortfris tiga skulder", "Summa 1 204 kortfristiga skulder"],
    ["- 12 Å rets resu ltat", "- 12 Årets resultat"],
    // A bracket before, punctuation after, a tab behind the last fragment.
    ["(Verksamh etens intäkter)", "(Verksamhetens intäkter)"],
    ["Summa tillg ångar, netto", "Summa tillgångar, netto"],
    ["Verksamh etens\tintäkter 2 400", "Verksamhetens\tintäkter 2 400"],
    // A bracketed look-alike l is put right on a line the look lets in.
    ["Under året ska förbundet ses över (lngående)", "Under året ska förbundet ses över (Ingående)"],
  ])("past the quick look: %s → %s", (line, joined) => expect(joinBrokenWords(line).trim()).toBe(joined));

  it("keeps every column where it was: the spaces a join takes out go to the next wide gap", () => {
    const line = "Å rets resu ltat                 -204 310         96 118";
    const joined = joinBrokenWords(line);
    expect(joined).toMatch(/^Årets resultat {2,}-204 310 {2,}96 118$/);
    expect(joined.indexOf("-204 310")).toBe(line.indexOf("-204 310"));
    expect(joined.indexOf("96 118")).toBe(line.indexOf("96 118"));
  });

  it.each([
    // Two words of their own: no lexicon word runs across the space.
    "Övriga intäkter 1 204",
    "Övriga externa kostnader",
    // A word of the lexicon and a common word after it, or a word after a genitive.
    "vilket höjde varje kostnad som förbundet bar",
    "Under året ska förbundet ses över",
    "året samt en utbildning",
    "hur året ser ut",
    "Han var av samma mening",
    // A capital starts a name.
    "Region Norrland och Lappby kommun",
    // Digits are never joined, moved or changed.
    "Summa 1 308 -329",
    "Verksamhetens intäkter 5 9 2 4",
    "Kassa 3 4S1 220",
    // "den l…" begins a lexicon word, but "löpande" takes it no further.
    "Kassaflöde för den löpande verksamheten  -896 838",
  ])("leaves %s alone", (line) => expect(joinBrokenWords(line)).toBe(line));
});

/** A made-up OCR'd page set in two columns (participants left, money right). */
const TWO_COLUMNS = [
  "SAMORDNINGSFÖRBUNDET NORRVIK ÅRSREDOVISNING 2023",
  "",
  "Deltagare Ekonomi",
  "Under 2023 deltog 142 personer i förbundets  Förbundets intäkter uppgick till 6 100 tkr",
  "insatser, varav 80 kvinnor och 62 män. Av dem  och kostnaderna till 6 350 tkr. Årets",
  "var 57 nya för året. resultat blev därmed ett underskott på 250 tkr.",
  "",
  "Under året avslutade 51 deltagare sin insats  Medlemsavgifterna uppgick till 6 000 tkr.",
  "(28 kvinnor och 23 män). Av de avslutade gick  Staten bidrog med 3 000 tkr, Region",
  "14 till arbete och 6 till studier. Tre blev  Norrland med 1 500 tkr, Norrviks kommun",
  "arbetssökande och 8 gick till fortsatt  med 1 100 tkr och Lappby kommun med",
  "rehabilitering.  400 tkr.",
];

describe("a page set in two columns", () => {
  it("reads the left column, then the right, each line citing the document's line", () => {
    const order = readingOrder(TWO_COLUMNS)!;
    const at = (text: string) => order.origin[order.lines.indexOf(text)];
    // Each column under its own heading.
    expect(at("Deltagare")).toBe(3);
    expect(at("Ekonomi")).toBe(3);
    expect(order.lines.indexOf("Deltagare")).toBeLessThan(order.lines.indexOf("Ekonomi"));
    expect(at("var 57 nya för året.")).toBe(6);
    expect(at("resultat blev därmed ett underskott på 250 tkr.")).toBe(6);
    // A count of one column beside an amount of the other stays two numbers.
    expect(at("arbetssökande och 8 gick till fortsatt")).toBe(11);
    expect(at("400 tkr.")).toBe(12);
    expect(order.lines).not.toContain(expect.stringMatching(/8 400|8\s+400/));
  });

  it("finds the gap where a tab or a no-break space makes it, and none on lines of single spaces", () => {
    const spaced = (gap: string) => TWO_COLUMNS.map((line) => line.replace(/(\S) {2}(?=\S)/g, `$1${gap}`));
    const plain = readingOrder(TWO_COLUMNS)!.lines;
    for (const gap of ["\t", " \u00a0", "\u00a0\u00a0"]) {
      const order = readingOrder(spaced(gap))!;
      expect(order.lines.map((l) => l.replace(/[\t\u00a0]/g, " ").trim())).toEqual(plain.map((l) => l.trim()));
    }
    expect(readingOrder(TWO_COLUMNS.map((line) => line.replace(/\s+/g, " ")))).toBeUndefined();
  });

  it("stops where a table follows the columns without a blank line", () => {
    const lines = [
      ...TWO_COLUMNS.slice(2, 5),
      ...TWO_COLUMNS.slice(7, 9),
      "Resultaträkning (tkr)                  2023        2022",
      "Verksamhetens intäkter                6 100       5 900",
      "Verksamhetens kostnader              -6 350      -5 700",
    ];
    const order = readingOrder(lines)!;
    expect(order.lines.slice(-3)).toEqual(lines.slice(-3));
    expect(order.origin.slice(-3)).toEqual([6, 7, 8]);
    expect(order.lines).toContain("Medlemsavgifterna uppgick till 6 000 tkr.");
  });

  it("never cuts a number where OCR ran the columns together", () => {
    expect(splitAtColumn("Målet är att minst 40 procent ska gå vidare 1 412 tkr (1 535 tkr).", 46)).toEqual([
      "Målet är att minst 40 procent ska gå vidare",
      "1 412 tkr (1 535 tkr).",
    ]);
    expect(splitAtColumn("var 57 nya för året. resultat blev därmed -250 tkr.", 46)).toEqual([
      "var 57 nya för året.",
      "resultat blev därmed -250 tkr.",
    ]);
  });

  it("its figures are read and cite the document's lines", () => {
    const out = extractDocumentLines(NORRVIK, TWO_COLUMNS);
    const facts = out.facts as AnyFact[];
    const count = (measure: string, gender: string) =>
      facts.find((f) => f.table === "participant_count" && f.measure === measure && f.gender === gender);
    expect(count("enrolled", "all")).toMatchObject({ value: 142, line: 4 });
    expect(count("enrolled", "woman")).toMatchObject({ value: 80, line: 5 });
    expect(count("new", "all")).toMatchObject({ value: 57, line: 6 });
    expect(count("exited", "all")).toMatchObject({ value: 51, line: 8 });
    const contributions = facts.filter((f) => f.table === "member_contribution");
    expect(contributions.map((f) => [f.member, f.amount_sek, f.line])).toEqual([
      ["Staten", 3_000_000, 9],
      ["Region Norrland", 1_500_000, 10],
      ["Norrviks kommun", 1_100_000, 11],
      ["Lappby kommun", 400_000, 12],
    ]);
    // Nothing joins the left column's 8 to the right column's 400.
    expect(facts.some((f) => [8400, 8_400_000, 8_000].includes(f.value ?? f.amount_sek))).toBe(false);
    expect(out.findings.every((f) => f.line <= TWO_COLUMNS.length)).toBe(true);
  });

  it("reads a text layer by position, justified text and all, column by column", () => {
    const lines = [
      "Årsredovisning 2023 för Samordningsförbundet Norrvik",
      "",
      "Förbundets insatser                                Ekonomi",
      "Förbundet   finansierade   under   året   fem      Medlemmarna  bidrog  under  året  med",
      "insatser  för  personer  som  behöver  stöd.       sammanlagt  7 200  tkr,  varav  staten",
      "Sammanlagt deltog 188 personer i förbundets        3 600 tkr, Region Norrland 1 800 tkr",
      "insatser, varav 97 kvinnor och 91 män.             och Lappby kommun 1 800 tkr.",
    ];
    const order = readingOrder(lines)!;
    expect(order.lines.slice(2, 7)).toEqual([
      "Förbundets insatser",
      "Förbundet   finansierade   under   året   fem",
      "insatser  för  personer  som  behöver  stöd.",
      "Sammanlagt deltog 188 personer i förbundets",
      "insatser, varav 97 kvinnor och 91 män.",
    ]);
    const facts = documentFacts(NORRVIK, lines);
    expect(facts.filter((f) => f.table === "participant_count").map((f) => [f.gender, f.value, f.line])).toEqual([
      ["all", 188, 6],
      ["woman", 97, 7],
      ["man", 91, 7],
    ]);
    expect(facts.find((f) => f.member === "Region Norrland")).toMatchObject({ amount_sek: 1_800_000, line: 6 });
  });

  it.each([
    [
      "a statement whose cells stand apart by wide gaps",
      [
        "Resultaträkning (tkr)                  2023        2022",
        "Verksamhetens intäkter                6 200       5 900",
        "Verksamhetens kostnader              -6 350      -5 700",
        "Verksamhetens resultat                 -150         200",
        "Årets resultat                         -146         204",
      ],
    ],
    [
      "a table of words in two columns",
      [
        "Ordförande              Anna Berg, Norrviks kommun",
        "Vice ordförande         Per Holm, Region Norrland",
        "Ledamot                 Eva Lind, Lappby kommun",
        "Ersättare               Olof Ek, Försäkringskassan",
      ],
    ],
    [
      "a list of long labels and their values",
      [
        "Ordinarie ledamot för Norrviks kommun       Anna Berg (S), kommunstyrelsen Norrvik",
        "Ersättare för Norrviks kommun i styrelsen   Per Holm (M), kommunstyrelsen Norrvik",
        "Ordinarie ledamot för Region Norrland       Eva Lind (C), regionstyrelsen Norrland",
        "Ersättare för Region Norrland i styrelsen   Olof Ek (L), regionstyrelsen Norrland",
      ],
    ],
    [
      "a table of interventions with a description column",
      [
        "Insats            Målgrupp                    Deltagare",
        "Vägen ut          unga vuxna 18–29 år               41",
        "Steget            långtidssjukskrivna               37",
        "Bron              personer med aktivitetsersättning 22",
      ],
    ],
    [
      "one column of running text with a double space after a sentence",
      [
        "Under året har förbundet arbetat vidare med sina insatser.  Deltagarna har",
        "fått stöd av handledare och coacher i alla fyra kommunerna.  Samverkan med",
        "Arbetsförmedlingen har fungerat väl under hela året och nya  arbetssätt har",
        "prövats i två av insatserna.",
      ],
    ],
  ])("does not take %s for two columns", (_, lines) => expect(readingOrder(lines)).toBeUndefined());
});

describe("digits OCR spaced out in running text", () => {
  it("closes up single digits before a unit or a count's noun, digits in order", () => {
    expect(joinRaggedDigits("Under året deltog 1 4 2 personer i insatserna")).toEqual({
      line: "Under året deltog 142 personer i insatserna  ",
      values: [142],
    });
    expect(joinRaggedDigits("Lappby kommun bidrog med 1 1 0 0 tkr.").values).toEqual([1100]);
  });

  it.each([
    // A grouped number is a number as written.
    "Årets resultat 1 308 kr",
    // A table row is the table grid's: no unit after the digits.
    "Verksamhetens intäkter 5 900 5 7 1 0",
    "Kvinnor 1 2 3",
    // Two single digits may be two numbers.
    "mellan 2 3 personer",
    // A digit group before the run makes it part of another number.
    "Summa 12 1 1 8 tkr",
  ])("leaves %s alone", (line) => expect(joinRaggedDigits(line)).toEqual({ line, values: [] }));

  const report = (women: number) => [
    "Årsredovisning 2023 för Samordningsförbundet Norrvik",
    "",
    "Förbundets insatser",
    `Under 2023 deltog 1 4 2 personer i förbundets insatser, varav ${women} kvinnor och 62 män.`,
  ];
  const enrolled = (lines: string[]) =>
    documentFacts(NORRVIK, lines).find(
      (f) => f.table === "participant_count" && f.measure === "enrolled" && f.gender === "all",
    );

  it("stores the closed-up number where a sum confirms it (80 + 62 = 142)", () =>
    expect(enrolled(report(80))).toMatchObject({ value: 142, line: 4, confirmed_by: ["gender_sum"] }));

  it("leaves it unread where no sum confirms it", () => {
    const lines = report(80).map((l) => l.replace(/, varav .*$/, "."));
    expect(enrolled(lines)).toBeUndefined();
    const out = extractDocumentLines(NORRVIK, lines);
    expect(out.findings).toContainEqual(
      expect.objectContaining({ check_id: "coverage.unread_number", line: 4, value: "142" }),
    );
  });
});

describe("OCR repair before the readers", () => {
  it("reads a statement whose labels OCR broke, and keeps the opening balance apart", () => {
    const lines = [
      "SAMORDNINGSFÖRBUNDET NORRVIK",
      "RESULTATRÄKN ING                       (kr)",
      "                                     2023             2022",
      "Verksamh etens intäkter          5 410 220        5 118 900",
      "Verksamh etens kostnader        -5 602 118       -4 990 400",
      "Verksamhet ens resultat           -191 898          128 500",
      "Å rets resu ltat                  -191 898          128 500",
      "",
      "BA LANSRÄKNING                         (kr)",
      "                                2023-12-31       2022-12-31",
      "Summa tillg ångar                1 904 300        2 110 750",
      "lngående eget kapital            1 702 500        1 574 000",
      "Å rets resu ltat                  -191 898          128 500",
      "Utgående eget kapital            1 510 602        1 702 500",
    ];
    const facts = documentFacts(NORRVIK, lines);
    const item = (code: string, year: number) =>
      facts.find((f) => f.table === "finance" && f.item === code && f.year === year && f.basis === "actual");
    expect(item("revenue_operating", 2023)).toMatchObject({ amount_sek: 5_410_220, line: 4 });
    expect(item("cost_operating", 2022)).toMatchObject({ amount_sek: 4_990_400, line: 5 });
    expect(item("result", 2023)).toMatchObject({ amount_sek: -191_898 });
    expect(item("assets_total", 2023)).toMatchObject({ amount_sek: 1_904_300, line: 11 });
    expect(item("equity_end", 2023)).toMatchObject({ amount_sek: 1_510_602, line: 14 });
    // "lngående eget kapital" is the opening balance, not the closing one.
    expect(facts.some((f) => f.item === "equity_end" && f.amount_sek === 1_574_000)).toBe(false);
    expect(facts.some((f) => f.item === "equity_end" && f.line === 12)).toBe(false);
  });
});
