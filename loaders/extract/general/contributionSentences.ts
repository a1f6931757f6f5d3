/**
 * Member contributions stated in running text, read sentence by sentence (wrapped lines joined by
 * the prose pre-pass):
 * - a verb chain: "Staten bidrog med 3,2 mnkr, Region Kustland med 1,6 mnkr och Strandviks kommun
 *   med 0,8 mnkr" — the verb's own subject and every named member after it that takes "med" and
 *   an amount;
 * - a fee: "Strandviks kommuns medlemsavgift uppgick till 812 tkr", "Medlemsavgiften från Region
 *   Kustland var 1,6 mnkr", "A kommuns medlemsavgift till förbundet uppgick 2023 till 990 000
 *   kronor" (a member's decision on the federation's accounts quotes it so). A fee is one
 *   member's amount right after its own phrase, so only a budget, a plan or an earlier year in
 *   its sentence, or a year of its own other than the report's, leaves it unread; a chain also
 *   stops at a change, a price or another year anywhere in the sentence.
 * Only a member named as a member is stored ("X kommun", "Region Y", "Staten",
 * "Försäkringskassan", "Arbetsförmedlingen", the joint state, and "regionen": a federation has one
 * region among its members, and normalising resolves it only where the registry has one):
 * "Kommunerna bidrog med 2,1 mnkr" names no one member and is not stored. A sentence about a budget,
 * a plan, another year, a price per inhabitant, or money for one project or intervention is not
 * read as the year's; a later year's budget is read only in its own shapes: a member's share
 * ("Förbundets budget för 2026 bygger på att staten tillför 5 800 tkr"), the parts right after it
 * ("Regionens del blir då 2 900 tkr"), one member's fee from one year to the next under a fee
 * heading ("… en ökning från 1 044 tkr 2025 till 1 102 tkr 2026"), and a member's fee "för 2025 är
 * budgeterat till". The member is kept as written; normalisation resolves it through the
 * registry. Pure.
 */
import { NOT_A_NAME } from "../../reference/memberWords.ts";
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { BUDGET_OR_EARLIER, membersTotalOf } from "./contributionLists.ts";
import { lineAt, proseUnits, sentencesOf } from "./proseSentences.ts";
import { isHeading } from "./sectionScope.ts";
import { namesAnotherFederation, namesAnotherPlace } from "./memberAmountLists.ts";
import { authorOf } from "./federationRows.ts";
import { ownFederation } from "./federationNames.ts";

const SECTION = "general:member_contributions";
/** The member municipalities together ("Kommunerna", "Medlemskommunerna"): no one member. */
const MUNICIPALITIES = /^(?:medlems)?kommunerna$/iu;

/** A member as a sentence writes it; `memberOf` of parseMemberContributions decides whether it is one. */
const MEMBER_SOURCE = String.raw`staten(?:\s*\((?:fk|försäkringskassan)\s*(?:och|&|\/|,)\s*(?:af|arbetsförmedlingen)\))?|försäkringskassan(?:\s+och\s+arbetsförmedlingen)?|arbetsförmedlingen(?:\s+och\s+försäkringskassan)?|region\s+\p{Lu}[\p{L}-]*(?:\s+län)?|regionen|\p{Lu}[\p{L}-]*\s+kommun`;
/**
 * A place alone ("Brattåsen", "Ljusnäs" in "Ljusnäs avgift"): a municipality only where the same
 * sentence, or the one before, names another member as "X kommun" with its amount (`placesAllowed`).
 */
const PLACE = String.raw`\p{Lu}\p{Ll}[\p{L}-]+`;
/**
 * "bidrog med", "har under året bidragit med", "bidrog via (genom) Försäkringskassan med" (the state pays through an
 * agency), "gick in med" (a post's everyday words for the same).
 */
const VERB = String.raw`(?:har\s+)?(?:(?:bidrog|bidragit|betalade|betalat|tillsköt|tillskjutit|gick\s+in|gått\s+in)(?:\s+under\s+(?:året|(?:19|20)\d\d)|\s+(?:19|20)\d\d)?(?:\s+(?:via|genom)\s+(?:försäkringskassan|arbetsförmedlingen)(?:\s+och\s+(?:försäkringskassan|arbetsförmedlingen))?)?\s+med|(?:betalade|betalat)(?:\s+under\s+(?:året|(?:19|20)\d\d))?)`;
const HEDGE = String.raw`(?:(?:ca\.?|cirka|c:a|drygt|knappt|ungefär|omkring|runt)\s+)?`;
/**
 * A word each of CHAIN_START, SHARE_START, SHARE_OF_INCOME and FEE holds (their verbs "bidrog",
 * "bidragit", "betalade", "betalat", "betalar", "bidrar", "tillsköt", "stod för", "står för", "gick in"; their
 * shares; "avgift", "bidrag"), with the same flags: a sentence without one matches none of them.
 */
const CHAIN_OR_FEE_WORD =
  /bidr|betala|tillsk|stod|står|hälften|tredjedel|fjärdedel|sjättedel|avgift|finansierades|gick\s+in|gått\s+in/iu;
/**
 * What opens a member's apposition: "genom"/"via" the agencies it pays through, or "alltså", "dvs",
 * "det vill säga" naming them ("Staten, alltså Försäkringskassan och Arbetsförmedlingen, betalade …").
 */
const APPOSITION = String.raw`(?:genom|via|alltså|dvs\.?|d\.v\.s\.?|det\s+vill\s+säga)`;
/**
 * "Staten bidrog med ": the subject (any words, a member or not) and the verb; a member may carry an
 * apposition ("Staten, genom Försäkringskassan och Arbetsförmedlingen, bidrog med ").
 */
const CHAIN_START = new RegExp(
  String.raw`(?<![\p{L}])(?:(${MEMBER_SOURCE})\s*,\s*${APPOSITION}\s+[^,]{3,60},|(${MEMBER_SOURCE}|\p{L}+))\s+${VERB}\s+${HEDGE}$`,
  "iu",
);
/**
 * "Förbundet finansierades 2025 av staten med ": the chain said in the passive, the federation the
 * subject and the first member after "av"; the links after it are read as after "Staten bidrog med".
 */
const PASSIVE_START = new RegExp(
  String.raw`(?<![\p{L}])(?:samordnings)?förbundet\s+finansierades(?:\s+under\s+(?:året|(?:19|20)\d\d)|\s+(?:19|20)\d\d)?\s+av\s+(${MEMBER_SOURCE})\s+med\s+${HEDGE}$`,
  "iu",
);
/**
 * "Staten, genom Försäkringskassan och Arbetsförmedlingen, betalade hälften, 3,1 mnkr": a share
 * named in words, then its amount as an apposition; the subject may carry an apposition of its own.
 */
const SHARE_START = new RegExp(
  String.raw`(?<![\p{L}])(${MEMBER_SOURCE})(?:\s*,\s*${APPOSITION}\s+[^,]{3,60},)?\s+(?:bidrog|betalade|betalar|bidrar|stod|står)(?:\s+(?:genom|via)\s+[^,]{3,60}?)?\s+(?:med\s+|för\s+)?(?:hälften|en\s+tredjedel|en\s+fjärdedel|en\s+sjättedel)\s*,\s+${HEDGE}$`,
  "iu",
);
/**
 * "Hälften av intäkterna kommer från staten via Försäkringskassan och Arbetsförmedlingen, 5,2 mnkr":
 * a share of the income named in words, its payer, then its amount as an apposition.
 */
const SHARE_OF_INCOME = new RegExp(
  String.raw`(?<![\p{L}])(?:hälften|en\s+tredjedel|en\s+fjärdedel|en\s+sjättedel)\s+av\s+(?:\p{L}+\s+)?(?:intäkter|intäkterna|medlemsavgifterna|bidragen)\s+(?:kommer|kom)\s+från\s+(${MEMBER_SOURCE})(?:\s+(?:genom|via)\s+[^,]{3,60})?\s*,\s+${HEDGE}$`,
  "iu",
);
/**
 * ", Region Kustland med ", " och Strandviks kommun med ", " och Strandviks kommun " (after "betalade"
 * with no "med"): the next link of the chain; a link without "med" names a member as a member. The
 * amount before may end on its unit, what it is ("i medlemsavgift") and the year's dating phrase ("6,8
 * miljoner kronor 2025, Tallmyra kommun med …", "… kronor under året, och …", "1 040 000 kronor i
 * medlemsavgift 2025, Ljungsta 540 000 kronor"); a sentence naming another year is no chain at all. A whole's
 * amount may be split after a dash or a colon ("Kommunerna bidrog med 1,8 mnkr tillsammans – Åby kommun med
 * 1,1 mnkr och Böda kommun med 0,7 mnkr"): each part a link, the whole (no member) never stored.
 */
const CHAIN_LINK = new RegExp(
  String.raw`^\s*(?:(?:kronor|kr)\.?\s+)?(?:(?:i|som)\s+(?:medlems|års)?(?:avgift|bidrag)\p{L}*\s+)?(?:(?:(?:för|under)\s+)?(?:(?:19|20)\d\d|året)\s*)?(?:,|och|samt|,\s*och|(?:(?:tillsammans|totalt|sammanlagt)\s+)?[–—:])\s+(?:(${MEMBER_SOURCE}|\p{L}+)\s+med|(${MEMBER_SOURCE})|(${PLACE}))\s+${HEDGE}$`,
  "iu",
);
/**
 * ", regionen för 1 740 tkr", " och Älvby kommun för 522 tkr": the next link of a chain whose first member
 * "stod för" its share ("Staten stod för hälften, 3 480 tkr, regionen för …"): the verb left out, "för" kept.
 */
const FOR_LINK = new RegExp(
  String.raw`^\s*(?:(?:kronor|kr|tkr|mnkr)\.?\s+)?(?:,|och|samt|,\s*och)\s+(${MEMBER_SOURCE})\s+för\s+${HEDGE}$`,
  "iu",
);
/** A chain's start whose verb is "stod för"/"står för": its links may name their member with "för". */
const STOOD_FOR = /\s(?:stod|står)\s+(?:för\s+|(?:genom|via)\s+[^,]{3,60}?\s+för\s+)/iu;
const PLACE_ALONE = new RegExp(String.raw`^${PLACE}$`, "u");
/**
 * ", och Kronsjö kommuns 1 134 000 kr", " och Lövliden 768 tkr": the next member of a list of fees
 * whose verb the first gave, in the genitive or not.
 */
