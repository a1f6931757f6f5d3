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
 * The term the facts matching `pick` state, or undefined when none does or the facts disagree
 * among themselves (then nothing can be checked), or when one is approximate ("ca 120").
 */
function term<T extends FactInput>(
  facts: readonly T[],
  pick: (f: T) => boolean,
  valueOf: (f: T) => number | null,
  precisionOf: (f: T, v: number) => number,
  label: string,
): Term | undefined {
  const found = facts.filter(pick);
  if (found.length === 0) return undefined;
  const values = new Set(found.map(valueOf));
  if (values.size !== 1 || found.some((f) => f.approximate)) return undefined;
  const value = valueOf(found[0]!);
  if (value === null) return undefined;
  return { facts: found, value, precision: Math.max(...found.map((f) => precisionOf(f, value))), label };
}

const exact = () => 0;
const cite = (t: Term) =>
  `${t.label} ${formatValue(t.value)} (line ${[...new Set(t.facts.map((f) => f.line))].join(", ")})`;
const formatValue = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));

/**
 * `Σ sign·part = total`. `open`: the parts are rows of which some may be unread, so only an
 * excess over the total contradicts. `incomplete`: an optional term is absent and taken as 0 —
 * the check may confirm but never refutes. `money`: whole-kronor rounding of each figure allowed.
 */
