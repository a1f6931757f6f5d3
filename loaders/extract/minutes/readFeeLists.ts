/**
 * Member fees a board decides for a year: a decision that sets the fees, its list after a colon
 * ("att medlemsavgifterna för 2025 fastställs enligt följande:") and one line per member under it
 * ("Region Norrå   1 706 000 kr"). The fees are the year's budget, never a grant: the members pay
 * them in. Stored only when
 * - the item's decision is approved (a proposal to the board, a postponed item store nothing) and
 *   its text holds the lead;
 * - the lead names one year;
 * - every line of the list is a member with one amount, or a Summa/Totalt line the members add up to;
 * - two or more members are listed.
 * A list written as one sentence wrapped over lines under the lead is stored only where it adds up
 * to the total its lead states; the one agency paying the others' sum is the state.
 *
 * A list in an item's text with no total stated ("Medlemsbidragen 2025 var: staten 2 740 000 kr,
 * Region X 1 370 000 kr, Åby kommun 890 000 kr och Böda kommun 480 000 kr.") is complete only where
 * the law's split holds: one state payer, one region and the municipalities, the state paying as much
 * as the region and the municipalities together (a member left out breaks it). A closed year's list
 * (before the meeting's) in words that set or plan nothing is what the members paid (actual); a later
 * year's is its budget, as a decision's list is; a closed year's list that sets or plans is not stored.
 * Pure.
 */
import { PROPOSES_TO_OWNERS } from "../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { memberOf } from "../general/parseMemberContributions.ts";
import { findAmounts } from "../numbers.ts";
import { plain, plainAt } from "./minutesText.ts";
import { lineOf } from "./parseMinutesFigures.ts";
import { INLINE_MARKER, sentencesOf, type Decision } from "./readDecisions.ts";
import { unreadNumber } from "../findings.ts";

const SECTION = "minutes:member_fees";

/** Words for the members' fees: "medlemsavgifterna", "medlemsbidrag", "medlemmarnas avgifter". */
const MEMBER_FEES =
  /(?<!\p{L})(?:medlemsavgift\p{L}*|medlemsbidrag\p{L}*|medlemmarnas\s+(?:avgift|bidrag|insats)\p{L}*)(?!\p{L})/iu;

/**
 * The members named as those who pay the fees: "föreslå medlemmarna följande avgifter för 2026",
 * "avgifterna för medlemmarna"; a few words apart in one clause.
 */
const FEES_OF_MEMBERS =
  /(?<!\p{L})(?:medlemm\p{L}*(?:\s+\p{L}+){0,3}\s+avgift\p{L}*|avgift\p{L}*(?:\s+\p{L}+){0,3}\s+medlemm\p{L}*)(?!\p{L})/iu;
const namesMemberFees = (t: string) => MEMBER_FEES.test(t) || FEES_OF_MEMBERS.test(t);

/** A grant's verb: a decision granting money sets no fees. */
const GRANTS = /(?<!\p{L})(?:bevilja\p{L}*|tilldela\p{L}*|anslå\p{L}*|anslog|anvisa\p{L}*)(?!\p{L})/iu;

const PIPE_ROW = /^\s*\|.*\|\s*$/;

/** A line that sums the lines above it. */
const TOTAL = /^(?:summa|totalt?|sammanlagt|s:a)\b/i;

export interface FeeLists {
  facts: FactInput[];
  findings: FindingInput[];
  /** The lines of the lists read: fees, never grants. */
  lines: Set<number>;
  /** The decisions that set fees: they grant no money. */
  deciding: Set<Decision>;
}

interface FeeLine {
  member: string;
  sek: number;
  approximate: boolean;
  line: number;
}