const FEE_LINK = new RegExp(
  String.raw`^\s*(?:kronor\s*)?(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)(?:(${MEMBER_SOURCE})s?|(${PLACE}))\s+${HEDGE}$`,
  "iu",
);
/**
 * "Strandviks kommuns medlemsavgift uppgick till ", "Medlemsavgiften från Region Kustland var ",
 * "A kommuns medlemsavgift till förbundet uppgick 2023 till ", "B kommuns medlemsavgift 2025 var ": the
 * fee's year, if it names one, in `year1`, `year2` or `year3`.
 */
const FEE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:(${MEMBER_SOURCE}|regionen|kommunen)s|(${PLACE}))\s+(?:(?:årliga\s+)?(?:medlemsavgift|medlemsbidrag|avgift|bidrag)(?:en|et)?|(?:del|andel)\s+av\s+(?:medlemsavgifterna|medlemsbidragen|avgifterna|bidragen))|(?:medlemsavgift|medlemsbidrag|bidrag)(?:en|et)?\s+från\s+(${MEMBER_SOURCE}))(?:\s+(?<year3>(?:19|20)\d\d))?(?:\s+till\s+(?:samordnings)?förbundet)?(?:\s+(?:under|för)\s+(?:året|(?<year1>(?:19|20)\d\d)))?\s+(?:uppgick\s+(?:(?:under|för)\s+)?(?:(?:året|(?<year2>(?:19|20)\d\d))\s+)?till|var|blev)\s+${HEDGE}$`,
  "iu",
);
/**
 * "Förbundets intäkter var 9 420 tkr, varav regionens bidrag 2 310 tkr": a member's fee named as a part of
 * the federation's revenue after "varav"/"därav", its amount right after the fee's noun.
 */
const VARAV_FEE = new RegExp(
  String.raw`(?<![\p{L}])(?:varav|därav)\s+(${MEMBER_SOURCE}|regionen|kommunen)s\s+(?:medlemsavgift|medlemsbidrag|avgift|bidrag)(?:en|et)?\s+(?:(?:var|uppgick\s+till|på|om)\s+)?${HEDGE}$`,
  "iu",
);
/**
 * A list after a lead naming the members' contributions and a colon: "Medlemmarnas bidrag
 * fördelades så här: staten 4,8 mnkr, Region Ås 2,4 mnkr och Bys kommun 1,6 mnkr". The lead and the
 * first member, then each further member right before its amount.
 */
const LEAD_WORDS = String.raw`(?:(?:medlemmarnas|medlemsorganisationernas)\s+(?:bidrag|avgifter|insatser|andelar|andel|del)|(?:medlems)?kommunernas\s+(?:bidrag|avgifter|andelar|andel|del)|medlemsavgift(?:er(?:na)?)?|medlemsbidrag(?:en)?|(?:bidragen|avgifterna|insatserna)\s+från\s+medlemmarna|fördelning(?:en)?\s+(?:mellan\s+medlemmarna|enligt\s+förbundsordningen))`;
const LIST_LEAD = String.raw`${LEAD_WORDS}[^:.]{0,60}:`;
const LIST_FIRST = new RegExp(String.raw`(?<![\p{L}])${LIST_LEAD}\s*(${MEMBER_SOURCE})\s+${HEDGE}$`, "iu");
/** A member in a list, where a separator ends the name before it: a place of two words too ("Stora Linå kommun"). */
const LISTED_MEMBER = String.raw`${MEMBER_SOURCE}|\p{Lu}[\p{L}-]*\s+\p{Lu}[\p{L}-]*\s+kommun`;
/** The first member of a list whose lead is the heading on the line above. */
const HEADED_FIRST = new RegExp(String.raw`^\s*(${LISTED_MEMBER})\s+${HEDGE}$`, "iu");
/** The members of a list apart by commas, "och", or the middle dots, bullets and bars of a callout. */
const LIST_NEXT = new RegExp(
  String.raw`^\s*(?:[,·•|;]\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)(${LISTED_MEMBER})\s+${HEDGE}$`,
  "iu",
);
/** The municipalities together as an item of the list: their sum, not a member's own amount. */
const TOGETHER_NEXT = new RegExp(
  String.raw`^\s*(?:[,·•|;]\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)(?:kommunerna|de\s+\p{L}+\s+kommunerna)\s+(?:tillsammans|sammanlagt|totalt|gemensamt)\s+${HEDGE}$`,
  "iu",
);
/**
 * A heading that leads the list on the line below it: "Så fördelades medlemmarnas bidrag",
 * "Medlemsavgifter 2024" (its year, if any, checked by the caller).
 */
const LIST_HEADING = new RegExp(
  String.raw`^(?:så\s+(?:fördelades|fördelas|fördelade\s+sig)\s+)?${LEAD_WORDS}(?:\s+(?:(?:19|20)\d\d|under\s+året|per\s+medlem))?\s*:?$`,
  "iu",
);

/** A whole number with its thousands grouped: "2 100 000", never a year or a small count. */
const GROUPED = /(?<![\d,.])\d{1,3}(?: \d{3})+(?!\d|,\d)/g;

/**
 * "Försäkringskassan 2 100 000, Region X 1 050 000, … och Y kommun 336 000 kronor.": a list whose
 * unit is written once, after its last amount. Where the sentence's one amount with a unit is its
 * last number and every number before it is a grouped whole number (thousands apart), each of those
 * takes the same unit; anything else keeps the amounts as found.
 */
function withSharedUnit(sentence: string, amounts: ReturnType<typeof findAmounts>): ReturnType<typeof findAmounts> {
  const last = amounts.at(-1);
  if (
    amounts.length !== 1 ||
    !last ||
    last.approximate ||
    !/^\s*[.!]?\s*$/.test(sentence.slice(last.index + last.raw.length))
  )
    return amounts;
  const written = /^-?[\d ]+(?:,\d+)?/.exec(last.raw)?.[0].trim() ?? "";
  const value = Number(written.replace(/ /g, "").replace(",", "."));
  if (!(value > 0) || !/^\d{1,3}(?: \d{3})+$/.test(written)) return amounts;
  const factor = last.sek / value;
  const bare = [...sentence.slice(0, last.index).matchAll(GROUPED)];
  // Every digit before the last amount must be one of these numbers.
  const digits = sentence.slice(0, last.index).replace(GROUPED, "");
  if (bare.length < 2 || /\d/.test(digits)) return amounts;
  return [
    ...bare.map((m) => ({
      sek: Number(m[0].replace(/ /g, "")) * factor,
      approximate: false,
      precision: last.precision,
      index: m.index,
      raw: m[0],
    })),
    last,
  ];
}

/**
 * Every member of such a list with its amount; none unless every amount of the sentence is a
 * named member's, and the list ends the sentence.
 */
function readColonList(sentence: string, memberOf: (label: string) => string | null, headed = false): Read[] {
  const amounts = withSharedUnit(sentence, findAmounts(sentence));
  const out: Read[] = [];
  let previousEnd = 0;
  for (const [k, a] of amounts.entries()) {
    const before = sentence.slice(previousEnd, a.index);
    previousEnd = a.index + a.raw.length;
    // "… · kommunerna tillsammans 4,0 mkr": the municipalities' sum, no one member's, passed over.
    if (k > 0 && TOGETHER_NEXT.test(before)) continue;
    const m = (k > 0 ? LIST_NEXT : headed ? HEADED_FIRST : LIST_FIRST).exec(before);
    const member = m && named(m[1]!) && a.sek > 0 ? memberOf(m[1]!.replace(/\s+/g, " ")) : null;
    if (member === null) return [];
    out.push({ member, sek: a.sek, approximate: a.approximate, index: a.index, fee: false });
  }
  return /^\s*[.!]?\s*$/.test(sentence.slice(previousEnd)) ? out : [];
}

/**
 * The members' fees as a list of amounts, each followed by its payer: "Medlemsavgifterna var
 * 3 920 000 kr från staten, 1 960 000 kr från Region X och 686 000 kr från Y kommun", "Av
 * medlemsbidragen kom 9,9 mnkr från staten, …". The lead and its verb before the first amount,
 * then "från" and a named member after every amount.
 */
const FROM_LEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:medlemsavgifterna|medlemsbidragen|(?:medlemmarnas|medlemsorganisationernas)\s+(?:bidrag|avgifter|insatser))(?:\s+(?:under|för)\s+(?:året|(?:19|20)\d\d))?\s+(?:var|blev|uppgick\s+till|utgjordes\s+av)|av\s+(?:medlemsavgifterna|medlemsbidragen|intäkterna|förbundets\s+intäkter)\s+kom)\s+${HEDGE}$`,
  "iu",
);
const FROM_MEMBER = new RegExp(String.raw`^\s*(?:kronor\s+)?från\s+(${MEMBER_SOURCE})`, "iu");
/** "… från de åtta kommunerna (tillsammans)": the municipalities' sum as one payer, no one member's. */
const FROM_TOGETHER =
  /^\s*(?:kronor\s+)?från\s+(?:de\s+\p{L}+\s+|samtliga\s+|alla\s+)?kommunerna(?:\s+(?:tillsammans|gemensamt|sammanlagt))?(?!\p{L})/iu;
const FROM_NEXT = new RegExp(String.raw`^\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)${HEDGE}$`, "iu");

/** Every member of such a list with its amount; none unless every amount of the sentence is a named member's. */
function readFromList(sentence: string, memberOf: (label: string) => string | null): Read[] {
  // Every such list names its payers after "från": most sentences have none.
  if (!/från/i.test(sentence)) return [];
  const amounts = findAmounts(sentence);
  const out: Read[] = [];
  /** The municipalities' sum, where the list gives it as one payer. */
  let together: number | undefined;
  let previousEnd = 0;
  for (const [k, a] of amounts.entries()) {
    if (!(k === 0 ? FROM_LEAD : FROM_NEXT).test(sentence.slice(previousEnd, a.index))) return [];
    const after = sentence.slice(a.index + a.raw.length);
    const all = together === undefined ? FROM_TOGETHER.exec(after) : null;
    if (all && a.sek > 0) {
      together = a.sek;
      previousEnd = a.index + a.raw.length + all[0].length;
      continue;
    }
    const m = FROM_MEMBER.exec(after);
    const member = m && named(m[1]!) && a.sek > 0 ? memberOf(m[1]!.replace(/\s+/g, " ")) : null;
    if (member === null) return [];
    out.push({ member, sek: a.sek, approximate: a.approximate, index: a.index, fee: false });
    previousEnd = a.index + a.raw.length + m![0].length;
  }
  // With the municipalities as one payer, the named members are stored only where the state's half
  // holds: the state's amount is the others' together (the identity of the members' contributions).
  if (together !== undefined) {
    const state = out.filter((f) => /^staten\b/i.test(f.member));
    const others = out.filter((f) => !state.includes(f)).reduce((sum, f) => sum + f.sek, together);
    if (state.length !== 1 || out.length < 2 || Math.abs(state[0]!.sek - others) >= 1) return [];
  }
  // "… och lika mycket från kommunerna": a payer without an amount of its own ends the list unread.
  const rest = sentence.slice(previousEnd);
  return /^\s*[.!]?\s*$/.test(rest) || /^\s*(?:,\s*)?(?:och|samt)\s+\D+$/.test(rest) ? out : [];
}

