/**
 * Participant figures in any report's running text, read with the figure grammar. Wrapped
 * lines are joined into sentences; each figure cites the line its number is on. A figure is
 * the federation's only when the sentence or its section says so (a summary heading such as
 * "Året i siffror", or "förbundets insatser", "samtliga insatser" in the sentence); inside an
 * intervention's section it is that intervention's; when neither is clear, or the two disagree,
 * it is not stored and becomes an unread number (`coverage.unread_number`, info).
 */
import { ANAPHORIC_YEAR, datingYear, soleEarlierYear } from "./sentenceYear.ts";
import { parseSwedishNumber } from "../numbers.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { oncePerDocument, type DocumentText, type ParseOutput } from "../documentText.ts";
import {
  COMPARISON_TAIL,
  destinationsIn,
  DRAWN_FROM_BEFORE,
  isOneGenderOfThem,
  SINCE_FOUNDING,
  mayReadFigures,
  readSentenceInContext,
  tokenize,
  type CountMeasure,
  type ExitCategory,
  type Figure,
  type NumberToken,
  type SentenceReading,
} from "./figureGrammar.ts";
import { BULLET, lineAt, proseUnits, sentencesOf, type ProseUnit as Unit } from "./proseSentences.ts";
import {
  isHeading,
  isTopicHeading,
  opensOnParticipantLead,
  runInLead,
  scopeByLine,
  type Scope,
} from "./sectionScope.ts";
import { headingNotTheYear, headingYear, opensOnGoal } from "./headingPeriod.ts";
import { inGrammarWords, isEasyRead } from "./easyRead.ts";
import { inAnswer, isFederationInterview } from "./interviewAnswers.ts";
import { namesPartOfYearIn } from "./partYear.ts";
import { UNSCOPED_RATE } from "./reportedRates.ts";
import { parseNumberWord } from "./numberWords.ts";
import { unreadNumber } from "../findings.ts";
import { OTHER_EXIT_ROW } from "./exitRowLabel.ts";
import { lastYearIsReportYear } from "./writtenLater.ts";
import { saysWholeFederation } from "./wholeFederationSentences.ts";
import { itemSentences } from "./itemSeparators.ts";
import { answerAsStatement, isBareCountAnswer, inFederationAnswer } from "./faqAnswers.ts";
import { allParticipantsCount } from "./allParticipants.ts";
import { comparisonClause, comparedCount, withoutChangeClauses } from "./comparisonClauses.ts";
import { withoutDashComments } from "./dashComments.ts";
import {
  asNameCase,
  federationsNamedIn,
  ownFederation,
  namesOwnFederation,
  ownNameAsFederation,
} from "./federationNames.ts";
import { federationLedLines, isNarrowPage, narrowParagraphOn, opensOnOwnFederation } from "./narrowPageScope.ts";
import { ADDRESSEE, inFederationLetter } from "./signedLetters.ts";
import { ELSEWHERE_PLACE } from "../../reference/scopeWords.ts";
import { opensOnOthersReport } from "./othersReport.ts";
import {
  FEDERATION_OR_INTERVENTIONS_CUE,
  FEDERATION_WORD_CUE,
  INTERVENTION_STEM_CUE,
  INTERVENTIONS_CUE,
  NEW_INTERVENTION_CUE,
  ONE_INTERVENTION_CUE,
  RESIDENTS_CUE,
  gated,
  type Gated,
} from "./cueGate.ts";

const SECTION = "general:prose";
/**
 * A sentence that points back to the one before ("I dessa …", "Av dem …", "Nitton av dem …", "12 av
 * dessa …"). "I de insatser förbundet finansierar …", "I de fyra insatserna …" name the interventions
 * they mean: no pointer back.
 */
const ANAPHORA =
  /^\s*((i|av|bland|för|hos) (dessa|dem|de(?!(?: [\p{L}\d]+)? \p{L}*insatser))\b|(\d+|\p{L}+) av (dessa|dem)\b|dessa\b|därav\b|varav\b)/iu;
/** "Av de 97 som avslutades", "Av de 120 personer som avslutades", "Bland de 58 avslutade": the year's exits named again as a base. */
const RESTATED_EXITS =
  /^\s*(?:av|bland) (?:de|dessa|samtliga|alla) (\d{1,3}(?: \d{3})*) (?:(?:personer|deltagare(?:na)?|individer) )?(?:som (?:har )?(?:avslutades|avslutats|avslutat|avslutade|skrevs ut)|avslutade|utskrivna)\b/iu;
/** A heading about those who left: "Vart gick de som avslutade?", "Avslutade deltagare", "Efter avslut". */
const EXIT_HEADING = /avslut|utskriv/i;
/** "Nya under året var 49", "Under året avslutades 58": the report's year, as a dating phrase. */
/** "helåret", "hela året", "januari–december": the whole year, whatever part was named before. */
const WHOLE_YEAR_WORDS = /(?<!\p{L})(?:helår\p{L}*|hela året|jan(?:uari)?\s*[–-]\s*dec(?:ember)?)(?!\p{L})/iu;
const DURING_THE_YEAR = /(?<!\p{L})under (hela )?året(?!\p{L})(?! (innan|före|dessförinnan)\b)/iu;
/** "(2022: 151 deltagare)", "(31 procent 2023)": an earlier year's figure in a bracket of its own. */
const EARLIER_BRACKET =
  /\((?:((?:19|20)\d\d)\s*:[^()]*|\d[\d ,]*\s*(?:%|procent|personer|deltagare|st)?\s*(?:år\s*)?((?:19|20)\d\d))\)/g;
/** "var då 38 procent": at the time the sentence before spoke of. */
const THEN = /(?<!\p{L})(?:var|blev|låg|uppgick) (?:då|vid den tiden)(?!\p{L})/iu;
/**
 * "År 2024 hade förbundet …. Då deltog 139 personer i insatserna.": "då" opening the sentence right before
 * its verb is the time the sentence before dated itself by ("då" before a subject, "Då förbundet växte …",
 * is "as", and dates nothing).
 */
const THEN_OPENING =
  /^\W*då (?:deltog|hade|var|fanns|avslutade|avslutades|påbörjade|började|gick|uppgick|blev|skrevs|tog|fick)(?!\p{L})/iu;
/** The federation (or "we") as the sentence's subject: a "Då …" after it goes on with the federation's year. */
const FEDERATION_SUBJECT = /(?<!\p{L})(?:\p{L}*förbund\p{L}*|vi|vår|våra|vårt)(?!\p{L})/iu;
/** A sentence opening on a pointer back: "Av dem …", "Bland dessa …". */
const BACK_POINTER_OPENING = /^\W*(?:av|bland) (?:dem|dessa)(?!\p{L})/iu;
/** A sentence naming a part of a group: "40 av dem var unga", "varav 12 unga", "Av dem var 40 unga". */
const PART_OF_GROUP =
  /(?<!\p{L})(?:\d+|\p{L}+) av (?:dem|dessa|deltagarna)(?!\p{L})(?! (?:var|är) (?:kvinnor|män)(?!\p{L}))/iu;
/** "N av dem avslutade …", "58 av deltagarna har slutat": a part that is the exits. */
const EXITS_AS_PART =
  /(?<!\p{L})(?:\d+|\p{L}+) av (?:dem|dessa|deltagarna) (?:har |hade )?(?:avslutade|avslutat|avslutades|slutade|slutat|lämnade|lämnat|skrevs ut)(?!\p{L})/giu;
/** A group of the participants ("unga", "kvinnorna", "under 25 år"): "dem" is that group, not all of the year's. */
const PART_GROUP_WORD =
  /(?<!\p{L})(?:unga|ungdomar\p{L}*|kvinn\p{L}*|män|männen|flickor|pojkar|nyanlända|utrikes födda|(?:under|över) \d{1,2} år|\d{1,2}\s*[–-]\s*\d{1,2} år)(?!\p{L})/iu;
/**
 * Whether every part a sentence names ("N av dem …") is the exits ("… och 104 av dem avslutade under året") of the
 * year's whole: no other year named ("avslutade under 2024"), no group as the "dem" ("60 unga", "Av kvinnorna");
 * both genders named ("120 kvinnor och 94 män") are everyone.
 */
function onlyExitsNamedAsPart(sentence: string, year: number): boolean {
  const parts = sentence.match(new RegExp(PART_OF_GROUP.source, "giu")) ?? [];
  const exits = sentence.match(EXITS_AS_PART) ?? [];
  const bothGenders = /kvinn/iu.test(sentence) && /(?<!\p{L})(?:män|männen)(?!\p{L})/iu.test(sentence);
  const group = PART_GROUP_WORD.test(
    bothGenders ? sentence.replace(/(?<!\p{L})(?:kvinn\p{L}*|män|männen)(?!\p{L})/giu, "") : sentence,
  );
  return (
    parts.length > 0 &&
    exits.length === parts.length &&
    !/(?<!\p{L})varav(?!\p{L})/iu.test(sentence) &&
    [...sentence.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].every((m) => Number(m[0]) === year) &&
    !group
  );
}
/**
 * A sentence saying where those pointed at went, right after its pointer: "Av dem gick …", "Av dessa som
 * avslutade har 12 gått …", "– Av dem som slutade gick 23 till arbete".
 */
const WHERE_THE_EXITS_WENT =
  /^\W*av (?:dem|dessa)(?: som (?:har |hade )?(?:avslutade|avslutat|slutade|slutat|lämnade|lämnat)(?: (?:sin|sina|insatsen|insatserna|sin insats))?)? (?:gick|har gått|hade gått|kom|har kommit|fick)(?!\p{L})/iu;
/**
 * "Under 2024 startade två nya insatser. Totalt deltog 226 personer …": a sentence opening on a sum's
 * word, naming no time of its own, sums up the time the sentence before dated itself by.
 */
const SUMS_UP = /^\W*(?:totalt|sammanlagt|sammantaget|allt som allt|i allt)(?!\p{L})/iu;
/** A time of the sentence's own: "under året", "i år", "hittills", a month, a part of the year. */
const OWN_TIME =
  /(?<!\p{L})(?:året|i år|hittills|nu|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|halvåret|kvartalet|hösten|våren)(?!\p{L})/iu;
/** "Vidare blev 14 aktivt arbetssökande …": the sentence goes on from the one before. */
const GOES_ON = /^\s*(vidare|därutöver|dessutom|därtill|utöver dessa|övriga|ytterligare)\b/i;
/** A sentence dated by the one before ("Under samma period …", "Samtidigt …"). */
/** "Under perioden …" naming no years of its own: the period the text reports, as the sentence before. */
const SAME_PERIOD =
  /^\s*((under|i) (samma|denna|den) (period|tid|perioden|tiden)|(under|i) perioden(?!\s*(?:19|20)\d\d)|samtidigt|under samma år)\b/i;
/** "Samtidigt" opening a sentence, before its verb: the sentence goes on at the same time. */
const MEANWHILE = /^\s*samtidigt(?=,?\s+\p{Ll})/iu;
/** "Förra året (2024)": the year before, named by its number in brackets; read as "under 2024". */
const LAST_YEAR_NAMED = /(?<!\p{L})(?:förra|föregående) år(?:et)? \(((?:19|20)\d\d)\)/giu;
// "ackumulerat jan–dec 2025": the whole year to date, that year's, not cumulative.
const CUMULATIVE = new RegExp(
  String.raw`sedan (uppstart|start|starten)|ackumulerat(?!\s+(?:jan(?:uari)?\s*[–-]\s*dec(?:ember)?|helåret|helår)\s+(?:19|20)\d\d)|totalt sedan|${SINCE_FOUNDING.source}`,
  "iu",
);
/**
 * A pointer back at the group just counted: "90 av dem", "Av dessa", "Bland dem". Where that group is a
 * count since the start ("Totalt har 340 personer avslutat sedan förbundet bildades; 90 av dem …"), its
 * parts are parts of the span too, never the year's (`pointsBackAtSpan`).
 */
const POINTS_BACK = /(?<!\p{L})(?:(?:\d+|\p{L}+) av (?:dem|dessa)|(?:av|bland) (?:dem|dessa))(?!\p{L})/giu;
/**
 * The sentence itself speaks of all the federation's interventions ("i individinsatserna" as "i de
 * individinriktade insatserna"). "Totalt" or "förbundet" alone do not: a section about one
 * intervention says "totalt 45 deltagare" and "finansieras av förbundet" too. A word's start is
 * looked back at after the word is found (`(i|inom)(?<=\b(?:i|inom))` for `\b(i|inom)`): a
 * look-behind opening an alternative is tried at every character, and made the pattern three
 * times slower.
 */
const FEDERATION_CUE =
  /(förbundets|samordningsförbundets)( \p{L}+){0,2} \p{L}*insatser|(samtliga|alla|de olika|våra)( \p{L}+){0,2} \p{L}*insatser|insatser(na)? (som )?((samordnings)?förbundet|vi) (har )?(finansierar|finansierat|finansierade)|(samordnings)?förbundet (har )?(finansierar|finansierat|finansierade)( \p{L}+){0,4} insatser|(i|inom)(?<=\b(?:i|inom)) förbundet totalt|totalt (i|inom) förbundet|insatserna(?<=\binsatserna)\b|i(?<!\p{L}i) (de )?individ(inriktade|uella) insatser(?!\p{L})|(i|inom|av)(?<!\p{L}(?:i|inom|av)) (de |våra )?individinsatser(na)?(?!\p{L})/iu;
/**
 * A federation's own post speaking as "vi" of its participants ("Vi avslutade 112 deltagare", "Vi
 * tog emot 90 nya deltagare"): the federation, where no section says otherwise.
 */
/** A quote or an answer opening on a dialogue dash. */
const QUOTE_DASH = /^\s*[–—]/;
const WE_THE_FEDERATION =
  /^\s*[-–—•*]?\s*vi (har |hade )?(under året )?(avslutade|avslutat|tog emot|tagit emot|skrev in|skrivit in|hade|haft|nådde|nått|mötte|mött)\b/iu;
/**
 * A federation's easy-read text speaking of itself as "oss" ("fick stöd av oss", "var nya hos oss",
 * "slutade hos oss"): the federation, where no section says otherwise and the sentence names no one.
 */
const OF_US = /(?<!\p{L})(?:av|hos) oss(?!\p{L})/iu;
/**
 * The federation as the one that had the participants ("År 2022 hade förbundet 176 deltagare",
 * "Förbundet hade 90 avslut"), where the sentence names no intervention.
 */
const FEDERATION_HAD =
  /(?<!\p{L})(?:(?:hade|har haft) (?:samordnings)?förbundet|(?:samordnings)?förbundet (?:hade|har haft))(?: \p{L}+){0,3} \d/iu;
/**
 * Participants who left, began or took part in "en insats" (any one of the federation's, not a
 * named one): "81 deltagare avslutade en insats under 2024". Only where the sentence names no one
 * and no member's residents.
 */
const ANY_INTERVENTION =
  /(?<!\p{L})(?:avslutade|avslutat|avslutades|påbörjade|påbörjat|började|deltog i|deltagit i|skrevs in i|skrivits in i) (?:en|någon) (?:av (?:förbundets|våra) )?insats(?!\p{L})/iu;
/**
 * A sentence opening on one member: a numbered one ("Kommun 1:", "I Kommun 2 …", "Medlem B hade …"),
 * or a municipality or region named with its colon ("Sjöby kommun: …", "Region Sjöskogen: …").
 */
