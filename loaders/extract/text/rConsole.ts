/**
 * An R Markdown report rendered to Markdown (knitr's "github_document" or "md_document"): fenced R
 * code ("``` r", "```{r}") and the console's output, each line prefixed "## " (indented four spaces
 * or in a fence of its own). Read as a report prints its tables, line for line:
 *
 * - the code chunks and the YAML front matter blanked (their numbers are arguments, file names and
 *   dates), the title kept as a line of text;
 * - a printed table (a tibble or a data frame) set out in columns two spaces apart at least: the row
 *   numbers or row names before the first column dropped, the tibble's dimension line ("# A tibble:
 *   3 × 6") and type row ("<dbl>  <chr>") blanked, each word placed in its column by the header's
 *   positions (a character column left-aligned, a number right-aligned), "NA" an empty cell, a
 *   decimal point a comma, the column names in words ("ar" the year, "man" beside "kvinnor" men);
 * - a table of one year's members and amounts ("ar  medlem  belopp"): the year and the amount's
 *   column set as a members' list's caption on the blanked dimension line;
 * - never read: a bare vector ("[1] 31.6", "[1] 6.95e+06": a figure with no label), summary()
 *   statistics, and a table comparing federations, counties or municipalities ("forbund", "lan").
 *
 * The prose between the chunks stays as written. The cheap test: an R chunk's fence or a knitr
 * output format among the first eighty lines. One line out per line in. Pure.
 */
import { alignTabCells } from "../../input/tabCells.ts";
import { keyWords, type XmlData } from "./structuredData.ts";
import { variableWords } from "./fixedRecords.ts";

/** A logical index before a comma ("df[df$kon == \"kvinna\", ]"): rows picked. */
const ROW_INDEX = /\[[^\]\n]*(?:==|!=|%in%|>|<)[^\]\n]*,\s*\]/;
/** A range of years kept whole ("ar >= 2024"): every row still shows its year. */
const YEAR_RANGE = /^\s*(?:ar|år|aar|year|artal)\s*(?:>=|<=|>|<)\s*(?:19|20)\d\d\s*$/i;
/** One year picked ("ar == 2025"): the report year's rows, where it is the report's year. */
const ONE_YEAR = /^\s*(?:ar|år|aar|year|artal)\s*==\s*((?:19|20)\d\d)\s*$/i;

/**
 * Whether code picks rows (dplyr's filter, base R's subset, a logical index) on anything but a range
 * of years whose rows still show their year, or the report year itself: the printout is then a part
 * the code alone names.
 */
function picksRows(code: string, reportYear?: number): boolean {
  if (ROW_INDEX.test(code)) return true;
  for (const m of code.matchAll(/\b(filter|subset)\s*\(([^()]*)\)/g)) {
    // subset(d, …) and a piped-in filter(d, …) name their data first: no condition.
    const parts = m[2]!.split(/&|,/);
    const conditions = parts.filter((p, i) => !(i === 0 && /^\s*[\w.]+\s*$/.test(p) && parts.length > 1));
    const keepsYear = (part: string) =>
      YEAR_RANGE.test(part) || (reportYear !== undefined && Number(ONE_YEAR.exec(part)?.[1]) === reportYear);
    if (conditions.some((part) => !keepsYear(part))) return true;
  }
  return false;
}

