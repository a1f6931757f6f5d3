/**
 * The columns of a statement table, read from its header line: "2023 2022", "Not 2023 2022",
 * "2023-12-31 2022-12-31", "Utfall 2023 Budget 2023 Utfall 2022", "Bokslut 2023 Budget 2024",
 * or a basis line above a year line ("Utfall Budget Utfall" / "2023 2023 2022"). A year
 * column is the actual figure of that year (a prior-year column gives that year's figure);
 * "Budget" makes it a budget column; a "Not" column holds note numbers, never amounts.
 * Columns the parser cannot place (Prognos, Avvikelse, part of a year such as "Jan–aug 2025",
 * inhabitants, a word it does not know) are kept as
 * `unknown` so that the row's values still line up, and their values are never stored.
 */
import { z } from "zod";
import { clean } from "../documentText.ts";
import { rememberByText } from "../textMemo.ts";
import { bestConcept } from "../../reference/concepts.ts";
import { UNIT_WORD_SOURCE } from "../../reference/units.ts";
import { namesPartOfYear } from "./partYear.ts";

export const column = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("note") }),
  z.object({
    kind: z.literal("amount"),
    year: z.number().int(),
    basis: z.enum(["actual", "budget"]),
    written: z.string(),
  }),
  z.object({ kind: z.literal("unknown"), written: z.string() }),
  /** A share in percent ("Andel", "%"): never an amount; it may confirm the amount beside it. */
  z.object({ kind: z.literal("share"), written: z.string() }),
]);
export type Column = z.infer<typeof column>;

export interface ColumnHeader {
  columns: Column[];
  /** Whether a Not column stands first. */
  hasNote: boolean;
  /** Columns that hold values (amount, unknown and share), in order. */
  valueColumns: Exclude<Column, { kind: "note" }>[];
}

/** Words a header may hold besides its columns: units and the "Belopp i" that introduces them. */
const FILLER = new RegExp(
  String.raw`^(belopp|beloppen|i|sammandrag|enl\.?|enligt|vp|verksamhetsplan(?:en)?|(?:${UNIT_WORD_SOURCE})\.?|\((?:${UNIT_WORD_SOURCE})\)|tusental|tusentals|tusen|miljoner|jan-dec|jan–dec|helår|helåret|år|räkenskapsår|period|perioden|ack\.?|ackumulerat|–|-|\/|\||:|belopp:|medlem|medlemmar|part|parter|huvudman|huvudmän|finansiär|finansiärer|ägare)$`,
  "i",
);
const BASIS: [RegExp, "actual" | "budget" | "unknown"][] = [
  // The general ledger ("Huvudbok" beside a draft and a difference in an audit's reconciliation) is the books' outcome.
  [/^(utfall|bokslut|redovisat|verkligt|huvudbok|huvudboken)$/i, "actual"],
  // A sum decided or set for a year ("Beslutat 2026", "2026 (fastställt)") is planned: a budget, never paid.
  [/^(budget|budgeterat|bud\.?|beslut|beslutat|beslutad|fastställt|fastställd)$/i, "budget"],
  [/^(prognos|avvikelse|avvik\.?|avv\.?|diff\.?|differens|förändring|föränd\.?|avvikelse\/budget)$/i, "unknown"],
  // A sum asked for, proposed or planned ("Begärt 2027", "2027 (förslag)", "Plan 2027"), named on a line
  // of its own above the years as well: a column of its own, never a year's outcome nor its decided budget.
  [/^(begärt|begärd|äskat|äskad|ansökt|förslag|föreslaget|föreslagen|plan)$/i, "unknown"],
];
/** A draft's column: "Utkast", "Utkastet" — a version the adopted accounts replaced. */
const DRAFT = /^(utkast|utkastet)$/i;
/** A column of shares in percent: "Andel", "%", "Procent", "Andel (%)". */
const SHARE = /^(andel|andelar|procent|%|andel%|procentandel)$/i;
/** What "Procentuell …" qualifies in a share column's header: "Procentuell fördelning", "Procentuell andel". */
const SHARE_NOUN = /^(fördelning|andel|del)[,;:]?$/i;
/**
 * Words that name what a members' table's amount column holds ("Bidrag 2024, kr"): the amount
 * itself, like a bare year; only on a line that names a unit, a share or the members besides,
 * since "Medlemsavgift 2024 2023" is a row whose amounts look like years.
 */
