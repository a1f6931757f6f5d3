/**
 * A card per member ("MEDLEMSKORT | ÅBY KOMMUN", "Medlemskort: Region X"), as a federation's
 * material for its dialogue with the members sets one out: under each card's head, lines of a label
 * and a figure about that member alone (its fee, its inhabitants, the participants living in its
 * area). Only the fee lines are read, as the card's member's contribution:
 *
 * - "Medlemsavgift 2024  720 000 kr", "Statlig tilldelning 2024  4 000 000 kr": that year's, an
 *   outcome for the report's year or an earlier one;
 * - "Föreslagen avgift 2026", "Budgeterad avgift 2026", "Avgift enligt budget 2025": that year's
 *   budget, never an outcome; a later year's fee is a budget whatever its words;
 * - the amount needs its unit on the line ("kr", "tkr"); kronor per inhabitant ("51 kr per
 *   invånare"), a bracket and a missing figure ("uppgift saknas") are never a fee.
 *
 * Stored only where the cards' fees of one year and basis add up as the members' shares do: the
 * state's half is the others' together, or, with no state's card, the region's quarter is the
 * municipalities' together. A card's participants are one member's area, never the federation's:
 * they are not read. Pure.
 *
 * An appendix of one small table per member municipality is the same card without the word: the
 * member's name alone on a line ("Ekby kommun", "Region X") right over lines of a label and a figure
 * ("Medlemsavgift 2024, kr   1 040 000", the unit in the label), two such cards or more. Where the
 * cards are the municipalities alone, their fees of a year are stored only where they add up to the
 * region's fee of that year another reader read (`cardsBesideKnown`): the Finsam split gives the
 * municipalities together what the region pays.
 */
import type { FactInput } from "../../schema/facts.ts";
import { clean, RULE_LINE, type DocumentText, type ParseOutput } from "../documentText.ts";
import { readUnit, scaleAmount, UNKNOWN_UNIT } from "../../reference/units.ts";
import { memberOf } from "./parseMemberContributions.ts";
import { cellUnder, placedCells } from "./layoutGrid.ts";

const SECTION = "general:member_contributions";
/** A card's head: "MEDLEMSKORT | VIDBY KOMMUN", "Medlemskort: Region X", "MEDLEMSKORT   ÖRNÄS KOMMUN". */
const CARD_HEAD = /^\s*medlemskort\s*(?:[|:–—-]|\s{2,})\s*(\S.*?)\s*$/iu;
/** A fee line of a card: its words, its year, then the amount and its unit. */
const FEE_LINE =
  /^\s*((?:föreslagen|föreslagna|budgeterad|preliminär|beslutad)?\s*(?:medlems)?(?:avgift|bidrag)(?:\s+enligt\s+budget)?|statlig[at]?\s+(?:medels)?tilldelning|statens\s+(?:medels)?tilldelning)\s+((?:19|20)\d\d)\s*:?\s{2,}(-?\d{1,3}(?: \d{3})*(?:,\d+)?)\s*(kr|kronor|tkr|mkr|mnkr)(?!\s*(?:per|\/))/iu;
/**
 * A fee line whose unit closes its label ("Medlemsavgift 2024, kr   1 040 000", "Avgift 2024 (tkr)
 * 980"): the amount bare after a wide gap.
 */
const FEE_LINE_UNIT_IN_LABEL =
  /^\s*((?:föreslagen|föreslagna|budgeterad|preliminär|beslutad)?\s*(?:medlems)?(?:avgift|bidrag)(?:\s+enligt\s+budget)?)\s+((?:19|20)\d\d)\s*(?:,\s*|\(\s*)(kr|kronor|tkr|mkr|mnkr)\)?\s*:?\s{2,}(-?\d{1,3}(?: \d{3})*(?:,\d+)?)\s*$/iu;
/**
 * A card's column header of years alone right under its name ("          2024        2023"): each
 * fee line's amounts are then the years they stand under (`FEE_LINE_YEARLESS`).
 */
const YEARS_LINE = /^\s{2,}(?:19|20)\d\d(?:\s{2,}(?:19|20)\d\d)+\s*$/;
/**
 * A fee line naming no year under a card's years ("Inbetald medlemsavgift, kr   840 000   822 000",
 * "Medlemsavgift (tkr)   655   640"): the unit closes the label, the amounts after a wide gap.
 */
const FEE_LINE_YEARLESS =
  /^\s*((?:inbetald|inbetalt|betald|erlagd|fakturerad|fakturerat)?\s*(?:föreslagen|föreslagna|budgeterad|preliminär|beslutad)?\s*(?:medlems)?(?:avgift|bidrag))\s*(?:,\s*|\(\s*)(kr|kronor|tkr|mkr|mnkr)\)?\s*:?\s{2,}(-?\d.*?)\s*$/iu;
