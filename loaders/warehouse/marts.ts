/**
 * The marts: derived measures defined once, as views over the published tables. The site's
 * loaders and researchers read the same views, so a measure cannot drift between pages.
 * Each view documents its columns like a table (the codebook and the data package use them),
 * and a test checks the documentation against the view itself.
 *
 * Definitions (the codebook repeats them):
 * - one exit basis per federation-year: the federation's own whole-federation exit rows where it
 *   reports them, otherwise the sum of its interventions' tables; never both added. exit_summary's
 *   whole-federation row is that basis and federation_year reads only it, so the two agree.
 * - the rates (positive steps; work or studies) are counted among the larger of the classified
 *   exits and the reported exits, because a federation's summary often names only the positive
 *   destinations ("12 gick till arbete"), and those over themselves would make 100 %. Where fewer
 *   exits are classified than exited the rate is a lower bound (`rate_lower_bound`).
 * - the federation's reported rates stay beside it, labelled, never in the same column.
 * - place utilisation = enrolled / budgeted places, in percent (an intervention's year).
 * - cost per participant = operating costs (federation) or actual funding (intervention) / enrolled.
 * - the comparable measures (loaders/reference/measures.ts) are federation_year unpivoted, with their basis.
 * - share to interventions = grants paid / operating revenue, in percent.
 * - other costs excluding grants = other external costs − grants paid, only where the grants are
 *   booked inside them (personnel + other external make up the operating costs, grants fit inside).
 * - what a member receives = Σ intervention actual funding × the member's share of the intervention.
 */
import { POSITIVE_EXIT_OUTCOMES, WORK_OR_STUDIES_EXIT_OUTCOMES } from "../reference/derived.ts";
import { COMPARABLE_MEASURES } from "../reference/measures.ts";
import type { ColumnDef } from "../schema/tables.ts";

export interface MartDef {
  name: string;
  summarySv: string;
  description: string;
  /** Columns that identify a row (NULL allowed where documented). */
  key: readonly string[];
  columns: readonly ColumnDef[];
  sql: string;
}

const positive = POSITIVE_EXIT_OUTCOMES.map((c) => `'${c}'`).join(", ");
/** numerator / denominator in percent, NULL when either is missing or the denominator is 0. */
const pct = (num: string, den: string) => `CASE WHEN ${den} > 0 THEN 100.0 * ${num} / ${den} END`;
const per = (num: string, den: string) => `CASE WHEN ${den} > 0 THEN ${num}::DOUBLE / ${den} END`;

const workOrStudies = WORK_OR_STUDIES_EXIT_OUTCOMES.map((c) => `'${c}'`).join(", ");

/** The exit columns exit_summary defines and federation_year and intervention_year repeat. */
const exitColumns: ColumnDef[] = [
  {
    name: "exited",
    type: "BIGINT",
    description:
      "Participants who exited, as reported (participant_count, measure exited); for the whole federation its own count.",
    nullable: true,
  },
  {
    name: "classified_exits",
    type: "BIGINT",
    description: "Exits with a reported destination (the sum of the exit-outcome categories).",
    nullable: true,
  },
  {
    name: "exit_coverage",
    type: "DOUBLE",
    description:
      "classified_exits / exited × 100: how many of the exits the destinations cover. NULL without `exited`.",
    nullable: true,
  },
  {
    name: "positive_exits",
    type: "BIGINT",
    description: "Exits to work, studies, work or studies, joint assessment (GK) or active job seeking.",
    nullable: true,
  },
  {
    name: "work_or_studies_exits",
    type: "BIGINT",
    description:
      "Exits to work (subsidised included), studies, or work or studies where the source does not split them.",
    nullable: true,
  },
  {
    name: "rate_denominator",
    type: "BIGINT",
    description:
      "The exits the rates are counted among: the larger of classified_exits and exited (classified_exits where exited is not reported).",
    nullable: true,
  },
  {
    name: "positive_step_rate",
    type: "DOUBLE",
    description: "Harmonised positive-step rate in percent: positive_exits / rate_denominator × 100.",
    nullable: true,
  },
  {
    name: "work_or_studies_rate",
    type: "DOUBLE",
    description: "Share of exits to work or studies in percent: work_or_studies_exits / rate_denominator × 100.",
    nullable: true,
  },
  {
    name: "rate_lower_bound",
    type: "BOOLEAN",
    description:
      'True when fewer exits are classified than exited (exit_coverage < 100): the unclassified exits may hold more, so both rates are lower bounds (shown as "minst X %"). NULL without `exited`.',
    nullable: true,
  },
];

