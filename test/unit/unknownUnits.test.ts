/**
 * Units no reader knows ("belopp i hundratals kronor", "(100-tal kr)", "tiotal tkr", "tusen euro"):
 * `readUnit` says "unknown", and every reader of money leaves the amounts unread with a finding
 * naming the unit, never reading them as kronor. Beside them, the units it must still read.
 * Made-up federations throughout.
 */
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { readDocumentUnit, readUnit, readUnitLines, unknownUnitAmounts } from "../../loaders/reference/units.ts";
import { findAmounts } from "../../loaders/extract/numbers.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { numberTokens } from "../../loaders/review/reviewState.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const parse = (lines: string[], year = 2024) => {
  const out = parseAnnualReport(docOf(lines, year));
  return { facts: out.facts as AnyFact[], findings: out.findings };
};
/** Board minutes of a made-up federation: its head, then `body`. */
const readMinutes = (body: string[]) => {
  const head = ["Samordningsförbundet Granlid", "Protokoll från styrelsens sammanträde 2025-03-12", ""];
  const out = parseMinutes(new DocumentText("x/minutes", [...head, ...body, ""], 2025), {
    date: "2025-03-12",
    kind: "board_minutes",
  });
  return { facts: out.facts as AnyFact[], findings: out.findings };
};
const amounts = (facts: AnyFact[], table: string) =>
  facts.flatMap((f) => (f.table === table && "amount_sek" in f ? [f.amount_sek] : []));
const unknownUnits = (findings: { check_id: string; value?: string | null }[]) =>
  findings.filter((f) => f.check_id === "coverage.unknown_unit").map((f) => f.value);

describe("readUnit", () => {
  it.each([
    ["KSEK", "tkr"],
    ["tSEK", "tkr"],
    ["kkr", "tkr"],
    ["Belopp i T.kr", "tkr"],
    ["Belopp i 1 000-tal kr", "tkr"],
    ["MSEK", "mkr"],
    ["Mnkr", "mkr"],
    ["Resultat (m.kr)", "mkr"],
    ["Belopp i kronor", "kr"],
  ])("reads the known unit of %s", (text, unit) => {
    expect(readUnit(text)?.unit).toBe(unit);
  });
  it.each([
    ["Belopp i hundratals kronor", "hundratals kronor"],
    ["(belopp i 100-tal kr)", "100-tal kr"],
    ["Alla belopp i tiotal tkr", "tiotal tkr"],
    ["Belopp i 10 000-tals kronor", "10 000-tals kronor"],
    ["Resultaträkning (tusen euro)", "tusen euro"],
    ["Belopp i TEUR", "TEUR"],
  ])("says %s is a unit it does not know, and names it", (text, written) => {
    expect(readUnit(text)).toEqual({ unit: "unknown", written });
  });
  it("takes the unit stated first: a known one before a remark in another currency, an unknown one before a known", () => {
    expect(readUnit("Alla belopp i tkr om inte annat anges; EU-medlen redovisas i euro")?.unit).toBe("tkr");
    expect(readUnit("Belopp i tusen euro (omräknat till tkr i not 4)")?.unit).toBe("unknown");
  });
  it("states no unit where none is written, and knows no scale in a number word alone", () => {
    expect(readUnit("Resultaträkning 2024 2023")).toBeNull();
    expect(readUnit("tio kronor per deltagare")?.unit).toBe("kr");
  });
  it("reads the unit at the end of a numbered table caption, for the table below it only", () => {
    expect(readUnitLines(["Tabell 4. Resultaträkning i sammandrag, 2024–2025. Tkr"])).toEqual([
      { unit: "tkr", written: "Tkr", line: 1, caption: true },
    ]);
    expect(readUnitLines(["Tabell B5: Medlemsbidrag 2025, tkr och procent"])[0]?.unit).toBe("tkr");
    // A caption naming no unit at its end, or a sentence ending in one, states none (must not fire).
    expect(readUnitLines(["Tabell 2. Deltagare per insats. Antal", "Kostnaden blev 12 tkr."])).toEqual([]);
  });
  it("finds unknown units on lines of their own and in a document-wide statement", () => {
    expect(readUnitLines(["Belopp i 100-tal kr", "Resultaträkning", "Belopp i tkr"]).map((u) => u.unit)).toEqual([
      "unknown",
      "tkr",
    ]);
    expect(readDocumentUnit(["Alla belopp i hundratals kronor om inte annat anges"])?.unit).toBe("unknown");
  });
  it("never reads an amount in another currency as kronor, and names its unit", () => {
    expect(findAmounts("ett bidrag på 1,2 miljoner euro från fonden")).toEqual([]);
    expect(unknownUnitAmounts("ett bidrag på 1,2 miljoner euro från fonden")).toEqual([
      { index: 14, raw: "1,2 miljoner euro", written: "miljoner euro" },
    ]);
    expect(findAmounts("ett bidrag på 1,2 miljoner kronor").map((a) => a.sek)).toEqual([1_200_000]);
    expect(unknownUnitAmounts("ett bidrag på 1,2 miljoner kronor")).toEqual([]);
  });
});