/**
 * "Medlemsavgifterna fördelades: Försäkringskassan 2 100 000, Region X …": Försäkringskassan pays
 * out the state's half for both agencies, so among several members' amounts, with Arbetsförmedlingen
 * named nowhere in the sentence, its amount is the state's.
 */
function stateThroughAgency(found: Read[], sentence: string, memberOf: (label: string) => string | null): Read[] {
  if (found.length < 2 || /arbetsförmedling/i.test(sentence)) return found;
  const agency = found.filter((f) => /^försäkringskassan$/i.test(f.member.trim()));
  const state = agency.length === 1 ? memberOf("Staten") : null;
  return state === null ? found : found.map((f) => (f === agency[0] ? { ...f, member: state } : f));
}

/** "Av detta kom ", "Av beloppet kom ": a sentence going on about the parts of the total before it. */
const PARTS_LEAD = new RegExp(
  String.raw`^\s*av\s+(?:detta|dessa|beloppet|summan|dem)\s+(?:kom|betalade|bidrog)\s+${HEDGE}$`,
  "iu",
);
/** ", medan kommunerna tillsammans bidrog med ": the municipalities' sum, a part that is no one member's. */
const TOGETHER_PART =
  /^\s*(?:,\s*)?(?:medan|och|samt)\s+(?:de\s+\p{L}+\s+)?kommunerna\s+(?:tillsammans|gemensamt|sammanlagt)\s+(?:bidrog|betalade|stod\s+för)\s+(?:med\s+)?$/iu;

/**
 * The parts of a total the sentence before gave: "Av detta kom 9 200 000 kr från staten och 4 600 000
 * kr från Region X, medan kommunerna tillsammans bidrog med 4 600 000 kr." Every amount is "från" a
 * named member or the municipalities' sum; the named members are stored only where every part adds
 * up to the total exactly.
 */
function partsOfTotalBefore(sentence: string, memberOf: (label: string) => string | null, total: number): Read[] {
  if (!/^\s*av\s/i.test(sentence)) return [];
  const amounts = findAmounts(sentence);
  const out: Read[] = [];
  let sum = 0;
  let previousEnd = 0;
  for (const [k, a] of amounts.entries()) {
    const before = sentence.slice(previousEnd, a.index);
    previousEnd = a.index + a.raw.length;
    if (a.sek <= 0 || a.approximate) return [];
    sum += a.sek;
    if (k > 0 && TOGETHER_PART.test(before)) continue;
    if (!(k === 0 ? PARTS_LEAD : FROM_NEXT).test(before)) return [];
    const m = FROM_MEMBER.exec(sentence.slice(previousEnd));
    const member = m && named(m[1]!) ? memberOf(m[1]!.replace(/\s+/g, " ")) : null;
    if (member === null) return [];
    out.push({ member, sek: a.sek, approximate: false, index: a.index, fee: false });
    previousEnd += m![0].length;
  }
  return sum === total && /^\s*[.!]?\s*$/.test(sentence.slice(previousEnd)) ? out : [];
}

/**
 * The year's income, then its payers after a colon: "Förbundet hade under 2024 intäkter på 18,6
 * mnkr: 9,3 mnkr från staten genom Försäkringskassan och Arbetsförmedlingen, 4,65 mnkr från Region
 * X och 4,65 mnkr från de tre kommunerna tillsammans." Every part is an amount "från" a payer; only
 * the payers named as members are stored, and only where the parts add up to the total exactly
 * (the identity "contributions add to their total").
 */
const INCOME_TOTAL =
  /(?<![\p{L}])(?:intäkter|intäkterna|medlemsbidrag|medlemsbidragen|medlemsavgifter|medlemsavgifterna)\s+(?:på|om|var|uppgick\s+till)\s+$/iu;
const PAYER_PART = new RegExp(
  String.raw`^\s*(?:kronor\s+)?från\s+(?:(${MEMBER_SOURCE})(?:\s+(?:genom|via)\s+[^,]{3,60})?|[^,]{3,60}?)\s*(?=,|och\s|samt\s|\.?\s*$)`,
  "iu",
);
const PART_NEXT = /^\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)$/iu;

function readIncomeParts(sentence: string, memberOf: (label: string) => string | null): Read[] {
  if (!/från/i.test(sentence) || !sentence.includes(":")) return [];
  const amounts = findAmounts(sentence);
  const [total, ...parts] = amounts;
  if (!total || parts.length < 2 || !INCOME_TOTAL.test(sentence.slice(0, total.index))) return [];
  if (!/^\s*(?:kronor\s*)?:\s*$/.test(sentence.slice(total.index + total.raw.length, parts[0]!.index))) return [];
  const out: Read[] = [];
  let sum = 0;
  for (const [k, a] of parts.entries()) {
    const m = PAYER_PART.exec(sentence.slice(a.index + a.raw.length));
    if (!m || a.sek <= 0 || a.approximate !== total.approximate) return [];
    const end = a.index + a.raw.length + m[0].length;
    const upto = parts[k + 1]?.index ?? sentence.length;
    if (
      k + 1 < parts.length
        ? !PART_NEXT.test(sentence.slice(end, upto))
        : !/^\s*(?:tillsammans\s*)?[.!]?\s*$/.test(sentence.slice(end))
    )
      return [];
    sum += a.sek;
    const member = m[1] && named(m[1]) ? memberOf(m[1].replace(/\s+/g, " ")) : null;
    if (member !== null) out.push({ member, sek: a.sek, approximate: a.approximate, index: a.index, fee: false });
  }
  return Math.abs(sum - total.sek) < 1 ? out : [];
}

/**
 * A list of members each before its amount with no lead this reader knows ("Finansiering 2025: staten 4 600
 * 000 kr, Region X 2 300 000 kr och de tre kommunerna tillsammans 2 300 000 kr", "… Ås kommun 614 000
 * kronor, Bys kommun 368 400 kronor …", "9 200 tkr, fördelade på staten 4 600 tkr, Region X 2 300 tkr, …"):
 * read only where a sum proves it the members' contributions: the state's amount is the other members'
 * together (the state pays half), or the amount opening the sentence is all the parts together. Every
 * amount of the sentence must be the list's; the municipalities together are counted, never stored.
 */
const PROVED_FIRST = new RegExp(String.raw`(?:^|[\s:;,(•·|–-])(${LISTED_MEMBER})\s+${HEDGE}$`, "iu");
const PROVED_TOTAL_LEAD =
  /^\s*(?:kronor\s*)?,?\s*(?:fördelade|fördelat|fördelat|uppdelade|uppdelat)\s+(?:på|mellan)\s+$/iu;

/** Words of another year, a plan, a budget or money over several years in the sentence itself. */
const OTHER_TIME_SENTENCE =
  /inför|nästa\s+år|kommande\s+år|framöver|budget|planer|planera|förslag|föreslå|sedan\s+start|sedan\s+(?:19|20)\d\d|under\s+åren/iu;

function readProvedList(sentence: string, memberOf: (label: string) => string | null): Read[] {
  // "Inför nästa år fördelas medlen så: …": a split for another year, a plan or a budget, never the year's fees.
  if (OTHER_TIME_SENTENCE.test(sentence)) return [];
  const amounts = withSharedUnit(sentence, findAmounts(sentence));
  if (amounts.length < 3 || amounts.some((a) => a.sek <= 0)) return [];
  const out: Read[] = [];
  let together = 0;
  let total: number | undefined;
  let previousEnd = 0;
  for (const [k, a] of amounts.entries()) {
    const before = sentence.slice(previousEnd, a.index);
    previousEnd = a.index + a.raw.length;
    if (k === 0 && !PROVED_FIRST.test(before)) {
      // "9 200 tkr, fördelade på staten …": the total before its parts.
      total = a.sek;
      continue;
    }
    if (k > 0 && TOGETHER_NEXT.test(before)) {
      together += a.sek;
      continue;
    }
    const m = (k === 0 || (k === 1 && total !== undefined) ? PROVED_FIRST : LIST_NEXT).exec(before);
    if (k === 1 && total !== undefined && !PROVED_TOTAL_LEAD.test(before.slice(0, m?.index ?? 0) + " ")) return [];
    const member = m && named(m[1]!) ? memberOf(m[1]!.replace(/\s+/g, " ")) : null;
    if (member === null) return [];
    out.push({ member, sek: a.sek, approximate: a.approximate, index: a.index, fee: false });
  }
  if (
    out.length < 2 ||
    out.some((f) => f.approximate) ||
    !/^\s*(?:kronor|kr)?\s*[.!]?\s*$/iu.test(sentence.slice(previousEnd))
  )
    return [];
  const sum = out.reduce((t, f) => t + f.sek, together);
  if (total !== undefined) return Math.abs(sum - total) < 1 ? out : [];
  const state = out.filter((f) => /^(?:staten|försäkringskassan)\b/i.test(f.member));
  return state.length === 1 && Math.abs(2 * state[0]!.sek - sum) < 1 ? out : [];
}

/**
 * The federation's funding told payer by payer, each amount before its payer: "Förbundet finansierades 2025
 * med 4 200 000 kr från staten, 2 100 000 kr från Region X och 2 100 000 kr från kommunerna (Ås kommun
 * 1 260 000 kr och Bys kommun 840 000 kr)." Every amount must be a part "från" a member, or the
 * municipalities' together, whose bracket may name each municipality's part (stored only where they add
 * up to it); and the state's part must be the other members' together (the Finsam identity: the state
 * pays half), so the parts are proved the year's contributions and nothing else.
 */
