/**
 * The extraction format: what a parser (or a person, through a curated file) says a
 * document contains. One JSON per document in data/extracted/, one YAML per document in
 * data/curated/; both pass these schemas. Names of interventions and members are kept as
 * the document spells them; normalisation resolves them to ids.
 */
import { z } from "zod";
import { plainText } from "./plainText.ts";
import {
  breakdownDimension,
  decisionBody,
  decisionCategory,
  decisionOutcome,
  dimensionCategories,
  financeBasis,
  financeItemSchema,
  gender,
  goalLevel,
  measure,
  attendanceRole,
  population,
  severity,
  unit,
} from "../reference/codes.ts";

export const EXTRACTION_SCHEMA_VERSION = 1;

const year = z.number().int().min(1990).max(2100);
const sek = z.number().int();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Where a fact was read: 1-based line in the document's extracted text, and that text. */
const provenance = {
  line: z.number().int().positive(),
  /** The source line (or lines, joined) the value was read from. */
  text: z.string(),
  /** Which parser or section produced the fact (e.g. `appendix:kompass`). */
  section: z.string(),
  approximate: z.boolean().default(false),
  /** The identities (sums that must agree) that confirm this figure, by name (`gender_sum`, `result`, …). */
  confirmed_by: z.array(z.string().regex(/^[a-z_]+$/)).default([]),
};

export const participantCountFact = z.strictObject({
  table: z.literal("participant_count"),
  /** Intervention name as written; null for whole-federation figures. */
  intervention: z.string().nullable(),
  year,
  measure: measure.schema,
  gender: gender.schema,
  value: z.number().int().nonnegative(),
  ...provenance,
});

export const participantBreakdownFact = z
  .strictObject({
    table: z.literal("participant_breakdown"),
    intervention: z.string().nullable(),
    year,
    population: population.schema,
    dimension: breakdownDimension.schema,
    category: z.string(),
    value: z.number().int().nonnegative(),
    source_label: z.string(),
    ...provenance,
  })
  .refine((f) => dimensionCategories[f.dimension].includes(f.category), {
    message: "category is not a code of this dimension",
    path: ["category"],
  });

export const financeFact = z
  .strictObject({
    table: z.literal("finance"),
    year,
    basis: financeBasis.schema,
    item: financeItemSchema,
    amount_sek: sek.nullable().default(null),
    value: z.number().nullable().default(null),
    source_label: z.string(),
    ...provenance,
  })
  .refine((f) => (f.amount_sek === null) !== (f.value === null), { message: "exactly one of amount_sek and value" });

export const memberContributionFact = z.strictObject({
  table: z.literal("member_contribution"),
  year,
  basis: financeBasis.schema,
  /** Member as written ("Driftbidrag från Borgholms Kommun" → "Borgholms Kommun"). */
  member: z.string(),
  amount_sek: sek,
  ...provenance,
});

export const interventionFundingFact = z.strictObject({
  table: z.literal("intervention_funding"),
  intervention: z.string(),
  year,
  budget_sek: sek.nullable(),
  actual_sek: sek.nullable(),
  ...provenance,
});

export const goalFact = z.strictObject({
  table: z.literal("goal"),
  year,
  indicator: z.string().regex(/^[a-z0-9_]+$/),
  level: goalLevel.schema,
  goal_text: z.string(),
  target: z.number().nullable(),
  outcome: z.number().nullable(),
  unit: unit.schema,
  assessment: z.string().nullable(),
  ...provenance,
});

export const indicatorFact = z.strictObject({
  table: z.literal("indicator"),
  year,
  /** `federation`, `intervention:<name as written>` or `project:<slug>`. */
  scope: z.string().regex(/^(federation|intervention:.+|project:[a-z0-9-]+)$/),
  indicator: z.string().regex(/^[a-z0-9_]+$/),
  gender: gender.schema,
  value: z.number(),
  unit: unit.schema,
  n: z.number().int().nullable().default(null),
  note: z.string().nullable().default(null),
  ...provenance,
});

export const meetingFact = z.strictObject({
  table: z.literal("meeting"),
  body: decisionBody.schema,
  date: isoDate,
  start_time: z.string().nullable(),
  end_time: z.string().nullable(),
  place: z.string().nullable(),
  ...provenance,
});

export const attendanceFact = z.strictObject({
  table: z.literal("attendance"),
  person: z.string(),
  member: z.string().nullable(),
  role: attendanceRole.schema,
  serving: z.boolean().nullable(),
  note: z.string().nullable(),
  ...provenance,
});

