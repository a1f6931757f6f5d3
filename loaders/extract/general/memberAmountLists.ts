/**
 * One reader for "a list of members with amounts", wherever it stands: a sentence ("Försäkringskassan
 * (för staten) 11 200 tkr, Region X 5 600 tkr, Åby kommun 2 240 tkr och Böda kommun 672 tkr.",
 * "Medlemsavgifter 2024 (tkr): Staten 6 600, Region X 3 300, Åby 1 650, Böda 1 020", "Av detta kom
 * 9 200 000 kr från staten och 4 600 000 kr från Region X, medan kommunerna tillsammans bidrog med
 * 4 600 000 kr", "Staten, Region X och kommunerna bidrog med 4 000, 2 000 respektive 2 000 tkr", a
 * list wrapped over lines), lines of a member and one amount under a caption naming the year
 * ("Medlemsbidrag per part 2024 (kr)" / "Region X   900 000" / "Summa   3 600 000"), or a fee
 * table read by position ("Medlem | Invånare | Andel % | Avgift 2025 | Avgift 2026").
 *
 * Prose, lines and tables give the same items (a name, a number, its unit, its line) to one judge:
 * - the unit is the item's own, else the list's (its last item's unit closing a list of bare
 *   numbers, "… och Böda kommun 336 000 kronor", or its caption's "(tkr)"); unknown, nothing;
 * - the year and basis come from the lead (the caption, or the sentence the list opens in):
 *   a later year, "budget", "förslag", "preliminär", "fastställd avgift för 2026" make a budget;
 *   an earlier year, or a heading over another period, stores nothing;
 * - it stores only where the law's identities confirm the reading: the state pays as much as the
 *   region and the municipalities together (state = region + municipalities, all read), or the
 *   members add up to a total the list or its lead states. A list that breaks a stated sum, or the
 *   municipalities that break their own total, store nothing and a finding names the lines;
 * - the state must be in the list, and a place written alone ("Åby") is a municipality only where
 *   an identity counts it among them; a share (%), a population or an allocation (a lead about
 *   grants or costs) is never a fee.
 *
 * Shapes read the same way: "2,3 miljoner kronor" (one unit); one amount two members each paid
 * ("… och Böda kommun 740 000 kronor var", "vardera"); the municipalities' parts after their
 * subtotal ("kommunerna 2 850 tkr, fördelat på …", "… tillsammans, varav …", ". Av kommunernas del
 * betalade …"), stored alone only where no region stands beside them; a share before a bracketed
 * amount ("Åby 58 procent (1 218 tkr)"); bullets under a lead ending in a colon; the state's money
 * the sentence before states heading the others' list; "Region"/"regionen" alone the one region;
 * Markdown fee tables cell by cell; a fee table as the budget its paragraph above states.
 *
 * Members are kept as written; normalisation resolves them through the registry. Pure.
 */
import { documentUnitOf } from "./decideUnits.ts";
import { speaksOfRepayment } from "./repayments.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { clean, type DocumentText } from "../documentText.ts";
import { findAmounts, HEDGES } from "../numbers.ts";
import {
  AMOUNT_UNIT_WORD,
  amountUnit,
  decimalsOfValue,
  readUnit,
  scaleAmount,
  UNKNOWN_UNIT,
  UNIT_WORD_SOURCE,
  type StatementUnit,
} from "../../reference/units.ts";
import { cellsByPosition, gridLines, isAligned, numericTail, placedCells } from "./layoutGrid.ts";
import { statementItem } from "../../reference/statementLabels.ts";
import { NOT_A_NAME } from "../../reference/memberWords.ts";
import { lineAt, proseUnits, type ProseUnit } from "./proseSentences.ts";
import { headingNotTheYear } from "./headingPeriod.ts";
import { namesPartOfYear } from "./partYear.ts";
import { isHeading } from "./sectionScope.ts";
import { isPlanDocument } from "./parseProseFinance.ts";
import { writtenAfterYear } from "./writtenLater.ts";
import { ownFederation, namesFederation, federationIdOf } from "./federationNames.ts";
import { slugify } from "../../reference/slug.ts";
import type { MemberOf } from "./contributionLists.ts";
import { rememberByText, type Memo } from "../textMemo.ts";
import { coverOf, ownMembersNamed } from "./ownMembers.ts";
import { amountPrecision } from "./factPrecision.ts";
import { memberColumnTables } from "./memberColumnTables.ts";

const SECTION = "general:member_contributions";

type Kind = "state" | "region" | "municipality" | "place" | "municipalities" | "total";

/** One member (or total) and its number as the list writes it. */
export interface ListItem {
  kind: Kind;
  /** The member as written ("Region X", "Åby kommun", "staten"); the total's label. */
  name: string;
  value: number;
  decimals: number;
  /** The unit written with this number, or null for a bare number. */
  unit: StatementUnit | null;
  line: number;
  approximate: boolean;
  /**
   * A municipality named after the municipalities' subtotal by "varav"/"därav" ("kommunerna 2 496 tkr,
   * varav Björkträsk 1 248 tkr"): "of which" claims no whole list, so such parts may add up to less.
   */
  varav?: true;
}

/** What stands before a list: its words (for the cue, year and basis) and a total it may state. */
export interface ListLead {
  text: string;
  /** The line the lead stands on (its heading decides the period). */
  line: number;
  /** A unit the caption states for bare numbers ("(tkr)"); "unknown" where it states one no reader knows. */
  unit: StatementUnit | typeof UNKNOWN_UNIT | null;
  /**
   * The list is the municipalities' alone (a fee table whose label column is "Kommun"): it needs
   * no state, and its own Summa row must confirm it.
   */
  municipal?: boolean;
  /** The year is a table column's own ("2023" beside "2024"): an earlier year is that year's outcome. */
  column?: boolean;
  /**
   * The rest of the list's sentence after its last amount ("… Bredby 4 kr per invånare", "…
   * enligt förslaget till verksamhetsplan"): a rate or a proposal named there is the list's too.
   */
  after?: string;
  /** The amount stated right before the list ("uppgick till 22 400 tkr."). */
  total?: { sek: number; precision: number; line: number; membersOnly: boolean };
  /** The members the document names as its own (`ownMembers.ts`), where it names them. */
  own?: ReadonlySet<string> | null;
  /**
   * Lines under a caption naming no year nor the members' money, read only as the report's outcome
   * where the list is every one of the document's own members, closed by its own total that they add
   * up to, and the state's half holds too.
   */
  undated?: boolean;
  /**
   * The report year's revenue another reader stored (`listsBesideRevenue`): an undated list under a
   * caption naming the members' money is that year's where its members add up to it and the state's half holds.
   */
  revenue?: { sek: number; precision: number; line: number };
}

/** "Summa", "Totalt", "Totalsumma", "Summa intäkter", "totalt": the list's own total. */
// "Summa konto 30xx": an account class's sum in a print-out.
const TOTAL =
  /^(?:summa|s:a|totalt?|totalsumma|sammanlagt)(?:\s+(?:intäkter|medlemsbidrag|medlemsavgifter|medlemsintäkter|konto\s+\d{1,4}x*))?$/i;
/** The municipalities together, a part of the whole ("kommunerna", "de fyra kommunerna tillsammans"). */
// "Kommunernas 2 100 tkr fördelades …": the genitive names their part too.
const MUNICIPALITIES = /^(?:de\s+)?(?:\p{L}+\s+)?(?:medlems)?kommunernas?(?:\s+tillsammans)?$/iu;
/**
 * The municipalities named together, their sum one amount ("Björkå och Myrby kommuner gemensamt för",
 * "Ekås kommuner tillsammans"): a part of the whole like "kommunerna", never one municipality's.
 */
const NAMED_MUNICIPALITIES =
  /^(?:\p{Lu}[\p{L}-]+(?:,\s*|\s+och\s+))*\p{Lu}[\p{L}-]+\s+kommuner\s+(?:tillsammans|gemensamt|sammanlagt)(?:\s+(?:för|med))?$/u;
/** The same at the end of the text before an amount, after a connector ("… och Nävsta, Furuholm och Ekås kommuner tillsammans för"). */
const NAMED_AT_END =
  /(?<=^|\s)(?:och\s+|samt\s+)?((?:\p{Lu}[\p{L}-]+(?:,\s*|\s+och\s+))+\p{Lu}[\p{L}-]+\s+kommuner\s+(?:tillsammans|gemensamt|sammanlagt)(?:\s+(?:för|med))?)\s*$/u;
/** A unit in brackets, a caption's word: "(tkr)", "(kr)". */
const UNIT_BRACKET = new RegExp(String.raw`^\((?:${UNIT_WORD_SOURCE})\)$`, "i");
/** A place written alone ("Åby", "Nedre Ålvik"). */
const PLACE = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?$/u;
/** Words a list may use where a place would stand that are no place. */
const NOT_A_PLACE = new RegExp(
  String.raw`^(?:${NOT_A_NAME}|Summa|Totalt?|Totalsumma|Staten|Regionen|Kommunerna|Medlemmarna|Förbundet|Intäkter|Kostnader|Resultat|Budget|Utfall|Avgift|Medlemsavgift|Medlemsbidrag|Bidrag|Övrigt|Övriga|Varav|Andel|Not|Noter|Tabell|Bilaga|Sida)$`,
  "i",
);
/** "(FK och AF gemensamt)", "(Försäkringskassan + Arbetsförmedlingen)": a remark naming only the state's agencies. */
const STATE_REMARK = String.raw`\((?:\s*(?:fk|af|försäkringskassan|arbetsförmedlingen|och|\+|/|,|gemensamt|tillsammans))+\s*\)`;
/** "statens medel (FK och AF gemensamt)": the state's money, however remarked on. */
const STATE_MONEY_NAME = new RegExp(String.raw`^statens\s+(?:medel|bidrag|andel|del)(?:\s*${STATE_REMARK})?$`, "i");
/** "Staten (FK och AF)". */
const STATE_REMARKED = new RegExp(String.raw`^(staten)\s*${STATE_REMARK}$`, "i");
/** "varav ", "– därav ": a line naming a part of the line above. */
const PART_WORD = /^\s*(?:[-–•*]\s*)?(?:varav|därav)\s+/iu;
/** A member's name starts with a capital, or is the state or the region written in lower case. */
const NAME_START = /^(?:\p{Lu}|staten\b|statens\b|regionen\b|försäkringskassan\b|arbetsförmedlingen\b)/u;

/**
 * What `kindOf` said of each name, for each way of naming members: a list's reader asks it of up to
 * seven runs of words before every amount of a sentence, and again for each sentence a unit is read with.
 */
const kindsByMemberOf = new WeakMap<MemberOf, Memo<{ kind: Kind; name: string } | null>>();

/** The kind of member a name is, or null when it is none. */
export function kindOf(raw: string, memberOf: MemberOf): { kind: Kind; name: string } | null {
  let kinds = kindsByMemberOf.get(memberOf);
  if (kinds === undefined) kindsByMemberOf.set(memberOf, (kinds = rememberByText((name) => readKind(name, memberOf))));
  return kinds(raw);
}

function readKind(raw: string, memberOf: MemberOf): { kind: Kind; name: string } | null {
  const name = clean(raw)
    .replace(/^[-–—•·▪*]\s*/, "")
    .replace(/\s*\((?:kr|tkr|kronor|mkr|mnkr|tusentals? kronor)\)\s*/gi, " ")
    .replace(/[\s:=]+$/, "")
    .trim();
  if (name === "") return null;
  if (TOTAL.test(name)) return { kind: "total", name };
  if (MUNICIPALITIES.test(name) || NAMED_MUNICIPALITIES.test(name)) return { kind: "municipalities", name };
  if (!NAME_START.test(name)) return null;
  // "regionen", "Region" alone: a federation has one region among its members; normalising resolves it from the registry.
  if (/^region(?:en)?$/i.test(name)) return { kind: "region", name: "Regionen" };
  // "Försäkringskassan (för staten)", "Försäkringskassan, för staten", "Staten (via Försäkringskassan)",
  // "Staten (FK + AF)": the state.
  const member = memberOf(
    name
      .replace(/\s*\(\s*för\s+staten\s*\)$|,\s*för\s+staten$/i, " (staten)")
      .replace(/^(staten)\s*\(\s*(?:(?:via|genom)\s+[^)]+|försäkringskassan|arbetsförmedlingen|fk|af)\)$/i, "$1")
      // "Staten (utbetalas av Försäkringskassan)", "Staten (betalas via FK)": a remark on how the state pays.
      .replace(
        /^(staten)\s*\((?:\s*(?:utbetalas|betalas|utbetalt|betalt|inbetalt))\s+(?:av|via|genom)\s+[^)]+\)$/i,
        "$1",
      )
      // "statens medel (FK och AF gemensamt)", "Staten (FK och AF)": the state's money, however remarked on.
      .replace(STATE_MONEY_NAME, "staten")
      .replace(STATE_REMARKED, "$1")
      .replace(/\s*\+\s*/g, " och "),
  );
  if (member !== null) {
    if (/^(?:staten|försäkringskassan|arbetsförmedlingen|fk|af)\b/i.test(member))
      return { kind: "state", name: member };
    if (/^(?:region|landsting)|landsting$/i.test(member)) return { kind: "region", name: member };
    if (/\skommun$/i.test(member)) return { kind: "municipality", name: member };
    return null;
  }
  // A region named in several words ("Region Östra Grusa").
  if (/^Region(?:\s+\p{Lu}[\p{L}-]+){2,3}$/u.test(name)) return { kind: "region", name };
  // "Noter Not" (a note's heading flattened onto a line): no word of a place is a word of the document's furniture.
  if (PLACE.test(name) && !name.split(" ").some((w) => NOT_A_PLACE.test(w)) && !statementItem(name, "notes"))
    return { kind: "place", name };
  return null;
}

/** Words about the members' money coming in: a list's lead must speak of it. */
const MONEY_CUE =
  /medlem|fakturer|inbetal|tilldelning|finansieras av|finansiering|bidrog|bidrar|bidrag|avgift|intäkt|betalade|betalat|\bgav\b|(?:pengarna|medlen) kom från|statliga medel|statens insats|kommunernas (?:fjärdedel|andel|del)/i;