const ONE_MEMBER_OPENING =
  /^[\s\-–•*]*(?:(?:i|för|hos|inom) )?(?:(?:[Kk]ommun|[Mm]edlemskommun|[Mm]edlem|[Dd]elområde|[Oo]mråde) (?:\d{1,2}|\p{Lu})(?![\p{L}\d])|\p{Lu}[\p{L}-]*s? (?:kommun|stad)\s*:|[Rr]egion \p{Lu}[\p{L}-]*\s*:)/u;
/** A member's residents or its own people: a part of the participants, never all of them. */
const RESIDENTS = gated(
  RESIDENTS_CUE,
  /(?<!\p{L})(?:kommunens|kommunen|regionens|invånare|bodde|bor|folkbokförd\p{L}*|boende)(?!\p{L})/iu,
);
/** Too strong to be about one intervention. */
const STRONG_FEDERATION_CUE =
  /(förbundets|samordningsförbundets)( \p{L}+){0,2} \p{L}*insatser|(samtliga|alla)( \p{L}+){0,2} \p{L}*insatser|(i|inom) förbundet totalt|totalt (i|inom) förbundet/iu;
/**
 * The words each federation cue names, every alternative of it: most sentences name none, and are
 * told apart by this cheap look before the cue's alternatives are tried at every letter. A
 * sentence about "insatsen" names no "insatser".
 */
const CUE_WORD = new Map<RegExp, Gated>([
  [FEDERATION_CUE, gated(FEDERATION_OR_INTERVENTIONS_CUE, FEDERATION_CUE)],
  [STRONG_FEDERATION_CUE, gated(FEDERATION_OR_INTERVENTIONS_CUE, STRONG_FEDERATION_CUE)],
  [FEDERATION_HAD, gated(FEDERATION_WORD_CUE, FEDERATION_HAD)],
  [ANY_INTERVENTION, gated(INTERVENTION_STEM_CUE, ANY_INTERVENTION)],
]);
/**
 * "Steget, en av de insatser som förbundet finansierar, hade 45 deltagare": one of the interventions, named
 * by the group it is one of, is no cue of them all ("i någon av våra insatser", any of them, still is). In an
 * intervention's section the strong cue still makes such a sentence a conflict, stored for no one.
 */
const ONE_OF =
  /(?<!\p{L})(?:en|ett) av (?:de|förbundets|samordningsförbundets|våra)(?: \p{L}+){0,3} \p{L}*insats(?:er|erna)(?!\p{L})/iu;
const cued = (cue: RegExp, sentence: string) =>
  CUE_WORD.get(cue)!.test(sentence) && !(cue === FEDERATION_CUE && ONE_OF.test(sentence));
/** Capitalised words that are not names of interventions: the members, the agencies, the federation. */
const KNOWN_NAME =
  /^(försäkringskassan|arbetsförmedlingen|fk|af|gk|fk\/af|af\/fk|sus|esf|nns|finsam|region|regionen|kommun|kommunen|samordningsförbundet|förbundet|sverige|lis|sip)$/i;
const SUBJECT_WORD =
  /^(förbundet|samordningsförbundet|insatserna|vi|det|totalt|sammanlagt|man|deltagarna|individerna|dessa|de|ytterligare|under|av)$/i;

/**
 * A sentence in a summary that names something ("Steget har haft 40 deltagare", "… i KRUS"):
 * most likely one intervention, so not the federation's figure.
 */
function namesSomeone(sentence: string): boolean {
  // Asked several times of one sentence (whom it is about, whether it points back).
  if (sentence === lastAsked.sentence) return lastAsked.names;
  lastAsked = { sentence, names: readNamesSomeone(sentence) };
  return lastAsked.names;
}

/** A sentence about no one in particular: neither one intervention nor someone named. */
function namesNoOne(sentence: string): boolean {
  return !isAboutOneIntervention(sentence) && !namesSomeone(sentence);
}
let lastAsked = { sentence: "", names: false };
/**
 * A capital opening a word after the sentence's first: a word starts after a non-letter (setting
 * a capital after a colon in lower case below only takes capitals away). Most sentences hold
 * none, and need not be cut into words.
 */
const CAPITAL_AFTER_START = /\P{L}\p{Lu}\p{L}/u;
/**
 * Whether a capital (\p{Lu}) may stand after the first character: a loop over the characters is
 * a quick look before CAPITAL_AFTER_START's classes are tried at every one. A character outside
 * ASCII is asked of the pattern once per worker; a surrogate (a letter beyond the first plane) is
 * taken to be one.
 */
function mayHoldCapitalAfterStart(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : isCapitalOrSurrogate(c)) return true;
  }
  return false;
}
/** Per character code outside ASCII: 1 a capital or a surrogate, 2 neither, 0 not asked yet. */
const capitalCodes = new Uint8Array(0x10000);
function isCapitalOrSurrogate(c: number): boolean {
  if (capitalCodes[c] === 0)
    capitalCodes[c] = (c >= 0xd800 && c <= 0xdfff) || /\p{Lu}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return capitalCodes[c] === 1;
}
/** "Steget hade 40 deltagare", "Steget tog emot 58 deltagare": a name as the subject of having or taking in. */
const OPENS_ON_NAME_HAD = /^\s*\p{Lu}\p{L}+ (har|hade|tog emot|tar emot|har tagit emot|nådde)\b/u;
/**
 * "Nästa steg hade 58 deltagare", "Ung väg tog emot 31": a name of two words, the second in lower case
 * as Swedish writes a name, as the subject; never a quantifier or a genitive before a noun ("Samtliga
 * insatser hade", "Förbundets insatser hade"), which speak of all of them.
 */
const OPENS_ON_TWO_WORD_NAME_HAD =
  /^\s*(\p{Lu}\p{L}+) \p{Ll}\p{L}+ (?:har|hade|tog emot|tar emot|har tagit emot|nådde)\b/u;
const NOT_A_NAME_WORD = /^(?:samtliga|alla|våra|varje|respektive|övriga|flera|många|några|\p{L}+(?:ets|ens|ns|as))$/iu;
const opensOnTwoWordName = (sentence: string) => {
  const m = OPENS_ON_TWO_WORD_NAME_HAD.exec(sentence);
  return m !== null && !SUBJECT_WORD.test(m[1]!) && !NOT_A_NAME_WORD.test(m[1]!);
};

/**
 * A quote's attribution closing its sentence ("…, säger förbundschefen Maria Ek.", "…, berättar en av
 * deltagarna.", "…, berättar Maja vid 07:10"): who speaks, never whom the figures are about. Taken out before a
 * name is looked for.
 */
const SPEECH_TAG =
  /,\s*(?:säger|sa|berättar|menar|förklarar|konstaterar|understryker|betonar|fortsätter|svarar|påpekar)\s+(?:[^,;:]|(?<=\d):(?=\d))*$/iu;
/**
 * The speaker holds the federation's office ("förbundschefen", "förbundets ordförande"): the quote speaks
 * for the federation. Any other speaker ("Stegets projektledare Anna Berg") may speak for one intervention,
 * and the attribution stays a name.
 */
const SPEAKS_FOR_US =
  /^,\s*\p{L}+\s+(?:förbundschef\p{L}*|förbundets (?:ordförande|chef|samordnare)|ordföranden? (?:i|för) (?:samordnings)?förbundet)(?:\s+\p{Lu}\p{L}+){0,3}\s*[.!]?\s*$/u;
/**
 * A speaker named by name alone, a time in a recording perhaps after it (", berättar Maja vid 07:10", ", säger
 * Per Ek."): in a sentence with no "vi", "vår" or "oss" the figures are not the speaker's own, so the name says
 * only who told them. "Vi hade 40 deltagare, säger Anna Berg" keeps it: "vi" may be the speaker's intervention.
 */
const BARE_SPEAKER =
  /^,\s*\p{L}+\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}(?:\s+(?:vid|efter|kring)\s+(?:\d{1,2}:)?\d{1,2}:\d\d)?\s*[.!]?\s*$/u;
const FIRST_PERSON = /(?<!\p{L})(?:vi|oss|vår|vårt|våra)(?!\p{L})/iu;
const SPEECH_CUE = /säger|sa |berättar|menar|förklarar|konstaterar|understryker|betonar|fortsätter|svarar|påpekar/i;

/** A run-in name set in bold or italics at the sentence's start ("**Jobbspåret** tog emot …"): its marks. */
const RUN_IN_EMPHASIS = /^(\s*)(\*\*|__|\*|_)([^*_]{2,60}?)\2(?=\s)/u;
function readNamesSomeone(marked: string): boolean {
  // "**Steget** tog emot 41 deltagare": the marks set a name off, they are no part of it.
  const written =
    marked.startsWith("*", marked.search(/\S/)) || /^\s*_/.test(marked)
      ? marked.replace(RUN_IN_EMPHASIS, "$1$3")
      : marked;
  const sentence = SPEECH_CUE.test(written)
    ? written.replace(SPEECH_TAG, (tag, at: number) =>
        SPEAKS_FOR_US.test(tag) || (BARE_SPEAKER.test(tag) && !FIRST_PERSON.test(written.slice(0, at))) ? "" : tag,
      )
    : written;
  // "Stegets rapport anger 240 deltagare …": the opening word's capital is every sentence's, but a report of
  // another's as the source names that other.
  if (opensOnOthersReport(sentence)) return true;
  const capital = mayHoldCapitalAfterStart(sentence) && CAPITAL_AFTER_START.test(sentence);
  const opensOnName = OPENS_ON_NAME_HAD.test(sentence) || opensOnTwoWordName(sentence) || nameHadAfterLead(sentence);
  if (!capital && !opensOnName) return false;
  // A capital right after a colon opens a clause ("Utfall: Under 2024 var …"): the word names no one.
  const text = sentence.includes(":") ? sentence.replace(COLON_CAPITAL, (m) => m.toLowerCase()) : sentence;
  // The words one by one (exec, no array of them): most sentences are decided by their first capital.
  NAME_WORD.lastIndex = 0;
  const first = NAME_WORD.exec(text)?.[0];
  // "IO" in "under 20 IO" is a number damaged by OCR, not a name.
  if (capital && first !== undefined)
    for (let m = NAME_WORD.exec(text); m !== null; m = NAME_WORD.exec(text)) {
      const w = m[0];
      if (
        /^\p{Lu}\p{L}/u.test(w) &&
        !/^[OIl]+$/.test(w) &&
        !KNOWN_NAME.test(w) &&
        !KNOWN_NAME.test(w.split(/[-/]/)[0]!)
      )
        return true;
    }
  return opensOnName && !SUBJECT_WORD.test(first ?? "");
}
const COLON_CAPITAL = /:\s+\p{Lu}/gu;
/** A lead of a word or two and a colon before the clause: "Svar: ", "Utfall 2025: ". */
const LEAD_COLON = /^\s*\p{L}+(?: \p{L}+)?(?: (?:19|20)\d\d)?:\s+/u;
/**
 * "Svar: Språngbrädan hade 35 deltagare": a name as the subject of having, right after a lead's colon (whose
 * capital `readNamesSomeone` otherwise takes for a clause's opening); never the federation, "vi", the
 * participants or a time ("Utfall: Under 2025 hade …").
 */
function nameHadAfterLead(sentence: string): boolean {
  const lead = LEAD_COLON.exec(sentence);
  if (lead === null) return false;
  const clause = sentence.slice(lead[0].length);
  const opener = /^\p{L}+/u.exec(clause)?.[0] ?? "";
  return (
    (OPENS_ON_NAME_HAD.test(clause) || opensOnTwoWordName(clause)) &&
    !SUBJECT_WORD.test(opener) &&
    !KNOWN_NAME.test(opener)
  );
}
/** A word as a name is written: letters, and a slash or hyphen inside ("Fk/AF", "Ung-Kraft"). */
const NAME_WORD = /[\p{L}][\p{L}/-]*/gu;

/**
 * A part of the figure before it, named after a comma: ", inklusive 38 deltagare i …", ", däribland …",
 * ", varav 204 i Ekby, 121 i Sjöhult …", ", och av dem bodde 103 i Tåstrand" (where they live), or after a colon ": i Åkerby 40, i Lidvik 33 …" (the count split by
 * place: the places name no one the head is about).
 */
const PART_CLAUSE =
  /,\s*(?:inklusive|inkl\.|däribland|varav(?=\s+\S+\s+i\s+\p{Lu})|(?:och\s+)?av\s+(?:dem|dessa)(?=\s+(?:bodde|var\s+bosatta|är\s+bosatta|kom\s+från)\s))\s|:\s*(?=i\s+\p{Lu}\p{L}*\s+\d)/iu;
/** A sentence about one intervention ("insatsen", "projektet") even inside a summary. */
/** "insatsen", "projektet", or an activity in the definite form ("i den nya gruppverksamheten"): one of them. */
const ONE_INTERVENTION_WORD = gated(
  ONE_INTERVENTION_CUE,
  /\b(insatsen|projektet|teamet)\b|(?<!\p{L})(?:den|det) nya \p{L}*(?:verksamheten|gruppen|satsningen|aktiviteten|projektet)(?!\p{L})/iu,
);
/**
 * "… när de lämnade insatsen", "innan deltagarna avslutade projektet": each participant's own
 * intervention, said of people leaving; it names no one intervention. So does a count leaving it ("47 var nya och
 * 44 avslutade insatsen"): each of them their own.
 */
const EACH_OWN_INTERVENTION =
  /\b(när|då|innan|efter att|sedan) (de|deltagarna|personerna|hen|han|hon) (lämnade|lämnat|avslutade|avslutat|slutförde|slutfört|fullföljde|fullföljt) (sin |den )?(insatsen|projektet)\b|\bför (\d+|\p{L}+) (avslutades|avbröts) (insatsen|projektet)\b|(?<![\p{L}\d])\d{1,5} (?:av (?:dem|dessa) |personer |deltagare )?(?:avslutade|lämnade|slutförde|fullföljde) (?:sin |den )?(?:insatsen|projektet)\b/giu;
/**
 * Examples after "till exempel" ("… av andra skäl, till exempel flytt eller att insatsen inte
 * längre passade"): reasons each participant had, naming no one intervention.
 */
const EXAMPLES = /(?<!\p{L})(?:till exempel|t\.\s?ex\.?|exempelvis|såsom)(?!\p{L})[^.;]*/giu;
/**
 * Taking out a participant's own intervention and the examples only blanks text, and a blanked
 * stretch never starts right after a word's letters nor ends right before them: a sentence whose
 * words name no intervention (most) names none after, and is not searched twice more.
 */
const isAboutOneIntervention = (sentence: string) =>
  ONE_INTERVENTION_WORD.test(sentence) &&
  ONE_INTERVENTION_WORD.test(sentence.replace(EACH_OWN_INTERVENTION, " ").replace(EXAMPLES, " "));

/** A figure in digits: what makes a sentence one that gave (or could give) a figure. */
const FIGURE_DIGIT = /\d/;

/** A report's own title under the federation's name: "Årsredovisning 2025", "Verksamhetsberättelse 2024". */
const DOCUMENT_TITLE =
  /^\W*(?:årsredovisning|verksamhetsberättelse|årsberättelse|årsrapport|verksamhetsplan|måluppföljning|förvaltningsberättelse|året i korthet)(?:\s+(?:för\s+)?(?:19|20)\d\d)?\W*$/iu;
