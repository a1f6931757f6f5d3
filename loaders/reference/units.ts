/**
 * Units of money and their scales, defined once for every reader: the unit of a statement
 * table, read from its heading or column header ("Belopp i tkr", "(tkr)", "Mkr", "miljoner
 * kronor", "kr"), the unit written after an amount in running text ("350 tkr", "10,7 miljoner",
 * "2 m.kr", "3,1 milj.", "9,5 milj.kr", "410 t.kr"),
 * and amounts scaled to whole kronor. A scaled amount is exact only to its unit: "4 200" tkr is
 * 4 200 000 ± 500 kr, "4,2" Mkr is 4 200 000 ± 50 000 kr. A stated unit the readers do not know
 * ("hundratals kronor", "100-tal kr", "tusen euro") reads as "unknown": its amounts are never
 * read, least of all as kronor. Pure functions.
 */
import { z } from "zod";

export const statementUnit = z.enum(["kr", "tkr", "mkr"]);
export type StatementUnit = z.infer<typeof statementUnit>;

export const UNIT_FACTOR: Record<StatementUnit, number> = { kr: 1, tkr: 1_000, mkr: 1_000_000 };

/** kr, tkr, Mkr: a stored amount in kronor is a number as written times one of these. */
export const UNIT_SCALES: readonly number[] = Object.values(UNIT_FACTOR);

/** A unit stated but not one the readers know: its amounts are left unread, never read as kronor. */
export const UNKNOWN_UNIT = "unknown";

export interface KnownUnitReading {
  unit: StatementUnit;
  /** The words the unit was read from, as written. */
  written: string;
}

/**
 * A stated unit: one the readers know, or one they do not ("belopp i hundratals kronor",
 * "(100-tal kr)", "i tiotal tkr", "tusen euro"), whose amounts no reader may scale.
 */
export type UnitReading = KnownUnitReading | { unit: typeof UNKNOWN_UNIT; written: string };

// Longest first: "tusentals kronor" before "kronor", "mnkr" before "kr".
const UNIT_WORDS: [RegExp, StatementUnit][] = [
  [/\b(miljoner|miljon|milj\.?)\s*(kronor|kr|sek)\b|\bmkr\b|\bmnkr\b|\bmsek\b|\bmn\s?kr\b|\bm\.\s?kr\b/i, "mkr"],
  // "(000 kr)", "belopp i 1000-tal kr", "1 000-tals kronor": thousands written with digits.
  [
    /\btusen(tal|tals)?\s*(kronor|kr|sek)\b|\btkr\b|\bkkr\b|\bksek\b|\btsek\b|\bt\.\s?kr\b|(?<!\d\s?)(?:1\s?000-tals?|000)\s*(?:kronor|kr|sek)\b/i,
    "tkr",
  ],
  [/\bkronor\b|\bkr\b\.?|\bsek\b/i, "kr"],
];

/** Another currency, bare or scaled ("EUR", "TEUR", "MNOK", "euro", "€"): never kronor. */
export const FOREIGN_CURRENCY = String.raw`(?:\b(?:t|k|m|mn)?(?:eur|usd|nok|dkk)\b|\beuros?\b|€|\bdollar\b)`;

/** Words of money a unit ends in, in kronor or scaled (what a scale word can stand before). */
const MONEY_WORD = String.raw`(?:kronor|kr|sek|tkr|kkr|ksek|tsek|mkr|mnkr|msek)\b`;
/**
 * Units the readers do not know. A scale other than thousands or millions before a word of
 * money ("hundratals kronor", "100-tal kr", "tiotal tkr", "10 000-tals kronor"; "1 000-tal" and
 * "tusental" are thousands), or another currency with or without its scale ("tusen euro",
 * "TEUR", "MNOK", "USD"). The scale words are whole words: "tio" or "hundra" alone are no scale.
 */
const UNKNOWN_UNIT_WORDS = new RegExp(
  [
    String.raw`\b(?:hundra|tio|tiotusen|hundratusen)(?:tal|tals)\s*${MONEY_WORD}`,
    String.raw`\bhundra\s+(?:kronor|kr|sek)\b`,
    String.raw`(?<![\d,.]\s?)(?!1\s?000-)\d{1,3}(?:\s?\d{3})*-tals?\s*${MONEY_WORD}`,
    String.raw`(?:\b(?:tusen(?:tals?)?|miljoner|miljon|milj\.?)\s*)?${FOREIGN_CURRENCY}`,
  ].join("|"),
  "iu",
);

/** A cheap look before UNKNOWN_UNIT_WORDS: the words every unknown unit has. */
const MAYBE_UNKNOWN = /tal|hundra|eur|€|usd|nok|dkk|dollar/i;

