/**
 * A spreadsheet's pivot of the accounts pasted as text: the value field's caption with its unit
 * ("Summa av Belopp (kr)"), the row labels' caption over one column ("Radetiketter  Summa"), the
 * top-level accounts ("Intäkter", "Kostnader") each over its indented parts, and Excel's
 * "Totalsumma" closing the table:
 *
 *   Summa av Belopp (kr)
 *   Radetiketter            Summa
 *   Intäkter                8 450 000
 *     Medlemsbidrag         8 400 000
 *     Ränta                    50 000
 *   Kostnader              -8 127 350
 *     …
 *   Totalsumma                322 650
 *
 * The Totalsumma adds the top-level rows, so over revenue and costs it is the result. Read only
 * where the pivot's own filter names the report's year ("År  2024"), the top level is exactly the
 * revenue and the costs, each top-level row's parts add up to it, and revenue − costs is the
 * Totalsumma; a part row is never stored. Pure.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { statementItem } from "../../reference/statementLabels.ts";
import { readUnit, scaleAmount } from "../../reference/units.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { unreadNumber } from "../findings.ts";

const SECTION = "general:pivot_accounts";
/** The row labels' caption over the pivot's one value column. */
const PIVOT_HEADER = /^radetiketter\s{2,}(?:summa|totalt|belopp)\s*$/i;
/** A pivot's report filter naming the year: "År   2024". */
const YEAR_FILTER = /^\s*år\s{2,}((?:19|20)\d\d)\s*$/i;
/** "  Medlemsbidrag      8 400 000": an account's label and its one amount, its indent kept. */
const ACCOUNT_ROW = /^(?<indent> *)(?<label>\p{L}[\p{L} ,/&().-]*?\S)\s{2,}(?<amount>-?\d{1,3}(?: \d{3})*)\s*$/u;
const TOTAL = /^totalsumma$/i;

interface Account {
  label: string;
  indent: number;
  amount: number;
  line: number;
}

export function parsePivotAccounts(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  let filterYear: number | undefined;
  for (let h = 1; h <= doc.lineCount; h++) {
    const raw = doc.lines[h - 1] ?? "";
    const filter = YEAR_FILTER.exec(raw);
    if (filter) filterYear = Number(filter[1]);
    if (!PIVOT_HEADER.test(raw.trim())) continue;
    const unit = h > 1 ? readUnit(doc.at(h - 1)) : undefined;
    if (!unit || filterYear !== doc.periodYear) continue;
    const rows: Account[] = [];
    let total: Account | undefined;
    let n = h + 1;
    for (; n <= doc.lineCount && doc.at(n) !== ""; n++) {
      const m = ACCOUNT_ROW.exec(doc.lines[n - 1] ?? "");
      if (!m) break;
      const row = {
        label: m.groups!.label!,
        indent: m.groups!.indent!.length,
        amount: Number(m.groups!.amount!.replace(/ /g, "")),
        line: n,
      };
      if (TOTAL.test(row.label)) {
        total = row;
        n++;
        break;
      }
      rows.push(row);
    }
    const refuse = (why: string) =>
      findings.push(
        unreadNumber({
          subject: SECTION,
          line: h,
          value: doc.at(h),
          message: `pivot of the accounts: ${why}; not stored`,
        }),
      );
    if (!total || rows.length === 0) {
      refuse("no Totalsumma row closes it");
      continue;
    }
    const top = Math.min(...rows.map((r) => r.indent));
    const heads = rows.filter((r) => r.indent === top);
    // Each top-level account's parts (the indented rows under it) add up to it.
    const partsAdd = heads.every((head) => {
      const i = rows.indexOf(head);
      const next = rows.findIndex((r, k) => k > i && r.indent === top);
      const parts = rows.slice(i + 1, next < 0 ? undefined : next);
      return parts.length === 0 || parts.reduce((a, r) => a + r.amount, 0) === head.amount;
    });
    const items = heads.map((r) => statementItem(r.label, "income_statement")?.item);
    const revenue = heads[items.indexOf("revenue_operating")];
    const costs = heads[items.indexOf("cost_operating")];
    if (heads.length !== 2 || !revenue || !costs || !partsAdd) {
      refuse("its top-level rows are not the revenue and the costs, each the sum of its parts");
      continue;
    }
    const result = revenue.amount - Math.abs(costs.amount);
    if (revenue.amount < 0 || result !== total.amount || heads.reduce((a, r) => a + r.amount, 0) !== total.amount) {
      refuse("revenue − costs is not its Totalsumma");
      continue;
    }
    const emit = (item: string, amount: number, row: Account) =>
      facts.push({
        table: "finance",
        year: doc.periodYear,
        basis: "actual",
        item,
        amount_sek: scaleAmount(amount, unit.unit).sek,
        value: null,
        source_label: row.label,
        line: row.line,
        text: doc.at(row.line),
        section: SECTION,
        approximate: false,
      });
    emit("revenue_operating", revenue.amount, revenue);
    emit("cost_operating", Math.abs(costs.amount), costs);
    emit("result", total.amount, total);
    h = n - 1;
  }
  return { facts, findings, coverage: [] };
}