/** An R chunk's opening fence: "``` r", "```r", "```{r}", "```{r setup}". */
const R_FENCE = /^\s*```+\s*(?:\{r\b[^}]*\}|r)\s*$/i;
const FENCE = /^\s*```+\s*$/;
const KNITR_OUTPUT = /^\s*output:\s*(?:github_document|md_document|rmarkdown::)/;
/** A console line: "## …" indented four spaces (a code block), or at the margin inside a bare fence. */
const CONSOLE = /^( {4}|\t)## ?(.*)$/;
const FENCED_CONSOLE = /^()## ?(.*)$/;
const DIMENSION = /^# (?:A tibble|A data frame|Groups|ℹ|…|\.\.\.)/;
const TYPE_ROW = /^\s*(?:<[a-z]{2,5}>\s*)+$/;
const VECTOR = /^\s*\[\d+\]/;
const SUMMARY_HEADER = /^\s*Min\.\s+1st Qu\.\s+Median\s+Mean\s+3rd Qu\.\s+Max\.\s*$/;
/** Columns naming other bodies: a comparison, no one's own table. */
const COMPARISON_COLUMN = /^(?:forbund|förbund|samordningsforbund|lan|län|kommun|kommuner|region|riket)$/i;
const MEMBER_COLUMN = /^(?:medlem|medlemmar|huvudman|part)$/i;
const YEAR_COLUMN = /^(?:ar|år|year|period)$/i;
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** Whether the first lines say the text is rendered R Markdown. */
export function isKnitrOutput(lines: readonly string[]): boolean {
  for (let i = 0; i < lines.length && i < 80; i++) {
    const t = lines[i]!;
    if (t.includes("```") ? R_FENCE.test(t) : t.includes("output:") && KNITR_OUTPUT.test(t)) return true;
  }
  return false;
}

interface Token {
  text: string;
  from: number;
  to: number;
}
const tokens = (line: string): Token[] =>
  [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));

/** A column name in words, as a report's header says it. */
function columnWord(name: string, names: readonly string[]): string {
  if (YEAR_COLUMN.test(name)) return "År";
  if (name === "man" && names.includes("kvinnor")) return "Män";
  if (name === "n") return "Antal";
  const words = variableWords(keyWords(name.replace(/\./g, "_")));
  return words === "" ? name : words[0]!.toUpperCase() + words.slice(1);
}

const names0 = (header: readonly Token[]) => header.map((t) => t.text.toLowerCase());

/** A cell as a report writes it: "NA" empty, "0.5" → "0,5", "6.95e+06" none (left unread). */
function cellText(text: string): string | undefined {
  if (text === "NA" || text === "<NA>") return "";
  if (/e[+-]?\d+$/i.test(text) && NUMBER.test(text)) return undefined;
  if (/^-?\d+\.\d+$/.test(text)) return text.replace(".", ",");
  return text;
}

/**
 * A printed table (header, optional type row, rows) set out in columns: one line per input line, the
 * blanked ones empty; undefined where its rows do not fit the header.
 */
