/**
 * Passages of a document that another body wrote or that are about another body, set apart by the
 * document's structure rather than by their sentences' words, which are often the federation's own
 * ("De finansierade 1 180 insatser, och 35 200 personer deltog …", "Förbundets resultat för året var
 * …"):
 * - a quoted block (Markdown "> " lines) under a lead naming another body ("Försäkringskassan skriver i
 *   sin återrapportering:", "Ur Hagby kommuns årsredovisning 2024:"; `reference/scopeWords.ts`
 *   `OTHER_BODY_LEAD`) or another federation; a quote under the federation's own people's lead
 *   ("Ordföranden har ordet:") or no lead stays;
 * - an item of minutes ("§ 61   Årsredovisning 2024 för Samordningsförbundet Kustbygden") whose title
 *   names another federation and not the document's own: its lines down to the next item, as a
 *   member's minutes treat two federations it is a member of in the same words; only where the
 *   document names its own federation in full somewhere too.
 * `otherBodies.ts` flags every sentence on these lines, so no prose reader stores their figures and
 * they are no rivals of the federation's own. Once per document; pure.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { OTHER_BODY_LEAD } from "../../reference/scopeWords.ts";
import { asNameCase, ownFederation, namesOwnFederation, type OwnFederation } from "./federationNames.ts";
import { otherFederationIn } from "./otherBodies.ts";

/** A Markdown quote's line: "> text", ">" alone. */
const QUOTE_LINE = /^\s{0,3}>(?:\s|$)/;
/** An item of minutes: "§ 61", "§61", "§ 61." at the line's start, its title after it. */
const ITEM = /^\s*§\s*(\d{1,3})\b[.:]?\s*(.*)$/;
/** How far above a quote its lead may stand (blank lines between). */
const LEAD_REACH = 2;

/**
 * Whether the document names its own federation in full somewhere ("Samordningsförbundet Tallmo"):
 * another federation's name is told from ours only then, as an id the name does not spell would
 * make every federation another's. Once per document.
 */
export const ownNamedInFull: (doc: DocumentText) => boolean = oncePerDocument((doc) => {
  const federationId = ownFederation(doc);
  // A name in capitals ("SAMORDNINGSFÖRBUNDET NORRFORS"), or wrapped after its first word, is a name too.
  return doc.lines.some((l, i) => {
    if (!/örbundet/i.test(l)) return false;
    const line = asNameCase(l);
    return (
      namesOwnFederation(line, federationId) ||
      (/örbundet\s*$/.test(line) && namesOwnFederation(`${line} ${asNameCase(doc.lines[i + 1] ?? "")}`, federationId))
    );
  });
});

/** The lines of the document in another body's passages. */
export const foreignLines: (doc: DocumentText) => ReadonlySet<number> = oncePerDocument(foreignOf);

function foreignOf(doc: DocumentText): ReadonlySet<number> {
  const out = new Set<number>();
  const federationId = ownFederation(doc);
  const named = (text: string) => {
    const other = otherFederationIn(text, federationId);
    return other !== undefined && other !== "";
  };
  const ownNamed = () => ownNamedInFull(doc);
  for (let n = 1; n <= doc.lineCount; n++) {
    const line = doc.lines[n - 1] ?? "";
    if (QUOTE_LINE.test(line) && !QUOTE_LINE.test(doc.lines[n - 2] ?? "")) {
      let end = n;
      while (end < doc.lineCount && QUOTE_LINE.test(doc.lines[end] ?? "")) end++;
      const lead = leadAbove(doc, n);
      if (lead !== undefined && !ownLead(lead, federationId) && (OTHER_BODY_LEAD.test(lead) || named(lead)))
        for (let k = n; k <= end; k++) out.add(k);
      n = end;
      continue;
    }
    const item = ITEM.exec(line);
    if (!item) continue;
    // A title on the line below a § line holding only its number and a diary number.
    const title = item[2]!.trim() === "" || /^dnr\b/i.test(item[2]!.trim()) ? doc.at(n + 1) : item[2]!;
    if (!named(title) || namesOwnFederation(title, federationId) || !ownNamed()) continue;
    let end = n;
    while (end < doc.lineCount && !ITEM.test(doc.lines[end] ?? "")) end++;
    for (let k = n; k <= end; k++) out.add(k);
    n = end;
  }
  return out;
}

/** The lead right above a quote: its nearest non-blank line, ending on a colon. */
function leadAbove(doc: DocumentText, n: number): string | undefined {
  for (let k = n - 1; k >= Math.max(1, n - 1 - LEAD_REACH); k--) {
    const t = doc.at(k);
    if (t === "") continue;
    return /:\s*$/.test(t) ? t : undefined;
  }
  return undefined;
}

/** A lead quoting the federation itself ("Ur förbundets årsredovisning:", "Samordningsförbundet X skriver:"). */
function ownLead(lead: string, federationId: OwnFederation): boolean {
  return /(?<!\p{L})(?:samordnings)?förbundets(?!\p{L})/iu.test(lead) || namesOwnFederation(lead, federationId);
}