export function readFeeLists(
  doc: DocumentText,
  decisions: readonly Decision[],
  itemOfLine: (n: number) => string | undefined,
  /** The meeting's year: a list for an earlier year is what the members paid. */
  meetingYear?: number,
): FeeLists {
  const out: FeeLists = { facts: [], findings: [], lines: new Set(), deciding: new Set() };
  for (const d of decisions) {
    readInlineList(doc, d, itemOfLine, out, meetingYear);
    // A grant paid from the fees ("bevilja Åby kommun 300 000 kr ur medlemsavgifterna") sets none.
    if (!namesMemberFees(d.text) || GRANTS.test(d.text)) continue;
    // The fees are the decision's, not money it grants, whether or not its list is read.
    out.deciding.add(d);
    // Next year's fees decided, or proposed by the board to the members (the board's last word on
    // them): either way the year's budget. A committee's proposal to the board is not yet that.
    if (d.outcome !== "approved" && !(d.outcome === "proposed" && PROPOSES_TO_OWNERS.test(d.text.toLowerCase())))
      continue;
    let found = false;
    for (let n = d.line; n <= doc.lineCount && itemOfLine(n) === d.itemRef; n++) {
      // "Beslut: att föreslå medlemmarna följande avgifter för 2026:": the label is no part of the lead.
      const own = plainAt(doc, n).replace(INLINE_MARKER, "");
      if (!own.endsWith(":") || !d.text.includes(own)) continue;
      // "… att fastställa medlemsavgifterna för 2027 till" / "totalt 4 800 000 kr, fördelade enligt
      // följande:": the decision's sentence wrapped, the fees named on the line above the colon's.
      const above = n > d.line ? plainAt(doc, n - 1).replace(INLINE_MARKER, "") : "";
      const lead = namesMemberFees(own) ? own : above && d.text.includes(`${above} ${own}`) ? `${above} ${own}` : "";
      if (!lead || !namesMemberFees(lead)) continue;
      readList(doc, n, lead, out);
      found = true;
      break;
    }
    // "… Medlemsbidragen 2026:" closing a line of the item's background, the members' lines under it,
    // then "Styrelsen beslutar att fastställa budget och medlemsbidrag för 2026 enligt förslaget": the
    // decision adopts the list its item sets out, where it names the fees and the one year the lead names.
    if (found || d.outcome !== "approved") continue;
    let start = d.line;
    while (start > 1 && itemOfLine(start - 1) === d.itemRef) start--;
    for (let n = start; n <= doc.lineCount && itemOfLine(n) === d.itemRef; n++) {
      const lead = leadSentence(plainAt(doc, n));
      if (!lead || !namesMemberFees(lead)) continue;
      const years = new Set(lead.match(YEAR_IN_TEXT) ?? []);
      const decided = new Set(d.text.match(YEAR_IN_TEXT) ?? []);
      if (years.size !== 1 || decided.size !== 1 || !decided.has([...years][0]!)) break;
      // Fees the decision sets are a year's budget: never a closed year's, nor money paid back or granted.
      if (meetingYear !== undefined && Number([...years][0]) < meetingYear) break;
      if (MONEY_BACK.test(lead) || GRANTS.test(lead)) break;
      readList(doc, n, lead, out);
      break;
    }
  }
  return out;
}

const YEAR_IN_TEXT = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** A total a lead states: "till totalt 4 800 000 kr", "sammanlagt 9 mnkr". */
const LEAD_TOTAL =
  /(?<!\p{L})(?:totalt|sammanlagt|sammantaget)\s+(?:till\s+)?\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|tkr|mkr|mnkr|miljoner kronor)/iu;
/** A line's last sentence where it closes on a colon ("… eget kapital. Medlemsbidragen 2026:"), else undefined. */
function leadSentence(t: string): string | undefined {
  if (!t.endsWith(":")) return undefined;
  const last = t.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1)!;
  // The lead is its own words, no figure of its own but the year.
  return /\d/.test(last.replace(YEAR_IN_TEXT, "")) ? undefined : last;
}