function tableLines(block: readonly string[]): string[] | undefined {
  const out = block.map(() => "");
  let h = block.findIndex((l) => l.trim() !== "" && !DIMENSION.test(l.trim()));
  if (h < 0) return undefined;
  const header = tokens(block[h]!);
  if (header.some((t) => !/^(?:[\p{L}_.][\p{L}\d_.]*|(?:19|20)\d\d)$/u.test(t.text))) return undefined;
  // A named vector ("inskrivna  nya  avslutade" over "124  63  58"): each name and its value a row of
  // a list, on the values' line; a vector of genders alone names no count and is left unread.
  const values = block.slice(h + 1).filter((l) => l.trim() !== "");
  if (values.length === 1) {
    const numbers = tokens(values[0]!);
    if (numbers.length !== header.length || !numbers.every((t, j) => NUMBER.test(t.text) && t.to === header[j]!.to))
      return undefined;
    if (header.every((t) => /^(?:kvinn\w*|m[aä]n|k|m|totalt|okänt|annat)$/i.test(t.text))) return out;
    const texts = numbers.map((t) => cellText(t.text));
    if (texts.some((t) => t === undefined || t === "")) return out;
    const list = header.map((t, j) => `${columnWord(t.text, names0(header))}\t${texts[j]!}`);
    out[block.indexOf(values[0]!)] = alignTabCells(list)
      .map((l) => l.trimEnd())
      .join("\n");
    return out;
  }
  let r = h + 1;
  let left: boolean[] = header.map(() => false);
  if (TYPE_ROW.test(block[r] ?? "")) {
    // A tibble: a character column is left-aligned, a number right-aligned.
    const types = tokens(block[r]!);
    if (types.length !== header.length) return undefined;
    left = types.map((t) => t.text === "<chr>" || t.text === "<fct>");
    r++;
  }
  const names = header.map((t) => t.text.toLowerCase());
  if (names.some((n) => COMPARISON_COLUMN.test(n))) return out;
  const firstColumn = header[0]!.from;
  const rows: { cells: string[]; at: number; label?: string }[] = [];
  for (let k = r; k < block.length; k++) {
    if (block[k]!.trim() === "" || DIMENSION.test(block[k]!.trim())) continue;
    const words = tokens(block[k]!);
    // The row number, or the row's name ("Inskrivna deltagare" in a matrix's print), before the first column.
    const lead = words.findIndex((w) => w.to > firstColumn);
    const before = lead < 0 ? words.length : lead;
    if (before === 0) return undefined;
    const name = words.slice(0, before).map((w) => w.text);
    const label = name.length === 1 && /^\d+$/.test(name[0]!) ? undefined : name.join(" ");
    const cells = header.map(() => [] as string[]);
    for (const w of words.slice(before)) {
      let j = header.findIndex((c) => w.from < c.to && w.to > c.from);
      if (j < 0) {
        // A word in the gap: a left-aligned column's run-on, else the right-aligned column it ends under.
        const before = header.reduce((best, c, i) => (c.from <= w.from && left[i] ? i : best), -1);
        j = before >= 0 ? before : header.findIndex((c) => c.to >= w.to);
      }
      if (j < 0) return undefined;
      const text = cellText(w.text);
      if (text === undefined) return undefined;
      if (text !== "") cells[j]!.push(text);
    }
    rows.push({ cells: cells.map((c) => c.join(" ")), at: k, label });
  }
  if (rows.length === 0) return undefined;
  // Rows named, not numbered (a matrix or a data frame with row names): the names a label column of
  // their own; a table mixing names and numbers is none a reader can place.
  const named = rows.filter((row) => row.label !== undefined).length;
  if (named > 0 && named < rows.length) return undefined;
  if (named > 0) {
    if (names.some((n) => MEMBER_COLUMN.test(n))) return out;
    const set = [
      { cells: ["", ...names.map((n) => columnWord(n, names))], at: h },
      ...rows.map((row) => ({ cells: [row.label!, ...row.cells], at: row.at })),
    ];
    const aligned = alignTabCells(set.map((x) => x.cells.join("\t")));
    set.forEach((x, i) => (out[x.at] = aligned[i]!.trimEnd()));
    return out;
  }
  let columns = names.map((_, j) => j);
  // One year's members and amounts: the year and the amount's column a members' list's caption.
  const member = names.findIndex((n) => MEMBER_COLUMN.test(n));
  const year = names.findIndex((n) => YEAR_COLUMN.test(n));
  if (member >= 0) {
    const years = new Set(rows.map((row) => (year >= 0 ? row.cells[year] : "")));
    const amount = names.findIndex((n) => /^(?:belopp|avgift|medlemsbidrag|medlemsavgift|bidrag)$/.test(n));
    if (year < 0 || years.size !== 1 || amount < 0) return out;
    const caption = block.findIndex((l) => DIMENSION.test(l.trim()));
    if (caption < 0 || caption >= h) return out;
    out[caption] = `Medlemsbidrag ${[...years][0]!} (kr)`;
    columns = [member, amount];
    h = -1;
  }
  // Years as rows ("ar  inskrivna  kvinnor …", one row a year): set out with the years as columns, as a
  // report's table is, on the newest year's line (each row of it cites that line).
  if (year === 0 && member < 0 && rows.length >= 2) {
    const years = rows.map((row) => row.cells[0]!);
    const numeric = rows.every((row) => row.cells.slice(1).every((c) => c === "" || /^-?\d+(?:,\d+)?$/.test(c)));
    if (new Set(years).size === years.length && years.every((y) => /^(?:19|20)\d\d$/.test(y)) && numeric) {
      const turned = [
        ["", ...years],
        ...names.slice(1).map((n, j) => [columnWord(n, names), ...rows.map((row) => row.cells[j + 1]!)]),
      ];
      for (const row of rows) out[row.at] = "";
      out[rows[rows.length - 1]!.at] = alignTabCells(turned.map((c) => c.join("\t")))
        .map((l) => l.trimEnd())
        .join("\n");
      return out;
    }
  }
  // A count of the exits by destination ("avslut_mot  n"): captioned as the exits' table it is.
  const exits = /^(?:avslut|avslutade|avslutad)(?:_(?:mot|till|orsak|orsaker))?$|^avslutsorsak|^gick_till$/.test(
    names[0]!,
  );
  const dimension = block.findIndex((l) => DIMENSION.test(l.trim()));
  const caption = exits ? "Avslutade deltagare efter avslutsorsak" : undefined;
  if (caption && dimension >= 0 && dimension < h) out[dimension] = caption;
  const set = [
    ...(h >= 0 ? [{ cells: columns.map((j) => (j === member ? "" : columnWord(names[j]!, names))), at: h }] : []),
    ...rows.map((row) => ({ cells: columns.map((j) => row.cells[j]!), at: row.at })),
  ];
  const aligned = alignTabCells(set.map((s) => s.cells.join("\t")));
  set.forEach((s, i) => (out[s.at] = aligned[i]!.trimEnd()));
  if (caption && !(dimension >= 0 && dimension < h) && h >= 0) out[h] = `${caption}\n${out[h]}`;
  return out;
}