/** The exit columns without `exited`: federation_year and intervention_year carry it from their own participant counts. */
const exitColumnsBesideExited = exitColumns.filter((c) => c.name !== "exited");

export const MARTS: readonly MartDef[] = [
  {
    name: "exit_summary",
    summarySv:
      "Avslut per förbund, insats och år: klassade avslut och deras täckning, positiva avslut, avslut till arbete eller studier och andelarna, i en definition.",
    description:
      "Exit outcomes summed per federation, intervention and year, with the harmonised rates. `intervention_id` NULL is the whole federation, and the only row federation_year reads: the federation's own whole-federation rows where it reports them, otherwise the sum of its interventions' tables (`exit_basis`). The two are never added together.",
    key: ["federation_id", "intervention_id", "year"],
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      {
        name: "intervention_id",
        type: "VARCHAR",
        description: "The intervention; NULL for the whole federation.",
        nullable: true,
      },
      { name: "year", type: "INTEGER", description: "The year the exits happened." },
      {
        name: "exit_basis",
        type: "VARCHAR",
        description:
          "`intervention`: the intervention's own table; `federation`: the federation's whole-federation rows as reported; `interventions`: the sum of the interventions' tables, for a year the federation reports no whole-federation rows.",
      },
      ...exitColumns,
      {
        name: "exit_document_id",
        type: "VARCHAR",
        description: "The document the exit destinations were read from (the first, when several).",
        nullable: true,
      },
    ],
    sql: `
      WITH tables AS (
        SELECT federation_id, intervention_id, year,
          -- A table that is there but names no such destination counts none (0), not unknown.
          coalesce(sum(value) FILTER (WHERE category IN (${positive})), 0) AS positive_exits,
          coalesce(sum(value) FILTER (WHERE category IN (${workOrStudies})), 0) AS work_or_studies_exits,
          sum(value) AS classified_exits, min(document_id) AS exit_document_id
        FROM participant_breakdown WHERE dimension = 'exit_outcome' AND population = 'exited'
        GROUP BY federation_id, intervention_id, year
      ),
      summed AS (
        SELECT federation_id, NULL::VARCHAR AS intervention_id, year, sum(positive_exits) AS positive_exits, sum(work_or_studies_exits) AS work_or_studies_exits,
          sum(classified_exits) AS classified_exits, min(exit_document_id) AS exit_document_id
        FROM tables t WHERE intervention_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM tables w WHERE w.intervention_id IS NULL AND w.federation_id = t.federation_id AND w.year = t.year)
        GROUP BY federation_id, year
      ),
      scoped AS (
        SELECT *, CASE WHEN intervention_id IS NULL THEN 'federation' ELSE 'intervention' END AS exit_basis FROM tables
        UNION ALL BY NAME SELECT *, 'interventions' AS exit_basis FROM summed
      ),
      based AS (
        SELECT s.*, p.value AS exited, greatest(s.classified_exits, coalesce(p.value, 0)) AS rate_denominator
        FROM scoped s LEFT JOIN participant_count p ON p.federation_id = s.federation_id AND p.intervention_id IS NOT DISTINCT FROM s.intervention_id
          AND p.year = s.year AND p.measure = 'exited' AND p.gender = 'all'
      )
      SELECT federation_id, intervention_id, year::INTEGER AS year, exit_basis, exited::BIGINT AS exited, classified_exits::BIGINT AS classified_exits,
        ${pct("classified_exits", "exited")} AS exit_coverage,
        positive_exits::BIGINT AS positive_exits, work_or_studies_exits::BIGINT AS work_or_studies_exits, rate_denominator::BIGINT AS rate_denominator,
        ${pct("positive_exits", "rate_denominator")} AS positive_step_rate,
        ${pct("work_or_studies_exits", "rate_denominator")} AS work_or_studies_rate,
        CASE WHEN exited IS NOT NULL THEN classified_exits < exited END AS rate_lower_bound,
        exit_document_id
      FROM based`,
  },
  {
    name: "federation_year",
    summarySv:
      "Ett förbund ett år per rad, med varje nyckeltal som Översikt visar (deltagare, avslut, andelar, ekonomi), härledda mått definierade en gång.",
    description:
      "One row per federation and year with every headline figure: participants, exits, the harmonised and reported rates, money and the ratios derived from them.",
    key: ["federation_id", "year"],
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      {
        name: "year",
        type: "INTEGER",
        description: "A year the federation reports participants, exits or actual finances for.",
      },
      {
        name: "enrolled",
        type: "BIGINT",
        description: "Participants enrolled during the year, whole federation (participant_count, intervention NULL).",
        nullable: true,
      },
      {
        name: "new",
        type: "BIGINT",
        description: "New participants during the year, whole federation.",
        nullable: true,
      },
      {
        name: "exited",
        type: "BIGINT",
        description: "Participants who exited during the year, whole federation.",
        nullable: true,
      },
      { name: "enrolled_document_id", type: "VARCHAR", description: "Where `enrolled` was read.", nullable: true },
      {
        name: "enrolled_source_line",
        type: "INTEGER",
        description: "Line of `enrolled` in that document.",
        nullable: true,
      },
      {
        name: "enrolled_women",
        type: "BIGINT",
        description:
          "Women among the enrolled: the whole-federation figure, or the sum over interventions where the federation reports none (`gender_basis`); never both.",
        nullable: true,
      },
      {
        name: "enrolled_with_gender",
        type: "BIGINT",
        description: "Enrolled with a stated gender (women, men, non-binary), on the same basis as `enrolled_women`.",
        nullable: true,
      },
      {
        name: "women_share",
        type: "DOUBLE",
        description: "enrolled_women / enrolled_with_gender × 100.",
        nullable: true,
      },
      {
        name: "gender_basis",
        type: "VARCHAR",
        description:
          "`federation` (whole-federation rows) or `interventions` (their sum): where the gender figures come from.",
        nullable: true,
      },
      ...exitColumnsBesideExited,
      {
        name: "exit_basis",
        type: "VARCHAR",
        description:
          "exit_summary's whole-federation row: `federation` (the federation's own rows) or `interventions` (the sum of their tables, where the federation reports none).",
        nullable: true,
      },
      {
        name: "exit_document_id",
        type: "VARCHAR",
        description: "The document the exit destinations were read from.",
        nullable: true,
      },
      {
        name: "positive_step_rate_reported",
        type: "DOUBLE",
        description: "The federation's own positive-step rate as it reports it (indicator), percent.",
        nullable: true,
      },
      {
        name: "work_or_studies_rate_reported",
        type: "DOUBLE",
        description: "The federation's own share of exits to work or studies as it reports it (indicator), percent.",
        nullable: true,
      },
      {
        name: "revenue_operating",
        type: "BIGINT",
        description: "Operating revenue, kronor (finance, actual).",
        nullable: true,
      },
      {
        name: "cost_operating",
        type: "BIGINT",
        description: "Operating costs, kronor (finance, actual).",
        nullable: true,
      },
      { name: "result", type: "BIGINT", description: "Result for the year, kronor.", nullable: true },
      { name: "grants_paid", type: "BIGINT", description: "Grants paid to interventions, kronor.", nullable: true },
      { name: "personnel_cost", type: "BIGINT", description: "Personnel costs, kronor.", nullable: true },
      {
        name: "other_external_cost",
        type: "BIGINT",
        description: "Other external costs, kronor (as reported; often includes the grants paid).",
        nullable: true,
      },
      {
        name: "other_cost_excluding_grants",
        type: "BIGINT",
        description:
          "other_external_cost − grants_paid, kronor, where the grants are booked inside the other external costs: personnel_cost + other_external_cost is cost_operating within 1 000 kr and grants_paid ≤ other_external_cost. NULL otherwise (the posts cannot be stacked).",
        nullable: true,
      },
      { name: "equity_end", type: "BIGINT", description: "Equity at year end, kronor.", nullable: true },
      {
        name: "equity_guideline_cap",
        type: "BIGINT",
        description: "Maximum equity under the national council's guideline, kronor.",
        nullable: true,
      },
      {
        name: "equity_of_guideline",
        type: "DOUBLE",
        description: "equity_end / equity_guideline_cap × 100.",
        nullable: true,
      },
      {
        name: "share_to_interventions",
        type: "DOUBLE",
        description: "grants_paid / revenue_operating × 100.",
        nullable: true,
      },
      {
        name: "cost_document_id",
        type: "VARCHAR",
        description: "Where `cost_operating` was read.",
        nullable: true,
      },
      {
        name: "cost_per_participant",
        type: "DOUBLE",
        description:
          "cost_operating / enrolled, kronor: the whole federation's operating costs per enrolled participant.",
        nullable: true,
      },
      {
        name: "cost_per_work_or_studies_exit",
        type: "DOUBLE",
        description:
          "cost_operating / work_or_studies_exits, kronor. Where `rate_lower_bound`, the exits are a lower bound and this cost an upper bound.",
        nullable: true,
      },
      {
        name: "revenue_operating_budget",
        type: "BIGINT",
        description: "Budgeted operating revenue, kronor (finance, basis budget).",
        nullable: true,
      },
      {
        name: "cost_operating_budget",
        type: "BIGINT",
        description: "Budgeted operating costs, kronor (finance, basis budget).",
        nullable: true,
      },
      {
        name: "result_budget",
        type: "BIGINT",
        description: "Budgeted result, kronor (finance, basis budget).",
        nullable: true,
      },
    ],
    sql: `
      WITH years AS (
        SELECT DISTINCT federation_id, year FROM participant_count
        UNION SELECT DISTINCT federation_id, year FROM exit_summary
        UNION SELECT DISTINCT federation_id, year FROM finance WHERE basis = 'actual'
      ),
      pc AS (SELECT * FROM participant_count WHERE intervention_id IS NULL AND gender = 'all'),
      ex AS (SELECT * FROM exit_summary WHERE intervention_id IS NULL),
      g_by AS (
        SELECT federation_id, year, CASE WHEN intervention_id IS NULL THEN 'federation' ELSE 'interventions' END AS gender_basis,
          sum(value) FILTER (WHERE gender = 'woman')::BIGINT AS women,
          sum(value) FILTER (WHERE gender IN ('woman', 'man', 'nonbinary'))::BIGINT AS with_gender
        FROM participant_count WHERE measure = 'enrolled' AND gender <> 'all' GROUP BY ALL
      ),
      -- The whole federation's own gender rows where it reports them; otherwise the sum of its interventions.
      g AS (
        SELECT * FROM g_by WHERE gender_basis = 'federation'
          OR NOT EXISTS (SELECT 1 FROM g_by o WHERE o.federation_id = g_by.federation_id AND o.year = g_by.year AND o.gender_basis = 'federation')
      ),
      fin AS (
        SELECT federation_id, year,
          any_value(amount_sek) FILTER (WHERE basis = 'actual' AND item = 'revenue_operating') AS revenue_operating,
          any_value(amount_sek) FILTER (WHERE basis = 'actual' AND item = 'cost_operating') AS cost_operating,
          any_value(document_id) FILTER (WHERE basis = 'actual' AND item = 'cost_operating') AS cost_document_id,
          any_value(amount_sek) FILTER (WHERE basis = 'actual' AND item = 'result') AS result,
          any_value(amount_sek) FILTER (WHERE basis = 'actual' AND item = 'grants_paid') AS grants_paid,
          any_value(amount_sek) FILTER (WHERE basis = 'actual' AND item = 'personnel_cost') AS personnel_cost,
          any_value(amount_sek) FILTER (WHERE basis = 'actual' AND item = 'other_external_cost') AS other_external_cost,
          any_value(amount_sek) FILTER (WHERE basis = 'actual' AND item = 'equity_end') AS equity_end,
          any_value(amount_sek) FILTER (WHERE basis = 'actual' AND item = 'equity_guideline_cap') AS equity_guideline_cap,
          any_value(amount_sek) FILTER (WHERE basis = 'budget' AND item = 'revenue_operating') AS revenue_operating_budget,
          any_value(amount_sek) FILTER (WHERE basis = 'budget' AND item = 'cost_operating') AS cost_operating_budget,
          any_value(amount_sek) FILTER (WHERE basis = 'budget' AND item = 'result') AS result_budget
        FROM finance GROUP BY ALL
      ),
      rep AS (
        SELECT federation_id, year,
          arg_min(value, source_line) FILTER (WHERE indicator = 'positive_step_rate_reported') AS positive_step_rate_reported,
          arg_min(value, source_line) FILTER (WHERE indicator = 'work_or_studies_rate_reported') AS work_or_studies_rate_reported
        FROM indicator WHERE scope = 'federation' AND gender = 'all' GROUP BY ALL
      )
      SELECT y.federation_id, y.year::INTEGER AS year,
        en.value::BIGINT AS enrolled, nw.value::BIGINT AS new, xt.value::BIGINT AS exited,
        en.document_id AS enrolled_document_id, en.source_line::INTEGER AS enrolled_source_line,
        g.women AS enrolled_women, g.with_gender AS enrolled_with_gender, ${pct("g.women", "g.with_gender")} AS women_share, g.gender_basis,
        ${exitColumnsBesideExited.map((c) => `ex.${c.name}`).join(", ")}, ex.exit_basis, ex.exit_document_id,
        rep.positive_step_rate_reported, rep.work_or_studies_rate_reported,
        fin.revenue_operating::BIGINT AS revenue_operating, fin.cost_operating::BIGINT AS cost_operating, fin.result::BIGINT AS result,
        fin.grants_paid::BIGINT AS grants_paid, fin.personnel_cost::BIGINT AS personnel_cost, fin.other_external_cost::BIGINT AS other_external_cost,
        CASE WHEN abs(fin.personnel_cost + fin.other_external_cost - fin.cost_operating) <= 1000 AND fin.grants_paid <= fin.other_external_cost
          THEN fin.other_external_cost - fin.grants_paid END::BIGINT AS other_cost_excluding_grants,
        fin.equity_end::BIGINT AS equity_end, fin.equity_guideline_cap::BIGINT AS equity_guideline_cap,
        ${pct("fin.equity_end", "fin.equity_guideline_cap")} AS equity_of_guideline,
        ${pct("fin.grants_paid", "fin.revenue_operating")} AS share_to_interventions,
        fin.cost_document_id,
        ${per("fin.cost_operating", "en.value")} AS cost_per_participant,
        ${per("fin.cost_operating", "ex.work_or_studies_exits")} AS cost_per_work_or_studies_exit,
        fin.revenue_operating_budget::BIGINT AS revenue_operating_budget, fin.cost_operating_budget::BIGINT AS cost_operating_budget,
        fin.result_budget::BIGINT AS result_budget
      FROM years y
      LEFT JOIN pc en ON en.federation_id = y.federation_id AND en.year = y.year AND en.measure = 'enrolled'
      LEFT JOIN pc nw ON nw.federation_id = y.federation_id AND nw.year = y.year AND nw.measure = 'new'
      LEFT JOIN pc xt ON xt.federation_id = y.federation_id AND xt.year = y.year AND xt.measure = 'exited'
      LEFT JOIN g ON g.federation_id = y.federation_id AND g.year = y.year
      LEFT JOIN ex ON ex.federation_id = y.federation_id AND ex.year = y.year
      LEFT JOIN fin ON fin.federation_id = y.federation_id AND fin.year = y.year
      LEFT JOIN rep ON rep.federation_id = y.federation_id AND rep.year = y.year`,
  },
  {
    name: "federation_measure",
    summarySv:
      "De jämförbara måtten, ett förbund ett år och ett mått per rad, med täljare, nämnare, om värdet bara är en nedre gräns och varifrån det kommer.",
    description: `The comparable measures, one row per federation, year and measure: federation_year unpivoted, so each value sits beside its basis. Measures: ${COMPARABLE_MEASURES.map((m) => `\`${m.code}\` (${m.en})`).join("; ")}. Rows where the value, numerator and denominator are all unknown are left out.`,
    key: ["federation_id", "year", "measure"],
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "year", type: "INTEGER", description: "The year." },
      { name: "measure", type: "VARCHAR", description: "The measure's code (see the list above)." },
      {
        name: "unit",
        type: "VARCHAR",
        description: "`count` (people), `percent` or `sek` (kronor).",
      },
      { name: "value", type: "DOUBLE", description: "The value; NULL when it cannot be computed.", nullable: true },
      {
        name: "numerator",
        type: "DOUBLE",
        description: "The numerator of a ratio; NULL for a count or where not reported.",
        nullable: true,
      },
      {
        name: "denominator",
        type: "DOUBLE",
        description: "The denominator of a ratio; NULL for a count or where not reported (never 0 in its place).",
        nullable: true,
      },
      {
        name: "lower_bound",
        type: "BOOLEAN",
        description:
          "True when the value counts only the classified exits of more exits (a rate or count is at least this; a cost per exit at most). False for a measure that is never a bound; NULL when the exits are not reported.",
        nullable: true,
      },
      {
        name: "basis",
        type: "VARCHAR",
        description: "`federation` (whole-federation rows) or `interventions` (their sum), where it can be either.",
        nullable: true,
      },
      { name: "document_id", type: "VARCHAR", description: "The document the figures were read from.", nullable: true },
    ],
    sql: COMPARABLE_MEASURES.map(
      (m) => `
      SELECT federation_id, year, '${m.code}' AS measure, '${m.unit}' AS unit, ${m.value}::DOUBLE AS value,
        ${m.numerator ?? "NULL"}::DOUBLE AS numerator, ${m.denominator ?? "NULL"}::DOUBLE AS denominator,
        ${m.bound ?? "false"} AS lower_bound, ${m.basis ?? "NULL"}::VARCHAR AS basis, ${m.document} AS document_id
      FROM federation_year WHERE ${[m.value, m.numerator, m.denominator]
        .filter(Boolean)
        .map((c) => `${c} IS NOT NULL`)
        .join(" OR ")}`,
    ).join("\n      UNION ALL"),
  },
  {
    name: "intervention_year",
    summarySv:
      "En insats ett år per rad: deltagare, budgeterade platser och hur många av dem som fylldes, avslut, harmoniserad andel, budget och utfall, kostnad per deltagare och per positivt avslut.",
    description:
      "One row per intervention and year with participants, exits, the harmonised rate, funding and the costs derived from them.",
    key: ["intervention_id", "year"],
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "intervention_id", type: "VARCHAR", description: "The intervention." },
      { name: "year", type: "INTEGER", description: "The year." },
      { name: "enrolled", type: "BIGINT", description: "Participants enrolled during the year.", nullable: true },
      { name: "enrolled_women", type: "BIGINT", description: "Women among the enrolled.", nullable: true },
      { name: "enrolled_men", type: "BIGINT", description: "Men among the enrolled.", nullable: true },
      { name: "new", type: "BIGINT", description: "New participants.", nullable: true },
      { name: "exited", type: "BIGINT", description: "Participants who exited.", nullable: true },
      {
        name: "budgeted_places",
        type: "BIGINT",
        description: "Budgeted number of participants (places) for the year.",
        nullable: true,
      },
      {
        name: "place_utilisation",
        type: "DOUBLE",
        description: "enrolled / budgeted_places × 100: enrolled participants in percent of the budgeted places.",
        nullable: true,
      },
      ...exitColumnsBesideExited,
      { name: "budget_sek", type: "BIGINT", description: "The intervention's budget, kronor.", nullable: true },
      { name: "actual_sek", type: "BIGINT", description: "The intervention's actual funding, kronor.", nullable: true },
      {
        name: "budget_deviation",
        type: "DOUBLE",
        description: "(actual_sek − budget_sek) / budget_sek × 100.",
        nullable: true,
      },
      { name: "cost_per_participant", type: "DOUBLE", description: "actual_sek / enrolled, kronor.", nullable: true },
      {
        name: "cost_per_positive_exit",
        type: "DOUBLE",
        description: "actual_sek / positive_exits, kronor.",
        nullable: true,
      },
    ],
    sql: `
      WITH keys AS (
        SELECT DISTINCT federation_id, intervention_id, year FROM participant_count WHERE intervention_id IS NOT NULL
        UNION SELECT DISTINCT federation_id, intervention_id, year FROM participant_breakdown WHERE intervention_id IS NOT NULL
        UNION SELECT DISTINCT federation_id, intervention_id, year FROM intervention_funding
      ),
      pc AS (
        SELECT intervention_id, year,
          any_value(value) FILTER (WHERE measure = 'enrolled' AND gender = 'all')::BIGINT AS enrolled,
          any_value(value) FILTER (WHERE measure = 'enrolled' AND gender = 'woman')::BIGINT AS enrolled_women,
          any_value(value) FILTER (WHERE measure = 'enrolled' AND gender = 'man')::BIGINT AS enrolled_men,
          any_value(value) FILTER (WHERE measure = 'new' AND gender = 'all')::BIGINT AS new,
          any_value(value) FILTER (WHERE measure = 'exited' AND gender = 'all')::BIGINT AS exited,
          any_value(value) FILTER (WHERE measure = 'budgeted' AND gender = 'all')::BIGINT AS budgeted_places
        FROM participant_count WHERE intervention_id IS NOT NULL GROUP BY ALL
      )
      SELECT k.federation_id, k.intervention_id, k.year::INTEGER AS year,
        pc.enrolled, pc.enrolled_women, pc.enrolled_men, pc.new, pc.exited,
        pc.budgeted_places, ${pct("pc.enrolled", "pc.budgeted_places")} AS place_utilisation,
        ${exitColumnsBesideExited.map((c) => `ex.${c.name}`).join(", ")},
        f.budget_sek, f.actual_sek, ${pct("(f.actual_sek - f.budget_sek)", "f.budget_sek")} AS budget_deviation,
        ${per("f.actual_sek", "pc.enrolled")} AS cost_per_participant,
        ${per("f.actual_sek", "ex.positive_exits")} AS cost_per_positive_exit
      FROM keys k
      LEFT JOIN pc ON pc.intervention_id = k.intervention_id AND pc.year = k.year
      LEFT JOIN exit_summary ex ON ex.intervention_id = k.intervention_id AND ex.year = k.year
      LEFT JOIN intervention_funding f ON f.intervention_id = k.intervention_id AND f.year = k.year`,
  },
  {
    name: "member_year",
    summarySv:
      "En medlem ett år per rad: vad medlemmen betalade, vad insatserna i dess område fick (insatsens utfall gånger medlemmens andel) och andelarna av förbundets totaler.",
    description:
      "One row per member and year with an actual contribution or interventions in its area: what it paid, what interventions in its area received (actual funding × the member's share of each intervention), and both as shares of the federation's totals.",
    key: ["member_id", "year"],
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "member_id", type: "VARCHAR", description: "The member." },
      { name: "year", type: "INTEGER", description: "The year." },
      {
        name: "paid_sek",
        type: "BIGINT",
        description: "The member's actual contribution, kronor (member_contribution, basis actual).",
        nullable: true,
      },
      { name: "paid_document_id", type: "VARCHAR", description: "Where `paid_sek` was read.", nullable: true },
      {
        name: "paid_source_line",
        type: "INTEGER",
        description: "Line of `paid_sek` in that document.",
        nullable: true,
      },
      {
        name: "received_sek",
        type: "DOUBLE",
        description:
          "Σ actual funding × intervention_member.share over the interventions in the member's area, kronor (rounded).",
        nullable: true,
      },
      {
        name: "interventions",
        type: "INTEGER",
        description: "How many interventions the received sum covers.",
        nullable: true,
      },
      {
        name: "includes_shared",
        type: "BOOLEAN",
        description: "True when an intervention in the sum is shared with other members (split by share).",
        nullable: true,
      },
      {
        name: "all_members_paid_sek",
        type: "DOUBLE",
        description:
          "All members' actual contributions to the federation that year, kronor: the denominator of `paid_share`.",
        nullable: true,
      },
      {
        name: "paid_share",
        type: "DOUBLE",
        description: "paid_sek / all_members_paid_sek × 100.",
        nullable: true,
      },
      {
        name: "received_share",
        type: "DOUBLE",
        description: "received_sek / all interventions' actual funding shared out to members that year × 100.",
        nullable: true,
      },
    ],
    sql: `
      WITH received AS (
        SELECT im.member_id, f.year, round(sum(f.actual_sek * im.share)) AS received_sek, count(*)::INTEGER AS interventions, bool_or(im.share < 1) AS includes_shared
        FROM intervention_member im JOIN intervention_funding f USING (intervention_id) WHERE f.actual_sek IS NOT NULL GROUP BY ALL
      ),
      paid AS (SELECT member_id, year, amount_sek, document_id, source_line FROM member_contribution WHERE basis = 'actual'),
      keys AS (SELECT member_id, year FROM paid UNION SELECT member_id, year FROM received),
      joined AS (
        SELECT m.federation_id, k.member_id, k.year::INTEGER AS year, p.amount_sek::BIGINT AS paid_sek, p.document_id AS paid_document_id,
          p.source_line::INTEGER AS paid_source_line, r.received_sek::DOUBLE AS received_sek, r.interventions, r.includes_shared
        FROM keys k JOIN member m USING (member_id)
        LEFT JOIN paid p ON p.member_id = k.member_id AND p.year = k.year
        LEFT JOIN received r ON r.member_id = k.member_id AND r.year = k.year
      )
      SELECT *, sum(paid_sek) OVER (PARTITION BY federation_id, year)::DOUBLE AS all_members_paid_sek,
        ${pct("paid_sek", "sum(paid_sek) OVER (PARTITION BY federation_id, year)")} AS paid_share,
        ${pct("received_sek", "sum(received_sek) OVER (PARTITION BY federation_id, year)")} AS received_share
      FROM joined`,
  },
];

/** CREATE VIEW statements in dependency order (exit_summary first). */
export function martDdl(): string[] {
  return MARTS.map((m) => `CREATE OR REPLACE VIEW "${m.name}" AS ${m.sql.trim()}`);
}
