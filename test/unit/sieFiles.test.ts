/**
 * SIE 4 accounting files (`text/sieFiles.ts`): the year's accounts read from #RES/#UB with the credit
 * convention turned, only where the accounts' sums prove them; opening balances, last year's rows,
 * period rows and vouchers never read. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { isSieFile, sieFile } from "../../loaders/extract/text/sieFiles.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const sie = (
  rar = "#RAR 0 20250101 20251231",
  closing = "#RES 0 8999 31500.00",
  extra: string[] = [],
  gen = "#GEN 20260210",
) => [
  "#FLAGGA 0",
  "#SIETYP 4",
  gen,
  '#FNAMN "Samordningsförbundet Ekmora"',
  "#ORGNR 222000-4410",
  rar,
  "#RAR -1 20240101 20241231",
  '#KONTO 1930 "Bank"',
  '#KONTO 2010 "Eget kapital"',
  '#KONTO 2440 "Leverantörsskulder"',
  '#KONTO 3010 "Medlemsbidrag Staten"',
  '#KONTO 3020 "Medlemsbidrag Region Ekmark"',
  '#KONTO 3030 "Medlemsbidrag Ekmora kommun"',
  '#KONTO 4010 "Insatser"',
  '#KONTO 7010 "Personal"',
  '#KONTO 8999 "Årets resultat"',
  "#IB 0 1930 900000.00",
  "#UB 0 1930 1012000.00",
  "#IB 0 2010 -780000.00",
  "#UB 0 2010 -811500.00",
  "#IB 0 2440 -120000.00",
  "#UB 0 2440 -200500.00",
  "#RES 0 3010 -2000000.00",
  "#RES 0 3020 -1000000.00",
  "#RES 0 3030 -1000000.00",
  "#RES 0 4010 3400000.00",
  "#RES 0 7010 568500.00",
  closing,
  "#RES -1 3010 -1900000.00",
  "#RES -1 8999 -40000.00",
  "#PBUDGET 0 202512 4010 {} 3500000.00",
  '#VER A 5 20250331 "Medlemsbidrag kvartal 1"',
  "{",
  "#TRANS 3010 {} -500000.00",
  "#TRANS 1930 {} 500000.00",
  "}",
  ...extra,
];

const facts = (lines: string[]) =>
  (extractReport(lines, "ekmora", 2025) as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`
      : f.table === "member_contribution"
        ? `fee:${f.basis}:${f.year}=${f.amount_sek}`
        : `${f.table}:${f.year}=${f.value}`,
  );

describe("an SIE 4 file", () => {
  it("is read as the year's accounts with the credit sign turned, and members' fees from their accounts' names", () => {
    const got = facts(sie());
    expect(got).toEqual(
      expect.arrayContaining([
        "actual:2025:revenue_operating=4000000",
        "actual:2025:cost_operating=3968500",
        "actual:2025:result=31500",
        "actual:2025:equity_end=811500",
        "actual:2025:assets_total=1012000",
        "fee:actual:2025=2000000",
        "fee:actual:2025=1000000",
      ]),
    );
  });

  it("stores no opening balance, last year's row, budget, voucher, negative fee or account number (must not fire)", () => {
    const got = facts(sie());
    for (const bad of [
      "=900000",
      "=-811500",
      "=1900000",
      "=-40000",
      "=40000",
      "=3500000",
      "=500000",
      "=-2000000",
      "=4410",
    ])
      expect(got.filter((f) => f.endsWith(bad) && !f.includes(":2024:"))).toEqual([]);
    expect(got.filter((f) => f.startsWith("participant"))).toEqual([]);
  });

  it("reads the result the result accounts leave where there is no 8999, and nothing where 8999 disagrees (must not fire)", () => {
    expect(facts(sie(undefined, "#RES 0 8010 0.00"))).toContain("actual:2025:result=31500");
    const wrong = facts(sie(undefined, "#RES 0 8999 99000.00"));
    expect(wrong.filter((f) => f.startsWith("actual:2025"))).toEqual([]);
  });

  it("dates nothing in a broken financial year, nor in a file written before the year ended (must not fire)", () => {
    expect(sieFile(sie("#RAR 0 20250701 20260630"))?.blocks.size ?? 0).toBe(0);
    expect(sieFile(sie(undefined, undefined, [], "#GEN 20250815"))?.blocks.size ?? 0).toBe(0);
    expect(sieFile(sie(undefined, undefined, ["#OMFATTN 20250630"]))?.blocks.size ?? 0).toBe(0);
    expect(sieFile(sie())?.blocks.size).toBe(1);
  });

  it("leaves a text that merely opens on a hash mark alone (must not fire)", () => {
    expect(isSieFile(["# Deltagare 2025", "", "Under året hade vi 120 deltagare."])).toBe(false);
    expect(sieFile(["#FLAGGA är en tagg", "Intäkter 5 000 000 kr"])).toBeUndefined();
  });
});
