/**
 * Slugs as the published schema defines them: lowercase ASCII; å, ä → a; ö → o;
 * é → e; anything else that is not a-z or 0-9 → "-", runs collapsed, trimmed.
 */
export function slugify(text: string): string {
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
