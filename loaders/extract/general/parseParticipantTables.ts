/**
 * Participant and exit tables in any report, read by their headers. A participant table has a
 * header naming its columns in the author's order (Totalt/Summa/Inskrivna, Kvinnor/Män/K/M,
 * Nya, Avslutade, Pågående, Budget, and destinations: Till arbete, Varav till arbete/studier)
 * and rows "label n n n", drawn with gaps or with pipes; the header may be one line, cells
 * stacked over lines, or lines of layout text merged by position. Row labels decide whose
 * figures they are: a total row is the federation's, a gender row splits the total, a "varav"
 * row is a part of the row above, a member is never an intervention, any other label is an
 * intervention as written, a year row is that year's total. A table with year
 * columns ("2024 2023") and measure rows is read the other way round. Exit tables
 * ("Avslut mot", "Avslutade till", "Orsak till avslut") map labels through the exit-outcome
 * code list; an unknown label is reported and not stored.
 */
import { isChangeRow } from "./changeRows.ts";
import { withoutCaptionNumber } from "./captionNumber.ts";
import { titlesFederations } from "./federationRows.ts";
import { withoutParenthesesDeclaration } from "../text/priorYearParentheses.ts";
import {
  EXITS_CAPTION,
  FEDERATION_OR_AREA_LABEL,
  GENDER_LABEL,
  MEMBER_LABEL,
  TOTAL_LABEL,
  PLACES_LABEL,
  genderOfLabel,
} from "../../reference/rowLabels.ts";
import { ownFederation, namesFederation } from "./federationNames.ts";
import { exitOutcome, matchCode, type Gender, type Measure } from "../../reference/codes.ts";
import { namesNonParticipants } from "../../reference/concepts.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { parseNumberRun } from "../numbers.ts";
import { bestConcept, conceptById, foldLabel } from "../../reference/concepts.ts";
import { parseMultiYearTables } from "./parseMultiYearTables.ts";
import { parseYearGroupTables } from "./yearGroupTables.ts";
import { parseYearRowTables } from "./yearRowTables.ts";
import { parseMixedColumnTables } from "./mixedColumnTables.ts";
import {
  INCLUDES_REMARK,
  OTHER_EXIT_ROW,
  destinationRowCategory,
  exitRowCategory,
  otherExitRow,
} from "./exitRowLabel.ts";
import {
  cellsByPosition,
  cleanGridLines,
  gridDocument,
  gridLines,
  headerOverColumns,
  isAligned,
  numericTail,
  placedCells,
  stackHeader,
} from "./layoutGrid.ts";
import {
  isFederationCaption,
  namesAllInterventions,
  ownerOf,
  scopeByLine,
  type Owner,
  type Scope,
} from "./sectionScope.ts";
import { awaitingRate } from "./reportedRates.ts";
import { unreadNumber } from "../findings.ts";
import { keepUniqueTotals } from "./doubleCountedTotals.ts";
import { statementItem } from "../../reference/statementLabels.ts";
import { detached } from "../../config/detachedString.ts";
import { PART_OF_YEAR } from "./partYear.ts";
import { rememberByText } from "../textMemo.ts";

export interface Column {
  measure: Measure;
  gender: Gender;
  /** A destination column ("Till arbete", "Varav till arbete/studier"): a part of the exits, by outcome code. */
  exit?: string;
  /** A share column ("Andel arbete/studier"): its cells are percentages, never a count. */
  share?: boolean;
  /** The enrolled at the year's start ("Inskrivna 1/1"): a stock at a date, never stored. */
  opening?: boolean;
  /** The year its header cell names ("Deltagare 2023"); a later year than the report's is never stored. */
  year?: number;
}

const MEASURE_WORD: readonly [RegExp, Measure][] = [
  [/^(budget|budgeterat|budgeterade|budgeterad|platser)$/, "budgeted"],
  [/^(totalt|total|summa|totalsumma|inskrivna|samtliga)$/, "enrolled"],
  [/^(nya|nyinskrivna|nytillkomna|nyinskrivningar)$/, "new"],
  [/^(avslutade|avslut|utskrivna|avslutat)$/, "exited"],
  // "Kvar 31 dec", "Kvarvarande": those still enrolled when the year closed.
  [/^(pågående|kvarstående|aktiva|kvar|kvarvarande)$/, "ongoing"],
];
const GENDER_WORD: readonly [RegExp, Gender][] = [
  [/^(kvinnor|kvinna|k|flickor)$/, "woman"],
  [/^(män|man|m|pojkar)$/, "man"],
];
const FILLER =
  /^(antal|delt|deltagare|deltagarna|st|personer|individer|varav|därav|under|året|vid|årets|slut|periodens|av|dessa|och|i|per|totalt?antal|\d{4}|\d{4}-\d{2}-\d{2})$/;
// "Radetiketter": the row labels' caption of a spreadsheet's pivot table.
const LABEL_TITLE =
  /^(radetiketter|insats|insatser|insatsnamn|insatsens|namn|projekt|projektnamn|verksamhet|verksamheter|år|period|insats\/projekt|aktivitet|team|kommun|kommuner|hemkommun|bostadskommun|medlem|medlemmar|medlemskommun)$/;
const PARTICIPANT_NOUN = /^(deltagare|delt|deltagarna|personer|individer)$/;

/**
 * A column of participants counted at a date ("Inskrivna 1/1", "Pågående 31/12", "Inskrivna vid
 * årets slut", "Deltagare 31 dec"): a stock, never the year's enrolled. Written as one word for
 * the header's readers: "ingående" at the year's start, "pågående" (ongoing) at its end.
 */
const STOCK_AT_START =
  /(?<!\p{L})(?:inskrivna|pågående|aktiva|deltagare|antal|ingående)?\s*(?:per |den |vid )?(?:1\/1|1 jan(?:uari)?\.?|(?:19|20)\d\d-01-01|årets början|periodens början|årets ingång)(?![\p{L}\d])/giu;
const STOCK_AT_END =
  /(?<!\p{L})(?:inskrivna|pågående|aktiva|deltagare|antal|kvar|kvarvarande|utgående)?\s*(?:per |den |vid )?(?:31\/12|31 dec(?:ember)?\.?|(?:19|20)\d\d-12-31|årets slut|periodens slut|årets utgång)(?![\p{L}\d])/giu;
const stocksAsWords = (s: string) =>
  /\d\/\d|\d \p{L}|början|slut|ingång|utgång|\d-\d/u.test(s)
    ? s.replace(STOCK_AT_START, " ingående ").replace(STOCK_AT_END, " pågående ")
    : s;
/** The opening stock's word (`stocksAsWords`). */
const OPENING_WORD = /^ingående$/;

/**
 * "Vid inskrivning | Vid avslut": a moment in each participant's time (their income source, their
 * status then), never a count of the enrolled or the exited. Written as a word no header knows, so
 * such a header is not read as the participant table's.
 */
const AT_A_MOMENT = /(?<!\p{L})vid\s+(?:inskrivning|utskrivning|avslut|start|ingång|inträde)(?:en|et)?(?!\p{L})/giu;

const readWords = (s: string) =>
  // A word broken over a stacked header's lines ("Arbets- sökande", merged by position) is one word;
  // a slash closing a cell's upper line ("Annat/" over "ej känt") joins nothing.
  stocksAsWords(s.replace(HYPHEN_BREAK, "$1$2").toLowerCase().replace(AT_A_MOMENT, " tidpunkt "))
    .replace(/\/(?=\s|$)/g, " ")
    .replace(/[.,:;()*|]/g, " ")
    .split(/\s+/)
    .filter(Boolean);

/**
 * A line's words, remembered: every line with numbers looks up to 25 lines above it for a
 * header, so the same lines (and the same header cells) are split into words again for every
 * row under them.
 */
const wordsOf: (s: string) => readonly string[] = rememberByText(readWords);

/** "arbets- sökande": a word hyphenated over two lines of a header, merged into one cell; never before "och", "eller". */
const HYPHEN_BREAK = /(\p{L})- (?!(?:och|eller|samt|resp)(?!\p{L}))(\p{Ll})/gu;

/**
 * The lower line of a header pair whose upper line breaks words with a hyphen or a slash ("Arbets-"
 * over "sökande", "Annat/" over "ej känt"): every run of it is header words, or stands under such a
 * broken word. Read only as part of the whole header, merged by position.
 */
function continuesBrokenWords(upper: string, lower: string): boolean {
  if (!/\p{L}[-/](?: |$)/u.test(upper) || /\d/.test(lower)) return false;
  const broken = [...upper.replace(/\t/g, "  ").matchAll(/\S+/g)]
    .filter((m) => /\p{L}[-/]$/u.test(m[0]))
    .map((m) => ({ from: m.index!, to: m.index! + m[0].length - 1 }));
  const cells = [...upper.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    from: m.index!,
    to: m.index! + m[0].length - 1,
  }));
  const runs = [...lower.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  const under = (r: RegExpMatchArray, c: { from: number; to: number }) =>
    r.index! <= c.to && c.from <= r.index! + r[0].length - 1;
  // Every run stands under a cell of the upper line (the merged cells are judged as a whole), one under a broken word.
  return (
    runs.length > 0 &&
    runs.some((r) => broken.some((b) => under(r, b))) &&
    runs.every((r) => cells.some((c) => under(r, c)))
  );
}

/** Header words already looked up: every line of a long report is tried as a header. */
const lexiconWords = new Map<string, { measure?: Measure; gender?: Gender } | undefined>();

/** A header word's concept in the lexicon: a measure ("Utskrivna"), a gender ("Kv"), the total ("Tot", "Alla"). */
function lexiconWord(w: string): { measure?: Measure; gender?: Gender } | undefined {
  if (!lexiconWords.has(w)) {
    if (lexiconWords.size > 50_000) lexiconWords.clear();
    lexiconWords.set(detached(w), lookUpWord(w));
  }
  return lexiconWords.get(w);
}

function lookUpWord(w: string): { measure?: Measure; gender?: Gender } | undefined {
  // "Deltagare", "Antal": words that say what is counted, not which column it is.
  if (FILLER.test(w) || LABEL_TITLE.test(w)) return undefined;
  const folded = foldLabel(w).words;
  if (folded.length !== 1) return undefined;
  const total = conceptById("gender:all").abbreviations!.includes(folded[0]!);
  if (total) return { measure: "enrolled" };
  const c = bestConcept(w, ["participants", "gender"]);
  if (!c || c.concept.kind === "basis") return undefined;
  return c.concept.kind === "gender" ? { gender: c.concept.code as Gender } : { measure: c.concept.code as Measure };
}

/** The measure and the gender a header word names, remembered: header words recur on every line tried as a header. */
const columnWord = rememberByText((w: string): { measure: Measure | undefined; gender: Gender | undefined } => ({
  measure: MEASURE_WORD.find(([re]) => re.test(w))?.[1] ?? lexiconWord(w)?.measure,
  gender: GENDER_WORD.find(([re]) => re.test(w))?.[1] ?? lexiconWord(w)?.gender,
}));
const measureOf = (w: string) => columnWord(w).measure;
const genderOf = (w: string) => columnWord(w).gender;

/** Words that lead into a destination column: "Till arbete", "Mot studier". */
const TO_WORD = /^(till|mot)$/;
/** "Andel" before a destination: the column is that destination's share, not its count. */
const SHARE_WORD = /^(andel|andelen)$/;
/** A column of no recorded gender beside women and men: "Ej angivet", "Okänt kön"; "Icke-binära" (group 1). */
const OTHER_GENDER_CELL =
  /^(?:(icke-?binära?|ickebinära?)|ej angiv\p{L}*(?: kön)?|okänt(?: kön)?|kön okänt|uppgift saknas)$/iu;
/** The words of such a column, in a header that names women or men. */
const OTHER_GENDER_WORD = /^(?:ej|angiv\p{L}*|okänt|kön|icke-?binära?|ickebinära?|uppgift|saknas)$/u;
/** A bare "%" column after a count: that count's share, never a count ("Kvinnor  %  Män  %"). */
const SHARE_CELL = /^(?:%|andel)$/;
/**
 * "Andel kvinnor" (words i, i+1) after that gender's count column: that gender's share of the row,
 * a column whose cells are percentages. Undefined for any other words, or with no such count before.
 */
function genderShare(ws: readonly string[], i: number, columns: readonly Column[]): Column | undefined {
  if (!SHARE_WORD.test(ws[i] ?? "")) return undefined;
  const g = genderOf(ws[i + 1] ?? "");
  const counted = g && columns.find((c) => c.gender === g && !c.share && !c.exit && !c.opening);
  return counted ? { measure: counted.measure, gender: g, share: true } : undefined;
}

/** The share column of the count column before it, or undefined when there is none. */
function shareOf(columns: readonly Column[]): Column | undefined {
  const before = columns.at(-1);
  return before && !before.share && !before.exit && !before.opening
    ? { measure: before.measure, gender: before.gender, share: true }
    : undefined;
}
/** "Varav", "därav": the column is a part of the one before it. */
const PART_WORD = /^(varav|därav)$/;

/** A word that names a destination on its own in the lexicon ("arbete", "studier", "arbete/studier"). */
const exitWord = (w: string) => bestConcept(w, ["exit"])?.score === 1 || codeListDestination(w) !== undefined;

/** A destination the exit-outcome code list names in one word ("Arbetssökande"), or "Annat" for the other exits. */
function codeListDestination(w: string): string | undefined {
  const code = OTHER_EXIT_ROW.test(w) ? "other_exit" : matchCode(exitOutcome, w);
  return code === "unknown" ? undefined : code;
}

/**
 * A destination column starting at word i: "till arbete", "till arbete/studier", "arbete eller
 * studier" after "varav", or a destination word right after an exits column ("Avslutade Arbete
 * Studier"). A destination is a part of the exits, never a count of its own; "Avslut till
 * Kvinnor Män" names no destination (the exit table's header, read by the exit-table reader).
 */
