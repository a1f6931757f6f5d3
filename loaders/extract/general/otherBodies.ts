/**
 * Figures of another body in running text. A member's decision on the federation's accounts, or
 * an auditors' report, quotes the federation's result beside the member's own: "Åby kommun
 * redovisade för 2023 ett eget resultat på 31,6 mnkr", "regionens egna kostnader". A figure in
 * such a sentence is the member's, not the federation's: a prose fact read from it is not
 * stored, and becomes a `coverage.unread_number` finding saying why. Sentences about the
 * federation ("Förbundet redovisar ett överskott", "Det egna kapitalet uppgick till") are left
 * alone. Pure.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { lineAt, proseUnits, sentencesOf } from "./proseSentences.ts";

/** Prose readers whose facts the guard checks. */
const PROSE_SECTIONS = new Set(["general:prose", "general:prose_finance"]);

/** A member or another organisation as the subject that reports a figure of its own. */
const OTHER_SUBJECT =
  /(?:(?<!\p{L})\p{Lu}[\p{L}-]+\s+kommun|(?<!\p{L})Region\s+\p{Lu}[\p{L}-]+|(?<!\p{L})(?:[Kk]ommunen|[Rr]egionen|[Kk]ommunkoncernen|[Ll]andstinget))\s+(?:redovisade|redovisar|hade|har haft|visade|visar|fick|gjorde|budgeterade)(?!\p{L})/u;
/** Its own accounts: "kommunens egna kostnader", "Åby kommuns resultat", "ett eget resultat". */
const OTHER_OWN =
  /(?:(?<!\p{L})(?:[Kk]ommunens|[Rr]egionens|[Kk]ommunkoncernens|[Ll]andstingets)|(?<!\p{L})\p{Lu}[\p{L}-]+\s+kommuns|(?<!\p{L})Region\s+\p{Lu}[\p{L}-]+s)\s+(?:egna?|eget|resultat|ekonomi|kostnader|intäkter|budget|balansräkning)(?!\p{L})|(?<!\p{L})ett eget (?:resultat|kapital)(?!\p{L})/u;
/** The federation named as the one that reports: the sentence is its own. */
const FEDERATION_SUBJECT = /\b(?:samordnings)?förbundet\s+(?:redovisade|redovisar|hade|har|visade|visar|fick)\b/i;

/** Whether a sentence's figures are another body's (a member's own accounts). */
export function aboutAnotherBody(sentence: string): boolean {
  if (FEDERATION_SUBJECT.test(sentence)) return false;
  return OTHER_SUBJECT.test(sentence) || OTHER_OWN.test(sentence);
}

/** The numbers a prose fact stores, in kronor or as counts. */
function storedValues(f: FactInput): number[] {
  if (f.table === "finance") return f.amount_sek === null || f.amount_sek === undefined ? [] : [f.amount_sek];
  if (f.table === "participant_count" || f.table === "participant_breakdown" || f.table === "indicator")
    return [f.value];
  return [];
}

/** Drop the prose facts read from another body's sentences; each leaves a finding. */
export function dropOtherBodies(doc: DocumentText, out: ParseOutput): ParseOutput {
  const flagged: { from: number; to: number; amounts: number[]; numbers: number[] }[] = [];
  // Only a sentence on the line of a prose fact can drop one: the others are not read.
  const proseLines = new Set(out.facts.filter((f) => PROSE_SECTIONS.has(f.section)).map((f) => f.line));
  const anyProseLine = (from: number, to: number) => {
    for (let n = from; n <= to; n++) if (proseLines.has(n)) return true;
    return false;
  };
  for (const unit of proseUnits(doc)) {
    if (!anyProseLine(unit.starts[0]!.line, unit.starts.at(-1)!.line)) continue;
    for (const s of sentencesOf(unit)) {
      const from = lineAt(unit, s.start);
      const to = lineAt(unit, Math.max(s.start, s.end - 1));
      if (!anyProseLine(from, to)) continue;
      const sentence = unit.text.slice(s.start, s.end);
      if (!aboutAnotherBody(sentence)) continue;
      flagged.push({
        from,
        to,
        amounts: findAmounts(sentence).map((a) => a.sek),
        numbers: (sentence.match(/\d+/g) ?? []).map(Number),
      });
    }
  }
  if (flagged.length === 0) return out;
  const findings: FindingInput[] = [];
  const byLine = new Map<number, typeof flagged>();
  for (const s of flagged) for (let n = s.from; n <= s.to; n++) byLine.set(n, [...(byLine.get(n) ?? []), s]);
  const facts = out.facts.filter((f) => {
    if (!PROSE_SECTIONS.has(f.section)) return true;
    const values = storedValues(f);
    const hit = byLine
      .get(f.line)
      ?.find((s) => values.some((v) => (f.table === "finance" ? s.amounts : s.numbers).includes(v)));
    if (!hit) return true;
    findings.push({
      check_id: "coverage.unread_number",
      severity: "info",
      subject: f.section,
      line: f.line,
      value: values.join(" "),
      message: `"${values.join(" ")}" in running text was not stored: the sentence is about a member's or another body's own accounts, not the federation's`,
    });
    return false;
  });
  return { ...out, facts, findings: [...out.findings, ...findings] };
}
