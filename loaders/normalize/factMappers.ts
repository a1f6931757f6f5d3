/**
 * One mapper per fact table: a fact as a parser or a curated file states it → the candidate row
 * of its table (names resolved to registry ids), the row's key and the value precedence compares.
 * A name the registry does not know gives a `normalize.unknown_name` finding instead (or beside,
 * for attendance, whose row is kept without its member). Pure: no I/O.
 */
import type { Fact, FactOf } from "../schema/facts.ts";
import { textSourceOf, type ManifestEntry } from "../schema/manifest.ts";
import { OBTAINED_BY_TEXT_SOURCE } from "../reference/codes.ts";
import { tableDef, type RowOf } from "../schema/tables.ts";
import type { PrecedenceCandidate } from "./precedence.ts";
import { qualityRow, type QualityRow } from "./qualityRow.ts";
import type { NameResolver } from "../reference/resolveNames.ts";

/** Tables whose rows come from facts, one row per key (member_change updates `member` instead). */
export type FactTable = Exclude<Fact["table"], "member_change">;

/** A fact with where it comes from. */
export interface SourcedFact<F extends Fact = Fact> {
  fact: F;
  documentId: string;
  federationId: string;
  document: ManifestEntry;
  /** The curated file, for a curated fact. */
  curatedFile?: string;
  /** The person's reason, for a curated fact. */
  curationReason?: string;
}

/** What the mappers look up beside the fact. */
export interface MapContext {
  resolver: NameResolver;
  /** Each minutes' meeting: a decision carries its meeting's date and body. */
  meetings: ReadonlyMap<string, { date: string; body: string }>;
}

/** A row that may be kept, with what precedence needs to choose between rows of one key. */
export interface Candidate<N extends FactTable> extends PrecedenceCandidate {
  row: RowOf<N>;
  /** The row's key columns (tables.ts), joined with `|`; NULL as "". */
  key: string;
  /** The value two candidates of one key are compared by (equal: no conflict to report). */
  compare: string;
  /** Money compared by amount: a gap within the coarser unit's rounding is info, not a warning. */
  amount?: number | null;
}

/** A mapper's answer: the row and what precedence compares, or the name it could not resolve. */
type Mapped<N extends FactTable> =
  { row: RowOf<N>; compare: string; amount?: number | null; unknownName?: QualityRow } | { unknownName: QualityRow };

type Sourced<N extends FactTable> = SourcedFact<FactOf<N>>;
type Mapper<N extends FactTable> = (s: Sourced<N>, ctx: MapContext) => Mapped<N>;

/** Each minutes' meeting, from its meeting fact (the last one, should there be several). */
export function meetingsOf(facts: readonly SourcedFact[]): Map<string, { date: string; body: string }> {
  const meetings = new Map<string, { date: string; body: string }>();
  for (const { documentId, fact } of facts)
    if (fact.table === "meeting") meetings.set(documentId, { date: fact.date, body: fact.body });
  return meetings;
}

/** Each table's key columns, looked up once (a load keys some million rows). */
const KEY_COLUMNS = new Map<string, readonly string[]>();

/** The key columns of `table` (tables.ts), read from the row. */
export function rowKey<N extends FactTable>(table: N, row: RowOf<N>): string {
  const cells = row as Readonly<Record<string, unknown>>;
  let columns = KEY_COLUMNS.get(table);
  if (!columns) KEY_COLUMNS.set(table, (columns = tableDef(table).key));
  let key = "";
  for (let i = 0; i < columns.length; i++) key += `${i === 0 ? "" : "|"}${String(cells[columns[i]!] ?? "")}`;
  return key;
}

/** The finding for a name that is in no alias of the federation's registry. */
export function unknownName(s: SourcedFact, what: "intervention" | "member", name: string): QualityRow {
  const { fact, federationId } = s;
  return qualityRow({
    check_id: "normalize.unknown_name",
    subject: `${fact.table}:${federationId}:${name}`,
    document_id: s.documentId,
    source_line: fact.line,
    severity: "error",
    federation_id: federationId,
    year: "year" in fact ? (fact.year ?? null) : null,
    value: name,
    message: `${what} "${name}" is not in data/federations/${federationId}.yaml (add it or an alias); fact not loaded${s.curatedFile ? ` (curated file ${s.curatedFile})` : ""}`,
  });
}

