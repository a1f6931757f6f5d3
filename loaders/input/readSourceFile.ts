/**
 * Turn a source document (a PDF, or text: .txt, .md, .html, .xml, .json, .csv, .eml, .rtf, .tex, .ics, .xlf; see
 * `reference/sourceTypes.ts`) into numbered lines of text. Line n of the
 * result is `document_line(document_id, n)`, and every fact's `source_line` points into it.
 * For PDFs, text items are grouped into lines by their baseline, so a PDF rendering of a
 * text gives the same lines (the facts, not necessarily the line numbers, must agree).
 */
import { extname } from "node:path";
import type { z } from "zod";
import { textSource } from "../reference/codes.ts";
import { isSourceType, SOURCE_TYPES_LISTED } from "../reference/sourceTypes.ts";
import { megabytes as MB, READ_LIMITS, readBounded, UnreadableFileError } from "./readBounded.ts";
import { normalizeLines, textToLines, type ControlCharacters } from "./normalizeText.ts";

export { splitLines } from "./normalizeText.ts";

/** How a document's text was obtained (code list `text_source`): `text_layer`, `ocr` or `plain_text`. */
export const TEXT_SOURCES = textSource.codes;
export type TextSource = z.infer<typeof textSource.schema>;

/**
 * Text beyond this many bytes (UTF-8) is refused before parsing. The largest real report is
 * well under 1 MB of text; anything near the limit is a wrong file, not a document to read.
 */
export const MAX_TEXT_BYTES = READ_LIMITS.text;

/** The most bytes a source file of this name may hold: a PDF carries images, a text file only text. */
export function sourceReadLimit(path: string): number {
  return extname(path).toLowerCase() === ".pdf" ? READ_LIMITS.pdf : MAX_TEXT_BYTES;
}

/** A PDF with fewer visible characters than this per page has no real text layer (a scan, maybe with a stamped page number). */
export const MIN_TEXT_CHARS_PER_PAGE = 20;

/** What reading a document gives: its normalised lines and how the text was obtained. */
export interface DocumentRead {
  /** NFC lines for the parsers. */
  lines: string[];
  /** The same lines as extracted (not NFC), for `document_line`. */
  asExtracted: string[];
  textSource: TextSource;
  /** Control characters removed from the text (NUL etc.), or null. */
  controlCharacters: ControlCharacters | null;
  /** A PDF whose pages carry (almost) no text: scanned, it needs OCR. */
  noTextLayer: boolean;
}

export class DocumentReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
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
  // reduce, not Math.max(...): a spread of every page's rows is bounded only by the document.
  const top = filled.reduce((m, rows) => Math.max(m, rows[0]!.y), -Infinity);
  const bottom = filled.reduce((m, rows) => Math.min(m, rows.at(-1)!.y), Infinity);
  const blanks = (gap: number, cap = Infinity) =>
    lineHeight === undefined ? 0 : Math.max(0, Math.min(cap, Math.round(gap / lineHeight) - 1));
  const out: string[] = [];
  const pushBlanks = (n: number) => {
    for (let k = 0; k < n; k++) out.push("");
  };
  filled.forEach((rows, p) => {
    if (p > 0) pushBlanks(blanks(top - rows[0]!.y + (lineHeight ?? 0), MARGIN_BLANKS_CAP));
    rows.forEach((row, i) => {
      if (i > 0) pushBlanks(blanks(rows[i - 1]!.y - row.y));
      out.push(row.text);
    });
    if (p < filled.length - 1) pushBlanks(blanks(rows.at(-1)!.y - bottom + (lineHeight ?? 0), MARGIN_BLANKS_CAP));
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

const tooLargeText = (bytes: number) =>
  `${bytes} bytes (${MB(bytes)}) of text is over the limit of ${MAX_TEXT_BYTES} bytes (${MB(MAX_TEXT_BYTES)}, MAX_TEXT_BYTES); not parsed. Is this the right file?`;

function tooLarge(file: string, bytes: number): DocumentReadError {
  return new DocumentReadError(file, tooLargeText(bytes));
}

/** A PDF's text layer as lines, and whether it has one. Stops once the text passes the size limit. */
export async function readPdfText(bytes: Uint8Array, file: string): Promise<{ lines: string[]; noTextLayer: boolean }> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf;
  try {
    pdf = await getDocumentProxy(bytes);
  } catch (err) {
    throw new DocumentReadError(file, `not a readable PDF (${(err as Error).message})`);
  }
  const pages: Row[][] = [];
  let textBytes = 0;
  let visible = 0;
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const items: PositionedItem[] = [];
      for (const it of content.items) {
        if (!("str" in it)) continue;
        items.push({
          str: it.str,
          x: it.transform[4] as number,
          y: it.transform[5] as number,
          width: it.width,
          height: it.height || 10,
        });
        textBytes += Buffer.byteLength(it.str) + 1;
        visible += it.str.replace(/\s+/g, "").length;
      }
      if (textBytes > MAX_TEXT_BYTES) throw tooLarge(file, textBytes);
      pages.push(itemsToRows(items));
    }
  } finally {
    await pdf.destroy();
  }
  return { lines: pagesToLines(pages), noTextLayer: visible < MIN_TEXT_CHARS_PER_PAGE * Math.max(1, pages.length) };
}

/** The upper half of code page 437, the "PC8" an SIE file may say it is written in (byte 0x80 first). */
const PC8_UPPER =
  "\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5\xc9\xe6\xc6\xf4\xf6\xf2\xfb\xf9\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf\u2310\xac\xbd\xbc\xa1\xab\xbb\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u03b1\xdf\u0393\u03c0\u03a3\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261\xb1\u2265\u2264\u2320\u2321\xf7\u2248\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0";

