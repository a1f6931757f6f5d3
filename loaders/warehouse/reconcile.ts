/**
 * Reconciliation checks over the normalised rows: the identities of domain.md. Each
 * disagreement becomes a data_quality row naming both values and both source lines.
 * Nothing is "fixed": the rows stay as the sources state them.
 */
import { qualityRow, type QualityRow } from "../normalize/qualityRow.ts";
import type { RowOf, Rows } from "../schema/tables.ts";

/** The parts of a count of all genders, in the order the gender-sum check names the first (also rowSets.ts). */
export const GENDER_PARTS: readonly string[] = ["woman", "man", "nonbinary", "unknown"];

/** Populations whose breakdowns add up to their count (checked in SQL too for the row files' breakdowns: rowSets.ts). */
export const SUMMABLE_POPULATIONS: ReadonlySet<string> = new Set(["new", "enrolled", "exited"]);

/** A row of a fact table the checks compare: each cites its line and names its federation and year. */
type FactRow = Pick<RowOf<"finance">, "federation_id" | "year" | "document_id" | "source_line">;
type Count = RowOf<"participant_count">;
type Breakdown = RowOf<"participant_breakdown">;

function finding(
  check_id: string,
  subject: string,
  a: FactRow,
  b: FactRow | null,
  value: number | string,
  other: number | string,
  message: string,
  severity: "error" | "warning" | "info" = "warning",
): QualityRow {
  return qualityRow({
    check_id,
    subject,
    document_id: a.document_id,
    source_line: a.source_line,
    severity,
    federation_id: a.federation_id,
    year: a.year,
    value: String(value),
    other_value: String(other),
    other_document_id: b ? b.document_id : null,
    other_source_line: b ? b.source_line : null,
    message,
  });
}

/**
 * Statements are in whole kronor, each figure rounded on its own: a sum of n rounded terms may
 * differ from its rounded total by up to ⌊(n + 1) / 2⌋ kr. Such a gap is noted (info), not
 * raised as a disagreement (warning).
 */
export function moneyGapSeverity(a: number, b: number, terms: number): { severity: "info" | "warning"; note: string } {
  const gap = Math.abs(a - b);
  return gap <= Math.floor((terms + 1) / 2)
    ? { severity: "info", note: ` (differs by ${gap} kr: within the rounding of whole kronor)` }
    : { severity: "warning", note: "" };
}

/**
 * A money identity: nothing when the two amounts agree; otherwise a finding whose severity and
 * note come from moneyGapSeverity (`terms`: how many rounded figures the comparison adds up).
 */
function moneyMismatch(
  check_id: string,
  subject: string,
  a: FactRow,
  b: FactRow,
  value: number,
  other: number,
  terms: number,
  message: string,
): QualityRow[] {
  if (value === other) return [];
  const { severity, note } = moneyGapSeverity(value, other, terms);
  return [finding(check_id, subject, a, b, value, other, message + note, severity)];
}

const ivLabel = (r: Count | Breakdown) => r.intervention_id ?? `${r.federation_id} (hela förbundet)`;

/**
 * Rows by key, in input order. Every check looks rows up through these maps, built in one pass,
 * so reconciling grows linearly with the rows (a scan per federation-year grew with its square).
 */
function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** The first row with each key (what `rows.find` would return). */
function firstBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    if (!out.has(k)) out.set(k, r);
  }
  return out;
}

