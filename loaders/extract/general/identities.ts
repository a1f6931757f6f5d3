/**
 * The sums that must agree within one document, as checks over its facts: women + men = all;
 * the rows of a table add to its total row; a breakdown's categories (destinations at exit) add
 * to their population; revenue − costs = operating result; operating result + financial items =
 * result; last year's equity + result = this year's equity; contributions add to their total; a
 * rate quoted beside its numerator and denominator equals their quotient.
 *
 * A check that can refuse reads the facts of one section only (one table, one appendix, the
 * prose), so two tables that define "revenue" differently never meet; the one exception is a
 * note's member rows and its total row, found by position whichever reader read them. Checks
 * across sections (an appendix's K/M against the summary table's total, the same figure on two
 * lines) only confirm. A check with a missing term checks nothing. A term that two facts give
 * with different values is ambiguous: that check checks nothing either. Pure functions.
 */
import type { FactInput } from "../../schema/facts.ts";
import { UNIQUE_PERSONS_LABEL } from "../../reference/rowLabels.ts";
import { amountPrecision, ratePrecision, roundingSlack } from "./factPrecision.ts";

/** The identities, by the name `confirmed_by` and the finding's `identity.<name>` carry. */
export type IdentityName =
  | "gender_sum"
  | "table_total"
  | "breakdown_sum"
  | "exit_outcomes_sum"
  | "operating_result"
  | "result"
  | "equity_roll"
  | "contributions_sum"
  | "quoted_rate"
  | "restated";

export interface IdentityCheck {
  name: IdentityName;
  subject: string;
  /** Every fact the check read. */
  facts: FactInput[];
  holds: boolean;
  /**
   * A failed check that proves a figure wrong. A sum of rows that falls short of its total does
   * not: a row may have been left unread. Only a sum above its total contradicts.
   */
  contradicts: boolean;
  /**
   * The facts the check itself tells apart as the wrong ones, if it can (rows that add to another
   * population's count are that population's rows under a wrong heading); otherwise undefined.
   */
  suspects?: FactInput[];
  /** The computed side and the stated side, and the sentence naming every line and value. */
  value: string;
  otherValue: string;
  message: string;
}

/** One side of an identity: the fact(s) that state it (copies on several lines agree), its value and tolerance. */
interface Term {
  facts: FactInput[];
  value: number;
  precision: number;
  label: string;
}

type Of<T extends FactInput["table"]> = Extract<FactInput, { table: T }>;

/**
 * The term the facts matching `pick` (asked with `arg`) state, or undefined when none does or the
 * facts disagree among themselves (then nothing can be checked), or when one is approximate ("ca
 * 120").
 *
 * The checks here run on every document, and V8 keeps a closure's optimized code only while one of
 * its instances lives: a helper made per call (`(f) => f.gender === gender`) was compiled again
 * after each full collection. So every predicate, key and value function of this file is a
 * module-level function, and what it compares with is handed to it as `arg`.
 */
function term<T extends FactInput, A>(
  facts: readonly T[],
  pick: (f: T, arg: A) => boolean,
  arg: A,
  valueOf: (f: T) => number | null,
  precisionOf: (f: T, v: number) => number,
  label: string,
): Term | undefined {
  const found: T[] = [];
  for (const f of facts) if (pick(f, arg)) found.push(f);
  if (found.length === 0) return undefined;
  const value = valueOf(found[0]!);
  for (const f of found) if (!sameValueZero(valueOf(f), value) || f.approximate) return undefined;
  if (value === null) return undefined;
  let precision = -Infinity;
  for (const f of found) precision = Math.max(precision, precisionOf(f, value));
  return { facts: found, value, precision, label };
}

/** Equality as a Set sees it (NaN is NaN). */
const sameValueZero = (a: number | null, b: number | null) => a === b || (a !== a && b !== b);

