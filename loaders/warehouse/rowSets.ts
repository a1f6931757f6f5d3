/**
 * The extractions' row sets into the warehouse, read by DuckDB from the rows of the row files
 * (schema/extractionRows.ts), staged one file per federation and set once their seal held
 * (input/readInputs.ts), with a typed column list and made rows in SQL, as normalising makes
 * them in JavaScript for the other tables: no JavaScript object per row.
 *
 * - `coverage`: as the parsers state it.
 * - `participant_count`, `participant_breakdown`, `indicator` (FACT_SETS): each fact's
 *   intervention resolved by the registry (a name it does not know: a `normalize.unknown_name`
 *   finding, the fact not loaded), one row per key by the rules of normalize/precedence.ts among
 *   the row files' facts and the curated ones (staged as candidates), each loser with another
 *   value a `precedence.conflict` finding; their identities of warehouse/reconcile.ts (enrolled −
 *   exited = ongoing, gender sums, breakdown sums, quoted rates); the annual reports' core figures
 *   they give (`core_coverage`, normalize/coreCoverage.ts).
 * - `data_quality`: the parsers' findings and those above, with the Swedish message of
 *   normalize/qualityRow.ts, beside the staged findings; the first of each key is kept, in the
 *   order JavaScript made them: normalising's (phase 0), the parsers' (1), reconciliation's (2).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { RowFileRef } from "../input/readInputs.ts";
import { ROW_SETS, type RowSet } from "../schema/extractionRows.ts";
import { precedenceRankSql, REASON_TEXT } from "../normalize/precedence.ts";
import { CORE_FIGURES } from "../reference/coreFigures.ts";
import { qualityCheck } from "../reference/codes.ts";
import type { NameResolver } from "../reference/resolveNames.ts";
import { tableDef, type TableDef } from "../schema/tables.ts";
import { keyed } from "./tableKeys.ts";
import type { Step } from "./statementSteps.ts";
import { sqlString } from "./bulkInsert.ts";
import { GENDER_PARTS, SUMMABLE_POPULATIONS } from "./reconcile.ts";
import { candidatesOf, LATE_FINDINGS } from "./stagedRows.ts";

/** A fact's provenance (schema/facts.ts), less the copy of its line, which row files leave out. */
const FACT_PROVENANCE = {
  line: "INTEGER",
  section: "VARCHAR",
  approximate: "BOOLEAN",
  confirmed_by: "VARCHAR[]",
};

/**
 * What each set's rows hold, by column (besides `doc`, the document, and `i`, the row's index in
 * its set): the fields of its schema (schema/facts.ts) the load reads. A fact's `value` (a number)
 * is read as its text and cast: the text is what JavaScript's String() gives the number, which
 * precedence compares and messages quote.
 */
export const ROW_SET_COLUMNS: Record<RowSet, Record<string, string>> = {
  finding: {
    check_id: "VARCHAR",
    severity: "VARCHAR",
    subject: "VARCHAR",
    line: "INTEGER",
    value: "VARCHAR",
    other_value: "VARCHAR",
    other_line: "INTEGER",
    message: "VARCHAR",
  },
  coverage: { section: "VARCHAR", status: "VARCHAR", line: "INTEGER", facts: "INTEGER", note: "VARCHAR" },
  participant_count: {
    intervention: "VARCHAR",
    year: "INTEGER",
    measure: "VARCHAR",
    gender: "VARCHAR",
    value: "VARCHAR",
    ...FACT_PROVENANCE,
  },
  participant_breakdown: {
    intervention: "VARCHAR",
    year: "INTEGER",
    population: "VARCHAR",
    dimension: "VARCHAR",
    category: "VARCHAR",
    value: "VARCHAR",
    source_label: "VARCHAR",
    ...FACT_PROVENANCE,
  },
  indicator: {
    year: "INTEGER",
    scope: "VARCHAR",
    indicator: "VARCHAR",
    gender: "VARCHAR",
    value: "VARCHAR",
    unit: "VARCHAR",
    n: "INTEGER",
    note: "VARCHAR",
    ...FACT_PROVENANCE,
  },
};

const readJson = (files: readonly string[], columns: Record<string, string>, extra = "") =>
  `read_json([${files.map(sqlString).join(", ")}], format = 'newline_delimited', records = true, columns = {${Object.entries(
    columns,
  )
    .map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
    .join(", ")}}${extra})`;

/**
 * The in-memory database holding the row files' rows and the tables made from them while the
 * warehouse's tables are made (see `rowSetSteps`): a database of the instance, not a connection's
 * temporary objects, so that any of the load's connections reads what another made.
 */
const SCRATCH = "row_set_scratch";
/** A table or view of the scratch database. */
const scratch = (name: string) => `${SCRATCH}."${name}"`;