/** How the figure was obtained: parsed from the document's text (by its source) or curated. */
const obtainedOf = (s: SourcedFact) =>
  s.curatedFile ? ("curated" as const) : OBTAINED_BY_TEXT_SOURCE[textSourceOf(s.document)];
/** The person's reason for a curated figure; NULL for a parsed one. */
const curationReasonOf = (s: SourcedFact) => (s.curatedFile ? (s.curationReason ?? null) : null);
/** Where the figure stands and how it was obtained: parsed from the document's text (by its source) or curated. */
export const provenance = (s: SourcedFact) => ({
  document_id: s.documentId,
  source_line: s.fact.line,
  obtained: obtainedOf(s),
  curation_reason: curationReasonOf(s),
});
/**
 * The identities that confirm a figure, comma-separated; NULL where none did. The mappers write
 * these columns out field by field: spreading `provenance(s)` and a confirmation object into a
 * row's literal copied them property by property at run time, some 2.5× the cost of the row's
 * own fields (a national load maps some 600 000 facts).
 */
const confirmedByOf = (s: SourcedFact) => (s.fact.confirmed_by.length > 0 ? s.fact.confirmed_by.join(",") : null);

/** An intervention as written → its id; null (whole federation) stays null, undefined when unknown. */
const interventionOf = (s: SourcedFact, ctx: MapContext, name: string | null) =>
  name === null ? null : ctx.resolver.intervention(s.federationId, name);

export function mapParticipantCount(s: Sourced<"participant_count">, ctx: MapContext): Mapped<"participant_count"> {
  const { fact } = s;
  const iv = interventionOf(s, ctx, fact.intervention);
  if (iv === undefined) return { unknownName: unknownName(s, "intervention", fact.intervention!) };
  return {
    row: {
      federation_id: s.federationId,
      intervention_id: iv,
      year: fact.year,
      measure: fact.measure,
      gender: fact.gender,
      value: fact.value,
      approximate: fact.approximate,
      document_id: s.documentId,
      source_line: s.fact.line,
      obtained: obtainedOf(s),
      curation_reason: curationReasonOf(s),
      confirmed_by: confirmedByOf(s),
    },
    compare: String(fact.value),
  };
}

export function mapParticipantBreakdown(
  s: Sourced<"participant_breakdown">,
  ctx: MapContext,
): Mapped<"participant_breakdown"> {
  const { fact } = s;
  const iv = interventionOf(s, ctx, fact.intervention);
  if (iv === undefined) return { unknownName: unknownName(s, "intervention", fact.intervention!) };
  return {
    row: {
      federation_id: s.federationId,
      intervention_id: iv,
      year: fact.year,
      population: fact.population,
      dimension: fact.dimension,
      category: fact.category,
      value: fact.value,
      source_label: fact.source_label,
      approximate: fact.approximate,
      document_id: s.documentId,
      source_line: s.fact.line,
      obtained: obtainedOf(s),
      curation_reason: curationReasonOf(s),
      confirmed_by: confirmedByOf(s),
    },
    compare: String(fact.value),
  };
}

export function mapFinance(s: Sourced<"finance">): Mapped<"finance"> {
  const { fact } = s;
  return {
    row: {
      federation_id: s.federationId,
      year: fact.year,
      basis: fact.basis,
      item: fact.item,
      amount_sek: fact.amount_sek,
      value: fact.value,
      source_label: fact.source_label,
      document_id: s.documentId,
      source_line: s.fact.line,
      obtained: obtainedOf(s),
      curation_reason: curationReasonOf(s),
      confirmed_by: confirmedByOf(s),
    },
    compare: String(fact.amount_sek ?? fact.value),
    amount: fact.amount_sek,
  };
}

export function mapMemberContribution(
  s: Sourced<"member_contribution">,
  ctx: MapContext,
): Mapped<"member_contribution"> {
  const { fact } = s;
  const member = ctx.resolver.member(s.federationId, fact.member);
  if (!member) return { unknownName: unknownName(s, "member", fact.member) };
  return {
    row: {
      federation_id: s.federationId,
      year: fact.year,
      basis: fact.basis,
      member_id: member,
      amount_sek: fact.amount_sek,
      document_id: s.documentId,
      source_line: s.fact.line,
      obtained: obtainedOf(s),
      curation_reason: curationReasonOf(s),
      confirmed_by: confirmedByOf(s),
    },
    compare: String(fact.amount_sek),
    amount: fact.amount_sek,
  };
}