/** A member's name alone on its line, the head of a card with no "Medlemskort" ("Ekby kommun", "Region Fjällmark"). */
const NAME_HEAD =
  /^\s*(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:kommun|stad)\s*$|^\s*region\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*$/iu;
/** A line of a label and a figure after a wide gap. */
const LABEL_FIGURE = /^\s*\p{L}.*\S\s{2,}-?\d[\d ,]*\s*(?:%|kr|tkr)?\s*$/u;
const PLANNED = /föreslag|budget|preliminär/i;

interface CardFee {
  member: string;
  year: number;
  basis: "actual" | "budget";
  sek: number;
  line: number;
}

/** A card's member as the other readers name members ("VIDBY KOMMUN" → "Vidby kommun"). */
function cardMember(written: string): string | null {
  const upper = written === written.toUpperCase();
  const name = upper
    ? written
        .toLowerCase()
        .replace(/(^|[\s(])(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase())
        .replace(/\b(Kommun|Och|Län|Staten)\b/g, (w) => w.toLowerCase())
    : written;
  return memberOf(name.replace(/\((?:Staten|staten)\)$/, "(staten)"));
}

function cardsOf(doc: DocumentText): Card[] {
  const cards: Card[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    const raw = doc.lines[n - 1] ?? "";
    // Cheap first: most lines are no card's head.
    if (!/medlemskort/i.test(raw)) continue;
    const head = CARD_HEAD.exec(raw);
    if (!head) continue;
    let end = n;
    for (let k = n + 1; k <= doc.lineCount; k++) {
      const t = doc.lines[k - 1] ?? "";
      if (t.trim() === "" || RULE_LINE.test(t) || CARD_HEAD.test(t)) break;
      end = k;
    }
    cards.push({ head: n, end, member: cardMember(clean(head[1]!)) });
    n = end;
  }
  return cards;
}

/**
 * Cards headed by a member's name alone: the name's line right over two lines or more of a label
 * and a figure, up to a blank line; a name line with a blank line under it is a heading, no card.
 */
function namedCardsOf(doc: DocumentText): Card[] {
  const cards: Card[] = [];
  for (let n = 1; n < doc.lineCount; n++) {
    const raw = doc.lines[n - 1] ?? "";
    // Cheap first: a card's head is short and has no digit.
    if (raw.length > 48 || /\d/.test(raw) || !NAME_HEAD.test(raw)) continue;
    // "          2024        2023" right under the name: the card's columns are years.
    const years = YEARS_LINE.test(doc.lines[n] ?? "") ? n + 1 : undefined;
    let end = years ?? n;
    for (let k = end + 1; k <= doc.lineCount && LABEL_FIGURE.test(doc.lines[k - 1] ?? ""); k++) end = k;
    if (end - (years ?? n) < 2) continue;
    cards.push({ head: years ?? n, end, member: cardMember(clean(raw)), years });
    n = end;
  }
  return cards;
}

export function parseMemberCards(doc: DocumentText): ParseOutput {
  const fees = cardFees(doc, cardsOf(doc));
  return { facts: storedGroups(doc, fees, sharesHold), findings: [], coverage: [] };
}

/**
 * The fees of cards headed by a member's name alone that are the municipalities' only, stored where
 * they add up to the region's fee of the same year and basis in `known` (read by another reader).
 */
export function cardsBesideKnown(doc: DocumentText, readSoFar: readonly FactInput[]): ParseOutput {
  const none: ParseOutput = { facts: [], findings: [], coverage: [] };
  const known = readSoFar.filter((f) => f.table === "member_contribution");
  const regionFees = known.filter((f) => f.table === "member_contribution" && isRegion(f.member));
  if (regionFees.length === 0) return none;
  const fees = cardFees(doc, namedCardsOf(doc));
  const byRegion = (group: readonly CardFee[]) =>
    group.length >= 2 &&
    group.every((f) => !isState(f.member) && !isRegion(f.member)) &&
    regionFees.some(
      (r) =>
        r.table === "member_contribution" &&
        r.year === group[0]!.year &&
        r.basis === group[0]!.basis &&
        r.amount_sek === group.reduce((a, f) => a + f.sek, 0),
    );
  // Never a line another reader read, nor a member whose fee of the year it already gave.
  const facts = storedGroups(doc, fees, (g) => sharesHold(g) || byRegion(g)).filter(
    (f) =>
      f.table === "member_contribution" &&
      !readSoFar.some((g) => g.line === f.line) &&
      !known.some(
        (g) =>
          g.table === "member_contribution" &&
          g.year === f.year &&
          g.basis === f.basis &&
          g.member.toLowerCase() === f.member.toLowerCase(),
      ),
  );
  return { facts, findings: [], coverage: [] };
}

/** A card: its head's line (or its years' line), its last line, its member, and its line of years if any. */
interface Card {
  head: number;
  end: number;
  member: string | null;
  years?: number;
}

/**
 * The fees of a line under a card's years, each amount the year it stands under; none where an
 * amount stands under no year, two under one, or the line's amounts are fewer or more than the years.
 */
function yearColumnFees(doc: DocumentText, card: Card, n: number): CardFee[] {
  const m = FEE_LINE_YEARLESS.exec(doc.lines[n - 1] ?? "");
  if (!m || card.years === undefined || !card.member) return [];
  const unit = readUnit(m[2]!);
  if (!unit || unit.unit === UNKNOWN_UNIT) return [];
  const header = placedCells(doc.lines[card.years - 1] ?? "");
  const cells = placedCells(doc.lines[n - 1] ?? "").slice(1);
  if (cells.length !== header.length) return [];
  const fees: CardFee[] = [];
  const taken = new Set<number>();
  for (const c of cells) {
    const at = cellUnder(header, c);
    if (at === undefined || taken.has(at) || !/^-?\d{1,3}(?: \d{3})*(?:,\d+)?$/.test(c.text)) return [];
    taken.add(at);
    const year = Number(header[at]!.text);
    const value = Number(c.text.replace(/ /g, "").replace(",", "."));
    fees.push({
      member: card.member,
      year,
      basis: PLANNED.test(m[1]!) || year > doc.periodYear ? "budget" : "actual",
      sek: scaleAmount(value, unit.unit).sek,
      line: n,
    });
  }
  return fees;
}

function cardFees(doc: DocumentText, cards: readonly Card[]): CardFee[] {
  if (cards.length < 2) return [];
  const fees: CardFee[] = [];
  for (const card of cards) {
    if (!card.member) continue;
    for (let n = card.head + 1; n <= card.end; n++) {
      if (card.years !== undefined) {
        fees.push(...yearColumnFees(doc, card, n));
        continue;
      }
      const line = doc.lines[n - 1] ?? "";
      const full = FEE_LINE.exec(line);
      const inLabel = full ? null : FEE_LINE_UNIT_IN_LABEL.exec(line);
      if (!full && !inLabel) continue;
      const [words, yearText, amount, unitText] = full
        ? [full[1]!, full[2]!, full[3]!, full[4]!]
        : [inLabel![1]!, inLabel![2]!, inLabel![4]!, inLabel![3]!];
      const unit = readUnit(unitText);
      if (!unit || unit.unit === UNKNOWN_UNIT) continue;
      const year = Number(yearText);
      const budget = PLANNED.test(words) || year > doc.periodYear;
      const value = Number(amount.replace(/ /g, "").replace(",", "."));
      fees.push({
        member: card.member,
        year,
        basis: budget ? "budget" : "actual",
        sek: scaleAmount(value, unit.unit).sek,
        line: n,
      });
    }
  }
  return fees;
}

function storedGroups(doc: DocumentText, fees: readonly CardFee[], holds: (group: CardFee[]) => boolean): FactInput[] {
  const facts: FactInput[] = [];
  const groups = new Map<string, CardFee[]>();
  for (const f of fees) groups.set(`${f.year}:${f.basis}`, [...(groups.get(`${f.year}:${f.basis}`) ?? []), f]);
  for (const group of groups.values()) {
    // One fee per member and year; a member given two is read from neither.
    if (new Set(group.map((f) => f.member)).size !== group.length || !holds(group)) continue;
    for (const f of group)
      facts.push({
        table: "member_contribution",
        year: f.year,
        basis: f.basis,
        // The agency's card whose fee is the others' together is the state's ("Försäkringskassan (staten)").
        member: isState(f.member) ? "Staten" : f.member,
        amount_sek: f.sek,
        line: f.line,
        text: doc.at(f.line),
        section: SECTION,
        approximate: false,
        confirmed_by: ["contributions_sum"],
      } as FactInput);
  }
  // No coverage row of its own: the members' section's row is the statement layer's (one per section).
  return facts;
}

const isState = (m: string) => /^(staten|försäkringskassan|arbetsförmedlingen|fk|af)\b/i.test(m);
const isRegion = (m: string) => /^(region|landstinget)\b|landsting$/i.test(m);

/** The state's half is the others' together; or, with no state, the region's quarter is the municipalities'. */
function sharesHold(group: readonly CardFee[]): boolean {
  const state = group.filter((f) => isState(f.member));
  const regions = group.filter((f) => isRegion(f.member));
  const municipalities = group.filter((f) => !isState(f.member) && !isRegion(f.member));
  const sum = (fs: readonly CardFee[]) => fs.reduce((a, f) => a + f.sek, 0);
  if (state.length === 1) return group.length >= 3 && state[0]!.sek === sum(group) - state[0]!.sek;
  return regions.length === 1 && municipalities.length >= 2 && regions[0]!.sek === sum(municipalities);
}
