/**
 * The meeting itself: which body met, when, from what time to what time, and where. Read from
 * the lines before the first agenda item; the manifest's date and kind are the fallback and a
 * disagreement with them is a finding.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { findDates, MONTH_NAMES, pad2, plainAt, yymmdd } from "./minutesText.ts";
import { findAgendaItems, firstItemLine } from "./findAgendaItems.ts";

/** ", torsdagen den 26 februari 2026", ", 2026-02-26": a date closing the place's field. */
const DATE_AFTER_PLACE = new RegExp(
  String.raw`,?\s*(?:\p{L}+dagen\s+)?(?:den\s+)?(?:\d{1,2}\s+(?:${MONTH_NAMES})\s+\d{4}|\d{4}-\d\d-\d\d)\s*$`,
  "iu",
);

export interface MeetingContext {
  /** The manifest's meeting date (ISO). */
  date: string;
  /** The manifest's kind: board or committee minutes. */
  kind: "board_minutes" | "committee_minutes";
}

/**
 * A line stating the meeting's own time: a "Tid" / "Plats och tid" / "Datum och tid" label, or a sentence about the
 * meeting, not a member's partial attendance ("är med mellan kl 13:30 – 14:00").
 */
/** A line opening on the clock time ("klockan 09.00–11.45, Stadshuset"). */
const TIME_FIRST = /^\s*kl(?:ockan|\.)?\s*\d{1,2}[.:]\d\d/i;
/** A line opening on a day and then the clock time ("den 23 april 2026 kl. 10.00–12.15", "2026-04-23 kl. 10.00"). */
const DATE_THEN_TIME_FIRST =
  /^\s*(?:den\s+)?(?:\d{1,2}\s+\p{L}+\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d),?\s+kl(?:ockan|\.)?\s*\d{1,2}[.:]\d\d/iu;
/** A sentence naming the meeting ("Protokoll fört vid styrelsens sammanträde …"). */
const MEETING_NAMED = /\b(?:hölls|sammanträdet|sammanträde|mötet|möte|sammanträdde|möttes)\b/i;
/** A label saying its line gives the meeting's time ("Tid:", "Plats och tid", "Sammanträdestid"). */
const TIME_LABEL =
  /^(?:Tid|Plats och tid|Datum och tid|Tid och plats|Datum, tid och plats|Sammanträdestid|Mötestid|Klockslag)\b/i;
const TIME_LINE = new RegExp(
  String.raw`${TIME_LABEL.source}|^Klockan\s*:|\b(hölls|sammanträdet|mötet|möte|sammanträde|sammanträdde|möttes)\b.*\bkl(?:ockan|\.)?\s*\d`,
  "i",
);

/**
 * A date label with the clock time after the date ("Datum: Onsdag 2025-02-12, kl. 13.00–15.30"), or
 * the minutes' title line dating the meeting and its hours ("Protokoll, styrelsemöte 4 december 2025,
 * kl. 09.00–11.30, Stadshuset"): the meeting's time unless the line dates something else (`OTHER_DATE`: "Datum för justering … kl. 12.00").
 */
const DATE_TIME_LINE =
  /^(?:Datum|Sammanträdes(?:datum|dag)|Mötes(?:datum|dag)|Dag)\b.*\bkl(?:ockan|\.)?\s*\d|^protokoll\b.*\b20\d\d\b.*\bkl(?:ockan|\.)?\s*\d/i;

/**
 * "Möte nr 1 · onsdag 28 januari 2026 · 10.00–12.00 · Teams och kansliet": the meeting's facts on one line in
 * parts set apart by middle dots, bullets or bars, one part a day (a date with its year) and one the hours
 * alone. A programme's line ("09.00–09.30 · Kaffe") has no day; a line naming a break, the next meeting or
 * another body's hours (`OTHER_HOURS`) is not the meeting's.
 */
function factLineTimes(t: string): boolean {
  if (!/\s[·•|]\s/u.test(t) || OTHER_HOURS.test(t)) return false;
  const parts = t.split(/\s[·•|]\s/u).map((p) => p.trim());
  return (
    parts.length >= 3 &&
    parts.some((p) => HOURS_PART.test(p)) &&
    parts.some((p) => /(?:\d{1,2}\s+\p{L}+\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)/u.test(p))
  );
}
/** A part that is the hours alone: "10.00–12.00", "kl. 13:00-15:30". */
const HOURS_PART = /^(?:kl(?:ockan|\.)?\s*)?\d{1,2}[.:]\d\d\s*[–-]\s*\d{1,2}[.:]\d\d$/iu;

