/**
 * Member contributions stated in running text, read sentence by sentence (wrapped lines joined by
 * the prose pre-pass):
 * - a verb chain: "Staten bidrog med 3,2 mnkr, Region Kustland med 1,6 mnkr och Strandviks kommun
 *   med 0,8 mnkr" — the verb's own subject and every named member after it that takes "med" and
 *   an amount;
 * - a fee: "Strandviks kommuns medlemsavgift uppgick till 812 tkr", "Medlemsavgiften från Region
 *   Kustland var 1,6 mnkr".
 * Only a member named as a member is stored ("X kommun", "Region Y", "Staten",
 * "Försäkringskassan", "Arbetsförmedlingen", the joint state): "Kommunerna bidrog med 2,1 mnkr"
 * or "regionen med …" names no one member and is not stored. A sentence about a budget, a plan,
 * another year, a price per inhabitant, or money for one project or intervention is not read. The
 * member is kept as written; normalisation resolves it through the registry. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { lineAt, proseUnits, sentencesOf } from "./proseSentences.ts";

const SECTION = "general:member_contributions";

/** A member as a sentence writes it; `memberOf` of parseMemberContributions decides whether it is one. */
const MEMBER_SOURCE = String.raw`staten(?:\s*\((?:fk|försäkringskassan)\s*(?:och|&|\/|,)\s*(?:af|arbetsförmedlingen)\))?|försäkringskassan(?:\s+och\s+arbetsförmedlingen)?|arbetsförmedlingen(?:\s+och\s+försäkringskassan)?|region\s+\p{Lu}[\p{L}-]*(?:\s+län)?|\p{Lu}[\p{L}-]*\s+kommun`;
const VERB = String.raw`(?:har\s+)?(?:bidrog|bidragit|betalade|betalat|tillsköt|tillskjutit)(?:\s+under\s+(?:året|(?:19|20)\d\d))?\s+med`;
const HEDGE = String.raw`(?:(?:ca\.?|cirka|c:a|drygt|knappt|ungefär|omkring|runt)\s+)?`;
/** "Staten bidrog med ": the subject (any words, a member or not) and the verb. */
const CHAIN_START = new RegExp(String.raw`(?<![\p{L}])(${MEMBER_SOURCE}|\p{L}+)\s+${VERB}\s+${HEDGE}$`, "iu");
/** ", Region Kustland med ", " och Strandviks kommun med ": the next link of the chain. */
const CHAIN_LINK = new RegExp(
  String.raw`^\s*(?:,|och|samt|,\s*och)\s+(${MEMBER_SOURCE}|\p{L}+)\s+med\s+${HEDGE}$`,
  "iu",
);
/** "Strandviks kommuns medlemsavgift uppgick till ", "Medlemsavgiften från Region Kustland var ". */
const FEE = new RegExp(
  String.raw`(?:(?<![\p{L}])(${MEMBER_SOURCE})s\s+(?:medlemsavgift|medlemsbidrag|årliga bidrag|bidrag)(?:en|et)?|(?:medlemsavgift|medlemsbidrag|bidrag)(?:en|et)?\s+från\s+(${MEMBER_SOURCE}))(?:\s+till\s+(?:samordnings)?förbundet)?(?:\s+(?:under|för)\s+(?:året|(?:19|20)\d\d))?\s+(?:uppgick\s+(?:under\s+året\s+)?till|var|blev)\s+${HEDGE}$`,
  "iu",
);
/** A sentence about a budget, a plan, a price or a change: its amounts are not the year's contributions. */
const NOT_THE_YEARS =
  /budget|\bplan|beräkna|\bska\b|\bskall\b|kommer att|föreslå|förslag|\bper (invånare|capita|år|månad)\b|ökning|minskning|ökade|\bminskade|förändr|jämfört|föregående år|förra året/i;
/** "… med 1,0 mnkr till projektet X": money for something else than the federation. */
const ELSEWHERE = /^\s*(till|för|i)\s+(?!(förbundet|samordningsförbundet|verksamheten|förbundets)\b)\S/i;

/** The contributions a document's running text states, each citing the line its amount is on. */
export function contributionSentences(
  doc: DocumentText,
  seen: ReadonlySet<number>,
  memberOf: (label: string) => string | null,
): FactInput[] {
  const out: FactInput[] = [];
  const year = doc.periodYear;
  for (const unit of proseUnits(doc)) {
    for (const s of sentencesOf(unit)) {
      const sentence = unit.text.slice(s.start, s.end);
      if (NOT_THE_YEARS.test(sentence)) continue;
      const years = [...sentence.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
      if (years.some((y) => y !== year)) continue;
      const found = readSentence(sentence, memberOf);
      for (const f of found) {
        const line = lineAt(unit, s.start + f.index);
        if (seen.has(line)) continue;
        out.push({
          table: "member_contribution",
          year,
          basis: "actual",
          member: f.member,
          amount_sek: f.sek,
          line,
          text: doc.join(lineAt(unit, s.start), lineAt(unit, Math.max(s.start, s.end - 1))).slice(0, 600),
          section: SECTION,
          approximate: f.approximate,
        });
      }
    }
  }
  return out;
}

/** Words that stand where a member's name would and name none: "Varje kommun", "Respektive kommun". */
export const NOT_A_NAME = "Varje|Respektive|Vilken|Ingen|Någon|Denna|Samma|Annan|Den|En|Alla|Samtliga|Övriga|Båda";
const NOT_A_NAME_START = new RegExp(`^(?:${NOT_A_NAME})\\s`, "i");

/** A member written by its name: "Region Kustland", "Strandviks kommun", "Staten"; not "varje kommun". */
function named(written: string): boolean {
  if (/^(staten|försäkringskassan|arbetsförmedlingen)\b/i.test(written)) return true;
  if (NOT_A_NAME_START.test(written)) return false;
  const name = written.replace(/^region\s+/i, "");
  return /^\p{Lu}/u.test(name);
}

interface Read {
  member: string;
  sek: number;
  approximate: boolean;
  index: number;
}

/** Every contribution one sentence states, by its chain of "med" or by a fee. */
function readSentence(sentence: string, memberOf: (label: string) => string | null): Read[] {
  const amounts = findAmounts(sentence);
  const out: Read[] = [];
  let chain = false;
  let previousEnd = 0;
  for (const a of amounts) {
    const before = sentence.slice(previousEnd, a.index);
    previousEnd = a.index + a.raw.length;
    const beyond = sentence.slice(previousEnd);
    const start: RegExpExecArray | null = CHAIN_START.exec(before);
    const link: RegExpExecArray | null = chain ? CHAIN_LINK.exec(before) : null;
    const fee: RegExpExecArray | null = FEE.exec(before);
    const written = start?.[1] ?? link?.[1] ?? fee?.[1] ?? fee?.[2];
    // Money for something else ends the chain: the members after it may pay for that too.
    const elsewhere = ELSEWHERE.test(beyond);
    chain = (start !== null || link !== null) && !elsewhere;
    if (written === undefined || elsewhere || a.sek <= 0 || !named(written)) continue;
    const member = memberOf(written.replace(/\s+/g, " "));
    if (member === null) continue;
    out.push({ member, sek: a.sek, approximate: a.approximate, index: a.index });
  }
  return out;
}
