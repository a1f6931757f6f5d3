/**
 * One synthetic document from a seed: the seed's lines with its years shifted, its federation
 * renamed and the figures its facts were read from replaced. Pure.
 *
 * Why the figures stay consistent: every figure is a function of (fact key, year) alone,
 * `base(key) × multiplier(federation, year)`, where base is the seed's own figure for that key
 * in its report year. So a report's prior-year column shows exactly what the previous report
 * showed as its current year, and two documents never disagree about a figure. The multiplier
 * is a whole number, so a column's totals still add up to the kronor and a table's parts to its
 * total (the seed's own rounding stays the seed's).
 */
import type { Fact } from "../schema/facts.ts";

type Kind = "money" | "count";

/** A figure in the seed that a fact was read from: where, which key, which year. */
export interface Slot {
  /** 0-based line index in the seed's lines. */
  line: number;
  seedValue: number;
  key: string;
  year: number;
  kind: Kind;
}

export interface Multipliers {
  money: (year: number) => number;
  count: (year: number) => number;
}

/** The figure a fact carries, and whether it is money or a head count (rates and goals are left alone). */
function numbersOf(fact: Fact): { field: string; value: number; kind: Kind }[] {
  const out: { field: string; value: number; kind: Kind }[] = [];
  const push = (field: string, value: number | null | undefined, kind: Kind) => {
    if (typeof value === "number" && Number.isInteger(value)) out.push({ field, value, kind });
  };
  switch (fact.table) {
    case "finance":
      push("amount_sek", fact.amount_sek, "money");
      break;
    case "member_contribution":
      push("amount_sek", fact.amount_sek, "money");
      break;
    case "intervention_funding":
      push("budget_sek", fact.budget_sek, "money");
      push("actual_sek", fact.actual_sek, "money");
      break;
    case "participant_count":
    case "participant_breakdown":
      push("value", fact.value, "count");
      break;
    default:
      break;
  }
  return out;
}

// Provenance and how a figure was checked (confirmed_by) say nothing of what it counts.
const NOT_KEY = new Set([
  "year",
  "line",
  "text",
  "section",
  "approximate",
  "confirmed_by",
  "source_label",
  "value",
  "amount_sek",
]);

/** A fact's identity across documents: its table and every field that names what it counts. */
function keyOf(fact: Fact, field: string): string {
  const parts: string[] = [fact.table, field];
  for (const [k, v] of Object.entries(fact))
    if (!NOT_KEY.has(k) && !k.endsWith("_sek")) parts.push(`${k}=${String(v)}`);
  return parts.join("|");
}

export function slotsOf(facts: readonly Fact[]): Slot[] {
  const out: Slot[] = [];
  for (const fact of facts) {
    if (!("year" in fact) || fact.year === null) continue;
    for (const n of numbersOf(fact))
      out.push({ line: fact.line - 1, seedValue: n.value, key: keyOf(fact, n.field), year: fact.year, kind: n.kind });
  }
  return out;
}

/**
 * Each key's base figure: its most frequent value in the seed's report year, or else in the
 * latest year the seed gives it. One base per key is what keeps documents from disagreeing.
 */
export function basesOf(slots: readonly Slot[], reportYear: number): Map<string, number> {
  const byKey = new Map<string, Slot[]>();
  for (const s of slots) {
    const list = byKey.get(s.key);
    if (list) list.push(s);
    else byKey.set(s.key, [s]);
  }
  const bases = new Map<string, number>();
  for (const [key, list] of byKey) {
    const latest = list.some((s) => s.year === reportYear)
      ? reportYear
      : list.reduce((y, s) => (s.year > y ? s.year : y), -Infinity);
    const tally = new Map<number, number>();
    for (const s of list) if (s.year === latest) tally.set(s.seedValue, (tally.get(s.seedValue) ?? 0) + 1);
    let best = 0;
    let bestCount = -1;
    for (const [v, c] of tally) if (c > bestCount) [best, bestCount] = [v, c];
    bases.set(key, best);
  }
  return bases;
}

