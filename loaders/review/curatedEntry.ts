/**
 * One figure a person read from a report, as a curated entry: "<figure>=<value>@<line>" (the
 * `curate --set` syntax, also what the review page posts) → the fact the parsers would have
 * emitted, with the cited line's text and the person's reason. Figure keys are the core
 * figures' keys (reference/coreFigures.ts), so the coverage report, the template, the review
 * page and this module name a figure the same way. Pure: the caller reads the document.
 */
import { findAmounts, parseSwedishNumber } from "../extract/numbers.ts";
import { exitOutcome, type Gender, type Measure } from "../reference/codes.ts";
import { CORE_FIGURES } from "../reference/coreFigures.ts";
import { factSchema, type Fact } from "../schema/facts.ts";
import { amountUnit, UNIT_FACTOR } from "../reference/units.ts";
import { numbersWritten, unitAt, valuesOnLine } from "../extract/lineValues.ts";

export class CurateError extends Error {}

/** A figure the person sets: its key, the value as typed, the line it was read from. */
export interface FigureSetting {
  figure: string;
  value: string;
  line: number;
}

/** "participant_count:enrolled:all=102@14" → its parts; a clear error otherwise. */
export function parseSetting(spec: string): FigureSetting {
  const m = /^([a-z_]+(?::[a-z0-9_/-]+)+)\s*=\s*(.+?)\s*@\s*(\d+)$/i.exec(spec.trim());
  if (!m)
    throw new CurateError(
      `bad --set "${spec}": expected <figure>=<value>@<line>, e.g. participant_count:enrolled:all=102@14 or finance:result:2024=-329 tkr@88`,
    );
  return { figure: m[1]!, value: m[2]!, line: Number(m[3]) };
}

/** How many years before its own a report's columns (a five-year overview, a ten-year table) may reach. */
const MAX_YEARS_BACK = 10;
const FINANCE_ITEMS = new Set<string>(CORE_FIGURES.finance.map((f) => f.item));
/** Finance items stored positive whatever sign the statement prints (as the statement readers do). */
const COST_ITEMS = new Set(["cost_operating", "cost_financial"]);
const RATE_INDICATORS = new Set<string>(CORE_FIGURES.headlineRate.indicators);

/** A count as a person types it: "102", "1 204". */
function readCount(value: string, figure: string): number {
  const n = parseSwedishNumber(value.replace(/\s*(st|personer|deltagare)\.?$/i, ""));
  if (n === null || !Number.isInteger(n) || n < 0)
    throw new CurateError(`${figure}: "${value}" is not a count (a whole number ≥ 0)`);
  return n;
}

/** Money as a person types it or the report writes it: "-329 tkr", "(1 204)", "1,2 Mkr", "16 189 674". */
export function readKronor(value: string, figure: string): { sek: number; approximate: boolean } {
  const t = value.trim().replace(/\u2212/g, "-");
  const paren = /^\((.*)\)$/.exec(t);
  const body = paren ? `-${paren[1]!.trim()}` : t;
  const amount = findAmounts(body)[0];
  if (amount) return { sek: amount.sek, approximate: amount.approximate };
  const n = parseSwedishNumber(body.replace(/\s*(kr|kronor|sek)\.?$/i, ""));
  if (n === null || !Number.isInteger(n)) throw new CurateError(`${figure}: "${value}" is not an amount in kronor`);
  return { sek: n, approximate: false };
}

/** Money as typed, with the unit factor the person wrote (null: plain kronor, no unit written). */
function readTypedKronor(
  value: string,
  figure: string,
): { sek: number; approximate: boolean; typedFactor: number | null } {
  const t = value.trim().replace(/\u2212/g, "-");
  const paren = /^\((.*)\)$/.exec(t);
  const body = paren ? `-${paren[1]!.trim()}` : t;
  const amount = findAmounts(body)[0];
  const { sek, approximate } = readKronor(value, figure);
  if (amount) return { sek, approximate, typedFactor: UNIT_FACTOR[amountUnit(amount.raw.replace(/^[-\d\s,]+/, ""))] };
  return { sek, approximate, typedFactor: /\b(kr|kronor|sek)\.?$/i.test(body) ? 1 : null };
}

const same = (a: number, b: number) => Math.abs(Math.abs(a) - Math.abs(b)) < 1e-6 * Math.max(1, Math.abs(b));

