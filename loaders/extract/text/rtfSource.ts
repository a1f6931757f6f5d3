/**
 * A document published as its RTF source ("{\rtf1\ansi\ansicpg1252 …", a word processor's or a
 * reporting tool's save): read as it prints, in plain layout text (`sourceLines.ts`):
 *
 * - groups and control words: a control word's number (\fs22, \paperw11906, \cellx4536) is never text;
 * - letters: "\'e4" a byte in the document's code page (\ansicpg, \mac, \pc; Windows-1252 where none
 *   is named), "\u8722" a Unicode character whose fallback (\uc, one character by default: "\'2d") is
 *   skipped; a Symbol or Wingdings font's character is a bullet;
 * - \par, \line, \sect and \page end a line; \tab a cell; \~ a space; \endash, \emdash, \bullet and the
 *   quotes their characters; \- nothing;
 * - tables: the cells of a row ("\intbl … \cell … \cell\row") one line, set out in columns;
 * - what does not print is never read: the font, colour, style, list and revision tables, the \info
 *   group (its creation times, page and word counts), headers, footers and footnotes (page furniture
 *   and notes that would cut the sentence they stand in), pictures and objects, a shape's properties
 *   (its text box's text is read, as a paragraph of its own, and the shape's fallback copy is not), a
 *   field's instruction (its shown result is read), every "\*" destination (annotations, bookmarks,
 *   generator), hidden text ("{\v …}"), and text a tracked change deleted ("\deleted").
 *
 * Only a document whose first text opens "{\rtf" is read so; any other costs one look at its first
 * line. Pure.
 */
import { addTo, emptyRun, LineSink, type Run, type SourceLines } from "./sourceLines.ts";

/** Destinations whose text never prints. */
const SKIPPED = new Set([
  "fonttbl",
  "colortbl",
  "stylesheet",
  "info",
  "listtable",
  "listoverridetable",
  "revtbl",
  "rsidtbl",
  "generator",
  "pict",
  "object",
  "header",
  "headerl",
  "headerr",
  "headerf",
  "footer",
  "footerl",
  "footerr",
  "footerf",
  "fldinst",
  "xmlnstbl",
  "themedata",
  "colorschememapping",
  "latentstyles",
  "datastore",
  "pntext",
  "pntxta",
  "pntxtb",
  "listtext",
  "filetbl",
  "private",
  "docvar",
  "userprops",
  "pgdsctbl",
  "nonshppict",
  "shprslt",
  "bkmkstart",
  "bkmkend",
  "annotation",
  "atnid",
  "atnauthor",
  "atndate",
  "atnref",
  "mmathPr",
  "footnote",
]);

/** Control words that print as a character. */
const SYMBOLS: Record<string, string> = {
  endash: "–",
  emdash: "—",
  bullet: "•",
  lquote: "‘",
  rquote: "’",
  ldblquote: "“",
  rdblquote: "”",
  emspace: " ",
  enspace: " ",
  qmspace: " ",
};

/** Font charsets (\fcharsetN) that are symbol fonts: their characters are bullets. */
const SYMBOL_CHARSET = 2;

interface State {
  skip: boolean;
  hidden: boolean;
  deleted: boolean;
  uc: number;
  font: number;
  inTable: boolean;
  /** Inside a shape's instructions (\*\shpinst) standing in the text that prints: its text box prints. */
  shape: boolean;
  /** Inside a text box's text (\shptxt). */
  box: boolean;
}

export function isRtf(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== "");
  return (
    first !== undefined &&
    first
      .replace(/^\uFEFF/, "")
      .trimStart()
      .startsWith("{\\rtf")
  );
}