/** How many of a document's first lines with text make its title: the federation's own name stands there. */
const TITLE_LINES = 5;
/**
 * A document about one federation and nothing below it: the federation's own, its name in full in
 * its title (its first lines), no line in an intervention's section, and no other federation named
 * in full anywhere. A municipality's page about one intervention, a council's notes or a survey of
 * several federations are never one.
 */
/** A paragraph opening on a year, as a timeline's entry does. */
const YEAR_OPENING = /^\W*(?:19|20)\d\d(?!\d)/;
/** The line of a document's first lines that names its own federation in full (its title), or 0. */
const ownTitleLine = oncePerDocument((doc: DocumentText): number => {
  const federation = ownFederation(doc);
  for (let n = 1, seen = 0; n <= doc.lineCount && seen < TITLE_LINES; n++) {
    const line = doc.at(n).trim();
    if (line === "") continue;
    seen++;
    if (namesOwnFederation(asNameCase(line), federation)) return n;
  }
  return 0;
});
/** A line naming a samordningsförbund that is not the document's own: the text may be about it. */
const namesAnotherFederation = oncePerDocument((doc: DocumentText): boolean => {
  const federation = ownFederation(doc);
  for (let n = 1; n <= doc.lineCount; n++) {
    const line = doc.at(n);
    if (/samordningsförbund/iu.test(line) && !namesOwnFederation(asNameCase(line), federation)) return true;
  }
  return false;
});
/**
 * Run-in leads that open two lines or more of the document ("Deltagare: 41" under one municipality's heading,
 * "Deltagare: 29" under the next): a list repeated section by section, each lead its section's, never the
 * federation's by the lead alone.
 */
const repeatedLeads = oncePerDocument((doc: DocumentText): ReadonlySet<string> => {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let n = 1; n <= doc.lineCount; n++) {
    const lead = runInLead(doc.at(n));
    if (lead === undefined) continue;
    if (seen.has(lead)) repeated.add(lead);
    seen.add(lead);
  }
  return repeated;
});
const soleFederationDocument = oncePerDocument((doc: DocumentText): boolean => {
  const title = ownTitleLine(doc);
  const titled = title > 0;
  if (!titled || scopeByLine(doc).some((s) => s.kind === "intervention")) return false;
  // Every heading below the title names a topic ("Deltagare", "Ekonomi", "Året som gått"): a bare
  // name's heading ("Ljuset") may head one intervention's pages though no section says so.
  for (let n = title + 1; n <= doc.lineCount; n++)
    if (isHeading(doc, n) && !isTopicHeading(doc, n) && !DOCUMENT_TITLE.test(doc.at(n))) return false;
  const names = new Set<string>();
  for (let n = 1; n <= doc.lineCount; n++) {
    const line = doc.at(n);
    if (!/samordningsförbund/iu.test(line)) continue;
    // "Samordningsförbundet Älvdals …": the genitive is the same name.
    for (const m of federationsNamedIn(line))
      if (/^samordningsförbund/iu.test(m.word)) names.add(m.name.split(/\s+/)[0]!.toLowerCase().replace(/s$/u, ""));
    if (names.size > 1) return false;
  }
  return true;
});
/**
 * Whether a sentence of the paragraph names someone (`namesSomeone`), each asked on its own: the capital
 * opening a later sentence ("… 67 män. Nya under året var 64") is no name.
 */
function paragraphNamesSomeone(unit: Unit): boolean {
  return sentencesOf(unit).some(
    (s, k) =>
      namesSomeone(unit.text.slice(s.start, s.end)) ||
      // "… åtta insatser, varav tre nya. De hade sammanlagt 97 deltagare.": a later sentence pointing back
      // speaks of what the one before named, which may be some of the interventions.
      (k > 0 && POINTS_BACK_PRONOUN.test(unit.text.slice(s.start, s.end))),
  );
}
/** Interventions counted in one place: "två insatser i Åby", "tre insatser inom Ekby kommun". */
const SOME_BY_PLACE = gated(
  INTERVENTIONS_CUE,
  /(?<!\p{L})(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv) (?:\p{L}+ )?insatser (?:i|inom) \p{Lu}/u,
);
/** Some of the interventions, by count or by place (see `SOME_INTERVENTIONS`). */
const someInterventions = (sentence: string) => SOME_INTERVENTIONS.test(sentence) || SOME_BY_PLACE.test(sentence);
/** A sentence opening on a pronoun for what the sentence before named: "De hade …", "Dessa …", "I dessa …", "De nya insatserna …". */
const POINTS_BACK_PRONOUN =
  /^\W*(?:(?:i|av|bland|hos|för) )?(?:de|dessa|dem|dom)(?:(?: \p{L}+)? \p{L}*insatser(?:na)?)?(?!\p{L})/iu;
const FUNDED = "(?:finansierade|finansierar|drev|driver|stödde|stöder|hade|har)";
/**
 * The federation as the subject of a sentence counting its interventions: "Under 2025 finansierade
 * förbundet sju insatser", "Förbundet drev tolv insatser under året", "Vi finansierade 9 insatser".
 */
const FEDERATION_COUNTS_INTERVENTIONS = new RegExp(
  String.raw`(?<!\p{L})(?:(?:förbundet|samordningsförbundet|vi)(?: \p{L}+){0,3} ${FUNDED}|${FUNDED} (?:förbundet|samordningsförbundet|vi))(?: \p{L}+)? (?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo) (?:\p{L}+ )?insatser(?!\p{L})`,
  "iu",
);
/** The pronoun's sentence says it counts them all: "De hade sammanlagt …", "Tillsammans hade de …", "I alla dessa …". */
const ALL_OF_THEM = /(?<!\p{L})(?:sammanlagt|tillsammans|totalt|sammantaget|allt som allt|alla|samtliga)(?!\p{L})/iu;
/**
 * Some of the interventions, counted: "två nya insatser", "Två av insatserna", "tre av förbundets
 * insatser", "ytterligare två insatser", "också tre insatser". A count with no such word ("sju
 * insatser") may be all of them.
 */
const SOME_INTERVENTIONS = gated(
  INTERVENTIONS_CUE,
  /(?<!\p{L})(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv) (?:av (?:de |dessa |förbundets |våra )?(?:\p{L}+ )?\p{L}*insatser(?:na)?|(?:nya|ytterligare|andra|övriga) (?:\p{L}+ )?\p{L}*insatser)(?!\p{L})|(?<!\p{L})(?:ytterligare|också|även) (?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio) (?:\p{L}+ )?\p{L}*insatser(?!\p{L})/iu,
);
/** "45 av dem …", "Tretton av de …": a part of a group named before. */
const OF_THEM_OPENING = /^\s*[\p{L}\d]+(?: \d{3})* av (dem|dessa|de)(?!\p{L})/iu;
/** "Av dem som avslutade", "Av de som har avslutat": a pointer that says it points at the exits. */
const OF_THOSE_WHO_EXITED =
  /^\s*av (?:dem|de|dessa) som (?:har |hade )?(?:avslutade|avslutat|avslutades|slutade)(?!\p{L})/iu;
/** A sentence opening on a count ("47 deltagare", "Tretton av dem") or on the year before ("Året innan var …"). */
const PRIOR_OPENING = /^\s*(året innan|året före|ett år tidigare|ett år innan|föregående år|förra året)(?!\p{L})/iu;
/** "Av 118 deltagare som skrevs ut …", "Bland 40 nya …": a count of the group named before opens the sentence. */
const GROUP_OPENING = /^\s*(?:av|bland)\s+(?=\d|\p{L}+\s)/iu;
/** "Totalt 58 personer avslutade …", "Sammanlagt 40 …": a sum's word before the count that opens the sentence. */
const SUM_OPENING = /^\s*(?:totalt|sammanlagt|sammantaget|allt som allt)\s+(?=\d)/iu;
/**
 * "Nya deltagare blev 88.", "Antalet avslutade var 79.", "Antalet avslutade landade på 88", "Deltagarna
 * blev 178": a sentence opening on a measure's label and its
 * verb, the count after them; right after the federation's sentence it goes on about the same
 * participants, as a sentence opening on its count does.
 */
const MEASURE_LABEL_OPENING =
  /^\s*(?:(?:antalet |antal )?(?:nya|nyinskrivna|avslutade|utskrivna|pågående|inskrivna)(?: (?:deltagare|personer|individer))?(?: (?:under|i) (?:året|verksamhetsåret|(?:19|20)\d\d))?|deltagarna|kvinnorna|männen) (?:var|blev|uppgick till|uppgår till|är|landade på|stannade på|hamnade på) (?=\d|\p{L}+\s*[,.])/iu;
/**
 * "Nya under året   88", "Avslutade 2025: 79", "– varav nya 41": a row of a card or a key-figure list, a measure's
 * word, the period it is counted over and its count alone; under the federation's row right above it goes
 * on about the same participants, as a sentence opening on its count does.
 */
const MEASURE_ROW =
  /^\s*(?:[-–•*]\s*)?(?:varav\s+|därav\s+|antal(?:et)?\s+)?(?:nya|nyinskrivna|avslutade|utskrivna)(?: (?:deltagare|personer))?(?: (?:under|i) (?:året|verksamhetsåret)| (?:(?:under|i) )?(?:19|20)\d\d)?\s*:?\s+\d{1,3}(?: \d{3})?(?:\s+\([^()\d]*\d[^()]*\))?\s*\.?\s*$/iu;
/**
 * "Nya under året: 58.", "Avslutade 2025: 49.": a measure's label, its colon and its count, written as a sentence
 * of running text (its full stop); right after the federation's sentence it goes on about the same participants.
 * A card's row ("Nya deltagare: 94" in a box) says no more than its card's title.
 */
const LABEL_COLON_COUNT = /^[^:\d]+:\s*\d{1,3}(?: \d{3})?\s*\.\s*$/u;
/** A line of column words ("Kvinnor  Män  Totalt", "2025  2024") heads the block of lines the line n stands in. */
const COLUMN_WORDS = /^\s*(?:(?:kvinnor|män|totalt|summa|antal|kv|m|tot|(?:19|20)\d\d)\s*){2,}$/iu;
function underColumnHeader(doc: DocumentText, n: number): boolean {
  for (let k = n - 1; k >= Math.max(1, n - 8) && doc.at(k).trim() !== ""; k--)
    if (COLUMN_WORDS.test(doc.at(k))) return true;
  return false;
}
/**
 * Whether the block of lines a line stands in opens on a title with no figure but a year ("FÖRBUNDET
 * 2025", "Året i siffror"): a card's rows under it go on about the row above. A block that opens on a
 * row of figures (a box whose title naming another body was blanked) has no title saying whose it is.
 */
/** "4. Ekonomi", "2.3 Året i siffror": a section's number, its dot written, before a capital ("12 deltagare" is none). */
const SECTION_NUMBER = /^\s*\d{1,2}(?:(?:\.\d{1,2}){0,2}\.|(?:\.\d{1,2}){1,2})\s+(?=\p{Lu})/u;
function titledBlock(doc: DocumentText, n: number): boolean {
  let k = n;
  while (k > 1 && doc.at(k - 1) !== "") k--;
  // "4. Ekonomi och deltagare", "2.3 Året i siffror": a section's number is no figure.
  return (
    k < n &&
    !/\d/.test(
      doc
        .at(k)
        .replace(SECTION_NUMBER, "")
        .replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, ""),
    )
  );
}
function opensOnCount(sentence: string): boolean {
  const first = /^\s*(\d|\p{L}+)/u.exec(
    sentence.replace(LIST_BULLET, "").replace(GROUP_OPENING, "").replace(SUM_OPENING, ""),
  )?.[1];
  return (
    first !== undefined && (/\d/.test(first) || parseNumberWord(first) !== undefined || PRIOR_OPENING.test(sentence))
  );
}

/**
 * Two paragraphs of one line each, the second on the line right under the first (a web page's or
 * a newsletter's paragraphs): one run of text about the same thing. Not a heading's line, nor a bullet.
 */
function nextLineOn(doc: DocumentText, a: Unit, b: Unit): boolean {
  const aFirst = a.starts[0]!.line;
  const bFirst = b.starts[0]!.line;
  return (
    a.starts.at(-1)!.line + 1 === bFirst &&
    !isHeading(doc, aFirst) &&
    !isHeading(doc, bFirst) &&
    !BULLET.test(doc.at(aFirst).trim()) &&
    !BULLET.test(doc.at(bFirst).trim())
  );
}

/** Two bullets of one list: the second opens on the line right after the first ends. */
function sameList(doc: DocumentText, a: Unit, b: Unit): boolean {
  const aFirst = a.starts[0]!.line;
  const bFirst = b.starts[0]!.line;
  const bullet = (n: number) => BULLET.test(doc.at(n).trim());
  return bullet(aFirst) && bullet(bFirst) && a.starts.at(-1)!.line + 1 === bFirst;
}

/** "Summa avslut: 95", "Totalt: 95": the line closing a list of destinations with their total. */
const LIST_TOTAL = /^(?:summa|totalt|total|s:a)(?: (?:avslut|avslutade|avslutsorsaker))?\s*(?::\s*|\s)(\d{1,4})$/iu;
/** "Studier: 10", "Arbete (även med lönestöd): 19", "Studier 33": one item of such a list. */
const LIST_ITEM_LINE = /^(\p{L}[^:\d]*?)\s*(?::\s*|\s)(\d{1,4})$/u;
/** "Övrigt (flytt, avbrott, okänt)": a closing remark in brackets says what a list item holds, it does not rename it. */
const ITEM_REMARK = /\s*\([^()]*\)\s*$/;

/** The one destination a list item's label names: by the lexicon's words, or "Övrigt"/"Annat" as the other exits. */
function listItemCategory(label: string): ExitCategory | undefined {
  const lower = label.toLowerCase();
  const named = destinationsIn(lower, true);
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  return OTHER_EXIT_ROW.test(lower.replace(ITEM_REMARK, "").trim()) ? "other_exit" : undefined;
}
const endsOnDigit = (t: string) => {
  const c = t.charCodeAt(t.length - 1);
  return c >= 48 && c <= 57;
};

/**
 * The lines of each list of destinations, one item a line, closed by a Summa line that its items
 * add up to (each a different destination): line → that total. A list written with dot leaders
 * reads "label: n" here (`proseSentences`).
 */
function summedDestinationLists(units: readonly Unit[]): Map<number, ListedItem> {
  const out = new Map<number, ListedItem>();
  let run: { line: number; value: number; category: ExitCategory }[] = [];
  const distinct = () => new Set(run.map((r) => r.category)).size === run.length;
  const sum = () => run.reduce((a, r) => a + r.value, 0);
  // A list no Summa line closes ("- arbete: 22" … "- annat: 20"): its sum, for the exits read elsewhere to confirm.
  const closeOpen = () => {
    if (run.length >= 3 && distinct()) for (const r of run) out.set(r.line, { sum: sum(), category: r.category });
    run = [];
  };
  let prevLine = -1;
  for (const u of units) {
    const line = u.starts[0]!.line;
    // An item's label wrapped with a hyphen ("Arbetssökande hos Arbetsförmed-" / "lingen 58") is one
    // unit of two lines: the list goes on from its last line.
    let wrapped = true;
    for (let k = 1; k < u.starts.length && wrapped; k++) wrapped = u.starts[k]!.line === u.starts[k - 1]!.line + 1;
    if (!wrapped || line !== prevLine + 1) closeOpen();
    prevLine = u.starts[u.starts.length - 1]!.line;
    const t = u.text.trim().replace(LIST_BULLET, "");
    const total = LIST_TOTAL.exec(t);
    if (total) {
      const n = Number(total[1]);
      if (run.length >= 2 && distinct() && sum() === n)
        for (const r of run) out.set(r.line, { total: n, sum: n, category: r.category });
      run = [];
      continue;
    }
    // Every paragraph is asked: only one ending on a digit is tried at every letter.
    const item = endsOnDigit(t) ? LIST_ITEM_LINE.exec(t) : null;
    const category = item ? listItemCategory(item[1]!) : undefined;
    if (category) run.push({ line, value: Number(item![2]), category });
    else closeOpen();
  }
  closeOpen();
  return out;
}
/** A list's bullet: "- ", "• ", "– ". */
const LIST_BULLET = /^[-–•*]\s+/;

