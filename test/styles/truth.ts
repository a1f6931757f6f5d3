/**
 * The hand-made truth of a style document (`test/fixtures/styles/<style>/truth.yaml`): the
 * federation to add, the document to ingest, every core figure a correct extraction stores,
 * and the conditions that must hold for numbers that must stay unread.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

/** The warehouse tables a truth file speaks of (its must-not-store rules and the scorer read these). */
export const TRUTH_TABLES = [
  "participant_count",
  "participant_breakdown",
  "indicator",
  "finance",
  "member_contribution",
  "intervention",
  "meeting",
  "attendance",
  "decision",
  "allocation",
] as const;

export const STYLES_DIR = resolve(import.meta.dirname, "../fixtures/styles");

const year = z.number().int().min(2000).max(2100);
const text = z.string().min(1);

/** A condition on one column: a value (null = IS NULL), or an operator. */
const cellCondition = z.union([
  z.null(),
  z.string(),
  z.number(),
  z.boolean(),
  z.strictObject({ in: z.array(z.union([z.string(), z.number()])) }),
  z.strictObject({ not_in: z.array(z.union([z.string(), z.number()])) }),
  z.strictObject({ gte: z.number() }),
  z.strictObject({ not_null: z.literal(true) }),
]);
export type CellCondition = z.infer<typeof cellCondition>;
const where = z.record(z.string(), cellCondition);

/**
 * Optional tags of a core figure (the style generator and the unseen documents set them): the
 * reading layer it is given in, and the layout features around it, for per-layer totals.
 */
const tags = {
  layer: z.enum(["statement", "participant_table", "multi_year", "prose", "contributions", "minutes"]).optional(),
  features: z.array(z.string()).optional(),
};

export const truthSchema = z.strictObject({
  style: z.string(),
  about: z.string(),
  federation: z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string(),
    county: z.string(),
    members: z
      .array(z.string().regex(/^[^=]+=(municipality|region|social_insurance_agency|employment_service)(=[^=]+)?$/))
      .min(1),
  }),
  document: z.strictObject({
    file: z.string(),
    kind: z.enum(["annual_report", "board_minutes", "committee_minutes"]),
    year,
    /** The meeting date `ingest --date` is given (minutes). */
    date: z.iso.date().optional(),
  }),
  participant_count: z.array(
    z.strictObject({
      year,
      measure: z.enum(["enrolled", "new", "exited"]),
      gender: z.enum(["all", "woman", "man"]),
      value: z.number().int(),
      approximate: z.boolean().default(false),
      text,
      ...tags,
    }),
  ),
  participant_breakdown: z.array(
    z.strictObject({
      year,
      category: z.string(),
      value: z.number().int(),
      approximate: z.boolean().default(false),
      text,
      ...tags,
    }),
  ),
  indicator: z.array(
    z.strictObject({
      year,
      indicator: z.enum(["positive_step_rate_reported", "work_or_studies_rate_reported"]),
      value: z.number(),
      n: z.number().int(),
      approximate: z.boolean().default(false),
      text,
      ...tags,
    }),
  ),
  finance: z.array(
    z.strictObject({
      year,
      basis: z.enum(["actual", "budget"]),
      item: z.enum(["revenue_operating", "cost_operating", "operating_result", "result", "equity_end", "assets_total"]),
      amount_sek: z.number().int(),
      text,
      ...tags,
    }),
  ),
  member_contribution: z.array(
    z.strictObject({
      year,
      basis: z.enum(["actual", "budget"]),
      member_id: z.string(),
      amount_sek: z.number().int(),
      text,
      ...tags,
    }),
  ),
  /**
   * Figures of other tables (minutes: meeting, attendance, decision, allocation), scored like core
   * figures: the row found by `key` must have `values`.
   */
  other_figures: z
    .array(
      z.strictObject({
        table: z.enum(["meeting", "attendance", "decision", "allocation"]),
        label: z.string(),
        key: where,
        values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
        text,
        ...tags,
      }),
    )
    .default([]),
  /** Not core figures; reported by the harness, not failed on. */
  extra: z.array(z.strictObject({ what: z.string(), table: z.string(), where, text })),
  /** data_quality rows the document calls for. */
  findings: z.array(
    z.strictObject({
      what: z.string(),
      line: z.string(),
      condition: z.string(),
      values: z.tuple([z.string(), z.string()]).optional(),
      check_id: z.union([z.string(), z.strictObject({ in: z.array(z.string()) })]).optional(),
    }),
  ),
  must_not_store: z.array(
    z.strictObject({
      trap: z.string(),
      what: z.string(),
      line: z.string(),
      condition: z.string(),
      table: z.enum(TRUTH_TABLES),
      where,
    }),
  ),
  no_text_layer: z
    .strictObject({
      exit_codes: z.array(z.number().int()),
      message_patterns: z.array(z.string()),
    })
    .optional(),
});

