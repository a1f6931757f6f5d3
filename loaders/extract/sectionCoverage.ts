/**
 * One coverage entry per section: the warehouse keys coverage by document and section. Two entries
 * on one section add up into one: a statement continued on its next page, members read from a note
 * and a table, or two readers reporting on one section ("general:member_contributions": the notes
 * and tables found no member rows, the member cards did). Parsed wins over any other status, the
 * facts add up, the first line stated is kept, the notes are joined in order. Pure.
 */
import type { Coverage } from "../schema/facts.ts";

export function oneEntryPerSection(coverage: readonly Coverage[]): Coverage[] {
  const bySection = new Map<string, Coverage>();
  for (const c of coverage) {
    const seen = bySection.get(c.section);
    if (!seen) {
      bySection.set(c.section, { ...c });
      continue;
    }
    const parsed = seen.status === "parsed" || c.status === "parsed";
    bySection.set(c.section, {
      section: c.section,
      status: parsed ? "parsed" : seen.status,
      line: seen.line ?? c.line,
      facts: seen.facts + c.facts,
      note: [seen.note, c.note].filter(Boolean).join("; ") || null,
    });
  }
  return [...bySection.values()];
}
