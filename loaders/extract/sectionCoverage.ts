/**
 * One coverage entry per section. Two readers may report on one section ("general:member_contributions":
 * the notes and tables found no member rows, the member cards did): the warehouse keys coverage by
 * document and section, so the entries are merged here. The best status wins (parsed over partial
 * over image_only over missing), the facts add up, the line is the first that wins, the notes are
 * kept in order. Pure.
 */
import type { Coverage } from "../schema/facts.ts";

const RANK: Record<Coverage["status"], number> = { parsed: 3, partial: 2, image_only: 1, missing: 0 };

export function oneEntryPerSection(coverage: readonly Coverage[]): Coverage[] {
  const bySection = new Map<string, Coverage>();
  for (const c of coverage) {
    const seen = bySection.get(c.section);
    if (!seen) {
      bySection.set(c.section, { ...c });
      continue;
    }
    const better = RANK[c.status] > RANK[seen.status];
    const notes = [seen.note, c.note].filter((n): n is string => n !== null && n !== "");
    bySection.set(c.section, {
      section: c.section,
      status: better ? c.status : seen.status,
      line: better ? c.line : seen.line,
      facts: seen.facts + c.facts,
      note: notes.length > 0 ? [...new Set(notes)].join("; ") : null,
    });
  }
  return [...bySection.values()];
}
