/**
 * A report published as its LaTeX source ("\documentclass …", "\begin{document}"): read as it prints,
 * in plain layout text (`sourceLines.ts`):
 *
 * - what never prints is never read: comments ("% Halvåret: 139 deltagare"), an "\iffalse … \fi"
 *   block and a comment environment, notes to the authors ("\todo{…}"), struck-out and deleted text
 *   ("\sout{…}", "\deleted{…}", the old text of "\replaced{new}{old}"), the preamble (class options, packages, "\sisetup", counters),
 *   layout commands and their arguments ("\vspace{2em}", "\setcounter{secnumdepth}{2}", labels,
 *   references, graphics);
 * - a macro the document defines ("\newcommand{\antal}{146}", "\def\ar{2025}", one with arguments
 *   "\newcommand{\kkr}[1]{#1\,kr}") is expanded where it is used ("\antal{}", "\kkr{6\,400\,000}");
 * - numbers as siunitx prints them: "\num{1702900}" "1 702 900" (groups from its minimum digits, five
 *   unless "\sisetup" says otherwise), "\SI{27.9}{\percent}" and "\qty{5.8}{Mkr}" "27,9 %" and "5,8 Mkr"
 *   (the decimal sign a comma), a table's S column likewise; "{,}" a decimal comma, "\," "~" and "\ " a
 *   space, "\%" a percent sign, "--" a dash, "\"a" and "\aa" their letters;
 * - a tabular's rows by "\\" and cells by "&" set out in columns (rules dropped, "\multicolumn" its
 *   text); headings ("\section{…}"), captions and list items ("\item") lines of their own; a footnote
 *   its own line after its paragraph; the title where "\maketitle" prints it.
 *
 * Only a document whose preamble or first command says LaTeX ("\documentclass" or "\begin{document}"
 * opening a line among its first lines, the first line a comment or a command; or a chapter's file whose
 * first command is a heading, "\section{…}", with an environment "\begin{…}" among its first lines) is
 * read so. Pure.
 */
import { addTo, appendRun, emptyRun, LineSink, type Run, type SourceLines } from "./sourceLines.ts";

/** Lines looked at for a preamble. */
const HEAD_LINES = 60;

/** Commands whose arguments never print: how many braced arguments each takes. */
const DROP_ARGS: Record<string, number> = {
  label: 1,
  ref: 1,
  eqref: 1,
  pageref: 1,
  cite: 1,
  vspace: 1,
  hspace: 1,
  includegraphics: 1,
  setlength: 2,
  addtolength: 2,
  setcounter: 2,
  addtocounter: 2,
  usepackage: 1,
  documentclass: 1,
  sisetup: 1,
  pagestyle: 1,
  thispagestyle: 1,
  bibliographystyle: 1,
  bibliography: 1,
  input: 1,
  include: 1,
  geometry: 1,
  hypersetup: 1,
  definecolor: 3,
  color: 1,
  pagenumbering: 1,
  cline: 1,
  cmidrule: 1,
  rule: 2,
  newcolumntype: 2,
  url: 1,
  textcolor: 1,
  colorbox: 1,
  href: 1,
  multicolumn: 2,
  multirow: 2,
  title: 1,
  author: 1,
  date: 1,
  newpage: 0,
  renewcommand: 2,
  arraybackslash: 0,
  selectlanguage: 1,
  fontsize: 2,
  resizebox: 2,
  scalebox: 1,
  parbox: 1,
  raisebox: 1,
  cellcolor: 1,
  rowcolor: 1,
  columncolor: 1,
  // A superscript's mark after a figure ("146\textsuperscript{1}") is no digit of it.
  textsuperscript: 1,
  footnotemark: 0,
  // A margin note to the authors and struck-out or deleted text never print as the text
  // (todonotes, ulem, soul, changes: "\sout{139}", "\deleted{139}").
  todo: 1,
  missingfigure: 1,
  sout: 1,
  xout: 1,
  st: 1,
  deleted: 1,
};