/** The lines `facts` stand on, each once, in order of first appearance. */
function distinctLines(facts: readonly FactInput[]): number[] {
  const out: number[] = [];
  for (const f of facts) if (!out.includes(f.line)) out.push(f.line);
  return out;
}

const exact = () => 0;
const cite = (t: Term) => `${t.label} ${formatValue(t.value)} (line ${distinctLines(t.facts).join(", ")})`;
const formatValue = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));

type Part = { term: Term; sign: 1 | -1 };

/** Each term as a part added to the sum. */
function added(terms: readonly Term[]): Part[] {
  const out: Part[] = [];
  for (const t of terms) out.push({ term: t, sign: 1 });
  return out;
}

/**
 * `Σ sign·part = total`. `open`: the parts are rows of which some may be unread, so only an
 * excess over the total contradicts. `incomplete`: an optional term is absent and taken as 0 —
 * the check may confirm but never refutes. `money`: whole-kronor rounding of each figure allowed.
 */
function linear(
  name: IdentityName,
  subject: string,
  parts: readonly Part[],
  total: Term,
  opts: { open?: boolean; incomplete?: boolean; money?: boolean } = {},
): IdentityCheck {
  const sum = signedSum(parts);
  const gap = sum - total.value;
  const terms: Term[] = [];
  for (const p of parts) terms.push(p.term);
  terms.push(total);
  const tolerance = precisionSum(terms) + (opts.money ? roundingSlack(parts.length + 1) : 0) + 1e-9;
  const holds = Math.abs(gap) <= tolerance;
  const shown: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    shown.push(`${i === 0 ? (p.sign < 0 ? "− " : "") : p.sign < 0 ? " − " : " + "}${cite(p.term)}`);
  }
  const facts: FactInput[] = [];
  for (const t of terms) for (const f of t.facts) facts.push(f);
  return {
    name,
    subject,
    facts,
    holds,
    contradicts: !holds && !opts.incomplete && !(opts.open && gap < 0),
    value: formatValue(sum),
    otherValue: formatValue(total.value),
    message: `${shown.join("")} = ${formatValue(sum)}, but ${cite(total)}${
      tolerance >= 1 ? ` (allowed ±${formatValue(Math.floor(tolerance))} for the units written)` : ""
    }`,
  };
}

/** Σ sign·value over the parts, added left to right from 0. */
function signedSum(parts: readonly Part[]): number {
  let sum = 0;
  for (const p of parts) sum = sum + p.sign * p.term.value;
  return sum;
}

