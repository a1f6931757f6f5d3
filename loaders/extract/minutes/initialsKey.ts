/**
 * Attendance written as initials, a key giving each one's name:
 *
 *   Närvarande: EW, PS, MN, AL (tjg för BH)
 *   Närvarande ersättare, ej tjänstgörande: RT
 *   Förhinder: BH
 *   Från kansliet: CH, förbundschef
 *
 *   Namnnyckel
 *   EW   Elin Wahl (S), ordförande, Åby kommun
 *   PS   Per Sjö (M), Region Ravmark
 *   AL   Arvid Lind (L), ersättare, Böda kommun
 *   …
 *
 * The key is a run of three lines or more, each two or three capitals, a gap, and a person's line; every
 * code once. A list's line under the minutes' head ("Label: codes") is read only where every code on it
 * is the key's; each person is read from their key line (name, party, member body, "ersättare"), their
 * role and serving from the label and the bracket after the code:
 * - a list of those deciding or present ("Närvarande", "Beslutande", "Deltog", "Tjänstgörande"): a member,
 *   or a deputy where the key says "ersättare", serving where the label says they decide or the bracket
 *   says so ("(tjg för BH)", "(tjänstgörande)"), else unknown;
 * - a deputies' list: serving as its label says ("ej tjänstgörande": no), else unknown;
 * - the office's or others' list ("Från kansliet", "Övriga", "Tjänstepersoner"): an official or a guest by
 *   the title on the key line or the list;
 * - an absence's list ("Förhinder", "Frånvarande"): nobody stored.
 * A key code no list names is nobody present; a line with a code the key lacks is not read. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { PERSON_NAME, plain, plainAt } from "./minutesText.ts";

type Attendance = Extract<FactInput, { table: "attendance" }>;
export type KeyEntry = Omit<Attendance, "table" | "section" | "approximate">;
/** A key line's person read as an attendance list reads a line: name, member, note, deputy. */
export interface KeyPerson {
  person: string;
  member: string | null;
  note: string | null;
  deputy: boolean;
  /** An official's or a guest's title on the key line ("förbundschef"), when it is one. */
  official?: "official" | "guest";
}

/** A line as written, its gaps kept (`doc.at` closes them up), without Markdown. */
const rawAt = (doc: DocumentText, n: number) => plain(doc.lines[n - 1] ?? "");
/** "EW   Elin Wahlgren (S), ordförande, Vretby kommun": a code, a gap, a person's line. */
const KEY_LINE = /^\s*(\p{Lu}{2,3})\s{2,}(\S.*)$/u;
/** Fewest key lines. */
const MIN_KEY = 3;
/** "Närvarande: EW, PS", "Förhinder: BH": a label and its codes. */
const LIST_LINE = /^([\p{L}][\p{L} ,]*?)\s*:\s*(.+)$/u;

type ListKind =
  { kind: "present"; serving: boolean | null } | { kind: "deputies"; serving: boolean | null } | "others" | "absent";

/** What a list's label says of the people on it; undefined for a label of anything else. */
function kindOf(label: string): ListKind | undefined {
  const t = label.toLowerCase().trim();
  if (/^(?:förhinder|frånvarande|anmält förhinder|meddelat förhinder|ej närvarande|har inte deltagit)$/.test(t))
    return "absent";
  if (/ersättare|suppleant/.test(t)) {
    if (/(?:ej|inte|icke) (?:tjänstgörande|tjg)/.test(t)) return { kind: "deputies", serving: false };
    if (/tjänstgörande|tjg/.test(t)) return { kind: "deputies", serving: true };
    return { kind: "deputies", serving: null };
  }
  if (/^(?:beslutande|tjänstgörande)(?: ledamöter)?$/.test(t)) return { kind: "present", serving: true };
  if (/^(?:närvarande|deltog|deltagande|närvarande ledamöter|ledamöter)$/.test(t))
    return { kind: "present", serving: null };
  if (
    /^(?:från kansliet|kansliet|kansli|förbundets kansli|tjänstepersoner|tjänstemän|övriga|övriga närvarande|övriga deltagare|dessutom närvarande|gäster)$/.test(
      t,
    )
  )
    return "others";
  return undefined;
}

