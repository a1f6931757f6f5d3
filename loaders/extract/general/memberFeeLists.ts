/**
 * The members' fees listed under a lead, one member to an item: a lead line ending with a colon
 * ("Medlemsavgifter 2024:", "Kommunernas fjärdedel fördelades enligt följande:") or a heading
 * ("Så fördelades medlemmarnas bidrag") that speaks of the members' money, itself or by its
 * paragraph, and right under it the list: one item a line ("- Region X: 2 200 000 kr", "X kommun
 * 1 230 tkr", a bullet and a colon optional) or one line cut by middle dots, bars or semicolons
 * ("Staten 5,8 mnkr · Region X 2,9 mnkr · Y kommun 1,9 mnkr").
 *
 * Or the members' money as a labelled total with its parts right under it ("Intäkter
 * (medlemsavgifter): 6 400 tkr" / "– varav staten: 3 200 tkr" / "– varav kommunerna: 1 600 tkr"):
 * stored only where the parts add up to the total; a part of several members is passed over.
 *
 * Every item must be a member named as a member with one amount in its unit and nothing else; one
 * item that is not (a project, a share, two amounts, a bare number) and the list stores nothing. A
 * "Summa"/"Totalt" item must be the sum of the others. The lead must not speak of a budget, a plan,
 * a proposal or another year than the report's, nor stand under a heading that does. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { BUDGET_OR_EARLIER, SUBTOTAL, type MemberOf } from "./contributionLists.ts";
import { headingNotTheYear } from "./headingPeriod.ts";
import { isHeading } from "./sectionScope.ts";
import { isPlanDocument } from "./parseProseFinance.ts";

const SECTION = "general:member_contributions";

/** Words about the members' money: what a lead or its paragraph names. */
const MEMBER_MONEY =
  /medlemsavgift|medlemsbidrag|medlemsinsats|medlemmarnas (?:bidrag|avgifter|insatser|andelar)|(?:bidrag|avgift)\p{L}* från medlemmar/iu;
/** A cheap look before the pattern: every lead's paragraph names a member or a fee. */
const CUE = /medlem|avgift|bidrag/i;
/** A lead about money to come or proposed: not the year's outcome. */
const NOT_THE_YEARS = /förslag|föresl|nästa år|kommande|\bplan|prognos|\bska\b|kommer att/i;
/** One line's items cut by middle dots, bullets, bars or semicolons. */
const ITEM_CUT = /\s+[·•|;]\s+/;
/** A bullet or dash opening an item. */
const BULLET = /^[-–—•·▪*]\s+/;
const TOTAL = /^(summa|totalt|total|sammanlagt)\b/i;

interface Item {
  member: string | null;
  total: boolean;
  /** Several members together ("kommunerna"): a part of a total, no one member's. */
  subtotal?: boolean;
  sek: number;
  approximate: boolean;
  line: number;
}

/** "– varav staten: 3 200 tkr": a part of the total on the line above. */
const VARAV = /^varav\s+/i;

/**
 * One item: a member (or a total) and its one amount, closing the item; undefined if it is not
 * one. A part under a total ("varav …") may be several members together.
 */
function readItem(text: string, line: number, memberOf: MemberOf, part = false): Item | undefined {
  const bare = text.replace(BULLET, "").trim();
  if (part && !VARAV.test(bare)) return undefined;
  const item = bare.replace(VARAV, "");
  const amounts = findAmounts(item);
  const a = amounts[0];
  if (amounts.length !== 1 || !a || a.sek <= 0) return undefined;
  if (!/^\s*(?:kr|kronor)?\.?\s*$/i.test(item.slice(a.index + a.raw.length))) return undefined;
  const label = item
    .slice(0, a.index)
    .replace(/[\s:=–-]+$/, "")
    .trim();
  if (TOTAL.test(label)) return { member: null, total: true, sek: a.sek, approximate: a.approximate, line };
  if (part && SUBTOTAL.test(label))
    return { member: null, total: false, subtotal: true, sek: a.sek, approximate: a.approximate, line };
  if (!/^\p{Lu}/u.test(label) && !/^staten\b/i.test(label)) return undefined;
  const member = memberOf(label);
  return member === null ? undefined : { member, total: false, sek: a.sek, approximate: a.approximate, line };
}

/** The lines of the paragraph that ends at line n (up to its blank line or heading). */
function paragraphUpTo(doc: DocumentText, n: number): string {
  let from = n;
  // The lead itself may look like a heading (a short line ending with a colon).
  while (from > 1 && doc.at(from - 1) !== "" && (from === n || !isHeading(doc, from))) from--;
  // The heading over the paragraph speaks for it too ("Medlemsavgifter" over "… enligt följande:").
  const heading = from > 1 && isHeading(doc, from - 1) ? from - 1 : from;
  return doc.join(heading, n);
}

/** Whether line n's words may open a list for the report's year: no budget, plan or other year. */
function forTheYear(doc: DocumentText, n: number, t: string): boolean {
  if (BUDGET_OR_EARLIER.test(t) || NOT_THE_YEARS.test(t)) return false;
  const years = (t.match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? []).map(Number);
  return years.every((y) => y === doc.periodYear) && headingNotTheYear(doc, n) === undefined;
}

