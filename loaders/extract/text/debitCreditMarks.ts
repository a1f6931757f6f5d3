/**
 * Amounts written unsigned with a debit or credit mark, as a ledger sets them, under a legend saying so
 * ("Kolumnen D/K anger om beloppet är debet (D, kostnad eller underskott) eller kredit (K, intäkt eller
 * överskott)"):
 *
 *     Resultaträkning 2025, kronor
 *     Post                        Not   Utfall 2025   D/K    Budget 2025        ±
 *     Medlemsbidrag               I       3 100 000    K       3 100 000        0
 *     Personalkostnader           II      1 420 000    D       1 500 000  −80 000
 *     Årets resultat                        120 000    D          50 000  +70 000
 *
 * In an income statement a credit is revenue or a surplus and a debit a cost or a deficit: the marked column's
 * amounts are signed so (a debit negative) and the marks blanked; every other amount column of the table
 * carries no mark, so its signs cannot be told, and is blanked (header and cells), as is a "Not" column of
 * Roman numerals. Stored only where the signed rows hold: revenue less costs is the operating result, and it
 * with the financial items the year's result, where the table gives them; else the table is left as written.
 * In a balance sheet the marks only say the side: blanked where every asset is a debit and every equity or
 * liability a credit. In running text and lists under the same legend, "2 100 000 K" is the amount and
 * "229 200 D" a debit, written with its minus. Never without the legend: a "D" or "K" after a number is
 * otherwise a letter of a code or an initial. Pure.
 */
import { statementItem } from "../../reference/statementLabels.ts";

/** The legend: "D/K" named with debit and credit, or the words themselves. */
const LEGEND =
  /(?<!\p{L})debet(?!\p{L})[^]*?(?<!\p{L})kredit(?!\p{L})|(?<!\p{L})kredit(?!\p{L})[^]*?(?<!\p{L})debet(?!\p{L})/iu;
const AMOUNT = String.raw`\d{1,3}(?:[  ]\d{3})*(?:,\d+)?`;
/** A figure, a sign before it allowed, or a dash alone. */
const TOKEN = /(?<!\S)(?:[-−–+]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?|[DK]|[IVX]{1,5})(?!\S)/gu;
/** In text: an amount, then its mark, then the line's end, a comma or a full stop. */
const TEXT_MARK = new RegExp(String.raw`(?<![\d,.])(${AMOUNT}) ([DK])(?=$|[,.;]\s|[,.;]$)`, "gu");

const valueOf = (t: string) => Number(t.replace(/[  ]/g, "").replace(/[−–]/u, "-").replace(",", "."));
const blank = (line: string, from: number, to: number) => line.slice(0, from) + " ".repeat(to - from) + line.slice(to);

interface Token {
  from: number;
  to: number;
  text: string;
}
const tokensOf = (line: string, after: number): Token[] =>
  [...line.matchAll(TOKEN)]
    .filter((m) => m.index >= after)
    .map((m) => ({ from: m.index, to: m.index + m[0].length, text: m[0] }));

/** The header's cells with where each stands. */
const cellsOf = (line: string) =>
  [...line.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ from: m.index, to: m.index + m[0].length, text: m[0] }));