/** A count or a percentage must be one of the numbers on its line. */
function requireOnLine(figure: string, n: number, line: number, text: string): void {
  if (valuesOnLine(text).some((v) => same(v, n))) return;
  throw new CurateError(
    `${figure}: ${String(n).replace(".", ",")} is not on line ${line} ("${clip(text)}"; its numbers: ${numbersWritten(text)}); cite the line that gives it, or set the number the line gives`,
  );
}

/**
 * Money must be a number on its line in the line's unit (a table's "tkr" heading above it), in
 * the unit the person wrote, or an amount the line states with its unit ("1,2 Mkr"). A plain
 * number that is on a line in tkr or Mkr is refused with what it would mean: 9 874 typed from a
 * line in tkr is 9 874 kr only if the heading lies, and then the person says so ("9 874 kr").
 */
function requireMoneyOnLine(
  figure: string,
  typed: { sek: number; typedFactor: number | null },
  ctx: EntryContext,
  line: number,
  text: string,
): void {
  const values = valuesOnLine(text);
  const unit = unitAt(ctx.lines, line);
  const stated = findAmounts(text.replace(/\u2212/g, "-")).map((a) => a.sek);
  // The person may convert units ("9,512 Mkr" for a line's 9 512 in a tkr table): any of the two will do.
  const factors = [typed.typedFactor, unit.factor].filter((f): f is number => f !== null);
  if (stated.some((a) => same(a, typed.sek)) || values.some((v) => factors.some((f) => same(v * f, typed.sek)))) return;
  const where =
    unit.line === null
      ? ""
      : unit.line === line
        ? ` (the line says ${unit.word})`
        : ` (line ${unit.line} says ${unit.word})`;
  if (typed.typedFactor === null && unit.factor !== 1 && values.some((v) => same(v, typed.sek)))
    throw new CurateError(
      unit.factor === null
        ? `${figure}: line ${line} is in "${unit.word}"${where}, a unit the readers do not know; write the value in kronor with its unit ("… kr") if you have worked it out`
        : `${figure}: line ${line} is in ${unit.word}${where}: ${kronor(typed.sek)} there is ${kronor(typed.sek * unit.factor)} kr; write "${kronor(typed.sek)} ${unit.word}" (or "${kronor(typed.sek)} kr" if the line really is in kronor)`,
    );
  throw new CurateError(
    `${figure}: ${kronor(typed.sek)} kr is not on line ${line}${where} ("${clip(text)}"; its numbers: ${numbersWritten(text)}); cite the line that gives it, or set the number the line gives`,
  );
}

/** 9874000 → "9 874 000", without sign (the line's sign is the statement's, not the figure's). */
const kronor = (n: number) => Math.abs(n).toLocaleString("sv-SE").replace(/\s/g, " ");

const clip = (text: string) => (text.length > 100 ? `${text.slice(0, 97)}…` : text);

/** A percentage: "41,5", "41,5 %". */
function readPercent(value: string, figure: string): number {
  const bare = value.trim().replace(/\s*(%|procent)$/i, "");
  // The review page posts a picked rate as a number ("41.5"): a percentage has no thousands to confuse with it.
  const n = /^\d{1,3}\.\d+$/.test(bare) ? Number(bare) : parseSwedishNumber(bare);
  if (n === null || n < 0 || n > 100) throw new CurateError(`${figure}: "${value}" is not a percentage (0–100)`);
  return n;
}

export interface EntryContext {
  /** The report's year (the document's period_year). */
  year: number;
  /** The document's lines: the fact cites the line's text. */
  lines: readonly string[];
  /** The number of exited participants, when known: the base of a rate. */
  exited?: number | null;
  /** A member's name by member id (`<federation>/<slug>`), from the registry. */
  memberName?: (memberId: string) => string | undefined;
}

