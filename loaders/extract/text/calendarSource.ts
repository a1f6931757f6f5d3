/**
 * A calendar invitation saved as its iCalendar source (.ics: "BEGIN:VCALENDAR", a board meeting's
 * event whose description carries the report it will adopt): read as its events' text.
 *
 * - A content line folded over several lines (each continuation opens with a space or a TAB, the
 *   fold falling anywhere, inside a word or a number: "8 15" / " 7 600") is unfolded first.
 * - Of each event (VEVENT, VTODO, VJOURNAL) its SUMMARY is a heading, its DESCRIPTION and COMMENT its
 *   text, escapes undone ("\n" a new line, "\," ",", "\;" ";", "\\" "\"), each written line citing the
 *   document line its first figure stands on, else its first word; the calendar's name
 *   (X-WR-CALNAME) heads the text.
 * - What is no text is never read: time stamps, UIDs and SEQUENCE numbers, attendees, the organiser,
 *   the location (a meeting room's conference ID), time zones and alarms, and an HTML copy of the
 *   description (X-ALT-DESC).
 * - Of an event sent again (one UID, a higher SEQUENCE), only the latest version is read: the earlier
 *   invitation's text is stale.
 * - A cancelled event (STATUS:CANCELLED, a calendar sent to cancel: METHOD:CANCEL, or a summary
 *   opening "Inställt:" as a calendar program marks one) is no meeting: its text is never read as the year's.
 *
 * - An event held before the report's year had ended (its DTSTART on or before the year's last day: a
 *   meeting in March 2025 adopting the report on 2024, filed with the report on 2025) cannot tell the
 *   report year's whole outcome: its "under året" is an earlier year's or a part of this one. Where the
 *   caller knows the report's year, such an event's text is never read.
 *
 * Only a document whose first line is "BEGIN:VCALENDAR" is read so. Pure.
 */
import { addTo, emptyRun, LineSink, type Run, type SourceLines } from "./sourceLines.ts";

const COMPONENTS = new Set(["VEVENT", "VTODO", "VJOURNAL"]);
const TEXT = new Set(["DESCRIPTION", "COMMENT"]);
/** "Inställt: …", "INSTÄLLT – …", "Canceled: …": a summary saying the event is cancelled. */
const CANCELLED_SUMMARY = /^\s*(?:inställt|inställd|inställs|avlyst|cancell?ed)\b\s*[:–-]/iu;

interface Property {
  name: string;
  value: Run;
}

export function isCalendar(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== "");
  return first !== undefined && /^BEGIN:VCALENDAR$/i.test(first.replace(/^\uFEFF/, "").trim());
}

export function calendarSource(lines: readonly string[], reportYear?: number): SourceLines | undefined {
  if (!isCalendar(lines)) return undefined;
  const properties = unfolded(lines);
  const sink = new LineSink();
  const cancelAll = properties.some((p) => p.name === "METHOD" && /^\s*CANCEL\s*$/i.test(p.value.text));
  const calendarName = properties.find((p) => p.name === "X-WR-CALNAME");
  if (calendarName) {
    sink.line(unescaped(calendarName.value));
    sink.blank();
  }
  const events: Property[][] = [];
  let event: Property[] | undefined;
  let depth = 0;
  for (const p of properties) {
    if (p.name === "BEGIN") {
      if (event) depth++;
      else if (COMPONENTS.has(p.value.text.trim().toUpperCase())) event = [];
      continue;
    }
    if (p.name === "END" && event) {
      if (depth > 0) {
        depth--;
        continue;
      }
      events.push(event);
      event = undefined;
      continue;
    }
    // A nested component's (an alarm's) properties are no part of the event's text.
    if (event && depth === 0) event.push(p);
  }
  for (const e of current(events)) if (!heldBeforeYearEnd(e, reportYear)) writeEvent(sink, e, cancelAll);
  return sink.done();
}

const valueOf = (event: readonly Property[], name: string) =>
  event.find((p) => p.name === name)?.value.text.trim() ?? "";

/** "20250311T130000", "20250311" (a whole day's event): the start's year, month and day. */
const START_DATE = /^\s*((?:19|20)\d\d)(\d\d)(\d\d)(?:T|\s*$)/;