/**
 * A unit written as a word of a table's row label ("Intäkter, tkr", "Årets resultat, Mkr"): it
 * says how the row's cells are scaled, not what they are (folded: lower case, no diacritics).
 */
export const LABEL_UNIT_WORDS: ReadonlySet<string> = new Set([
  "kr",
  "kronor",
  "sek",
  "tkr",
  "kkr",
  "ksek",
  "tsek",
  "mkr",
  "mnkr",
  "msek",
]);

/**
 * The unit words of LABEL_UNIT_WORDS as one alternation (longest first, so "kronor" is not read as
 * "kr"), for patterns of headers and unit lines built elsewhere.
 */
export const UNIT_WORD_SOURCE = [...LABEL_UNIT_WORDS].sort((a, b) => b.length - a.length).join("|");

/**
 * The unit word right after an amount in running text, as a regular expression source.
 * After a number, "miljoner" or "milj." alone is money ("10,7 miljoner"); in a heading it is not.
 */
export const AMOUNT_UNIT_WORD = String.raw`miljoner|miljon|mkr|mnkr|msek|mn kr|m\.\s?kr|milj\.\s?kr\b|milj\.?|tkr|t\.\s?kr\b|kkr|tusentals? kronor|tusentals? kr\b|tusen kronor|tusen kr|tsek|ksek|kronor|kr\b|sek\b|:-`;

const AMOUNT_UNITS: [RegExp, StatementUnit][] = [
  [/^(miljoner|miljon|mkr|mnkr|msek|mn kr|m\.\s?kr|milj\.\s?kr|milj\.?)(?![\p{L}])/iu, "mkr"],
  [/^(tkr|t\.\s?kr|kkr|tusen(?:tals?)? kronor|tusen(?:tals?)? kr|tsek|ksek)\b/i, "tkr"],
];

/** The unit of a word matched by `AMOUNT_UNIT_WORD`; kronor ("kr", "SEK", ":-") when it names no larger one. */
export function amountUnit(word: string): StatementUnit {
  return AMOUNT_UNITS.find(([re]) => re.test(word))?.[1] ?? "kr";
}

/** The unit a heading or header line states, or null if it states none. */
export function readUnit(text: string): UnitReading | null {
  const t = text.replace(/[\u00a0\u202f\u2009]/g, " ");
  let known: (KnownUnitReading & { index: number }) | null = null;
  for (const [re, unit] of UNIT_WORDS) {
    const m = re.exec(t);
    if (m) {
      known = { unit, written: m[0].trim(), index: m.index };
      break;
    }
  }
  // An unknown scale or currency stated first decides: "hundratals kronor" says "kronor" too, at
  // its end. A known unit stated before it is the statement's ("Belopp i tkr; EU-medel i euro").
  const unknown = MAYBE_UNKNOWN.test(t) ? UNKNOWN_UNIT_WORDS.exec(t) : null;
  if (unknown && (!known || unknown.index <= known.index)) return { unit: UNKNOWN_UNIT, written: unknown[0].trim() };
  return known && { unit: known.unit, written: known.written };
}

/**
 * A document-wide statement of the unit ("Alla belopp i tkr om inte annat anges",
 * "Belopp i tkr om inget annat anges", "Samtliga belopp i resultat- och balansräkningen anges i
 * tusentals kronor", "Beloppen i tabellerna redovisas i tkr", "Beloppen i resultaträkningen, balansräkningen
 * och tabellen över medlemsbidrag anges i tusental kronor"): used for tables that state no unit of
 * their own. The unit must follow the verb that states it ("anges i", "redovisas i"), in one line.
 */
const STATES_UNIT =
  /(?:alla|samtliga)\s+belopp(?:en)?\b.{0,60}?\b(?:anges|redovisas|uttrycks|är angivna)\s+i\s|(?<!\p{L})belopp(?:en)?\s+(?:i\s+(?:[\p{L}-]+,?\s+){1,8})?(?:anges|redovisas|uttrycks|är angivna)\s+i\s/iu;
/**
 * The same said with the unit right after its verb or noun, which must open with the unit
 * ("Belopp avser tusen kronor (tkr)", "Förbundet redovisar i tusentals kronor med en decimal",
 * "Personer räknas i antal, pengar i tusental kronor"); a word between ("redovisar i
 * årsredovisningen 5 612 tkr", "Beloppet avser bidrag om 300 tkr") states no unit.
 */
