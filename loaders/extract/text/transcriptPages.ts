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
import { exitOutcome, matchCode } from "../../reference/codes.ts";
import { onSharingSite } from "./relatedDocuments.ts";

/** A page line: its number, then text in a capital letter or a digit. */
const PAGE_LINE = /^(\d{1,3}) (?=[\p{Lu}\d])/u;
/** Long enough to be a page's whole text run together, not a numbered list's item. */
const PAGE_LENGTH = 120;
/** A word in capitals only ("FÖRVALTNINGSBERÄTTELSE", "ÅRETS", "INSATS:"), or a section's number ("1."). */
const CAPS_WORD = /^(?:[\p{Lu}][\p{Lu}\d&/–-]+:?|\d{1,2}\.)$/u;
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

/** A page of the statements: its tables are the statement readers' to read as written. */
const STATEMENT_PAGE = /resultaträkning|balansräkning|kassaflödesanalys|finansieringsanalys|driftredovisning/i;

/**
 * A table's header in a page's words: a run of column words ("Kvinnor Män Totalt"), or, on a page of no
 * statement, a run of years one after another ("2024 2023 2022") with a row's label after it.
 */
function tableHeader(rest: readonly string[], statements: boolean): { at: number; end: number } | undefined {
  for (let i = 0; i + 1 < rest.length; i++) {
    const w = rest[i]!;
    if (COLUMN_WORD.test(w) && COLUMN_WORD.test(rest[i + 1]!)) {
      let end = i;
      while (end < rest.length && COLUMN_WORD.test(rest[end]!)) end++;
      return { at: i, end };
    }
    if (statements || !YEAR.test(w) || !YEAR.test(rest[i + 1]!)) continue;
    const step = Number(rest[i + 1]) - Number(w);
    if (Math.abs(step) !== 1) continue;
    let end = i + 1;
    while (end + 1 < rest.length && YEAR.test(rest[end + 1]!) && Number(rest[end + 1]) - Number(rest[end]) === step)
      end++;
    end++;
    // "… 2024 2023 Inskrivna 142 …": a label, then its numbers; a year run in a sentence ("mellan 2023 2024 och") is none.
    if (/^\p{Lu}/u.test(rest[end] ?? "")) return { at: i, end };
  }
  return undefined;
}

/** The first words of a member's name: a member whose figure is missing stands before the next one's. */
const MEMBER_START = /^(?:staten|region|regionen|landstinget|försäkringskassan|arbetsförmedlingen)$/i;
const MUNICIPALITY_WORD = /^(?:kommun|stad)$/i;
/** A label a row of a member, or an exit's destination, stands under. */
const isRowLabel = (words: readonly string[]): boolean =>
  matchCode(exitOutcome, words.join(" ")) !== undefined ||
  MEMBER_START.test(words[0]!) ||
  (words.length === 2 && MUNICIPALITY_WORD.test(words[1]!));

/**
 * A label that is two labels or more, the figures of all but the last dropped by the site ("Studier Aktivt
 * arbetssökande 9", "Staten Region Nordanland Hedby kommun 615"): each label on its own, the figures the
 * last one's. Only where every part is a destination's or a member's label ("Arbete eller studier" and a
 * name of two words, "Upplands Väsby kommun", stay whole).
 */
export function splitEmptyLabels(words: readonly string[]): string[][] {
  if (words.length < 2) return [[...words]];
  for (let j = 1; j < words.length; j++) {
    const starts =
      MEMBER_START.test(words[j]!) || MUNICIPALITY_WORD.test(words[j + 1] ?? "") || /^\p{Lu}/u.test(words[j]!);
    if (!starts) continue;
    const left = words.slice(0, j);
    const right = words.slice(j);
    if (!isRowLabel(left)) continue;
    const rest = splitEmptyLabels(right);
    if (rest.every(isRowLabel)) return [left, ...rest];
  }
  return [[...words]];
}

/** A list's caption run into its first row's label: "Avslut till Arbete 17", "Medlemsavgifter (tkr) Staten …". */
const CAPTION_START = /^(?:avslut|varav|medlems|avgift|driftbidrag)/i;
const FEE_CAPTION =
  /^(?:medlemsavgifter|medlemsbidrag|avgifter|driftbidrag)(?: \((?:tkr|kr|tusental kronor)\))?(?: (?:19|20)\d\d)?\s+(?=\p{Lu})(?!medlems|avgift|driftbidrag)/iu;

