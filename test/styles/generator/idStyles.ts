/**
 * Federation ids as a new user may choose them at `add-federation`: the scorer's `--id-style`
 * gives every document's federation another id before it is added and ingested, and its truth
 * the same id (its member ids and trap conditions with it), so a reading rule that knows the
 * federation only by an id that spells its name shows as missing figures.
 *
 * - `given`: the truth's id ("h24-ramsaker": a code, then the name);
 * - `name`: the name without the words every federation's name shares ("ramsaker");
 * - `full`: the whole name as a slug ("samordningsforbundet-ramsaker");
 * - `abbrev`: the initials of the name's own words and "sf" ("rsf", "vfsf" for "Västra Fjällen");
 * - `code`: a running number ("fed01", "fed02" …), which spells nothing.
 */
import { slugify } from "../../../loaders/reference/slug.ts";
import { federationNameKey } from "../../../loaders/extract/general/federationNames.ts";
import type { Truth } from "../truth.ts";

export const ID_STYLES = ["given", "name", "full", "abbrev", "code"] as const;
export type IdStyle = (typeof ID_STYLES)[number];

export function isIdStyle(s: string): s is IdStyle {
  return (ID_STYLES as readonly string[]).includes(s);
}

/** The id a user writing in `style` gives this federation; `taken` holds the ids given so far. */
export function idInStyle(truth: Truth, style: IdStyle, taken: Set<string>): string {
  const f = truth.federation;
  const key = federationNameKey(f.name) || slugify(f.name) || "forbund";
  let id: string;
  if (style === "given") id = f.id;
  else if (style === "name") id = key;
  else if (style === "full") id = slugify(f.name) || key;
  else if (style === "abbrev")
    id = `${key
      .split("-")
      .map((w) => w.charAt(0))
      .join("")}sf`;
  else id = `fed${String(taken.size + 1).padStart(2, "0")}`;
  // Two federations of one run may give one id (two names with one initial): numbered apart.
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}${n}`;
  taken.add(unique);
  return unique;
}

/** The truth with its federation id `id`: every string that is the old id, or opens with it and a slash, rewritten. */
export function withFederationId(truth: Truth, id: string): Truth {
  const old = truth.federation.id;
  if (old === id) return truth;
  const rewrite = (v: unknown): unknown => {
    if (typeof v === "string") return v === old ? id : v.startsWith(`${old}/`) ? id + v.slice(old.length) : v;
    if (Array.isArray(v)) return v.map(rewrite);
    if (v !== null && typeof v === "object")
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, rewrite(x)]));
    return v;
  };
  return rewrite(truth) as Truth;
}
