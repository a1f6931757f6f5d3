/**
 * An infographic exported to text ("Året i siffror", a one-page summary, a web page's year at a
 * glance): each figure stands on a line of its own, its label on the line or two below it, and a
 * blank line before the next figure:
 *
 *     412                              **286**
 *     deltagare under året             personer fick stöd i våra insatser (2023: 251)
 *
 * No reader sees a sentence in that. This step, run on the reading text before any reader, says
 * each block as the sentence it stands for, figure first ("412 deltagare under året."), and the
 * blocks of one run (blocks with only blank lines between them) as one paragraph, each block a line
 * of it, so the sentence grammar reads them with their paragraph's context. A gender's block right
 * after a count ("236" / "kvinnor", "176" / "män", or "163 | 131" over "kvinnor | män") is that
 * count's split: ", varav 236 kvinnor och 176 män" on its line, read only where it adds up.
 *
 * It fires only where the shape is plain:
 * - the figure's line holds the figure alone (a sign, a unit "%", "tkr", "mnkr", "kr", bold
 *   Markdown around it), after a blank line, a rule or the top;
 * - its label starts in lower case (or with a bracket on its second line: "(2023: 276)"), at most
 *   three short lines, and ends at a blank line;
 * - the document has at least three such blocks: a page number or a lone figure in running text
 *   is left alone.
 * Each joined line cites the figure's document line. Pure.
 */

/** A line holding one figure alone: "412", "38 %", "−0,3 mnkr", "**12,1 mnkr**", "+213". */
const FIGURE =
  /^\s*(?:\*\*)?([+−–-]?\s?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?:\s?(?:%|procent|tkr|kr|kronor|mnkr|mkr|msek))?)(?:\*\*)?\s*$/iu;
/** Two figures side by side over two labels: "163 | 131" over "kvinnor | män". */
const FIGURE_PAIR =
  /^\s*(?:\*\*)?(\d{1,3}(?:[ \u00a0]\d{3})*)(?:\*\*)?\s*\|\s*(?:\*\*)?(\d{1,3}(?:[ \u00a0]\d{3})*)(?:\*\*)?\s*$/u;
const LABEL_PAIR = /^\s*(\p{Ll}[\p{L} ]*?)\s*\|\s*(\p{Ll}[\p{L} ]*?)\s*$/u;
/** A label's first line: lower case; a later line may be a bracket ("(2023: 276)", "(mål: 35 %)"). */
const LABEL_START = /^\s*\p{Ll}/u;
const LABEL_MORE = /^\s*(?:\p{Ll}|\()/u;
/** A rule drawn across the page ("———", "----", "***"): a block may start under it. */
const RULE = /^\s*[-—–_*=]{3,}\s*$/u;
const GENDER = /^(kvinnor|män|flickor|pojkar)\.?$/u;
/** Longer than any infographic label: a sentence of running text. */
const MAX_LABEL = 80;
const MAX_LABEL_LINES = 3;
/** Fewer blocks than this is no infographic. */
const MIN_BLOCKS = 3;

export interface FigureLines {
  /** The lines with each run of blocks said as one paragraph of sentences. */
  lines: string[];
  /** Per line of `lines`, the 0-based index of the input line it was made from. */
  from: number[];
}

interface Block {
  /** Index of the figure's line. */
  at: number;
  /** Index past the block's last label line. */
  end: number;
  sentence: string;
  /** "236" over "kvinnor", "163 | 131" over "kvinnor | män": a gender's figures. */
  gender?: boolean;
}

const blank = (s: string | undefined) => s === undefined || s.trim() === "";

function blockAt(lines: readonly string[], i: number): Block | undefined {
  const line = lines[i]!;
  // Cheap first: the line must open on a digit, a sign or bold.
  const c = line.trimStart().charAt(0);
  if (!(c >= "0" && c <= "9") && !"+−–-*".includes(c)) return undefined;
  if (!(i === 0 || blank(lines[i - 1]) || RULE.test(lines[i - 1]!))) return undefined;
  const pair = FIGURE_PAIR.exec(line);
  const figure = pair ? undefined : FIGURE.exec(line);
  if (!pair && !figure) return undefined;
  const labels: string[] = [];
  let k = i + 1;
  while (k < lines.length && !blank(lines[k]) && labels.length < MAX_LABEL_LINES) {
    const l = lines[k]!;
    if (l.trim().length > MAX_LABEL || !(labels.length === 0 ? LABEL_START : LABEL_MORE).test(l)) return undefined;
    labels.push(l.trim());
    k++;
  }
  if (labels.length === 0 || !blank(lines[k])) return undefined;
  if (pair) {
    const words = labels.length === 1 ? LABEL_PAIR.exec(labels[0]!) : null;
    if (!words || !GENDER.test(words[1]!) || !GENDER.test(words[2]!)) return undefined;
    return { at: i, end: k, sentence: `${pair[1]} ${words[1]} och ${pair[2]} ${words[2]}`, gender: true };
  }
  const value = figure![1]!.replace(/\s+(?=%)/u, " ");
  const label = labels.join(" ");
  if (labels.length === 1 && GENDER.test(label))
    return { at: i, end: k, sentence: `${value} ${label.replace(/\.$/, "")}`, gender: true };
  return { at: i, end: k, sentence: /[.!?:]$/.test(label) ? `${value} ${label}` : `${value} ${label}.` };
}

/** The document's infographic blocks said as sentences, or undefined where it has none. */
export function figuresAboveLabels(lines: readonly string[]): FigureLines | undefined {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const b = blockAt(lines, i);
    if (!b) continue;
    blocks.push(b);
    i = b.end - 1;
  }
  if (blocks.length < MIN_BLOCKS) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  let b = 0;
  for (let i = 0; i < lines.length;) {
    const block = blocks[b];
    if (block?.at !== i) {
      out.push(lines[i]!);
      from.push(i);
      i++;
      continue;
    }
    // A run: this block and the ones after it with only blank lines between, one line each.
    let current = block;
    let split: string[] = [];
    const flush = () => {
      const text =
        split.length > 0 ? `${current.sentence.replace(/\.$/, "")}, varav ${split.join(" och ")}` : current.sentence;
      out.push(/[.!?:]$/.test(text) ? text : `${text}.`);
      from.push(current.at);
      split = [];
    };
    let end = block.end;
    for (b++; ; b++) {
      const after = blocks[b];
      let gap = end;
      while (gap < lines.length && blank(lines[gap])) gap++;
      if (after?.at !== gap) break;
      // "236" / "kvinnor" after "412" / "deltagare …": the count's split, on the count's line.
      if (after.gender && !current.gender) split.push(after.sentence);
      else {
        flush();
        current = after;
      }
      end = after.end;
    }
    flush();
    i = end;
  }
  return { lines: out, from };
}
