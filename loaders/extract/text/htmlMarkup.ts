/**
 * A report saved with HTML in its text: a Markdown page whose tables are raw HTML because the
 * web publisher needs merged cells, or a page saved from a browser. Read as written, a row
 * "<tr><td>Studier</td><td>8</td><td>10,4&nbsp;%</td><td>6</td></tr>" has no column gaps, its
 * thousands are "&nbsp;", its minus "&minus;", and its header is two rows of merged cells; a
 * comment ("<!-- utkast: totalt 181 -->") holds a draft's figure and "<del>179</del> <ins>183</ins>"
 * a correction. Here, one line per document line:
 *
 * - a comment is blanked (also over several lines), and so is deleted text (<del>, <s>, <strike>);
 *   an insertion's marks go, its text stays;
 * - entities are decoded ("&nbsp;" a space, "&minus;" a minus, "&ndash;" a dash, "&amp;" …);
 * - each <table> is laid out as layout text: every row one line on the document line its figures
 *   stand on (the first digit of the row's own cells, else its first cell's line), the cells set
 *   in columns as wide as their widest cell and three spaces apart, as a PDF's layout text sets a
 *   table; the header rows (<thead>, or the rows of <th> cells above the first body row) made one
 *   header line, each column named by its header cells top to bottom ("2025" over "Antal" and
 *   "Andel": "2025 Antal", "2025 Andel"), a colspan header repeated over every column it spans and
 *   a rowspan header named once; a rowspan label carried down to the rows it spans, a rowspan
 *   figure never (one amount is not two members'); a <caption> a title line above; <br> a space;
 * - any other tag is dropped (an inline one such as <strong> with nothing in its place, a block
 *   one with a space), and a short <sup> footnote marker with its text, so "183<sup>1</sup>" is
 *   never 1831.
 *
 * The table's lines that hold no row afterwards are blank; `compactTables` drops them once the
 * one-line-per-line steps are done, so a table's rows stand together as in layout text, each still
 * citing its own document line. A line with two rows on it (a table written on one line) keeps
 * its first and the others follow it there. Cheap check first: a document with no "<" before a
 * letter, "!" or "/" and no "&…;" is passed by. Pure.
 */
import { characters } from "./wholeText.ts";

/**
 * HTML's element names: only these are tags. An e-mail address or a link in angle brackets
 * ("<kansliet@ekby.se>", "<https://…>") is text and stays as written.
 */
const ELEMENTS = new Set(
  (
    "html head body meta title link base nav main header footer section article aside div span p br hr " +
    "h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table caption thead tbody tfoot tr td th colgroup col a b i u em " +
    "strong small mark abbr sup sub code pre blockquote q cite figure figcaption del ins s strike script " +
    "style noscript font center img time data bdi bdo label wbr address details summary"
  ).split(" "),
);
/** The cheap look: an element's tag, a comment or declaration opening, or an entity. */
/** An element's name, with a namespace's prefix where a page mixes one in ("ix:nonFraction"). */
const TAG_NAME = String.raw`[a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z][\w.-]*)?`;
const MARKUP = new RegExp(String.raw`<\/?(?:${TAG_NAME})(?=[\s/>])|<!|&#?[a-zA-Z0-9]+;`);
const TABLE_OPEN = /<table\b/i;

/** Named entities a Swedish report uses; numeric ones are decoded by code. */
const ENTITIES: Record<string, string> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  narrowNbsp: " ",
  minus: "−",
  ndash: "–",
  mdash: "—",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  percnt: "%",
  auml: "ä",
  Auml: "Ä",
  aring: "å",
  Aring: "Å",
  ouml: "ö",
  Ouml: "Ö",
  eacute: "é",
  Eacute: "É",
  uuml: "ü",
  Uuml: "Ü",
  shy: "",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  bull: "•",
  middot: "·",
  times: "×",
  sect: "§",
  deg: "°",
};

