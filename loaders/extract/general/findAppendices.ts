/**
 * Find the intervention appendices (bilagor) of an annual report: where each starts and
 * ends, and which intervention it reports on. Anchors are "Insatsens namn: X" (the common
 * template and its variants) and "Årsredovisning X 2024" headings (reports written in prose).
 * Order in the document does not matter.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";

export interface AppendixBlock {
  /** Intervention name as written ("KOMPASS", "KRUS", "Plattformen"). */
  name: string;
  /** First and last line (1-based, inclusive). */
  from: number;
  to: number;
  /** The line that named the intervention. */
  anchor: number;
}

const NAME_LINE = /^Insatsens namn:\s*(.+?)(?:\s+Datum:.*)?$/i;
const PROSE_HEADING = /^Årsredovisning\s+(\p{Lu}[\p{L}\- ]*?)\s+(20\d\d)\b/u;
const TEMPLATE_HEADING =
  /^(Mall inför hel- och halvårsredovisningar|Årsredovisning( 20\d\d)?|Helårsredovisning|Halvårsredovisning)$/i;
/** Sections after the last appendix that are not intervention appendices. */
const TRAILING_SECTIONS = /^(Stoppa [Vv]åldet|Våld i nära relationer|Utvärdering Individer|UNDERSKRIFTSSIDA)\b/;

/** The whole document's appendices, found once (the template and the line scopes both ask). */
const allAppendices = oncePerDocument((doc) => appendicesFrom(doc, 1));

export function findAppendices(doc: DocumentText, from = 1): readonly AppendixBlock[] {
  return from === 1 ? allAppendices(doc) : appendicesFrom(doc, from);
}

function appendicesFrom(doc: DocumentText, from: number): AppendixBlock[] {
  const anchors: { name: string; line: number; start: number }[] = [];
  for (let n = from; n <= doc.lineCount; n++) {
    const text = doc.at(n);
    const named = NAME_LINE.exec(text);
    const prose = named ? null : PROSE_HEADING.exec(text);
    const raw = named?.[1] ?? prose?.[1];
    if (!raw) continue;
    const name = raw
      .replace(/\(.*?\)/g, "")
      .replace(/\s+/g, " ")
      .trim();
    if (name === "") continue;
    let start = n;
    // The template's heading sits just above the name line.
    for (let k = n - 1; k >= Math.max(from, n - 3); k--) {
      if (TEMPLATE_HEADING.test(doc.at(k))) {
        start = k;
        break;
      }
      if (doc.at(k) !== "") break;
    }
    anchors.push({ name, line: n, start });
  }
  const blocks: AppendixBlock[] = [];
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    const nextStart = anchors[i + 1]?.start ?? doc.lineCount + 1;
    const trailing = doc.find(TRAILING_SECTIONS, a.line + 1, nextStart - 1);
    blocks.push({ name: a.name, from: a.start, to: (trailing ?? nextStart) - 1, anchor: a.line });
  }
  return blocks;
}
