/**
 * A table whose labels and column heads are abbreviated to fit the page ("Verks. kostn.", "S:a tillg.",
 * "EK vid årets utg.", "  dv. kv.", "Utf. 2025   Utf. 2024   Bu 2025", "Summa verks.int.", "Inskr.
 * delt."): each abbreviation written out as its word ("Verksamhetens kostnader", "Summa tillgångar",
 * "Eget kapital vid årets slut", "därav kvinnor", "Utfall 2025   Utfall 2024   Budget 2025"), so every
 * reader knows the row by its words. The words come from the common abbreviations of Swedish annual
 * reports below, and from a legend the document gives ("Förkortningar: Utf. = utfall, Bu = budget,
 * FK/AF = Försäkringskassan och Arbetsförmedlingen"), the legend's meaning winning.
 *
 * Only on a table's lines: a label followed by figures (two spaces apart at least), a header of
 * column heads each naming a year or a role, or a short line of its own (a table's title, seven words
 * at most); never a sentence. A label is written out into the gap after it and a head into the gap
 * before it, so every cell keeps its column; where a gap is too narrow the line stays as written.
 * "m." is "män" only after "därav"/"varav" (or their abbreviations), "t." "till" only before a
 * destination; a cell holding an abbreviation no list names ("m. fl.", "Kap. 3") stays as written, whole.
 * A header whose every head is an outcome of a year ("Utf. 2025   Utf. 2024") is written as its years
 * alone. Pure: one line per line, each citing itself.
 */

/** Common abbreviations, lower case, with the dot where one is written. */
const COMMON: Record<string, string> = {
  "verks.": "verksamhetens",
  "verksamh.": "verksamhetens",
  "int.": "intäkter",
  "intäkt.": "intäkter",
  "kostn.": "kostnader",
  "res.": "resultat",
  "s:a": "summa",
  "tillg.": "tillgångar",
  ek: "eget kapital",
  "kap.": "kapital",
  "utg.": "slut",
  "ing.": "början",
  "inskr.": "inskrivna",
  "avsl.": "avslutade",
  "dv.": "därav",
  "vv.": "varav",
  "kv.": "kvinnor",
  "arb.": "arbete",
  "stud.": "studier",
  "delt.": "deltagare",
  "övr.": "övriga",
  "pers.": "personal",
  "medl.": "medlems",
  "fin.": "finansiella",
  "kortfr.": "kortfristiga",
  "långfr.": "långfristiga",
  "fordr.": "fordringar",
  "avg.": "avgifter",
  "utf.": "utfall",
  bu: "budget",
  "bud.": "budget",
};
/** Abbreviations written as one word with what follows ("Pers.kostn." → "Personalkostnader"). */
const JOINED: Record<string, string> = {
  "pers.kostn.": "personalkostnader",
  "insatskostn.": "insatskostnader",
  "medl.bidrag": "medlemsbidrag",
  "medl.avg.": "medlemsavgifter",
  "fin. netto": "finansnetto",
  "fk/af": "FK och AF",
  o: "och",
};
/** Heads that are abbreviations only before a year ("Utf 2025", "Bud 2025"). */
const BEFORE_YEAR: Record<string, string> = { utf: "utfall", bud: "budget", bu: "budget" };
const PART_WORD = /^(?:därav|varav)$/i;
const DESTINATION = /^(?:arbete|studier|arb\.|stud\.)$/i;
/** A figure cell: an amount, a count, a share, a dash for none. */
const FIGURE = /^[−–+-]?\d{1,3}(?: \d{3})*(?:,\d+)?\s*%?$|^[–-]$/;
const KNOWN_HEAD = /^(?:utfall|budget|fg\.? år|föreg\. år|föregående år)(?: (?:19|20)\d\d)?$/i;
const YEAR_HEAD = /(?:19|20)\d\d(?:-\d\d-\d\d)?$/;

interface Cell {
  text: string;
  at: number;
}

function cellsOf(line: string): Cell[] {
  const out: Cell[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ text: m[0], at: m.index });
  return out;
}

function capitalised(word: string, like: string): string {
  return /^\p{Lu}/u.test(like)
    ? word.charAt(0).toUpperCase() + word.slice(1)
    : /^\p{Ll}/u.test(like)
      ? word.charAt(0).toLowerCase() + word.slice(1)
      : word;
}

/** A legend's pairs ("Utf. = utfall, Bu = budget, FK/AF = Försäkringskassan och Arbetsförmedlingen"). */
function legendOf(lines: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    // A legend may run onto the next line.
    const text = `${lines[i]!} ${/,\s*$|=\s*\S+$/.test(lines[i]!) ? (lines[i + 1] ?? "") : ""}`;
    const pairs = [
      ...text.matchAll(
        /(?:^|[,;:]\s*)([\p{L}/:.]{1,12}(?: [\p{L}.]{1,6})?)\s+=\s+([\p{L} ]+?)(?=\s*[,;.]\s|\s*[.]?\s*$)/gu,
      ),
    ];
    if (pairs.length < 2) continue;
    for (const p of pairs) out[p[1]!.toLowerCase()] = p[2]!.trim();
  }
  return out;
}