function exitPhrase(
  ws: readonly string[],
  i: number,
  afterExits: boolean,
): { exit: string; length: number } | undefined {
  const lead = TO_WORD.test(ws[i] ?? "") ? 1 : 0;
  if (!lead && !afterExits && !PART_WORD.test(ws[i - 1] ?? "")) return undefined;
  for (const n of [3, 2, 1]) {
    const phrase = ws.slice(i + lead, i + lead + n);
    // A number is a row's cell, never a word of a destination ("till studier 11 8" is a row).
    if (phrase.length !== n || phrase.some((w) => !/\p{L}/u.test(w))) continue;
    if (n === 2) {
      // Two words that name one of the other destinations together ("Annat avslut", "Fortsatt
      // rehabilitering"), where the first alone names none ("Studier Annat" is two columns).
      const code = matchCode(exitOutcome, phrase.join(" "));
      if (code && code !== "unknown" && matchCode(exitOutcome, phrase[0]!) === undefined)
        return { exit: code, length: lead + n };
      continue;
    }
    const c = bestConcept(phrase.join(" "), ["exit"]);
    if (c && c.score === 1) return { exit: c.concept.code, length: lead + n };
    // One word the exit-outcome code list names on its own ("Arbetssökande"), or "Annat" for
    // the other exits, in the destinations' place only (after the exits or "till").
    const code = n === 1 ? codeListDestination(phrase[0]!) : undefined;
    if (code) return { exit: code, length: lead + n };
  }
  return undefined;
}

/**
 * Header lines already looked at: each candidate row looks up to 25 lines above it for its
 * header, so the lines above a table are asked again for every row of it.
 */
const headerLinesBefore = new Map<string, boolean>();

/** Whether every word of a line belongs to a participant table's header. */
function isHeaderLine(text: string): boolean {
  let header = headerLinesBefore.get(text);
  if (header === undefined) {
    if (headerLinesBefore.size > 50_000) headerLinesBefore.clear();
    header = readHeaderLine(text);
    headerLinesBefore.set(detached(text), header);
  }
  return header;
}

/**
 * Words that open on two or more destinations and close on at most a total ("Arbete  Studier
 * Arbetssökande  Fortsatt rehabilitering  Annat  Summa", a label column's title before them): a
 * header of destination columns with no exits column before them, each row's destinations and
 * their total the row's exits. A single destination ("Arbete  Summa") is no such header.
 */
function leadsDestinations(ws: readonly string[]): boolean {
  let i = 0;
  while (i < ws.length && LABEL_TITLE.test(ws[i]!)) i++;
  let found = 0;
  while (i < ws.length) {
    const ex = exitPhrase(ws, i, true);
    if (!ex) break;
    found++;
    i += ex.length;
  }
  return found >= 2 && (i === ws.length || (i === ws.length - 1 && TOTAL_CELL.test(ws[i]!)));
}

function readHeaderLine(text: string): boolean {
  const ws = wordsOf(text);
  let exits = leadsDestinations(ws);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const ex = exitPhrase(ws, i, exits);
    if (ex) i += ex.length - 1;
    else if (SHARE_WORD.test(w) && exitPhrase(ws, i + 1, true)) continue;
    else if (
      !(measureOf(w) || genderOf(w) || OPENING_WORD.test(w) || FILLER.test(w) || LABEL_TITLE.test(w)) &&
      !(SHARE_CELL.test(w) && i > 0) &&
      !(OTHER_GENDER_WORD.test(w) && ws.some((x) => genderOf(x)))
    )
      return false;
    if (measureOf(w) === "exited") exits = true;
  }
  return ws.length > 0;
}

/**
 * A line of a header stacked over two or three lines, read only as part of the whole ("Kv Män
 * Summa Antal avslut Varav till" above "Insats arbete/studier"): header words, the words that
 * lead into a destination, and destinations. No digits but years.
 */
/**
 * The words of the destinations' names ("fortsatt", "rehabilitering", "kartläggning"): a narrow
 * column's header sets a name over two lines, one word on each, and the lower alone names nothing.
 */
const DESTINATION_NAME_WORDS: ReadonlySet<string> = new Set(
  exitOutcome.entries.flatMap((e) => e.sv.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 5),
);

/**
 * Whether a line is a header after a title of four words at most ("Deltagare per insats 2024
 * Totalt Kvinnor Män"). Remembered: every row with no header above asks of the line over it.
 */
const isTitledHeader = rememberByText((text: string): boolean => {
  const ws = wordsOf(text);
  // The title is four words at most: only the first five are looked up.
  const first = ws.slice(0, 5).findIndex((w) => measureOf(w) || genderOf(w));
  return first >= 0 && isHeaderLine(ws.slice(first).join(" "));
});

/** Whether a line is a fragment of a stacked header (`readHeaderFragment`), remembered: the lines above a table are asked for each of its rows. */
const isHeaderFragment = rememberByText(readHeaderFragment);

function readHeaderFragment(text: string): boolean {
  if (/\d/.test(text.replace(/\b(19|20)\d\d\b/g, ""))) return false;
  const ws = wordsOf(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // A destination of two words ("fortsatt rehabilitering") among the destinations.
    const ex = exitWord(w) ? undefined : exitPhrase(ws, i, true);
    if (ex) {
      i += ex.length - 1;
      continue;
    }
    const known =
      measureOf(w) ||
      genderOf(w) ||
      OPENING_WORD.test(w) ||
      FILLER.test(w) ||
      LABEL_TITLE.test(w) ||
      TO_WORD.test(w) ||
      w === "eller" ||
      exitWord(w) ||
      DESTINATION_NAME_WORDS.has(w) ||
      // A word broken at the line's end over the next ("arbets-"), judged with its rest when merged.
      /^\p{L}{3,}-$/u.test(w);
    if (!known) return false;
  }
  return ws.length > 0;
}

/** A header cell of money: it names a unit of kronor ("Beviljat 2025, kr", "Kostnad (tkr)", "Medel, kronor"). */
const MONEY_CELL = /^\p{L}[\p{L} ]*(?:(?:19|20)\d\d)?[\s,]*\(?(?:kr|tkr|kronor|mkr|mnkr)\)?\.?$/iu;
/** A header line's last cell after a wide gap. */
const LAST_CELL = /^(.*\S)(\s{2,})(\S.*?)\s*$/;
/** What a row holds under a money column: one amount, its thousands apart by spaces. */
const AMOUNT_CELL = /^\s*-?\d{1,3}(?: \d{3})*(?:,\d+)?\s*$/;

/**
 * A participants' table closing on a column of money ("Insats  Deltagare  varav nya  Avslutade
 * Beviljat 2025, kr"), the money each intervention was granted: the counts are read as without it,
 * the amounts never. The header's last cell names a unit of kronor and the words before it are a
 * header; every row down to the next blank line holds one amount under that cell or nothing there
 * (a row holding anything else leaves the table as written). Returns copies of the two views.
 */
function withoutMoneyColumn(grid: readonly string[], cleaned: readonly string[]): [string[], string[]] {
  const g = [...grid];
  const c = [...cleaned];
  /** The cleaned line without the text closing its layout line ("2 150 000"), or undefined where it does not close it. */
  const cut = (k: number, tail: string) =>
    c[k]!.endsWith(tail) ? c[k]!.slice(0, c[k]!.length - tail.length).trimEnd() : undefined;
  for (let i = 0; i < g.length; i++) {
    const m = g[i]!.includes("kr") ? LAST_CELL.exec(g[i]!) : null;
    if (!m || !MONEY_CELL.test(m[3]!)) continue;
    const header = cut(i, m[3]!);

    if (header === undefined || !isHeaderLine(header)) continue;
    // The money cell's left edge, two spaces into the gap before it: a row's amount stands right of it.
    const at = m[1]!.length + Math.min(m[2]!.length, 2) - 2;
    const rows: { line: number; layout: string; text: string }[] = [];
    let j = i + 1;
    let whole = true;
    for (; j < g.length && g[j]!.trim() !== ""; j++) {
      const tail = g[j]!.slice(at);
      if (tail.trim() === "") {
        rows.push({ line: j, layout: g[j]!, text: c[j]! });
        continue;
      }
      const text = AMOUNT_CELL.test(tail) ? cut(j, tail.trim()) : undefined;
      if (text === undefined) {
        whole = false;
        break;
      }
      rows.push({ line: j, layout: g[j]!.slice(0, at).trimEnd(), text });
    }
    if (!whole || rows.length < 2) continue;
    g[i] = m[1]!;
    c[i] = header;
    for (const r of rows) {
      g[r.line] = r.layout;
      c[r.line] = r.text;
    }
    i = j;
  }

  return [g, c];
}

/** A rule drawn between a table's header and rows or above its total ("-----", "|---|---|", "====="). */
const RULE = /^[-=_–—|+: ]{3,}$/;

/**
 * Columns named by a header. `cells` are the header's cells when they are known (stacked
 * headers separated by blank lines); otherwise one string of words.
 */
export function readColumns(cells: readonly string[]): Column[] | undefined {
  const columns: Column[] = [];
  // A header of destinations alone, closed by their total ("Arbete  Studier  Annat  Summa").
  const destinationsOnly =
    leadsDestinations(cells.flatMap(wordsOf)) ||
    // Cells each opening on a destination ("Annat/ ej känt"), closed by their total.
    (cells.length >= 3 &&
      TOTAL_CELL.test(cells.at(-1)!.trim()) &&
      cells.slice(0, -1).every((c) => exitPhrase(wordsOf(c), 0, true) !== undefined));
  const afterExits = () => destinationsOnly || columns.some((c) => c.measure === "exited" && !c.exit);
  // Destination cells under a group title ("Avslut till" over "arbete  studier  annat"): the
  // cells after the first destination are destinations too, however short.
  const inDestinations = () => afterExits() || columns.at(-1)?.exit !== undefined;
  if (cells.length > 1) {
    for (const [i, cell] of cells.entries()) {
      const ws = wordsOf(cell);
      // "Summa" closing destination columns with no exits column: their total, the row's exits.
      if (
        columns.length > 1 &&
        columns.every((c) => c.exit !== undefined && !c.share) &&
        ws.length === 1 &&
        TOTAL_CELL.test(ws[0]!)
      ) {
        columns.push({ measure: "exited", gender: "all" });
        continue;
      }
      // A cell naming a destination is that destination's column, whatever else it says ("Avslutade till arbete").
      const ex = ws.map((_, k) => exitPhrase(ws, k, inDestinations())).find(Boolean);
      if (ex) {
        const share = ws.some((w) => SHARE_WORD.test(w));
        columns.push({ measure: "exited", gender: "all", exit: ex.exit, ...(share ? { share: true } : {}) });
        continue;
      }
      // "Antal nya" / "" / "delt.": a cell of filler without "antal" is the rest of the cell before
      // it; right after the label column's title ("Insats  Deltagare") it is a column of its own.
      const yearCell = ws.some((w) => PARTICIPANT_NOUN.test(w)) && ws.some((w) => /^(?:19|20)\d\d$/.test(w));
      if (i > 0 && columns.length > 0 && !yearCell && ws.every((w) => FILLER.test(w) && w !== "antal")) continue;
      if (ws.every((w) => LABEL_TITLE.test(w) || FILLER.test(w)) && !ws.some((w) => PARTICIPANT_NOUN.test(w))) continue; // the label column's title
      if (ws.some((w) => OPENING_WORD.test(w))) {
        columns.push({ measure: "ongoing", gender: "all", opening: true });
        continue;
      }
      // "Ej angivet", "Okänt kön", "Icke-binära": the participants of no recorded gender, a part of the total.
      const other = OTHER_GENDER_CELL.exec(cell.trim());
      if (other && columns.some((c) => c.gender === "woman" || c.gender === "man")) {
        columns.push({ measure: columns.at(-1)!.measure, gender: other[1] ? "nonbinary" : "unknown" });
        continue;
      }
      if (ws.length === 1 && SHARE_CELL.test(ws[0]!)) {
        const share = shareOf(columns);
        if (!share) return undefined;
        columns.push(share);
        continue;
      }
      // "Andel kvinnor", "Andel män (%)": one gender's share of the row, never a count.
      const sharedBy = genderShare(ws, 0, columns);
      if (sharedBy) {
        columns.push(sharedBy);
        continue;
      }
      const m = ws.map(measureOf).find(Boolean);
      const g = ws.map(genderOf).find(Boolean);
      if (!m && !g && !ws.some((w) => PARTICIPANT_NOUN.test(w))) return undefined;
      // "Deltagare 2024   Deltagare 2023": a measure of a year per cell.
      const years = ws.filter((w) => /^(?:19|20)\d\d$/.test(w)).map(Number);
      if (years.length > 1) return undefined;
      columns.push({ measure: m ?? "enrolled", gender: g ?? "all", ...(years[0] ? { year: years[0] } : {}) });
    }
  } else {
    const ws = wordsOf(cells[0] ?? "");
    // A capital "Antal" starts a cell of its own ("Pågående Antal deltagare"); "antal" goes on the one before.
    const capital = (cells[0] ?? "")
      .replace(/[.,:;()*]/g, " ")
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => /^\p{Lu}/u.test(w));
    let lastWasKeyword = false;
    let sinceKeyword = 0;
    const genders: number[] = [];
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const m = measureOf(w);
      const g = genderOf(w);
      const share = SHARE_WORD.test(w) ? exitPhrase(ws, i + 1, true) : undefined;
      const ex = share ?? exitPhrase(ws, i, afterExits());
      const sharedBy = ex ? undefined : genderShare(ws, i, columns);
      if (sharedBy) {
        columns.push(sharedBy);
        i++;
        lastWasKeyword = true;
        sinceKeyword = 0;
      } else if (ex) {
        columns.push({ measure: "exited", gender: "all", exit: ex.exit, ...(share ? { share: true } : {}) });
        i += ex.length - (share ? 0 : 1);
        lastWasKeyword = true;
        sinceKeyword = 0;
      } else if (OPENING_WORD.test(w)) {
        columns.push({ measure: "ongoing", gender: "all", opening: true });
        lastWasKeyword = true;
        sinceKeyword = 0;
      } else if (w === "%" && shareOf(columns)) {
        columns.push(shareOf(columns)!);
        lastWasKeyword = true;
        sinceKeyword = 0;
      } else if (destinationsOnly && TOTAL_CELL.test(w)) {
        // The total closing the destinations: the row's exits.
        columns.push({ measure: "exited", gender: "all" });
        lastWasKeyword = true;
        sinceKeyword = 0;
      } else if (m) {
        columns.push({ measure: m, gender: "all" });
        lastWasKeyword = true;
        sinceKeyword = 0;
      } else if (g) {
        genders.push(columns.length);
        columns.push({ measure: "enrolled", gender: g });
        lastWasKeyword = true;
        sinceKeyword = 0;
      } else if (
        w === "antal" &&
        PARTICIPANT_NOUN.test(ws[i + 1] ?? "") &&
        (capital[i] || !(lastWasKeyword && sinceKeyword === 0))
      ) {
        // "Antal deltagare" standing alone is the enrolled column; after "Budget" it is part of that cell.
        columns.push({ measure: "enrolled", gender: "all" });
        lastWasKeyword = false;
        i++;
        sinceKeyword = 2;
      } else {
        sinceKeyword++;
        if (sinceKeyword > 1) lastWasKeyword = false;
      }
    }
    // Two or more gender pairs: each pair splits the measure just before it ("Nya K M Avslutade K M").
    if (genders.length > 2)
      for (const at of genders) {
        const before = columns
          .slice(0, at)
          .reverse()
          .find((c) => c.gender === "all");
        if (before) columns[at] = { measure: before.measure, gender: columns[at]!.gender };
      }
  }
  const keys = columns.map(
    (c) => `${c.measure}:${c.gender}:${c.exit ?? ""}:${c.share ?? ""}:${c.opening ?? ""}:${c.year ?? ""}`,
  );
  if (columns.length < 2 || new Set(keys).size !== keys.length) return undefined;
  // Years in the cells: every column names one, and each is a count of all participants (a gender
  // or a destination per year is left to the readers of those shapes).
  if (
    columns.some((c) => c.year !== undefined) &&
    !columns.every((c) => c.year !== undefined && c.gender === "all" && !c.exit && !c.share && !c.opening)
  )
    return undefined;
  return columns;
}

