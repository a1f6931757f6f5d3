/**
 * An outline printed as text: a mind map's or a tree view's export, drawn with branches ("├──", "└──",
 * "│"; "+--", "\--", "`--", "|") or indented by level (spaces or TABs, with or without bullets "-",
 * "*", "•"). A node is a label with an optional figure ("Avslutade: 79", "Kvinnor 41", "Intäkter 4 960",
 * "Arbete eller studier: 26 av 79 = 32,9 %"); its meaning is its parent's where its label says only a
 * part ("Kvinnor 41" under "Nya deltagare 2025"). Here only the tree: each node's label, figure, unit
 * and line, children under parents; what the nodes mean is `structuredData.ts`'s. Pure.
 *
 * A block is an outline only where its shape says so:
 * - branch characters: four branch lines at least, one after another (a "│" line alone between them),
 *   the line right above the first a root where it has no branch and is short;
 * - bullets or indentation: six lines at least, three levels deep at least, every line a short label
 *   (no sentence, no gap of three spaces that a table's columns leave), a child one level below its parent.
 */

export interface OutlineNode {
  /** The label without its figure, unit or markers ("Nya deltagare 2025", "Ekonomi"). */
  label: string;
  /** The node's figure, where it has one. */
  value?: number;
  /** "procent", "kr", "tkr", "mkr" or "antal" where the figure or the label names its unit. */
  unit?: string;
  /** A figure the node holds that is no plain figure ("63 deltagare (6 även i …)", "31 % [källa: …]"). */
  unreadable: boolean;
  /** 0-based line. */
  line: number;
  children: OutlineNode[];
}

/** "│   ├── ", "|   +-- ", "    └─ ": the leading bars and a branch; group 1 the part before the branch. */
const BRANCH = /^([\s│┃|]*)(?:├──?─*|└──?─*|┣━+|┗━+|\+--?|\\--?|`--?)\s?/u;
/** A line of bars alone, between a branch's children. */
const BARS_ONLY = /^[\s│┃|]+$/u;
/** A bullet after the indentation. */
const BULLET = /^(\s*)(?:[-*•–]|\d{1,2}[.)])\s+/u;
/** An outliner's heading stars at a line's start: one a level. */
const STARS = /^(\*{1,9})\s+(?=\S)/u;
/** The least a block needs. */
const MIN_BRANCH_LINES = 4;
const MIN_INDENTED_LINES = 6;
const MIN_LEVELS = 3;
/** A label is short: longer than this it is a sentence. */
const MAX_LABEL = 70;

/** A figure at a node's end: "176", "5 480 000", "−132 300", "32,9 %", "26 av 79 = 32,9 %", "4 960 tkr". */
const FIGURE =
  /^(.*?\S)\s*[:=]?\s+(?:\d+\s+av\s+\d+\s*=\s*)?([-−–]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|[-−–]?\d+(?:,\d+)?)\s*(%|procent|tkr|kr|kronor|mnkr|mkr|msek|tsek|ksek|sek|st|personer|deltagare)?$/iu;
/** A figure alone in a bracket closing the node: "Avslutade (79)", "Andel (32,9 %)". */
const BRACKETED_FIGURE =
  /^(.*?\S)\s*\(\s*([-−–]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|[-−–]?\d+(?:,\d+)?)\s*(%|st|personer|tkr|kr)?\s*\)$/u;
/** A unit named in a label's bracket: "Ekonomi (tkr)", "Andel (%)". */
const LABEL_UNIT = /\s*\((tkr|kr|kronor|mnkr|mkr|msek|tsek|ksek|sek|%|procent|tusental kronor)\)\s*/iu;
/** A collapsed branch's marker in a mind map's export: "[+]", "[-]". */
const FOLD_MARK = /\s*\[[+-]\]\s*/gu;

function unitWord(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w === "%" || w === "procent") return "procent";
  if (w === "tkr" || w === "tsek" || w === "ksek" || w === "tusental kronor") return "tkr";
  if (w === "mkr" || w === "mnkr" || w === "msek") return "mkr";
  if (w === "kr" || w === "kronor" || w === "sek") return "kr";
  return "antal";
}

/** A node's label, figure and unit from its text after the markers. */
function nodeOf(text: string, line: number): OutlineNode {
  let t = text.replace(FOLD_MARK, " ").trim();
  const node: OutlineNode = { label: t, unreadable: false, line, children: [] };
  const labelUnit = LABEL_UNIT.exec(t);
  if (labelUnit) {
    node.unit = unitWord(labelUnit[1]);
    t = t.replace(LABEL_UNIT, " ").trim();
  }
  // "Deltagare (176)", "Kvinnor (95 st)": a mind map's figure in a bracket after its label.
  const bracketed = BRACKETED_FIGURE.exec(t);
  if (bracketed && !(/^(?:19|20)\d\d$/.test(bracketed[2]!) && !bracketed[3]))
    t = `${bracketed[1]} ${bracketed[2]}${bracketed[3] ? ` ${bracketed[3]}` : ""}`;
  const m = FIGURE.exec(t);
  const figure = m?.[2]?.replace(/[−–]/u, "-");
  // "Mål 2026", "Jämförelse 2024": a year alone is the label's, no figure.
  if (m && !(figure && /^(?:19|20)\d\d$/.test(figure) && !m[3])) {
    node.label = m[1]!.replace(/\s*[:=–—-]\s*$/u, "").trim();
    node.value = Number(figure!.replace(/[ \u00a0]/g, "").replace(",", "."));
    node.unit = unitWord(m[3]) ?? node.unit;
  } else {
    node.label = t.replace(/:\s*$/, "").trim();
    // A figure with words after it that are no unit: not a plain figure.
    const rest = node.label.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, "").replace(/\d{1,2}\s+(?:januari|december)/giu, "");
    node.unreadable = /\d/.test(rest);
  }
  return node;
}

interface Placed {
  column: number;
  text: string;
  line: number;
}

/** Children under parents by column: a line further right than the one before it is its child. */
function treeOf(placed: readonly Placed[], root: OutlineNode | undefined): OutlineNode[] {
  const top: OutlineNode[] = [];
  const stack: { column: number; node: OutlineNode }[] = root ? [{ column: -1, node: root }] : [];
  for (const p of placed) {
    const node = nodeOf(p.text, p.line);
    while (stack.length > 0 && stack[stack.length - 1]!.column >= p.column) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else top.push(node);
    stack.push({ column: p.column, node });
  }
  return root ? [root] : top;
}

/** Levels deep a tree is. */
const depthOf = (nodes: readonly OutlineNode[]): number =>
  nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((n) => depthOf(n.children)));

export interface OutlineBlock {
  /** 0-based first and last lines of the block (the root's line first, where it has one). */
  first: number;
  last: number;
  nodes: OutlineNode[];
}

/** The outline opening on line `start` (0-based), or undefined where none does. */
export function outlineAt(lines: readonly string[], start: number): OutlineBlock | undefined {
  const line = lines[start]!;
  if (BRANCH.exec(line)?.[0].trim()) return branchBlock(lines, start);
  return indentedBlock(lines, start);
}

/** Whether a line is worth trying an outline at: a branch or a bullet, or a short label over an indented line. */
export function mayOpenOutline(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  const c = line.trimStart()[0];
  if (c === undefined) return false;
  if ("├└┣┗+\\`".includes(c)) return true;
  if (STARS.test(line) && STARS.test(lines[i + 1] ?? "")) return true;
  const next = lines[i + 1];
  if (next === undefined) return false;
  // A root or a first item right above a deeper line.
  const indent = (l: string) => l.length - l.trimStart().length;
  return next.trim() !== "" && indent(next) > indent(line) && line.trim().length <= MAX_LABEL;
}

