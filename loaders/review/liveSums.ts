/**
 * The sums a report's core figures must satisfy, checked while a person fills them in: a chosen
 * value that breaks one is flagged before it is saved. The same identities the readers' gate
 * checks (women + men = all; revenue − costs = operating result; operating result + financial
 * items = result), on whole-federation figures of one year. A sum with a term missing checks
 * nothing. Pure.
 */
import type { Fact } from "../schema/facts.ts";

export interface SumCheck {
  identity: string;
  /** Swedish, for the page. */
  label: string;
  status: "ok" | "broken";
  /** The terms and their values, for the message. */
  detail: string;
  lines: number[];
}

type Term = { value: number; line: number; tolerance: number };

const fmt = (n: number) => n.toLocaleString("sv-SE");

function count(facts: readonly Fact[], year: number, measure: string, gender: string): Term | undefined {
  const f = facts.find(
    (x) =>
      x.table === "participant_count" &&
      x.intervention === null &&
      x.year === year &&
      x.measure === measure &&
      x.gender === gender,
  );
  return f && f.table === "participant_count" ? { value: f.value, line: f.line, tolerance: 0 } : undefined;
}

function money(facts: readonly Fact[], year: number, item: string): Term | undefined {
  const f = facts.find((x) => x.table === "finance" && x.year === year && x.basis === "actual" && x.item === item);
  if (!f || f.table !== "finance" || f.amount_sek === null) return undefined;
  // A figure read in tkr is exact to ±500 kr; an approximate one to 5 %.
  const tolerance = f.approximate ? Math.abs(f.amount_sek) * 0.05 : f.amount_sek % 1000 === 0 ? 500 : 0;
  return { value: f.amount_sek, line: f.line, tolerance };
}

/**
 * Every identity whose terms are all present, for the facts in precedence order (the first fact
 * of a figure wins, so pending values go first).
 */
export function checkSums(facts: readonly Fact[], year: number): SumCheck[] {
  const out: SumCheck[] = [];
  const push = (identity: string, label: string, lhs: Term[], rhs: Term, detail: string, sum: number) => {
    const tolerance = [...lhs, rhs].reduce((a, t) => a + t.tolerance, 0);
    out.push({
      identity,
      label,
      status: Math.abs(sum - rhs.value) <= tolerance ? "ok" : "broken",
      detail,
      lines: [...lhs, rhs].map((t) => t.line),
    });
  };
  for (const measure of ["enrolled", "new", "exited"]) {
    const w = count(facts, year, measure, "woman");
    const m = count(facts, year, measure, "man");
    const all = count(facts, year, measure, "all");
    if (w && m && all)
      push(
        `identity.gender_sum.${measure}`,
        "Kvinnor + män = totalt",
        [w, m],
        all,
        `${fmt(w.value)} + ${fmt(m.value)} = ${fmt(w.value + m.value)}, totalt ${fmt(all.value)}`,
        w.value + m.value,
      );
  }
  for (const y of [year, year - 1]) {
    const rev = money(facts, y, "revenue_operating");
    const cost = money(facts, y, "cost_operating");
    const op = money(facts, y, "operating_result");
    if (rev && cost && op)
      push(
        "identity.operating_result",
        `Intäkter − kostnader = verksamhetens resultat (${y})`,
        [rev, cost],
        op,
        `${fmt(rev.value)} − ${fmt(cost.value)} = ${fmt(rev.value - cost.value)} kr, resultatet ${fmt(op.value)} kr`,
        rev.value - cost.value,
      );
    const finIn = money(facts, y, "revenue_financial");
    const finOut = money(facts, y, "cost_financial");
    const result = money(facts, y, "result");
    if (op && finIn && finOut && result)
      push(
        "identity.result",
        `Verksamhetens resultat + finansiella poster = årets resultat (${y})`,
        [op, finIn, finOut],
        result,
        `${fmt(op.value)} + ${fmt(finIn.value)} − ${fmt(finOut.value)} = ${fmt(op.value + finIn.value - finOut.value)} kr, årets resultat ${fmt(result.value)} kr`,
        op.value + finIn.value - finOut.value,
      );
  }
  return out;
}