const YEAR = /^(19|20)\d\d$/;
/** A total column's one word: "Summa", "Totalt". */
const TOTAL_CELL = /^(?:summa|totalt|total|s:a)$/i;
/** A header whose row labels are members ("Kommun Totalt Kvinnor Män", "Hemkommun", "Bostadskommun"). */
const MEMBER_TITLE = /(?<!\p{L})(\p{L}*kommun|\p{L}*kommuner|medlem|medlemmar)(?!\p{L})/iu;

interface Row {
  label: string;
  values: number[];
  damaged: boolean;
  /** The cells written with a per cent sign, by column. */
  percent: boolean[];
}

/** Cells with a per cent sign, one token per value; undefined when a share's column is not clear. */
function percentCells(cells: string, count: number): boolean[] | undefined {
  const tokens = cells.split(" ");
  const percent = tokens.map((t) => t.endsWith("%"));
  if (!percent.some(Boolean)) return new Array<boolean>(count).fill(false);
  return tokens.length === count ? percent : undefined;
}

/** "Kompass 30 21 6 12 10" → label and values; null unless exactly `count` whole numbers end the line. */
/**
 * A row's label and its `count` cells. Shares are allowed only written with "%" or in a column
 * the header calls a share (`shareColumns`: "Antal  Andel %" over "38  26,2").
 */
function readRow(text: string, count: number, shareColumns?: readonly boolean[]): Row | null {
  const tokens = text.replace(/(\d) %/g, "$1%").split(" ");
  // A year row: "2023 240 303 153 142 161".
  if (YEAR.test(tokens[0] ?? "") && tokens.length > count) {
    const cells = tokens.slice(1).join(" ");
    const run = parseNumberRun(cells, count);
    const percent = percentCells(cells, count);
    if (run && percent && run.values.length === count && run.values.every((v) => Number.isInteger(v) && v >= 0))
      return { label: tokens[0]!, values: run.values, damaged: run.damaged.length > 0, percent };
  }
  let k = tokens.length;
  while (k > 0 && /^\d[\d,]*(%|\p{L}{0,2})$/u.test(tokens[k - 1]!)) k--;
  if (k === 0 || k === tokens.length) return null;
  // "Unika personer i förbundet 2025   106   97   203": a year closing a total's label, then one plain
  // cell per column; never a figure grouped into the next ("2025 106" is no 2 025 106, "97 203" no 97 203).
  // Only a total's label: any other ("Inskrivna totalt under 2024 48 19") could be read as a name.
  if (
    tokens.length - k === count + 1 &&
    YEAR.test(tokens[k]!) &&
    tokens.slice(k + 1).every((t) => /^\d{1,3}$/.test(t)) &&
    TOTAL_LABEL.test(tokens.slice(0, k + 1).join(" "))
  )
    k += 1;
  const label = tokens
    .slice(0, k)
    .join(" ")
    .replace(/[*:]+$/, "")
    .trim();
  const cells = tokens.slice(k).join(" ");
  const run = parseNumberRun(cells, count);
  if (!run || run.values.length !== count) return null;
  // Shares are allowed in share columns only; the caller reads the count columns.
  if (
    !run.values.every(
      (v, i) => (Number.isInteger(v) && v >= 0) || /%$/.test(cells.split(" ")[i] ?? "") || shareColumns?.[i] === true,
    )
  )
    return null;
  const percent = percentCells(cells, count) ?? new Array<boolean>(count).fill(true);
  return { label, values: run.values, damaged: run.damaged.length > 0, percent };
}

/**
 * "Avslut till arbete                  20" or "Nya under året                  97" under "Kvinnor   Män
 * Totalt" in layout text: a destination's or a measure's row with only its total cell filled, placed
 * by position under the header's cells (the gender cells stay empty, NaN). Any other row, or a cell
 * under a gender column, is no such row.
 */
function totalOnlyRow(raw: string, header: string, columns: readonly Column[]): Row | null {
  const { label: bare, tail, at } = numericTail(raw);
  // "varav nya under 2025 … 109": a year closing the label, right after "under"/"år"/"i", is the
  // label's, not a cell (it stands under the label column); the row naming another year than the
  // report's is refused where the row is stored.
  const year = /^((?:19|20)\d\d)\s{2,}\d/.exec(tail);
  const yearLabel =
    year !== null && /\b(?:under|år|i|för)$/i.test(bare) && /^\s*(?:[-–•*]\s*)?(?:varav|därav)\s/i.test(bare);
  const label = yearLabel ? `${bare} ${year[1]}` : bare;
  if (yearLabel) raw = raw.slice(0, at) + " ".repeat(4) + raw.slice(at + 4);
  if (!(destinationRowCategory(label) || measureRow(label, columns)) || !isAligned(header)) return null;
  const cells = placedCells(header).slice(-columns.length);
  const named = readColumns(cells.map((c) => c.text));
  if (cells.length !== columns.length || named?.length !== columns.length) return null;
  if (!named.every((c, i) => c.gender === columns[i]!.gender && c.measure === columns[i]!.measure && !c.exit))
    return null;
  const placed = cellsByPosition(
    raw,
    cells.map((c) => ({ from: c.from, to: c.to - 1, written: c.text })),
  );
  const total = columns.findIndex((c) => c.gender === "all");
  if (!placed.values || total < 0) return null;
  const v = placed.values[total]!;
  if (!placed.values.every((x, i) => Number.isNaN(x) === (i !== total)) || !Number.isInteger(v) || v < 0) return null;
  return { label, values: placed.values, damaged: false, percent: columns.map(() => false) };
}

/**
 * The measure a row label names when the columns are genders only ("Kvinnor Män Totalt"):
 * "Inskrivna deltagare", "Varav nya", "Utskrivna". Undefined for any other label or header.
 */
function measureRow(label: string, columns: readonly Column[]): Measure | undefined {
  if (columns.some((c) => c.measure !== "enrolled")) return undefined;
  const c = bestConcept(label, ["participants"]);
  return c ? (c.concept.code as Measure) : undefined;
}

/** "16–24 år", "25-34", "Under 25 år", "55 år och äldre", "65+": a row of an age band, never an intervention. */
export const AGE_BAND_LABEL =
  /^(?:\d{2}\s*år|\d{2}\s*[-–—]\s*\d{2}(?:\s*år)?|(?:under|över|upp till)\s+\d{2}\s*år|\d{2}\s*år\s+(?:och|eller)\s+(?:äldre|yngre|över|under)|\d{2}\s*\+(?:\s*år)?)$/i;

/**
 * The label column's title that makes its rows groups of participants ("Målgrupp", "Åldersgrupp",
 * "Kategori"): a part of the table's total each, never an intervention.
 */
const GROUP_TITLE =
  /^(?:mål|ålders)?grupp(?:er)?$|^ålder$|^kategori(?:er)?$|^(?:in)?remittent(?:er)?$|^(?:in)?remitterande$|^försörjning(?:skälla)?$|^utbildningsnivå$|^födelseland$/;

/** Whether the header's words before its first column word title the rows as groups. */
function titlesGroups(headerText: string): boolean {
  const ws = wordsOf(headerText);
  const first = ws.findIndex((w) => measureOf(w) || genderOf(w));
  return ws.slice(0, first < 0 ? 0 : first).some((w) => GROUP_TITLE.test(w));
}

/** A header's first cell titling its rows as groups: "Avslutade efter målgrupp", "Deltagare per åldersgrupp". */
const GROUP_TITLE_CELL = /(?<!\p{L})(?:efter|per|fördelade? på|uppdelade? på) (?:mål|ålders)?grupp(?:er)?(?!\p{L})/iu;

/**
 * A header laid out in cells whose first cell titles the rows as groups and whose other cells are
 * column words ("Avslutade efter målgrupp   Avslutade   Till arbete   Till studier"): a header whose
 * rows are groups, never interventions.
 */
function groupTitledHeader(raw: string): boolean {
  if (!/grupp/i.test(raw)) return false;
  const cells = cellsApart(raw);
  return (
    cells.length >= 3 &&
    cells[0]!.split(/\s+/).length <= 5 &&
    GROUP_TITLE_CELL.test(cells[0]!) &&
    isHeaderLine(cells.slice(1).join(" "))
  );
}

/** A caption right over the table that counts per target group ("Deltagare per målgrupp"), not per intervention too. */
function groupCaption(caption: string): boolean {
  return (
    /(?<!\p{L})(?:per|efter) (?:(?:mål|ålders)?grupp|ålder|(?:in)?remittent|försörjning(?:skälla)?|utbildningsnivå|födelseland)(?!\p{L})/iu.test(
      caption,
    ) && !/insats|projekt|verksamhet/i.test(caption)
  );
}

/**
 * A row counted at a date, not over the year: "Inskrivna 1 januari", "Deltagare 2016-12-31",
 * "Inskrivna vid årets slut". A stock at a point in time is neither the year's enrolled nor an
 * intervention.
 */
const AT_A_DATE =
  /(?<!\d)\d{1,2}\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec)(?!\p{L})|(?<!\d)(19|20)\d\d-\d\d-\d\d(?!\d)|vid (?:årets|periodens) (början|slut|ingång|utgång)|(?<!\p{L})(per|den) \d{1,2}\/\d{1,2}/iu;

/** A caption counted at a date: "per 31 december 2025", "den 31/12", "vid årets slut". */
const STOCK_CAPTION =
  /(?<!\p{L})(?:per|den|pr\.?)\s+\d{1,2}(?:\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|\/\d{1,2})(?!\s*[–-])|(?<!\p{L})vid (?:årets|periodens) (?:början|slut)(?!\p{L})/iu;

/** A caption of a follow-up some time after the exit ("Sysselsättning sex månader efter avslut"): no exits of the year. */
const FOLLOW_UP_CAPTION =
  /(?<!\p{L})(?:(?:\d+|\p{L}+) (?:månader|månad|år|veckor|dagar) efter|efter (?:ett|två|tre|sex|tolv|\d+) (?:år|månader|månad|veckor))(?!\p{L})/iu;

/**
 * A row's destinations are parts of its exits, and its exits of its participants: their sum is
 * at most the row's exits, or its participants where the table has no exits column.
 */
function destinationsFit(row: Row, columns: readonly Column[]): boolean {
  // Loops, not per-call closures: these checks run on every row, and V8 compiled a closure made per
  // call again after each full collection.
  let sum = 0;
  for (let i = 0; i < row.values.length; i++) sum = sum + (columns[i]!.exit && !columns[i]!.share ? row.values[i]! : 0);
  let exited = -1;
  let enrolled = -1;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (exited < 0 && c.measure === "exited" && c.gender === "all" && !c.exit) exited = i;
    if (enrolled < 0 && c.measure === "enrolled" && c.gender === "all") enrolled = i;
  }
  const whole = exited >= 0 ? exited : enrolled;
  return whole < 0 || sum <= row.values[whole]!;
}

/** The first column counting `measure` for `gender`, not an exit, share or opening stock; -1 if none. */
function countColumn(columns: readonly Column[], measure: Measure, gender: Gender): number {
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (c.measure === measure && c.gender === gender && !c.exit && !c.share && !c.opening) return i;
  }
  return -1;
}

/** The genders besides women and men a total counts. */
const OTHER_GENDERS = ["unknown", "nonbinary"] as const;

/**
 * Women + men = total for each measure the columns split by gender ("Kv  Män  Summa"): a row
 * whose cells do not add up was read into the wrong columns, or is not what the header says.
 */
function genderCellsAdd(row: Row, columns: readonly Column[]): boolean {
  for (const c of columns) {
    if (c.gender !== "all" || c.exit || c.share) continue;
    const w = countColumn(columns, c.measure, "woman");
    const m = countColumn(columns, c.measure, "man");
    const all = countColumn(columns, c.measure, "all");
    // Empty gender cells (NaN: a row with only its total filled) have nothing to add up.
    const empty = Number.isNaN(row.values[w]!) && Number.isNaN(row.values[m]!);
    // Those of no recorded gender are a part of the total too ("Ej angivet", "Icke-binära").
    let others = 0;
    for (const g of OTHER_GENDERS) {
      const i = countColumn(columns, c.measure, g);
      if (i >= 0) others = others + (Number.isNaN(row.values[i]!) ? 0 : row.values[i]!);
    }
    if (!(w < 0 || m < 0 || all < 0 || empty || row.values[w]! + row.values[m]! + others === row.values[all]!))
      return false;
  }
  return true;
}

const YEAR_IN_TEXT = /(?<![\d-])(?:19|20)\d\d(?![\d-])/g;

/** Whether a row label names a year other than the table's ("Unika personer i förbundet 2024"); a year row is no such label. */
const namesOtherYear = (label: string, year: number): boolean =>
  !YEAR.test(label) && [...label.matchAll(YEAR_IN_TEXT)].some((m) => Number(m[0]) !== year);
/** A spreadsheet pivot's report filter, "År   2023", "Period  2023": the year the table counts. */
const YEAR_FILTER_LINE = /^\s*(?:år|period|verksamhetsår)\s+((?:19|20)\d\d)\s*$/i;

/**
 * The one year a table names when it is not the report's: its header's years, else its caption's
 * (the nearest line above the header, within three) or a pivot's year filter within four lines
 * above; undefined when they name the report's year, none, or several.
 */
