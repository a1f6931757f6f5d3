/**
 * Member contributions written in running text as a list after the members' total: "Medlemmarna
 * betalade tillsammans 6 900 tkr: staten 3 450 tkr, Region X 1 725 tkr och kommunerna 1 725 tkr,
 * varav A kommun 1 035 tkr och B kommun 690 tkr". The members' amounts are stored only when they
 * add up to the total (the identity "contributions add to their total"); a subtotal of several
 * members ("kommunerna") is passed over. A list that does not add up stores nothing and says so.
 * (One member's fee in a sentence of its own is `contributionSentences`'s.)
 *
 * The member is kept as written; normalisation resolves it through the registry. Pure.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import type { IdentityName } from "./identities.ts";
import { splitSentences } from "./figureGrammar.ts";
import { lineAt, proseUnits, type ProseUnit } from "./proseSentences.ts";
import { isHeading } from "./sectionScope.ts";
import { ownFederation, namesFederation } from "./federationNames.ts";
import { namesAnotherFederation } from "./memberAmountLists.ts";
import { readUnit, UNIT_FACTOR, UNKNOWN_UNIT } from "../../reference/units.ts";
import { TOTAL_LABEL } from "../../reference/rowLabels.ts";
import { unknownUnit, unreadNumber } from "../findings.ts";

const SECTION = "general:member_contributions";

/**
 * The members' total: "Medlemmarna betalade tillsammans", "Medlemsavgifterna uppgick till",
 * "Medlemsavgifterna för helåret 2024 uppgick till" (a year other than the report's stores nothing),
 * "Medlemmarnas bidrag uppgick till", "Medlemsintäkterna på"; or the municipalities' ("Kommunerna
 * bidrog med 2 603 tkr: Åby 1 405 tkr, …"), whose list may name each by its place alone (`MUNICIPALITIES`).
 */
const TOTAL_CUE =
  /\b(?:medlemmarna|medlemsavgifterna|medlemsbidragen|medlemsintäkterna|bidragen från medlemmarna|medlemmarnas (?:bidrag|avgifter|medlemsavgifter|insatser)|(?:medlems)?kommuner(?:na)?)\s+(?:(?:\p{L}+|(?:19|20)\d\d)\s+){0,4}?(?:tillsammans|totalt|sammanlagt|till|med|på|om|var|blev)\s+(?=[\d-])/iu;
/** A total the municipalities paid together: its list names municipalities. */
const MUNICIPALITIES = /^(?:medlems)?kommuner/i;
/** A municipality by its place alone ("Åby", "Nedre Älvdal"): only in the municipalities' list, and only where it adds up. */
const PLACE = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?$/u;
/** Words of a budget, a plan or an earlier year: the sentence's amounts are not the year's outcome. */
export const BUDGET_OR_EARLIER =
  /\b(budget\p{L}*|planera\p{L}*|beräkna\p{L}*|föregående år|året innan|ett år tidigare)\b/iu;
/** What every TOTAL_CUE names. */
const MEMBERS_WORD = /medlem|kommuner/i;
/** A subtotal of several members, passed over in the sum ("kommunerna 1 725 tkr, varav …"). */
export const SUBTOTAL =
  /^(?:de\s+)?(?:\p{L}+\s+)?(?:kommunerna|medlemskommunerna|staten och regionen)(?:\s+tillsammans)?$/iu;
/** Connectors and verbs around a member's name in a list. */
const LEAD = /^[\s:;,.–-]*(?:(?:och|samt|varav|medan|därav|fördela(?:t|d|de)\s+på)\s+)*/i;
const TRAIL = /\s*(?:(?:har\s+)?(?:bidrog|bidragit|betalade|betalat|stod för|tillsköt)\s*)?(?:med)?\s*$/i;

export interface ContributionText {
  facts: FactInput[];
  findings: FindingInput[];
}

/** A member's name as written, or null (parseMemberContributions' `memberOf`, passed in: it calls this module). */
export type MemberOf = (name: string) => string | null;

export function readContributionText(doc: DocumentText, memberOf: MemberOf): ContributionText {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  for (const unit of proseUnits(doc)) {
    // Each list names its members' cue word ("medlem…"): a paragraph without it is passed by
    // cheaply, before the patterns that try a word at every letter.
    if (MEMBERS_WORD.test(unit.text)) readList(doc, unit, memberOf, facts, findings);
  }
  facts.push(...varavMembers(doc, memberOf));
  return { facts, findings };
}

