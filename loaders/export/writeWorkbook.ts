/**
 * The tables as one .xlsx workbook for Swedish Excel users: a README sheet, then a sheet per
 * table that fits one (document_line and any table over Excel's 1 048 576 rows are in the CSV
 * and Parquet files only; the README says so). xlsx opens without an import dialog, whatever
 * the locale's list separator or decimal comma. Text is written as text (inline strings: a cell
 * starting with = + - @ is never a formula), numbers as numbers, dates as dates.
 *
 * Written as a stream: each sheet's rows arrive in batches (DuckDB's chunks) as SpreadsheetML
 * that DuckDB built (sheetXml.ts), are deflated by Node's zlib and go into the zip (fflate, the
 * zip library write-excel-file uses on the site), so memory does not grow with the table. Every
 * zip entry carries the data's date, so the same data gives the same bytes. The SpreadsheetML
 * here is the small subset these tables need (ECMA-376 part 1, §18).
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { rm } from "node:fs/promises";
import { constants, crc32, deflateRaw as zlibDeflateRaw } from "node:zlib";
import { promisify } from "node:util";
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";
import type { TableDef } from "../schema/tables.ts";
import { columnName } from "./sheetXml.ts";

/** Rows Excel shows on a sheet (1 048 576) minus the header row. */
export const SHEET_ROW_LIMIT = 1_048_575;
/** Tables that go to CSV and Parquet only: every line of every document is not a spreadsheet. */
const NOT_IN_WORKBOOK = new Set(["document_line"]);

export function fitsWorkbook(table: TableDef, rows: number): boolean {
  return !NOT_IN_WORKBOOK.has(table.name) && rows <= SHEET_ROW_LIMIT;
}

export interface SheetData {
  table: TableDef;
  /** How many rows the table has (the README lists it, also for tables not in the workbook). */
  count: number;
  /**
   * The data rows in batches, each row a whole `<row>` element numbered from 2 (sheetXml.ts
   * builds them); called only when the table fits a sheet.
   */
  rows: () => AsyncIterable<readonly Uint8Array[]> | Iterable<readonly Uint8Array[]>;
}

export interface WorkbookMeta {
  version: string;
  created: string;
  license: string;
}

/** One README line per row: what the workbook is and how to read it. */
export function readmeLines(meta: WorkbookMeta, sheets: readonly SheetData[]): string[][] {
  return [
    ["finsam-compare: öppna data om samordningsförbund (Finsam)"],
    [`Version ${meta.version}, skapad ${meta.created}. Licens ${meta.license}.`],
    [
      "Belopp är hela kronor; procent lagras som procent (57,2); ett tomt fält betyder att uppgiften saknas, aldrig noll.",
    ],
    [
      "Varje uppgift har document_id och source_line: dokumentet och raden i dess utlästa text (tabellen document_line, som finns i CSV- och Parquet-filerna).",
    ],
    [
      "Tabeller som inte får plats på ett blad (document_line, och varje tabell med fler än 1 048 575 rader) finns bara som CSV och Parquet: se kolumnen Var.",
    ],
    ["Kolumnerna beskrivs i codebook.md och datapackage.json."],
    [],
    ["Blad", "Rader", "Innehåll", "Description (codebook)", "Var"],
    ...sheets.map((s) => [
      s.table.name,
      String(s.count),
      s.table.summarySv,
      s.table.description,
      fitsWorkbook(s.table, s.count) ? "eget blad" : `endast ${s.table.name}.csv och ${s.table.name}.parquet`,
    ]),
  ];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** XML text: escaped, and characters XML 1.0 cannot hold written as OOXML's _xHHHH_. */
export function xmlText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"))
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

/** A row of text cells (the README and the header rows). */
function textRowXml(r: number, cells: readonly string[], style: number = STYLE.plain): string {
  const s = style ? ` s="${style}"` : "";
  const xml = cells.map(
    (v, i) => `<c r="${columnName(i)}${r}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`,
  );
  return `<row r="${r}">${xml.join("")}</row>`;
}

/** Cell styles of styles.xml; index 2 (yyyy-mm-dd) is sheetXml.ts's DATE_STYLE. */
const STYLE = { plain: 0, bold: 1 } as const;

function sheetStart(widths: readonly number[], frozen: boolean): string {
  const pane = frozen
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${pane}<cols>${cols}</cols><sheetData>`;
}
const SHEET_END = "</sheetData></worksheet>";

const STYLES_XML = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function packageParts(sheetNames: readonly string[], meta: WorkbookMeta): [string, string][] {
  const sheetOverrides = sheetNames
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const sheets = sheetNames
    .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const sheetRels = sheetNames
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("");
  const created = new Date(meta.created).toISOString().replace(/\.\d{3}Z$/, "Z");
  return [
    [
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetOverrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      "docProps/app.xml",
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>finsam-compare</Application></Properties>`,
    ],
    [
      "docProps/core.xml",
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>finsam-compare</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      "xl/workbook.xml",
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheetRels}<Relationship Id="rId${sheetNames.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", STYLES_XML],
  ];
}

