/**
 * Swedish numbers as they come out of PDF text: space (or no-break space) thousands
 * separators, decimal commas, hyphen or real minus signs, "%", and amounts with units
 * ("tkr", "mnkr", "miljoner kronor"). Pure functions, no I/O.
 */
import { AMOUNT_UNIT_WORD, amountUnit, FOREIGN_CURRENCY, UNIT_FACTOR } from "../reference/units.ts";
import { rememberByText, rememberByTextAnd } from "./textMemo.ts";
import { mayHold } from "./text/wholeText.ts";

const MINUS = /[\u2212\u2013]/g; // real minus and en dash used as minus
/** Spaces other than U+0020 written between a number's digit groups: no-break, narrow no-break, thin. */
export const NUMBER_SPACES = /[\u00a0\u202f\u2009]/g;
const SPACES = NUMBER_SPACES;

/**
 * How a figure standing alone (a table's cell, a sum's term, an amount beside its label) may be written,
 * beyond a sign of minus ("-", "–", "−") and digits grouped by single spaces ("16 189 674").
 */
export interface FigureShape {
  /** A plus sign too: "+96". */
  plus?: boolean;
  /** A decimal comma and its digits: "35,7". */
  decimals?: boolean;
  /** A per cent sign after it, one space at most between: "37 %", "37%". */
  percent?: boolean;
}

/**
 * The pattern's source of one figure of `shape`, to build a reader's pattern around ("16 189 674",
 * "-1 318 124", with `plus` "+96", with `decimals` "35,7", with `percent` "37 %"). One home for the
 * shape every reader of bare figures writes.
 */
export function figureSource(shape: FigureShape = {}): string {
  const sign = shape.plus ? "[-–−+]?" : "[-–−]?";
  const decimals = shape.decimals ? String.raw`(?:,\d+)?` : "";
  const percent = shape.percent ? String.raw`(?:\s?%)?` : "";
  return String.raw`${sign}\d{1,3}(?: \d{3})*${decimals}${percent}`;
}

/** A text that is one figure of `shape` and nothing else: a cell holding a figure alone. */
export function figureAlone(shape: FigureShape = {}): RegExp {
  return new RegExp(`^${figureSource(shape)}$`, "u");
}