/**
 * A header line of label cells set apart by wide gaps, one of them the hours ("Datum: 2026-03-12
 * Tid: 13.00–15.30        Plats: Stadshuset"): the hours read from that cell alone, never a date's digits
 * in the cells before it. Only a start and an end after the label.
 */
const TIME_CELL =
  /(?<=\S\s{2,})(?:Tid|Klockan|Klockslag|Mötestid|Sammanträdestid)\s*:?\s*(?:kl(?:ockan|\.)?\s*)?(?=\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d)/iu;

/** A start and an end as a dash writes them: "13.00–15.30". */
const TIMES = /(\d{1,2})[.:](\d\d)(?:\s*[-–]\s*(\d{1,2})[.:](\d\d))?/;
/** "Mötet pågick mellan kl. 08.45 och 10.30", "från kl. 13.00 till kl. 15.30": the two times in words. */
const BETWEEN_TIMES =
  /(?<!\p{L})(?:mellan|från)\s+kl(?:ockan|\.)?\s*\d{1,2}[.:]\d\d\s+(?:och|till)\s+(?:kl(?:ockan|\.)?\s*)?\d/iu;
/** "klockan 13.15 till 15.30", "kl. 9.00 till kl. 11.30": the span said with "till" and no "från". */
const CLOCK_TILL = /(?<!\p{L})kl(?:ockan|\.)?\s*\d{1,2}[.:]\d\d\s+till\s+(?:kl(?:ockan|\.)?\s*)?\d{1,2}[.:]\d\d/iu;
/**
 * "Sammanträdestid: onsdag 22 april 2026, 09:00 till 11:30": the span said with "till" and no "kl", read
 * only on a line its label says gives the meeting's time (`TIME_LABEL`).
 */
const LABELLED_TILL = /(?<![\d.:])\d{1,2}[.:]\d\d\s+till\s+(?:kl(?:ockan|\.)?\s*)?\d{1,2}[.:]\d\d(?![\d.:])/;
/** "Mötet började kl. 13.00 och avslutades kl. 15.30": the start and the end in one clause. */
const STARTED_ENDED =
  /(?<!\p{L})(?:började|inleddes|öppnades)\s+kl(?:ockan|\.)?\s*\d{1,2}[.:]\d\d\s+och\s+(?:avslutades|slutade|avslutas)\s+kl(?:ockan|\.)?\s*\d/iu;
/**
 * A line whose hours in words are a break's, the next meeting's or another body's ("Mötet ajournerades
 * mellan kl. 10.30 och 10.45", "Nästa möte hålls … mellan kl. 13.00 och 16.00", "Arbetsutskottets möte
 * inleddes kl. 08.00 …"): not this meeting's start and end.
 */
const OTHER_HOURS =
  /(?<!\p{L})(?:ajourn\p{L}*|paus\p{L}*|uppehåll\p{L}*|nästa\s+(?:möte|sammanträde)\p{L}*|kommande\s+(?:möte|sammanträde)\p{L}*|arbetsutskott\p{L}*|presidi\p{L}*|beredningsgrupp\p{L}*|förbundsstämma\p{L}*|varefter)(?!\p{L})/iu;
const TIMES_IN_WORDS =
  /(\d{1,2})[.:](\d\d)(?:\s*(?:[-–]|\s(?:och|till|och\s+(?:avslutades|slutade|avslutas))\s)\s*(?:kl(?:ockan|\.)?\s*)?(\d{1,2})[.:](\d\d))?/u;

/** The header's lines, up to the first agenda item. */
function headerLines(doc: DocumentText): { n: number; t: string }[] {
  const headerEnd = Math.min(doc.lineCount, firstItemLine(doc) ?? 40);
  const header: { n: number; t: string }[] = [];
  for (let n = 1; n <= headerEnd; n++) header.push({ n, t: plainAt(doc, n) });
  return header;
}

