/**
 * A table of text cells set in columns under a rule of dashes, each cell wrapping onto the lines below
 * within its column, as a word processor's plain-text export or a memo's follow-up table sets one:
 *
 *     Nr  Kontrollmoment                      Resultat                        Bedömning
 *     --  ----------------------------------  ------------------------------  ----------
 *     4   Deltagarstatistiken stämmer med     412 deltagare i båda källorna,  Ingen
 *         insatsernas rapporter.              varav 218 kvinnor och 194 män.  avvikelse
 *
 * Read line by line, each line holds the halves of three sentences side by side. Here each cell's
 * words are joined over its lines and each row said as a paragraph, its cells as its sentences in
 * order ("Deltagarstatistiken stämmer med insatsernas rapporter. 412 deltagare i båda källorna, varav
 * 218 kvinnor och 194 män. Ingen avvikelse."), so the sentence grammar reads what a cell says beside
 * the row's label. A row cites the line its first figure stands on (its first line where it has none);
 * a column of row numbers alone ("1", "2") is no text; a row that speaks of a budget, a plan, a proposal
 * or another year ("Medlemsbidragen i förslaget till budget för nästa år") is left out.
 *
 * A table with a column of figures beside its text ("Nyckeltal | Värde | Definition", "Medlem | tkr |
 * Kommentar") is a table of figures with remarks: each row is said as one line, its label and its
 * figures ("Intäkter    7 980 tkr"), the remark dropped (a definition's own numbers, "16–64 år", "inom
 * 90 dagar", are no figures of the year) but for the unit a remark opens with ("tkr; verksamhetens
 * intäkter …", "Procent; …", "% av de avslutade; …"), which follows the figure. A row whose remark gives
 * another basis, year or owner ("budgeterat belopp", "Avser 2023", "Endast insatsen Steget") is said
 * without its figure; two figure columns keep their "Utfall | Budget" header (the remarks' one unit in its
 * label cell), and under any other header the table stays as written.
 *
 * It fires only where the shape is plain: a header line over a rule of three runs of dashes or more,
 * each run a column; every line under the rule, up to a blank line, has its words inside the columns;
 * a row opens where the first column has text, and at least two rows run over more than one line with
 * a cell of four words or more among them (a table of figures one row a line stays a table). Pure.
 */

import { readUnit } from "../../reference/units.ts";
import { figureAlone } from "../numbers.ts";
import { joinWrapped } from "./gridTables.ts";

/** A figure alone in a cell: "152", "7 980", "-71", "35,2". */
const FIGURE_CELL = figureAlone({ decimals: true });
/** A remark opening with a unit: "tkr; verksamhetens intäkter", "Procent; (arbete + studier) / avslutade". */
const UNIT_FIRST = /^(\p{L}+\.?|%)(?:[;,:]|\s|$)/u;

/** A remark giving a figure another basis, year or owner than the federation's year's outcome. */
const OTHER_THAN_THE_YEAR =
  /budget|prognos|plan|förslag|mål(?!\p{L})|avser\s+(?:19|20)\d\d|(?:19|20)\d\d|endast|enbart|insatsen|projektet|kommunens|regionens/iu;
/** A rule of dashes under a header: "--  -----------  ------", three runs or more. */
const RULE = /^\s*-{2,}(?:\s+-{2,}){2,}\s*$/;
/** Words a cell needs to be a sentence's part, not a figure or a code. */
const MIN_WORDS = 4;
/** Rows that must wrap for the table to be one of wrapped cells. */
const MIN_WRAPPED_ROWS = 2;

interface Column {
  from: number;
  to: number;
}

/** The columns a rule's dash runs mark: each run's first and last character, widened halfway to the next run. */
function columnsOf(rule: string): Column[] {
  const runs: Column[] = [];
  const re = /-+/g;
  for (let m = re.exec(rule); m; m = re.exec(rule)) runs.push({ from: m.index, to: m.index + m[0].length - 1 });
  return runs.map((r, k) => ({
    from: k === 0 ? 0 : Math.ceil((runs[k - 1]!.to + r.from) / 2),
    to: k === runs.length - 1 ? Infinity : Math.floor((r.to + runs[k + 1]!.from) / 2),
  }));
}

