/**
 * Tables whose columns are years, each split by gender: a line of years over the gender header
 * ("----- 2024 -----    ----- 2023 -----" over "Deltagare   K   M   K   M"), or cells naming both
 * ("2024 K | 2024 M | 2023 K | 2023 M"), the rows measures
 * ("Inskrivna under året  88  71  79  74") or destinations ("Arbete  12  11  10  9"). Each
 * gender column belongs to the year written over it (by position); a year after the report's is
 * a plan and is not read. A destination's count is the sum of its genders, stored only where
 * the row gives both, and only where the destinations of a year add up to that year's exits
 * (read in the same layout, or the table's Summa row). Pure.
 */
import type { Gender, Measure } from "../../reference/codes.ts";
import { bestConcept } from "../../reference/concepts.ts";
import { TOTAL_LABEL } from "../../reference/rowLabels.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { clean, type DocumentText } from "../documentText.ts";
import { exitRowCategory, OTHER_EXIT_ROW } from "./exitRowLabel.ts";
import { gridLines, placedCells } from "./layoutGrid.ts";
import { ownerOf, type Scope } from "./sectionScope.ts";
import { unreadNumber } from "../findings.ts";

const PT = "general:participant_table";
/** A line of two or more years and nothing else but rules around them. */
const YEAR_GROUP_LINE = /^[\s\-–—=_|*:]*(?:(?:19|20)\d\d[\s\-–—=_|*:]+){1,}(?:19|20)\d\d[\s\-–—=_|*:]*$/;
const YEAR = /(?:19|20)\d\d/g;
/** The same led by the label column's title in words: "Deltagare   2025   2024". */
const TITLED_YEAR_GROUP_LINE = /^\s*\p{L}[\p{L} ()-]*?\s{2,}(?:(?:19|20)\d\d\s{2,}){1,}(?:19|20)\d\d\s*$/u;
/** A count cell: a whole number, or a dash for one not reported. */
const COUNT_CELL = /^(\d{1,4}|[–—-])$/;

interface GroupColumn {
  year: number;
  gender: Gender;
}

/** A gender or total word of a header cell ("K", "Män", "Tot"), through the lexicon. */
function genderOfCell(cell: string): Gender | undefined {
  const c = bestConcept(cell, ["gender"]);
  return c && c.score === 1 ? (c.concept.code as Gender) : undefined;
}

/**
 * The columns under a line of years: every header cell after the label column's title is a
 * gender, placed under the year nearest to it; each year has the same genders, once each, and
 * its columns stand together. Undefined when the header is anything else.
 */
function groupColumns(yearLine: string, header: string): GroupColumn[] | undefined {
  const years = [...yearLine.matchAll(YEAR)].map((m) => ({ year: Number(m[0]), centre: m.index! + 2, from: m.index! }));
  if (new Set(years.map((y) => y.year)).size !== years.length) return undefined;
  const cells = placedCells(header).map((c) => ({ text: c.text, centre: (c.from + c.to) / 2, from: c.from, to: c.to }));
  // The label column's title ("Deltagare", "Avslut till") stands first, left of every year.
  const body = cells.length > 0 && genderOfCell(cells[0]!.text) === undefined ? cells.slice(1) : cells;
  if (body.length < 2 * years.length) return undefined;
  const columns: GroupColumn[] = [];
  for (const cell of body) {
    const gender = genderOfCell(cell.text);
    if (!gender) return undefined;
    const nearest = years.reduce((a, b) =>
      Math.abs(b.centre - cell.centre) < Math.abs(a.centre - cell.centre) ? b : a,
    );
    columns.push({ year: nearest.year, gender });
  }
  return (
    grouped(
      columns,
      years.map((y) => y.year),
    ) ?? evenGroups(years, body)
  );
}

/** A Markdown table row's cells, the outer pipes taken away; undefined for a line that is none. */
function pipeCells(line: string): string[] | undefined {
  const t = line.trim();
  if (!t.startsWith("|") || !t.endsWith("|") || t.length < 3) return undefined;
  return t
    .slice(1, -1)
    .split("|")
    .map((c) => c.trim());
}

/**
 * A Markdown table's two header rows, a year in the first cell of each group and the merged cells
 * after it empty ("| | 2024 | | | 2023 | | |" over "| | K | M | Tot | K | M | Tot |"): each gender
 * column is the year's written at or before it, cell by cell. Undefined unless both rows are pipe
 * rows of as many cells, the label cell empty above, every other cell of the upper row a year or
 * empty, and each group's genders whole.
 */
function pipeGroupColumns(yearRow: string, genderRow: string): GroupColumn[] | undefined {
  const upper = pipeCells(yearRow);
  const lower = pipeCells(genderRow);
  if (!upper || !lower || upper.length !== lower.length || upper.length < 5 || upper[0] !== "") return undefined;
  const columns: GroupColumn[] = [];
  let year: number | undefined;
  for (let i = 1; i < upper.length; i++) {
    if (upper[i] !== "") {
      if (!/^(?:19|20)\d\d$/.test(upper[i]!)) return undefined;
      year = Number(upper[i]);
    }
    const gender = genderOfCell(lower[i]!);
    if (year === undefined || !gender) return undefined;
    columns.push({ year, gender });
  }
  const years = [...new Set(columns.map((c) => c.year))];
  return years.length >= 2 ? grouped(columns, years) : undefined;
}