/** An event starting on or before the report year's last day (undefined year: none is). */
function heldBeforeYearEnd(event: readonly Property[], reportYear: number | undefined): boolean {
  if (reportYear === undefined) return false;
  const m = START_DATE.exec(valueOf(event, "DTSTART"));
  return m !== null && Number(m[1]) <= reportYear;
}

/**
 * The events that hold: of the versions of one event (one UID and recurrence), the one with the
 * highest SEQUENCE (the latest DTSTAMP between equals; else the last written). An invitation sent
 * again replaces the earlier one, whose text is stale.
 */
function current(events: readonly Property[][]): Property[][] {
  const key = (e: readonly Property[]) => `${valueOf(e, "UID")}\u0000${valueOf(e, "RECURRENCE-ID")}`;
  const rank = (e: readonly Property[]) => [Number(valueOf(e, "SEQUENCE")) || 0, valueOf(e, "DTSTAMP")] as const;
  const best = new Map<string, readonly Property[]>();
  for (const e of events) {
    if (valueOf(e, "UID") === "") continue;
    const held = best.get(key(e));
    if (!held) {
      best.set(key(e), e);
      continue;
    }
    const [s, d] = rank(e);
    const [hs, hd] = rank(held);
    if (s > hs || (s === hs && d >= hd)) best.set(key(e), e);
  }
  return events.filter((e) => valueOf(e, "UID") === "" || best.get(key(e)) === e);
}

function writeEvent(sink: LineSink, event: readonly Property[], cancelAll: boolean): void {
  const status = event
    .find((p) => p.name === "STATUS")
    ?.value.text.trim()
    .toUpperCase();
  if (cancelAll || status === "CANCELLED") return;
  const summary = event.find((p) => p.name === "SUMMARY");
  // A calendar program marks a cancelled meeting in its summary too ("Inställt: Styrelsemöte").
  if (summary && CANCELLED_SUMMARY.test(summary.value.text)) return;
  if (summary) sink.line(unescaped(summary.value));
  for (const p of event) {
    if (!TEXT.has(p.name)) continue;
    for (const line of splitLines(unescaped(p.value))) {
      if (line.text.trim() === "") sink.blank();
      else sink.line(line);
    }
  }
  sink.blank();
}

/** The content lines, unfolded, each as its name and its value with every character's document line. */
function unfolded(lines: readonly string[]): Property[] {
  const out: Property[] = [];
  let current: Run | undefined;
  const close = () => {
    if (!current) return;
    const p = property(current);
    if (p) out.push(p);
    current = undefined;
  };
  lines.forEach((line, n) => {
    if (current && (line.startsWith(" ") || line.startsWith("\t"))) {
      addTo(current, line.slice(1), n);
      return;
    }
    close();
    if (line.trim() === "") return;
    current = emptyRun();
    addTo(current, line, n);
  });
  close();
  return out;
}

/** "NAME;PARAM=…;PARAM="a:b":value": the name (parameters dropped) and the value. */
function property(line: Run): Property | undefined {
  let quoted = false;
  for (let k = 0; k < line.text.length; k++) {
    const c = line.text[k]!;
    if (c === '"') quoted = !quoted;
    else if (c === ":" && !quoted) {
      const name = line.text.slice(0, k).split(";")[0]!.trim().toUpperCase();
      return { name, value: { text: line.text.slice(k + 1), at: line.at.slice(k + 1) } };
    }
  }
  return undefined;
}

/** A TEXT value with its escapes undone; "\n" kept as a newline character. */
function unescaped(value: Run): Run {
  const out = emptyRun();
  for (let k = 0; k < value.text.length; k++) {
    const c = value.text[k]!;
    if (c === "\\" && k + 1 < value.text.length) {
      const e = value.text[k + 1]!;
      addTo(out, e === "n" || e === "N" ? "\n" : e, value.at[k]!);
      k++;
      continue;
    }
    addTo(out, c, value.at[k]!);
  }
  return out;
}

function splitLines(run: Run): Run[] {
  const out: Run[] = [];
  let start = 0;
  for (let k = 0; k <= run.text.length; k++) {
    if (k < run.text.length && run.text[k] !== "\n") continue;
    out.push({ text: run.text.slice(start, k), at: run.at.slice(start, k) });
    start = k + 1;
  }
  return out;
}