const deflateRaw = promisify(zlibDeflateRaw);
/** Buffered XML per deflate call: large enough that restarting the compressor costs nothing measurable. */
const BLOCK = 1 << 20;

/**
 * A zip entry deflated by Node's zlib (native code, on libuv's thread pool, so the next rows are
 * built while the last block is compressed). The XML goes in blocks of ~1 MB, each deflated on
 * its own and ended with a sync flush (byte-aligned, not final), the last with the final block:
 * the blocks concatenate to one valid deflate stream, the same bytes for the same XML.
 */
class Entry implements ZipInputFile {
  readonly compression = 8;
  /** General-purpose flag bits 1-2: "super fast" compression (level 1), as zip tools read it. */
  readonly flag = 3;
  size = 0;
  crc = 0;
  ondata: AsyncFlateStreamHandler = () => {};
  private blocks: Uint8Array[] = [];
  private buffered = 0;
  /** The last block's compression, then its bytes handed to the zip, in order. */
  private pending: Promise<void> = Promise.resolve();
  constructor(
    readonly filename: string,
    readonly mtime: Date,
  ) {}
  /** Add XML (text or UTF-8 bytes); resolves at once unless a full block waits for the one before it. */
  async write(xml: string | readonly Uint8Array[]): Promise<void> {
    for (const bytes of typeof xml === "string" ? [Buffer.from(xml, "utf8")] : xml) {
      this.blocks.push(bytes);
      this.buffered += bytes.length;
    }
    if (this.buffered > BLOCK) await this.flush(false);
  }
  async end(): Promise<void> {
    await this.flush(true);
    await this.pending;
  }
  private async flush(final: boolean): Promise<void> {
    const data = Buffer.concat(this.blocks, this.buffered);
    this.blocks = [];
    this.buffered = 0;
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    const previous = this.pending;
    this.pending = Promise.all([
      previous,
      deflateRaw(data, { level: 1, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
    ]).then(([, bytes]) => this.ondata(null, bytes, final));
    // Seen as handled here; whoever awaits it next still gets the error.
    this.pending.catch(() => {});
    // At most one block compressing while the next is built: memory stays at a few blocks.
    await previous;
  }
}

export async function writeWorkbook(file: string, sheets: readonly SheetData[], meta: WorkbookMeta): Promise<void> {
  const mtime = new Date(meta.created);
  const inBook = sheets.filter((s) => fitsWorkbook(s.table, s.count));
  // Excel limits sheet names to 31 characters.
  const names = ["README", ...inBook.map((s) => s.table.name.slice(0, 31))];
  const fd = openSync(file, "w");
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else writeSync(fd, chunk);
  });
  const entry = (name: string) => {
    // Level 1: a third of the time of level 6 for a slightly larger file; the CSV and Parquet are the bulk.
    const f = new Entry(name, mtime);
    zip.add(f);
    return f;
  };
  try {
    for (const [name, xml] of packageParts(names, meta)) {
      const e = entry(name);
      await e.write(xml);
      await e.end();
    }
    const readme = entry("xl/worksheets/sheet1.xml");
    await readme.write(sheetStart([28, 10, 90, 90, 40], false));
    for (const [i, line] of readmeLines(meta, sheets).entries()) await readme.write(textRowXml(i + 1, line));
    await readme.write(SHEET_END);
    await readme.end();
    for (const [n, { table, rows }] of inBook.entries()) {
      const sheet = entry(`xl/worksheets/sheet${n + 2}.xml`);
      await sheet.write(
        sheetStart(
          table.columns.map((c) => Math.min(60, Math.max(10, c.name.length + 2))),
          true,
        ),
      );
      await sheet.write(
        textRowXml(
          1,
          table.columns.map((c) => c.name),
          STYLE.bold,
        ),
      );
      for await (const batch of rows()) await sheet.write(batch);
      await sheet.write(SHEET_END);
      await sheet.end();
    }
    zip.end();
    if (failure) throw failure;
  } catch (err) {
    closeSync(fd);
    await rm(file, { force: true });
    throw err;
  }
  closeSync(fd);
}