/** A rule under or between a table's header rows: "|---|---:|", "-----". */
const RULE_ROW = /^[\s|:=+_–—-]+$/;

/** How far (in characters) a year may stand outside its group's span. */
const GROUP_SLACK = 3;

/**
 * The columns split into as many groups as there are years, in order, the same count each, where
 * each year stands over its own group's span (at its left, its middle or its right end, as a layout
 * may set it: "2024" over "K" or over "Tot") and over no other group's; undefined otherwise.
 */
function evenGroups(
  years: readonly { year: number; from: number }[],
  body: readonly { text: string; from: number; to: number }[],
): GroupColumn[] | undefined {
  if (body.length % years.length !== 0) return undefined;
  const per = body.length / years.length;
  const spans = years.map((_, k) => ({ from: body[k * per]!.from, to: body[(k + 1) * per - 1]!.to }));
  const over = (y: { from: number }, span: { from: number; to: number }) =>
    y.from + 4 > span.from - GROUP_SLACK && y.from < span.to + GROUP_SLACK;
  if (!years.every((y, k) => spans.every((span, m) => over(y, span) === (m === k)))) return undefined;
  const columns = body.map((cell, i) => ({ year: years[Math.floor(i / per)]!.year, gender: genderOfCell(cell.text)! }));
  return grouped(
    columns,
    years.map((y) => y.year),
  );
}

/** "2024 K", "K 2024", "Kvinnor 2024": a header cell naming its year and gender together. */
const YEAR_AND_GENDER = /^(?:((?:19|20)\d\d)\s+(\p{L}+)|(\p{L}+)\s+((?:19|20)\d\d))$/u;

/** The columns of one header line whose cells each name a year and a gender ("Deltagare  2024 K  2024 M  2023 K  2023 M"). */
function cellColumns(header: string): GroupColumn[] | undefined {
  const cells = header.trim().split(/ {2,}|\t+/);
  const body = cells.length > 0 && !YEAR_AND_GENDER.test(cells[0]!) ? cells.slice(1) : cells;
  const columns: GroupColumn[] = [];
  for (const cell of body) {
    const m = YEAR_AND_GENDER.exec(cell.trim());
    const gender = m ? genderOfCell(m[2] ?? m[3]!) : undefined;
    if (!m || !gender) return undefined;
    columns.push({ year: Number(m[1] ?? m[4]), gender });
  }
  const years = [...new Set(columns.map((c) => c.year))];
  return years.length >= 2 ? grouped(columns, years) : undefined;
}

/** Columns whose years each have the same genders, once each, standing together; undefined otherwise. */
function grouped(columns: GroupColumn[], years: readonly number[]): GroupColumn[] | undefined {
  if (columns.length < 2 * years.length) return undefined;
  const signature = (y: number) =>
    columns
      .filter((c) => c.year === y)
      .map((c) => c.gender)
      .join(",");
  const first = signature(years[0]!);
  if (new Set(first.split(",")).size !== first.split(",").length) return undefined;
  if (years.some((y) => signature(y) !== first)) return undefined;
  // Each year's columns stand together, in the years' order.
  const order = columns.map((c) => c.year).filter((y, i, all) => i === 0 || all[i - 1] !== y);
  if (order.length !== years.length) return undefined;
  return columns;
}

interface GroupRow {
  label: string;
  cells: (number | null)[];
  line: number;
}

/** A row's label and its count cells by position of the wide gaps; null unless it has exactly `count`. */
function readGroupRow(raw: string, count: number): { label: string; cells: (number | null)[] } | null {
  const parts = clean(raw) === "" ? [] : raw.trim().split(/ {2,}|\t+/);
  if (parts.length !== count + 1 || !/\p{L}/u.test(parts[0]!)) return null;
  const cells = parts.slice(1);
  if (!cells.every((c) => COUNT_CELL.test(c.trim()))) return null;
  return { label: parts[0]!.trim(), cells: cells.map((c) => (/\d/.test(c) ? Number(c) : null)) };
}

const measureOfLabel = (label: string): Measure | undefined => {
  const c = bestConcept(label, ["participants"]);
  return c ? (c.concept.code as Measure) : undefined;
};

/** A destination row's category ("Arbete", "Arbete/studier", "Annat" under an exit header). */
const categoryOf = (label: string): string | undefined => {
  const code = exitRowCategory(label) ?? exitRowCategory(label.replace(/\s*\/\s*/g, " / "));
  if (code && code !== "unknown") return code;
  return OTHER_EXIT_ROW.test(label) ? "other_exit" : undefined;
};