const AMOUNT_WORD = /^(bidrag|medlemsbidrag|medlemsavgift|medlemsavgifter|avgift|tilldelning)$/i;
const HEADER_CUE = new RegExp(
  String.raw`(?:^|[\s,(|])(${UNIT_WORD_SOURCE}|medlem|medlemmar|andel|procent|%)(?=$|[\s,.):|])`,
  "i",
);
const YEAR = /^(?:(?:19|20)\d\d)$/;
const DATE = /^((?:19|20)\d\d)-(\d\d)-(\d\d)$/;
const NOTE = /^(not|noter|note)$/i;
/** A column of inhabitants ("Invånare 1 nov 2023", "Folkmängd 2023-12-31"): never an amount, whatever year it names. */
const POPULATION = /^(?:antal\s+)?(?:invånare|folkmängd|befolkning)(?!\p{L})/iu;
/** A cell opening with a share's word ("Andel av kommunernas del (%)", "Procent av totalen"). */
const SHARE_CELL = /^(?:andel|procent|procentandel)(?!\p{L})/iu;
/** The title a spreadsheet gives its label column, in its own cell before the value columns. */
const LABEL_TITLE = /^(post|poster|resultatpost|rad|konto|kontoslag|benämning|text|specifikation|fråga|uppgift)$/i;

type Token =
  | { t: "year"; year: number; written: string }
  | { t: "basis"; basis: "actual" | "budget" | "unknown"; written: string; unknownWord?: boolean }
  | { t: "note" }
  | { t: "share"; written: string }
  /** A wide gap between two cells of a header laid out in columns. */
  | { t: "gap" };

/** A header word's basis: the patterns above, then the lexicon's basis concepts ("Helårsprognos", "Utf."). */
function basisOf(word: string): "actual" | "budget" | "unknown" | "note" | undefined {
  const listed = BASIS.find(([re]) => re.test(word))?.[1];
  if (listed) return listed;
  const c = bestConcept(word, ["basis"]);
  if (!c) return undefined;
  return c.concept.code === "actual" || c.concept.code === "budget" || c.concept.code === "note"
    ? c.concept.code
    : "unknown";
}

/**
 * "2025 (budget)": a basis in brackets after a year is that year's basis, as "Budget 2025"; so is a
 * request or a proposal ("2027 (begärt)", "2027 (förslag)"), a column of its own that is no outcome.
 */
const YEAR_THEN_BASIS =
  /\b((?:19|20)\d\d)\s*\((budget|utfall|bokslut|prognos|beslutat|beslutad|fastställt|fastställd|begärt|begärd|äskat|äskad|förslag|föreslaget|föreslagen)\)(?:,(?=\s))?/gi;

/** A balance date written out ("31 december 2025", "31 dec. 2025", "1 januari 2025", "31/12 2025"): as "2025-12-31". */
const WRITTEN_BALANCE_DATE = /\b(31\s+dec(?:ember|\.)?|1\s+jan(?:uari|\.)?|31\/12|1\/1)\s+((?:19|20)\d\d)\b/gi;

function tokenize(written: string): Token[] | null {
  const dated = /\b(?:31|1)(?:\s+(?:dec|jan)|\/(?:12|1)\s)/i.test(written)
    ? written.replace(
        WRITTEN_BALANCE_DATE,
        (_, d: string, y: string) => `${y}-${d.startsWith("31") ? "12-31" : "01-01"}`,
      )
    : written;
  const text = dated.replace(YEAR_THEN_BASIS, "$2 $1");
  // A header laid out in columns (cells apart by wide gaps) keeps its cells apart: a basis word
  // belongs to its own cell, so "Budget    2024-01-01–2024-12-31" is two columns, not one.
  const cells = text.trim().split(/ {2,}|\t/);
  // The label column's title over the row labels ("Post    Budget 2024    Utfall 2024") names no column.
  if (cells.length > 2 && (LABEL_TITLE.test(cells[0]!) || stubTitle(cells[0]!))) cells.shift();
  const out: Token[] = [];
  // A shortened year's period is read as its year only as the header's one part of a year: two
  // ("2024-07-01–2024-12-31   2023-07-01–2023-12-31") are the same half of two years.
  const shortened =
    text.includes("-01") && (text.match(PERIOD_RANGES) ?? []).filter((r) => namesPartOfYear(r)).length === 1;
  for (const [i, cell] of cells.entries()) {
    if (i > 0) out.push({ t: "gap" });
    // Part of a year ("Jan–aug 2025", "Delår 2024"): a column of its own, never a year's figure.
    const whole = cells.length > 1 ? wholeCell(cell, shortened) : undefined;
    if (whole) out.push(whole);
    else if (!tokenizeCell(cell, out, HEADER_CUE.test(text), shortened)) return null;
  }
  return acceptUnknownWords(out.filter((t) => t.t !== "gap")) ? out : null;
}