/** An income statement under a line stating its unit, with an optional header of its own. */
const STATEMENT = (unitLine: string, header = "                                   Not      2024      2023") => [
  "Samordningsförbundet Lindås",
  "Årsredovisning 2024",
  "",
  unitLine,
  "",
  "Resultaträkning",
  header,
  "Verksamhetens intäkter              1    62 150    59 800",
  "Verksamhetens kostnader             2   -64 200   -57 000",
  "Verksamhetens resultat                   -2 050     2 800",
  "Finansiella intäkter                          12         9",
  "Årets resultat                           -2 038     2 809",
  "",
];

describe("statements in a unit no reader knows", () => {
  it("are not read, and the finding names the unit", () => {
    for (const unit of ["Belopp i hundratals kronor", "(belopp i 100-tal kr)", "Alla belopp i tusen euro"]) {
      const { facts, findings } = parse(STATEMENT(unit));
      expect(amounts(facts, "finance"), unit).toEqual([]);
      expect(unknownUnits(findings), unit).toEqual([readUnit(unit)!.written]);
    }
  });
  it("are read where the unit is known, a variant spelling included", () => {
    for (const unit of ["Belopp i tkr", "Belopp i KSEK", "Belopp i kkr"]) {
      const { facts, findings } = parse(STATEMENT(unit));
      expect(amounts(facts, "finance"), unit).toContain(62_150_000);
      expect(unknownUnits(findings)).toEqual([]);
    }
  });
  it("are read in the unit a table states itself, under a heading in kronor or in an unknown unit", () => {
    const header = "Belopp i tkr                       Not      2024      2023";
    for (const unit of ["Belopp i kronor", "Belopp i 100-tal kr"]) {
      const { facts, findings } = parse(STATEMENT(unit, header));
      expect(amounts(facts, "finance"), unit).toContain(62_150_000);
      expect(amounts(facts, "finance"), unit).not.toContain(62_150);
      expect(unknownUnits(findings)).toEqual([]);
    }
  });
  it("a table in tkr and one stating nothing: both read, neither is an unknown unit", () => {
    const { facts, findings } = parse([
      "Samordningsförbundet Lindås",
      "Årsredovisning 2024",
      "",
      "Resultaträkning (tkr)",
      "                                   Not      2024      2023",
      "Verksamhetens intäkter              1    62 150    59 800",
      "Verksamhetens kostnader             2   -64 200   -57 000",
      "Verksamhetens resultat                   -2 050     2 800",
      "Årets resultat                           -2 050     2 800",
      "",
      "Balansräkning",
      "                                   Not  2024-12-31  2023-12-31",
      "Kassa och bank                           21 300    23 350",
      "Summa tillgångar                         21 300    23 350",
      "Eget kapital                             10 100    12 150",
      "Kortfristiga skulder                     11 200    11 200",
      "Summa eget kapital och skulder           21 300    23 350",
      "",
    ]);
    expect(amounts(facts, "finance")).toEqual(expect.arrayContaining([62_150_000, 10_100_000]));
    expect(unknownUnits(findings)).toEqual([]);
  });
});

describe("a table of several years in a unit no reader knows", () => {
  const FIVE = (unit: string) => [
    "Samordningsförbundet Granås",
    "Verksamhetsberättelse 2024",
    "",
    "Fem år i sammandrag",
    "",
    "                                    2024     2023     2022     2021     2020",
    `Verksamhetens intäkter (${unit})        8 420    8 100    7 950    7 600    7 400`,
    `Verksamhetens kostnader (${unit})       8 610    7 980    7 700    7 820    7 100`,
    `Årets resultat (${unit})                 -190      120      250     -220      300`,
    "",
  ];
  it("leaves its amounts unread, each row's finding naming the unit", () => {
    const { facts, findings } = parse(FIVE("100-tal kr"));
    expect(amounts(facts, "finance")).toEqual([]);
    expect(unknownUnits(findings)).toEqual(["100-tal kr", "100-tal kr", "100-tal kr"]);
  });
  it("reads the same rows in tkr", () => {
    const { facts, findings } = parse(FIVE("tkr"));
    expect(amounts(facts, "finance")).toContain(8_420_000);
    expect(unknownUnits(findings)).toEqual([]);
  });
});

