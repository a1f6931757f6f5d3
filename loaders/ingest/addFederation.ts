/**
 * `finsam add-federation`: from the command's arguments to a new registry file
 * (data/federations/<id>.yaml). `buildRegistry` is pure (arguments → validated registry);
 * `addFederation` checks the id is free and writes the file.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Document, isMap, isSeq } from "yaml";
import { z } from "zod";
import type { Paths } from "../config/paths.ts";
import { memberType, type MemberType } from "../reference/codes.ts";
import { slugify } from "../reference/slug.ts";
import { federationNameKey, namesFederation } from "../extract/general/federationNames.ts";
import { readRegistries } from "../input/readRegistries.ts";
import { plainText } from "../schema/plainText.ts";
import { changeProject, commitFiles } from "./commitFiles.ts";
import { RefusedError } from "./refusedError.ts";
import { federationIdSchema, registrySchema, type Registry, type RegistryMember } from "../schema/registry.ts";

export { RefusedError };

/** The state pseudo-member's short name: its id is `<federation>/state`. */
export const STATE_SHORT_NAME = "State";
export const STATE_NAME = "Staten (Försäkringskassan och Arbetsförmedlingen gemensamt)";
/**
 * How documents write the joint state share. Matching is on slugs (resolveNames.ts), so
 * case, brackets and punctuation do not matter, but every word does.
 */
export const STATE_ALIASES = [
  "Staten",
  "Staten (FK och AF)",
  "Staten (FK/AF)",
  "Staten (Försäkringskassan och Arbetsförmedlingen)",
  "Staten genom Försäkringskassan och Arbetsförmedlingen",
  "Staten via FK och AF",
  "Försäkringskassan och Arbetsförmedlingen",
  "Arbetsförmedlingen och Försäkringskassan",
  "Försäkringskassan/Arbetsförmedlingen",
  "Arbetsförmedlingen/Försäkringskassan",
  "FK och AF",
  "AF och FK",
  // One agency written out, the other by its short name: "Försäkringskassan och AF".
  "Försäkringskassan och AF",
  "FK och Arbetsförmedlingen",
  "Arbetsförmedlingen och FK",
  "AF och Försäkringskassan",
  "FK/AF",
  "AF/FK",
  "Statligt bidrag",
  "Statliga medel",
];

export const addFederationArgs = z.strictObject({
  id: federationIdSchema,
  name: plainText("--name").trim().min(1, "--name is required"),
  county: plainText("--county").trim().min(1, "--county is required"),
  members: z.array(plainText("--member")).min(1, "at least one --member is required"),
  website: z
    .string()
    .url("--website must be a URL")
    .refine((u) => /^https?:\/\//i.test(u), "--website must start with https:// or http://")
    .optional(),
});
export type AddFederationArgs = z.input<typeof addFederationArgs>;

/** "<name as written>=<member_type>[=<short name>]" → a registry member. */
export function parseMemberArg(arg: string): RegistryMember {
  const parts = arg.split("=").map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || parts[0] === "" || parts[1] === "")
    throw new RefusedError(`--member "${arg}": expected "<name as written>=<member_type>[=<short name>]"`);
  const [name, type, short] = parts as [string, string, string | undefined];
  if (!(memberType.codes as readonly string[]).includes(type))
    throw new RefusedError(
      `--member "${arg}": unknown member type "${type}" (expected one of ${memberType.codes.join(", ")})`,
    );
  if (type === "state")
    throw new RefusedError(`--member "${arg}": the state pseudo-member (FK and AF jointly) is added automatically`);
  const shortName = short === undefined || short === "" ? name : short;
  if (slugify(shortName) === "")
    throw new RefusedError(`--member "${arg}": the short name "${shortName}" gives an empty id`);
  // The agencies' usual abbreviations, a region's older names; any other spelling goes in the file by hand.
  const aliases =
    type === "social_insurance_agency"
      ? ["FK"]
      : type === "employment_service"
        ? ["AF"]
        : type === "region"
          ? regionAliases(name)
          : [];
  return {
    short_name: shortName,
    name,
    member_type: type as MemberType,
    aliases: aliases.filter((a) => a !== shortName && a !== name),
  };
}

/**
 * The names a region went by before the landsting became regions (2019 at the latest), and
 * the other way round: "Region Ankeby län" ↔ "Landstinget i Ankeby län", "Ankeby läns
 * landsting"; older reports write those. Names of no recognised form get none.
 */
export function regionAliases(name: string): string[] {
  const n = name.trim();
  const county = (
    /^region\s+(.+?)(?:\s+län)?$/i.exec(n)?.[1] ??
    /^landstinget\s+(?:i\s+)?(.+?)(?:\s+län)?$/i.exec(n)?.[1] ??
    /^(.+?)s?\s+läns\s+landsting$/i.exec(n)?.[1]
  )?.trim();
  if (!county) return [];
  const genitive = /[sxz]$/i.test(county) ? county : `${county}s`;
  const forms = [
    `Region ${county}`,
    `Region ${county} län`,
    `Landstinget i ${county}`,
    `Landstinget i ${county} län`,
    `Landstinget ${county}`,
    `${genitive} läns landsting`,
  ];
  const seen = new Set([n.toLowerCase()]);
  return forms.filter((f) => !seen.has(f.toLowerCase()) && !!seen.add(f.toLowerCase()));
}