/** An item of a list of destinations: its category, its list's sum, and the Summa line's total where one closes it. */
interface ListedItem {
  total?: number;
  sum: number;
  category: ExitCategory;
}

/**
 * `tables`: the facts the document's tables gave; their exits of the year are known before any
 * sentence, so "Av de 120 som avslutades …" restating a table's federation exits is the federation's.
 */
/**
 * A paragraph's opening that goes on about the participants the text spoke of before it: its count
 * first ("88 personer avslutade …"), a pointer back ("Av dem …", "Av deltagarna avslutade 69 …", "Av de
 * 71 som avslutade …"), a measure's label ("Antalet nya blev 64"), or the report's year as its dating
 * phrase ("Under året avslutade 61 deltagare …"). A speaker's or a form's lead ("Förbundschef: ") before it
 * is passed over.
 */
const UNDER_YEAR_OPENING = /^\s*under ((?:19|20)\d\d)(?!\d)/iu;
const GOES_ON_OPENING =
  /^\s*(?:(?:av|bland) (?:deltagarna|personerna|dem|dessa|de \d)|under (?:året|verksamhetsåret)(?!\p{L}))/iu;
function opensGoingOn(sentence: string, year: number): boolean {
  const body = sentence.replace(LEAD_COLON, "");
  return (
    opensOnCount(body) ||
    ANAPHORA.test(body) ||
    GOES_ON_OPENING.test(body) ||
    MEASURE_LABEL_OPENING.test(body) ||
    Number(UNDER_YEAR_OPENING.exec(body)?.[1]) === year
  );
}
/**
 * "Under hösten startade förbundet ett nytt projekt för unga vuxna, Ungdomsbron": a new intervention brought
 * up by a paragraph, named or not. The next paragraph, naming no one, may go on about it, never surely about
 * the federation. An intervention brought up in passing ("… främst för att insatsen Vägval saknade
 * handledare") or a list of all of them changes nothing.
 */
const ONE_NEW_INTERVENTION = gated(
  NEW_INTERVENTION_CUE,
  /(?<!\p{L})(?:ett nytt|en ny|ett eget|en egen)(?: \p{L}+){0,2} (?:projekt|insats|verksamhet|team|satsning)(?!\p{L})/iu,
);
function bringsUpIntervention(sentence: string): boolean {
  return isAboutOneIntervention(sentence) || someInterventions(sentence) || ONE_NEW_INTERVENTION.test(sentence);
}
/** A figure left unread because whose it is could not be told. */
const OWNER_UNKNOWN = /does not say whether|disagree on whether|whose figures these are is unclear/;

/** Whether a pattern matches one of `texts`. */
function anyMatches(texts: readonly string[], pattern: { test(text: string): boolean }): boolean {
  for (const t of texts) if (pattern.test(t)) return true;
  return false;
}

/** Whether a fact from `from` on names an intervention. */
function namesIntervention(facts: readonly FactInput[], from: number): boolean {
  for (let i = from; i < facts.length; i++) {
    const f = facts[i]!;
    if ("intervention" in f && f.intervention !== null) return true;
  }
  return false;
}

/** Whether a finding from `from` on says whose figures these are is unknown. */
function ownerUnknown(findings: readonly FindingInput[], from: number): boolean {
  for (let i = from; i < findings.length; i++) if (OWNER_UNKNOWN.test(findings[i]!.message)) return true;
  return false;
}
/**
 * A heading that is a question naming no one and no part of the participants ("Och hur många gick vidare?",
 * "Moderator: Och ekonomin?", "2. Hur många var nya respektive avslutade under året?"): it asks on about
 * whom the text spoke of before it. A question naming someone ("Hur gick det för Steget?"), an intervention
 * or some, a place, a span since the start or a group ("de unga", "kvinnorna") may be about another.
 */
const ASKED_GROUP =
  /(?<!\p{L})(?:de unga|ungdomar\p{L}*|kvinnor\p{L}*|män(?:nen)?|de nya|utrikes\p{L}*|unga vuxna)(?!\p{L})/iu;
function askingOn(heading: string): boolean {
  const text = heading.replace(LEAD_COLON, "").trim();
  return (
    text.endsWith("?") &&
    !namesAnother(text) &&
    !ASKED_GROUP.test(text) &&
    !/\d/.test(text.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, "").replace(/^\W*\d{1,2}[.)]\s*/, ""))
  );
}
/**
 * A document about the federation (its own name in full among its first lines) none of whose lines stands in
 * an intervention's section.
 */
const ownDocumentWithoutInterventions = oncePerDocument(
  (doc: DocumentText): boolean => ownTitleLine(doc) > 0 && !scopeByLine(doc).some((s) => s.kind === "intervention"),
);
/**
 * "…, enligt förbundet", "uppger samordningsförbundet": figures the sentence gives as the federation's own
 * word (the own name read as "förbundet"); never a federation named after it ("enligt Samordningsförbundet Gråby").
 */
const TOLD_BY_FEDERATION =
  /(?<!\p{L})(?:enligt|uppger|uppgav|meddelar|meddelade|rapporterar|rapporterade|redovisar|redovisade) (?:samordnings)?förbundet(?!\p{L})(?!\s+\p{Lu})/iu;
/** The year's annual report named as a lead's document ("Årsredovisning 2025", "verksamhetsberättelse för 2025"). */
const LEAD_ANNUAL_REPORT =
  /(?<!\p{L})(?:årsredovisning(?:en)?|verksamhetsberättelse(?:n)?|årsberättelse(?:n)?|årsrapport(?:en)?|bokslut(?:et)?)(?:\s+(?:för\s+)?((?:19|20)\d\d))?(?!\p{L})/giu;
/** A lead's document that tells no outcome of the whole year: a plan, a budget, a part of the year, a forecast. */
const LEAD_NO_OUTCOME =
  /(?<!\p{L})(?:verksamhetsplan\p{L}*|plan(?:en)?|budget\p{L}*|delårs\p{L}*|halvårs\p{L}*|tertial\p{L}*|kvartals?\p{L}*|prognos\p{L}*|planeras|januari\s*[–-]\s*(?:juni|augusti|september|april|mars)|jan\s*[–-]\s*(?:jun|aug|sep|apr|mar))(?!\p{L})/iu;
/** A list's bullet: a dash, a bullet sign or an asterisk opening the line. */
const BULLET_LINE = /^\s*[-–—•*]\s+\S/u;
/** An item's mark opening a lead ("a)", "1.", "b.") before its words. */
const ITEM_MARK = /^\W*(?:[a-zåäö]\)|\d{1,2}[.)]|[a-zåäö]\.)\s*/iu;
/**
 * The lead of the bulleted list the bullet at `line` stands in: up over the list's bullets and their indented
 * continuation lines to the line ending on its colon, joined with the lines of its paragraph above it (six at
 * most); undefined where the line is no bullet or no such lead stands above the list.
 */
function listLeadOf(doc: DocumentText, line: number): string | undefined {
  if (!BULLET_LINE.test(doc.at(line))) return undefined;
  let n = line - 1;
  while (n >= 1 && (BULLET_LINE.test(doc.at(n)) || (/^\s{2,}\S/u.test(doc.lines[n - 1]!) && !/:\s*$/u.test(doc.at(n)))))
    n--;
  if (n < 1 || !/:\s*$/u.test(doc.at(n))) return undefined;
  const lead: string[] = [];
  for (let k = n; k >= 1 && doc.at(k).trim() !== "" && lead.length < 6; k--) lead.unshift(doc.at(k));
  return lead.join(" ");
}

/**
 * "a) Samordningsförbundet Rönnby, protokoll … Årsredovisning 2025. … Förvaltningens sammanfattning:" /
 * "– 158 deltagare under 2025 …": a list under a lead that opens on the own federation as its subject and
 * ends on its colon, naming no intervention, tells the federation's figures, bullet by bullet (each bullet
 * still judged by its own words: one naming someone, a member's residents or a span since the start stays
 * open). Whether the bullet at `line` is in such a list.
 */
function inFederationLedList(doc: DocumentText, line: number): boolean {
  const lead = listLeadOf(doc, line);
  if (lead === undefined) return false;
  const text = ownNameAsFederation(lead.replace(ITEM_MARK, ""), ownFederation(doc));
  // The own name read as "Förbundet" opens it; any federation still named in full is another's.
  return (
    opensOnOwnFederation(text) &&
    !/samordningsförbund|(?<!\p{L})förbunden/iu.test(text) &&
    !isAboutOneIntervention(text) &&
    !someInterventions(text)
  );
}

/**
 * A bullet under a lead ending on its colon whose document tells no outcome of the report's year: a plan, a
 * budget, a part of the year, another year's report ("§ 4 Verksamhetsplan 2026. Kansliets sammandrag:"), or a
 * bullet carrying its own span ("206 avslutade sedan starten; 51 till arbete"). Such a bullet is no one's year.
 */
function listLeadTellsNoOutcome(doc: DocumentText, line: number): boolean {
  const text = listLeadOf(doc, line);
  if (text === undefined) return false;
  return (
    CUMULATIVE.test(doc.at(line)) ||
    LEAD_NO_OUTCOME.test(text) ||
    [...text.matchAll(LEAD_ANNUAL_REPORT)].some((m) => m[1] !== undefined && Number(m[1]) !== doc.periodYear)
  );
}

/**
 * A sentence that may speak of someone other than the federation: it names someone or some place
 * (`namesSomeone`), one intervention or some of them, a member's residents, a count since the start,
 * the county or the country. Between the federation's paragraph and the next one, such a sentence (unless
 * it was the federation's own), a figure stored as someone else's or one whose owner was unknown leaves
 * whom the next paragraph is about open.
 */
function namesAnother(sentence: string): boolean {
  return (
    namesSomeone(sentence) ||
    bringsUpIntervention(sentence) ||
    RESIDENTS.test(sentence) ||
    CUMULATIVE.test(sentence) ||
    ELSEWHERE_PLACE.test(sentence)
  );
}

/**
 * The figure at `at` is a part of a group a pointer before it names ("90 av dem", "Av dessa"), and that group
 * is counted over a span since the start: in the sentence's words before the pointer, or, where the pointer
 * opens the sentence, in the sentence before.
 */
function pointsBackAtSpan(sentence: string, at: number, before: string | undefined): boolean {
  let pointer: RegExpExecArray | undefined;
  // The pointer may hold the figure itself ("90 av dem").
  for (const m of sentence.matchAll(POINTS_BACK)) if (m.index <= at) pointer = m;
  if (pointer === undefined) return false;
  const referent = sentence.slice(0, pointer.index);
  return CUMULATIVE.test(/\p{L}/u.test(referent) ? referent : (before ?? ""));
}

/** A Markdown table's rule under its header: "|---|---:|", "| :--- | ---: |". */
const PIPE_RULE = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/;
/**
 * The years the header of a Markdown table names over the cell at `offset` of the unit ("| Mått | 2024 |" /
 * "|---|---:|" / "| Deltagare | 130 |": [2024]); undefined where the line is no such table's row or the
 * header's cell names no year.
 */
function pipeColumnYears(doc: DocumentText, unit: Unit, offset: number): number[] | undefined {
  let k = 0;
  for (let j = 0; j < unit.starts.length; j++) if (unit.starts[j]!.offset <= offset) k = j;
  const from = unit.starts[k]!.offset;
  const rowText = unit.text.slice(from, unit.starts[k + 1]?.offset ?? unit.text.length);
  if (!rowText.trimStart().startsWith("|")) return undefined;
  const line = unit.starts[k]!.line;
  let top = line;
  while (top > 1 && doc.at(top - 1).startsWith("|")) top--;
  if (top + 1 >= line || !PIPE_RULE.test(doc.at(top + 1))) return undefined;
  const cell = (rowText.slice(0, offset - from).match(/\|/g) ?? []).length;
  const header = doc.at(top).replace(/^\|/, "").split("|");
  const years = (header[cell - 1] ?? "").match(/(?<!\d)(?:19|20)\d\d(?!\d)/g)?.map(Number);
  return years && years.length > 0 ? years : undefined;
}

/** Whom a sentence is about (`whoseSentence`), and what carries on from it to the next. */
interface Whose {
  scope: Scope | "conflict";
  /** The paragraph has opened on all the interventions as its subject (`ALL_INTERVENTIONS_OPENING`). */
  allOpened: () => boolean;
  /** The sentence goes on about the federation from the one before, opening on its count. */
  carried: boolean;
}

/** What `whoseSentence` reads of a sentence and of the paragraph before it. */
interface SentenceScopeInput {
  sentence: string;
  s: { start: number; end: number };
  unit: Unit;
  firstLine: number;
  mayRead: boolean;
  part: number;
  previous: string | undefined;
  previousFigured: string | undefined;
  previousScope: Scope | "conflict" | undefined;
  exitedSoFar: ReadonlyMap<string | null, number[]>;
  lastScope: () => Scope | "conflict" | undefined;
  allOpenedBefore: () => boolean;
  bulletAbove: () => Scope | "conflict" | undefined;
  /** The federation's scope an earlier paragraph of the section left open to the next (`acrossBreak`), for a paragraph's first sentence. */
  acrossBreak: Scope | undefined;
  /** An earlier paragraph of the section named someone, an intervention, a place or a span since the start (`namesAnother`). */
  namedBeforeInSection: () => boolean;
  /** The paragraph right before, in the same section, brought up a new intervention (`ONE_NEW_INTERVENTION`). */
  interventionBroughtUp: boolean;
  /** The paragraph right before, in the same section, ended on a figure of one part (`partLeftOpen`). */
  partBefore: boolean;
}

/** `make()`, made when first asked and remembered. */
function lazily<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