/** Commands that print a character. */
const SYMBOLS: Record<string, string> = {
  ldots: "…",
  dots: "…",
  textendash: "–",
  textemdash: "—",
  euro: "€",
  percent: "%",
  textpercent: "%",
  quad: " ",
  qquad: " ",
  aa: "å",
  AA: "Å",
  o: "ø",
  O: "Ø",
  ae: "æ",
  AE: "Æ",
  ss: "ß",
  textbullet: "•",
  S: "§",
  P: "¶",
  hfill: " ",
  // siunitx's prefixes, so "\SI{5.8}{\mega\krona}" keeps its scale ("5,8 Mkr" with the unit declared).
  kilo: "k",
  mega: "M",
  giga: "G",
};

const UMLAUT: Record<string, string> = { a: "ä", o: "ö", u: "ü", A: "Ä", O: "Ö", U: "Ü", e: "ë", i: "ï" };
const ACUTE: Record<string, string> = { e: "é", E: "É", a: "á", o: "ó", i: "í", u: "ú" };
const GRAVE: Record<string, string> = { e: "è", a: "à" };

const SECTIONS = new Set(["part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph"]);
const TABLES = new Set(["tabular", "tabular*", "tabularx", "longtable", "array", "tabulary", "tblr"]);
const SKIPPED_ENVIRONMENTS = new Set(["comment", "verbatim", "lstlisting", "tikzpicture", "filecontents"]);

export function isLatex(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== "");
  if (first === undefined || !/^\s*[%\\]/.test(first)) return false;
  // A chapter's file with no preamble of its own ("\chapter{Ekonomi}", input by the main file): its first
  // command a heading, and an environment among its first lines.
  const heading = lines.find((l) => l.trim() !== "" && !l.trimStart().startsWith("%"));
  const chapter = heading !== undefined && /^\s*\\(?:chapter|section|subsection)\*?\{/.test(heading);
  for (let k = 0; k < Math.min(lines.length, HEAD_LINES); k++) {
    const t = lines[k]!.trimStart();
    if (t.startsWith("\\documentclass") || t.startsWith("\\begin{document}")) return true;
    if (chapter && t.startsWith("\\begin{")) return true;
  }
  return false;
}

interface Macro {
  args: number;
  body: string;
  /** The document line the definition stands on: a macro redefined later holds from there on. */
  line: number;
  /** The last line of the environment the definition stands in: a definition in a group ends with it. */
  until?: number;
}

/**
 * The definition in force on a line: the last one standing on or before it. A use before every
 * definition is left as written (TeX would stop there), so no later value is printed early.
 */
function inForce(definitions: readonly Macro[] | undefined, line: number): Macro | undefined {
  let held: Macro | undefined;
  for (const d of definitions ?? []) if (d.line <= line && (d.until === undefined || line <= d.until)) held = d;
  return held;
}

