/**
 * A spreadsheet saved as text writes a merged cell's text in every cell it spans: a sheet's title
 * in every column ("Ekonomi 2024 (kr)\tEkonomi 2024 (kr)\t…"), a group's header over each of its
 * columns ("Deltagare 2024\tDeltagare 2024\tDeltagare 2024" over "Kvinnor\tMän\tTotalt"), a label
 * over two label columns ("Totalsumma\tTotalsumma\t78"), and a label merged down two header rows
 * ("Post" over "Post"). Read as they stand, each repeat is a column of its own, and no reader knows
 * such a header. Here each merged cell is written once, where a table printed as layout text
 * writes it, and a header whose second row gives only years is one header row: "Budget | Utfall |
 * Utfall" over "2024 | 2024 | 2023" is "Budget 2024 | Utfall 2024 | Utfall 2023". Rows keep their
 * number (an emptied header row stays as an empty row). Pure.
 */

/** A cell that is a number, a share or a date: set flush right, as layout text prints figures. */
export const FIGURE_CELL = /^[-−–+(]?\d[\d\s.,:/()−–-]*(?:\s?(?:%|kr|tkr|mnkr|Mkr))?$/;
/** A cell that is a figure or a dash for none: never a header's word. */
const FIGURE = new RegExp(`${FIGURE_CELL.source}|^[-–—]$`);
/** A year or a balance date: what a header's second row may give under its words. */
const YEAR = /^(?:19|20)\d\d(?:-\d\d-\d\d)?$/;

/** A second header row's cell that names no measure of its own: the group above it does. */
const BARE_TOTAL = /^(?:totalt|total|tot|summa|antal|st)$/i;

const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== "");

/** A row of words (years allowed) in two cells or more: a header row or a title. */
function isHeaderRow(row: readonly string[]): boolean {
  return (
    filled(row).length >= 2 &&
    row.slice(1).every((c) => c.trim() === "" || YEAR.test(c.trim()) || !FIGURE.test(c.trim()))
  );
}

export function undoMergedCells(rows: readonly (readonly string[])[]): string[][] {
  const out = rows.map((r) => [...r]);
  for (let k = 0; k < out.length; k++) {
    const row = out[k]!;
    const cells = filled(row);
    // A title merged across the sheet: the same words in every filled cell.
    if (cells.length >= 2 && cells.every((c) => c.trim() === cells[0]!.trim()) && !FIGURE.test(cells[0]!.trim())) {
      out[k] = [cells[0]!];
      continue;
    }
    // A label merged across the label columns: the repeat, before the first figure, is emptied.
    for (let j = 1; j < row.length && !FIGURE.test(row[j]!.trim()); j++)
      if (row[j]!.trim() !== "" && row[j]!.trim() === row[j - 1]!.trim() && !isHeaderRow(row)) row[j] = "";
  }
  kindColumnTotals(out);
  for (let k = 0; k + 1 < out.length; k++) {
    const [a, b] = [out[k]!, out[k + 1]!];
    if (a.length !== b.length || a.length < 3 || !isHeaderRow(a) || !isHeaderRow(b)) continue;
    const spans = a.some((c, j) => j > 0 && c.trim() !== "" && c.trim() === a[j - 1]!.trim());
    const downward = a.some((c, j) => c.trim() !== "" && c.trim() === b[j]!.trim());
    if (!spans && !downward) continue;
    const valueCells = b
      .map((c, j) => ({ c: c.trim(), j }))
      .filter(({ c, j }) => j > 0 && c !== "" && c !== a[j]!.trim());
    if (valueCells.length > 0 && valueCells.every(({ c }) => YEAR.test(c))) {
      // "Budget | Utfall | Utfall" over "2024 | 2024 | 2023": one header row, each column its basis and year.
      out[k + 1] = b.map((c, j) =>
        j > 0 && a[j]!.trim() !== "" && a[j]!.trim() !== c.trim() ? `${a[j]!.trim()} ${c.trim()}`.trim() : c,
      );
      out[k] = [];
      k++;
      continue;
    }
    // A group's header written once over its first column; a label merged down written in the upper
    // row only; a one-column group over a bare total ("Nya 2024" over "Totalt") is that column's header.
    const single = (j: number) =>
      j > 0 && a[j]!.trim() !== "" && a[j]!.trim() !== a[j - 1]!.trim() && a[j]!.trim() !== (a[j + 1] ?? "").trim();
    out[k + 1] = b.map((c, j) =>
      c.trim() !== "" && c.trim() === a[j]!.trim() ? "" : single(j) && BARE_TOTAL.test(c.trim()) ? a[j]! : c,
    );
    out[k] = a.map((c, j) =>
      (j > 0 && c.trim() !== "" && c.trim() === a[j - 1]!.trim()) || (single(j) && BARE_TOTAL.test(b[j]!.trim()))
        ? ""
        : c,
    );
    k++;
  }
  return out;
}

/** The individual interventions' kind, as a grouping column writes it ("Individinriktad", "Individinsatser"). */
const INDIVIDUAL_KIND = /^individ\p{L}*(?:\s+insatser)?$/iu;

/**
 * A grouping column repeating the intervention kind beside each row's label ("Individinriktad |
 * Steget | 22 …", "Individinriktad | Summa individinriktade | 78 …"): the individual interventions
 * are what a participant table counts, so their kind cell is emptied and each row reads by its own
 * label (the group's total row as the total it is). Rows of another kind (structural work) keep
 * their kind cell: their label says they are no individual intervention.
 */
function kindColumnTotals(rows: string[][]): void {
  // The cell beside the kind is the row's own label: a figure there makes the kind the label itself
  // ("Individinriktade insatser | 3 400 000 | 3 100 000"), which stays.
  const kinds = rows.filter(
    (r) => r.length >= 3 && INDIVIDUAL_KIND.test(r[0]!.trim()) && r[1]!.trim() !== "" && !FIGURE.test(r[1]!.trim()),
  );
  if (kinds.length < 2) return;
  for (const r of kinds) r[0] = "";
}
