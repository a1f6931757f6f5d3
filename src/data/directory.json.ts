// Förbund and Medlemsdialog index pages: every federation with its members and what the
// warehouse holds about it, so the pages can link to each federation's and member's page.
import { emit, siteLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const data = await withWarehouse(async (q) => ({
  federations: await q(`
    SELECT f.federation_id, f.name, f.county, f.website,
      (SELECT count(*)::INTEGER FROM member m WHERE m.federation_id = f.federation_id AND m.member_type <> 'state') AS members,
      (SELECT count(*)::INTEGER FROM intervention i WHERE i.federation_id = f.federation_id) AS interventions,
      (SELECT count(*)::INTEGER FROM document d WHERE d.federation_id = f.federation_id) AS documents,
      (SELECT count(*)::INTEGER FROM decision d WHERE d.federation_id = f.federation_id) AS decisions,
      (SELECT min(year)::INTEGER FROM participant_count p WHERE p.federation_id = f.federation_id) AS first_year,
      (SELECT max(year)::INTEGER FROM participant_count p WHERE p.federation_id = f.federation_id) AS last_year
    FROM federation f ORDER BY f.name, f.federation_id`),
  members: await q(`
    SELECT m.member_id, m.federation_id, m.name, m.member_type, strftime(m.joined_on, '%Y-%m-%d') AS joined_on, strftime(m.left_on, '%Y-%m-%d') AS left_on,
      (SELECT count(*)::INTEGER FROM intervention_member im WHERE im.member_id = m.member_id) AS interventions
    FROM member m WHERE m.member_type <> 'state' ORDER BY m.federation_id, m.member_type, m.name, m.member_id`),
}));
emit({ ...data, labels: siteLabels() }, ["federations"]);
