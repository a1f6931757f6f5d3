/**
 * Gender parts listed under a labelled count, one per line, as "Året i siffror" and key-figure
 * pages write them:
 *
 *   Deltagare i individinriktade insatser: 176 personer
 *   – varav kvinnor: 98
 *   – varav män: 78
 *
 * Stored only when both genders are listed right under the count and add up to it: a part alone,
 * or parts that do not add up, could belong to anything the list names. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";

type Count = Extract<FactInput, { table: "participant_count" }>;

const VARAV_GENDER = /^\s*[-–•*]?\s*varav\s+(kvinnor|män)\s*:?\s*(\d{1,3}(?: \d{3})*)\s*(?:personer|st)?\.?\s*$/i;

/** The two gender lines under each stored whole count that has no gender split of its own yet. */
export function parseVaravLines(doc: DocumentText, read: readonly FactInput[]): ParseOutput {
  const counts = read.filter((f): f is Count => f.table === "participant_count");
  const split = new Set(counts.filter((c) => c.gender !== "all").map((c) => keyOf(c)));
  const facts: FactInput[] = [];
  for (const total of counts) {
    if (total.gender !== "all" || total.approximate || split.has(keyOf(total))) continue;
    const parts: { gender: "woman" | "man"; value: number; line: number }[] = [];
    for (let n = total.line + 1; n <= Math.min(doc.lineCount, total.line + 2); n++) {
      const m = VARAV_GENDER.exec(doc.at(n));
      if (!m) break;
      parts.push({ gender: /^k/i.test(m[1]!) ? "woman" : "man", value: Number(m[2]!.replace(/ /g, "")), line: n });
    }
    if (parts.length !== 2 || parts[0]!.gender === parts[1]!.gender) continue;
    if (parts[0]!.value + parts[1]!.value !== total.value) continue;
    for (const p of parts) {
      const { confirmed_by: _confirmed, ...rest } = total;
      facts.push({ ...rest, gender: p.gender, value: p.value, line: p.line, text: doc.at(p.line).trim() });
    }
    split.add(keyOf(total));
  }
  return { facts, findings: [], coverage: [] };
}

function keyOf(c: Count): string {
  return `${c.intervention ?? ""}|${c.year}|${c.measure}`;
}