const STATES_UNIT_FIRST =
  /(?<!\p{L})(?:belopp(?:en)?\s+avser|pengar\s+(?:(?:anges|räknas|redovisas)\s+)?i|(?:förbundet|vi|rapporten|redovisningen|årsredovisningen|räkenskaperna|tabellerna)\s+(?:redovisar|redovisas|presenteras)\s+i)\s+/giu;
/** The unit opening a text: "tusen kronor", "tusentals kronor", "tkr", "kronor", "miljoner kronor". */
const UNIT_OPENS =
  /^(?:hela\s+)?(?:tusen(?:tal|tals)?\s*(?:kronor|kr|sek)|tkr|kkr|ksek|tsek|miljoner\s+(?:kronor|kr)|mkr|mnkr|msek|kronor|kr|sek)(?!\p{L})/iu;
function unitStatedFirst(t: string): UnitReading | null {
  STATES_UNIT_FIRST.lastIndex = 0;
  for (const m of t.matchAll(STATES_UNIT_FIRST)) {
    const rest = t.slice(m.index + m[0].length);
    const opens = UNIT_OPENS.exec(rest);
    if (!opens) continue;
    const u = readUnit(opens[0]);
    if (u && u.unit !== UNKNOWN_UNIT) return u;
  }
  return null;
}

export function readDocumentUnit(lines: readonly string[]): (UnitReading & { line: number }) | null {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!;
    if (!/belopp|siffror|redovisa|pengar/i.test(t)) continue;
    const first = /avser|redovisa|presenteras|pengar/i.test(t) ? unitStatedFirst(t) : null;
    if (first) return { ...first, line: i + 1 };
    if (!/belopp|siffror/i.test(t)) continue;
    const stated = STATES_UNIT.exec(t);
    if (
      !/(belopp|siffror).{0,40}(om inte|om inget|där inte|där inget|om ej) annat/i.test(t) &&
      !/alla belopp (anges |redovisas )?i\b/i.test(t) &&
      !stated
    )
      continue;
    // "… anges i tusentals kronor": the unit is the one the verb states, not a word before it.
    if (stated && !/(om inte|om inget|där inte|där inget|om ej) annat|alla belopp (anges |redovisas )?i\b/i.test(t)) {
      const u = readUnit(t.slice(stated.index + stated[0].length));
      if (u) return { ...u, line: i + 1 };
      continue;
    }
    const u = readUnit(t);
    if (u) return { ...u, line: i + 1 };
  }
  return null;
}

/** A line that is only a statement of the unit: "Belopp i tkr", "(Belopp anges i tusentals kronor)". */
const UNIT_LINE = /^\(?\s*(?:alla\s+)?belopp(?:en)?\s+(?:anges\s+|redovisas\s+|är\s+)?i\s+[\p{L}\d€ .()-]{2,28}\)?$/iu;

/** A line's first sentence, up to a stop that a capital after a space follows. */
const FIRST_SENTENCE = /^(.{6,40}?)\.\s+\p{Lu}/u;

/**
 * Lines that state the unit on their own ("Belopp i tkr" above a statement's heading), in
 * document order: each holds for the tables below it up to the next such line. A unit written
 * inside a table's header or heading is that table's own and is not among them.
 */
export function readUnitLines(lines: readonly string[]): (UnitReading & { line: number; caption?: true })[] {
  const out: (UnitReading & { line: number; caption?: true })[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    const caption = t.length > 12 && (t[0] === "T" || t[0] === "t") ? captionUnit(t) : undefined;
    if (caption !== undefined) {
      const u = readUnit(caption);
      if (u) out.push({ ...u, line: i + 1, caption: true });
      continue;
    }
    // "Belopp i tusentals kronor (tkr). Budgetkolumnen avser …": a line opening with a sentence that
    // only states the unit states it as a line of its own would.
    // (Only where the rest of the line names no unit of its own: "Belopp i kronor. Resultaträkningen
    // nedan är dock i tusentals kronor." states two.)
    const opening = t.length > 40 ? FIRST_SENTENCE.exec(t) : null;
    const first =
      t.length > 40 ? (opening && readUnit(t.slice(opening[1]!.length + 1)) === null ? opening[1] : undefined) : t;
    if (first === undefined || first.length > 40 || !UNIT_LINE.test(first)) continue;
    const u = readUnit(first);
    if (u) out.push({ ...u, line: i + 1 });
  }
  return out;
}

/**
 * A numbered table caption stating its unit, as its last part or as "belopp i …" ("Tabell B4.
 * Resultaträkning 2024–2025. Tkr", "Tabell 3: Resultaträkning, belopp i tusentals kronor. Tabellen
 * har 4 kolumner"): that unit, for the table right below the caption only (`caption`), never for
 * later tables.
 */
