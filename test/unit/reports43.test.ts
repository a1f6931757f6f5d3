/**
 * Stop 43, r43-reports: report layouts still partly read. Made-up federation (Ravik), figures and wording.
 * - Change rows ("Förändring  +12  -3") between the year rows of a key-figure table: passed over, the years
 *   below read on (participant tables and tables with years as rows), never read as a year's figures.
 * - A money table with years as rows titled by its topic and unit ("Ekonomi (tkr)") instead of "År"; a row's
 *   equity rolls from the year before's whichever way the table runs.
 * - "Nyckeltal för tre år", "Nyckeltal 2021–2025": a key-figure heading over the federation's tables.
 * - A participant table whose own caption or note says its total counts each person once ("räknar varje
 *   person en gång", "fyra personer deltog i två insatser"): the total may be less than its rows' sum.
 */
import { describe, expect, it } from "vitest";
import { isChangeRow } from "../../loaders/extract/general/changeRows.ts";
import { tableSaysCountedOnce } from "../../loaders/extract/general/countedOnceNotes.ts";
import { bestConcept } from "../../loaders/reference/concepts.ts";
import { docOf, type AnyFact } from "../helpers.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const money = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "finance" && f.basis === "actual")
    .map((f) => `${f.year}:${f.item}=${f.amount_sek}`)
    .sort();

describe("change rows between year rows", () => {
  it("knows a change row by its label and signed cells", () => {
    expect(isChangeRow("Förändring +7 -2 +4", 3)).toBe(true);
    expect(isChangeRow("Skillnad mot föregående år     +150     -1 020     0", 3)).toBe(true);
    expect(isChangeRow("Diff.  -4  +1", 2)).toBe(true);
  });
  it("never takes a row of plain counts, another label or a wrong cell count for one", () => {
    expect(isChangeRow("Förändring 7 2 4", 3)).toBe(false); // no sign: a row of counts
    expect(isChangeRow("Mål 2025 +7 -2", 2)).toBe(false);
    expect(isChangeRow("Förändringsresan +7 -2", 2)).toBe(false);
    expect(isChangeRow("Förändring +7 -2 +4", 2)).toBe(false);
  });

  const participants = [
    "Samordningsförbundet Ravik",
    "Årsredovisning 2024",
    "",
    "3. Nyckeltal över tid",
    "",
    "Deltagare            Inskrivna   Nya   Avslutade",
    "2024                    131       52      47",
    "Förändring              +11       -4      +6",
    "2023                    120       56      41",
    "Förändring               +8       +3      -2",
    "2022                    112       53      43",
    "",
  ];
  it("reads every year's row past the change rows", () => {
    const c = countsOf(extractReport(participants));
    expect(c).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=131", "förbundet:new/all=52", "förbundet:exited/all=47"]),
    );
    const facts = extractReport(participants).filter((f) => f.table === "participant_count");
    const ofYear = (y: number) => facts.filter((f) => f.year === y).map((f) => f.value);
    expect(ofYear(2023)).toEqual(expect.arrayContaining([120, 56, 41]));
    expect(ofYear(2022)).toEqual(expect.arrayContaining([112, 53, 43]));
  });
  it("never stores a change row's differences as a count", () => {
    const values = extractReport(participants)
      .filter((f) => f.table === "participant_count")
      .map((f) => f.value);
    for (const v of [11, 4, 6, 8, 3, 2]) expect(values).not.toContain(v);
  });

  const economy = [
    "Samordningsförbundet Ravik",
    "Årsredovisning 2024",
    "",
    "Nyckeltal 2022–2024",
    "",
    "Ekonomi (tkr)        Intäkter   Kostnader   Resultat   Eget kapital",
    "2024                   5 310      5 402        -92         871",
    "Förändring              +210       +380       -170         -92",
    "2023                   5 100      5 022         78         963",
    "Förändring              -40       -108        +68         +78",
    "2022                   5 140      5 130         10         885",
    "",
  ];
  it("reads a money table titled 'Ekonomi (tkr)' with years as rows, the latest first", () => {
    const m = money(extractReport(economy));
    expect(m).toEqual(
      expect.arrayContaining([
        "2024:revenue_operating=5310000",
        "2024:cost_operating=5402000",
        "2024:result=-92000",
        "2024:equity_end=871000",
        "2023:equity_end=963000",
        "2022:result=10000",
      ]),
    );
  });
  it("never stores a change row's difference as money, nor the oldest year's equity nothing rolls to", () => {
    const m = money(extractReport(economy));
    for (const bad of ["equity_end=-92000", "equity_end=78000", "result=-170000", "revenue_operating=210000"])
      expect(m.some((x) => x.endsWith(bad))).toBe(false);
    expect(m).not.toContain("2022:equity_end=885000");
  });
  it("never reads a year-row money table under a title naming no topic of money", () => {
    const other = economy.map((l) => l.replace("Ekonomi (tkr)", "Steget (tkr) "));
    expect(money(extractReport(other)).filter((x) => x.startsWith("2023"))).toEqual([]);
  });
});