/**
 * "Datum: 240308", "Sammanträdesdatum 2025-09-18", "Sammanträdesdag Torsdagen den 12 mars 2026", "Mötesdatum 18
 * september 2025", "Plats och tid:
 * Kommunhuset, 2024-05-14 kl. 13.00".
 */
const DATE_LABEL =
  /^(?:sammanträdes(?:datum|dag)|mötes(?:datum|dag)|sammanträdets datum|datum(?: och tid)?|plats och tid|tid och plats|dag och tid|tid)\b:?\s*(.+)$/i;

/**
 * A sentence saying the meeting took place: "Styrelsen sammanträdde tisdagen den 14 maj 2024",
 * "Sammanträdet hölls den 3 mars 2025", "Protokoll fört vid förbundsstyrelsens sammanträde onsdagen
 * den 11 september 2024". Past tense only: "sammanträder nästa gång den …" names
 * another meeting.
 */
const MEETING_SENTENCE =
  /\b(?:sammanträdde|möttes|(?:sammanträdet|mötet) (?:hölls|ägde rum)|höll (?:sitt |ett )?(?:sammanträde|möte)|protokoll(?:et)? (?:fört|förd) vid)\b/i;

/** Dates of something else than this meeting: the signing, the next meeting, a deadline. */
const OTHER_DATE = /justering|justera[dst]|nästa|kommande|senast|planera/i;

/**
 * The meeting date the minutes state: a labelled date first, then a sentence saying the meeting
 * took place, then (unless `labelledOnly`) the first date in the header. `ingest` uses the first
 * two when no --date is given: an unlabelled date in a header may be any date.
 */
export function statedMeetingDate(
  header: readonly { n: number; t: string }[],
  labelledOnly = false,
): { iso: string; n: number } | undefined {
  for (const h of header) {
    const labelled = DATE_LABEL.exec(h.t);
    if (!labelled || OTHER_DATE.test(h.t)) continue;
    const value = labelled[1]!.trim();
    const iso = yymmdd(value.split(/\s/)[0]!) ?? findDates(value)[0]?.iso;
    if (iso) return { iso, n: h.n };
  }
  for (const [i, h] of header.entries()) {
    const verb = MEETING_SENTENCE.exec(h.t);
    if (!verb || OTHER_DATE.test(h.t)) continue;
    // The date follows the verb, on its line or (wrapped) on the next one.
    const rest = `${h.t.slice(verb.index)} ${header[i + 1]?.t ?? ""}`;
    const iso = findDates(rest)[0]?.iso;
    if (iso) return { iso, n: h.n };
  }
  if (labelledOnly) return undefined;
  for (const h of header) {
    const d = findDates(h.t)[0];
    if (d) return { iso: d.iso, n: h.n };
  }
  return undefined;
}

/**
 * The meeting date a document states under a label ("Sammanträdesdatum", "Datum", "Plats och tid")
 * or in a sentence saying the meeting took place, for `ingest` without --date: an unlabelled date
 * in the header may be any date (a decision's, a report's).
 */
export function meetingDateOf(doc: DocumentText): string | undefined {
  const header = headerLines(doc);
  return statedMeetingDate(header, true)?.iso ?? namedMeetingDate(header, doc);
}

/**
 * The meeting or its minutes named as a noun ("Styrelsemöte", "sammanträdet", "Protokoll från
 * styrelsens sammanträde", "Möte med förbundets styrelse"), or a date label standing after a gap
 * on a line ("Kommunstyrelsen      Sammanträdesdatum 2025-04-14"): its date is the meeting's.
 */
const MEETING_NOUN =
  /(?<!\p{L})(?:\p{L}*möte(?:t)?|\p{L}*sammanträde(?:t)?|protokoll(?:et)?|(?:sammanträdes|mötes|besluts)(?:datum|dag)|beslut(?:et)? fattat)(?!\p{L})/giu;
/** The nouns that are a date's label: in a form set in two columns the date may stand under it. */
const DATE_LABEL_NOUN = /(?:datum|dag)$/i;
/**
 * Words between the noun and the date that make the date another's: the signing, the posting, a
 * deadline, the next meeting, the decision's own date, the sending.
 */
const NOT_THIS_MEETING =
  /justera|justering|nästa|kommande|senast|planera|anslag|anslo|anslås|publicera|skicka|inkom|upprätta|utskri|beslutade|före|inför|efter/iu;