const FUNDED_WITH = new RegExp(
  String.raw`(?<![\p{L}])(?:samordnings)?förbundet\s+finansierades(?:\s+under\s+(?:året|(?:19|20)\d\d)|\s+(?:19|20)\d\d)?\s+med\s+${HEDGE}$`,
  "iu",
);
const FROM_PAYER = new RegExp(
  String.raw`^\s*(?:kronor\s+)?från\s+(?:(${MEMBER_SOURCE})|(?:de\s+(?:\p{L}+\s+)?)?(?:medlems)?kommunerna)(?!\p{L})(?:\s+tillsammans)?`,
  "iu",
);
/** " (Ås kommun ", " och Bys kommun ": a municipality opening or going on in the bracket after the municipalities' part. */
const BRACKET_FIRST = new RegExp(String.raw`^\s*\(\s*(${LISTED_MEMBER})\s+$`, "iu");
const BRACKET_NEXT = new RegExp(
  String.raw`^\s*(?:kronor\s*)?(?:,\s*(?:och\s+)?|och\s+|samt\s+)(${LISTED_MEMBER})\s+$`,
  "iu",
);
const STATE_PAYER = /^(?:staten|försäkringskassan)/i;

function readFundedWith(sentence: string, memberOf: (label: string) => string | null): Read[] {
  if (!/finansierades/i.test(sentence)) return [];
  const amounts = findAmounts(sentence);
  if (amounts.length < 3 || !FUNDED_WITH.test(sentence.slice(0, amounts[0]!.index))) return [];
  const parts: Read[] = [];
  let state: number | undefined;
  let others = 0;
  let municipalities: { total: number; listed: Read[] } | undefined;
  let previousEnd = 0;
  for (const [k, a] of amounts.entries()) {
    const before = sentence.slice(previousEnd, a.index);
    if (a.sek <= 0 || a.approximate) return [];
    // A municipality's part inside the bracket right after the municipalities' together.
    const inBracket =
      municipalities !== undefined && (municipalities.listed.length === 0 ? BRACKET_FIRST : BRACKET_NEXT).exec(before);
    if (inBracket) {
      const member = named(inBracket[1]!) ? memberOf(inBracket[1]!.replace(/\s+/g, " ")) : null;
      if (member === null) return [];
      municipalities!.listed.push({ member, sek: a.sek, approximate: false, index: a.index, fee: false });
      previousEnd = a.index + a.raw.length;
      continue;
    }
    if (k > 0 && !/^\s*(?:\)\s*)?(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)$/iu.test(before)) return [];
    const m = FROM_PAYER.exec(sentence.slice(a.index + a.raw.length));
    if (!m) return [];
    previousEnd = a.index + a.raw.length + m[0].length;
    if (m[1] === undefined) {
      if (municipalities !== undefined) return [];
      municipalities = { total: a.sek, listed: [] };
      others += a.sek;
      continue;
    }
    const member = named(m[1]) ? memberOf(m[1].replace(/\s+/g, " ")) : null;
    if (member === null) return [];
    if (STATE_PAYER.test(m[1])) state = a.sek;
    else others += a.sek;
    parts.push({ member, sek: a.sek, approximate: false, index: a.index, fee: false });
  }
  if (!/^\s*\)?\s*[.!]?\s*$/.test(sentence.slice(previousEnd)) || state === undefined || Math.abs(state - others) >= 1)
    return [];
  const listed = municipalities?.listed ?? [];
  const sum = listed.reduce((t, f) => t + f.sek, 0);
  return listed.length >= 2 && Math.abs(sum - municipalities!.total) < 1 ? [...parts, ...listed] : parts;
}

/**
 * The members' shares of one year as a list of genitives: "Åby kommuns andel 2025 är 2,05 mnkr, Bys
 * kommuns 1,63 mnkr och Cs kommuns 0,97 mnkr." The first names the share and its year; each further
 * member is its genitive right before its amount. A later year's is that year's budget.
 */
const SHARE_LIST_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(${MEMBER_SOURCE})s\s+(?:andel|medlemsavgift|medlemsbidrag|avgift)\s+(?:för\s+|under\s+)?((?:19|20)\d\d)\s+(?:är|blir|uppgår\s+till)\s+$`,
  "iu",
);
const SHARE_LIST_NEXT = new RegExp(
  String.raw`^\s*(?:kronor\s*)?(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)(${MEMBER_SOURCE})s\s+$`,
  "iu",
);

function readShareList(sentence: string, memberOf: (label: string) => string | null): (Read & { year: number })[] {
  if (!/s\s+(?:andel|medlemsavgift|medlemsbidrag|avgift)\s/i.test(sentence)) return [];
  const amounts = findAmounts(sentence);
  const out: (Read & { year: number })[] = [];
  let previousEnd = 0;
  let year = NaN;
  for (const [k, a] of amounts.entries()) {
    const m = (k === 0 ? SHARE_LIST_FIRST : SHARE_LIST_NEXT).exec(sentence.slice(previousEnd, a.index));
    if (k === 0 && m) year = Number(m[2]);
    const member = m && named(m[1]!) && a.sek > 0 ? memberOf(m[1]!.replace(/\s+/g, " ")) : null;
    if (member === null) return [];
    out.push({ member, sek: a.sek, approximate: a.approximate, index: a.index, fee: false, year });
    previousEnd = a.index + a.raw.length;
  }
  return out.length >= 2 && /^\s*(?:kronor\s*)?[.!]?\s*$/.test(sentence.slice(previousEnd)) ? out : [];
}

/**
 * "Enligt förbundets budget uppgår avgiften till 1 211 600 kronor för 2025": right after a sentence
 * giving one member's fee, the fee (not named again) in a budget for a year the sentence names.
 */
const FEE_AGAIN = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:medlems)?avgiften\s+(?:för\s+(?<year1>(?:19|20)\d\d)\s+)?(?:uppgår|blir|är)|(?:uppgår|blir|är)\s+(?:medlems)?avgiften(?:\s+för\s+(?<year3>(?:19|20)\d\d))?)\s+(?:(?:för|under)\s+(?<year2>(?:19|20)\d\d)\s+)?(?:till\s+)?${HEDGE}$`,
  "iu",
);
const BUDGET_WORD = /(?<!\p{L})budget\p{L}*/iu;

/** The budgeted fee of the member the sentence before named, or undefined. */
function budgetedFeeAgain(
  sentence: string,
  member: string,
): { member: string; sek: number; approximate: boolean; index: number; year: number } | undefined {
  const amounts = findAmounts(sentence);
  const a = amounts[0];
  if (amounts.length !== 1 || !a || a.sek <= 0 || !BUDGET_WORD.test(sentence)) return undefined;
  const m = FEE_AGAIN.exec(sentence.slice(0, a.index));
  const after = YEAR_AFTER.exec(sentence.slice(a.index + a.raw.length))?.[1];
  // "I förbundets budget för 2025 blir avgiften …": the budget's year is the fee's.
  const budgetYear = /budget\p{L}*\s+(?:för\s+)?((?:19|20)\d\d)/iu.exec(sentence)?.[1];
  const years = [m?.groups?.year1, m?.groups?.year2, m?.groups?.year3, after, budgetYear].filter(
    (y) => y !== undefined,
  );
  // Exactly one year, and no other year anywhere in the sentence.
  const named = [...sentence.matchAll(/\b(19|20)\d\d\b/g)].map((y) => y[0]);
  if (!m || new Set(years).size !== 1 || named.length !== 1) return undefined;
  return { member, sek: a.sek, approximate: a.approximate, index: a.index, year: Number(years[0]) };
}

/** "… beslutat om en avgift på ", "… medlemsavgiften till ": a fee right before its amount. */
const FEE_BEFORE = /(?<!\p{L})(?:medlems)?avgift(?:en)?\s+(?:på|om|till)\s+$/iu;
/** " för Åby.", " för Åby kommun.", " för Region Ås.": the member the fee is for, closing the sentence. */
const FEE_FOR = /^\s*för\s+([Rr]egion\s+\p{Lu}[\p{L}-]*|\p{Lu}[\p{L}-]*(?:\s+kommun)?)\s*[.!]?\s*$/u;
/** A decision or a budget: what makes a later year's fee a budget and not a guess. */
const DECIDED =
  /(?<!\p{L})(?:beslut\p{L}*|budget\p{L}*|fastställ\p{L}*|föreslag\p{L}*|föreslå\p{L}*|förslag\p{L}*)(?!\p{L})/iu;

/**
 * "För 2025 har styrelsen beslutat om en avgift på 630 000 kr för Åby.": one member's fee decided
 * for the next year, its one amount right after "avgift på" and the member right after it. A place
 * alone is its municipality only where the document names that municipality as "X kommun".
 */