/** "Intäkter (medlemsavgifter): 6 400 tkr", "Medlemsavgifter 2024: 6 400 tkr": the members' total as a labelled line. */
const TOTAL_LINE =
  /^\s*(?:intäkter\s*\((?:medlemsavgifter|medlemsbidrag)\)|(?:summa\s+)?medlemsavgifter(?:na)?(?:\s+totalt)?|medlemsbidrag(?:en)?(?:\s+totalt)?|medlemsintäkter(?:na)?|intäkter från medlemmarna)(?:\s+((?:19|20)\d\d))?\s*:\s*(.+?)\s*$/i;
/** "– varav Region X: 1 600 tkr": one part of the total on the line above, one a line. */
const VARAV_LINE = /^\s*[-–•*]?\s*varav\s+(.+?)\s*:\s*(.+?)\s*$/i;

/**
 * The members' total as a labelled line and its parts listed under it, one a line:
 *
 *   Intäkter (medlemsavgifter): 6 400 tkr
 *   – varav staten: 3 200 tkr
 *   – varav Region X: 1 600 tkr
 *   – varav kommunerna: 1 600 tkr
 *
 * Each named member's part is stored only when the parts (a subtotal of several members such as
 * "kommunerna" among them) add up to the total; another year's total stores nothing.
 */
function varavMembers(doc: DocumentText, memberOf: MemberOf): FactInput[] {
  const out: FactInput[] = [];
  for (let n = 1; n < doc.lineCount; n++) {
    const line = doc.at(n);
    if (!MEMBERS_WORD.test(line)) continue;
    const head = TOTAL_LINE.exec(line);
    const total = head ? onlyAmount(head[2]!) : undefined;
    if (!head || !total || (head[1] !== undefined && Number(head[1]) !== doc.periodYear)) continue;
    if (BUDGET_OR_EARLIER.test(line)) continue;
    const parts: { member: string | null; sek: number; line: number; approximate: boolean }[] = [];
    for (let k = n + 1; k <= doc.lineCount; k++) {
      const m = VARAV_LINE.exec(doc.at(k));
      const amount = m ? onlyAmount(m[2]!) : undefined;
      if (!m || !amount) break;
      const member = memberOf(m[1]!);
      if (member === null && !SUBTOTAL.test(m[1]!)) break;
      parts.push({ member, sek: amount.sek, line: k, approximate: amount.approximate });
    }
    const members = parts.filter((p) => p.member !== null);
    const sum = parts.reduce((a, p) => a + p.sek, 0);
    if (members.length < 2 || sum !== total.sek || total.approximate || parts.some((p) => p.approximate)) continue;
    for (const p of members)
      out.push({
        table: "member_contribution",
        year: doc.periodYear,
        basis: "actual",
        member: p.member!,
        amount_sek: p.sek,
        line: p.line,
        text: doc.at(p.line),
        section: SECTION,
        approximate: false,
        confirmed_by: ["contributions_sum"],
      });
  }
  return out;
}

/** The one amount a cell holds and nothing else ("6 400 tkr"), or undefined. */
function onlyAmount(cell: string): ReturnType<typeof findAmounts>[number] | undefined {
  const found = findAmounts(cell);
  return found.length === 1 && found[0]!.index === 0 && found[0]!.raw.length === cell.replace(/\.$/, "").length
    ? found[0]
    : undefined;
}

function fact(
  doc: DocumentText,
  unit: ProseUnit,
  member: string,
  sek: number,
  at: number,
  approximate: boolean,
  confirmedBy: IdentityName[] = [],
): FactInput {
  const line = lineAt(unit, at);
  return {
    table: "member_contribution" as const,
    year: doc.periodYear,
    basis: "actual" as const,
    member,
    amount_sek: sek,
    line,
    text: doc.at(line),
    section: SECTION,
    approximate,
    confirmed_by: confirmedBy,
  };
}

/** The sentence of `text` that holds the character at `at`. */
function sentenceAt(text: string, at: number): string {
  const s = splitSentences(text).find((x) => x.start <= at && at < x.end);
  return s ? text.slice(s.start, s.end) : text;
}