/**
 * An SIE accounting file (it opens on "#FLAGGA", "#PROGRAM" or "#FORMAT") saying "#FORMAT PC8" and not
 * in UTF-8: decoded from code page 437, as the format prescribes; undefined for any other text.
 */
function decodePc8(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 400));
  if (!/^\s*#(?:FLAGGA|PROGRAM|FORMAT|SIETYP)\b/.test(head) || !/#FORMAT\s+PC8\b/.test(head)) return undefined;
  let out = "";
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : PC8_UPPER[b - 0x80]!;
  return out;
}

/** Swedish letters as Windows-1252 (and Latin-1) writes them: å ä ö Å Ä Ö. */
const WINDOWS_1252_SWEDISH = new Set([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6]);

/**
 * A text saved in Windows-1252, as Excel's "CSV (semikolonavgränsad)" and Notepad's "ANSI" save it on a
 * Swedish Windows: decoded where it is no UTF-8, every byte is one the code page defines, and half its
 * bytes above 0x7F at least are Swedish letters so written (å, ä, ö: a Swedish text's most common by
 * far; dashes, bullets, §, quotes are the rest); undefined for any other bytes (a binary file, a text
 * in another code page, whose letters fall elsewhere), which stay refused.
 */
function decodeWindows1252(bytes: Uint8Array): string | undefined {
  let high = 0;
  let swedish = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    if (b < 0xa0 && WINDOWS_1252_HIGH[b] === undefined) return undefined;
    high++;
    if (WINDOWS_1252_SWEDISH.has(b)) swedish++;
  }
  if (swedish === 0 || swedish * 2 < high) return undefined;
  // Decoded by hand: a Node built without full ICU decodes "windows-1252" as Latin-1, 0x80–0x9F as controls.
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b]! : b);
  return out;
}

/** The characters Windows-1252 writes in 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90 and 0x9D it leaves undefined). */
const WINDOWS_1252_HIGH: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x2c6,
  0x89: 0x2030,
  0x8a: 0x160,
  0x8b: 0x2039,
  0x8c: 0x152,
  0x8e: 0x17d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x2dc,
  0x99: 0x2122,
  0x9a: 0x161,
  0x9b: 0x203a,
  0x9c: 0x153,
  0x9e: 0x17e,
  0x9f: 0x178,
};

/**
 * Decode a text file: UTF-8 (a BOM is dropped later), or UTF-16 when it starts with a UTF-16 byte order
 * mark, or an SIE file in code page 437 where it says so and is no UTF-8 (`decodePc8`), or a Swedish
 * text saved in Windows-1252 (`decodeWindows1252`).
 */
function decodeText(bytes: Uint8Array, file: string): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : undefined;
  try {
    return new TextDecoder(utf16 ?? "utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const pc8 = utf16 ? undefined : (decodePc8(bytes) ?? decodeWindows1252(bytes));
    if (pc8 !== undefined) return pc8;
    throw new DocumentReadError(
      file,
      `not ${utf16 ?? "UTF-8"} text (a binary file, or text in another encoding such as Windows-1252?); save it as UTF-8`,
    );
  }
}

/** More than this share of control characters: a binary file that happens to decode, not text with a stray NUL. */
const BINARY_CONTROL_SHARE = 0.1;

/**
 * Read a document (a PDF or a text type) into normalised lines (see normalizeText.ts), and say
 * how its text was obtained. Text over MAX_TEXT_BYTES is refused before it is decoded.
 */
export async function readSourceFile(path: string): Promise<DocumentRead> {
  return readSourceBytes(await readSourceFileBytes(path), path);
}

/**
 * A source file's bytes, read only when it is a regular file within its limit (see
 * readBounded.ts). `refuseSymlink` for a file from outside the project (ingest).
 */
export async function readSourceFileBytes(path: string, options: { refuseSymlink?: boolean } = {}): Promise<Buffer> {
  const ext = checkSourceType(path);
  try {
    return await readBounded(path, {
      limit: sourceReadLimit(path),
      refuseSymlink: options.refuseSymlink,
      ...(ext === ".pdf" ? {} : { tooLarge: tooLargeText }),
    });
  } catch (err) {
    if (err instanceof UnreadableFileError) throw new DocumentReadError(path, err.reason);
    throw err;
  }
}

/** The source file's extension (lower case), if it is a type documents are read from; otherwise a DocumentReadError. */
export function checkSourceType(path: string): string {
  const ext = extname(path).toLowerCase();
  if (!isSourceType(ext))
    throw new DocumentReadError(path, `unsupported file type "${ext}" (expected ${SOURCE_TYPES_LISTED})`);
  return ext;
}

/** A document's bytes, already read, as lines; `path` gives the type and the name in messages. */
export async function readSourceBytes(bytes: Uint8Array, path: string): Promise<DocumentRead> {
  if (extname(path).toLowerCase() === ".pdf") {
    const { lines, noTextLayer } = await readPdfText(new Uint8Array(bytes), path);
    return { ...normalizeLines(lines), textSource: "text_layer", noTextLayer };
  }
  const text = decodeText(new Uint8Array(bytes), path);
  const read = textToLines(text);
  if (read.controlCharacters && read.controlCharacters.count > Math.max(8, text.length * BINARY_CONTROL_SHARE))
    throw new DocumentReadError(
      path,
      `${read.controlCharacters.count} control characters in ${text.length} characters: a binary file, not text`,
    );
  return { ...read, textSource: "plain_text", noTextLayer: false };
}

/** The lines alone (document_line, tests). */
export async function readSourceLines(path: string): Promise<string[]> {
  return (await readSourceFile(path)).lines;
}
