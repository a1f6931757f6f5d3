/**
 * A correction notice ("Rättelse", "Korrigering 1. Sid 14 … Där står att 164 personer deltog …
 * Rätt antal är 158") says a figure printed in the document is wrong. The figure it names as
 * printed is not stored, neither from the notice nor from the body that still prints it, and
 * neither are the other figures of the body's sentences that print it (their gender split belongs
 * to the wrong count). Nothing is stored from the notice's own lines either: the corrected figure
 * is not guessed from its wording (it may be completed in review).
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { lineAt, proseUnits, sentencesOf } from "./proseSentences.ts";
import { unreadNumber } from "../findings.ts";

/** A heading or lead of a correction notice. */
const NOTICE = /^\s*(?:rättelse|korrigering(?:ar)?|errata)\b/i;
/** "Där står att 164 personer …", "det står 164", "anges felaktigt 164": the figure as printed. */
const PRINTED =
  /(?:står\s+(?:det\s+)?(?:att\s+)?|anges\s+felaktigt\s+|felaktigt\s+angivet?\s+)(\d{1,3}(?:[ \u00a0]\d{3})*)/giu;
/** The whole figures a sentence holds. */
const NUMBER = /(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})*(?![\d,])/gu;

const parse = (written: string) => Number(written.replace(/[ \u00a0]/g, ""));

/** The figures a correction notice names as printed wrongly, with the notice's lines. */
function printedWrong(doc: DocumentText): { values: Set<number>; lines: Set<number> } {
  const values = new Set<number>();
  const lines = new Set<number>();
  for (let n = 1; n <= doc.lineCount; n++) {
    if (!NOTICE.test(doc.at(n))) continue;
    // The notice runs to its first blank line after the text.
    for (let k = n; k <= doc.lineCount && (k === n || doc.at(k) !== ""); k++) {
      lines.add(k);
      for (const m of doc.at(k).matchAll(PRINTED)) values.add(parse(m[1]!));
    }
  }
  return { values, lines };
}

/** The facts `out` holds, less those a correction notice says were printed wrongly. */
export function dropCorrectedFigures(doc: DocumentText, out: ParseOutput): ParseOutput {
  // A plain search first: almost no report carries a correction notice.
  if (doc.find(NOTICE) === undefined) return out;
  const { values, lines } = printedWrong(doc);
  if (values.size === 0) return out;
  // The figures of each sentence that prints a wrong figure, by line: those go, the line's other
  // sentences' figures stay.
  const tainted = new Map<number, Set<number>>();
  for (const unit of proseUnits(doc))
    for (const s of sentencesOf(unit)) {
      const numbers = [...unit.text.slice(s.start, s.end).matchAll(NUMBER)].map((m) => parse(m[0]));
      if (!numbers.some((v) => values.has(v))) continue;
      for (let n = lineAt(unit, s.start); n <= lineAt(unit, Math.max(s.start, s.end - 1)); n++)
        tainted.set(n, new Set([...(tainted.get(n) ?? []), ...numbers]));
    }
  const findings: FindingInput[] = [];
  const keep = (f: FactInput) => {
    if (f.table !== "participant_count" && f.table !== "participant_breakdown" && f.table !== "finance") return true;
    const value = f.table === "finance" ? Math.abs(f.amount_sek ?? NaN) : f.value;
    if (!lines.has(f.line) && !tainted.get(f.line)?.has(value)) return true;
    findings.push(
      unreadNumber({
        subject: f.section,
        line: f.line,
        value: String(value),
        message:
          "a figure the document's correction notice says was printed wrongly, or a figure of the same sentence: not stored",
      }),
    );
    return false;
  };
  const facts = out.facts.filter(keep);
  const awaiting = out.awaiting?.filter(keep);
  return { ...out, facts, ...(awaiting ? { awaiting } : {}), findings: [...out.findings, ...findings] };
}