/**
 * For `ingest` without --date, after the labels and the sentences: the first header line naming the
 * meeting or its minutes with a date after the noun, nothing between them dating anything else and
 * no sentence ending there ("**Styrelsemöte** 2024-12-12, kl. 10.00", "Protokoll, styrelsemöte 4
 * december 2025", "Protokoll från styrelsens sammanträde torsdagen den 4 december 2025", "Härmed
 * expedieras styrelsens beslut från sammanträdet den 19 mars 2026"); never "Protokollet justeras
 * senast den 21 maj", "Nästa möte 2025-06-10". Ingest still refuses a date outside --year or after today.
 */
function namedMeetingDate(header: readonly { n: number; t: string }[], doc: DocumentText): string | undefined {
  for (const [i, h] of header.entries()) {
    if (!/möte|mötes|sammanträde|protokoll|beslut/i.test(h.t)) continue;
    for (const noun of h.t.matchAll(MEETING_NOUN)) {
      const after = h.t.slice(noun.index + noun[0].length);
      // "PROTOKOLL        Sammanträdesdatum" over "Samordningsförbundet X    2025-10-16": the label
      // closing its line heads the date right under it, in its column.
      if (after.trim() === "" && DATE_LABEL_NOUN.test(noun[0]) && header[i + 1] !== undefined) {
        const raw = doc.lines[h.n - 1] ?? "";
        const below = doc.lines[header[i + 1]!.n - 1] ?? "";
        const column = raw.search(new RegExp(`${noun[0]}\\s*$`, "iu"));
        const under = findDates(below).find((d) => Math.abs(d.index - column) <= 4);
        if (column > 0 && under) return under.iso;
      }
      const date = findDates(after)[0];
      if (!date) continue;
      const between = after.slice(0, date.index);
      if (between.length > 60 || /[.!?](?:\s|$)/.test(between) || NOT_THIS_MEETING.test(between)) continue;
      if (NOT_THIS_MEETING.test(h.t.slice(0, noun.index))) continue;
      return date.iso;
    }
  }
  return undefined;
}

/** An item's heading with its clock time at the margin: "09.48  § 4  Ansökan om medel". */
const MARGIN_TIME_ITEM = /^\s*(\d{1,2})[.:](\d\d)\s+§\s*\d/u;
/** A closing item's title: "Mötets avslutande", "Avslutning", "Sammanträdets avslutande". */
const CLOSING_ITEM = /avslut/iu;
/** "Ordföranden … avslutade mötet kl. 11.45", "Sammanträdet avslutades klockan 11.45": the meeting's end. */
const CLOSED_AT =
  /(?:avslutade(?:s)?\s+(?:mötet|sammanträdet)|förklarade\s+(?:mötet|sammanträdet)\s+avslutat|(?:mötet|sammanträdet)\s+(?:avslutades|förklarades\s+avslutat|avslutas))\s+(?:kl\.?|klockan)\s*(\d{1,2})[.:](\d\d)/iu;
/** An opening item's title: "Mötets öppnande", "Sammanträdets öppnande", "Öppnande". */
const OPENING_ITEM = /öppna/iu;
/** "Ordföranden öppnade sammanträdet kl. 09.30", "Mötet öppnades klockan 13.00": the meeting's start. */
const OPENED_AT =
  /(?:öppnade\s+(?:mötet|sammanträdet)|förklarade\s+(?:mötet|sammanträdet)\s+öppnat|(?:mötet|sammanträdet)\s+(?:öppnades|förklarades\s+öppnat|öppnas))\s+(?:kl\.?|klockan)\s*(\d{1,2})[.:](\d\d)/iu;
/** An item's own lines joined (its heading to its body's end, a few lines at most): its words may wrap. */
const itemText = (doc: DocumentText, item: { line: number; bodyTo: number }) =>
  doc.join(item.line, Math.min(doc.lineCount, Math.max(item.line, item.bodyTo), item.line + 8));

