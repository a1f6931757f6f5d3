/**
 * The members' fees listed under a lead, one member to an item: a lead line ending with a colon
 * ("Medlemsavgifter 2024:", "Kommunernas fjärdedel fördelades enligt följande:") or a heading
 * ("Så fördelades medlemmarnas bidrag") that speaks of the members' money, itself or by its
 * paragraph, and right under it the list: one item a line ("- Region X: 2 200 000 kr", "X kommun
 * 1 230 tkr", a bullet and a colon optional) or one line cut by middle dots, bars or semicolons
 * ("Staten 5,8 mnkr · Region X 2,9 mnkr · Y kommun 1,9 mnkr").
 *
 * Every item must be a member named as a member with one amount in its unit and nothing else; one
 * item that is not (a project, a share, two amounts, a bare number) and the list stores nothing. A
 * "Summa"/"Totalt" item must be the sum of the others. The lead must not speak of a budget, a plan,
 * a proposal or another year than the report's, nor stand under a heading that does. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { BUDGET_OR_EARLIER, type MemberOf } from "./contributionLists.ts";
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
  sek: number;
  approximate: boolean;
  line: number;
}

/** One item: a member (or a total) and its one amount, closing the item; undefined if it is not one. */
function readItem(text: string, line: number, memberOf: MemberOf): Item | undefined {
  const item = text.replace(BULLET, "").trim();
  const amounts = findAmounts(item);
  const a = amounts[0];
  if (amounts.length !== 1 || !a || a.sek <= 0) return undefined;
  if (!/^\s*(?:kr|kronor)?\.?\s*$/i.test(item.slice(a.index + a.raw.length))) return undefined;
  const label = item
    .slice(0, a.index)
    .replace(/[\s:=–-]+$/, "")
    .trim();
  if (TOTAL.test(label)) return { member: null, total: true, sek: a.sek, approximate: a.approximate, line };
  if (!/^\p{Lu}/u.test(label)) return undefined;
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

/** Whether line n opens a list of the members' money, and so its items may follow. */
function isLead(doc: DocumentText, n: number): boolean {
  const t = doc.at(n);
  if (!CUE.test(t) && !/följande:$/i.test(t)) return false;
  const colon = t.endsWith(":");
  if (!colon && !isHeading(doc, n)) return false;
  if (!MEMBER_MONEY.test(colon ? paragraphUpTo(doc, n) : t)) return false;
  if (BUDGET_OR_EARLIER.test(t) || NOT_THE_YEARS.test(t)) return false;
  const years = (t.match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? []).map(Number);
  return years.every((y) => y === doc.periodYear) && headingNotTheYear(doc, n) === undefined;
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
  for (let n = 1; n < doc.lineCount; n++) {
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
    for (const i of members)
      out.push({
        table: "member_contribution",
        year: doc.periodYear,
        basis: "actual",
        member: i.member!,
        amount_sek: i.sek,
        line: i.line,
        text: doc.at(i.line),
        section: SECTION,
        approximate: i.approximate,
        ...(totals[0] ? { confirmed_by: ["contributions_sum" as const] } : {}),
      });
  }
  return out;
}
