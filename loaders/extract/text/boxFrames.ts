/**
 * A box drawn with box-drawing characters around a fact box or a quote ("┌────┐" / "│ Deltagare:
 * 231 (128 kvinnor, 103 män) │" / "└────┘"), as a magazine's or a newsletter's text export draws one:
 * the frame is no text. Its rule lines are blanked, and the side bars of the lines between them, so
 * the box's lines read as lines of their own under its first line (a fact box's heading). Only a
 * box whose top and bottom rules both stand; a title set into the top rule ("┌─ 2025 i korthet ──┐")
 * stays as the box's heading. A pipe-drawn table ("|") is a table and stays. Pure:
 * one line per line.
 */

/** A line of box-drawing characters alone: a box's top, bottom or inner rule. */
const RULE = /^\s*[\u2500-\u257f]{3,}\s*$/u;
/** A side bar opening and one closing a line between the rules: "│ text │". */
const SIDES = /^(\s*)[\u2502\u2503\u2551](.*?)[\u2502\u2503\u2551]?(\s*)$/u;
/** The top corners a box opens with. */
const TOP = /^\s*[\u250c\u250f\u2554\u256d]/u;
/**
 * A top rule with the box's title set into it ("┌─ 2025 I KORTHET (ur årsredovisningen) ────┐"): the
 * title is the box's heading, kept as a line of text where the rule stood.
 */
const TITLED_TOP = /^(\s*)[\u250c\u250f\u2554\u256d][\u2500-\u257f]+[ \t]+(\S.*?)[ \t]+[\u2500-\u257f]+\s*$/u;

/** Whether a line opens on a box-drawing character: a cheap look before the patterns. */
const opensOnBox = (line: string) => {
  const t = line.trimStart();
  const c = t.charCodeAt(0);
  return c >= 0x2500 && c <= 0x257f;
};

export function withoutBoxFrames(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const titled = opensOnBox(lines[i]!) ? TITLED_TOP.exec(lines[i]!) : null;
    if (!opensOnBox(lines[i]!) || !(RULE.test(lines[i]!) || titled) || !TOP.test(lines[i]!)) continue;
    // The box's bottom rule: the first rule line below whose lines between all open on a side bar.
    let end = i + 1;
    while (end < lines.length && !RULE.test(lines[end]!) && SIDES.test(lines[end]!) && opensOnBox(lines[end]!)) end++;
    if (end >= lines.length || !RULE.test(lines[end]!) || end === i + 1) continue;
    out ??= [...lines];
    out[i] = titled ? `${titled[1]} ${titled[2]}` : "";
    out[end] = "";
    for (let k = i + 1; k < end; k++) {
      const m = SIDES.exec(lines[k]!)!;
      out[k] = `${m[1]} ${m[2]!.trimEnd()}`;
    }
    i = end;
  }
  return out;
}
