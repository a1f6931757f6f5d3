/**
 * A list whose items stand each on its own line behind a clause number in a bracket, as formal
 * reports number their points: "  1) staten genom Försäkringskassan 3 075 000 kr,", "  2) Region …".
 * The clause numbers are blanked (space for character), so each item reads as a label and its figure
 * and no number "1)" stands before the label. Only a run of two such lines at least, numbered 1, 2, 3 …
 * in order (a wrapped item's next line between them), where every item holds a figure of three digits
 * or more after its number: a list of notes ("1) Avser helår") keeps its marks. Pure.
 */

/** A clause number at the line's start: indent, one or two digits and a closing bracket, then text. */
const MARK = /^(\s*)(\d{1,2})\)(?=\s+\S)/;

/** The lines with each numbered list's clause numbers blanked; undefined where none is. */
export function numberedListMarks(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const first = MARK.exec(lines[i]!);
    if (!first || first[2] !== "1") continue;
    const run = [i];
    let next = 2;
    for (let k = i + 1; k < lines.length && k <= run[run.length - 1]! + 3; k++) {
      const line = lines[k]!;
      if (line.trim() === "") break;
      const m = MARK.exec(line);
      if (!m) continue;
      if (Number(m[2]) !== next) break;
      run.push(k);
      next++;
    }
    if (run.length < 2) continue;
    // Every item (its numbered line and a wrapped line under it) holds a figure.
    const item = (r: number) => {
      const k = run[r]!;
      const end = r + 1 < run.length ? run[r + 1]! : Math.min(k + 2, lines.length);
      let text = lines[k]!.replace(MARK, "");
      for (let j = k + 1; j < end && lines[j]!.trim() !== "" && !MARK.test(lines[j]!); j++) text += " " + lines[j]!;
      return text;
    };
    if (!run.every((_, r) => /\d{3}/.test(item(r)))) continue;
    out ??= [...lines];
    for (const k of run) out[k] = out[k]!.replace(MARK, (whole: string) => " ".repeat(whole.length));
    i = run[run.length - 1]!;
  }
  return out;
}