/**
 * A lead naming the municipalities' part of the money ("Kommunernas fjärdedel, 2 100 tkr, fördelas
 * efter befolkning:", "Kommunernas andel på 2 100 tkr fördelades så:"): its list is theirs alone.
 */
const MUNICIPAL_LEAD =
  /kommunernas\s+(?:fjärdedel|andel|del|bidrag|avgift\p{L}*|medlemsavgift\p{L}*|medlemsbidrag\p{L}*)/iu;
/**
 * Words about money paid out or spent, to an intervention or a project: a list after them is no
 * list of fees ("Förbundet finansierade insatser hos Arbetsförmedlingen 2 000 tkr, …").
 */
const PAID_OUT =
  /bevilja|utbetal|kostnad|förbruk|huvudman|ansök|upphandl|lön|lämna|(?<!statens |medlemmarnas )\binsats|projekt|per invånare|per capita/i;
/**
 * "Steget finansieras av Alby kommun 400 tkr, …": what is financed is named before the verb; unless
 * that is the federation or its work, the list splits another thing's funding among members.
 */
const FINANCED = /^(.*?)\b(?:finansieras|finansierades|finansierats|bekostas|bekostades)\b/i;
const FEDERATION_FUNDED = /förbund|verksamhet|samordning|\bvi\b|\bvår\b/i;