export function latexSource(lines: readonly string[]): SourceLines | undefined {
  if (!isLatex(lines)) return undefined;
  const source = withoutComments(lines);
  const macros = new Map<string, Macro[]>();
  const defined = definitions(source, macros);
  const groupDigits = Number(/group-minimum-digits\s*=\s*\{?(\d)/.exec(source.text)?.[1] ?? 5);
  const expanded = expand(defined, macros);
  const begin = expanded.text.indexOf("\\begin{document}");
  const title = begin >= 0 ? titleOf(expanded, begin) : undefined;
  // What stands after "\end{document}" never prints.
  const stop = expanded.text.indexOf("\\end{document}");
  const body = slice(
    expanded,
    begin >= 0 ? begin + "\\begin{document}".length : 0,
    stop >= 0 ? stop : expanded.text.length,
  );
  const sink = new LineSink();
  new Converter(body, sink, groupDigits, title).run();
  return sink.done();
}

/** The document's characters, comments, "\iffalse … \fi" blocks and comment environments taken out. */
function withoutComments(lines: readonly string[]): Run {
  const out = emptyRun();
  let skipping: RegExp | undefined;
  let depth = 0;
  // Switches the document declares ("\newif\ifprel") and sets false ("\prelfalse"): their text never
  // prints, as "\iffalse"'s does not (the last setting in the source holds).
  const declared = new Set([...lines.join("\n").matchAll(/\\newif\s*\\if([A-Za-z]+)/g)].map((m) => m[1]!));
  const falseSwitches = new Set<string>();
  for (const line of lines)
    for (const m of line.matchAll(/\\([A-Za-z]+)(true|false)\b/g))
      if (declared.has(m[1]!)) {
        if (m[2] === "false") falseSwitches.add(m[1]!);
        else falseSwitches.delete(m[1]!);
      }
  const falseIf = (t: string) => {
    const m = /^\\if([A-Za-z]+)\b/.exec(t);
    return m !== null && falseSwitches.has(m[1]!);
  };
  lines.forEach((raw, n) => {
    let line = raw;
    const cut = /(?<!\\)(?:\\\\)*%/.exec(line);
    if (cut) line = line.slice(0, cut.index + cut[0].length - 1);
    const t = line.trim();
    if (skipping) {
      if (skipping.source === "\\\\fi\\b") {
        if (/\\if[a-z]*\b/.test(t) && !t.startsWith("\\fi")) depth++;
        if (/\\fi\b/.test(t)) {
          if (depth === 0) skipping = undefined;
          else depth--;
        }
      } else if (skipping.test(t)) skipping = undefined;
      addTo(out, "\n", n);
      return;
    }
    if (t.startsWith("\\iffalse") || falseIf(t)) {
      skipping = /\\fi\b/;
      depth = 0;
      addTo(out, "\n", n);
      return;
    }
    const env = /^\\begin\{(comment|verbatim|filecontents\*?)\}/.exec(t);
    if (env) {
      skipping = new RegExp(`\\\\end\\{${env[1]!.replace("*", "\\*")}\\}`);
      addTo(out, "\n", n);
      return;
    }
    addTo(out, line + "\n", n);
    // A line ending on a comment sign runs on into the next with no space.
    if (cut && out.text.endsWith("\n")) {
      out.text = out.text.slice(0, -1);
      out.at.pop();
    }
  });
  return out;
}

/** The balanced group opening at `i` ("{…}"): its inner text's end (the closing brace's index), or -1. */
function groupEnd(text: string, i: number): number {
  if (text[i] !== "{") return -1;
  let depth = 0;
  for (let k = i; k < text.length; k++) {
    const c = text[k]!;
    if (c === "\\") {
      k++;
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return k;
  }
  return -1;
}

const skipSpaces = (text: string, i: number) => {
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n")) i++;
  return i;
};

const slice = (run: Run, from: number, to: number): Run => ({
  text: run.text.slice(from, to),
  at: run.at.slice(from, to),
});

/**
 * The environments other than the document ("\begin{minipage}" … "\end{minipage}"), innermost last among
 * those that hold a point: a definition made inside one is a group's and ends with it.
 */
function environments(text: string): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  const open: { name: string; from: number }[] = [];
  for (const m of text.matchAll(/\\(begin|end)\{([^}]+)\}/g)) {
    if (m[2] === "document") continue;
    if (m[1] === "begin") open.push({ name: m[2]!, from: m.index });
    else {
      let at = open.length - 1;
      while (at >= 0 && open[at]!.name !== m[2]) at--;
      if (at < 0) continue;
      spans.push({ from: open[at]!.from, to: m.index });
      open.length = at;
    }
  }
  return spans.sort((a, b) => a.from - b.from);
}