/**
 * A cell of a header laid out in columns that is one column whatever its words: part of a year
 * ("Jan–aug 2025"), inhabitants ("Invånare 1 nov 2023") or a mean of years ("Snitt 22–24"), never a
 * year's amount; a share
 * ("Andel av kommunernas del (%)"), however many words say of what.
 */
function wholeCell(cell: string, shortened = false): Token | undefined {
  if (
    (namesPartOfYear(cell) && !(shortened && SHORTENED_YEAR.test(oneRange(cell)))) ||
    POPULATION.test(cell) ||
    MEAN_OF_YEARS.test(cell) ||
    BESIDE_OUTCOME.test(cell.trim())
  )
    return { t: "basis", basis: "unknown", written: cell };
  if (SHARE_CELL.test(cell) && !/\d/.test(cell)) return { t: "share", written: cell };
  return undefined;
}

/** "Snitt 22–24", "Genomsnitt 2022–2024", "Medelvärde 3 år": a mean of other years, never one year's figure. */
const MEAN_OF_YEARS = /^\s*(?:snitt|genomsnitt|medel|medelvärde|medeltal|median)(?!\p{L})/iu;

/**
 * A column beside the outcome that is no year's outcome nor its budget, whatever year it names: a
 * revised budget ("Reviderad budget 2025", "Rev. budget", "Budget efter revidering"), what is left
 * of a budget or how much of it was spent ("Kvar att förbruka", "Kvar (+) / överskridet (–)",
 * "Återstår", "Förbrukat %", "Förbrukningsgrad"). One column of its own, its cells never read.
 */
const BESIDE_OUTCOME =
  /^(?:rev(?:\.|iderad|iderat)?\s*budget\b.*|budget\s+efter\s+revidering.*|kvar(?:\s+att\s+förbruka|\s+av\s+budget)?(?:\s*\(\+\)\s*\/\s*överskridet\s*\([–-]\))?|återstår|återstående(?:\s+budget)?|förbrukat(?:\s*%|\s+i\s+%|\s+andel)?|förbrukningsgrad(?:\s*%)?|ej\s+förbrukat|outnyttjat)$/iu;

/** "2024-05-01–2024-12-31": from a month's first day to the last day of the same year. */
const SHORTENED_YEAR = /^((?:19|20)\d\d)-(?:0[2-9]|1[0-2])-01–\1-12-31$/;

/** A cell's period range written as one word ("2024-05-01 – 2024-12-31" → "2024-05-01–2024-12-31"). */
const oneRange = (cell: string) =>
  cell.trim().replace(/^((?:19|20)\d\d-\d\d-\d\d)\s*[-–]\s*((?:19|20)\d\d-\d\d-\d\d)$/, "$1–$2");

/** Periods between two dates in a header. */
const PERIOD_RANGES = /(?:19|20)\d\d-\d\d-\d\d\s*[-–]\s*(?:19|20)\d\d-\d\d-\d\d/g;