/** One console block's lines as read: tables set out, vectors and statistics blanked. */
function consoleLines(block: readonly string[]): string[] {
  const out = block.map(() => "");
  let run: number[] = [];
  // Each printout is a run between blank lines, vectors and statistics.
  const flush = () => {
    const set = run.length >= 2 ? tableLines(run.map((k) => block[k]!)) : undefined;
    if (set) set.forEach((l, i) => (out[run[i]!] = l));
    run = [];
  };
  for (let k = 0; k < block.length; k++) {
    const line = block[k]!;
    if (line.trim() === "" || VECTOR.test(line)) flush();
    else if (SUMMARY_HEADER.test(line)) {
      flush();
      // The statistics' values on the next line go with it.
      k++;
    } else run.push(k);
  }
  flush();
  return out;
}

/** A rendered R Markdown document read as its tables and prose; undefined where the text is none. */
export function rConsole(lines: readonly string[], reportYear?: number): XmlData | undefined {
  if (!isKnitrOutput(lines)) return undefined;
  const out = [...lines];
  const blocks = new Map<number, { text: string; from: number }[]>();
  let changed = false;
  // The front matter: its title kept as text, the rest blanked.
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
    for (let i = 0; i <= end; i++) {
      const title = /^title:\s*["']?(.*?)["']?\s*$/.exec(lines[i]!);
      out[i] = title ? title[1]! : "";
    }
    changed = end > 0;
  }
  let filtered = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (R_FENCE.test(line)) {
      // A code chunk: blank to its closing fence.
      let k = i;
      do out[k++] = "";
      while (k < lines.length && !FENCE.test(lines[k]!));
      if (k < lines.length) out[k] = "";
      // A chunk that picks rows ("filter(ar == 2024)", "subset(…)", "df[df$kon == …, ]") prints a part
      // of the data the code alone names: its printout is no whole federation's year, and is not read.
      filtered = picksRows(lines.slice(i + 1, k).join("\n"), reportYear);
      i = k;
      changed = true;
      continue;
    }
    // A bare fence holding console lines: its lines are the console's, the fences blank.
    const fenced = FENCE.test(line) && FENCED_CONSOLE.test(lines[i + 1] ?? "");
    if (fenced) {
      out[i] = "";
      i++;
    } else if (!CONSOLE.test(line)) continue;
    const pattern = fenced ? FENCED_CONSOLE : CONSOLE;
    const start = i;
    let k = i;
    const block: string[] = [];
    for (; k < lines.length; k++) {
      const m = pattern.exec(lines[k]!);
      if (!m) break;
      block.push(m[2]!);
    }
    if (fenced && k < lines.length && FENCE.test(lines[k]!)) out[k] = "";
    if (filtered) {
      for (let j = start; j < k; j++) out[j] = "";
      changed = true;
      i = k - 1;
      continue;
    }
    consoleLines(block).forEach((l, j) => {
      out[start + j] = l.includes("\n") ? "" : l;
      // A table set out on more lines than it had: a block in its place, every line citing this one.
      if (l.includes("\n"))
        blocks.set(
          start + j,
          l.split("\n").map((text) => ({ text, from: start + j })),
        );
    });
    changed = true;
    i = k - 1;
  }
  return changed ? { lines: out, blocks } : undefined;
}
