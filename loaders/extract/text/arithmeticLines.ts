/**
 * A reconciliation written as sums, figure first and its label after ("61 kvinnor + 51 män   = 112
 * inskrivna   OK", "12 arbete + 6 studier + 13 arbetssökande" / "+ 10 fortsatt rehabilitering + 8 annat
 * avslut   = 49 avslutade"): where the parts add up to the whole exactly, said as the sentence the
 * readers know ("112 inskrivna, varav 61 kvinnor och 51 män.", "Avslutade: 49, varav arbete 12, …"),
 * on the line of its "=", the sum's other lines blanked. Only sums of two parts or more joined by "+"
 * alone, whose whole counts participants (inskrivna, nya, avslutade, deltagare); a difference, a
 * quotient, a sum of money or one that does not add up is left as written. Pure: one line per line.
 */

/** A figure and its label: "61 kvinnor", "10 fortsatt rehabilitering". */
const TERM = /^(\d{1,3}(?: \d{3})*)\s+(\p{L}[\p{L} -]*?)$/u;
/** The sum after "=": its figure and label, a check mark ("OK") after a wide gap dropped. */
const WHOLE = /^=\s*(\d{1,3}(?: \d{3})*)\s+(\p{L}[\p{L} -]*?)(?:\s{2,}\S+)?\s*$/u;
/** A whole that counts participants. */
const PARTICIPANT_WHOLE = /^(?:inskrivna|nya|avslutade|deltagare)(?!\p{L})/iu;
/** A section's number opening the sum's first line: "2.1  ". */
const SECTION_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2})*\s{2,}/;
const GENDER = /^(?:kvinnor|män)$/i;

export function arithmeticLines(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const eq = line.indexOf("= ");
    if (eq < 0 || !/=\s*\d/.test(line) || !/\+/.test(lines[i]! + (lines[i - 1] ?? ""))) continue;
    const whole = WHOLE.exec(line.slice(eq).trim());
    if (!whole || !PARTICIPANT_WHOLE.test(whole[2]!)) continue;
    // The sum's lines: this one's left side, and the lines above while the one below opens on "+".
    const parts: string[] = [line.slice(0, eq)];
    let first = i;
    while (first > 0 && i - first < 5 && /^\s*\+/.test(parts[0]!) && lines[first - 1]!.trim() !== "") {
      first--;
      parts.unshift(lines[first]!.replace(SECTION_NUMBER, " "));
    }
    if (/[=−–/()]|\s-\s/.test(parts.join(" "))) continue;
    const terms = parts
      .join(" + ")
      .split("+")
      .map((t) => t.trim())
      .filter((t) => t !== "")
      .map((t) => TERM.exec(t));
    if (terms.length < 2 || terms.some((t) => t === null)) continue;
    const values = terms.map((t) => Number(t![1]!.replace(/ /g, "")));
    const total = Number(whole[1]!.replace(/ /g, ""));
    if (values.reduce((a, b) => a + b, 0) !== total) continue;
    const labels = terms.map((t) => t![2]!.trim());
    const list = (items: string[]) => `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`;
    const sentence = labels.every((l) => GENDER.test(l))
      ? `${whole[1]} ${whole[2]}, varav ${list(labels.map((l, k) => `${terms[k]![1]} ${l}`))}.`
      : `${whole[2]![0]!.toUpperCase()}${whole[2]!.slice(1)}: ${whole[1]}, varav ${list(labels.map((l, k) => `${l} ${terms[k]![1]}`))}.`;
    out ??= [...lines];
    for (let k = first; k < i; k++) out[k] = "";
    const indent = line.length - line.trimStart().length;
    out[i] = " ".repeat(indent) + sentence;
  }
  return out;
}
