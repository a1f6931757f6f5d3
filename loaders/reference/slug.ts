import { detached } from "../config/detachedString.ts";

/**
 * Slugs as the published schema defines them: lowercase ASCII; å, ä → a; ö → o;
 * é → e; anything else that is not a-z or 0-9 → "-", runs collapsed, trimmed.
 */
export function slugify(text: string): string {
  const known = slugs.get(text);
  if (known !== undefined) return known;
  // A load asks for the same few thousand names (members, interventions) again and again.
  if (slugs.size >= SLUG_CACHE) slugs.clear();
  const kept = detached(text);
  const slug = slugOf(kept);
  slugs.set(kept, slug);
  return slug;
}

const SLUG_CACHE = 10_000;
const slugs = new Map<string, string>();

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åäáàâã]/g, "a")
    .replace(/[öóòôõø]/g, "o")
    .replace(/[éèêë]/g, "e")
    .replace(/[üúùû]/g, "u")
    .replace(/[íìîï]/g, "i")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Names Windows cannot give a file, with or without an extension (`con`, `con.yaml`, `LPT1.txt`):
 * a repository holding one cannot be checked out there.
 */
export function windowsReservedName(name: string): boolean {
  return /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.[^.]*)*$/i.test(name.trim());
}
