/**
 * Amounts corrected after the meeting: a note at adjustment ("Ändring vid justering: Vid justeringen
 * har beloppet i § 23 rättats från 480 000 kr till 450 000 kr") says the decision's sum was written
 * wrong in the draft. The item's amount is then the corrected one, cited from the note's line. Pure.
 */
import { findAmounts, type Amount } from "../numbers.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";

export interface AmountCorrection {
  itemNumber: number;
  from: Amount;
  to: Amount;
  /** The note's line, where the corrected amount stands. */
  line: number;
}

/** "§ 23", "§23", "paragraf 23": the one item a note names. */
const ITEM = /(?:§\s*|\bparagraf\s+)(\d{1,4})(?!\d)/giu;
/**
 * "rättats från … till …", "korrigerats från … till …", "ändrats från … till …": only the "från X till Y"
 * order of a correction verb, so a plain change ("ökade från 4 till 5 mnkr") never counts.
 */
const CORRECTED =
  /(?<!\p{L})(?:rättats|rättades|rättas|korrigerats|korrigerades|ändrats|ändrades)\s+från\s+(.+?)\s+till\s+(.+?)(?:[,.;]\s|[,.;]?$)/iu;
/**
 * Words that make a note a correction of the minutes themselves: the protocol, its draft, a slip of
 * the pen, a correction notice. A bare "justering" is not one (a budget is adjusted too: "vid
 * justeringen av budgeten").
 */
const OF_THE_MINUTES =
  /(?<!\p{L})(?:protokollet|protokollsutkastet|protokollsjusteringen|justeringen av protokollet|skrivfel|felskrivning|rättelse)(?!\p{L})/iu;
/** A note's own heading: "Ändring vid justering", "Rättelse", "Justeringsanteckning". */
const NOTE_HEADING =
  /^\s*(?:ändring(?:ar)? vid justering(?:en)?|rättelse|rättelser|justeringsanteckning(?:ar)?)\s*:?\s*$/iu;

export function adjustedAmounts(doc: DocumentText): AmountCorrection[] {
  const out: AmountCorrection[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    // Only a line naming one item can be a note on it: most lines are passed by before any joining.
    const items = [...doc.at(n).matchAll(ITEM)].map((m) => Number(m[1]));
    if (items.length !== 1) continue;
    // A sentence may wrap: the line with its successor.
    const text = `${doc.at(n)} ${doc.at(n + 1) ?? ""}`.replace(/\s+/g, " ");
    if (!(OF_THE_MINUTES.test(text) || underNoteHeading(doc, n))) continue;
    const m = CORRECTED.exec(text);
    if (!m) continue;
    const from = findAmounts(m[1]!);
    const to = findAmounts(m[2]!);
    if (from.length !== 1 || to.length !== 1 || from[0]!.approximate || to[0]!.approximate) continue;
    // The note cites the line its corrected amount stands on.
    const line = doc.at(n).includes(to[0]!.raw) || !(doc.at(n + 1) ?? "").includes(to[0]!.raw) ? n : n + 1;
    out.push({ itemNumber: items[0]!, from: from[0]!, to: to[0]!, line });
  }
  return out;
}

/** The line stands in a note headed as a correction of the minutes, a few lines below its heading. */
function underNoteHeading(doc: DocumentText, n: number): boolean {
  for (let k = n; k >= Math.max(1, n - 4); k--) if (NOTE_HEADING.test(doc.at(k))) return true;
  return false;
}

/**
 * The minutes' decisions and grants with each corrected amount put right: a decision or grant of the
 * item named whose amount is the one the note says was wrong takes the corrected amount; a grant then
 * cites the note's line. Amounts the note does not name are left as read.
 */
export function withCorrectedAmounts(read: ParseOutput, doc: DocumentText): ParseOutput {
  const corrections = adjustedAmounts(doc);
  if (corrections.length === 0) return read;
  const facts = read.facts.map((f) => {
    if ((f.table !== "decision" && f.table !== "allocation") || f.amount_sek === null) return f;
    const number = Number(/\d+/.exec(f.item_ref)?.[0]);
    const c = corrections.find((k) => k.itemNumber === number && k.from.sek === f.amount_sek);
    if (!c) return f;
    const amount = { amount_sek: c.to.sek, approximate: false };
    return f.table === "allocation" ? { ...f, ...amount, line: c.line, text: doc.at(c.line) } : { ...f, ...amount };
  });
  return { ...read, facts };
}