export function parseYearGroupTables(
  doc: DocumentText,
  scopes: readonly Scope[],
): { facts: FactInput[]; findings: FindingInput[] } {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const grid = gridLines(doc);
  /** The year's exits read from a measure row, by owner and year: an exit table's rows must add up to them. */
  const exitsRead = new Map<string, number>();
  const unread = (line: number, message: string) =>
    findings.push(unreadNumber({ subject: PT, line, value: doc.at(line), message }));
  for (let n = 1; n < doc.lineCount; n++) {
    const line = grid[n - 1] ?? "";
    if (!/(19|20)\d\d/.test(line)) continue;
    // Years on a line of their own over the genders, or each cell naming both.
    // A Markdown table's rule may stand between its two header rows ("| | 2024 | | |" / "|---|…" / "| | K | M |").
    const ruled = RULE_ROW.test(grid[n] ?? "") && /\|/.test(doc.at(n)) ? 1 : 0;
    // The label column's title may lead the years' line ("Deltagare        2025        2024") where
    // the genders' line under it leaves the label column empty.
    const overGenders =
      YEAR_GROUP_LINE.test(line) || (TITLED_YEAR_GROUP_LINE.test(line) && /^\s{4,}\S/.test(grid[n + ruled] ?? ""))
        ? (pipeGroupColumns(doc.at(n), doc.at(n + 1 + ruled)) ?? groupColumns(line, grid[n + ruled] ?? ""))
        : undefined;
    const columns = overGenders ?? cellColumns(line);
    if (!columns) continue;
    const rows: GroupRow[] = [];
    let r = overGenders ? n + 2 + ruled : n + 1;
    // A rule under the header ("|---|---:|", "-----") is no row.
    if (/^[\s|:=+_–—-]+$/.test(doc.at(r))) r++;
    for (; r <= doc.lineCount; r++) {
      const row = readGroupRow(grid[r - 1] ?? "", columns.length);
      if (!row) break;
      rows.push({ ...row, line: r });
    }
    if (rows.length === 0) continue;
    const owner = ownerOf(doc, scopes[n - 1]!, n, r - 1);
    if (owner === "unclear") {
      unread(n, "table with years over gender columns: whose figures these are is unclear; not stored");
      continue;
    }
    const key = (year: number) => `${owner ?? ""}|${year}`;
    const years = [...new Set(columns.map((c) => c.year))].filter((y) => y <= doc.periodYear);
    const body = rows.filter((x) => !TOTAL_LABEL.test(x.label));
    if (body.every((x) => measureOfLabel(x.label) !== undefined && categoryOf(x.label) === undefined)) {
      for (const x of body) {
        const measure = measureOfLabel(x.label)!;
        x.cells.forEach((value, i) => {
          const c = columns[i]!;
          if (value === null || c.year > doc.periodYear) return;
          facts.push({
            table: "participant_count",
            intervention: owner,
            year: c.year,
            measure,
            gender: c.gender,
            value,
            line: x.line,
            text: doc.at(x.line),
            section: PT,
            approximate: false,
          });
        });
        if (measure === "exited")
          for (const y of years) {
            const both = bothGenders(x.cells, columns, y);
            if (both !== undefined) exitsRead.set(key(y), both);
          }
      }
      continue;
    }
    if (!body.every((x) => categoryOf(x.label) !== undefined)) {
      unread(n, "table with years over gender columns: its rows are neither measures nor destinations; not stored");
      continue;
    }
    const totalRow = rows.find((x) => TOTAL_LABEL.test(x.label));
    for (const y of years) {
      const sums = body.map((x) => ({ x, value: bothGenders(x.cells, columns, y) }));
      if (sums.some((s) => s.value === undefined)) {
        unread(n, `destinations of ${y}: a row lacks one gender's count, so its sum is not written; not stored`);
        continue;
      }
      const added = sums.reduce((a, s) => a + s.value!, 0);
      const whole = exitsRead.get(key(y)) ?? (totalRow ? bothGenders(totalRow.cells, columns, y) : undefined);
      if (whole !== added) {
        unread(
          n,
          `destinations of ${y} add up to ${added}, not to the year's exits (${whole ?? "not read"}); not stored`,
        );
        continue;
      }
      for (const s of sums)
        facts.push({
          table: "participant_breakdown",
          intervention: owner,
          year: y,
          population: "exited",
          dimension: "exit_outcome",
          category: categoryOf(s.x.label)!,
          value: s.value!,
          source_label: s.x.label,
          line: s.x.line,
          text: doc.at(s.x.line),
          section: PT,
          approximate: false,
        });
    }
  }
  return { facts, findings };
}

/** A row's count for one year: its total column, else its women and men added; undefined unless written. */
function bothGenders(
  cells: readonly (number | null)[],
  columns: readonly GroupColumn[],
  year: number,
): number | undefined {
  const at = (g: Gender) => columns.findIndex((c) => c.year === year && c.gender === g);
  const all = at("all");
  if (all >= 0) return cells[all] ?? undefined;
  const [w, m] = [at("woman"), at("man")];
  if (w < 0 || m < 0 || cells[w] === null || cells[m] === null) return undefined;
  return cells[w]! + cells[m]!;
}