function tokenizeCell(text: string, out: Token[], amountWords = false, shortened = false): boolean {
  // Period ranges ("2023-01-01 – 2023-12-31") are one column.
  const s = clean(text.replace(/[()[\]]/g, " ")).replace(
    /((?:19|20)\d\d-\d\d-\d\d)\s*[-–]\s*((?:19|20)\d\d-\d\d-\d\d)/g,
    "$1–$2",
  );
  const words = s.split(" ").filter((w) => w !== "");
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const bare = w.replace(/[,;:]$/, "");
    if (bare === "") continue;
    if (/^procentuell$/i.test(bare) && SHARE_NOUN.test(words[i + 1] ?? "")) {
      // "Procentuell fördelning": a share in percent, written out in two words.
      out.push({ t: "share", written: `${bare} ${words[++i]}` });
    } else if (SHARE.test(bare)) {
      // "Andel 2024": the share of that year, one column.
      const year = YEAR.test((words[i + 1] ?? "").replace(/[,;:]$/, ""));
      out.push({ t: "share", written: year ? `${bare} ${words[++i]}` : bare });
    } else if (amountWords && AMOUNT_WORD.test(bare)) continue;
    else if (YEAR.test(bare)) out.push({ t: "year", year: Number(bare), written: bare });
    else if (DATE.test(bare)) {
      // A balance date is the year's end (or, over period columns, its start); a date inside the
      // year ("2024-06-30") is a mid-year balance, a column of its own whose amounts are never the year's.
      const [, year, month, day] = DATE.exec(bare)!;
      const endOrStart = (month === "12" && day === "31") || (month === "01" && day === "01");
      out.push(
        ...(endOrStart
          ? ([{ t: "year", year: Number(year), written: bare }] as const)
          : ([{ t: "basis", basis: "unknown", written: bare }, { t: "gap" }] as const)),
      );
    } else if (/^(?:19|20)\d\d-\d\d-\d\d–(?:19|20)\d\d-\d\d-\d\d$/.test(bare))
      // A period is its year's column only when it is the whole calendar year: "2024-01-01–2024-06-30"
      // is half of it, a column of its own whose amounts are never the year's. A period from a
      // month's first day to 31 December of one year ("2024-05-01–2024-12-31"), the header's one
      // part of a year (beside a whole year's column or alone), is a shortened financial year, a
      // federation's first: all of that year's accounts (federations keep calendar years).
      // The period is a whole column: a year after it is the next column's, never its own.
      out.push(
        ...(namesPartOfYear(bare) && !(shortened && SHORTENED_YEAR.test(bare))
          ? ([{ t: "basis", basis: "unknown", written: bare }, { t: "gap" }] as const)
          : ([{ t: "year", year: Number(bare.slice(11, 15)), written: bare }] as const)),
      );
    else if (NOTE.test(bare)) out.push({ t: "note" });
    else if (FILLER.test(bare)) continue;
    else if (DRAFT.test(bare)) {
      // "Utkast 10/2": a draft's column to the end of the cell, whatever date says
      // which draft; never the year's outcome nor its budget.
      out.push({ t: "basis", basis: "unknown", written: words.slice(i).join(" ") });
      return true;
    } else if (spelledOutDeviation(words, i)) {
      // "Avvikelse mot budget", "Förändring jämfört med föregående år": one column of its own
      // to the end of the cell; its "budget" names no budget column and no year.
      out.push({ t: "basis", basis: "unknown", written: words.slice(i).join(" ") });
      return true;
    } else {
      const b = basisOf(bare);
      if (b === "note") out.push({ t: "note" });
      else if (b) out.push({ t: "basis", basis: b, written: bare });
      else if (/^\p{Lu}\p{Ll}+\.?$/u.test(bare))
        out.push({ t: "basis", basis: "unknown", written: bare, unknownWord: true });
      else return false;
    }
  }
  return true;
}

/**
 * The label column's own title in words the header does not know, written as a title, never a
 * column: "Ekonomi (kronor)", "Resultat i sammandrag", "Nyckeltal i tkr". A single unknown word
 * ("Tot") may be a column and is not taken; nor a cell with a digit or a word of a column.
 */
function stubTitle(cell: string): boolean {
  if (/\d/.test(cell)) return false;
  const titled =
    /\((?:kr|kronor|tkr|tusen kronor|mkr|mnkr|sek)\)\s*$|\s(?:i|,)\s*(?:kr|kronor|tkr|mkr|mnkr)$/iu.test(cell) ||
    /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)+$/u.test(cell.trim());
  if (!titled) return false;
  const tokens: Token[] = [];
  tokenizeCell(cell, tokens, true);
  return tokens.every((t) => t.t === "basis" && t.unknownWord === true);
}

