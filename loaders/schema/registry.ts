/** The federation registry (`data/federations/<id>.yaml`): who the members are and which interventions exist. */
import { z } from "zod";
import { interventionKind, memberType } from "../reference/codes.ts";
import { slugify, windowsReservedName } from "../reference/slug.ts";
import { plainText } from "./plainText.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date (YYYY-MM-DD)");

/** The longest federation id: it names the registry file and starts every id of the federation. */
export const MAX_FEDERATION_ID_LENGTH = 64;

/** A federation id: a slug of at most 64 characters that every system can use as a file name. */
export const federationIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "the id must be a slug: lowercase a-z, 0-9 and single hyphens (e.g. norra-dalarna)",
  )
  .max(
    MAX_FEDERATION_ID_LENGTH,
    `the id is too long (at most ${MAX_FEDERATION_ID_LENGTH} characters; it names files and starts every id of the federation)`,
  )
  .refine((id) => !windowsReservedName(id), {
    error: (issue) =>
      `the id "${String(issue.input)}" is a reserved file name on Windows (con, prn, aux, nul, com0-9, lpt0-9): data/federations/${String(issue.input)}.yaml could not be checked out there. Choose another id`,
  });

export const registryMemberSchema = z.strictObject({
  /** Short name; its slug is the member id's second part. */
  short_name: plainText().min(1),
  name: plainText().min(1),
  member_type: memberType.schema,
  joined_on: isoDate.optional(),
  left_on: isoDate.optional(),
  /** True where the leaving date is given only as a month ("januari 2024"). */
  left_approximate: z.boolean().optional(),
  /** Where left_on was read, when it came from a document rather than the registry itself. */
  left_source: z.strictObject({ document_id: z.string(), line: z.number().int().positive() }).optional(),
  /** Spellings used in documents ("Oskarshmns Kommun", "kalmar Kommun", "Region Kalmar Län"). */
  aliases: z.array(plainText()).default([]),
});

export const registryInterventionSchema = z.strictObject({
  short_name: plainText().min(1),
  name: plainText().min(1),
  kind: interventionKind.schema,
  started_on: isoDate.optional(),
  aliases: z.array(plainText()).default([]),
  /** Short names of the members whose area the intervention serves. */
  members: z.array(z.string()).default([]),
});

export const registrySchema = z
  .strictObject({
    federation_id: federationIdSchema,
    name: plainText().min(1),
    county: plainText().min(1),
    /** Only http(s): the site renders it as a link, and a `javascript:` address would run on click. */
    website: z.httpUrl({ error: "expected an http(s) address (https://…)" }).optional(),
    members: z.array(registryMemberSchema).min(1),
    interventions: z.array(registryInterventionSchema).default([]),
  })
  .superRefine((r, ctx) => {
    // A member's or an intervention's id is `<federation>/<slug of its short name>`: two short names
    // with one slug ("Bryggan", "bryggan") are one id, which the load could not store twice.
    for (const list of ["members", "interventions"] as const) {
      const seen = new Map<string, number>();
      r[list].forEach((item, i) => {
        const slug = slugify(item.short_name);
        if (slug === "")
          ctx.addIssue({
            code: "custom",
            path: [list, i, "short_name"],
            message: `"${item.short_name}" gives an empty id; use letters or digits`,
          });
        const first = seen.get(slug);
        if (slug !== "" && first !== undefined)
          ctx.addIssue({
            code: "custom",
            path: [list, i, "short_name"],
            message: `"${item.short_name}" gives the same id as ${list}[${first}] ("${r[list][first]!.short_name}"): ${r.federation_id}/${slug}; give one of them another short name, or make it an alias of the other`,
          });
        else seen.set(slug, i);
      });
    }
  });

export type Registry = z.infer<typeof registrySchema>;
export type RegistryMember = z.infer<typeof registryMemberSchema>;
export type RegistryIntervention = z.infer<typeof registryInterventionSchema>;

/**
 * What extraction is told about a document's own federation, from its registry: its id, its name
 * as registered (`add-federation --name`) and its members' names and short names (the state
 * pseudo-member left out; the aliases too: a region's older names would count as a second region).
 * Read at the edge (ingest, extract) and handed to the document's extraction as an input, so a
 * reading rule that asks whether a text names the federation knows its name even where the id
 * a user chose ("fed07", "vfs") spells nothing. Only the document's own federation: never the
 * other registries, whose names are no more ours than any other federation's.
 */
export interface FederationFacts {
  readonly id: string;
  readonly name: string;
  readonly members: readonly string[];
}

export function federationFacts(registry: Registry): FederationFacts {
  const members = new Set<string>();
  for (const m of registry.members)
    if (m.member_type !== "state") for (const n of [m.name, m.short_name]) members.add(n);
  return { id: registry.federation_id, name: registry.name, members: [...members] };
}
