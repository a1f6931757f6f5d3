/**
 * The members' fees told as thanks, as a chair's speech or a letter closes ("Tack till Åby kommun som
 * bidrog med 1 860 000 kronor förra året, till Böda kommun med 1 240 000 kronor, till Region X med
 * 3 100 000 kronor och till staten genom Försäkringskassan och Arbetsförmedlingen med 6 200 000
 * kronor."): said as the members' list it is ("Medlemmarna bidrog förra året med: Åby kommun 1 860 000
 * kronor, Böda kommun 1 240 000 kronor, …"), each "till … med" taken out, the state's agencies after
 * "genom" too. The list is then the members' list reader's, which stores it only where the law's
 * identities confirm it. Only a sentence opening on "Tack till <name>, som bidrog med <amount>", going on
 * with two items "till <name> med <amount>" or more, over its line and the next three at most. Pure.
 */
import { mayHold } from "./wholeText.ts";

const AMOUNT = String.raw`\d{1,3}(?: \d{3})*(?:,\d+)?\s?(?:tkr|kr|kronor|mkr|mnkr|miljoner kronor)`;
const NAME = String.raw`\p{Lu}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}?|staten|regionen`;
/** "Tack till Region X, som bidrog med 2 400 000 kronor i fjol": the first member, its fee and the time. */
const OPENING = new RegExp(
  String.raw`(?<!\p{L})[Tt]ack (?:också |även )?till (?<name>${NAME}),? som (?:bidrog|har bidragit|bidragit|betalade) med (?<amount>${AMOUNT})(?<time> (?:förra året|i fjol|under (?:19|20)\d\d|för (?:19|20)\d\d))?(?=,| och )`,
  "u",
);
/** "till Böda kommun med 1 240 000 kronor", "till staten genom … med": an item of the thanks. */
const ITEM = new RegExp(String.raw`(?<!\p{L})till (${NAME}),?(?: genom [^,.]*?,?)? med(?: (?=\d)|\s*$)`, "gu");
/** An item cut at a line's end: "… och till" / "Böda kommun med …", "… och till staten," / "genom … med …". */
const CUT_AT_END = /(?<!\p{L})till(?: (staten|regionen|\p{Lu}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}?),?)?\s*$/u;
const NAME_OPENING = new RegExp(String.raw`^(\s*(?:${NAME})),?(?: genom [^,.]*?,?)? med (?=\d)`, "u");
const AGENCIES_OPENING = /^(\s*)genom [^,.]*?,? med (?=\d)/u;

/** The lines with such thanks said as the members' list; undefined where none is. */
export function readThankYouFees(lines: readonly string[]): string[] | undefined {
  if (!mayHold(lines, /[Tt]ack (?:också |även )?till /)) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = (out ?? lines)[i]!;
    const m = OPENING.exec(line);
    if (!m) continue;
    const g = m.groups!;
    // The sentence's lines: this one from the thanks on, then the next ones up to its full stop.
    const last = endOfSentence(out ?? lines, i, m.index + m[0].length);
    if (last === undefined) continue;
    const next = [...(out ?? lines)];
    next[i] =
      `${line.slice(0, m.index)}Medlemmarna bidrog${g.time ?? ""} med: ${g.name} ${g.amount}${line.slice(m.index + m[0].length)}`;
    let items = 0;
    let cutBefore = false;
    for (let k = i; k <= last; k++) {
      let t = next[k]!;
      if (cutBefore) {
        const opening = NAME_OPENING.exec(t) ?? AGENCIES_OPENING.exec(t);
        if (!opening) break;
        const rest = t.slice(opening[0].length);
        t = opening[1]!.trim() === "" ? rest : `${opening[1]!} ${rest}`;
        items++;
      }
      t = t.replace(ITEM, (_, name: string) => {
        items++;
        return `${name} `;
      });
      const cut = CUT_AT_END.exec(t);
      cutBefore = cut !== null;
      if (cut) t = t.slice(0, cut.index) + (cut[1] ?? "");
      next[k] = t.trimEnd();
    }
    if (items < 2) continue;
    out = next;
  }
  return out;
}

/** The line the sentence opened at `from` ends on (a full stop or an exclamation), within three lines. */
function endOfSentence(lines: readonly string[], i: number, from: number): number | undefined {
  for (let k = i; k <= Math.min(lines.length - 1, i + 3); k++) {
    const t = k === i ? lines[k]!.slice(from) : lines[k]!;
    if (t.trim() === "") return undefined;
    if (/[.!](?:\s|$)/.test(t)) return k;
  }
  return undefined;
}