function nextYearFee(
  doc: DocumentText,
  sentence: string,
  memberOf: (label: string) => string | null,
): { member: string; sek: number; approximate: boolean; index: number; year: number } | undefined {
  const amounts = findAmounts(sentence);
  if (!DECIDED.test(sentence)) return undefined;
  const years = [...sentence.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
  if (years.length !== 1 || years[0] !== doc.periodYear + 1) return undefined;
  // "… och Granös avgift blir 1 200 000 kronor", "… att regionens avgift höjs till 2 520 tkr": the
  // member's fee named before its amount, with the verb of what it becomes, closing the sentence (the
  // budget's own amount may stand before it).
  const last = amounts.at(-1);
  const owner = last ? FEE_BECOMES.exec(sentence.slice(amounts.at(-2)?.index ?? 0, last.index)) : null;
  const a = owner ? last : amounts[0];
  if ((!owner && amounts.length !== 1) || !a || a.sek <= 0) return undefined;
  if (owner && !/^\s*(?:kronor\s*)?[.!]?\s*$/.test(sentence.slice(a.index + a.raw.length))) return undefined;
  if (!owner && !FEE_BEFORE.test(sentence.slice(0, a.index))) return undefined;
  const written = owner ? (owner[1] ?? owner[2]) : FEE_FOR.exec(sentence.slice(a.index + a.raw.length))?.[1];
  if (written === undefined) return undefined;
  const label = /\s/.test(written) || THE_REGION.test(written) ? written : placeLabel(doc, written);
  if (label === undefined) return undefined;
  const member = memberOf(label);
  return member === null
    ? undefined
    : { member, sek: a.sek, approximate: a.approximate, index: a.index, year: years[0] };
}

/**
 * "Kommunfullmäktige fastställer Åby kommuns medlemsbidrag till Samordningsförbundet X för 2026 till ",
 * "… beslutade om regionens avgift för 2026 till ": a member's body deciding that member's fee for a
 * later year, its one amount right after; "kommunens" is the municipality the document's head names.
 */
const DECIDED_FEE = new RegExp(
  String.raw`(?<![\p{L}])(?:fastställ\p{L}*|beslut\p{L}*\s+om|bestäm\p{L}*)\s+(${MEMBER_SOURCE}|kommunen)s\s+(?:medlemsavgift|medlemsbidrag|avgift|bidrag)(?:en|et)?(?:\s+till\s+(?:samordnings)?förbundet(?:\s+\p{Lu}[\p{L}-]*){0,3})?\s+för\s+((?:19|20)\d\d)\s+till\s+${HEDGE}$`,
  "iu",
);

/**
 * The same decision in the passive, as an att-clause writes it ("att Åby kommuns medlemsavgift till
 * Samordningsförbundet X för 2026 fastställs till ").
 */
const DECIDED_FEE_PASSIVE = new RegExp(
  String.raw`(?<![\p{L}])(${MEMBER_SOURCE}|kommunen)s\s+(?:medlemsavgift|medlemsbidrag|avgift|bidrag)(?:en|et)?(?:\s+till\s+(?:samordnings)?förbundet(?:\s+\p{Lu}[\p{L}-]*){0,3})?\s+för\s+((?:19|20)\d\d)\s+(?:(?:fastställs|bestäms|beslutas|(?:är|har\s+blivit)\s+(?:beslutat|beslutad|fastställt|fastställd|bestämt|bestämd))\s+till|blir)\s+${HEDGE}$`,
  "iu",
);
/** The decision already taken, said of the fee in the present perfect: "… för 2026 är beslutat till ". */
const DECIDED_ALREADY =
  /(?<!\p{L})(?:är|har\s+blivit)\s+(?:beslutat|beslutad|fastställt|fastställd|bestämt|bestämd)\s+till/iu;
/**
 * ", varav 1 567 tkr har betalats ut till och med augusti": how much of the decided fee is paid so far, a
 * part of it closing its sentence; never a second fee.
 */
const PAID_SO_FAR_TAIL =
  /,\s*varav\s+\d[\d\s]*(?:,\d+)?\s*(?:tkr|kr|kronor|mnkr|mkr|miljoner(?:\s+kronor)?)?\s+har\s+(?:betalats|utbetalats|fakturerats)(?:\s+ut)?(?!\p{L})[^.!]*[.!]?\s*$/iu;

/**
 * One member's fee a decision sets for a year after the report's ("Regionfullmäktige fastställer
 * regionens medlemsbidrag till Samordningsförbundet X för 2026 till 2 500 tkr."): that year's
 * budget. The sentence's one amount, its one year; a federation named must be the document's own.
 */
/**
 * Each member's fee a decision in the minutes sets for a later year, one sentence each
 * ("Kommunstyrelsen beslutar att … Åby kommuns medlemsbidrag till Samordningsförbundet X för 2026
 * blir 335 tkr."): that year's budget, as `decidedFee` reads it.
 */
export function decidedFeeSentences(doc: DocumentText, memberOf: (label: string) => string | null): FactInput[] {
  const out: FactInput[] = [];
  for (const unit of proseUnits(doc)) {
    if (!/beslut|fastställ|bestäm/i.test(unit.text)) continue;
    for (const s of sentencesOf(unit)) {
      const sentence = unit.text.slice(s.start, s.end);
      if (!/beslut|fastställ|bestäm/i.test(sentence) || !/\d/.test(sentence)) continue;
      const f = decidedFee(doc, sentence, memberOf);
      if (!f) continue;
      const text = doc.join(lineAt(unit, s.start), lineAt(unit, Math.max(s.start, s.end - 1))).slice(0, 600);
      out.push(contribution(f, f.year, "budget", lineAt(unit, s.start + f.index), text));
    }
  }
  return out;
}

function decidedFee(
  doc: DocumentText,
  sentence: string,
  memberOf: (label: string) => string | null,
): { member: string; sek: number; approximate: boolean; index: number; year: number } | undefined {
  // "…, varav 1 567 tkr har betalats ut till och med augusti": what is paid so far of the one fee is set aside.
  const own = sentence.replace(PAID_SO_FAR_TAIL, ".");
  const amounts = findAmounts(own);
  const years = new Set(sentence.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []);
  if (amounts.length !== 1 || years.size !== 1 || amounts[0]!.sek <= 0) return undefined;
  const a = amounts[0]!;
  const before = own.slice(0, a.index);
  const m =
    DECIDED_FEE.exec(before) ??
    // "… beslutar att Åby kommuns medlemsbidrag … för 2026 blir 335 tkr": "blir" only in a decision's att-clause.
    (/fastställs|bestäms|beslutas|beslutar\s+att/i.test(before) || DECIDED_ALREADY.test(before)
      ? DECIDED_FEE_PASSIVE.exec(before)
      : null);
  if (!m || Number(m[2]) <= doc.periodYear || namesAnotherFederation(doc, sentence)) return undefined;
  if (!/^\s*(?:kronor\s*)?[.!]?\s*$/.test(own.slice(a.index + a.raw.length))) return undefined;
  // "kommunens medlemsavgift" in a municipality's own minutes: the municipality its head names.
  const written = /^kommunen$/i.test(m[1]!) ? authorOf(doc, "kommunens") : named(m[1]!) ? m[1]! : undefined;
  if (written === undefined) return undefined;
  const member = memberOf(written.replace(/\s+/g, " "));
  return member === null
    ? undefined
    : { member, sek: a.sek, approximate: a.approximate, index: a.index, year: Number(m[2]) };
}

/**
 * "Samordningsförbundet X tilldelas 4 812 tkr i statliga medel för 2026", "Förbundet har tilldelats
 * … i statliga medel för 2026": the state's allocation to the federation, the state's contribution
 * for that later year.
 */
const STATE_ALLOCATED = new RegExp(
  String.raw`(?<![\p{L}])(?:förbundet|samordningsförbundet(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:tilldelas|har\s+tilldelats|tilldelades)\s+${HEDGE}$`,
  "iu",
);

/**
 * The state's allocation for a year after the report's, in a sentence of its own: its one amount
 * right after the verb, "i statliga medel för <year>" right after the amount, our federation only.
 */
function allocatedStateMoney(
  doc: DocumentText,
  sentence: string,
): { member: string; sek: number; approximate: boolean; index: number; year: number } | undefined {
  const amounts = findAmounts(sentence);
  if (amounts.length !== 1 || amounts[0]!.sek <= 0) return undefined;
  const a = amounts[0]!;
  if (!STATE_ALLOCATED.test(sentence.slice(0, a.index)) || namesAnotherFederation(doc, sentence)) return undefined;
  const year = /^\s*i\s+statliga\s+medel\s+för\s+((?:19|20)\d\d)\s*[.!]?\s*$/i.exec(
    sentence.slice(a.index + a.raw.length),
  )?.[1];
  if (year === undefined || Number(year) <= doc.periodYear) return undefined;
  return { member: "Staten", sek: a.sek, approximate: a.approximate, index: a.index, year: Number(year) };
}

/**
 * "Granös avgift blir ", "regionens avgift höjs till ", "Åby kommuns medlemsavgift fastställs till ": a
 * member's fee (its genitive, a place's too) and what it becomes, right before the amount.
 */
const FEE_BECOMES = new RegExp(
  String.raw`(?<![\p{L}])(?:(${MEMBER_SOURCE}|regionen)s|(${PLACE}))\s+(?:medlemsavgift|medlemsbidrag|avgift|bidrag)(?:en|et)?(?:\s+(?:för|under)\s+(?:19|20)\d\d)?\s+(?:blir|höjs\s+till|sänks\s+till|ökar\s+till|minskar\s+till|fastställs\s+till|föreslås\s+bli|uppgår\s+till)\s+${HEDGE}$`,
  "iu",
);

/** A place alone as its municipality, where the document writes "X kommun" (the genitive's s taken off if need be). */
function placeLabel(doc: DocumentText, place: string): string | undefined {
  for (const p of [place, place.replace(/s$/, "")]) if (namesMunicipality(doc, `${p} kommun`)) return `${p} kommun`;
  return undefined;
}

/** Whether the document writes "X kommun" somewhere (a place alone then names that municipality). */
function namesMunicipality(doc: DocumentText, label: string): boolean {
  for (let n = 1; n <= doc.lineCount; n++) if (doc.at(n).includes(label)) return true;
  return false;
}

/** A sentence about a budget, a plan, a price or a change: its amounts are not the year's contributions. */
const NOT_THE_YEARS =
  /budget|\bplan|beräkna|\bska\b|\bskall\b|kommer att|föreslå|förslag|\bper (invånare|capita|år|månad)\b|ökning|minskning|ökade|\bminskade|förändr|jämfört|föregående år|förra året/i;
/** A relative clause after a comma that remarks on what came before: ", vilket motsvarar …". */
const REMARK = /,\s*vilket\s/i;
/** "… med 1,0 mnkr till projektet X": money for something else than the federation ("… för 2024" is the year's). */
const ELSEWHERE =
  /^\s*(?:(?:kronor|kr)\.?\s+)?(till|för|i)\s+(?!(förbundet|samordningsförbundet|verksamheten|förbundets|året|(?:19|20)\d\d)(?![\p{L}\d])|(?:medlems|års)?(?:avgift|bidrag)\p{L}*(?:\s+till\s+(?:samordnings)?förbundet)?(?:\s+(?:(?:för|under|år)\s+)?(?:19|20)\d\d)?(?=\s*(?:[.,;:()!]|och\s|samt\s|$)))\S/iu;
/** "… var 873 000 kronor för 2024": a fee's year after its amount. */
const YEAR_AFTER = /^\s*(?:för|under)\s+((?:19|20)\d\d)\b/;
/**
 * "Harkeby kommuns avgift var 1 402 tkr 2024 och 1 435 tkr 2025": a bare year right after the amount (and
 * its unit) dates that amount; never a year's genitive ("2024 års …") or a span ("2024–2026").
 */
const BARE_YEAR_AFTER = /^\s*(?:(?:kronor|kr)\.?\s+)?((?:19|20)\d\d)(?![\d–-])(?!\s+års\b)/u;
/** "… betalade 528 tkr i medlemsavgift 2024", "… 528 tkr i avgift för 2024": what the amount is, then its year. */
const FEE_YEAR_AFTER =
  /^\s*(?:kronor\s+)?(?:i|som)\s+(?:medlems|års)?(?:avgift|bidrag)\p{L}*\s+(?:(?:för|under|år)\s+)?((?:19|20)\d\d)\b/iu;
/**
 * "… 528 tkr i medlemsavgift 2024 (511 tkr 2023)", "… 812 tkr (2023: 790 tkr)": the same member's
 * amount for an earlier year, in a bracket right after its own (only the fee's words and year between).
 */
const EARLIER_BRACKET =
  /^\s*(?:kronor\s*)?(?:(?:i|som)\s+(?:medlems|års)?(?:avgift|bidrag)\p{L}*\s*)?(?:(?:för|under|år)\s+)?(?:(?:19|20)\d\d\s*)?\(\s*(?:(?:år\s+)?((?:19|20)\d\d)\s*:\s*)?([^():]*?\d[^():]*?)(?:\s+(?:år\s+|under\s+|för\s+)?((?:19|20)\d\d))?\s*\)/iu;

/** Whether `text` holds an ASCII digit (what `/\d/` matches) in [start, end). */
function digitWithin(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A municipality's place as a key: lower case, "kommun" and a genitive s before it taken off. */
const placeOf = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/s?\s+kommun$/u, "");
/**
 * A place alone ("Sjöby") whose municipality the registry names among the federation's own members
 * ("Sjöby kommun", or its short name "Sjöby"), and no word of the federation's own name: "Sjöby" in
 * a "Samordningsförbundet Sjöby" may be the federation itself.
 */
function registeredPlace(doc: DocumentText, member: string): boolean {
  const place = placeOf(member);
  const members = doc.federation?.members ?? [];
  if (place === "" || !members.some((m) => /kommun$/iu.test(m.trim()) && placeOf(m) === place)) return false;
  const own = ownFederation(doc);
  const ownName = (typeof own === "string" ? own : own.name).toLowerCase();
  return !ownName.split(/[\s–-]+/u).some((w) => w.replace(/s$/u, "") === place.replace(/s$/u, ""));
}

/** The contributions a document's running text states, each citing the line its amount is on. */
export function contributionSentences(
  doc: DocumentText,
  seen: ReadonlySet<number>,
  memberOfLabel: (label: string) => string | null,
): FactInput[] {
  const out: FactInput[] = [];
  // "Regionens medlemsavgift …": running text names the region among the members "regionen". Where
  // the document names one region, that one; where it names none, "Regionen", which normalising
  // resolves to the registry's one region; where it names two or more, nobody.
  let region: string | null | undefined;
  let looked = false;
  const memberOf = (label: string) => {
    if (!THE_REGION.test(label.trim())) return memberOfLabel(label);
    if (!looked) [region, looked] = [soleRegion(doc), true];
    return region === undefined ? "Regionen" : region === null ? null : memberOfLabel(region);
  };
  const year = doc.periodYear;
  /** The later year whose budget share the sentence just before gave, and the line it ended on. */
  let planBefore: { year: number; line: number } | undefined;
  for (const unit of proseUnits(doc)) {
    /** The one member whose fee the sentence before gave. */
    let feeBefore: string | undefined;
    /** The members' total the sentence before gave. */
    let totalBefore: number | undefined;
    /** The sentence before read a municipality's contribution ("Hökviks kommun betalade 528 tkr …"). */
    let municipalBefore = false;
    // "Så fördelades medlemmarnas bidrag" / "Staten 5,8 mnkr · Region X 2,9 mnkr · …": a list led by the heading above it.
    // Looked up for the unit's first sentence, when it holds a digit: most units' first has none.
    const heading = () => headingAbove(doc, unit.starts[0]!.line);
    // "Medlemsavgifter 2024" / "Staten 3 800 000 kr · Region X …": the line right above the paragraph dates it.
    const otherYearAbove = () => yearsAbove(doc, unit.starts[0]!.line).some((y) => y !== year);
    const sentences = sentencesOf(unit);
    // Indexed: this loop runs over every sentence of the document.
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      const totalJustBefore = totalBefore;
      const municipalJustBefore = municipalBefore;
      municipalBefore = false;
      // An amount is written in digits, and every reader below needs one (`findAmounts`, a fee's
      // year): a sentence without a digit holds no contribution, and leaves the next sentence no
      // total, fee or plan to go on from. Most sentences of a report have none: looked for in the
      // unit's text, so that only a sentence with a digit is cut out of it.
      if (!digitWithin(unit.text, s.start, s.end)) {
        totalBefore = undefined;
        feeBefore = undefined;
        planBefore = undefined;
        continue;
      }
      const sentence = unit.text.slice(s.start, s.end);
      totalBefore = /medlem|kommuner/i.test(sentence) ? membersTotalOf(sentence, year) : undefined;
      const over = k === 0 ? heading() : undefined;
      if (over !== undefined) {
        const headingYears = [...over.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
        const listed = headingYears.every((y) => y === year) ? readSentence(sentence, memberOf, true) : [];
        // A list names two members at least; one line under the heading is one row of a table the
        // members' lists (`memberFeeLists`) check against its total.
        if (listed.length >= 2) {
          const text = doc.join(lineAt(unit, s.start), lineAt(unit, Math.max(s.start, s.end - 1))).slice(0, 600);
          for (const f of listed) out.push(contribution(f, year, "actual", lineAt(unit, s.start + f.index), text));
          continue;
        }
      }
      const text = () => doc.join(lineAt(unit, s.start), lineAt(unit, Math.max(s.start, s.end - 1))).slice(0, 600);
      const again = feeBefore === undefined ? undefined : budgetedFeeAgain(sentence, feeBefore);
      feeBefore = undefined;
      if (again && again.year >= year) {
        out.push(contribution(again, again.year, "budget", lineAt(unit, s.start + again.index), text()));
        continue;
      }
      const plan = planBefore && lineAt(unit, s.start) <= planBefore.line + 1 ? planBefore : undefined;
      planBefore = undefined;
      const next =
        (/avgift/i.test(sentence) ? nextYearFee(doc, sentence, memberOf) : undefined) ??
        (/fastställ|beslut|bestäm/i.test(sentence) ? decidedFee(doc, sentence, memberOf) : undefined) ??
        (/statliga medel/i.test(sentence) ? allocatedStateMoney(doc, sentence) : undefined);
      if (next) {
        out.push(contribution(next, next.year, "budget", lineAt(unit, s.start + next.index), text()));
        continue;
      }
      // "I Norrhav betalade staten 6 000 tkr, …": the members of a place that is not ours.
      if (namesAnotherPlace(doc, sentence, (word) => memberOf(word) !== null || sentence.includes(`${word} kommun`)))
        continue;
      const shares = readShareList(sentence, memberOf).filter((f) => f.year >= year);
      for (const f of shares)
        out.push(contribution(f, f.year, f.year > year ? "budget" : "actual", lineAt(unit, s.start + f.index), text()));
      if (shares.length > 0) continue;
      const parts = plan ? partsThen(sentence, plan.year, memberOf) : [];
      for (const f of parts) out.push(contribution(f, plan!.year, "budget", lineAt(unit, s.start + f.index), text()));
      if (parts.length > 0) continue;
      const planned = budgetedContributions(
        sentence,
        () => feeHeadingAbove(doc, lineAt(unit, s.start)),
        year,
        memberOf,
      );
      for (const f of planned) out.push(contribution(f, f.year, "budget", lineAt(unit, s.start + f.index), text()));
      const shareYears = planned.length > 0 ? new Set(planned.filter((f) => !f.fee).map((f) => f.year)) : NO_YEARS;
      if (shareYears.size === 1)
        planBefore = { year: [...shareYears][0]!, line: lineAt(unit, Math.max(s.start, s.end - 1)) };
      if (planned.length > 0 || BUDGET_OR_EARLIER.test(sentence)) continue;
      // "Medlemmarnas bidrag för 2024 var 18 400 000 kr. Av detta kom 9 200 000 kr från staten …":
      // the parts of the total the sentence before gave, stored only where they add up to it.
      const partsBefore = totalJustBefore === undefined ? [] : partsOfTotalBefore(sentence, memberOf, totalJustBefore);
      const read =
        partsBefore.length > 0
          ? partsBefore
          : readSentence(
              sentence,
              memberOf,
              false,
              /kommunens/i.test(sentence) ? authorOf(doc, "kommunens") : undefined,
              !otherYearAbove(),
            );
      // Asked only of a sentence that read something (most read nothing).
      const chainRead = read.length > 0 && readsTheYear(sentence, read, year);
      // A place alone is a municipality beside one named "X kommun", here or in the sentence before.
      const municipalHere = read.some((f) => !f.place && /kommun/i.test(f.member));
      const placesAllowed = municipalHere || municipalJustBefore;
      // "Sjöby betalade 720 000 kr och Torsviken 420 000 kr": a place alone that is one of the
      // municipalities the registry names as the federation's own members is that member.
      // Only in a sentence naming no other year than the report's ("Harkebys avgift var 1 402 tkr 2024 och
      // 1 435 tkr 2025" dates each amount after it).
      const ownPlace = (f: Read) =>
        f.place === true &&
        registeredPlace(doc, f.member) &&
        [...sentence.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].every((m) => Number(m[0]) === year);
      const kept: Read[] = [];
      for (const f of read) {
        const ok = f.earlier
          ? kept.at(-1)?.index === read[read.indexOf(f) - 1]?.index && f.year! < year
          : (f.fee ? (f.year ?? year) === year : chainRead) && (!f.place || placesAllowed || ownPlace(f));
        if (ok) kept.push(f);
      }
      const found = stateThroughAgency(kept, sentence, memberOf);
      municipalBefore = found.some((f) => !f.earlier && /kommun/i.test(f.member));
      const own = found.filter((f) => !f.earlier);
      if (own.length === 1 && own[0]!.fee) feeBefore = own[0]!.member;
      // "Medlemsavgifterna uppgick till 5 800 tkr. Staten bidrog med 2 900 tkr, …": the chain adds up to
      // the total the sentence before gave (the identity "contributions add to their total").
      const sum = own.reduce((a, f) => a + f.sek, 0);
      const confirmed =
        totalJustBefore !== undefined && own.length >= 2 && !own.some((f) => f.approximate) && sum === totalJustBefore;
      for (const f of found) {
        const line = lineAt(unit, s.start + f.index);
        if (seen.has(line)) continue;
        out.push({
          ...contribution(f, f.earlier ? f.year! : year, "actual", line, text()),
          ...(confirmed && !f.earlier ? { confirmed_by: ["contributions_sum" as const] } : {}),
        });
      }
    }
  }
  return out;
}

/** No years: a sentence that planned nothing. */
const NO_YEARS: ReadonlySet<number> = new Set();

/**
 * Whether a chain's amounts are the report's year's: no year other than the report's in the
 * sentence (before a remark on the amounts), and no words that make them another year's.
 */
function readsTheYear(sentence: string, read: readonly Read[], year: number): boolean {
  // The years of brackets holding a member's earlier amount are the brackets' own.
  const years = withoutOnce(
    [...sentence.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0])),
    read.flatMap((f) => (f.earlier ? [f.year!] : [])),
  );
  // ", vilket för Åby motsvarar 62 kronor per invånare": a remark on the amounts before it, which
  // it leaves the year's; its own amounts are no member's.
  const remark = REMARK.exec(sentence)?.index ?? sentence.length;
  return !NOT_THE_YEARS.test(sentence.slice(0, remark)) && years.every((y) => y === year);
}