/**
 * "Intäkter (medlemsavgifter): 6 400 tkr": the members' money as a labelled total, its parts on
 * the lines right under it ("– varav staten: 3 200 tkr").
 */
function totalLead(doc: DocumentText, n: number, memberOf: MemberOf): Item | undefined {
  const t = doc.at(n);
  if (!CUE.test(t) || !/\d/.test(t) || !VARAV.test(doc.at(n + 1).replace(BULLET, ""))) return undefined;
  const colon = t.lastIndexOf(":");
  if (colon < 0 || !MEMBER_MONEY.test(t.slice(0, colon)) || !forTheYear(doc, n, t.slice(0, colon))) return undefined;
  if (memberOf(t.slice(0, colon).replace(BULLET, "")) !== null) return undefined;
  const amounts = findAmounts(t);
  const a = amounts[0];
  if (amounts.length !== 1 || !a || a.index < colon || a.sek <= 0) return undefined;
  if (!/^\s*(?:kr|kronor)?\.?\s*$/i.test(t.slice(a.index + a.raw.length))) return undefined;
  return { member: null, total: true, sek: a.sek, approximate: a.approximate, line: n };
}

/** The parts under a labelled total, up to the first line that is not one; undefined if they do not add up to it. */
function partsUnder(doc: DocumentText, total: Item, memberOf: MemberOf): Item[] | undefined {
  const items: Item[] = [];
  for (let n = total.line + 1; n <= doc.lineCount; n++) {
    const item = readItem(doc.at(n), n, memberOf, true);
    if (!item) {
      // A "varav" line that is no member's part: the breakdown is not the members'.
      if (VARAV.test(doc.at(n).replace(BULLET, ""))) return undefined;
      break;
    }
    if (item.total) return undefined;
    items.push(item);
  }
  const sum = items.reduce((s, i) => s + i.sek, 0);
  return sum === total.sek && !total.approximate ? items.filter((i) => !i.subtotal) : undefined;
}

/** Whether line n opens a list of the members' money, and so its items may follow. */
function isLead(doc: DocumentText, n: number): boolean {
  const t = doc.at(n);
  if (!CUE.test(t) && !/följande:$/i.test(t)) return false;
  const colon = t.endsWith(":");
  if (!colon && !isHeading(doc, n)) return false;
  if (!MEMBER_MONEY.test(colon ? paragraphUpTo(doc, n) : t)) return false;
  return forTheYear(doc, n, t);
}

/** The items under a lead: one list, or undefined where any line of it is not an item. */
function itemsUnder(doc: DocumentText, lead: number, memberOf: MemberOf): Item[] | undefined {
  let n = lead + 1;
  // One blank line may stand between the lead and its list.
  if (doc.at(n) === "") n++;
  const items: Item[] = [];
  for (; n <= doc.lineCount && doc.at(n) !== ""; n++) {
    for (const part of doc.at(n).split(ITEM_CUT)) {
      const item = readItem(part, n, memberOf);
      if (!item) return undefined;
      items.push(item);
    }
  }
  return items;
}

/** The members' fees listed under a lead, for the report's year; a list that is not all members' stores nothing. */
export function memberFeeLists(doc: DocumentText, memberOf: MemberOf): FactInput[] {
  if (isPlanDocument(doc)) return [];
  const out: FactInput[] = [];
  const fact = (i: Item, confirmed: boolean): FactInput => ({
    table: "member_contribution",
    year: doc.periodYear,
    basis: "actual",
    member: i.member!,
    amount_sek: i.sek,
    line: i.line,
    text: doc.at(i.line),
    section: SECTION,
    approximate: i.approximate,
    ...(confirmed ? { confirmed_by: ["contributions_sum" as const] } : {}),
  });
  for (let n = 1; n < doc.lineCount; n++) {
    const total = totalLead(doc, n, memberOf);
    const parts = total ? partsUnder(doc, total, memberOf) : undefined;
    if (parts) {
      // The parts added up to the total: each member's part is its fee.
      if (new Set(parts.map((i) => i.member)).size === parts.length) out.push(...parts.map((i) => fact(i, true)));
      continue;
    }
    if (!isLead(doc, n)) continue;
    const items = itemsUnder(doc, n, memberOf);
    if (!items) continue;
    const members = items.filter((i) => !i.total);
    const totals = items.filter((i) => i.total);
    if (members.length < 2 || totals.length > 1 || (totals.length === 1 && items.at(-1) !== totals[0])) continue;
    const sum = members.reduce((s, i) => s + i.sek, 0);
    if (totals[0] && totals[0].sek !== sum) continue;
    // Each member once: a list naming one twice is no list of the members' fees.
    if (new Set(members.map((i) => i.member)).size !== members.length) continue;
    for (const i of members) out.push(fact(i, totals[0] !== undefined));
  }
  return out;
}