/** The list under the lead on line `at`: stored whole, or not at all (a finding says why). */
function readList(doc: DocumentText, at: number, lead: string, out: FeeLists) {
  const years = new Set(lead.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []);
  let first = at + 1;
  while (first <= doc.lineCount && plainAt(doc, first) === "") first++;
  if (first <= doc.lineCount && findAmounts(plainAt(doc, first)).length >= 2) {
    readWrappedList(doc, first, lead, years, out);
    return;
  }
  const rows: FeeLine[] = [];
  let total: FeeLine | undefined;
  let refusal: string | undefined;
  let n = at + 1;
  for (; n <= doc.lineCount; n++) {
    const t = plain(doc.at(n).replace(/\|/g, " ")).replace(/^[-–•*]\s*/, "");
    if (t === "" || /^[\s:-]+$/.test(t)) {
      if (rows.length > 0 || total) break;
      continue;
    }
    const amounts = findAmounts(t);
    const amount = amounts[0];
    // A table's header over the list ("| Medlem | Avgift 2026 |") holds no amount.
    if (PIPE_ROW.test(doc.at(n)) && amounts.length === 0 && rows.length === 0 && !total) continue;
    const label = amount ? t.slice(0, amount.index).replace(/[\s:.…]+$/, "") : "";
    const member = memberOf(label);
    if (amounts.length !== 1 || !amount) {
      // The members' lines set in under the lead, then a line of words back at the lead's margin
      // ("Styrelsen beslutar att …"): the list has ended there.
      const indentOf = (k: number) => (doc.lines[k - 1] ?? "").search(/\S/);
      const outdented = amounts.length === 0 && rows.length >= 2 && indentOf(n) < indentOf(rows[0]!.line);
      if (rows.length > 0 && !outdented) refusal = `"${t}" is no member's line with one amount`;
      break;
    }
    if (TOTAL.test(label)) {
      total = { member: label, sek: amount.sek, approximate: amount.approximate, line: n };
      break;
    }
    if (!member) {
      refusal = `"${label}" is not a member`;
      break;
    }
    rows.push({ member, sek: amount.sek, approximate: amount.approximate, line: n });
  }
  const sum = rows.reduce((a, r) => a + r.sek, 0);
  if (!refusal && years.size !== 1) refusal = "its lead names no single year";
  if (!refusal && rows.length < 2) refusal = "fewer than two members are listed";
  if (!refusal && total && total.sek !== sum) refusal = `the members add up to ${sum} kr, not to ${total.sek} kr`;
  // "… till totalt 4 800 000 kr, fördelade enligt följande:": the total the lead states holds too.
  const stated = LEAD_TOTAL.exec(lead);
  const leadTotal = stated ? findAmounts(stated[0])[0] : undefined;
  if (!refusal && leadTotal && leadTotal.sek !== sum)
    refusal = `the members add up to ${sum} kr, not to the ${leadTotal.sek} kr its lead states`;
  if (refusal) {
    out.findings.push(
      unreadNumber({
        subject: SECTION,
        line: at,
        value: lead.slice(0, 200),
        message: `${SECTION}: the list of fees under "${lead.slice(0, 80)}": ${refusal}; not stored`,
      }),
    );
    return;
  }
  storeFees(out, rows, Number([...years][0]), (r) => doc.at(r.line));
  if (total) out.lines.add(total.line);
}

/**
 * The list under a lead written as one sentence, wrapped over lines ("Försäkringskassan 4 500 000 kr,
 * Region X 2 250 000 kr, Åby kommun 1 350 000 kr och" / "Böda kommun 900 000 kr."): member and amount
 * after member and amount, to the sentence's end. Stored whole, and only where the members add up to
 * the one total its lead states ("… till totalt 9 000 000 kronor, fördelade så här:") or a closing
 * "totalt" item.
 */
function readWrappedList(doc: DocumentText, first: number, lead: string, years: Set<string>, out: FeeLists) {
  const parts: string[] = [];
  let n = first;
  for (; n <= doc.lineCount && n < first + MAX_LIST_LINES; n++) {
    const t = plainAt(doc, n);
    if (t === "") break;
    parts.push(t);
    if (/[.!]$/.test(t)) break;
  }
  const list = parts.join(" ").replace(/[.\s]+$/, "");
  const { rows, total, rest, notMember } = membersInSentence(list, (raw) => lineOf(doc, first, raw));
  let refusal = notMember === undefined ? undefined : `"${notMember}" is not a member`;
  const stated = findAmounts(lead);
  const sum = rows.reduce((a, r) => a + r.sek, 0);
  if (!refusal && rest !== "") refusal = "the list goes on after its last amount";
  if (!refusal && years.size !== 1) refusal = "its lead names no single year";
  if (!refusal && rows.length < 2) refusal = "fewer than two members are listed";
  if (!refusal && total === undefined && stated.length !== 1) refusal = "no total states what the members add up to";
  if (!refusal && sum !== (total ?? stated[0]!.sek)) refusal = `the members add up to ${sum} kr, not to the total`;
  if (refusal) {
    out.findings.push(
      unreadNumber({
        subject: SECTION,
        line: first,
        value: list.slice(0, 200),
        message: `${SECTION}: the fees listed under "${lead.slice(0, 80)}": ${refusal}; not stored`,
      }),
    );
    return;
  }
  storeFees(out, rows, Number([...years][0]), (r) => doc.at(r.line));
}
/** One of the state's agencies, or the state itself, as a list names it. */
const STATE_PAYER = /^(?:staten|försäkringskassan|arbetsförmedlingen)\b/i;