/** `16189674` → the ways a report writes it: "16 189 674" (space or no-break space), "16189674". */
function figurePattern(digits: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join("[ \u00a0]?");
}

/** Write `n` (non-negative) as the found text wrote its figure: grouped by spaces or not. */
function render(n: number, like: string): string {
  const digits = String(n);
  if (!/[ \u00a0]/.test(like)) return digits;
  const sep = like.includes("\u00a0") ? "\u00a0" : " ";
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where `value` is written on the line, outside spans already taken; strict (a whole figure) first. */
function findFigure(line: string, value: number, taken: readonly Span[]): { start: number; end: number } | null {
  const digits = String(Math.abs(value));
  const body = figurePattern(digits);
  for (const pattern of [
    `(?<!\\d)(?<!\\d[ \\u00a0])${body}(?!\\d)(?![ \\u00a0]\\d{3}(?!\\d))`,
    `(?<!\\d)${body}(?!\\d)`,
  ]) {
    const re = new RegExp(pattern, "g");
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken.some((t) => start < t.end && end > t.start)) return { start, end };
    }
  }
  return null;
}

/**
 * `line` with each figure `from` (as the line writes it, spaces or not) written as `to` instead;
 * a figure not on the line is left alone. Pure.
 */
export function replaceFigures(line: string, replacements: readonly { from: number; to: number }[]): string {
  const spans: Span[] = [];
  for (const r of replacements) {
    const at = findFigure(line, r.from, spans);
    if (at) spans.push({ ...at, text: render(Math.abs(r.to), line.slice(at.start, at.end)) });
  }
  spans.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += line.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + line.slice(at);
}

/** Shift every year (1990–2039, alone or in an ISO date) by `delta`; "Datum: 240308" too. */
export function shiftYears(text: string, delta: number): string {
  if (delta === 0) return text;
  return text
    .replace(/(?<!\d)(19[9]\d|20[0-3]\d)(?!\d)/g, (y) => String(Number(y) + delta))
    .replace(
      /(Datum:\s*)(\d{2})(\d{4})(?!\d)/g,
      (_m, p: string, yy: string, rest: string) =>
        `${p}${String((Number(yy) + delta + 100) % 100).padStart(2, "0")}${rest}`,
    );
}

export interface RewriteOptions {
  /** Years to add (the synthetic year minus the seed's report year). */
  delta: number;
  /** Whole-text renames (the seed federation's names → the synthetic ones), applied per line. */
  renames: readonly (readonly [RegExp, string])[];
  slots: readonly Slot[];
  bases: ReadonlyMap<string, number>;
  multipliers: Multipliers;
}

/** The rewritten lines; the line count never changes, so every fact keeps its line number. */
export function rewriteLines(seed: readonly string[], o: RewriteOptions): string[] {
  const byLine = new Map<number, Slot[]>();
  for (const s of o.slots) {
    const list = byLine.get(s.line);
    if (list) list.push(s);
    else byLine.set(s.line, [s]);
  }
  return seed.map((line, i) => {
    const spans: Span[] = [];
    for (const s of byLine.get(i) ?? []) {
      const at = findFigure(line, s.seedValue, spans);
      if (!at) continue;
      const m = s.kind === "money" ? o.multipliers.money(s.year + o.delta) : o.multipliers.count(s.year + o.delta);
      const base = o.bases.get(s.key)!;
      let text = render(Math.abs(base * m), line.slice(at.start, at.end));
      let start = at.start;
      // The key's base may have the other sign than this year's seed figure (a loss, then a profit).
      if (Math.sign(base) * Math.sign(s.seedValue) < 0) {
        if (/[-−]/.test(line[start - 1] ?? "")) start -= 1;
        else text = `-${text}`;
      }
      spans.push({ start, end: at.end, text });
    }
    spans.sort((a, b) => a.start - b.start);
    const plain = (text: string) => o.renames.reduce((t, [re, to]) => t.replace(re, to), shiftYears(text, o.delta));
    let out = "";
    let at = 0;
    for (const s of spans) {
      out += plain(line.slice(at, s.start)) + s.text;
      at = s.end;
    }
    return out + plain(line.slice(at));
  });
}
