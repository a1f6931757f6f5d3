/**
 * A document-sharing site's transcript of a report: each page flattened onto one line that opens
 * with the page's number, its heading set in capitals run into its text, and its tables run into
 * one stream of labels and numbers:
 *
 *   3 FÖRVALTNINGSBERÄTTELSE Förbundet är en egen juridisk person …
 *   4 Deltagare 2024 Kvinnor Män Totalt Inskrivna under året 96 71 167 varav nya 58 39 97 …
 *
 * Read as written, the page's heading is no heading (so nothing below it is placed) and a table
 * is a sentence of bare numbers. Here each such page line becomes the lines it was made from: the
 * page number goes; the capitals that open it are its heading; a run of column words ("Kvinnor Män
 * Totalt") is a table's header, and each label with its numbers after it one row, the numbers set in
 * the header's columns. A row's numbers are split into the header's columns only where exactly one
 * split gives every number three-digit groups after its first ("7 912 400 7 640 000" is two numbers,
 * "96 71 167" three under three columns); any other row is left as written, for no reader to take.
 * Every line made cites the page line it came from.
 *
 * Only a document with three page lines at least, numbered one after another, is a transcript;
 * anything else stays as written. Pure.
 */

/** A page line: its number, then text in a capital letter or a digit. */
const PAGE_LINE = /^(\d{1,3}) (?=[\p{Lu}\d])/u;
/** Long enough to be a page's whole text run together, not a numbered list's item. */
const PAGE_LENGTH = 120;
/** A word in capitals only ("FÖRVALTNINGSBERÄTTELSE", "ÅRETS"), or a section's number ("1."). */
const CAPS_WORD = /^(?:[\p{Lu}][\p{Lu}\d&/–-]+|\d{1,2}\.)$/u;
/** The words of a table's header: the columns a row's numbers stand in. */
const COLUMN_WORD = /^(?:kvinnor|män|totalt|summa|antal|andel|k|m|tot)$/i;
/** A number's token: its first group (a sign allowed) or a later three-digit group. */
const NUMBER_TOKEN = /^[-−–]?\d{1,3}$/;
const YEAR = /^(?:19|20)\d\d$/;
/** A list's caption run into its first row's label: "Avslut till Arbete 17", "Avslutsorsak Studier 9". */
const LIST_CAPTION = /^(?:avslut(?:ade)? (?:till|mot)|avslutsorsak(?:er)?|varav)\s+(?=\p{Lu})/iu;

/**
 * The numbers a run of tokens is, where exactly one split into `count` numbers gives each number
 * three-digit groups after its first; undefined otherwise.
 */
export function splitNumberRun(tokens: readonly string[], count: number): string[] | undefined {
  if (tokens.some((t) => !NUMBER_TOKEN.test(t))) return undefined;
  // A number starts at every token that cannot continue one (not three digits, or signed).
  const mustStart = tokens.map((t, i) => i === 0 || !/^\d{3}$/.test(t));
  const forced = mustStart.filter(Boolean).length;
  const free = tokens.length - forced;
  // Each split chooses (count − forced) of the free three-digit tokens to start numbers: one way only
  // where none is chosen or all are.
  const extra = count - forced;
  if (extra < 0 || extra > free || (extra !== 0 && extra !== free)) return undefined;
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (mustStart[i] || extra === free) out.push(t);
    else out[out.length - 1] += ` ${t}`;
  });
  return out;
}

interface Segment {
  label: string[];
  numbers: string[];
}

/** A page's text as label–numbers segments: a segment ends where words follow its numbers. */
function segmentsOf(words: readonly string[]): Segment[] {
  const out: Segment[] = [{ label: [], numbers: [] }];
  for (const w of words) {
    const last = out.at(-1)!;
    const numeric = NUMBER_TOKEN.test(w);
    // "Deltagare 2024 Kvinnor …": a year inside a label is a word of it, not its number.
    if (numeric && !YEAR.test(w)) last.numbers.push(w);
    else if (last.numbers.length > 0) out.push({ label: [w], numbers: [] });
    else last.label.push(w);
  }
  return out;
}

/** A word that opens a sentence's run: a lower-case word ("har", "bildades"). */
const LOWER_WORD = /^\p{Ll}/u;
/** A number's token or a year. */
const NUMERIC = /^[-−–]?\d[\d,.%]*$/;
/** A federation's or a board's name opens a sentence ("Samordningsförbundet Lindmora bildades …"), never a heading. */
const NAME_START = /(?:förbund(?:et)?|styrelsen)$/iu;

/**
 * How many words open a prose page as its heading, set in the text's own letters ("Deltagare Under 2024
 * har …", "Förvaltningsberättelse Samordningsförbundet X bildades …"): one to three words, the first
 * capitalised, none a number but a year, then a capitalised word that opens a sentence (a lower-case
 * word among it and the three after it). Only on a page of prose (few numbers), never a table's page
 * ("Resultaträkning (tkr) Not Verksamhetens intäkter 1 5 912 …"); 0 where none.
 */