/** "&nbsp;" → " ", "&#8722;" → "−", "&#x2013;" → "–"; an unknown name stays as written. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (all, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return all;
      const c = String.fromCodePoint(code);
      // A no-break or thin space is a space between a number's thousands.
      return /[\u00a0\u2007\u2009\u202f]/.test(c) ? " " : c;
    }
    return ENTITIES[name] ?? all;
  });
}

/** Tags dropped with nothing in their place: they sit inside words and numbers. */
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "code",
  "em",
  "font",
  "i",
  "ins",
  "mark",
  "small",
  "span",
  "strong",
  "u",
  "time",
  "data",
]);
/** Tags whose text is deleted: a correction's struck text, and a saved page's scripts and styles. */
const DELETED = new Set(["del", "s", "strike", "script", "style", "ix:header"]);

/**
 * A tag this reader takes as markup: HTML's own elements, and a namespaced one ("<ix:nonFraction …>",
 * "<xbrli:context>") of a page that mixes in another vocabulary, as an inline XBRL report tags every
 * figure. A namespaced element is inline: its tags go, its text stays where it stands ("-<ix:nonFraction
 * sign="-">68 230</ix:nonFraction>" reads "-68 230"); the inline XBRL header ("<ix:header>": contexts,
 * units, hidden facts) is never shown and is blanked with its content.
 */
const isElement = (name: string) => ELEMENTS.has(name.toLowerCase()) || name.includes(":");
const isInline = (tag: string) => INLINE.has(tag) || tag.includes(":");

/** A tag, comment or text run of a stretch of HTML. */
const TOKEN = new RegExp(
  String.raw`<!--[\s\S]*?(?:-->|$)|<![a-zA-Z][^>]*>|<\?[^>]*\?>|<(\/?)(${TAG_NAME})(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|<`,
  "g",
);

/** Per document line, one character per column, blanked where a comment stands (comments may run over lines). */
function blankComments(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!open && !line.includes("<!--")) continue;
    let s = "";
    let at = 0;
    while (at < line.length) {
      if (open) {
        const end = line.indexOf("-->", at);
        const stop = end < 0 ? line.length : end + 3;
        s += " ".repeat(stop - at);
        at = stop;
        if (end >= 0) open = false;
      } else {
        const start = line.indexOf("<!--", at);
        if (start < 0) {
          s += line.slice(at);
          break;
        }
        s += line.slice(at, start);
        at = start;
        open = true;
      }
    }
    (out ??= [...lines])[i] = s;
  }
  return out;
}

/** A line's text with its tags dropped and entities decoded; deleted text (also over lines) dropped. */
function plainLine(line: string, state: { deleted: number }): string {
  let s = "";
  for (const m of line.matchAll(TOKEN)) {
    const [all, close, name] = m;
    if (name === undefined || !isElement(name)) {
      // "<!DOCTYPE html>", "<?xml …?>": declarations, no text.
      if (state.deleted === 0 && !/^<[!?]/.test(all)) s += all;
      continue;
    }
    const tag = name.toLowerCase();
    if (DELETED.has(tag)) {
      state.deleted = Math.max(0, state.deleted + (close ? -1 : 1));
      continue;
    }
    if (state.deleted > 0 || isInline(tag)) continue;
    s += " ";
  }
  // A block tag at the line's start or end leaves no indentation or trailing space of its own.
  const lead = /^\s*/.exec(line)![0];
  const text = decodeEntities(s).trim();
  return text === "" ? "" : /^\s*</.test(line) ? lead + text : decodeEntities(s).trimEnd();
}

/** "<sup>1</sup>", "<sup>*)</sup>": a footnote's mark, dropped with its text (never part of a number). */
const SUP_MARK = /<sup\b[^>]*>\s*[0-9*†a-z)]{1,3}\s*<\/sup>/gi;

/** One cell of an HTML table. */
interface Cell {
  header: boolean;
  colspan: number;
  rowspan: number;
  text: string;
  /** Document line (0-based) of the cell's first digit, or of its tag. */
  digitLine: number | undefined;
  line: number;
}

interface Row {
  cells: Cell[];
  line: number;
  head: boolean;
  /** A row of <tfoot>: shown below the body wherever the source writes it (HTML 4 wrote it first). */
  foot: boolean;
}

interface Table {
  rows: Row[];
  caption: { text: string; line: number } | undefined;
}