/** The cell written out, or the same text where no word is an abbreviation. */
function writeOut(cell: string, legend: Record<string, string>, head: boolean): string {
  const whole = legend[cell.toLowerCase()];
  if (whole !== undefined) return capitalised(whole, cell);
  // Words, each abbreviation with its dot; a word of two abbreviations ("verks.int.") split.
  const words = cell
    .split(" ")
    .flatMap((w) =>
      /^\p{L}+\.\p{L}+\.$/u.test(w) && !JOINED[w.toLowerCase()] ? w.replace(/\.(?=\p{L})/u, ". ").split(" ") : [w],
    );
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const low = w.toLowerCase();
    const pair = k + 1 < words.length ? `${low} ${words[k + 1]!.toLowerCase()}` : "";
    if (pair && (legend[pair] ?? JOINED[pair])) {
      out.push(capitalised(legend[pair] ?? JOINED[pair]!, w));
      k++;
      continue;
    }
    const prev = (out[out.length - 1] ?? "").toLowerCase();
    const next = words[k + 1] ?? "";
    let written: string | undefined = legend[low];
    if (written === undefined && low === "m.") written = PART_WORD.test(prev) ? "män" : undefined;
    else if (written === undefined && low === "t.") written = DESTINATION.test(next) ? "till" : undefined;
    else if (written === undefined && low === "o") written = k > 0 && k + 1 < words.length ? "och" : undefined;
    else if (written === undefined && head && BEFORE_YEAR[low] && /^(?:19|20)\d\d$/.test(next))
      written = BEFORE_YEAR[low];
    else if (written === undefined && !(low === "bu" && !head)) written = COMMON[low] ?? JOINED[low];
    out.push(written === undefined ? w : capitalised(written, w));
  }
  // A word with an abbreviation's dot no list knows ("m. fl.", "Kap. 3"): the cell stays as written.
  if (out.some((w) => /^\p{L}{1,6}\.$/u.test(w))) return cell;
  return out.join(" ");
}

function isHeader(cells: readonly Cell[]): boolean {
  // Every head names a year or a role ("Utf. 2025", "Bu 2025", "Fg år", "Utfall"), the first may title the table.
  return (
    cells.length >= 2 &&
    cells
      .slice(1)
      .every((c) => YEAR_HEAD.test(c.text) || /^(?:utf\.?|utfall|bu|bud\.?|budget|fg\.? år|föreg\. år)$/i.test(c.text))
  );
}

function rewriteLine(line: string, legend: Record<string, string>): string | undefined {
  const cells = cellsOf(line);
  if (cells.length === 0) return undefined;
  const row = cells.length >= 2 && cells.slice(1).every((c) => FIGURE.test(c.text));
  const header = !row && isHeader(cells);
  const single = cells.length === 1 && cells[0]!.text.split(" ").length <= 7 && !/[.!?]\s+\p{Lu}/u.test(cells[0]!.text);
  if (!row && !header && !single) return undefined;
  let out = line;
  let changed = false;
  // The label grows into the gap after it.
  const first = cells[0]!;
  const room = cells[1] ? cells[1].at - 2 - first.at : Infinity;
  let label = writeOut(first.text, legend, header);
  // A legend's long form that does not fit: the common short one ("FK/AF" → "FK och AF").
  if (label.length > room) label = writeOut(first.text, {}, header);
  if (label !== first.text) {
    if (label.length > room) return undefined;
    const end = first.at + Math.max(label.length, first.text.length);
    out = out.slice(0, first.at) + label.padEnd(end - first.at) + out.slice(end);
    changed = true;
  }
  if (header) {
    // Heads that are all outcomes of years ("Utf. 2025   Utf. 2024"): the years alone, as any header of years.
    const outcomesOnly = cells.slice(1).every((c) => /^utf(?:all|\.)?\s+(?:19|20)\d\d$/i.test(c.text));
    for (let k = 1; k < cells.length; k++) {
      const c = cells[k]!;
      // A head the readers know as written ("Fg år", "Budget") is left as it stands.
      if (KNOWN_HEAD.test(c.text)) continue;
      const head = outcomesOnly ? c.text.replace(/^\S+\s+/, "") : writeOut(c.text, legend, true);
      if (head === c.text) continue;
      const end = c.at + c.text.length;
      const prevEnd =
        k === 1 ? first.at + Math.max(label.length, first.text.length) : cells[k - 1]!.at + cells[k - 1]!.text.length;
      const start = end - head.length;
      if (start < prevEnd + 2) return undefined;
      const from = Math.min(start, c.at);
      out = out.slice(0, from) + head.padStart(end - from) + out.slice(end);
      changed = true;
    }
  }
  return changed ? out : undefined;
}

export function abbreviatedLabels(lines: readonly string[]): string[] | undefined {
  // Cheap first check: an abbreviation's dot inside a table's label, or a legend.
  if (!lines.some((l) => /\p{L}\.\s*(?:\p{L}+\.)?\s{2,}\S/u.test(l) || /\bS:a\b|\bEK\b/.test(l))) return undefined;
  const legend = legendOf(lines);
  let out: string[] | undefined;
  lines.forEach((line, i) => {
    if (line.trim() === "" || /=/.test(line)) return;
    const written = rewriteLine(line, legend);
    if (written === undefined || written === line) return;
    out ??= [...lines];
    out[i] = written;
  });
  return out;
}