/** "\newcommand{\x}[n]{…}", "\renewcommand", "\providecommand", "\def\x#1{…}": collected, and taken out of the text. */
function definitions(run: Run, macros: Map<string, Macro[]>): Run {
  const out = emptyRun();
  const text = run.text;
  const spans = environments(text);
  const DEF =
    /\\(?:(?:re)?newcommand|providecommand|DeclareRobustCommand|DeclareSIUnit(?:\[[^\]]*\])?)\*?\s*|\\[egx]?def\s*(?=\\)/g;
  let last = 0;
  for (let m = DEF.exec(text); m; m = DEF.exec(text)) {
    let i = m.index + m[0].length;
    let name: string | undefined;
    if (text[i] === "{") {
      const end = groupEnd(text, i);
      name = /^\s*\\([A-Za-z@]+)\s*$/.exec(text.slice(i + 1, end))?.[1];
      i = end + 1;
    } else {
      const n = /^\\([A-Za-z@]+)/.exec(text.slice(i));
      name = n?.[1];
      i += n?.[0].length ?? 0;
    }
    if (!name) continue;
    let args = 0;
    i = skipSpaces(text, i);
    const count = /^\[(\d)\]/.exec(text.slice(i));
    if (count) {
      args = Number(count[1]);
      i = skipSpaces(text, i + count[0].length);
      // An optional argument's default: the macro still takes its arguments in braces.
      const dflt = /^\[[^\]]*\]/.exec(text.slice(i));
      if (dflt) i = skipSpaces(text, i + dflt[0].length);
    } else {
      const params = /^(?:#\d)+/.exec(text.slice(i));
      if (params) {
        args = params[0].length / 2;
        i += params[0].length;
      }
    }
    const end = groupEnd(text, i);
    if (end < 0) continue;
    // "\providecommand" defines only a macro not defined where it stands: one in force there stays.
    const provides = m[0].startsWith("\\providecommand");
    if (!(provides && inForce(macros.get(name), run.at[m.index]!))) {
      let group: { from: number; to: number } | undefined;
      // "\gdef", "\xdef", "\global\def" define for the whole document, whatever group they stand in.
      const global = /^\\[gx]def/.test(m[0]) || /\\global\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index));
      if (!global) for (const g of spans) if (g.from < m.index && m.index < g.to) group = g;
      const until = group ? run.at[group.to] : undefined;
      const macro = {
        args,
        body: text.slice(i + 1, end),
        line: run.at[m.index]!,
        ...(until === undefined ? {} : { until }),
      };
      macros.set(name, [...(macros.get(name) ?? []), macro]);
    }
    appendRun(out, slice(run, last, m.index));
    last = end + 1;
    DEF.lastIndex = end + 1;
  }
  appendRun(out, slice(run, last, text.length));
  return out;
}

