/**
 * A report published from a document template with the template's residue left in: its instruction
 * and help lines in square brackets ("[Instruktion: Ange antal unika deltagare … Exempel: «Antal» =
 * 120.]", "[Hjälptext: … 35 av 100 = 35 %.]"), whose example values are no figures of anyone's, and
 * its unfilled merge fields ("«År»", "«Antal_nya»", "{{Kommun_4}}", "[ej ifyllt]"), which stand for a
 * figure or a name nobody wrote. Both are blanked where they stand, every other character in its
 * place, so no reader takes an example for the year's figure, and a heading whose year is an
 * unfilled field ("6. Medlemsavgifter «År»") is a heading with no year rather than a broken one.
 * A bracketed note that is no template's ("[1]", "[redigera]", "[Bild 3]") stays as written. Pure.
 */

/** A template's instruction, help or example in brackets, over one line or several. */
const NOTE_OPENING =
  /\[(?:instruktion|instruktioner|hjälptext|anvisning|anvisningar|vägledning|exempel|dokumentmall|mall|kommentar till mallen|template|instruction|help text)\s*:/giu;
/** An unfilled merge field: «Field», {{Field}}, {Field}, <<Field>>, or a bracket saying nothing was filled in. */
const MERGE_FIELD =
  /«[^«»\n]{1,40}»|\{\{[^{}\n]{1,40}\}\}|<<[\p{L}_][\p{L}\d_ ]{0,38}>>|\[(?:ej ifyllt|ej ifylld|fyll i|infoga[^\]]{0,30}|xx+)\]/giu;

/** What is left of a "Label: «Field»" line once its field is blanked: the label and its colon, perhaps a unit. */
const UNFILLED_VALUE = /^[^\d]*:\s*(?:kr|tkr|%|st|personer)?\s*$/iu;

export function withoutTemplateResidue(lines: readonly string[]): string[] | undefined {
  if (!lines.some((l) => l.includes("[") || l.includes("«") || l.includes("{{") || l.includes("<<"))) return undefined;
  let out: string[] | undefined;
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // A note opened on an earlier line runs to its closing bracket.
    if (open) {
      const close = line.indexOf("]");
      const end = close < 0 ? line.length : close + 1;
      line = " ".repeat(end) + line.slice(end);
      open = close < 0;
    }
    const notes = blankNotes(line);
    open ||= notes.open;
    const blanked = notes.line.replace(MERGE_FIELD, (m) => " ".repeat(m.length));
    // "Antal nya deltagare: «Antal_nya»": a label whose value was never filled in says nothing; left as
    // "Antal nya deltagare:" it would read as a heading over the lines below it.
    line = blanked !== notes.line && UNFILLED_VALUE.test(blanked) ? "" : blanked;
    if (line !== lines[i]) (out ??= [...lines])[i] = line.trimEnd() === "" ? "" : line;
  }
  return out;
}

/** Each template note on the line blanked from its "[" to its "]"; `open` when the last runs on past the line. */
function blankNotes(line: string): { line: string; open: boolean } {
  let s = line;
  let open = false;
  for (const m of line.matchAll(NOTE_OPENING)) {
    const start = m.index!;
    const close = line.indexOf("]", start);
    const end = close < 0 ? line.length : close + 1;
    if (close < 0) open = true;
    s = s.slice(0, start) + " ".repeat(end - start) + s.slice(end);
  }
  return { line: s, open };
}
