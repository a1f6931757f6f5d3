/**
 * One member's dialogue page data: what it paid, the interventions serving it (shared ones with
 * the share used), their funding, participants and outcomes, and the decisions about it.
 */
import { siteLabels, type Query } from "../queryWarehouse.ts";

export async function memberPage(q: Query, id: string) {
  const mem = [id];
  const served = `(SELECT intervention_id FROM intervention_member WHERE member_id = $1)`;
  const data = {
    member: (
      await q(
        `
      SELECT m.member_id, m.name, m.member_type, m.federation_id, f.name AS federation, strftime(m.joined_on, '%Y-%m-%d') AS joined_on, strftime(m.left_on, '%Y-%m-%d') AS left_on, m.left_approximate
      FROM member m JOIN federation f USING (federation_id) WHERE m.member_id = $1`,
        mem,
      )
    )[0],
    // What the member paid and its share of all members' contributions: the member_year mart.
    contributions: await q(
      `
      SELECT year, paid_sek::DOUBLE AS amount_sek, all_members_paid_sek, paid_share AS of_all, paid_document_id AS document_id, paid_source_line AS source_line
      FROM member_year WHERE member_id = $1 AND paid_sek IS NOT NULL ORDER BY year`,
      mem,
    ),
    // What the whole federation achieved each year (federation_year), beside the member's share of
    // all members' contributions: the fallback where no intervention is tied to the member.
    federation: await q(
      `
      SELECT y.year, y.enrolled::DOUBLE AS enrolled, y.exited::DOUBLE AS exited, y.work_or_studies_exits::DOUBLE AS work_or_studies_exits,
        y.work_or_studies_rate, y.positive_step_rate, y.rate_lower_bound, y.cost_operating::DOUBLE AS cost_operating, y.cost_per_participant,
        my.paid_sek::DOUBLE AS paid_sek, my.paid_share, y.enrolled_document_id AS document_id, y.enrolled_source_line AS source_line
      FROM federation_year y JOIN member m ON m.federation_id = y.federation_id AND m.member_id = $1
      LEFT JOIN member_year my ON my.member_id = m.member_id AND my.year = y.year
      WHERE y.enrolled IS NOT NULL OR y.exited IS NOT NULL OR y.cost_operating IS NOT NULL OR my.paid_sek IS NOT NULL
      ORDER BY y.year`,
      mem,
    ),
    interventions: await q(
      `
      SELECT i.intervention_id, i.name, i.kind, im.share::DOUBLE AS share,
        (SELECT string_agg(m.name, ', ' ORDER BY m.name) FROM intervention_member o JOIN member m USING (member_id) WHERE o.intervention_id = i.intervention_id AND o.member_id <> $1) AS shared_with
      FROM intervention_member im JOIN intervention i USING (intervention_id) WHERE im.member_id = $1 ORDER BY i.name, i.intervention_id`,
      mem,
    ),
    funding: await q(
      `
      SELECT f.intervention_id, i.name AS intervention, f.year::INTEGER AS year, f.budget_sek::DOUBLE AS budget_sek, f.actual_sek::DOUBLE AS actual_sek, im.share::DOUBLE AS share,
        round(f.actual_sek * im.share)::DOUBLE AS member_part_sek, f.document_id, f.source_line::INTEGER AS source_line
      FROM intervention_funding f JOIN intervention i USING (intervention_id) JOIN intervention_member im ON im.intervention_id = f.intervention_id AND im.member_id = $1
      ORDER BY year, intervention, f.intervention_id`,
      mem,
    ),
    participants: await q(
      `
      SELECT p.intervention_id, i.name AS intervention, p.year::INTEGER AS year, p.measure, p.gender, p.value::DOUBLE AS value, p.document_id, p.source_line::INTEGER AS source_line
      FROM participant_count p JOIN intervention i USING (intervention_id) WHERE p.intervention_id IN ${served} AND p.measure IN ('enrolled', 'new', 'exited') ORDER BY ALL`,
      mem,
    ),
    outcomes: await q(
      `
      SELECT b.intervention_id, i.name AS intervention, b.year::INTEGER AS year, b.category, b.value::DOUBLE AS value, b.document_id, b.source_line::INTEGER AS source_line
      FROM participant_breakdown b JOIN intervention i USING (intervention_id) WHERE b.intervention_id IN ${served} AND b.dimension = 'exit_outcome' AND b.population = 'exited' ORDER BY ALL`,
      mem,
    ),
    decisions: await q(
      `
      SELECT strftime(d.meeting_date, '%Y-%m-%d') AS meeting_date, d.item_ref, d.title, d.outcome, d.amount_sek::DOUBLE AS amount_sek, d.recipient, d.document_id, d.source_line::INTEGER AS source_line,
        CASE WHEN d.recipient_member_id = $1 THEN 'recipient' ELSE 'intervention' END AS concerns
      FROM decision d WHERE d.recipient_member_id = $1 OR d.intervention_id IN ${served}
      UNION
      SELECT DISTINCT strftime(d.meeting_date, '%Y-%m-%d'), d.item_ref, d.title, d.outcome, a.amount_sek::DOUBLE, a.recipient, a.document_id, a.source_line::INTEGER, 'allocation'
      FROM allocation a JOIN decision d USING (document_id, item_ref) WHERE a.recipient_member_id = $1
      ORDER BY 1 DESC, 2, 7, 8, 9, 6`,
      mem,
    ),
  };
  if (!data.member) throw new Error(`site data: no member "${id}" in the warehouse`);
  return { ...data, labels: siteLabels() };
}
