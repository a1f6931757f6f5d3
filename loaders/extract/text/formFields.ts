/**
 * A form's numbered fields ("2.1 Antal deltagare i individinriktade insatser *   203   188",
 * "2.10 Eget kapital i procent av intäkterna"): the field's number is no figure, and the asterisk
 * marking a required field no part of its label. Both are blanked where they stand (spaces of the
 * same width, so every cell stays in its column), on lines of a form only: at least three lines
 * opening on field numbers of one part ("2.1", "2.2", "2.3") that hold an answer in a cell of its
 * own, a required mark, or a figure after the label's colon ("4.2 varav kvinnor*: 104", read as
 * "varav kvinnor:  104", the mark's place kept as a space). Numbered headings ("2.1 Steget", "2.2 Bron", "2.3 Unga vägar") are no
 * form: their numbers stay, and with them the headings. A line opening on a decimal number
 * elsewhere ("2.5 miljoner kronor …") is left as it is. Pure.
 */

/** A field's number opening its line before a word: "2.1 Antal", "4.10 Sökt". */
const FIELD = /^(\s*)((\d{1,2})\.\d{1,2}(?:\.\d{1,2})?[a-z]?)(\s+)(?=\p{L})/u;
/**
 * A printed form's answer field at the line's end, padded inside its brackets ("[ 287 ]", "[ -352 700 ]",
 * "[ – ]" for no answer): the answer is the field's content, the brackets no part of it. A reference
 * "[2]" is no field.
 */
const ANSWER_FIELD = /\[( +)([-–−]?\d[\d ]*?(?:,\d+)?|[-–—])( +)\](\s*)$/u;
/**
 * The required field's mark after its label, before the answer's gap or the line's end, or glued to
 * the label before the colon of its answer ("Förbundets intäkter (kr)*: 10 480 000") or before the
 * answer's gap ("Årets resultat (kr)*      -366 450").
 */
const REQUIRED = /(\S) \*(?= {2,}|\s*$)|(\S)\*:|([\p{L})])\*(?= {2,}|\s*$)/u;
/**
 * A field's answer in a cell of its own after its label ("Antal deltagare *   203"), its required
 * mark, a figure right after the label's colon ("Antal avslutade deltagare*: 89"), or a figure (or
 * "ej akt." for a post not kept) after a dot leader ("3.4.2   till studier ........ 11", a members'
 * template of numbered posts).
 */
const ANSWERED =
  /\S {2,}\S| \*(?= {2,}|\s*$)|\[ +[-–−]?\d[\d ]*?(?:,\d+)? +\]\s*$|\p{L}[)*]*: +[-–−]?\d|\p{L}[)]? ?\.{4,} ?(?:[-–−]?\d|ej akt)/u;
/** A part's chapter heading: its number alone, a gap, and a heading in capitals ("4     EKONOMI (tkr)"). */
const CHAPTER = /^(\s*)(\d{1,2})(?= {2,}\p{Lu}{3,}[\p{Lu} ,–-]*(?:\([^)]*\))?\s*$)/u;
/** Answered lines of one part a form needs before its numbers are taken for field numbers. */
const MIN_FIELDS = 3;

/** The lines with a form's field numbers and required marks blanked; undefined when no part has enough fields. */
export function formFields(lines: readonly string[]): string[] | undefined {
  const parts = new Map<string, number>();
  for (const line of lines) {
    const m = FIELD.exec(line);
    if (m && ANSWERED.test(line.slice(m[0].length))) parts.set(m[3]!, (parts.get(m[3]!) ?? 0) + 1);
  }
  const forms = new Set([...parts].filter(([, n]) => n >= MIN_FIELDS).map(([p]) => p));
  if (forms.size === 0) return undefined;
  return lines.map((line) => {
    // An answer in a field's brackets, on any line of the form (a field's lettered parts too).
    const answered = line.includes("]") ? line.replace(ANSWER_FIELD, " $1$2$3 $4") : line;
    // The part's own chapter heading ("4     EKONOMI (tusental kronor)"): its number is no figure either.
    const chapter = CHAPTER.exec(answered);
    if (chapter && forms.has(chapter[2]!))
      return `${chapter[1]}${" ".repeat(chapter[2]!.length)}${answered.slice(chapter[0].length)}`;
    const m = FIELD.exec(answered);
    if (!m || !forms.has(m[3]!)) return answered;
    const blanked = `${m[1]}${" ".repeat(m[2]!.length)}${m[4]}${answered.slice(m[0].length)}`;
    return blanked.replace(REQUIRED, (_, a?: string, b?: string, c?: string) =>
      a ? `${a}  ` : b ? `${b}: ` : `${c} `,
    );
  });
}
