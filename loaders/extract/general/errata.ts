/**
 * A correction notice ("Rättelse", "Korrigering 1. Sid 14 … Där står att 164 personer deltog …
 * Rätt antal är 158") says a figure printed in the document is wrong. The figure it names as
 * printed is not stored, neither from the notice nor from the body that still prints it, and
 * neither are the other figures of the body's sentences that print it (their gender split belongs
 * to the wrong count). Nothing else is stored from the notice's own lines: only a corrected count
 * said in so many words ("Rätt antal är 158", "ska vara 158"), right after the count it corrects,
 * takes the place of that count, where every count read with the wrong value is the same figure
 * (one intervention or the federation, one year, one measure); its gender split in a bracket
 * ("158 (92 kvinnor och 66 män)") only where the two add up to it.
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
/** "Rätt antal är 158 (92 kvinnor och 66 män)", "ska vara 158": the figure as it should read. */
const CORRECTED =
  /(?:(?:rätt|korrekt|riktigt)\s+(?:antal|siffra|värde)\s+(?:är|ska vara|skall vara)|ska\s+vara|skall\s+vara)\s+(\d{1,3}(?:[ \u00a0]\d{3})*)(?![\d,])(?:\s*\((\d{1,3}(?:[ \u00a0]\d{3})*)\s+kvinnor\s+och\s+(\d{1,3}(?:[ \u00a0]\d{3})*)\s+män\))?/iu;
/** The whole figures a sentence holds. */
const NUMBER = /(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})*(?![\d,])/gu;

const parse = (written: string) => Number(written.replace(/[ \u00a0]/g, ""));

/** A figure printed wrongly and, where the notice says it right after, what it should read, with its line. */
interface Correction {
  printed: number;
  corrected?: { value: number; women?: number; men?: number; line: number };
}

/** The figures a correction notice names as printed wrongly, with the notice's lines. */
function printedWrong(doc: DocumentText): { values: Set<number>; lines: Set<number>; corrections: Correction[] } {
  const values = new Set<number>();
  const lines = new Set<number>();
  const corrections: Correction[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    if (!NOTICE.test(doc.at(n))) continue;
    // The notice runs to its first blank line after the text; its lines are read as one text.
    let text = "";
    const starts: { at: number; line: number }[] = [];
    for (let k = n; k <= doc.lineCount && (k === n || doc.at(k) !== ""); k++) {
      lines.add(k);
      starts.push({ at: text.length, line: k });
      text += `${doc.at(k)} `;
    }
    const lineOf = (at: number) => starts.filter((s) => s.at <= at).at(-1)!.line;
    const printed = [...text.matchAll(PRINTED)];
    printed.forEach((m, i) => {
      values.add(parse(m[1]!));
      // What the notice says it should read, before the next figure it names as printed.
      const end = printed[i + 1]?.index ?? text.length;
      const right = CORRECTED.exec(text.slice(m.index + m[0].length, end));
      const at = right ? m.index + m[0].length + right.index + right[0].indexOf(right[1]!) : -1;
      corrections.push({
        printed: parse(m[1]!),
        ...(right
          ? {
              corrected: {
                value: parse(right[1]!),
                ...(right[2] ? { women: parse(right[2]), men: parse(right[3]!) } : {}),
                line: lineOf(at),
              },
            }
          : {}),
      });
    });
    n = Math.max(n, ...lines);
  }
  return { values, lines, corrections };
}

/**
 * The counts a notice corrects in so many words: the count read with the printed value, each time
 * the same figure, again with the corrected value on the notice's line (and its gender split, where
 * it adds up).
 */
function correctedCounts(
  doc: DocumentText,
  facts: readonly FactInput[],
  corrections: readonly Correction[],
): FactInput[] {
  const out: FactInput[] = [];
  for (const c of corrections) {
    const right = c.corrected;
    if (!right) continue;
    const wrong = facts.filter(
      (f) => f.table === "participant_count" && f.gender === "all" && f.value === c.printed && !f.approximate,
    );
    const keys = new Set(
      wrong.map((f) => (f.table === "participant_count" ? `${f.intervention}|${f.year}|${f.measure}` : "")),
    );
    const model = wrong[0];
    if (keys.size !== 1 || model?.table !== "participant_count") continue;
    const text = doc.at(right.line);
    out.push({ ...model, value: right.value, line: right.line, text, confirmed_by: [] });
    if (right.women !== undefined && right.men !== undefined && right.women + right.men === right.value)
      out.push(
        { ...model, gender: "woman", value: right.women, line: right.line, text, confirmed_by: [] },
        { ...model, gender: "man", value: right.men, line: right.line, text, confirmed_by: [] },
      );
  }
  return out;
}

/** The facts `out` holds, less those a correction notice says were printed wrongly. */
export function dropCorrectedFigures(doc: DocumentText, out: ParseOutput): ParseOutput {
  // A plain search first: almost no report carries a correction notice.
  if (doc.find(NOTICE) === undefined) return out;
  const { values, lines, corrections } = printedWrong(doc);
  if (values.size === 0) return out;
  const corrected = correctedCounts(doc, out.facts, corrections);
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
  const facts = [...out.facts.filter(keep), ...corrected];
  const awaiting = out.awaiting?.filter(keep);
  return { ...out, facts, ...(awaiting ? { awaiting } : {}), findings: [...out.findings, ...findings] };
}
