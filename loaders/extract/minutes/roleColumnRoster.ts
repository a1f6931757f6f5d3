/**
 * An attendance list under a heading naming it ("Närvarolista (x = närvarande)", "Närvaroförteckning",
 * "Närvarande") whose rows set each person's name, role and body in columns, no header over them:
 *
 *   Närvarolista (x = närvarande)
 *   [x] Tove Granlund      ordförande                           Tallnäs kommun
 *   [ ] Sara Lindh         ledamot                              Arbetsförmedlingen
 *   [x] Amir Sadiq         ersättare, tjänstgör för Sara Lindh  Arbetsförmedlingen
 *   [x] Cecilia Ros        förbundschef, sekreterare
 *
 * A form's check boxes are read before any reader (`text/checkedBoxes.ts`): a ticked row keeps its words, an
 * unticked one is blanked, so only those present are left. The role cell says who each is: a member
 * ("ordförande", "ledamot"), a deputy (serving where the cell says "tjänstgör för …", not where it says
 * "ej tjänstgörande"), an official by title ("förbundschef", "sekreterare"); the last cell, where there is
 * one, the body a member or a deputy sits for. A row whose role cell names none of these ends the list, and
 * the list is read only when every row before its end is such a row (two rows at least): a table of figures,
 * or a paragraph, under such a heading is no roster. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { PERSON_NAME, plainAt } from "./minutesText.ts";

type Attendance = Extract<FactInput, { table: "attendance" }>;
export type RosterEntry = Omit<Attendance, "table" | "section" | "approximate">;

/** The heading: the list's name alone, a legend in brackets or a colon after it allowed. */
const HEADING =
  /^(?:närvarolista|närvaroförteckning|närvaro|närvarande)(?:\s+(?:ledamöter|och ersättare|vid sammanträdet))?\s*(?:\([^)]*\))?\s*:?\s*$/iu;
/** A row: a name cell, then a role cell, then perhaps a body's cell, cells set two spaces or more apart. */
const NAME_CELL = new RegExp(String.raw`^(${PERSON_NAME.source})$`, "u");
const MEMBER_ROLE =
  /^(?:(?:vice\s+|2:e\s+vice\s+|1:e\s+vice\s+)?ordförande|ledamot|ordinarie ledamot)(?:\s*,\s*(?:vice\s+)?ordförande)?$/iu;
const DEPUTY_ROLE = /^(?:ersättare|suppleant)(?:\s*,\s*(.+))?$/iu;
const OFFICIAL_ROLE =
  /^(?:(?:bitr(?:\.|ädande)?\s+)?förbundschef|sekreterare|ekonom|controller|kanslist|administratör|processledare|samordnare|verksamhetsutvecklare|utvecklingsledare)(?:\s*,\s*(?:(?:bitr(?:\.|ädande)?\s+)?förbundschef|sekreterare|ekonom|controller|kanslist|administratör|processledare|samordnare|protokollförare))*$/iu;
/** A deputy's cell saying it served ("tjänstgör för Sara Lindh", "tjänstgörande"), not "ej tjänstgörande". */
const SERVED = /(?<!(?:ej|inte|icke)\s)(?:tjänstgör|tjänstgörande|tjänstgjorde|ersätter)(?!\p{L})/iu;
const NOT_SERVED = /(?:ej|inte|icke)\s+tjänstgör/iu;
/** A body a member sits for: a municipality, a region, an agency. */
const BODY = /(?:kommun|stad|region|försäkringskassan|arbetsförmedlingen|landsting)/iu;

/** The rows of a role-column roster before line `end`, and the lines they stand on. */
export function readRoleColumnRoster(doc: DocumentText, end: number): { entries: RosterEntry[]; lines: Set<number> } {
  const none = { entries: [], lines: new Set<number>() };
  for (let n = 1; n < end; n++) {
    if (!HEADING.test(plainAt(doc, n))) continue;
    const entries: RosterEntry[] = [];
    const lines = new Set<number>();
    let blanks = 0;
    /** Whether the list ends cleanly: at a blank line, two of them, or the first item; not on a line that is no row. */
    let clean = true;
    for (let k = n + 1; k < end; k++) {
      const raw = doc.lines[k - 1] ?? "";
      if (raw.trim() === "") {
        // A row blanked for its unticked box leaves one blank line; two end the list.
        if (++blanks > 1) break;
        continue;
      }
      const entry = readRow(raw, k, doc.at(k));
      if (!entry) {
        clean = blanks > 0;
        break;
      }
      blanks = 0;
      entries.push(entry);
      lines.add(k);
    }
    // Every line up to the list's end a row, two at least: anything else under the heading is no such roster.
    return entries.length >= 2 && clean ? { entries, lines } : none;
  }
  return none;
}

function readRow(raw: string, line: number, text: string): RosterEntry | undefined {
  const cells = raw.trim().split(/\s{2,}/);
  if (cells.length < 2 || cells.length > 3) return undefined;
  const name = NAME_CELL.exec(cells[0]!);
  if (!name) return undefined;
  const role = cells[1]!.trim();
  const body = cells[2]?.trim();
  if (body !== undefined && !BODY.test(body)) return undefined;
  const person = name[1]!;
  if (MEMBER_ROLE.test(role))
    return { person, member: body ?? null, note: role, role: "member", serving: true, line, text };
  const deputy = DEPUTY_ROLE.exec(role);
  if (deputy) {
    const said = deputy[1] ?? "";
    const serving = NOT_SERVED.test(said) ? false : SERVED.test(said) ? true : null;
    return { person, member: body ?? null, note: role, role: "deputy", serving, line, text };
  }
  if (OFFICIAL_ROLE.test(role) && body === undefined)
    return { person, member: null, note: role, role: "official", serving: null, line, text };
  return undefined;
}
