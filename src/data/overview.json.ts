// Översikt: one row per federation for the latest year it reports participants or finances,
// with every key figure or null ("uppgift saknas"), each with its source document and line.
import { emit, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const data = await withWarehouse(async (q) => {
  // Every figure and ratio comes from the federation_year mart (loaders/warehouse/marts.ts).
  const federations = await q(`
    SELECT f.federation_id, f.name, y.year,
      y.enrolled::DOUBLE AS enrolled, y.enrolled_document_id, y.enrolled_source_line,
      y.exited::DOUBLE AS exited, y.positive_exits::DOUBLE AS positive_exits, y.classified_exits::DOUBLE AS classified_exits,
      y.positive_step_rate, y.work_or_studies_rate, y.rate_lower_bound, y.exit_coverage, y.cost_per_work_or_studies_exit,
      -- The federation's own headline share, by its own definition (one column: a federation reports one or the other).
      coalesce(y.positive_step_rate_reported, y.work_or_studies_rate_reported) AS own_rate,
      CASE WHEN y.positive_step_rate_reported IS NOT NULL THEN 'positive_step' WHEN y.work_or_studies_rate_reported IS NOT NULL THEN 'work_or_studies' END AS own_rate_kind,
      y.women_share, y.cost_per_participant, y.share_to_interventions,
      y.equity_end::DOUBLE AS equity_end, y.equity_guideline_cap::DOUBLE AS equity_cap, y.equity_of_guideline
    FROM federation f
    LEFT JOIN (SELECT * FROM federation_year QUALIFY row_number() OVER (PARTITION BY federation_id ORDER BY year DESC) = 1) y USING (federation_id)
    ORDER BY f.name, f.federation_id`);
  return { federations };
});
emit(data, ["federations"]);
