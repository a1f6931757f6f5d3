/**
 * A year-end report's key-figure table with a part of the year's columns beside the whole year's, as a
 * listed company's year-end report sets them:
 *
 *                         Okt–dec    Okt–dec    Jan–dec    Jan–dec
 *                            2025       2024       2025       2024
 *   Deltagare, nya             41         36        152        140
 *
 * or on one line ("Kv 4 2025   Kv 4 2024   Helår 2025   Helår 2024"). Read as it stands, the years
 * repeat and a reader either refuses the table or takes a quarter's figure for the year's. A quarter's
 * figures are never the year's: the part-year columns are blanked, header and cells, space for
 * character, and each whole-year column is headed by its year alone ("2025   2024"), right-aligned on
 * its column as the years of a several-year table are; a stacked header's period line is left blank.
 *
 * Only where every column of the header names its year and a period (a part of the year on a one-line
 * header titled in its first cell may stand without its year, "Jan–jun   Jul–dec   Helår 2025   Helår 2024", as it is blanked
 * anyway; every whole year names its year; a bare year is a whole year's column, "2025   Halvår 1 2025   2024"), at least one a part of the year
 * (a quarter "Kv 4", "Q4", "Fjärde kvartalet", a tertial, a half-year, months "Okt–dec", "Jul–dec")
 * and one the whole year ("Helår", "Helåret", "Hela året", "Jan–dec", "Januari–december"), a one-line
 * header's first cell a title over the labels ("Nyckeltal") kept as it stands, and every
 * row under it, to the first blank line, is a label and figures each under one column; two rows at least.
 * A whole-year column whose year is named twice leaves the table as written. Pure; line for line.
 */
import { runsOf, type Run } from "./hyphenatedHeaders.ts";

const MONTH = String.raw`(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}*\.?`;
/** The whole year: "Helår", "Helåret", "Hela året", "Jan–dec", "Januari–december", "1/1–31/12". */
const WHOLE_YEAR = new RegExp(
  String.raw`^(?:helår(?:et)?|hela året|jan(?:uari)?\.?\s*[–—-]\s*dec(?:ember)?\.?|1\/1\s*[–—-]\s*31\/12)$`,
  "iu",
);
/** A part of the year: "Kv 4", "Kv4", "Q4", "Kvartal 4", "Fjärde kvartalet", "Tertial 3", "Halvår 2", "H2", "Okt–dec". */
const PART_YEAR = new RegExp(
  String.raw`^(?:kv\.?\s?[1-4]|q[1-4]|kvartal\s?[1-4]|[1-4]:?(?:a|e)? kvartalet|(?:första|andra|tredje|fjärde) kvartalet|tertial\s?[1-3]|t[1-3]|halvår\s?[12]|h[12]|(?:första|andra) halvåret|${MONTH}\s*[–—-]\s*${MONTH})$`,
  "iu",
);
const YEAR = /^(?:19|20)\d\d$/;
const PERIOD_WITH_YEAR = /^(.*?\S)\s+((?:19|20)\d\d)$/u;
const CELL = /^(?:[+−–-]?\d{1,3}(?: \d{3})*(?:,\d+)?\s?%?|[–—-])$/u;
const MAX_ROWS = 60;

type Kind = "part" | "whole";
interface Column {
  from: number;
  to: number;
  year: string;
  kind: Kind;
}

function kindOf(period: string): Kind | undefined {
  const p = period.trim();
  if (WHOLE_YEAR.test(p)) return "whole";
  if (PART_YEAR.test(p) && !WHOLE_YEAR.test(p)) return "part";
  return undefined;
}