export function reconcile(rows: Rows): QualityRow[] {
  const out: QualityRow[] = [];
  const counts = rows.participant_count ?? [];
  const countKey = (fed: unknown, iv: unknown, year: unknown, measure: unknown, gender: unknown) =>
    JSON.stringify([fed, iv, year, measure, gender]);
  const countIndex = firstBy(counts, (r) => countKey(r.federation_id, r.intervention_id, r.year, r.measure, r.gender));
  const countOf = (fed: unknown, iv: unknown, year: unknown, measure: string, gender = "all") =>
    countIndex.get(countKey(fed, iv, year, measure, gender));
  const groups = groupBy(counts, (r) => JSON.stringify([r.federation_id, r.intervention_id, r.year]));

  for (const list of groups.values()) {
    const any = list[0]!;
    const get = (m: string, g = "all") => list.find((r) => r.measure === m && r.gender === g);
    const enrolled = get("enrolled");
    const exited = get("exited");
    const ongoing = get("ongoing");
    if (enrolled && exited && ongoing && Number(enrolled.value) - Number(exited.value) !== Number(ongoing.value))
      out.push(
        finding(
          "identity.enrolled_minus_exited",
          `participant_count:${ivLabel(any)}:${any.year}:ongoing`,
          ongoing,
          enrolled,
          Number(ongoing.value),
          `${enrolled.value} − ${exited.value} = ${Number(enrolled.value) - Number(exited.value)}`,
          `${ivLabel(any)} ${any.year}: enrolled ${enrolled.value} − exited ${exited.value} = ${Number(enrolled.value) - Number(exited.value)}, but ongoing is ${ongoing.value}`,
        ),
      );
    for (const measure of ["enrolled", "exited", "ongoing"]) {
      const total = get(measure);
      const parts = GENDER_PARTS.map((g) => get(measure, g)).filter((r): r is Count => !!r);
      if (!total || parts.length < 2) continue;
      const sum = parts.reduce((a, r) => a + Number(r.value), 0);
      if (sum !== Number(total.value))
        out.push(
          finding(
            "identity.gender_sum",
            `participant_count:${ivLabel(any)}:${any.year}:${measure}`,
            total,
            parts[0]!,
            Number(total.value),
            sum,
            `${ivLabel(any)} ${any.year}: ${measure} is ${total.value} but women + men + non-binary + unknown = ${sum}`,
          ),
        );
    }
  }

  // Σ categories of a breakdown = its population total
  const bd = groupBy(rows.participant_breakdown ?? [], (r) =>
    JSON.stringify([r.federation_id, r.intervention_id, r.year, r.population, r.dimension]),
  );
  for (const list of bd.values()) {
    const r0 = list[0]!;
    if (!SUMMABLE_POPULATIONS.has(String(r0.population))) continue;
    const total = countOf(r0.federation_id, r0.intervention_id, r0.year, String(r0.population));
    if (!total) continue;
    const sum = list.reduce((a, r) => a + Number(r.value), 0);
    if (sum !== Number(total.value)) {
      const dim = String(r0.dimension);
      out.push(
        finding(
          dim === "exit_outcome" ? "identity.exit_outcomes_sum" : "identity.breakdown_sum",
          `participant_breakdown:${ivLabel(r0)}:${r0.year}:${r0.population}:${dim}`,
          r0,
          total,
          sum,
          Number(total.value),
          `${ivLabel(r0)} ${r0.year}: ${dim} categories of population "${r0.population}" sum to ${sum}, but ${r0.population} is ${total.value}${dim === "exit_outcome" ? " (Σ exit outcomes = exited)" : ""}`,
        ),
      );
    }
  }

  // Money identities
  const fin = rows.finance ?? [];
  const finIndex = firstBy(fin, (r) => JSON.stringify([r.federation_id, r.year, r.item, r.basis]));
  const f = (fed: unknown, year: unknown, item: string, basis = "actual") =>
    finIndex.get(JSON.stringify([fed, year, item, basis]));
  const fedYear = (fed: unknown, year: unknown) => JSON.stringify([fed, year]);
  const fundingOf = groupBy(
    (rows.intervention_funding ?? []).filter((r) => r.actual_sek !== null),
    (r) => fedYear(r.federation_id, r.year),
  );
  const contributionsOf = groupBy(
    (rows.member_contribution ?? []).filter((r) => r.basis === "actual"),
    (r) => fedYear(r.federation_id, r.year),
  );
  const members = new Map((rows.member ?? []).map((m) => [m.member_id, m.member_type]));
  const fedYears = firstBy(fin, (r) => fedYear(r.federation_id, r.year));
  for (const { federation_id: fed, year } of fedYears.values()) {
    const rev = f(fed, year, "revenue_operating");
    const cost = f(fed, year, "cost_operating");
    const finInc = f(fed, year, "revenue_financial");
    const result = f(fed, year, "result");
    if (rev && cost && result) {
      const computed = Number(rev.amount_sek) - Number(cost.amount_sek) + Number(finInc?.amount_sek ?? 0);
      out.push(
        ...moneyMismatch(
          "identity.result",
          `finance:${fed}:${year}:result`,
          result,
          rev,
          Number(result.amount_sek),
          computed,
          3,
          `${fed} ${year}: revenue ${rev.amount_sek} − costs ${cost.amount_sek} + financial ${finInc?.amount_sek ?? 0} = ${computed}, but the result is ${result.amount_sek}`,
        ),
      );
    }
    const start = f(fed, year, "equity_start");
    const end = f(fed, year, "equity_end");
    if (start && result && end)
      out.push(
        ...moneyMismatch(
          "identity.equity_roll",
          `finance:${fed}:${year}:equity_end`,
          end,
          start,
          Number(end.amount_sek),
          Number(start.amount_sek) + Number(result.amount_sek),
          2,
          `${fed} ${year}: opening equity ${start.amount_sek} + result ${result.amount_sek} ≠ closing equity ${end.amount_sek}`,
        ),
      );
    const prevEnd = f(fed, year - 1, "equity_end");
    if (start && prevEnd)
      out.push(
        ...moneyMismatch(
          "identity.equity_carry",
          `finance:${fed}:${year}:equity_start`,
          start,
          prevEnd,
          Number(start.amount_sek),
          Number(prevEnd.amount_sek),
          1,
          `${fed}: opening equity ${year} (${start.amount_sek}) ≠ closing equity ${year - 1} (${prevEnd.amount_sek})`,
        ),
      );
    const cashStart = f(fed, year, "cash_start");
    const prevCash = f(fed, year - 1, "cash_end");
    if (cashStart && prevCash)
      out.push(
        ...moneyMismatch(
          "identity.cash_carry",
          `finance:${fed}:${year}:cash_start`,
          cashStart,
          prevCash,
          Number(cashStart.amount_sek),
          Number(prevCash.amount_sek),
          1,
          `${fed}: cash at the start of ${year} (${cashStart.amount_sek}) ≠ cash at the end of ${year - 1} (${prevCash.amount_sek})`,
        ),
      );
    // Σ intervention actuals = grants paid
    const grants = f(fed, year, "grants_paid");
    const funding = fundingOf.get(fedYear(fed, year)) ?? [];
    if (grants && funding.length > 0) {
      const sum = funding.reduce((a, r) => a + Number(r.actual_sek), 0);
      out.push(
        ...moneyMismatch(
          "identity.grants_paid",
          `finance:${fed}:${year}:grants_paid`,
          grants,
          funding[0]!,
          Number(grants.amount_sek),
          sum,
          funding.length,
          `${fed} ${year}: grants paid ${grants.amount_sek}, but the interventions' actuals sum to ${sum}`,
        ),
      );
    }
    // Finsam split: state 50 %, region 25 %, municipalities 25 % of member contributions
    const contributions = contributionsOf.get(fedYear(fed, year)) ?? [];
    const byType = (t: string) =>
      contributions.filter((r) => members.get(r.member_id) === t).reduce((a, r) => a + Number(r.amount_sek), 0);
    const total = contributions.reduce((a, r) => a + Number(r.amount_sek), 0);
    if (total > 0) {
      for (const [type, expected] of [
        ["state", 0.5],
        ["region", 0.25],
        ["municipality", 0.25],
      ] as const) {
        const share = byType(type) / total;
        if (Math.abs(share - expected) > 0.01) {
          const anyRow = contributions.find((r) => members.get(r.member_id) === type) ?? contributions[0]!;
          out.push(
            finding(
              "identity.funding_split",
              `member_contribution:${fed}:${year}:${type}`,
              anyRow,
              null,
              `${(share * 100).toFixed(1)} %`,
              `${expected * 100} %`,
              `${fed} ${year}: ${type} paid ${(share * 100).toFixed(1)} % of member contributions (Finsam split: ${expected * 100} %)`,
              "info",
            ),
          );
        }
      }
    }
  }

  // Budget deviation per intervention (the federation's ±5 % goal)
  for (const r of rows.intervention_funding ?? []) {
    if (r.budget_sek === null || r.actual_sek === null || Number(r.budget_sek) === 0) continue;
    const dev = (Number(r.actual_sek) - Number(r.budget_sek)) / Number(r.budget_sek);
    if (Math.abs(dev) > 0.05)
      out.push(
        finding(
          "identity.budget_deviation",
          `intervention_funding:${r.intervention_id}:${r.year}`,
          r,
          null,
          Number(r.actual_sek),
          Number(r.budget_sek),
          `${r.intervention_id} ${r.year}: actual ${r.actual_sek} deviates ${(dev * 100).toFixed(1)} % from budget ${r.budget_sek} (goal: within ±5 %)`,
          "info",
        ),
      );
  }

  // A rate quoted in text = its numerator / denominator
  const ind = rows.indicator ?? [];
  const stepCounts = firstBy(
    ind.filter((r) => r.indicator === "positive_step_count_reported"),
    (r) => JSON.stringify([r.federation_id, r.year, r.scope]),
  );
  for (const rate of ind.filter((r) => r.indicator === "positive_step_rate_reported" && r.n !== null)) {
    const count = stepCounts.get(JSON.stringify([rate.federation_id, rate.year, rate.scope]));
    if (!count) continue;
    const computed = (Number(count.value) / Number(rate.n)) * 100;
    if (Math.abs(computed - Number(rate.value)) > 1)
      out.push(
        finding(
          "identity.quoted_rate",
          `indicator:${rate.scope}:${rate.year}:positive_step_rate_reported`,
          rate,
          count,
          Number(rate.value),
          computed.toFixed(1),
          `${rate.scope} ${rate.year}: the quoted rate ${rate.value} % does not equal ${count.value} / ${rate.n} = ${computed.toFixed(1)} %`,
        ),
      );
  }
  return out;
}
