/**
 * Beslut: every decision with its meeting, amount and source line, and the allocations decided.
 * Both lists go into one chunk per federation (splitPageData.ts); the page's data file keeps the
 * number of decisions per federation and outcome, so the page can compare federations without
 * sending every decision (the full list is decision.csv in the open-data package).
 */
import { decisionOutcome } from "../../reference/codes.ts";
import { svLabels, type Query } from "../queryWarehouse.ts";

export async function decisionsSummary(q: Query) {
  const rows = {
    federations: await q(`SELECT federation_id, name FROM federation ORDER BY name, federation_id`),
    // Per federation and outcome, and each federation's total (total = true, outcome null).
    counts: await q(`
      SELECT federation_id, outcome, grouping(outcome) = 1 AS total, count(*)::INTEGER AS n
      FROM decision GROUP BY GROUPING SETS ((federation_id, outcome), (federation_id)) ORDER BY ALL`),
  };
  return { ...rows, outcomeLabels: svLabels(decisionOutcome) };
}

/** The chunks' lists; `q` may answer for a batch of federations only. */
export async function decisionsLists(q: Query) {
  return {
    decisions: await q(`
      SELECT d.document_id, d.item_ref, d.federation_id, f.name AS federation, strftime(d.meeting_date, '%Y-%m-%d') AS meeting_date, d.body, d.category,
        d.decision_ref, d.title, d.outcome, d.amount_sek::DOUBLE AS amount_sek, d.approximate, d.recipient, m.name AS recipient_member, i.name AS intervention,
        strftime(d.period_start, '%Y-%m-%d') AS period_start, strftime(d.period_end, '%Y-%m-%d') AS period_end, d.reservations, d.text, d.source_line::INTEGER AS source_line,
        l.text AS source_text
      FROM decision d JOIN federation f USING (federation_id)
      LEFT JOIN member m ON m.member_id = d.recipient_member_id
      LEFT JOIN intervention i ON i.intervention_id = d.intervention_id
      LEFT JOIN document_line l ON l.document_id = d.document_id AND l.line = d.source_line
      ORDER BY d.meeting_date DESC, d.document_id, d.source_line, d.item_ref`),
    allocations: await q(`
      SELECT a.document_id, a.item_ref, a.recipient, a.federation_id, f.name AS federation, a.year::INTEGER AS year, a.purpose, a.amount_sek::DOUBLE AS amount_sek, a.decision_ref, a.source_line::INTEGER AS source_line
      FROM allocation a JOIN federation f USING (federation_id) ORDER BY a.document_id, a.item_ref, a.source_line, a.recipient`),
  };
}
