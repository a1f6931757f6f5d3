/**
 * Whom a line of a report is about: one intervention (inside its appendix or under a heading
 * naming it), the federation as a whole (under a summary heading such as "Året i siffror"), or
 * unknown. General layers use this to decide whether a figure is an intervention's or the
 * federation's, and store nothing when it is unknown and the sentence does not say.
 */
import type { DocumentText } from "../documentText.ts";
import { findAppendices } from "../annual-report/findAppendices.ts";

export type Scope = { kind: "intervention"; name: string; line: number } | { kind: "federation"; line: number } | { kind: "unknown"; line: number | null };

/** Summary headings: what follows is about the whole federation. */
const FEDERATION_HEADING =
  /i siffror|i korthet|sammanfattning|har ordet|översikt|vid avslut|avslutsorsaker|deltagarstatistik|individstatistik|samtliga insatser|förbundets (insatser|deltagare|resultat)|resultat på individnivå|deltagare och resultat|verksamhetens resultat/i;
/** "Insats: Steget", "Projekt Unga vuxna", "Insatsen Arbetsbron". */
const INTERVENTION_HEADING = /^(?:insats(?:en)?|projekt(?:et)?)\s*[:–-]?\s+(\p{L}.{0,60}?)\s*$/iu;
/** A parent heading whose numbered children are interventions ("4 Insatser" → "4.1 Steget"). */
const INTERVENTIONS_PARENT = /\binsatser(na)?\b|\bprojekt(en)?\b|\bverksamheter\b/i;
/** Headings that name a topic, not an intervention. */
const GENERIC_HEADING = /ekonomi|\bmål|styrelse|organisation|personal|uppföljning|resultat|samverkan|budget|inledning|bakgrund|verksamhet|sammanfattning|deltagare|insatser|utveckling|kansli|revision|medlem/i;
const COLUMN_WORD = /^(totalt|total|summa|kvinnor|kvinna|män|man|k|m|nya|nyinskrivna|avslutade|avslut|pågående|inskrivna|budget)$/;
const TABLE_WORD = /^(totalt|total|summa|kvinnor|kvinna|män|man|k|m|nya|nyinskrivna|avslutade|avslut|pågående|inskrivna|budget|antal|deltagare|delt|insats|insatser|insatsnamn|år|varav|och|st)$/;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;
const CAPTION = /^(diagram|tabell|figur|bild|graf)\s*\d+/i;

/** A line that looks like a heading: short, no closing punctuation, a paragraph of its own. */
export function isHeading(doc: DocumentText, n: number): boolean {
  const t = doc.at(n);
  if (t === "" || t.length > 80 || /[.,;!?]$/.test(t) || CAPTION.test(t)) return false;
  const body = (NUMBERED.exec(t)?.[2] ?? t).replace(/:$/, "");
  if (!/^\p{Lu}/u.test(body)) return false;
  if ((body.match(/\d+/g) ?? []).filter((d) => !/^(19|20)\d\d$/.test(d)).length > 0) return false;
  if (body.split(" ").length > 10) return false;
  const prev = n > 1 ? doc.at(n - 1) : "";
  // A table's header row ("Totalt Kvinnor Män") is not a heading.
  const words = body.toLowerCase().replace(/[.,:;()*]/g, " ").split(/\s+/).filter(Boolean);
  if (words.every((w) => TABLE_WORD.test(w)) && words.filter((w) => COLUMN_WORD.test(w)).length >= 2) return false;
  // A page number flattened onto its own line ("4") stands where a blank line would.
  return prev === "" || /[.!?:]$/.test(prev) || /^\d{1,3}$/.test(prev);
}

/** The scope of every line (index n-1 for line n). */
export function scopeByLine(doc: DocumentText): Scope[] {
  const scopes: Scope[] = new Array(doc.lineCount).fill(null).map(() => ({ kind: "unknown", line: null }));
  let current: Scope = { kind: "unknown", line: null };
  let parent: { level: number } | undefined;
  for (let n = 1; n <= doc.lineCount; n++) {
    if (isHeading(doc, n)) {
      const t = doc.at(n);
      const numbered = NUMBERED.exec(t);
      const level = numbered ? numbered[1]!.split(".").length : 0;
      const body = numbered?.[2] ?? t;
      const named = INTERVENTION_HEADING.exec(body);
      if (named) current = { kind: "intervention", name: tidyName(named[1]!), line: n };
      else if (numbered && parent && level === parent.level + 1 && !GENERIC_HEADING.test(body) && !INTERVENTIONS_PARENT.test(body)) current = { kind: "intervention", name: tidyName(body), line: n };
      else if (FEDERATION_HEADING.test(body)) current = { kind: "federation", line: n };
      else current = { kind: "unknown", line: n };
      if (numbered && level <= (parent?.level ?? 0)) parent = undefined;
      if (numbered && INTERVENTIONS_PARENT.test(body) && !named) parent = { level };
    }
    scopes[n - 1] = current;
  }
  // Intervention appendices (the common template's "Insatsens namn:") override headings inside them.
  for (const block of findAppendices(doc))
    for (let n = block.from; n <= block.to; n++) scopes[n - 1] = { kind: "intervention", name: block.name, line: block.anchor };
  return scopes;
}

function tidyName(s: string): string {
  return s.replace(/:$/, "").replace(/\s+(19|20)\d\d$/, "").replace(/[\s–-]+$/, "").trim();
}