export const decisionFact = z.strictObject({
  table: z.literal("decision"),
  item_ref: z.string().regex(/^§\d+(:\d+)?(#\d+)?$/),
  category: decisionCategory.schema,
  decision_ref: z.string().nullable(),
  title: z.string(),
  outcome: decisionOutcome.schema,
  amount_sek: sek.nullable(),
  recipient: z.string().nullable(),
  intervention: z.string().nullable(),
  period_start: isoDate.nullable(),
  period_end: isoDate.nullable(),
  reservations: z.array(z.string()).default([]),
  decision_text: z.string(),
  ...provenance,
});

export const allocationFact = z.strictObject({
  table: z.literal("allocation"),
  item_ref: z.string(),
  recipient: z.string(),
  year: year.nullable(),
  purpose: z.string().nullable(),
  amount_sek: sek,
  intervention: z.string().nullable(),
  period_start: isoDate.nullable(),
  period_end: isoDate.nullable(),
  decision_ref: z.string().nullable(),
  ...provenance,
});

export const memberChangeFact = z.strictObject({
  table: z.literal("member_change"),
  member: z.string(),
  left_on: isoDate,
  ...provenance,
});

export const factSchema = z.discriminatedUnion("table", [
  participantCountFact,
  participantBreakdownFact,
  financeFact,
  memberContributionFact,
  interventionFundingFact,
  goalFact,
  indicatorFact,
  meetingFact,
  attendanceFact,
  decisionFact,
  allocationFact,
  memberChangeFact,
]);
export type Fact = z.infer<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;
export type FactOf<T extends Fact["table"]> = Extract<Fact, { table: T }>;

/** A parser's own finding: something it could not read, or an inference it made. */
export const findingSchema = z.strictObject({
  check_id: z.string().regex(/^[a-z0-9_.:-]+$/),
  severity: severity.schema,
  subject: z.string(),
  line: z.number().int().positive(),
  value: z.string().nullable().default(null),
  other_value: z.string().nullable().default(null),
  other_line: z.number().int().positive().nullable().default(null),
  message: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;
export type FindingInput = z.input<typeof findingSchema>;

/** What a parser looked for and whether it was there. `image_only`: the text has a caption, not numbers. */
export const coverageSchema = z.strictObject({
  section: z.string(),
  status: z.enum(["parsed", "partial", "missing", "image_only"]),
  line: z.number().int().positive().nullable(),
  facts: z.number().int().nonnegative(),
  note: z.string().nullable().default(null),
});
export type Coverage = z.infer<typeof coverageSchema>;

/** One reading layer's figures in one document: read, stored, confirmed, and why others were not stored. */
export const layerCountSchema = z.strictObject({
  layer: z.string(),
  read: z.number().int().nonnegative(),
  stored: z.number().int().nonnegative(),
  confirmed: z.number().int().nonnegative(),
  /** Figures the layer read that the gate refused, by check (`identity.*`, `plausibility.out_of_bounds`). */
  refused: z.record(z.string(), z.number().int().positive()),
  /** Figures the layer saw but did not read, by the finding that says why. */
  unread: z.record(z.string(), z.number().int().positive()),
});
export type LayerCount = z.infer<typeof layerCountSchema>;

export const extractionSchema = z.strictObject({
  schema_version: z.literal(EXTRACTION_SCHEMA_VERSION),
  document_id: z.string(),
  federation_id: z.string(),
  source_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The year the document's facts describe by default. */
  period_year: z.number().int(),
  parser: z.string(),
  facts: z.array(factSchema),
  findings: z.array(findingSchema),
  coverage: z.array(coverageSchema),
  layers: z.array(layerCountSchema).default([]),
});
export type Extraction = z.infer<typeof extractionSchema>;

/** A curated file adds or overrides facts for one document, each with a stated reason. */
export const curatedSchema = z.strictObject({
  document_id: z.string(),
  facts: z.array(
    z.strictObject({
      // Printed by `curate`, shown on the site and exported: an ANSI escape or a bidi override is refused.
      reason: plainText("reason", { lines: true }).min(10, "state why this fact is curated"),
      fact: factSchema,
    }),
  ),
});
export type Curated = z.infer<typeof curatedSchema>;

/** One curated fact as the loader reads it: with its document, its reason and the file it came from. */
export interface CuratedFact {
  documentId: string;
  fact: Fact;
  reason: string;
  file: string;
}
