/**
 * An attendance list whose last column codes each person's role and presence, the codes explained
 * only by a legend above or under the list:
 *
 *   Eva Strand (S)        Bladmyra kommun        L ordf
 *   Karin Ek (L)          Bladmyra kommun        E ej tjg
 *   Tove Nyberg           Arbetsförmedlingen     E*
 *   Pia Lund              Kansliet               T sekr
 *
 *   Teckenförklaring: L = ledamot, E = ersättare, T = tjänsteperson, ordf = ordförande,
 *   tjg = tjänstgörande, ej tjg = ej tjänstgörande, frv = frånvarande, * = tjänstgör …
 *
 * Each code means only what the legend says: a role (ledamot, ersättare, tjänsteperson), presence
 * (frånvarande; tjänstgörande or not, for a deputy), or a title kept as a note (ordförande,
 * sekreterare). A row is read only where its first cell is a person's name and every code of its
 * last cell is the legend's (a reference to items, "§ 33", aside); a person coded absent is never
 * stored, and a deputy whose row carries no serving code, where the legend has one, did not serve.
 * Rows with a code the legend does not explain, or with no role, are not read. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { PERSON_NAME, plainAt, rowCells } from "./minutesText.ts";

type Attendance = Extract<FactInput, { table: "attendance" }>;
export type CodedEntry = Omit<Attendance, "table" | "section" | "approximate">;

type CodeMeaning =
  | { kind: "role"; role: "member" | "deputy" | "official"; serving?: boolean }
  | { kind: "serving"; serving: boolean }
  | { kind: "absent" }
  | { kind: "title"; title: string; role?: "member" | "official" };

/** What a legend's explanation of one code says. */
function meaningOf(text: string): CodeMeaning | undefined {
  const t = text.trim().toLowerCase().replace(/\.$/, "");
  // "tjänstgörande ersättare", "ej tjänstgörande ersättare": a deputy's role and whether they served, in one code.
  const deputy = /^((?:ej |inte |icke )?tjänstgörande) (?:ersättare|suppleant)$/.exec(t);
  if (deputy) return { kind: "role", role: "deputy", serving: !/^(?:ej|inte|icke) /.test(deputy[1]!) };
  if (/^(?:ej|inte|icke) (?:tjänstgörande|tjänstgör|beslutande)/.test(t)) return { kind: "serving", serving: false };
  if (/^(?:frånvarande|frånvaro|förhinder|anmält förhinder|meddelat förhinder|ej närvarande)/.test(t))
    return { kind: "absent" };
  if (/^tjänstgör(?:ande)?(?!\p{L})/u.test(t)) return { kind: "serving", serving: true };
  if (/^(?:ordinarie(?: ledamot)?|ledamot|ledamöter|beslutande ledamot)$/.test(t))
    return { kind: "role", role: "member" };
  if (/^(?:ersättare|suppleant)$/.test(t)) return { kind: "role", role: "deputy" };
  if (/^(?:tjänsteperson|tjänstepersoner|tjänsteman|tjänstemän|kansli|kansliet|förbundets kansli)$/.test(t))
    return { kind: "role", role: "official" };
  if (/^(?:(?:förste |andre |\d:e )?vice )?ordförande$/.test(t)) return { kind: "title", title: t, role: "member" };
  if (/^(?:sekreterare|protokollförare|förbundschef|föredragande)$/.test(t))
    return { kind: "title", title: t, role: "official" };
  if (/^justerare$/.test(t)) return { kind: "title", title: t };
  return undefined;
}

/** A legend's opening: "Teckenförklaring:", "Förklaring till koderna:", "Koder:", "Förkortningar:". */
const LEGEND_LEAD = /^(?:teckenförklaring|förklaring(?: till [\p{L} ]{2,20})?|koder|förkortningar|kod)\s*:/iu;
/** One code and its explanation: "L = ledamot", "ej tjg = ej tjänstgörande", "* = tjänstgör i …". */
const PAIR = /^\s*(?<code>\*|[\p{L}]{1,5}(?: [\p{L}]{1,5})?)\s*=\s*(?<what>[^=]+?)\s*$/u;

/** The legend's codes and what each means; undefined when the text is no legend of such codes (three at least). */
export function readCodeLegend(text: string): Map<string, CodeMeaning> | undefined {
  // "Närvarande (O = ordinarie ledamot, E = ersättare, …)": the legend in the list's label's bracket.
  const bracket = /^[\p{L} ]{3,30}\((?<body>[^()]*=[^()]*)\)\s*:?\s*$/u.exec(text.trim());
  const body = bracket ? bracket.groups!.body! : text.replace(LEGEND_LEAD, "");
  const codes = new Map<string, CodeMeaning>();
  for (const part of body.split(/[,;]\s*|\.\s+|\.$/u)) {
    if (part.trim() === "") continue;
    const m = PAIR.exec(part);
    if (!m) return undefined;
    const meaning = meaningOf(m.groups!.what!);
    if (!meaning) return undefined;
    codes.set(m.groups!.code!, meaning);
  }
  // A legend of roles: a role code at least, three codes in all.
  if (codes.size < 3 || ![...codes.values()].some((c) => c.kind === "role")) return undefined;
  return codes;
}

