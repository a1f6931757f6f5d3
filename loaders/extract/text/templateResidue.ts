/**
 * A report published from a document template with the template's residue left in: its instruction
 * and help lines in square brackets ("[Instruktion: Ange antal unika deltagare … Exempel: «Antal» =
 * 120.]", "[Hjälptext: … 35 av 100 = 35 %.]"), whose example values are no figures of anyone's, and
 * its unfilled merge fields ("«År»", "«Antal_nya»", "{{Kommun_4}}", "[ej ifyllt]"), which stand for a
 * figure or a name nobody wrote. Both are blanked where they stand, every other character in its
 * place, so no reader takes an example for the year's figure, and a heading whose year is an
 * unfilled field ("6. Medlemsavgifter «År»") is a heading with no year rather than a broken one.
 * A note is closed by its own bracket (brackets inside it counted), within a few lines; one left
 * open is no template's and stays. A bracketed note that is no template's ("[1]", "[redigera]",
 * "[Bild 3]"), a quotation in guillemets and a site's shortcode ("{{< siffra … >}}") stay as written. Pure.
 */
import { characters } from "./wholeText.ts";

/** A template's instruction, help or example in brackets, over one line or several. */
const NOTE_OPENING =
  /\[(?:instruktion|instruktioner|hjälptext|anvisning|anvisningar|vägledning|exempel|dokumentmall|mall|kommentar till mallen|template|instruction|help text)\s*:/giu;
/**
 * An unfilled merge field: «Field» or {{Field}} (a field's name: one word, no spaces), <<Field>>, or a
 * bracket saying nothing was filled in.
 */
const MERGE_FIELD =
  /«[\p{L}\d_.-]{1,40}»|\{\{\s*[\p{L}_][\p{L}\d_.]{0,39}\s*\}\}|<<[\p{L}_][\p{L}\d_]{0,38}>>|\[(?:ej ifyllt|ej ifylld|fyll i|xx+)\]/giu;
/** The most lines one note may run over: one left open longer is no template's. */
const MAX_NOTE_LINES = 8;

/** What is left of a "Label: «Field»" line once its field is blanked: the label and its colon, perhaps a unit. */
const UNFILLED_VALUE = /^[^\d]*:\s*(?:kr|tkr|%|st|personer)?\s*$/iu;

export function withoutTemplateResidue(lines: readonly string[]): string[] | undefined {
  // Cheap first: a bracket, a guillemet or a brace anywhere in the document (`wholeText.ts`), then a
  // note's or a field's opening on some line (a lone "<" opens neither).
  const chars = characters(lines);
  if (!chars.has("[") && !chars.has("«") && !chars.has("{") && !chars.has("<")) return undefined;
  if (!lines.some((l) => l.includes("[") || l.includes("«") || l.includes("{{") || l.includes("<<"))) return undefined;
  let out: string[] | undefined;
  const blank = (i: number, from: number, to: number) => {
    const line = (out ?? lines)[i]!;
    (out ??= [...lines])[i] = line.slice(0, from) + " ".repeat(Math.max(0, to - from)) + line.slice(to);
  };
  for (let i = 0; i < lines.length; i++) {
    for (const m of lines[i]!.matchAll(NOTE_OPENING)) {
      const close = closingBracket(lines, i, m.index!);
      if (!close) continue;
      if (close.line === i) blank(i, m.index!, close.at + 1);
      else {
        blank(i, m.index!, lines[i]!.length);
        for (let k = i + 1; k < close.line; k++) blank(k, 0, lines[k]!.length);
        blank(close.line, 0, close.at + 1);
      }
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const line = (out ?? lines)[i]!;
    const blanked = line.replace(MERGE_FIELD, (m) => " ".repeat(m.length));
    // "Antal nya deltagare: «Antal_nya»": a label whose value was never filled in says nothing; left as
    // "Antal nya deltagare:" it would read as a heading over the lines below it.
    const next = blanked !== line && UNFILLED_VALUE.test(blanked) ? "" : blanked;
    if (next !== line) (out ??= [...lines])[i] = next;
  }
  return out?.map((l) => (l.trim() === "" ? "" : l));
}

/** Where the note opened at `lines[i][at]` closes (brackets inside it counted), or undefined when it does not within its lines. */
function closingBracket(lines: readonly string[], i: number, at: number): { line: number; at: number } | undefined {
  let depth = 0;
  for (let k = i; k < Math.min(lines.length, i + MAX_NOTE_LINES); k++) {
    const line = lines[k]!;
    for (let c = k === i ? at : 0; c < line.length; c++) {
      if (line[c] === "[") depth++;
      else if (line[c] === "]" && --depth === 0) return { line: k, at: c };
    }
  }
  return undefined;
}