const typesOf = (t: TableDef) => Object.fromEntries(t.columns.map((c) => [c.name, c.type]));
const listOf = (t: TableDef) => t.columns.map((c) => `"${c.name}"`).join(", ");
const keyOrder = (t: TableDef) => t.key.map((k) => `"${k}" NULLS FIRST`).join(", ");
const keyList = (t: TableDef) => t.key.map((k) => `"${k}"`).join(", ");

const dataQuality = tableDef("data_quality");
const coverage = tableDef("coverage");
const breakdown = tableDef("participant_breakdown");

/** `swedishMessage` (normalize/qualityRow.ts) as a macro over a finding's columns and its check's Swedish name. */
const MESSAGE_SV_MACRO = `CREATE TEMP MACRO message_sv(sv, check_id, value, source_line, other_value, other_document_id, other_source_line, document_id) AS
  coalesce(sv, 'Kontroll ' || check_id)
  || CASE WHEN value IS NULL THEN '' ELSE ': ' || CASE WHEN length(value) > 160 THEN left(value, 160) || ' …' ELSE value END END
  || CASE
       WHEN source_line IS NULL AND other_value IS NULL AND other_source_line IS NULL THEN ''
       ELSE ' (' || concat_ws('; ',
         CASE WHEN source_line IS NOT NULL THEN 'rad ' || source_line END,
         CASE
           WHEN other_value IS NOT NULL THEN 'jämfört med ' || other_value || coalesce(', ' || other_where(other_document_id, other_source_line, document_id), '')
           ELSE 'jämfört med ' || other_where(other_document_id, other_source_line, document_id) END) || ')' END
  || '.'`;
/** Where the other value stands: "rad n", with its document when it is another; NULL without a line. */
const OTHER_WHERE_MACRO = `CREATE TEMP MACRO other_where(other_document_id, other_source_line, document_id) AS
  CASE WHEN other_source_line IS NOT NULL THEN
    CASE WHEN coalesce(other_document_id, '') <> '' AND other_document_id <> document_id THEN other_document_id || ', ' ELSE '' END
    || 'rad ' || other_source_line END`;

/**
 * JavaScript's `x.toFixed(1)`: the closest tenth of x's exact value, the one away from zero of
 * two as close, where printf's '%.1f' takes the even one. Two tenths are as close only to a
 * double that is an odd number of quarters (…,25 or …,75).
 */
const JS_FIXED1_MACRO = `CREATE TEMP MACRO js_fixed1(x) AS
  CASE WHEN x * 4 = floor(x * 4) AND CAST(floor(x * 4) AS BIGINT) % 2 <> 0 THEN printf('%.1f', x + sign(x) * 0.05) ELSE printf('%.1f', x) END`;

/** A finding's columns in SQL, then its place in the order of findings (`phase`, `ord`, `i`). */
const finding = (f: Record<string, string>, order: string) =>
  `SELECT ${dataQuality.columns.map((c) => (c.name === "message_sv" ? "" : `${f[c.name]} AS "${c.name}", `)).join("")}` +
  `message_sv((SELECT sv FROM ${scratch("check_sv")} WHERE code = ${f.check_id}), ${f.check_id}, ${f.value}, ${f.source_line}, ${f.other_value}, ` +
  `${f.other_document_id}, ${f.other_source_line}, ${f.document_id}) AS message_sv, ${order}`;

/** The precedence rules (normalize/precedence.ts) as an ORDER BY over a candidate's columns. */
const PRECEDENCE_ORDER = `(section = 'curated') DESC, period_matches DESC, ${precedenceRankSql("section")},
  approximate, starts_with(section, 'general:'), document_date DESC, line, ord, i`;
/** The first rule that decides between the kept `w` and the loser `l`, as its text (`reasonText`). */
const REASON = `CASE
  WHEN (w.section = 'curated') <> (l.section = 'curated') THEN ${sqlString(REASON_TEXT.rank)}
  WHEN w.period_matches <> l.period_matches THEN ${sqlString(REASON_TEXT.own_period)}
  WHEN ${precedenceRankSql("w.section")} <> ${precedenceRankSql("l.section")} THEN ${sqlString(REASON_TEXT.rank)}
  WHEN w.approximate <> l.approximate THEN ${sqlString(REASON_TEXT.exact_over_approximate)}
  WHEN starts_with(w.section, 'general:') <> starts_with(l.section, 'general:') THEN ${sqlString(REASON_TEXT.template_over_general)}
  WHEN w.document_date <> l.document_date THEN ${sqlString(REASON_TEXT.later_document)}
  WHEN w.line <> l.line THEN ${sqlString(REASON_TEXT.earlier_line)}
  ELSE ${sqlString(REASON_TEXT.tie)} END`;

/** The rows of a set with their document's columns (row_file): a view made by `insertRowSets`. */
const rowsOf = (set: RowSet) => scratch(`${set}_row`);

