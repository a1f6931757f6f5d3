/**
 * A data export's code list (`readingText.ts`, before the record and structured-data steps): an
 * open-data file or a register's export names its measures by codes ("DELT_TOT", "AVSL_ARB") and
 * says what each means in a code list, in comment lines at the top or the end ("# DELT_TOT =
 * deltagare totalt under året", "#   INTAKT      = verksamhetens intäkter"), under a heading naming
 * codes ("Kodlista", "Kodförklaring", "Förklaring av måttkoder") or as a two-column table headed
 * "Kod   Beskrivning". Each table cell that is exactly a defined code is written as its meaning, so
 * the long-format and status readers read the measure in words:
 *
 * - a definition is a code (capitals, digits and "_", two characters at least, no year) or codes
 *   set apart by " / " (their meanings set apart the same way, a later meaning opening on a word of
 *   the first one taking the words before it: "avslutade till arbete / till studier"), "=" or ":",
 *   and a meaning of words; a bracket in the meaning is dropped, a line holds several definitions
 *   set apart by ";";
 * - only a list of three definitions at least, each line a comment or under a heading naming codes;
 *   a code written with a wildcard ("AVG_*") or a code defined twice is never used;
 * - only cells of table rows (a line of cells set apart by ";", a TAB or two spaces, one of them a
 *   figure) and their header's column are rewritten; a table laid out in columns is widened where the
 *   code stood, so every other column keeps its place; two codes of the list among the rows at least.
 *
 * A code's meaning decides nothing by itself: the readers still judge the row ("budgeterade kostnader"
 * is a budget, a year after the report's is never read). Pure.
 */