/** The codes of a row's last cell, the longest first ("ej tjg" before "tjg"); undefined if one is no code. */
function codesOf(cell: string, legend: ReadonlyMap<string, CodeMeaning>): CodeMeaning[] | undefined {
  const items = cell.replace(/\s*§§?\s*\d+(?:\s*[-–]\s*\d+)?\s*$/u, "");
  const known = [...legend.keys()].sort((a, b) => b.length - a.length);
  const out: CodeMeaning[] = [];
  let rest = items.trim();
  while (rest !== "") {
    const code = known.find((k) => rest.startsWith(k) && (k === "*" || !/^[\p{L}]/u.test(rest.slice(k.length))));
    if (!code) return undefined;
    out.push(legend.get(code)!);
    rest = rest.slice(code.length).replace(/^[\s,]+/u, "");
  }
  return out.length > 0 ? out : undefined;
}

/** A person's cell: the name, the party's letters in a bracket, a title after a comma ("Ingrid Holm (S), ordförande"). */
const NAME_CELL = new RegExp(
  `^(?<name>${PERSON_NAME.source})(?:\\s*\\(\\p{Lu}{1,3}\\))?(?:,\\s*(?<title>\\p{Ll}[\\p{L} ]{2,30}))?$`,
  "u",
);

/** The entry of one row under the legend; undefined when the row is not read (absent, or not such a row). */
function readRow(raw: string, legend: ReadonlyMap<string, CodeMeaning>, servingCoded: boolean) {
  const all = rowCells(raw);
  if (all.length < 2 || all.length > 3) return undefined;
  // The codes close the row ("Eva Lund   Åby kommun   L ordf") or open it ("O   Eva Lund (S)   Åby kommun").
  const first = codesOf(all[0]!.text, legend);
  const last = first ? all[0]!.text : all.at(-1)!.text;
  const cells = first ? [...all.slice(1), all[0]!] : all;
  const person = NAME_CELL.exec(cells[0]!.text)?.groups;
  const name = person?.name;
  if (!name) return undefined;
  const codes = first ?? codesOf(last, legend);
  if (!codes) return undefined;
  if (codes.some((c) => c.kind === "absent")) return { absent: true as const };
  const titles = codes.flatMap((c) => (c.kind === "title" ? [c] : []));
  const role =
    codes.flatMap((c) => (c.kind === "role" ? [c.role] : []))[0] ?? titles.find((t) => t.role)?.role ?? undefined;
  if (!role) return undefined;
  const served = codes.flatMap((c) =>
    c.kind === "serving" || (c.kind === "role" && c.serving !== undefined) ? [c.serving!] : [],
  )[0];
  const board = role === "member" || role === "deputy";
  // A member present serves unless coded not to; a deputy serves where coded so, and not where the legend has a code for it that the row lacks.
  const serving = !board ? null : role === "member" ? (served ?? true) : (served ?? (servingCoded ? false : null));
  if (role === "member" && serving === false) return undefined;
  const refs = /§§?\s*\d+(?:\s*[-–]\s*\d+)?\s*$/u.exec(last)?.[0];
  const note = [...(person.title ? [person.title] : []), ...titles.map((t) => t.title), ...(refs ? [refs] : [])].join(
    ", ",
  );
  return {
    absent: false as const,
    entry: {
      person: name,
      member: board && cells.length === 3 ? cells[1]!.text : null,
      role,
      serving,
      note: note || null,
    },
  };
}

/**
 * The people of a coded attendance list in the minutes' head (lines before `end`), and the lines read;
 * nothing where no legend of role codes stands within five lines of three such rows.
 */
export function readCodedRoster(doc: DocumentText, end: number): { entries: CodedEntry[]; lines: Set<number> } {
  const none = { entries: [], lines: new Set<number>() };
  for (let n = 1; n < end; n++) {
    const t = plainAt(doc, n);
    if (!t.includes("=") || !(LEGEND_LEAD.test(t) || (t.match(/=/g) ?? []).length >= 3)) continue;
    // The legend's paragraph: this line and those after it, to a blank line (four lines at most).
    let last = n;
    while (last + 1 < end && last - n < 3 && plainAt(doc, last + 1) !== "" && plainAt(doc, last + 1).includes("="))
      last++;
    const text = Array.from({ length: last - n + 1 }, (_, k) => plainAt(doc, n + k)).join(" ");
    const legend = readCodeLegend(text);
    if (!legend) continue;
    const servingCoded = [...legend.values()].some(
      (c) => (c.kind === "serving" || c.kind === "role") && c.serving === true,
    );
    // The list's rows: the block right above the legend (a blank line between at most), else right under it.
    const blockAt = (from: number, step: 1 | -1) => {
      let k = from;
      while (k >= 1 && k < end && plainAt(doc, k) === "" && Math.abs(k - from) < 2) k += step;
      const rows: number[] = [];
      while (k >= 1 && k < end && plainAt(doc, k) !== "") {
        rows.push(k);
        k += step;
      }
      return rows;
    };
    for (const block of [blockAt(n - 1, -1), blockAt(last + 1, 1)]) {
      const read = block.map((line) => ({ line, row: readRow(doc.lines[line - 1] ?? "", legend, servingCoded) }));
      if (read.filter((r) => r.row).length < 3) continue;
      const entries: CodedEntry[] = [];
      const lines = new Set<number>();
      for (const { line, row } of read.sort((a, b) => a.line - b.line)) {
        if (!row) continue;
        lines.add(line);
        if (!row.absent) entries.push({ ...row.entry, line, text: doc.at(line) });
      }
      return { entries, lines };
    }
  }
  return none;
}