/** Words that tie a deviation to what it is measured against ("mot budget", "jämfört med 2023"). */
const MEASURED_AGAINST = /^(mot|från|gentemot|jämfört|jmf|jfr|i\s+förhållande)$/i;

/**
 * Whether `words[i]` opens a deviation spelled out to the end of its cell: a deviation or
 * forecast word, then a word that ties it to what it is measured against, and no year after it
 * ("Avvikelse mot budget"), or only the year it is measured against ("Förändring mot 2024": a
 * change, not that year's amount). A year after more words ("Avvikelse mot budget 2024") is
 * left to the words.
 */
function spelledOutDeviation(words: readonly string[], i: number): boolean {
  const rest = words.slice(i + 1);
  const againstYear = rest.length === 2 && YEAR.test(rest[1]!.replace(/[,;:]$/, ""));
  return (
    rest.length > 0 &&
    MEASURED_AGAINST.test(rest[0]!) &&
    BASIS.some(([re, b]) => b === "unknown" && re.test(words[i]!)) &&
    (againstYear || !rest.some((w) => /\d/.test(w)))
  );
}

/**
 * One word the header does not know ("Plan 2024", "Tot 2023") is a column of its own, kept
 * as unknown so that the row's values still line up, and its values never stored. It is
 * believed only on a line that is plainly a header: every unknown word stands before a year,
 * and a known column word (Utfall, Budget, Not) stands on the line too.
 */
function acceptUnknownWords(tokens: readonly Token[]): boolean {
  const unknown = tokens.flatMap((t, i) => (t.t === "basis" && t.unknownWord ? [i] : []));
  if (unknown.length === 0) return true;
  const known = tokens.some((t) => t.t === "note" || (t.t === "basis" && !t.unknownWord));
  return known && unknown.every((i) => tokens[i + 1]?.t === "year");
}

function build(written: Column[]): ColumnHeader | null {
  // Two columns of the same year and basis ("2024  2024  2023" with "Budget  Utfall  Utfall"
  // on the line below, or "2024-01-01  2024-12-31", the opening and the closing balance): which
  // is which cannot be told from this line, so neither is that year's.
  const key = (c: Column) => (c.kind === "amount" ? `${c.basis} ${c.year}` : undefined);
  const columns = written.map((c): Column => {
    if (c.kind !== "amount") return c;
    const k = key(c);
    return written.filter((o) => key(o) === k).length > 1 ? { kind: "unknown", written: c.written } : c;
  });
  const valueColumns = columns.filter((c): c is Exclude<Column, { kind: "note" }> => c.kind !== "note");
  if (!valueColumns.some((c) => c.kind === "amount")) return null;
  const notes = columns.filter((c) => c.kind === "note").length;
  // A Not column stands before the amounts; anywhere else the header is not understood.
  if (notes > 1 || (notes === 1 && columns[0]!.kind !== "note")) return null;
  return { columns, hasNote: notes === 1, valueColumns };
}

/**
 * Read one header line. Returns null when the line is not a header (a word that is no column
 * word, or no year at all). A header of period starts then period ends ("2023-01-01
 * 2022-01-01") is read like any other: both name the same years.
 */
export const parseColumnHeader: (text: string) => ColumnHeader | null = rememberByText((text) =>
  readColumnHeader(text),
);

/**
 * `parseColumnHeader` itself. Remembered per text (`textMemo.ts`, the answer frozen): the
 * statement, members' and headless readers ask about the same lines, each several times.
 */
