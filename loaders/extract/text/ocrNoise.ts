/**
 * OCR noise in numbers: letters that OCR mistakes for digits ("1 2O4", "20 IO", "l5", "2 26G 344").
 * A number with such a token in it is not stored: the digit it stands for is a guess. The rule
 * is per number, not per line: a clean number beside a noisy one on the same line may be
 * stored when nothing about it depends on the noisy token. Pure functions.
 */

/** Letters OCR reads for digits: O/o for 0, I/l/| for 1, Z for 2, S for 5, G for 6, B for 8. */
const LOOKALIKE = "OoIl|ZSGB";
/** The ones that also stand alone for a number ("20 IO", "lO"); "SO", "GB" are words and units. */
const ALONE = "OoIl|";
const MIXED = new RegExp(`^-?(?=[^-]*\\d)(?=[^-]*[${LOOKALIKE}])[\\d${LOOKALIKE}.,]+$`);
const ONLY_LOOKALIKE = new RegExp(`^[${ALONE}]{2,}$`);
/** One letter standing for a digit beside a number ("l 234 567"); "I" is a Swedish word ("I 2023 …"). */
const ONE_LOOKALIKE = /^[lO|]$/;
const NUMERIC = /^-?\d[\d.,]*$/;
/** A word of two letters or more (a unit, a group), closing an item before a bar that separates items. */
const SEPARATED_WORD = /^\p{L}{2,}[.,:]?$/u;
/**
 * A chart label opening the cell after a bar: a word in capitals or of three letters or more, or a
 * year closed by its colon ("118 | 2023: 131", "6 920 | Intäkter 2025: 7 000", "97 | Män: 81").
 */
const LABEL_AFTER_BAR = /^(?:\p{Lu}\p{Ll}+|\p{Ll}{3,})[\p{L}-]*:?$|^(?:19|20)\d\d:$/u;

interface Token {
  /** The token as written. */
  raw: string;
  /** Without brackets, quotes and closing punctuation: what may be a number. */
  core: string;
  start: number;
  end: number;
  /** Punctuation after it ends a number: nothing after it continues this one. */
  closed: boolean;
  /** Punctuation before it opens a number: nothing before it belongs to this one. */
  opened: boolean;
}

/** The characters LEAD and TRAIL are made of. */
const LEAD_CHARS = `("'“”[`;
const TRAIL_CHARS = `)"'“”]:;.,!?%`;
const PIECE = /[^\s\u00a0\u202f]+/g;
const LEAD = /^[("'“”[]+/;
const TRAIL = /[)"'“”\]:;.,!?%]+$/;

function tokenize(line: string): Token[] {
  const out: Token[] = [];
  const text = line.replace(/[\u2212\u2013]/g, "-");
  // exec rather than matchAll (which copies the pattern per line); nothing in the loop runs PIECE.
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(text); m !== null; m = PIECE.exec(text)) {
    const raw = m[0];
    // Most pieces open and close on a letter or digit: the patterns are tried only where they may match.
    const lead = LEAD_CHARS.includes(raw[0]!) ? (LEAD.exec(raw)?.[0] ?? "") : "";
    const trail = TRAIL_CHARS.includes(raw.at(-1)!) ? (TRAIL.exec(raw.slice(lead.length))?.[0] ?? "") : "";
    // A decimal comma is part of the number ("12,5"); a closing comma or stop is not.
    const core = raw.slice(lead.length, raw.length - trail.length);
    out.push({ raw, core, start: m.index, end: m.index + raw.length, closed: trail !== "", opened: lead !== "" });
  }
  return out;
}

function noisyAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.core;
  if (t === "" || NUMERIC.test(t)) return false;
  if (MIXED.test(t)) return true;
  const beside = (k: number) => k >= 0 && k < tokens.length && NUMERIC.test(tokens[k]!.core);
  // "129 kvinnor | 109 män", "Staten 5,8 mnkr | Region Ås 2,9 mnkr": a bar alone after an item closed by
  // its number and a word parts two items; "Summa | 109" may be OCR's "Summa 1 109".
  if (t === "|" && tokens[i]!.raw === "|" && i > 1 && SEPARATED_WORD.test(tokens[i - 1]!.raw) && beside(i - 2))
    return false;
  // "2022: 118 | 2023: 131": a bar alone before a label parts two labelled cells, as before a word.
  if (t === "|" && tokens[i]!.raw === "|" && i + 1 < tokens.length && LABEL_AFTER_BAR.test(tokens[i + 1]!.raw))
    return false;
  if (ONLY_LOOKALIKE.test(t) || ONE_LOOKALIKE.test(t)) return beside(i - 1) || beside(i + 1);
  return false;
}