function leadingHeading(words: readonly string[]): number {
  const numbers = words.filter((w) => NUMERIC.test(w) && !YEAR.test(w)).length;
  if (words.length < 8 || numbers > words.length * 0.15) return 0;
  if (!/^\p{Lu}\p{Ll}/u.test(words[0] ?? "")) return 0;
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const w = words[k - 1]!;
    if ((NUMERIC.test(w) && !YEAR.test(w)) || LOWER_WORD.test(w) || NAME_START.test(w) || /[.!?:,;]$/.test(w)) return 0;
    if (!/^\p{Lu}/u.test(words[k]!)) continue;
    if (words.slice(k + 1, k + 4).some((x) => LOWER_WORD.test(x))) return k;
  }
  return 0;
}

/** The lines one page line stands for (its page number dropped; a heading and a table set apart where it holds them). */
function pageLines(text: string): string[] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  // The capitals that open the page: its heading (two letters at least, one word of four).
  let caps = 0;
  while (caps < words.length && CAPS_WORD.test(words[caps]!)) caps++;
  const heading = words.slice(0, caps);
  if (caps > 0 && heading.some((w) => /\p{Lu}{4}/u.test(w))) out.push(heading.join(" "), "");
  else caps = leadingHeading(words);
  if (caps > 0 && out.length === 0) out.push(words.slice(0, caps).join(" "), "");
  const rest = words.slice(caps);
  // A table's header: a run of column words after the label's words, before the first row.
  const at = rest.findIndex((w, i) => COLUMN_WORD.test(w) && COLUMN_WORD.test(rest[i + 1] ?? ""));
  if (at < 0) return [...out, rest.join(" ")];
  let end = at;
  while (end < rest.length && COLUMN_WORD.test(rest[end]!)) end++;
  const columns = rest.slice(at, end);
  const title = rest.slice(0, at);
  // The words before the header's title belong to the text above it; a title is a short label.
  let titleStart = title.length;
  while (titleStart > 0 && !/[.!?:]$/.test(title[titleStart - 1]!)) titleStart--;
  if (titleStart > 0) out.push(title.slice(0, titleStart).join(" "), "");
  const rows = segmentsOf(rest.slice(end));
  const table: string[][] = [[title.slice(titleStart).join(" "), ...columns]];
  let k = 0;
  for (; k < rows.length; k++) {
    const values = splitNumberRun(rows[k]!.numbers, columns.length);
    if (!values) break;
    table.push([rows[k]!.label.join(" "), ...values]);
  }
  if (table.length < 2) return [...out, rest.join(" ")];
  const width = Math.max(...table.map((r) => r[0]!.length)) + 4;
  const cell = Math.max(...table.flatMap((r) => r.slice(1).map((c) => c.length))) + 4;
  for (const r of table)
    out.push(
      r[0]!.padEnd(width) +
        r
          .slice(1)
          .map((c) => c.padStart(cell))
          .join(""),
    );
  // What follows the table: a list of one number a row ("Avslut till Arbete 17 Studier 9 …", its
  // caption run into its first label), then the rest as written (a source line).
  const list: string[][] = [];
  for (; k < rows.length && rows[k]!.numbers.length === 1 && rows[k]!.label.length > 0; k++)
    list.push([rows[k]!.label.join(" "), rows[k]!.numbers[0]!]);
  if (list.length >= 2) {
    const caption = LIST_CAPTION.exec(list[0]![0]!);
    out.push("");
    if (caption) {
      out.push(caption[0].trim());
      list[0]![0] = list[0]![0]!.slice(caption[0].length);
    }
    const w = Math.max(...list.map((r) => r[0]!.length)) + 4;
    for (const [label, n] of list) out.push(label!.padEnd(w) + n!.padStart(6));
  } else k -= list.length;
  const after = rows.slice(k).flatMap((r) => [...r.label, ...r.numbers]);
  if (after.length > 0) out.push("", after.join(" "));
  return out;
}

/**
 * The lines with each transcript page line cut into its heading, text and table lines, with the
 * index in `lines` each comes from; undefined when the document is no transcript.
 */
export function transcriptPages(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  // The cheap look first: three long lines opening with a page's number.
  const pages: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length >= PAGE_LENGTH && PAGE_LINE.test(line)) pages.push(i);
  }
  if (pages.length < 3) return undefined;
  const numberAt = (i: number) => Number(PAGE_LINE.exec(lines[i]!)![1]);
  // Numbered one after another: each page line's number one more than the page line's before it,
  // counting the short pages between (a page of a few words is a page line too).
  const numbered = lines.flatMap((l, i) => (PAGE_LINE.test(l) ? [i] : []));
  const isPage = new Set(numbered);
  const consecutive = numbered.filter((i, k) => k > 0 && numberAt(i) === numberAt(numbered[k - 1]!) + 1).length;
  if (consecutive < 2 || !pages.every((i) => isPage.has(i))) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  let changed = false;
  lines.forEach((line, i) => {
    const page = isPage.has(i) ? pageLines(line.replace(PAGE_LINE, "")) : undefined;
    if (!page) {
      out.push(line);
      from.push(i);
      return;
    }
    changed = true;
    for (const l of page) {
      out.push(l);
      from.push(i);
    }
  });
  return changed ? { lines: out, from } : undefined;
}