export function parseProseFigures(doc: DocumentText, tables: readonly FactInput[] = []): ParseOutput {
  const facts: FactInput[] = [];
  /** Rates with no base stated, waiting for the year's exits (reportedRates.ts). */
  const awaiting: FactInput[] = [];
  const findings: FindingInput[] = [];
  const scopes = scopeByLine(doc);
  const year = doc.periodYear;
  let unreadCount = 0;
  /** The year that dates a whole sentence: one it names, or the report's ("under året") where it names none. */
  const datedBy = (sentence: string) =>
    datingYear(sentence) ??
    (DURING_THE_YEAR.test(sentence) && !/(?<!\d)(19|20)\d\d(?!\d)/.test(sentence) ? year : undefined);
  // "Sedan uppstart:" introduces cumulative figures, not the year's: the lines up to the next blank.
  // So does a heading ("Sedan starten"): its paragraph, past the blank lines right under it.
  const cumulative = new Set<number>();
  for (let n = 1; n <= doc.lineCount; n++) {
    if (!CUMULATIVE.test(doc.at(n))) continue;
    const lead = /:$/.test(doc.at(n));
    // "… sedan starten och under året": a heading that also names the year heads the year's figures too.
    if (!lead && (!isHeading(doc, n) || /(?<!\p{L})(?:året|årets|i år)(?!\p{L})|(?:19|20)\d\d/iu.test(doc.at(n))))
      continue;
    let k = n + 1;
    if (!lead) while (k <= doc.lineCount && doc.at(k) === "") k++;
    for (; k <= doc.lineCount && doc.at(k) !== "" && !(k > n + 1 && isHeading(doc, k)); k++) cumulative.add(k);
  }

  /** Every exact count the sentences gave, stored or not, as "year:measure:gender". */
  const exactCounts = new Set<string>();
  const unread = (tok: NumberToken, unit: Unit, offset: number, why: string) => {
    unreadCount++;
    findings.push(
      unreadNumber({
        subject: SECTION,
        line: lineAt(unit, offset + tok.start),
        value: tok.raw,
        message: `"${tok.raw}" in running text was not stored: ${why}`,
      }),
    );
  };

  /** Exit counts stored so far, by whose they are: the base of "N procent av de avslutade". */
  let exitedSoFar = new Map<string | null, number[]>();
  /** Lines a table already read: a list item there is that table's row, not a second reading. */
  const tableLines = new Set(tables.map((f) => f.line));
  /** The year's exit counts stored anywhere before in the document, by whose they are. */
  const yearExits = new Map<string | null, Set<number>>();
  for (const f of tables)
    if (
      f.table === "participant_count" &&
      f.measure === "exited" &&
      f.gender === "all" &&
      f.year === year &&
      !f.approximate
    )
      yearExits.set(f.intervention, (yearExits.get(f.intervention) ?? new Set()).add(f.value));
  /**
   * "Vart gick de som avslutade?" over "21" / "fortsatte sin rehabilitering": under a heading about
   * those who left, a paragraph's destinations are of the year's exits read before, its owner's.
   */
  const exitsUnderHeading = (owner: string | null, line: number): number[] => {
    const heading = scopes[line - 1]!.line;
    const exits = yearExits.get(owner);
    return heading !== null && exits?.size === 1 && EXIT_HEADING.test(doc.at(heading)) ? [...exits] : [];
  };
  /** The last whole count of the report's year stored: what a gender split on a line of its own may split. */
  let lastWhole: FactInput | undefined;
  let lastUnit: Unit | undefined;
  let previous: string | undefined;
  /** The earlier year the sentence before was read as, carried on by a sentence pointing back to it. */
  let previousEarlier: number | undefined;
  let previousScope: Scope | "conflict" | undefined;
  /** The sentence that set `previousScope`: the last one in the paragraph that gave a figure. */
  let previousFigured: string | undefined;
  /** Whom the sentence just before was about, whether or not it gave a figure. */
  let lastScope: (() => Whose) | undefined;
  /** The whole-group counts stored from the sentence just before, and whose they were (asked when it decides). */
  let justBefore: { owner: () => string | null | undefined; counts: { measure: CountMeasure; value: number }[] } = {
    owner: () => undefined,
    counts: [],
  };
  const summedLists = summedDestinationLists(proseUnits(doc));
  /** The paragraph opened on all the interventions as its subject ("Samtliga insatser: …"). */
  /** Whether the paragraph's last sentence with figures spoke of part of a year. */
  let partYearParagraph: boolean = false;
  /**
   * Whom a sentence is about, and whether its paragraph has opened on all the interventions since:
   * worked out when first asked (`lazily`). Most sentences give no figure, and whom they are about
   * matters only if a later sentence of their paragraph asks, through the one right after it; a
   * sentence that stores a figure asks for its own before it changes what this reads (the exits
   * stored so far), and no sentence asks after that for one before it.
   */
  function whoseSentence(c: SentenceScopeInput): Whose {
    const { sentence, s, unit, firstLine, mayRead, part, previous, previousFigured, previousScope, exitedSoFar } = c;
    let last: Scope | "conflict" | undefined;
    let opened: (() => boolean) | undefined;
    let scope = scopeOf(scopes[firstLine - 1]!, sentence.slice(0, part));
    // "Samtliga individinriktade insatser: 134 deltagare …" in the last intervention's section: a
    // sentence whose subject is all the interventions is the federation's, and so is the rest of
    // its paragraph where it names no one (see `ALL_INTERVENTIONS_OPENING`).
    const sectionIsIntervention = scopes[firstLine - 1]!.kind === "intervention";
    if (sectionIsIntervention && opensOnAllInterventions(sentence)) {
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
      opened = () => true;
    } else if (sectionIsIntervention && c.allOpenedBefore() && scope !== "conflict" && namesNoOne(sentence))
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
    // "Sammantaget avslutade 56 personer …", "I förbundet gjordes 12 avslut …": the sentence's own
    // words say the whole federation (wholeFederationSentences.ts); the rest of its paragraph goes on so.
    if (
      (scope === "conflict" ? sectionIsIntervention : scope.kind !== "federation") &&
      saysWholeFederation(
        doc,
        scopes[firstLine - 1]!,
        firstLine,
        sentence,
        // Opening its paragraph (a heading's line right above is no sentence of it), or after the federation's.
        () => {
          const lastScope = c.lastScope();
          return (
            lastScope === undefined ||
            (s.start === 0 && isHeading(doc, firstLine - 1)) ||
            (lastScope !== "conflict" && lastScope.kind === "federation")
          );
        },
      ) &&
      namesNoOne(sentence) &&
      !RESIDENTS.test(sentence)
    ) {
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
      opened = sectionIsIntervention ? () => true : () => false;
    }
    // "Förbundets insatser … . I dessa har 62 personer deltagit": a sentence pointing back keeps the scope it points to.
    if (
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      previousScope &&
      previousScope !== "conflict" &&
      previousScope.kind === "federation" &&
      // "Av de 9 avslutade som bodde i Ekerås …": a pointer back to a member's residents is a part of them.
      ((ANAPHORA.test(sentence) && !namesSomeone(sentence) && !RESIDENTS.test(sentence)) ||
        // "Andelen … blev därmed 36 procent": drawn from the federation's figures just given, unless it names someone.
        (DRAWN_FROM_BEFORE.test(sentence.toLowerCase()) && namesNoOne(sentence)) ||
        // "… deltagit i de individinriktade insatserna. Under samma period avslutades 49 deltagare",
        // "… 88 avslut. Andelen … var då 38 procent": the same time as the sentence before, and so
        // the same participants, naming no one else.
        ((SAME_PERIOD.test(sentence) || THEN.test(sentence) || GOES_ON.test(sentence)) && namesNoOne(sentence)) ||
        // "Under 2024 hade insatserna 158 deltagare. Under 2024 avslutade 104 deltagare …", "… under
        // 2024. Nya under året var 49.": the same paragraph goes on about the same year's
        // participants, naming no one else.
        // "Under 2024 deltog 198 … . Av dem bodde 46 i Åby. Totalt avslutades 131 deltagare under året": an
        // aside that gave no figure between them changes neither.
        (datedBy(sentence) !== undefined &&
          (datedBy(sentence) === datedBy(previous ?? "") || datedBy(sentence) === datedBy(previousFigured ?? "")) &&
          namesNoOne(sentence)))
    )
      scope = previousScope;
    // "… 187 personer i våra insatser. I fjol var vi 171. 96 av dem var nya.", "… avslutade sin insats.
    // Och vart gick de då? 24 fick ett arbete …": a sentence right before that gave no figure and names
    // no one is an aside (a remark, a question put to the listener); whom the paragraph is about is
    // the last sentence's that gave one.
    const aside =
      previousFigured !== undefined && previous !== undefined && previous !== previousFigured && namesNoOne(previous);
    const lastSpoken = (): Scope | "conflict" | undefined => {
      const last = c.lastScope();
      return aside && last !== undefined && last !== "conflict" && last.kind === "unknown" ? previousScope : last;
    };
    // "… haft 111 deltagare, 63 kvinnor och 48 män. 47 deltagare har avslutat sin insats.": a sentence
    // that opens on its count, or on the year before, right after one about the federation goes on
    // about the same participants, naming no one else.
    const carriedFrom = () => lastSpoken() ?? (s.start === 0 ? c.bulletAbove() : undefined);
    let from: Scope | "conflict" | undefined;
    const carried =
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      (from = carriedFrom()) !== undefined &&
      from !== "conflict" &&
      from.kind === "federation" &&
      (opensOnCount(sentence) ||
        MEASURE_LABEL_OPENING.test(sentence) ||
        (MEASURE_ROW.test(sentence) && (titledBlock(doc, firstLine) || LABEL_COLON_COUNT.test(sentence)))) &&
      namesNoOne(sentence);
    if (carried) scope = from!;
    // "Antal deltagare i Brobygget 2025: 88" / "Antal avslutade 2025: 26": a card's row right under a row that
    // named someone goes on about that one, whatever its section says; never the federation's, unless it says so.
    if (
      scope !== "conflict" &&
      scope.kind === "federation" &&
      (MEASURE_ROW.test(sentence) || MEASURE_LABEL_OPENING.test(sentence)) &&
      c.lastScope() === "conflict" &&
      !cued(FEDERATION_CUE, sentence)
    )
      scope = "conflict";
    // "Förbundet hade 196 deltagare under 2025 …" / "" / "83 personer avslutade sin insats under året.": in a
    // document about the federation (its name in its title) with no intervention's section, a paragraph opening
    // on its count or pointing back, naming no one, goes on about the federation the paragraph before it in the
    // same section spoke of, where no paragraph between named anyone or gave a figure (`acrossBreak`, kept by the
    // unit loop below). A text whose title names no federation may be about anyone after a blank line.
    if (
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      c.acrossBreak !== undefined &&
      c.lastScope() === undefined &&
      s.start === 0 &&
      ownDocumentWithoutInterventions(doc) &&
      opensGoingOn(sentence, year) &&
      namesNoOne(sentence) &&
      !someInterventions(sentence) &&
      !RESIDENTS.test(sentence) &&
      !CUMULATIVE.test(sentence) &&
      !ELSEWHERE_PLACE.test(sentence)
    )
      scope = c.acrossBreak;
    // "Av de 119 som avslutade … gick 38 till arbete …, enligt förbundet": a sentence naming no one that gives
    // its figures as the federation's own word, in no one's section, is the federation's.
    if (
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      TOLD_BY_FEDERATION.test(sentence) &&
      namesNoOne(sentence) &&
      !someInterventions(sentence) &&
      !RESIDENTS.test(sentence) &&
      !CUMULATIVE.test(sentence) &&
      !ELSEWHERE_PLACE.test(sentence)
    )
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
    // A bullet of a list led by a paragraph opening on the federation and ending on its colon
    // ("… Förvaltningens sammanfattning:" / "– 73 avslutade; 17 till arbete …"), naming no one.
    if (
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      s.start === 0 &&
      inFederationLedList(doc, firstLine) &&
      namesNoOne(sentence) &&
      !someInterventions(sentence) &&
      !RESIDENTS.test(sentence) &&
      !CUMULATIVE.test(sentence) &&
      !ELSEWHERE_PLACE.test(sentence)
    )
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
    // A bullet under a plan's, a part of the year's or another year's document, or carrying its own span: no one's.
    if (s.start === 0 && listLeadTellsNoOutcome(doc, firstLine)) scope = "conflict";
    // A narrow page's news item about the federation (a teletext page, narrowPageScope.ts): a sentence
    // naming no one, right after the federation's in the same run of paragraphs, goes on about it
    // ("… 163 personer i de insatser som förbundet finansierar. Av dem var 91 kvinnor …" / "" / "Under
    // året skrevs 74 personer in …").
    // The item's lead naming the federation as its subject ("Samordningsförbundet Granlida lämnade i går
    // sin årsredovisning för 2025.", "Styrelsen för förbundet har godkänt …") opens it so, figures or none.
    if (
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      isNarrowPage(doc) &&
      (((from = lastSpoken()) !== undefined && from !== "conflict" && from.kind === "federation") ||
        (previous !== undefined && opensOnOwnFederation(previous))) &&
      !CUMULATIVE.test(sentence) &&
      !CUMULATIVE.test(previous ?? "") &&
      namesNoOne(sentence) &&
      !RESIDENTS.test(sentence)
    )
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
    // A text in easy Swedish tells the whole federation's year (easyRead.ts): a sentence in no one's
    // section, naming no one, is the federation's.
    // So does an answer in an interview with the federation's chief (interviewAnswers.ts).
    if (
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      (isEasyRead(doc) ||
        // And so does an answer to a question put to the federation ("Hur många deltagare hade ni?", faqAnswers.ts).
        inFederationAnswer(doc, firstLine) ||
        // And so does the body of a letter the federation signs, never the addressee's words told back
        // (signedLetters.ts).
        (inFederationLetter(doc, firstLine) && !ADDRESSEE.test(sentence) && !RESIDENTS.test(sentence)) ||
        // And so does a news item's text under its lead naming the federation (narrowPageScope.ts).
        // A sentence pointing back ("412 av dem …") is whose the sentence before was; a count since the
        // start, and a sentence after one, never the year's (nor a scope a pointer back would carry on).
        (federationLedLines(doc).has(firstLine) &&
          !RESIDENTS.test(sentence) &&
          !ANAPHORA.test(sentence) &&
          !CUMULATIVE.test(sentence) &&
          !CUMULATIVE.test(previous ?? "")) ||
        (isFederationInterview(doc) && inAnswer(doc, firstLine, lineAt(unit, Math.max(s.start, s.end - 1))))) &&
      namesNoOne(sentence)
    )
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
    // "Samtliga individinriktade insatser: 134 deltagare … . Under året avslutades 57 deltagare.": in an
    // intervention's section, a sentence going on right after one about all the interventions, naming
    // no one, is no more that intervention's than the one before it.
    if (scope !== "conflict" && scope.kind === "intervention" && c.lastScope() === "conflict" && namesNoOne(sentence))
      scope = "conflict";
    // "Under 2025 deltog 40 personer i den nya gruppverksamheten …" / "" / "Av dem gick 12 vidare …": a
    // paragraph opening on a pointer back goes on about the part the paragraph before ended on, whatever
    // its section says; it is never the federation's.
    if (
      scope !== "conflict" &&
      scope.kind !== "intervention" &&
      s.start === 0 &&
      c.partBefore &&
      ANAPHORA.test(sentence) &&
      !cued(STRONG_FEDERATION_CUE, sentence)
    )
      scope = "conflict";
    // "Insatsen Vägskälet avslutade 27 deltagare. Av dem gick nio till arbete.": a sentence pointing
    // back is about whom the sentence before was, and is never more the federation's than that one.
    // An answer's sentence on a page of questions put to the federation ("+ Hur många fick jobb?" /
    // "Av dem som avslutade 2025 gick 29 till arbete …") points back at the group its question asked
    // about, the federation's, where that question named no one (its scope left unknown, never another's).
    if (
      scope !== "conflict" &&
      scope.kind === "federation" &&
      (last = lastSpoken()) !== undefined &&
      (last === "conflict" || last.kind !== "federation") &&
      !(last !== "conflict" && last.kind === "unknown" && inFederationAnswer(doc, firstLine)) &&
      ANAPHORA.test(sentence) &&
      !cued(STRONG_FEDERATION_CUE, sentence)
    )
      scope = last;
    // "Under 2025 finansierade förbundet sju insatser. De hade sammanlagt 232 deltagare": a pronoun for
    // the interventions the federation's sentence before counted, all of them ("sammanlagt",
    // "tillsammans", "alla"), is the federation's count whatever heading the paragraph stands under.
    if (
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      previous !== undefined &&
      POINTS_BACK_PRONOUN.test(sentence) &&
      ALL_OF_THEM.test(sentence) &&
      FEDERATION_COUNTS_INTERVENTIONS.test(previous) &&
      !someInterventions(previous) &&
      !/(?<!\p{L})(?:varav|därav|bland dem|av dem|av dessa)(?!\p{L})/iu.test(previous) &&
      namesNoOne(sentence) &&
      !RESIDENTS.test(sentence)
    )
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
    // "Under året startade förbundet två nya insatser. Dessa hade 38 deltagare": a pronoun pointing back
    // to some of the interventions, counted in the sentence before, is about those, never the
    // federation's whole ("Förbundet finansierade sju insatser. De hade sammanlagt 412 deltagare" stays).
    if (
      scope !== "conflict" &&
      scope.kind === "federation" &&
      previous !== undefined &&
      POINTS_BACK_PRONOUN.test(sentence) &&
      someInterventions(previous) &&
      !cued(STRONG_FEDERATION_CUE, sentence)
    )
      scope = { kind: "unknown", line: scope.line };
    // "Arbete ..... 19" / … / "Summa avslut ..... 95" under a heading naming no one: a list of
    // destinations whose items add up to its Summa line, that total the federation's exits read
    // before and no intervention's, is the federation's.
    const listTotal = summedLists.get(firstLine)?.total;
    if (
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      listTotal !== undefined &&
      yearExits.get(null)?.has(listTotal) &&
      ![...yearExits].some(([who, v]) => who !== null && v.has(listTotal))
    )
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
    // "Av de 97 som avslutades gick 24 till arbete …" where the report gave 97 as the federation's
    // exits, and no intervention's: the sentence goes on about the federation's exits.
    if (scope !== "conflict" && scope.kind === "unknown" && namesNoOne(sentence)) {
      const restated = RESTATED_EXITS.exec(sentence);
      const n = restated ? parseSwedishNumber(restated[1]!) : null;
      if (n !== null && yearExits.get(null)?.has(n) && ![...yearExits].some(([who, v]) => who !== null && v.has(n)))
        scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
      // "… avslutades 58 deltagare. 15 fortsatte i rehabilitering och 19 avslutades av andra
      // orsaker.": destinations alone, naming no one, after the paragraph gave someone's exits,
      // are of those exits.
      else if (previousScope !== undefined && previousScope !== "conflict" && previousScope.kind !== "unknown") {
        const who = previousScope.kind === "intervention" ? previousScope.name : null;
        const exits = exitedSoFar.get(who) ?? [];
        const tried =
          exits.length > 0 && mayRead
            ? readSentenceInContext(sentence, previous, { exitedBefore: exits, year })
            : undefined;
        if (tried && tried.figures.length > 0 && tried.figures.every((f) => f.kind === "exit_outcome"))
          scope = previousScope;
      }
    }
    // "Deltagare 2025 enligt registret: 128 inskrivna …": a run-in lead that is a participants' topic heads its
    // sentence as that heading would its section (the federation's where no section says whose), naming no one.
    if (
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      opensOnParticipantLead(sentence) &&
      !repeatedLeads(doc).has(runInLead(sentence)!) &&
      // Opening its paragraph, in a document with no intervention's section, the paragraph naming no one.
      c.lastScope() === undefined &&
      !scopeByLine(doc).some((x) => x.kind === "intervention") &&
      !namesAnotherFederation(doc) &&
      !isAboutOneIntervention(unit.text) &&
      !paragraphNamesSomeone(unit) &&
      !isAboutOneIntervention(sentence) &&
      !namesSomeone(sentence.slice(sentence.indexOf(":") + 1)) &&
      !someInterventions(sentence) &&
      !RESIDENTS.test(sentence) &&
      !CUMULATIVE.test(sentence)
    )
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
    // A document about the federation alone, with no intervention's section and no other federation
    // named: a paragraph naming no one, no intervention, no member's residents and no subset of the
    // interventions ("två nya insatser") can only be about the federation (`soleFederationDocument`).
    if (
      scope !== "conflict" &&
      scope.kind === "unknown" &&
      soleFederationDocument(doc) &&
      // "… ett nytt projekt för unga vuxna, Ungdomsbron …" / "" / "42 personer deltog …": a paragraph right after
      // one that brought up a new intervention may go on about it.
      !c.interventionBroughtUp &&
      // Under a topic's heading or none: a bare name's heading ("Steget") may be one intervention's. The
      // document's own title ("Samordningsförbundet X" over its first paragraph) heads the federation's text.
      (scope.line === null ||
        isTopicHeading(doc, scope.line) ||
        (scope.line === ownTitleLine(doc) &&
          !c.namedBeforeInSection() &&
          // A question's answer ("Hur många deltog under 2024?") and a timeline's entry ("2024 avslutade …")
          // say whose they are by their own words, or not at all.
          !unit.text.includes("?") &&
          !(previous ?? "").includes("?") &&
          !doc
            .at(unit.starts[0]!.line - 1)
            .trim()
            .endsWith("?") &&
          !YEAR_OPENING.test(unit.text))) &&
      // The paragraph said nothing of anyone else before.
      ((last = c.lastScope()) === undefined || (last !== "conflict" && last.kind !== "intervention")) &&
      !isAboutOneIntervention(unit.text) &&
      !paragraphNamesSomeone(unit) &&
      !RESIDENTS.test(unit.text) &&
      !CUMULATIVE.test(unit.text) &&
      !someInterventions(unit.text)
    )
      scope = { kind: "federation", line: scopes[firstLine - 1]!.line ?? 1 };
    // "Året i korthet" / … / "Under hösten startade förbundet ett nytt projekt …, Ungdomsbron …" / "" / "42 personer
    // deltog …": in a section its heading makes the federation's, the next paragraph's sentence naming no one and
    // giving no sign of the whole federation of its own may go on about the new intervention brought up before it.
    if (
      scope !== "conflict" &&
      scope.kind === "federation" &&
      c.interventionBroughtUp &&
      scopes[firstLine - 1]!.kind === "federation" &&
      !cued(FEDERATION_CUE, sentence) &&
      !WE_THE_FEDERATION.test(sentence) &&
      !cued(FEDERATION_HAD, sentence) &&
      !OF_US.test(sentence) &&
      !saysWholeFederation(doc, scopes[firstLine - 1]!, firstLine, sentence, () => true)
    )
      scope = { kind: "unknown", line: scope.line };
    return { scope, allOpened: opened ?? c.allOpenedBefore, carried };
  }

  /**
   * The federation's scope carried over a blank line: set by a paragraph whose last sentence with a
   * figure was the federation's, kept over paragraphs whose every sentence names no one and holds no
   * figure (`mayNameAnother`) unless it was the federation's own, dropped by any other.
   */
  let acrossBreak: { section: number | null; scope: Scope } | undefined;
  /** The current paragraph's sentences, each with whether it gave a figure as the federation's. */
  let unitSentences: { sentence: string; federation: boolean }[] = [];
  /** The scope of the current paragraph's last sentence that gave a figure. */
  let unitScope: Scope | "conflict" | undefined;
  /**
   * The section of the paragraph just read, where its last sentence with a figure was about one part
   * (one intervention, an activity in the definite form) and no one's stored figure: whom a pointer back
   * opening the next paragraph means.
   */
  let partLeftOpen: { section: number | null } | undefined;
  /** The section of the paragraph just read, where it brought up a new intervention (`ONE_NEW_INTERVENTION`). */
  let broughtUpIn: { section: number | null } | undefined;
  /** The sections in which a paragraph named someone else (`namesAnother`) in a sentence not the federation's. */
  const namedIn = new Set<number | null>();
  /**
   * Per section, its paragraphs' sentences (not the federation's) not yet looked at for someone else:
   * `namesAnother` is among the dearest looks and pure, so a paragraph's sentences are looked at only
   * where the answer decides (`acrossBreak` set or about to be, or a sentence asking `namedBefore`).
   */
  const notLookedAt = new Map<number | null, string[][]>();
  /** Whether a paragraph of the section read so far named someone else (`namedIn`, its open paragraphs looked at now). */
  const namedBefore = (section: number | null): boolean => {
    if (namedIn.has(section)) return true;
    const open = notLookedAt.get(section);
    if (open === undefined) return false;
    notLookedAt.delete(section);
    if (!open.some((sentences) => sentences.some(namesAnother))) return false;
    namedIn.add(section);
    return true;
  };
  /** Where the current paragraph's facts and findings begin. */
  let unitFacts = 0;
  let unitFindings = 0;
  const settleAcrossBreak = (section: number | null) => {
    let lastFigured: (typeof unitSentences)[number] | undefined;
    for (let k = unitSentences.length - 1; k >= 0 && lastFigured === undefined; k--)
      if (FIGURE_DIGIT.test(unitSentences[k]!.sentence)) lastFigured = unitSentences[k];
    partLeftOpen =
      lastFigured !== undefined && !lastFigured.federation && isAboutOneIntervention(lastFigured.sentence)
        ? { section }
        : undefined;
    const others: string[] = [];
    for (const u of unitSentences) if (!u.federation) others.push(u.sentence);
    broughtUpIn = anyMatches(others, ONE_NEW_INTERVENTION) ? { section } : undefined;
    // Whether a sentence named someone else is asked once per paragraph, and only where it decides:
    // with no scope carried and none set by the paragraph, the scope stays unset whatever the answer.
    let named: boolean | undefined;
    if (namesIntervention(facts, unitFacts) || ownerUnknown(findings, unitFindings)) acrossBreak = undefined;
    else if (acrossBreak !== undefined || unitScope !== undefined) {
      named = others.some(namesAnother);
      if (named) acrossBreak = undefined;
      else if (unitScope !== undefined)
        acrossBreak =
          unitScope !== "conflict" && unitScope.kind === "federation" ? { section, scope: unitScope } : undefined;
    }
    if (named === true) namedIn.add(section);
    else if (named === undefined && others.length > 0) {
      const open = notLookedAt.get(section);
      if (open === undefined) notLookedAt.set(section, [others]);
      else open.push(others);
    }
    unitSentences = [];
    unitScope = undefined;
    unitFacts = facts.length;
    unitFindings = findings.length;
  };
  for (const unit of proseUnits(doc)) {
    // One paragraph: lines of text right under each other (a web page's paragraphs, one a line; a
    // sentence that opens on the line after the last one ended), and the bullets of one list. Its
    // exits are counted together; whom a sentence is about carries on in prose, but each bullet of a
    // list says its own.
    const adjacent = lastUnit !== undefined && lineAt(lastUnit, lastUnit.text.length - 1) + 1 === unit.starts[0]!.line;
    // A narrow page's paragraphs under one heading (a teletext item, narrowPageScope.ts) are one run of text.
    const sameParagraph =
      lastUnit !== undefined &&
      (adjacent ||
        sameList(doc, lastUnit, unit) ||
        nextLineOn(doc, lastUnit, unit) ||
        narrowParagraphOn(doc, lineAt(lastUnit, lastUnit.text.length - 1), unit.starts[0]!.line));
    if (!sameParagraph) exitedSoFar = new Map();
    if (!sameParagraph) partYearParagraph = false;
    // "* 412 personer fick stöd i våra insatser …" / "* 137 avslutade sin insats …": a bullet opening on
    // its count right under a bullet of the same list about the federation goes on about it, as a
    // sentence does in prose; each bullet still says its own where it names anyone.
    const bulletAbove = lastUnit !== undefined && sameList(doc, lastUnit, unit) ? lastScope : undefined;
    if (lastUnit !== undefined) settleAcrossBreak(scopes[lastUnit.starts[0]!.line - 1]!.line);
    const section = scopes[unit.starts[0]!.line - 1]!.line;
    // "Och hur många gick vidare?" heading the next answer: a question naming no one asks on about the same
    // participants, so the federation's scope goes on past it into its answer.
    if (
      !sameParagraph &&
      acrossBreak !== undefined &&
      acrossBreak.section !== section &&
      section !== null &&
      (acrossBreak.section === null || section > acrossBreak.section) &&
      askingOn(doc.at(section))
    )
      acrossBreak = { section, scope: acrossBreak.scope };
    const carriedAcross =
      !sameParagraph && acrossBreak !== undefined && acrossBreak.section === section ? acrossBreak.scope : undefined;
    const broughtUp = !sameParagraph && broughtUpIn !== undefined && broughtUpIn.section === section;
    if (!sameParagraph || sameList(doc, lastUnit!, unit)) {
      previous = previousScope = lastScope = undefined;
      previousEarlier = undefined;
      justBefore = { owner: () => undefined, counts: [] };
    }
    lastUnit = unit;
    // An aside is passed over within one run of text only: a heading between starts anew.
    previousFigured = undefined;
    // A line of items ("Deltagare: 214 | Nya: 96 | Avslutade: 88") is read item by item (itemSeparators.ts).
    for (const s of itemSentences(unit, year)) {
      // In news written after the year, "förra året" is the report's year (writtenLater.ts).
      const told = lastYearIsReportYear(doc, unit.text.slice(s.start, s.end), unit.text, unit.starts[0]!.line);
      // "… blev 154 – det högsta på fem år …": a comment after a dash says nothing of whose or which
      // figure it is; blanked for every judgement of the sentence (dashComments.ts).
      // "Samordningsförbundet Myrbacka summerar …": the document's own federation named in full is
      // "förbundet", its place name no member's (federationNames.ts).
      const uncommented = withoutDashComments(told) ?? told;
      const sentence = ownNameAsFederation(uncommented, ownFederation(doc));
      unitSentences.push({ sentence, federation: false });
      const firstLine = lineAt(unit, s.start);
      // "Nya under året            97" under "Kvinnor  Män  Totalt": a row of a table, whose column the
      // table's reader places its one figure in; never read as a card's row.
      if (MEASURE_ROW.test(sentence) && underColumnHeader(doc, firstLine)) continue;
      // Most sentences hold none of the words a figure needs: the grammar is not asked (its years
      // and set-aside numbers matter only beside a figure or a rate). An item of a list of
      // destinations ("Övrigt 12") is read here whatever its words.
      // A form's bare answer ("Svar: 52") to a question put to the federation is read with its question.
      const mayRead =
        summedLists.has(firstLine) || mayReadFigures(sentence) || isBareCountAnswer(doc, firstLine, sentence);
      // "… för 146 personer, inklusive 38 deltagare i projektet Steget": the part after "inklusive"
      // names one intervention, the head does not. The head's figures are judged by the head, the
      // part's by the whole sentence.
      const part = PART_CLAUSE.exec(sentence)?.index ?? sentence.length;
      const partScope = part < sentence.length ? scopeOf(scopes[firstLine - 1]!, sentence) : undefined;
      const listItem = summedLists.get(firstLine);
      const whoseBefore = lastScope;
      const whose = lazily(() =>
        whoseSentence({
          sentence,
          s,
          unit,
          firstLine,
          mayRead,
          part,
          previous,
          previousFigured,
          previousScope,
          exitedSoFar,
          lastScope: () => whoseBefore?.().scope,
          allOpenedBefore: () => (whoseBefore === undefined ? false : whoseBefore().allOpened()),
          bulletAbove: () => bulletAbove?.().scope,
          acrossBreak: carriedAcross,
          interventionBroughtUp: broughtUp,
          partBefore: !sameParagraph && partLeftOpen !== undefined && partLeftOpen.section === section,
          namedBeforeInSection: () => namedBefore(section),
        }),
      );
      lastScope = whose;
      // Whom this sentence and the one before are about, asked of `whose` where they decide.
      let scope: Scope | "conflict";
      let scopeBefore: Scope | "conflict" | undefined;
      const owner = lazily(() => {
        const scope = whose().scope;
        return scope === "conflict" ? undefined : ownerOf(scope);
      });
      const sentenceBefore = previous;
      const earlierBefore = previousEarlier;
      previousEarlier = undefined;
      let reading;
      try {
        // A lead ending with a colon on the line right above the paragraph introduces its first sentence.
        const above = s.start === 0 ? doc.at(firstLine - 1) : "";
        // "… var 68 mot 2023 års 61.": a closing comparison with an earlier year is blanked before the
        // grammar reads the sentence, and its figure is that year's count (comparisonClauses.ts).
        // A change beside the year's figure (", en minskning med 6 personer från året innan") is blanked too.
        // An easy-read text's "fick hjälp" is the grammar's "fick stöd" (easyRead.ts).
        // "Samtidigt avslutade 84 personer …": opening the sentence, "samtidigt" is "meanwhile", never a
        // capacity ("20 deltagare samtidigt"); blanked for the grammar.
        // Made only for a sentence the grammar reads (most are not): no other reading looks at it.
        const plain = mayRead
          ? (isEasyRead(doc) ? inGrammarWords(sentence) : sentence)
              .replace(MEANWHILE, (m) => " ".repeat(m.length))
              // "Förra året (2024) hade förbundet 152 deltagare": the bracket's year dates the sentence
              // (sentenceYear.ts); the grammar reads it as "under 2024", offsets kept.
              .replace(LAST_YEAR_NAMED, (m, y: string) =>
                Number(y) === year - 1 ? `under ${y}`.padEnd(m.length, " ") : m,
              )
          : sentence;
        const unchanged = mayRead ? (withoutChangeClauses(plain, year) ?? plain) : plain;
        const compared = mayRead ? comparisonClause(unchanged, year) : undefined;
        reading = mayRead
          ? readSentenceInContext(compared?.blanked ?? unchanged, previous, {
              exitedBefore:
                owner() === undefined ? [] : (exitedSoFar.get(owner()!) ?? exitsUnderHeading(owner()!, firstLine)),
              countsJustBefore: owner() === undefined || justBefore.owner() !== owner() ? [] : justBefore.counts,
              year,
              ...(above.endsWith(":") ? { lead: above } : {}),
            })
          : nothingRead();
        if (compared) reading = comparedCount(sentence, compared, reading);
        // "Hur många personer tog del av …?" / "Det var 128 personer, 71 kvinnor och 57 män.": an answer
        // giving the count its question asked for is read as the statement the two make (faqAnswers.ts).
        // "– 187 personer, varav 64 började under året.": an answer leaving its verb out reads its parts
        // alone; the statement reads the count too, and is taken where it reads more.
        const stated = mayRead ? answerAsStatement(doc, firstLine, sentence) : undefined;
        if (stated) {
          // The question's "förra året" is the report's year as the answer's is (writtenLater.ts).
          const statement = lastYearIsReportYear(doc, stated.statement, unit.text, unit.starts[0]!.line);
          const asStated = answerReading(stated, readSentenceInContext(statement, previous, { year }));
          if (asStated && (reading.figures.length === 0 || asStated.figures.length > reading.figures.length))
            reading = asStated;
        }
        // "… till samtliga 176 deltagare i förbundets insatser under 2024": the group named whole (allParticipants.ts).
        if (mayRead) reading = allParticipantsCount(sentence, year, reading);
        previous = sentence;
      } catch (err) {
        findings.push({
          check_id: "prose.unreadable",
          severity: "error",
          subject: SECTION,
          line: lineAt(unit, s.start),
          value: sentence.slice(0, 200),
          message: `figure grammar failed: ${(err as Error).message}`,
        });
        continue;
      }
      // "Mål: Minst 160 personer …", "Beslut: …": a goal or a decision, never the year's outcome.
      if (opensOnGoal(sentence)) {
        for (const t of [...reading.figures.map((f) => f.token), ...reading.baseless.map((b) => b.token)])
          unread(t, unit, s.start, 'a goal or a decision ("Mål:", "Beslut:"), not the year\'s outcome');
        continue;
      }
      const before = justBefore;
      /** "… avslutade 58 deltagare. Av dem avslutades 14 på grund av flytt.": a part of the count before. */
      // A sentence that opens on its count right after one about the same group ("… 164 deltagare.
      // 12 deltagare hade en funktionsnedsättning.") points back as "Av dem …" does.
      const partOfBefore = (f: Figure) =>
        f.kind === "count" &&
        f.gender === "all" &&
        // "Året innan var deltagarna 131": another year's count is no part of this year's.
        f.year === undefined &&
        (ANAPHORA.test(sentence) || whose().carried) &&
        before.owner() === owner() &&
        // "Av de 87 som avslutades …" after "avslutades 87" restates the same figure: not a part.
        before.counts.some((c) => c.measure === f.measure && c.value !== f.token.value);
      // "45 av dem hade försörjningsstöd": some of the group named before are never the year's participants.
      // "Sjuttioåtta av dem var kvinnor." is the gender split of that group, not some of it.
      // Asked only where it decides (most sentences give no count, and follow one of another owner's).
      let oneGenderOfThem: boolean | undefined;
      const genderOfThem = () => (oneGenderOfThem ??= isOneGenderOfThem(sentence));
      const someOfThem = (f: Figure) =>
        f.kind === "count" &&
        (f.measure === "enrolled" || f.measure === "ongoing") &&
        OF_THEM_OPENING.test(sentence) &&
        !genderOfThem();
      const stored: { measure: CountMeasure; value: number }[] = [];
      // "… 142 personer. 78 av dem var kvinnor. 64 av dem var män.": each gender's sentence splits the same count.
      if (!genderOfThem() || before.owner() !== owner()) justBefore = { owner, counts: stored };
      // A rate with no base beside it waits for the year's exits (reportedRates.ts), where the
      // paragraph has not just spoken of someone else ("I Steget avslutades 20. 40 procent av de avslutade …").
      // An earlier year in a bracket of its own ("(2022: 151 deltagare)", "(2022: 38 procent)").
      const bracketed =
        reading.figures.length + reading.baseless.length > 0
          ? [...sentence.matchAll(EARLIER_BRACKET)].filter((m) => Number(m[1] ?? m[2]) < year)
          : [];
      const inBracketed = (at: number) => bracketed.some((m) => at >= m.index! && at < m.index! + m[0].length);
      // A rate in such a bracket is that year's, neither this year's nor one waiting for its exits.
      const earlierRate = (f: { token: NumberToken }) => inBracketed(f.token.start);
      // A sentence naming no one after the federation's own ("Av de 131 som avslutades …. Andelen … blev
      // 31 procent") has not turned to someone else: its rate is the federation's only where its exits give it.
      const waiting: Figure[] =
        reading.baseless.length > 0 &&
        (scope = whose().scope) !== "conflict" &&
        ((scopeBefore = whoseBefore?.().scope) === undefined ||
          sameScope(scopeBefore, scope) ||
          (scopeBefore !== "conflict" && scopeBefore.kind === "federation" && scope.kind === "unknown"))
          ? reading.baseless
              .filter((b) => !earlierRate(b))
              .map((b) => ({ kind: "rate", indicator: b.indicator, base: null, token: b.token }))
          : [];
      // "Studier 33", "Övrigt (flytt, avbrott, okänt) 52": an item of a list of destinations whose
      // items add up to its Summa line, the federation's exits, is that destination's count, written
      // without a colon or named in a list's own word for the other exits the grammar leaves alone.
      // A list no Summa line closes counts only where its sum is the federation's exits read before, no intervention's.
      const listIsExits =
        listItem !== undefined &&
        yearExits.get(null)?.has(listItem.total ?? listItem.sum) === true &&
        ![...yearExits].some(([who, v]) => who !== null && v.has(listItem.total ?? listItem.sum));
      const listed =
        listItem &&
        listIsExits &&
        !tableLines.has(firstLine) &&
        (scope = whose().scope) !== "conflict" &&
        scope.kind === "federation" &&
        reading.figures.length === 0
          ? listedExit(
              sentence.trim().replace(LIST_BULLET, ""),
              listItem.category,
              sentence.indexOf(sentence.trim().replace(LIST_BULLET, "")),
            )
          : undefined;
      if (listed)
        reading = {
          ...reading,
          figures: [listed],
          unread: reading.unread.filter((t) => t.start !== listed.token.start),
        };
      const figures = [...reading.figures.filter((f) => !(f.kind === "rate" && earlierRate(f))), ...waiting];
      // The sentence's lines, joined only for a fact that quotes them (most sentences store none).
      let joined: string | undefined;
      const text = () => (joined ??= doc.join(firstLine, lineAt(unit, Math.max(s.start, s.end - 1))).slice(0, 600));
      const split = figures.length === 0 ? genderSplitOf(sentence, lastWhole, firstLine, text) : [];
      if (split.length > 0) {
        facts.push(...split);
        continue;
      }
      for (const f of [...reading.figures.filter((g) => g.kind === "rate"), ...reading.baseless].filter(earlierRate))
        unread(f.token, unit, s.start, "an earlier year's rate, in a bracket of its own");
      for (const b of reading.baseless)
        if (!earlierRate(b) && !waiting.some((w) => w.token === b.token))
          unread(b.token, unit, s.start, "a rate with no base, right after a sentence about someone else");
      const unreadTokens = reading.unread.filter((t) => !waiting.some((w) => w.token === t));
      if (figures.length === 0 && unreadTokens.length === 0) continue;
      for (const tok of unreadTokens) unread(tok, unit, s.start, "its meaning is unclear");
      // "38,5 procent (2023: 36,6 procent)" beside the year's one waiting rate: the same rate for the
      // bracket's year, waiting for that year's exits as the year's own waits for its.
      const ownRate = waiting.length === 1 && waiting[0]!.kind === "rate" ? waiting[0]!.indicator : undefined;
      for (const a of reading.setAside) {
        if (ownRate === undefined || a.reason !== "prior_year" || !a.token.percent || !inBracketed(a.token.start))
          continue;
        const bracket = bracketed.find((m) => a.token.start >= m.index! && a.token.start < m.index! + m[0].length)!;
        const fact = factFor(
          { kind: "rate", indicator: ownRate, base: null, token: a.token },
          whose().scope,
          sentence,
          {
            year: Number(bracket[1] ?? bracket[2]),
            line: lineAt(unit, s.start + a.token.start),
            text: text(),
          },
        );
        if (typeof fact !== "string" && fact.table === "indicator") awaiting.push(fact);
      }
      if (figures.length === 0) continue;
      // "- Kommun 1: 71 deltagare, varav 30 nya", "I Kommun 2 var andelen 41 procent", "Sjöby kommun: …":
      // a sentence opening on one member, named or numbered, gives that member's figures, never the
      // federation's (a list of them under the federation's sentence goes on about no one else).
      if (ONE_MEMBER_OPENING.test(sentence)) {
        for (const f of figures) unread(f.token, unit, s.start, "a figure of one member, not the federation's");
        continue;
      }

      // A sentence naming another year ("jämfört med 2023") may mix years: store none of it, unless
      // every other year stands in a comparison after the figure (", en ökning jämfört med 2023 då …").
      // An earlier year's bracket is set apart, when no figure read is in it.
      const apart = figures.some((f) => inBracketed(f.token.start))
        ? new Set<number>()
        : new Set(bracketed.map((m) => Number(m[1] ?? m[2])));
      const others = reading.years.filter((y) => y !== year && !apart.has(y));
      // A sentence dated as a whole by one earlier year ("Under 2024 hade insatserna 158
      // deltagare" in a plan for 2025) is that year's.
      // "År 2022 hade förbundet 88 avslut. Andelen … var då 38 procent.": "då" is the year the sentence before dated.
      // "Det året hade förbundet 181 deltagare": the year the sentence before dates itself by; where it
      // names another year only (not the report's) but is not dated by it, the year is not known and
      // nothing is read.
      const anaphoric = others.length === 0 && ANAPHORIC_YEAR.test(sentence);
      // "Under 2024 startade två nya insatser. Totalt deltog 226 personer, …": a sum naming no time of its
      // own is of the year the sentence before is dated by; "Av dem …" after it goes on in that year.
      const sumsUp = SUMS_UP.test(sentence) && !OWN_TIME.test(sentence) && reading.years.length === 0;
      const earlier =
        others.length > 0
          ? soleEarlierYear(sentence, year)
          : (THEN.test(sentence) || THEN_OPENING.test(sentence) || anaphoric || ANAPHORA.test(sentence) || sumsUp) &&
              sentenceBefore !== undefined
            ? (soleEarlierYear(sentenceBefore, year) ??
              (reading.years.length === 0 && !OWN_TIME.test(sentence) ? earlierBefore : undefined))
            : // "2023" / "Visa mer" / "Under året tog insatserna emot 131 deltagare.", "## 2022", "Så blev
              // 2023": a section a heading dates by one earlier year is that year's, where the sentence
              // names no year of its own (`headingYear`).
              reading.years.length === 0
              ? headingYear(doc, lineAt(unit, s.start))
              : undefined;
      previousEarlier = earlier;
      // "År 2022 startade insatsen Steget. Då deltog 30 personer.": "Då" points at the sentence before,
      // whose subject is not the federation (an intervention's start): whose count it is, is not known.
      if (THEN_OPENING.test(sentence) && sentenceBefore !== undefined && !FEDERATION_SUBJECT.test(sentenceBefore)) {
        for (const f of figures)
          unread(f.token, unit, s.start, "'då' points at a sentence before whose subject is not the federation");
        continue;
      }
      // "… 40 av dem var unga. Av dem avslutade 12 under året.": "Av dem" points at the sentence before,
      // itself a part of the participants: the figures are of that part, never the federation's.
      // "… och 104 av dem avslutade under året. Av dem gick 41 till arbete": where every part named before is
      // the exits and the sentence says where they went, "Av dem" points at those exits.
      if (
        BACK_POINTER_OPENING.test(sentence) &&
        sentenceBefore !== undefined &&
        PART_OF_GROUP.test(sentenceBefore) &&
        !(WHERE_THE_EXITS_WENT.test(sentence) && onlyExitsNamedAsPart(sentenceBefore, year)) &&
        // "Av dem som avslutade gick 41 till arbete …": the pointer names the exits itself, whatever else the
        // sentence before named a part of.
        !(OF_THOSE_WHO_EXITED.test(sentence) && WHERE_THE_EXITS_WENT.test(sentence))
      ) {
        for (const f of figures)
          unread(f.token, unit, s.start, "'av dem' points at a part of the participants named before");
        continue;
      }
      if (
        anaphoric &&
        earlier === undefined &&
        [...(sentenceBefore ?? "").matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].some((m) => Number(m[0]) !== year) &&
        ![...(sentenceBefore ?? "").matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].some((m) => Number(m[0]) === year)
      ) {
        for (const f of figures)
          unread(f.token, unit, s.start, "the sentence's year is one named before it ('det året')");
        continue;
      }
      const otherYear = earlier === undefined ? others[0] : undefined;
      const tail = [...sentence.toLowerCase().matchAll(COMPARISON_TAIL)][0]?.index;
      const othersOnlyInTail =
        tail !== undefined &&
        [...sentence.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].every(
          (m) => Number(m[0]) === year || apart.has(Number(m[0])) || m.index > tail,
        );
      scope = whose().scope;
      previousScope = scope;
      previousFigured = sentence;
      unitScope = scope;
      if (scope !== "conflict" && scope.kind === "federation")
        unitSentences[unitSentences.length - 1]!.federation = true;
      // "Under januari–augusti 2025 har 119 personer deltagit", "hittills i år": part of a year.
      // "… var 151 personer inskrivna. 48 avslutades.": a sentence going on in the same paragraph
      // about the same months, naming no year and not the whole year, is of that part too.
      const partOfYear: boolean =
        namesPartOfYearIn(doc, sentence) ||
        (partYearParagraph && datedBy(sentence) === undefined && !WHOLE_YEAR_WORDS.test(sentence));
      partYearParagraph = partOfYear;
      for (const f of figures) {
        const line = lineAt(unit, s.start + f.token.start);
        if (cellsRunTogether(doc, f.token, line, lineAt(unit, s.start + f.token.end - 1))) {
          unread(f.token, unit, s.start, "two cells of a table's row, not one number");
          continue;
        }
        if (partOfBefore(f) || someOfThem(f)) {
          unread(f.token, unit, s.start, "a part of the count the sentence before gave, not a second count of it");
          continue;
        }
        // "| Mått | 2024 |" / "|---|---:|" / "| Deltagare | 130 |": a Markdown table's cell is its column's year's.
        const column = pipeColumnYears(doc, unit, s.start + f.token.start);
        if (column !== undefined && !column.includes(year)) {
          unread(f.token, unit, s.start, `a table's cell under a header naming ${column.join(", ")}, not the year`);
          continue;
        }
        if (cumulative.has(line) || pointsBackAtSpan(sentence, f.token.start, sentenceBefore)) {
          unread(f.token, unit, s.start, "a cumulative figure since the start, not the year's");
          continue;
        }
        if (partOfYear) {
          unread(f.token, unit, s.start, "a figure for part of the year, not the year's");
          continue;
        }
        // A count the grammar dated itself ("jämfört med 167 personer under 2023") is that year's.
        const ownYear =
          (f.kind === "count" || f.kind === "exit_outcome") &&
          f.year !== undefined &&
          others.every((y) => y === f.year);
        if (otherYear !== undefined && !(othersOnlyInTail && f.token.start < tail!) && !ownYear) {
          unread(f.token, unit, s.start, `the sentence also names ${otherYear}`);
          continue;
        }
        // A sentence naming the report's year itself ("Under 2025 hade förbundet …") is that year's under a
        // title dated by a later year only (`headingPeriod.ts` `publishedLater`).
        const heading = headingNotTheYear(doc, line, earlier ?? (datingYear(sentence) === year ? year : undefined));
        if (heading) {
          unread(f.token, unit, s.start, heading);
          continue;
        }
        const fact = factFor(f, f.token.start >= part ? partScope! : scope, sentence, {
          year: earlier ?? year,
          line,
          text: text(),
        });
        if (f.kind === "count" && !f.token.approximate && f.measure !== "structural_participants")
          exactCounts.add(`${f.year ?? earlier ?? year}:${f.measure}:${f.gender}`);
        if (typeof fact === "string") unread(f.token, unit, s.start, fact);
        else if (fact.table === "indicator" && (fact.n === null || fact.note === UNSCOPED_RATE)) awaiting.push(fact);
        else {
          facts.push(fact);
          if (fact.table === "participant_count" && fact.gender === "all" && fact.year === year) {
            stored.push({ measure: fact.measure as CountMeasure, value: fact.approximate ? NaN : fact.value });
            lastWhole = fact.approximate ? undefined : fact;
          }
          if (
            fact.table === "participant_count" &&
            fact.measure === "exited" &&
            fact.gender === "all" &&
            fact.year === year
          ) {
            if (!fact.approximate)
              yearExits.set(fact.intervention, (yearExits.get(fact.intervention) ?? new Set()).add(fact.value));
            exitedSoFar.set(fact.intervention, [
              ...(exitedSoFar.get(fact.intervention) ?? []),
              fact.approximate ? NaN : fact.value,
            ]);
          }
        }
      }
    }
  }
  // "Över 200 personer fick stöd …" in a lead, "Exakt var det 213 deltagare …" below: a hedged count is
  // the figure only where the text gives no exact count of its measure and year, read or not (an exact
  // one refused for its scope may still be the same people's).
  const hedgedBesideExact = (f: FactInput): f is Extract<FactInput, { table: "participant_count" }> =>
    f.table === "participant_count" && !!f.approximate && exactCounts.has(`${f.year}:${f.measure}:${f.gender}`);
  for (const f of facts.filter(hedgedBesideExact))
    findings.push(
      unreadNumber({
        subject: SECTION,
        line: f.line,
        value: String(f.value),
        message: `"${f.value}" in running text was not stored: a hedged count beside an exact count of the same measure and year`,
      }),
    );
  return {
    facts: facts.filter((f) => !hedgedBesideExact(f)),
    findings,
    awaiting,
    coverage: [
      {
        section: SECTION,
        status: facts.length > 0 ? "parsed" : "missing",
        line: null,
        facts: facts.length,
        note: `participant figures read from running text; ${unreadCount} number(s) left unread`,
      },
    ],
  };
}