/** Staged rows come after the row files' in the order of findings and of candidates. */
const LAST = 2 ** 31 - 1;

const count = tableDef("participant_count");
const indicator = tableDef("indicator");

/** A fact table DuckDB makes from the row files: each column from the fact `r` and its intervention `n` (factMappers.ts). */
interface FactSet {
  table: TableDef;
  /** The row set of its facts (the table's name). */
  set: RowSet;
  /** The intervention the fact names, as written (NULL: the whole federation). */
  name: string;
  columns: Record<string, string>;
  /** The value two candidates of a key are compared by. */
  compare: string;
}

/** Provenance and confirmation, as factMappers.ts's `provenance` and `confirmation` give them for a parsed fact. */
const PARSED = {
  confirmed_by: "NULLIF(array_to_string(r.confirmed_by, ','), '')",
  document_id: "r.document_id",
  source_line: "r.line",
  obtained: "r.obtained",
  curation_reason: "NULL::VARCHAR",
};

const FACT_SETS: readonly FactSet[] = [
  {
    table: count,
    set: "participant_count",
    name: "r.intervention",
    columns: {
      federation_id: "r.federation_id",
      intervention_id: "n.intervention_id",
      year: "r.year",
      measure: "r.measure",
      gender: "r.gender",
      value: "CAST(r.value AS INTEGER)",
      approximate: "r.approximate",
      ...PARSED,
    },
    compare: "r.value",
  },
  {
    table: breakdown,
    set: "participant_breakdown",
    name: "r.intervention",
    columns: {
      federation_id: "r.federation_id",
      intervention_id: "n.intervention_id",
      year: "r.year",
      population: "r.population",
      dimension: "r.dimension",
      category: "r.category",
      value: "CAST(r.value AS INTEGER)",
      source_label: "r.source_label",
      approximate: "r.approximate",
      ...PARSED,
    },
    compare: "r.value",
  },
  {
    table: indicator,
    set: "indicator",
    // `intervention:<name as written>` → `intervention:<intervention_id>`
    name: "CASE WHEN starts_with(r.scope, 'intervention:') THEN substr(r.scope, 14) END",
    columns: {
      federation_id: "r.federation_id",
      year: "r.year",
      scope: "CASE WHEN n.intervention_id IS NULL THEN r.scope ELSE 'intervention:' || n.intervention_id END",
      indicator: "r.indicator",
      gender: "r.gender",
      value: "CAST(r.value AS DOUBLE)",
      unit: "r.unit",
      n: "r.n",
      approximate: "r.approximate",
      note: "r.note",
      ...PARSED,
    },
    compare: "r.value",
  },
];

/** A fact whose intervention the registry does not know: not loaded, and said (factMappers.ts `unknownName`). */
const unknownNames = ({ table: t, set, name }: FactSet) =>
  `${finding(
    {
      check_id: "'normalize.unknown_name'",
      subject: `'${t.name}:' || r.federation_id || ':' || ${name}`,
      document_id: "r.document_id",
      source_line: "r.line",
      severity: "'error'",
      federation_id: "r.federation_id",
      year: "r.year",
      value: name,
      other_value: "NULL::VARCHAR",
      other_document_id: "NULL::VARCHAR",
      other_source_line: "NULL::INTEGER",
      message: `'intervention "' || ${name} || '" is not in data/federations/' || r.federation_id || '.yaml (add it or an alias); fact not loaded'`,
    },
    "0 AS phase, r.ord, r.i",
  )}
  FROM ${rowsOf(set)} r JOIN ${scratch("intervention_name")} n ON n.federation_id = r.federation_id AND n.name = ${name}
  WHERE n.intervention_id IS NULL`;

/** Each loser with another value than the kept row's (choosePrecedence.ts `conflictRow`); a key's first loser first. */
const conflicts = (t: TableDef) =>
  `${finding(
    {
      check_id: "'precedence.conflict'",
      // The key as rowKey writes it, '|' read as ':'.
      subject: `'${t.name}:' || replace(concat_ws('|', ${t.key.map((k) => `coalesce(CAST(w."${k}" AS VARCHAR), '')`).join(", ")}), '|', ':')`,
      document_id: "w.document_id",
      source_line: "w.line",
      severity: "'warning'",
      federation_id: "w.federation_id",
      year: "w.year",
      value: "w.compare",
      other_value: "l.compare",
      other_document_id: "l.document_id",
      other_source_line: "l.line",
      message: `'${t.name}: ' || w.compare || ' (' || w.section || ', line ' || w.line || ') kept over ' || l.compare || ' (' || l.section || ', line ' || l.line || ') by precedence: ' || ${REASON}`,
    },
    "0 AS phase, 0 AS ord, l.pos AS i",
  )}
  FROM ${scratch(`${t.name}_candidate`)} l JOIN ${scratch(`${t.name}_candidate`)} w ON w.pos = 1 AND l.pos > 1
    AND ${t.key.map((k) => `w."${k}" IS NOT DISTINCT FROM l."${k}"`).join(" AND ")}
  WHERE l.compare <> w.compare`;