/** `values` with each of `drop` taken out once. */
function withoutOnce(values: number[], drop: readonly number[]): number[] {
  const out = [...values];
  for (const d of drop) {
    const i = out.indexOf(d);
    if (i >= 0) out.splice(i, 1);
  }
  return out;
}

/** The line right above line `n` (blank lines passed over) when it is a heading that leads a list of the members' fees. */
/** The years the nearest line with text above line n names, within two lines. */
function yearsAbove(doc: DocumentText, n: number): number[] {
  let k = n - 1;
  while (k >= 1 && doc.at(k) === "") k--;
  return k >= 1 && k >= n - 2 ? [...doc.at(k).matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0])) : [];
}

function headingAbove(doc: DocumentText, n: number): string | undefined {
  let k = n - 1;
  while (k >= 1 && doc.at(k) === "") k--;
  return k >= 1 && k >= n - 2 && LIST_HEADING.test(doc.at(k)) ? doc.at(k) : undefined;
}

/**
 * A member's share of a later year's budget: "Förbundets budget för 2026 bygger på att staten
 * tillför 5 800 tkr": the member, its verb in the present, then the amount.
 */
const BUDGETED_SHARE = new RegExp(
  String.raw`(?<![\p{L}])(${MEMBER_SOURCE})\s+(?:tillför|bidrar\s+med|betalar|står\s+för)\s+${HEDGE}$`,
  "iu",
);
/**
 * One member's fee from one year to the next: "För Åby kommun innebär det en ökning från 1 044 tkr
 * 2025 till 1 102 tkr 2026", "Åby kommuns avgift ökar från … till …", "statens tilldelning ökar
 * från … till …" (the state's grant, its contribution). The amounts and their
 * years follow.
 */
