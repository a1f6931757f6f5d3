/**
 * A table's last columns that hold no figure of any reader's ("Kommentar", "Status", "Bedömning",
 * "Uppfyllt", and a target, "Mål", "Målvärde 2025", beside columns of years or counts): blanked where
 * they stand, the header's cell and the cells under it, so the readers see the table without them and
 * every other column keeps its x-range. Without this a row ending on a comment reads as a label
 * wrapped onto the next line, and a target's figure as one more column the header does not name:
 * the whole table was dropped.
 *
 * Only in layout text (cells two or more spaces apart), only the trailing cells of a header with at
 * least two other cells, only down to the table's first blank line. A row's run of characters is
 * blanked only where it stands wholly right of the last kept header cell and nearer the annotation's
 * cell than that one's; a run reaching across, or standing between the two, makes the column's
 * cells ambiguous and the table stays as written (its readers then refuse it as before). A target is
 * kept where the header has an outcome column ("Utfall 2024", "Resultat"): that is a goal table, and
 * the goal-table reader reads its target column as a target. Pure.
 */
import { isComparisonColumn } from "../../reference/comparisonColumns.ts";
import { runsOf } from "./hyphenatedHeaders.ts";
import { TABLE_TOPIC_TITLE } from "../../reference/rowLabels.ts";

/**
 * A header cell no reader reads a figure from (group 1: a target). So is a comparison's column
 * ("Länet totalt", "Riket andel %", "Snitt alla förbund": `reference/comparisonColumns.ts`), the
 * county's, the country's or other federations' figures beside the federation's own.
 */
const ANNOTATION_CELL =
  /^(?:(mål|målvärde|målnivå|målsättning|målet)|status|kommentar|kommentarer|anmärkning|anmärkningar|bedömning|uppfyllt|måluppfyllelse|trend|förklaring|notering|noteringar|källa|åtgärd|åtgärder|analys)(?:\s+(?:19|20)\d\d)?$/iu;
/** Cheap first: a line that may hold such a cell. */
const CUE =
  /mål|status|kommentar|anmärkning|bedömning|uppfyllt|trend|förklaring|notering|källa|åtgärd|analys|län|rike|sverige|nationell|landet|snitt|medel|median|förbund/i;
/**
 * One divider standing between a table's own columns and its comparisons ("Totalt | Län totalt",
 * "264 |   1 010"): read as the space it stands in. A line with more than one is a drawn table.
 */
function withoutDivider(line: string): string {
  const at = line.indexOf("|");
  if (
    at < 1 ||
    line.indexOf("|", at + 1) >= 0 ||
    line[at - 1] !== " " ||
    (at + 1 < line.length && line[at + 1] !== " ")
  )
    return line;
  return line.slice(0, at) + " " + line.slice(at + 1);
}
/** Cheap first: a word and a year closing a line. */
const EARLIER_YEAR_CUE = /\p{L}\s+(?:19|20)\d\d\s*$/u;
/** "Totalt 2024", "Antal 2023", "Summa 2024": one or two words naming a count or a total, then a year. */
const EARLIER_YEAR_CELL =
  /^(?:totalt|summa|antal|samtliga|alla|total)(?:\s+(?:deltagare|personer))?\s+((?:19|20)\d\d)$/iu;
const earlierYearColumn = (cell: string, reportYear: number): boolean => {
  const m = EARLIER_YEAR_CELL.exec(cell.trim());
  return !!m && Number(m[1]) < reportYear;
};
/** An outcome column: the header is a goal table's, whose target column the goal-table reader wants. */
const OUTCOME_CELL = /^(?:utfall|resultat|uppnått|bokslut)(?:\s|$)/iu;
const MAX_ROWS = 40;
/**
 * A remark saying its row's figure is no outcome of the year: preliminary or not yet adopted anywhere in it
 * ("Preliminärt för 2026", "Ej fastställt"), a forecast, an estimate or a budget where it opens on that
 * ("Prognos", "Beräknat belopp"; "Bättre än prognos", "Inom budget" judge an outcome).
 */
const NOT_AN_OUTCOME =
  /(?<!\p{L})(?:preliminär\p{L}*|(?:ej|inte) (?:fastställ|slutgiltig|slutlig|beslutad)\p{L}*)(?!\p{L})|^\W*(?:prognos|uppskatt|beräkna|budget)\p{L}*(?!\p{L})/iu;
/** A remark naming the year its row's figure is for ("för 2026", "avser 2024", "gäller år 2026"). */
const FOR_YEAR = /(?<!\p{L})(?:för|avser|gäller)\s+(?:år\s+|verksamhetsåret\s+)?((?:19|20)\d\d)(?!\d)/giu;
/**
 * A remark cell that says its row is not the report year's outcome: blanking it would hide the one word
 * that tells the readers so ("Region X   2 100   Preliminärt för 2026"), so the table stays as written.
 */
function remarkOfAnotherBasis(text: string, reportYear: number | undefined): boolean {
  if (NOT_AN_OUTCOME.test(text)) return true;
  return [...text.matchAll(FOR_YEAR)].some((m) => reportYear === undefined || Number(m[1]) !== reportYear);
}

