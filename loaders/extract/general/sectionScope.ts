/**
 * Whom a line of a report is about: one intervention (inside its appendix or under a heading
 * naming it), the federation as a whole (under a summary heading such as "Året i siffror"), or
 * unknown. General layers use this to decide whether a figure is an intervention's or the
 * federation's, and store nothing when it is unknown and the sentence does not say.
 */
import { oncePerDocument, oncePerLine, type DocumentText } from "../documentText.ts";
import { findAppendices } from "./findAppendices.ts";
import { ownFederation, namesFederation, federationsNamedIn, namesOwnFederationFirst } from "./federationNames.ts";
import { TABLE_CAPTION } from "./captionNumber.ts";
import { WHOLE_FEDERATION_HEADING } from "../../reference/scopeWords.ts";
import { isCorrectionHeader } from "../text/correctionColumns.ts";

export type Scope =
  | { kind: "intervention"; name: string; line: number }
  | { kind: "federation"; line: number }
  | { kind: "unknown"; line: number | null };

/**
 * Summary headings: what follows is about the whole federation, wherever they stand. A heading
 * that opens with "Förbundets" ("Förbundets utveckling i sammandrag") or "Förbundet" before a word in
 * lower case ("Förbundet och året"; not a name: "Förbundet Norrby") is the federation's own, and
 * so is the follow-up of its plan ("Uppföljning av verksamhetsplanen 2024": its goals are the whole
 * federation's; an intervention's goal there names the intervention).
 */
const SUMMARY_HEADING =
  /i siffror|i korthet|årets siffror|snabba fakta|kort om (?:året|(?:19|20)\d\d)|sammanfattning|summering|sammandrag av årets|årets nyckeltal|har ordet|översikt|året som gått|samtliga insatser|förbundets ((\p{L}+ )?\p{L}*insatser|deltagare|resultat|verksamhet|statistik\p{L}*|deltagarregist\p{L}*)|^(samordnings)?förbundets\b|förvaltningsberättelse|verksamhetsberättelse|uppföljning (av )?(förbundets |den )?verksamhetsplan|verksamhetsplanens uppföljning|^verksamhet(en)?( under året| (19|20)\d\d| i sammandrag)?$|^årets verksamhet$/iu;
/** "Sammanställning", "Sammanställning:" alone: a summary of the section it closes. */
const COMPILATION_HEADING = /^sammanställning:?$/iu;
/**
 * A heading's note in brackets that it counts every intervention together ("Deltagare 2024 (alla
 * insatser, förbundet totalt)", "Avslutade (hela förbundet)"): the federation's, whatever its topic.
 */
const WHOLE_FEDERATION_NOTE =
  /\((?:[^()]*[\s,])?(?:alla insatser|samtliga insatser|förbundet totalt|totalt för förbundet|hela förbundet)(?:[\s,;][^()]*)?\)/iu;
/**
 * A federation's post heading a part about itself as "oss" ("Så gick det hos oss 2024", "Året för
 * oss") or its year as "vårt" ("Vårt år 2025", a post's title slide), naming no one: the federation's, as a
 * summary heading is.
 */
const OUR_HEADING =
  /(?<!\p{L})(hos|för) oss(?!\p{L})|^(?:så blev )?vårt (?:år (?:19|20)\d\d|(?:19|20)\d\d|verksamhetsår (?:19|20)\d\d)$/iu;
/**
 * "Förbundet och året", "Förbundet 2024": the federation before a word in lower case (case matters:
 * "Förbundet Norrby" is a name). Read only where the heading names no one else ("Förbundet och
 * Norrby kommun" heads a joint project's figures, not the federation's).
 */
const FEDERATION_LEAD = /^(?:[Ss]amordnings)?[Ff]örbundet(?:$|\s+(?:\p{Ll}|\d))/u;
/** "Förbundet 2025", "Hela förbundet", "Förbundet som helhet": the federation named as a whole, no one else. */
const namesWholeFederation = (body: string) =>
  WHOLE_FEDERATION_HEADING.test(body) || (FEDERATION_LEAD.test(body) && namesNoOne(body));
/** A quarter named in a heading ("Kvartal 4 i korthet", "Q4 i siffror", "Fjärde kvartalet"): never the year's summary. */
const QUARTER_HEADING =
  /(?<!\p{L})(?:kvartal(?:et)?\s*[1-4]|[1-4]:?(?:a|e)\s+kvartalet|(?:första|andra|tredje|fjärde|sista)\s+kvartalet|q[1-4]|kv\.?\s?[1-4])(?!\p{L})/iu;
/**
 * A letter to the members on the year ("Styrelsens brev till medlemmarna om verksamhetsåret 2025", "Brev till
 * förbundets medlemmar", "Om verksamhetsåret 2025"): the federation's board telling of its own year.
 */
const LETTER_ON_THE_YEAR =
  /(?<!\p{L})(?:brev|skrivelse|hälsning|rapport) till (?:förbundets |våra |samtliga )?medlemmar(?:na)?(?!\p{L})|(?<!\p{L})(?:om|för) verksamhetsåret(?: (?:19|20)\d\d)?$/iu;
/**
 * "VERKSAMHETEN 2025 – DET DU BEHÖVER KUNNA UTANTILL", "Året som gått – vad vi åstadkom": a summary heading
 * with a subtitle after a spaced dash that speaks to the reader or of the writers (a pronoun, three words
 * at least), never a name ("Verksamheten 2025 – Steget" is one intervention's).
 */
const SUBTITLED_HEADING = /^(.+?)\s+[–—-]\s+(\S+(?:\s+\S+){2,})$/u;
const SPEAKING_SUBTITLE = /(?<!\p{L})(?:du|ni|vi|man|dig|er|oss)(?!\p{L})/iu;
function summaryWithSubtitle(body: string): boolean {
  const m = SUBTITLED_HEADING.exec(body);
  return m !== null && SUMMARY_HEADING.test(m[1]!) && SPEAKING_SUBTITLE.test(m[2]!) && namesNoOne(m[1]!);
}
const isSummaryHeading = (body: string) =>
  (SUMMARY_HEADING.test(body) && !QUARTER_HEADING.test(body)) ||
  (summaryWithSubtitle(body) && !QUARTER_HEADING.test(body)) ||
  (LETTER_ON_THE_YEAR.test(body) && namesNoOne(body) && !QUARTER_HEADING.test(body)) ||
  // "Hela förbundet", "Förbundet som helhet" over a card of label–value lines: the federation's.
  namesWholeFederation(body) ||
  WHOLE_FEDERATION_NOTE.test(body) ||
  (OUR_HEADING.test(body) && namesNoOne(body));
/** A heading that is a clause with the federation as "vi": a motto, no section of its own. */
const WE_SLOGAN = /^(?:\p{L}+ ){2,}vi(?: \p{L}+){2,}$/iu;
/**
 * Topic headings that are the federation's at the top level but an intervention's subsection inside one;
 * a year-end report's block of the whole year ("HELÅRET (JANUARI–DECEMBER)", "Helåret i sammandrag",
 * "Januari–december 2025") after its quarter's among them.
 */