const FEE_THAT = String.raw`(?:\s+att\s+(?:den\s+)?(?:medlems)?(?:avgift|bidrag)(?:en|et)?)?`;
/** "För Åby kommun", "För Åby kommuns del": the member a change is said for. */
const FOR_MEMBER = (group: string) => String.raw`för\s+(${group})(?:s\s+del)?`;
/**
 * "För Åby kommuns del innebär förslaget att avgiften ökar från …", "Detta innebär för Åby kommuns del
 * (utifrån fördelningsmodellen) en ökning från …": the member a change is said for, with at most four
 * words between it and the change.
 */
const FEE_CHANGE = new RegExp(
  String.raw`(?<![\p{L}])(?:${FOR_MEMBER(MEMBER_SOURCE)}\s+innebär\s+(?:det|detta|förslaget)${FEE_THAT}|(${MEMBER_SOURCE})s\s+(?:(?:medlems)?(?:avgift|bidrag)(?:en|et)?|tilldelning(?:en)?)|(?:det|detta|förslaget)\s+innebär\s+${FOR_MEMBER(MEMBER_SOURCE)}(?:\s+(?!(?:ingen|inte|ej)(?!\p{L}))[\p{L}-]+){0,4}?${FEE_THAT})\s+(?:en\s+)?(?:ökning|minskning|höjning|sänkning|ökar|minskar|höjs|sänks|stiger|sjunker|går)\s+från\s+`,
  "iu",
);
const FEE_CHANGE_REST =
  /^(\S.*?)\s+(?:för\s+|år\s+)?((?:19|20)\d\d|i\s+år)\s+till\s+(\S.*?)\s+(?:för\s+|år\s+)?((?:19|20)\d\d)\s*[.!]?\s*$/iu;
const FEE_WORD = /(?<!\p{L})(?:medlems)?(?:avgift|bidrag)\p{L}*/iu;
/** "Regionens medlemsbidrag till förbundet för 2025 är budgeterat till ": one member's fee in a later year's budget. */
const BUDGETED_FEE = new RegExp(
  String.raw`(?<![\p{L}])(${MEMBER_SOURCE})s\s+(?:medlemsavgift|medlemsbidrag|avgift|bidrag)(?:en|et)?(?:\s+till\s+(?:samordnings)?förbundet)?\s+för\s+((?:19|20)\d\d)\s+(?:är|blir)\s+budgetera(?:t|d|de)\s+till\s+${HEDGE}$`,
  "iu",
);

/**
 * The members' contributions to a later year's budget a sentence states: a member's share
 * ("staten tillför 5 800 tkr" in a sentence on the budget for that one year), or one member's fee
 * from this year to the next, where the sentence or its heading speaks of the fees. Only years
 * after the report's are read, each as a budget; a price per inhabitant or money for something
 * else is not.
 */
function budgetedContributions(
  sentence: string,
  feeHeading: () => boolean,
  reportYear: number,
  memberOf: (label: string) => string | null,
): (Read & { year: number })[] {
  // A change of fee says "från", a budget share "budget": a plain look first, as most sentences say neither.
  if (!/från|budget/i.test(sentence)) return [];
  const years = [...new Set(sentence.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [])].map(Number);
  if (/\bper (invånare|capita|månad)\b/i.test(sentence)) return [];
  const change = FEE_CHANGE.exec(sentence);
  if (change) {
    const written = change[1] ?? change[2] ?? change[3]!;
    const rest = FEE_CHANGE_REST.exec(sentence.slice(change.index + change[0].length));
    const member = rest && named(written) ? memberOf(written.replace(/\s+/g, " ")) : null;
    const saidFor = change[2] === undefined;
    if (!rest || member === null || (saidFor && !FEE_WORD.test(sentence) && !feeHeading())) return [];
    const out: (Read & { year: number })[] = [];
    const offset = change.index + change[0].length;
    // "från 1,42 miljoner kronor i år till 1,55 miljoner kronor 2025": this year is the one before the
    // year it goes to (a fee is set for the coming year); it is never the report's year unread.
    const fromYear = /^i\s+år$/i.test(rest?.[2] ?? "") ? String(Number(rest![4]) - 1) : rest?.[2];
    if (rest) rest[2] = fromYear!;
    for (const [amount, y] of [
      [rest[1]!, rest[2]!],
      [rest[3]!, rest[4]!],
    ] as const) {
      const amounts = findAmounts(amount);
      const a = amounts[0];
      // "1,42 miljoner kronor": the currency after the scale word is the amount's own.
      const bare = (t: string) => t.trim().replace(/(?<=milj\p{L}*\.?)\s+(?:kronor|kr)$/iu, "");
      if (amounts.length !== 1 || !a || bare(a.raw) !== bare(amount) || a.sek <= 0) return [];
      if (Number(y) > reportYear)
        out.push({
          member,
          sek: a.sek,
          approximate: a.approximate,
          index: offset + sentence.slice(offset).indexOf(amount),
          fee: true,
          year: Number(y),
        });
    }
    return Number(rest[4]) > Number(rest[2]) ? out : [];
  }
  if (years.length !== 1 || years[0]! <= reportYear || !/(?<!\p{L})budget\p{L}*/iu.test(sentence)) return [];
  const out: (Read & { year: number })[] = [];
  let previousEnd = 0;
  const amounts = findAmounts(sentence);
  const fee = amounts.length === 1 ? BUDGETED_FEE.exec(sentence.slice(0, amounts[0]!.index)) : null;
  if (fee) {
    const a = amounts[0]!;
    const member = named(fee[1]!) && a.sek > 0 ? memberOf(fee[1]!.replace(/\s+/g, " ")) : null;
    return member === null
      ? []
      : [{ member, sek: a.sek, approximate: a.approximate, index: a.index, fee: true, year: years[0]! }];
  }
  for (const a of amounts) {
    const before = sentence.slice(previousEnd, a.index);
    previousEnd = a.index + a.raw.length;
    const m = BUDGETED_SHARE.exec(before);
    // "… står Region X för 2,1 mnkr av kostnaderna för projektet": a part of something else.
    const after = sentence.slice(previousEnd);
    if (!m || !named(m[1]!) || a.sek <= 0 || ELSEWHERE.test(after) || /^\s*av\s/i.test(after)) continue;
    const member = memberOf(m[1]!.replace(/\s+/g, " "));
    if (member !== null)
      out.push({ member, sek: a.sek, approximate: a.approximate, index: a.index, fee: false, year: years[0]! });
  }
  return out;
}

/** "Regionens del blir då 2 900 tkr": a member's part of the budget whose share the sentence before gave. */
const PART_THEN = new RegExp(
  String.raw`(?<![\p{L}])(${MEMBER_SOURCE})s\s+(?:del|andel)\s+(?:blir|är|uppgår\s+till)\s+(?:då\s+)?${HEDGE}$`,
  "iu",
);
/** "den 1 november 2024": a date's year dates no amount. */
const DAY_MONTH_YEAR =
  /\b\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:19|20)\d\d\b/gi;

/**
 * The members' parts of a later year's budget, right after a sentence that gave a member's share of
 * it: the same year's budget, where the sentence names no other year (a date aside).
 */