function statementTable(lines: string[], h: number, kind: "income_statement" | "balance_sheet"): boolean {
  const header = cellsOf(lines[h]!);
  const marks = header.filter((c) => c.text === "D/K");
  if (marks.length === 0) return false;
  // The amount column each mark column follows: the header cell right before it.
  const marked = marks.map((m) => header[header.indexOf(m) - 1]).filter((c) => c !== undefined);
  if (marked.length !== marks.length) return false;
  const near = (t: Token, c: { from: number; to: number }) => t.to >= c.from - 3 && t.from <= c.to + 3;
  const rows: { line: number; label: string; tokens: Token[] }[] = [];
  for (let k = h + 1; k < lines.length && lines[k]!.trim() !== ""; k++) {
    const line = lines[k]!;
    const label = /^\s*(\p{L}[^\d]*?\S)(?=\s{2,})/u.exec(line);
    if (!label) return false;
    rows.push({ line: k, label: label[1]!, tokens: tokensOf(line, label[0].length) });
  }
  if (rows.length < 2) return false;
  const out = [...lines];
  const signed = new Map<string, number>();
  let head = lines[h]!;
  for (const c of header) {
    // The label column's title and the notes' stay: a statement's header is read with them.
    if (c === header[0] || marked.includes(c) || /^not(?:er)?$/iu.test(c.text)) continue;
    head = blank(head, c.from, c.to);
  }
  for (const r of rows) {
    let line = lines[r.line]!;
    for (let i = 0; i < marks.length; i++) {
      const mark = r.tokens.find((t) => /^[DK]$/.test(t.text) && near(t, marks[i]!));
      const amount = r.tokens.find((t) => /\d/.test(t.text) && near(t, marked[i]!));
      if (!mark || !amount || /^[-−–+]/u.test(amount.text)) return false;
      const value = valueOf(amount.text) * (kind === "income_statement" && mark.text === "D" ? -1 : 1);
      const item = statementItem(r.label, kind)?.item;
      if (kind === "balance_sheet") {
        const creditSide = item !== undefined && /^(?:equity|liabilit)/.test(item);
        if (item === undefined || creditSide !== (mark.text === "K")) return false;
      } else if (i === 0 && item !== undefined && !signed.has(item)) signed.set(item, value);
      line = blank(line, mark.from, mark.to);
      if (kind === "income_statement" && mark.text === "D") {
        // The minus set right before the figure, in the space the column left there.
        if (amount.from === 0 || line[amount.from - 1] !== " ") return false;
        line = `${line.slice(0, amount.from - 1)}-${line.slice(amount.from)}`;
      }
    }
    // Any other figure of the row (a budget, a deviation, a note's Roman numeral) is blanked.
    for (const t of r.tokens)
      if (!/^[DK]$/.test(t.text) && (!/\d/.test(t.text) || !marked.some((c) => near(t, c))))
        line = blank(line, t.from, t.to);
    out[r.line] = line;
  }
  if (kind === "income_statement") {
    const get = (item: string) => signed.get(item);
    const rev = get("revenue_operating");
    const cost = get("cost_operating");
    const op = get("operating_result");
    const res = get("result");
    const fin = (get("revenue_financial") ?? 0) + (get("cost_financial") ?? 0);
    const checks: boolean[] = [];
    if (rev !== undefined && cost !== undefined && op !== undefined) checks.push(Math.abs(rev + cost - op) < 0.5);
    if (op !== undefined && res !== undefined) checks.push(Math.abs(op + fin - res) < 0.5);
    if (checks.length === 0 || checks.some((c) => !c)) return false;
  }
  out[h] = head;
  lines.splice(0, lines.length, ...out);
  return true;
}

export function debitCreditMarks(lines: readonly string[]): string[] | undefined {
  // Cheap first: a legend naming debit and credit, on one line or two.
  const legend = lines.findIndex((l, i) => /debet|kredit/iu.test(l) && LEGEND.test(`${l} ${lines[i + 1] ?? ""}`));
  if (legend < 0) return undefined;
  const out = [...lines];
  let changed = false;
  const tables = new Set<number>();
  for (let h = 0; h < out.length; h++) {
    if (!/(?<!\S)D\/K(?!\S)/u.test(out[h]!)) continue;
    let kind: "income_statement" | "balance_sheet" | undefined;
    for (let k = h - 1; k >= Math.max(0, h - 3) && kind === undefined; k--) {
      if (/resultaträkning/iu.test(out[k]!)) kind = "income_statement";
      else if (/balansräkning/iu.test(out[k]!)) kind = "balance_sheet";
    }
    if (kind === undefined) continue;
    for (let k = h; k < out.length && out[k]!.trim() !== ""; k++) tables.add(k);
    if (statementTable(out, h, kind)) changed = true;
  }
  // Lines outside the tables: "Region X   1 050 000 K", "årets resultat 229 200 D, …".
  for (let k = legend + 2; k < out.length; k++) {
    if (tables.has(k) || !/\d ?[DK]\b/u.test(out[k]!)) continue;
    const line = out[k]!.replace(TEXT_MARK, (_m, amount: string, mark: string) =>
      // The same length either way: columns stay where they were.
      mark === "D" ? `−${amount} ` : `${amount}  `,
    );
    if (line !== out[k]) {
      out[k] = line;
      changed = true;
    }
  }
  return changed ? out : undefined;
}
