/**
 * A sheet's data rows as SpreadsheetML `<row>` elements, built by DuckDB in one query: per-cell
 * work in JavaScript (converting each value, escaping, formatting) was most of the workbook's
 * time. The rows come as UTF-8 bytes that go straight into the zip entry.
 *
 * Cells as writeWorkbook.ts writes the header and README rows: text as inline strings (escaped
 * for XML; characters XML 1.0 cannot hold as OOXML's _xHHHH_), numbers as numbers written as
 * JavaScript writes a number (BIGINT through DOUBLE, as Excel holds it), dates as Excel date
 * serials with the date style, booleans as booleans; NULL, NaN and ±Infinity leave the cell out.
 * test/unit/sheetXml.test.ts holds the SQL to JavaScript's rules.
 */
import type { DuckDBBlobValue, DuckDBConnection } from "@duckdb/node-api";
import type { TableDef } from "../schema/tables.ts";

/** The cell style index of dates (writeWorkbook.ts's styles.xml). */
export const DATE_STYLE = 2;

/** Column letters: A … Z, AA, AB, … */
export function columnName(i: number): string {
  let n = i + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");
/** Characters XML 1.0 cannot hold: the C0 controls but tab, LF and CR; U+FFFE and U+FFFF. */
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
  0xfffe,
  0xffff,
];
const FORBIDDEN_CLASS = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x{FFFE}\\x{FFFF}]";

/** XML text of a VARCHAR expression, as writeWorkbook.ts's xmlText escapes it. */
export function xmlTextSql(value: string): string {
  let text = `regexp_replace(${value}, '_(x[0-9A-Fa-f]{4}_)', '_x005F_\\1', 'g')`;
  for (const [c, entity] of [
    ["&", "&amp;"],
    ["<", "&lt;"],
    [">", "&gt;"],
    ['"', "&quot;"],
  ])
    text = `replace(${text}, '${c}', '${entity}')`;
  // Rare: only a value that holds such a character goes through the 31 replacements.
  let controls = text;
  for (const c of FORBIDDEN) controls = `replace(${controls}, chr(${c}), '_x${hex4(c)}_')`;
  return `CASE WHEN regexp_matches(${value}, '${FORBIDDEN_CLASS}') THEN ${controls} ELSE ${text} END`;
}

/**
 * A finite, non-NULL DOUBLE's text as JavaScript's String(number) writes it, from DuckDB's own
 * shortest round-trip text (`s`, the same digits): DuckDB ends an integral value with ".0" and
 * writes exponents outside 1e-4 … 1e16 (two-digit, zero-padded); JavaScript writes plain
 * decimals from 1e-7 to 1e21, its exponents unpadded, and -0 as 0.
 */
export function jsNumberSql(s: string): string {
  const exponent = `CAST(regexp_extract(${s}, 'e([+-][0-9]+)$', 1) AS INTEGER)`;
  const sign = `CASE WHEN starts_with(${s}, '-') THEN '-' ELSE '' END`;
  const digits = `replace(regexp_extract(${s}, '^-?([0-9.]+)e', 1), '.', '')`;
  return `CASE
    WHEN ${s} IN ('0.0', '-0.0') THEN '0'
    WHEN NOT contains(${s}, 'e') THEN CASE WHEN ends_with(${s}, '.0') THEN left(${s}, length(${s}) - 2) ELSE ${s} END
    WHEN ${exponent} >= 21 OR ${exponent} <= -7 THEN regexp_replace(${s}, 'e([+-])0*', 'e\\1')
    WHEN ${exponent} > 0 THEN ${sign} || rpad(${digits}, ${exponent} + 1, '0')
    ELSE ${sign} || '0.' || repeat('0', -${exponent} - 1) || ${digits} END`;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * SQL giving one BLOB per row of `source` (a relation whose rows are in sheet order and which
 * has the table's columns and `__row`, the sheet row number): the row's `<row>` element.
 */
export function rowXmlSql(table: TableDef, source: string): string {
  // Inner query: each value once as the text the cell holds; outer: the cells around them.
  const values = table.columns.map((c, i) => {
    const col = quoteIdent(c.name);
    const v = `v${i}`;
    if (c.type === "DATE") return `CAST((${col} - DATE '1970-01-01') + 25569 AS VARCHAR) AS ${v}`;
    if (c.type === "BOOLEAN") return `CASE WHEN ${col} THEN '1' WHEN NOT ${col} THEN '0' END AS ${v}`;
    // An integer's own digits are what JavaScript writes, up to 2^53 (where a DOUBLE stops being exact).
    if (c.type === "INTEGER") return `CAST(${col} AS VARCHAR) AS ${v}`;
    if (c.type === "BIGINT")
      return `CASE WHEN ${col} BETWEEN -${2 ** 53} AND ${2 ** 53} THEN CAST(${col} AS VARCHAR) ELSE CAST(${col}::DOUBLE AS VARCHAR) END AS ${v}`;
    if (c.type === "DOUBLE") return `CASE WHEN isfinite(${col}) THEN CAST(${col} AS VARCHAR) END AS ${v}`;
    return `CAST(${col} AS VARCHAR) AS ${v}`;
  });
  const cells = table.columns.map((c, i) => {
    const ref = `'<c r="${columnName(i)}' || __row || '"`;
    const v = `v${i}`;
    if (c.type === "DATE") return `${ref} s="${DATE_STYLE}"><v>' || ${v} || '</v></c>'`;
    if (c.type === "BOOLEAN") return `${ref} t="b"><v>' || ${v} || '</v></c>'`;
    if (c.type === "INTEGER") return `${ref}><v>' || ${v} || '</v></c>'`;
    // Past 2^53 a BIGINT is written as its DOUBLE, whose text has a point or an exponent.
    if (c.type === "BIGINT")
      return `${ref}><v>' || (CASE WHEN contains(${v}, '.') OR contains(${v}, 'e') THEN ${jsNumberSql(v)} ELSE ${v} END) || '</v></c>'`;
    if (c.type === "DOUBLE") return `${ref}><v>' || (${jsNumberSql(v)}) || '</v></c>'`;
    return `${ref} t="inlineStr"><is><t xml:space="preserve">' || (${xmlTextSql(v)}) || '</t></is></c>'`;
  });
  // A NULL value makes its cell NULL, and concat() skips NULL: the cell is left out.
  return `SELECT encode(concat('<row r="', __row, '">', ${cells.join(", ")}, '</row>')) AS xml
    FROM (SELECT __row, ${values.join(", ")} FROM ${source})`;
}

/** A sheet's data rows, in DuckDB's chunks (never the whole table at once), as UTF-8 XML. */
export async function* sheetRowXml(
  conn: DuckDBConnection,
  table: TableDef,
  source: string,
): AsyncIterable<Uint8Array[]> {
  const result = await conn.stream(rowXmlSql(table, source));
  for await (const rows of result.yieldRows()) yield rows.map(([xml]) => (xml as DuckDBBlobValue).bytes);
}