function otherYearNamed(doc: DocumentText, header: number, headerText: string): number | undefined {
  const yearsIn = (text: string) => new Set([...text.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[0])));
  let years = yearsIn(headerText);
  if (years.size === 0) {
    let caption = "";
    for (let k = header - 1; k >= Math.max(1, header - 4); k--) {
      const filter = YEAR_FILTER_LINE.exec(doc.at(k));
      if (filter) {
        caption = filter[1]!;
        break;
      }
      if (caption === "" && k >= header - 3) caption = doc.at(k);
    }
    // "Jämförelsetal för 2023 inom parentes" right above the table dates its bracketed figures, not the table.
    years = yearsIn(withoutParenthesesDeclaration(caption));
  }
  if (years.size !== 1) return undefined;
  const [only] = years;
  return only === doc.periodYear ? undefined : only;
}

/** A row label opening on a year with more after it ("2024 (t.o.m. juni)", "2024*"). */
const YEAR_LED_LABEL = /^(19|20)\d\d(?!\d)./u;

/**
 * A row of targets, budget or changes ("Mål 2024", "Förändring", "Diff mot 2023"), also after the
 * year it is for ("2024 (mål)", "2024 budget" in a table with years as rows): never the year's figures.
 */
const TARGET_OR_CHANGE_LABEL =
  /^(?:(?:19|20)\d\d\s*[(,:–-]?\s*)?(mål|målvärde|målet|budget|budgeterat|prognos|förändring|förändr|diff|differens|skillnad|avvikelse)(?!\p{L})/iu;

/** A cell written as a share in a column of counts: the row is not what its header says. */
/**
 * Whether a row with the year's opening and closing stocks and its flows between them
 * ("Inskrivna 1/1  Nya  Avslutade  Inskrivna 31/12") rolls: opening + new − exited = closing.
 * A row without all four has nothing to check.
 */
function stocksRoll(row: Row, columns: readonly Column[]): boolean {
  let opening = -1;
  let closing = -1;
  let inflow = -1;
  let outflow = -1;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (c.gender !== "all" || c.exit || c.share) continue;
    if (opening < 0 && c.opening === true) opening = i;
    if (closing < 0 && c.measure === "ongoing" && !c.opening) closing = i;
    if (inflow < 0 && c.measure === "new") inflow = i;
    if (outflow < 0 && c.measure === "exited") outflow = i;
  }
  const o = stockAt(row, opening);
  const c = stockAt(row, closing);
  const n = stockAt(row, inflow);
  const x = stockAt(row, outflow);
  if (o === undefined || c === undefined || n === undefined || x === undefined) return true;
  return o + n - x === c;
}

/** The row's value in column `i`; undefined where there is no such column or its cell is empty. */
const stockAt = (row: Row, i: number) => (i < 0 || Number.isNaN(row.values[i]!) ? undefined : row.values[i]!);

/**
 * Whether each bare "%" column of a count ("Kvinnor  %  Män  %  Totalt") is that count over the
 * row's total of the same measure, within the rounding of a whole per cent. A row without such a
 * column, or without the total, has nothing to check.
 */
function countSharesAgree(row: Row, columns: readonly Column[]): boolean {
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (!c.share || c.exit) continue;
    let count = -1;
    let total = -1;
    for (let k = 0; k < columns.length; k++) {
      const x = columns[k]!;
      if (x.share || x.exit || x.measure !== c.measure) continue;
      if (count < 0 && x.gender === c.gender) count = k;
      if (total < 0 && x.gender === "all") total = k;
    }
    const v = row.values[i]!;
    const n = row.values[count];
    const t = row.values[total];
    if (
      count < 0 ||
      total < 0 ||
      n === undefined ||
      t === undefined ||
      Number.isNaN(v) ||
      Number.isNaN(n) ||
      Number.isNaN(t) ||
      t === 0
    )
      continue;
    if (!(Math.abs(v - (100 * n) / t) <= 1)) return false;
  }
  return true;
}

const sharesOutOfPlace = (row: Row, columns: readonly Column[]) => row.percent.some((p, i) => p && !columns[i]?.share);

/** Whose and which year's figures a stored row holds, and the measure or gender its label named. */
interface Stored {
  intervention: string | null;
  year: number;
  measure?: Measure;
  gender?: Gender;
}

// Most lines hold no digit: the look-arounds are tried only where one is.
const numbersIn = (t: string) => (/\d/.test(t) ? (t.match(/(?<![\p{L}\d])\d+(?![\p{L}\d])/gu) ?? []).length : 0);

