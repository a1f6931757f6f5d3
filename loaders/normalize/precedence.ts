/**
 * Which of several facts for one key is kept. The published rules (published-schema.md,
 * "Precedence"), in order:
 *   1. a curated fact over any parsed one;
 *   2. the year's own report over a later report's column for that year (a statement's
 *      prior-year column, a five-year overview's earlier years), whatever their sections;
 *   3. rank of the section: a statement or an intervention's own table > a summary table >
 *      a five-year overview > prose;
 *   4. an exact figure over a hedged one ("cirka 200");
 *   5. a template parser over a general layer (the general layers must never change what a
 *      template already reads; when they disagree the finding says so);
 *   6. a later document over an earlier one (final over preliminary);
 *   7. the earlier line.
 * Pure: the loser is reported by the caller, with the reason this module gives.
 */

/** Sections of the template parsers and of the general layers that read primary statements or an intervention's own table. */
const PRIMARY = new Set([
  "income_statement",
  "balance_sheet",
  "cash_flow",
  "note_1",
  "note_2",
  "note_3",
  "note_4",
  "general:income_statement",
  "general:balance_sheet",
  "general:cash_flow",
  "general:notes",
  "general:member_contributions",
]);
/** Tables that summarise primary sources: budget follow-up, the federation's participant tables. */
const SECONDARY = new Set([
  "operating_budget",
  "intervention_budget",
  "balance_requirement",
  "table1",
  "general:participant_table",
  "general:exit_table",
]);
const SUMMARY = new Set(["table2", "five_year_overview", "general:five_year_overview"]);

/** Lower is stronger: curated (0), primary statements and appendices (1), their summaries (2, 3), prose (4). */
export function precedenceRank(section: string): number {
  if (section === "curated") return 0;
  if (section.startsWith("appendix:") || PRIMARY.has(section)) return 1;
  if (SECONDARY.has(section)) return 2;
  if (SUMMARY.has(section)) return 3;
  return 4;
}

const sqlList = (set: ReadonlySet<string>) => [...set].map((x) => `'${x.replace(/'/g, "''")}'`).join(", ");

/** `precedenceRank` of the section in SQL column `column` (DuckDB chooses among a row file's facts: warehouse/rowSets.ts). */
export function precedenceRankSql(column: string): string {
  return `CASE WHEN ${column} = 'curated' THEN 0
    WHEN starts_with(${column}, 'appendix:') OR ${column} IN (${sqlList(PRIMARY)}) THEN 1
    WHEN ${column} IN (${sqlList(SECONDARY)}) THEN 2
    WHEN ${column} IN (${sqlList(SUMMARY)}) THEN 3 ELSE 4 END`;
}

/** A general layer (loaders/extract/general/) rather than a template parser. */
export function isGeneralLayer(section: string): boolean {
  return section.startsWith("general:");
}

export interface PrecedenceCandidate {
  section: string;
  /** The fact's year is the period its document reports (not a comparison column). */
  periodMatches: boolean;
  approximate: boolean;
  /** ISO date of the document ("" if unknown). */
  documentDate: string;
  line: number;
}

export type PrecedenceReason =
  | "rank"
  | "own_period"
  | "exact_over_approximate"
  | "template_over_general"
  | "later_document"
  | "earlier_line"
  | "tie";

export const REASON_TEXT: Readonly<Record<PrecedenceReason, string>> = {
  rank: "primary source over summary",
  own_period: "the year's own report over a later report's comparison column",
  exact_over_approximate: "an exact figure over a hedged one",
  template_over_general: "the document's template parser over the general reading",
  later_document: "the later document over the earlier one",
  earlier_line: "same rank, earlier line kept",
  tie: "same source and line",
};

export function reasonText(reason: PrecedenceReason): string {
  return REASON_TEXT[reason];
}

/**
 * Negative when the document dated `a` is the later one. Dates are the manifest's ISO dates
 * (YYYY-MM-DD, or "" when unknown): their order is their text's, compared by code unit as
 * DuckDB's `document_date DESC` does (warehouse/rowSets.ts). localeCompare gave the same order
 * for such text, through ICU's collation at every comparison.
 */
const laterDocumentFirst = (a: string, b: string): number => (a === b ? 0 : a > b ? -1 : 1);

/** The rules in the order they decide; each negative when `a` wins over `b`, 0 when it does not decide. */
const RULES: readonly (readonly [PrecedenceReason, (a: PrecedenceCandidate, b: PrecedenceCandidate) => number])[] = [
  ["rank", (a, b) => Number(b.section === "curated") - Number(a.section === "curated")],
  // A later report's column for an earlier year (a statement's prior-year column, a
  // five-year overview) loses to that year's own report, whatever its section.
  ["own_period", (a, b) => Number(b.periodMatches) - Number(a.periodMatches)],
  ["rank", (a, b) => precedenceRank(a.section) - precedenceRank(b.section)],
  ["exact_over_approximate", (a, b) => Number(a.approximate) - Number(b.approximate)],
  ["template_over_general", (a, b) => Number(isGeneralLayer(a.section)) - Number(isGeneralLayer(b.section))],
  ["later_document", (a, b) => laterDocumentFirst(a.documentDate, b.documentDate)],
  ["earlier_line", (a, b) => a.line - b.line],
];

/**
 * Negative when `a` wins over `b`, with the first rule that decides. A rule is evaluated only
 * when those before it did not decide: the load compares candidates some million times.
 */
export function comparePrecedence(
  a: PrecedenceCandidate,
  b: PrecedenceCandidate,
): { order: number; reason: PrecedenceReason } {
  for (const [reason, rule] of RULES) {
    const order = rule(a, b);
    if (order !== 0) return { order, reason };
  }
  return { order: 0, reason: "tie" };
}

/**
 * `comparePrecedence(a, b).order`, the rules inlined and no answer object made: the sort of a
 * key's candidates (choosePrecedence.ts) compares candidates some hundred thousand times a load.
 */
export function precedenceOrder(a: PrecedenceCandidate, b: PrecedenceCandidate): number {
  const curated = Number(b.section === "curated") - Number(a.section === "curated");
  if (curated !== 0) return curated;
  const period = Number(b.periodMatches) - Number(a.periodMatches);
  if (period !== 0) return period;
  const rank = precedenceRank(a.section) - precedenceRank(b.section);
  if (rank !== 0) return rank;
  const exact = Number(a.approximate) - Number(b.approximate);
  if (exact !== 0) return exact;
  const template = Number(isGeneralLayer(a.section)) - Number(isGeneralLayer(b.section));
  if (template !== 0) return template;
  const later = laterDocumentFirst(a.documentDate, b.documentDate);
  if (later !== 0) return later;
  return a.line - b.line;
}

/**
 * Whether two amounts differ only by the rounding of the coarser one: an amount stated in tkr
 * (a multiple of 1 000) or Mkr (a multiple of 100 000 or more) is exact to half its unit. Such a
 * difference is noted as info, not a warning.
 */
export function withinRoundingOfCoarser(a: number, b: number): boolean {
  if (a === b) return true;
  const step = Math.max(roundingStep(a), roundingStep(b));
  return step >= 1000 && Math.abs(a - b) <= step / 2;
}

/** The largest power of ten (≥ 1 000, ≤ 1 000 000) that divides n; 1 when n is not a round thousand. */
function roundingStep(n: number): number {
  let step = 1;
  for (let s = 1000; s <= 1_000_000; s *= 10) if (n !== 0 && n % s === 0) step = s;
  return step;
}