/** Every use of a defined macro replaced by its body (arguments put in), each character citing the use's line. */
function expand(run: Run, macros: ReadonlyMap<string, readonly Macro[]>): Run {
  if (macros.size === 0) return run;
  let current = run;
  for (let pass = 0; pass < 6; pass++) {
    const out = emptyRun();
    let changed = false;
    const text = current.text;
    let last = 0;
    const USE = /\\([A-Za-z@]+)/g;
    for (let m = USE.exec(text); m; m = USE.exec(text)) {
      const macro = inForce(macros.get(m[1]!), current.at[m.index]!);
      if (!macro) continue;
      let i = m.index + m[0].length;
      const args: string[] = [];
      for (let a = 0; a < macro.args; a++) {
        const j = skipSpaces(text, i);
        const end = groupEnd(text, j);
        if (end < 0) break;
        args.push(text.slice(j + 1, end));
        i = end + 1;
      }
      if (args.length < macro.args) continue;
      // "\antal{}": the empty group after a macro of no arguments only ends its name.
      if (macro.args === 0 && text.startsWith("{}", i)) i += 2;
      else if (macro.args === 0 && text[i] === " ") i += 1;
      const body = macro.body.replace(/#(\d)/g, (_, d: string) => args[Number(d) - 1] ?? "");
      appendRun(out, slice(current, last, m.index));
      // "\large\forbund": a control word before the body stays one ("\large Samordningsförbundet …").
      const space = /\\[A-Za-z@]+$/.test(out.text) && /^[A-Za-z@\u00c0-\uffff]/.test(body) ? " " : "";
      addTo(out, space + body, current.at[m.index]!);
      last = i;
      USE.lastIndex = i;
      changed = true;
    }
    appendRun(out, slice(current, last, text.length));
    current = out;
    if (!changed) break;
  }
  return current;
}

/** The "\title{…}" of the preamble, where "\maketitle" prints it. */
function titleOf(run: Run, end: number): Run | undefined {
  const m = /\\title\s*(?=\{)/.exec(run.text.slice(0, end));
  if (!m) return undefined;
  const open = m.index + m[0].length;
  const close = groupEnd(run.text, open);
  return close < 0 ? undefined : slice(run, open + 1, close);
}

/** A number as siunitx prints it: a decimal comma, digit groups set apart by a space from `minimum` digits. */
export function siNumber(raw: string, minimum = 5): string {
  const t = raw.replace(/\\[,;:!]|[{}\s~]/g, "").replace(/^\+/, "");
  const m = /^([-−]?)(\d+)(?:[.,](\d+))?$/.exec(t);
  if (!m) return raw.trim();
  const int = m[2]!.length >= minimum ? m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, " ") : m[2]!;
  return `${m[1] ? "-" : ""}${int}${m[3] ? `,${m[3]}` : ""}`;
}

class Converter {
  private i = 0;
  private para: Run = emptyRun();
  private readonly notes: Run[] = [];

  constructor(
    private readonly src: Run,
    private readonly sink: LineSink,
    private readonly groupDigits: number,
    private readonly title: Run | undefined,
  ) {}

  run(): void {
    const text = this.src.text;
    while (this.i < text.length) {
      const c = text[this.i]!;
      const line = this.src.at[this.i]!;
      if (c === "\n") {
        // A blank line ends a paragraph; a line break is a space.
        const next = skipSpacesNoNewline(text, this.i + 1);
        if (text[next] === "\n") {
          this.endParagraph(true);
          this.i = next;
        } else {
          addTo(this.para, " ", this.src.at[this.i + 1] ?? line);
          this.i++;
        }
        continue;
      }
      if (c === "\\") {
        this.command();
        continue;
      }
      this.i++;
      this.text(c, line, text);
    }
    this.endParagraph(false);
  }

  /** A character of text: braces group only, "~" a space, "--" a dash, "{,}" a comma. */
  private text(c: string, line: number, text: string): void {
    if (c === "{" || c === "}" || c === "$") return;
    // A superscript or subscript in math ("$^{1}$" after a figure) is a mark, never a digit of the figure.
    if (c === "^" || c === "_") {
      const end = text[this.i] === "{" ? groupEnd(text, this.i) : this.i;
      this.i = (end < 0 ? this.i : end) + 1;
      return;
    }
    if (c === "~") return addTo(this.para, " ", line);
    if (c === "-" && text[this.i] === "-") {
      const em = text[this.i + 1] === "-";
      this.i += em ? 2 : 1;
      return addTo(this.para, em ? "—" : "–", line);
    }
    if ((c === "`" || c === "'") && text[this.i] === c) {
      this.i++;
      return addTo(this.para, '"', line);
    }
    addTo(this.para, c, line);
  }

  private command(): void {
    const text = this.src.text;
    const line = this.src.at[this.i]!;
    const next = text[this.i + 1] ?? "";
    if (!/[A-Za-z@]/.test(next)) {
      this.i += 2;
      if (next === "\\") {
        // "\\" (or "\\[4ex]", "\\*"): a line break.
        this.skipStarAndOptions();
        return this.endParagraph(false);
      }
      if (next === '"' || next === "'" || next === "`") {
        const table = next === '"' ? UMLAUT : next === "'" ? ACUTE : GRAVE;
        const letter = text[this.i] === "{" ? text[this.i + 1] : text[this.i];
        if (letter && table[letter]) {
          this.i += text[this.i] === "{" ? 3 : 1;
          return addTo(this.para, table[letter], line);
        }
        return;
      }
      if (",; :".includes(next) || next === "\n") return addTo(this.para, " ", line);
      if ("%&$#_{}".includes(next)) return addTo(this.para, next, line);
      return;
    }
    const m = /^[A-Za-z@]+\*?/.exec(text.slice(this.i + 1, this.i + 40))!;
    const name = m[0].replace(/\*$/, "");
    this.i += 1 + m[0].length;
    if (name === "par") return this.endParagraph(true);
    if (name === "newline" || name === "linebreak") return this.endParagraph(false);
    if (name === "begin" || name === "end") return this.environment(name, line);
    if (SECTIONS.has(name) || name === "caption") {
      this.skipStarAndOptions();
      const arg = this.argument();
      this.endParagraph(false);
      if (arg) this.sink.line(this.converted(arg));
      return;
    }
    if (name === "maketitle") {
      this.endParagraph(false);
      // The title's lines ("Årsredovisning 2025\\ Samordningsförbundet X") each a line of its own.
      if (this.title) for (const piece of splitRun(this.converted(this.title), "\n")) this.sink.line(piece);
      return;
    }
    if (name === "item") {
      this.endParagraph(false);
      addTo(this.para, "- ", line);
      const label = this.optional();
      if (label) appendRun(this.para, this.converted(label));
      return;
    }
    if (name === "footnote" || name === "footnotetext") {
      this.skipStarAndOptions();
      const arg = this.argument();
      if (arg) this.notes.push(this.converted(arg));
      return;
    }
    if (name === "num" || name === "SI" || name === "qty" || name === "si" || name === "unit") {
      this.skipStarAndOptions();
      const value = name === "si" || name === "unit" ? undefined : this.argument();
      const unit = name === "num" ? undefined : this.argument();
      if (value) addTo(this.para, siNumber(value.text, this.groupDigits), value.at[0] ?? line);
      if (value && unit) addTo(this.para, " ", line);
      if (unit) appendRun(this.para, this.converted(unit));
      return;
    }
    if (name in SYMBOLS) {
      if (this.src.text[this.i] === " " && /[a-z]/.test(name)) this.i++;
      if (this.src.text.startsWith("{}", this.i)) this.i += 2;
      return addTo(this.para, SYMBOLS[name]!, line);
    }
    // The changes package's "\replaced{new}{old}": the new text prints, the old never.
    if (name === "replaced") {
      this.skipStarAndOptions();
      const fresh = this.argument();
      this.argument();
      if (fresh) appendRun(this.para, this.converted(fresh));
      return;
    }
    const drop = DROP_ARGS[name];
    this.skipStarAndOptions();
    if (name === "cmidrule") this.skipParenthesis();
    for (let a = 0; a < (drop ?? 0); a++) this.argument();
    // Any other command prints its arguments' text (\textbf{…}, \emph{…}) and nothing of its own.
    if (drop === undefined && this.src.text[this.i] === " ") this.i++;
  }

  private environment(kind: string, line: number): void {
    const arg = this.argument();
    const name = arg?.text.trim() ?? "";
    if (kind === "end") return this.endParagraph(false);
    this.endParagraph(false);
    this.skipStarAndOptions();
    if (TABLES.has(name)) return this.table(name, line);
    if (SKIPPED_ENVIRONMENTS.has(name)) {
      const close = this.src.text.indexOf(`\\end{${name}}`, this.i);
      this.i = close < 0 ? this.src.text.length : close + `\\end{${name}}`.length;
      return;
    }
    if (name === "minipage" || name === "multicols" || name === "wrapfigure") this.argument();
  }

  /** A tabular's rows, its column specification read for S columns. */
  private table(name: string, line: number): void {
    const text = this.src.text;
    if (name === "tabularx" || name === "tabular*" || name === "tabulary") this.argument();
    const spec = this.argument();
    const sColumns = columnsOf(spec?.text ?? "");
    const end = endOf(text, name, this.i);
    const whole = slice(this.src, this.i, end < 0 ? text.length : end);
    this.i = end < 0 ? text.length : end + `\\end{${name}}`.length;
    const body = name === "longtable" ? asPrinted(whole) : whole;
    for (const row of splitTop(body, "\\\\")) {
      const cells: Run[] = [];
      let column = 0;
      // "\\[2pt]" leaves its option at the next row's start.
      const opened = /^\s*\[[^\]]*\]/.exec(row.text);
      const r = opened ? slice(row, opened[0].length, row.text.length) : row;
      for (const cell of splitTop(r, "&")) {
        const span = /\\multicolumn\s*\{(\d+)\}/.exec(cell.text);
        const converted = this.converted(cell);
        const value = converted.text.trim();
        cells.push(
          sColumns[column] && /^[-−+]?\d+(?:[.,]\d+)?$/.test(value)
            ? numberRun(converted, this.groupDigits)
            : converted,
        );
        const n = span ? Number(span[1]) : 1;
        for (let k = 1; k < n; k++) cells.push(emptyRun());
        column += n;
      }
      if (cells.some((c) => c.text.trim() !== "")) this.sink.row(cells);
    }
    this.sink.blank(line);
  }

  /** A run of source converted on its own (an argument, a cell, a footnote): its text, lines kept. */
  private converted(run: Run): Run {
    const sink = new LineSink();
    const inner = new Converter(run, sink, this.groupDigits, this.title);
    inner.inline = true;
    inner.run();
    return inner.collected;
  }

  inline = false;
  collected: Run = emptyRun();

  private endParagraph(blank: boolean): void {
    if (this.inline) {
      // Inside an argument a line break is kept as one; a heading's or a cell's text is squeezed to one line.
      if (this.collected.text !== "" && this.para.text !== "") addTo(this.collected, "\n", this.para.at[0]!);
      appendRun(this.collected, this.para);
      this.para = emptyRun();
      return;
    }
    if (this.para.text.trim() !== "") this.sink.paragraph(this.para);
    this.para = emptyRun();
    for (const note of this.notes.splice(0)) this.sink.paragraph(note);
    if (blank) this.sink.blank();
  }

  /** "*" and "[…]" options after a command. */
  private skipStarAndOptions(): void {
    const text = this.src.text;
    if (text[this.i] === "*") this.i++;
    for (;;) {
      const j = skipSpacesNoNewline(text, this.i);
      if (text[j] !== "[") return;
      const close = text.indexOf("]", j);
      if (close < 0) return;
      this.i = close + 1;
    }
  }

  private skipParenthesis(): void {
    const m = /^\([^)]*\)/.exec(this.src.text.slice(this.i));
    if (m) this.i += m[0].length;
  }

  /** The optional "[…]" argument's text, where one follows. */
  private optional(): Run | undefined {
    const text = this.src.text;
    if (text[this.i] !== "[") return undefined;
    const close = text.indexOf("]", this.i);
    if (close < 0) return undefined;
    const out = slice(this.src, this.i + 1, close);
    this.i = close + 1;
    return out;
  }

  /** The braced argument at the cursor (spaces before it passed over), or a single token. */
  private argument(): Run | undefined {
    const text = this.src.text;
    const j = skipSpaces(text, this.i);
    if (text[j] === "{") {
      const end = groupEnd(text, j);
      if (end < 0) return undefined;
      this.i = end + 1;
      return slice(this.src, j + 1, end);
    }
    if (text[j] === "\\") {
      const m = /^\\[A-Za-z@]+/.exec(text.slice(j));
      if (m) {
        this.i = j + m[0].length;
        return slice(this.src, j, this.i);
      }
    }
    return undefined;
  }
}

