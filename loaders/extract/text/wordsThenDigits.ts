/**
 * A figure written twice, in words and then in digits in brackets, as formal documents and contracts
 * write it: "tvåhundrafemtiotusen (250 000) kronor", "en miljon niohundraåttiotusen sexhundra
 * (1 980 600) kronor", "minus sjuttiotvåtusen fyrahundra (-72 400)", "trettiosex komma fyra (36,4)
 * procent". A bracket after a figure most often holds another year's or a budget's figure; here it is
 * the same figure again. Read as the digits alone, only where the words say exactly the bracket's value,
 * so a bracket holding anything else ("fem (5 %) …", "sex personer (2024: 9)") stays as written. Pure.
 */
import { parseNumberWord } from "../general/numberWords.ts";
import { mayHold } from "./wholeText.ts";

/** A bracket holding one figure, grouped by spaces, with a sign or a decimal comma. */
const BRACKET = /\(\s*([-−–]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?)\s*\)/g;
/** Words a figure in words is made of besides the number words. */
const JOINING = /^(?:miljon|miljoner|komma|minus|en|ett)$/i;

/** A million's word, a figure's words with "en"/"ett" before it. */
const MILLION = /^miljon(?:er)?$/i;

/** The value of a run of number words ("en miljon niohundraåttiotusen sexhundra"), or undefined. */
function valueOfWords(words: readonly string[]): number | undefined {
  let sign = 1;
  let rest = words.map((w) => w.toLowerCase());
  if (rest[0] === "minus") {
    sign = -1;
    rest = rest.slice(1);
  }
  // A numeral spaced over words: a smaller after a larger adds ("tjugo fem"), "hundra" and "tusen"
  // multiply what stands before them ("sju hundra" is 700), a smaller before a larger is no numeral.
  const part = (ws: readonly string[]): number | undefined => {
    if (ws.length === 0) return 0;
    let total = 0;
    let group = 0;
    let last = Infinity;
    for (const w of ws) {
      const v = w === "en" || w === "ett" ? 1 : parseNumberWord(w);
      if (v === undefined) return undefined;
      if (w === "hundra") {
        group = (group || 1) * 100;
        last = 100;
      } else if (w === "tusen") {
        total += (group || 1) * 1000;
        group = 0;
        last = 1000;
      } else {
        if (v >= last) return undefined;
        group += v;
        last = v;
      }
    }
    return total + group;
  };
  /** A fraction's words, digit by digit: "noll fem" is 05, "fyra" is 4, "fyrtiofem" 45. */
  const digits = (ws: readonly string[]): string | undefined => {
    const out = ws.map((w) => parseNumberWord(w) ?? (w === "en" || w === "ett" ? 1 : undefined));
    return out.every((v) => v !== undefined) ? out.join("") : undefined;
  };
  const comma = rest.indexOf("komma");
  if (comma >= 0) {
    const whole = part(rest.slice(0, comma));
    const fraction = digits(rest.slice(comma + 1));
    if (whole === undefined || fraction === undefined || comma === rest.length - 1) return undefined;
    return sign * Number(`${whole}.${fraction}`);
  }
  const million = rest.findIndex((w) => w === "miljon" || w === "miljoner");
  if (million >= 0) {
    const head = part(rest.slice(0, million));
    const tail = part(rest.slice(million + 1));
    if (!head || tail === undefined) return undefined;
    return sign * (head * 1_000_000 + tail);
  }
  const v = part(rest);
  return v === undefined || rest.length === 0 ? undefined : sign * v;
}

/** The bracket's figure as a number: "1 980 600" → 1980600, "-72 400" → -72400, "36,4" → 36.4. */
function valueOfDigits(written: string): number {
  return Number(written.replace(/[  ]/g, "").replace(/^[−–]/, "-").replace(",", "."));
}

/** The number words (and their joining words) a text ends on, earliest first, with their offsets. */
function trailingNumberWords(text: string, end = text.length): RegExpMatchArray[] {
  const words = [...text.slice(0, end).matchAll(/\p{L}+/gu)];
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1]!;
    const after = k === words.length ? end : words[k]!.index!;
    if (!/^\s*$/.test(text.slice(w.index! + w[0].length, after))) break;
    if (parseNumberWord(w[0]) === undefined && !JOINING.test(w[0])) break;
    k--;
  }
  return words.slice(k);
}

/**
 * One line with each "words (digits)" read as the digits; `cut` is where the previous line must end
 * when the words began on it ("… uppgår till en miljon" / "niohundraåttiotusen sexhundra (1 980 600)").
 */
function readLine(line: string, previous: string): { line: string; cut?: number } | undefined {
  let out = "";
  let last = 0;
  let cut: number | undefined;
  for (const m of line.matchAll(BRACKET)) {
    const run = trailingNumberWords(line, m.index).filter((w) => w.index! >= last);
    // A number word, or a million's word ("en miljon (1 000 000)": "en" is no number word alone).
    if (run.length === 0 || !run.some((w) => parseNumberWord(w[0]) !== undefined || MILLION.test(w[0]))) continue;
    const digits = valueOfDigits(m[1]!);
    // The words may begin on the line before, where this one opens with them.
    const opens = last === 0 && /^\s*$/.test(line.slice(0, run[0]!.index));
    // Carried only where a word leads into them there ("uppgår till en miljon"), not a label's colon ("Antal: fem").
    const trailing = opens ? trailingNumberWords(previous) : [];
    const carried = trailing.length > 0 && /\p{L}\s+$/u.test(previous.slice(0, trailing[0]!.index)) ? trailing : [];
    const words = [...carried.map((w) => w[0]), ...run.map((w) => w[0])];
    // The longest run first, then without its first words ("beviljar en … (…)": "en" may be the article).
    let from = -1;
    for (let f = 0; f < words.length && from < 0; f++) if (valueOfWords(words.slice(f)) === digits) from = f;
    if (from < 0) continue;
    if (from < carried.length) cut = carried[from]!.index;
    const start = from < carried.length ? run[0]!.index! : run[from - carried.length]!.index!;
    out += line.slice(last, start) + m[1]!;
    last = m.index! + m[0].length;
  }
  return last === 0 ? undefined : { line: out + line.slice(last), ...(cut === undefined ? {} : { cut }) };
}

/** The lines with every figure written in words and then in digits read as its digits; undefined where none is. */
export function readWordsThenDigits(lines: readonly string[]): string[] | undefined {
  // Cheap first: a bracket opening on a digit or a sign.
  if (!mayHold(lines, /\(\s*[-−–]?\d/)) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("(")) continue;
    const read = readLine(line, i > 0 ? (out ?? lines)[i - 1]! : "");
    if (read === undefined) continue;
    out ??= [...lines];
    out[i] = read.line;
    if (read.cut !== undefined) out[i - 1] = out[i - 1]!.slice(0, read.cut).trimEnd();
  }
  return out;
}