/**
 * The list's one state payer ("Försäkringskassan 4 500 000 kr" beside the region's and the
 * municipalities' fees) pays the state's half where it is as much as all the others together: the
 * member is the state, whichever agency the list names.
 */
function asTheState(rows: readonly FeeLine[]): FeeLine[] {
  const state = rows.filter((r) => STATE_PAYER.test(r.member));
  if (state.length !== 1 || rows.length < 3) return [...rows];
  const others = rows.reduce((a, r) => a + (r === state[0] ? 0 : r.sek), 0);
  const agency = /^(?:försäkringskassan|arbetsförmedlingen)$/i.test(state[0]!.member);
  return rows.map((r) => (r === state[0] && agency && r.sek === others ? { ...r, member: "Staten" } : r));
}

/**
 * Member and amount after member and amount in one sentence ("staten 5 437 500 kr, Region X
 * 2 718 750 kr och Y kommun 815 625 kr, totalt 8 971 875 kr"): the members read, a closing total
 * after two or more of them, what follows the last amount, and the first label that is no member
 * (the walk stops there).
 */
function membersInSentence(list: string, lineOfAmount: (raw: string) => number) {
  const rows: FeeLine[] = [];
  let total: number | undefined;
  let end = 0;
  let notMember: string | undefined;
  for (const a of findAmounts(list)) {
    const label = list.slice(end, a.index).replace(LINK, "").trim();
    end = a.index + a.raw.length;
    if (rows.length >= 2 && TOTAL.test(label) && total === undefined) {
      total = a.sek;
      continue;
    }
    const member = total === undefined && /^\S/.test(label) ? memberOf(label) : null;
    if (member === null) {
      notMember = label;
      break;
    }
    rows.push({ member, sek: a.sek, approximate: a.approximate, line: lineOfAmount(a.raw) });
  }
  return { rows, total, rest: list.slice(end).trim(), notMember };
}

/** How many lines one sentence listing the fees may wrap over. */
const MAX_LIST_LINES = 6;

/** The fees of a list as the year's budget (or what was paid), each citing its line: those lines are fees, never grants. */
function storeFees(
  out: FeeLists,
  rows: readonly FeeLine[],
  year: number,
  text: (r: FeeLine) => string,
  basis: "budget" | "actual" = "budget",
  confirmedBy: readonly string[] = [],
) {
  // A list is read once: the sentence that ends on its last line and the lines under its lead are the
  // same fees, whichever reading came first.
  if (rows.length > 0 && rows.every((r) => out.lines.has(r.line))) return;
  for (const r of asTheState(rows)) {
    out.lines.add(r.line);
    out.facts.push({
      table: "member_contribution",
      year,
      basis,
      ...(confirmedBy.length > 0 ? { confirmed_by: [...confirmedBy] } : {}),
      member: r.member,
      amount_sek: r.sek,
      line: r.line,
      text: text(r),
      section: SECTION,
      approximate: r.approximate,
    });
  }
}

/** Words that set, propose or plan fees: a closed year's list in them is no record of what was paid. */
export const SETS_OR_PLANS =
  /(?<!\p{L})(?:fastst\p{L}*|besl\p{L}*|föresl\p{L}*|förslag\p{L}*|budget\p{L}*|plan\p{L}*|preliminär\p{L}*|beräkna\p{L}*|ska|skall|blir)(?!\p{L})/iu;
/** Money paid back to the members, split as their fees are: no fee. */
export const MONEY_BACK =
  /(?<!\p{L})(?:återbetal\p{L}*|återför\p{L}*|tillbaka|eget\s+kapital|överskott\p{L}*)(?!\p{L})/iu;
const REGION = /^region(?:en)?\b/i;
const MUNICIPALITY = /\s(?:kommun|stad)$/i;

/**
 * The Finsam act's split: the state (one payer: "staten" or one of its agencies) pays half, as much
 * as the one region and the municipalities (one or more) together, and the list holds no one else.
 */
