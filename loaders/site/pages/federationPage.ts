/**
 * One federation's page data: members and their periods, interventions and whom they serve,
 * key figures per year, goals, decisions and documents.
 */
import { requireRows, siteLabels, type Query } from "../queryWarehouse.ts";

export async function federationPage(q: Query, id: string) {
  const fed = [id];
  const data = {
    federation: (
      await q(`SELECT federation_id, name, county, website FROM federation WHERE federation_id = $1`, fed)
    )[0],
    members: await q(
      `
      SELECT member_id, name, member_type, strftime(joined_on, '%Y-%m-%d') AS joined_on, strftime(left_on, '%Y-%m-%d') AS left_on, left_approximate, document_id, source_line::INTEGER AS source_line
      FROM member WHERE federation_id = $1 ORDER BY member_type, name, member_id`,
      fed,
    ),
    interventions: await q(
      `
      SELECT i.intervention_id, i.name, i.kind, strftime(i.started_on, '%Y-%m-%d') AS started_on,
        string_agg(m.name || CASE WHEN im.share < 1 THEN ' (' || round(im.share * 100, 1) || ' %)' ELSE '' END, ', ' ORDER BY m.name) AS members
      FROM intervention i LEFT JOIN intervention_member im USING (intervention_id) LEFT JOIN member m ON m.member_id = im.member_id
      WHERE i.federation_id = $1 GROUP BY ALL ORDER BY i.name, i.intervention_id`,
      fed,
    ),
    // Key figures and their ratios from the federation_year mart (loaders/warehouse/marts.ts).
    years: await q(
      `SELECT year, enrolled::DOUBLE AS enrolled, exited::DOUBLE AS exited, positive_step_rate, work_or_studies_rate, rate_lower_bound, exit_coverage, revenue_operating::DOUBLE AS revenue,
        cost_operating::DOUBLE AS cost, grants_paid::DOUBLE AS grants_paid, result::DOUBLE AS result, equity_end::DOUBLE AS equity_end,
        share_to_interventions, cost_per_participant
      FROM federation_year WHERE federation_id = $1 ORDER BY year DESC`,
      fed,
    ),
    goals: await q(
      `
      SELECT year::INTEGER AS year, level, indicator, goal_text, target, outcome, unit, assessment, document_id, source_line::INTEGER AS source_line
      FROM goal WHERE federation_id = $1 ORDER BY year DESC, level, indicator`,
      fed,
    ),
    decisions: await q(
      `
      SELECT strftime(meeting_date, '%Y-%m-%d') AS meeting_date, body, item_ref, title, outcome, amount_sek::DOUBLE AS amount_sek, recipient, document_id, source_line::INTEGER AS source_line
      FROM decision WHERE federation_id = $1 AND category = 'decision' ORDER BY meeting_date DESC, document_id, source_line, item_ref`,
      fed,
    ),
    documents: await q(
      `
      SELECT d.document_id, d.kind, strftime(d.date, '%Y-%m-%d') AS date, d.title, (SELECT sum(facts)::INTEGER FROM coverage c WHERE c.document_id = d.document_id) AS facts
      FROM document d WHERE federation_id = $1 ORDER BY d.date DESC, d.document_id`,
      fed,
    ),
  };
  if (!data.federation) throw new Error(`site data: no federation "${id}" in the warehouse`);
  requireRows(data, ["members"]);
  return { ...data, labels: siteLabels() };
}
