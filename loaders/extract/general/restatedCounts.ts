/**
 * One count stated twice in running text with two values ("214 personer deltog" in a debate
 * article, "196 personer deltog" in the reply that corrects it; a draft's figure beside the final
 * one): running text gave no single reading, so neither is stored, nor the other figures of the
 * sentences that state them (a split, a destination or a rate belongs to its count). The same count stated
 * again with the same value is one figure; a hedged count ("ett sjuttiotal") is no rival of an
 * exact one. Where a sum of the document holds for one of the values alone (its gender split adds up
 * to it on the same line), that value is the count and only the others go. Runs on the facts every reader, the correction notice's rule (`errata.ts`, which says
 * which value is right where the document says so) and the identity gate kept. Counts of tables are not compared here: a table and a sentence
 * disagreeing is for the warehouse's conflicts. Pure.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { unreadNumber } from "../findings.ts";
import { sentenceFiguresByLine } from "./proseSentences.ts";

const PROSE = "general:prose";

type Count = Extract<FactInput, { table: "participant_count" | "participant_breakdown" }>;
const isProseCount = (f: FactInput): f is Count =>
  (f.table === "participant_count" || f.table === "participant_breakdown") && f.section === PROSE;

/** A count of everyone whose women and men, read from the same line, add up to it. */
function splitAddsUp(f: Count, facts: readonly FactInput[]): boolean {
  if (f.table !== "participant_count" || f.gender !== "all") return false;
  const part = (gender: string) =>
    facts.find(
      (g): g is Count =>
        g.table === "participant_count" &&
        g.line === f.line &&
        g.gender === gender &&
        g.measure === f.measure &&
        g.year === f.year &&
        g.intervention === f.intervention,
    )?.value;
  const [women, men] = [part("woman"), part("man")];
  return women !== undefined && men !== undefined && women + men === f.value;
}

/** "varav" or "därav" and a space: a line without it names no part (`namesPartAfterVarav`). */
const VARAV = /(?:varav|därav)\s/i;
/** The pattern per value, built once (a document's counts repeat their values). */
const partPatterns = new Map<string, RegExp>();

/** Whether `text` names `value` right after "varav" or "därav" (the value's digits as written). */
function namesPartAfterVarav(text: string, value: number): boolean {
  if (!VARAV.test(text)) return false;
  const key = String(value);
  let re = partPatterns.get(key);
  if (re === undefined) {
    if (partPatterns.size >= 1000) partPatterns.clear();
    re = new RegExp(`(?:varav|därav)\\s+${key}(?!\\d)`, "i");
    partPatterns.set(key, re);
  }
  return re.test(text);
}

/** Which figure a count is: whose, which year, what it counts. */
function keyOf(f: Count): string {
  return f.table === "participant_count"
    ? `count|${f.intervention ?? ""}|${f.year}|${f.measure}|${f.gender}`
    : `breakdown|${f.intervention ?? ""}|${f.year}|${f.population}|${f.dimension}|${f.category}`;
}

/**
 * The facts stored, less the running text's counts stated with two values and their sentences'
 * figures. `doc` holds the document's own lines, the lines the facts cite.
 */
export function refuseRestatedCounts(
  doc: DocumentText,
  read: readonly FactInput[],
): { facts: FactInput[]; findings: FindingInput[] } {
  let stored = read;
  // "23 deltagare gick till arbete, varav 7 till en anställning med lönestöd": a part the line names
  // after "varav" beside its whole of the same figure is no restatement; it goes, the whole stays.
  const parts = stored.filter(
    (f) =>
      isProseCount(f) &&
      !f.approximate &&
      namesPartAfterVarav(f.text, f.value) &&
      stored.some((g) => g !== f && isProseCount(g) && g.line === f.line && keyOf(g) === keyOf(f) && g.value > f.value),
  );
  if (parts.length > 0) stored = stored.filter((f) => !parts.includes(f));
  const out = { facts: stored };
  const values = new Map<string, Set<number>>();
  for (const f of out.facts)
    if (isProseCount(f) && !f.approximate) values.set(keyOf(f), (values.get(keyOf(f)) ?? new Set()).add(f.value));
  const rivals = [...values].filter(([, v]) => v.size > 1).map(([k]) => k);
  const partFindings = parts.map((f) =>
    unreadNumber({
      subject: PROSE,
      line: f.line,
      value: String((f as Count).value),
      message: "a part the sentence names after 'varav' beside its whole, read as the same figure: not stored",
    }),
  );
  if (rivals.length === 0) return { facts: [...stored], findings: partFindings };
  // A sum of the document that holds for one value alone ("126 personer (69 kvinnor, 57 män)"
  // beside "skrev vi att 131 personer deltog") says which is the count: the others go.
  const confirmed = new Map<string, Set<number>>();
  for (const f of out.facts)
    if (isProseCount(f) && !f.approximate && rivals.includes(keyOf(f)) && splitAddsUp(f, out.facts))
      confirmed.set(keyOf(f), (confirmed.get(keyOf(f)) ?? new Set()).add(f.value));
  const settled = (f: Count) => {
    const sure = confirmed.get(keyOf(f));
    return sure !== undefined && sure.size === 1 && sure.has(f.value);
  };
  const refused = out.facts.filter(
    (f): f is Count => isProseCount(f) && !f.approximate && rivals.includes(keyOf(f)) && !settled(f),
  );
  // The figures of each sentence that states a refused count, by line: those go too.
  const tainted = sentenceFiguresByLine(doc, (numbers, from, to) =>
    refused.some((f) => f.line >= from && f.line <= to && numbers.includes(f.value)),
  );
  // The count a sum settled, and its split, stay whatever sentence they share with a rival.
  const sure = out.facts.filter((f): f is Count => isProseCount(f) && rivals.includes(keyOf(f)) && settled(f));
  const ofSure = (f: FactInput) =>
    isProseCount(f) &&
    sure.some(
      (c) =>
        c === f ||
        (f.table === "participant_count" &&
          c.table === "participant_count" &&
          f.gender !== "all" &&
          f.line === c.line &&
          f.measure === c.measure &&
          f.year === c.year &&
          f.intervention === c.intervention),
    );
  const findings: FindingInput[] = [];
  const facts = out.facts.filter((f) => {
    if (ofSure(f)) return true;
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
          ? "running text states this count again with another value, and no sum of the document settles which: not stored"
          : "a figure of a sentence whose count running text states again with another value: not stored",
      }),
    );
    return false;
  });
  return { facts, findings: [...partFindings, ...findings] };
}
