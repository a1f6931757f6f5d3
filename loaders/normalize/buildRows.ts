/**
 * From extractions, curated facts and registries to the rows of the published tables:
 * names → ids, one row per key by the schema's precedence (the loser goes to data_quality),
 * and the registry's own rows (federation, member, intervention, intervention_member).
 * Pure: no I/O. Each step is a module of its own; this is their order.
 */
import type { CuratedFact, Extraction, FactOf } from "../schema/facts.ts";
import type { ManifestEntry } from "../schema/manifest.ts";
import type { RegistryFile } from "../input/readRegistries.ts";
import type { DocumentLines } from "../input/documentLines.ts";
import type { RowOf, Rows } from "../schema/tables.ts";
import { choosePrecedence } from "./choosePrecedence.ts";
import { collectFacts } from "./collectFacts.ts";
import { documentRows } from "./documentRows.ts";
import {
  mapFact,
  meetingsOf,
  withDecisionInterventions,
  type Candidate,
  type FactTable,
  type MapContext,
  type SourcedFact,
} from "./factMappers.ts";
import { applyMemberChanges, memberChangeOf, type MemberChange } from "./memberChanges.ts";
import { parserFindingRows } from "./parserFindings.ts";
import type { QualityRow } from "./qualityRow.ts";
import { interventionMemberRows, registryRows } from "./registryRows.ts";
import { NameResolver } from "../reference/resolveNames.ts";

export { precedenceRank } from "./precedence.ts";
export type { Rows } from "../schema/tables.ts";

export interface NormalizeInput {
  manifest: readonly ManifestEntry[];
  registries: readonly RegistryFile[];
  extractions: readonly Extraction[];
  curated: readonly CuratedFact[];
  lines: DocumentLines;
}

type Candidates = { [N in FactTable]: Candidate<N>[] };

export function buildRows(input: NormalizeInput): Rows {
  return buildRowsDeferring(input, new Set()).rows;
}

/**
 * The rows, but for the tables of `deferred`: their candidates (from the facts the inputs hold:
 * the load's extractions keep these tables' facts in their row files, for DuckDB to choose
 * among with these, warehouse/rowSets.ts) instead of the rows precedence chose.
 */
export function buildRowsDeferring(
  input: NormalizeInput,
  deferred: ReadonlySet<string>,
): { rows: Rows; deferred: Partial<Candidates> } {
  const resolver = new NameResolver(new Map(input.registries.map((r) => [r.registry.federation_id, r.registry])));
  const registry = registryRows(input.registries);
  const { facts, mismatches } = collectFacts(input.manifest, input.extractions, input.curated, input.lines);

  // Meetings first: decisions carry their meeting's date and body.
  const ctx: MapContext = { resolver, meetings: meetingsOf(facts) };

  const candidates: Candidates = {
    participant_count: [],
    participant_breakdown: [],
    finance: [],
    member_contribution: [],
    intervention_funding: [],
    goal: [],
    indicator: [],
    meeting: [],
    attendance: [],
    decision: [],
    allocation: [],
  };
  const unknownNames: QualityRow[] = [];
  const memberChanges: MemberChange[] = [];
  // Each fact as collectFacts gave it, not a copy narrowed to its table (`{ ...s, fact }` copied
  // every fact's five fields once more: a national load maps some 600 000 facts); the mappers only read it.
  for (const s of facts) {
    const { fact } = s;
    if (fact.table === "member_change") {
      const change = memberChangeOf(s as SourcedFact<typeof fact>, resolver);
      if ("change" in change) memberChanges.push(change.change);
      else unknownNames.push(change.unknownName);
    } else {
      const unknownName = collect(candidates, fact.table, s as SourcedFact<typeof fact>, ctx);
      if (unknownName) unknownNames.push(unknownName);
    }
  }

  const conflicts: QualityRow[] = [];
  const held: Partial<Candidates> = {};
  const chosen = <N extends FactTable>(table: N): RowOf<N>[] => {
    if (deferred.has(table)) {
      (held as Record<string, unknown>)[table] = candidates[table];
      return [];
    }
    const { rows, conflicts: found } = choosePrecedence(table, candidates[table]);
    // A loop, not push(...found): a spread of 75 000 conflicts overflows the call stack.
    for (const c of found) conflicts.push(c);
    return rows;
  };
  // Any order would do: each conflict's subject names its table, and the warehouse sorts the findings.
  const allocation = chosen("allocation");
  const attendance = chosen("attendance");
  const decision = chosen("decision");
  const finance = chosen("finance");
  const goal = chosen("goal");
  const indicator = chosen("indicator");
  const intervention_funding = chosen("intervention_funding");
  const meeting = chosen("meeting");
  const member_contribution = chosen("member_contribution");
  const participant_breakdown = chosen("participant_breakdown");
  const participant_count = chosen("participant_count");

  const members = applyMemberChanges(registry.member, memberChanges);
  const rows: Rows = {
    ...registry,
    member: members.members,
    intervention_member: interventionMemberRows(input.registries, resolver, member_contribution),
    ...documentRows(input.manifest, input.extractions, resolver, input.curated),
    participant_count,
    participant_breakdown,
    finance,
    member_contribution,
    intervention_funding,
    meeting,
    attendance,
    decision,
    allocation: withDecisionInterventions(allocation, decision),
    goal,
    indicator,
    data_quality: [
      ...mismatches,
      ...unknownNames,
      ...conflicts,
      ...members.conflicts,
      ...parserFindingRows(input.extractions),
    ],
  };
  return { rows, deferred: held };
}

/** The fact's candidate row to its table's list; the finding of a name not known, if any. */
function collect<N extends FactTable>(
  candidates: Candidates,
  table: N,
  s: SourcedFact<FactOf<N>>,
  ctx: MapContext,
): QualityRow | undefined {
  const { candidate, unknownName } = mapFact(table, s, ctx);
  if (candidate) candidates[table].push(candidate);
  return unknownName;
}