/**
 * "Inskrivna deltagare      276        203": the prose pre-pass closes a table row's wide gaps to
 * one space, so two cells read as one grouped number ("276 203"). A number with a space in it
 * that the line as written does not hold is cells, not a number.
 */
function cellsRunTogether(doc: DocumentText, tok: NumberToken, first: number, last: number): boolean {
  if (!tok.raw.includes(" ") || first !== last) return false;
  return !(doc.lines[first - 1] ?? "").replace(/[\u00a0\u202f\u2009]/g, " ").includes(tok.raw);
}

/** "129 kvinnor | 109 män", "64 män och 52 kvinnor": a gender split alone, with no count of its own. */
const GENDER_PAIR =
  /^\s*(\d{1,3}(?: \d{3})?)\s+(kvinnor|män)\s*(?:[|,·/;]|och)\s*(\d{1,3}(?: \d{3})?)\s+(kvinnor|män)\s*\.?\s*$/iu;
/**
 * "Kvinnor: 208 · Män: 181", "• Män 64 | Kvinnor 52": the same split with each gender's word before its
 * count, a slide's or a card's key-figure line; a bullet may open it.
 */
const LABELLED_GENDER_PAIR =
  /^\s*(?:[•*–-]\s*)?(kvinnor|män)\s*:?\s*(\d{1,3}(?: \d{3})?)\s*[|,·/;]\s*(kvinnor|män)\s*:?\s*(\d{1,3}(?: \d{3})?)\s*\.?\s*$/iu;
