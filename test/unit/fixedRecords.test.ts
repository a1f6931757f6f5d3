/**
 * Fixed-length record files with a stated layout (`text/fixedRecords.ts`): fields cut at the layout's
 * positions, amounts in öre with a trailing sign, the whole year's period only, members by the code
 * list. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { fixedRecords } from "../../loaders/extract/text/fixedRecords.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const facts = (lines: string[]) =>
  (extractReport(lines, "ravmo", 2025) as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`
      : f.table === "member_contribution"
        ? `fee:${f.year}=${f.amount_sek}`
        : `${f.intervention ?? "fed"}:${f.year}:${f.measure ?? f.category}:${f.gender ?? ""}=${f.value}`,
  );

/** A record: type (2), year (4), period (2), code (6), variable (14), gender (1), value (11), sign (1). */
const rec = (t: string, period: string, code: string, variable: string, gender: string, value: number, sign = "+") =>
  `${t}2025${period}${code.padEnd(6)}${variable.padEnd(14)}${gender || " "}${String(value).padStart(11, "0")}${sign}`;

const file = (period = "00 = helår, HA = januari–juni") => [
  "Leveransfil – Samordningsförbundet Råvmo",
  "POSTBESKRIVNING (fast postlängd 41 tecken)",
  "Pos  1– 2  Posttyp: 10 deltagare, 20 ekonomi, 30 medlemsavgift, 90 slutpost",
  "Pos  3– 6  År",
  `Pos  7– 8  Period: ${period}`,
  "Pos  9–14  Kod: medlemskod för posttyp 30, annars SF",
  "Pos 15–28  Variabel",
  "Pos 29     Kön: K = kvinnor, M = män, T = totalt",
  "Pos 30–40  Värde med inledande nollor; posttyp 20 och 30 i öre",
  "Pos 41     Tecken: + eller -",
  "MEDLEMSKODER",
  "FKAF    Staten",
  "R07     Region Råvmark",
  "K0701   Råvmo kommun",
  "",
  rec("10", "00", "SF", "INSKRIVNA", "T", 120),
  rec("10", "HA", "SF", "INSKRIVNA", "T", 77),
  rec("10", "00", "SF", "AVSLUTADE", "T", 50),
  rec("20", "00", "SF", "INTAKTER", "", 400000000),
  rec("20", "00", "SF", "KOSTNADER", "", 412000000),
  rec("20", "00", "SF", "ARETS_RESULTAT", "", 12000000, "-"),
  rec("20", "00", "SF", "EGET_KAPITAL_IB", "", 90000000),
  rec("30", "00", "FKAF", "MEDLEMSAVGIFT", "", 200000000),
  rec("30", "00", "R07", "MEDLEMSAVGIFT", "", 100000000),
  rec("30", "00", "K0701", "MEDLEMSAVGIFT", "", 100000000),
  rec("90", "00", "SF", "ANTAL_POSTER", "", 11),
];

describe("a fixed-length record file with its layout in the header", () => {
  it("reads each field at its positions: counts, öre amounts with the trailing sign, fees by member code", () => {
    const got = facts(file());
    expect(got).toEqual(
      expect.arrayContaining([
        "fed:2025:enrolled:all=120",
        "fed:2025:exited:all=50",
        "actual:2025:revenue_operating=4000000",
        "actual:2025:cost_operating=4120000",
        "actual:2025:result=-120000",
        "fee:2025=2000000",
      ]),
    );
  });

  it("stores no half-year record, opening equity, record count or amount in kronor (must not fire)", () => {
    const got = facts(file());
    for (const bad of ["=77", "=900000", "=11", "=400000000", "=120000"])
      expect(got.filter((f) => f.endsWith(bad) && !f.endsWith("=-120000"))).toEqual([]);
  });

  it("reads a layout written as each field's name before its positions", () => {
    const named = file().map((l) =>
      l.replace(
        /^Pos\s+(\d+)(?:–\s*(\d+))?\s+(\p{L}+):?\s*(.*)$/u,
        (_, a: string, b: string | undefined, name: string, rest: string) =>
          `${name.padEnd(10)}${b ? `${a}–${b}` : a}`.padEnd(20) + rest,
      ),
    );
    expect(named[2]).toMatch(/^Posttyp\s+1–2\s+10 deltagare/);
    expect(facts(named)).toEqual(expect.arrayContaining(["fed:2025:enrolled:all=120", "actual:2025:result=-120000"]));
  });

  it("reads nothing where the layout names no whole year's period code, or a part year's file has no period (must not fire)", () => {
    expect(fixedRecords(file("HA = januari–juni, HB = juli–december"))).toBeUndefined();
    const partYear = file().filter((l) => !l.startsWith("Pos  7"));
    partYear[0] = "Delårsfil januari–juni – Samordningsförbundet Råvmo";
    expect(fixedRecords(partYear)).toBeUndefined();
  });

  it("leaves a text with no stated layout alone, and one whose unnamed field holds something (must not fire)", () => {
    expect(fixedRecords(["Deltagare 2025", "01202500SF      INSKRIVNA       T0000000000187+"])).toBeUndefined();
    const odd = file().map((l) => l.replace("Pos 41     Tecken: + eller -", "Pos 41     Reserv"));
    expect(fixedRecords(odd.map((l, i) => (i === 15 ? `${l.slice(0, 40)}X` : l)))).toBeUndefined();
  });
});