function linear(
  name: IdentityName,
  subject: string,
  parts: { term: Term; sign: 1 | -1 }[],
  total: Term,
  opts: { open?: boolean; incomplete?: boolean; money?: boolean } = {},
): IdentityCheck {
  const sum = parts.reduce((a, p) => a + p.sign * p.term.value, 0);
  const gap = sum - total.value;
  const terms = [...parts.map((p) => p.term), total];
  const tolerance =
    terms.reduce((a, t) => a + t.precision, 0) + (opts.money ? roundingSlack(parts.length + 1) : 0) + 1e-9;
  const holds = Math.abs(gap) <= tolerance;
  const shown = parts.map(
    (p, i) => `${i === 0 ? (p.sign < 0 ? "− " : "") : p.sign < 0 ? " − " : " + "}${cite(p.term)}`,
  );
  return {
    name,
    subject,
    facts: terms.flatMap((t) => t.facts),
    holds,
    contradicts: !holds && !opts.incomplete && !(opts.open && gap < 0),
    value: formatValue(sum),
    otherValue: formatValue(total.value),
    message: `${shown.join("")} = ${formatValue(sum)}, but ${cite(total)}${
      tolerance >= 1 ? ` (allowed ±${formatValue(Math.floor(tolerance))} for the units written)` : ""
    }`,
  };
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

const ofTable = <T extends FactInput["table"]>(facts: readonly FactInput[], table: T) =>
  facts.filter((f): f is Of<T> => f.table === table);

const countValue = (f: { value: number }) => f.value;

/** Women + men (+ non-binary + not stated) = all, per intervention, year and measure. */
function genderSums(section: string, facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const counts = ofTable(facts, "participant_count");
  for (const list of groupBy(counts, (f) => `${f.intervention}|${f.year}|${f.measure}`).values()) {
    const g = (gender: string) => term(list, (f) => f.gender === gender, countValue, exact, gender);
    const total = g("all");
    const women = g("woman");
    const men = g("man");
    if (!total || !women || !men) continue;
    // A table of K / M / Tot has no other genders: an absent one is 0 there, not unread.
    const others = [g("nonbinary"), g("unknown")].filter((t): t is Term => !!t);
    const f0 = list[0]!;
    out.push(
      linear(
        "gender_sum",
        `participant_count:${f0.intervention ?? "federation"}:${f0.year}:${f0.measure}:${section}`,
        [women, men, ...others].map((t) => ({ term: t, sign: 1 as const })),
        total,
      ),
    );
  }
  return out;
}

/**
 * Women + men stated in one section against the total another section states for the same
 * intervention, year and measure (an appendix's K/M against the summary table's total). Such a
 * check only confirms: two tables may count differently, so a disagreement between them proves
 * nothing about either (the warehouse reports it).
 */
function crossSectionGenderSums(facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const counts = ofTable(facts, "participant_count");
  const groups = groupBy(counts, (f) => `${f.intervention}|${f.year}|${f.measure}`);
  for (const list of groups.values()) {
    const sections = [...new Set(list.map((f) => f.section))];
    for (const partsAt of sections) {
      const here = list.filter((f) => f.section === partsAt);
      const g = (gender: string) => term(here, (f) => f.gender === gender, countValue, exact, gender);
      const parts = [g("woman"), g("man"), g("nonbinary"), g("unknown")].filter((t): t is Term => !!t);
      if (!g("woman") || !g("man")) continue;
      for (const totalAt of sections.filter((s) => s !== partsAt)) {
        const total = term(
          list,
          (f) => f.section === totalAt && f.gender === "all",
          countValue,
          exact,
          `all (${totalAt})`,
        );
        if (!total) continue;
        const f0 = here[0]!;
        const check = linear(
          "gender_sum",
          `participant_count:${f0.intervention ?? "federation"}:${f0.year}:${f0.measure}:${partsAt}+${totalAt}`,
          parts.map((t) => ({ term: t, sign: 1 as const })),
          total,
        );
        if (check.holds) out.push({ ...check, contradicts: false });
      }
    }
  }
  return out;
}

/** A participant table's intervention rows add to its total row (intervention null), per year, measure and gender. */
function tableTotals(section: string, facts: readonly FactInput[]): IdentityCheck[] {
  if (!section.startsWith("general:participant_table") && section !== "table1" && section !== "table2") return [];
  const out: IdentityCheck[] = [];
  const counts = ofTable(facts, "participant_count");
  for (const list of groupBy(counts, (f) => `${f.year}|${f.measure}|${f.gender}`).values()) {
    const total = term(list, (f) => f.intervention === null, countValue, exact, "total");
    if (!total) continue;
    // A total of unique persons ("Förbundet, unika personer") is less than its interventions' sum
    // whenever someone took part in two: the rows may add to more, and nothing is contradicted.
    if (total.facts.some((f) => UNIQUE_PERSONS_LABEL.test(f.text))) continue;
    const names = [...new Set(list.map((f) => f.intervention).filter((n): n is string => n !== null))];
    if (names.length < 2) continue;
    const rows = names.map((n) => term(list, (f) => f.intervention === n, countValue, exact, n));
    if (rows.some((r) => !r)) continue;
    const f0 = list[0]!;
    out.push(
      linear(
        "table_total",
        `participant_count:${f0.year}:${f0.measure}:${f0.gender}:${section}`,
        rows.map((t) => ({ term: t!, sign: 1 as const })),
        total,
        { open: true },
      ),
    );
  }
  return out;
}

/**
 * Dimensions whose categories exclude each other: each person is in one. Referrers and income
 * sources may be several per person, so their categories may add to more than the population.
 */
const EXCLUSIVE_DIMENSIONS = new Set(["age_band", "education", "time_in_support", "exit_outcome"]);
const SUMMABLE_POPULATIONS = new Set(["new", "enrolled", "exited"]);

/** A breakdown's categories add to its population's count (destinations at exit = exited). */
function breakdownSums(section: string, facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const counts = ofTable(facts, "participant_count");
  const cells = ofTable(facts, "participant_breakdown").filter(
    (f) => EXCLUSIVE_DIMENSIONS.has(f.dimension) && SUMMABLE_POPULATIONS.has(f.population),
  );
  for (const list of groupBy(cells, (f) => `${f.intervention}|${f.year}|${f.population}|${f.dimension}`).values()) {
    const f0 = list[0]!;
    const total = term(
      counts,
      (c) =>
        c.intervention === f0.intervention && c.year === f0.year && c.measure === f0.population && c.gender === "all",
      countValue,
      exact,
      f0.population,
    );
    if (!total) continue;
    const categories = [...new Set(list.map((f) => f.category))];
    const rows = categories.map((c) => term(list, (f) => f.category === c, countValue, exact, c));
    if (rows.some((r) => !r)) continue;
    const check = linear(
      f0.dimension === "exit_outcome" ? "exit_outcomes_sum" : "breakdown_sum",
      `participant_breakdown:${f0.intervention ?? "federation"}:${f0.year}:${f0.population}:${f0.dimension}:${section}`,
      rows.map((t) => ({ term: t!, sign: 1 as const })),
      total,
      { open: true },
    );
    // Rows that add exactly to another population of the same intervention are that population's
    // rows under the wrong heading ("Ålder på nyinskrivna" counting everyone enrolled): they fall,
    // the count stands.
    const sum = Number(check.value);
    const other = counts.find(
      (c) =>
        c.intervention === f0.intervention &&
        c.year === f0.year &&
        c.gender === "all" &&
        c.measure !== f0.population &&
        SUMMABLE_POPULATIONS.has(c.measure) &&
        c.value === sum,
    );
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

/** Statement identities per year and basis: operating result, result, and the equity roll. */
function statementIdentities(section: string, facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const fin = ofTable(facts, "finance");
  const item = (year: number, basis: string, code: string) =>
    term(fin, (f) => f.year === year && f.basis === basis && f.item === code, amountOf, amountPrecisionOf, code);
  for (const key of new Set(fin.map((f) => `${f.year}|${f.basis}`))) {
    const [y, basis] = key.split("|") as [string, string];
    const year = Number(y);
    const at = (code: string) => item(year, basis, code);
    const subject = (code: string) => `finance:${year}:${basis}:${code}:${section}`;
    const revenue = at("revenue_operating");
    const cost = at("cost_operating");
    const operating = at("operating_result");
    if (revenue && cost && operating)
      out.push(
        linear(
          "operating_result",
          subject("operating_result"),
          [
            { term: revenue, sign: 1 },
            { term: cost, sign: -1 },
          ],
          operating,
          { money: true },
        ),
      );
    // The net before financial items: the statement's own line, else revenue − costs.
    const net: { term: Term; sign: 1 | -1 }[] | undefined = operating
      ? [{ term: operating, sign: 1 }]
      : revenue && cost
        ? [
            { term: revenue, sign: 1 },
            { term: cost, sign: -1 },
          ]
        : undefined;
    const finIncome = at("revenue_financial");
    const finCost = at("cost_financial");
    const finNet = finIncome || finCost ? undefined : at("financial_items");
    const financial = [
      ...(finIncome ? [{ term: finIncome, sign: 1 as const }] : []),
      ...(finCost ? [{ term: finCost, sign: -1 as const }] : []),
      ...(finNet ? [{ term: finNet, sign: 1 as const }] : []),
    ];
    for (const code of ["result_after_financial", "result"]) {
      const result = at(code);
      if (!net || !result) continue;
      // A statement leaves out a financial line that is 0; one we did not read may not be 0.
      const check = linear("result", subject(code), [...net, ...financial], result, {
        money: true,
        incomplete: !finNet && !(finIncome && finCost),
      });
      out.push(mirroredSign(check, [...net, ...financial], result));
    }
    const result = at("result");
    const end = at("equity_end");
    const opening = at("equity_start") ?? item(year - 1, basis, "equity_end");
    if (result && end && opening)
      out.push(
        linear(
          "equity_roll",
          subject("equity_end"),
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

/**
 * A result written with the size of revenue − costs and the opposite sign ("Årets resultat
 * 217 170" under revenue 4 862 150 and costs 5 079 320): the sign is the writer's convention or a
 * slip, not a financial line we did not read (no federation's interest is twice its net). The
 * check then contradicts even where a financial line is missing, and names the result as the
 * figure that falls: revenue and costs stand.
 */
function mirroredSign(check: IdentityCheck, parts: { term: Term; sign: 1 | -1 }[], result: Term): IdentityCheck {
  if (check.holds || check.contradicts) return check;
  const sum = parts.reduce((a, p) => a + p.sign * p.term.value, 0);
  const tolerance =
    [...parts.map((p) => p.term), result].reduce((a, t) => a + t.precision, 0) + roundingSlack(parts.length + 1);
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

/**
 * Members' contributions (+ the note's other revenue lines) add to the note's total revenue. The
 * note is found by position, not by section: the member rows, then revenue lines, then the first
 * total row within a few lines below — whichever reader read each of them.
 */
function contributionSums(facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const members = ofTable(facts, "member_contribution");
  const fin = ofTable(facts, "finance");
  for (const list of groupBy(members, (f) => `${f.section}|${f.year}|${f.basis}`).values()) {
    const f0 = list[0]!;
    const memberLines = new Set(list.map((f) => f.line));
    const first = Math.min(...memberLines);
    const last = Math.max(...memberLines);
    const same = (f: Finance) => f.year === f0.year && f.basis === f0.basis;
    const totalLine = Math.min(
      ...fin
        .filter(
          (f) =>
            same(f) &&
            (f.item === "revenue_operating" || f.item === "member_revenue") &&
            f.line > last &&
            f.line <= last + TOTAL_WITHIN_LINES,
        )
        .map((f) => f.line),
    );
    if (!Number.isFinite(totalLine)) continue;
    const total = term(
      fin,
      (f) => same(f) && f.line === totalLine && (f.item === "revenue_operating" || f.item === "member_revenue"),
      amountOf,
      amountPrecisionOf,
      "total revenue",
    );
    const names = [...new Set(list.map((f) => f.member))];
    const rows = names.map((n) =>
      term(
        list,
        (f) => f.member === n,
        (f) => f.amount_sek,
        amountPrecisionOf,
        n,
      ),
    );
    // Revenue lines of the note that are not a member's row (a template may read members as revenue lines too).
    const otherLines = [
      ...new Set(
        fin
          .filter(
            (f) =>
              same(f) &&
              f.item.startsWith("revenue_line:") &&
              f.line > first &&
              f.line < totalLine &&
              !memberLines.has(f.line),
          )
          .map((f) => f.line),
      ),
    ];
    const others = otherLines.map((line) =>
      term(
        fin,
        (f) => same(f) && f.line === line && f.item.startsWith("revenue_line:"),
        amountOf,
        amountPrecisionOf,
        `line ${line}`,
      ),
    );
    if (!total || [...rows, ...others].some((r) => !r) || rows.length < 2) continue;
    out.push(
      linear(
        "contributions_sum",
        `member_contribution:${f0.year}:${f0.basis}:${f0.section}`,
        [...rows, ...others].map((t) => ({ term: t!, sign: 1 as const })),
        total,
        { open: true, money: true },
      ),
    );
  }
  return out;
}

/** An indicator's count and its rate, stated together: rate = 100 · count / n. */
const RATE_PAIR = /^(.*)_(count)(_reported)?$/;

function quotedRates(section: string, facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  const ind = ofTable(facts, "indicator");
  for (const count of ind) {
    const m = RATE_PAIR.exec(count.indicator);
    if (!m || count.unit !== "count") continue;
    const names = [`${m[1]}_rate${m[3] ?? ""}`, `${m[1]}_share${m[3] ?? ""}`];
    const rates = ind.filter(
      (r) =>
        names.includes(r.indicator) &&
        r.unit === "percent" &&
        r.scope === count.scope &&
        r.year === count.year &&
        r.gender === count.gender &&
        // The same sentence: a reader may cite the line each number stands on.
        (r.line === count.line || r.text === count.text),
    );
    const rate = term(
      rates,
      () => true,
      (r) => r.value,
      (r) => ratePrecision(r.value),
      rates[0]?.indicator ?? "",
    );
    const n = count.n ?? rates.find((r) => r.n !== null && r.n !== undefined)?.n ?? null;
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
      message: `${count.indicator} ${count.value} of ${n} (line ${count.line}) is ${formatValue(Math.round(computed * 100) / 100)} %, but ${rate.label} is ${formatValue(rate.value)} % (line ${[...new Set(rate.facts.map((f) => f.line))].join(", ")})`,
    });
  }
  return out;
}

/**
 * The same count or amount stated on two lines of the document (an appendix and the summary
 * table, the income statement and the five-year overview) with the same value: each confirms the
 * other. Only confirms: two tables may define a figure differently, so different values prove
 * nothing (the warehouse's precedence reports them).
 */
function restatements(facts: readonly FactInput[]): IdentityCheck[] {
  const keyed = (f: FactInput): string | undefined => {
    if (f.table === "participant_count") return `pc|${f.intervention}|${f.year}|${f.measure}|${f.gender}|${f.value}`;
    if (f.table === "finance" && f.amount_sek !== null && f.amount_sek !== undefined && f.amount_sek !== 0)
      return `fin|${f.year}|${f.basis}|${f.item}|${f.amount_sek}`;
    return undefined;
  };
  const out: IdentityCheck[] = [];
  const groups = groupBy(
    facts.filter((f) => keyed(f) !== undefined && !f.approximate),
    (f) => keyed(f)!,
  );
  for (const [key, list] of groups) {
    const lines = [...new Set(list.map((f) => f.line))];
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
export function identityChecks(facts: readonly FactInput[]): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  for (const [section, list] of groupBy(facts, (f) => f.section))
    out.push(
      ...genderSums(section, list),
      ...tableTotals(section, list),
      ...breakdownSums(section, list),
      ...statementIdentities(section, list),
      ...quotedRates(section, list),
    );
  return [...out, ...crossSectionGenderSums(facts), ...contributionSums(facts), ...restatements(facts)];
}