/** The terms' precisions added left to right from 0. */
function precisionSum(terms: readonly Term[]): number {
  let sum = 0;
  for (const t of terms) sum = sum + t.precision;
  return sum;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

function ofTable<T extends FactInput["table"]>(facts: readonly FactInput[], table: T): Of<T>[] {
  const out: Of<T>[] = [];
  for (const f of facts) if (f.table === table) out.push(f as Of<T>);
  return out;
}

const countValue = (f: { value: number }) => f.value;
const hasGender = (f: { gender: string }, gender: string) => f.gender === gender;
const hasIntervention = (f: { intervention: string | null }, intervention: string | null) =>
  f.intervention === intervention;
const hasCategory = (f: { category: string }, category: string) => f.category === category;
const countKey = (f: Of<"participant_count">) => `${f.intervention}|${f.year}|${f.measure}`;
const sectionOf = (f: FactInput) => f.section;

/** The distinct values of `field` over `facts`, in order of first appearance. */
function distinct<T, V>(items: readonly T[], field: (t: T) => V): V[] {
  const seen = new Set<V>();
  for (const t of items) seen.add(field(t));
  return [...seen];
}

/** Women + men (+ non-binary + not stated) = all, per intervention, year and measure. */
function genderSums(section: string, facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const counts = ofTable(facts, "participant_count");
  for (const list of groupBy(counts, countKey).values()) {
    const total = term(list, hasGender, "all", countValue, exact, "all");
    const women = term(list, hasGender, "woman", countValue, exact, "woman");
    const men = term(list, hasGender, "man", countValue, exact, "man");
    if (!total || !women || !men) continue;
    // A table of K / M / Tot has no other genders: an absent one is 0 there, not unread.
    const parts = [women, men];
    for (const gender of OTHER_GENDERS) {
      const other = term(list, hasGender, gender, countValue, exact, gender);
      if (other) parts.push(other);
    }
    const f0 = list[0]!;
    out.push(
      linear(
        "gender_sum",
        `participant_count:${f0.intervention ?? "federation"}:${f0.year}:${f0.measure}:${section}`,
        added(parts),
        total,
      ),
    );
  }
  return out;
}

/** The genders besides women and men a count may be split into. */
const OTHER_GENDERS = ["nonbinary", "unknown"];

const isTotalAt = (f: FactInput & { gender: string }, section: string) => f.section === section && f.gender === "all";

/**
 * Women + men stated in one section against the total another section states for the same
 * intervention, year and measure (an appendix's K/M against the summary table's total). Such a
 * check only confirms: two tables may count differently, so a disagreement between them proves
 * nothing about either (the warehouse reports it).
 */
function crossSectionGenderSums(facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const counts = ofTable(facts, "participant_count");
  const groups = groupBy(counts, countKey);
  for (const list of groups.values()) {
    const sections = distinct(list, sectionOf);
    for (const partsAt of sections) {
      const here: typeof list = [];
      for (const f of list) if (f.section === partsAt) here.push(f);
      const women = term(here, hasGender, "woman", countValue, exact, "woman");
      const men = term(here, hasGender, "man", countValue, exact, "man");
      if (!women || !men) continue;
      const parts = [women, men];
      for (const gender of OTHER_GENDERS) {
        const other = term(here, hasGender, gender, countValue, exact, gender);
        if (other) parts.push(other);
      }
      for (const totalAt of sections) {
        if (totalAt === partsAt) continue;
        const total = term(list, isTotalAt, totalAt, countValue, exact, `all (${totalAt})`);
        if (!total) continue;
        const f0 = here[0]!;
        const check = linear(
          "gender_sum",
          `participant_count:${f0.intervention ?? "federation"}:${f0.year}:${f0.measure}:${partsAt}+${totalAt}`,
          added(parts),
          total,
        );
        if (check.holds) out.push({ ...check, contradicts: false });
      }
    }
  }
  return out;
}

const yearMeasureGenderKey = (f: Of<"participant_count">) => `${f.year}|${f.measure}|${f.gender}`;

/**
 * The term each of `values` states (`pick` asked with the value, labelled by it), or undefined
 * when one of them states none.
 */
function termsOf<T extends FactInput>(
  facts: readonly T[],
  pick: (f: T, value: string) => boolean,
  values: readonly string[],
  valueOf: (f: T) => number | null,
  precisionOf: (f: T, v: number) => number,
): Term[] | undefined {
  const out: Term[] = [];
  for (const v of values) {
    const t = term(facts, pick, v, valueOf, precisionOf, v);
    if (!t) return undefined;
    out.push(t);
  }
  return out;
}

/** A participant table's intervention rows add to its total row (intervention null), per year, measure and gender. */
function tableTotals(
  section: string,
  facts: readonly FactInput[],
  countsOnce: ((f: FactInput) => boolean) | undefined,
): IdentityCheck[] {
  if (!section.startsWith("general:participant_table") && section !== "table1" && section !== "table2") return [];
  const out: IdentityCheck[] = [];
  const counts = ofTable(facts, "participant_count");
  for (const list of groupBy(counts, yearMeasureGenderKey).values()) {
    const total = term(list, hasIntervention, null, countValue, exact, "total");
    if (!total) continue;
    // A total of unique persons ("Förbundet, unika personer") is less than its interventions' sum
    // whenever someone took part in two: the rows may add to more, and nothing is contradicted.
    if (countsUniquePersons(total.facts)) continue;
    const seen = new Set<string>();
    for (const f of list) if (f.intervention !== null) seen.add(f.intervention);
    const names = [...seen];
    if (names.length < 2) continue;
    const rows = termsOf(list, hasIntervention, names, countValue, exact);
    if (!rows) continue;
    // A total the table's own words say counts each person once ("räknar varje person en gång", "sex
    // personer har deltagit i två insatser"): no more than its rows' sum, nothing is contradicted.
    if (countsOnce !== undefined && total.value <= sumOf(rows) && total.facts.some(countsOnce)) continue;
    const f0 = list[0]!;
    out.push(
      linear("table_total", `participant_count:${f0.year}:${f0.measure}:${f0.gender}:${section}`, added(rows), total, {
        open: true,
      }),
    );
  }
  return out;
}

function sumOf(terms: readonly Term[]): number {
  let s = 0;
  for (const t of terms) s += t.value;
  return s;
}

function countsUniquePersons(facts: readonly FactInput[]): boolean {
  for (const f of facts) if (UNIQUE_PERSONS_LABEL.test(f.text)) return true;
  return false;
}

/**
 * Dimensions whose categories exclude each other: each person is in one. Referrers and income
 * sources may be several per person, so their categories may add to more than the population.
 */
const EXCLUSIVE_DIMENSIONS = new Set(["age_band", "education", "time_in_support", "exit_outcome"]);
const SUMMABLE_POPULATIONS = new Set(["new", "enrolled", "exited"]);

type Breakdown = Of<"participant_breakdown">;
type Count = Of<"participant_count">;
const breakdownKey = (f: Breakdown) => `${f.intervention}|${f.year}|${f.population}|${f.dimension}`;
const categoryOf = (f: Breakdown) => f.category;
const isPopulationOf = (c: Count, f0: Breakdown) =>
  c.intervention === f0.intervention && c.year === f0.year && c.measure === f0.population && c.gender === "all";

/** A breakdown's categories add to its population's count (destinations at exit = exited). */
function breakdownSums(section: string, facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const counts = ofTable(facts, "participant_count");
  const cells: Breakdown[] = [];
  for (const f of ofTable(facts, "participant_breakdown"))
    if (EXCLUSIVE_DIMENSIONS.has(f.dimension) && SUMMABLE_POPULATIONS.has(f.population)) cells.push(f);
  for (const list of groupBy(cells, breakdownKey).values()) {
    const f0 = list[0]!;
    const total = term(counts, isPopulationOf, f0, countValue, exact, f0.population);
    if (!total) continue;
    const rows = termsOf(list, hasCategory, distinct(list, categoryOf), countValue, exact);
    if (!rows) continue;
    const check = linear(
      f0.dimension === "exit_outcome" ? "exit_outcomes_sum" : "breakdown_sum",
      `participant_breakdown:${f0.intervention ?? "federation"}:${f0.year}:${f0.population}:${f0.dimension}:${section}`,
      added(rows),
      total,
      { open: true },
    );
    // Rows that add exactly to another population of the same intervention are that population's
    // rows under the wrong heading ("Ålder på nyinskrivna" counting everyone enrolled): they fall,
    // the count stands.
    const sum = Number(check.value);
    let other: Count | undefined;
    for (const c of counts)
      if (
        c.intervention === f0.intervention &&
        c.year === f0.year &&
        c.gender === "all" &&
        c.measure !== f0.population &&
        SUMMABLE_POPULATIONS.has(c.measure) &&
        c.value === sum
      ) {
        other = c;
        break;
      }
    if (check.contradicts && other) {
      check.suspects = list;
      check.message += `; the rows add to ${other.measure} ${other.value} (line ${other.line}) instead`;
    }
    out.push(check);
  }
  return out;
}

type Finance = Of<"finance">;
const amountOf = (f: Finance) => f.amount_sek ?? null;
const amountPrecisionOf = (f: { text: string }, v: number) => amountPrecision(v, f.text);
const yearBasisKey = (f: Finance) => `${f.year}|${f.basis}`;
const isItem = (f: Finance, at: { year: number; basis: string; code: string }) =>
  f.year === at.year && f.basis === at.basis && f.item === at.code;

/** The term a statement's line `code` states for `year` and `basis`. */
const financeItem = (fin: readonly Finance[], year: number, basis: string, code: string) =>
  term(fin, isItem, { year, basis, code }, amountOf, amountPrecisionOf, code);

/** Statement identities per year and basis: operating result, result, and the equity roll. */
function statementIdentities(section: string, facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const fin = ofTable(facts, "finance");
  for (const key of distinct(fin, yearBasisKey)) {
    const [y, basis] = key.split("|") as [string, string];
    const year = Number(y);
    const subjectPrefix = `finance:${year}:${basis}:`;
    const revenue = financeItem(fin, year, basis, "revenue_operating");
    const cost = financeItem(fin, year, basis, "cost_operating");
    const operating = financeItem(fin, year, basis, "operating_result");
    if (revenue && cost && operating)
      out.push(
        linear(
          "operating_result",
          `${subjectPrefix}operating_result:${section}`,
          [
            { term: revenue, sign: 1 },
            { term: cost, sign: -1 },
          ],
          operating,
          { money: true },
        ),
      );
    // The net before financial items: the statement's own line, else revenue − costs.
    const net: Part[] | undefined = operating
      ? [{ term: operating, sign: 1 }]
      : revenue && cost
        ? [
            { term: revenue, sign: 1 },
            { term: cost, sign: -1 },
          ]
        : undefined;
    const finIncome = financeItem(fin, year, basis, "revenue_financial");
    const finCost = financeItem(fin, year, basis, "cost_financial");
    const finNet = finIncome || finCost ? undefined : financeItem(fin, year, basis, "financial_items");
    const financial: Part[] = [];
    if (finIncome) financial.push({ term: finIncome, sign: 1 });
    if (finCost) financial.push({ term: finCost, sign: -1 });
    if (finNet) financial.push({ term: finNet, sign: 1 });
    for (const code of RESULT_CODES) {
      const result = financeItem(fin, year, basis, code);
      if (!net || !result) continue;
      // A statement leaves out a financial line that is 0; one we did not read may not be 0.
      const check = linear("result", `${subjectPrefix}${code}:${section}`, [...net, ...financial], result, {
        money: true,
        incomplete: !finNet && !(finIncome && finCost),
      });
      out.push(mirroredSign(check, [...net, ...financial], result));
    }
    const result = financeItem(fin, year, basis, "result");
    const end = financeItem(fin, year, basis, "equity_end");
    const opening = financeItem(fin, year, basis, "equity_start") ?? financeItem(fin, year - 1, basis, "equity_end");
    if (result && end && opening)
      out.push(
        linear(
          "equity_roll",
          `${subjectPrefix}equity_end:${section}`,
          [
            { term: { ...opening, label: `opening equity` }, sign: 1 },
            { term: result, sign: 1 },
          ],
          end,
          { money: true },
        ),
      );
  }
  return out;
}

const RESULT_CODES = ["result_after_financial", "result"];

/**
 * A result written with the size of revenue − costs and the opposite sign ("Årets resultat
 * 217 170" under revenue 4 862 150 and costs 5 079 320): the sign is the writer's convention or a
 * slip, not a financial line we did not read (no federation's interest is twice its net). The
 * check then contradicts even where a financial line is missing, and names the result as the
 * figure that falls: revenue and costs stand.
 */
function mirroredSign(check: IdentityCheck, parts: readonly Part[], result: Term): IdentityCheck {
  if (check.holds || check.contradicts) return check;
  const sum = signedSum(parts);
  let precision = 0;
  for (const p of parts) precision = precision + p.term.precision;
  precision = precision + result.precision;
  const tolerance = precision + roundingSlack(parts.length + 1);
  if (Math.abs(sum) <= tolerance || Math.abs(sum + result.value) > tolerance) return check;
  return {
    ...check,
    contradicts: true,
    suspects: result.facts,
    message: `${check.message}: the result has the size of the sum with the opposite sign, so its sign cannot be trusted`,
  };
}

/** How far below the last member row a note's total row may stand (other revenue lines between). */
const TOTAL_WITHIN_LINES = 5;

type Member = Of<"member_contribution">;
const memberGroupKey = (f: Member) => `${f.section}|${f.year}|${f.basis}`;
const memberOf = (f: Member) => f.member;
const hasMember = (f: Member, member: string) => f.member === member;
const memberAmountOf = (f: Member) => f.amount_sek;
const sameYearBasis = (f: Finance, f0: Member) => f.year === f0.year && f.basis === f0.basis;
const isNoteTotal = (f: Finance, at: { f0: Member; line: number }) =>
  sameYearBasis(f, at.f0) && f.line === at.line && (f.item === "revenue_operating" || f.item === "member_revenue");
const isRevenueLine = (f: Finance, at: { f0: Member; line: number }) =>
  sameYearBasis(f, at.f0) && f.line === at.line && f.item.startsWith("revenue_line:");

/**
 * Members' contributions (+ the note's other revenue lines) add to the note's total revenue. The
 * note is found by position, not by section: the member rows, then revenue lines, then the first
 * total row within a few lines below — whichever reader read each of them.
 */
function contributionSums(facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const members = ofTable(facts, "member_contribution");
  const fin = ofTable(facts, "finance");
  for (const list of groupBy(members, memberGroupKey).values()) {
    const f0 = list[0]!;
    const memberLines = new Set<number>();
    for (const f of list) memberLines.add(f.line);
    const first = Math.min(...memberLines);
    const last = Math.max(...memberLines);
    let totalLine = Infinity;
    for (const f of fin)
      if (
        sameYearBasis(f, f0) &&
        (f.item === "revenue_operating" || f.item === "member_revenue") &&
        f.line > last &&
        f.line <= last + TOTAL_WITHIN_LINES
      )
        totalLine = Math.min(totalLine, f.line);
    if (!Number.isFinite(totalLine)) continue;
    const total = term(fin, isNoteTotal, { f0, line: totalLine }, amountOf, amountPrecisionOf, "total revenue");
    const rows: (Term | undefined)[] = [];
    for (const n of distinct(list, memberOf)) rows.push(term(list, hasMember, n, memberAmountOf, amountPrecisionOf, n));
    // Revenue lines of the note that are not a member's row (a template may read members as revenue lines too).
    const otherLines = new Set<number>();
    for (const f of fin)
      if (
        sameYearBasis(f, f0) &&
        f.item.startsWith("revenue_line:") &&
        f.line > first &&
        f.line < totalLine &&
        !memberLines.has(f.line)
      )
        otherLines.add(f.line);
    const others: (Term | undefined)[] = [];
    for (const line of otherLines)
      others.push(term(fin, isRevenueLine, { f0, line }, amountOf, amountPrecisionOf, `line ${line}`));
    if (!total || rows.length < 2) continue;
    const parts: Part[] = [];
    let missing = false;
    for (const t of [...rows, ...others]) {
      if (!t) missing = true;
      else parts.push({ term: t, sign: 1 });
    }
    if (missing) continue;
    out.push(
      linear("contributions_sum", `member_contribution:${f0.year}:${f0.basis}:${f0.section}`, parts, total, {
        open: true,
        money: true,
      }),
    );
  }
  return out;
}

/** An indicator's count and its rate, stated together: rate = 100 · count / n. */
const RATE_PAIR = /^(.*)_(count)(_reported)?$/;

type Indicator = Of<"indicator">;
const always = () => true;
const indicatorValue = (r: Indicator) => r.value;
const indicatorPrecision = (r: Indicator) => ratePrecision(r.value);

function quotedRates(section: string, facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const ind = ofTable(facts, "indicator");
  for (const count of ind) {
    const m = RATE_PAIR.exec(count.indicator);
    if (!m || count.unit !== "count") continue;
    const names = [`${m[1]}_rate${m[3] ?? ""}`, `${m[1]}_share${m[3] ?? ""}`];
    const rates: Indicator[] = [];
    for (const r of ind)
      if (
        names.includes(r.indicator) &&
        r.unit === "percent" &&
        r.scope === count.scope &&
        r.year === count.year &&
        r.gender === count.gender &&
        // The same sentence: a reader may cite the line each number stands on.
        (r.line === count.line || r.text === count.text)
      )
        rates.push(r);
    const rate = term(rates, always, null, indicatorValue, indicatorPrecision, rates[0]?.indicator ?? "");
    let n = count.n ?? null;
    if (n === null)
      for (const r of rates)
        if (r.n !== null && r.n !== undefined) {
          n = r.n;
          break;
        }
    if (!rate || n === null || n <= 0 || count.approximate) continue;
    const computed = (100 * count.value) / n;
    const holds = Math.abs(computed - rate.value) <= rate.precision + 1e-9;
    out.push({
      name: "quoted_rate",
      subject: `indicator:${count.scope}:${count.year}:${rate.label}:${section}`,
      facts: [count, ...rate.facts],
      holds,
      contradicts: !holds,
      value: formatValue(computed),
      otherValue: formatValue(rate.value),
      message: `${count.indicator} ${count.value} of ${n} (line ${count.line}) is ${formatValue(Math.round(computed * 100) / 100)} %, but ${rate.label} is ${formatValue(rate.value)} % (line ${distinctLines(rate.facts).join(", ")})`,
    });
  }
  return out;
}

/** The key under which the same figure on two lines meets, or undefined for facts never compared so. */
function restatedKey(f: FactInput): string | undefined {
  if (f.table === "participant_count") return `pc|${f.intervention}|${f.year}|${f.measure}|${f.gender}|${f.value}`;
  if (f.table === "finance" && f.amount_sek !== null && f.amount_sek !== undefined && f.amount_sek !== 0)
    return `fin|${f.year}|${f.basis}|${f.item}|${f.amount_sek}`;
  return undefined;
}

/**
 * The same count or amount stated on two lines of the document (an appendix and the summary
 * table, the income statement and the five-year overview) with the same value: each confirms the
 * other. Only confirms: two tables may define a figure differently, so different values prove
 * nothing (the warehouse's precedence reports them).
 */
function restatements(facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const groups = new Map<string, FactInput[]>();
  for (const f of facts) {
    if (f.approximate) continue;
    const key = restatedKey(f);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  for (const [key, list] of groups) {
    const lines = distinctLines(list);
    if (lines.length < 2) continue;
    out.push({
      name: "restated",
      subject: key,
      facts: list,
      holds: true,
      contradicts: false,
      value: "",
      otherValue: "",
      message: `the same figure on lines ${lines.join(", ")}`,
    });
  }
  return out;
}

/** Every identity the facts of one document allow, section by section. */
export function identityChecks(
  facts: readonly FactInput[],
  /** Whether a total row's table says in its own words that the total counts each person once. */
  countsOnce?: (f: FactInput) => boolean,
): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  for (const [section, list] of groupBy(facts, sectionOf))
    out.push(
      ...genderSums(section, list),
      ...tableTotals(section, list, countsOnce),
      ...breakdownSums(section, list),
      ...statementIdentities(section, list),
      ...quotedRates(section, list),
    );
  return [...out, ...crossSectionGenderSums(facts), ...contributionSums(facts), ...restatements(facts)];
}
