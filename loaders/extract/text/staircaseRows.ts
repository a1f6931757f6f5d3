/**
 * A bookkeeping staircase ("trappstegsuppställning"): rows of a list or a statement opening on the
 * operation that brings them into the sum ("+   Nya deltagare   68", "./. Avslutade   63", "=   Summa
 * 142"), and a negative amount written with the old minus "./." ("=   Årets resultat   ./. 102 660").
 * The operators at the margin are blanked, space for character, so each row is a label and its
 * figures in their columns; "./." right before an amount in a cell is its minus ("      -102 660").
 * Only in a block of three rows or more, each a label and figures, all set at one margin with two of
 * them or more opening on an operator and one on "=" (a sum): a hyphen or a plus in running text, a
 * list's bullet, a row's own "+/-" column are left as written. Pure: one line per line.
 */

/** A row opening on its operator, then the label: "+   Nya", "./. Avslutade", "=   Summa", "-   Kostnader". */
const OPERATOR_ROW = /^(\+|\.\/\.|=|[-–−])(\s+)(?=\p{L})/u;
/** A row at the operators' margin with none: the staircase's first row ("    Inskrivna vid årets början"). */
const MARGIN_ROW = /^(\s{2,})(?=\p{L})/u;
/** A row's figures at its end. */
const FIGURES_END = /\d(?:[\d\s,]*\d)?\s*$/;
/** Rows a staircase subtracts whose figures are written as any list writes them: costs, the exits and their parts. */
const SUBTRACTED_AS_WRITTEN = /^\.\/\.\s+(?:\p{L}+\s+)?(?:kostnader|avslutade|avslut|därav|varav)(?!\p{L})/iu;
/** The old minus before an amount in a cell: "./. 105 600", "./.105 600". */
const OLD_MINUS = /(?<=\s)\.\/\.(\s?)(?=\d)/g;

/** A header's cell opening on its operation: "+ Nya", "− Avslutade", "= Utgående 31/12", after a wide gap. */
const OPERATOR_CELL = /(?<=\S {2,}|\t)([+=−–-]|\.\/\.) (?=\p{L})/gu;

/**
 * A flow's header whose cells say how they add up ("Ingående 1/1   + Nya   − Avslutade   = Utgående
 * 31/12"): the operators blanked, so each cell reads as its words. Only a line of words laid out in
 * columns with two such cells at least, one of them "=", and no figure but a day's ("1/1", "31/12").
 */
function operatorHeader(line: string): string | undefined {
  if (/\d/.test(line.replace(/\b\d{1,2}\/\d{1,2}\b/g, ""))) return undefined;
  const ops = [...line.matchAll(OPERATOR_CELL)];
  if (ops.length < 2 || !ops.some((m) => m[1] === "=")) return undefined;
  return line.replace(OPERATOR_CELL, (m: string) => " ".repeat(m.length));
}

export function staircaseRows(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/ [+=−–-] \p{L}/u.test(line)) continue;
    const header = operatorHeader(line);
    if (header === undefined) continue;
    out ??= [...lines];
    out[i] = header;
  }
  if (!lines.some((l) => /^(?:\+|\.\/\.|=)\s/.test(l))) return out;
  let i = 0;
  while (i < lines.length) {
    // A block: consecutive rows, each at one margin (an operator's width), each ending on figures.
    const rows: { n: number; margin: number; op?: string }[] = [];
    let margin: number | undefined;
    for (let n = i; n < lines.length; n++) {
      const line = lines[n]!;
      const op = OPERATOR_ROW.exec(line);
      const bare = op ? null : MARGIN_ROW.exec(line);
      const at = op ? op[1]!.length + op[2]!.length : bare ? bare[1]!.length : -1;
      if (at < 0 || !FIGURES_END.test(line) || (margin !== undefined && at !== margin)) break;
      margin = at;
      rows.push({ n, margin: at, ...(op ? { op: op[1]! } : {}) });
    }
    const ops = rows.filter((r) => r.op !== undefined);
    if (rows.length >= 3 && ops.length >= 2 && ops.some((r) => r.op === "=")) {
      out ??= [...lines];
      for (const r of rows) {
        const line = out[r.n]!;
        // "./." subtracts its row: costs and the exits (and their parts) are written as any list writes
        // them; any other row subtracted ("./. Årets resultat" in an equity roll: a deficit) is left
        // as written, for no reader to take its figure as a plus.
        if (r.op === "./." && !SUBTRACTED_AS_WRITTEN.test(line)) continue;
        const head = r.op ? " ".repeat(r.op.length) + line.slice(r.op.length) : line;
        out[r.n] = head.replace(OLD_MINUS, (m: string) => " ".repeat(m.length - 1) + "-");
      }
      i = rows.at(-1)!.n + 1;
    } else i = Math.max(i + 1, rows.length > 0 ? rows.at(-1)!.n + 1 : i + 1);
  }
  return out;
}