const CAPTION = /^tab(?:ell|\.)\s*[A-Z]?\d+[a-z]?[.:]\s/i;
const CAPTION_UNIT_LAST = new RegExp(
  String.raw`[.,:]\s*((?:tusen(?:tals?)? kronor|miljoner kronor|${UNIT_WORD_SOURCE})(?: och (?:procent|antal))?)\.?$`,
  "iu",
);
const CAPTION_AMOUNTS_IN = /\bbelopp(?:en)? (?:anges |redovisas |är )?i ([\p{L} ]{2,24}?)(?=[.,;)]|$)/iu;

/** The unit a numbered table caption states, or undefined. */
function captionUnit(t: string): string | undefined {
  if (!CAPTION.test(t)) return undefined;
  return CAPTION_AMOUNTS_IN.exec(t)?.[1] ?? CAPTION_UNIT_LAST.exec(t)?.[1];
}

/** An amount in running text written in another currency ("1,2 miljoner euro", "40 000 EUR"). */
const FOREIGN_AMOUNT = new RegExp(
  String.raw`(?<![\d.,])(?:\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?\s*((?:(?:tusen|miljoner|miljon|milj\.?)\s*)?${FOREIGN_CURRENCY})`,
  "giu",
);
/** A cheap look before FOREIGN_AMOUNT: most text names no other currency. */
const FOREIGN_WORD = /eur|€|usd|nok|dkk|dollar/i;

/**
 * Amounts in running text whose unit no reader knows, with the unit as written: their numbers
 * are never kronor, and a reader says so rather than passing them over in silence.
 */
export function unknownUnitAmounts(text: string): { index: number; raw: string; written: string }[] {
  if (!FOREIGN_WORD.test(text)) return [];
  const t = text.replace(/[\u00a0\u202f\u2009]/g, " ");
  return [...t.matchAll(FOREIGN_AMOUNT)].map((m) => ({ index: m.index!, raw: m[0], written: m[1]!.trim() }));
}

export interface ScaledAmount {
  sek: number;
  /** Half the unit of the last stated digit, in kronor: a comparison may allow this much. */
  precision: number;
}

/** Scale a cell as written in `unit` (with `decimals` digits after the comma) to whole kronor. */
export function scaleAmount(value: number, unit: StatementUnit, decimals = 0): ScaledAmount {
  const factor = UNIT_FACTOR[unit];
  const sek = Math.round(value * factor);
  const step = factor / 10 ** decimals;
  // Whole kronor are exact; a coarser unit is exact to half of its last stated digit.
  return { sek: sek === 0 ? 0 : sek, precision: step > 1 ? step / 2 : 0 };
}

/** Digits after the decimal point of a parsed cell (4.25 → 2): the precision it was written to. */
export function decimalsOfValue(v: number): number {
  const s = String(Math.abs(v));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * No federation turns over anything near this: all Finsam federations together share well
 * under two billion kronor a year, the largest a small part of it. A cell that, scaled by its
 * stated unit, passes it is plainly in a smaller unit.
 */
export const IMPLAUSIBLE_SEK = 250_000_000;

/** Whether the cells of a table, read in `unit`, are beyond any federation's size. */
export function implausibleIn(values: readonly number[], unit: StatementUnit): boolean {
  return values.some((v) => Math.abs(v) * UNIT_FACTOR[unit] > IMPLAUSIBLE_SEK);
}

/**
 * No federation's revenue, members' contributions, costs or total assets for a year come to
 * less than this in kronor (the smallest turn over millions). A total under it, read as kronor, is written in a larger
 * unit the table does not state ("(kkr)", a unit word no reader knows): its scale is unknown.
 * A small line of its own ("Finansiella intäkter 312") is no total and proves nothing.
 */
const SMALLEST_TOTAL_SEK = 100_000;
const TOTAL_ITEMS: ReadonlySet<string> = new Set([
  "revenue_operating",
  "member_revenue",
  "cost_operating",
  "assets_total",
  "equity_and_liabilities",
]);

/** Whether a statement's `item`, read as `sek` kronor, is a total too small to be in kronor (0 is an empty cell). */
export function totalTooSmallForKronor(item: string, sek: number): boolean {
  return TOTAL_ITEMS.has(item) && sek !== 0 && Math.abs(sek) < SMALLEST_TOTAL_SEK;
}

/** Whether a is about `factor` times b (within 1 %, which covers the rounding of the coarser unit). */
export function aboutTimes(a: number, b: number, factor: number): boolean {
  if (b === 0 || a === 0) return false;
  const r = a / (b * factor);
  return r > 0.99 && r < 1.01;
}