function readColumnHeader(text: string): ColumnHeader | null {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return null;
  const columns: Column[] = [];
  let pending: { basis: "actual" | "budget" | "unknown"; written: string } | null = null;
  /** "Budget" standing alone in its cell: the budget of the latest year of the header (the report's). */
  const yearless: number[] = [];
  const closeCell = () => {
    if (!pending) return;
    if (pending.basis !== "budget") columns.push({ kind: "unknown", written: pending.written });
    else {
      yearless.push(columns.length);
      columns.push({ kind: "amount", year: 0, basis: pending.basis, written: pending.written });
    }
    pending = null;
  };
  for (const tok of tokens) {
    if (tok.t === "gap") closeCell();
    else if (tok.t === "share") {
      closeCell();
      columns.push({ kind: "share", written: tok.written });
    } else if (tok.t === "note") {
      if (pending) return null;
      columns.push({ kind: "note" });
    } else if (tok.t === "basis") {
      // "Avvikelse" standing alone is a column of its own; "Utfall" waits for its year.
      if (pending) columns.push({ kind: "unknown", written: pending.written });
      pending = { basis: tok.basis, written: tok.written };
    } else {
      if (pending?.basis === "unknown") columns.push({ kind: "unknown", written: `${pending.written} ${tok.written}` });
      else
        columns.push({
          kind: "amount",
          year: tok.year,
          basis: pending?.basis === "budget" ? "budget" : "actual",
          written: pending ? `${pending.written} ${tok.written}` : tok.written,
        });
      pending = null;
    }
  }
  if (tokens.some((t) => t.t === "gap")) closeCell();
  if (pending) columns.push({ kind: "unknown", written: pending.written });
  if (yearless.length > 0) {
    const years = columns.flatMap((c) => (c.kind === "amount" && c.year > 0 ? [c.year] : []));
    if (years.length === 0) return null;
    const latest = Math.max(...years);
    const budgetNamed = columns.some((c) => c.kind === "amount" && c.basis === "budget" && c.year === latest);
    // A second budget of that year, or two bare budgets: which year each is cannot be told.
    for (const i of yearless)
      columns[i] =
        budgetNamed || yearless.length > 1
          ? { kind: "unknown", written: (columns[i] as Extract<Column, { kind: "amount" }>).written }
          : { ...(columns[i] as Extract<Column, { kind: "amount" }>), year: latest };
  }
  return build(columns);
}

/**
 * Two header lines split by the PDF: a basis line ("Utfall Budget Utfall") above a year line
 * ("2023 2023 2022") with as many entries. Returns null unless they pair up exactly.
 */
export function parseSplitHeader(
  basisLine: string,
  yearLine: string,
  raw?: { basis: string; year: string },
): ColumnHeader | null {
  const top = tokenize(basisLine)?.filter((t) => t.t !== "gap");
  const bottom = tokenize(yearLine)?.filter((t) => t.t !== "gap");
  if (!top || !bottom) return null;
  const bases = top.filter((t) => t.t !== "note") as Extract<Token, { t: "basis" }>[];
  const years = bottom.filter((t) => t.t === "year") as Extract<Token, { t: "year" }>[];
  if (bases.length === 0 || bases.some((t) => t.t !== "basis")) return null;
  if (bottom.some((t) => t.t === "basis")) return null;
  if (years.length < bases.length) return raw ? yearlessChangeColumns(bases, years, raw, top, bottom) : null;
  const over = basisOfEachYear(bases, years, raw);
  if (!over) return null;
  const note = top.some((t) => t.t === "note") || bottom.some((t) => t.t === "note");
  const columns: Column[] = note ? [{ kind: "note" }] : [];
  years.forEach((y, i) => {
    const b = bases[over[i]!]!;
    const written = `${b.written} ${y.written}`;
    columns.push(
      b.basis === "unknown" ? { kind: "unknown", written } : { kind: "amount", year: y.year, basis: b.basis, written },
    );
  });
  return build(columns);
}

/**
 * "Utfall  Utfall  Förändring  Budget" over "2025  2024  2025": in layout text, a change or deviation
 * column ("Förändring", "Avvikelse", "Diff") written over no year of its own, between or beside columns
 * each of whose words has its year right under it. Each year goes to the basis word whose centre is
 * nearest above it, all in order and no two years to one word; every word left without a year must be
 * such a yearless column, never "Utfall" or "Budget" (whose year could not be told). Null otherwise.
 */
