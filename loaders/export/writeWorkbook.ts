/**
 * The tables as one .xlsx workbook for Swedish Excel users: a README sheet, then a sheet per
 * table. xlsx opens without an import dialog, whatever the locale's list separator or decimal
 * comma. Text is written as text (a cell starting with = + - @ is never a formula), numbers as
 * numbers, dates as dates.
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { TableDef } from "../schema/tables.ts";

export type Cell = string | number | boolean | null;

export interface SheetData {
  table: TableDef;
  rows: Cell[][];
}

/** One README line per row: what the workbook is and how to read it. */
export function readmeLines(
  meta: { version: string; created: string; license: string },
  sheets: SheetData[],
): string[][] {
  return [
    ["finsam-compare: öppna data om samordningsförbund (Finsam)"],
    [`Version ${meta.version}, skapad ${meta.created}. Licens ${meta.license}.`],
    [
      "Belopp är hela kronor; procent lagras som procent (57,2); ett tomt fält betyder att uppgiften saknas, aldrig noll.",
    ],
    ["Varje uppgift har document_id och source_line: dokumentet och raden i dess utlästa text (bladet document_line)."],
    ["Kolumnerna beskrivs i codebook.md och datapackage.json."],
    [],
    ["Blad", "Rader", "Innehåll", "Description (codebook)"],
    ...sheets.map((s) => [s.table.name, String(s.rows.length), s.table.summarySv, s.table.description]),
  ];
}

export async function writeWorkbook(
  file: string,
  sheets: SheetData[],
  meta: { version: string; created: string; license: string },
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata, so the workbook does not carry the time of writing.
  workbook.creator = "finsam-compare";
  workbook.created = new Date(meta.created);
  workbook.modified = new Date(meta.created);
  const readme = workbook.addWorksheet("README");
  for (const line of readmeLines(meta, sheets)) readme.addRow(line);
  readme.getColumn(1).width = 28;
  readme.getColumn(3).width = 90;
  readme.getColumn(4).width = 90;
  for (const { table, rows } of sheets) {
    // Excel limits sheet names to 31 characters.
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.columns.map((c) => c.name)).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    for (const row of rows) {
      const added = sheet.addRow(row.map((v, i) => toCellValue(v, table.columns[i]!.type)));
      table.columns.forEach((c, i) => {
        if (c.type === "DATE" && row[i] !== null) added.getCell(i + 1).numFmt = "yyyy-mm-dd";
      });
    }
    table.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, c.name.length + 2))));
  }
  await writeFile(file, await withFixedDates(Buffer.from(await workbook.xlsx.writeBuffer()), new Date(meta.created)));
}

/** exceljs stamps every zip entry with the time of writing; restamp them so the same data gives the same bytes. */
async function withFixedDates(xlsx: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (!entry.dir) out.file(name, await entry.async("uint8array"), { date, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** A string is always a plain string value (exceljs writes formulas only from {formula}). */
function toCellValue(v: Cell, type: string): ExcelJS.CellValue {
  if (v === null) return null;
  if (type === "DATE") {
    const [y, m, d] = String(v).split("-").map(Number);
    return new Date(Date.UTC(y!, m! - 1, d!));
  }
  if (type === "INTEGER" || type === "BIGINT" || type === "DOUBLE") return Number(v);
  if (type === "BOOLEAN") return Boolean(v);
  return String(v);
}