/** The fact for one setting, validated by the same schema the parsers' facts pass. */
export function factFor(setting: FigureSetting, ctx: EntryContext): Fact {
  const { figure, value, line } = setting;
  const text = ctx.lines[line - 1];
  if (text === undefined || text.trim() === "")
    throw new CurateError(`${figure}: line ${line} is ${text === undefined ? "not in the document" : "empty"}`);
  const prov = { line, text: text.replace(/\s+/g, " ").trim(), section: "curated", approximate: false };
  const parts = figure.split(":");
  let fact: unknown;
  switch (parts[0]) {
    case "participant_count": {
      const [, measure, gender] = parts as [string, Measure, Gender];
      const ok = CORE_FIGURES.participants.some((p) => p.measure === measure && p.gender === gender);
      if (!ok || parts.length !== 3) throw new CurateError(`unknown figure ${figure}`);
      fact = {
        table: "participant_count",
        intervention: null,
        year: ctx.year,
        measure,
        gender,
        value: readCount(value, figure),
        ...prov,
      };
      requireOnLine(figure, readCount(value, figure), line, text);
      break;
    }
    case "participant_breakdown": {
      // participant_breakdown:exited:exit_outcome:<category>
      const category = parts[3];
      if (parts[1] !== "exited" || parts[2] !== "exit_outcome" || !category || parts.length !== 4)
        throw new CurateError(
          `${figure}: expected participant_breakdown:exited:exit_outcome:<category>, category one of ${exitOutcome.codes.join(", ")}`,
        );
      if (!(exitOutcome.codes as readonly string[]).includes(category))
        throw new CurateError(`${figure}: unknown exit category "${category}" (${exitOutcome.codes.join(", ")})`);
      fact = {
        table: "participant_breakdown",
        intervention: null,
        year: ctx.year,
        population: "exited",
        dimension: "exit_outcome",
        category,
        value: readCount(value, figure),
        source_label: prov.text.replace(/[\d\s%,.()−-]+$/u, "").trim() || category,
        ...prov,
      };
      requireOnLine(figure, readCount(value, figure), line, text);
      break;
    }
    case "indicator": {
      const indicator = parts[1] === "headline_rate" ? "work_or_studies_rate_reported" : parts[1]!;
      if (!RATE_INDICATORS.has(indicator) || parts.length !== 2)
        throw new CurateError(`${figure}: expected indicator:${[...RATE_INDICATORS].join(" or indicator:")}`);
      fact = {
        table: "indicator",
        year: ctx.year,
        scope: "federation",
        indicator,
        gender: "all",
        value: readPercent(value, figure),
        unit: "percent",
        n: ctx.exited ?? null,
        note: null,
        ...prov,
      };
      requireOnLine(figure, readPercent(value, figure), line, text);
      break;
    }
    case "finance": {
      const [, item, yearText] = parts;
      if (!item || !FINANCE_ITEMS.has(item) || !/^\d{4}$/.test(yearText ?? "") || parts.length !== 3)
        throw new CurateError(`${figure}: expected finance:<${[...FINANCE_ITEMS].join("|")}>:<year>`);
      // An outcome (basis actual) of a year after the report's own is not in it; a five-year
      // overview reaches back some years, never decades.
      const column = Number(yearText);
      if (column > ctx.year || column < ctx.year - MAX_YEARS_BACK)
        throw new CurateError(
          `${figure}: a ${ctx.year} report gives outcomes for ${ctx.year - MAX_YEARS_BACK}–${ctx.year}, not ${column} (a typo in the year?)`,
        );
      const typed = readTypedKronor(value, figure);
      const { sek, approximate } = typed;
      requireMoneyOnLine(figure, typed, ctx, line, text);
      fact = {
        table: "finance",
        year: Number(yearText),
        basis: "actual",
        item,
        amount_sek: COST_ITEMS.has(item) ? Math.abs(sek) : sek,
        value: null,
        source_label: CORE_FIGURES.finance.find((f) => f.item === item)!.sv,
        ...prov,
        approximate,
      };
      break;
    }
    case "member_contribution": {
      // member_contribution:<member id>, as the coverage lists it
      const memberId = parts.slice(1).join(":").trim();
      const member = ctx.memberName?.(memberId);
      if (!member)
        throw new CurateError(
          `${figure}: unknown member "${memberId}" (expected member_contribution:<member id>, as \`curate --list\` shows)`,
        );
      const typed = readTypedKronor(value, figure);
      const { sek, approximate } = typed;
      requireMoneyOnLine(figure, typed, ctx, line, text);
      fact = {
        table: "member_contribution",
        year: ctx.year,
        basis: "actual",
        member,
        amount_sek: sek,
        ...prov,
        approximate,
      };
      break;
    }
    default:
      throw new CurateError(
        `unknown figure ${figure} (participant_count:…, participant_breakdown:…, indicator:…, finance:…, member_contribution:…)`,
      );
  }
  const parsed = factSchema.safeParse(fact);
  if (!parsed.success)
    throw new CurateError(
      `${figure}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return parsed.data;
}