const parserFindings = `${finding(
  {
    check_id: "r.check_id",
    subject: "r.subject",
    document_id: "r.document_id",
    source_line: "r.line",
    severity: "r.severity",
    federation_id: "r.federation_id",
    year: "r.period_year",
    value: "r.value",
    other_value: "r.other_value",
    // A parser's finding stays within its document: the other value, if any, is on another line of it.
    other_document_id: "CASE WHEN r.other_line IS NOT NULL THEN r.document_id END",
    other_source_line: "r.other_line",
    message: "r.message",
  },
  "1 AS phase, r.ord, r.i",
)}
FROM ${rowsOf("finding")} r`;

/** `ivLabel` of warehouse/reconcile.ts for the row `x`. */
const ivLabel = (x: string) => `coalesce(${x}.intervention_id, ${x}.federation_id || ' (hela förbundet)')`;
/** The kept counts and breakdowns of the row files' facts. */
const GENDERS = `[${GENDER_PARTS.map(sqlString).join(", ")}]`;
const KEPT_COUNT = scratch("participant_count_kept");
const sameGroup = (a: string, b: string) =>
  `${a}.federation_id = ${b}.federation_id AND ${a}.intervention_id IS NOT DISTINCT FROM ${b}.intervention_id AND ${a}.year = ${b}.year`;
/** `finding` of warehouse/reconcile.ts: the row `a` and the other row `b`. */
const identity = (
  a: string,
  b: string,
  f: { check_id: string; subject: string; value: string; other_value: string; message: string },
) =>
  finding(
    {
      ...f,
      document_id: `${a}.document_id`,
      source_line: `${a}.source_line`,
      severity: "'warning'",
      federation_id: `${a}.federation_id`,
      year: `${a}.year`,
      other_document_id: `${b}.document_id`,
      other_source_line: `${b}.source_line`,
    },
    "2 AS phase, 0 AS ord, 0 AS i",
  );

/**
 * The columns of a chosen row the identities read (`<table>_kept`): its key, its value (and the
 * value as compared, and an indicator's n) and where it stands.
 */
const keptColumns = (t: TableDef) =>
  [...t.key, "value", "compare", ...(t.name === "indicator" ? ["n"] : []), "document_id", "source_line"]
    .map((c) => `"${c}"`)
    .join(", ");