/** How far below its count a split on its own may stand (a callout's number, its caption, a blank line). */
const SPLIT_REACH = 4;

/**
 * A gender split alone on its line, right under the count it splits (a callout "238" / "personer
 * deltog …" / "129 kvinnor | 109 män"): stored only where its two counts add up to that count.
 */
function genderSplitOf(sentence: string, whole: FactInput | undefined, line: number, text: () => string): FactInput[] {
  const labelled = LABELLED_GENDER_PAIR.exec(sentence);
  const m = labelled ? [labelled[0], labelled[2], labelled[1], labelled[4], labelled[3]] : GENDER_PAIR.exec(sentence);
  if (!m || !whole || whole.table !== "participant_count" || m[2]!.toLowerCase() === m[4]!.toLowerCase()) return [];
  const [a, b] = [parseSwedishNumber(m[1]!), parseSwedishNumber(m[3]!)];
  if (a === null || b === null || a + b !== whole.value || line - whole.line > SPLIT_REACH || line <= whole.line)
    return [];
  const gender = (w: string) => (w.toLowerCase() === "kvinnor" ? ("woman" as const) : ("man" as const));
  return [
    { ...whole, gender: gender(m[2]!), value: a, line, text: text() },
    { ...whole, gender: gender(m[4]!), value: b, line, text: text() },
  ];
}