describe("a total counted once by the table's own words", () => {
  const table = (note: string) => [
    "Samordningsförbundet Ravik",
    "Verksamhetsberättelse 2024",
    "",
    "Deltagare per insats",
    "",
    "| Insats | Deltagare | Kvinnor | Män |",
    "|---|---:|---:|---:|",
    "| Hela förbundet | 96 | 50 | 46 |",
    "| Bryggan | 40 | 22 | 18 |",
    "| Steget | 60 | 30 | 30 |",
    "",
    note,
    "",
  ];
  it("keeps the total and the rows where the note says four persons took part in two interventions", () => {
    const c = countsOf(
      extractReport(table("Fyra personer har deltagit i två insatser och räknas en gång i första raden.")),
    );
    expect(c).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=96", "Bryggan:enrolled/all=40", "Steget:enrolled/all=60"]),
    );
  });
  it("stores none of them where no word says so (the rows contradict the total)", () => {
    const c = countsOf(extractReport(table("Insatserna drivs av kommunerna.")));
    expect(c).not.toContain("förbundet:enrolled/all=96");
  });
  it("never lets a note two paragraphs away excuse the total", () => {
    const far = table("Insatserna drivs av kommunerna.");
    far.push("Fyra personer har deltagit i två insatser.", "");
    expect(countsOf(extractReport(far))).not.toContain("förbundet:enrolled/all=96");
  });
  it("reads the words only in the caption above or the note right under the table", () => {
    const doc = docOf(["Text.", "", "Varje person räknas en gång.", "", "A  1", "B  2", "", "Slut."]);
    expect(tableSaysCountedOnce(doc, 5)).toBe(true);
    const far = docOf(["Varje person räknas en gång.", "", "Annat stycke.", "", "A  1", "B  2", "", "Slut."]);
    expect(tableSaysCountedOnce(far, 5)).toBe(false);
  });
});

describe("a board's letter to its members about the year", () => {
  const letter = (title: string, list: string[]) => [
    "Samordningsförbundet Ravik",
    "",
    "Ravik den 10 februari 2025",
    "",
    title,
    "",
    "Styrelsen vill ge er en första bild av året innan årsredovisningen är klar. Siffrorna",
    "om deltagarna står här:",
    "",
    ...list,
    "",
    "Med vänliga hälsningar, styrelsen",
  ];
  const list = [
    "    Personer som deltagit i någon insats      164",
    "        av dem kvinnor                         90",
    "        av dem män                             74",
    "    Personer som började under året            71",
  ];
  it("reads the list under a letter to the members on the year as the federation's", () => {
    const c = countsOf(extractReport(letter("Styrelsens brev till medlemmarna om verksamhetsåret 2024", list)));
    expect(c).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=164",
        "förbundet:enrolled/woman=90",
        "förbundet:enrolled/man=74",
        "förbundet:new/all=71",
      ]),
    );
  });
  it("never reads 'av dem kvinnor' that does not add up to the row above", () => {
    const bad = list.map((l) => l.replace("90", "95"));
    const c = countsOf(extractReport(letter("Styrelsens brev till medlemmarna om verksamhetsåret 2024", bad)));
    expect(c).not.toContain("förbundet:enrolled/woman=95");
  });
  it("never takes a letter's heading naming an intervention for the federation's", () => {
    const c = countsOf(extractReport(letter("Insats: Steget – brev om verksamhetsåret 2024", list)));
    expect(c).not.toContain("förbundet:enrolled/all=164");
    expect(c).not.toContain("förbundet:new/all=71");
  });
  it("never reads what the plan counted on as the year's result", () => {
    const facts = extractReport([
      "Samordningsförbundet Ravik",
      "Årsredovisning 2024",
      "",
      "Förvaltningsberättelse",
      "",
      "Förbundets intäkter var 5 100 000 kronor och kostnaderna 5 290 000 kronor, vilket",
      "gav ett resultat på −190 000 kronor. I verksamhetsplanen räknade vi med ett",
      "resultat på −300 000 kronor.",
      "",
    ]);
    const m = money(facts);
    expect(m).toContain("2024:result=-190000");
    expect(m).not.toContain("2024:result=-300000");
  });
});

describe("a run-in intervention name in bold", () => {
  it("never takes '**Name** tog emot 57 deltagare' for the federation's count", () => {
    const c = countsOf(
      extractReport([
        "# Verksamhetsberättelse 2024",
        "",
        "## Året i korthet",
        "",
        "**Bryggan** tog emot 57 deltagare, varav 31 kvinnor.",
        "",
      ]),
    );
    expect(c).not.toContain("förbundet:enrolled/all=57");
  });
  it("reads a bullet box 'Inskrivna deltagare, unika personer: 153' beside the interventions' run-in counts", () => {
    const c = countsOf(
      extractReport([
        "# Verksamhetsberättelse 2024",
        "",
        "## Insatserna",
        "",
        "**Bryggan** tog emot 57 deltagare, varav 31 kvinnor.",
        "**Steget** tog emot 60 deltagare, varav 39 kvinnor.",
        "",
        "## Året i siffror",
        "",
        "- Inskrivna deltagare, unika personer: 112",
        "- varav kvinnor: 66",
        "- varav män: 46",
        "",
      ]),
    );
    expect(c).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=112",
        "förbundet:enrolled/woman=66",
        "förbundet:enrolled/man=46",
      ]),
    );
    expect(c).not.toContain("förbundet:enrolled/all=57");
  });
});