/** A list of one number a row as lines (its caption on a line of its own), its rows' empty labels set apart. */
function listLines(list: readonly Segment[]): string[] {
  const first = list[0]!.label.join(" ");
  const caption = LIST_CAPTION.exec(first) ?? FEE_CAPTION.exec(first);
  const rows: [string, string][] = [];
  list.forEach((r, k) => {
    const label = k === 0 && caption ? first.slice(caption[0].length).split(" ") : r.label;
    const parts = splitEmptyLabels(label);
    for (const p of parts.slice(0, -1)) rows.push([p.join(" "), ""]);
    rows.push([parts.at(-1)!.join(" "), r.numbers[0]!]);
  });
  const w = Math.max(...rows.map((r) => r[0].length)) + 4;
  return [
    ...(caption ? [caption[0].trim()] : []),
    ...rows.map(([label, n]) => (n ? label.padEnd(w) + n.padStart(6) : label)),
  ];
}

/** The rows of one number each that open `rows` (two at least), or none. */
function oneNumberRows(rows: readonly Segment[], from: number): Segment[] {
  let k = from;
  while (k < rows.length && rows[k]!.numbers.length === 1 && rows[k]!.label.length > 0) k++;
  return k - from >= 2 ? rows.slice(from, k) : [];
}

/**
 * A page with no table's header: a captioned list of one number a row in it ("Avslut till Arbete 13 Studier
 * Aktivt arbetssökande 9 …", "Medlemsavgifter (tkr) Staten … Hedby kommun 615 …") set out, the text
 * around it as written; the page's text alone where there is none.
 */
function pageWithList(rest: readonly string[]): string[] | undefined {
  for (let i = 0; i < rest.length; i++) {
    if (!CAPTION_START.test(rest[i]!)) continue;
    const tail = rest.slice(i).join(" ");
    if (!LIST_CAPTION.test(tail) && !FEE_CAPTION.test(tail)) continue;
    const rows = segmentsOf(rest.slice(i));
    const list = oneNumberRows(rows, 0);
    if (list.length === 0) continue;
    const after = rows.slice(list.length).flatMap((r) => [...r.label, ...r.numbers]);
    return [
      ...(i > 0 ? [rest.slice(0, i).join(" "), ""] : []),
      ...listLines(list),
      ...(after.length > 0 ? ["", after.join(" ")] : []),
    ];
  }
  return undefined;
}

/** The lines one page line stands for (its page number dropped; a heading and a table set apart where it holds them). */
function pageLines(text: string): string[] {
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
  return [...out, ...(bodyLines(rest, STATEMENT_PAGE.test(text)) ?? [rest.join(" ")])];
}

/**
 * A page's words after its heading with its table (and the one-number list after it) or its captioned
 * list set out; undefined where it holds neither.
 */
function bodyLines(rest: readonly string[], statements: boolean): string[] | undefined {
  const out: string[] = [];
  // A table's header: a run of column words or years after the label's words, before the first row.
  const header = tableHeader(rest, statements);
  if (!header) return pageWithList(rest);
  const { at, end } = header;
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
    // "Arbetsförmedlingen Region Mälarvik 800 800": the first member's cells are empty.
    const parts = splitEmptyLabels(rows[k]!.label);
    for (const p of parts.slice(0, -1)) table.push([p.join(" ")]);
    table.push([parts.at(-1)!.join(" "), ...values]);
  }
  if (table.length < 2) return undefined;
  const width = Math.max(...table.map((r) => r[0]!.length)) + 4;
  const cell = Math.max(...table.flatMap((r) => r.slice(1).map((c) => c.length))) + 4;
  for (const r of table)
    out.push(
      (r.length > 1 ? r[0]!.padEnd(width) : r[0]!) +
        r
          .slice(1)
          .map((c) => c.padStart(cell))
          .join(""),
    );
  // What follows the table: a list of one number a row ("Avslut till Arbete 17 Studier 9 …", its
  // caption run into its first label), then the rest as written (a source line).
  const list = oneNumberRows(rows, k);
  if (list.length > 0) out.push("", ...listLines(list));
  k += list.length;
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
  if (pages.length < 3) return onSharingSite(lines) ? flatTables(lines) : undefined;
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

/**
 * A sharing site's text with no page numbers opening its lines (another site's "Full text" with "(5)"
 * over each page, the light page): each line holding a flattened table ("Deltagare Kvinnor Män Totalt
 * Inskrivna under året 83 73 156 …") has it set out as on a page line; the other lines as written.
 */
function flatTables(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  const out: string[] = [];
  const from: number[] = [];
  let changed = false;
  lines.forEach((line, i) => {
    const set =
      line.length >= 60 && /\d/.test(line)
        ? bodyLines(line.split(/\s+/).filter(Boolean), STATEMENT_PAGE.test(line))
        : undefined;
    for (const l of set ?? [line]) {
      out.push(l);
      from.push(i);
    }
    if (set) changed = true;
  });
  return changed ? { lines: out, from } : undefined;
}
