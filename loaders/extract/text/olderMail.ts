/**
 * An e-mail's older messages: what a reply quotes ("> Hej! Kort om 2023: …", "> > …") and the
 * earlier messages below it ("-----Ursprungligt meddelande-----", a second "Från: … Skickat: …"
 * header after the reply's own text, or the line a mail program writes above the message it quotes:
 * "Den 12 april 2024 skrev Eva Lind <eva@…>:", "On 12 Apr 2024, Eva Lind wrote:"). Their figures are of the time they were written, never the
 * reply's year, and a quoted line seldom says which year it speaks of; the readers see them as
 * blank lines, so nothing is stored from them (a missing figure beats a wrong one). The reply's
 * own header at the top of the document is no older message. Pure.
 */

/** A quoted line: ">" at its start, once or more ("> > "). */
const QUOTED = /^\s*>(?=[\s>]|$)/;
/** The separator Outlook and other mail programs set above an earlier message. */
const ORIGINAL_MESSAGE =
  /^\s*>?\s*-{2,}\s*(?:ursprungligt meddelande|original message|vidarebefordrat meddelande|forwarded message)\s*-{2,}\s*$/i;
/** An earlier message's header: "Från: …" with "Skickat: …" (or "Datum: …", "Sent: …") within the next lines. */
const FROM = /^\s*(?:från|from):\s+\S/i;
const SENT = /^\s*(?:skickat|datum|sent|date):\s+\S/i;
/** "Den 12 april 2024 skrev Eva Lind <eva@…>:", "On Fri, 12 Apr 2024, Eva wrote:": a quoted message's attribution. */
const WROTE = /^\s*(?:den|on)\s.*\d.*\s(?:skrev|wrote)(?:\s.*)?:\s*$/i;

/** The document's lines with every line of an older message blank; the same array when there is none. */
export function withoutOlderMail(lines: readonly string[]): readonly string[] {
  // Cheap first: most documents are no e-mail. Only an e-mail (a mail header or an earlier
  // message's separator) has quoted lines: "> 12 månader" elsewhere is a table's row.
  if (!lines.some((l) => ORIGINAL_MESSAGE.test(l) || FROM.test(l) || WROTE.test(l))) return lines;
  if (!lines.some((l, i) => ORIGINAL_MESSAGE.test(l) || isAttribution(lines, i) || isHeader(lines, i))) return lines;
  const start = olderMessageStart(lines);
  const own = start === undefined ? new Set<number>() : inlineAnswers(lines, start);
  const forwarded = start === undefined ? undefined : forwardedMessage(lines, start);
  if (forwarded) for (let i = forwarded.from; i < forwarded.to; i++) if (!QUOTED.test(lines[i]!)) own.add(i);
  return lines.map((l, i) => (own.has(i) ? l : (start !== undefined && i >= start) || QUOTED.test(l) ? "" : l));
}

/** The document's own subject says it forwards a message: "Ämne: VB: …", "Subject: Fwd: …", "FW:", "WG:", "TR:". */
const FORWARD_SUBJECT = /^\s*(?:ämne|subject):\s*(?:re:\s*|sv:\s*)*(?:vb|fw|fwd|wg|tr|vidarebefordrat):/i;
/** A header's date line with its year: "Skickat: den 13 april 2026 16:40", "Date: 2026-04-13". */
const SENT_YEAR = /^\s*(?:skickat|datum|sent|date):.*?(?<!\d)((?:19|20)\d\d)(?!\d)/i;

/**
 * A forward ("VB: …" in the document's own subject) files the message it forwards: that message is
 * the document's content, the forwarder's note above it only a cover ("Till akt …"). Its text (not its
 * header, not its own quoted lines, not any older message under it) is kept, but only where both
 * headers carry a sent year and they are the same year: a forward of an old message keeps nothing of it.
 */
function forwardedMessage(lines: readonly string[], start: number): { from: number; to: number } | undefined {
  const head = lines.slice(0, start);
  if (!head.slice(0, 8).some((l) => FORWARD_SUBJECT.test(l))) return undefined;
  const ownYear = head
    .slice(0, 8)
    .map((l) => SENT_YEAR.exec(l)?.[1])
    .find((y) => y !== undefined);
  // The forwarded header: from its separator or "Från:" down to its first blank line.
  let from = start + (ORIGINAL_MESSAGE.test(lines[start]!) ? 1 : 0);
  while (from < lines.length && lines[from]!.trim() === "") from++;
  let headerYear: string | undefined;
  while (from < lines.length && lines[from]!.trim() !== "") {
    headerYear ??= SENT_YEAR.exec(lines[from]!)?.[1];
    from++;
  }
  if (ownYear === undefined || headerYear !== ownYear) return undefined;
  const next = olderMessageStart(lines.slice(from), true);
  return { from, to: next === undefined ? lines.length : from + next };
}