/** A line's words with where each starts, or undefined when a word straddles two columns. */
function cellsOfLine(line: string, columns: readonly Column[]): string[][] | undefined {
  const cells: string[][] = columns.map(() => []);
  const re = /\S+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const start = m.index;
    const end = m.index + m[0].length - 1;
    const c = columns.findIndex((col) => start >= col.from && start <= col.to);
    if (c < 0 || end > columns[c]!.to + 1) return undefined;
    cells[c]!.push(m[0]);
  }
  return cells;
}

interface Row {
  lines: number[];
  /** Per column, its words per line (line index → words). */
  cells: { line: number; words: string[] }[][];
}

/** The cell's words from every line of its row (`gridTables.ts`). */
const cellText = (parts: readonly { words: string[] }[]) => joinWrapped(parts.map((p) => p.words.join(" ")));

/**
 * The lines with each table of wrapped text cells said one cell a paragraph, with the index in `lines`
 * each comes from; undefined when the text holds no such table.
 */
export function wrappedCellTables(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  let out: string[] | undefined;
  let from: number[] | undefined;
  let copied = 0;
  for (let r = 1; r < lines.length; r++) {
    // Cheap first: a rule line of dashes under a header line.
    if (!lines[r]!.includes("--") || !RULE.test(lines[r]!) || lines[r - 1]!.trim() === "") continue;
    const columns = columnsOf(lines[r]!);
    const rows: Row[] = [];
    let end = r + 1;
    for (; end < lines.length && lines[end]!.trim() !== ""; end++) {
      const cells = cellsOfLine(lines[end]!, columns);
      if (!cells) break;
      if (cells[0]!.length > 0 || rows.length === 0) rows.push({ lines: [], cells: columns.map(() => []) });
      const row = rows.at(-1)!;
      row.lines.push(end);
      cells.forEach((words, c) => row.cells[c]!.push({ line: end, words }));
    }
    // The table must run to a blank line (or the end) with every line inside its columns.
    if (end < lines.length && lines[end]!.trim() !== "") continue;
    const texts = rows.map((row) => row.cells.map(cellText));
    const wrapped = rows.filter(
      (row, k) => row.lines.length > 1 && texts[k]!.some((t) => t.split(" ").length >= MIN_WORDS),
    );
    if (wrapped.length < MIN_WRAPPED_ROWS) continue;
    // A column of row numbers alone is no text to read.
    const numbering = columns.map((_, c) => texts.every((t) => /^\d{0,3}[.)]?$/.test(t[c]!)));
    // A column of figures (past the first) makes the table one of figures with remarks.
    const figureColumns = columns.map(
      (_, c) => c > 0 && texts.every((t) => t[c] === "" || FIGURE_CELL.test(t[c]!)) && texts.some((t) => t[c] !== ""),
    );
    // Two columns of figures or more: their header tells which is the year's, so it stays, the remarks'
    // unit set in its label cell where every remark that opens on a unit opens on the same; else the
    // table is left as written.
    const several = figureColumns.filter(Boolean).length > 1;
    const remarkUnits = new Set(
      texts.flatMap((t) =>
        t.flatMap((x, c) => {
          const w = c > 0 && !figureColumns[c] ? (UNIT_FIRST.exec(x)?.[1] ?? "") : "";
          return w !== "" && (readUnit(w) !== null || /^(?:procent|%)$/i.test(w)) ? [w] : [];
        }),
      ),
    );
    // The figure columns' headings must be bases a statement's header knows ("Utfall", "Budget").
    const figureHeads = (cellsOfLine(lines[r - 1]!, columns) ?? [])
      .filter((_, c) => figureColumns[c])
      .map((w) => w.join(" "));
    if (
      several &&
      (remarkUnits.size !== 1 ||
        !figureHeads.every((h) => /^(?:utfall|budget|prognos)$/iu.test(h)) ||
        texts.some((t) => t.some((x, c) => c > 0 && !figureColumns[c] && x !== "" && !UNIT_FIRST.test(x))))
    )
      continue;
    out ??= [];
    from ??= [];
    for (let k = copied; k <= r - 2; k++) {
      out.push(lines[k]!);
      from.push(k);
    }
    if (figureColumns.some(Boolean)) {
      const header = cellsOfLine(lines[r - 1]!, columns);
      // Set as layout text sets a table: each label at its indent ("  därav kvinnor"), padded, four
      // spaces, the figures right-aligned.
      const indentOf = (n: number) => /^\s*/.exec(lines[n]!)![0];
      const width = Math.max(...rows.map((row, k) => indentOf(row.lines[0]!).length + texts[k]![0]!.length));
      const figureWidth = Math.max(...texts.flatMap((t) => t.filter((_, c) => figureColumns[c]).map((x) => x.length)));
      const said = (cells: string[], unit: string, indent = "") =>
        [
          (indent + cells[0]!).padEnd(width),
          ...cells.filter((_, c) => figureColumns[c]).map((x) => x.padStart(figureWidth)),
        ].join("    ") + unit;
      // The header stays only where a figure column's heading states the unit ("Medlem | tkr"): a
      // heading of words alone ("Nyckeltal | Värde") would read as the list's owner, not its columns.
      const headerCells = header?.map((w) => w.join(" "));
      const statesUnit = headerCells?.some((h, c) => figureColumns[c] && readUnit(h) !== null);
      out.push(
        headerCells && several
          ? said([`${headerCells[0]} (${[...remarkUnits][0]})`, ...headerCells.slice(1)], "")
          : headerCells && statesUnit
            ? said(headerCells, "")
            : "",
      );
      from.push(r - 1);
      rows.forEach((row, k) => {
        const cells = texts[k]!;
        if (!cells.some((t, c) => figureColumns[c] && t !== "")) {
          out!.push(cells[0]!);
          from!.push(row.lines[0]!);
          return;
        }
        // A remark that gives the figure another basis, year or owner ("budgeterat belopp", "Avser 2023",
        // "Endast insatsen Steget"): the row's figure is not the federation's year's, said without it.
        if (cells.some((t, c) => c > 0 && !figureColumns[c] && OTHER_THAN_THE_YEAR.test(t))) {
          out!.push(cells[0]!);
          from!.push(row.lines[0]!);
          return;
        }
        const unit = cells
          .filter((_, c) => c > 0 && !figureColumns[c])
          .map((t) => UNIT_FIRST.exec(t)?.[1] ?? "")
          .map((w) => (/^(?:procent|%)$/i.test(w) ? "%" : readUnit(w)?.unit && w.length <= 6 ? w : ""))
          .find((w) => w !== "");
        out!.push(said(cells, unit && !several ? ` ${unit}` : "", indentOf(row.lines[0]!)));
        from!.push(row.lines[0]!);
      });
      copied = end;
      r = end;
      continue;
    }
    // The header and its rule give way to a blank line: the cells below are paragraphs of their own.
    out.push(lines[r - 1]!, "");
    from.push(r - 1, r);
    // Each row one paragraph, its cells in order as sentences of it: a cell's figures keep the row's
    // label before them ("Förslag till medlemsbidrag 2026. Staten 4 600 000 kr, …").
    rows.forEach((row, k) => {
      const said = row.cells
        .map((_, c) => texts[k]![c]!)
        .filter((text, c) => !numbering[c] && text !== "")
        .map((text) => (/[.!?:]$/.test(text) ? text : `${text}.`));
      // A row about a budget, a plan or another year than the document's says nothing of the year's outcome.
      if (said.length === 0 || said.some((x) => OTHER_THAN_THE_YEAR.test(x) || /nästa år|kommande år/iu.test(x)))
        return;
      const figured = row.cells.flat().find((p) => p.words.some((w) => /\d/.test(w)));
      out!.push(said.join(" "), "");
      from!.push(figured?.line ?? row.lines[0]!, row.lines.at(-1)!);
    });
    copied = end;
    r = end;
  }
  if (!out || !from) return undefined;
  for (let k = copied; k < lines.length; k++) {
    out.push(lines[k]!);
    from.push(k);
  }
  return { lines: out, from };
}
