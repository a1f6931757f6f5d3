/**
 * The year an annual report's title names ("Årsredovisning 2024", "Verksamhetsberättelse för
 * 2024"), to catch an `ingest --year` that disagrees with it: every figure the readers date "under
 * året" would be stored under the wrong year. Only a title line counts: one of the first lines,
 * short, no sentence, naming a kind of yearly report and exactly one year (a plan's "2025–2027"
 * names several, and is no check). Pure.
 */

/** How many non-blank lines at the top of a document may make its title. */
const TITLE_LINES = 5;
/** A title is short; a longer line is text. */
const TITLE_LENGTH = 100;
/** The kinds of yearly report a title names (a plan or a budget is none: it names a later year). */
const REPORT_WORD =
  /(?<!\p{L})(årsredovisning\p{L}*|verksamhetsberättelse\p{L}*|årsbokslut\p{L}*|bokslut|årsrapport\p{L}*|annual report|annual summary)(?!\p{L})/iu;
/** A year; not an issue's ("Nyhetsbrev 2/2026" is the second letter of 2026, not a report's year). */
const YEAR = /(?<![\d/-])(?:19|20)\d\d(?![\d-])/g;

/** The title line naming one year other than `year`, with that year; null when none does. */
export function titleYearMismatch(
  lines: readonly string[],
  year: number,
): { line: number; text: string; year: number } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < TITLE_LINES; i++) {
    const text = lines[i]!.replace(/^#+\s*/, "").trim();
    if (text === "") continue;
    seen++;
    if (text.length > TITLE_LENGTH || /[.!?]$/.test(text) || !REPORT_WORD.test(text)) continue;
    const named = new Set((text.match(YEAR) ?? []).map(Number));
    if (named.size !== 1) continue;
    const [only] = named;
    return only !== year ? { line: i + 1, text, year: only! } : null;
  }
  return null;
}

/** A title of minutes ("Protokoll", "Sammanträdesprotokoll", "Justerat protokoll"). */
const MINUTES_WORD = /(?<!\p{L})\p{L}*protokoll(?!\p{L})/iu;
/**
 * A page that lists many meetings' minutes, titled as such and nothing more ("Protokoll och handlingar",
 * "Protokoll och kallelser", "Protokollarkiv"), or a site's breadcrumb ("Start / Styrelsen / Protokoll"):
 * no one meeting's minutes. "Protokoll och handlingar till styrelsens sammanträde 2025-09-12" is one's.
 */
const MINUTES_ARCHIVE =
  /^(?:protokoll\s+(?:och|&)\s+(?:handlingar|kallelser|dokument)|protokollarkiv(?:et)?)$|^(?:start|hem|startsida)\s+\/\s/iu;
/** The federation's own bodies that keep minutes, or a meeting's label: not parliament's or another body's record. */
const OWN_BODY =
  /(?<!\p{L})(styrelse\p{L}*|förbundsstyrelse\p{L}*|arbetsutskott\p{L}*|AU|beredningsgrupp\p{L}*|sammanträdes\p{L}*)(?!\p{L})/iu;

/**
 * A municipality's or region's own body ("BRATTFORS KOMMUN", "Kommunstyrelsen", "Regionfullmäktige"):
 * its minutes quote the federation's year from outside (a discharge, a merger), as a report does.
 */
const OTHER_BODY =
  /(?<!\p{L})(kommun|kommunstyrelse\p{L}*|kommunfullmäktige|regionstyrelse\p{L}*|regionfullmäktige|\p{L}+nämnd\p{L}*)(?!\p{L})/iu;

/** A line naming a samordningsförbund or Finsam: the federation's own. */
const FEDERATION_NAMED = /samordningsförbund|finsam/iu;
/** A labelled line of a meeting's header ("Plats:", "Tid", "Beslutande", "Närvarande"): no letterhead. */
const LABELLED_LINE =
  /^(?:plats|tid|datum|närvarande|beslutande|ledamöter|ersättare|övriga|sekreterare|justerare|ordförande|lokal)\b/iu;

/**
 * A document whose title lines name the federation's minutes (a board's or a committee's) and no
 * yearly report, ingested as an annual report: the readers would take a meeting's budget and
 * its half-year figures for the year's accounts. The title line, or null. Other records
 * ("Riksdagens protokoll", "Minnesanteckningar från medlemssamråd", a municipal board's
 * "Sammanträdesprotokoll" quoting the federation's accounts) go in as reports. Pure.
 */
export function minutesTitle(lines: readonly string[]): { line: number; text: string } | null {
  let seen = 0;
  let title: { line: number; text: string } | null = null;
  let ownBody = false;
  let otherBody = false;
  let federation = false;
  for (let i = 0; i < lines.length && seen < TITLE_LINES; i++) {
    const text = lines[i]!.replace(/^#+\s*/, "").trim();
    if (text === "") continue;
    seen++;
    if (text.length > TITLE_LENGTH || /[.!?]$/.test(text)) continue;
    // "Protokollsutdrag § 12 Årsredovisning 2024": a report sent with its minutes is a report.
    if (REPORT_WORD.test(text)) return null;
    if (!title && MINUTES_WORD.test(text) && !MINUTES_ARCHIVE.test(text)) title = { line: i + 1, text };
    if (OWN_BODY.test(text)) ownBody = true;
    // Another body only from a letterhead or a title line, never from a meeting's place or a member's
    // line ("Plats: Lindmo kommun", "Beslutande: Anna Berg, Lindmo kommun"); a letterhead (the first
    // two lines) naming the federation makes the minutes its own whatever else they name (an item
    // further down may name a federation in another body's minutes).
    if (seen <= 2 && FEDERATION_NAMED.test(text)) federation = true;
    else if (!LABELLED_LINE.test(text) && OTHER_BODY.test(text)) otherBody = true;
  }
  return title && ownBody && (federation || !otherBody) ? title : null;
}
