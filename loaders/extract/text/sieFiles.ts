/**
 * An SIE 4 file (the Swedish exchange format accounting programs write: "#FLAGGA", "#SIETYP 4",
 * "#KONTO 3011 "Medlemsbidrag Region X"", "#RES 0 3011 -2620000.00") read as the year's accounts:
 *
 * - the financial year: "#RAR 0 20250101 20251231" (year index 0 the file's year, -1 the one before);
 *   only a calendar year is read, so a broken year is never dated, and only from a file written after
 *   it ended ("#GEN 20260304") whose balances reach its last day (no "#OMFATTN" before it): a file
 *   exported in the year's middle holds the year so far;
 * - the accounts' credit convention turned: revenue, equity and liabilities are stored as credits
 *   (minus), costs and assets as debits (plus); the BAS classes say what an account is: 1xxx assets,
 *   20xx equity, 21xx–29xx provisions and liabilities, 3xxx operating revenue, 4xxx–7xxx operating
 *   costs, 80xx–87xx financial items, 8999 the year's result;
 * - the year's result from "#RES 0 8999" where the result accounts and 8999 add to zero, else what
 *   the result accounts leave; the revenue, costs and financial items set out only where they add
 *   to that result, the balance sheet (total assets, closing equity on 20xx) only where assets +
 *   equity + liabilities = 0 (or = the result where it is not yet moved into equity);
 * - members' fees: a revenue account whose name opens on a fee word ("Medlemsbidrag Staten (FK och
 *   AF)", "Medlemsavgift Region X", "Bidrag Y kommun") set out in a members' list with its name;
 *   the members' readers resolve the names and keep only the federation's members;
 * - never read: opening balances (#IB), last year's rows (index -1), period balances and budgets
 *   (#PSALDO, #PBUDGET: a month's, not the year's), vouchers (#VER / #TRANS: single entries),
 *   objects, account numbers, the organisation number, the checksum.
 *
 * The file's record lines are blanked for every other reader; the free-text lines (#PROSA, the
 * company name) stay as written. The figures are set out as a long-format table and a members' list
 * (`structuredData.ts` `setOutRows`), each row citing the record line its figure stands on. Pure.
 */
import type { Row } from "./structuredData.ts";
import { setOutRows } from "./structuredData.ts";
import type { XmlData } from "./structuredData.ts";

/** The opening lines an SIE file starts with. */
const SIE_HEAD = /^#(?:FLAGGA|SIETYP|PROGRAM|FORMAT)\b/;
/** Lines the readers keep: free text. */
const KEPT = /^#(?:PROSA|FNAMN)\b/;
/** A member's fee account: "Medlemsbidrag Staten (FK och AF)", "Medlemsavgift Region X", "Bidrag från Y kommun". */
const FEE_ACCOUNT =
  /^(?:medlemsbidrag|medlemsavgift|medlemsavgifter|bidrag|avgift|driftbidrag|driftsbidrag|tilldelning)\s+(?:från\s+|fr\.?\s+)?(\p{L}.*)$/iu;

interface Balance {
  amount: number;
  line: number;
}

/** An SIE line's fields: words, quoted strings (quotes taken away) and braced object lists kept whole. */
function fields(line: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\{[^}]*\})|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

const AMOUNT = /^-?\d+(?:\.\d+)?$/;
/** Sums in öre, so decimals never drift. */
const ore = (text: string) => Math.round(Number(text) * 100);

/** Whether the first lines say the text is an SIE file. */
export function isSieFile(lines: readonly string[]): boolean {
  for (let i = 0, seen = 0; i < lines.length && seen < 4; i++) {
    const t = lines[i]!.trim();
    if (t === "") continue;
    seen++;
    if (SIE_HEAD.test(t)) return true;
  }
  return false;
}

