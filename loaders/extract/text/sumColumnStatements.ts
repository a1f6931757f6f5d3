/**
 * A statement split by cost centre, its total as a "Summa" column at the right, not a row:
 *
 *     Resultaträkning 2025, tkr
 *                                  Kansli    Insatser     Summa
 *     Verksamhetens intäkter        2 980           –     2 980
 *     Verksamhetens kostnader        -910      -2 150    -3 060
 *     Verksamhetens resultat                               -80
 *
 * A line with three figures looks like three years or a budget beside the outcome; only the Summa column is
 * the federation's. Here the part columns are blanked, header and cells, so the table reads as one column
 * of the statement, as its rows of one figure already do.
 *
 * It fires only under a header of words alone whose last cell is "Summa" / "Totalt" / "Total", two cells at
 * least before it, none a year or a period or basis word ("Budget", "Utfall", "Prognos", "Avvikelse"); on
 * the rows below it, to a blank line: each row's last figure ends under the Summa cell, and a row with
 * more figures is a statement's item whose parts (a dash an empty part) add up to it exactly; one such row
 * at least. Any row that breaks this leaves the table as written (a participants' table "Kvinnor  Män
 * Summa" has no statement's items; a members' fee table has none either). Pure.
 */
import { statementItem } from "../../reference/statementLabels.ts";

/** The header's last cell: the total. */
const SUM_CELL = /^(?:summa|totalt|total)$/iu;
/** A header cell that is a period, a basis or a change: such columns are no parts of a sum. */
const NO_PART =
  /(?:19|20)\d\d|budget|utfall|prognos|avvikelse|bokslut|föregående|förändring|diff|period|ack|helår|jan|%|not\b/iu;
/** A figure (its minus a hyphen, a Unicode minus or an en dash) or a dash alone (an empty cell). */
const TOKEN = /(?<!\S)(?:[-−–]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?|[–—-])(?!\S)/gu;
/** A row's label: text with a letter, ending before a wide gap. */
const LABEL = /^\s*(\p{L}[^\d]*?\S)(?=\s{2,}|$)/u;

const valueOf = (t: string) =>
  /^[–—-]$/u.test(t) ? 0 : Number(t.replace(/[  ]/g, "").replace(/[−–]/u, "-").replace(",", "."));

interface Cell {
  from: number;
  to: number;
  text: string;
}

function cellsOf(line: string, after: number): Cell[] {
  return [...line.matchAll(TOKEN)]
    .filter((m) => m.index >= after)
    .map((m) => ({ from: m.index, to: m.index + m[0].length, text: m[0] }));
}

export function sumColumnStatements(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!;
    // Cheap first: a header ends on its total's word.
    if (!/(?:summa|totalt|total)\s*$/iu.test(header) || /\d/.test(header)) continue;
    const words = [...header.matchAll(/\S+(?: \S+)*/gu)];
    if (words.length < 3 || !SUM_CELL.test(words.at(-1)![0])) continue;
    // The header's parts: every cell before the total, set apart by wide gaps; the first may be the label column's title.
    const parts = words.slice(0, -1);
    if (parts.some((w) => NO_PART.test(w[0]))) continue;
    const sumEnd = words.at(-1)!.index + words.at(-1)![0].length;
    const rows: { line: number; cells: Cell[] }[] = [];
    let ok = true;
    let split = 0;
    let k = h + 1;
    for (; k < lines.length && lines[k]!.trim() !== ""; k++) {
      const line = lines[k]!;
      if (/^[\s=_–—-]+$/u.test(line)) continue;
      const label = LABEL.exec(line);
      if (!label) {
        ok = false;
        break;
      }
      const cells = cellsOf(line, label.index + label[0].length);
      if (cells.length === 0) continue;
      const last = cells.at(-1)!;
      if (Math.abs(last.to - sumEnd) > 2 || /^[–—-]$/u.test(last.text)) {
        ok = false;
        break;
      }
      if (cells.length > 1) {
        const item = statementItem(label[1]!, "income_statement") ?? statementItem(label[1]!, "balance_sheet");
        const sum = cells.slice(0, -1).reduce((a, c) => a + valueOf(c.text), 0);
        if (!item || Math.abs(sum - valueOf(last.text)) > 1e-9) {
          ok = false;
          break;
        }
        split++;
      }
      rows.push({ line: k, cells });
    }
    if (!ok || split === 0) continue;
    out ??= [...lines];
    // The header's part cells blanked, the label column's title (set at the margin) kept.
    let head = header;
    for (const w of parts)
      if (w.index! > 0) head = head.slice(0, w.index) + " ".repeat(w[0].length) + head.slice(w.index! + w[0].length);
    out[h] = head;
    for (const r of rows) {
      let line = lines[r.line]!;
      for (const c of r.cells.slice(0, -1)) line = line.slice(0, c.from) + " ".repeat(c.to - c.from) + line.slice(c.to);
      out[r.line] = line;
    }
    h = k;
  }
  return out;
}
