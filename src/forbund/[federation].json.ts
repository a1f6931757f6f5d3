// One federation's page: members and their periods, interventions and whom they serve,
// key figures per year, goals, decisions and documents.
import { POSITIVE_EXIT_OUTCOMES } from "../../loaders/reference/derived.ts";
import { emit, param, siteLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const id = param("federation");
const positive = POSITIVE_EXIT_OUTCOMES.map((c) => `'${c}'`).join(", ");
const data = await withWarehouse(async (q) => {
  const fed = `'${id.replaceAll("'", "''")}'`;
  return {
    federation: (await q(`SELECT federation_id, name, county, website FROM federation WHERE federation_id = ${fed}`))[0],
    members: await q(`
      SELECT member_id, name, member_type, strftime(joined_on, '%Y-%m-%d') AS joined_on, strftime(left_on, '%Y-%m-%d') AS left_on, left_approximate, document_id, source_line::INTEGER AS source_line
      FROM member WHERE federation_id = ${fed} ORDER BY member_type, name, member_id`),
    interventions: await q(`
      SELECT i.intervention_id, i.name, i.kind, strftime(i.started_on, '%Y-%m-%d') AS started_on,
        string_agg(m.name || CASE WHEN im.share < 1 THEN ' (' || round(im.share * 100, 1) || ' %)' ELSE '' END, ', ' ORDER BY m.name) AS members
      FROM intervention i LEFT JOIN intervention_member im USING (intervention_id) LEFT JOIN member m ON m.member_id = im.member_id
      WHERE i.federation_id = ${fed} GROUP BY ALL ORDER BY i.name, i.intervention_id`),
    years: await q(`
      WITH y AS (SELECT DISTINCT year FROM participant_count WHERE federation_id = ${fed} UNION SELECT DISTINCT year FROM finance WHERE federation_id = ${fed} AND basis = 'actual'),
      pc AS (SELECT year, measure, value FROM participant_count WHERE federation_id = ${fed} AND intervention_id IS NULL AND gender = 'all'),
      fin AS (SELECT year, item, amount_sek FROM finance WHERE federation_id = ${fed} AND basis = 'actual'),
      -- Interventions' own exit tables; a year with none falls back to whole-federation rows (never both).
      ex_by AS (SELECT year, intervention_id IS NULL AS whole, sum(value) FILTER (WHERE category IN (${positive})) AS positive, sum(value) AS classified
             FROM participant_breakdown WHERE federation_id = ${fed} AND dimension = 'exit_outcome' AND population = 'exited' GROUP BY ALL),
      ex AS (SELECT year, positive, classified FROM ex_by e WHERE NOT whole OR NOT EXISTS (SELECT 1 FROM ex_by o WHERE o.year = e.year AND NOT o.whole))
      SELECT y.year::INTEGER AS year,
        (SELECT value::DOUBLE FROM pc WHERE pc.year = y.year AND measure = 'enrolled') AS enrolled,
        (SELECT value::DOUBLE FROM pc WHERE pc.year = y.year AND measure = 'exited') AS exited,
        (SELECT positive::DOUBLE FROM ex WHERE ex.year = y.year) AS positive_exits,
        (SELECT classified::DOUBLE FROM ex WHERE ex.year = y.year) AS classified_exits,
        (SELECT amount_sek::DOUBLE FROM fin WHERE fin.year = y.year AND item = 'revenue_operating') AS revenue,
        (SELECT amount_sek::DOUBLE FROM fin WHERE fin.year = y.year AND item = 'cost_operating') AS cost,
        (SELECT amount_sek::DOUBLE FROM fin WHERE fin.year = y.year AND item = 'grants_paid') AS grants_paid,
        (SELECT amount_sek::DOUBLE FROM fin WHERE fin.year = y.year AND item = 'result') AS result,
        (SELECT amount_sek::DOUBLE FROM fin WHERE fin.year = y.year AND item = 'equity_end') AS equity_end
      FROM y ORDER BY y.year DESC`),
    goals: await q(`
      SELECT year::INTEGER AS year, level, indicator, goal_text, target, outcome, unit, assessment, document_id, source_line::INTEGER AS source_line
      FROM goal WHERE federation_id = ${fed} ORDER BY year DESC, level, indicator`),
    decisions: await q(`
      SELECT strftime(meeting_date, '%Y-%m-%d') AS meeting_date, body, item_ref, title, outcome, amount_sek::DOUBLE AS amount_sek, recipient, document_id, source_line::INTEGER AS source_line
      FROM decision WHERE federation_id = ${fed} AND category = 'decision' ORDER BY meeting_date DESC, document_id, source_line, item_ref`),
    documents: await q(`
      SELECT d.document_id, d.kind, strftime(d.date, '%Y-%m-%d') AS date, d.title, (SELECT sum(facts)::INTEGER FROM coverage c WHERE c.document_id = d.document_id) AS facts
      FROM document d WHERE federation_id = ${fed} ORDER BY d.date DESC, d.document_id`),
  };
});
if (!data.federation) throw new Error(`site data: no federation "${id}" in the warehouse`);
emit({ ...data, labels: siteLabels() }, ["members"]);