export function parseParticipantTables(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  /** Rates under an exit table, waiting for the year's exits as their base (reportedRates.ts). */
  const awaiting: FactInput[] = [];
  const findings: FindingInput[] = [];
  const coverage: ParseOutput["coverage"] = [];
  const scopes = scopeByLine(doc);
  const used = new Set<number>();
  const year = doc.periodYear;
  const PT = "general:participant_table";
  // A table drawn with pipes ("Steget | 84 | 51") reads like one laid out with gaps.
  const [grid, cleaned] = withoutMoneyColumn(gridLines(doc), cleanGridLines(doc));
  const textAt = (n: number) => cleaned[n - 1] ?? "";

  /** The stacked header's columns placed over the number columns of the rows from line `first` on (up to 8 rows). */
  const positionedHeader = (stacked: readonly number[], first: number): Column[] | undefined => {
    const count = numbersIn(textAt(first));
    const rows: string[] = [];
    for (let r = first; r <= doc.lineCount && rows.length < 8 && numbersIn(textAt(r)) === count; r++)
      rows.push(grid[r - 1] ?? "");
    const cells = headerOverColumns(
      stacked.map((h) => grid[h - 1] ?? ""),
      rows,
    );
    return cells ? readColumns(cells) : undefined;
  };

  for (let n = 1; n <= doc.lineCount; n++) {
    if (used.has(n)) continue;
    const t = textAt(n);
    if (numbersIn(t) < 2 || isHeaderLine(t) || yearsOnly(t, year)) continue;
    // A label wrapped above the first row ("Arbetslivsinriktad rehabilitering" / "för unga 14 6").
    const above = doc.nextNonBlank(Math.max(0, n - 3), 3, n - 1);
    const labelOnly = above !== undefined && numbersIn(doc.at(above)) === 0 && doc.at(above).length <= 60;
    const wrapped =
      labelOnly && !isHeaderLine(doc.at(above)) && /^\p{Ll}/u.test(t)
        ? above
        : // A group's title between the header and the rows set in under it ("Inskrivna under året" /
          // "  Kvinnor  101  117"): one cell (no wide gap), right under the header's line.
          labelOnly &&
            above === n - 1 &&
            indentOf(doc, n) > indentOf(doc, above) &&
            !/\S\s{2,}\S/.test(doc.lines[above - 1] ?? "") &&
            doc.at(above - 1) !== "" &&
            numbersIn(doc.at(above - 1).replace(/(?:19|20)\d\d/g, "")) === 0
          ? above
          : undefined;
    const top = wrapped ?? n;
    // Look up for a header: blank lines and header-only lines, at most 25 of them. Right above
    // the rows, a rule under the header is passed over, and the header may be stacked over
    // lines that are header words only together ("Varav till" / "arbete/studier").
    const headerLines: number[] = [];
    let k = top - 1;
    let touching = true;
    for (; k >= 1 && top - k <= 25 && !used.has(k); k--) {
      const h = textAt(k);
      if (h === "") touching = false;
      else if (touching && RULE.test(h) && headerLines.length === 0) continue;
      else if (isHeaderLine(h) || (touching && isHeaderFragment(h))) headerLines.unshift(k);
      else if (touching && k > 1 && continuesBrokenWords(grid[k - 2] ?? "", grid[k - 1] ?? "")) headerLines.unshift(k);
      else break;
    }
    // A single header line may start with a title ("Deltagare per insats 2024 Totalt Kvinnor Män").
    // A table's numbered caption over such a header ("Tabell 2. Inskrivna …" over "Ålder  Kvinnor  Män  Alla") is
    // no header of the first row, as the first row of a table whose total comes first is: the line right above it
    // is. Only under a table's caption: an appendix's heading ("BILAGA 2. DELTAGARE") places no such table.
    if (headerLines.length === 0) {
      const two = doc.nextNonBlank(Math.max(0, top - 3), 2, top - 1);
      const right =
        two !== undefined && two === top - 2 && TABLE_CAPTION.test(doc.at(two)) && doc.at(top - 1) !== ""
          ? top - 1
          : undefined;
      for (const h of [right, two])
        if (h !== undefined && h !== wrapped && (isTitledHeader(textAt(h)) || groupTitledHeader(grid[h - 1] ?? ""))) {
          headerLines.push(h);
          break;
        }
    }
    if (headerLines.length === 0) continue;
    // "Deltagare per insats 2023" over a table in the report on 2024: the caption, or the header,
    // names one year and not the report's. Its rows are that year's, or counted since then ("sedan
    // 2019"): never the report's year's, and not stored.
    const otherYear = otherYearNamed(doc, headerLines[0]!, headerLines.map((h) => textAt(h)).join(" "));
    if (otherYear !== undefined) {
      findings.push(
        unreadNumber({
          subject: PT,
          line: n,
          value: t,
          message: `the table's caption or header names ${otherYear}, not the report's year ${doc.periodYear}; its rows are not stored`,
        }),
      );
      continue;
    }
    // The header is the line just above the rows, or cells stacked over lines, or all of it as one.
    const cells = headerCells(doc, headerLines);
    const headerText = headerLines.map((h) => textAt(h)).join(" ");
    // A header stacked over adjacent lines of layout text, merged by position: a cell per column,
    // read as cells, or as words when a cell names two columns ("Summa Antal avslut").
    const stacked = stackedLines(headerLines);
    // Merged from the grid view, where a drawn table's pipes are gaps as in its rows.
    const merged = stacked.length > 1 ? stackHeader(stacked.map((h) => grid[h - 1] ?? "")) : [];
    const readings = [
      readColumns([stripTitle(textAt(headerLines.at(-1)!))]),
      merged.length > 1 ? readColumns(merged) : undefined,
      merged.length > 1 ? readColumns([stripTitle(merged.join(" "))]) : undefined,
      cells.length > 1 ? readColumns(cells) : undefined,
      readColumns([stripTitle(headerText)]),
      // One line laid out in columns, read cell by cell ("Insats  Deltagare  varav kvinnor  Avslutade").
      headerLines.length === 1 ? gapCells(grid[headerLines[0]! - 1] ?? "") : undefined,
      // A stacked header whose words stand loosely over the rows' numbers ("Inskrivna   Nya
      // Avslutade  Avslut till" over "Kv  Män  Summa   Arbete  Studier"): placed by the rows' columns.
      stacked.length > 1 ? positionedHeader(stacked, n) : undefined,
      // A caption taken for a header fragment above the header proper ("Deltagare per insats 2024"
      // over "Insats  Deltagare  Kvinnor  Män"): the line right above the rows, cell by cell.
      headerLines.length > 1 ? gapCells(grid[headerLines.at(-1)! - 1] ?? "") : undefined,
    ];
    // The reading that gives the first row all its numbers, else the first that reads the row
    // ("Samtliga insatser 264 151 113 118 109" under a stacked header is five columns, not the
    // three its last line alone names).
    const valid = readings.filter((c) => c !== undefined && readRow(t, c.length) !== null);
    const numbersInRow = (t.match(/(?<![\d,])\d+(?![\d,])/g) ?? []).length;
    const found = valid.find((c) => c!.length === numbersInRow) ?? valid[0];
    if (!found) continue;
    let columns: Column[] = found;
    // Columns under an exit table's caption ("Avslutade efter avslutsorsak" / "K M Tot") count
    // exits by destination: the exit-table reader's, never interventions. Where the columns are
    // the destinations themselves ("Avslutade  Arbete  Studier  …"), each row is an intervention's
    // exits and where they went, and the table is read here.
    const caption = doc.nextNonBlank(Math.max(0, headerLines[0]! - 3), 2, headerLines[0]! - 1);
    if (caption !== undefined && exitCaption(doc.at(caption)) && !columns.some((c) => c.exit && !c.share)) continue;
    // "Tabell 1. Ungdomar i målgruppen per 31 december 2025": a count at a date, a stock, never the
    // year's participants (a period "1 januari–31 december" is the whole year and is no such caption).
    // The caption is the nearest line above the header, a title (no sentence ending on a stop).
    const titleAbove = [headerLines[0]! - 1, headerLines[0]! - 2].find((k) => k >= 1 && doc.at(k) !== "");
    const stockTitle =
      titleAbove !== undefined && doc.at(titleAbove).length <= 90 && !/[.!?]$/.test(doc.at(titleAbove))
        ? doc.at(titleAbove)
        : "";
    if (STOCK_CAPTION.test(stockTitle)) {
      findings.push(
        unreadNumber({
          subject: PT,
          line: titleAbove!,
          value: stockTitle,
          message: "the table's caption counts at a date (a stock), not over the year; its rows are not stored",
        }),
      );
      continue;
    }
    if (FOLLOW_UP_CAPTION.test(stockTitle)) {
      findings.push(
        unreadNumber({
          subject: PT,
          line: titleAbove!,
          value: stockTitle,
          message:
            "the table's caption is a follow-up some time after the exit, not the year's exits; its rows are not stored",
        }),
      );
      continue;
    }
    const scope = scopes[n - 1]!;
    const before = facts.length;
    let last = n;
    let pending: { text: string; line: number } | undefined;
    let group: { text: string; indent: number } | undefined;
    let blanks = 0;
    const rows: { label: string; row: Row; line: number }[] = [];
    let previous: number | undefined;
    for (let r = top; r <= doc.lineCount; r++) {
      const rt = textAt(r);
      if (rt === "") {
        if (++blanks > 1) break;
        continue;
      }
      // A rule above the total row, or between the header and the rows.
      if (RULE.test(rt)) continue;
      const afterBlank = blanks > 0;
      blanks = 0;
      const row =
        readRow(rt, columns.length) ?? totalOnlyRow(grid[r - 1] ?? "", grid[headerLines.at(-1)! - 1] ?? "", columns);
      if (!row) {
        // "Annat/ej angivet   –   –   –": a row whose every cell is empty, neither a label running
        // on into the next row nor the table's end.
        if (allCellsEmpty(rt, columns.length)) {
          used.add(r);
          previous = r;
          continue;
        }
        // "Förändring   +12   -3   +5" between two year rows: the signed differences from the year
        // below, no year's counts and not the table's end; the rows under it go on.
        if (rows.length > 0 && isChangeRow(rt, columns.length)) {
          findings.push(
            unreadNumber({
              subject: PT,
              line: r,
              value: rt,
              message: "a change row between the table's rows (differences, not counts); not stored",
            }),
          );
          used.add(r);
          previous = r;
          continue;
        }
        // The rest of the label of the row just above, indented under it ("Unga vuxna – vägen till
        // egen 21 17 38" / "  försörjning (Björkås)").
        const prior = rows.at(-1);
        if (
          prior &&
          previous === r - 1 &&
          !pending &&
          numbersIn(rt) === 0 &&
          rt.length <= 60 &&
          !/[.!?:]$/.test(rt) &&
          indentOf(doc, r) > indentOf(doc, prior.line)
        ) {
          prior.label = `${prior.label} ${rt}`;
          used.add(r);
          continue;
        }
        // A label wrapped above its numbers ("Arbetslivsinriktad rehabilitering" / "för unga 12 5 7").
        if (numbersIn(rt) === 0 && rt.length <= 60 && !pending && !/[.!?:]$/.test(rt)) {
          pending = { text: rt, line: r };
          continue;
        }
        if (!afterBlank && /\p{L}.*\s\d+$/u.test(rt) && numbersIn(rt) !== columns.length && rt.length <= 80)
          findings.push({
            check_id: "participant_table.column_count",
            severity: "warning",
            subject: PT,
            line: r,
            value: rt,
            message: `participant table (header line ${headerLines[0]}): row has a different number of values than the ${columns.length} columns; not loaded`,
          });
        break;
      }
      // The row goes on the pending line's label when it starts in lower case, is indented under
      // it, or the pending line breaks off on a comma or a dash ("Arbetsträning i samverkan," / "  Granvik 9 13").
      const continues =
        pending &&
        (row.label === "" ||
          /^\p{Ll}/u.test(row.label) ||
          indentOf(doc, r) > indentOf(doc, pending.line) ||
          /[,–-]$/.test(pending.text));
      // A group's title over rows set in under it ("Inskrivna under året" / "  Kvinnor  101  117" /
      // "  Män  84  95" / "  Totalt  185  212"): each of them, not only the first, is the title's.
      if (group && !(pending && continues) && indentOf(doc, r) <= group.indent) group = undefined;
      const label =
        pending && continues
          ? `${pending.text} ${row.label}`.trim()
          : group
            ? `${group.text} ${row.label}`.trim()
            : row.label;
      if (pending && !continues) break; // the pending line was not part of this row: the table ended above
      if (pending && continues && indentOf(doc, r) > indentOf(doc, pending.line))
        group = { text: pending.text, indent: indentOf(doc, pending.line) };
      pending = undefined;
      used.add(r);
      last = r;
      previous = r;
      rows.push({ label, row, line: r });
    }
    // The caption lines right above the header (up to a blank line, three at most).
    let captionFrom = headerLines[0]!;
    while (captionFrom > 1 && headerLines[0]! - captionFrom < 3 && doc.at(captionFrom - 1) !== "") captionFrom--;
    // "Avslutade deltagare i Lotsen efter avslutsorsak" over "Arbete", "Studier", "Annat": where the
    // exits went, no list of interventions; a destination row is the exit tables' reader's and the
    // plain total counts the exits, never the participants.
    const named = rows.filter((x) => !TOTAL_LABEL.test(x.label));
    const exitRows =
      EXITS_CAPTION.test(`${doc.join(captionFrom, headerLines[0]! - 1)} ${headerText}`) &&
      named.length > 0 &&
      named.filter((x) => exitRowCategory(x.label) !== undefined || otherExitRow(x.label)).length * 2 >= named.length;
    // Whose rows these are: intervention rows make the table the federation's list of interventions.
    const listsInterventions =
      !exitRows &&
      rows.some(
        (x) =>
          !foldLabel(x.label).part &&
          !YEAR.test(x.label) &&
          !measureRow(x.label, columns) &&
          !TOTAL_LABEL.test(x.label) &&
          !GENDER_LABEL.some(([re]) => re.test(x.label)) &&
          !MEMBER_LABEL.test(x.label),
      );
    const memberTable = MEMBER_TITLE.test(headerText);
    // Rows naming two or more measures ("Inskrivna", "därav nya", "Avslutade" under "Kvinna Man
    // Totalsumma"): a total row under them adds unlike counts, as a spreadsheet's pivot does.
    const unlikeRows = new Set(rows.map((x) => measureRow(x.label, columns)).filter(Boolean)).size > 1;
    // Money under a "Budget … Totalt" header is not people: no plausible count has six digits.
    // The header and the caption lines right above it (up to a blank line): a sentence about
    // money in the paragraph before the table says nothing about its cells.
    // Read from the reading view: a money column closing the header is no longer there (`withoutMoneyColumn`).
    const around = Array.from({ length: headerLines.at(-1)! - captionFrom + 1 }, (_, k) =>
      textAt(captionFrom + k),
    ).join(" ");
    // Rows of target groups add up to a total as a list of interventions does (its Totalt row is
    // the table's whole), but no row is an intervention.
    // Rows beside an age band are groups too ("Under 25 år" / "Utrikes födda"): one such row makes the table a group table.
    const groupTable =
      titlesGroups(headerText) ||
      headerLines.some((h) => groupTitledHeader(grid[h - 1] ?? "")) ||
      rows.some((x) => AGE_BAND_LABEL.test(x.label)) ||
      (captionFrom < headerLines[0]! && groupCaption(doc.join(captionFrom, headerLines[0]! - 1)));
    if (
      rows.some((x) => x.row.values.some((v) => v >= 100_000 || !(Number.isInteger(v) || Number.isNaN(v)))) ||
      /\b(kr|tkr|kronor|mkr|mnkr|sek|belopp)\b/i.test(around) ||
      // Rows a statement names ("Summa tillgångar", "Eget kapital" under "31 december 2025"): money, not people.
      rows.filter((x) => statementItem(x.label, "balance_sheet") ?? statementItem(x.label, "income_statement"))
        .length >= 2
    ) {
      coverage.push({
        section: PT,
        status: "missing",
        line: headerLines[0]!,
        facts: 0,
        note: "header names participant columns but the cells are amounts; not read",
      });
      n = last;
      continue;
    }
    // "Tabell 2. Nya deltagare 2025 per insats" over "Insats  Kvinnor  Män  Totalt": columns naming only
    // genders count what the caption names, not the year's participants. Not where a row names its
    // own measure ("Avslutade 30 28 58") or the header names one.
    // A caption taken as a line of a stacked header ("Avslutade deltagare 2025 per insats" right above
    // "Insats  Kvinnor  Män  Totalt") names the measure as well.
    const captioned = [...(caption === undefined ? [] : [caption]), ...headerLines.slice(0, -1)]
      .map((l) => captionMeasure(doc.at(l)))
      .find(Boolean);
    if (
      captioned &&
      columns.every((c) => c.measure === "enrolled" && !c.exit && !c.share && !c.opening) &&
      !headerNamesMeasure(textAt(headerLines.at(-1)!)) &&
      !rows.some((x) => measureRow(x.label.replace(TOTAL_LABEL, "").trim(), found))
    )
      columns = columns.map((c) => ({ ...c, measure: captioned }));
    const owner = ownerOf(doc, scope, headerLines[0]!, last);
    // Rows that name measures ("Nya", "Avslutade") under gender columns: the table counts the federation (or its
    // section) by measure, so a row whose label names no known measure is an unknown measure, not an intervention.
    const measureTable = rows.some((x) => !foldLabel(x.label).part && measureRow(x.label, columns));
    // A "varav" row is a part of the row above it: whose that row is, and never more than it.
    let parent: { stored: Stored; row: Row } | undefined;
    for (const x of rows) {
      if (foldLabel(x.label).part) emitPart(x.label, x.row, x.line, columns, parent);
      else {
        const stored = emitRow(
          x.label,
          x.row,
          x.line,
          columns,
          owner,
          listsInterventions,
          memberTable,
          groupTable,
          measureTable,
          unlikeRows,
          exitRows,
        );
        parent = stored ? { stored, row: x.row } : undefined;
      }
    }
    if (exitRows) destinationsBySum(rows, columns, before);
    // A sum over interventions beside a row of unique persons: only the latter is the federation's.
    const labelAt = new Map(rows.map((x) => [x.line, x.label]));
    const once = keepUniqueTotals(facts.slice(before), (l) => labelAt.get(l) ?? "", PT);
    if (once.findings.length > 0) {
      facts.splice(before, facts.length - before, ...once.facts);
      findings.push(...once.findings);
    }
    for (const h of headerLines) used.add(h);
    coverage.push({
      section: PT,
      status: facts.length > before ? "parsed" : "partial",
      line: headerLines[0]!,
      facts: facts.length - before,
      note: `columns: ${columns.map((c) => (c.exit ? `exited:${c.exit}` : c.gender === "all" ? c.measure : `${c.measure}/${c.gender}`)).join(", ")}; rows ${top}-${last}`,
    });
    n = last;
  }

  /**
   * Destination rows under a caption about the exits, by gender ("Arbete  8  7  15" under "Kvinnor
   * Män Totalt", closed by "Summa  32  25  57"): the rows whose Summa this table stored as the exits
   * are those exits' destinations where, in every column, they add up to the Summa row, each
   * destination once. Read here only where the exit tables' reader cannot place the table (its
   * caption names neither "avslut" nor "vart": "Vad hände sedan?"); its findings on the rows go.
   */
  function destinationsBySum(
    rows: readonly { label: string; row: Row; line: number }[],
    columns: Column[],
    from: number,
  ) {
    const totalRow = rows.at(-1);
    if (!totalRow || !TOTAL_LABEL.test(totalRow.label)) return;
    const exits = facts
      .slice(from)
      .find(
        (f) =>
          f.table === "participant_count" && f.line === totalRow.line && f.measure === "exited" && f.gender === "all",
      );
    if (!exits || exits.table !== "participant_count") return;
    const parts = rows.slice(0, -1);
    const categories = parts.map(
      (x) =>
        destinationRowCategory(x.label) ??
        exitRowCategory(x.label) ??
        (otherExitRow(x.label) ? "other_exit" : undefined),
    );
    if (parts.length < 2 || categories.some((c) => c === undefined) || new Set(categories).size !== parts.length)
      return;
    if (
      parts.some((x) => x.row.damaged || x.row.values.some((v) => Number.isNaN(v)) || !genderCellsAdd(x.row, columns))
    )
      return;
    if (columns.some((c) => c.exit || c.share || c.opening || c.year !== undefined)) return;
    const adds = columns.every((_, i) => parts.reduce((a, x) => a + x.row.values[i]!, 0) === totalRow.row.values[i]);
    const all = columns.findIndex((c) => c.gender === "all");
    if (!adds || all < 0) return;
    parts.forEach((x, k) => {
      facts.push({
        table: "participant_breakdown",
        intervention: exits.intervention,
        year: exits.year,
        population: "exited",
        dimension: "exit_outcome",
        category: categories[k]!,
        value: x.row.values[all]!,
        source_label: x.label,
        line: x.line,
        text: doc.at(x.line),
        section: PT,
        approximate: false,
      });
      const at = findings.findIndex((g) => g.line === x.line && /not stored here/.test(g.message));
      if (at >= 0) findings.splice(at, 1);
    });
  }

  /**
   * A "varav" row ("varav kvinnor", "varav nya", "varav 16–29 år"): a part of the row above, so
   * its figures are that row's intervention's and year's; a part larger than its whole in any
   * column is a misread, and a part that is no gender or measure (an age band, a group) has no
   * place in the schema. Never a total and never an intervention of its own.
   */
  function emitPart(
    label: string,
    row: Row,
    line: number,
    columns: Column[],
    parent: { stored: Stored; row: Row } | undefined,
  ) {
    const text = doc.at(line);
    const gender = genderOfLabel(label);
    const measure = measureRow(label, columns);
    const unread = (why: string) =>
      findings.push({
        check_id: "participant_table.member_row",
        severity: "info",
        subject: PT,
        line,
        value: label,
        message: `row "${label}" ${why}; not stored`,
      });
    if (gender && columns.some((c) => c.gender !== "all")) return; // "varav kvinnor" beside K/M columns: read there.
    if (!gender && !measure) return unread("is a subset of the rows above (an age band, a group)");
    // "varav nya under 2024" under the 2025 total: another year's part, not the year's.
    if (namesOtherYear(label, year)) return unread("names another year than the report's");
    if (!parent) return unread("is a part of a row above that was not stored");
    if (row.damaged) return unread("has a cell with stray characters");
    if (sharesOutOfPlace(row, columns)) return unread("has a share (%) in a count column");
    if (!genderCellsAdd(row, columns)) return unread("has women and men that do not add up to its total");
    const over = row.values.findIndex((v, i) => v > (parent.row.values[i] ?? Number.POSITIVE_INFINITY));
    if (over >= 0)
      return unread(`is a part of the row above but larger than it (${row.values[over]} > ${parent.row.values[over]})`);
    row.values.forEach((value, i) => {
      const c = columns[i]!;
      // Destinations (and their shares) per gender have no place in the schema; a column's own year is no part row's.
      if (c.exit || c.opening || c.year !== undefined) return;
      facts.push({
        table: "participant_count",
        intervention: parent.stored.intervention,
        year: parent.stored.year,
        measure: measure ?? parent.stored.measure ?? c.measure,
        gender: gender ?? parent.stored.gender ?? c.gender,
        value,
        line,
        text,
        section: PT,
        approximate: false,
      });
    });
  }

  /** Whose and which year's figures a row was stored as; undefined when it was not stored. */
  function emitRow(
    label: string,
    row: Row,
    line: number,
    columns: Column[],
    owner: Owner,
    listsInterventions: boolean,
    memberTable: boolean,
    groupTable: boolean,
    measureTable: boolean,
    unlikeRows: boolean,
    /** The rows are where exits went, under a caption about the exits. */
    exitRows: boolean,
  ): Stored | undefined {
    const text = doc.at(line);
    // "Unika personer i förbundet 2024   90   80   170" in the 2025 report: a row whose label names
    // another year than the table's is that year's, never the report year's (a year row is read below).
    if (namesOtherYear(label, year)) {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}" names another year than the report's; not stored as the year's figures`,
        }),
      );
      return;
    }
    const addsUp = genderCellsAdd(row, columns);
    if (row.damaged || TARGET_OR_CHANGE_LABEL.test(label) || sharesOutOfPlace(row, columns) || !addsUp) {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: row.damaged
            ? "a table cell has stray characters; the row was not stored"
            : TARGET_OR_CHANGE_LABEL.test(label)
              ? `row "${label}" is a target, a budget or a change, not the year's figures; not stored`
              : !addsUp
                ? "its women and men do not add up to its total; the row was not stored"
                : "a share (%) stands in a count column; the row was not stored",
        }),
      );
      return;
    }
    const unclear = (what: string) => {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `${what}: whose figures these are is unclear (no intervention's section, no summary heading); not stored`,
        }),
      );
      return undefined;
    };
    let intervention: string | null;
    let genderOverride: Gender | undefined;
    let measureOverride: Measure | undefined;
    let rowYear = year;
    const gl = GENDER_LABEL.find(([re]) => re.test(label));
    const destination = destinationRowCategory(label);
    // "Q2", "Jan–apr", "Tertial 1": a part of the year, never an intervention, nor the year's figures.
    if (PART_OF_YEAR.test(label.trim())) {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}" counts a part of the year, not the year, and names no intervention; not stored`,
        }),
      );
      return;
    }
    if (AT_A_DATE.test(label)) {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}" counts participants at a date, not over the year, and names no intervention; not stored`,
        }),
      );
      return;
    }
    const federationRow = FEDERATION_OR_AREA_LABEL.test(label);
    if (federationRow && !namesFederation(label, ownFederation(doc))) {
      // A table comparing federations: a neighbour's row, or the county's or the country's.
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}" is another federation's or an area's aggregate, not this federation's; not stored`,
        }),
      );
      return;
    }
    if (federationRow) {
      // The federation's own row in a table of federations: its figures are the federation's.
      intervention = null;
    } else if (YEAR.test(label)) {
      if (owner === "unclear") return unclear(`year row "${label}"`);
      rowYear = Number(label);
      intervention = owner;
    } else if (TOTAL_LABEL.test(label)) {
      if (unlikeRows && !listsInterventions) {
        findings.push(
          unreadNumber({
            subject: PT,
            line,
            value: text,
            message: `row "${label}" adds rows of different measures (enrolled, new, exited); not a count; not stored`,
          }),
        );
        return;
      }
      if (PLACES_LABEL.test(label)) {
        findings.push(
          unreadNumber({
            subject: PT,
            line,
            value: text,
            message: `row "${label}" counts places or participations, not persons; not the federation's participants; not stored`,
          }),
        );
        return;
      }
      // A total under a list of interventions is the federation's; otherwise it is its section's.
      if (owner !== null && !(listsInterventions && owner === "unclear")) return unclear(`total row "${label}"`);
      intervention = null;
      // "Summa avslutade 64 45 109" under "Kvinnor Män Totalt": a total that names its measure
      // counts that measure, not the participants the gender columns would default to.
      const named = label.replace(TOTAL_LABEL, "").trim();
      if (named !== "") measureOverride = measureRow(named, columns);
      else if (exitRows) measureOverride = "exited";
    } else if (destination) {
      return emitDestinationRow(label, destination, row, line, columns, owner, listsInterventions);
    } else if (gl) {
      if (columns.some((c) => c.gender !== "all")) return;
      const o = owner === "unclear" && listsInterventions ? null : owner;
      if (o === "unclear") return unclear(`gender row "${label}"`);
      genderOverride = gl[1];
      intervention = o;
    } else if (measureRow(label, columns)) {
      // "Nyinskrivna 113 94 207" under "Kvinnor Män Alla": the row names the measure, the
      // columns the genders; never an intervention called "Nyinskrivna".
      const o = owner === "unclear" && listsInterventions ? null : owner;
      if (o === "unclear") return unclear(`measure row "${label}"`);
      const measure = measureRow(label, columns)!;
      row.values.forEach((value, i) => {
        // A cell left empty under its gender (a total-only row, `totalOnlyRow`) stores nothing.
        if (Number.isNaN(value)) return;
        // "Andel kvinnor", "%": a gender's share of the row is never a count; nor is a destination's
        // or an opening stock's cell the measure's count of a gender.
        const c = columns[i]!;
        if (c.share || c.exit || c.opening) return;
        // A column naming its own year ("2024  2025" under "Deltagare i alla insatser") is that year's, never
        // the report's; the years' table reader reads the other years.
        if (c.year !== undefined && c.year !== year) return;
        facts.push({
          table: "participant_count",
          intervention: o,
          year,
          measure,
          gender: c.gender,
          value,
          line,
          text,
          section: PT,
          approximate: false,
        });
      });
      return { intervention: o, year, measure };
    } else if (YEAR_LED_LABEL.test(label)) {
      // "2024 (t.o.m. juni)", "2024*", "2024 prel.": a year with words beside it is a part of the
      // year, a footnoted or preliminary figure, never an intervention called so.
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}" names a year with words beside it, not an intervention and not plainly the year's figures; not stored`,
        }),
      );
      return;
    } else if (AGE_BAND_LABEL.test(label) || groupTable) {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: label,
          message: `row "${label}" is ${groupTable ? "a group of participants" : "an age band"}, not an intervention: its counts are a part of the table's total; not stored`,
        }),
      );
      return;
    } else if (MEMBER_LABEL.test(label) || memberTable) {
      findings.push({
        check_id: "participant_table.member_row",
        severity: "info",
        subject: PT,
        line,
        value: label,
        message: `row "${label}" names a member, not an intervention: a member's part of the table's total has no table of its own in the published schema; not stored`,
      });
      return;
    } else if (measureTable) {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}" stands among rows that name measures, but names no measure known; not an intervention; not stored`,
        }),
      );
      return;
    } else if (exitRows && (exitRowCategory(label) !== undefined || otherExitRow(label))) {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}" is where exits went, under a caption about the exits: no intervention; not stored here`,
        }),
      );
      return;
    } else if (namesNonParticipants(label)) {
      // "Besökare 12 9 21" under "Sammanställning av studiebesök": visitors, attendees or staff are
      // counted people, never an intervention's participants.
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}" counts visitors, attendees or staff, not an intervention's participants; not stored`,
        }),
      );
      return;
    } else intervention = label;
    if (!countSharesAgree(row, columns)) {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}": a share column is not its count over the row's total; its columns are not what the header says; not stored`,
        }),
      );
      return;
    }
    if (!stocksRoll(row, columns)) {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}": the enrolled at the year's start + new − exited is not the enrolled at its end; its columns are not what the header says; not stored`,
        }),
      );
      return;
    }
    const partsFit = destinationsFit(row, columns);
    if (!partsFit)
      findings.push({
        check_id: "participant_table.parts_exceed_whole",
        severity: "warning",
        subject: PT,
        line,
        value: text,
        message: `row "${label}": its destinations add to more than its exits (or, without an exits column, its participants); the destinations are not stored`,
      });
    row.values.forEach((value, i) => {
      const c = columns[i]!;
      // The stock at the year's start is no figure of the schema; it only checks the row (`stocksRoll`).
      if (c.opening) return;
      // A column of a year after the report's is a plan's, never an outcome.
      if (c.year !== undefined && c.year > doc.periodYear) return;
      if (c.share) {
        // "Andel arbete/studier": the reported rate waits for the row's exits as its base (reportedRates.ts).
        if (c.exit === "work_or_studies" && !genderOverride)
          awaiting.push(
            awaitingRate({
              year: rowYear,
              scope: intervention === null ? "federation" : `intervention:${intervention}`,
              indicator: "work_or_studies_rate_reported",
              value,
              note: "andel till arbete eller studier, as a column of the participant table reports it",
              line,
              text,
              section: PT,
            }),
          );
        return;
      }
      if (c.exit) {
        // A destination column: a part of the row's exits. Per gender the schema has no place for it.
        if (!genderOverride && partsFit)
          facts.push({
            table: "participant_breakdown",
            intervention,
            year: rowYear,
            population: "exited",
            dimension: "exit_outcome",
            category: c.exit,
            value,
            source_label: label,
            line,
            text,
            section: PT,
            approximate: false,
          });
        return;
      }
      // A year in the column and another in the row: whose year is unclear.
      if (c.year !== undefined && rowYear !== year) return;
      facts.push({
        table: "participant_count",
        intervention,
        year: c.year ?? rowYear,
        measure: measureOverride ?? c.measure,
        gender: genderOverride ?? c.gender,
        value,
        line,
        text,
        section: PT,
        approximate: false,
      });
    });
    return { intervention, year: rowYear, ...(genderOverride ? { gender: genderOverride } : {}) };
  }

  /**
   * "Avslut till arbete  13  13  26" under "Kvinnor  Män  Totalt": a row of exits by destination,
   * never an intervention's participants. Its total is stored as that destination's exits only
   * where the gender cells add up to it and it is a part of the exits a row above in the same
   * table gave the same owner; otherwise it stays unread.
   */
  function emitDestinationRow(
    label: string,
    category: string,
    row: Row,
    line: number,
    columns: Column[],
    owner: Owner,
    listsInterventions: boolean,
  ): undefined {
    const text = doc.at(line);
    const unread = (why: string) => {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: text,
          message: `row "${label}" counts exits to a destination, not an intervention's participants; ${why}; not stored`,
        }),
      );
      return undefined;
    };
    const o = owner === "unclear" && listsInterventions ? null : owner;
    if (o === "unclear") return unread("whose exits these are is unclear");
    if (columns.some((c) => c.measure !== "enrolled" || c.exit || c.share))
      return unread("its columns are not a gender split of one count");
    // An empty cell (NaN: a row with only its total filled) is no figure.
    const cell = (g: Gender) => {
      const v = row.values[columns.findIndex((c) => c.gender === g)];
      return v === undefined || Number.isNaN(v) ? undefined : v;
    };
    const total = cell("all");
    if (total === undefined) return unread("no total column");
    const [women, men] = [cell("woman"), cell("man")];
    if (women !== undefined && men !== undefined && women + men !== total)
      return unread(`its gender cells (${women} + ${men}) do not add up to its total (${total})`);
    // The exits this destination is a part of: the nearest exits row above it in the table.
    let exits: number | undefined;
    for (let i = facts.length - 1; i >= 0 && exits === undefined; i--) {
      const f = facts[i]!;
      if (f.line < line - 12) break;
      if (
        f.table === "participant_count" &&
        f.measure === "exited" &&
        f.gender === "all" &&
        f.intervention === o &&
        f.year === year &&
        f.line < line
      )
        exits = f.value;
    }
    if (exits === undefined) return unread("no exits row above it in its table");
    if (total > exits) return unread(`its total (${total}) is more than the exits above it (${exits})`);
    facts.push({
      table: "participant_breakdown",
      intervention: o,
      year,
      population: "exited",
      dimension: "exit_outcome",
      category,
      value: total,
      source_label: label,
      line,
      text,
      section: PT,
      approximate: false,
    });
    return undefined;
  }

  // Tables with years as columns (transposed participant tables, five-year overviews): read
  // first, as the federation's exits they give may place an exit table below them.
  // A table drawn with pipes ("| Avslutade | 66 | 71 |") is read like one in aligned text.
  const multi = parseMultiYearTables(gridDocument(doc), scopes);
  // Years over gender columns ("2024: K M | 2023: K M"), and intervention tables with money or
  // text columns among the participant columns.
  const grouped = parseYearGroupTables(doc, scopes);
  // Years down the side, money among the measures' columns ("År  Deltagare  …  Intäkter (tkr)").
  const yearRows = parseYearRowTables(doc, scopes);
  const mixed = parseMixedColumnTables(doc, scopes, new Set([...facts, ...multi.facts].map((f) => f.line)));
  readExitTables(doc, scopes, facts, findings, coverage, awaiting, [...multi.facts, ...grouped.facts, ...mixed.facts]);
  facts.push(...grouped.facts, ...mixed.facts);
  findings.push(...grouped.findings, ...mixed.findings);
  facts.push(...multi.facts, ...yearRows.facts);
  findings.push(...multi.findings, ...yearRows.findings);
  // "Förbund   Deltagare   Kvinnor …": each row a federation, never an intervention (the row naming the
  // document's own federation stays the federation's).
  const federationRows = rowsUnderFederationTitle(doc);
  return {
    facts:
      federationRows.size === 0
        ? facts
        : facts.filter((f) => !federationRows.has(f.line) || !("intervention" in f) || f.intervention === null),
    findings,
    awaiting: [...awaiting, ...(multi.awaiting ?? [])],
    coverage: [
      ...oneRowPerSection([...coverage, ...multi.coverage.filter((c) => c.section === PT)]),
      // Two overviews of money (a chart's data tables, one per chart) are one section's row.
      ...oneRowEach([...multi.coverage.filter((c) => c.section !== PT), ...yearRows.coverage]),
    ],
  };
}