function lawsHalf(rows: readonly FeeLine[]): boolean {
  const state = rows.filter((r) => STATE_PAYER.test(r.member));
  const region = rows.filter((r) => REGION.test(r.member));
  const munis = rows.filter((r) => MUNICIPALITY.test(r.member));
  if (state.length !== 1 || region.length !== 1 || munis.length === 0) return false;
  if (state.length + region.length + munis.length !== rows.length) return false;
  return state[0]!.sek === region[0]!.sek + munis.reduce((a, r) => a + r.sek, 0);
}

/** "… budgetram för 2026: staten 5 437 500 kr, Region X 2 718 750 kr och Y kommun 815 625 kr, totalt …". */
const INLINE_LEAD = /^(.*?):\s+(?=\S)/;
const LINK = /^\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)/i;
const BUDGET_FRAME = /(?<!\p{L})budget(?:ram|en|\p{L}*)?(?!\p{L})/iu;

/**
 * The members' fees for a year listed in one sentence of the item before its decision: a lead
 * ending in a colon, then member and amount after member and amount. The item (its title or the
 * lead) names the members' fees or a budget frame and one year (the decision's, where it names
 * one); the list is stored whole or not at all, and only where its sum is a total the sentence or the
 * decision states: a proposal to the members of a frame "fördelad enligt ovan" is that year's
 * budget, as an adopted one is. A rejected, postponed or referred-back item stores nothing.
 */
function readInlineList(
  doc: DocumentText,
  d: Decision,
  itemOfLine: (n: number) => string | undefined,
  out: FeeLists,
  meetingYear: number | undefined,
) {
  if ((d.outcome !== "approved" && d.outcome !== "proposed") || GRANTS.test(d.text)) return;
  let from = d.line;
  while (from > 1 && itemOfLine(from - 1) === d.itemRef) from--;
  for (const sentence of sentencesOf(doc, from, d.line - 1)) {
    const lead = INLINE_LEAD.exec(sentence.text);
    if (!lead || !/\d/.test(sentence.text)) continue;
    const about = `${d.title} ${lead[1]}`;
    if (!namesMemberFees(about) && !BUDGET_FRAME.test(about)) continue;
    const years = new Set(about.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []);
    const year = Number([...years][0]);
    // The decision's own year, where it names one, is the list's.
    if (years.size !== 1 || (d.periodStart !== null && Number(d.periodStart.slice(0, 4)) !== year)) continue;
    const list = sentence.text.slice(lead[0].length).replace(/[.\s]+$/, "");
    const { rows, total, rest, notMember } = membersInSentence(list, (raw) => lineOf(doc, sentence.line, raw));
    if (notMember !== undefined || rest !== "" || rows.length < 2) return;
    const sum = rows.reduce((a, r) => a + r.sek, 0);
    const closed = meetingYear !== undefined && year < meetingYear;
    // The lead itself names the fees (not only the item's title), and no money going back to them.
    const feesLead = namesMemberFees(lead[1]!) && !MONEY_BACK.test(lead[1]!);
    // No total stated anywhere (a closing total, the decision's sum, an amount in the lead) that the
    // members break: a stated sum they miss refuses the list, whatever the split.
    const noneStated =
      total === undefined && (d.amount ?? null) === null && findAmounts(lead[1]!).every((a) => a.sek === sum);
    if (sum !== total && sum !== d.amount?.sek && noneStated && feesLead && lawsHalf(rows)) {
      // No total, yet the law's split says the list is whole: a later year's budget, or a closed
      // year's fees paid where the lead sets or plans nothing.
      if (closed && SETS_OR_PLANS.test(lead[1]!)) return;
      storeFees(out, rows, year, () => sentence.text.slice(0, 600), closed ? "actual" : "budget", [
        "contributions_sum",
      ]);
      return;
    }
    if (sum !== total && sum !== d.amount?.sek) {
      out.findings.push(
        unreadNumber({
          subject: SECTION,
          line: sentence.line,
          value: sentence.text.slice(0, 200),
          message: `${SECTION}: the fees listed in "${sentence.text.slice(0, 80)}" add up to ${sum} kr, which no total states; not stored`,
        }),
      );
      return;
    }
    storeFees(out, rows, year, () => sentence.text.slice(0, 600));
    return;
  }
}
