/**
 * Two amounts said of two things at once, paired by "respektive":
 *
 *   "Intäkterna och kostnaderna uppgick till 8 212 000 respektive 8 057 300 kronor, vilket gav …"
 *   "Staten och regionen bidrog med 4 106 000 respektive 2 053 000 kronor."
 *
 * A prose reader reads a label and the amount after it: here the first amount stands after the second
 * label, and the second after none. The sentence is said again as two clauses, each thing with its own
 * amount ("Intäkterna uppgick till 8 212 000 kronor och kostnaderna uppgick till 8 057 300 kronor, vilket
 * gav …"), every character of them still citing the line it came from.
 *
 * Only two things and two amounts, each amount with a unit of money after the second ("kronor", "kr",
 * "tkr", "mkr", "miljoner kronor"), the two things the sentence's subject joined by one "och" before a
 * verb of amount ("var", "blev", "uppgick till", "bidrog med", "betalade", "utgjorde"); a first thing of
 * one word takes the second's words after its first ("Kvinnorna och männen bland …"). Three or more
 * amounts are the member lists' own reading (`memberAmountLists.ts`), counts and shares are left as
 * written. Pure.
 */
import type { ProseUnit } from "./proseSentences.ts";

const NUM = String.raw`[−–-]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?`;
const MONEY_UNIT = String.raw`(?:kronor|kr|tkr|tusen kronor|mkr|mnkr|miljoner kronor)`;
/** "… uppgick till 8 212 000 respektive 8 057 300 kronor": the pair, its unit, and the verb before it. */
const PAIR = new RegExp(
  String.raw`(?<![\p{L}\d])(var|blev|uppgick till|uppgår till|bidrog med|betalade|betalat|utgjorde|landade på|hamnade på)\s+(${NUM})\s+(?:respektive|resp\.)\s+(${NUM})\s+(${MONEY_UNIT})(?![\p{L}])`,
  "iu",
);
/** `PAIR` for `matchAll` (which reads a copy of it from 0; this one is never moved). */
const PAIR_ALL = new RegExp(PAIR.source, "giu");

/** The unit with each such sentence said as two clauses; the unit itself when none. */
export function distributeRespectively(unit: ProseUnit): ProseUnit {
  const text = unit.text;
  if (!/respektive|resp\./iu.test(text)) return unit;
  // Each character of the new text: the offset in the old text it came from.
  let out = "";
  const from: number[] = [];
  const copy = (start: number, end: number) => {
    for (let k = start; k < end; k++) {
      out += text[k];
      from.push(k);
    }
  };
  const say = (words: string, at: number) => {
    for (const ch of words) {
      out += ch;
      from.push(at);
    }
  };
  let done = 0;
  let changed = false;
  for (const m of text.matchAll(PAIR_ALL)) {
    const at = m.index!;
    // The sentence's start: after the last full stop before the verb.
    const stop = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("! ", at), text.lastIndexOf("? ", at));
    const start = stop < 0 ? 0 : stop + 2;
    if (start < done) continue;
    const head = text.slice(start, at);
    const parts = head.split(/\s+och\s+/u);
    if (parts.length !== 2) continue;
    const [first, second] = [parts[0]!.trim(), parts[1]!.trim()];
    if (first === "" || second === "" || /[,\d]/u.test(head)) continue;
    const firstWords = first.split(/\s+/u);
    const secondWords = second.split(/\s+/u);
    if (firstWords.length > 6 || secondWords.length > 6) continue;
    const firstAt = start + head.indexOf(first);
    const secondAt = start + head.lastIndexOf(second);
    const verb = m[1]!;
    const [a, b, money] = [m[2]!, m[3]!, m[4]!];
    const aAt = at + m[0].indexOf(a, verb.length);
    const bAt = at + m[0].lastIndexOf(b, m[0].length - money.length - 1);
    const moneyAt = at + m[0].length - money.length;
    copy(done, firstAt);
    copy(firstAt, firstAt + first.length);
    // "Kvinnorna och männen bland årets deltagare": the first thing takes the second's words after its first.
    if (firstWords.length === 1 && secondWords.length > 1) say(" " + secondWords.slice(1).join(" "), secondAt);
    say(" ", at);
    copy(at, at + verb.length);
    say(" ", aAt);
    copy(aAt, aAt + a.length);
    say(" ", moneyAt);
    copy(moneyAt, moneyAt + money.length);
    say(" och ", bAt);
    copy(secondAt, secondAt + second.length);
    say(" ", at);
    copy(at, at + verb.length);
    say(" ", bAt);
    copy(bAt, bAt + b.length);
    say(" ", moneyAt);
    copy(moneyAt, moneyAt + money.length);
    done = at + m[0].length;
    changed = true;
  }
  if (!changed) return unit;
  copy(done, text.length);
  // The line each character came from: a start wherever the line changes.
  const lineOf = (offset: number) => {
    let line = unit.starts[0]!.line;
    for (const s of unit.starts) if (s.offset <= offset) line = s.line;
    return line;
  };
  const starts: ProseUnit["starts"] = [];
  for (let k = 0; k < out.length; k++) {
    const line = lineOf(from[k]!);
    if (starts.length === 0 || starts.at(-1)!.line !== line) starts.push({ offset: k, line });
  }
  if (starts.length === 0) starts.push({ offset: 0, line: unit.starts[0]!.line });
  return { text: out, starts };
}