/** "16 189 674" → 16189674, "-1 318 124" → -1318124, "2,875" → 2.875, "98,3 %" → 98.3. */
export function parseSwedishNumber(text: string): number | null {
  const t = text.replace(SPACES, " ").replace(MINUS, "-").replace(/%$/, "").trim();
  if (!/^-?\s?\d{1,3}( \d{3})*(,\d+)?$/.test(t) && !/^-?\d+(,\d+)?$/.test(t)) return null;
  const n = Number(t.replace(/ /g, "").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

export interface NumberRun {
  values: number[];
  /** More than one way to group the digits into `values.length` numbers existed. */
  ambiguous: boolean;
  /** Tokens that were not numbers but looked like damaged ones ("1c"); their digits were kept. */
  damaged: string[];
}

const LEADER = /^-?[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;
const GROUP_DECIMAL = /^\d{3},\d+%?$/;
const SINGLE = /^-?\d+(,\d+)?%?$/;
/** A cell left empty with a dash ("1 308 — -329"): read as NaN, never as a number. */
const EMPTY_CELL = /^[-–—]$/;

function tokenValue(tokens: readonly string[]): number {
  return Number(tokens.join("").replace(/%$/, "").replace(",", "."));
}

/**
 * Every way to read `tokens` as a sequence of numbers, where a number is either one token
 * or a 1–3 digit leader followed by exact three-digit groups (the last may carry decimals).
 * With `count`, only readings with that many numbers; longer groupings are tried first.
 */
function partitions(
  tokens: readonly string[],
  count?: number,
  breaks: ReadonlySet<number> = new Set(),
  limit = 256,
  emptyCells = false,
): number[][] {
  const out: number[][] = [];
  // A token that cannot continue a number (not exactly three digits) must start one.
  const forcedFrom: number[] = new Array(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--)
    forcedFrom[i] = forcedFrom[i + 1]! + (GROUP.test(tokens[i]!) || GROUP_DECIMAL.test(tokens[i]!) ? 0 : 1);
  // The number tokens i..j make is the same on every path through them: read it once.
  const ctx: Partitioning = { tokens, count, breaks, limit, emptyCells, out, forcedFrom, read: new Map() };
  walkPartitions(ctx, 0, []);
  return out;
}

/**
 * What `partitions` walks with. Its helpers are functions of the module, not closures made per
 * call: V8 keeps a closure's optimized code only while an instance of it lives, so helpers made
 * per call were compiled again after each full collection (extractPool.ts).
 */
interface Partitioning {
  tokens: readonly string[];
  count: number | undefined;
  breaks: ReadonlySet<number>;
  limit: number;
  emptyCells: boolean;
  out: number[][];
  /** How many tokens from i on cannot continue a number (`partitions`). */
  forcedFrom: number[];
  /** The number tokens i..j make, by i * (tokens + 1) + j. */
  read: Map<number, number>;
}

function partitionValue(p: Partitioning, i: number, j: number): number {
  const { tokens } = p;
  const key = i * (tokens.length + 1) + j;
  let value = p.read.get(key);
  if (value === undefined) {
    const first = tokens[i]!;
    value =
      j === i ? tokenValue([first]) : sign(first) * tokenValue(tokens.slice(i, j + 1).map((x) => x.replace("-", "")));
    p.read.set(key, value);
  }
  return value;
}

function walkPartitions(p: Partitioning, i: number, acc: number[]): void {
  const { tokens, count, out } = p;
  if (out.length >= p.limit) return;
  if (i === tokens.length) {
    if (count === undefined || acc.length === count) out.push([...acc]);
    return;
  }
  if (
    count !== undefined &&
    (acc.length + 1 + Math.max(0, p.forcedFrom[i]! - 1) > count || acc.length + (tokens.length - i) < count)
  )
    return;
  const first = tokens[i]!;
  if (p.emptyCells && EMPTY_CELL.test(first)) {
    acc.push(NaN);
    walkPartitions(p, i + 1, acc);
    acc.pop();
    return;
  }
  if (!SINGLE.test(first)) return;
  const ends: number[] = [];
  if (LEADER.test(first)) {
    for (let j = i + 1; j < tokens.length; j++) {
      if (p.breaks.has(j)) break;
      const t = tokens[j]!;
      if (GROUP_DECIMAL.test(t)) {
        ends.push(j);
        break;
      }
      if (!GROUP.test(t)) break;
      ends.push(j);
    }
  }
  ends.reverse().push(i);
  for (const j of ends) {
    acc.push(partitionValue(p, i, j));
    walkPartitions(p, j + 1, acc);
    acc.pop();
  }
}

function sign(leader: string): number {
  return leader.startsWith("-") ? -1 : 1;
}

/** How unalike a row of numbers is in magnitude (variance of log10); columns of one table are alike. */
export function spread(values: readonly number[]): number {
  const logs = values.map((v) => Math.log10(Math.abs(v) + 1));
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  return logs.reduce((a, b) => a + (b - mean) ** 2, 0);
}

/**
 * Read a run of numbers such as "1 411 976 1 413 000" or "30 21 6 12 10".
 * With `expected`, only readings with that many numbers count; among several, the one whose
 * numbers are closest in magnitude wins (columns of one table are alike) and `ambiguous` is set.
 * Without `expected`, the reading with the fewest numbers wins. Returns null if the text is
 * not a run of numbers. Remembered per text (`textMemo.ts`): the answer is frozen.
 */
export const parseNumberRun: (text: string, expected?: number) => NumberRun | null = rememberByTextAnd(readNumberRun);

function readNumberRun(text: string, expected?: number): NumberRun | null {
  const damaged: string[] = [];
  const normalised = text
    .replace(SPACES, " ")
    .replace(MINUS, "-")
    .replace(/(\d) +%/g, "$1%");
  const tokens: string[] = [];
  // Two or more spaces (or a tab) between tokens is a column gap: no number spans it.
  const breaks = new Set<number>();
  let prevEnd = -1;
  for (const m of normalised.matchAll(/\S+/g)) {
    if (prevEnd >= 0 && /( {2,}|\t)/.test(normalised.slice(prevEnd, m.index))) breaks.add(tokens.length);
    prevEnd = m.index! + m[0].length;
    // A cell such as "1c" keeps its digits; the caller reports the damage.
    const d = /^(-?\d+(?:,\d+)?)[a-zA-Z]{1,2}$/.exec(m[0]);
    if (d) damaged.push(m[0]);
    tokens.push(d ? d[1]! : m[0]);
  }
  if (tokens.length === 0) return { values: [], ambiguous: false, damaged };
  if (expected !== undefined) {
    const options = bySpread(partitions(tokens, expected, breaks));
    if (options.length === 0) return null;
    const best = options[0]!;
    const ambiguous = options.length > 1 && options[1]!.spread - best.spread < 0.5;
    return { values: best.values, ambiguous, damaged };
  }
  const options = bySpread(partitions(tokens, undefined, breaks));
  if (options.length === 0) return null;
  options.sort((a, b) => a.values.length - b.values.length);
  const best = options[0]!;
  return {
    values: best.values,
    ambiguous: options.filter((o) => o.values.length === best.values.length).length > 1,
    damaged,
  };
}

/** Readings, most alike in magnitude first (a stable sort: ties keep their order); each spread computed once. */
function bySpread(readings: number[][]): { values: number[]; spread: number }[] {
  return readings.map((values) => ({ values, spread: spread(values) })).sort((a, b) => a.spread - b.spread);
}

/**
 * Every reading of a single-spaced run of numbers as exactly `count` cells, where a number is
 * one token or a 1–3 digit leader and exact three-digit groups, and a lone dash is an empty
 * cell (NaN). Parenthesised negatives ("(1 204)") and U+2212 minus are read as negatives. A
 * caller stores a reading only when it is the only one left after its own plausibility check.
 */
export function numberReadings(text: string, count: number, limit = 64): number[][] {
  const normalised = normaliseNegatives(text).replace(SPACES, " ").replace(MINUS, "-");
  const tokens: string[] = [];
  // Two or more spaces (or a tab) between tokens is a column gap: no number spans it
  // ("– 182          236" is never a cell of 182 236).
  const breaks = new Set<number>();
  let prevEnd = -1;
  for (const m of normalised.matchAll(/\S+/g)) {
    if (prevEnd >= 0 && /( {2,}|\t)/.test(normalised.slice(prevEnd, m.index))) breaks.add(tokens.length);
    prevEnd = m.index! + m[0].length;
    tokens.push(m[0]);
  }
  if (tokens.length === 0) return [];
  const readings = partitions(tokens, count, breaks, limit, true);
  // A dash one space before a number may be its sign set apart ("– 182", typeset minus) as
  // well as an empty cell: both readings are offered, so a caller that needs the one reading
  // left stores neither unless its own check (a sum, the cells' sizes) settles it. An em dash
  // is an empty cell only.
  const signs = [...tokens.keys()].filter(
    (i) => tokens[i] === "-" && /^\d/.test(tokens[i + 1] ?? "") && !breaks.has(i + 1),
  );
  if (signs.length === 0 || signs.length > 3) return readings;
  const seen = new Set(readings.map((r) => r.join("|")));
  for (let mask = 1; mask < 1 << signs.length; mask++) {
    const joined: string[] = [];
    const joinedBreaks = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      const s = signs.indexOf(i);
      if (breaks.has(i)) joinedBreaks.add(joined.length);
      if (s >= 0 && mask & (1 << s)) {
        joined.push(`-${tokens[i + 1]!}`);
        i++;
      } else joined.push(tokens[i]!);
    }
    for (const r of partitions(joined, count, joinedBreaks, limit, true)) {
      const key = r.join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      readings.push(r);
    }
  }
  return readings;
}

/**
 * "(1 204)" → "-1 204 " and U+2212 → "-": the same characters' positions, so that a layout
 * grid can still place the cell by its columns.
 */
export function normaliseNegatives(text: string): string {
  return text.replace(/\((\d[\d \u00a0\u202f]*(?:,\d+)?)\)/g, (_m, n: string) => `-${n} `).replace(/\u2212/g, "-");
}

export interface Amount {
  sek: number;
  approximate: boolean;
  /** Half the unit of the last stated digit, in SEK ("10,7 miljoner" → 50 000). */
  precision: number;
}

/**
 * A hedged amount whose last stated digit is coarser than 5 % of it ("omkring 0,3 miljoner",
 * "drygt två miljoner kronor") is a rounded guess, not a figure; "ca 8,4 milj" is one, hedged.
 */
export function isHedgedGuess(a: Amount): boolean {
  return a.approximate && a.precision > 0.05 * Math.abs(a.sek);
}

/** A hedge right before an amount: "ca 60 000 kr", "drygt 6,4 Mkr". */
export const HEDGES = /\b(ca|cirka|c:a|drygt|ungefär|knappt|över|omkring|runt)\b\.?\s*$/i;
/**
 * A hedge that makes the amount a bound, not the figure: "drygt 1,2 miljoner" is more than 1,2
 * million by an unknown margin, "knappt 900 tkr" less than 900 tkr.
 */
const BOUND_HEDGES = /(?<!\p{L})(drygt|knappt|över|närmare|nästan|mer än|mindre än|minst|högst)\s*$/iu;
/** The precision given to a bound: a tenth of it, so that it is a hedged guess in any unit. */
const BOUND_PRECISION = 0.1;
// The unit ends where its word does: "1,9 miljarder" is no "milj." (a billion read as a million),
// and "1,2 miljoner euro" is no kronor (`unknownUnitAmounts` names it).
// No amount starts inside another number: "1.094.211 kr" (dots as thousands separators) is never
// "211 kr", "1,2–1,5 Mkr" (a range) never "1,5 Mkr" or "−1,5 Mkr", and "4,200 000 kr" (grouped wrongly)
// never "000 kr": not after a digit, a dot, a comma or a digit's dash, and not with a leading zero.
const AMOUNT = new RegExp(
  String.raw`(?<![\d.,]|\d-)(?!0\d)(-?\d{1,3}(?: \d{3})+(?:,\d+)?|-?\d+(?:,\d+)?)\s*(${AMOUNT_UNIT_WORD})(?![\p{L}])(?!\s*${FOREIGN_CURRENCY})`,
  "giu",
);

/**
 * Money in running text: "968 431 kronor", "10,7 miljoner kronor", "ca 60 000 kr",
 * "1 miljon kronor", "0,97 mkr", "968431 SEK", "350 tkr". Returns every amount found, in order,
 * with the character offset of its number. Remembered per text (`textMemo.ts`): the answer is frozen.
 */
export const findAmounts: (text: string) => (Amount & { index: number; raw: string })[] = rememberByText(readAmounts);

function readAmounts(text: string): (Amount & { index: number; raw: string })[] {
  const found: (Amount & { index: number; raw: string })[] = [];
  const t = text.replace(SPACES, " ").replace(MINUS, "-");
  for (const m of t.matchAll(AMOUNT)) {
    const numText = m[1]!;
    const unitText = m[2]!;
    const n = parseSwedishNumber(numText);
    if (n === null) continue;
    const factor = UNIT_FACTOR[amountUnit(unitText)];
    const decimals = /,(\d+)$/.exec(numText)?.[1]?.length ?? 0;
    const stated = factor === 1 && decimals === 0 ? 0 : factor / 10 ** decimals / 2;
    const before = t.slice(Math.max(0, m.index! - 12), m.index!);
    const sek = Math.round(n * factor);
    // A bound says only on which side the figure lies: never the year's figure, whatever its digits.
    const bound = BOUND_HEDGES.test(before);
    const precision = bound ? Math.max(stated, Math.abs(sek) * BOUND_PRECISION) : stated;
    found.push({
      sek,
      approximate: bound || HEDGES.test(before),
      precision,
      index: m.index!,
      raw: m[0],
    });
  }
  return found;
}

/** Percent in running text: "57 %", "98,3%", "ca 57%". */
export function findPercents(text: string): { value: number; approximate: boolean; index: number }[] {
  const t = text.replace(SPACES, " ");
  const out: { value: number; approximate: boolean; index: number }[] = [];
  for (const m of t.matchAll(/(\d+(?:,\d+)?)\s?(%|procent\b)/g)) {
    const before = t.slice(Math.max(0, m.index! - 10), m.index!);
    out.push({ value: Number(m[1]!.replace(",", ".")), approximate: HEDGES.test(before), index: m.index! });
  }
  return out;
}

/**
 * A number grouped with dots ("1.094.211", "4.860.000", "1.234,5"): a 1–3 digit leader (no leading
 * zero) and groups of exactly three digits, not inside a longer run of digits, dots or commas
 * (never a date "2024.03.01" or "14.3", a version "1.2.3", a phone or account number "070.123.45.67").
 */
const DOTTED = /(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?(?![\d]|[.,]\d)/g;
/** Two groups or more: no decimal point has that shape, so the dots group thousands in any document. */
const DOTTED_TWICE = /\.\d{3}\.\d{3}/;
/**
 * A decimal point in an amount or a share ("4.5 %", "10.6 Mkr", "2.75 procent"): where the document
 * writes one, a single dotted group ("157.682 kr") may be a decimal too, and stays as written.
 */
const DECIMAL_POINT_AMOUNT = new RegExp(
  String.raw`(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d]|[.,]\d)\s*(?:%|procent|${AMOUNT_UNIT_WORD})`,
  "iu",
);
/** "1,234,567": commas grouping thousands; a document writing these writes its decimals with a point. */
const COMMA_GROUPS = /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d]|[.,]\d)/;

/**
 * "16,400 000 kr", "3,280 000": a comma before a three-digit group that a space group follows groups
 * the millions; no decimal is written that way ("16,4 Mkr" stays 16.4 million, "2,875" stays a decimal).
 */
const COMMA_MILLIONS = /(?<![\d.,])[1-9]\d{0,2},\d{3}(?: \d{3})+(?![\d]|[.,]\d)/g;

/** "6,215,000", "-21,900", "1,234.5": a number grouped with commas, its decimals (if any) after a point. */
const COMMA_GROUPED = /(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d]|[.,]\d)/g;
/** "1,234.5", "2,146.75": commas grouping thousands before a decimal point; no Swedish number has that shape. */
const COMMA_THEN_POINT = /(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d]|[.,]\d)/;
/** "6,215 mnkr", "1,250 miljoner": millions with three decimals, as only a Swedish document writes them. */
const SWEDISH_MILLIONS =
  /(?<![\d.,])\d{1,3},\d{3}(?![\d]|[.,]\d)\s*(?:mnkr|mkr|msek|miljoner|miljon|milj\.?|mdkr|miljarder)/iu;