const TOPIC_SUMMARY_HEADING =
  /vid avslut|efter avslut|efter orsak|de som (har )?avslutat|de som avslutade|avslutsorsaker|jämförelse med (föregående|tidigare|förra) år|deltagarstatistik|individstatistik|resultat på individnivå|deltagare och resultat|verksamhetens resultat|^deltagare( (19|20)\d\d)?$|(?<!\p{L})(ut ur|in i|från|efter) insatserna$|^nyckeltal(?: (?:19|20)\d\d)?(?: (?:för|under|över) (?:de )?(?:senaste )?(?:två|tre|fyra|fem|sex|[2-9]|10) (?:år|åren)| (?:för|under|de) senaste (?:två|tre|fyra|fem|sex|[2-9]|10) åren| över tid| (?:19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d)?(?: ?\([^()]*\))?$|^(?:helåret|hela året|helår)(?: (?:19|20)\d\d)?(?: i sammandrag| i korthet)?(?: ?\((?:1 )?jan(?:uari)?\s*[–—-]\s*(?:31 )?dec(?:ember)?(?: (?:19|20)\d\d)?\))?$|^(?:1 )?januari\s*[–—-]\s*(?:31 )?december(?: (?:19|20)\d\d)?$/iu;
/**
 * A heading quoting the federation's own annual report ("Ur årsredovisningen 2024", "Bilaga 2. Ur
 * förbundets verksamhetsberättelse"): the federation's figures, where no intervention's section
 * holds it (inside one it quotes that intervention's part).
 */
const FROM_OWN_REPORT =
  /(?<!\p{L})(?:ur|från) (?:(?:samordnings)?förbundets )?(?:årsredovisning|verksamhetsberättelse|årsbokslut|bokslut)(?:en|et)?(?!\p{L})/iu;
/**
 * A heading made only of words about participants in general ("Antal deltagare per år",
 * "Deltagarutveckling", "Individinsatser, antal deltagare", "Avslutade deltagare"): a topic heading like "Deltagare",
 * the federation's at the top level. Any other word (a name: "Deltagare i Steget") keeps it out.
 */
// The whole year said in words ("ackumulerat", "helåret", "jan–dec") is as much a topic word as the year: "Deltagare
// ackumulerat jan–dec 2025"; a part of the year ("jan–aug") is none.
const PARTICIPANT_TOPIC_WORD =
  /^(antal|deltagar\p{L}*|avslut|avsluten|individinsatser|individinsatserna|insatser|insatserna|över|tid|per|år|året|kvartal|tertial|halvår|månad|under|i|och|avslutade|nya|nyinskrivna|inskrivna|pågående|de|samtliga|alla|individinriktade|individuella|efter|kön|flöde|flödet|vad|vart|gick|går|vidare|till|resultat|resultaten|för|(?:19|20)\d\d|ack|ackumulerat|ackumulerade|helår|helåret|jan[–-]dec|januari[–-]december)$/u;
/** "Deltagare", "Deltagarna", "Deltagarflödet", "Deltagarstatistik": a word for the participants themselves. */
const PARTICIPANT_NOUN_WORD = /^deltagar\p{L}*$/u;
/**
 * "Avslut under året", "Avslut 2024": the participants' exits over a period, named as a topic; any
 * other word ("Avslut i individinsatserna", "Avslut i Bryggan") places them and keeps it out.
 */
const EXITS_OVER_PERIOD_WORD = /^(?:avslut|avsluten|under|året|år|per|kvartal|tertial|halvår|(?:19|20)\d\d)$/u;
/**
 * "Deltagare 2025 (ur SUS, uttag 2026-02-03)", "Deltagare (källa: registret)", "Deltagare 2025 enligt registret": where
 * the topic's figures were taken from, said after it, is no part of the topic. Only a note opening on a source's
 * word: "Deltagare (Steget)", "Deltagare i Steget" name one intervention and stay.
 */
const SOURCE_NOTE =
  /\s*\((?:ur|från|enligt|källa|uttag|hämtad|hämtat|data från|utdrag ur)(?!\p{L})[^()]*\)\s*$|\s+enligt\s+(?:registret|deltagarregistret|statistiken|uppföljningssystemet)\s*$/iu;

function isParticipantTopic(body: string, nouns: RegExp = PARTICIPANT_NOUN_WORD): boolean {
  const words = body
    .replace(SOURCE_NOTE, "")
    .toLowerCase()
    .replace(/[.,:;()]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  // "Deltagare 2024 2023": two years are a table's column header, not a topic of one year.
  if (words.filter((w) => /^(?:19|20)\d\d$/.test(w)).length > 1) return false;
  if (words.some((w) => w.startsWith("avslut")) && words.every((w) => EXITS_OVER_PERIOD_WORD.test(w))) return true;
  // "Inskrivna under året", "Nya under 2025", "Avslutade under året": a flow's measure over a period, a topic.
  if (
    words.length >= 2 &&
    /^(?:inskrivna|nya|nyinskrivna|avslutade)$/u.test(words[0]!) &&
    words.slice(1).every((w) => EXITS_OVER_PERIOD_WORD.test(w) && w !== "avslut" && w !== "avsluten")
  )
    return true;
  return (
    words.some((w) => nouns.test(w)) &&
    words.every((w) => PARTICIPANT_TOPIC_WORD.test(w)) &&
    words.filter((w) => /^(?:19|20)\d\d$/.test(w)).length <= 1
  );
}
/** A heading about the participants' flow: those enrolled, new, leaving, or where they went. */
const PARTICIPANT_FLOW =
  /avslut|utskriv|deltagar|inskrivn|pågående|(?<!\p{L})(nya|flöde|flödet)(?!\p{L})|gick vidare/iu;
/** "… i Lotsen …", "… inom Steget": a heading naming the one intervention (or body) it is about, not the federation. */
const IN_NAMED_ONE = /\s(?:i|inom|för|hos|vid)\s+(?!(?:Samordnings)?[Ff]örbund)\p{Lu}\p{Ll}/u;
/** Every word after the first in lower case (or a number): the heading names no intervention. */
const namesNoOne = (body: string) =>
  body
    .split(/\s+/)
    .slice(1)
    .every((w) => !/\p{Lu}/u.test(w));
/** Subsections of an intervention's section ("Deltagare", "Resultat", "Målgrupp och syfte"). */
const SUBSECTION =
  /deltagar|resultat|avslut|jämförelse|målgrupp|syfte|\bmål\b|nyckeltal|metod|arbetssätt|bakgrund|framgång|utmaning|samverkan|personal|statistik|ålder|utbildning|\bkön\b|remitt|försörjning|uppföljning|aktiviteter|insatsens|beskrivning|erfarenheter|framtid|kommentar|analys/i;
/** Report sections that end any intervention's section. */
const REPORT_SECTION =
  /^(resultaträkning|balansräkning|kassaflöde|finansieringsanalys|noter|not \d|ekonomi|ekonomisk|ekonomiskt|styrelse|revision|underskrift|driftredovisning|budget|mål och|måluppfyllelse|god ekonomisk|insatser$|individinriktade insatser|strukturövergripande|verksamhet$)/i;
/** "Insats: Steget", "Projekt Unga vuxna", "Insatsen Arbetsbron". */
const INTERVENTION_HEADING = /^(?:insats(?:en)?|projekt(?:et)?)\s*[:–-]?\s+(\p{L}.{0,60}?)\s*$/iu;
/** A parent heading whose numbered children are interventions ("4 Insatser" → "4.1 Steget"). */
const INTERVENTIONS_PARENT = /\binsatser(na)?\b|\bprojekt(en)?\b|\bverksamheter\b/i;
/** Headings that name a topic, not an intervention. */
const GENERIC_HEADING =
  /avslut|orsak|ekonomi|\bmål|styrelse|organisation|personal|uppföljning|resultat|samverkan|budget|inledning|bakgrund|verksamhet|sammanfattning|deltagare|insatser|utveckling|kansli|revision|medlem/i;
const COLUMN_WORD =
  /^(totalt|total|tot|summa|samtliga|alla|kvinnor|kvinna|kv|män|man|k|m|nya|nyinskrivna|avslutade|avslut|pågående|inskrivna|budget)$/;
const TABLE_WORD =
  /^(totalt|total|tot|summa|samtliga|alla|kvinnor|kvinna|kv|män|man|k|m|nya|nyinskrivna|avslutade|avslut|pågående|inskrivna|budget|antal|deltagare|delt|insats|insatser|insatsnamn|år|varav|och|st|mot|till|orsak|orsaker|avslutsorsak|avslutsorsaker|avslutsanledning|avslutsanledningar|andel|procent|%|kommun|kommuner)$/;
/** "4.2 Mål", "A1. Deltagare 2024" (a part's letter before its section's number). */
/** "2.1 Deltagare", "A1 Ekonomi", "DEL 2  Förbundets verksamhet", "Avsnitt 3: Ekonomi": a numbered heading's number, then its body. */
const NUMBERED =
  /^((?:(?:DEL|Del|AVSNITT|Avsnitt|KAPITEL|Kapitel|BILAGA|Bilaga)\s+)?(?:[A-ZÅÄÖ](?=\d))?\d+(?:\.\d+)*)[.:]?\s+(\S.*)$/;
/**
 * A heading opening on a year and a word in lower case ("2024 i korthet"), not a section number; or
 * a year alone, or a year and a dash before its name ("2024", "2025 – jubileumsåret"), as a
 * timeline's entries are headed.
 */
const YEAR_OPENING = /^(?:19|20)\d\d(?: \p{Ll}| [–-] \p{L}|$)/u;
/** A caption's number: a chart's, a table's, or a spreadsheet sheet's ("Flik 2: Avslutade"); captionNumber.ts. */
const CAPTION = TABLE_CAPTION;
/** A Markdown heading's marker ("## Året i korthet"): a summary posted as Markdown marks its headings so. */
const MARKDOWN_HEADING = /^#{1,6}\s+/;
/** A line set in bold on its own ("**Deltagare**"): Markdown's other way to write a heading. */
const MARKDOWN_BOLD_LINE = /^(\*\*|__)(\S(?:.*\S)?)\1$/;
/** A heading framed by runs of rule characters, as a plain-text print-out sets one ("=== Insats: Steget ==="). */
const FRAMED_HEADING = /^([=*~-])\1{2,} *(\S(?:.*\S)?) *\1{3,}$/;
/** A line's text without a Markdown heading marker or a print-out's frame. */
// A chart's base after its title ("Vart gick de som avslutade 2024? (n = 96)") is no part of the heading.
// Asked of every line: the markers are looked for only on a line opening on a marker's character,
// the base's pattern (tried at every space) only where the line ends on ")".
const headingText = (doc: DocumentText, n: number) => {
  const line = doc.at(n);
  const t = MARKER_START.has(line.charAt(0))
    ? line.replace(MARKDOWN_HEADING, "").replace(MARKDOWN_BOLD_LINE, "$2").replace(FRAMED_HEADING, "$2")
    : line;
  return t.endsWith(")") ? t.replace(CHART_BASE, "") : t;
};
/** Whether a line is marked as a heading: Markdown's "## …", a line in bold alone, a framed line. */
const markedHeading = (doc: DocumentText, n: number) => {
  const line = doc.at(n);
  return (
    MARKER_START.has(line.charAt(0)) &&
    (MARKDOWN_HEADING.test(line) || MARKDOWN_BOLD_LINE.test(line) || FRAMED_HEADING.test(line))
  );
};
/** The characters MARKDOWN_HEADING, MARKDOWN_BOLD_LINE and FRAMED_HEADING open on. */
const MARKER_START = new Set(["#", "*", "_", "=", "~", "-"]);
/** "(n = 96)", "(n=96)": the count a chart's shares or bars are of. */
export const CHART_BASE = /\s*\(n\s*=\s*(\d{1,5})\)$/i;

const furnitureCache = new WeakMap<DocumentText, Set<string>>();

/**
 * Page furniture: page numbers ("4", "Sida 4 av 20", "4 (20)") and lines repeated on many pages
 * (running headers and footers). They are neither headings nor part of a sentence.
 */
export const isFurniture = oncePerLine(furnitureAt);

function furnitureAt(doc: DocumentText, n: number): boolean {
  const t = doc.at(n);
  if (t === "") return false;
  if (/^(sida |s\. )?\d{1,3}( av \d{1,3}| ?\(\d{1,3}\))?$/i.test(t)) return true;
  let repeated = furnitureCache.get(doc);
  if (!repeated) {
    const seen = new Map<string, number>();
    // "3 Samordningsförbundet X Årsredovisning 2023", "… 4", "… 5": a running header that carries
    // the page number. Its text repeats, and its numbers run up page by page.
    const paged = new Map<string, { lines: string[]; pages: number[] }>();
    for (let k = 1; k <= doc.lineCount; k++) {
      const line = doc.at(k);
      if (line.length >= 4 && !/^\d+$/.test(line)) seen.set(line, (seen.get(line) ?? 0) + 1);
      const m = PAGED_LINE.exec(line);
      const body = m ? (m[2] ?? m[3])! : undefined;
      // "Varav kvinnor: 27" … "Varav kvinnor: 60" on cards of label–value lines: a label before its
      // colon is no running header, whatever its values do.
      if (m && body!.length >= 12 && /\p{L}{3}/u.test(body!) && !TABLE_LIKE.test(body!) && !body!.endsWith(":")) {
        const p = paged.get(body!) ?? { lines: [], pages: [] };
        p.lines.push(line);
        p.pages.push(Number(m[1] ?? m[4]));
        paged.set(body!, p);
      }
    }
    repeated = new Set(
      [...seen]
        .filter(([line, c]) => c >= 3 && !TABLE_LIKE.test(line) && !recurringTopic(line) && !SENTENCE_TAIL.test(line))
        .map(([line]) => line),
    );
    for (const p of paged.values())
      if (p.pages.length >= 3 && p.pages.every((n, i) => i === 0 || n > p.pages[i - 1]!))
        for (const line of p.lines) repeated.add(line);
    furnitureCache.set(doc, repeated);
  }
  return repeated.has(t);
}
/**
 * A topic's heading every section repeats ("Nyckeltal", "Resultat", "Syfte och mål", a "Sammanställning"
 * closing each chapter): one or two words of a subsection, no running header, however often it stands.
 */
const recurringTopic = (line: string) =>
  !moreSpacesThan(line, 2) &&
  !/\d/.test(line) &&
  (SUBSECTION.test(line) || TOPIC_SUMMARY_HEADING.test(line) || COMPILATION_HEADING.test(line));
/**
 * A wrapped sentence's last words on a line of their own, in lower case and closing the sentence
 * ("kronor.", "av sin insats."): however often paragraphs end so, no running header or footer.
 */
const SENTENCE_TAIL = /^\p{Ll}[^]*[.!?]$/u;
/** A line with a page number at its start or end: page, body (number first) or body, page. */
const PAGED_LINE = /^(\d{1,3}) (\D.*)$|^(.*\D) (\d{1,3})$/;
/** Lines that repeat because every table has them ("Avslut mot antal", "kvinna 12"), not page furniture. */
const TABLE_LIKE = /^[\p{L}*][\p{L}*/ -]{0,40} \d{1,3}$|^(avslut|deltagare|kvinn|man\b|män|antal|summa|totalt)/iu;

/** A line opening on an amount with its unit, a list going on after it: "1 575 000 kr, Region X …", "4 mnkr och …". */
const AMOUNT_RUNS_ON = /^\d{1,3}(?: \d{3})*(?:,\d+)?\s?(?:kr|kronor|tkr|mkr|mnkr)(?!\p{L})\s*(?:[,;]|och\s)/iu;

/** A line that looks like a heading: short, no closing punctuation, a paragraph of its own. */
export const isHeading = oncePerLine(headingAt);

/** A conjunction or a preposition closing a line: the sentence runs on below it. */
const RUNS_ON_WORD = /(?<!\p{L})(?:och|samt|eller|att|som|med|till|av|från|för|på|i)$/iu;

/**
 * Whether a line is in the document's title: its first lines, down to the first blank one, none of
 * them giving a figure (a year or a date is no figure). The federation a title names is the
 * document's own, however its id is spelt; a first paragraph with figures is a section, no title.
 */
export function inDocumentTitle(doc: DocumentText, line: number): boolean {
  let n = 1;
  for (; n <= doc.lineCount && doc.at(n).trim() !== ""; n++)
    if (/\d/.test(doc.at(n).replace(TITLE_DATES, ""))) return false;
  return line < n;
}
/** Years and dates a title may carry ("2024", "2025-03-20", "20 mars 2025"). */
const TITLE_DATES = /(?<!\d)(?:(?:19|20)\d\d(?:-\d\d-\d\d)?|\d{1,2} \p{L}+ (?:19|20)\d\d)(?!\d)/gu;

/** Whether `text` holds more than `k` spaces: `text.split(" ").length > k + 1`, without the array. */
function moreSpacesThan(text: string, k: number): boolean {
  let seen = 0;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) if (++seen > k) return true;
  return false;
}

function headingAt(doc: DocumentText, n: number): boolean {
  const t = headingText(doc, n);
  if (t === "" || t.length > 80 || /[.,;!]$/.test(t) || CAPTION.test(t) || isFurniture(doc, n)) return false;
  // A question is a heading only as a paragraph of its own ("Vart gick deltagarna efter avslut?").
  // A slide's title may be a question over its chart ("Bild 6" / "Vart gick de som avslutade?").
  if (t.endsWith("?") && doc.at(n + 1) !== "" && !SLIDE_NUMBER.test(doc.at(n - 1))) return false;
  // "2024 i korthet", "2024 i siffror": a heading may open on the year it is about, no section number.
  // "3. Deltagare 2025 (ur SUS, uttag 2026-02-03)": where the figures were taken from is no part of the heading.
  const body = (YEAR_OPENING.test(t) ? t : (NUMBERED.exec(t)?.[2] ?? t)).replace(/:$/, "").replace(SOURCE_NOTE, "");
  // A year alone heads a timeline's entry; after a number ("2024 2023") it is a table's years.
  // A year alone standing between blank lines is a chart's axis label as often: not a heading.
  const bareYear = /^(?:19|20)\d\d$/.test(body);
  // "## 2024": a year marked as a heading is one, blank line or not (no chart marks its axis so).
  const yearBody =
    YEAR_OPENING.test(body) && !(bareYear && (body !== t || doc.at(n + 1) === "") && !markedHeading(doc, n));
  if (!/^\p{Lu}/u.test(body) && !yearBody) return false;
  // Most candidates hold no digit: not cut into runs of digits.
  if (/\d/.test(body) && (body.match(/\d+/g) ?? []).filter((d) => !/^(19|20)\d\d$/.test(d)).length > 0) return false;
  if (moreSpacesThan(body, 9)) return false;
  // A narrow column's line whose sentence runs on below ("Eget kapital uppgick vid årets slut till"), or
  // that ends on a word no sentence ends on ("Staten, alltså Försäkringskassan och" / "Arbetsförmedlingen …").
  if (doc.inColumn(n) && (/^[\p{Ll}\d(]/u.test(doc.at(n + 1)) || RUNS_ON_WORD.test(t))) return false;
  // "Förbundet har under året bedrivit verksamhet enligt den verksamhetsplan som" / "styrelsen
  // fastställde …": a long line whose sentence runs on in lower case on the next line is a
  // paragraph's first line, never a heading (its words would scope the text below).
  // So is one whose list runs on into an amount opening the next line, the list going on after it ("… fördelades
  // så här: Försäkringskassan och Arbetsförmedlingen" / "1 575 000 kr, Region X 787 500 kr …"): read as a heading
  // its words would scope the text below, and the list would lose its first member.
  if (
    t.length >= 50 &&
    t.split(/\s+/).length >= 7 &&
    (/^\p{Ll}/u.test(doc.at(n + 1)) || AMOUNT_RUNS_ON.test(doc.at(n + 1)))
  )
    return false;
  let p = n - 1;
  while (p >= 1 && isFurniture(doc, p)) p--;
  const prev = p >= 1 ? doc.at(p) : "";
  // A table's header row ("Totalt Kvinnor Män") is not a heading.
  const words = body
    .toLowerCase()
    .replace(/[.,:;()*]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const next = doc.nextNonBlank(n, 2);
  // "Antal inskrivna: 149" below is a labelled line, no table row: a key-value list has no header.
  const rowBelow =
    next !== undefined &&
    doc.at(next).length <= 60 &&
    /^\p{L}.*\s\d+\s?%?$/u.test(doc.at(next)) &&
    !/:\s*\d+\s?%?$/.test(doc.at(next));
  const columnWords = words.filter((w) => COLUMN_WORD.test(w)).length;
  // A framed line ("=== Samtliga insatser ===") is a heading whatever its words.
  if (FRAMED_HEADING.test(doc.at(n))) return prev === "" || p < n - 1;
  if (
    words.every((w) => TABLE_WORD.test(w)) &&
    (columnWords >= 2 || (rowBelow && columnWords >= 1 && !CAPTION.test(doc.at(next!))))
  )
    return false;
  if (next !== undefined && headsColumnsBelow(doc.lines[n - 1] ?? "", doc.lines[next - 1] ?? "")) return false;
  // "Insats     Mått     Kön     År     Värde" ruled off by dashes: three cells or more over a rule
  // are a table's header whatever the rows below hold (a heading underlined is one run of words).
  if (next !== undefined && HEADER_RULE.test(doc.at(next)) && cellsOf(doc.lines[n - 1] ?? "").length >= 3) return false;
  // "Insats        Avslut till" over a line set in under its second cell: the label column's title
  // and a group title over the columns below, a header stacked over two lines, never "Insats X".
  if (next === n + 1 && stackedOverColumns(doc.lines[n - 1] ?? "", doc.lines[next - 1] ?? "")) return false;
  // "Insats                tkr": a table's label title and a column's, a wide gap apart; "Insats X"
  // as a heading is one run of words.
  if (LABEL_TITLE_OVER_COLUMN.test(doc.lines[n - 1] ?? "")) return false;
  // Page furniture before it (a page number, a running header) stands where a blank line would,
  // and so does a slide's or page's own number alone on its line ("Bild 7" over the slide's title).
  if (prev === "" || /[.!?:]$/.test(prev) || p < n - 1 || SLIDE_NUMBER.test(prev)) return true;
  // "Verksamhet 2024" / "Insatsen Steget (alla fyra kommunerna)": a line naming an intervention as such,
  // right under a heading with no blank line between, is that heading's first subheading.
  // So is the federation's named as a whole ("RESULTAT" / "Förbundet 2025" over its key figures), below the
  // document's title.
  if (INTERVENTION_HEADING.test(body) && p >= 1 && isHeading(doc, p)) return true;
  if (namesWholeFederation(body) && p >= 1 && !inDocumentTitle(doc, n) && isHeading(doc, p)) return true;
  // "4 Samverkan" / "4.1 Samordningsförbundet X": a numbered heading's first numbered child, right under it.
  const own = NUMBERED.exec(t)?.[1];
  const parent = NUMBERED.exec(headingText(doc, p))?.[1];
  return own !== undefined && parent !== undefined && own.startsWith(`${parent}.`) && p >= 1 && isHeading(doc, p);
}

/** A line drawn under a table's header: dashes, equals signs, pluses and pipes ("-----  ------"). */
const HEADER_RULE = /^[\s|+=_—–-]*[=_—–-]{3}[\s|+=_—–-]*$/;

/**
 * "Insats   tkr", "Insatser      Antal", "Avslutsorsak      Antal", "Medlem   Andel   Belopp": a table's
 * label title, a wide gap, then a column's heading; no heading of a section, so the heading above
 * ("Vart gick deltagarna efter avslut?") still places the table.
 */
const LABEL_TITLE_OVER_COLUMN =
  /^\s*(?:insats|insatser|insatsnamn|projekt|avslutsorsak(?:er)?|avslutsanledning(?:ar)?|orsak(?:er)?|avslut till|medlem(?:mar)?)(?: {3,}|\t)\S/iu;

/**
 * A line of two cells whose first is a table's label title ("Insats", "Insatser") set apart by a
 * wide gap from the second, over a line set in under the second with cells of its own.
 */
function stackedOverColumns(raw: string, below: string): boolean {
  const m = /^(\S+(?: \S+)?)( {2,}|\t)\S/.exec(raw.replace(/\t/g, "    "));
  if (
    !m ||
    !m[1]!
      .toLowerCase()
      .split(" ")
      .every((w) => TABLE_WORD.test(w))
  )
    return false;
  const flat = below.replace(/\t/g, "    ");
  const indent = flat.length - flat.trimStart().length;
  return indent >= m[0].length - 1 - 2 && flat.trim().split(/ {2,}/).length >= 2;
}

/**
 * "Bild 7", "Sida 3": a slide deck's or page's number on a line of its own; framed as a deck exported as
 * text frames it ("=== Bild 3 ===", "--- Slide 4 av 12 ---"), the frame is no part of it.
 */
export const SLIDE_NUMBER =
  /^(?:([=*~-])\1{2,} *)?(?:bild|sida|slide)\s*\d{1,3}(?:\s*(?:av|\/)\s*\d{1,3})?(?: *[=*~-]{3,})?$/i;

/**
 * A table's header laid out in columns ("Insats    Deltagare    varav kvinnor    Till arbete"),
 * whatever its words: three cells or more set apart by wide gaps, over a row that gives a number
 * for each cell after the first, or for all but one more (a text column such as "Typ" left empty
 * on a total row). A heading is one run of words.
 */
/** A laid-out line's cells: runs of text set apart by two spaces or more, or tabs. */
const cellsOf = (raw: string) => raw.trim().split(/ {2,}|\t/);

function headsColumnsBelow(raw: string, rowBelow: string): boolean {
  const cells = cellsOf(raw);
  // A header set in from the margin ("          Helår 2024     2023") leaves the label column's cell blank.
  if (cells.length >= 2 && /^(?: {4,}|\t)/.test(raw)) cells.unshift("");
  if (cells.length < 3) return false;
  const numbers = rowBelow
    .trim()
    .split(/ {2,}|\t/)
    .filter((c) => /^[-−]?\d[\d ]*(,\d+)?\s?%?$/.test(c.trim()));
  return numbers.length >= 2 && numbers.length >= cells.length - 2;
}

/**
 * The scope of every line (index n-1 for line n). A heading naming an intervention opens its
 * section; a topic heading inside it ("Deltagare", "Resultat", "Avslutsorsaker") does not end
 * it, a numbered heading at its level or above does, and so do summary and report-section
 * headings.
 */
export const scopeByLine: (doc: DocumentText) => readonly Scope[] = oncePerDocument(scopesOf);

/**
 * "Fakta: Samordningsförbundet X", "Fakta om förbundet X", a box's "FAKTA  Samordningsförbundet X" (the
 * lead set apart by a gap alone): a fact box's lead before a name.
 */
const FACT_BOX = /^(?:kort\s+)?fakta(?:ruta)?(?:\s*(?::|om\b|–|-)\s*|\s+)/iu;
/** A fact box headed by the document's own federation's name: the federation's figures, among other bodies'. */
function factBoxOfOurs(doc: DocumentText, body: string): boolean {
  const lead = FACT_BOX.exec(body);
  // "Fakta: Samordningsförbundet X 2025": the box's year is no part of the name.
  return (
    lead !== null && namesFederation(body.slice(lead[0].length).replace(/\s+(?:19|20)\d\d$/, ""), ownFederation(doc))
  );
}

/**
 * A numbered heading that is the document's own federation's full name and nothing more
 * ("4.1 Samordningsförbundet X", "Finsamförbundet X"): in another body's report, the section on
 * the federation. A place's name alone is the member's as often; another federation's name is never ours.
 */
function ownFederationHeading(doc: DocumentText, body: string): boolean {
  return /förbund/iu.test(body) && namesFederation(body.trim(), ownFederation(doc));
}

/**
 * A network's round of its federations ("Varje förbund fick fem minuter" over a heading a federation
 * each): the lines above say the sections are federations' ("Laget runt" alone may go round members). A place's name alone is a
 * member's as often, so only where those lines say so.
 */
const ROUND_OF_FEDERATIONS =
  /(?<!\p{L})(?:varje|alla|samtliga|nätverkets|de \p{L}+) (?:samordnings)?förbund(?:en)?(?!\p{L})/iu;
/**
 * A heading that is the document's own federation's name alone, with a remark in brackets ("Tjärnliden
 * (värd)"), under lines that say the sections are federations': its paragraph is the federation's.
 */
function ownRoundSection(doc: DocumentText, n: number, body: string): boolean {
  const name = body.replace(/\([^()]*\)/g, " ").trim();
  if (name === "" || name.length > 40 || /\d/.test(name)) return false;
  if (!namesFederation(name, ownFederation(doc))) return false;
  for (let k = n - 1; k >= Math.max(1, n - 8); k--) if (ROUND_OF_FEDERATIONS.test(doc.at(k))) return true;
  return false;
}

/** A title that is a summary of the year at a glance; never one naming an intervention. */
const GLANCE_TITLE = /(?<!\p{L})(?:i siffror|i korthet|snabba fakta|kort om (?:året|(?:19|20)\d\d))(?!\p{L})/iu;
/** The first line after such a title, where its scope begins; undefined where the title is no such summary. */
function glanceTitle(doc: DocumentText): number | undefined {
  let glance = false;
  let n = 1;
  for (; n <= Math.min(doc.lineCount, 4) && inDocumentTitle(doc, n); n++)
    if (GLANCE_TITLE.test(doc.at(n)) && !INTERVENTION_HEADING.test(doc.at(n))) glance = true;
  return glance ? n : undefined;
}

/**
 * A form or a survey's answer filled in by one federation ("Förbundets namn: Samordningsförbundet X",
 * `text/surveyAnswers.ts` sets a question and its answer on one line): the line where the field names the
 * document's own federation, from which the answers are its own; undefined where none does.
 */
const FORM_NAME_FIELD =
  /^\s*(?:förbundets namn|samordningsförbundets namn|namn på (?:samordnings)?förbundet|förbund)\s*\*?(?:\s*:\s*| {2,})(\S.*)$/iu;
function formOfOurs(doc: DocumentText): number | undefined {
  // The raw line: a wide gap between the field and its answer is the field's colon.
  const field = (k: number) => FORM_NAME_FIELD.exec(doc.lines[k - 1] ?? "") ?? FORM_NAME_FIELD.exec(doc.at(k));
  let n = 1;
  while (n <= Math.min(doc.lineCount, 40) && !field(n)) n++;
  if (n > Math.min(doc.lineCount, 40)) return undefined;
  const named = field(n)![1]!.trim();
  return namesFederation(named, ownFederation(doc)) ? n : undefined;
}

/**
 * A form's part: its number ("3.", "AVSNITT 2", "DEL 4") and a title in capitals, a remark in brackets
 * aside ("4. VERKSAMHET ENLIGT ÅRSREDOVISNINGEN (samma år som under 3)").
 */
function isFormPart(heading: string): boolean {
  const m = /^(?:(?:avsnitt|del)\s+\d{1,2}|\d{1,2}\.?)\s+(.+)$/iu.exec(heading.trim());
  if (!m) return false;
  const title = m[1]!.replace(/\([^()]*\)/g, " ").trim();
  return /\p{Lu}{3}/u.test(title) && title === title.toUpperCase();
}

/**
 * An item of minutes: "§ 12  Årsredovisning 2025   Dnr 2026/8", "§ 3 Årsredovisning 2025", a Markdown heading
 * "## § 3 Årsredovisning 2025"; its title.
 */
/**
 * A lead quoting the federation's own report of a year over what follows: "Av årsredovisningen för 2025
 * framgår bland annat:", "Ur förbundets verksamhetsberättelse 2025:". Never another body's ("Av kommunens
 * årsredovisning …"): the report is named right after the preposition, or as the federation's.
 */
const QUOTES_OWN_REPORT =
  /^\s*(?:av|ur|enligt|i)\s+(?:(?:samordnings)?förbundets\s+)?(?:årsredovisning|verksamhetsberättelse|årsrapport)(?:en|et|n)?\s+(?:för\s+)?(?:år\s+)?((?:19|20)\d\d)(?!\d)[^.:]*:\s*$/iu;
/**
 * A sentence naming the federation's own report of a year, then a lead saying what it shows, over a list: "Nu har
 * förbundets årsredovisning för 2025 kommit. Den visar att:", "Samordningsförbundets verksamhetsberättelse 2025 är
 * klar, och där framgår att:". The report is the federation's by "förbundets"; a list set off from the lead by
 * one blank line is its list still (`LIST_ITEM`). What follows the year is checked by `showsReportItself`.
 */
const OWN_REPORT_SHOWS =
  /(?<!\p{L})(?:samordnings)?förbundets\s+(?:årsredovisning|verksamhetsberättelse|årsrapport)(?:en|et|n)?\s+(?:för\s+)?(?:år\s+)?((?:19|20)\d\d)(?!\d)([^:]*?(?<!\p{L})(?:visar|framgår|redovisas|står)(?!\p{L})[^.:]*):\s*$/iu;
/**
 * Whether the words from the report's year to the lead's colon still speak of the report itself: the showing
 * verb stands in the report's sentence or the one right after it (one sentence end crossed at most: ". " and a
 * capital), and no word but that next sentence's first ("Den", "Där", "I") is capitalised. "… 2024 kommit. I den
 * redovisas bland annat Lyftet, där det framgår att:" lists what an intervention shows, not the federation.
 */
function showsReportItself(rest: string): boolean {
  const sentences = rest.split(/\.\s+(?=\p{Lu})/u);
  if (sentences.length > 2) return false;
  return sentences.every((sentence, k) =>
    sentence
      .trim()
      .split(/\s+/)
      .slice(k === 0 ? 0 : 1)
      .every((w) => !/\p{Lu}/u.test(w)),
  );
}
/** A list's item: a bullet or a dash opening the line. */
const LIST_ITEM = /^\s*[-–•*]\s+\S/u;
/**
 * Whether the quoted report is the own federation's: the lead says "förbundets", or the item or heading it
 * stands under names the federation (a municipal unit's "årsredovisningen" is its own, never ours).
 */
function quotesOurs(doc: DocumentText, lead: number): boolean {
  if (/förbundets/i.test(doc.at(lead))) return true;
  const federation = ownFederation(doc);
  for (let n = lead - 1; n >= Math.max(1, lead - 12); n--) {
    const t = doc.at(n);
    if (MINUTES_ITEM.test(t) || isHeading(doc, n))
      return federationsNamedIn(t).some((m) => namesOwnFederationFirst(m.name, federation));
  }
  return false;
}

/**
 * A numbered heading on the annual report of the report's year and nothing else ("3. Genomgång av
 * årsredovisningen för 2025"), in a document whose title names its own federation ("REVISORERNA I
 * SAMORDNINGSFÖRBUNDET X"): the federation's report. Another year's, or one whose title names no federation of
 * ours (a municipality's own "Årsredovisning 2025"), is not.
 */
function ownReportHeading(doc: DocumentText, body: string): boolean {
  const m = OWN_REPORT_ITEM.exec(body);
  if (!m || !namesNoOne(body.slice(m[0].length))) return false;
  const years = m[0].match(/(?:19|20)\d\d/g) ?? [];
  return years.length === 1 && Number(years[0]) === doc.periodYear && titleNamesOwnFederation(doc);
}

const titleNamesOwnFederation = oncePerDocument((doc: DocumentText): boolean => {
  const federation = ownFederation(doc);
  for (let n = 1; n <= Math.min(doc.lineCount, 6) && inDocumentTitle(doc, n); n++)
    if (federationsNamedIn(doc.at(n)).some((f) => namesOwnFederationFirst(f.name, federation))) return true;
  return false;
});

// "§ 11/2026  Årsredovisning 2025": a paragraph numbered within its year, the year no part of the title.
const MINUTES_ITEM = /^\s*(?:#{1,6}\s+)?§\s*\d{1,3}[a-z]?(?:\/(?:19|20)\d\d(?!\d))?[.:]?\s+(\S.*?)(?:\s{2,}.*)?$/u;
/**
 * The item's title is the federation's own annual report, nothing else: "Årsredovisning 2025", "Bokslut och
 * årsredovisning 2024", "Fastställande av årsredovisning för 2025", "Styrelsens årsredovisning för 2025". Anything after it (a body's name, an
 * intervention, "– Steget") leaves the item unscoped (`namesNoOne` of the rest).
 */
const OWN_REPORT_ITEM =
  /^(?:(?:fastställande|godkännande|behandling|genomgång|granskning|presentation)\s+av\s+)?(?:(?:förbunds)?styrelsens\s+|(?:samordnings)?förbundets\s+)?(?:(?:bokslut|årsbokslut)\s+och\s+)?(?:årsredovisning(?:en)?|verksamhetsberättelse(?:n)?|årsbokslut(?:et)?|bokslut(?:et)?)(?:\s+(?:för\s+)?(?:19|20)\d\d)?(?:\s+(?:dnr|diarienr)\.?\s*\S+)?/iu;

/**
 * The item's title is the federation's own follow-up of a year, nothing else: "Deltagaruppföljning 2025",
 * "Verksamhetsstatistik för helåret 2025", "Preliminärt bokslut och deltagaruppföljning per december 2025",
 * "Revisionsberättelse och ansvarsfrihet för 2025". As with the annual report's item, anything naming someone
 * after it ("Uppföljning Steget 2025", "Region Xs statistik") leaves the item unscoped.
 */
const OWN_FOLLOW_UP_ITEM =
  /^(?:preliminärt\s+)?(?:(?:bokslut|årsbokslut)\s+och\s+)?(?:(?:deltagar|verksamhets|års)?(?:uppföljning(?:en)?|statistik(?:en)?)|revisionsberättelse(?:n)?(?:\s+och\s+ansvarsfrihet)?|ansvarsfrihet)(?=\s+(?:för\s+(?:hel)?år(?:et)?\s+|för\s+|per\s+(?:den\s+)?(?:31\s+)?december\s+)?(?:19|20)\d\d(?!\d))/iu;

/**
 * A notice correcting the federation's own annual report ("RÄTTELSE: Fel siffror i Årsredovisning 2025",
 * "Rättelse av verksamhetsberättelsen 2025", "Korrigerade uppgifter i årsredovisningen"): the figures it
 * corrects and restates are that report's, the federation's, where the heading names no one else.
 */
const CORRECTS_OWN_REPORT =
  /^(?:rättelse|korrigering|erratum)(?!\p{L})[^.]{0,40}?(?:i|av|till|för)\s+(?:(?:samordnings)?förbundets\s+)?(?:årsredovisning|verksamhetsberättelse)(?:en)?(?:\s+(?:för\s+)?(?:19|20)\d\d)?$|^(?:rättelse:\s*)?(?:fel(?:aktiga)?|korrigerade|rättade)\s+(?:siffror|uppgifter)\s+i\s+(?:(?:samordnings)?förbundets\s+)?(?:årsredovisning|verksamhetsberättelse)(?:en)?(?:\s+(?:för\s+)?(?:19|20)\d\d)?$/iu;

function scopesOf(doc: DocumentText): Scope[] {
  // Every line's scope is set in the walk below, in order.
  const scopes: Scope[] = [];
  // "Året i siffror 2024", "2024 i korthet" in the document's title: a summary of the federation's
  // year from its first line, until a heading says otherwise; so is a form's answers from the field
  // naming the document's own federation as the one answering.
  const form = glanceTitle(doc) === undefined ? formOfOurs(doc) : undefined;
  const glance = glanceTitle(doc) ?? form;
  let beforeBox: [Scope, number] | undefined;
  /** The blank line right under a lead saying what the federation's report shows (`OWN_REPORT_SHOWS`). */
  let leadBlank: number | undefined;
  let current: Scope = { kind: "unknown", line: null };
  let currentLevel = 0;
  let parent: { level: number; number: string } | undefined;
  /** The lines are an item of minutes on the federation's own annual report (`OWN_REPORT_ITEM`). */
  let reportItem = false;
  for (let n = 1; n <= doc.lineCount; n++) {
    if (glance === n) current = { kind: "federation", line: 1 };
    // A lead's list set off from it by one blank line ("Den visar att:" / "" / "- 176 personer …") goes on.
    if (beforeBox && doc.at(n).trim() === "" && !(leadBlank === n && LIST_ITEM.test(doc.at(n + 1))))
      [[current, currentLevel], beforeBox] = [beforeBox, undefined];
    // A caption naming a participant topic ("Tabell 1. Deltagare") is no heading, but where no
    // section says whose the lines are, it says the table below is the federation's, as the
    // same words as a heading would. Inside an intervention's section it changes nothing.
    const caption = CAPTION.exec(doc.at(n));
    if (caption && current.kind === "unknown") {
      const topic = doc
        .at(n)
        .slice(caption[0].length)
        .replace(/^[\s.:–-]+/, "");
      if (TOPIC_SUMMARY_HEADING.test(topic) || isParticipantTopic(topic)) current = { kind: "federation", line: n };
    }
    if (isHeading(doc, n)) {
      const t = headingText(doc, n);
      const numbered = NUMBERED.exec(t);
      const level = numbered ? numbered[1]!.split(".").length : 0;
      const body = (numbered?.[2] ?? t).replace(/:$/, "");
      // "Insats    Period    Belopp": a table's header set in three or more cells is no heading
      // naming an intervention, whatever its first word (a heading is one run of words).
      const named = cellsOf(doc.lines[n - 1] ?? "").length >= 3 ? null : INTERVENTION_HEADING.exec(body);
      // "4.1 Steget" under "4 Insatser": a numbered child of a heading about interventions.
      const child =
        numbered &&
        parent &&
        level === parent.level + 1 &&
        numbered[1]!.startsWith(`${parent.number}.`) &&
        !GENERIC_HEADING.test(body) &&
        !INTERVENTIONS_PARENT.test(body) &&
        // "1.1 Inskrivna under året" under "1 Deltagare i insatserna": a topic, never an intervention's name.
        !isParticipantTopic(body);
      if (named) [current, currentLevel] = [{ kind: "intervention", name: tidyName(named[1]!), line: n }, level];
      else if (form !== undefined && current.kind === "federation" && isFormPart(t)) {
        // "3. EKONOMI ENLIGT SENAST FASTSTÄLLDA ÅRSREDOVISNING", "AVSNITT 2  EKONOMI (utfall 2025)": a part of
        // the form the federation filled in, its answers the same federation's (a part naming another year
        // is dated by its heading, as any section is).
      } else if (factBoxOfOurs(doc, body)) {
        // The box's lines, to its first blank line; the text after it goes on as before the box.
        beforeBox = [current, currentLevel];
        [current, currentLevel] = [{ kind: "federation", line: n }, level];
      } else if (!numbered && ownRoundSection(doc, n, body)) {
        // "Tjärnliden (värd)" in a network's round of the federations: our federation's own paragraph.
        [current, currentLevel] = [{ kind: "federation", line: n }, level];
      } else if (numbered && ownFederationHeading(doc, body))
        // "4.1 Samordningsförbundet X" in a member's report: the section retells the federation's year.
        [current, currentLevel] = [{ kind: "federation", line: n }, level];
      else if (child) [current, currentLevel] = [{ kind: "intervention", name: tidyName(body), line: n }, level];
      else if (numbered && ownReportHeading(doc, body))
        // "3. Genomgång av årsredovisningen för 2025" in the federation's auditors' notes: its year retold.
        [current, currentLevel] = [{ kind: "federation", line: n }, level];
      else if ((FROM_OWN_REPORT.test(body) || CORRECTS_OWN_REPORT.test(body)) && current.kind !== "intervention")
        [current, currentLevel] = [{ kind: "federation", line: n }, level];
      else if (isSummaryHeading(body) || REPORT_SECTION.test(body))
        [current, currentLevel] = [
          isSummaryHeading(body) ? { kind: "federation", line: n } : { kind: "unknown", line: n },
          level,
        ];
      else if (COMPILATION_HEADING.test(body) && current.kind !== "intervention")
        // "Sammanställning" alone closing a chapter of the federation's report: the chapter's figures summed
        // up; under an intervention's section it is that intervention's.
        [current, currentLevel] = [{ kind: "federation", line: n }, level];
      else if (current.kind === "intervention" && !(numbered && level <= currentLevel) && SUBSECTION.test(body)) {
        // A topic heading inside an intervention's section keeps its scope.
      } else if (
        current.kind === "federation" &&
        numbered &&
        currentLevel > 0 &&
        level > currentLevel &&
        SUBSECTION.test(body) &&
        !INTERVENTIONS_PARENT.test(body)
      ) {
        // "3.3 Avslutade deltagare" under "3 Verksamheten": a numbered topic under a numbered
        // summary is still the federation's, as a topic inside an intervention is the intervention's.
      } else if (
        // "Avslutade deltagare i Lotsen efter avslutsorsak" names one intervention: no summary of all.
        (TOPIC_SUMMARY_HEADING.test(body) && !IN_NAMED_ONE.test(body)) ||
        isParticipantTopic(body)
      )
        [current, currentLevel] = [{ kind: "federation", line: n }, level];
      else if (current.kind === "federation" && !numbered && PARTICIPANT_FLOW.test(body) && namesNoOne(body)) {
        // "Avslutade 2024 efter vad de gick vidare till", "Flöde under månaden" under "Deltagare i
        // förbundets individinsatser": a topic of the federation's participants that names no one
        // (no intervention's name) goes on about the same participants.
      } else if (current.kind === "federation" && !numbered && WE_SLOGAN.test(body)) {
        // "Tillsammans hjälper vi fler att komma närmare arbete" under "Årsredovisning i korthet":
        // the federation speaking of itself as "vi" in a motto names no intervention.
      } else if (current.kind === "federation" && isCorrectionHeader(doc.lines[n - 1] ?? "")) {
        // "Uppgift      Rätt uppgift" under a notice correcting the federation's report: its table's header.
      } else if (isLeadInSection(doc, n, t)) {
        // "Avslutade 2024 fördelade på vart de gick:" over its list: a lead of the section, not a section.
      } else if (
        glance !== undefined &&
        current.kind === "federation" &&
        !numbered &&
        (body.endsWith("?") ||
          (/\s/.test(body) && namesNoOne(body) && body !== body.toUpperCase()) ||
          // "Län: Kustlands län": a form's field and its answer, no section of its own.
          (form !== undefined && /\S:\s+\S/.test(body) && !INTERVENTION_HEADING.test(body)))
      ) {
        // "Vart tog de vägen?", "Så gick det för deltagarna" in a summary at a glance: a topic of the
        // same year's figures, the federation's still; a bare name ("Steget") is no topic.
      } else [current, currentLevel] = [{ kind: "unknown", line: n }, level];
      if (numbered && level <= (parent?.level ?? 0)) parent = undefined;
      if (numbered && INTERVENTIONS_PARENT.test(body) && !named) parent = { level, number: numbered[1]! };
    }
    // "§ 12  Årsredovisning 2025   Dnr 2026/8" in the federation's minutes: the item on its own annual
    // report retells the federation's year, to the next item ("§ 13 Ansökan om medel – …").
    const item = MINUTES_ITEM.exec(doc.at(n));
    if (item) {
      if (
        (OWN_REPORT_ITEM.test(item[1]!) && namesNoOne(item[1]!.replace(OWN_REPORT_ITEM, ""))) ||
        (OWN_FOLLOW_UP_ITEM.test(item[1]!) && namesNoOne(item[1]!.replace(OWN_FOLLOW_UP_ITEM, "")))
      )
        [current, currentLevel, reportItem] = [{ kind: "federation", line: n }, 0, true];
      else if (reportItem) [current, currentLevel, reportItem] = [{ kind: "unknown", line: n }, 0, false];
    }
    // "Av årsredovisningen för 2025 framgår bland annat:" over a list: the federation's own report of the
    // year quoted, to the first blank line (a fact box of ours, as above).
    if (current.kind === "unknown" && !beforeBox && doc.at(n).length < 120) {
      const quoted = QUOTES_OWN_REPORT.exec(doc.at(n));
      const shows = quoted ? undefined : OWN_REPORT_SHOWS.exec(doc.at(n));
      if (
        (quoted && Number(quoted[1]) === doc.periodYear && quotesOurs(doc, n)) ||
        (shows && Number(shows[1]) === doc.periodYear && showsReportItself(shows[2]!))
      ) {
        scopes.push(current);
        if (shows) leadBlank = n + 1;
        beforeBox = [current, currentLevel];
        current = { kind: "federation", line: n };
        continue;
      }
    }
    scopes.push(current);
  }
  // Intervention appendices (the common template's "Insatsens namn:") override headings inside them.
  for (const block of findAppendices(doc))
    for (let n = block.from; n <= block.to; n++)
      scopes[n - 1] = { kind: "intervention", name: block.name, line: block.anchor };
  return scopes;
}

/**
 * A clause ending with a colon, right above what it introduces, that names no one: every word
 * after its first in lower case (or a year), three words or more. It leads on within its section.
 */
function isLeadInSection(doc: DocumentText, n: number, t: string): boolean {
  if (!t.endsWith(":") || doc.at(n + 1) === "") return false;
  const words = t.slice(0, -1).trim().split(/\s+/);
  return words.length >= 3 && words.slice(1).every((w) => /^\p{Ll}/u.test(w) || /^(19|20)\d\d$/.test(w));
}

/** "Steget – arbetsträning för unga" → "Steget": the name before a dash, colon or bracket. */
function tidyName(s: string): string {
  return (
    s
      .split(/\s[–—-]\s|:\s|\s\(/)[0]!
      .replace(/:$/, "")
      .replace(/\s+(19|20)\d\d$/, "")
      // "Projektet Ny start i siffror": the intervention is named before the summary's words.
      .replace(/\s+(?:i siffror|i korthet|i sammandrag|i tal)$/i, "")
      .replace(/\s+(19|20)\d\d$/, "")
      .replace(/[\s–-]+$/, "")
      .trim()
  );
}

/** A topic's words no name holds: "Händelser under året", "Översikt". */
const TOPIC_WORDS = /(?<!\p{L})(?:året|händelse\p{L}*|översikt|sammanställning)(?!\p{L})/iu;

/**
 * Whether the heading on line n names a topic and no one ("Händelser och resultat", "Deltagare",
 * "Ekonomi", "Året som gått"), never an intervention's name ("Steget", "Insats: Bron").
 */
export function isTopicHeading(doc: DocumentText, n: number): boolean {
  const t = headingText(doc, n);
  const body = (NUMBERED.exec(t)?.[2] ?? t).replace(/:$/, "");
  if (!namesNoOne(body) || INTERVENTION_HEADING.test(body)) return false;
  return (
    isSummaryHeading(body) ||
    GENERIC_HEADING.test(body) ||
    SUBSECTION.test(body) ||
    TOPIC_SUMMARY_HEADING.test(body) ||
    REPORT_SECTION.test(body) ||
    TOPIC_WORDS.test(body) ||
    isParticipantTopic(body)
  );
}

/** An intervention's name, null for the whole federation, or unclear. */
export type Owner = string | null | "unclear";

/** Words near a table that say it covers all interventions. */
const FEDERATION_CONTEXT =
  /(förbundets|samordningsförbundets|samtliga|alla|totala|de olika)( \p{L}+){0,3} (\p{L}*insatser|projekt|deltagare|verksamheter)|\binsatserna\b|i länet|förbundet totalt|totalt i förbundet|per (?:kön och )?insats|(?:deltagare|avslutade) i \p{L}*insatser(?! \p{Lu})/iu;

/** A table's caption naming the whole federation: "Deltagare i hela förbundet, totalt", "Samtliga insatser". */
const WHOLE_FEDERATION_CAPTION =
  /(?<!\p{L})(?:hela förbundet|förbundet totalt|totalt för förbundet|förbundet som helhet|samtliga insatser|alla insatser)(?!\p{L})/iu;

/**
 * Whose figures a table holds: its section's, or the federation's when the lines around it say
 * so, its header's title among them ("Deltagare i insatserna  2024  2023").
 */
export function ownerOf(doc: DocumentText, scope: Scope, from: number, to: number): Owner {
  if (scope.kind === "intervention") return scope.name;
  if (scope.kind === "federation") return null;
  const around = doc.join(Math.max(1, from - 6), from) + " " + doc.join(to + 1, Math.min(doc.lineCount, to + 3));
  // A caption right above naming a group of the participants ("Unga deltagare per kön och insats 2025",
  // "Deltagare under 30 år …") or a span since the start ("… sedan starten"): whatever else names all
  // interventions ("per kön och insats"), its counts are no count of the federation's year.
  const right = doc.nextNonBlank(Math.max(0, from - 3), 2, from - 1);
  if (right !== undefined && narrowedCaption(doc.at(right))) return "unclear";
  if (namesAllInterventions(around) || titledFederations(doc)) return null;
  // "Lingby samordningsförbund – nyckeltal 2025" over topic headings ("Individinriktade insatser", "Efter
  // avslut"): the document is the federation's key figures, a list under a topic's heading (or none) its own.
  if (keyFiguresTitled(doc) && (scope.line === null || isTopicHeading(doc, scope.line))) return null;
  // A caption right above the table made only of words about the participants in general
  // ("Avslutade deltagare 2024 efter kön och vad de gick vidare till"), too long to be a heading:
  // the federation's, as such a heading is at the top level; a name among its words keeps it out.
  // So is a caption naming the whole federation ("Deltagare i hela förbundet, totalt") after tables
  // of its members or interventions; only the caption's own line, never a caption below another table.
  // A rule drawn under a heading ("-----") is passed over: the heading above it is the caption.
  let caption = doc.nextNonBlank(Math.max(0, from - 3), 2, from - 1);
  if (caption !== undefined && HEADER_RULE.test(doc.at(caption)))
    caption = doc.nextNonBlank(Math.max(0, caption - 3), 2, caption - 1);
  // A document of the own federation's title and tables alone ("SAMORDNINGSFÖRBUNDET X" /
  // "Årsredovisning 2025" over tables, no heading nor caption between): its tables are the federation's.
  if (tablesUnderOwnTitle(doc, from)) return null;
  if (headerTitledForFederation(doc, from, caption)) return null;
  if (caption === undefined) return "unclear";
  // A table's or an appendix's number before the caption ("Bilaga 3.", "Tabell B2.") and the words
  // naming what a cross-tab's rows and columns are ("efter avslutsorsak och kön", "Antal och procent")
  // say nothing of whose the table is. A caption summing up the year ("Kort om 2025 (ur
  // årsredovisningen …)", "2025 i siffror") is the federation's too.
  const text = doc.at(caption);
  return isFederationCaption(text) || GLANCE_TITLE.test(text) || yearSummaryCaption(doc, caption) ? null : "unclear";
}

/** A caption opening on a group of the participants: "Unga deltagare …", "Tabell 3. Nyanlända …". */
const GROUP_CAPTION =
  /^\s*(?:(?:tabell|tab\.|diagram|figur)\s*[A-Z]?\d+[a-z]?[.:]?\s+)?(?:unga|ungdomar|unga vuxna|nyanlända|utrikes födda|inrikes födda)(?!\p{L})/iu;
/** The participants narrowed by age: "Deltagare under 30 år", "Inskrivna 16–24 år". */
const AGED_CAPTION =
  /(?<!\p{L})(?:deltagare|personer|inskrivna|nya|avslutade)\s+(?:(?:under|över)\s+\d{1,2}|\d{1,2}\s*[–-]\s*\d{1,2})\s+år(?!\p{L})/iu;
/** A span since the start ("sedan starten", "sedan 2019", "ackumulerat"): no one year's. */
const SINCE_START_CAPTION =
  /(?<!\p{L})(?:sedan (?:starten|start|begynnelsen|(?:år )?(?:19|20)\d\d|förbundet|verksamheten|projektet|insatsen)|ackumulera\p{L}*|kumulativ\p{L}*|från (?:start|starten))(?!\p{L})/iu;
/** A caption whose counts are a group's or a span's, never the federation's year. */
const narrowedCaption = (text: string): boolean =>
  GROUP_CAPTION.test(text) || AGED_CAPTION.test(text) || SINCE_START_CAPTION.test(text);

/** A header's title cell at the margin, before its year cells ("DELTAGARE      2024      2025"). */
const HEADER_TITLE = /^(\p{L}[^\d]*?)\s{2,}(?:19|20)\d\d(?!\d)/u;
/**
 * Whether the table's header line carries its own title at the margin, a topic naming no one
 * ("DELTAGARE   2024   2025", "Deltagare totalt   2025   2024"), set apart by a blank line from
 * what stands above it, and the nearest line above is no heading that could name whose it is: none,
 * another table's row (a figure and a wide gap) or a sentence. A title naming someone ("Steget
 * 2024 2025"), or a short line right above (an intervention's name as a heading), keeps it out.
 */
function headerTitledForFederation(doc: DocumentText, from: number, caption: number | undefined): boolean {
  const title = HEADER_TITLE.exec(doc.lines[from - 1] ?? "")?.[1];
  if (title === undefined || !isFederationCaption(title)) return false;
  if (from > 1 && doc.at(from - 1).trim() !== "") return false;
  if (caption === undefined) return true;
  const above = doc.lines[caption - 1] ?? "";
  const tableRow = /\d/.test(above) && /\S\s{2,}\S/.test(above);
  const sentence = /[.!?]\s*$/.test(above) && above.trim().split(/\s+/).length >= 4;
  return tableRow || sentence;
}

/** A title's words narrowing it below the whole federation's year: an intervention, a project, a part of the year. */
const NARROWER_TITLE =
  /(?<!\p{L})(?:insats\p{L}*|projekt\p{L}*|delår\p{L}*|tertial\p{L}*|kvartal\p{L}*|halvår\p{L}*|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november)(?!\p{L})/iu;
/** A line of a table: a figure, and cells set apart by a wide gap. */
const TABLE_LINE = /\d/;
/**
 * Whether the table on line `from` stands right under the document's title, which names the own
 * federation (its first lines up to a blank line, three at most), with only lines of tables between
 * (each a figure and cells set apart by a wide gap): no heading, caption or sentence says whose the
 * tables are, so the title does. Never in a document with an intervention's section.
 */
function tablesUnderOwnTitle(doc: DocumentText, from: number): boolean {
  const federation = ownFederation(doc);
  let n = 1;
  while (n < from && doc.at(n) === "") n++;
  const title: string[] = [];
  while (n < from && doc.at(n) !== "" && title.length <= 3) title.push(doc.at(n++));
  if (title.length === 0 || title.length > 3) return false;
  // One title line is the federation's name alone; none names an intervention, a project or a part of the year.
  if (!title.some((t) => namesFederation(t.trim(), federation)) || title.some((t) => NARROWER_TITLE.test(t)))
    return false;
  for (; n < from; n++) {
    const t = doc.at(n);
    if (t !== "" && !(TABLE_LINE.test(t) && /\S\s{2,}\S/.test(doc.lines[n - 1] ?? ""))) return false;
  }
  return !scopeByLine(doc).some((s) => s.kind === "intervention");
}

/**
 * A caption of a summary's noun and the report's year alone ("Sammanställning 2025", "Statistik
 * 2025", "Uppföljning av året 2025"), naming no one, in a document no section of which is an
 * intervention's: the year's figures of the whole federation (each row still adds up, K + M =
 * Totalt, or it is not stored). A topic after the noun ("Sammanställning av studiebesök") keeps it out.
 */
const YEAR_SUMMARY_CAPTION =
  /^(?:sammanställning|statistik|uppföljning|utfall|översikt)(?:\s+(?:av|för)\s+(?:året|verksamhetsåret))?\s+((?:19|20)\d\d)$/iu;
/**
 * "Året i tabellform", "Året i sammandrag", "2025 i tabeller": the year as a whole set out at a glance,
 * its year (where named) the report's.
 */
const YEAR_AT_A_GLANCE_CAPTION =
  /^(?:(?:verksamhets)?året(?: som gått)?|((?:19|20)\d\d))\s+i\s+(?:tabellform|tabeller|tabell|sammandrag|sammanfattning|korthet|siffror|tal|översikt)$/iu;
function yearSummaryCaption(doc: DocumentText, caption: number): boolean {
  const text = doc
    .at(caption)
    .trim()
    .replace(/^#+\s*/, "");
  const m = YEAR_SUMMARY_CAPTION.exec(text) ?? YEAR_AT_A_GLANCE_CAPTION.exec(text);
  if (
    m === null ||
    (m[1] !== undefined && Number(m[1]) !== doc.periodYear) ||
    scopeByLine(doc).some((s) => s.kind === "intervention")
  )
    return false;
  // Only the title's lines or summary headings above it: a heading naming something ("Steget")
  // may have been that thing's part.
  let seen = 0;
  for (let n = 1; n < caption; n++) {
    const t = doc.at(n);
    if (t === "") continue;
    if (++seen <= 2 || !isHeading(doc, n)) continue;
    const body = (NUMBERED.exec(t)?.[2] ?? t).replace(/:$/, "");
    if (!isSummaryHeading(body) && !TOPIC_SUMMARY_HEADING.test(body)) return false;
  }
  return true;
}

/**
 * "Deltagare 2025 enligt registret: 128 inskrivna …", "Deltagare 2025: 212 personer …": a sentence opening on a
 * run-in lead that is a participants' topic, naming no one, as a heading of those words would be.
 */
export function opensOnParticipantLead(sentence: string): boolean {
  const label = runInLead(sentence);
  return label !== undefined && namesNoOne(label) && isParticipantTopic(label);
}

/** The run-in lead a line or sentence opens on ("Deltagare 2025 enligt registret" of "… : 128 inskrivna"). */
export function runInLead(text: string): string | undefined {
  const lead = /^\W*(\p{Lu}[^:]{2,60}):\s/u.exec(text);
  return lead === null ? undefined : lead[1]!.replace(SOURCE_NOTE, "").trim().toLowerCase();
}

/**
 * Whether a table's caption makes it the federation's: after its number, of the participants in
 * general ("Tabell B2. Avslutade deltagare efter avslutsorsak och kön, 2025"), or naming the whole
 * federation ("Deltagare i hela förbundet, totalt").
 */
export function isFederationCaption(line: string): boolean {
  // A legend of the columns' codes in a bracket ("(Kv = kvinnor, Män = män)") names no one.
  const numbered = (line.includes("=") ? line.replace(CODE_LEGEND_BRACKET, " ") : line)
    .replace(CAPTION_NUMBER, "")
    .replace(PART_LETTER, "")
    .replace(VALUE_COLUMN_WORD, "");
  const text = numbered.replace(CHART_EXPORT_WORDS, " ");
  const topic = text.replace(CROSS_TAB_WORDS, " ").replace(YEAR_SPAN, " ").replace(COUNTED_HOW_WORDS, " ");
  // A report tool's chart is titled by its measure ("Avslutade per avslutsorsak"): the exited.
  const nouns = text === numbered ? PARTICIPANT_NOUN_WORD : CHART_MEASURE_WORD;
  return (
    isParticipantTopic(topic, nouns) ||
    WHOLE_FEDERATION_CAPTION.test(text) ||
    PERSONS_IN_INTERVENTIONS.test(text.trim())
  );
}

/**
 * "Personer i individinsatser", "Personer i förbundets insatser", "Personer i de individinriktade insatserna": the
 * people in the interventions as a whole, the plural naming no one of them; a name after it ("Personer i Steget")
 * or a group ("Unga personer i …") keeps it out.
 */
const PERSONS_IN_INTERVENTIONS =
  /^personer\s+(?:i|inom)\s+(?:(?:förbundets|de|alla|samtliga)\s+)?(?:(?:individinriktade|individuella)\s+)?(?:individ)?insatser(?:na)?$/iu;

/** A part's letter or Roman numeral before a caption ("A. Deltagare", "B) Ekonomi", "II. Deltagare"): no one's name. */
export const PART_LETTER = /^\s*(?:(?:[A-H]|[IVX]{1,4})[.)]|\d{1,2}\))\s+(?=[A-ZÅÄÖ])/u;
/** The value column's header set on the caption's line ("A. Deltagare      Antal"): no topic. */
const VALUE_COLUMN_WORD = /\s+(?:antal|personer|belopp|utfall|summa|totalt)\s*$/iu;

/** A bracket of codes and their meanings, "(K = kvinnor, M = män, Tot = totalt)": a legend, no topic. */
const CODE_LEGEND_BRACKET = /\s*\((?:\s*[\p{L}*]{1,6}\s*=\s*[\p{L} ]{2,30}[,;]?)+\s*\)/gu;

/**
 * What a report tool's export says of a chart around its title ("Visual: … (liggande stapel) – Visa
 * som tabell"): its kind and the view it was exported in, no one's name.
 */
const CHART_EXPORT_WORDS =
  /^\s*(?:visual|visualisering|diagram|graf|figur)\s*:\s*|\s*\((?:liggande |stående )?(?:stapel|stapeldiagram|ringdiagram|cirkeldiagram|linjediagram|diagram|tabell|matris)\)|\s*[–-]\s*visa som tabell\s*$/giu;
/** In a report tool's chart caption, the measure alone names the participants counted ("Avslutade per avslutsorsak"). */
const CHART_MEASURE_WORD = /^(?:deltagar\p{L}*|avslutade)$/u;

/**
 * What a caption says of how its rows count the people it names, no one's name: "(unika personer)",
 * "(utfall 2025, antal personer)", "fördelade på", "fördelat efter", "vad de gått vidare till" (the
 * perfect of "gick"). Set aside with the cross-tab's words before the caption's topic is judged.
 */
const COUNTED_HOW_WORDS = /(?<!\p{L})(?:unika|personer|utfall|fördelade|fördelat|fördelning|på|gått)(?!\p{L})/giu;
/** "Bilaga 3. ", "Tabell B2. ", "Tabell 4a: ": a caption's number. */
export const CAPTION_NUMBER = /^(?:bilaga|tabell|diagram|figur|bild)\s+[A-ZÅÄÖ]?\d+[a-z]?(?:\.\d+[a-z]?)*[.:]?\s+/iu;
/** "2023–2025": the span of years a table's columns cover, no one's name. */
const YEAR_SPAN = /(?<!\d)(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d(?!\d)/gu;
/** What a cross-tab of the participants is split by, and what its cells count. */
const CROSS_TAB_WORDS =
  /(?<!\p{L})(?:avslutsorsak(?:er)?|avslutsanledning(?:ar)?|sysselsättning|avslut|procent|andel)(?!\p{L})/giu;

/**
 * A document whose title says it is the federation's own statistics ("Uppföljning 2024 – utdrag
 * ur förbundets statistikfil") and in which no section is an intervention's: its tables are the
 * federation's, though captions between them ("Summa av Antal") leave their lines unscoped.
 */
const titledFederations = oncePerDocument((doc: DocumentText): boolean => {
  const scopes = scopeByLine(doc);
  if (scopes.some((s) => s.kind === "intervention")) return false;
  const title: string[] = [];
  for (let n = 1; n <= doc.lineCount && title.length < 3; n++) if (doc.at(n) !== "") title.push(doc.at(n));
  return title.some((t) => /(?:samordnings)?förbundets (?:statistik|deltagarregist|uppföljning)/i.test(t));
});

/**
 * The title's line: the own federation's name, a dash or colon, then the year's key figures or statistics
 * alone ("# Lingby samordningsförbund – nyckeltal 2025", "Samordningsförbundet X: statistik för 2025").
 */
const KEY_FIGURES_TITLE =
  /^(?:#{1,6}\s+)?(\S.*?)\s+[–—:-]\s+(?:nyckeltal|statistik|verksamhetsstatistik|siffror)(?:\s+(?:för\s+)?((?:19|20)\d\d))?$/iu;
/**
 * Whether the document's title (its first non-blank line) names it the own federation's key figures of the
 * report's year, and no section is an intervention's: what it lists under a topic is the federation's. A
 * title naming an intervention, another year or a part of the year keeps it out.
 */
const keyFiguresTitled = oncePerDocument((doc: DocumentText): boolean => {
  let n = 1;
  while (n <= doc.lineCount && doc.at(n).trim() === "") n++;
  const m = n <= doc.lineCount ? KEY_FIGURES_TITLE.exec(doc.at(n).trim()) : null;
  if (m === null || NARROWER_TITLE.test(m[1]!)) return false;
  if (m[2] !== undefined && Number(m[2]) !== doc.periodYear) return false;
  if (!namesFederation(m[1]!, ownFederation(doc))) return false;
  return !scopeByLine(doc).some((s) => s.kind === "intervention");
});

/** Whether a text says it covers all interventions ("samtliga insatser", "förbundet totalt"). */
export function namesAllInterventions(text: string): boolean {
  return FEDERATION_CONTEXT.test(text);
}