export function parseMeetingHeader(
  doc: DocumentText,
  ctx: MeetingContext,
): ParseOutput & { body: "board" | "committee" } {
  const findings: FindingInput[] = [];
  const header = headerLines(doc);
  const text = header.map((h) => h.t).join("\n");

  const body = /arbetsutskott|\bAU\b/i.test(text.split("\n").slice(0, 12).join(" "))
    ? "committee"
    : /styrelse|direktion/i.test(text)
      ? "board"
      : ctx.kind === "committee_minutes"
        ? "committee"
        : "board";
  if ((body === "committee") !== (ctx.kind === "committee_minutes"))
    findings.push({
      check_id: "minutes.body_mismatch",
      severity: "warning",
      subject: "meeting:body",
      line: 1,
      value: body,
      other_value: ctx.kind,
      message: `the minutes read as ${body} minutes but the manifest says ${ctx.kind}`,
    });

  const date = statedMeetingDate(header);
  if (!date)
    findings.push({
      check_id: "minutes.date_missing",
      severity: "warning",
      subject: "meeting:date",
      line: 1,
      value: null,
      other_value: ctx.date,
      message: `no meeting date found in the header; the manifest's ${ctx.date} is used`,
    });
  else if (date.iso !== ctx.date)
    findings.push({
      check_id: "minutes.date_mismatch",
      severity: "warning",
      subject: "meeting:date",
      line: date.n,
      value: date.iso,
      other_value: ctx.date,
      message: `the minutes say ${date.iso} but the manifest says ${ctx.date}; the manifest's date is kept as the document's id`,
    });

  // Time: "Tid: fredag 8 mars kl 13.00", "Tid  9.00 – 10.20", "kl. 09.00 - 12.00".
  let start: string | null = null;
  let end: string | null = null;
  let timeLine: number | undefined;
  for (const [k, h] of header.entries()) {
    // "Plats och tid   Kansliet, torsdagen den 26 februari 2026" / "                kl. 09.00–11.45": a
    // label's value wrapped onto the indented line under it is still that label's.
    // "Protokoll fört vid styrelsens sammanträde den 19 mars 2025," / "klockan 09.00–11.45, …": the
    // sentence naming the meeting runs on to the time at the next line's start.
    const wrapped =
      k > 0 &&
      ((/^\s{8,}\S/.test(doc.lines[h.n - 1] ?? "") && TIME_LINE.test(header[k - 1]!.t)) ||
        (TIME_FIRST.test(h.t) && MEETING_NAMED.test(header[k - 1]!.t) && /,\s*$/.test(header[k - 1]!.t)) ||
        // "Protokoll fört vid sammanträde med styrelsen för X" / "den 23 april 2026 kl. 10.00–12.15 i …": its day and hours.
        (DATE_THEN_TIME_FIRST.test(h.t) &&
          MEETING_NAMED.test(header[k - 1]!.t) &&
          !/[.!?:]\s*$/.test(header[k - 1]!.t)));
    // The cells' gaps are the raw line's (the reading line has them closed up).
    const raw = doc.lines[h.n - 1] ?? "";
    const cell = TIME_CELL.exec(raw);
    if (cell && !OTHER_HOURS.test(h.t) && !OTHER_DATE.test(h.t)) {
      const m = TIMES.exec(raw.slice(cell.index + cell[0].length))!;
      start = `${pad2(Number(m[1]))}:${m[2]}`;
      end = `${pad2(Number(m[3]))}:${m[4]}`;
      timeLine = h.n;
      break;
    }
    if (!wrapped && !TIME_LINE.test(h.t) && !(DATE_TIME_LINE.test(h.t) && !OTHER_DATE.test(h.t)) && !factLineTimes(h.t))
      continue;
    // "kl. 13.00–16.00, ajournering klockan 14.30 till 14.45": a span with "till" is the meeting's only on a
    // line naming no break or other meeting; elsewhere the line's first dash span is read, as before.
    const inWords =
      BETWEEN_TIMES.test(h.t) ||
      STARTED_ENDED.test(h.t) ||
      ((CLOCK_TILL.test(h.t) || (TIME_LABEL.test(h.t) && LABELLED_TILL.test(h.t))) && !OTHER_HOURS.test(h.t));
    if (inWords && OTHER_HOURS.test(h.t)) continue;
    const m = (inWords ? TIMES_IN_WORDS : TIMES).exec(
      // From "kl" when the line has it: a date before it ("12.02.2025 kl. 13.00") is no time.
      /\bkl(?:ockan)?\b/i.test(h.t)
        ? h.t.replace(/^.*?(?=\bkl(?:ockan)?\b)/i, "")
        : h.t.replace(/^.*?(?=\d{1,2}[.:]\d\d)/, ""),
    );
    if (m) {
      start = `${pad2(Number(m[1]))}:${m[2]}`;
      end = m[3] ? `${pad2(Number(m[3]))}:${m[4]}` : null;
      timeLine = h.n;
      break;
    }
  }

  // No time in the header: the minutes' own words, "09.00  § 1  Mötets öppnande" (each item's clock
  // time at the margin: the first item's is the start) and "… avslutade mötet kl. 11.45" (the end).
  if (start === null) {
    // Only where the first item itself has its time at the margin: a later item's time is when it began.
    const margins = doc.findAll(MARGIN_TIME_ITEM, 1, doc.lineCount);
    const first =
      margins.length >= 2 && margins[0] === firstItemLine(doc) ? MARGIN_TIME_ITEM.exec(doc.at(margins[0]!)) : null;
    if (first) {
      start = `${pad2(Number(first[1]))}:${first[2]}`;
      timeLine ??= margins[0];
    }
  }
  if (start === null) {
    // Only in the opening item ("§ 1  Mötets öppnande"), the minutes' first: "Ordföranden öppnade
    // sammanträdet kl. 09.30".
    const opening = findAgendaItems(doc)[0];
    const m = opening !== undefined && OPENING_ITEM.test(opening.title) ? OPENED_AT.exec(itemText(doc, opening)) : null;
    if (m) {
      start = `${pad2(Number(m[1]))}:${m[2]}`;
      timeLine ??= opening!.line;
    }
  }
  if (end === null) {
    // Only in the closing item ("§ 7  Mötets avslutande", "Avslutning"), the minutes' last: an item
    // reporting another meeting may say when that one ended.
    const items = findAgendaItems(doc);
    const last = items.at(-1);
    const closingItem = last !== undefined && CLOSING_ITEM.test(last.title) ? last.line : undefined;
    const closing = closingItem === undefined ? undefined : doc.findAll(CLOSED_AT, closingItem, doc.lineCount).at(-1);
    const m =
      closing !== undefined
        ? CLOSED_AT.exec(doc.join(closing, Math.min(doc.lineCount, closing + 1)))
        : closingItem !== undefined
          ? // "… förklarade sammanträdet avslutat" / "kl. 12.05.": the words wrapped over the item's lines.
            CLOSED_AT.exec(itemText(doc, last!))
          : null;
    const at = m ? `${pad2(Number(m[1]))}:${m[2]}` : null;
    if (at && (start === null || at > start)) end = at;
  }

  // Place: "Plats: …", or "på <address>" on the line after the time ("… kl. 09.00 - 12.00" / "på Rådhusgatan 10 …").
  let place: string | null = null;
  for (const h of header) {
    const m = /^Plats(?:\s+och\s+tid)?:?\s*(.+)$/i.exec(h.t);
    // "Plats och tid: Kansliet, kl. 09.00–11.30": the place is what stands before the time.
    // "Kansliet, torsdagen den 26 februari 2026": nor is the date after it.
    const where = m?.[1]!
      .replace(/,?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d\d.*$/i, "")
      .replace(DATE_AFTER_PLACE, "")
      .trim();
    if (where) {
      place = where;
      break;
    }
  }
  if (!place && timeLine !== undefined) {
    const next = doc.nextNonBlank(timeLine, 2);
    const m = next !== undefined ? /^(?:på|i)\s+(.+?)\.?$/i.exec(plainAt(doc, next)) : null;
    if (m) place = m[1]!;
  }

  const facts: FactInput[] = [
    {
      table: "meeting",
      body,
      date: ctx.date,
      start_time: start,
      end_time: end,
      place,
      line: date?.n ?? 1,
      text: doc.at(date?.n ?? 1),
      section: "meeting",
      approximate: false,
    },
  ];
  return {
    body,
    facts,
    findings,
    coverage: [
      {
        section: "meeting",
        status: date ? "parsed" : "partial",
        line: date?.n ?? null,
        facts: 1,
        note: `body ${body}, ${start ?? "no start time"}–${end ?? ""}, ${place ?? "no place"}`,
      },
    ],
  };
}
