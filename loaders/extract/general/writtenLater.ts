/**
 * A document written after its year has ended, as news, a blog post, an e-mail or a conference's
 * documentation is: its head (the first lines, where a date or a title stands) names the year after
 * the report's and never the report's own ("NYHETER  14 mars 2025", "Regional Finsamdag 2025", "fredag
 * 17 januari 2025"). Such a text calls the report's year "förra året" or "i fjol". An annual report
 * dated when it was adopted names its own year in its head ("Årsredovisning 2024" / "Antagen
 * 2025-02-20") and says "förra året" of the year before: it is not one of these.
 */
import { type DocumentText, oncePerDocument } from "../documentText.ts";

/** How many lines at the top of a document make its head, at most. */
const HEAD_LINES = 8;
const YEAR = /(?<![\d-])(?:19|20)\d\d(?![\d])/g;

export const writtenAfterYear = oncePerDocument((doc: DocumentText): boolean => {
  const year = doc.periodYear;
  const years: number[] = [];
  for (let n = 1; n <= Math.min(HEAD_LINES, doc.lineCount); n++)
    for (const m of doc.at(n).matchAll(YEAR)) years.push(Number(m[0]));
  if (years.includes(year + 1) && !years.includes(year)) return true;
  return years.length > 0 && years.every((y) => y === year) && spokenLookBack(doc, year);
});

/**
 * A film's, a podcast's or a recording's words looking back on the year ("Textning till filmen 'Året som
 * gått 2025'", "I det här avsnittet blickar vi tillbaka på 2025"): made once the year was over, so its
 * speaker's "förra året" is that year. Only where its head names the recording and the look back at the
 * report's year (and no other year, checked by the caller), never a trailer or a teaser made before it.
 */
const RECORDING =
  /(?<!\p{L})(?:film(?:en)?|video(?:n)?|textning(?:en)?|undertext(?:er)?|podd(?:en)?|podcast|poddavsnitt|avsnitt(?:et)?|inspelning(?:en)?|transkri\p{L}*)(?!\p{L})/iu;
const NOT_YET_MADE = /(?<!\p{L})(?:trailer\p{L}*|teaser\p{L}*|snart|kommande|premiär\p{L}*)(?!\p{L})/iu;
const LOOK_BACK =
  /(?<!\p{L})(?:året som (?:gått|gick)|(?:blickar|ser|tittar) (?:vi )?tillbaka på|tillbakablick (?:på|över)|berättar (?:vi )?om|summerar(?: vi)?|sammanfattar(?: vi)?|så blev(?: vårt| ert)?)\s+(?:året\s+)?((?:19|20)\d\d)(?!\d)/iu;
function spokenLookBack(doc: DocumentText, year: number): boolean {
  let recording = false;
  let lookBack = false;
  for (let n = 1; n <= Math.min(HEAD_LINES, doc.lineCount); n++) {
    const line = doc.at(n);
    if (NOT_YET_MADE.test(line)) return false;
    recording ||= RECORDING.test(line);
    const m = LOOK_BACK.exec(line);
    lookBack ||= m !== null && Number(m[1]) === year;
  }
  if (!recording || !lookBack) return false;
  // "Förra året hade vi 200 deltagare …, och i år 240": a speaker saying "i år" of the year is in it still, so
  // "förra året" is the year before; such a recording is not read as made once the year was over.
  for (let n = 1; n <= doc.lineCount; n++) if (SPOKEN_NOW.test(doc.at(n))) return false;
  return true;
}
/** The year spoken of as now: "i år", "hittills i år", "nu i december", "under året som pågår". */
const SPOKEN_NOW =
  /(?<!\p{L})(?:i år|nu i (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|höst|vår|sommar)|året som pågår|innevarande år)(?!\p{L})/iu;

/** "förra året", "i fjol", "fjolåret", "förra årets", "fjolårets": the year before the one the text is written in. */
const LAST_YEAR = /(?<!\p{L})(förra året|förra årets|i fjol|fjolåret|fjolårets)(?!\p{L})/giu;

/** A full date ("2025-03-04", "4 mars 2025") with its year. */
const DATE = /(?<![\d-])(?:((?:19|20)\d\d)-\d\d-\d\d|\d{1,2} \p{L}+ ((?:19|20)\d\d))(?![\d])/u;
/**
 * A post of a feed or a news page dated on its first line in the year after the report's ("**2025-03-04**
 * – Styrelsen har …", "Samordningsförbundet X · 14 mars 2025"): written after the year, as a whole
 * document's head can say.
 */
function datedAfterYear(paragraph: string, year: number): boolean {
  const end = paragraph.indexOf("\n");
  const first = DATE.exec(end < 0 ? paragraph.slice(0, 80) : paragraph.slice(0, Math.min(end, 80)));
  return first !== null && Number(first[1] ?? first[2]) === year + 1;
}

/** A date alone on its line: a teaser's or a post's date ("2025-03-28", "28 mars 2025"). */
const DATE_LINE = /^\s*(?:((?:19|20)\d\d)-\d\d-\d\d|\d{1,2} \p{L}+ ((?:19|20)\d\d))\s*$/u;

/**
 * A news list's teaser dated on a line of its own just above its text, under or over its title
 * ("Årsredovisningen för 2024 är klar" / "2025-03-28" / "Förra året …"): within the two lines above
 * the paragraph, no blank line between, a date in the year after the report's.
 */
function datedAbove(doc: DocumentText, firstLine: number, year: number): boolean {
  for (let n = firstLine - 1; n >= Math.max(1, firstLine - 2); n--) {
    const t = doc.at(n);
    if (t.trim() === "") return false;
    const m = DATE_LINE.exec(t);
    if (m) return Number(m[1] ?? m[2]) === year + 1;
  }
  return false;
}

/**
 * A sentence of a document written after its year, naming no year but the report's: "förra året" is
 * the report's year, blanked out (offsets kept) so that no reader takes its figures for the year
 * before; so too in a paragraph dated on its first line in the year after (a post of a feed), or on a
 * line of its own just above it (a news list's teaser; `firstLine` the paragraph's first line). Any
 * other sentence is returned as it is.
 */
export function lastYearIsReportYear(
  doc: DocumentText,
  sentence: string,
  paragraph?: string,
  firstLine?: number,
): string {
  if (!/förra året|i fjol|fjolår/i.test(sentence)) return sentence;
  if (
    !writtenAfterYear(doc) &&
    !(paragraph !== undefined && datedAfterYear(paragraph, doc.periodYear)) &&
    !(firstLine !== undefined && datedAbove(doc, firstLine, doc.periodYear))
  )
    return sentence;
  const year = doc.periodYear;
  if ([...sentence.matchAll(YEAR)].some((m) => Number(m[0]) !== year)) return sentence;
  // "Förra året hade vi 236 deltagare": fronted, the time is said as the report's year is ("Under året
  // hade vi …"), so the verb before its subject still reads as a sentence; elsewhere it is blanked.
  return sentence.replace(LAST_YEAR, (m, _w: string, at: number) =>
    /^\W*$/u.test(sentence.slice(0, at)) ? fronted(m) : " ".repeat(m.length),
  );
}
/** The report's year said in place of a fronted "förra året" / "i fjol", as long as it. */
function fronted(said: string): string {
  const lower = said.toLowerCase();
  const as = lower === "förra året" ? "under året" : lower === "i fjol" ? "i år" : "";
  const cased = said[0] === said[0]!.toUpperCase() ? as.charAt(0).toUpperCase() + as.slice(1) : as;
  return cased + " ".repeat(said.length - cased.length);
}