function yearlessChangeColumns(
  bases: readonly Extract<Token, { t: "basis" }>[],
  years: readonly Extract<Token, { t: "year" }>[],
  raw: { basis: string; year: string },
  top: readonly Token[],
  bottom: readonly Token[],
): ColumnHeader | null {
  if (top.some((t) => t.t === "note") || bottom.some((t) => t.t === "note") || years.length === 0) return null;
  const b = wordCentres(
    raw.basis,
    bases.map((t) => t.written),
  );
  const y = wordCentres(
    raw.year,
    years.map((t) => t.written),
  );
  if ([...b, ...y].some(Number.isNaN)) return null;
  const over = y.map((c) => b.reduce((best, x, i) => (Math.abs(x - c) < Math.abs(b[best]! - c) ? i : best), 0));
  if (!over.every((o, i) => i === 0 || o > over[i - 1]!)) return null;
  // Each year stands nearer its own word than half the way to the next word: under it, not between two.
  for (let i = 0; i < over.length; i++) {
    const o = over[i]!;
    const gaps = [o > 0 ? b[o]! - b[o - 1]! : Infinity, o < b.length - 1 ? b[o + 1]! - b[o]! : Infinity];
    if (Math.abs(b[o]! - y[i]!) * 2 >= Math.min(...gaps) / 2) return null;
  }
  const columns: Column[] = [];
  for (let i = 0; i < bases.length; i++) {
    const k = over.indexOf(i);
    const base = bases[i]!;
    if (k < 0) {
      if (base.basis !== "unknown") return null;
      columns.push({ kind: "unknown", written: base.written });
    } else {
      const written = `${base.written} ${years[k]!.written}`;
      columns.push(
        base.basis === "unknown"
          ? { kind: "unknown", written }
          : { kind: "amount", year: years[k]!.year, basis: base.basis, written },
      );
    }
  }
  return build(columns);
}

/** The centre of each word of a laid-out line, found in order (NaN where one is not found). */
function wordCentres(line: string, words: readonly string[]): number[] {
  const text = line.replace(/\t/g, "  ");
  let from = 0;
  return words.map((w) => {
    const at = text.indexOf(w, from);
    from = at + w.length;
    return at < 0 ? NaN : at + (w.length - 1) / 2;
  });
}

/**
 * Which basis word stands over each year of a split header: one each, in order; one word over
 * all the years ("Utfall" above "2024  2023"); or, in layout text, each year under the basis word
 * nearest above it ("Utfall" centred over "2024  2023", "Budget" over "2024"), every word over
 * at least one year and in order; a single word over several years only as their title, between
 * them. Undefined when it cannot be told.
 */
function basisOfEachYear(
  bases: readonly Extract<Token, { t: "basis" }>[],
  years: readonly Extract<Token, { t: "year" }>[],
  raw?: { basis: string; year: string },
): number[] | undefined {
  if (bases.length === years.length) return years.map((_, i) => i);
  if (bases.length === 1 && !raw) return years.map(() => 0);
  if (!raw) return undefined;
  const centres = (line: string, words: readonly string[]) => {
    let from = 0;
    return words.map((w) => {
      const at = line.indexOf(w, from);
      from = at + w.length;
      return at < 0 ? NaN : at + (w.length - 1) / 2;
    });
  };
  const b = centres(
    raw.basis.replace(/\t/g, "  "),
    bases.map((t) => t.written),
  );
  const y = centres(
    raw.year.replace(/\t/g, "  "),
    years.map((t) => t.written),
  );
  if ([...b, ...y].some(Number.isNaN)) return undefined;
  // One word over all the years stands nearer the middle of them than any one of them, as a
  // title does; over one year only, it names that column and leaves the others unknown.
  if (bases.length === 1) {
    const middle = (Math.min(...y) + Math.max(...y)) / 2;
    const title = y.every((c) => Math.abs(b[0]! - middle) < Math.abs(b[0]! - c));
    return title ? years.map(() => 0) : undefined;
  }
  const over = y.map((c) => b.reduce((best, x, i) => (Math.abs(x - c) < Math.abs(b[best]! - c) ? i : best), 0));
  const inOrder = over.every((o, i) => i === 0 || o >= over[i - 1]!);
  return inOrder && bases.every((_, i) => over.includes(i)) ? over : undefined;
}

/**
 * Whether a cell of a laid-out header is one column: "Not", "Budget", "Utfall 2024",
 * "2024-12-31", "Prognos".
 */
export function isColumnCell(cell: string): boolean {
  if (wholeCell(cell.trim())) return true;
  // "Bidrag 2024", "Medlemsavgift 2025": what a members' table's amounts are, and their year.
  if (AMOUNT_OF_YEAR.test(cell.trim())) return true;
  const tokens = tokenize(cell.trim().replace(/\s+/g, " "));
  if (!tokens || tokens.length === 0 || tokens.length > 2) return false;
  if (tokens.length === 1) return true;
  return tokens[0]!.t === "basis" && tokens[1]!.t === "year";
}