/** The identities of warehouse/reconcile.ts over the row files' counts and breakdowns. */
const RECONCILE = [
  // enrolled − exited = ongoing
  `${identity("o", "e", {
    check_id: "'identity.enrolled_minus_exited'",
    subject: `'participant_count:' || ${ivLabel("o")} || ':' || o.year || ':ongoing'`,
    value: "CAST(o.value AS VARCHAR)",
    other_value: "e.value || ' − ' || x.value || ' = ' || (e.value - x.value)",
    message: `${ivLabel("o")} || ' ' || o.year || ': enrolled ' || e.value || ' − exited ' || x.value || ' = ' || (e.value - x.value) || ', but ongoing is ' || o.value`,
  })}
  FROM ${KEPT_COUNT} o JOIN ${KEPT_COUNT} e ON ${sameGroup("e", "o")} AND e.measure = 'enrolled' AND e.gender = 'all'
    JOIN ${KEPT_COUNT} x ON ${sameGroup("x", "o")} AND x.measure = 'exited' AND x.gender = 'all'
  WHERE o.measure = 'ongoing' AND o.gender = 'all' AND e.value - x.value <> o.value`,
  // women + men + non-binary + unknown = all, where two or more are given
  `${identity("t", "p", {
    check_id: "'identity.gender_sum'",
    subject: `'participant_count:' || ${ivLabel("t")} || ':' || t.year || ':' || t.measure`,
    value: "CAST(t.value AS VARCHAR)",
    other_value: "CAST(p.total AS VARCHAR)",
    message: `${ivLabel("t")} || ' ' || t.year || ': ' || t.measure || ' is ' || t.value || ' but women + men + non-binary + unknown = ' || p.total`,
  })}
  FROM ${KEPT_COUNT} t JOIN (
    SELECT federation_id, intervention_id, year, measure, sum(value) AS total, count(*) AS parts,
      arg_min(document_id, list_position(${GENDERS}, gender)) AS document_id,
      arg_min(source_line, list_position(${GENDERS}, gender)) AS source_line
    FROM ${KEPT_COUNT} WHERE list_contains(${GENDERS}, gender) GROUP BY ALL) p
    ON ${sameGroup("p", "t")} AND p.measure = t.measure
  WHERE t.gender = 'all' AND t.measure IN ('enrolled', 'exited', 'ongoing') AND p.parts >= 2 AND p.total <> t.value`,
  // Σ categories of a breakdown = its population's count; its first row (the key order) speaks for it
  `${identity("g", "c", {
    check_id: `CASE WHEN g.dimension = 'exit_outcome' THEN 'identity.exit_outcomes_sum' ELSE 'identity.breakdown_sum' END`,
    subject: `'participant_breakdown:' || ${ivLabel("g")} || ':' || g.year || ':' || g.population || ':' || g.dimension`,
    value: "CAST(g.total AS VARCHAR)",
    other_value: "CAST(c.value AS VARCHAR)",
    message: `${ivLabel("g")} || ' ' || g.year || ': ' || g.dimension || ' categories of population "' || g.population || '" sum to ' || g.total || ', but ' || g.population || ' is ' || c.value || CASE WHEN g.dimension = 'exit_outcome' THEN ' (Σ exit outcomes = exited)' ELSE '' END`,
  })}
  FROM (SELECT federation_id, intervention_id, year, population, dimension, arg_min(document_id, category) AS document_id,
          arg_min(source_line, category) AS source_line, sum(value) AS total
        FROM ${scratch("participant_breakdown_kept")} WHERE population IN (${[...SUMMABLE_POPULATIONS].map(sqlString).join(", ")})
        GROUP BY ALL) g
  JOIN ${KEPT_COUNT} c ON ${sameGroup("c", "g")} AND c.measure = g.population AND c.gender = 'all'
  WHERE g.total <> c.value`,
  // A rate quoted in text = its numerator / denominator; the first count of a scope (the key order) is its numerator
  `${identity("rate", "c", {
    check_id: "'identity.quoted_rate'",
    subject: "'indicator:' || rate.scope || ':' || rate.year || ':positive_step_rate_reported'",
    value: "rate.compare",
    other_value: "js_fixed1(c.value / rate.n * 100)",
    message: `rate.scope || ' ' || rate.year || ': the quoted rate ' || rate.compare || ' % does not equal ' || c.compare || ' / ' || rate.n || ' = ' || js_fixed1(c.value / rate.n * 100) || ' %'`,
  })}
  FROM (SELECT * FROM ${scratch("indicator_kept")} WHERE indicator = 'positive_step_rate_reported' AND n IS NOT NULL) rate
  JOIN (SELECT federation_id, year, scope, arg_min(value, gender) AS value, arg_min(compare, gender) AS compare,
          arg_min(document_id, gender) AS document_id, arg_min(source_line, gender) AS source_line
        FROM ${scratch("indicator_kept")} WHERE indicator = 'positive_step_count_reported' GROUP BY ALL) c
    ON c.federation_id = rate.federation_id AND c.year = rate.year AND c.scope = rate.scope
  WHERE abs(c.value / rate.n * 100 - rate.value) > 1`,
];

/** What the load stages besides the row files: the tables' staged JSON lines, and the names to resolve by. */
export interface RowSetInputs {
  files: ReadonlyMap<string, readonly string[]>;
  rowFiles: readonly RowFileRef[];
  /** The staged files holding each set's rows, each row naming its document (`doc`). */
  rowSetFiles: Readonly<Record<RowSet, readonly string[]>>;
  /** The registries' names (none needed without row files). */
  names: NameResolver | null;
}

/** The row files' documents (`row_file`: one row per document, `ord` its place in the load), in the scratch database. */
const ROW_FILE = scratch("row_file");

/**
 * Each step's cost, measured one statement at a time on one thread at 75x15 (seconds of CPU;
 * statementSteps.ts orders the steps by them, nothing else reads them).
 */
const READ_COST: Record<RowSet, number> = {
  finding: 0.05,
  coverage: 0.04,
  participant_count: 0.17,
  participant_breakdown: 0.11,
  indicator: 0.04,
};
const FACT_COST: Record<string, number> = { participant_count: 0.33, participant_breakdown: 0.38, indicator: 0.23 };
const KEY_COST: Record<string, number> = { indicator: 0.03, coverage: 0.05, data_quality: 0.07 };

/**
 * The scratch database and its `row_file` table, before any set is read, and the macros the
 * findings' messages are made by on each connection (a macro is its connection's own). The
 * scratch database is an in-memory database of the instance, so every connection of the load
 * reads and makes tables in it. `stage` is the load's staging folder.
 */