/** Coverage rows of any sections, one per section: their facts summed, their notes listed. */
function oneRowEach(rows: ParseOutput["coverage"]): ParseOutput["coverage"] {
  const bySection = new Map<string, ParseOutput["coverage"][number]>();
  for (const r of rows) {
    const seen = bySection.get(r.section);
    bySection.set(
      r.section,
      seen
        ? {
            ...seen,
            status: seen.status === "parsed" || r.status === "parsed" ? "parsed" : seen.status,
            facts: seen.facts + r.facts,
            note: [seen.note, r.note].filter(Boolean).join("; ") || null,
          }
        : { ...r },
    );
  }
  return [...bySection.values()];
}

/** The warehouse keeps one coverage row per section: sum the tables of each and list them in the note. */
function oneRowPerSection(rows: ParseOutput["coverage"]): ParseOutput["coverage"] {
  return ["general:participant_table", "general:exit_table"].map((section) => {
    const of = rows.filter((r) => r.section === section);
    const facts = of.reduce((a, r) => a + r.facts, 0);
    return {
      section,
      status: facts > 0 ? ("parsed" as const) : ("missing" as const),
      line: of[0]?.line ?? null,
      facts,
      note: of.length
        ? of
            .map((r) => `line ${r.line}: ${r.facts} facts (${r.note})`)
            .join("; ")
            .slice(0, 1000)
        : "no table with a recognised header",
    };
  });
}

