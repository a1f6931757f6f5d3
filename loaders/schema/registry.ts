/** The federation registry (`data/federations/<id>.yaml`): who the members are and which interventions exist. */
import { z } from "zod";
import { interventionKind, memberType } from "../reference/codes.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date (YYYY-MM-DD)");
const slugId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a slug (a-z, 0-9 and -)");

export const registryMemberSchema = z.strictObject({
  /** Short name; its slug is the member id's second part. */
  short_name: z.string().min(1),
  name: z.string().min(1),
  member_type: memberType.schema,
  joined_on: isoDate.optional(),
  left_on: isoDate.optional(),
  /** True where the leaving date is given only as a month ("januari 2024"). */
  left_approximate: z.boolean().optional(),
  /** Where left_on was read, when it came from a document rather than the registry itself. */
  left_source: z.strictObject({ document_id: z.string(), line: z.number().int().positive() }).optional(),
  /** Spellings used in documents ("Oskarshmns Kommun", "kalmar Kommun", "Region Kalmar Län"). */
  aliases: z.array(z.string()).default([]),
});

export const registryInterventionSchema = z.strictObject({
  short_name: z.string().min(1),
  name: z.string().min(1),
  kind: interventionKind.schema,
  started_on: isoDate.optional(),
  aliases: z.array(z.string()).default([]),
  /** Short names of the members whose area the intervention serves. */
  members: z.array(z.string()).default([]),
});

export const registrySchema = z.strictObject({
  federation_id: slugId,
  name: z.string().min(1),
  county: z.string().min(1),
  /** Only http(s): the site renders it as a link, and a `javascript:` address would run on click. */
  website: z.httpUrl({ error: "expected an http(s) address (https://…)" }).optional(),
  members: z.array(registryMemberSchema).min(1),
  interventions: z.array(registryInterventionSchema).default([]),
});

export type Registry = z.infer<typeof registrySchema>;
export type RegistryMember = z.infer<typeof registryMemberSchema>;
export type RegistryIntervention = z.infer<typeof registryInterventionSchema>;