/** A members' table's amount column named by what it is and its year: "Bidrag 2024", "Avgift 2025 (tkr)". */
const AMOUNT_OF_YEAR =
  /^(?:medlems)?(?:bidrag|avgift(?:er)?|tilldelning)\s+(?:19|20)\d\d(?:\s*\((?:kr|tkr|kronor|mkr)\))?$/iu;

/** Whether a line is only column words with no year (the top half of a split header). */
export function isBasisLine(text: string): boolean {
  const tokens = tokenize(text);
  return !!tokens && tokens.some((t) => t.t === "basis") && tokens.every((t) => t.t !== "year");
}

/** Whether a line is only a "Not" column heading (with unit words), above a year line. */
export function isNoteOnlyLine(text: string): boolean {
  const tokens = tokenize(text)?.filter((t) => t.t !== "gap");
  return !!tokens && tokens.length === 1 && tokens[0]!.t === "note";
}

/** The same header with a Not column first (its "Not" stood on the line above). */
export function withNoteColumn(header: ColumnHeader): ColumnHeader {
  if (header.hasNote) return header;
  return { columns: [{ kind: "note" }, ...header.columns], hasNote: true, valueColumns: header.valueColumns };
}

/** A cell naming an outcome or a budget alone ("Utfall helår", "Budget enl. VP") with the year after it. */
function withYearOfBasis(cell: string, year: number): string {
  if (wholeCell(cell)) return cell;
  const tokens = tokenize(cell)?.filter((t) => t.t !== "gap");
  const only = tokens?.length === 1 ? tokens[0] : undefined;
  return only?.t === "basis" && only.basis !== "unknown" ? `${cell} ${year}` : cell;
}

/**
 * A header whose every cell is stacked over two lines ("Budget   Reviderad     Utfall   Kvar att   Utfall"
 * over "2025     budget 2025   2025     förbruka   2024"), as a word processor wraps narrow columns:
 * each lower cell under the one upper cell it overlaps, the two read as one cell ("Reviderad budget
 * 2025", "Kvar att förbruka"), and the whole as one header line. Only where both lines are laid out
 * in columns with the same count of cells (two or more), each pairing one to one by position, no
 * figure on either but a year, and the joined header names an amount column. Undefined otherwise.
 */
export function parseStackedHeader(
  upper: string,
  lower: string,
  reportYear?: number,
): { header: ColumnHeader; cells: string; spans: { from: number; to: number }[] } | undefined {
  if (
    /\d/.test(upper.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, "")) ||
    /\d/.test(lower.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, ""))
  )
    return undefined;
  const runs = (s: string) =>
    [...s.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)].map((m) => ({
      from: m.index!,
      to: m.index! + m[0].length - 1,
      text: m[0],
    }));
  const top = runs(upper);
  const bottom = runs(lower);
  if (top.length < 2 || top.length !== bottom.length) return undefined;
  const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) =>
    a.from <= b.to && b.from <= a.to;
  for (const [i, b] of bottom.entries()) {
    const over = top.filter((t) => overlaps(t, b));
    if (over.length !== 1 || over[0] !== top[i]) return undefined;
  }
  const joined = top.map((t, i) => `${t.text} ${bottom[i]!.text}`);
  // No year on either line ("Budget" over "enl. VP", "Utfall" over "helår"): where the caller knows
  // the table is the report year's, each cell naming an outcome or a budget alone is that year's.
  const yearless = !joined.some((c) => /(?<!\d)(?:19|20)\d\d(?!\d)/.test(c));
  if (yearless && reportYear === undefined) return undefined;
  const cells = joined.map((c) => (yearless ? withYearOfBasis(c, reportYear!) : c)).join("   ");
  const header = parseColumnHeader(cells);
  if (!header || header.valueColumns.length !== top.length || !header.valueColumns.some((c) => c.kind === "amount"))
    return undefined;
  // Each column spans both its cells: the rows' figures stand under either.
  const spans = top.map((t, i) => ({ from: Math.min(t.from, bottom[i]!.from), to: Math.max(t.to, bottom[i]!.to) }));
  return { header, cells, spans };
}