export function rtfSource(lines: readonly string[]): SourceLines | undefined {
  if (!isRtf(lines)) return undefined;
  const symbolFonts = symbolFontsOf(lines);
  const decoder = decoderFor(lines);
  const sink = new LineSink();
  const stack: State[] = [];
  let state: State = {
    skip: false,
    hidden: false,
    deleted: false,
    uc: 1,
    font: -1,
    inTable: false,
    shape: false,
    box: false,
  };
  /** The paragraph a text box interrupts, taken up again after the box. */
  const interrupted: Run[] = [];
  let groupOpened = false;
  let starred = false;
  let fallback = 0;
  let para: Run = emptyRun();
  let cells: Run[] = [];
  let rows = 0;
  let bytes: number[] = [];
  let bytesLine = 0;

  const visible = () => !state.skip && !state.hidden && !state.deleted;
  const flushBytes = () => {
    if (bytes.length === 0) return;
    const text = symbolFonts.has(state.font) ? "•" : decoder.decode(Uint8Array.from(bytes));
    bytes = [];
    addTo(para, text, bytesLine);
  };
  const emit = (text: string, line: number) => {
    flushBytes();
    if (!visible()) return;
    addTo(para, symbolFonts.has(state.font) && text.trim() !== "" ? "•" : text, line);
  };
  const endParagraph = (line: number) => {
    flushBytes();
    if (state.inTable) {
      // A paragraph inside a cell: a space within the cell.
      addTo(para, " ", line);
      return;
    }
    if (rows > 0) {
      // Leaving a table: a blank line sets it apart from the text after it.
      sink.blank(line);
      rows = 0;
    }
    if (para.text.trim() === "") sink.blank(line);
    else sink.paragraph(para);
    para = emptyRun();
  };
  const endCell = () => {
    flushBytes();
    cells.push(para);
    para = emptyRun();
  };
  const endRow = () => {
    flushBytes();
    if (para.text.trim() !== "") cells.push(para);
    para = emptyRun();
    sink.row(cells);
    cells = [];
    rows++;
  };

  lines.forEach((text, n) => {
    let i = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c === "{") {
        flushBytes();
        stack.push(state);
        state = { ...state };
        groupOpened = true;
        starred = false;
        i++;
        continue;
      }
      if (c === "}") {
        flushBytes();
        const closing = state;
        state = stack.pop() ?? state;
        if (closing.box && !state.box) {
          // A text box's last paragraph, then the text it stood in goes on.
          if (para.text.trim() !== "") sink.paragraph(para);
          para = interrupted.pop() ?? emptyRun();
        }
        groupOpened = false;
        starred = false;
        fallback = 0;
        i++;
        continue;
      }
      if (c !== "\\") {
        groupOpened = false;
        if (fallback > 0) {
          fallback--;
          i++;
          continue;
        }
        emit(c, n);
        i++;
        continue;
      }
      // A control symbol or a control word.
      const next = text[i + 1];
      if (next === undefined) {
        // "\" at a line's end is a paragraph mark.
        if (visible()) endParagraph(n);
        i++;
        continue;
      }
      if (next === "'") {
        const hex = text.slice(i + 2, i + 4);
        i += 4;
        groupOpened = false;
        if (!/^[0-9a-f]{2}$/i.test(hex)) continue;
        if (fallback > 0) {
          fallback--;
          continue;
        }
        if (!visible()) continue;
        if (bytes.length === 0) bytesLine = n;
        bytes.push(parseInt(hex, 16));
        continue;
      }
      if (!/[A-Za-z]/.test(next)) {
        i += 2;
        groupOpened = false;
        if (next === "*") {
          starred = true;
          state.skip = true;
          continue;
        }
        if (fallback > 0) {
          fallback--;
          continue;
        }
        if (next === "~") emit(" ", n);
        else if (next === "_") emit("-", n);
        else if (next === "\\" || next === "{" || next === "}") emit(next, n);
        continue;
      }
      const m = /^([A-Za-z]+)(-?\d+)? ?/.exec(text.slice(i + 1, i + 40))!;
      const word = m[1]!;
      const param = m[2] === undefined ? undefined : Number(m[2]);
      i += 1 + m[0].length;
      const opening = groupOpened || starred;
      groupOpened = false;
      starred = false;
      if (opening && SKIPPED.has(word)) {
        state.skip = true;
        continue;
      }
      // A shape (a text box with a key figure) prints its text, never its properties.
      if (opening && word === "shpinst") {
        state.shape = !(stack[stack.length - 1]?.skip ?? false);
        continue;
      }
      if (opening && word === "shptxt" && state.shape && !state.box) {
        flushBytes();
        state.skip = false;
        state.box = true;
        interrupted.push(para);
        para = emptyRun();
        continue;
      }
      if (word === "bin" && param !== undefined) {
        i += param;
        continue;
      }
      if (word === "u" && param !== undefined) {
        const code = param < 0 ? param + 65536 : param;
        emit(String.fromCharCode(code), n);
        fallback = state.uc;
        continue;
      }
      fallback = 0;
      switch (word) {
        case "uc":
          state.uc = param ?? 1;
          break;
        case "f":
          flushBytes();
          state.font = param ?? 0;
          break;
        case "v":
          flushBytes();
          state.hidden = param !== 0;
          break;
        // Struck-through text ("{\strike 230 personer,} 152 personer") is a correction shown, as a
        // deleted revision is: the figure that holds is the one not struck.
        case "deleted":
        case "strike":
        case "striked":
          flushBytes();
          state.deleted = param !== 0;
          break;
        case "plain":
          flushBytes();
          state.hidden = false;
          state.deleted = false;
          break;
        case "pard":
          flushBytes();
          state.inTable = false;
          break;
        case "intbl":
          state.inTable = true;
          break;
        case "par":
        case "sect":
        case "page":
          if (!state.skip) endParagraph(n);
          break;
        case "line":
          if (visible()) {
            if (state.inTable) emit(" ", n);
            else endParagraph(n);
          }
          break;
        case "tab":
          emit("\t", n);
          break;
        case "cell":
        case "nestcell":
          if (!state.skip) endCell();
          break;
        case "row":
        case "nestrow":
          if (!state.skip) endRow();
          break;
        default:
          if (word in SYMBOLS) emit(SYMBOLS[word]!, n);
      }
    }
  });
  flushBytes();
  if (cells.length > 0) endRow();
  if (para.text.trim() !== "") sink.paragraph(para);
  return sink.done();
}

/** The fonts of the font table that are symbol fonts (\fcharset2, or named Symbol, Wingdings or Webdings). */
function symbolFontsOf(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const head = lines.slice(0, 40).join("\n");
  const table = head.indexOf("\\fonttbl");
  if (table < 0) return out;
  for (const m of head.slice(table).matchAll(/\{\\f(\d+)([^{}]*?)(?:\{[^{}]*\}[^{}]*)*;\}/g)) {
    const body = m[2]!;
    const charset = /\\fcharset(\d+)/.exec(body);
    if (Number(charset?.[1]) === SYMBOL_CHARSET || /\b(?:Symbol|Wingdings|Webdings)\b/.test(body))
      out.add(Number(m[1]));
  }
  return out;
}

/** The document's code page: \ansicpgN, \mac or \pc; Windows-1252 where it names none or one no decoder knows. */
function decoderFor(lines: readonly string[]): TextDecoder {
  const head = lines.slice(0, 5).join("");
  const cp = /\\ansicpg(\d+)/.exec(head)?.[1];
  const name = cp ? `windows-${cp}` : /\\mac\b/.test(head) ? "macintosh" : "windows-1252";
  try {
    return new TextDecoder(name);
  } catch {
    return new TextDecoder("windows-1252");
  }
}