/** A line of comma-separated fields: three commas at least, none followed by a space, no gap of columns. */
const RECORD_LINE = /^(?!.*\S {2,}\S)[^,\n]*(?:,(?! )[^,\n]*){3,}$/u;
/** Whether `text` holds `k` commas or more. */
function commasAtLeast(text: string, k: number): boolean {
  let seen = 0;
  for (let at = text.indexOf(","); at >= 0; at = text.indexOf(",", at + 1)) if (++seen >= k) return true;
  return false;
}
/** "§§ 101,102,103": paragraph numbers listed with commas. */
const PARAGRAPHS = /§\s*§?\s*\d+,\d/u;
/** "53.7 %", "37.02 kr": a decimal point in a share or an amount, as a document in English notation writes it. */
const POINT_DECIMAL = new RegExp(
  String.raw`(?<![\d.,])(\d+)\.(\d{1,2})(?![\d]|[.,]\d)(?=\s*(?:%|procent|${AMOUNT_UNIT_WORD}))`,
  "giu",
);
/** What COMMA_GROUPS or COMMA_THEN_POINT needs somewhere: "4,215,0", "1,234.5". */
const COMMA_PROOF = /\d,\d{3}[,.]\d/;
/** What DOTTED or COMMA_MILLIONS needs somewhere: "4.860", "16,400 0". */
const DOTS_OR_COMMA_MILLIONS = /\d(?:\.\d{3}|,\d{3} \d)/;
/** "36,7 %", "16,4 Mkr": a decimal comma in a share or an amount, as a Swedish document writes it. */
const COMMA_DECIMAL = new RegExp(
  String.raw`(?<![\d.,])\d+,\d{1,2}(?![\d]|[.,]\d)\s*(?:%|procent|${AMOUNT_UNIT_WORD})`,
  "iu",
);