/**
 * The reading of an answer said as a statement, its figures moved back onto the answer's own numbers;
 * undefined where a figure stands in the question's words (never the answer's) or none was read.
 */
function answerReading(stated: { at: (offset: number) => number }, read: SentenceReading): SentenceReading | undefined {
  const figures = read.figures.map((f) => {
    const start = stated.at(f.token.start);
    return { ...f, token: { ...f.token, start, end: start + (f.token.end - f.token.start) } };
  });
  if (figures.length === 0 || figures.some((f) => f.token.start < 0)) return undefined;
  return { ...read, figures, unread: [], setAside: [], baseless: [] };
}

/** What the grammar would read from a sentence `mayReadFigures` rules out, as far as this reader asks. */
function nothingRead(): SentenceReading {
  return { figures: [], unread: [], setAside: [], years: [], figureBearing: false, baseless: [] };
}

/** Whose figures a scope's are: an intervention's name, the federation's (null), or no one's known (undefined). */
function ownerOf(scope: Scope): string | null | undefined {
  return scope.kind === "unknown" ? undefined : scope.kind === "intervention" ? scope.name : null;
}

/** The exit of a list item's one number (`LIST_ITEM_LINE`) for its category, or undefined. */
function listedExit(item: string, category: ExitCategory, offset: number): Figure | undefined {
  const numbers = tokenize(item).filter((t): t is NumberToken => t.type === "number");
  const token = numbers.length === 1 ? numbers[0]! : undefined;
  return token && LIST_ITEM_LINE.test(item) && !token.approximate
    ? { kind: "exit_outcome", category, token: { ...token, start: token.start + offset, end: token.end + offset } }
    : undefined;
}

/**
 * A sentence whose subject is all the interventions: "Samtliga individinriktade insatser: 134
 * deltagare …", "Alla insatser hade tillsammans 212 deltagare", "För samtliga insatser gäller att …".
 * The lead opens the sentence and names no one intervention.
 */
const ALL_INTERVENTIONS_OPENING =
  /^\s*(?:för\s+|i\s+)?(?:samtliga|alla)(?:\s+(?:förbundets|våra|de))?(?:\s+\p{L}+)?\s+\p{L}*insatser(?:na)?(?:\s+(?:tillsammans|sammantaget|totalt|sammanlagt))?\s*(?::|,|\s(?:hade|har|tog|deltog|avslutade|gäller|var))/iu;
function opensOnAllInterventions(sentence: string): boolean {
  return ALL_INTERVENTIONS_OPENING.test(sentence) && namesNoOne(sentence);
}

/** Two sentences about the same one: the federation, or the same intervention. */
function sameScope(a: Scope | "conflict", b: Scope | "conflict"): boolean {
  if (a === "conflict" || b === "conflict") return false;
  if (a.kind === "intervention" || b.kind === "intervention")
    return a.kind === "intervention" && b.kind === "intervention" && a.name === b.name;
  return a.kind === b.kind;
}

/**
 * "Förbundet hade totalt 317 deltagare 2025, och av dem bodde 103 i Tåstrand": the federation having
 * its count in the sentence's first clause, which names no one and no intervention; a place or a
 * name after the comma is about a part of them. "Förbundet hade 40 deltagare från Ekby" names one in
 * the same clause, and is not.
 */
function federationHadFirst(sentence: string): boolean {
  if (!cued(FEDERATION_HAD, sentence)) return false;
  const head = sentence.split(/,\s|\s\(/)[0]!;
  return cued(FEDERATION_HAD, head) && namesNoOne(head);
}

/** Whom the sentence is about: its section, unless the sentence itself says otherwise. */
function scopeOf(section: Scope, sentence: string): Scope | "conflict" {
  if (section.kind === "intervention") return cued(STRONG_FEDERATION_CUE, sentence) ? "conflict" : section;
  // "Förbundet hade totalt 317 deltagare …, och av dem bodde 103 i Tåstrand": the federation having
  // its count, in its own section, is the federation's whatever place the sentence names after it.
  if (section.kind === "federation")
    return !cued(FEDERATION_CUE, sentence) &&
      !federationHadFirst(sentence) &&
      (isAboutOneIntervention(sentence) || namesSomeone(sentence))
      ? "conflict"
      : section;
  return cued(FEDERATION_CUE, sentence) ||
    // "– Vi hade …, säger Stegets projektledare": a quote's "vi" is the speaker's, who may be one intervention.
    (WE_THE_FEDERATION.test(sentence) && !(QUOTE_DASH.test(sentence) && namesSomeone(sentence))) ||
    ((cued(FEDERATION_HAD, sentence) ||
      OF_US.test(sentence) ||
      (cued(ANY_INTERVENTION, sentence) && !RESIDENTS.test(sentence))) &&
      namesNoOne(sentence))
    ? { kind: "federation", line: section.line ?? 1 }
    : section;
}

function factFor(
  f: Figure,
  scope: Scope | "conflict",
  sentence: string,
  at: { year: number; line: number; text: string },
): FactInput | string {
  if (scope === "conflict")
    return "the sentence and its section disagree on whether it is about one intervention or all of them";
  const approximate = f.token.approximate;
  // "180 (2022: 170)": an earlier year's figure beside this year's; precedence prefers that year's own report.
  const year = (f.kind === "count" || f.kind === "exit_outcome") && f.year !== undefined ? f.year : at.year;
  if (year > at.year) return `a bracketed figure for ${year}, after the report's year`;
  const base = { year, line: at.line, text: at.text, section: SECTION, approximate };
  // People reached by structural work (staff trained, network members, seminar and theme-day attendees) are no
  // participants: the published schema counts only the individual interventions' participants, and every author of
  // a held-out set counted them as a trap, even where the sentence names the structural interventions themselves.
  if (f.kind === "count" && f.measure === "structural_participants")
    return "people reached by structural work (training, networks, seminars): not participants in the published schema";
  // A rate in a sentence that names no one: the federation's only where it equals the
  // federation's exits and destinations exactly (reportedRates.ts checks it, and that a stated
  // base is those exits).
  if (scope.kind === "unknown" && f.kind === "rate" && namesNoOne(sentence))
    return {
      table: "indicator",
      scope: "federation",
      indicator: f.indicator,
      gender: "all",
      value: f.token.value,
      unit: "percent",
      n: f.base,
      note: UNSCOPED_RATE,
      ...base,
    };
  if (scope.kind === "unknown")
    return "the sentence does not say whether it is about one intervention or the whole federation";
  const intervention = scope.kind === "intervention" ? scope.name : null;
  if (f.kind === "count")
    return {
      table: "participant_count",
      intervention,
      measure: f.measure,
      gender: f.gender,
      value: f.token.value,
      ...base,
    };
  if (f.kind === "exit_outcome")
    return {
      table: "participant_breakdown",
      intervention,
      population: "exited",
      dimension: "exit_outcome",
      category: f.category,
      value: f.token.value,
      source_label: sentence.slice(f.token.start, f.token.start + 120).trim(),
      ...base,
    };
  return {
    table: "indicator",
    scope: intervention === null ? "federation" : `intervention:${intervention}`,
    indicator: f.indicator,
    gender: "all",
    value: f.token.value,
    unit: "percent",
    n: f.base,
    note: `${
      f.indicator === "positive_step_rate_reported"
        ? "positive-step rate as stated in the text"
        : "share of exited who went to work or studies, as stated in the text"
    }${f.base === null ? "" : ", with its stated base"}`,
    ...base,
  };
}