describe("a reporting verb before its teller after a fronted phrase", () => {
  const report = (sentence: string) =>
    countsOf(
      extractReport([
        "Samordningsförbundet Ravik",
        "Årsredovisning 2024",
        "",
        "Förvaltningsberättelse",
        "",
        sentence,
        "",
      ]),
    );
  it("reads 'Efter avstämningen redovisar den slutliga årsredovisningen 118 deltagare'", () => {
    expect(
      report("Efter avstämningen redovisar den slutliga årsredovisningen 118 deltagare, varav 70 kvinnor och 48 män."),
    ).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=118",
        "förbundet:enrolled/woman=70",
        "förbundet:enrolled/man=48",
      ]),
    );
  });
  it("never reads a name after the verb as the teller ('I år redovisar Bryggan 40 deltagare')", () => {
    expect(report("I år redovisar Bryggan 40 deltagare.")).not.toContain("förbundet:enrolled/all=40");
  });
});

describe("a gender part with its verb between the number and the gender", () => {
  const report = (sentence: string) =>
    countsOf(
      extractReport([
        "Samordningsförbundet Ravik",
        "Årsredovisning 2024",
        "",
        "Förvaltningsberättelse",
        "",
        sentence,
        "",
      ]),
    );
  it("reads '… 120 deltagare, av vilka 66 var kvinnor och 54 män'", () => {
    expect(
      report("Under 2024 har förbundets insatser haft 120 deltagare, av vilka 66 var kvinnor och 54 män."),
    ).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=120",
        "förbundet:enrolled/woman=66",
        "förbundet:enrolled/man=54",
      ]),
    );
  });
  it("never reads a part larger than its count, nor one after a plain 'och'", () => {
    expect(report("Förbundet hade 120 deltagare, varav 130 var kvinnor.")).not.toContain(
      "förbundet:enrolled/woman=130",
    );
    expect(report("Förbundet hade 120 deltagare, och 66 var kvinnor i fjol.")).not.toContain(
      "förbundet:enrolled/woman=66",
    );
  });
});

describe("a chain of members' shares after 'stod för'", () => {
  const fees = (sentence: string[]) =>
    extractReport(["Samordningsförbundet Ravik", "Verksamhetsberättelse 2024", "", ...sentence, ""])
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}`);
  it("reads each member named with 'för' after the first's share", () => {
    expect(
      fees([
        "Medlemmarna betalade tillsammans 4 000 tkr. Staten stod för hälften, 2 000 tkr, regionen för",
        "1 000 tkr, Lindby kommun för 700 tkr och Åby kommun för 300 tkr.",
      ]),
    ).toEqual(
      expect.arrayContaining(["Staten=2000000", "Regionen=1000000", "Lindby kommun=700000", "Åby kommun=300000"]),
    );
  });
  it("never reads 'för' as a link in a chain of 'bidrog med'", () => {
    const read = fees(["Staten bidrog med 2 000 tkr och Lindby kommun för 700 tkr i projektmedel."]);
    expect(read).not.toContain("Lindby kommun=700000");
  });
});

describe("destinations listed under an exits heading with no total", () => {
  const lists = (destinations: string[]) => [
    "Samordningsförbundet Ravik",
    "Nyckeltal 2024",
    "",
    "Deltagare",
    "",
    "Deltagare totalt ............. 140",
    "Avslutade deltagare .......... 61",
    "",
    "Avslut",
    "",
    ...destinations,
    "",
  ];
  const exits = (lines: string[]) =>
    extractReport(lines)
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.category}=${f.value}`);
  it("reads them against the year's exits another list counts", () => {
    expect(exits(lists(["Till arbete ............ 18", "Till studier ........... 7"]))).toEqual(
      expect.arrayContaining(["work=18", "studies=7"]),
    );
  });
  it("never reads them where they add up to more than the exits", () => {
    expect(exits(lists(["Till arbete ............ 48", "Till studier ........... 27"]))).toEqual([]);
  });
});

describe("participant labels naming who was counted", () => {
  const code = (label: string) => bestConcept(label, ["participants"])?.concept.code;
  it("knows 'Personer som deltagit i någon insats', 'Personer som började', 'unika personer'", () => {
    expect(code("Personer som deltagit i någon insats")).toBe("enrolled");
    expect(code("Personer som började under året")).toBe("new");
    expect(code("Inskrivna deltagare, unika personer")).toBe("enrolled");
  });
  it("never takes interventions or a destination for participants", () => {
    expect(code("Antal insatser med deltagare")).toBeUndefined();
    expect(code("Unika insatser")).toBeUndefined();
    expect(code("Personer i arbete")).toBeUndefined();
    expect(code("Deltagare som började arbeta")).not.toBe("new");
  });
});