/** The codes' key: the run of key lines, each code once; undefined where the minutes have none. */
function keyOf(
  doc: DocumentText,
  readKeyLine: (t: string) => KeyPerson | undefined,
): { people: Map<string, { person: KeyPerson; line: number }>; lines: Set<number> } | undefined {
  for (let n = 1; n <= doc.lineCount; n++) {
    if (!KEY_LINE.test(rawAt(doc, n))) continue;
    const people = new Map<string, { person: KeyPerson; line: number }>();
    const lines = new Set<number>();
    let k = n;
    for (; k <= doc.lineCount; k++) {
      const m = KEY_LINE.exec(rawAt(doc, k));
      if (!m || !PERSON_NAME.test(m[2]!.split(/\s*[,(]/)[0]!)) break;
      const person = readKeyLine(m[2]!.trim());
      if (!person || people.has(m[1]!)) break;
      people.set(m[1]!, { person, line: k });
      lines.add(k);
    }
    if (people.size >= MIN_KEY) return { people, lines };
    n = k;
  }
  return undefined;
}

/** One code on a list's line, with a bracket or a title after it: "AL (tjg för BH)", "CH, förbundschef". */
const CODE_ENTRY = /^(\p{Lu}{2,3})(?:\s*\(([^()]*)\))?(?:\s*,\s*(\p{Ll}[\p{L} ]*))?$/u;

export function readInitialsKey(
  doc: DocumentText,
  end: number,
  readKeyLine: (t: string) => KeyPerson | undefined,
): { entries: KeyEntry[]; lines: Set<number> } {
  const none = { entries: [], lines: new Set<number>() };
  // Cheap first: a line of a list naming two codes.
  let any = false;
  for (let n = 1; n < end && !any; n++) any = /:\s*\p{Lu}{2,3}\s*[,;(]\s*\p{Lu}{2,3}(?!\p{L})/u.test(plainAt(doc, n));
  if (!any) return none;
  const key = keyOf(doc, readKeyLine);
  if (!key) return none;
  const entries: KeyEntry[] = [];
  const lines = new Set(key.lines);
  for (let n = 1; n < end; n++) {
    if (key.lines.has(n)) continue;
    const m = LIST_LINE.exec(plainAt(doc, n));
    if (!m) continue;
    const kind = kindOf(m[1]!.replace(/,/g, " ").replace(/\s+/g, " "));
    if (!kind) continue;
    const parts = m[2]!
      .replace(/\.$/, "")
      .split(/\s*[;,]\s*(?=\p{Lu}{2,3}(?:\s*[(,;]|\s*$))/u)
      .map((p) => p.trim())
      .filter(Boolean);
    const read = parts.map((p) => CODE_ENTRY.exec(p));
    // Every code on the line must be the key's: a line of anything else is not read.
    if (read.length === 0 || read.some((r) => !r || !key.people.has(r[1]!))) continue;
    lines.add(n);
    if (kind === "absent") continue;
    for (const r of read) {
      const { person, line } = key.people.get(r![1]!)!;
      const bracket = (r![2] ?? "").trim();
      // "(tjg för BM §§ 1–3)", "(tjg till § 3)": served in some items only, unknown for the meeting.
      const inItems = /§|(?<!\p{L})kl\.?\s*\d/iu.test(bracket);
      const servesSaid: boolean | null | undefined = /^(?:tjg|tjänstgör\p{L}*)(?!\p{L})/iu.test(bracket)
        ? inItems
          ? null
          : !/(?:ej|inte|icke)\s/i.test(bracket)
        : /^(?:ej|inte|icke)\s+(?:tjg|tjänstgör)/iu.test(bracket)
          ? false
          : undefined;
      const note = [...new Set([person.note, bracket || null, r![3] ?? null].filter(Boolean))].join(", ") || null;
      const base = { person: person.person, member: person.member, note, line, text: doc.at(line) };
      if (kind === "others") {
        if (person.deputy || person.member !== null) continue;
        entries.push({ ...base, member: null, role: person.official ?? "guest", serving: null });
        continue;
      }
      // A member or deputy needs a party or a member body on the key line; an official's line is none.
      if (person.official) continue;
      if (kind.kind === "deputies" || person.deputy)
        entries.push({
          ...base,
          role: "deputy",
          serving:
            servesSaid !== undefined
              ? servesSaid
              : kind.kind === "deputies"
                ? kind.serving
                : kind.serving === true
                  ? true
                  : null,
        });
      else entries.push({ ...base, role: "member", serving: servesSaid !== undefined ? servesSaid : true });
    }
  }
  return entries.length > 0 ? { entries, lines } : none;
}
