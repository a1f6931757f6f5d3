/**
 * A table with a unit column ("Nyckeltal   Enhet   2025   2024") whose count rows say so in it
 * ("  varav kvinnor   antal   104   99"): a count carries no unit, so the word is blanked where it
 * stands (space for character) and the row reads as a label and its figures, as any count row. The
 * money units ("tkr", "kr", "mnkr"), "%" and any other unit ("dagar") stay for the readers that give
 * each row its unit (`decideUnits.ts`), except where every row's unit is one unit of money (a members'
 * table "Medlem   Enhet   2025" of "tkr" rows): then the unit goes into the year heads ("2025 (tkr)"),
 * the unit head and cells blanked, where the gap before each head leaves room. Only under a header holding an "Enhet" cell with a year cell
 * after it, on the rows down to the next blank line, a cell standing under the unit head. Pure: one
 * line per line, each citing itself.
 */

const UNIT_HEAD = /^(?:enhet|enh\.|mått)$/i;
const COUNT_UNIT = /^(?:antal|st\.?|stycken|personer|pers\.|individer)$/i;

export function countUnitCells(lines: readonly string[]): string[] | undefined {
  // Cheap first check: a unit column's head.
  if (!lines.some((l) => /\s(?:enhet|enh\.|mått)\s/i.test(l))) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const cells = [...lines[i]!.matchAll(/\S+(?: \S+)*/g)];
    const unit = cells.findIndex((c) => UNIT_HEAD.test(c[0]));
    if (unit < 1 || !cells.slice(unit + 1).some((c) => /^(?:19|20)\d\d$/.test(c[0]))) continue;
    const from = cells[unit]!.index - 2;
    const to = cells[unit]!.index + cells[unit]![0].length + 4;
    const block = sameMoneyUnit(lines, i, from, to);
    if (block !== undefined) {
      const written = moneyHeader(lines[i]!, cells, unit, block.unit);
      if (written !== undefined) {
        out ??= [...lines];
        out[i] = written;
        for (const [j, at, len] of block.cells)
          out[j] = out[j]!.slice(0, at) + " ".repeat(len) + out[j]!.slice(at + len);
        continue;
      }
    }
    for (let j = i + 1; j < lines.length && lines[j]!.trim() !== ""; j++) {
      const row = lines[j]!;
      for (const c of row.matchAll(/\S+(?: \S+)*/g)) {
        if (c.index < from || c.index > to || !COUNT_UNIT.test(c[0])) continue;
        // A figure after it: the word is a unit cell, not a label's end.
        if (!/\d/.test(row.slice(c.index + c[0].length))) continue;
        out ??= [...lines];
        out[j] = out[j]!.slice(0, c.index) + " ".repeat(c[0].length) + out[j]!.slice(c.index + c[0].length);
      }
    }
  }
  return out;
}

const MONEY_UNIT = /^(?:tkr|kr|mnkr|mkr)$/i;

/** Every row's unit cell the same unit of money ("tkr" on each member's row): that unit and its cells. */
function sameMoneyUnit(
  lines: readonly string[],
  header: number,
  from: number,
  to: number,
): { unit: string; cells: [number, number, number][] } | undefined {
  const cells: [number, number, number][] = [];
  let unit: string | undefined;
  for (let j = header + 1; j < lines.length && lines[j]!.trim() !== ""; j++) {
    const c = [...lines[j]!.matchAll(/\S+(?: \S+)*/g)].find((m) => m.index >= from && m.index <= to);
    if (!c || !MONEY_UNIT.test(c[0]) || !/\d/.test(lines[j]!.slice(c.index + c[0].length))) return undefined;
    if (unit !== undefined && unit !== c[0].toLowerCase()) return undefined;
    unit = c[0].toLowerCase();
    cells.push([j, c.index, c[0].length]);
  }
  return unit !== undefined && cells.length >= 2 ? { unit, cells } : undefined;
}

/** The header with its unit head blanked and each year head written "2025 (tkr)" in its own place. */
function moneyHeader(line: string, cells: RegExpMatchArray[], unit: number, money: string): string | undefined {
  const at = cells[unit]!.index!;
  let out = line.slice(0, at) + " ".repeat(cells[unit]![0].length) + line.slice(at + cells[unit]![0].length);
  let prevEnd = cells[unit - 1]!.index! + cells[unit - 1]![0].length;
  for (let k = unit + 1; k < cells.length; k++) {
    const c = cells[k]!;
    const end = c.index! + c[0].length;
    if (!/^(?:19|20)\d\d$/.test(c[0])) return undefined;
    const head = `${c[0]} (${money})`;
    const start = end - head.length;
    if (start < prevEnd + 2) return undefined;
    out = out.slice(0, start) + head + out.slice(end);
    prevEnd = end;
  }
  return out;
}

/** A count's unit glued after its figure in a cell ("203 pers.", "5 st."): the unit and the gap or end after it. */
const COUNT_SUFFIX = /(\d) (pers\.|personer|st\.|stycken|individer)(?= {2,}|\s*$)/giu;
/** A figure cell of a table row: a number, signed or not, with an optional unit word after it. */
const FIGURE_CELL = /(?:^|\s{2,})[-–−+]?\d[\d ]*(?:,\d+)?(?: ?[\p{L}%.]+)?(?= {2,}|\s*$)/gu;

/**
 * A table whose every cell carries its own unit ("Nyckeltal   2025   2024   Mål" over "Deltagare
 * 203 pers.   188 pers.   200 pers.", "Intäkter   7 320 tkr   …", "Andel   40 %   36 %"): a count
 * carries no unit, so the count word after each figure is blanked where it stands (space for
 * character) and the row reads as a label and its figures, as any count row; money units and "%"
 * stay for the readers that give each row its unit. Only under a header holding a year cell, on the
 * rows down to the next blank line, and only in a row where every figure carries the same count
 * word ("203 pers.   188 pers."): a sentence "vi mötte 40 personer" or a row of mixed units is left
 * as written. Pure: one line per line.
 */
export function countUnitSuffixes(lines: readonly string[]): string[] | undefined {
  if (!lines.some((l) => /\d (?:pers\.|personer|st\.|stycken|individer)(?: {2,}|\s*$)/iu.test(l))) return undefined;
  let out: string[] | undefined;
  let underYears = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") {
      underYears = false;
      continue;
    }
    // A header: a label (or none) and cells, one of them a year alone.
    if (
      / {2,}(?:19|20)\d\d(?= {2,}|\s*$)/.test(line) &&
      !/\d (?:pers\.|personer|st\.|stycken|individer)/iu.test(line)
    ) {
      underYears = true;
      continue;
    }
    if (!underYears) continue;
    const suffixes = [...line.matchAll(COUNT_SUFFIX)];
    if (suffixes.length === 0) continue;
    const figures = [...line.matchAll(FIGURE_CELL)];
    const word = suffixes[0]![2]!.toLowerCase();
    if (figures.length !== suffixes.length || suffixes.some((s) => s[2]!.toLowerCase() !== word)) continue;
    let row = line;
    for (const s of suffixes) {
      const at = s.index + s[1]!.length + 1;
      row = row.slice(0, at) + " ".repeat(s[2]!.length) + row.slice(at + s[2]!.length);
    }
    out ??= [...lines];
    out[i] = row;
  }
  return out;
}
