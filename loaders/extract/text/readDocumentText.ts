/**
 * Turn a source document (.txt, .md or .pdf) into numbered lines of text. Line n of the
 * result is `document_line(document_id, n)`, and every fact's `source_line` points into it.
 * For PDFs, text items are grouped into lines by their baseline, so a PDF rendering of a
 * text gives the same lines (the facts, not necessarily the line numbers, must agree).
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";

export class DocumentReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Split text into lines; CRLF and CR become LF; form feeds (page breaks) end a line. */
export function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\f/g, "\n").split("\n");
  // A final newline does not start another line.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

interface PositionedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Row {
  y: number;
  text: string;
}

/** Group a page's text items into rows by baseline, top to bottom. */
export function itemsToRows(items: readonly PositionedItem[]): Row[] {
  const rows: { y: number; items: PositionedItem[] }[] = [];
  for (const item of items) {
    if (item.str === "") continue;
    const tolerance = Math.max(2, item.height * 0.4);
    const row = rows.find((r) => Math.abs(r.y - item.y) <= tolerance);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  return rows
    .sort((a, b) => b.y - a.y)
    .map((r) => ({ y: r.y, text: rowText(r) }))
    .filter((r) => r.text !== "");
}

/**
 * Pages of rows to numbered lines. Blank lines carry meaning (they end a wrapped table cell),
 * but a PDF only has the space they left: a gap of k line heights becomes k - 1 blank lines,
 * the line height being the document's most common gap between baselines. Space at the top
 * or bottom of a page beyond the document's usual margins counts the same way (capped, so a
 * half-empty page does not become forty blank lines).
 */
export function pagesToLines(pages: readonly Row[][]): string[] {
  const gaps = pages.flatMap((rows) => rows.slice(1).map((r, i) => round1(rows[i]!.y - r.y)));
  const lineHeight = mostCommon(gaps);
  const filled = pages.filter((rows) => rows.length > 0);
  const top = Math.max(...filled.map((rows) => rows[0]!.y));
  const bottom = Math.min(...filled.map((rows) => rows.at(-1)!.y));
  const blanks = (gap: number, cap = Infinity) => (lineHeight === undefined ? 0 : Math.max(0, Math.min(cap, Math.round(gap / lineHeight) - 1)));
  const out: string[] = [];
  filled.forEach((rows, p) => {
    if (p > 0) out.push(...Array<string>(blanks(top - rows[0]!.y + (lineHeight ?? 0), MARGIN_BLANKS_CAP)).fill(""));
    rows.forEach((row, i) => {
      if (i > 0) out.push(...Array<string>(blanks(rows[i - 1]!.y - row.y)).fill(""));
      out.push(row.text);
    });
    if (p < filled.length - 1) out.push(...Array<string>(blanks(rows.at(-1)!.y - bottom + (lineHeight ?? 0), MARGIN_BLANKS_CAP)).fill(""));
  });
  return out;
}

const MARGIN_BLANKS_CAP = 3;
const round1 = (v: number) => Math.round(v * 10) / 10;

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) if (v > 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best!)) [best, bestCount] = [v, c];
  return best;
}

/**
 * A row's items left to right. Whitespace-only items are dropped and the gaps measured
 * instead: a gap of about one space is one space; a wider gap keeps as many spaces as fit,
 * because parsers read two or more spaces as a column break (an empty cell in a table).
 */
function rowText(row: { items: PositionedItem[] }): string {
  const items = row.items.filter((it) => it.str.trim() !== "").sort((a, b) => a.x - b.x);
  let line = "";
  let end = -Infinity;
  for (const it of items) {
    const gap = it.x - end;
    // A space is about 0.28 em in the common sans fonts (Helvetica, Arial, Calibri).
    const spaces = gap / (SPACE_EM * it.height);
    if (line !== "") {
      if (spaces >= 1.6) line += " ".repeat(Math.round(spaces));
      else if (gap > Math.max(0.5, it.height * 0.1) && !line.endsWith(" ") && !it.str.startsWith(" ")) line += " ";
    }
    line += it.str;
    end = it.x + it.width;
  }
  return line;
}

const SPACE_EM = 0.278;

export async function readPdfLines(bytes: Uint8Array, file: string): Promise<string[]> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf;
  try {
    pdf = await getDocumentProxy(bytes);
  } catch (err) {
    throw new DocumentReadError(file, `not a readable PDF (${(err as Error).message})`);
  }
  const pages: Row[][] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    const items: PositionedItem[] = [];
    for (const it of content.items) {
      if (!("str" in it)) continue;
      items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height || 10 });
    }
    pages.push(itemsToRows(items));
  }
  await pdf.destroy();
  return pagesToLines(pages);
}

export async function readDocumentLines(path: string): Promise<string[]> {
  const ext = extname(path).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new DocumentReadError(path, `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (ext === ".pdf") return readPdfLines(new Uint8Array(bytes), path);
  if (ext === ".txt" || ext === ".md") {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
    return splitLines(text);
  }
  throw new DocumentReadError(path, `unsupported file type "${ext}" (expected .txt, .md or .pdf)`);
}