/** A row with a label and only dashes in its cells, one for each of the table's columns. */
/** The lines of tables whose label column is titled "Förbund": from the header to the first blank line after a row. */
function rowsUnderFederationTitle(doc: DocumentText): Set<number> {
  const rows = new Set<number>();
  for (let h = 1; h <= doc.lineCount; h++) {
    if (!titlesFederations(doc.lines[h - 1] ?? "")) continue;
    // Blank lines right under the header (a PDF's text layer sets them) are passed over.
    let n = h + 1;
    while (n <= doc.lineCount && doc.at(n).trim() === "" && n <= h + 2) n++;
    for (; n <= doc.lineCount && doc.at(n).trim() !== ""; n++) rows.add(n);
  }
  return rows;
}

function allCellsEmpty(t: string, columns: number): boolean {
  const m = /^(\p{L}[^\d–—-]*?)((?:\s+[–—-])+)\s*$/u.exec(t);
  return m !== null && m[2]!.trim().split(/\s+/).length === columns;
}

/** How far a line of layout text stands in from the margin (a label's wrapped rest is indented under it). */
function indentOf(doc: DocumentText, n: number): number {
  return /^[ \t]*/.exec(doc.lines[n - 1] ?? "")![0].replace(/\t/g, "    ").length;
}

/** The header lines right above the rows with no blank line between them: a header stacked in layout text. */
function stackedLines(lines: readonly number[]): number[] {
  const out = [lines.at(-1)!];
  for (let i = lines.length - 2; i >= 0 && lines[i] === out[0]! - 1; i--) out.unshift(lines[i]!);
  return out;
}

/** Drop a title before the first column word: "Deltagare per insats Totalt K M" → "Totalt K M". */
function stripTitle(text: string): string {
  const ws = wordsOf(text);
  const first = ws.findIndex((w) => measureOf(w) || genderOf(w) || w === "antal");
  return first > 0 ? ws.slice(first).join(" ") : ws.join(" ");
}

/** A line's cells set apart by wide gaps (a grid line's pipes are gaps by now). */
const cellsApart = (raw: string) => raw.trim().split(/ {2,}|\t/);

/** The columns of a header line laid out with wide gaps, read cell by cell; undefined unless it has two or more cells. */
function gapCells(raw: string): Column[] | undefined {
  const cells = cellsApart(raw);
  if (cells.length < 2) return undefined;
  // Its first cell stands over the row labels ("Hemkommun", "Insats"): a title, not a column.
  return readColumns(cells) ?? (cells.length > 2 ? readColumns(cells.slice(1)) : undefined);
}

/** Cells of a stacked header: groups of lines between blank lines. */
function headerCells(doc: DocumentText, lines: number[]): string[] {
  const cells: string[] = [];
  let cur: string[] = [];
  for (let n = lines[0]!; n <= lines.at(-1)!; n++) {
    if (doc.at(n) === "") {
      if (cur.length) cells.push(cur.join(" "));
      cur = [];
    } else cur.push(doc.at(n));
  }
  if (cur.length) cells.push(cur.join(" "));
  return cells;
}

/**
 * A line whose every number is a year around the report's ("Avslutade till   2025   2024"): a
 * header of year columns, never a row whose counts are 2025 and 2024.
 */
function yearsOnly(t: string, year: number): boolean {
  const numbers = t.match(/(?<![\d,])\d+(?![\d,])/g) ?? [];
  return (
    numbers.length >= 2 &&
    new Set(numbers).size === numbers.length &&
    numbers.every((n) => /^(?:19|20)\d\d$/.test(n) && Math.abs(Number(n) - year) <= 10)
  );
}

/** A row whose figure is written as a percentage ("33 %", "33 procent"). */
const SHARE_ROW = /\d\s?(%|procent)\s*$/i;
// "Radetiketter  Avslutade": a spreadsheet pivot's row-label caption over its one column, the exits.
// "Gick vidare till  Kvinnor  Män  Alla": the label column titled by where the exited went.
const EXIT_HEADER =
  /^(radetiketter avslut(ade)?(?= *$)|avslut(ade)? (mot|till)|(?:gick|gått|går) vidare till|avslutade deltagare till|avslutsorsak(er)?|avslutsanledning(ar)?|(orsak(er)?|anledning(ar)?) till avslut|(sysselsättning|utfall|status|situation) (vid|efter) avslut(et)?|avslutade (?:deltagare )?(?:efter|per) (?:avslutsorsak|orsak|utfall)|avslut(?:ade)? (?:deltagare )?efter (?:vad|vart) (?:de|deltagaren|deltagarna) (?:gick|gått|har gått|tog vägen)(?: vidare)?(?: till)?|(?:sysselsättning|situation|status) före och efter (?:insats\p{L}*|avslut\p{L}*)(?=.*\bavslut))\b(?<rest>.*)$/iu;

/** The gender columns of an exit table's header. */
const EXIT_GENDER_COLUMNS: [RegExp, Gender][] = [
  [/^(kvinnor|kv|k)$/, "woman"],
  [/^(män|m)$/, "man"],
];
/** Column words of an exit table. */
const EXIT_COLUMN =
  /^(antal|st|totalt|total|tot|summa|alla|samtliga|kvinnor|kv|män|k|m|andel|%|procent|deltagare|före|efter|del|\d{4})$/;
/** "Sysselsättning före och efter insats, avslutade deltagare": a table of the exited before and after. */
const BEFORE_AND_AFTER = /\bföre och efter\b/i;
const EXIT_WORD = /avslut|vart|vad hände|gick vidare|gått vidare|går vidare/i;
/**
 * A heading of its own that names exits by destination ("Avslutade deltagare efter orsak",
 * "Vart gick deltagarna efter avslut?"), without column words after it.
 */
const EXIT_HEADING =
  /^(?:avslut(?:ade)?(?: deltagare)? i (?:de )?[a-zåäö]*insatser(?:na)?(?: (?:19|20)\d\d)?|avslutade deltagare (?:efter|per) (?:orsak|utfall)|vart gick (?:deltagarna|de avslutade)(?: efter avslut(?:et)?)?\??|vart (?:deltagarna|de avslutade) gick(?: vidare| efter avslut(?:et)?)?(?: (?:19|20)\d\d)?\??|avslutade per orsak|vad hände (?:med (?:deltagarna|de avslutade) )?(?:efter|vid) (?:insatsen|insatserna|avslut(?:et)?)\??)$/i;

/**
 * The column words of a line under an exit table's heading ("Antal  Andel"), or undefined when
 * it is no column line. A first cell with no column word in it is the label column's heading
 * ("Gick vidare till  Andel  Antal", "Orsak | Antal"), set apart by a wide gap or a pipe.
 */
function exitColumnWords(raw: string): readonly string[] | undefined {
  const isColumns = (ws: readonly string[]) =>
    ws.length > 0 && ws.every((w) => EXIT_COLUMN.test(w) && !/^\d{4}$/.test(w));
  const words = wordsOf(raw);
  if (isColumns(words)) return words;
  const named = exitHeaderCells(raw);
  if (named) return named;
  const cells = cellsApart(raw);
  // A first cell that is itself an exit table's header ("Avslutade efter orsak  Antal") heads a table of its own.
  const title = cells[0]!;
  if (cells.length < 2 || /\d/.test(title) || wordsOf(title).some((w) => EXIT_COLUMN.test(w)) || exitCaption(title))
    return undefined;
  const rest = wordsOf(cells.slice(1).join(" "));
  return isColumns(rest) ? rest : exitHeaderCells(cells.slice(1).join("   "));
}

/**
 * The columns of a header whose cells are stacked over two lines under an exit caption's label
 * cell ("Avslutsorsak   Antal        Andel av         varav" over "             avslutade    avslutade (%)
 * kvinnor"), merged by position (`stackHeader`), each cell then named by `exitCellWord`; only where
 * the lower line is set in and holds no digit.
 */
function stackedExitColumns(upper: string, lower: string): string[] | undefined {
  if (!/^\s{2,}\p{L}/u.test(lower) || /\d/.test(lower) || !isAligned(upper)) return undefined;
  const cells = stackHeader([upper, lower]);
  if (cells.length < 2 || exitCaption(cells[0]!)?.groups?.rest?.trim() !== "") return undefined;
  return exitHeaderCells(cells.slice(1).join("   "));
}

/**
 * The columns a caption line names after its label column's title, "Avslutsorsak   Antal
 * avslutade   % av avslutade   varav kvinnor": its words, or where they are no column words, its
 * cells after a first cell that is the caption alone, each named by `exitCellWord`.
 */
function captionColumns(rest: string, raw: string): readonly string[] {
  const words = wordsOf(rest);
  if (words.every((w) => EXIT_COLUMN.test(w))) return words;
  const cells = cellsApart(raw);
  if (cells.length < 2 || exitCaption(cells[0]!)?.groups?.rest?.trim() !== "") return words;
  return exitHeaderCells(cells.slice(1).join("   ")) ?? words;
}

/**
 * An exit table's column named in words, a cell of a header laid out in columns: "Antal avslutade"
 * (the count), "% av avslutade", "Andel av avslutade (%)" (a share of them), "varav kvinnor" (the
 * women among each row's count: `GENDER_LABEL`'s words). Each cell is the one column word it names.
 */
const EXIT_COUNT_CELL = /^(?:antal(?: (?:avslut|avslutade|personer|deltagare))?|avslut|avslutade|totalt|summa|st)$/i;
const EXIT_SHARE_CELL =
  /^(?:andel|%|procent)(?: av (?:alla |samtliga )?(?:avslut|avslutade|totalt))?(?: \(%\)| %)?$|^(?:andel|procent) \(%\)$/i;
function exitCellWord(cell: string): string | undefined {
  const c = cell.replace(/\s+/g, " ").trim().toLowerCase();
  if (EXIT_COUNT_CELL.test(c)) return "antal";
  if (EXIT_SHARE_CELL.test(c)) return "andel";
  const gender = genderOfLabel(c);
  return gender === "woman" ? "kvinnor" : gender === "man" ? "män" : undefined;
}

/**
 * The column words of an exit table's header cells laid out with gaps ("Antal avslutade   % av
 * avslutade   varav kvinnor"), or undefined where any cell names no exit column. Read only where the
 * words alone are no column line: "Kvinnor  Män  Totalt" stays as it was read.
 */
function exitHeaderCells(raw: string): string[] | undefined {
  const cells = cellsApart(raw).filter((c) => c !== "");
  if (cells.length === 0) return undefined;
  const words = cells.map(exitCellWord);
  if (words.every((w) => w !== undefined)) return words as string[];
  // "Enligt plan   Avbrutet i förtid   Totalt": columns splitting each row some other way than by gender,
  // its total last. Each is a part ("del"), never read; the rows are read only where the parts add up
  // to the total (`readExitTables`).
  const split =
    cells.length >= 3 &&
    words.at(-1) === "antal" &&
    words.slice(0, -1).every((w, k) => w === undefined && SPLIT_CELL.test(cells[k]!));
  return split ? [...words.slice(0, -1).map(() => "del"), "antal"] : undefined;
}

/** A header cell of an unknown split: a few words, no figure. */
const SPLIT_CELL = /^\p{L}[\p{L} ,./-]{0,40}$/u;

/** "Andel %", "Procent (%)": one share column written in two words, not two columns. */
function shareAsOneColumn(words: readonly string[]): string[] {
  return words.filter((w, i) => !(w === "%" && (words[i - 1] === "andel" || words[i - 1] === "procent")));
}

/** The measure a table's caption counts, where it opens on one: "Tabell 2. Nya deltagare 2025 per insats", "Avslutade 2025 per kommun". */
// The measure's word, then whom or when it counts ("Nya deltagare 2025", "Avslutade under 2025"); never
// an intervention's name ("Nya Steg") nor interventions that ended ("Avslutade insatser").
const CAPTION_THEN = String.raw`(?:\s+(?:deltagare|personer|individer|inskrivna|under|i|per|efter|(?:19|20)\d\d)(?!\p{L})|\s*$)`;
const NEW_CAPTION = new RegExp(
  String.raw`^(?:antal\s+)?(?:nya|nyinskrivna|nytillkomna|nyinskrivningar)${CAPTION_THEN}`,
  "u",
);
const EXITED_CAPTION = new RegExp(String.raw`^(?:antal\s+)?(?:avslutade|utskrivna)${CAPTION_THEN}`, "u");

function captionMeasure(text: string): Measure | undefined {
  // A paragraph leading into the table ("Nya deltagare skrivs in löpande. Tabellen visar …") is no caption.
  const cut = withoutCaptionNumber(text).replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u, "");
  if (cut.length > 90 || /[.!?]\s+\p{Lu}/u.test(cut)) return undefined;
  const caption = cut.toLowerCase();
  // "Nya och pågående deltagare", "Avslutade och nya": two measures, neither the table's alone.
  if (
    /(?:nya|nyinskrivna|avslutade|utskrivna|pågående|inskrivna)\s+(?:och|samt|,)\s+(?:nya|nyinskrivna|avslutade|utskrivna|pågående|inskrivna)(?!\p{L})/u.test(
      caption,
    )
  )
    return undefined;
  if (NEW_CAPTION.test(caption)) return "new";
  if (EXITED_CAPTION.test(caption)) return "exited";
  // "Försörjning vid avslut 2025": those who left, counted at their exit.
  if (/(?<!\p{L})vid avslut(?:et)?(?!\p{L})/u.test(caption)) return "exited";
  return undefined;
}

/** Whether a header names a measure of its own ("Inskrivna  Kvinnor  Män"), beyond a total column's word. */
/** A table's numbered caption: "Tabell 2.", "Tabell 3:" (never an appendix's or a figure's heading). */
const TABLE_CAPTION = /^tabell\s+\d+[a-z]?(?:\.\d+)?[.:]?\s+\p{L}/iu;

function headerNamesMeasure(headerText: string): boolean {
  return wordsOf(headerText).some((w) => {
    const m = measureOf(w);
    // The total column's word in any spelling ("Alla", "Tot"): a gender's sum, no measure of its own.
    return m !== undefined && !/^(totalt|total|summa|totalsumma|samtliga)$/.test(w) && !totalWord(w);
  });
}
/** A word the lexicon gives as the total of the genders ("alla", "tot", "summa"). */
function totalWord(w: string): boolean {
  const folded = foldLabel(w).words;
  return folded.length === 1 && conceptById("gender:all").abbreviations!.includes(folded[0]!);
}

/**
 * An exit table's header or heading; a caption's number, a section's part too ("Tabell 2", "Tabell
 * 5.1"), and the year ("Tabell 2  Avslutade 2016 efter avslutsorsak") name no column.
 */