/** The rows of one table written over `lines[from..to]` (0-based, inclusive), or undefined when it nests another table. */
function parseTable(lines: readonly string[], from: number, to: number): Table | undefined {
  const rows: Row[] = [];
  let caption: Table["caption"];
  let row: Row | undefined;
  let cell: Cell | undefined;
  let inHead = false;
  let inFoot = false;
  let inCaption = false;
  let deleted = 0;
  let depth = 0;
  for (let i = from; i <= to; i++) {
    const line = lines[i]!.replace(SUP_MARK, "");
    for (const m of line.matchAll(TOKEN)) {
      const [all, close, name, attrs] = m;
      if (name === undefined || !isElement(name)) {
        if (deleted > 0 || all === "" || /^<[!?]/.test(all)) continue;
        const text = decodeEntities(all);
        if (inCaption) {
          caption ??= { text: "", line: i };
          caption.text += text;
        } else if (cell) {
          if (cell.digitLine === undefined && /\d/.test(text)) cell.digitLine = i;
          cell.text += text;
        }
        continue;
      }
      const tag = name.toLowerCase();
      if (DELETED.has(tag)) {
        deleted = Math.max(0, deleted + (close ? -1 : 1));
        continue;
      }
      if (deleted > 0) continue;
      if (tag === "table") {
        depth += close ? -1 : 1;
        if (depth > 1) return undefined;
        continue;
      }
      if (tag === "caption") inCaption = !close;
      else if (tag === "thead") inHead = !close;
      else if (tag === "tbody") inHead = inFoot = false;
      else if (tag === "tfoot") {
        inHead = false;
        inFoot = !close;
      } else if (tag === "tr") {
        cell = undefined;
        if (close) row = undefined;
        else rows.push((row = { cells: [], line: i, head: inHead, foot: inFoot }));
      } else if (tag === "td" || tag === "th") {
        if (close) {
          cell = undefined;
          continue;
        }
        if (!row) rows.push((row = { cells: [], line: i, head: inHead, foot: inFoot }));
        const span = (attr: string) => {
          const n = Number(new RegExp(`\\b${attr}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs ?? "")?.[1] ?? 1);
          return Math.min(Math.max(n, 1), 50);
        };
        cell = {
          header: tag === "th",
          colspan: span("colspan"),
          rowspan: span("rowspan"),
          text: "",
          digitLine: undefined,
          line: i,
        };
        row.cells.push(cell);
      } else if (!isInline(tag)) {
        // <br>, <p>, <div> inside a cell: a space between its words.
        if (cell) cell.text += " ";
        else if (inCaption && caption) caption.text += " ";
      }
    }
    if (cell) cell.text += " ";
    if (inCaption && caption) caption.text += " ";
  }
  for (const r of rows) for (const c of r.cells) c.text = c.text.replace(/\s+/g, " ").trim();
  if (caption) caption.text = caption.text.replace(/\s+/g, " ").trim();
  // Rows of <th> cells only above the first body row are header rows too (a table without <thead>).
  for (const r of rows) {
    if (r.head) continue;
    if (r.cells.length > 0 && r.cells.every((c) => c.header)) r.head = true;
    else break;
  }
  return { rows: rows.filter((r) => r.cells.length > 0), caption };
}

/**
 * The table's cells placed in a grid, merged cells filled as the readers should see them, and the
 * rows a figure spans (its first row and how many).
 */
function grid(rows: readonly Row[]): { cells: string[][]; figureSpans: { row: number; rows: number }[] } {
  const figureSpans: { row: number; rows: number }[] = [];
  const out: string[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (taken[r]![c]) c++;
      if (!row.head && cell.rowspan > 1 && /\d/.test(cell.text) && r + 1 < rows.length)
        figureSpans.push({ row: r, rows: Math.min(cell.rowspan, rows.length - r) });
      for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++) {
        const carried = dr > 0;
        for (let dc = 0; dc < cell.colspan; dc++) {
          taken[r + dr]![c + dc] = true;
          // A header spans its columns: each is named by it. A label in the body stands in its first
          // column; a label spanning rows is each row's, a figure spanning rows only its first row's.
          const text =
            row.head && rows[r + dr]!.head
              ? carried
                ? ""
                : cell.text
              : dc > 0
                ? ""
                : carried && /\d/.test(cell.text)
                  ? ""
                  : cell.text;
          out[r + dr]![c + dc] = text;
        }
      }
      c += cell.colspan;
    }
  });
  const width = Math.max(...out.map((r) => r.length));
  return { cells: out.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")), figureSpans };
}

/**
 * Rows a figure spans, made one row: "Staten" over two rows, "Försäkringskassan" and
 * "Arbetsförmedlingen" beside it, one amount spanning both: the amount is the group's, named
 * "Staten (Försäkringskassan, Arbetsförmedlingen)" as a layout text's one label would. Only where
 * no other column holds figures on more than one of the rows (then each row is its own), and only
 * the label cells before the row's first figure are joined. Returns the merged row, or undefined.
 */
function mergeSpannedRows(rows: readonly string[][]): string[] | undefined {
  const width = rows[0]!.length;
  const merged: string[] = [];
  for (let c = 0; c < width; c++) {
    const filled = rows.map((r) => r[c]!).filter((t) => t !== "");
    if (filled.length > 1 && filled.some((t) => /\d/.test(t))) return undefined;
    const texts = [...new Set(filled)];
    merged.push(texts.join(", "));
  }
  const first = merged.findIndex((t) => /\d/.test(t));
  if (first < 1) return undefined;
  const labels = merged.slice(0, first).filter((t) => t !== "");
  if (labels.length === 0) return undefined;
  const label = labels.length === 1 ? labels[0]! : `${labels[0]} (${labels.slice(1).join(", ")})`;
  return [label, ...Array.from({ length: first - 1 }, () => ""), ...merged.slice(first)];
}

/** A header cell naming a year alone: set after the cells under it ("Andel 2025"), as readers know "Utfall 2025". */
const YEAR_ALONE = /^(?:19|20)\d\d$/;

/**
 * The header rows made one line: each column's header cells top to bottom, a repeat said once,
 * a year spanning a group of columns after each column's own name ("2025" over "Antal", "Andel":
 * "Antal 2025", "Andel 2025"), the way a layout text's header names a year's column.
 */
function headerLine(head: readonly string[][]): string[] {
  const width = head[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => {
    const words: string[] = [];
    for (const r of head) if (r[c] && words.at(-1) !== r[c]) words.push(r[c]!);
    const years = words.filter((w) => YEAR_ALONE.test(w));
    const named = words.filter((w) => !YEAR_ALONE.test(w));
    return years.length === 1 && named.length > 0 ? [...named, ...years].join(" ") : words.join(" ");
  });
}

/**
 * A line whose only markup is a tracked change ("Nya   <del>8</del> <ins>9</ins>   12"): left to
 * `trackedChanges.ts`, which blanks the deleted text where it stands and keeps every column.
 */
const TAG_OPENING = new RegExp(String.raw`<\/?(${TAG_NAME})(?=[\s/>])`, "g");
function onlyTrackedChanges(line: string): boolean {
  if (/&#?[a-zA-Z0-9]+;|<!/.test(line)) return false;
  for (const m of line.matchAll(TAG_OPENING))
    if (isElement(m[1]!) && !/^(?:del|ins|s|strike)$/i.test(m[1]!)) return false;
  return true;
}

/** What the markup pass hands on: the lines, the table lines left blank, and rows a line could not hold. */
export interface HtmlText {
  lines: string[];
  /** Document lines (0-based) inside a table that hold nothing now. */
  blanked: Set<number>;
  /**
   * Per document line (0-based), the rows to set after it that could not stand on their own line:
   * further rows of a table written on one line, or a <tfoot> written above the body; each names
   * the document line (0-based) it cites.
   */
  extra: Map<number, { text: string; line: number }[]>;
}

/** The document's lines with its HTML read (see the top comment); undefined when it holds none. */
export function htmlMarkup(documentLines: readonly string[]): HtmlText | undefined {
  // Cheap first: MARKUP opens on a "<" or an "&" somewhere in the document (`wholeText.ts`).
  const chars = characters(documentLines);
  if ((!chars.has("<") && !chars.has("&")) || !documentLines.some((l) => MARKUP.test(l))) return undefined;
  const lines = blankComments(documentLines) ?? [...documentLines];
  const blanked = new Set<number>();
  const extra: HtmlText["extra"] = new Map();
  const state = { deleted: 0 };
  for (let i = 0; i < lines.length; i++) {
    if (!TABLE_OPEN.test(lines[i]!)) {
      if ((MARKUP.test(lines[i]!) && !onlyTrackedChanges(lines[i]!)) || state.deleted > 0)
        lines[i] = plainLine(lines[i]!.replace(SUP_MARK, ""), state);
      continue;
    }
    let end = i;
    while (end < lines.length && !/<\/table\s*>/i.test(lines[end]!)) end++;
    if (end >= lines.length) end = lines.length - 1;
    const table = parseTable(lines, i, end);
    if (!table || table.rows.length === 0) {
      for (let k = i; k <= end; k++) lines[k] = plainLine(lines[k]!.replace(SUP_MARK, ""), state);
      i = end;
      continue;
    }
    layOut(table, lines, i, end, blanked, extra);
    i = end;
  }
  return { lines, blanked, extra };
}

/** Write a parsed table over its lines `from..to` as layout text (see the top comment). */
function layOut(
  table: Table,
  lines: string[],
  from: number,
  to: number,
  blanked: Set<number>,
  extra: HtmlText["extra"],
): void {
  const { cells, figureSpans } = grid(table.rows);
  const head = table.rows.filter((r) => r.head).length;
  const rowsOut: { cells: string[]; line: number; foot?: boolean }[] = [];
  if (head > 0) rowsOut.push({ cells: headerLine(cells.slice(0, head)), line: table.rows[0]!.line });
  const lineOf = (row: Row) =>
    row.cells.find((c) => c.digitLine !== undefined)?.digitLine ?? row.cells[0]?.line ?? row.line;
  for (let r = head; r < table.rows.length; r++) {
    const span = figureSpans.find((f) => f.row === r);
    const merged = span && mergeSpannedRows(cells.slice(r, r + span.rows));
    rowsOut.push({ cells: merged ?? cells[r]!, line: lineOf(table.rows[r]!), foot: table.rows[r]!.foot });
    if (merged) r += span.rows - 1;
  }
  // The footer's rows (a total) below the body, as a browser shows them.
  rowsOut.push(...rowsOut.splice(0).sort((a, b) => Number(a.foot ?? false) - Number(b.foot ?? false)));
  const widths = rowsOut[0]!.cells.map((_, c) => Math.max(...rowsOut.map((r) => r.cells[c]!.length)));
  const text = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join("   ")
      .trimEnd();
  const items: { text: string; line: number }[] = [];
  if (table.caption?.text) items.push(table.caption);
  for (const r of rowsOut) items.push({ text: text(r.cells), line: r.line });
  for (let k = from; k <= to; k++) lines[k] = "";
  let last = -1;
  for (const item of items) {
    if (item.line > last) {
      lines[item.line] = item.text;
      last = item.line;
    } else extra.set(last, [...(extra.get(last) ?? []), item]);
  }
  // The lines between the table's first and last that hold nothing: dropped once the line steps are done.
  for (let k = from + 1; k < to; k++) if (lines[k] === "" && !extra.has(k)) blanked.add(k);
}

/**
 * The reading lines with a table's blank lines dropped and the rows a line could not hold after
 * it, with the index in `lines` each comes from; undefined when nothing changes. `docLine` gives a
 * reading line's document line (1-based).
 */
export function compactTables(
  lines: readonly string[],
  html: HtmlText,
  docLine: (i: number) => number,
): { lines: string[]; from: number[] } | undefined {
  if (html.blanked.size === 0 && html.extra.size === 0) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  // The reading line of each document line, for a row set after another line but citing its own.
  const readingOf = new Map<number, number>();
  lines.forEach((_, i) => {
    if (!readingOf.has(docLine(i) - 1)) readingOf.set(docLine(i) - 1, i);
  });
  lines.forEach((line, i) => {
    const d = docLine(i) - 1;
    if (html.blanked.has(d) && line.trim() === "") return;
    out.push(line);
    from.push(i);
    for (const row of html.extra.get(d) ?? []) {
      out.push(row.text);
      from.push(readingOf.get(row.line) ?? i);
    }
  });
  return { lines: out, from };
}