/**
 * Where a header's trailing annotation cells start, and where the last kept cell ends; undefined
 * when the line is no such header.
 */
function annotationStart(line: string, reportYear?: number): { keptEnd: number; from: number } | undefined {
  // A line with TABs is set out in columns before the readers see it (`input/tabCells.ts`); as written, its x-ranges are no guide.
  // The gap first: most lines are prose, with no two spaces anywhere, and the cue is tried at every character.
  if (!line.includes("  ") || line.includes("\t")) return undefined;
  const earlier = reportYear !== undefined && EARLIER_YEAR_CUE.test(line);
  if (!CUE.test(line) && !earlier) return undefined;
  const runs = runsOf(line);
  let k = runs.length;
  let target = false;
  while (k > 0) {
    const m = ANNOTATION_CELL.exec(runs[k - 1]!.text);
    if (!m && !isComparisonColumn(runs[k - 1]!.text)) break;
    if (m?.[1]) target = true;
    k--;
  }
  // "Kvinnor   Män   Totalt   Totalt 2024": columns naming no year, then a comparison with an earlier year
  // ("Totalt 2024", "Antal 2023") closing them. The columns with no year are the report's, the comparison
  // a figure of another year a reader would take as one more of the year's columns: blanked. Only where no
  // kept cell names a year, and the comparison's year is before the report's.
  if (k === runs.length && earlier) {
    while (k > 0 && earlierYearColumn(runs[k - 1]!.text, reportYear!)) k--;
    if (k < runs.length && runs.slice(0, k).some((r) => /(?<!\d)(?:19|20)\d\d(?!\d)/u.test(r.text))) return undefined;
  }
  // At least two cells kept (a label's title or a first column, and a column of figures).
  if (k === runs.length || k < 2) return undefined;
  if (target && runs.slice(0, k).some((r) => OUTCOME_CELL.test(r.text))) return undefined;
  return { keptEnd: runs[k - 1]!.to, from: runs[k]!.from };
}

/** The lines with each table's trailing annotation columns blanked; undefined when there is none. */
export function blankAnnotationColumns(lines: readonly string[], reportYear?: number): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const header = annotationStart(withoutDivider(lines[i]!), reportYear);
    if (!header) continue;
    const { keptEnd, from } = header;
    const middle = (keptEnd + from) / 2;
    const blanked: [number, string][] = [];
    let ambiguous = false;
    let figures = 0;
    for (let r = i + 1; r < Math.min(lines.length, i + 1 + MAX_ROWS); r++) {
      const row = withoutDivider(lines[r]!);
      if (row.trim() === "") {
        // A topic's title after the blank line ("Ekonomi"), a row right under it: the table goes on.
        // (a row of figures, not the header of a table of its own: its years aside, a figure left).
        if (
          TABLE_TOPIC_TITLE.test(lines[r + 1] ?? "") &&
          /\d/.test((lines[r + 2] ?? "").replace(/\b(?:19|20)\d\d\b/g, ""))
        ) {
          r++;
          continue;
        }
        break;
      }
      // A topic's title right under the header or between rows ("Deltagare"): no cell of the annotation's.
      if (TABLE_TOPIC_TITLE.test(row)) continue;
      if (row.includes("\t")) {
        ambiguous = true;
        break;
      }
      // A rule under the header or above a total ("-----"): no cell, left as drawn.
      if (/^[\s\-=_–—+|]+$/.test(row)) continue;
      const runs = runsOf(row);
      const inColumn = runs.filter((x) => x.from > keptEnd + 1 && (x.from + x.to) / 2 >= middle);
      // A run across the kept column's end and the annotation's start, or one between them: whose cell it is is unclear.
      if (
        runs.some(
          (x) => (x.from <= keptEnd + 1 && x.to >= from) || (x.from > keptEnd + 1 && (x.from + x.to) / 2 < middle),
        )
      ) {
        ambiguous = true;
        break;
      }
      if (/\d/.test(row.slice(0, from))) figures++;
      if (inColumn.length === 0) {
        if (row !== lines[r]) blanked.push([r, row.trimEnd()]);
        continue;
      }
      // A remark saying the row is preliminary or another year's: the table stays as written.
      if (remarkOfAnotherBasis(inColumn.map((x) => x.text).join(" "), reportYear)) {
        ambiguous = true;
        break;
      }
      let text = row;
      for (const x of inColumn) text = text.slice(0, x.from) + " ".repeat(x.to - x.from + 1) + text.slice(x.to + 1);
      blanked.push([r, text.trimEnd()]);
    }
    // A table's rows with figures in the kept columns, none of them ambiguous.
    if (ambiguous || figures === 0) continue;
    out ??= [...lines];
    out[i] = withoutDivider(lines[i]!)
      .slice(0, keptEnd + 1)
      .trimEnd();
    for (const [r, text] of blanked) out[r] = text;
  }
  return out;
}