/**
 * A document written in English number notation ("6,215,000", "-21,900", "53.7 %"): its lines with the
 * commas that group thousands read as spaces and its decimal points in shares and amounts read as
 * commas, every character in its place, or undefined. The notation must be proven by the document
 * itself: a number with two comma groups or more ("1,234,567") or commas before a decimal point
 * ("1,234.5"), neither of which a Swedish number can be, and no Swedish decimal comma in a share or an
 * amount ("36,7 %") and no dots grouping thousands anywhere. Without that proof a single comma group
 * ("2,875") stays a Swedish decimal, as it is read everywhere else.
 */
export function commaThousands(lines: readonly string[]): string[] | undefined {
  // Cheap first, over the whole text: the proof's "1,234,567" or "1,234.5" (COMMA_GROUPS,
  // COMMA_THEN_POINT) each hold a digit, a comma, three digits and a comma or a point before a digit.
  if (!mayHold(lines, COMMA_PROOF)) return undefined;
  // A record of comma-separated fields ("Steg 1,231,128,103") or a list of paragraphs ("§§ 101,102")
  // proves nothing, and is never rewritten: its commas part fields.
  // A record holds three commas at least: the pattern (a look-ahead over the whole line, then a
  // search that backtracks) is tried only on such a line, most lines of a document holding fewer.
  const numeric = (l: string) => !(commasAtLeast(l, 3) && RECORD_LINE.test(l)) && !PARAGRAPHS.test(l);
  const text = lines.filter(numeric).join("\n");
  const proven = COMMA_GROUPS.test(text) || COMMA_THEN_POINT.test(text);
  if (!proven || COMMA_DECIMAL.test(text) || SWEDISH_MILLIONS.test(text) || DOTTED_TWICE.test(text)) return undefined;
  let changed = false;
  const out = lines.map((line) =>
    !numeric(line)
      ? line
      : line
          .replace(COMMA_GROUPED, (d) => {
            changed = true;
            const [whole, decimals] = d.split(".");
            return whole!.replace(/,/g, " ") + (decimals === undefined ? "" : "," + decimals);
          })
          .replace(POINT_DECIMAL, (_d, whole: string, decimals: string) => {
            changed = true;
            return `${whole},${decimals}`;
          }),
  );
  return changed ? out : undefined;
}