describe("members' contributions in a unit no reader knows", () => {
  const MEMBERS = (unit: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    `Medlemsavgifter 2024 (${unit})`,
    "",
    "Medlem                         Avgift",
    "Försäkringskassan               2 000",
    "Region Granland                 1 000",
    "Granås kommun                     600",
    "Björkvik kommun                   400",
    "Summa                           4 000",
    "",
  ];
  it("are not stored, in any unit of theirs", () => {
    for (const unit of ["tusen euro", "tiotal tkr"]) {
      const { facts, findings } = parse(MEMBERS(unit));
      expect(amounts(facts, "member_contribution"), unit).toEqual([]);
      expect(amounts(facts, "finance"), unit).toEqual([]);
      expect(unknownUnits(findings), unit).toEqual([unit]);
    }
  });
  it("are stored in tkr", () => {
    const { facts, findings } = parse(MEMBERS("tkr"));
    expect(amounts(facts, "member_contribution")).toEqual([2_000_000, 1_000_000, 600_000, 400_000]);
    expect(unknownUnits(findings)).toEqual([]);
  });
});

describe("running text in another currency", () => {
  it("is not read as kronor, and the finding names the unit; the kronor beside it are read", () => {
    const { facts, findings } = parse([
      "Samordningsförbundet Granås",
      "Årsredovisning 2024",
      "",
      "Ekonomi",
      "",
      "Förbundets intäkter uppgick till 1,2 miljoner euro under 2024.",
      "Förbundets intäkter uppgick till 4,2 miljoner kronor under 2024.",
      "",
    ]);
    expect(amounts(facts, "finance")).toEqual([4_200_000]);
    expect(findings.find((f) => f.check_id === "coverage.unknown_unit")).toMatchObject({
      line: 6,
      value: "miljoner euro",
    });
  });
});

describe("a decision table in minutes whose amount column states a unit no reader knows", () => {
  const minutes = (unit: string) =>
    readMinutes([
      "Beslutande: Olle Berg, Granlids kommun",
      "",
      `§        Ärende                         Beslut                       Belopp (${unit})`,
      "21       Ansökan Stegvis, Region        Beviljas för perioden         450",
      "         Tallmark                       2025-04-01 – 2026-03-31",
    ]);
  it("stores no amount, and says which unit it could not read", () => {
    const out = minutes("hundratals kr");
    expect(out.facts.filter((f) => f.table === "allocation")).toEqual([]);
    expect(unknownUnits(out.findings)).toEqual(["hundratals kr"]);
  });
  it("reads the same table in tkr", () => {
    const out = minutes("tkr");
    expect(out.facts.filter((f) => f.table === "allocation")).toMatchObject([{ amount_sek: 450_000 }]);
    expect(unknownUnits(out.findings)).toEqual([]);
  });
});

describe("minutes granting an amount in another currency", () => {
  const minutes = (amount: string) =>
    readMinutes(["§ 5 Ansökan Brobygget, Region Tallmark", `Styrelsen beslutar att bevilja ${amount} för 2025.`]);
  it("store no amount in kronor, and name the unit", () => {
    const out = minutes("1,2 miljoner euro");
    expect(out.facts.flatMap((f) => ("amount_sek" in f && f.amount_sek !== null ? [f.amount_sek] : []))).toEqual([]);
    expect(unknownUnits(out.findings)).toEqual(["miljoner euro"]);
  });
  it("store the same grant in kronor", () => {
    const out = minutes("1,2 miljoner kronor");
    expect(out.facts.flatMap((f) => ("amount_sek" in f ? [f.amount_sek] : []))).toContain(1_200_000);
    expect(unknownUnits(out.findings)).toEqual([]);
  });
});

describe("the review page's number buttons", () => {
  it("give no value in kronor under a unit no reader knows, and say which unit it is", () => {
    const lines = ["Resultaträkning (belopp i hundratals kronor)", "Verksamhetens intäkter   62 150"];
    const [cell] = numberTokens(lines, 2, "finance");
    expect(cell).toMatchObject({ raw: "62 150", value: null, note: "okänd enhet: hundratals kronor" });
  });
  it("scale the same cell under tkr", () => {
    const lines = ["Resultaträkning (tkr)", "Verksamhetens intäkter   62 150"];
    expect(numberTokens(lines, 2, "finance")[0]).toMatchObject({ value: 62_150_000 });
  });
});
