/**
 * A row of a table that holds the change from one row to the next, set between the rows it compares
 * ("2025 176 71 69" / "Förändring +12 -3 +5" / "2024 164 74 64"): no year's figures, and not the
 * table's end either, so the readers of tables with years as rows pass over it and read on.
 */

/**
 * A change row's label: "Förändring", "Förändring från 2024", "Diff.", "Skillnad mot föregående år", "+/-",
 * a colon after it.
 */
const CHANGE_ROW_LABEL =
  /^\s*(?:förändring(?:en|ar)?|förändr\.?|ändring|diff\.?|differens|skillnad|avvikelse|\+\s?\/\s?[-−–])(?:\s+(?:från|mot|jämfört med|sedan)\s+(?:föregående år|fg år|förra året|året före|(?:19|20)\d\d))?[:*]?(?=\s)/iu;
/** A signed cell, or a zero: "+12", "-3", "−145", "+1 234", "±0", "0", "+4 %". */
const SIGNED_CELL = /^(?:[+\-−–]\d{1,3}(?: \d{3})*(?:[,.]\d+)? ?%?|[+\-−–]\d{4,}(?:[,.]\d+)? ?%?|±?0)$/u;

/**
 * Whether a line is such a change row: a change's label, then `count` cells (where given) that are
 * each signed or zero, at least one of them with its sign. Cells are set apart by a wide gap on a
 * layout line ("+1 234" one cell), or by single spaces on a collapsed line (each cell a run).
 */
export function isChangeRow(line: string, count?: number): boolean {
  const label = CHANGE_ROW_LABEL.exec(line);
  if (!label) return false;
  const rest = line.slice(label[0].length).trim();
  if (rest === "") return false;
  const cells = /\S {2,}\S/.test(rest) || /^\S+(?: \d{3})*$/.test(rest) ? rest.split(/\s{2,}/) : rest.split(/\s+/);
  return (
    (count === undefined || cells.length === count) &&
    cells.every((c) => SIGNED_CELL.test(c)) &&
    cells.some((c) => /^[+\-−–]/.test(c))
  );
}