function branchBlock(lines: readonly string[], start: number): OutlineBlock | undefined {
  const placed: Placed[] = [];
  let k = start;
  for (; k < lines.length; k++) {
    const l = lines[k]!;
    if (BARS_ONLY.test(l) && l.trim() !== "") continue;
    const m = BRANCH.exec(l);
    if (!m || !m[0].trim()) break;
    const text = l.slice(m[0].length);
    if (text.trim() === "") break;
    placed.push({ column: m[1]!.length, text, line: k });
  }
  if (placed.length < MIN_BRANCH_LINES) return undefined;
  // The root: the short line right above the first branch, with no branch of its own.
  const above = start > 0 ? lines[start - 1]!.trim() : "";
  const root =
    above !== "" && above.length <= MAX_LABEL && !/[.!?]$/.test(above) ? nodeOf(above, start - 1) : undefined;
  return { first: root ? start - 1 : start, last: k - 1, nodes: treeOf(placed, root) };
}

function indentedBlock(lines: readonly string[], start: number): OutlineBlock | undefined {
  const placed: Placed[] = [];
  let bullets = 0;
  let k = start;
  for (; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.trim() === "") break;
    // An outliner's levels as stars ("*", "**", "***"): the count of stars is the level.
    const stars = STARS.exec(l);
    const bullet = stars ? undefined : BULLET.exec(l);
    const column = stars ? stars[1]!.length * 2 : bullet ? bullet[1]!.length : l.length - l.trimStart().length;
    const text = stars ? l.slice(stars[0].length) : bullet ? l.slice(bullet[0].length) : l.trim();
    // A sentence, a table's row (a gap of three spaces), a long line or data (JSON, markup): no outline's node.
    if (text.trim().length > MAX_LABEL || /\S {3,}\S/.test(text) || /[.!?]$/.test(text.trim())) break;
    if (!/^\p{L}/u.test(text.trim()) || /[{}<>"[\]]|\S:\S/u.test(text)) break;
    // A fact list set with leaders ("Kostnader ........ 10 890 000 kr"): a list, its own readers'.
    if (/\.{3,}|…|_{3,}/u.test(text)) break;
    if (bullet || stars) bullets++;
    placed.push({ column, text, line: k });
  }
  if (placed.length < MIN_INDENTED_LINES) return undefined;
  // Bullets on every line but a root, or on none.
  if (bullets !== 0 && bullets < placed.length - 1) return undefined;
  const first = placed[0]!.column;
  if (placed.some((p) => p.column < first)) return undefined;
  // A child one level below its parent: each line's column is one the lines above it opened, or one step further right.
  const open: number[] = [first];
  for (const p of placed.slice(1)) {
    while (open.length > 0 && open[open.length - 1]! > p.column) open.pop();
    const top = open[open.length - 1]!;
    if (p.column === top) continue;
    if (p.column < top) return undefined;
    open.push(p.column);
  }
  const nodes = treeOf(placed, undefined);
  if (depthOf(nodes) < MIN_LEVELS) return undefined;
  return { first: start, last: k - 1, nodes };
}