function splitRun(run: Run, separator: string): Run[] {
  const out: Run[] = [];
  let start = 0;
  for (let k = 0; k <= run.text.length; k++) {
    if (k < run.text.length && run.text[k] !== separator) continue;
    out.push(slice(run, start, k));
    start = k + 1;
  }
  return out;
}

function skipSpacesNoNewline(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return i;
}

function numberRun(cell: Run, minimum: number): Run {
  const out = emptyRun();
  const first = cell.at[cell.text.search(/\S/)] ?? cell.at[0] ?? 0;
  addTo(out, siNumber(cell.text, minimum), first);
  return out;
}

/**
 * A long table's rows in the order they print once: its first header (the part before "\endfirsthead",
 * else before "\endhead"), its body (after the last of the markers), its last footer (between
 * "\endfoot" and "\endlastfoot"); the header repeated on each page and the page footer ("fortsätter")
 * are not read again.
 */
function asPrinted(run: Run): Run {
  const at = (marker: string) => {
    const word = `\\${marker}`;
    for (let k = run.text.indexOf(word); k >= 0; k = run.text.indexOf(word, k + 1))
      if (!/[A-Za-z]/.test(run.text[k + word.length] ?? "")) return { start: k, end: k + word.length };
    return undefined;
  };
  const firsthead = at("endfirsthead");
  const head = at("endhead");
  const foot = at("endfoot");
  const lastfoot = at("endlastfoot");
  const markers = [firsthead, head, foot, lastfoot].filter((m) => m !== undefined);
  if (markers.length === 0) return run;
  const out = emptyRun();
  const header = firsthead ?? head;
  // A marker ends its part's last row as "\\" does.
  const row = (part: Run) => {
    appendRun(out, part);
    addTo(out, "\\\\", part.at[part.at.length - 1] ?? run.at[0] ?? 0);
  };
  if (header) row(slice(run, 0, header.start));
  const last = Math.max(...markers.map((m) => m.end));
  appendRun(out, slice(run, last, run.text.length));
  if (lastfoot) {
    addTo(out, "\\\\", run.at[lastfoot.start] ?? 0);
    appendRun(out, slice(run, foot ? foot.end : (head?.end ?? 0), lastfoot.start));
  }
  return out;
}

