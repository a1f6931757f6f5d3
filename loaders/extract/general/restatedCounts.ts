/**
 * One count stated twice in running text with two values ("214 personer deltog" in a debate
 * article, "196 personer deltog" in the reply that corrects it; a draft's figure beside the final
 * one): running text gave no single reading, so neither is stored, nor the other figures of the
 * sentences that state them (a split, a destination or a rate belongs to its count). The same count stated
 * again with the same value is one figure; a hedged count ("ett sjuttiotal") is no rival of an
 * exact one. Runs after the correction notice's own rule (`errata.ts`), which says which value is
 * right where the document says so. Counts of tables are not compared here: a table and a sentence
 * disagreeing is for the warehouse's conflicts. Pure.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { unreadNumber } from "../findings.ts";
import { lineAt, proseUnits, sentencesOf } from "./proseSentences.ts";

const PROSE = "general:prose";
/** A whole number as running text writes it: "214", "1 130". */
const NUMBER = /(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})*(?![\d,])/gu;
const parse = (written: string) => Number(written.replace(/[ \u00a0]/g, ""));

type Count = Extract<FactInput, { table: "participant_count" | "participant_breakdown" }>;
const isProseCount = (f: FactInput): f is Count =>
  (f.table === "participant_count" || f.table === "participant_breakdown") && f.section === PROSE;

/** Which figure a count is: whose, which year, what it counts. */
function keyOf(f: Count): string {
  return f.table === "participant_count"
    ? `count|${f.intervention ?? ""}|${f.year}|${f.measure}|${f.gender}`
    : `exit|${f.intervention ?? ""}|${f.year}|${f.category}`;
}

/** The facts `out` holds, less the running text's counts stated with two values and their sentences' figures. */
export function refuseRestatedCounts(doc: DocumentText, out: ParseOutput): ParseOutput {
  const values = new Map<string, Set<number>>();
  for (const f of out.facts)
    if (isProseCount(f) && !f.approximate) values.set(keyOf(f), (values.get(keyOf(f)) ?? new Set()).add(f.value));
  const rivals = [...values].filter(([, v]) => v.size > 1).map(([k]) => k);
  if (rivals.length === 0) return out;
  const refused = out.facts.filter((f): f is Count => isProseCount(f) && !f.approximate && rivals.includes(keyOf(f)));
  // The figures of each sentence that states a refused count, by line: those go too.
  const tainted = new Map<number, Set<number>>();
  for (const unit of proseUnits(doc))
    for (const s of sentencesOf(unit)) {
      const from = lineAt(unit, s.start);
      const to = lineAt(unit, Math.max(s.start, s.end - 1));
      const numbers = [...unit.text.slice(s.start, s.end).matchAll(NUMBER)].map((m) => parse(m[0]));
      if (!refused.some((f) => f.line >= from && f.line <= to && numbers.includes(f.value))) continue;
      for (let n = from; n <= to; n++) tainted.set(n, new Set([...(tainted.get(n) ?? []), ...numbers]));
    }
  const findings: FindingInput[] = [];
  const facts = out.facts.filter((f) => {
    const rival = isProseCount(f) && refused.includes(f);
    // A rate of the sentence ("49 av dem gick till arbete eller studier – 47 procent") goes with its count.
    const value =
      (isProseCount(f) || (f.table === "indicator" && f.section === PROSE)) && f.value !== null ? f.value : undefined;
    if (!rival && !(value !== undefined && tainted.get(f.line)?.has(value))) return true;
    findings.push(
      unreadNumber({
        subject: PROSE,
        line: f.line,
        value: String(value),
        message: rival
          ? "running text states this count again with another value: neither is stored"
          : "a figure of a sentence whose count running text states again with another value: not stored",
      }),
    );
    return false;
  });
  return { ...out, facts, findings: [...out.findings, ...findings] };
}