export function mapInterventionFunding(
  s: Sourced<"intervention_funding">,
  ctx: MapContext,
): Mapped<"intervention_funding"> {
  const { fact } = s;
  const iv = interventionOf(s, ctx, fact.intervention);
  if (!iv) return { unknownName: unknownName(s, "intervention", fact.intervention) };
  return {
    row: {
      intervention_id: iv,
      year: fact.year,
      federation_id: s.federationId,
      budget_sek: fact.budget_sek,
      actual_sek: fact.actual_sek,
      document_id: s.documentId,
      source_line: s.fact.line,
      obtained: obtainedOf(s),
      curation_reason: curationReasonOf(s),
      confirmed_by: confirmedByOf(s),
    },
    compare: `${fact.budget_sek}/${fact.actual_sek}`,
  };
}

export function mapGoal(s: Sourced<"goal">): Mapped<"goal"> {
  const { fact } = s;
  return {
    row: {
      federation_id: s.federationId,
      year: fact.year,
      indicator: fact.indicator,
      level: fact.level,
      goal_text: fact.goal_text,
      target: fact.target,
      outcome: fact.outcome,
      unit: fact.unit,
      assessment: fact.assessment,
      document_id: s.documentId,
      source_line: s.fact.line,
      obtained: obtainedOf(s),
      curation_reason: curationReasonOf(s),
      confirmed_by: confirmedByOf(s),
    },
    compare: `${fact.target}/${fact.outcome}`,
  };
}

/** `intervention:<name as written>` → `intervention:<intervention_id>`. */
export function mapIndicator(s: Sourced<"indicator">, ctx: MapContext): Mapped<"indicator"> {
  const { fact } = s;
  let scope = fact.scope;
  if (scope.startsWith("intervention:")) {
    const name = scope.slice("intervention:".length);
    const iv = ctx.resolver.intervention(s.federationId, name);
    if (!iv) return { unknownName: unknownName(s, "intervention", name) };
    scope = `intervention:${iv}`;
  }
  return {
    row: {
      federation_id: s.federationId,
      year: fact.year,
      scope,
      indicator: fact.indicator,
      gender: fact.gender,
      value: fact.value,
      unit: fact.unit,
      n: fact.n,
      approximate: fact.approximate,
      note: fact.note,
      document_id: s.documentId,
      source_line: s.fact.line,
      obtained: obtainedOf(s),
      curation_reason: curationReasonOf(s),
      confirmed_by: confirmedByOf(s),
    },
    compare: String(fact.value),
  };
}

export function mapMeeting(s: Sourced<"meeting">): Mapped<"meeting"> {
  const { fact } = s;
  return {
    row: {
      document_id: s.documentId,
      federation_id: s.federationId,
      body: fact.body,
      date: fact.date,
      start_time: fact.start_time,
      end_time: fact.end_time,
      place: fact.place,
    },
    compare: `${fact.date} ${fact.start_time}`,
  };
}

/** An attendee whose party the registry does not know is kept, without member_id, and reported. */
export function mapAttendance(s: Sourced<"attendance">, ctx: MapContext): Mapped<"attendance"> {
  const { fact } = s;
  const memberId = fact.member ? ctx.resolver.memberIn(s.federationId, fact.member) : null;
  return {
    row: {
      document_id: s.documentId,
      person: fact.person,
      member_id: memberId ?? null,
      role: fact.role,
      serving: fact.serving,
      note: fact.note,
    },
    compare: `${fact.role}/${fact.serving}`,
    ...(fact.member && !memberId ? { unknownName: unknownName(s, "member", fact.member) } : {}),
  };
}