/** An SIE 4 file's year set out as the readers read accounts; undefined where the text is no SIE file. */
export function sieFile(lines: readonly string[]): XmlData | undefined {
  if (!isSieFile(lines)) return undefined;
  const years = new Map<string, number>();
  const names = new Map<string, string>();
  const ub = new Map<number, Balance>();
  const res = new Map<number, Balance>();
  const blank: number[] = [];
  let first: number | undefined;
  let generated: string | undefined;
  let through: string | undefined;
  let trusted = true;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t.startsWith("#") && !t.startsWith("{") && !t.startsWith("}")) continue;
    if (KEPT.test(t)) continue;
    blank.push(i);
    const f = fields(t);
    const tag = f[0]!.toUpperCase();
    if (tag === "#RAR" && f.length >= 4) {
      const [, index, start, end] = f;
      // A calendar year only: "20250101 20251231".
      if (/^\d{4}0101$/.test(start!) && end === `${start!.slice(0, 4)}1231`)
        years.set(index!, Number(start!.slice(0, 4)));
    } else if (tag === "#KONTO" && f.length >= 3) names.set(f[1]!, f[2]!);
    else if (tag === "#GEN" && f.length >= 2) generated = f[1];
    else if (tag === "#OMFATTN" && f.length >= 2) through = f[1];
    else if ((tag === "#UB" || tag === "#RES") && f.length >= 4 && f[1] === "0" && /^\d{4}$/.test(f[2]!)) {
      if (!AMOUNT.test(f[3]!)) continue;
      const account = Number(f[2]);
      const map = tag === "#UB" ? ub : res;
      // An account twice is no file the readers can trust.
      if (map.has(account)) trusted = false;
      map.set(account, { amount: ore(f[3]!), line: i });
      first ??= i;
    }
  }
  if (first === undefined) return undefined;
  const year = years.get("0");
  // Balances of the whole year only: a file written before the year ended, or whose balances reach a
  // day before its end ("#OMFATTN 20250630"), holds a part of it. Its records are blanked all the same.
  const end = `${year}1231`;
  const whole =
    year !== undefined &&
    trusted &&
    res.size > 0 &&
    generated !== undefined &&
    /^\d{8}$/.test(generated) &&
    generated > end &&
    (through === undefined || through === end);
  const rows = whole ? sieRows(year, names, ub, res) : [];
  const out: XmlData = { lines: [...lines], blocks: new Map() };
  for (const k of blank) out.lines[k] = "";
  if (rows.length > 0) out.blocks.set(first, setOutRows(rows, first));
  return out;
}

const inRange = (a: number, lo: number, hi: number) => a >= lo && a <= hi;

function sum(map: ReadonlyMap<number, Balance>, lo: number, hi: number): { total: number; line?: number } {
  let total = 0;
  let line: number | undefined;
  for (const [account, b] of [...map].sort((x, y) => x[0] - y[0]))
    if (inRange(account, lo, hi)) {
      total += b.amount;
      line ??= b.line;
    }
  return { total, line };
}

/** The year's figures from its closing balances and result rows, each only where the accounts' sums prove it. */
function sieRows(
  year: number,
  names: ReadonlyMap<string, string>,
  ub: ReadonlyMap<number, Balance>,
  res: ReadonlyMap<number, Balance>,
): Row[] {
  const rows: Row[] = [];
  const row = (measure: string, value: number, line: number) =>
    rows.push({ measure, gender: "Totalt", year, value: value / 100, unit: "kr", line });
  // The result: 8999 where the result accounts and it add to zero; else what the result accounts leave.
  const others = sum(res, 3000, 8998);
  const closing = res.get(8999);
  let result: number;
  let resultLine: number;
  if (closing) {
    if (Math.abs(others.total + closing.amount) > 100) return [];
    result = closing.amount;
    resultLine = closing.line;
  } else {
    result = -others.total;
    // The balance sheet's own result account (2099), where there is one, must say the same.
    const own = ub.get(2099);
    if (own && own.amount !== -result) return [];
    resultLine = own?.line ?? Math.max(...[...res.values()].map((b) => b.line));
  }
  const revenue = sum(res, 3000, 3999);
  const costs = sum(res, 4000, 7999);
  const financial = sum(res, 8000, 8799);
  const after = sum(res, 8800, 8998);
  // Operating figures only where revenue − costs + financial items is the result (no appropriations or tax).
  if (revenue.line !== undefined && costs.line !== undefined && after.line === undefined) {
    if (-revenue.total - costs.total - financial.total === result) {
      row("Verksamhetens intäkter", -revenue.total, revenue.line);
      row("Verksamhetens kostnader", costs.total, costs.line);
      row("Verksamhetens resultat", -revenue.total - costs.total, costs.line);
      if (financial.line !== undefined && financial.total !== 0)
        row(
          financial.total < 0 ? "Finansiella intäkter" : "Finansiella kostnader",
          Math.abs(financial.total),
          financial.line,
        );
    }
  }
  row("Årets resultat", result, resultLine);
  // The balance sheet: assets + equity + liabilities = 0, or = the result not yet moved into equity.
  const assets = sum(ub, 1000, 1999);
  const equity = sum(ub, 2000, 2099);
  const balance = sum(ub, 1000, 2999);
  if (assets.line !== undefined && equity.line !== undefined) {
    const closed = balance.total === 0;
    const open = !closed && balance.total === result;
    if (closed || open) {
      row("Summa tillgångar", assets.total, assets.line);
      row("Eget kapital vid årets slut", -equity.total + (open ? result : 0), equity.line);
    }
  }
  // Members' fees: revenue accounts named for a fee and whom it is from.
  for (const [account, b] of [...res].sort((x, y) => x[0] - y[0])) {
    if (!inRange(account, 3000, 3999) || b.amount >= 0) continue;
    const fee = FEE_ACCOUNT.exec(names.get(String(account))?.trim() ?? "");
    if (!fee) continue;
    rows.push({
      measure: "",
      gender: "Totalt",
      year,
      value: -b.amount / 100,
      unit: "kr",
      line: b.line,
      member: fee[1]!,
    });
  }
  return rows;
}