export async function prepareRowSets(
  conns: readonly DuckDBConnection[],
  rowFiles: readonly RowFileRef[],
  stage: string,
): Promise<void> {
  const conn = conns[0]!;
  const refs = join(stage, "row-files.jsonl");
  writeFileSync(refs, rowFiles.map(({ from: _from, ...r }, ord) => `${JSON.stringify({ ...r, ord })}\n`).join(""));
  const refColumns = {
    document_id: "VARCHAR",
    federation_id: "VARCHAR",
    period_year: "INTEGER",
    date: "VARCHAR",
    obtained: "VARCHAR",
    ord: "INTEGER",
  };
  // Each set's rows are read once, from its own files, into a table of its own columns: no statement
  // below scans the rows of another set. (One table of every set's rows, each filling the
  // columns of its set only, was scanned by each of the statements below, the others' rows
  // included; one statement at a time, reading the rows and the candidates took 1.03 s and 0.86 s
  // CPU that way, 0.68 s and 0.70 s this way at 25x15; 3.48 s and 2.75 s, 2.11 s and 1.93 s at
  // 75x15.) The rows keep their document's number only, and each set's view adds
  // the document's columns (row_file, one row per document). They are held compressed, in an
  // in-memory database of their own checkpointed once they are in: a temporary table holds its
  // rows uncompressed, which beside document_line's insert outgrew the load's buffer pool and
  // went out to its spill folder at 75x15.
  await conn.run(`ATTACH ':memory:' AS ${SCRATCH} (COMPRESS)`);
  await conn.run(`CREATE TABLE ${ROW_FILE} AS SELECT * FROM ${readJson([refs], refColumns)}`);
  await conn.run(
    `CREATE TABLE ${scratch("check_sv")} AS SELECT * FROM (VALUES ${qualityCheck.entries
      .map((e) => `(${sqlString(e.code)}, ${sqlString(e.sv)})`)
      .join(", ")}) t(code, sv)`,
  );
  for (const c of conns) {
    await c.run(OTHER_WHERE_MACRO);
    await c.run(JS_FIXED1_MACRO);
    await c.run(MESSAGE_SV_MACRO);
  }
}

/** The rows of `set` into the scratch database's table of its own (after `prepareRowSets`). */
async function readRowSet(
  conn: DuckDBConnection,
  rowSetFiles: Readonly<Record<RowSet, readonly string[]>>,
  set: RowSet,
): Promise<void> {
  const columns = { i: "INTEGER", ...ROW_SET_COLUMNS[set] };
  const files = rowSetFiles[set];
  await conn.run(
    `CREATE TABLE ${scratch(set)} AS ` +
      (files.length === 0
        ? `SELECT 0 AS file_ord, ${Object.entries(columns)
            .map(([n, t]) => `NULL::${t} AS "${n}"`)
            .join(", ")} LIMIT 0`
        : `SELECT f.ord AS file_ord, r.* EXCLUDE (doc) FROM ${readJson(files, {
            doc: "VARCHAR",
            ...columns,
          })} r JOIN ${ROW_FILE} f ON f.document_id = r.doc`),
  );
}

/** The tables `rowSetSteps` makes, with the step that adds each one's key (its rows are in when that step ends). */
export const ROW_SET_MADE = [...FACT_SETS.map((f) => f.table.name), "coverage", "data_quality"] as const;
export const keyStep = (table: string) => `key:${table}`;

/**
 * The steps (statementSteps.ts) that insert the tables of FACT_SETS, `coverage` and `data_quality`
 * (they exist and are empty), with their keys, and set the row files' core figures in
 * `core_coverage`, after `prepareRowSets`. `coreCoverage` is the step that loads core_coverage.
 * `stage` is the load's staging folder. After the steps, `finishRowSets`.
 */
