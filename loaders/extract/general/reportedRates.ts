/**
 * A federation's reported rates whose base the text does not state where the rate stands:
 * "Andelen som gick till arbete eller studier var 32 procent", "Andel till arbete eller studier
 * (%)  35  31  29", "Andel avslutade till arbete eller studier: 31 %". A rate to work or studies,
 * or of positive steps, is a share of the year's exits of the same population (the federation's
 * or one intervention's), so its base is that exit count, wherever in the document it is read.
 *
 * Readers return such a rate with `n` null among their `awaiting` facts (`ParseOutput.awaiting`);
 * this pass, after every reader of the document, gives it the one exit count of its year and
 * scope, or does not store it:
 * - no exit count of that year and scope is read, or two that differ, or a hedged one ("drygt
 *   90"): not stored (no base, no rate);
 * - the exits' destinations read for that year and scope are the rate's numerator: a rate that
 *   does not equal numerator / base within its rounding is not stored (a target, another year's
 *   or another body's share that slipped past its reader); where only some destinations are
 *   read, the rate must lie within what they allow;
 * - a rate in a sentence that names no one (no intervention, no federation cue) is the
 *   federation's only where the federation's exits, and every destination the rate counts, are
 *   read and give exactly that rate (and a base stated beside it is those exits).
 * Each refusal is a finding naming the lines. Pure.
 */
import { POSITIVE_EXIT_OUTCOMES, WORK_OR_STUDIES_EXIT_OUTCOMES } from "../../reference/derived.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { ParseOutput } from "../documentText.ts";
import { ratePrecision } from "./factPrecision.ts";

type Indicator = Extract<FactInput, { table: "indicator" }>;
type Breakdown = Extract<FactInput, { table: "participant_breakdown" }>;

/** The reported rates whose base is the year's exits. */
const EXIT_RATES = new Set(["work_or_studies_rate_reported", "positive_step_rate_reported"]);
/**
 * The destinations each rate counts: the codebook's positive step (work, studies, joint assessment,
 * job seeking), and a step the report itself calls "annan positiv stegförflyttning", which its own
 * rate counts by that name.
 */
const NUMERATOR: Record<string, readonly string[]> = {
  work_or_studies_rate_reported: WORK_OR_STUDIES_EXIT_OUTCOMES,
  positive_step_rate_reported: [...POSITIVE_EXIT_OUTCOMES, "other_positive"],
};

/**
 * The note of a rate whose sentence names no one (no intervention, no federation cue): it is the
 * federation's only where the federation's exits and every destination it counts are read and
 * give exactly that rate, which is then true of the federation whoever the sentence meant.
 */
/** A reported rate read without its base: it waits (ParseOutput.awaiting) for the year's exits of its scope. */
export function awaitingRate(r: {
  year: number;
  scope: string;
  indicator: string;
  value: number;
  note: string;
  line: number;
  text: string;
  section: string;
}): FactInput {
  return { table: "indicator", gender: "all", unit: "percent", n: null, approximate: false, ...r } as FactInput;
}

export const UNSCOPED_RATE =
  "rate in a sentence that names no one; the federation's only where its exits give it exactly";

/**
 * A rate waiting for its base: a reported rate of the exited with no base stated beside it, or one
 * whose sentence names no one (its stated base must then be the federation's exits).
 */
function awaitsBase(f: FactInput): f is Indicator {
  return (
    f.table === "indicator" &&
    EXIT_RATES.has(f.indicator) &&
    f.unit === "percent" &&
    (f.n === null || f.n === undefined || f.note === UNSCOPED_RATE)
  );
}

/** The intervention a rate's scope names, null for the federation, undefined for anything else. */
function interventionOf(scope: string): string | null | undefined {
  if (scope === "federation") return null;
  return scope.startsWith("intervention:") ? scope.slice("intervention:".length) : undefined;
}

const keyOf = (intervention: string | null, year: number) => `${intervention ?? ""}|${year}`;

/** What the destinations read allow a rate to be: its exact value when every counted one is read, else bounds. */
function allowedRange(
  indicator: string,
  n: number,
  outcomes: ReadonlyMap<string, number> | undefined,
): { low: number; high: number; exact: boolean } | undefined {
  if (!outcomes || outcomes.size === 0) return undefined;
  const counted = NUMERATOR[indicator]!;
  let inside = 0;
  let outside = 0;
  for (const [category, value] of outcomes) {
    if (counted.includes(category)) inside += value;
    else outside += value;
  }
  // "Work" and "studies" together are "work or studies": either way the joint figure is known.
  const joint = outcomes.has("work_or_studies") || (outcomes.has("work") && outcomes.has("studies"));
  const exact =
    inside + outside === n ||
    (indicator === "work_or_studies_rate_reported" &&
      joint &&
      !(outcomes.has("work_or_studies") && outcomes.has("work")));
  return exact
    ? { low: (100 * inside) / n, high: (100 * inside) / n, exact }
    : { low: (100 * inside) / n, high: (100 * (n - outside)) / n, exact };
}