/** Whether a lead says the list funds something that is not the federation ("Steget finansieras av"). */
function fundsSomethingElse(lead: string): boolean {
  const m = FINANCED.exec(lead);
  if (m === null || FEDERATION_FUNDED.test(m[1]!)) return false;
  // "Så finansierades arbetet 2025", "Hur finansieras verksamheten?": the thing financed follows the verb.
  const before = m[1]!.replace(/^[#\s]+/, "").trim();
  return !(/^(?:så|hur|så här)$/i.test(before) && OUR_WORK_AFTER.test(lead.slice(m[0].length)));
}
/** The federation's own work named right after the verb ("… arbetet", "… verksamheten", "… förbundet"). */
const OUR_WORK_AFTER = /^\s+(?:arbetet|verksamheten|förbundet|samordningsförbundet|förbundets)(?!\p{L})/iu;
/** "Medlemmarnas insatser i form av personal", "personalresurser": what members give in kind, not money paid in. */
const IN_KIND = /i form av (?:personal|arbetstid|lokaler|tjänster)|personalresurs|in natura|arbetstid/i;
/**
 * "… att återbetala 600 000 kr av det egna kapitalet till medlemmarna: staten 300 000 kr, …": money paid
 * back to the members (a repayment, a return of equity) split among them, never their contributions; a
 * return named only as the fees' cause ("sänkta efter återföringen") aside (`repayments.ts`).
 */
const paidBack = (text: string) => speaksOfRepayment(text) || /återbäring|tillbaka till medlemmarna/i.test(text);
/** "I Norrhav betalade staten …", "Hos Ekeby …": a place the lead puts the list in. */
const IN_PLACE = /(?<!\p{L})(?:[Ii]|[Hh]os)\s+(\p{Lu}[\p{L}-]+)(\s+kommun(?!\p{L}))?/gu;
/** Names in such a place that are ours whatever the registry says: the members' kinds, the law, the country. */
const OUR_WORDS =
  /^(?:region|regionen|staten|försäkringskassan|arbetsförmedlingen|finsam|samordningsförbundet|förbundet)$/i;

/**
 * Whether a text puts its amounts in a place that is neither one of ours (`ours`: a member, one
 * the list names) nor the federation ("I Norrhav betalade staten 6 000 tkr, …"): another
 * federation's, named by its place.
 */
export function namesAnotherPlace(doc: DocumentText, text: string, ours: (word: string) => boolean): boolean {
  // Cheap first: most sentences put nothing "i" or "hos" a name.
  if (!/(?:^|\s)(?:[Ii]|[Hh]os)\s+\p{Lu}/u.test(text)) return false;
  const own = ownFederation(doc);
  // "i Ekeby kommun": a municipality named as one, a member the registry resolves.
  return [...text.matchAll(IN_PLACE)].some(
    ([, place, municipality]) =>
      municipality === undefined &&
      !OUR_WORDS.test(place!) &&
      !MONTH_NAME.test(place!) &&
      !namesFederation(place!, own) &&
      !ours(place!),
  );
}
const MONTH_NAME =
  /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|sverige)$/i;
/** "Medlemsbidrag till Östra Hagby": the money's receiver, a federation named without "Samordningsförbundet". */
const RECEIVER = /\btill\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/gu;
/** A federation named in the lead ("Samordningsförbundet Norrå"): the list is only read when it is the document's own. */
const FEDERATION_NAMED = /[Ss]amordningsförbund\p{L}*\s+((?:i\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/gu;

/** Whether a lead names a federation other than the document's own (a region's follow-up of several). */
export function namesAnotherFederation(doc: DocumentText, text: string): boolean {
  const own = ownFederation(doc);
  // An id may carry a prefix before the name's slug ("h12-ulvaskog" for "Ulvaskog").
  const ours = (name: string) =>
    namesFederation(name, own) || federationIdOf(own).endsWith(`-${slugify(name.replace(/^i\s+/, ""))}`);
  // The name's words may run on into the next line's ("Ulvaskog" / "Period: …"): any first words that name ours.
  return [...text.matchAll(FEDERATION_NAMED), ...text.matchAll(RECEIVER)].some((m) => {
    const words = m[1]!.split(/\s+/);
    // Money "till Region X" or "till Åby kommun" goes to a member: no federation is named.
    if (/^(?:region|staten|försäkringskassan|arbetsförmedlingen)\b|\skommuns?\b/i.test(m[1]!)) return false;
    return !words.some((_, k) => ours(words.slice(0, k + 1).join(" ")));
  });
}
/** Words of a budget or a proposal: the amounts are that year's budget. */
const BUDGET_CUE = /budget|förslag|föresl|preliminär|fastställ\p{L}* (?:medlems)?avgift\p{L}* för|planera|beräkna/iu;
/** "desamma som för 2023", "oförändrade jämfört med 2023", "samma som 2023": a year named only to compare. */
// "desamma som styrelsen föreslår för 2026–2028": the years of a plan compared with, its words too.
const SAME_AS_YEAR =
  /(?:desamma|detsamma|samma|oförändrade?|lika\s+stora)\s+(?:som|jämfört\s+med|mot)\s+(?:(?:styrelsen|förbundet|medlemmarna|vi)\s+(?:föreslår|föreslog|planerar|har\s+föreslagit)\s+)?(?:för\s+|under\s+|år\s+)?(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?(?!\d)/gi;
/** "oförändrade mot året innan", "desamma som föregående år": the earlier year named only to compare. */
const SAME_AS_EARLIER =
  /(?:desamma|detsamma|samma|oförändrade?|lika\s+stora)\s+(?:som|jämfört\s+med|mot)\s+(?:under\s+|för\s+)?(?:föregående år|året innan|ett år tidigare|förra året)/gi;
/** "förra året", "i fjol": the report's year in a text written after it (writtenLater.ts). */
const LAST_YEAR_IS_REPORT_YEAR = /(?<!\p{L})(?:förra året|förra årets|i fjol|fjolåret|fjolårets)(?!\p{L})/giu;
/** Words of an earlier year without a number: not the report's year. */
const EARLIER = /föregående år|året innan|ett år tidigare|förra året/i;

/** The year and basis a lead gives its list, or undefined where it is not one period the reader may store. */
function periodOf(doc: DocumentText, lead: ListLead): { year: number; basis: "actual" | "budget" } | undefined {
  // "Medlemsbidrag per kvartal 2024", "… för första halvåret": a part of the year's fees.
  // "Medlemsavgifterna för 2024 var oförändrade mot året innan:": the earlier year only compared with.
  // In a text written after its year (a speech, a newsletter), "förra året" and "i fjol" are the report's year.
  const told = writtenAfterYear(doc) ? lead.text.replace(LAST_YEAR_IS_REPORT_YEAR, " ") : lead.text;
  const compared = EARLIER.test(told) ? told.replace(SAME_AS_EARLIER, " ") : told;
  if (EARLIER.test(compared) || namesPartOfYear(lead.text)) return undefined;
  // "Medlemsavgifterna för 2024 var desamma som för 2023:": the year compared with dates nothing.
  const dated = compared.replace(SAME_AS_YEAR, " ");
  const years = [...new Set(yearsIn(dated))];
  if (years.length > 1) return undefined;
  const year = years[0] ?? doc.periodYear;
  if (year < doc.periodYear && (lead.column !== true || BUDGET_CUE.test(lead.text))) return undefined;
  // "Medlemsbidragen 2025 var …" in a plan for 2026 looking back on the year that went: what was paid.
  const plan = planYear(doc);
  const paidBeforePlan =
    years.length === 1 &&
    plan !== undefined &&
    Number.isFinite(plan) &&
    year < plan &&
    year === doc.periodYear &&
    !BUDGET_CUE.test(lead.text) &&
    PAID_VERB.test(lead.text);
  // A plan only compared with ("desamma som styrelsen föreslår för 2026–2028") makes no budget of the list.
  // "Bidragen för 2025 betalades enligt budget": paid, the budget only what they matched.
  const paid = year === doc.periodYear ? dated.replace(PAID_AS_BUDGETED, " ") : dated;
  const budget =
    !paidBeforePlan && (BUDGET_CUE.test(paid) || year > doc.periodYear || isPlanDocument(doc) || plan !== undefined);
  // A heading over a budget or another period ("Budget och medelstilldelning") decides, unless the
  // lead names the report's year itself ("Medlemmarnas bidrag för 2024 var …").
  if (!budget && years.length === 0 && headingNotTheYear(doc, lead.line) !== undefined) return undefined;
  return { year, basis: budget ? "budget" : "actual" };
}

/**
 * A plan whose title stands under the federation's name ("Samordningsförbundet X" /
 * "VERKSAMHETSPLAN MED BUDGET 2025"): its fees are planned, not paid, save a year before the plan's
 * that a lead says was paid (`periodOf`). The first year a plan's title names ("VERKSAMHETSPLAN MED BUDGET 2026 OCH PLAN 2027–2028": 2026), or
 * Infinity for a plan title naming none; undefined where the document has no plan title.
 */
function planYear(doc: DocumentText): number | undefined {
  let seen = 0;
  for (let n = 1; n <= doc.lineCount && seen < 3; n++) {
    const t = doc.at(n);
    if (t === "") continue;
    seen++;
    if (/^(?:verksamhetsplan|budget\s+(?:för\s+)?(?:19|20)\d\d)/i.test(t)) {
      const first = /(?<!\d)(?:19|20)\d\d(?!\d)/.exec(t);
      return first ? Number(first[0]) : Infinity;
    }
  }
  return undefined;
}
/** A lead saying what was paid: "Medlemsbidragen 2025 var …", "uppgick till", "blev", "betalade". */
const PAID_VERB = /(?<!\p{L})(?:var|uppgick|blev|betalade|bidrog)(?!\p{L})/iu;
/**
 * "betalades enligt budget", "har betalats in i enlighet med budgeten", a bookkeeper's "bokförda enligt
 * beslutad budget 2025": paid or booked, as the budget said.
 */
const PAID_AS_BUDGETED =
  /(?<!\p{L})(?:betalades|betalats|inbetalades|utbetalades|erlades|fakturerades|fakturerats|fakturerade|inbetalda|bokförda|bokfört|bokförts|bokfördes|bokades|bokats)(?:\s+(?:in|ut))?\s+(?:enligt|i enlighet med)\s+(?:budget(?:en)?|den fastställda budgeten|(?:beslutad|beslutade|fastställd|fastställda|antagen|antagna) budget(?:\s+(?:19|20)\d\d)?)(?!\p{L})/giu;

interface Scaled extends ListItem {
  sek: number;
  precision: number;
}

/** Whether two sums agree within the rounding of the figures that make them. */
function agree(a: number, b: number, slack: number): boolean {
  return Math.abs(a - b) <= slack + 1e-6;
}

export interface ListJudgement {
  facts: FactInput[];
  findings: FindingInput[];
}

/**
 * The facts a list of members with amounts gives, judged by the identities the law gives; a list
 * that breaks a stated sum gives a finding and nothing else.
 */
export function judgeMemberList(doc: DocumentText, items: readonly ListItem[], lead: ListLead): ListJudgement {
  const none: ListJudgement = { facts: [], findings: [] };
  // A list naming a region or a municipality that is none of the members the document names is
  // another body's money (a neighbour federation's members, a project's funders).
  const cover = lead.own ? coverOf(lead.own, items) : undefined;
  if (cover === "foreign") return none;
  // Every own member, closed by its own total: the list's sums speak for it where its caption does not.
  const proven = cover === "all" && items.at(-1)?.kind === "total";
  if (lead.undated === true && (!(proven || lead.revenue) || !isYearReport(doc))) return none;
  if (!(MONEY_CUE.test(lead.text) || STATE_MONEY.test(lead.text) || proven) || PAID_OUT.test(lead.text)) return none;
  if (namesAnotherFederation(doc, lead.text)) return none;
  if (fundsSomethingElse(lead.text) || IN_KIND.test(lead.text) || paidBack(lead.text)) return none;
  const listed = (word: string) => items.some((i) => i.name.toLowerCase().split(/\s+/)[0] === word.toLowerCase());
  if (namesAnotherPlace(doc, lead.text, listed)) return none;
  if (lead.after !== undefined && (PAID_OUT.test(lead.after) || BUDGET_CUE.test(lead.after))) return none;
  const members = items.filter((i) => i.kind !== "total" && i.kind !== "municipalities");
  const municipalOnly =
    lead.municipal === true && members.every((i) => i.kind === "municipality" || i.kind === "place");
  if (members.length < 2 || (!members.some((i) => i.kind === "state") && !municipalOnly)) return none;
  if (items.some((i) => i.approximate || i.value <= 0)) return none;
  // A caption in a unit no reader knows ("hundratals kronor") scales none of the list's numbers.
  if (lead.unit === UNKNOWN_UNIT) return none;
  if (new Set(members.map((i) => i.name.toLowerCase())).size !== members.length) return none;
  const totals = items.filter((i) => i.kind === "total");
  const subtotals = items.filter((i) => i.kind === "municipalities");
  const regions = members.filter((i) => i.kind === "region");
  if (totals.length > 1 || subtotals.length > 1 || regions.length > 1) return none;
  // Bare numbers take the list's unit: the caption's, or the one unit closing the list.
  const written = [...new Set(items.flatMap((i) => (i.unit ? [i.unit] : [])))];
  const closing = items.at(-1)!.unit !== null && written.length === 1 ? written[0]! : null;
  // No unit stated anywhere, the state's amount in millions: kronor. The whole state grant is 339 Mkr,
  // so no federation's state share reaches a million of any larger unit ("4 200 000" is never tkr).
  // Only where the document states no other unit ("Alla belopp i öre" would make the list a hundredfold).
  const documentUnit = documentUnitOf(doc);
  const inKronor =
    lead.unit === null &&
    closing === null &&
    (documentUnit === null || documentUnit.unit === "kr") &&
    items.some((i) => i.kind === "state" && i.value >= 1_000_000) &&
    items.every((i) => i.value >= 10_000 && i.decimals === 0)
      ? ("kr" as const)
      : null;
  const listUnit = lead.unit ?? closing ?? inKronor;
  if (items.some((i) => i.unit === null) && listUnit === null) return none;
  const scaled: Scaled[] = items.map((i) => ({ ...i, ...scaleAmount(i.value, i.unit ?? listUnit!, i.decimals) }));
  const sum = (xs: readonly Scaled[]) => xs.reduce((a, x) => a + x.sek, 0);
  const slack = (xs: readonly Scaled[]) => xs.reduce((a, x) => a + x.precision, 0);
  const of = (k: Kind) => scaled.filter((i) => i.kind === k);
  const state = of("state");
  const region = of("region");
  const munis = [...of("municipality"), ...of("place")];
  const sub = of("municipalities")[0];
  const total = of("total")[0];
  const broken: string[] = [];
  // The municipalities add up to their stated total; one municipality named by "varav" ("kommunerna
  // 2 496 tkr, varav Björkträsk 1 248 tkr": a member's own budget naming itself) is part of it, less
  // than it. Two parts or more that fall short are a list that misses its sum.
  // The part's clause ends at its amount: "varav Ålsta kommun 140 tkr avsåg Steget" is what it paid for.
  const someOf =
    sub !== undefined &&
    munis.length === 1 &&
    munis[0]!.varav === true &&
    munis[0]!.sek < sub.sek &&
    /^\s*[.;]?\s*$/.test(lead.after ?? "");
  if (sub && munis.length > 0 && !someOf && !agree(sum(munis), sub.sek, slack([...munis, sub])))
    broken.push(
      `the municipalities (lines ${lineList(munis)}) add up to ${sum(munis)} kr, not to ${sub.sek} kr (line ${sub.line})`,
    );
  const municipal = sub ? [sub] : munis;
  const top = [...state, ...region, ...municipal];
  // The members add up to a total the list states, or its lead states for the members' money.
  let summed = false;
  const stated = total
    ? { sek: total.sek, precision: total.precision, line: total.line, membersOnly: true }
    : lead.total;
  if (stated) {
    if (agree(sum(top), stated.sek, slack(top) + stated.precision)) summed = true;
    else if (stated.membersOnly)
      broken.push(
        `the members (lines ${lineList(top)}) add up to ${sum(top)} kr, not to the total ${stated.sek} kr (line ${stated.line})`,
      );
  }
  // The state pays half: as much as the region and the municipalities together.
  const half =
    state.length > 0 &&
    region.length === 1 &&
    municipal.length > 0 &&
    agree(sum(state), sum([...region, ...municipal]), slack([...state, ...region, ...municipal]));
  if (broken.length > 0)
    return {
      facts: [],
      findings: [
        {
          check_id: "identity.contributions_sum",
          severity: "warning",
          subject: SECTION,
          line: items[0]!.line,
          value: doc.at(items[0]!.line),
          message: `${SECTION}: a list of the members' amounts breaks a stated sum: ${broken.join("; ")}; not stored`,
        },
      ],
    };
  // A place alone is a municipality only where the state's half counts it among them (or their own total does).
  // A municipal lead's own stated total ("Kommunernas fjärdedel, 2 100 tkr, …") is their list's total too.
  const ownTotal = summed && (total !== undefined || (lead.municipal === true && lead.total !== undefined));
  const placesCounted = half || (sub !== undefined && munis.length > 0) || (municipalOnly && ownTotal);
  // The municipalities' parts add up to their stated subtotal: that split is confirmed on its own,
  // the state beside it only by an identity of its own; where the region stands in the list too,
  // the state's half must hold (a list that breaks it is wrong somewhere, and stores nothing).
  const partsSummed = sub !== undefined && munis.length >= 2 && !someOf && !half && !summed && region.length === 0;
  if (!summed && !half && !partsSummed) return none;
  // Read on its sums alone (no money word or no year in its caption): both identities must hold.
  const needsBoth = lead.undated === true || !(MONEY_CUE.test(lead.text) || STATE_MONEY.test(lead.text));
  const byRevenue =
    lead.revenue !== undefined && half && agree(sum(top), lead.revenue.sek, slack(top) + lead.revenue.precision);
  if (needsBoth && !(summed && total !== undefined && half) && !byRevenue) return none;
  if (municipalOnly && !ownTotal) return none;
  if (of("place").length > 0 && !placesCounted) return none;
  const period = periodOf(doc, lead);
  if (!period) return none;
  // The one state payer of a list the identities confirm ("Försäkringskassan 2 100 000" beside the
  // others' equal half) pays the state's share: the member is the state, whichever agency is named.
  const nameOf = (i: Scaled) => (i.kind === "state" && state.length === 1 ? "Staten" : i.name);
  const facts: FactInput[] = scaled
    .filter((i) =>
      partsSummed
        ? i.kind === "municipality" || i.kind === "place"
        : i.kind === "state" || i.kind === "region" || i.kind === "municipality" || i.kind === "place",
    )
    .map((i) => ({
      table: "member_contribution" as const,
      year: period.year,
      basis: period.basis,
      member: nameOf(i),
      amount_sek: i.sek,
      line: i.line,
      text: doc.at(i.line),
      section: SECTION,
      approximate: false,
      confirmed_by: ["contributions_sum" as const],
    }));
  return { facts, findings: [] };
}

function lineList(items: readonly { line: number }[]): string {
  return [...new Set(items.map((i) => i.line))].join(", ");
}

/** A number in running text, with what follows it: a unit, a share, a count's noun. */
const NUMBER = new RegExp(
  String.raw`(?<![\d.,\p{L}-])(\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d]|,\d)(?:\s*(${AMOUNT_UNIT_WORD})(?![\p{L}]))?`,
  "giu",
);
/** After a number: a share or a count, never money. */
const NOT_MONEY_AFTER = /^\s*(?:%|procent|invånare|personer|deltagare|st\b|år\b|dagar|timmar|tjänster)/i;
/** A year written alone: text, not an item. */
const YEAR = /^(?:19|20)\d\d$/;
/** A member's share in words, then its amount as an apposition: "… står genom X och Y för hälften, ". */
const SHARE_APPOSITION =
  /\s+(?:står|stod|bidrog|bidrar|betalade|betalar|svarar|svarade)(?:\s+(?:genom|via)\s+[^,.]{3,60}?)?\s+(?:för|med)\s+(?:hälften|en\s+fjärdedel|en\s+tredjedel|en\s+sjättedel),\s*$/i;
/** Connectors between a list's items, and the verbs a sentence puts around a name. */
const CONNECTOR = /^(?:och|samt|varav|därav|medan|men|respektive|resp\.)\s+/i;
const VERB_AFTER =
  /\s+(?:har\s+)?(?:bidrog|bidragit|bidrar|betalade|betalat|betalar|gav|ger|gett|stod|står|svarar|svarade|tillsköt|tillskjuter)(?:\s+därmed)?(?:\s+(?:för|med))?(?:\s+(?:sammanlagt|totalt|tillsammans))?$|\s+med(?:\s+(?:sammanlagt|totalt|tillsammans))?$|\s+innebär\s+det(?:\s+(?:sammanlagt|totalt|tillsammans))?(?:\s+(?:ett|en)\s+(?:bidrag|medlemsbidrag|avgift|medlemsavgift))?(?:\s+(?:om|på))?$/i;
/** Between two items of one list: separators and connectors only. */
// "staten 3 800 / Region X 1 900": a slash set apart by spaces parts items as a comma does.
// "…, och att Åby kommun betalar …": a decision's att-clauses, one member each, part items as commas do.
// A box's drawn sides ("│ … kr  │" / "│   · Åby kommun …") part items as a pipe does.
const SEPARATOR_ONLY = /^(?:[\s,;·•|│┃(–-]|\s\/(?=\s))*(?:(?:och|samt|varav|därav|medan)[\s,]*)?(?:\batt\s*)?$/i;
/** "3 200 000 kr för 2026, att Region X …": the year an item's amount is for, right after it. */
const YEAR_AFTER_AMOUNT = /^\s+för\s+((?:19|20)\d\d)(?!\d)/;
/** "… 600 000 kr i medlemsavgift för 2026.": what the list's amounts are, said after its last one. */
const FEE_AFTER = /^\s*i\s+(?:medlemsavgift|medlemsbidrag|avgift)\p{L}*(?:\s+för\s+(?:19|20)\d\d)?/iu;
/** Between two members' sentences: the first closes on its amount (and its receiver), the next opens on the name. */
// "… 4,2 mkr. För regionen innebär det ett bidrag om 2,1 mkr": a member named by its role after "För".
// "… 4 100 000 kronor till förbundet under 2025. Region X bidrog med …": the first sentence's year dates the list.
// "… 2 050 000 kronor. Av kommunerna betalade Åby 1 230 000 kronor …": the municipalities' sentence names each.
// "… 1 228 000 kronor. Kommunernas fjärdedel fördelades efter folkmängd: Åby kommun …": their parts follow.
const SENTENCE_CHAIN =
  /^(?:\s+(?:till|åt)\s+(?:förbundet|samordningsförbundet))?(?:\s+(?:under|för)\s+((?:19|20)\d\d)(?!\d))?\.\s+(?:för\b\s*|av\s+kommunerna\s+(?:betalade|bidrog\s+med|stod\s+för|gav)\s*|kommunernas\s+(?:fjärdedel|andel|del|bidrag)\s+(?:fördela\p{L}*|delades)\s+(?:efter|enligt|utifrån)\s+(?:folkmängd|invånarantal|befolkning\p{L}*|antal\s+invånare)\s*:?\s*)?$/iu;
/**
 * Between the municipalities' subtotal and their first part: "tillsammans, varav", ", fördelat på",
 * ":" (a part list needs a colon or a word saying it splits the sum).
 */
const SUBTOTAL_PARTS =
  /^\s*(?:tillsammans|sammanlagt|totalt|gemensamt)?\s*(?::|,?\s*(?:varav|därav|fördelat\s+på|fördelade\s+på|fördelat\s+som|fördela(?:[td]e?|des)\s+efter\s+(?:invånarantal|folkmängd|befolkning)\p{L}*)\s*:?|\.\s+(?:av|varav)\s+(?:kommunernas\s+(?:del|andel|fjärdedel)|dessa|detta)(?:\s+(?:betalade|bidrog\s+med|stod\s+för))?\s*:?)\s*$/iu;
/**
 * "… kr från Region X": the payer after the amount; a remark in brackets after it ("från staten (Försäkringskassan
 * och Arbetsförmedlingen gemensamt)") is no part of the name, and its "och" joins no second payer.
 */
const FROM =
  /^\s+(?:från|för)\s+([^,;.()]+?)(?:\s*\([^()]*\))?(?=\s*(?:[,;]|\.(?:\s|$)|\)|\s+(?:och|samt|medan)\s|$))/i;
/** The words where a list's lead ends and its first name begins: a colon, a sentence's end, a bracket. */
// A slash is a cut only set apart by spaces: "Staten (FK/AF)" is one name.
const NAME_CUT = /(?:[:;·•|│┃]|\.\s|,\s|\s\/\s|\(\s*(?=[^)]*$))/g;

interface Token {
  index: number;
  end: number;
  value: number;
  decimals: number;
  unit: StatementUnit | null;
  /** A share or a count: never money, and it ends a list. */
  notMoney: boolean;
}

/**
 * "8,200 000 kr": thousands grouped with a comma, then a space (a web page's style). Three
 * decimals and then three more digits make no decimal number: the comma groups thousands.
 */
const COMMA_GROUPED = /(?<![\d.,])(\d{1,3}),(\d{3}(?: \d{3})+)(?![\d]|,\d)/g;

/**
 * "Gransjö 58 procent (1 218 tkr)": a member's share, then its amount in brackets. The share and
 * the brackets are blanked out, so the amount stands right after its member's name.
 */
const SHARE_THEN_AMOUNT = new RegExp(
  String.raw`(?<![\d,])\d{1,3}(?:,\d+)?\s*(?:%|procent)\s*\((\s*\d[\d ]*(?:,\d+)?\s*(?:${AMOUNT_UNIT_WORD})\s*)\)`,
  "giu",
);

/** The text with each share before a bracketed amount blanked out, every character in place. */
function blankShares(text: string): string {
  if (!/%|procent/i.test(text)) return text;
  return text.replace(SHARE_THEN_AMOUNT, (whole, amount: string) => {
    const at = whole.lastIndexOf(amount);
    return " ".repeat(at) + amount + " ".repeat(whole.length - at - amount.length);
  });
}

/** A text's amounts (`readTokens`), remembered: a unit is tokenised for each reader of it, and again with the sentence before. */
const tokensOf: (text: string) => readonly Token[] = rememberByText(readTokens);

function readTokens(text: string): Token[] {
  const out: Token[] = [];
  // The same length, each character in place: offsets still cite the text's lines.
  for (const m of blankShares(text).replace(COMMA_GROUPED, "$1 $2").matchAll(NUMBER)) {
    const digits = m[1]!;
    if (!m[2] && YEAR.test(digits)) continue;
    // "2,3 miljoner kronor": the currency after the scale word is the unit's own, no text between items.
    const currency =
      m[2] && /^milj/i.test(m[2]) ? /^\s+(?:kronor|kr)(?![\p{L}])/iu.exec(text.slice(m.index! + m[0].length)) : null;
    const end = m.index! + m[0].length + (currency?.[0].length ?? 0);
    out.push({
      index: m.index!,
      end,
      value: Number(digits.replace(/ /g, "").replace(",", ".")),
      decimals: /,(\d+)$/.exec(digits)?.[1]?.length ?? 0,
      unit: m[2] ? amountUnit(m[2]) : null,
      notMoney: !m[2] && NOT_MONEY_AFTER.test(text.slice(end)),
    });
  }
  return out;
}

/** The name that ends `between` (a member's, a subtotal's, a total's) and what stands before it. */
function nameAtEnd(text: string, memberOf: MemberOf): { kind: Kind; name: string; before: string } | null {
  // "• Region X: 3,15 miljoner kronor": the name's own colon before its amount cuts nothing.
  // "Staten står genom Försäkringskassan och Arbetsförmedlingen för hälften, 4,2 mkr": the share in
  // words and its comma stand between the name and its amount.
  const unshared = SHARE_APPOSITION.test(text) ? text.replace(SHARE_APPOSITION, "") : text;
  const between = unshared.endsWith(":") || /:\s+$/.test(unshared) ? unshared.replace(/:\s*$/, "") : unshared;
  // "Nävsta, Furuholm och Ekås kommuner tillsammans för": the commas are the name's own, no cut.
  const together = between.includes("kommuner") ? NAMED_AT_END.exec(between) : null;
  if (together) return { kind: "municipalities", name: together[1]!.trim(), before: between.slice(0, together.index) };
  const cuts = [...between.matchAll(NAME_CUT)];
  const from = cuts.length > 0 ? cuts.at(-1)!.index! + cuts.at(-1)![0].length : 0;
  const tail = between.slice(from).trim().replace(VERB_AFTER, "").trim();
  const words = tail.split(/\s+/).filter((w) => w !== "");
  // The longest name first ("Region Åby" before "Åby"), after the connectors ("och Åby kommun").
  for (let k = Math.max(0, words.length - 7); k < words.length; k++) {
    // A caption's unit in brackets ("Medlemsavgifter 2024 (tkr)" / "Staten 4 400 · …") stays the lead's: no name opens on a bracket.
    // Nor does a name hold that unit ("Medlemsbidrag (tkr) Staten" is the caption, then the state).
    if (words[k]!.startsWith("(") || words.slice(k).some((w) => UNIT_BRACKET.test(w))) continue;
    const candidate = words.slice(k).join(" ").replace(CONNECTOR, "");
    const kind = kindOf(candidate, memberOf);
    if (kind) return { ...kind, before: between.slice(0, from) + words.slice(0, k).join(" ") };
  }
  return null;
}

/** The unit a lead states for the list's bare numbers ("(tkr)", "i tkr"), read past its own amounts ("22 400 tkr") and years. */
function leadUnit(text: string): StatementUnit | typeof UNKNOWN_UNIT | null {
  let words = text.replace(/[\u00a0\u202f\u2009]/g, " ");
  for (const a of findAmounts(words)) words = words.replace(a.raw, " ");
  return readUnit(words.replace(/\b(?:19|20)\d\d\b/g, " "))?.unit ?? null;
}

/** Whether a text may hold a list of the members' money: it names the state, or the municipalities' part. */
function listCue(text: string): boolean {
  return /stat|försäkringskassan|arbetsförmedlingen|\bfk\b/i.test(text) || MUNICIPAL_LEAD.test(text);
}

/** Lists in running text: each prose unit read as items, broken where the text between two is not a separator. */
function proseLists(doc: DocumentText, memberOf: MemberOf): ListJudgement {
  const out: ListJudgement = { facts: [], findings: [] };
  const units = proseUnits(doc);
  // Each unit's cue, looked for once: a unit is asked as itself and as the one before the next.
  const cues: (boolean | undefined)[] = [];
  const cued = (i: number) => (cues[i] ??= listCue(units[i]!.text));
  units.forEach((unit, i) => {
    // Cheap first: a list names the state among its members, or is the municipalities' part; a
    // unit without either is read only as the rest of the list the unit before opened ("…; Region X
    // 2 190 000;" / "Åby kommun 1 254 000; …", a list cut where a line ends on its separator).
    const prev = units[i - 1];
    // Cheapest first: its amounts are written in digits (`tokensOf`), here or in the sentence it is read with.
    if (!/\d/.test(unit.text) && !(prev !== undefined && /\d/.test(prev.text))) return;
    const own = cued(i);
    if (!own && (prev === undefined || !cued(i - 1))) return;
    // A list opening its own line right under the sentence that leads it ("Medelstilldelningen
    // uppgick till 22 400 tkr." / "Försäkringskassan 11 200 tkr, …"): read with that sentence.
    const adjacent = prev !== undefined && prev.starts.at(-1)!.line + 1 === unit.starts[0]!.line;
    // So does a list opening on the law's matching ("Övriga medlemmar ska tillföra lika mycket som
    // staten. Region X …") under the sentence stating the state's money.
    const withPrev =
      adjacent &&
      (opensWithName(unit.text, memberOf) || (MATCHES_STATE.test(unit.text) && STATE_MONEY.test(prev.text)));
    if (!own && !withPrev) return;
    readProseUnit(doc, withPrev ? joined(prev, unit) : unit, memberOf, out);
    if (/respektive/i.test(unit.text)) readRespectively(doc, unit, memberOf, out);
  });
  sentenceRuns(doc, units, memberOf, out);
  return out;
}

/** A sentence of one member and its amount, short enough to be one ("Region X gav 1 560 000 kronor."). */
const ONE_MEMBER_SENTENCE = /^[^.]{3,90}\d[^.]{0,30}\.$/;

/**
 * One member a sentence, each on a line of its own ("Staten gav 3 120 000 kronor." / "Region X gav
 * 1 560 000 kronor." / …): three or more such lines in a row, read as one list with the line above
 * them as its lead; the identities decide as for any list. Read whole only, never in part.
 */
function sentenceRuns(doc: DocumentText, units: readonly ProseUnit[], memberOf: MemberOf, out: ListJudgement) {
  // The pattern's longest match is 122 characters, its only full stop the last: other units are not tried.
  const opens = (u: ProseUnit) =>
    u.text.length <= 122 &&
    u.text.indexOf(".") === u.text.length - 1 &&
    ONE_MEMBER_SENTENCE.test(u.text) &&
    opensWithName(u.text, memberOf);
  const next = (a: ProseUnit, b: ProseUnit) => a.starts.at(-1)!.line + 1 === b.starts[0]!.line;
  for (let i = 0; i < units.length; i++) {
    if (!opens(units[i]!)) continue;
    let j = i;
    while (j + 1 < units.length && next(units[j]!, units[j + 1]!) && opens(units[j + 1]!)) j++;
    if (j - i >= 2 && units.slice(i, j + 1).some((u) => listCue(u.text))) {
      const lead = i > 0 && next(units[i - 1]!, units[i]!) ? units[i - 1] : undefined;
      let run = lead ? joined(lead, units[i]!) : units[i]!;
      for (let k = i + 1; k <= j; k++) run = joined(run, units[k]!);
      readProseUnit(doc, run, memberOf, out);
    }
    i = j;
  }
}

/** "4 000, 2 000 respektive 2 000 tkr": amounts in a row, the last after "respektive" (or "och"). */
const RESPECTIVELY = /(?:\d[\d ]*(?:,\d+)?\s*,\s*)+\d[\d ]*(?:,\d+)?\s+respektive\s+\d[\d ]*(?:,\d+)?/gi;

/**
 * The members named first and their amounts after, in the same order: "Staten, Region X och
 * kommunerna bidrog med 4 000, 2 000 respektive 2 000 tkr", "Medlemsavgifterna från staten, Region
 * X och Åby kommun var 2 000 000, 1 000 000 respektive 1 000 000 kronor". As many names as amounts,
 * each a member (or the municipalities together), or nothing.
 */
function readRespectively(doc: DocumentText, unit: ProseUnit, memberOf: MemberOf, out: ListJudgement) {
  const text = unit.text;
  for (const m of text.matchAll(RESPECTIVELY)) {
    const tokens = tokensOf(text).filter((t) => t.index >= m.index! && t.index < m.index! + m[0].length + 1);
    if (tokens.length < 2 || tokens.some((t) => t.notMoney)) continue;
    const start = text.lastIndexOf(". ", m.index!) + 1;
    const before = text.slice(start, m.index!);
    // The names: the parts cut by commas and "och", the last one's verb cut off.
    const parts = before.split(/\s*,\s*|\s+(?:och|samt)\s+/);
    if (parts.length < tokens.length) continue;
    const names = parts.slice(-tokens.length);
    const lastWords = names.at(-1)!.split(/\s+/);
    let last: { kind: Kind; name: string } | null = null;
    for (let k = lastWords.length; k > 0 && !last; k--) last = kindOf(lastWords.slice(0, k).join(" "), memberOf);
    const first = nameAtEnd(names[0]!, memberOf);
    const kinds = [first, ...names.slice(1, -1).map((n) => kindOf(n, memberOf)), ...(names.length > 1 ? [last] : [])];
    if (kinds.some((k) => k === null)) continue;
    const items: ListItem[] = tokens.map((t, i) => ({
      kind: kinds[i]!.kind,
      name: kinds[i]!.name,
      value: t.value,
      decimals: t.decimals,
      unit: t.unit,
      line: lineAt(unit, t.index),
      approximate: false,
    }));
    const judged = judgeMemberList(doc, items, {
      own: ownMembersNamed(doc, memberOf),
      text: text.slice(start, m.index!),
      line: lineAt(unit, m.index!),
      unit: leadUnit(before),
    });
    out.facts.push(...judged.facts);
    out.findings.push(...judged.findings);
  }
}

/** Whether a text opens with a member's name and its amount. */
function opensWithName(text: string, memberOf: MemberOf): boolean {
  const first = tokensOf(text)[0];
  const named = first ? nameAtEnd(text.slice(0, first.index), memberOf) : null;
  // A wrapped list's next line may open on its separator ("· Åby kommun 1 495 000 kr · …").
  return named !== null && /^[\s·•|│–-]*$/.test(named.before);
}

/** Two prose units read as one, each character still on its line. */
function joined(a: ProseUnit, b: ProseUnit): ProseUnit {
  const offset = a.text.length + 1;
  return {
    text: `${a.text} ${b.text}`,
    starts: [...a.starts, ...b.starts.map((s) => ({ ...s, offset: s.offset + offset }))],
  };
}

/** "(2025: 3 720 tkr)": a year's figure in a bracket, a comparison the list never holds. */
const YEAR_BRACKET = /\((?:19|20)\d\d:\s*\d[^()]{0,30}\)/g;
function blankYearBrackets(text: string): string {
  return text.includes(":") ? text.replace(YEAR_BRACKET, (b) => " ".repeat(b.length)) : text;
}
/** The law's matching said in words between the state's sentence and the others' list. */
const MATCHES_STATE = /lika\s+mycket\s+som\s+staten|motsvara\p{L}*\s+statens/iu;

/**
 * "Medlemsbidrag ........ staten 3 656 270 kr, …": a dot leader between a label and its list stands for
 * a colon (its dots are no sentence's end); set as one, the same length, so offsets keep their lines.
 */
const DOT_LEADER = /(?:\. ?){3,}/g;
function leadersAsColons(text: string): string {
  return text.includes("...") || text.includes(". . .")
    ? text.replace(DOT_LEADER, (dots) => ":" + " ".repeat(dots.length - 1))
    : text;
}

/**
 * "Staten, genom Försäkringskassan och Arbetsförmedlingen, bidrog med …": the agencies set off by commas
 * are the state's remark, written as a bracket ("Staten (genom …)") of the same length, so offsets keep their lines.
 */
const STATE_APPOSITION = /\b(staten), ((?:genom|via) [^,.;:]{3,80}),/gi;
function stateApposition(text: string): string {
  return /staten, (?:genom|via) /i.test(text) ? text.replace(STATE_APPOSITION, "$1 ($2)") : text;
}

/**
 * How a run of bullets is read (`bulletLists`): each bullet parted from the next by "; ", a list's lead is
 * the bullets' lead line (`preamble`) and its own bullet's words before its first member, never the
 * bullets before it (a bullet on costs above a bullet on the members' fees says nothing of the fees).
 */
interface BulletRun {
  preamble: string;
}

/**
 * "Tallåsens medlemsavgift var 590 tkr (Moravik 1 120 tkr, …)": a member's fee named by its genitive, read
 * as the fee's word leading the member and its amount ("medlemsavgift: Tallåsen      590 tkr"), set in
 * the same characters, so the amount keeps its place and line.
 */
// "Tallmo kommuns medlemsbidrag 2025 var 1 130 000 kronor": the member in two words, the fee's year kept with its word.
const MEMBER_GENITIVE =
  /(?<!\p{L})(\p{Lu}[\p{L}-]+?(?: kommun)?)s ((?:medlemsavgift|medlemsbidrag|avgift|bidrag)(?:en|et)?(?: (?:för )?(?:19|20)\d\d)? (?:var|blev|uppgick till|är)) (?=\d)/gu;
function memberGenitives(text: string, memberOf: MemberOf): string {
  if (!/s (?:medlemsavgift|medlemsbidrag|avgift|bidrag)/.test(text)) return text;
  return text.replace(MEMBER_GENITIVE, (whole, name: string, words: string) => {
    const kind = kindOf(name, memberOf);
    const year = /(?:19|20)\d\d/.exec(words)?.[0];
    const fee = `${words.split(" ")[0]!}${year ? ` ${year}` : ""}: ${name}`;
    // "Statens bidrag 2025 var 4 300 tkr.": the state's money sentence heads the others' list as it is (`stateCued`).
    return kind && kind.kind !== "total" && kind.kind !== "municipalities" && kind.kind !== "state"
      ? `${fee}${" ".repeat(whole.length - fee.length)}`
      : whole;
  });
}

function readProseUnit(
  doc: DocumentText,
  unit: ProseUnit,
  memberOf: MemberOf,
  out: ListJudgement,
  bullets?: BulletRun,
) {
  const plain = stateApposition(leadersAsColons(blankYearBrackets(blankShares(unit.text))));
  // A bullet read alone knows no lead line: its genitive is read only with the run of bullets (`bulletLists`).
  const text = bullets !== undefined || !BULLET_LINE.test(plain) ? memberGenitives(plain, memberOf) : plain;
  const tokens = tokensOf(text);
  let items: ListItem[] = [];
  let leadFrom = 0;
  let leadTo = 0;
  let totalToken: Token | undefined;
  let prevEnd = 0;
  let prev: Token | undefined;
  let firstVerb = "";
  const itemYears = new Set<string>();
  // What the list's items say of themselves, where the lead names no year: "för 2026" after one
  // amount, "i medlemsavgift för 2026" after the last.
  const leadTail = (lead: string, after: string) => {
    if (/(?:19|20)\d\d/.test(lead)) return "";
    const fee = FEE_AFTER.exec(after)?.[0] ?? "";
    const year = itemYears.size === 1 && !/(?:19|20)\d\d/.test(fee) ? ` för ${[...itemYears][0]}` : "";
    return ` ${fee.trim()}${year}`.trimEnd();
  };
  const flush = () => {
    // A bullet's list: the bullets' lead line, then the bullet's own words before its first member.
    const leadText = `${bullets && leadFrom > 0 ? `${bullets.preamble} ` : ""}${text.slice(leadFrom, leadTo)}`;
    const stopAt = text.indexOf(". ", prevEnd);
    const feeAfter = FEE_AFTER.exec(text.slice(prevEnd, stopAt < 0 ? text.length : stopAt))?.[0] ?? "";
    const statedYears = [leadText, feeAfter].flatMap((t) => t.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []);
    // Items for more than one year, or for another year than the lead's or the closing words', are no one year's list.
    const oneYear = itemYears.size === 0 || (itemYears.size === 1 && statedYears.every((y) => itemYears.has(y)));
    if (items.length >= 2 && oneYear) {
      const total =
        totalToken && totalToken.unit !== null
          ? {
              ...scaleAmount(totalToken.value, totalToken.unit, totalToken.decimals),
              line: lineAt(unit, totalToken.index),
              membersOnly: !/intäkt/i.test(leadText),
            }
          : undefined;
      const stop = text.indexOf(". ", prevEnd);
      // A lead on the municipalities' part, its total right before the list, and places alone.
      const municipal =
        total !== undefined &&
        MUNICIPAL_LEAD.test(text.slice(sentenceStartOf(text, totalToken!.index), totalToken!.index)) &&
        items.every((i) => i.kind === "municipality" || i.kind === "place");
      const judged = judgeMemberList(doc, items, {
        own: ownMembersNamed(doc, memberOf),
        // The first member's verb speaks for the list too ("Staten bidrog med 3 000 tkr, …").
        text: `${leadText}${firstVerb}${leadTail(leadText, text.slice(prevEnd, stop < 0 ? text.length : stop))}`,
        ...(municipal ? { municipal: true } : {}),
        line: lineAt(unit, leadTo),
        unit: leadUnit(leadText),
        after: text.slice(prevEnd, stop < 0 ? text.length : stop),
        ...(total ? { total } : {}),
      });
      out.facts.push(...judged.facts);
      out.findings.push(...judged.findings);
    }
    items = [];
    itemYears.clear();
  };
  for (const t of tokens) {
    if (t.notMoney) {
      flush();
      prevEnd = t.end;
      prev = undefined;
      continue;
    }
    // A year right after the last item's amount is that item's ("… 3 200 000 kr för 2026, att …"), no separator.
    const itemYear = items.length > 0 ? YEAR_AFTER_AMOUNT.exec(text.slice(prevEnd, t.index)) : null;
    if (itemYear) itemYears.add(itemYear[1]!);
    const between = text.slice(prevEnd + (itemYear?.[0].length ?? 0), t.index);
    const from = FROM.exec(text.slice(t.end));
    let item: { kind: Kind; name: string; before: string; end: number } | null = null;
    if (from && t.unit !== null) {
      const kind = kindOf(from[1]!, memberOf);
      if (kind) item = { ...kind, before: between, end: t.end + from[0].length };
    }
    // "Åby kommun och Böda kommun 740 000 kronor var": one amount that each of two members paid.
    let pair: { kind: Kind; name: string } | null = null;
    const each = !item && t.unit !== null ? EACH.exec(text.slice(t.end)) : null;
    const and = each ? between.lastIndexOf(" och ") : -1;
    if (each && and >= 0) {
      const second = kindOf(between.slice(and + 5), memberOf);
      const first = second ? nameAtEnd(between.slice(0, and), memberOf) : null;
      if (
        first &&
        second &&
        PAIRED_KIND.test(first.kind) &&
        PAIRED_KIND.test(second.kind) &&
        first.name !== second.name
      ) {
        pair = first;
        item = { ...second, before: first.before, end: t.end + each[0].length };
      }
    }
    if (!item) {
      const named = nameAtEnd(between, memberOf);
      if (named) item = { ...named, end: t.end };
    }
    const continues =
      item !== null &&
      items.length > 0 &&
      ((item.end > t.end && pair === null ? SEPARATOR_ONLY.test(between) : SEPARATOR_ONLY.test(item.before)) ||
        // "Försäkringskassan betalade 3 480 000 kr till förbundet. Region X bidrog med …": one member a
        // sentence, each closing on its amount, is one list (the identities still decide).
        (item.end === t.end && pair === null && chained(item.before)) ||
        // "… och kommunerna 2 850 tkr, fördelat på Åby 1 620 tkr och …": the municipalities' parts go on the list.
        (items.at(-1)!.kind === "municipalities" &&
          (item.kind === "municipality" || item.kind === "place") &&
          SUBTOTAL_PARTS.test(
            between.lastIndexOf(item.name) >= 0 ? between.slice(0, between.lastIndexOf(item.name)) : item.before,
          )));
    const lastItem = items.at(-1);
    // The year a chained sentence states after its amount ("… till förbundet under 2025.") is that item's.
    const chainYear =
      continues && item !== null && item.end === t.end ? SENTENCE_CHAIN.exec(item.before)?.[1] : undefined;
    if (chainYear !== undefined) itemYears.add(chainYear);
    const partOfVarav =
      continues &&
      item !== null &&
      (item.kind === "municipality" || item.kind === "place") &&
      ((lastItem?.kind === "municipalities" &&
        /(?<!\p{L})(?:varav|därav)(?!\p{L})/iu.test(
          between.lastIndexOf(item.name) >= 0 ? between.slice(0, between.lastIndexOf(item.name)) : item.before,
        )) ||
        lastItem?.varav === true);
    if (!continues) flush();
    if (item) {
      if (items.length === 0) {
        // The lead: from the sentence before (which may state the total) to the first name.
        const sentenceStart = (at: number) => {
          const cut = Math.max(text.lastIndexOf(". ", at - 1), bullets ? text.lastIndexOf("; ", at - 1) : -1);
          return cut < 0 ? 0 : cut + 2;
        };
        // "Försäkringskassan har beräknat statens medel för 2025 till 5 200 tkr. Regionen och
        // kommunerna tillför lika mycket: regionen 2 600 tkr och …": the state's amount the sentence
        // before states heads the list as its state item.
        // A bullet's list takes no total from a bullet before it ("eget kapital 1 520 tkr; Åbys avgift …").
        const otherBullet = bullets !== undefined && prev !== undefined && text.slice(prev.end, t.index).includes("; ");
        const stateBefore =
          !otherBullet &&
          prev &&
          prev.unit !== null &&
          (SEPARATOR_OR_SENTENCE.test(item.before) ||
            // "… till 3 860 tkr. De övriga ska tillsammans skjuta till lika mycket som staten. Region X …"
            (MATCHES_STATE.test(item.before) && /^[^\d]{0,240}$/.test(item.before))) &&
          stateCued(text, prev)
            ? prev
            : undefined;
        totalToken =
          !stateBefore &&
          !otherBullet &&
          prev &&
          prev.unit !== null &&
          SEPARATOR_OR_SENTENCE.test(item.before) &&
          totalCued(text, prev)
            ? prev
            : undefined;
        leadFrom = sentenceStart((stateBefore ?? totalToken ?? t).index);
        if (stateBefore)
          items.push({
            kind: "state",
            name: "Staten",
            value: stateBefore.value,
            decimals: stateBefore.decimals,
            unit: stateBefore.unit,
            line: lineAt(unit, stateBefore.index),
            approximate: false,
          });
        leadTo = prevEnd + item.before.length;
        firstVerb = VERB_AFTER.exec(between.trimEnd())?.[0] ?? "";
        if (totalToken) leadTo = Math.max(leadTo, totalToken.end);
      }
      if (pair)
        items.push({
          kind: pair.kind,
          name: pair.name,
          value: t.value,
          decimals: t.decimals,
          unit: t.unit,
          line: lineAt(unit, t.index),
          approximate: HEDGES.test(between),
        });
      items.push({
        kind: item.kind,
        name: item.name,
        value: t.value,
        decimals: t.decimals,
        unit: t.unit,
        line: lineAt(unit, t.index),
        approximate: HEDGES.test(between),
        ...(partOfVarav ? { varav: true as const } : {}),
      });
      prevEnd = item.end;
    } else prevEnd = t.end;
    prev = t;
  }
  flush();
}

/** Whether the text between two members' sentences chains them into one list (`SENTENCE_CHAIN`). */
const chained = (before: string) => SENTENCE_CHAIN.test(before);

/** After an amount two members share: each paid it ("740 000 kronor var", "2 345 tkr vardera", "… var för sig"). */
const EACH = /^\s*(?:var för sig|vardera|var)(?![\p{L}])/iu;
/** The members that may share one amount: a region or a municipality, never the state or a total. */
const PAIRED_KIND = /^(?:region|municipality)$/;

/** Words that make an amount the members' money: "Medlemsavgifterna uppgick till", "Förbundets intäkter:", "… kr i medlemsbidrag". */
const TOTAL_CUE = /medlem|tilldelning|avgift|bidrag|intäkt|finansiering/i;

/** Whether the sentence of the amount before a list calls it the members' money (or the revenue), before or right after it. */
function totalCued(text: string, total: Token): boolean {
  const start = text.lastIndexOf(". ", total.index - 1) + 1;
  const after = /^[^.,:;]{0,30}/.exec(text.slice(total.end))![0];
  const before = text.slice(start, total.index);
  return TOTAL_CUE.test(before) || TOTAL_CUE.test(after) || MUNICIPAL_LEAD.test(before);
}

/** The state's money named as a sentence's subject: "statens medel", "statliga medel", "statens tilldelning". */
const STATE_MONEY =
  /statens\s+(?:medel|tilldelning|bidrag|andel|insats|medlemsbidrag)|statliga\s+(?:medel|medelstilldelning|bidrag|tilldelning)/i;

/**
 * Whether the amount before a list is the state's: its sentence names the state's money before it
 * and no member other than the state, and the amount is that sentence's only one.
 */
function stateCued(text: string, state: Token): boolean {
  const start = sentenceStartOf(text, state.index);
  const stop = text.indexOf(". ", state.end);
  const sentence = text.slice(start, stop < 0 ? text.length : stop);
  const before = text.slice(start, state.index);
  return (
    STATE_MONEY.test(before) &&
    !/region|kommun/i.test(before) &&
    tokensOf(sentence).filter((t) => !YEAR.test(String(t.value))).length === 1
  );
}

/** Where the sentence holding `at` starts. */
function sentenceStartOf(text: string, at: number): number {
  const cut = text.lastIndexOf(". ", at - 1);
  return cut < 0 ? 0 : cut + 2;
}

/**
 * Between a total and the list's first name: a separator, or the rest of the total's sentence and
 * the start of the next one ("… 18 400 000 kr. Av detta kom"); never another figure.
 */
const SEPARATOR_OR_SENTENCE = /^[^\d]{0,80}$/;

/** "Region X   900 000", "- Staten (FK och AF): 1 800 000 kr", "Medlemsbidrag Region X (kr): 870 000": one item a line. */
const LINE_ITEM = new RegExp(
  String.raw`^\s*(?:[-–—•·▪*]\s*)?(.*?\p{L}\)?(?:\s*\((?:kr|tkr|kronor)\))?)\s*[:=]?\s+(\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*(${AMOUNT_UNIT_WORD}))?\s*$`,
  "iu",
);

const LINE_END = /\d\s*(?:kr|kronor|tkr|mkr)?\s*$/i;
/** An amount (with its unit) and, a wide gap after it, a share cell closing the line: "1 830 tkr   25 %". */
const SHARE_CELL_AFTER_AMOUNT = /(\d(?: ?(?:kr|kronor|tkr|mkr))?)\s{2,}\d{1,3}(?:,\d{1,2})? ?%\s*$/iu;
/** A long-format row of a fee: the fee's word, the member, an empty cell's dash, the year, the amount and its unit, apart by wide gaps. */
const LONG_ROW = new RegExp(
  String.raw`^\s*(medlemsbidrag|medlemsavgift(?:er)?)\s{2,}(\S.*?)\s{2,}(?:[–—-]\s{2,})?((?:19|20)\d\d)\s{2,}(\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s+(${AMOUNT_UNIT_WORD}))?\s*$`,
  "iu",
);
/** What every run of dot leaders holds: a quick look before the leaders' pattern is tried at every space. */
const LEADER_CUE = /\.\s?\.\s?\./;

/** Lists one member a line under a caption: the block of such lines, and the caption's lines above it. */
function lineLists(
  doc: DocumentText,
  memberOf: MemberOf,
  revenue?: { sek: number; precision: number; line: number },
): ListJudgement {
  const out: ListJudgement = { facts: [], findings: [] };
  // A grid's pipes are gaps ("| Region X | 900 000 |"); dot leaders too ("Region X ....... 900 000").
  // Leaders hold three dots: a line without them is not searched at every space.
  const grid = gridLines(doc).map((l) => (LEADER_CUE.test(l) ? l.replace(/\s*(?:\.\s?){3,}\s*(?=\d)/, "   ") : l));
  let n = 1;
  while (n <= doc.lineCount) {
    const items: ListItem[] = [];
    let labelled = "";
    let partRun = false;
    let longYear: string | undefined;
    let k = n;
    for (; k <= doc.lineCount; k++) {
      // Cheap first: an item line ends on its number or its unit (the spaces below are \s already).
      // "Region X   1 830 tkr   25 %": a share cell closing the row says what part of the whole the amount is; the
      // amount is the item.
      const written = (grid[k - 1] ?? "").replace(SHARE_CELL_AFTER_AMOUNT, "$1");
      // A long-format row ("Medlemsbidrag   Staten (FK och AF)   –   2025   4 935 000   kr"): read as the
      // fee's word over its member and amount, its year the list's; a run of rows of one year only.
      const long = LONG_ROW.exec(written);
      if (long && longYear !== undefined && long[3] !== longYear) break;
      if (long) longYear = long[3]!;
      const line = long ? `${long[1]!} ${long[2]!.trim()}   ${long[4]!}${long[5] ? ` ${long[5]}` : ""}` : written;
      const m = LINE_END.test(line) ? LINE_ITEM.exec(line.replace(/[\u00a0\u202f\u2009]/g, " ")) : null;
      if (!m || YEAR.test(m[2]!)) break;
      // "Medlemsbidrag Region X (kr): 870 000": the label names what the amount is; it leads the list too.
      const prefix = /^(?:medlemsbidrag|medlemsavgift(?:er)?)\s+(?=\p{Lu}|staten)/iu.exec(m[1]!)?.[0];
      if (prefix) labelled = long ? `${prefix}${long[3]!} ` : prefix;
      // "varav staten ..... 4 200 000 kr" / "varav Region X ..... 2 100 000 kr" under the revenue's line:
      // a run of parts, each named after "varav"; a run is all such lines or none.
      const named = m[1]!.slice(prefix?.length ?? 0);
      const part = PART_WORD.exec(named);
      if (items.length > 0 && (part !== null) !== partRun) break;
      partRun = part !== null;
      const label = part ? named.slice(part[0].length) : named;
      const kind = kindOf(label, memberOf);
      if (!kind) break;
      const own = /\((kr|tkr|kronor)\)/i.exec(m[1]!)?.[1];
      const unitWord = m[3] ?? own;
      const digits = m[2]!;
      items.push({
        kind: kind.kind,
        name: kind.name,
        value: Number(digits.replace(/ /g, "").replace(",", ".")),
        decimals: /,(\d+)$/.exec(digits)?.[1]?.length ?? 0,
        unit: unitWord ? amountUnit(unitWord) : null,
        line: k,
        approximate: false,
      });
      if (kind.kind === "total") {
        k++;
        break;
      }
    }
    // A run of "varav" parts stands under the line of their whole ("Förbundets intäkter 2025 ....
    // 8 400 000 kr"): that line's label leads the list and its amount is the list's total.
    const whole = partRun && items.length >= 2 ? wholeAbove(grid, n, memberOf) : undefined;
    if (whole) items.push({ ...whole.item, line: n - 1 });
    if (items.length >= 2) {
      // The caption: the lines right above the block, up to a blank line (three at most), and the heading over them.
      let top = n;
      while (top > 1 && n - top < 3 && doc.at(top - 1) !== "") top--;
      // "Tabell 2. Finansiering 2025 (tkr)" / "" / the list, "… betalade till förbundet under 2025:" / "" /
      // the list: a caption or a lead ending in a colon stands past one blank line.
      const past = top === n && !whole ? captionPastBlank(doc, n) : undefined;
      if (past !== undefined) top = past;
      // Long-format rows caption themselves (their fee's word and year): the rows above are other measures'.
      const captionLines =
        longYear !== undefined
          ? ""
          : whole
            ? whole.label
            : top < n
              ? doc.join(top, past !== undefined ? n - 2 : n - 1)
              : "";
      // A pipe table's own header rows ("| Part | Kronor |", "|---|---|") caption nothing: the
      // heading over the blank line above them does.
      const tableHead =
        top < n && Array.from({ length: n - top }, (_, i) => doc.at(top + i)).every((l) => PIPE_HEAD.test(l));
      const over = tableHead && top > 2 && doc.at(top - 1) === "" ? top - 2 : top - 1;
      const heading = over >= 1 && isHeading(doc, over) ? doc.at(over) : "";
      const captioned = `${heading} ${captionLines} ${labelled}`.trim();
      // A caption naming no year is the report year's where it, or a heading just above, names the
      // members' fees and nothing else dates it (`yearlessFeeCaption`); else it is judged undated below.
      // A section higher up about a plan, a budget or another year ("Budget för verksamhetsåret 2026"
      // over its paragraph and a "Medlemsavgifter" list) dates the list as it does: no yearless lead.
      const planned = ANY_YEAR.test(captioned) ? false : planHeadingAbove(doc, top);
      const feeLead = ANY_YEAR.test(captioned) || planned ? "" : yearlessFeeCaption(doc, captioned, top);
      const lead = feeLead !== "" ? feeLead : captioned;
      // A caption stating amounts is prose; its figures are not the list's unit or total. Lines
      // under a caption naming no year ("Not 1 Medlemsavgifter, kronor") may be any year's: unread,
      // unless the list's own sums and the document's members prove it (`undated`).
      const own = ownMembersNamed(doc, memberOf);
      // An undated list is the report year's only where the lines above it (six at most, to a
      // heading) name no other year, no budget and no time to come ("Inför 2026 har styrelsen
      // beslutat om följande fördelning." / "" / "Staten …").
      // A caption naming a plan, a budget or a proposal but no year ("Medlemsavgifter enligt plan",
      // "Föreslagen fördelning") is as often next year's: no undated list of the report year.
      const undated =
        feeLead === "" &&
        !planned &&
        !ANY_YEAR.test(lead) &&
        !TIME_TO_COME.test(captioned) &&
        !otherTimeAbove(doc, top);
      // Beside the year's revenue, only the undated lists under a caption naming the members' money are judged again.
      // (Never by a revenue read from the list's own lines: its total row is no other reader's proof.)
      const judgedBefore =
        revenue !== undefined && (!(undated && MONEY_CUE.test(lead)) || (revenue.line >= n && revenue.line < k));
      const dated = ANY_YEAR.test(lead) || feeLead !== "";
      if (!judgedBefore && !/\d{1,3}(?: \d{3})+/.test(lead) && (dated || (undated && (own !== null || revenue)))) {
        const judged = judgeMemberList(doc, items, {
          text: lead,
          line: n,
          unit: leadUnit(lead),
          own,
          ...(undated ? { undated: true } : {}),
          ...(revenue ? { revenue } : {}),
        });
        out.facts.push(...judged.facts);
        out.findings.push(...judged.findings);
      }
    }
    n = Math.max(k, n + 1);
  }
  return out;
}

/** A caption's own line: a few words naming the money, no sentence's end ("Tabell 2. Finansiering 2025 (tkr)"). */
const CAPTION_LINE = /^[^.!?]*\p{L}[^!?]*[^.!?]$/u;

/**
 * The first line of the caption over a list at line `n` that stands past one blank line: a paragraph
 * of at most three lines whose last line ends in a colon (its lead), or one short line naming the
 * members' money and ending in no sentence's end (a table's caption); undefined where neither stands.
 */
function captionPastBlank(doc: DocumentText, n: number): number | undefined {
  if (n < 3 || doc.at(n - 1) !== "" || doc.at(n - 2) === "") return undefined;
  const last = n - 2;
  let first = last;
  while (first > 1 && last - first < 2 && doc.at(first - 1) !== "") first--;
  if (/:\s*$/.test(doc.at(last))) return first;
  const line = doc.at(last).trim();
  return first === last &&
    line.length <= 90 &&
    CAPTION_LINE.test(line) &&
    (MONEY_CUE.test(line) || FEES_CAPTION.test(line))
    ? first
    : undefined;
}

/** "Förbundets intäkter 2025   8 400 000 kr", "Intäkter (medlemsbidrag) …. 11 260 000 kr": a label (a year or a bracket may close it), then one amount and its unit. */
const WHOLE_LINE = new RegExp(
  String.raw`^\s*(.*?\p{L}\)?(?:\s+(?:19|20)\d\d)?)\s*[:=]?\s+(\d{1,3}(?: \d{3})+(?:,\d+)?|\d+,\d+)(?:\s*(${AMOUNT_UNIT_WORD}))?\s*$`,
  "iu",
);
/**
 * The line right above a run of "varav" parts, where it is their whole: a label naming the members'
 * money or the revenue, and one amount ("Förbundets intäkter 2025 .... 8 400 000 kr"); as the
 * list's total item, with its label as the list's lead.
 */
function wholeAbove(
  grid: readonly string[],
  n: number,
  memberOf: MemberOf,
): { label: string; item: ListItem } | undefined {
  const line = (grid[n - 2] ?? "").replace(/[\u00a0\u202f\u2009]/g, " ");
  const m = WHOLE_LINE.exec(line);
  if (!m || kindOf(m[1]!, memberOf) !== null) return undefined;
  const label = m[1]!.trim();
  if (!/intäkt|medlemsbidrag|medlemsavgift|bidrag från medlemmar|finansiering/i.test(label)) return undefined;
  // "Finansiering sedan start", "Samlade intäkter under åren", "… 2019–2025": money over many years, no year's.
  if (/sedan|under åren|samlade|ackumuler|(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d/i.test(label)) return undefined;
  const digits = m[2]!;
  return {
    label,
    item: {
      kind: "total",
      name: label,
      value: Number(digits.replace(/ /g, "").replace(",", ".")),
      decimals: /,(\d+)$/.exec(digits)?.[1]?.length ?? 0,
      unit: m[3] ? amountUnit(m[3]) : null,
      line: n - 1,
      approximate: false,
    },
  };
}

/** Words of a year to come or one gone by, or of a note's column: a yearless caption with them is not the report year's. */
const NOT_THIS_YEAR =
  /kommande|nästa\s+år|nästkommande|framöver|inför|föregående|förra|tidigare|jämför|\bnot\b|budget|förslag|plan|höj|sänk|ändr|ökar|ökas|ökning|minsk|\bblir\b|\bska\b/i;
/** A caption's or heading's words: a few words, no figure, no sentence. */
const CAPTION_WORDS = /^[\p{L}][\p{L} ,&()/:–-]{0,60}$/u;

/**
 * The lead of a one-member-a-line list under a caption naming no year: the caption itself where it
 * names the members' fees ("Medlemmarnas bidrag", an accordion's "Visa mer" beside it), else a
 * heading naming them at most five lines up with one paragraph of words and no figure between
 * ("Medlemsavgifter" / "Förbundet finansieras av medlemmarna …" / blank / the list). Such a list is
 * the report year's (`periodOf`: a plan's document or a heading over a plan still decides); a
 * caption naming a year to come, a past one, a budget, a proposal or a note is no lead at all, and
 * the list is left to the identities only where a lead is found. "" where none is.
 */
function yearlessFeeCaption(doc: DocumentText, caption: string, top: number): string {
  if (caption !== "")
    return CAPTION_WORDS.test(caption) && FEES_CAPTION.test(caption) && !NOT_THIS_YEAR.test(caption) ? caption : "";
  let text = 0;
  for (let k = top - 1; k >= Math.max(1, top - 6); k--) {
    const t = doc.at(k).trim();
    if (t === "") continue;
    if (/\d/.test(t)) return "";
    if (isHeading(doc, k)) return CAPTION_WORDS.test(t) && FEES_CAPTION.test(t) && !NOT_THIS_YEAR.test(t) ? t : "";
    if (++text > 3 || NOT_THIS_YEAR.test(t)) return "";
  }
  return "";
}

/** Words of a time to come or a budget in the lines above an undated list. */
const TIME_TO_COME = /inför|kommande|nästa år|framöver|\bska\b|kommer att|föresl|förslag|budget|\bplan/i;
/** The years a text names standing alone; a date's ("2024-12-31") is not counted. */
const yearsIn = (text: string): number[] => (text.match(/(?<![\d-])(?:19|20)\d\d(?![\d-])/g) ?? []).map(Number);
/** Whether a line names a year other than the report's, a budget or a time to come. */
const namesOtherTime = (doc: DocumentText, text: string): boolean =>
  TIME_TO_COME.test(text) || yearsIn(text).some((y) => y !== doc.periodYear);

/** Whether the lines right above line `top` (six at most, up to a heading) name another year, a budget or a time to come. */
function otherTimeAbove(doc: DocumentText, top: number): boolean {
  for (let n = top - 1; n >= Math.max(1, top - 6); n--) {
    if (namesOtherTime(doc, doc.at(n))) return true;
    if (isHeading(doc, n)) break;
  }
  return false;
}

/**
 * Whether the nearest heading above line `top` (twenty lines at most) that dates anything names a plan,
 * a budget, a time to come or another year than the report's; a heading naming the report year ends
 * the search ("Förvaltningsberättelse 2025" over a list stays the year's).
 */
function planHeadingAbove(doc: DocumentText, top: number): boolean {
  for (let k = top - 1; k >= Math.max(1, top - 20); k--) {
    const t = doc.at(k);
    // A heading, or a short line standing alone between blank lines as one does.
    const alone = t !== "" && t.length <= 70 && !/[.,:;]$/.test(t) && doc.at(k - 1) === "" && doc.at(k + 1) === "";
    if (!isHeading(doc, k) && !alone) continue;
    if (namesOtherTime(doc, t)) return true;
    if (yearsIn(t).includes(doc.periodYear)) return false;
  }
  return false;
}

/** A pipe table's header or rule row: cells of words or dashes, no figure. */
const PIPE_HEAD = /^\s*\|[^\d]*\|\s*$/;
/** A report on one year (not minutes, not another kind of document): its undated lists may be that year's. */
const isYearReport = (doc: DocumentText) => doc.documentId.endsWith("-annual-report");

/** A year anywhere, in a date too ("2024-12-31"). */
const ANY_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** A fee column's heading ("Avgift 2026", "Medlemsavgift, kr", "Bidrag 2025, tkr"); never a share, a change or a rate. */
const FEE_CELL = /^(?:medlems)?(?:avgift|bidrag)|tilldelning|^belopp|^(?:fakturer|inbetal|erhåll|aviser|bokför)/i;
/**
 * A fee column of money the members were invoiced or paid ("Fakturerat, kr", "Inbetalt 2024"): the
 * year's outcome. Written without a year in an annual report, it is the report's year: what was
 * invoiced is past. "Aviserat" (announced) is the fee the members were told to expect, never the
 * invoiced one where both stand for one year.
 */
const INVOICED_CELL = /^(?:fakturer|inbetal|erhåll|bokför)/i;
const ANNOUNCED_CELL = /^aviser|\(aviser/i;
/** A member's name left unfinished at the end of its line: an open bracket, "och", "samt", "&", "/" or ",". */
const OPEN_NAME = /(?:\(\s*[^)]*|\s(?:och|samt)|[&,/])$/i;
/** A note's heading over its table ("Not 2 Medlemmarnas bidrag", "Not 3. Medlemsavgifter"). */
const NOTE_TITLE = /^not\s+\d{1,2}\b\.?\s+\p{L}/iu;
const NOT_FEE_CELL = /per\s+invånare|förändring|andel|%|ökning|minskning|skillnad|diff/i;
/** The label column's head naming the fee over year columns ("Medlemsavgifter (tkr)", "Medlemsbidrag per part"). */
const FEE_CAPTION =
  /^(?:medlemsavgift|medlemsbidrag|medlemmarnas (?:bidrag|avgifter)|(?:intäkter|bidrag|avgift) (?:per|från) (?:medlem|part))/i;
/** A column headed by its unit alone: "Kronor", "kr", "tkr". */
const UNIT_CELL = new RegExp(String.raw`^(?:tusen kronor|${UNIT_WORD_SOURCE})$`, "i");
/** A fee column marked as proposed ("Avgift 2026 (förslag)", "Föreslagen avgift 2026"). */
const PROPOSED_CELL = /förslag|föresl/i;
/** A year column: "2024", "Utfall 2024", "Budget 2025". */
const YEAR_CELL =
  /^(?:(?:utfall|budget|bokslut|prognos)\s+)?(?:19|20)\d\d(?:\s*\((?:utfall|budget|bokslut|aviserat|aviserad|beslutad|beslutat|fastställd|fastställt)\))?$/i;
/** A year column stating its unit, and perhaps its basis, in a bracket: "2025 (kr)", "2026 (kr, beslutat)", "2024 (tkr)". */
const YEAR_UNIT_CELL =
  /^(?:19|20)\d\d\s*\((?:kr|tkr|kronor)(?:,\s*(?:utfall|budget|bokslut|beslutad|beslutat|fastställd|fastställt))?\)$/i;
/** A share column beside the fees ("Andel, %", "Andel", "%"): never read, no fee of its own. */
const SHARE_CELL = /^(?:andel(?:,?\s*%)?|%|procent)$/i;
/**
 * The caption of a members' table whose header names no fee ("Medlem   tkr", "Medlem   2025 (kr)",
 * "Medlem   Andel, %   2024   2025"): the nearest line of the four non-blank lines above the header
 * that names the members' fees ("Diagram 8: Medlemsavgifter 2024 per medlem" over a chart's caption
 * lines, "Tabell B5. Medlemsbidrag 2024–2025. Tkr och procent"), none of them a row of figures.
 */
function feeCaptionAbove(doc: DocumentText, n: number): string {
  let seen = 0;
  for (let k = n - 1; k >= Math.max(1, n - 6) && seen < 4; k--) {
    const t = doc.at(k).trim();
    if (t === "") continue;
    if (/\d{1,3} \d{3}/.test(t)) return "";
    seen++;
    if (FEES_CAPTION.test(t)) return t;
  }
  return "";
}
/** A caption over a members' table naming their fees ("Medlemmarnas avgifter, för kännedom", "Medlemsavgifter per medlem"). */
const FEES_CAPTION =
  /medlemsavgift|medlemsbidrag|medlemsintäkt|medlemmarnas\s+(?:avgifter|bidrag)|avgifter\s+per\s+medlem/i;
/** A label column's heading: the members, or the municipalities alone. */
const LABEL_CELL = /^(?:medlem(?:mar)?|part(?:er)?|motpart|kommun(?:er)?|medlemskommun|huvudman)$/i;
/** A date in a caption ("den 1 november 2024", "2024-11-01"): not the fees' year. */
const DATE = /(?:den\s+)?\d{1,2}\s+\p{L}+\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d/giu;

/**
 * " budget" where the paragraph right above a fee table (past one blank line) states a budget of
 * the table's own total ("Förbundets budget föreslås till 8 000 000 kronor för 2026." over a table
 * whose Summa row is 8 000 000): the table splits that budget among the members.
 */
function budgetAbove(
  doc: DocumentText,
  header: number,
  items: readonly ListItem[],
  unit: StatementUnit | typeof UNKNOWN_UNIT | null,
): string {
  const total = items.find((i) => i.kind === "total");
  if (!total || unit === null || unit === UNKNOWN_UNIT || header < 3 || doc.at(header - 1) !== "") return "";
  const sek = scaleAmount(total.value, unit, total.decimals).sek;
  let top = header - 2;
  while (top > 1 && header - 2 - top < 3 && doc.at(top - 1) !== "" && !isHeading(doc, top)) top--;
  for (let k = top; k <= header - 2; k++) {
    const line = doc.at(k);
    if (BUDGET_CUE.test(line) && findAmounts(line).some((a) => a.sek === sek)) return " budget";
  }
  return "";
}

/** The cells of a Markdown table's row ("| Åby kommun | 41 020 | 1 575 000 |"), or null for a line that is none. */
function pipeCells(line: string): string[] | null {
  if (!/^\s*\|.*\|\s*$/.test(line)) return null;
  return line
    .trim()
    .slice(1, -1)
    .split("|")
    .map((c) => c.trim());
}

/** A pipe cell's number: NaN for an empty or dashed cell, null for a cell that is no number. */
function pipeValue(cell: string): number | null {
  if (cell === "" || /^[-–—−]$/.test(cell)) return NaN;
  if (!/^-?\d{1,3}(?: \d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$/.test(cell)) return null;
  return Number(cell.replace(/ /g, "").replace(",", "."));
}

/** A Markdown table's rule line: pipes, dashes, colons and spaces only. */
const TABLE_RULE = /^\s*\|?[\s:|-]*-[\s:|-]*\|?\s*$/;

/** A sentence of its own line ("Förbundets budget för 2025 är 9 600 000 kronor."). */
const SENTENCE_LINE = /^\p{Lu}.*\p{L}.*[.!]$/u;

/**
 * The caption over a table's header at line `n`: the line right above, and where that is a
 * sentence set between the caption and the table, the caption above it with the sentence.
 */
function captionOver(doc: DocumentText, n: number): string {
  const above = n > 1 ? doc.at(n - 1) : "";
  if (above === "" || !SENTENCE_LINE.test(above) || above.split(" ").length < 4 || n < 3) return above;
  const caption = doc.at(n - 2);
  return caption !== "" && !/[.!?]$/.test(caption) ? `${caption} ${above}` : above;
}

/**
 * The title over a table's header at line `n`: the nearest line above that is no sentence (past
 * blank lines and up to two sentences set between the title and the table), within five lines.
 */
function titleAbove(doc: DocumentText, n: number): string {
  let sentences = 0;
  for (let k = n - 1; k >= Math.max(1, n - 5); k--) {
    const t = doc.at(k).trim();
    if (t === "") continue;
    if (/[.!?]$/.test(t) && t.split(" ").length >= 4 && sentences++ < 2) continue;
    return t;
  }
  return "";
}

/**
 * Fee tables: a header whose first cell names the members ("Medlem", "Kommun") and one of whose
 * cells is a fee column ("Avgift 2026", "Medlemsavgift, kr"), beside population, share, change
 * and per-inhabitant columns that are never fees; cells placed under the header by position ("–"
 * an empty cell: a new member). Where several fee columns name years, only the latest is read: the
 * table sets that year's fees and shows the others for comparison.
 */
function tableLists(doc: DocumentText, memberOf: MemberOf): ListJudgement {
  const out: ListJudgement = { facts: [], findings: [] };
  const grid = gridLines(doc);
  for (let n = 1; n < doc.lineCount; n++) {
    const raw = grid[n - 1] ?? "";
    // Cheap first: a fee table's header names a fee and stands in columns.
    const feeWord = /avgift|bidrag|tilldelning|belopp|fakturer|inbetal|erhåll|aviser|bokför/i.test(raw);
    // A header naming no fee ("Medlem   tkr", "Medlem   2025 (kr)   2026 (kr, beslutat)") under a caption that does.
    const membersHead = !feeWord && /^\s*(?:konto\s+)?(?:medlem(?:mar)?|part(?:er)?|motpart|huvudman)\s/i.test(raw);
    if ((!feeWord && !membersHead) || !isAligned(raw) || /\d{1,3} \d{3}/.test(raw)) continue;
    const feeCaption = membersHead ? feeCaptionAbove(doc, n) : "";
    if (membersHead && feeCaption === "") continue;
    // "Konto   Medlem   Bokfört 2025": an account column before the members' names; each row's account
    // number ("3010    Staten …") is no part of the name.
    const placed0 = placedCells(raw);
    const account = placed0.length >= 3 && /^konto$/i.test(placed0[0]!.text) && LABEL_CELL.test(placed0[1]!.text);
    const cells = account ? placed0.slice(1) : placed0;
    if (cells.length < 2) continue;
    const columns = cells.slice(1).map((c) => ({ from: c.from, to: c.to, written: c.text }));
    const yearOf = (i: number) => Number(/(?<!\d)(?:19|20)\d\d(?!\d)/.exec(columns[i]!.written)?.[0] ?? NaN);
    // "Medlemsavgifter (tkr)   2024   2023": the fee named in the label column's head, each column a year's.
    // "Medlem   2025 (utfall)   2026 (aviserat)" under a caption naming the members' fees: the same.
    // "Medlem   Andel, %   2024   2025" under a caption naming the fees: the year columns, a share column between never.
    const isYearCell = (w: string) => YEAR_CELL.test(w) || (feeCaption !== "" && YEAR_UNIT_CELL.test(w));
    const byYear =
      columns.every((c) => isYearCell(c.written) || (feeCaption !== "" && SHARE_CELL.test(c.written))) &&
      columns.some((c) => isYearCell(c.written)) &&
      (FEE_CAPTION.test(cells[0]!.text) ||
        (LABEL_CELL.test(cells[0]!.text) && (FEES_CAPTION.test(captionOver(doc, n)) || feeCaption !== "")))
        ? columns.flatMap((c, i) => (isYearCell(c.written) ? [i] : []))
        : [];
    let read = byYear;
    let eachYear = false;
    // The label column's head names the members, or the fees as a caption ("Medlemsavgifter (kr)").
    const captionHead = FEE_CAPTION.test(cells[0]!.text);
    if (byYear.length === 0) {
      if (!LABEL_CELL.test(cells[0]!.text) && !captionHead) continue;
      // Under a head naming the fees ("Medlemsavgifter 2024   Kronor   Kr/invånare"), a column headed by a
      // unit alone is the fee's.
      const fees = columns.flatMap((c, i) =>
        (FEE_CELL.test(c.written) || ((captionHead || feeCaption !== "") && UNIT_CELL.test(c.written))) &&
        !NOT_FEE_CELL.test(c.written)
          ? [i]
          : [],
      );
      if (fees.length === 0) continue;
      // "Aviserat 2024   Fakturerat 2024": the announced fee beside the invoiced one of its year is no outcome.
      const announcedBeside = (i: number) =>
        ANNOUNCED_CELL.test(columns[i]!.written) &&
        fees.some((j) => j !== i && INVOICED_CELL.test(columns[j]!.written) && yearOf(j) === yearOf(i));
      if (fees.some(announcedBeside)) fees.splice(0, fees.length, ...fees.filter((i) => !announcedBeside(i)));
      // Several fee columns and no year to tell them apart: which one is the year's is unclear.
      if (fees.length > 1 && !fees.every((i) => Number.isFinite(yearOf(i)))) continue;
      const latest = fees.reduce((a, i) => (yearOf(i) > yearOf(a) ? i : a));
      // "Avgift 2024 | Avgift 2025 (beslutad) | Avgift 2026 (förslag)": each year's
      // column its own list, judged alone; a proposal beside a decided column is no year's fee yet.
      const years = new Set(fees.map(yearOf));
      // Only beside the report's own year (its outcome, then the budgets after it); else the latest alone.
      eachYear = fees.length > 1 && years.size === fees.length && years.has(doc.periodYear);
      read = eachYear ? fees.filter((i) => !PROPOSED_CELL.test(columns[i]!.written)) : [latest];
    }
    /** `kind` null: a name the next line finishes ("Försäkringskassan och"), or no member. */
    const rows: { kind: Kind | null; name: string; values: number[]; line: number; written: string }[] = [];
    let ok = true;
    /** A member's name broken before its figures ("Staten (Försäkringskassan och" / "Arbetsförmedlingen)   4 100 000"). */
    let wrapped: string | undefined;
    for (let k = n + 1; k <= doc.lineCount && doc.at(k) !== ""; k++) {
      const row = grid[k - 1] ?? "";
      // A Markdown table's rule under its header ("|---|---:|") is no row.
      if (TABLE_RULE.test(row)) continue;
      // A Markdown table's cells are its pipes' (its columns need not line up): cell by cell, under the header's.
      const piped = pipeCells(doc.at(k));
      const header = pipeCells(doc.at(n));
      if (!piped && wrapped === undefined && OPEN_NAME.test(row.trimEnd()) && numericTail(row).tail === "") {
        wrapped = numericTail(row).label;
        continue;
      }
      const own = (piped && header && piped.length === header.length ? piped[0]! : numericTail(row).label).replace(
        account ? ACCOUNT_NUMBER : /(?!)/,
        "",
      );
      const label = wrapped !== undefined ? `${wrapped} ${own}` : own;
      wrapped = undefined;
      // The rest of the row above's name under its figures ("Östra Stensjö   7,0 %   448 000" / "kommun",
      // "Försäkringskassan och   50 %   3 200 000" / "Arbetsförmedlingen"): that row's member, no row of its own.
      const previous = rows.at(-1);
      if (!piped && previous && previous.line === k - 1 && numericTail(row).tail === "") {
        const whole = `${previous.written} ${own}`;
        const rest = /^\p{Ll}/u.test(own) || /^[^(]*\)$/.test(own) || OPEN_NAME.test(previous.written);
        const joined = rest ? kindOf(whole, memberOf) : null;
        if (joined && joined.kind !== "total") {
          rows[rows.length - 1] = { ...previous, ...joined, written: whole };
          continue;
        }
      }
      const kind = kindOf(label, memberOf);
      const placed =
        piped && header && piped.length === header.length
          ? { values: piped.slice(1).map(pipeValue) }
          : cellsByPosition(row, columns);
      if (placed.values?.some((v) => v === null)) {
        ok = false;
        break;
      }
      if (placed.values === null || (!kind && !OPEN_NAME.test(label))) {
        ok = false;
        break;
      }
      // "Försäkringskassan och   50 %   3 200 000": a name the next line finishes, judged there.
      rows.push({
        kind: kind?.kind ?? null,
        name: kind?.name ?? "",
        values: placed.values as number[],
        line: k,
        written: label,
      });
      if (kind?.kind === "total") break;
    }
    if (rows.some((r) => r.kind === null)) ok = false;
    if (!ok) continue;
    // The caption right above, or past a blank line ("Tabell 6. Avgifter från medlemmarna (tkr)" / "" / header).
    // Past a blank line, only a caption stating a unit or naming the fees: never the document's title.
    const past = captionOver(doc, n) === "" ? titleAbove(doc, n) : "";
    const near = captionOver(doc, n) || (readUnit(past) || FEES_CAPTION.test(past) ? past : "");
    // A fee caption further up (past a chart's caption lines) names the fees and their year for a header naming neither.
    const caption = (feeCaption !== "" && !FEES_CAPTION.test(near) ? `${feeCaption} ${near}` : near).replace(DATE, " ");
    const head = byYear.length > 0 || captionHead ? cells[0]!.text : "";
    for (const col of read) {
      const cell = columns[col]!.written;
      // A table naming no year, in its caption or its column, may be any year's: unread; but one fee
      // column of money invoiced or paid, or the one fee column of a note ("Not 2 Medlemmarnas
      // bidrag"), is the report's year (`periodOf` gives it; minutes keep only later years' budgets).
      // One fee column under a caption naming the members' fees and no other time, in a report on one
      // year ("Medlemsbidrag per medlem" / "Medlem  Andel  Belopp"): read as undated, so only every own
      // member closed by its total, where the state's half holds too, makes it the report year's.
      const yearless = !ANY_YEAR.test(`${caption} ${head} ${cell}`);
      const knownYear = read.length === 1 && (INVOICED_CELL.test(cell) || NOTE_TITLE.test(titleAbove(doc, n)));
      const undated = yearless && !knownYear && read.length === 1 && undatedFeeCaption(doc, caption, n);
      if (yearless && !knownYear && !undated) continue;
      const captionWords = Number.isFinite(yearOf(col)) ? caption.replace(/\b(?:19|20)\d\d\b/g, " ") : caption;
      const items: ListItem[] = rows
        .filter((r) => Number.isFinite(r.values[col]))
        .map((r) => ({
          kind: r.kind!,
          name: r.name,
          value: r.values[col]!,
          decimals: decimalsOfValue(r.values[col]!),
          unit: null,
          line: r.line,
          approximate: false,
        }));
      const unitText = `${head} ${cell}`;
      const unit = leadUnit(unitText) ?? leadUnit(caption);
      const judged = judgeMemberList(doc, items, {
        own: ownMembersNamed(doc, memberOf),
        // "2026 (aviserat)": the fee announced to the members is planned, not paid.
        text: `${captionWords} ${head} ${cell}${ANNOUNCED_CELL.test(cell) ? " budget" : ""}${budgetAbove(doc, n, items, unit)}`,
        line: n,
        unit,
        municipal: /^kommun/i.test(cells[0]!.text),
        column: byYear.length > 0 || eachYear,
        ...(undated ? { undated: true } : {}),
      });
      out.facts.push(...judged.facts);
      out.findings.push(...judged.findings);
    }
  }
  return out;
}

/**
 * Whether a table's caption names the members' fees and no other time, nor does a line or a heading
 * above it, in a report on one year: its one fee column may be the report year's (judged as undated).
 */
function undatedFeeCaption(doc: DocumentText, caption: string, header: number): boolean {
  return (
    isYearReport(doc) &&
    !isPlanDocument(doc) &&
    FEES_CAPTION.test(caption) &&
    !NOT_THIS_YEAR.test(caption) &&
    !otherTimeAbove(doc, header) &&
    !planHeadingAbove(doc, header)
  );
}

/** An account number opening a row of a table with an account column ("3010    Staten"). */
const ACCOUNT_NUMBER = /^\d{3,5}\s+/;

/** A bullet opening a line: "- ", "• ", "* ", "– ". */
const BULLET_LINE = /^\s*[-–—•·▪*]\s+/;
/** A dash set between a bullet's member and its amount ("Region X – 1 500 000 kr"). */
const DASH_BEFORE_AMOUNT = /\s+[–—]\s+(?=\d)/g;

/**
 * A run of bullets under a lead ending in a colon ("Under 2024 fick förbundet följande från sina
 * medlemmar:" / "- Staten (Försäkringskassan) – 3 000 000 kr" / "- Kommunerna – 1 500 000 kr, varav
 * Åby 900 000 kr och …"): read as one sentence, the lead and then each bullet as an item of its list,
 * by the same judge as running text.
 */
function bulletLists(doc: DocumentText, memberOf: MemberOf): ListJudgement {
  const out: ListJudgement = { facts: [], findings: [] };
  let n = 1;
  while (n <= doc.lineCount) {
    if (!BULLET_LINE.test(doc.at(n)) || !/\d/.test(doc.at(n))) {
      n++;
      continue;
    }
    let end = n;
    while (end + 1 <= doc.lineCount && BULLET_LINE.test(doc.at(end + 1)) && /\d/.test(doc.at(end + 1))) end++;
    let lead = n - 1;
    if (lead > 1 && doc.at(lead) === "") lead--;
    if (
      end > n &&
      lead >= 1 &&
      /:\s*$/.test(doc.at(lead)) &&
      /stat|försäkringskassan|arbetsförmedlingen/i.test(doc.join(n, end))
    ) {
      const starts: { offset: number; line: number }[] = [];
      let text = "";
      for (const k of [lead, ...Array.from({ length: end - n + 1 }, (_, i) => n + i)]) {
        if (text !== "") text += k === lead + 1 || k === n ? " " : "; ";
        starts.push({ offset: text.length, line: k });
        text += doc
          .at(k)
          .replace(BULLET_LINE, "")
          .replace(DASH_BEFORE_AMOUNT, " ")
          .replace(/[.;,\s]+$/, "");
      }
      readProseUnit(doc, { text, starts }, memberOf, out, { preamble: doc.at(lead) });
    }
    n = end + 1;
  }
  return out;
}

/**
 * Lines of the members' amounts under a caption naming their money but no year ("Medlemmarnas
 * bidrag" / "Region X: 1 965 tkr" …), read after every other reader: the report year's fees where
 * the members add up to the year's operating revenue (or members' revenue) another reader stored
 * and the state pays as much as the others together; never where a reader already gave the year's
 * fees. Only in a report on one year.
 */
export function listsBesideRevenue(
  doc: DocumentText,
  memberOf: MemberOf,
  readSoFar: readonly FactInput[],
): ListJudgement {
  const none: ListJudgement = { facts: [], findings: [] };
  if (!isYearReport(doc) || isPlanDocument(doc)) return none;
  const year = doc.periodYear;
  if (readSoFar.some((f) => f.table === "member_contribution" && f.year === year && f.basis === "actual")) return none;
  const revenues = readSoFar.filter(
    (f): f is Extract<FactInput, { table: "finance" }> =>
      f.table === "finance" &&
      f.year === year &&
      f.basis === "actual" &&
      (f.item === "revenue_operating" || f.item === "member_revenue") &&
      typeof f.amount_sek === "number" &&
      f.amount_sek > 0,
  );
  const out: ListJudgement = { facts: [], findings: [] };
  const seen = new Set<number>();
  for (const r of revenues) {
    if (seen.has(r.amount_sek!)) continue;
    seen.add(r.amount_sek!);
    const judged = lineLists(doc, memberOf, {
      sek: r.amount_sek!,
      precision: amountPrecision(r.amount_sek!, r.text),
      line: r.line,
    });
    out.facts.push(...judged.facts.filter((f) => !out.facts.some((g) => g.line === f.line)));
  }
  // Two revenues each proving a different list: neither is known to be the year's.
  const lists = new Set(out.facts.map((f) => (f.table === "member_contribution" ? f.member.toLowerCase() : "")));
  return lists.size === out.facts.length ? out : none;
}

/**
 * An amount, then its member on the same line ("5.1  2 210 000 staten (FK och AF)" / "+ 1 105 000 Region X" / …
 * "+ 442 000 Böda kommun   = 4 420 000 intäkter  OK"): an item number, a plus sign and a sum after "=" are
 * no part of the item.
 */
const AMOUNT_THEN_NAME = new RegExp(
  String.raw`^(?:\d{1,2}(?:\.\d{1,2})+\s+)?(?:\+\s*)?(\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*(${AMOUNT_UNIT_WORD})(?!\p{L}))?\s+(\p{L}[^=]*?)(?:\s+=\s+.*)?$`,
  "iu",
);
/** An amount alone on its line ("6 250", "3 125 tkr"): its member on the next line. */
const AMOUNT_ALONE = new RegExp(
  String.raw`^(\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*(${AMOUNT_UNIT_WORD}))?$`,
  "iu",
);

/**
 * Lists whose amounts stand before their members, one member a line ("2 210 000 staten" / "+ 1 105 000
 * Region X") or an amount's line over its member's ("6 250" / "Försäkringskassan och Arbetsförmedlingen",
 * a key-figure page's pairs, a blank line between): the run of such items under a caption (the line or
 * two above it, past one blank line), judged as any list. A caption naming no year is the report's year
 * only in a report on one year, where neither it nor the lines and headings above name another time.
 */
function amountFirstLists(doc: DocumentText, memberOf: MemberOf): ListJudgement {
  const out: ListJudgement = { facts: [], findings: [] };
  const itemAt = (n: number): { item: ListItem; next: number } | undefined => {
    const t = doc.at(n);
    if (!/^[\d+]/.test(t)) return undefined;
    const alone = AMOUNT_ALONE.exec(t);
    const same = alone ? null : AMOUNT_THEN_NAME.exec(t);
    const name = alone ? doc.at(n + 1) : same?.[3];
    if (name === undefined || name === "" || YEAR.test((alone ?? same)![1]!)) return undefined;
    const kind = kindOf(name, memberOf);
    if (!kind || kind.kind === "municipalities") return undefined;
    const m = (alone ?? same)!;
    return {
      item: {
        kind: kind.kind,
        name: kind.name,
        value: Number(m[1]!.replace(/ /g, "").replace(",", ".")),
        decimals: /,(\d+)$/.exec(m[1]!)?.[1]?.length ?? 0,
        unit: m[2] ? amountUnit(m[2]) : null,
        line: n,
        approximate: false,
      },
      next: alone ? n + 2 : n + 1,
    };
  };
  let n = 1;
  while (n <= doc.lineCount) {
    const start = itemAt(n);
    if (!start) {
      n++;
      continue;
    }
    const items = [start.item];
    let k = start.next;
    for (;;) {
      const at = itemAt(k) ?? (doc.at(k) === "" ? itemAt(k + 1) : undefined);
      if (!at) break;
      items.push(at.item);
      k = at.next;
    }
    if (items.length >= 3) {
      // The caption: the one or two lines right above the run, past one blank line.
      let last = n - 1;
      if (last >= 1 && doc.at(last) === "") last--;
      let top = last;
      while (top > 1 && last - top < 1 && /\p{L}/u.test(doc.at(top - 1))) top--;
      const caption = last >= 1 ? doc.join(top, last) : "";
      const dated = ANY_YEAR.test(caption);
      const yearless =
        !dated &&
        isYearReport(doc) &&
        !isPlanDocument(doc) &&
        !NOT_THIS_YEAR.test(caption) &&
        // A caption that is a heading of its own opens a section: the lines above it are another's.
        (isHeading(doc, top) || !otherTimeAbove(doc, top)) &&
        !planHeadingAbove(doc, top);
      if (caption !== "" && !/\d{1,3}(?: \d{3})+/.test(caption) && (dated || yearless)) {
        const judged = judgeMemberList(doc, items, {
          text: caption,
          line: n,
          unit: leadUnit(caption),
          own: ownMembersNamed(doc, memberOf),
        });
        out.facts.push(...judged.facts);
        out.findings.push(...judged.findings);
      }
    }
    n = Math.max(k, n + 1);
  }
  return out;
}

/** Every list of members with amounts in the document, from its running text and its lines. */
export function memberAmountLists(doc: DocumentText, memberOf: MemberOf): ListJudgement {
  const prose = proseLists(doc, memberOf);
  const bullets = bulletLists(doc, memberOf);
  const lines = lineLists(doc, memberOf);
  const tables = tableLists(doc, memberOf);
  const first = amountFirstLists(doc, memberOf);
  // "Staten   Region X   Åby   Summa" over "Utfall 2024   …": the members as columns, a row per year (`memberColumnTables.ts`).
  const columns = memberColumnTables(doc, memberOf);
  // A sentence read with the one before it may be read alone too: each fact once.
  const seen = new Set<string>();
  const facts = [
    ...prose.facts,
    ...bullets.facts,
    ...lines.facts,
    ...tables.facts,
    ...first.facts,
    ...columns.facts,
  ].filter((f) => {
    const key = JSON.stringify(f);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  return {
    facts,
    findings: [
      ...prose.findings,
      ...bullets.findings,
      ...lines.findings,
      ...tables.findings,
      ...first.findings,
      ...columns.findings,
    ],
  };
}
