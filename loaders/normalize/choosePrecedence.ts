/**
 * The precedence step: of the candidate rows of one table, one row per key, chosen by the
 * rules of precedence.ts. Each loser whose value differs from the winner's becomes a
 * `precedence.conflict` finding with both values and both lines; a money gap within the
 * rounding of the coarser unit (4 213 tkr against 4 212 640 kr) is info, not a warning.
 * Pure: no I/O.
 */
import type { RowOf } from "../schema/tables.ts";
import type { Candidate, FactTable } from "./factMappers.ts";
import { comparePrecedence, precedenceOrder, reasonText, withinRoundingOfCoarser } from "./precedence.ts";
import { qualityRow, type QualityRow } from "./qualityRow.ts";

export function choosePrecedence<N extends FactTable>(
  table: N,
  candidates: readonly Candidate<N>[],
): { rows: RowOf<N>[]; conflicts: QualityRow[] } {
  const byKey = new Map<string, Candidate<N>[]>();
  for (const c of candidates) {
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  const rows: RowOf<N>[] = [];
  const conflicts: QualityRow[] = [];
  // Code-unit order of keys: deterministic, and cheap for a million keys (a locale-aware
  // comparison built two strings per comparison; sort() without a comparator orders strings by
  // code unit and calls no JavaScript per comparison). The warehouse sorts rows and findings anyway.
  for (const key of [...byKey.keys()].sort()) {
    const list = byKey.get(key)!;
    // Most keys have one candidate: no sort, no conflict.
    if (list.length === 1) {
      rows.push(list[0]!.row);
      continue;
    }
    // A stable sort: of equals, the first fact read stays first. The list is this call's own
    // (byKey's), sorted in place: no copy of it and no array of losers per key.
    list.sort(precedenceOrder);
    const winner = list[0]!;
    rows.push(winner.row);
    for (let k = 1; k < list.length; k++) {
      const loser = list[k]!;
      if (loser.compare !== winner.compare) conflicts.push(conflictRow(table, key, winner, loser));
    }
  }
  return { rows, conflicts };
}

function conflictRow<N extends FactTable>(
  table: N,
  key: string,
  winner: Candidate<N>,
  loser: Candidate<N>,
): QualityRow {
  const { reason } = comparePrecedence(winner, loser);
  const rounding =
    typeof winner.amount === "number" &&
    typeof loser.amount === "number" &&
    withinRoundingOfCoarser(winner.amount, loser.amount);
  // Every fact table cites its document; most also name a federation and a year.
  const kept = winner.row as Readonly<Record<string, unknown>>;
  return qualityRow({
    check_id: "precedence.conflict",
    subject: `${table}:${key.replace(/\|/g, ":")}`,
    document_id: String(kept.document_id),
    source_line: winner.line,
    severity: rounding ? "info" : "warning",
    federation_id: typeof kept.federation_id === "string" ? kept.federation_id : null,
    year: typeof kept.year === "number" ? kept.year : null,
    value: winner.compare,
    other_value: loser.compare,
    other_document_id: String((loser.row as Readonly<Record<string, unknown>>).document_id),
    other_source_line: loser.line,
    message: `${table}: ${winner.compare} (${winner.section}, line ${winner.line}) kept over ${loser.compare} (${loser.section}, line ${loser.line}) by precedence: ${reasonText(reason)}${rounding ? "; the gap is within the rounding of the coarser unit" : ""}`,
  });
}