/** Give each rate waiting for a base the year's one exit count of its scope, or leave it unstored with a finding. */
export function settleReportedRates(out: ParseOutput): ParseOutput {
  const { awaiting, ...rest } = out;
  if (!awaiting || awaiting.length === 0) return rest;
  const exits = new Map<string, Set<number>>();
  const outcomeValues = new Map<string, Map<string, Set<number>>>();
  for (const f of out.facts) {
    if (f.table === "participant_count" && f.measure === "exited" && f.gender === "all") {
      const key = keyOf(f.intervention ?? null, f.year);
      exits.set(key, (exits.get(key) ?? new Set()).add(f.approximate ? NaN : f.value));
    }
    if (f.table === "participant_breakdown" && f.population === "exited" && f.dimension === "exit_outcome") {
      const b = f as Breakdown;
      const key = keyOf(b.intervention ?? null, b.year);
      const byCategory = outcomeValues.get(key) ?? new Map<string, Set<number>>();
      byCategory.set(b.category, (byCategory.get(b.category) ?? new Set()).add(b.approximate ? NaN : b.value));
      outcomeValues.set(key, byCategory);
    }
  }
  const findings: FindingInput[] = [];
  const refuse = (f: Indicator, checkId: string, message: string) =>
    findings.push({
      check_id: checkId,
      severity: checkId === "coverage.unread_number" ? "info" : "warning",
      subject: f.section,
      line: f.line,
      value: String(f.value),
      message,
    });
  const facts: FactInput[] = [...out.facts];
  // A rate another reader (a template) already stored from the same line is not stored twice.
  const stored = new Set(
    out.facts.flatMap((f) => (f.table === "indicator" ? [`${f.line}|${f.scope}|${f.indicator}|${f.year}`] : [])),
  );
  for (const f of awaiting) {
    if (!awaitsBase(f)) throw new Error(`a fact awaiting a base is no reported rate without one (line ${f.line})`);
    if (stored.has(`${f.line}|${f.scope}|${f.indicator}|${f.year}`)) continue;
    const intervention = interventionOf(f.scope);
    const key = intervention === undefined ? undefined : keyOf(intervention, f.year);
    const bases = key === undefined ? undefined : exits.get(key);
    const n = bases?.size === 1 ? [...bases][0]! : undefined;
    const stated = f.n ?? undefined;
    if (stated !== undefined && stated !== n) {
      refuse(
        f,
        "coverage.unread_number",
        `a rate of ${f.value} % of ${stated} in a sentence that names no one: ${stated} is not the federation's ${f.year} exits read elsewhere; not stored`,
      );
      continue;
    }
    if (n === undefined || !Number.isInteger(n) || n <= 0) {
      refuse(
        f,
        "coverage.unread_number",
        `a rate of ${f.value} % (${f.indicator}) states no base, and the document gives ${
          bases && bases.size > 1 ? "more than one" : "no"
        } plain count of ${f.year}'s exits for ${f.scope} to be it; not stored`,
      );
      continue;
    }
    // Each destination read once, with one value; two readings of one destination that differ check nothing.
    const byCategory = outcomeValues.get(key!);
    const outcomes = new Map<string, number>();
    let unsure = false;
    for (const [category, values] of byCategory ?? []) {
      const [v] = values;
      if (values.size !== 1 || !Number.isInteger(v)) unsure = true;
      else outcomes.set(category, v!);
    }
    const range = unsure ? undefined : allowedRange(f.indicator, n, outcomes);
    const slack = ratePrecision(f.value) + 1e-9;
    const unscoped = f.note === UNSCOPED_RATE;
    if (unscoped && !range?.exact) {
      refuse(
        f,
        "coverage.unread_number",
        `a rate of ${f.value} % (${f.indicator}) in a sentence that names no one: it would be the federation's only if ${f.year}'s exits and every destination it counts were read to check it; not stored`,
      );
      continue;
    }
    if (unsure || (range && (f.value < range.low - slack || f.value > range.high + slack))) {
      refuse(
        f,
        "identity.quoted_rate",
        unsure
          ? `a rate of ${f.value} % (${f.indicator}) with ${f.year}'s ${n} exits as its base: the exits' destinations are read with values that differ, so it cannot be checked; not stored`
          : `a rate of ${f.value} % (${f.indicator}) does not fit ${f.year}'s ${n} exits and their destinations read (${[
              ...outcomes,
            ]
              .map(([c, v]) => `${c} ${v}`)
              .join(", ")}: ${
              range!.exact
                ? `${Math.round(range!.low * 100) / 100} %`
                : `${Math.round(range!.low * 100) / 100}–${Math.round(range!.high * 100) / 100} %`
            }); not stored`,
      );
      continue;
    }
    facts.push({
      ...f,
      n,
      note: `${unscoped ? "rate as stated in the text, equal to the federation's exits and destinations" : (f.note ?? "rate as stated in the text")}; its base is the year's ${n} exits the document gives`,
    });
  }
  return { ...rest, facts, findings: [...out.findings, ...findings] };
}