/** Pure: validated arguments → the registry object (with the state pseudo-member). */
export function buildRegistry(input: AddFederationArgs): Registry {
  const parsed = addFederationArgs.safeParse(input);
  if (!parsed.success) throw new RefusedError(parsed.error.issues[0]!.message);
  const args = parsed.data;
  const members = args.members.map(parseMemberArg);
  const seenIds = new Map<string, string>();
  const seenNames = new Map<string, string>();
  for (const m of members) {
    const id = slugify(m.short_name);
    if (id === "state")
      throw new RefusedError(
        `member "${m.name}": the id ${args.id}/state is kept for the state pseudo-member; give another short name`,
      );
    const prev = seenIds.get(id) ?? seenNames.get(slugify(m.name));
    if (prev !== undefined)
      throw new RefusedError(`duplicate member: "${m.name}" and "${prev}" give the same member (${args.id}/${id})`);
    seenIds.set(id, m.name);
    seenNames.set(slugify(m.name), m.name);
  }
  members.push({ short_name: STATE_SHORT_NAME, name: STATE_NAME, member_type: "state", aliases: [...STATE_ALIASES] });
  const registry = registrySchema.safeParse({
    federation_id: args.id,
    name: args.name,
    county: args.county,
    ...(args.website ? { website: args.website } : {}),
    members,
    interventions: [],
  });
  if (!registry.success)
    throw new RefusedError(
      `invalid registry: ${registry.error.issues[0]!.path.join(".")}: ${registry.error.issues[0]!.message}`,
    );
  return registry.data;
}

/** Readable YAML: a comment header, one member per line (flow maps), like the hand-written files. */
export function renderRegistryYaml(registry: Registry, header: string): string {
  // Empty alias lists are the default; leaving them out keeps each member on one short line.
  const members = registry.members.map(({ aliases, ...m }) => (aliases.length > 0 ? { ...m, aliases } : m));
  const doc = new Document({ ...registry, members });
  doc.commentBefore = header
    .split("\n")
    .map((l) => ` ${l}`)
    .join("\n");
  for (const key of ["members", "interventions"]) {
    const seq = doc.get(key, true);
    if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) item.flow = true;
  }
  return doc.toString({ lineWidth: 0 });
}

/** The registries already in the project (none in a new one, none to compare when one is malformed: ingest and load say so). */
async function existingRegistries(paths: Paths): Promise<Registry[]> {
  if (!existsSync(paths.federations)) return [];
  return (await readRegistries(paths).catch(() => [])).map((r) => r.registry);
}

/**
 * Why the new federation could not be told apart from one already registered: the same name
 * without the words every federation's name shares ("Samordningsförbundet Älvmo" and "Älvmo
 * samordningsförbund"), or a name that spells the other's id. Documents name their federation
 * by these words (federationNames.ts), and the site lists federations by name.
 */
export function sameNamed(added: Registry, existing: readonly Registry[]): string | null {
  const key = federationNameKey(added.name);
  for (const other of existing) {
    if (other.federation_id === added.federation_id) continue;
    if (
      federationNameKey(other.name) === key ||
      namesFederation(added.name, other.federation_id) ||
      namesFederation(other.name, added.federation_id)
    )
      return `--name "${added.name}" cannot be told apart from federation "${other.federation_id}" ("${other.name}", data/federations/${other.federation_id}.yaml): documents and the site name a federation by these words. If it is the same federation, remove data/federations/${added.federation_id}.yaml and add documents to "${other.federation_id}"; if not, give the official name that tells them apart`;
  }
  return null;
}

export async function addFederation(
  paths: Paths,
  input: AddFederationArgs,
  options: { notice?: (message: string) => void } = {},
): Promise<{ file: string; registry: Registry }> {
  const registry = buildRegistry(input);
  const file = join(paths.federations, `${registry.federation_id}.yaml`);
  const header = [
    `${registry.name} (${registry.county}). Written by \`finsam add-federation\`.`,
    `Members: ${registry.members
      .filter((m) => m.member_type !== "state")
      .map((m) => m.name)
      .join(", ")}.`,
    "The state share that FK and AF pay jointly is booked as one grant: the pseudo-member State.",
    "Add spellings documents use to `aliases`; interventions are added by `finsam ingest`.",
  ].join("\n");
  // Under the lock, so two runs with one id cannot both write it (commitFiles.ts renames over a target).
  await changeProject(
    paths,
    async () => {
      if (existsSync(file))
        throw new RefusedError(
          `federation "${registry.federation_id}" already exists (data/federations/${registry.federation_id}.yaml)`,
        );
      // Said, not refused: made-up test federations share names on purpose, and a person may
      // mean a second registry (a federation re-formed under a new id).
      const clash = sameNamed(registry, await existingRegistries(paths));
      if (clash) options.notice?.(`warning: ${clash}`);
      await commitFiles(paths, `add-federation ${registry.federation_id}`, [
        { file, data: renderRegistryYaml(registry, header) },
      ]);
    },
    options,
  );
  return { file, registry };
}
