/**
 * Members leaving (utträde), as the minutes state it. A `member_change` fact does not make a
 * row of its own: it sets the member's `left_on`, with the minutes as its source. Where the
 * registry (or an earlier change) already gives another date, that one is kept and the
 * disagreement becomes a `member.left_on_conflict` finding. Pure: no I/O.
 */
import type { FactOf } from "../schema/facts.ts";
import type { RowOf } from "../schema/tables.ts";
import { unknownName, type SourcedFact } from "./factMappers.ts";
import { qualityRow, type QualityRow } from "./qualityRow.ts";
import type { NameResolver } from "../reference/resolveNames.ts";

export interface MemberChange {
  memberId: string;
  leftOn: string;
  approximate: boolean;
  documentId: string;
  line: number;
  federationId: string;
}

/** The fact with its member resolved, or the finding of a member the registry does not know. */
export function memberChangeOf(
  s: SourcedFact<FactOf<"member_change">>,
  resolver: NameResolver,
): { change: MemberChange } | { unknownName: QualityRow } {
  const { fact } = s;
  const memberId = resolver.memberIn(s.federationId, fact.member);
  if (!memberId) return { unknownName: unknownName(s, "member", fact.member) };
  return {
    change: {
      memberId,
      leftOn: fact.left_on,
      approximate: fact.approximate,
      documentId: s.documentId,
      line: fact.line,
      federationId: s.federationId,
    },
  };
}

/** The members with the changes applied in order; a change that contradicts a date already set is reported, not applied. */
export function applyMemberChanges(
  members: readonly RowOf<"member">[],
  changes: readonly MemberChange[],
): { members: RowOf<"member">[]; conflicts: QualityRow[] } {
  const out = [...members];
  const conflicts: QualityRow[] = [];
  for (const c of changes) {
    const i = out.findIndex((r) => r.member_id === c.memberId);
    const m = out[i];
    if (!m) continue;
    if (m.left_on === null)
      out[i] = {
        ...m,
        left_on: c.leftOn,
        left_approximate: c.approximate,
        document_id: c.documentId,
        source_line: c.line,
      };
    else if (m.left_on !== c.leftOn)
      conflicts.push(
        qualityRow({
          check_id: "member.left_on_conflict",
          subject: `member:${c.memberId}:left_on`,
          document_id: c.documentId,
          source_line: c.line,
          severity: "warning",
          federation_id: c.federationId,
          value: m.left_on,
          other_value: c.leftOn,
          other_document_id: m.document_id,
          other_source_line: m.source_line,
          message: `the registry says ${c.memberId} leaves on ${m.left_on}; the minutes say ${c.leftOn}; the registry is kept`,
        }),
      );
  }
  return { members: out, conflicts };
}