/** A decision carries its meeting's date and body; its intervention is named, or found in its title and text. */
export function mapDecision(s: Sourced<"decision">, ctx: MapContext): Mapped<"decision"> {
  const { fact, document } = s;
  const meeting = ctx.meetings.get(s.documentId);
  const interventionId = fact.intervention
    ? interventionOf(s, ctx, fact.intervention)
    : ctx.resolver.interventionIn(s.federationId, `${fact.title} ${fact.decision_text}`);
  const recipientMember = fact.recipient ? ctx.resolver.memberIn(s.federationId, fact.recipient) : undefined;
  return {
    row: {
      item_ref: fact.item_ref,
      federation_id: s.federationId,
      meeting_date: meeting?.date ?? document.date,
      body: meeting?.body ?? (document.kind === "committee_minutes" ? "committee" : "board"),
      category: fact.category,
      decision_ref: fact.decision_ref,
      title: fact.title,
      outcome: fact.outcome,
      amount_sek: fact.amount_sek,
      approximate: fact.approximate,
      recipient: fact.recipient,
      recipient_member_id: recipientMember ?? null,
      intervention_id: interventionId ?? null,
      period_start: fact.period_start,
      period_end: fact.period_end,
      reservations: fact.reservations.length ? fact.reservations.join(", ") : null,
      text: fact.decision_text || null,
      // Spread: these tables keep no obtained or curation_reason column (the staged JSON carries them, unread).
      ...provenance(s),
    },
    compare: `${fact.outcome}/${fact.amount_sek}`,
  };
}

/** An allocation's intervention where it names one; else its decision's (`withDecisionInterventions`, after precedence). */
export function mapAllocation(s: Sourced<"allocation">, ctx: MapContext): Mapped<"allocation"> {
  const { fact } = s;
  return {
    row: {
      item_ref: fact.item_ref,
      recipient: fact.recipient,
      federation_id: s.federationId,
      year: fact.year,
      purpose: fact.purpose,
      amount_sek: fact.amount_sek,
      approximate: fact.approximate,
      recipient_member_id: ctx.resolver.memberIn(s.federationId, fact.recipient) ?? null,
      intervention_id: (fact.intervention ? interventionOf(s, ctx, fact.intervention) : undefined) ?? null,
      period_start: fact.period_start,
      period_end: fact.period_end,
      decision_ref: fact.decision_ref,
      // Spread: these tables keep no obtained or curation_reason column (the staged JSON carries them, unread).
      ...provenance(s),
    },
    compare: String(fact.amount_sek),
  };
}

export const FACT_MAPPERS: { readonly [N in FactTable]: Mapper<N> } = {
  participant_count: mapParticipantCount,
  participant_breakdown: mapParticipantBreakdown,
  finance: mapFinance,
  member_contribution: mapMemberContribution,
  intervention_funding: mapInterventionFunding,
  goal: mapGoal,
  indicator: mapIndicator,
  meeting: mapMeeting,
  attendance: mapAttendance,
  decision: mapDecision,
  allocation: mapAllocation,
};

/**
 * The fact through its table's mapper: its candidate row with the row's key and what precedence
 * weighs (section, own period, hedging, document date, line), or the finding of a name not known.
 */
export function mapFact<N extends FactTable>(
  table: N,
  s: SourcedFact<FactOf<N>>,
  ctx: MapContext,
): { candidate?: Candidate<N>; unknownName?: QualityRow } {
  const mapped = FACT_MAPPERS[table](s, ctx);
  if (!("row" in mapped)) return { unknownName: mapped.unknownName };
  const { row, compare, amount, unknownName } = mapped;
  const fact: Fact = s.fact;
  const { document } = s;
  const candidate: Candidate<N> = {
    row,
    key: rowKey(table, row),
    compare,
    // Always set (undefined when the table has no amount): every candidate has one object shape.
    amount,
    section: fact.section,
    periodMatches: "year" in fact && fact.year === document.period_year,
    approximate: fact.approximate,
    documentDate: document.date,
    line: fact.line,
  };
  return unknownName ? { candidate, unknownName } : { candidate };
}

/** An allocation funds the intervention its decision (the one kept for its item) concerns. */
export function withDecisionInterventions(
  allocations: readonly RowOf<"allocation">[],
  decisions: readonly RowOf<"decision">[],
): RowOf<"allocation">[] {
  const byItem = new Map(decisions.map((d) => [`${d.document_id}|${d.item_ref}`, d.intervention_id]));
  return allocations.map((r) =>
    r.intervention_id === null ? { ...r, intervention_id: byItem.get(`${r.document_id}|${r.item_ref}`) ?? null } : r,
  );
}