/**
 * A Swedish document's lines with dots as thousands separators read as spaces ("4.860.000 kr" →
 * "4 860 000 kr"), and a comma grouping the millions too ("16,400 000 kr" → "16 400 000 kr"), every
 * character in its place (a table's columns stay where they were), or undefined when no line has one.
 * Two dotted groups or more are read in any document; a single
 * group ("157.682 kr", "12.480 invånare") only where the document also writes a number with two or
 * more, and writes no decimal point in an amount or a share and no commas grouping thousands:
 * a document that groups with dots throughout.
 */
export function dottedThousands(lines: readonly string[]): string[] | undefined {
  // Cheap first, over the whole text: DOTTED holds a digit, a point and three digits; COMMA_MILLIONS
  // a digit, a comma, three digits and a space before a digit.
  if (!mayHold(lines, DOTS_OR_COMMA_MILLIONS)) return undefined;
  const text = lines.join("\n");
  const dotted = [...text.matchAll(DOTTED)].map((m) => m[0]);
  const commas = COMMA_MILLIONS.test(text);
  COMMA_MILLIONS.lastIndex = 0;
  if (dotted.length === 0 && !commas) return undefined;
  const throughout =
    dotted.some((d) => DOTTED_TWICE.test(d)) && !DECIMAL_POINT_AMOUNT.test(text) && !COMMA_GROUPS.test(text);
  let changed = false;
  const out = lines.map((line) => {
    const spaced = line.replace(DOTTED, (d) => {
      if (!throughout && !DOTTED_TWICE.test(d)) return d;
      changed = true;
      return d.replace(/\./g, " ");
    });
    if (!commas) return spaced;
    return spaced.replace(COMMA_MILLIONS, (d) => {
      changed = true;
      return d.replace(",", " ");
    });
  });
  return changed ? out : undefined;
}