/**
 * The members' total a sentence states and nothing else ("Medlemsavgifterna uppgick till 5 800
 * tkr."), for the report's year: the sum a list of members in the next sentence must make.
 */
export function membersTotalOf(sentence: string, year: number): number | undefined {
  const cue = TOTAL_CUE.exec(sentence);
  if (!cue || BUDGET_OR_EARLIER.test(sentence)) return undefined;
  const amounts = findAmounts(sentence);
  const years = (sentence.match(/\b(19|20)\d\d\b/g) ?? []).map(Number);
  if (amounts.length !== 1 || years.some((y) => y !== year)) return undefined;
  const total = amounts[0]!;
  return total.index === cue.index + cue[0].length && !total.approximate ? total.sek : undefined;
}

function readList(
  doc: DocumentText,
  unit: ProseUnit,
  memberOf: MemberOf,
  facts: FactInput[],
  findings: FindingInput[],
) {
  const cue = TOTAL_CUE.exec(unit.text);
  if (!cue) return;
  const amounts = findAmounts(unit.text).filter((a) => a.index >= cue.index + cue[0].length);
  const total = amounts[0];
  if (!total || total.index !== cue.index + cue[0].length) return;
  const sentence = sentenceAt(unit.text, total.index);
  const years = (sentence.match(/\b(19|20)\d\d\b/g) ?? []).map(Number);
  if (BUDGET_OR_EARLIER.test(sentence) || years.some((y) => y !== doc.periodYear)) return;
  const members: { member: string; sek: number; at: number; approximate: boolean }[] = [];
  let from = total.index + total.raw.length;
  let sum = 0;
  const places = MUNICIPALITIES.test(cue[0]);
  for (const a of amounts.slice(1)) {
    const between = unit.text.slice(from, a.index);
    // "… tillsammans, fördelat efter folkmängd: Åby 1 405 tkr", "Medlemsintäkterna på 4 800 tkr har betalats
    // enligt förbundsordningen: staten 2 400 tkr, …": the total's own clause may run on to the colon that
    // opens the list.
    const colon = members.length === 0 ? between.lastIndexOf(":") : -1;
    const name = between
      .slice(colon + 1)
      .replace(LEAD, "")
      .replace(TRAIL, "")
      .trim();
    from = a.index + a.raw.length;
    const member = memberOf(name) ?? (places && PLACE.test(name) ? name : null);
    if (member) {
      members.push({ member, sek: a.sek, at: a.index, approximate: a.approximate });
      sum += a.sek;
    } else if (!SUBTOTAL.test(name)) break;
    if (sum >= total.sek) break;
  }
  if (members.length < 2) return;
  if (sum !== total.sek || total.approximate) {
    findings.push(
      unreadNumber({
        subject: SECTION,
        line: lineAt(unit, total.index),
        value: total.raw,
        message: `${SECTION}: the members' amounts in this sentence add up to ${sum} kr, not to their total ${total.sek} kr; not stored`,
      }),
    );
    return;
  }
  // The sum to the stated total is what admitted them: researchers see it in `confirmed_by`.
  for (const m of members) facts.push(fact(doc, unit, m.member, m.sek, m.at, m.approximate, ["contributions_sum"]));
}

/** A heading over the members' fees: "Medlemsavgifter 2024, kommunerna (kr)", "Kommunernas bidrag (tkr)". */
const FEE_HEADING = /\b(medlemsavgift\p{L}*|medlemsbidrag\p{L}*|kommunernas (?:avgift\p{L}*|bidrag\p{L}*))/iu;
/** "Alträsk   182 400": a name and its amount, as one pair of a line's pairs. */
const PAIR = /(\p{Lu}[\p{L}-]*(?: [\p{L}-]+)*(?: \([\p{L} ]+\))?)\s+(\d{1,3}(?: \d{3})*)(?= {2,}|\s*$)/gu;

/**
 * A heading, or a caption set right under one ("Bilaga 1 Ekonomiskt underlag 2024" / "Medlemsbidrag
 * per part (kr)"): a short line that is no sentence. The list below it must still add up to its sum.
 */
const titles = (doc: DocumentText, h: number) =>
  isHeading(doc, h) || (doc.at(h).length <= 80 && !/[.,;:!?]$/.test(doc.at(h)) && /^\p{Lu}/u.test(doc.at(h)));

