/**
 * A key-figure bullet naming exits by destination with the count after the label and no colon
 * ("– Avslut till arbete 19", "• Avslutade mot arbete 19; till studier 9", the year before's bracket
 * already taken out): each part written as a card's "label: count" ("– Avslut till arbete: 19; till
 * studier: 9"), as the readers read key figures. Only a bullet line (a dash, a bullet or a star
 * opening it) whose first part opens on exit words ("Avslut", "Avslutade", "Utskrivna") and whose
 * every part is a destination's label (`destinationRowCategory`) and one whole number, parts apart
 * by ";" or ","; a line with a colon already, a part with any other word after its number
 * ("personer" is read as it stands), or a label naming no destination ("Deltagare i insatsen X 48")
 * stays as written. Pure: one line per line, each citing itself.
 */
import { destinationRowCategory } from "../general/exitRowLabel.ts";

const BULLET = /^(\s*[–•*-]\s+)(.+?)\s*$/;
const PART = /^(\p{L}[\p{L} ]*?)\s+(\d{1,3}(?: \d{3})*)$/u;
const EXIT_WORDS = /^(?:avslut|avslutade|avslutad|utskrivna)\s/i;

export function destinationBullets(lines: readonly string[]): string[] | undefined {
  // Cheap first check: a bullet naming exits.
  if (!lines.some((l) => /^\s*[–•*-]\s+(?:avslut|utskrivna)/i.test(l))) return undefined;
  let out: string[] | undefined;
  lines.forEach((line, i) => {
    if (line.includes(":")) return;
    const b = BULLET.exec(line);
    if (!b || !EXIT_WORDS.test(b[2]!)) return;
    const pieces = b[2]!.split(/(\s*[;,]\s*)/);
    const written: string[] = [];
    for (let k = 0; k < pieces.length; k++) {
      if (k % 2 === 1) {
        written.push(pieces[k]!);
        continue;
      }
      const p = PART.exec(pieces[k]!);
      if (!p || destinationRowCategory(p[1]!) === undefined) return;
      written.push(`${p[1]!}: ${p[2]!}`);
    }
    out ??= [...lines];
    out[i] = b[1]! + written.join("");
  });
  return out;
}