/**
 * "Svar under dina frågor nedan (mina svar med KM:)": the reply says it answers inside the message it
 * quotes, under a label of its own. Those labelled lines, and the indented lines going on from them, are
 * the reply's own text and kept; the questions around them (quoted or not) stay blank. Without both the
 * cue and the declared label nothing in the older message is kept.
 */
const INLINE_CUE =
  /(?<!\p{L})(?:svar(?:ar|en)?|kommentar(?:er)?|kommenterar)\s+(?:direkt\s+)?(?:under|nedan|inne\s+i|i\s+texten|i\s+mejlet|efter)(?!\p{L})|(?<!\p{L})(?:answers?|replies|comments)\s+(?:below|inline)(?!\p{L})/iu;
/** The label the reply declares: "mina svar med KM:", "svaren markerade med EL:", "my answers marked AB:". */
const DECLARED_LABEL =
  /(?<!\p{L})(?:med|markerade med|märkta med|marked(?: with)?|with)\s+["'”]?(\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,15})["'”]?:/u;

/** The 0-based lines of the older message the reply wrote its answers on (see `INLINE_CUE`). */
function inlineAnswers(lines: readonly string[], start: number): Set<number> {
  const own = new Set<number>();
  let label: string | undefined;
  for (let i = 0; i < start && label === undefined; i++)
    if (INLINE_CUE.test(lines[i]!))
      label = DECLARED_LABEL.exec(lines[i]!)?.[1] ?? DECLARED_LABEL.exec(lines[i + 1] ?? "")?.[1];
  if (label === undefined) return own;
  const opens = new RegExp(`^\\s*${label}\\s?:\\s+\\S`, "u");
  for (let i = start, going = false; i < lines.length; i++) {
    const line = lines[i]!;
    if (opens.test(line)) going = true;
    // An answer goes on over the indented lines right under it, never over a quoted one or a new message.
    else if (!(going && /^\s+\S/.test(line) && !QUOTED.test(line) && !ORIGINAL_MESSAGE.test(line))) going = false;
    if (going) own.add(i);
  }
  return own;
}

/** "Från: …" with "Skickat: …" within the next three lines: a mail's header. */
const isHeader = (lines: readonly string[], i: number) =>
  FROM.test(lines[i]!) && lines.slice(i + 1, i + 4).some((l) => SENT.test(l));

/**
 * "Den 12 april 2024 skrev Eva Lind:" with the quoted message right under it: a report's "Den 3 mars
 * skrev styrelsen under avtalet:" has no quoted line after it.
 */
function isAttribution(lines: readonly string[], i: number): boolean {
  if (!WROTE.test(lines[i]!)) return false;
  const next = lines.slice(i + 1).find((l) => l.trim() !== "");
  return next !== undefined && QUOTED.test(next);
}

/** A mail program's own sent field ("Skickat: …", "Sent: …"): no memo's head has it. */
const OUTLOOK_SENT = /^\s*(?:skickat|sent):\s+\S/i;

/** Where the first earlier message below the reply's own text begins (0-based), if any. */
function olderMessageStart(lines: readonly string[], inMail = false): number | undefined {
  let body = false;
  let mail = inMail;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ORIGINAL_MESSAGE.test(line) || isAttribution(lines, i)) return i;
    // A header after the reply's own body opens an earlier message; the reply's own header opens the document.
    // Only in an e-mail (a header above it) or under a mail program's own "Skickat:"/"Sent:": a report's
    // memo head under its title ("Till: … Från: … Datum: …") opens nothing.
    if (isHeader(lines, i)) {
      if (body && (mail || lines.slice(i + 1, i + 4).some((l) => OUTLOOK_SENT.test(l)))) return i;
      mail = true;
    }
    if (line.trim() !== "" && !/^\s*\p{L}[\p{L} ]{0,20}:\s/u.test(line)) body = true;
  }
  return undefined;
}