/** A code: "DELT_TOT", "EK_INT", "INSKR"; never a year or a lone letter. */
const CODE = String.raw`[A-ZÅÄÖ][A-ZÅÄÖ0-9]*(?:_[A-ZÅÄÖ0-9]+)*`;
const CODE_CELL = new RegExp(`^${CODE}$`, "u");
/** A definition: "DELT_TOT = deltagare …", "AVSL_ARB / AVSL_STU = …", "EK_INT: intäkter". */
const DEFINITION = new RegExp(`^\\s*(${CODE}(?:\\s*/\\s*${CODE})*)\\s*(?:=|:)\\s+(\\p{L}.*)$`, "u");
/** A comment line's mark: "#", "//", "--", ";;". */
const COMMENT = /^\s*(?:#+|\/\/|--|;;)\s?/;
/** A heading naming codes: "Kodlista", "# Kodförklaring:", "Förklaring av måttkoder", "Variabelförklaring". */
const CODE_HEADING =
  /^\s*(?:#+\s*)?(?:kodlista|kodförklaring(?:ar)?|koder|kodbeskrivning(?:ar)?|förklaring(?:ar)? (?:av|till) (?:mått)?koder(?:na)?|måttkoder|variabelförklaring(?:ar)?|variabelbeskrivning(?:ar)?|variabellista|teckenförklaring)\b[^\d]*$/iu;
/** A code table's header: "Kod   Beskrivning", "Måttkod | Förklaring". */
const CODE_TABLE_HEADER =
  /^\s*(?:#+\s*)?(?:mått)?kod\s*(?:\t|\s{2,}|\|\s*|;\s*)(?:beskrivning|förklaring|betydelse|benämning|innebörd)\s*\|?\s*$/iu;
/** A code-table row: "DELT_TOT    Deltagare totalt under året". */
const CODE_ROW = new RegExp(
  `^\\s*(?:#+\\s*)?\\|?\\s*(${CODE})\\s*(?:\\t|\\s{2,}|\\|\\s*|;\\s*)(\\p{L}[^|;\\t]*?)\\s*\\|?\\s*$`,
  "u",
);
const YEAR = /^(?:19|20)\d\d$/;
/** A codes' column header: "kod", "måttkod", "kod_matt", "code". */
const CODE_HEADER = /^(?:(?:mått|matt)?kod(?:er)?|kod_(?:mått|matt)|code)$/iu;
const FIGURE = /^[-−–+]?\d[\d  ]*(?:[,.]\d+)?$/;

/** A meaning made readable: its bracket dropped, its closing stop and spaces trimmed. */
const cleanMeaning = (text: string) =>
  text
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .replace(/[.,:\s]+$/, "")
    .trim();

/** "avslutade till arbete / till studier" → ["avslutade till arbete", "avslutade till studier"]. */
function splitMeanings(meaning: string, count: number): string[] | undefined {
  const parts = meaning.split(/\s+\/\s+/).map((p) => cleanMeaning(p));
  if (parts.length !== count || parts.some((p) => !/\p{L}/u.test(p))) return undefined;
  const first = parts[0]!;
  return parts.map((p, k) => {
    if (k === 0) return p;
    const word = p.split(" ")[0]!.toLowerCase();
    const at = ` ${first.toLowerCase()} `.indexOf(` ${word} `);
    return at > 0 ? `${first.slice(0, at - 1)} ${p}` : p;
  });
}

function definitionsOn(text: string, into: Map<string, string[]>): number {
  let count = 0;
  for (const segment of text.split(";")) {
    const m = DEFINITION.exec(segment);
    if (!m) continue;
    const codes = m[1]!.split(/\s*\/\s*/);
    if (codes.some((c) => c.length < 2 || YEAR.test(c))) continue;
    const meanings = splitMeanings(m[2]!, codes.length);
    if (!meanings) continue;
    codes.forEach((c, k) => into.set(c, [...(into.get(c) ?? []), meanings[k]!]));
    count += codes.length;
  }
  return count;
}

/** The document's code list: each code's one meaning, or undefined where none is declared. */
export function codeListOf(lines: readonly string[]): Map<string, string> | undefined {
  const found = new Map<string, string[]>();
  let underHeading = false;
  let inTable = false;
  for (const line of lines) {
    if (line.trim() === "" || /^\s*#+\s*$/.test(line)) {
      underHeading = false;
      inTable = false;
      continue;
    }
    if (CODE_TABLE_HEADER.test(line)) {
      inTable = true;
      continue;
    }
    if (CODE_HEADING.test(line) && !DEFINITION.test(line.replace(COMMENT, ""))) {
      underHeading = true;
      continue;
    }
    if (inTable) {
      const m = CODE_ROW.exec(line);
      if (m && m[1]!.length >= 2 && !YEAR.test(m[1]!)) {
        found.set(m[1]!, [...(found.get(m[1]!) ?? []), cleanMeaning(m[2]!)]);
        continue;
      }
      inTable = false;
    }
    const comment = COMMENT.test(line) && !/^\s*-{3,}/.test(line);
    if (!comment && !underHeading) continue;
    const n = definitionsOn(line.replace(COMMENT, ""), found);
    if (n === 0 && !comment) underHeading = false;
  }
  const list = new Map<string, string>();
  for (const [code, meanings] of found) if (meanings.length === 1 && meanings[0]) list.set(code, meanings[0]);
  return list.size >= 3 ? list : undefined;
}

interface Cell {
  start: number;
  end: number;
  text: string;
}

/** A line's cells: set apart by ";" or a TAB where it has them, "," in a comma-separated record, else by two spaces. */
function cellsOf(line: string): { cells: Cell[]; separator?: string } {
  // A comma-separated record ("2025,DELT_TOT,T,203,st"): three commas at least, no gap of two spaces.
  const commas = !/\s{2,}/.test(line.trim()) && (line.match(/,/g)?.length ?? 0) >= 3;
  const separator = line.includes(";") ? ";" : line.includes("\t") ? "\t" : commas ? "," : undefined;
  const cells: Cell[] = [];
  if (separator) {
    let at = 0;
    for (const part of line.split(separator)) {
      const lead = part.length - part.trimStart().length;
      cells.push({ start: at + lead, end: at + lead + part.trim().length, text: part.trim() });
      at += part.length + 1;
    }
  } else
    for (const m of line.matchAll(/\S+(?: \S+)*/g))
      cells.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return { cells, separator };
}

/** A table row: three cells at least, one of them a figure. */
const isRow = (cells: readonly Cell[]) => cells.length >= 3 && cells.some((c) => FIGURE.test(c.text));

/** The lines with each code cell of a table's rows written as its meaning, or undefined where nothing is. */
export function codeLists(lines: readonly string[]): string[] | undefined {
  if (
    !lines.some(
      (l) =>
        CODE_HEADING.test(l) ||
        CODE_TABLE_HEADER.test(l) ||
        (COMMENT.test(l) && DEFINITION.test(l.replace(COMMENT, ""))),
    )
  )
    return undefined;
  const list = codeListOf(lines);
  if (!list) return undefined;
  const out = [...lines];
  const used = new Set<string>();
  // Blocks of consecutive rows holding a code cell, with the header line right above.
  for (let i = 0; i < lines.length; i++) {
    const first = cellsOf(lines[i]!);
    if (COMMENT.test(lines[i]!) || !isRow(first.cells) || !first.cells.some((c) => list.has(c.text))) continue;
    let end = i;
    while (end + 1 < lines.length && !COMMENT.test(lines[end + 1]!) && isRow(cellsOf(lines[end + 1]!).cells)) end++;
    const header = i > 0 && lines[i - 1]!.trim() !== "" && !COMMENT.test(lines[i - 1]!) ? i - 1 : undefined;
    if (first.separator) {
      const codeColumns = new Set<number>();
      for (let k = i; k <= end; k++) {
        const { cells, separator } = cellsOf(lines[k]!);
        if (separator !== first.separator) continue;
        const texts = cells.map((c, j) => {
          const meaning = list.get(c.text);
          if (meaning && CODE_CELL.test(c.text)) {
            used.add(c.text);
            codeColumns.add(j);
          }
          return meaning ?? lines[k]!.slice(c.start, c.end);
        });
        out[k] = texts.join(separator);
      }
      // The codes' column headed "kod" is the measure's: "ar,kod,kon,varde" read as "ar,matt,kon,varde".
      if (header !== undefined && lines[header]!.includes(first.separator)) {
        const cells = lines[header]!.split(first.separator);
        if (cells.length === first.cells.length) {
          const renamed = cells.map((c, j) => (codeColumns.has(j) && CODE_HEADER.test(c.trim()) ? "matt" : c));
          out[header] = renamed.join(first.separator);
        }
      }
    } else {
      // A table in columns: the code column's cells at one start in every coded row, widened in place.
      const starts = new Set<number>();
      for (let k = i; k <= end; k++)
        for (const c of cellsOf(lines[k]!).cells) if (list.has(c.text)) starts.add(c.start);
      if (starts.size !== 1) {
        i = end;
        continue;
      }
      const x = [...starts][0]!;
      const block = [
        ...(header === undefined ? [] : [header]),
        ...Array.from({ length: end - i + 1 }, (_, j) => i + j),
      ];
      // Where the next column begins: after the widest cell at x, two spaces at least.
      let next = Infinity;
      let widest = 0;
      for (const k of block) {
        const cells = cellsOf(lines[k]!).cells;
        const at = cells.findIndex((c) => c.start === x);
        if (at < 0) continue;
        const cell = cells[at]!;
        widest = Math.max(widest, list.get(cell.text)?.length ?? cell.text.length);
        if (cells[at + 1]) next = Math.min(next, cells[at + 1]!.start);
      }
      if (!Number.isFinite(next)) next = Math.max(...block.map((k) => lines[k]!.length));
      const width = Math.max(next - x, widest + 3);
      for (const k of block) {
        const line = lines[k]!;
        const segment = line.slice(x, next).trim();
        const meaning = k === header ? undefined : list.get(segment);
        if (meaning) used.add(segment);
        out[k] = line.slice(0, x).padEnd(x) + (meaning ?? segment).padEnd(width) + line.slice(next);
      }
    }
    i = end;
  }
  return used.size >= 2 ? out : undefined;
}
