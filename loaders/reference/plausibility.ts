/**
 * Plausibility bounds per concept: the range outside which a figure cannot be what its fact
 * says it is, whatever the federation. A value outside its bound is not stored (the extraction
 * gate turns it into a `plausibility.out_of_bounds` finding). Bounds are wide on purpose: they
 * stop a misread (a year read as a count, tkr cells taken for kronor twice), not an unusual year.
 */

export interface Bound {
  /** What the bound is about, in the finding's words. */
  concept: string;
  min: number;
  max: number;
}

export const PLAUSIBLE = {
  /** People in a federation or intervention in one year: the largest federations see a few thousand. */
  persons: { concept: "persons per federation and year", min: 0, max: 100_000 },
  /**
   * Kronor per federation and year, either sign: the national state budget line for all
   * federations together is 339 Mkr; no single federation's figure comes near 500 Mkr.
   */
  sek: { concept: "kronor per federation and year", min: -500_000_000, max: 500_000_000 },
  /**
   * A federation's whole year: its operating revenue, operating costs or balance-sheet total.
   * The smallest federations turn over about a million kronor; below 100 000 kr the figure is
   * a misread (tkr cells taken for kronor), not a small year.
   */
  sekYearTotal: {
    concept: "a federation's yearly revenue, costs or balance-sheet total",
    min: 100_000,
    max: 500_000_000,
  },
  /**
   * One member's contribution for a year: the smallest members of the smallest federations pay
   * some ten thousand kronor; a few hundred kronor is a fee per inhabitant, not a member's year.
   */
  sekMemberYear: { concept: "a member's yearly contribution", min: 1_000, max: 500_000_000 },
  /** A share in percent (57.2, not 0.572). */
  share: { concept: "share in percent", min: 0, max: 100 },
  /** A count of things that are not people (meetings, answers, visits). */
  count: { concept: "count", min: 0, max: 100_000 },
  /** Years (mean age, time in support). */
  years: { concept: "years", min: 0, max: 120 },
  /** Kronor per person and month (the socio-economic estimate's rates). */
  sekPerMonth: { concept: "kronor per person and month", min: 0, max: 1_000_000 },
  /** Staff in full-time equivalents. */
  fte: { concept: "full-time equivalents", min: 0, max: 1_000 },
} as const satisfies Record<string, Bound>;

/** Finance items that are a federation's whole year, bounded by `PLAUSIBLE.sekYearTotal`. */
export const YEAR_TOTAL_ITEMS: ReadonlySet<string> = new Set([
  "revenue_operating",
  "cost_operating",
  "assets_total",
  "equity_and_liabilities",
]);

/** Whether `value` lies within `bound` (inclusive). */
export function withinBound(value: number, bound: Bound): boolean {
  return value >= bound.min && value <= bound.max;
}