/** "Medlemsbidrag till Östra Ekby 2024 (tkr)": the fees another federation (or body) receives. */
function toAnotherBody(doc: DocumentText, heading: string): boolean {
  const m = /(?:^|\s)till\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u.exec(heading);
  return m !== null && !namesFederation(m[1]!, ownFederation(doc));
}

/**
 * The members' fees in a list set in two columns or more under a heading that states the unit
 * ("Medlemsavgifter 2024, kommunerna (kr)" / "Alträsk  182 400    Brännmyr  241 900" /
 * "Summa kommunerna  2 000 000"): stored only where every name is a member (in a list of the
 * municipalities, a place alone names one) and the amounts add up to the Summa row. A list of one
 * column ("Medlemsbidrag per part (kr)" / "Region Ekby   900 000") is a members' table, read by
 * parseMemberContributions (its year from the caption or the heading above it, `yearAbove`).
 */
export function readPairedFeeLists(doc: DocumentText, memberOf: MemberOf): ContributionText {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  for (let h = 1; h < doc.lineCount; h++) {
    const heading = doc.at(h);
    // Cheap first: the words every fee heading has.
    if (!/medlems|kommunernas/i.test(heading) || !FEE_HEADING.test(heading) || !titles(doc, h)) continue;
    const unit = readUnit(heading);
    const years = (heading.match(/\b(19|20)\d\d\b/g) ?? []).map(Number);
    if (!unit || years.some((y) => y !== doc.periodYear) || BUDGET_OR_EARLIER.test(heading)) continue;
    // "Medlemsbidrag till Norrfors 2024", or a list under "Samordningsförbundet Norrfors": another federation's fees.
    if (toAnotherBody(doc, heading) || (h > 1 && namesAnotherFederation(doc, doc.at(h - 1)))) continue;
    if (unit.unit === UNKNOWN_UNIT) {
      findings.push(unknownUnit(SECTION, h, unit.written, `${SECTION}: the fees under "${heading.trim()}"`));
      continue;
    }
    const places = /kommun/i.test(heading);
    const members: { member: string; sek: number; line: number }[] = [];
    let total: { sek: number; line: number } | undefined;
    let twoColumns = false;
    for (let n = h + 1; n <= doc.lineCount && doc.at(n) !== ""; n++) {
      const raw = (doc.lines[n - 1] ?? "").replace(/[\u00a0\u202f\u2009]/g, " ").trim();
      const pairs = [...raw.matchAll(PAIR)];
      // The pairs must be the whole line, set apart by wide gaps.
      const rest = raw.replace(PAIR, "").trim();
      if (pairs.length === 0 || rest !== "") break;
      if (pairs.length === 1 && TOTAL_LABEL.test(pairs[0]![1]!)) {
        total = { sek: Number(pairs[0]![2]!.replace(/ /g, "")) * UNIT_FACTOR[unit.unit], line: n };
        break;
      }
      for (const p of pairs) {
        const name = p[1]!;
        const member = memberOf(name) ?? (places && PLACE.test(name) ? name : null);
        if (!member || TOTAL_LABEL.test(name)) {
          members.length = 0;
          break;
        }
        members.push({ member, sek: Number(p[2]!.replace(/ /g, "")) * UNIT_FACTOR[unit.unit], line: n });
      }
      if (pairs.length > 1) twoColumns = true;
      if (members.length === 0) break;
    }
    // A list in one column is a members' table, read under its caption by parseMemberContributions.
    if (!total || members.length < 2 || !twoColumns) continue;
    const sum = members.reduce((a, m) => a + m.sek, 0);
    if (sum !== total.sek) {
      findings.push(
        unreadNumber({
          subject: SECTION,
          line: total.line,
          value: doc.at(total.line),
          message: `${SECTION}: the members' fees listed under "${heading}" add up to ${sum} kr, not to their sum ${total.sek} kr; not stored`,
        }),
      );
      continue;
    }
    for (const m of members)
      facts.push({
        table: "member_contribution",
        year: doc.periodYear,
        basis: "actual",
        member: m.member,
        amount_sek: m.sek,
        line: m.line,
        text: doc.at(m.line),
        section: SECTION,
        approximate: false,
        confirmed_by: ["contributions_sum"],
      });
  }
  return { facts, findings };
}