function exitCaption(text: string): RegExpExecArray | null {
  // Every header and heading above names "avslut" or "vart": most lines are told apart here,
  // before the caption is cut (taking out a caption or a year joins no new word).
  if (!EXIT_WORD.test(text)) return null;
  // A section's number ("2. Vad hände efter insatsen?") and a closing remark on whom it counts
  // ("(deltagare som avslutats under perioden)") name no column either.
  const caption = withoutCaptionNumber(text)
    .replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u, "")
    .replace(/\s*\([^()]*\)$/, "")
    .replace(/(?<=\p{L}) (19|20)\d\d(?= \p{L})/u, "");
  return EXIT_HEADER.exec(caption) ?? EXIT_HEADING.exec(caption);
}

/**
 * An exit table no heading places is the federation's when its total row is the federation's
 * exits of the year read from another table of the document, and its destinations, each named
 * once, add up to that total: an intervention's exits are fewer than the federation's. A table with
 * no total row (a survey's cross-table of destinations by gender) is placed the same way by its
 * destinations' sum, where three destinations or more make it: a part's destinations that add up
 * to the whole's exits are the whole's.
 */
function federationTotal(
  earlier: readonly FactInput[],
  cells: readonly { category: string; value: number }[],
  total: number | undefined,
  year: number,
  bySum = true,
): boolean {
  if (total === undefined && !bySum) return false;
  if (cells.length < (total === undefined ? 3 : 2)) return false;
  if (new Set(cells.map((c) => c.category)).size !== cells.length) return false;
  const sum = cells.reduce((a, c) => a + c.value, 0);
  total ??= sum;
  if (sum !== total) return false;
  return earlier.some(
    (f) =>
      f.table === "participant_count" &&
      f.intervention === null &&
      f.year === year &&
      f.measure === "exited" &&
      f.gender === "all" &&
      f.value === total,
  );
}

/** A line that is only a table's rule ("|------|----:|"), cleaned: read as blank. */
const ruleless = (t: string) => (/^[|:=+-]+(?: [|:=+-]+)*$/.test(t) ? "" : t);

function readExitTables(
  doc: DocumentText,
  scopes: readonly Scope[],
  facts: FactInput[],
  findings: FindingInput[],
  coverage: ParseOutput["coverage"],
  awaiting: FactInput[],
  /** Facts read by the document's other participant tables (years as columns, years over genders, mixed columns): their exits may be the total's. */
  elsewhere: readonly FactInput[],
) {
  const ET = "general:exit_table";
  /** The table at its heading line is not read, or not all of it: say why, on its heading. */
  const unreadTable = (heading: number, message: string) =>
    findings.push(unreadNumber({ subject: ET, line: heading, value: doc.at(heading), message }));
  // A table drawn with pipes ("| Arbete | 22 % | 24 |") reads like one laid out with gaps; the
  // rule under its header ("|------|----:|") is no line of it.
  const grid = gridLines(doc);
  const cleaned = cleanGridLines(doc);
  const textAt = (n: number) => ruleless(cleaned[n - 1] ?? "");
  const nextFilled = (n: number) => [n + 1, n + 2, n + 3].find((k) => k <= doc.lineCount && textAt(k) !== "");
  for (let h = 1; h <= doc.lineCount; h++) {
    // A caption or header drawn with pipes ("| Avslutsorsak | Antal | Andel |") is read without them.
    const m = exitCaption(textAt(h));
    if (!m) continue;
    // "Tabell 4 Avslutade deltagare 2024 efter …" in the report on 2025: that year's exits (or, "sedan
    // 2019", the exits since then), never the report year's, whatever its total adds up to.
    const captionYears = new Set(
      (withoutParenthesesDeclaration(doc.at(h)).match(/(?<![\d-])(?:19|20)\d\d(?![\d-])/g) ?? []).map(Number),
    );
    if (captionYears.size > 0 && !captionYears.has(doc.periodYear)) {
      unreadTable(h, `exit table: its caption names ${[...captionYears].join(", ")}, not the report's year; not read`);
      continue;
    }
    // Its column words may stand on a line of their own under the heading ("Antal Andel"),
    // after the label column's own heading ("Gick vidare till  Andel  Antal").
    let columnLine = nextFilled(h);
    const columnWords =
      columnLine !== undefined
        ? (exitColumnWords(grid[columnLine - 1]!) ?? stackedExitColumns(grid[h - 1]!, grid[columnLine - 1]!))
        : undefined;
    if (!columnWords) columnLine = undefined;
    // A heading "Avslutsorsaker" above prose is not a table: the next line must be a row.
    const first = nextFilled(columnLine ?? h);
    if (first === undefined || !(/\d\s?%?$/.test(textAt(first)) || matchCode(exitOutcome, textAt(first)) !== undefined))
      continue;
    // The header's own columns: one value ("antal") unless it names a total among others.
    const cols = shareAsOneColumn(columnWords ?? captionColumns(m.groups?.rest ?? "", grid[h - 1]!));
    if (cols.some((w) => !EXIT_COLUMN.test(w))) continue;
    const valueCols = cols.filter((w) => w !== "deltagare" && !/^\d{4}$/.test(w));
    const count = Math.max(1, valueCols.length);
    const shareColumns = valueCols.map((w) => /^(andel|%|procent)$/.test(w));
    /** The columns of an unknown split, whose cells must add up to each row's total. */
    const splitAt = valueCols.flatMap((w, k) => (w === "del" ? [k] : []));
    let splitBroken = false;
    // "Före  Efter" under a caption of the exited before and after: only "Efter" is where they went;
    // those columns anywhere else are no exit table's.
    const beforeAfter = valueCols.includes("före") || valueCols.includes("efter");
    if (beforeAfter && !(BEFORE_AND_AFTER.test(m[0]) && valueCols.length === 2 && valueCols[0] === "före")) continue;
    const totalAt = beforeAfter
      ? 1
      : count === 1
        ? 0
        : valueCols.findIndex((w) => /^(antal|totalt|total|tot|summa|st|alla|samtliga)$/.test(w));
    // "Kvinnor Män Totalt": the total row's gender cells are the exited per gender.
    const genderAt = EXIT_GENDER_COLUMNS.map(([re, gender]) => ({
      gender,
      at: valueCols.findIndex((w) => re.test(w)),
    }));
    const byGender = count > 1 && genderAt.every((g) => g.at >= 0 && g.at !== totalAt);
    // One gender's column alone ("varav kvinnor", "Därav män"): the total row's cell is that gender's
    // exits, only where every row's cell is a part of its count (`partsFit`, settled after the rows).
    const oneGender = byGender || count < 2 ? undefined : genderAt.find((g) => g.at >= 0 && g.at !== totalAt);
    let partsFit = true;
    let oneGenderTotal: { value: number; line: number } | undefined;
    // A share column beside a count column is passed over; a table of shares only is not read.
    if (totalAt < 0 || /^(andel|%|procent)$/.test(valueCols[totalAt] ?? "")) {
      unreadTable(h, "exit table without a total column; not read");
      continue;
    }
    // Its own caption may say it ("Avslutade efter orsak (samtliga insatser)").
    // So may the caption the table is read under ("Tabell B2. Avslutade deltagare efter avslutsorsak och kön").
    const owner =
      namesAllInterventions(m.groups?.rest ?? "") || isFederationCaption(textAt(h))
        ? null
        : ownerOf(doc, scopes[h - 1]!, h, Math.min(doc.lineCount, h + 12));
    // Whose exits an unplaced table holds is settled by its total below, or it is not read.
    const intervention = owner === "unclear" ? null : owner;
    const before = facts.length;
    let total: number | undefined;
    const cells: { category: string; value: number; label: string; line: number; text: string }[] = [];
    let blanks = 0;
    /** A label wrapped above its numbers ("Annan insats / fortsatt" / "rehabilitering 11 8 19"). */
    let wrapped: string | undefined;
    for (let r = (columnLine ?? h) + 1; r <= Math.min(doc.lineCount, h + 25); r++) {
      const t = textAt(r);
      if (t === "") {
        if (++blanks > 1) break;
        continue;
      }
      blanks = 0;
      // A dash is an empty cell of a destination's row ("Studier 5 — 5"); a total row keeps its cells as written.
      const row =
        readRow(t, count, shareColumns) ??
        (TOTAL_LABEL.test(t) ? null : readRow(t.replace(/(?<=\s)[—–-](?=\s|$)/g, "0"), count, shareColumns));
      // "Arbete ........ 31": the dot leaders between a label and its figure are no part of the label.
      const label =
        `${wrapped ?? ""} ${(row?.label ?? t).replace(/[*:]+/g, " ").replace(/\s*(?:\.\s?){3,}\s*$/, "")}`.trim();
      // "Arbete (inkl. subventionerad anställning)": a remark on what the category includes
      // widens it, it does not rename it; the category is the words before it.
      const named = label.replace(INCLUDES_REMARK, "").trim();
      // "Arbete/studier" is written both with and without spaces around the slash.
      const category =
        matchCode(exitOutcome, named) ??
        matchCode(exitOutcome, named.replace(/\s*\/\s*/g, " / ")) ??
        (otherExitRow(label) ? "other_exit" : undefined);
      if (!row) {
        if (numbersIn(t) === 0 && category) continue; // a blank cell: not reported
        if (numbersIn(t) === 0 && wrapped === undefined && t.length <= 60 && !/[.!?:]$/.test(t)) {
          wrapped = label;
          continue;
        }
        break;
      }
      // A wrapped label names a destination only as a whole.
      if (wrapped !== undefined && !category) break;
      wrapped = undefined;
      const value = row.values[totalAt]!;
      if (splitAt.length > 0 && splitAt.reduce((a, k) => a + row.values[k]!, 0) !== value) {
        splitBroken = true;
        break;
      }
      if (oneGender && !(row.values[oneGender.at]! <= value && Number.isInteger(row.values[oneGender.at])))
        partsFit = false;
      // "Andel till arbete eller studier   33 %": a share under the counts is never a count; a
      // reported rate the lexicon names waits for the year's exits as its base (reportedRates.ts).
      if ((SHARE_ROW.test(t) && numbersIn(t) === 1) || /^andel(en)?\b/i.test(label)) {
        const rate = bestConcept(label, ["rate"])?.concept;
        if (rate && row.values.length === 1)
          awaiting.push(
            awaitingRate({
              year: doc.periodYear,
              scope: intervention === null ? "federation" : `intervention:${intervention}`,
              indicator: rate.code,
              value,
              note: `${rate.sv}, as a row under the exit table reports it`,
              line: r,
              text: t,
              section: ET,
            }),
          );
        continue;
      }
      if (TOTAL_LABEL.test(label)) {
        if (oneGender && total === undefined) oneGenderTotal = { value: row.values[oneGender.at]!, line: r };
        total ??= value;
        const genders = [
          { gender: "all" as const, value },
          ...(byGender ? genderAt.map((g) => ({ gender: g.gender, value: row.values[g.at]! })) : []),
        ];
        for (const g of genders)
          facts.push({
            table: "participant_count",
            intervention,
            year: doc.periodYear,
            measure: "exited",
            gender: g.gender,
            value: g.value,
            line: r,
            text: doc.at(r),
            section: ET,
            approximate: false,
          });
        continue;
      }
      if (!category) {
        findings.push({
          check_id: "exit_table.unknown_label",
          severity: "warning",
          subject: ET,
          line: r,
          value: label,
          message: `exit table: "${label}" matches no exit-outcome code; not stored`,
        });
        continue;
      }
      cells.push({ category, value, label, line: r, text: doc.at(r) });
    }
    // A split table another reader already read ("Avslutsorsak  Trappan  Nästa steg  Totalt": interventions as
    // columns, read in full by the mixed-column tables) is left to it.
    const readElsewhere =
      splitAt.length > 0 && [...facts.slice(0, before), ...elsewhere].some((f) => cells.some((c) => c.line === f.line));
    // Its rows must add up to its total row too: a split table is read only where every sum agrees.
    if (splitAt.length > 0 && (total === undefined || cells.reduce((a, c) => a + c.value, 0) !== total))
      splitBroken = true;
    if (splitBroken || readElsewhere) {
      facts.length = before;
      if (readElsewhere) continue;
      unreadTable(h, "exit table: its split columns do not add up to the total column on every row; not read");
      continue;
    }
    if (oneGender && oneGenderTotal && partsFit)
      facts.push({
        table: "participant_count",
        intervention,
        year: doc.periodYear,
        measure: "exited",
        gender: oneGender.gender,
        value: oneGenderTotal.value,
        line: oneGenderTotal.line,
        text: doc.at(oneGenderTotal.line),
        section: ET,
        approximate: false,
      });
    if (
      owner === "unclear" &&
      !federationTotal(
        [...facts.slice(0, before), ...elsewhere],
        cells,
        total,
        doc.periodYear,
        // With no total row, only under a caption that names no other year than the report's.
        (doc.at(h).match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []).every((y) => Number(y) === doc.periodYear),
      )
    ) {
      facts.length = before;
      unreadTable(
        h,
        "exit table: whose exits these are is unclear (no intervention's section, no summary heading, its total is not the federation's exits); not read",
      );
      continue;
    }
    for (const c of cells) {
      // A destination the gender table's reader already stored by its Summa (`destinationsBySum`).
      if (facts.some((f) => f.table === "participant_breakdown" && f.line === c.line)) continue;
      // Two rows of one category ("arbete", "subventionerat arbete") would need a sum no line states.
      if (cells.filter((x) => x.category === c.category).length > 1) {
        findings.push(
          unreadNumber({
            subject: ET,
            line: c.line,
            value: String(c.value),
            message: `exit table: "${c.label}" is one of several rows for ${c.category}; not stored`,
          }),
        );
        continue;
      }
      facts.push({
        table: "participant_breakdown",
        intervention,
        year: doc.periodYear,
        population: "exited",
        dimension: "exit_outcome",
        category: c.category,
        value: c.value,
        source_label: c.label,
        line: c.line,
        text: c.text,
        section: ET,
        approximate: false,
      });
    }
    if (byGender && cells.length > 0)
      unreadTable(
        h,
        "exit table: the destinations' cells per gender are not stored (the published schema keeps exit outcomes without gender); their totals are",
      );
    coverage.push({
      section: ET,
      status: facts.length > before ? "parsed" : "missing",
      line: h,
      facts: facts.length - before,
      note: intervention ? `intervention ${intervention}` : "whole federation",
    });
  }
}
