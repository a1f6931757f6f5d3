/**
 * An item of minutes set as a two-column table, the case on the left and the decision on the right, as a
 * word processor's table exported to text sets it:
 *
 *     Ärende                                   Beslut
 *     Åby kommun ansöker om 1 150 000 kr       Styrelsen beviljar Åby kommun
 *     för insatsen Vägen under 2027.           1 050 000 kr för perioden
 *                                              2027-01-01–2027-12-31.
 *
 * Read line by line, each line holds half a sentence of the case beside half a sentence of the decision,
 * and the decision's words never stand together. Here the case's lines are said first, as they are, then the
 * decision's lines after a blank line, the first opening on "Beslut:" (the run-in label every minutes reader
 * knows); each line cites its own document line, and the header line is dropped.
 *
 * It fires only where the header is two cells alone, the left naming the item or case and the right the
 * decision (`reference/concepts.ts` `decisionColumn`: "Ärende" | "Beslut", "Ärende" | "Styrelsens beslut");
 * a header of three cells or more ("§  Ärende  Beslut  Belopp") is a table of decisions, read by its own
 * reader. Every line under it, to a blank line, must have its words on one side of the right cell's start
 * (a word running across it leaves the block as written), and at least one line holds words on both sides.
 * Pure.
 */

import { decisionColumn } from "../../reference/concepts.ts";

/** A header line of two cells apart by two spaces or more: "Ärende   Beslut". */
const TWO_CELLS = /^(\s*)(\S+(?: \S+)*)(\s{2,})(\S+(?: \S+)*)\s*$/u;

export function caseDecisionColumns(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  let out: string[] | undefined;
  let from: number[] | undefined;
  let copied = 0;
  for (let h = 0; h < lines.length; h++) {
    const line = lines[h]!;
    // Cheap first: a short header line naming a decision.
    if (line.length > 120 || !/beslut/i.test(line)) continue;
    const cells = TWO_CELLS.exec(line);
    if (!cells || decisionColumn(cells[2]!) !== "title" || decisionColumn(cells[4]!) !== "decision") continue;
    const right = cells[1]!.length + cells[2]!.length + cells[3]!.length;
    const left: { text: string; at: number }[] = [];
    const decision: { text: string; at: number }[] = [];
    let end = h + 1;
    let ok = true;
    let both = false;
    for (; end < lines.length && lines[end]!.trim() !== ""; end++) {
      const row = lines[end]!;
      const l = row.slice(0, right);
      const r = row.slice(right);
      // A word may not run across the right cell's start, and the left side must end in a gap.
      if (/\S$/.test(l) && /^\S/.test(r)) {
        ok = false;
        break;
      }
      if (l.trim() !== "" && r.trim() !== "" && !/\s{2,}$/.test(l)) {
        ok = false;
        break;
      }
      if (l.trim() !== "") left.push({ text: l.trim(), at: end });
      if (r.trim() !== "") decision.push({ text: r.trim(), at: end });
      if (l.trim() !== "" && r.trim() !== "") both = true;
    }
    if (!ok || !both || decision.length === 0) continue;
    out ??= [];
    from ??= [];
    for (let k = copied; k < h; k++) {
      out.push(lines[k]!);
      from.push(k);
    }
    const indent = cells[1]!;
    for (const p of left) {
      out.push(indent + p.text);
      from.push(p.at);
    }
    // A blank line between: the case's last sentence never runs on into the decision.
    if (left.length > 0) {
      out.push("");
      from.push(h);
    }
    decision.forEach((p, k) => {
      out!.push(indent + (k === 0 ? `Beslut: ${p.text}` : p.text));
      from!.push(p.at);
    });
    copied = end;
    h = end - 1;
  }
  if (!out || !from) return undefined;
  for (let k = copied; k < lines.length; k++) {
    out.push(lines[k]!);
    from.push(k);
  }
  return { lines: out, from };
}