function partsThen(sentence: string, planYear: number, memberOf: (label: string) => string | null): Read[] {
  const years = sentence.replace(DAY_MONTH_YEAR, " ").match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [];
  if (years.some((y) => Number(y) !== planYear)) return [];
  const out: Read[] = [];
  let previousEnd = 0;
  for (const a of findAmounts(sentence)) {
    const m = PART_THEN.exec(sentence.slice(previousEnd, a.index));
    previousEnd = a.index + a.raw.length;
    const member = m && named(m[1]!) && a.sek > 0 ? memberOf(m[1]!.replace(/\s+/g, " ")) : null;
    if (member !== null) out.push({ member, sek: a.sek, approximate: a.approximate, index: a.index, fee: false });
  }
  return out;
}

/** The nearest heading above a line (within a few lines' paragraph) names the members' fees ("Medlemsavgift 2026"). */
function feeHeadingAbove(doc: DocumentText, line: number): boolean {
  for (let n = line - 1; n >= Math.max(1, line - 12); n--) if (isHeading(doc, n)) return FEE_WORD.test(doc.at(n));
  return false;
}

/** One member's contribution as a fact citing its line and sentence. */
function contribution(
  f: { member: string; sek: number; approximate: boolean },
  year: number,
  basis: "actual" | "budget",
  line: number,
  text: string,
): FactInput {
  return {
    table: "member_contribution",
    year,
    basis,
    member: f.member,
    amount_sek: f.sek,
    line,
    text,
    section: SECTION,
    approximate: f.approximate,
  };
}

const NOT_A_NAME_START = new RegExp(`^(?:${NOT_A_NAME})\\s`, "i");
/** "regionen" as a fee's payer: the one region the document names, if it names exactly one. */
const THE_REGION = /^regionen$/i;
const REGION_NAME = /(?<!\p{L})Region\s+(\p{Lu}[\p{L}-]+)/gu;

/** "Region X", where X is the only region the document names; undefined where it names none, null where two or more. */
function soleRegion(doc: DocumentText): string | null | undefined {
  const names = new Set<string>();
  for (let n = 1; n <= doc.lineCount; n++)
    if (doc.at(n).includes("Region")) for (const m of doc.at(n).matchAll(REGION_NAME)) names.add(m[1]!);
  return names.size === 1 ? `Region ${[...names][0]!}` : names.size === 0 ? undefined : null;
}

/** A member written by its name: "Region Kustland", "Strandviks kommun", "Staten"; not "varje kommun". */
function named(written: string): boolean {
  if (/^(staten|försäkringskassan|arbetsförmedlingen)\b/i.test(written) || THE_REGION.test(written)) return true;
  if (NOT_A_NAME_START.test(written)) return false;
  const name = written.replace(/^region\s+/i, "");
  return /^\p{Lu}/u.test(name);
}

interface Read {
  member: string;
  sek: number;
  approximate: boolean;
  index: number;
  /** Read as one member's fee, not as a link of a chain. */
  fee: boolean;
  /** The year a fee names for itself ("uppgick 2023 till"), or the earlier year of a bracket. */
  year?: number;
  /** An earlier year's amount in a bracket right after the member's own ("(511 tkr 2023)"). */
  earlier?: true;
  /** The member is a place written alone, read as its municipality (see `PLACE`). */
  place?: true;
}

/** Every contribution one sentence states, by its chain of "med" or by a fee. */
function readSentence(
  sentence: string,
  memberOf: (label: string) => string | null,
  headed = false,
  /** The municipality the document's head names: "kommunens medlemsavgift" in its own report is its fee. */
  author?: string,
  /** A list proved by its sums may be read (`readProvedList`): no line right above names another year. */
  provedAllowed = false,
): Read[] {
  const listed = readColonList(sentence, memberOf, headed);
  if (listed.length > 0 || headed) return listed;
  const fromList = readFromList(sentence, memberOf);
  if (fromList.length > 0) return fromList;
  const incomeParts = readIncomeParts(sentence, memberOf);
  if (incomeParts.length > 0) return incomeParts;
  const funded = readFundedWith(sentence, memberOf);
  if (funded.length > 0) return funded;
  // Every member below is read after a chain's verb, a share or a fee (the links follow one): a
  // sentence naming none reads no one, and its amounts are not tried one by one.
  if (!CHAIN_OR_FEE_WORD.test(sentence)) return provedAllowed ? readProvedList(sentence, memberOf) : [];
  const amounts = findAmounts(sentence);
  const out: Read[] = [];
  let chain = false;
  /** The chain opened on "stod för" ("Staten stod för hälften, …"): a link may be "regionen för …". */
  let forChain = false;
  /** The fee just read ("Ljusnäs avgift för 2024 var 486 000 kr"), whose words and year the next member's takes. */
  let feeChain: { year?: number } | undefined;
  let previousEnd = 0;
  for (const a of amounts) {
    const before = sentence.slice(previousEnd, a.index);
    // The amount inside a bracket another member's amount took for an earlier year.
    if (a.index < previousEnd) continue;
    previousEnd = a.index + a.raw.length;
    const beyond = sentence.slice(previousEnd);
    const start: RegExpExecArray | null =
      CHAIN_START.exec(before) ??
      PASSIVE_START.exec(before) ??
      SHARE_START.exec(before) ??
      SHARE_OF_INCOME.exec(before);
    const link: RegExpExecArray | null = chain
      ? (CHAIN_LINK.exec(before) ?? (forChain ? FOR_LINK.exec(before) : null))
      : null;
    const fee: RegExpExecArray | null = FEE.exec(before) ?? VARAV_FEE.exec(before);
    const feeLink: RegExpExecArray | null = feeChain && !fee ? FEE_LINK.exec(before) : null;
    const written = start?.[1] ?? start?.[2] ?? link?.[1] ?? link?.[2] ?? link?.[3] ?? fee?.[1] ?? fee?.[2] ?? fee?.[3];
    const linked = feeLink?.[1] ?? feeLink?.[2];
    const dated =
      fee?.groups?.year1 ??
      fee?.groups?.year2 ??
      fee?.groups?.year3 ??
      YEAR_AFTER.exec(beyond)?.[1] ??
      BARE_YEAR_AFTER.exec(beyond)?.[1] ??
      FEE_YEAR_AFTER.exec(beyond)?.[1] ??
      (feeLink ? feeChain?.year : undefined);
    // Money for something else ends the chain: the members after it may pay for that too.
    const elsewhere = ELSEWHERE.test(beyond);
    chain = (start !== null || link !== null) && !elsewhere;
    if (start !== null) forChain = STOOD_FOR.test(start[0]);
    else if (!chain) forChain = false;
    const asFee = fee !== null || feeLink !== null;
    feeChain = asFee && !elsewhere ? { ...(dated !== undefined ? { year: Number(dated) } : {}) } : undefined;
    const payer = written !== undefined && /^kommunen$/i.test(written) ? author : (written ?? linked);
    if (payer === undefined || elsewhere || a.sek <= 0 || !named(payer)) continue;
    // "Kommunerna bidrog med 1,8 mnkr, …": the municipalities together are no one member, nor a place.
    if (MUNICIPALITIES.test(payer)) continue;
    const place = PLACE_ALONE.test(payer) && memberOf(payer) === null;
    // "Samordningsförbundet Ås betalade …": a place right after another word is part of a name.
    const opened = start ?? fee;
    if (place && opened && !/(?:^|[,;:.]|\s(?:och|samt))\s*$/iu.test(before.slice(0, opened.index))) continue;
    const member = place ? memberOf(`${payer} kommun`) : memberOf(payer.replace(/\s+/g, " "));
    if (member === null) continue;
    const read: Read = {
      member,
      sek: a.sek,
      approximate: a.approximate,
      index: a.index,
      fee: asFee || (!start && !link),
      ...(dated !== undefined ? { year: Number(dated) } : {}),
      ...(place ? { place: true } : {}),
    };
    out.push(read);
    const earlier = earlierInBracket(beyond, previousEnd);
    if (earlier) {
      out.push({ ...read, ...earlier });
      previousEnd = earlier.end;
    }
  }
  const bare = chain && out.length >= 2 ? BARE_LAST_LINK.exec(sentence.slice(previousEnd)) : null;
  // Spoken: "… regionen 1,55 miljoner, Granås kommun 1,02 miljoner och Myrby kommun 530 000." The
  // chain's last link with the unit left unsaid, where every amount before it was in kronor or
  // millions (a number grouped in thousands is then kronor, never millions): read as kronor. After
  // amounts in thousands ("tkr") it could be either, and is left unread.
  if (bare && amounts.every((a) => !THOUSANDS_UNIT.test(a.raw)) && named(bare[1]!)) {
    const member = memberOf(bare[1]!.replace(/\s+/g, " "));
    const sek = Number(bare[2]!.replace(/ /g, ""));
    if (member !== null && sek >= 10_000)
      out.push({
        member,
        sek,
        approximate: false,
        index: previousEnd + bare.index + bare[0].indexOf(bare[2]!),
        fee: false,
      });
  }
  return out.length === 0 && provedAllowed ? readProvedList(sentence, memberOf) : out;
}

/** " och Myrby kommun 530 000.": a chain's last link, a named member and a number grouped in thousands with no unit, closing the sentence. */
const BARE_LAST_LINK = new RegExp(
  String.raw`^\s*(?:,\s*och|,|och|samt)\s+(${MEMBER_SOURCE})\s+(\d{1,3}(?: \d{3})+)\s*[.!]?\s*$`,
  "iu",
);
/** An amount written in thousands: "tkr", "tusen kronor", "kkr", "KSEK". */
const THOUSANDS_UNIT = /tkr|tusen|kkr|ksek|tsek/i;

/**
 * The same member's amount for an earlier year in a bracket right after its own: "528 tkr i
 * medlemsavgift 2024 (511 tkr 2023)", "812 tkr (2023: 790 tkr)". One amount and one year in it.
 */
function earlierInBracket(
  beyond: string,
  offset: number,
): { sek: number; approximate: boolean; index: number; year: number; earlier: true; end: number } | undefined {
  const m = EARLIER_BRACKET.exec(beyond);
  const y = m?.[1] ?? m?.[3];
  if (!m || y === undefined || (m[1] !== undefined && m[3] !== undefined)) return undefined;
  const written = m[2]!.trim();
  const amounts = findAmounts(written);
  const a = amounts[0];
  if (amounts.length !== 1 || !a || a.raw.trim() !== written || a.sek <= 0) return undefined;
  return {
    sek: a.sek,
    approximate: a.approximate,
    index: offset + m.index + m[0].indexOf(m[2]!),
    year: Number(y),
    earlier: true,
    end: offset + m.index + m[0].length,
  };
}
