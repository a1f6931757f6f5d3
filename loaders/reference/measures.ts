/**
 * The comparable measures, one per federation and year, defined once: each names the
 * federation_year columns it is (value, numerator, denominator), the Swedish label and
 * definition the site puts beside it, and the English line the codebook gives. The
 * federation_measure mart unpivots federation_year by this list, so a page, a download and
 * the open-data package read the same number with the same basis.
 */
export type MeasureUnit = "count" | "percent" | "sek";

export interface ComparableMeasure {
  readonly code: string;
  readonly sv: string;
  /** The definition in Swedish, for the reader (shown beside the figure). */
  readonly definitionSv: string;
  readonly en: string;
  readonly unit: MeasureUnit;
  /** federation_year column holding the value. */
  readonly value: string;
  readonly numerator?: string;
  readonly denominator?: string;
  /** What the numerator and denominator count (kronor or people), so the site writes them right. */
  readonly basisUnits?: readonly [MeasureUnit, MeasureUnit];
  /** federation_year column telling that the value is only a lower bound (an upper bound for a cost). */
  readonly bound?: string;
  /** federation_year column naming where the figures come from (whole federation or interventions). */
  readonly basis?: string;
  /** federation_year column naming the document the figures were read from. */
  readonly document: string;
}

export const COMPARABLE_MEASURES: readonly ComparableMeasure[] = [
  {
    code: "enrolled",
    sv: "Inskrivna deltagare",
    definitionSv: "Deltagare inskrivna någon gång under året, hela förbundet.",
    en: "Participants enrolled during the year, whole federation.",
    unit: "count",
    value: "enrolled",
    document: "enrolled_document_id",
  },
  {
    code: "new",
    sv: "Nya deltagare",
    definitionSv: "Deltagare som skrevs in under året, hela förbundet.",
    en: "New participants during the year, whole federation.",
    unit: "count",
    value: "new",
    document: "enrolled_document_id",
  },
  {
    code: "exited",
    sv: "Avslutade deltagare",
    definitionSv: "Deltagare som avslutades under året, hela förbundet.",
    en: "Participants who exited during the year, whole federation.",
    unit: "count",
    value: "exited",
    document: "enrolled_document_id",
  },
  {
    code: "classified_exits",
    sv: "Avslut med känt mål",
    definitionSv: "Avslut där förbundet redovisar vart deltagaren gick.",
    en: "Exits with a reported destination.",
    unit: "count",
    value: "classified_exits",
    basis: "exit_basis",
    document: "exit_document_id",
  },
  {
    code: "exit_coverage",
    sv: "Täckning av avsluten",
    definitionSv: "Avslut med känt mål delat med alla avslutade, i procent.",
    en: "classified_exits / exited × 100.",
    unit: "percent",
    value: "exit_coverage",
    numerator: "classified_exits",
    denominator: "exited",
    basis: "exit_basis",
    basisUnits: ["count", "count"],
    document: "exit_document_id",
  },
  {
    code: "work_or_studies_exits",
    sv: "Avslut till arbete eller studier",
    definitionSv: "Avslut till arbete (även subventionerat), studier eller «arbete eller studier».",
    en: "Exits to work, studies, or work or studies.",
    unit: "count",
    value: "work_or_studies_exits",
    bound: "rate_lower_bound",
    basis: "exit_basis",
    document: "exit_document_id",
  },
  {
    code: "work_or_studies_rate",
    sv: "Andel till arbete eller studier",
    definitionSv:
      "Avslut till arbete eller studier delat med alla avslutade (eller alla klassade avslut, om de är fler). Gemensam kartläggning och arbetssökande räknas inte. «Minst» när inte alla avslut har känt mål.",
    en: "work_or_studies_exits / rate_denominator × 100; a lower bound where rate_lower_bound.",
    unit: "percent",
    value: "work_or_studies_rate",
    numerator: "work_or_studies_exits",
    denominator: "rate_denominator",
    bound: "rate_lower_bound",
    basis: "exit_basis",
    basisUnits: ["count", "count"],
    document: "exit_document_id",
  },
  {
    code: "positive_step_rate",
    sv: "Andel positiva stegförflyttningar",
    definitionSv:
      "Avslut till arbete, studier, gemensam kartläggning (GK) eller aktivt arbetssökande delat med alla avslutade (eller alla klassade avslut, om de är fler). «Minst» när inte alla avslut har känt mål.",
    en: "positive_exits / rate_denominator × 100; a lower bound where rate_lower_bound.",
    unit: "percent",
    value: "positive_step_rate",
    numerator: "positive_exits",
    denominator: "rate_denominator",
    bound: "rate_lower_bound",
    basis: "exit_basis",
    basisUnits: ["count", "count"],
    document: "exit_document_id",
  },
  {
    code: "cost_per_participant",
    sv: "Kostnad per deltagare",
    definitionSv: "Förbundets verksamhetskostnader delat med antalet inskrivna deltagare.",
    en: "cost_operating / enrolled, kronor.",
    unit: "sek",
    value: "cost_per_participant",
    numerator: "cost_operating",
    denominator: "enrolled",
    basisUnits: ["sek", "count"],
    document: "cost_document_id",
  },
  {
    code: "cost_per_work_or_studies_exit",
    sv: "Kostnad per avslut till arbete eller studier",
    definitionSv:
      "Förbundets verksamhetskostnader delat med antalet avslut till arbete eller studier. «Högst» när avsluten bara är en nedre gräns.",
    en: "cost_operating / work_or_studies_exits, kronor; an upper bound where rate_lower_bound.",
    unit: "sek",
    value: "cost_per_work_or_studies_exit",
    numerator: "cost_operating",
    denominator: "work_or_studies_exits",
    bound: "rate_lower_bound",
    basisUnits: ["sek", "count"],
    document: "cost_document_id",
  },
  {
    code: "share_to_interventions",
    sv: "Andel av intäkterna till insatser",
    definitionSv: "Lämnade bidrag till insatser delat med verksamhetens intäkter, i procent.",
    en: "grants_paid / revenue_operating × 100.",
    unit: "percent",
    value: "share_to_interventions",
    numerator: "grants_paid",
    denominator: "revenue_operating",
    basisUnits: ["sek", "sek"],
    document: "cost_document_id",
  },
  {
    code: "equity_of_guideline",
    sv: "Eget kapital i % av riktlinjen",
    definitionSv: "Eget kapital vid årets slut delat med det högsta belopp Nationella rådets riktlinje tillåter.",
    en: "equity_end / equity_guideline_cap × 100.",
    unit: "percent",
    value: "equity_of_guideline",
    numerator: "equity_end",
    denominator: "equity_guideline_cap",
    basisUnits: ["sek", "sek"],
    document: "cost_document_id",
  },
  {
    code: "women_share",
    sv: "Andel kvinnor",
    definitionSv:
      "Kvinnor bland de inskrivna med redovisat kön, hela förbundet (eller insatsernas summa där förbundet saknar egen uppgift).",
    en: "enrolled_women / enrolled_with_gender × 100.",
    unit: "percent",
    value: "women_share",
    numerator: "enrolled_women",
    denominator: "enrolled_with_gender",
    basis: "gender_basis",
    basisUnits: ["count", "count"],
    document: "enrolled_document_id",
  },
];