/** Per column of a tabular's specification, whether it is an S column (siunitx prints its numbers). */
function columnsOf(spec: string): boolean[] {
  const out: boolean[] = [];
  let i = 0;
  while (i < spec.length) {
    const c = spec[i]!;
    i++;
    if ("@!><".includes(c)) {
      const end = groupEnd(spec, skipSpaces(spec, i));
      if (end >= 0) i = end + 1;
      continue;
    }
    if (/[lcrXSpmbLCRJs]/.test(c)) {
      out.push(c === "S" || c === "s");
      const j = skipSpaces(spec, i);
      if (spec[j] === "[") {
        const close = spec.indexOf("]", j);
        i = close < 0 ? spec.length : close + 1;
      } else if ("pmb".includes(c) && spec[j] === "{") {
        const end = groupEnd(spec, j);
        i = end < 0 ? spec.length : end + 1;
      }
    }
  }
  return out;
}

/** The index of the "\end{name}" closing an environment opened before `from`, nesting counted. */
function endOf(text: string, name: string, from: number): number {
  const open = `\\begin{${name}}`;
  const close = `\\end{${name}}`;
  let depth = 0;
  let i = from;
  for (;;) {
    const o = text.indexOf(open, i);
    const c = text.indexOf(close, i);
    if (c < 0) return -1;
    if (o >= 0 && o < c) {
      depth++;
      i = o + open.length;
      continue;
    }
    if (depth === 0) return c;
    depth--;
    i = c + close.length;
  }
}

/** A run cut at a separator standing outside braces ("&" cells, "\\" rows); an escaped "\&" is no separator. */
function splitTop(run: Run, separator: string): Run[] {
  const out: Run[] = [];
  const text = run.text;
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (depth === 0 && text.startsWith(separator, k) && (separator === "\\\\" || text[k - 1] !== "\\")) {
      out.push(slice(run, start, k));
      k += separator.length - 1;
      start = k + 1;
      continue;
    } else if (c === "\\") k++;
  }
  out.push(slice(run, start, text.length));
  return out;
}
