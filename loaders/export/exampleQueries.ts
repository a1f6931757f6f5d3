/**
 * Example reads of the exported package, shown on the Data page and in
 * docs/for-researchers.md. The export test runs every DuckDB query against the exported files,
 * so the examples cannot rot. Paths are relative to the package folder.
 */
export interface ExampleQuery {
  title: string;
  sql: string;
}

export const DUCKDB_EXAMPLES: readonly ExampleQuery[] = [
  {
    title: "Deltagare per förbund och år (hela förbundet)",
    sql: `SELECT federation_id, year, value AS enrolled
FROM 'participant_count.parquet'
WHERE intervention_id IS NULL AND measure = 'enrolled' AND gender = 'all'
ORDER BY federation_id, year;`,
  },
  {
    title: "Jämförbara andelar per förbund och år, med täljare, nämnare och nedre gräns",
    sql: `SELECT federation_id, year, measure, round(value, 1) AS value, numerator, denominator, lower_bound
FROM 'federation_measure.parquet'
WHERE measure IN ('work_or_studies_rate', 'positive_step_rate')
ORDER BY ALL;`,
  },
  {
    title: "En siffra och raden den kommer från",
    sql: `SELECT p.year, p.value, p.document_id, p.source_line, l.text
FROM read_csv('participant_count.csv') p
JOIN read_csv('document_line.csv') l ON l.document_id = p.document_id AND l.line = p.source_line
WHERE p.federation_id = 'kalmar' AND p.year = 2024 AND p.measure = 'enrolled' AND p.intervention_id IS NULL AND p.gender = 'all';`,
  },
  {
    title: "De partitionerade filerna, som en objektlagringsmotor läser dem",
    sql: `SELECT federation_id, year, count(*) AS rows
FROM read_parquet('by-federation/finance/*/*/*.parquet', hive_partitioning = true)
GROUP BY ALL ORDER BY ALL;`,
  },
];

/**
 * The same reads in R and Python. Not run here (no R or Python on the build machine); the calls
 * follow the documentation of readr 2, arrow, pandas, polars and frictionless 5 (Python).
 */
export const OTHER_LANGUAGES = [
  { language: "R (Parquet)", code: `d <- arrow::read_parquet("participant_count.parquet")` },
  {
    language: "R (partitioned Parquet; Hive folders are detected)",
    code: `d <- dplyr::collect(arrow::open_dataset("by-federation/finance"))`,
  },
  {
    language: "R (CSV: only the empty field is missing; keep leading blanks)",
    code: `d <- readr::read_csv("document_line.csv", na = "", trim_ws = FALSE)`,
  },
  { language: "Python (pandas)", code: `d = pandas.read_parquet("participant_count.parquet")` },
  {
    language: "Python (pandas, CSV: only the empty field is missing)",
    code: `d = pandas.read_csv("document_line.csv", keep_default_na=False, na_values=[""])`,
  },
  { language: "Python (polars)", code: `d = polars.read_parquet("participant_count.parquet")` },
  {
    language: "Python (frictionless 5: one table against its schema, keys included)",
    code: `report = frictionless.Package("datapackage.json").validate(name="participant_count")`,
  },
  {
    language: "Python (frictionless 5: typed rows)",
    code: `rows = frictionless.Package("datapackage.json").get_resource("participant_count").read_rows()`,
  },
] as const;