export type Truth = z.infer<typeof truthSchema>;

/** The truth of `<dir>/<style>/truth.yaml` (dir: the style corpus unless told). */
export function readTruth(style: string, dir = STYLES_DIR): Truth {
  return truthSchema.parse(parse(readFileSync(resolve(dir, style, "truth.yaml"), "utf8")));
}

export function documentPath(truth: Truth, dir = STYLES_DIR): string {
  return resolve(dir, truth.style, truth.document.file);
}

/** The arguments of `finsam add-federation` for the truth's federation, as a new user types them. */
export function addFederationArgs(t: Truth): string[] {
  const f = t.federation;
  return ["add-federation", f.id, "--name", f.name, "--county", f.county, ...f.members.flatMap((m) => ["--member", m])];
}

/** The core figures of a truth as uniform expectations: which row, and which values it must have. */
export interface Expectation {
  table:
    | "participant_count"
    | "participant_breakdown"
    | "indicator"
    | "finance"
    | "member_contribution"
    | "meeting"
    | "attendance"
    | "decision"
    | "allocation";
  /** A readable name of the figure for messages. */
  label: string;
  /** Conditions that find the row (null = IS NULL). */
  key: Record<string, CellCondition>;
  /** Value columns and their expected values (null = IS NULL). */
  values: Record<string, string | number | boolean | null>;
  text: string;
  /** The reading layer and layout features, where the truth tags them. */
  layer?: string;
  features?: string[];
}

export function expectations(t: Truth): Expectation[] {
  const fed = t.federation.id;
  return [
    ...t.participant_count.map((r): Expectation => ({
      table: "participant_count",
      label: `participant_count ${r.year} ${r.measure}/${r.gender}`,
      key: { federation_id: fed, intervention_id: null, year: r.year, measure: r.measure, gender: r.gender },
      values: { value: r.value, approximate: r.approximate },
      text: r.text,
      layer: r.layer,
      features: r.features,
    })),
    ...t.participant_breakdown.map((r): Expectation => ({
      table: "participant_breakdown",
      label: `exit_outcome ${r.year} ${r.category}`,
      key: {
        federation_id: fed,
        intervention_id: null,
        year: r.year,
        population: "exited",
        dimension: "exit_outcome",
        category: r.category,
      },
      values: { value: r.value, approximate: r.approximate },
      text: r.text,
      layer: r.layer,
      features: r.features,
    })),
    ...t.indicator.map((r): Expectation => ({
      table: "indicator",
      label: `indicator ${r.year} ${r.indicator}`,
      key: { federation_id: fed, year: r.year, scope: "federation", indicator: r.indicator, gender: "all" },
      values: { value: r.value, unit: "percent", n: r.n, approximate: r.approximate },
      text: r.text,
      layer: r.layer,
      features: r.features,
    })),
    ...t.finance.map((r): Expectation => ({
      table: "finance",
      label: `finance ${r.year} ${r.basis} ${r.item}`,
      key: { federation_id: fed, year: r.year, basis: r.basis, item: r.item },
      values: { amount_sek: r.amount_sek },
      text: r.text,
      layer: r.layer,
      features: r.features,
    })),
    ...t.member_contribution.map((r): Expectation => ({
      table: "member_contribution",
      label: `member_contribution ${r.year} ${r.basis} ${r.member_id}`,
      key: { federation_id: fed, year: r.year, basis: r.basis, member_id: r.member_id },
      values: { amount_sek: r.amount_sek },
      text: r.text,
      layer: r.layer,
      features: r.features,
    })),
    ...t.other_figures.map((r): Expectation => ({ ...r, label: `${r.table} ${r.label}` })),
  ];
}