/**
 * A line without a digit has no noise: a mixed token holds a digit, and a lone look-alike is
 * noise only beside a number. Most lines of prose have none, and every line is checked.
 */
const DIGIT = /\d/;
/**
 * What a noisy token needs somewhere on the line: a digit and a look-alike in one run without
 * spaces (MIXED), or a run that is look-alikes alone inside the punctuation `tokenize` strips
 * (ONLY_LOOKALIKE, ONE_LOOKALIKE). Nearly every line of figures has neither, and the noise guard
 * runs on every line of every document: the lines of two synthetic federations' 90 documents
 * (110 820 lines, 28 710 with a digit) took 124-133 ms tokenized, 22-27 ms with this check first.
 */
const MAYBE_NOISY = new RegExp(
  `\\d\\S*[${LOOKALIKE}]|[${LOOKALIKE}]\\S*\\d|(?<!\\S)[("'“”[]*(?:[${ALONE}]{2,}|[lO|])[)"'“”\\]:;.,!?%]*(?!\\S)`,
);

/** Whether the line may hold a noisy token: false only where it certainly holds none. */
const mayBeNoisy = (line: string) => DIGIT.test(line) && MAYBE_NOISY.test(line);

/** Tokens of the line that look like digits misread by OCR. */
export function ocrNoiseTokens(line: string): string[] {
  return mayBeNoisy(line) ? noisyTokensOf(line) : [];
}

/** `ocrNoiseTokens` without the pre-check: every token judged (exported for the test that the pre-check hides none). */
export function noisyTokensOf(line: string): string[] {
  const tokens = tokenize(line);
  return tokens.flatMap((t, i) => (noisyAt(tokens, i) ? [t.core] : []));
}

/** Character spans [start, end) of the noisy tokens of a line. */
export function ocrNoiseSpans(line: string): { start: number; end: number; token: string }[] {
  if (!mayBeNoisy(line)) return [];
  const tokens = tokenize(line);
  return tokens.flatMap((t, i) => (noisyAt(tokens, i) ? [{ start: t.start, end: t.end, token: t.core }] : []));
}

const LEADER = /^-?[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;
const GROUP_LAST = /^\d{3}(,\d+)?$/;
const SINGLE = /^-?\d+(,\d+)?$/;
/**
 * The numbers of a line that no OCR noise can touch: every clean number as written (one token,
 * or a leader and three-digit groups), unless a noisy token right beside it, one space away,
 * may be part of it ("1 2O4": the 1 may be the first digit of 1 204; "-5 6l2 418": 418 may be
 * the last group of 5 612 418; "20 IO" is a year). Numbers on a line without noise are all here.
 */
export function numbersClearOfNoise(line: string): number[] {
  const tokens = tokenize(line);
  const noisy = tokens.map((_, i) => noisyAt(tokens, i));
  const gapBefore = (i: number) => i === 0 || /\s{2,}|\t/.test(line.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (noisy[i] || !SINGLE.test(tokens[i]!.core)) continue;
    // Numbers starting here: the token alone, or a leader and its groups.
    const ends: number[] = [i];
    if (LEADER.test(tokens[i]!.core) && !tokens[i]!.closed)
      for (let j = i + 1; j < tokens.length && !gapBefore(j) && !tokens[j]!.opened && !noisy[j]; j++) {
        if (!GROUP_LAST.test(tokens[j]!.core)) break;
        ends.push(j);
        if (!GROUP.test(tokens[j]!.core) || tokens[j]!.closed) break;
      }
    for (const j of ends) {
      // A noisy token one space before or after may be part of it: its leader, a group, the
      // rest of a year ("20 IO"). Punctuation or a column gap between them keeps them apart.
      const p = i - 1;
      if (p >= 0 && noisy[p] && !gapBefore(i) && !tokens[p]!.closed && !tokens[i]!.opened) continue;
      const q = j + 1;
      if (q < tokens.length && noisy[q] && !gapBefore(q) && !tokens[j]!.closed && !tokens[q]!.opened) continue;
      const digits = tokens
        .slice(i, j + 1)
        .map((t) => t.core.replace("-", ""))
        .join("");
      const value = Number(digits.replace(",", "."));
      if (Number.isFinite(value)) out.push(tokens[i]!.core.startsWith("-") ? -value : value);
    }
  }
  return out;
}