/** The header's columns at line `i` (one line, or a period line over a line of years), or undefined. */
function headerAt(
  lines: readonly string[],
  i: number,
): { columns: Column[]; rows: number; lines: number; title?: Run } | undefined {
  const all = runsOf(lines[i]!);
  // A title in the header's first cell, over the rows' labels ("Nyckeltal   Q4 2025   …"): no column.
  const titled = all.length > 2 && /^\p{L}[\p{L} ,]*$/u.test(all[0]!.text) && !kindOf(all[0]!.text) ? 1 : 0;
  const upper = all.slice(titled);
  if (upper.length < 2) return undefined;
  // One line: "Kv 4 2025   Kv 4 2024   Helår 2025   Helår 2024".
  // A part of the year without its year under a title ("RESULTATRÄKNING   Jan–jun   Jul–dec   Helår 2025
  // Helår 2024") is blanked all the same: a part of the year, no year needed, where a whole year names its
  // year. An untitled header of such parts is left to the readers that read it as it stands.
  const one = upper.map((r): [period: string, year: string] | undefined => {
    if (titled && kindOf(r.text) === "part") return [r.text, ""];
    // A bare year beside a part of the year ("Nyckeltal   2025   Halvår 1 2025   2024"): that whole year's column.
    if (YEAR.test(r.text)) return ["helår", r.text];
    const m = PERIOD_WITH_YEAR.exec(r.text);
    return m ? [m[1]!, m[2]!] : undefined;
  });
  if (one.every((m) => m) && one.some((m) => m![1] !== "")) {
    const columns = upper.map((r, k) => ({ from: r.from, to: r.to, year: one[k]![1], kind: kindOf(one[k]![0]) }));
    if (columns.some((c) => c.kind === "whole" && c.year === "")) return undefined;
    if (columns.every((c) => c.kind))
      return { columns: columns as Column[], rows: i + 1, lines: 1, title: all[titled - 1] };
    return undefined;
  }
  if (titled) return undefined;
  // Two lines: "Okt–dec   Okt–dec   Jan–dec   Jan–dec" over "2025   2024   2025   2024".
  if (i + 1 >= lines.length) return undefined;
  const lower = runsOf(lines[i + 1]!);
  if (lower.length !== upper.length || !lower.every((r) => YEAR.test(r.text))) return undefined;
  const columns: Column[] = [];
  for (let k = 0; k < upper.length; k++) {
    const [u, l] = [upper[k]!, lower[k]!];
    const kind = kindOf(u.text);
    // The period over its year: their spans overlap.
    if (!kind || u.to < l.from || l.to < u.from) return undefined;
    columns.push({ from: Math.min(u.from, l.from), to: Math.max(u.to, l.to), year: l.text, kind });
  }
  return { columns, rows: i + 2, lines: 2 };
}

/** The column a cell stands under: the one its span overlaps; undefined where none or two. */
function columnOf(cell: Run, columns: readonly Column[]): Column | undefined {
  const over = columns.filter((c) => cell.from <= c.to && c.from <= cell.to);
  return over.length === 1 ? over[0] : undefined;
}

/** The lines with each such table's part-year columns blanked and its whole-year columns headed by their years; undefined when none. */
export function partYearColumns(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!/\d/.test(lines[i]!) && !/\d/.test(lines[i + 1] ?? "")) continue;
    const header = headerAt(lines, i);
    if (!header) continue;
    const { columns } = header;
    const whole = columns.filter((c) => c.kind === "whole");
    if (!columns.some((c) => c.kind === "part") || whole.length === 0) continue;
    if (new Set(whole.map((c) => c.year)).size !== whole.length) continue;
    const set: [number, string][] = [];
    let r = header.rows;
    let ok = true;
    for (; r < Math.min(lines.length, header.rows + MAX_ROWS); r++) {
      const row = lines[r]!;
      if (row.trim() === "") break;
      const runs = runsOf(row);
      const label = runs[0]!;
      if (!/\p{L}/u.test(label.text) || label.to >= columns[0]!.from) {
        ok = false;
        break;
      }
      let text = row;
      for (const cell of runs.slice(1)) {
        const col = CELL.test(cell.text) ? columnOf(cell, columns) : undefined;
        if (!col) {
          ok = false;
          break;
        }
        if (col.kind === "part")
          text = text.slice(0, cell.from) + " ".repeat(cell.to - cell.from + 1) + text.slice(cell.to + 1);
      }
      if (!ok) break;
      set.push([r, text.trimEnd()]);
    }
    if (!ok || set.length < 2) continue;
    let years = header.title ? header.title.text.padStart(header.title.to + 1) : "";
    for (const c of whole) years = years.padEnd(Math.max(years.length + 2, c.to + 1 - c.year.length)) + c.year;
    if (header.lines === 2) set.push([i, ""], [i + 1, years]);
    else set.push([i, years]);
    out ??= [...lines];
    for (const [k, text] of set) out[k] = text;
    i = r;
  }
  return out;
}
