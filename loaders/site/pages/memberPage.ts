/**
 * Every member's dialogue page data, in one set of queries: what each member paid, the
 * interventions serving it (shared ones with the share used), their funding, participants and
 * outcomes, and the decisions about it. One query per topic for a batch of federations' members
 * (not per member or federation: the marts are views, computed anew by each query) keeps the
 * build linear in the data, and the batch keeps what it holds at once bounded.
 */
import { batchCondition, type FederationBatch } from "../federationBatches.ts";
import { groupBy } from "./groupBy.ts";
import type { Query } from "../queryWarehouse.ts";

/** Each member's page data as JSON, by member id, for the members of a batch of federations. */
export async function memberPages(q: Query, batch: FederationBatch): Promise<Map<string, string>> {
  const batchFilter = batchCondition("federation_id", batch);
  /** The members that get a page (the state pseudo-member does not); the batch's bounds are $1 and $2. */
  const MEMBERS = `(SELECT member_id FROM member WHERE member_type <> 'state' AND ${batchFilter.sql})`;
  const members = await q(
    `
    SELECT m.member_id, m.name, m.member_type, m.federation_id, f.name AS federation, strftime(m.joined_on, '%Y-%m-%d') AS joined_on, strftime(m.left_on, '%Y-%m-%d') AS left_on, m.left_approximate
    FROM member m JOIN federation f USING (federation_id) WHERE m.member_id IN ${MEMBERS} ORDER BY m.member_id`,
    batchFilter.values,
  );
  // Each topic's rows carry the member they belong to as `key`, ordered by it first.
  const topics = {
    // What the member paid and its share of all members' contributions: the member_year mart.
    contributions: `
      SELECT member_id AS key, year, paid_sek::DOUBLE AS amount_sek, all_members_paid_sek, paid_share AS of_all, paid_document_id AS document_id, paid_source_line AS source_line
      FROM member_year WHERE member_id IN ${MEMBERS} AND paid_sek IS NOT NULL ORDER BY key, year`,
    // What the whole federation achieved each year (federation_year), beside the member's share of
    // all members' contributions: the fallback where no intervention is tied to the member.
    federation: `
      SELECT m.member_id AS key, y.year, y.enrolled::DOUBLE AS enrolled, y.exited::DOUBLE AS exited, y.work_or_studies_exits::DOUBLE AS work_or_studies_exits,
        y.work_or_studies_rate, y.positive_step_rate, y.rate_lower_bound, y.cost_operating::DOUBLE AS cost_operating, y.cost_per_participant,
        my.paid_sek::DOUBLE AS paid_sek, my.paid_share, y.enrolled_document_id AS document_id, y.enrolled_source_line AS source_line
      FROM federation_year y JOIN member m ON m.federation_id = y.federation_id AND m.member_id IN ${MEMBERS}
      LEFT JOIN member_year my ON my.member_id = m.member_id AND my.year = y.year
      WHERE y.enrolled IS NOT NULL OR y.exited IS NOT NULL OR y.cost_operating IS NOT NULL OR my.paid_sek IS NOT NULL
      ORDER BY key, y.year`,
    interventions: `
      SELECT im.member_id AS key, i.intervention_id, i.name, i.kind, im.share::DOUBLE AS share,
        (SELECT string_agg(m.name, ', ' ORDER BY m.name) FROM intervention_member o JOIN member m USING (member_id) WHERE o.intervention_id = i.intervention_id AND o.member_id <> im.member_id) AS shared_with
      FROM intervention_member im JOIN intervention i USING (intervention_id) WHERE im.member_id IN ${MEMBERS} ORDER BY key, i.name, i.intervention_id`,
    funding: `
      SELECT im.member_id AS key, f.intervention_id, i.name AS intervention, f.year::INTEGER AS year, f.budget_sek::DOUBLE AS budget_sek, f.actual_sek::DOUBLE AS actual_sek, im.share::DOUBLE AS share,
        round(f.actual_sek * im.share)::DOUBLE AS member_part_sek, f.document_id, f.source_line::INTEGER AS source_line
      FROM intervention_funding f JOIN intervention i USING (intervention_id) JOIN intervention_member im ON im.intervention_id = f.intervention_id AND im.member_id IN ${MEMBERS}
      ORDER BY key, year, intervention, f.intervention_id`,
    participants: `
      SELECT im.member_id AS key, p.intervention_id, i.name AS intervention, p.year::INTEGER AS year, p.measure, p.gender, p.value::DOUBLE AS value, p.document_id, p.source_line::INTEGER AS source_line
      FROM participant_count p JOIN intervention i USING (intervention_id) JOIN intervention_member im ON im.intervention_id = p.intervention_id AND im.member_id IN ${MEMBERS}
      WHERE p.measure IN ('enrolled', 'new', 'exited') ORDER BY ALL`,
    outcomes: `
      SELECT im.member_id AS key, b.intervention_id, i.name AS intervention, b.year::INTEGER AS year, b.category, b.value::DOUBLE AS value, b.document_id, b.source_line::INTEGER AS source_line
      FROM participant_breakdown b JOIN intervention i USING (intervention_id) JOIN intervention_member im ON im.intervention_id = b.intervention_id AND im.member_id IN ${MEMBERS}
      WHERE b.dimension = 'exit_outcome' AND b.population = 'exited' ORDER BY ALL`,
    // Decisions naming the member as recipient or about an intervention serving it, and
    // allocations to it; a decision that is both is one row, marked "recipient".
    decisions: `
      SELECT d.recipient_member_id AS key, strftime(d.meeting_date, '%Y-%m-%d') AS meeting_date, d.item_ref, d.title, d.outcome, d.amount_sek::DOUBLE AS amount_sek, d.recipient, d.document_id, d.source_line::INTEGER AS source_line,
        'recipient' AS concerns
      FROM decision d WHERE d.recipient_member_id IN ${MEMBERS}
      UNION
      SELECT im.member_id, strftime(d.meeting_date, '%Y-%m-%d'), d.item_ref, d.title, d.outcome, d.amount_sek::DOUBLE, d.recipient, d.document_id, d.source_line::INTEGER,
        CASE WHEN d.recipient_member_id = im.member_id THEN 'recipient' ELSE 'intervention' END
      FROM decision d JOIN intervention_member im ON im.intervention_id = d.intervention_id AND im.member_id IN ${MEMBERS}
      UNION
      SELECT DISTINCT a.recipient_member_id, strftime(d.meeting_date, '%Y-%m-%d'), d.item_ref, d.title, d.outcome, a.amount_sek::DOUBLE, a.recipient, a.document_id, a.source_line::INTEGER, 'allocation'
      FROM allocation a JOIN decision d USING (document_id, item_ref) WHERE a.recipient_member_id IN ${MEMBERS}
      ORDER BY 1, 2 DESC, 3, 8, 9, 10, 7`,
  };
  const byTopic: Record<string, Map<string, Record<string, unknown>[]>> = {};
  for (const [topic, sql] of Object.entries(topics)) byTopic[topic] = groupBy(await q(sql, batchFilter.values));
  return new Map(
    members.map((member) => {
      const id = String(member.member_id);
      const data = { member, ...Object.fromEntries(Object.keys(topics).map((t) => [t, byTopic[t]!.get(id) ?? []])) };
      return [id, JSON.stringify(data)];
    }),
  );
}