export function rowSetSteps({ files, rowSetFiles, names }: RowSetInputs, stage: string, coreCoverage: string): Step[] {
  const staged = (table: string) => files.get(table) ?? [];
  const stagedRows = (table: string, columns: Record<string, string>) =>
    staged(table).length ? readJson(staged(table), columns) : null;
  const read = (set: RowSet) => `read:${set}`;
  const fact = (t: TableDef) => `fact:${t.name}`;
  const steps: Step[] = ROW_SETS.map((set) => ({
    name: read(set),
    cost: READ_COST[set],
    run: (conn) => readRowSet(conn, rowSetFiles, set),
  }));

  // Once every set is in: the scratch database compressed, and each set's rows with their document's columns.
  steps.push({
    name: "row-sets",
    after: ROW_SETS.map(read),
    cost: 0.04,
    run: async (conn) => {
      await conn.run(`CHECKPOINT ${SCRATCH}`);
      for (const set of ROW_SETS)
        await conn.run(
          `CREATE VIEW ${rowsOf(set)} AS SELECT f.*, r.* EXCLUDE (file_ord) FROM ${scratch(set)} r JOIN ${ROW_FILE} f ON f.ord = r.file_ord`,
        );
    },
  });

  // The interventions the row files' facts name, resolved by the registries (a few hundred names).
  steps.push({
    name: "names",
    after: ["row-sets"],
    cost: 0.02,
    run: async (conn) => {
      const named = (
        await (
          await conn.run(
            `SELECT DISTINCT federation_id, name FROM (${FACT_SETS.map(
              (f) => `SELECT r.federation_id, ${f.name} AS name FROM ${rowsOf(f.set)} r`,
            ).join(" UNION ALL ")}) WHERE name IS NOT NULL`,
          )
        ).getRows()
      ).map(([federation_id, name]) => {
        const intervention_id = names?.intervention(String(federation_id), String(name)) ?? null;
        return `${JSON.stringify({ federation_id, name, intervention_id })}\n`;
      });
      const nameFile = join(stage, "intervention-names.jsonl");
      writeFileSync(nameFile, named.join(""));
      await conn.run(
        `CREATE TABLE ${scratch("intervention_name")} AS SELECT * FROM ${readJson([nameFile], {
          federation_id: "VARCHAR",
          name: "VARCHAR",
          intervention_id: "VARCHAR",
        })}`,
      );
    },
  });

  for (const f of FACT_SETS) {
    const t = f.table;
    steps.push({
      name: fact(t),
      after: ["names"],
      cost: FACT_COST[t.name] ?? 0.2,
      run: async (conn) => {
        // Candidates: the row files' facts (as normalize/factMappers.ts maps them) and the curated ones.
        const curated = stagedRows(candidatesOf(t.name), {
          ...typesOf(t),
          compare: "VARCHAR",
          section: "VARCHAR",
          period_matches: "BOOLEAN",
          document_date: "VARCHAR",
          line: "INTEGER",
          i: "INTEGER",
        });
        const candidate = scratch(`${t.name}_candidate`);
        await conn.run(
          `CREATE TABLE ${candidate} AS
          SELECT ${listOf(t)}, compare, section, period_matches, document_date, line, ord, i,
            row_number() OVER (PARTITION BY ${keyList(t)} ORDER BY ${PRECEDENCE_ORDER}) AS pos
          FROM (
            SELECT ${t.columns.map((c) => `${f.columns[c.name]} AS "${c.name}"`).join(", ")},
              ${f.compare} AS compare, r.section, r.year = r.period_year AS period_matches, r.date AS document_date, r.line, r.ord, r.i
            FROM ${rowsOf(f.set)} r LEFT JOIN ${scratch("intervention_name")} n ON n.federation_id = r.federation_id AND n.name = ${f.name}
            WHERE ${f.name} IS NULL OR n.intervention_id IS NOT NULL
            ${curated ? `UNION ALL SELECT ${listOf(t)}, compare, section, period_matches, document_date, line, ${LAST} AS ord, i FROM ${curated}` : ""}
          )`,
        );
        // Rows staged whole (a warehouse written from rows given whole: writeWarehouse) beside the chosen ones.
        const whole = stagedRows(t.name, typesOf(t));
        await conn.run(
          `INSERT INTO "${t.name}" SELECT ${listOf(t)} FROM (
            SELECT ${listOf(t)} FROM ${candidate} WHERE pos = 1
            ${whole ? `UNION ALL SELECT ${listOf(t)} FROM ${whole}` : ""}
          ) ORDER BY ${keyOrder(t)}`,
        );
        // What the findings' statement reads of the candidates, kept apart and the candidates
        // dropped: the chosen rows' columns the identities compare (RECONCILE) and the conflicts, as
        // findings. The three sets' candidates held until the findings were made outgrew the load's
        // buffer pool at 75x15 (266 MB of temporary tables, 86 MB of them written out to the staging
        // folder and read back by the findings' statement: 2.45 s CPU, 1.33 s this way).
        await conn.run(
          `CREATE TABLE ${scratch(`${t.name}_kept`)} AS SELECT ${keptColumns(t)} FROM ${candidate} WHERE pos = 1`,
        );
        await conn.run(`CREATE TABLE ${scratch(`${t.name}_conflict`)} AS ${conflicts(t)}`);
        await conn.run(`DROP TABLE ${candidate}`);
      },
    });
    steps.push({ name: keyStep(t.name), after: [fact(t)], cost: KEY_COST[t.name] ?? 0, run: (conn) => keyed(conn, t) });
  }

  steps.push({
    name: "coverage",
    after: ["row-sets"],
    cost: 0.15,
    run: async (conn) => {
      const extra = stagedRows("coverage", typesOf(coverage));
      await conn.run(
        `INSERT INTO coverage SELECT ${listOf(coverage)} FROM (
          SELECT document_id, section, status, line AS source_line, facts, note FROM ${rowsOf("coverage")}
          ${extra ? `UNION ALL SELECT ${listOf(coverage)} FROM ${extra}` : ""}
        )
        -- An extraction written before sections were merged (extract/sectionCoverage.ts) may report one
        -- section twice: the parsed entry is kept, and the load never fails on it.
        QUALIFY row_number() OVER (PARTITION BY ${keyList(coverage)} ORDER BY status = 'parsed' DESC, facts DESC) = 1
        ORDER BY ${keyOrder(coverage)}`,
      );
    },
  });
  steps.push({
    name: keyStep("coverage"),
    after: ["coverage"],
    cost: KEY_COST.coverage!,
    run: (conn) => keyed(conn, coverage),
  });

  // The core figures the row files' facts give (normalize/coreCoverage.ts): the first such fact's line.
  const exits = CORE_FIGURES.exitDestinations;
  // (A participant figure is the whole federation's: no intervention; an indicator names none.)
  const figures = [
    ...CORE_FIGURES.participants.map((p) => ({
      figure: `participant_count:${p.measure}:${p.gender}`,
      set: "participant_count" as const,
      where: `measure = ${sqlString(p.measure)} AND gender = ${sqlString(p.gender)} AND intervention IS NULL`,
    })),
    {
      figure: `participant_breakdown:${exits.population}:${exits.dimension}`,
      set: "participant_breakdown" as const,
      where: `population = ${sqlString(exits.population)} AND dimension = ${sqlString(exits.dimension)} AND intervention IS NULL`,
    },
    {
      figure: "indicator:headline_rate",
      set: "indicator" as const,
      where: `scope = 'federation' AND indicator IN (${CORE_FIGURES.headlineRate.indicators.map(sqlString).join(", ")})`,
    },
  ];
  steps.push({
    name: "core_coverage:found",
    after: ["row-sets", coreCoverage],
    cost: 0.03,
    run: async (conn) => {
      await conn.run(
        `UPDATE core_coverage SET status = 'found', source_line = p.line FROM (
          ${figures
            .map(
              (
                f,
              ) => `SELECT document_id, ${sqlString(f.figure)} AS figure, arg_min(line, i) AS line FROM ${rowsOf(f.set)}
            WHERE ${f.where} AND year = period_year GROUP BY document_id`,
            )
            .join(" UNION ALL ")}) p
        WHERE core_coverage.document_id = p.document_id AND core_coverage.figure = p.figure`,
      );
    },
  });

  const stagedFindings = (table: string, phase: number) => {
    const rows = stagedRows(table, typesOf(dataQuality));
    return rows ? [`SELECT ${listOf(dataQuality)}, ${phase} AS phase, ${LAST} AS ord, 0 AS i FROM ${rows}`] : [];
  };
  const parts = [
    ...FACT_SETS.flatMap((f) => [unknownNames(f), `SELECT * FROM ${scratch(`${f.table.name}_conflict`)}`]),
    parserFindings,
    ...RECONCILE,
    ...stagedFindings("data_quality", 0),
    ...stagedFindings(LATE_FINDINGS, 2),
  ];
  // The first finding of each key, by an aggregate over the key: a window (row_number() over the
  // key) sorted every finding with all its columns, messages and all, before the insert sorted
  // them again (75x15, one thread: 2.84 s CPU, 2.06 s this way).
  const isKey = (c: string) => dataQuality.key.includes(c);
  const others = dataQuality.columns.filter((c) => !isKey(c.name)).map((c) => `"${c.name}" := "${c.name}"`);
  steps.push({
    name: "data_quality",
    after: FACT_SETS.map((f) => fact(f.table)),
    cost: 0.24,
    run: async (conn) => {
      await conn.run(
        `INSERT INTO data_quality SELECT ${dataQuality.columns.map((c) => (isKey(c.name) ? `"${c.name}"` : `first."${c.name}"`)).join(", ")}
        FROM (
          SELECT ${keyList(dataQuality)}, arg_min(struct_pack(${others.join(", ")}), struct_pack(phase := phase, ord := ord, i := i)) AS first
          FROM (${parts.join("\nUNION ALL\n")}) GROUP BY ${keyList(dataQuality)}
        )
        ORDER BY ${keyOrder(dataQuality)}`,
      );
    },
  });
  steps.push({
    name: keyStep("data_quality"),
    after: ["data_quality"],
    cost: KEY_COST.data_quality!,
    run: (conn) => keyed(conn, dataQuality),
  });
  return steps;
}

/** After `rowSetSteps`: the scratch database let go; returns the made tables' row counts. */
export async function finishRowSets(conn: DuckDBConnection): Promise<Record<string, number>> {
  await conn.run(`DETACH ${SCRATCH}`);
  const counts: Record<string, number> = {};
  for (const table of ROW_SET_MADE)
    counts[table] = Number((await (await conn.run(`SELECT count(*) FROM "${table}"`)).getRows())[0]![0]);
  return counts;
}
