/**
 * Who attended: members by party and role, whether they served (tjänstgjorde), officials and
 * guests, and partial attendance. Three layouts are read:
 * - a table "Namn  Tillhörighet  Tjänstgör  Ersättare" with an x in one of the last columns;
 * - a roster table read by its header's column names ("Namn  Uppdrag  Part  Närvaro",
 *   "Ledamöter  Parti  Representerar  Närvaro"), with words for presence in the last;
 * - labelled lists ("Beslutande deltagare:", "### Ordförande", "### Ersättare", "Övriga deltagare:");
 * - no list at all: then the people the minutes name as acting (chair, adjuster, those who
 *   reserved themselves) are recorded, and a finding says the list is missing.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { matrixHeader, readMatrix } from "./attendanceMatrix.ts";
import { markTableHeader, readMarkTable } from "./markTable.ts";
import { legendGridHeader, readLegendGrid } from "./legendGrid.ts";
import { readCodedRoster } from "./codedRoster.ts";
import { readInitialsKey, type KeyPerson } from "./initialsKey.ts";
import {
  cellsWithColumns,
  MONTHS,
  PARTY_NAME,
  PERSON_NAME,
  plain,
  plainAt,
  reservationNames,
  rowCells,
} from "./minutesText.ts";
import { findAgendaItems, firstItemLine } from "./findAgendaItems.ts";
import { namesFederation, ownFederation } from "../general/federationNames.ts";
import { namesAnotherFederation } from "./namedBoards.ts";
import { slugify } from "../../reference/slug.ts";
import { readRoleColumnRoster } from "./roleColumnRoster.ts";
import { readProseAttendance } from "./proseAttendance.ts";

type Role = "member" | "deputy" | "official" | "guest";
type Attendance = Extract<FactInput, { table: "attendance" }>;

const SECTION = "attendance";
const OFFICIAL_TITLE =
  /^(bitr(\.|ädande)?\s*)?(förbundschef|förbundchef)|administratör|ekonom|sekreterare|kanslist|processledare|samordnare|verksamhetsutvecklare|utvecklingsledare|controller/i;
/**
 * "Tove Lindqvist, förbundschef": two or three capitalised names, a comma, a title; a role in brackets
 * after the title and a sentence's full stop ("Helena Brink, förbundschef (sekreterare).") allowed.
 */
const NAME_COMMA_TITLE =
  /^(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2}),\s+(\p{Ll}[\p{L}\d .,–-]*?(?:\s*\([\p{Ll} ]+\))?)\.?$/u;
/** A label and its colon after a wide gap on a labelled line ("    Justerare: Tomas Pihl"): another field, to the line's end. */
const SECOND_LABEL = /\s{3,}\p{Lu}\p{Ll}+(?: \p{Ll}+){0,3}:\s*\S.*$/u;
const PARTIAL = /,?\s*((?:är med|deltar|närvarande|närvarar|lämnade|anslöt|från kl|till kl)\b.*)$/i;

/** Words that say a person listed did not attend. */
const ABSENCE =
  "förhinder|frånvarande|frånvaro|ej närvarande|inte närvarande|anmält förhinder|meddelat förhinder|har inte svarat|inte svarat|har inte deltagit|deltog inte|deltog ej";
const ABSENCE_CELL = new RegExp(`^(?:${ABSENCE})$`, "i");
/** "Lina Fors, Arbetsförmedlingen, anmält förhinder": listed among the deputies, yet absent. */
const ABSENT_AFTER_NAME = new RegExp(`,\\s*(?:${ABSENCE})\\s*\\.?$`, "i");
/** A deputy's line that says more than name, party and member: served in part, or for whom ("tjänstgör §§ 3-5"). */
const SERVED_SOMEHOW =
  /tjänstg|ersätt|§|\bkl\.?\s*\d|fr\.?\s?o\.?\s?m|från och med|går in|(?<!\p{L})(?:tjg|istf|i\s?st\.?\s?f|i stället för)(?!\p{L})|förhinder/iu;
/** A word saying a deputy served ("tjänstgörande § 7", "ersätter Per Holm", "för Per Holm"), not items attended or a time. */
const SERVICE_WORD = /tjänstg|ersätt|(?<!\p{L})för\s+\p{Lu}/u;
/** Whether the minutes' text says this person served ("Lars Wik tjänstgör för Per Holm från § 3"). */
function servesInItems(doc: DocumentText, person: string): boolean {
  const at = doc.lines.findIndex(
    (l) => l.includes(person) && /tjänstg|ersätter|går in för|i stället för|(?<!\p{L})(?:istf|tjg)(?!\p{L})/iu.test(l),
  );
  return at >= 0;
}
/** The label of the list of those who decide: members and the deputies serving in their place. */
const DECIDERS = /^(?:beslutande|röstberättigade)(?!\p{L})/iu;
/** Labels that open a list of people, and what the people under them are. */
const LIST_LABELS: [RegExp, { role: Role; serving: boolean | null } | "others" | "absent" | "table"][] = [
  // A deputy serving in a member's place is still a deputy (the schema's `serving` says it served).
  [/^(tjänstgörande|tjg\.?) (ersättare|ers\.?)\s*:?\s*/i, { role: "deputy", serving: true }],
  // "Ersättare som tjänstgjorde", "Ersättare (tjänstgörande):": the same label said after the word. Only
  // the past or perfect says they served at this meeting; the present ("Ersättare som tjänstgör vid ledamots
  // frånvaro") names the deputies' duty, a roster (below).
  [
    /^(?:närvarande\s+)?(?:ersättare|ers\.?),?\s*(?:\(\s*tjänstgörande\s*\)|som\s+(?:har\s+)?(?:tjänstgjorde|tjänstgjort)(?!\s+(?:ej|inte|icke)\b))\s*:?\s*/i,
    { role: "deputy", serving: true },
  ],
  [
    /^(beslutande( deltagare| ledamöter)?|röstberättigade( ledamöter)?|ledamöter|ledamot|närvarande ledamöter|ordförande|vice ordförande|övriga ledamöter|tjänstgörande( ledamöter)?)\s*:?\s*/i,
    { role: "member", serving: true },
  ],
  // "Deltog: Maja Fredén (S), ordförande, Åby kommun; …" (minutes written as a report), "Följande ledamöter
  // har svarat och biträtt förslagen:" (decisions per capsulam): those who took part in deciding.
  [
    /^(?![^:]{0,100}(?<!\p{L})ersättare\s*:)(deltog|(?:följande\s+)?ledamöter(?:na)?\s+(?:som\s+)?(?:har\s+)?(?:svarat|deltagit|deltog|medverkat|biträtt|röstat)(?!\p{L})[^:]{0,60}|följande\s+har\s+(?:svarat|deltagit|medverkat|biträtt)(?!\p{L})[^:]{0,60}|svar\s+(?:har\s+)?inkommit\s+från|beslutet\s+(?:har\s+)?fattats\s+av)\s*:\s*/iu,
    { role: "member", serving: true },
  ],
  // "Följande har deltagit i beslutet som ersättare:": those who decided per capsulam in a member's place.
  [
    /^följande\s+(?:ersättare\s+)?har\s+(?:svarat|deltagit|medverkat|biträtt)(?!\p{L})[^:]{0,60}(?<!\p{L})ersättare\s*:\s*/iu,
    { role: "deputy", serving: true },
  ],
  // "Från kansliet deltog förbundschef Jon Ek.": the office's people, said in a sentence.
  [/^från (?:kansliet|förbundet|förbundets kansli)(?: deltog| närvarade)?\s*:?\s*/i, "others"],
  [
    // "Ersättare (ej tjänstgörande):", "Ersättare som inte tjänstgjorde": deputies present who did not serve.
    /^((närvarande,?\s*)?(ej|icke|inte) (tjänstgörande|tjg\.?|beslutande) (ersättare|ers\.?)|(?:närvarande\s+)?ersättare,?\s*\(?\s*(?:ej|icke|inte) tjänstgörande\s*\)?|(?:närvarande\s+)?ersättare som (?:ej|inte|icke) (?:har )?(?:tjänstgjorde|tjänstgör|tjänstgjort)|(?:närvarande\s+)?ersättare som (?:har )?(?:tjänstgjort|tjänstgjorde|tjänstgör) (?:ej|inte|icke))\s*:?\s*/i,
    { role: "deputy", serving: false },
  ],
  // "Ersättare som tjänstgör vid ledamots frånvaro", "Ersättare som tjänstgör:": the deputies' duty in the
  // present, whole line the label; whether any served is not said.
  [
    /^(?:närvarande\s+)?(?:ersättare|ers\.?),?\s*som\s+tjänstgör(?!\s+(?:ej|inte|icke)\b)(?!\p{L})[^:]*(?::\s*|$)/iu,
    { role: "deputy", serving: null },
  ],
  // "Ersättare med närvarorätt": deputies present with the right to attend; whether any served is not said.
  [/^(ersättare(?: med närvarorätt)?|närvarande ersättare|suppleanter)\s*:?\s*/i, { role: "deputy", serving: null }],
  // With a colon the names may follow on the same line; without one only a label line opens the list.
  [
    /^(övriga (deltagare|deltagande|närvarande)|(närvarande |deltagande )?(tjänstepersoner|tjänsteperson|tjänstemän|tjänsteman)( och gäster)?|övriga|dessutom närvarande|närvarande i övrigt|i övrigt närvarande|dessutom deltog|därutöver deltog|därutöver närvarande|därutöver|dessutom|adjungerade?|gäster|gäst|inbjudna|kansli|kansliet|förbundets kansli)\s*(:\s*|$)/i,
    "others",
  ],
  [
    /^(meddelat förhinder|frånvarande|anmält förhinder|förhinder(?=\s*:)|har inte deltagit|deltog inte|ej deltagit|inte deltagit)\s*:?\s*/i,
    "absent",
  ],
  [/^närvarande\s*:?\s*$/i, "table"],
  // Those who sign or keep the minutes are named for that role, not as attending members or
  // deputies (they are listed as such elsewhere when they are).
  [
    /^(justerare|justeras|utses att justera|justeringens plats och tid|justeringsdag|sekreterare|protokollförare|vid protokollet|underskrifter|paragrafer|protokollet omfattar|sammanställt av|sammanställd av|upprättat av)\b\s*:?\s*/i,
    "absent",
  ],
];

/**
 * A roster table, read by what its header says each column holds: the first column the people
 * (headed "Namn", or a list label that gives their role: "Ledamöter", "Ersättare"), one column their
 * presence ("Närvaro", "Tjänstgör"), and the others only columns a roster has (role, member party,
 * political party). "Ledamöter  Parti  Representerar  Närvaro", "Namn  Uppdrag  Part  Närvaro". A
 * header with any other column (an amount, an intervention) is not a roster.
 */
type RosterColumn = "name" | "role" | "member" | "party" | "presence" | "serving" | "time";
const ROSTER_LABEL = /^(ledamöter|ordinarie ledamöter|ersättare)$/i;
const ROSTER_NAME = /^(namn|ledamöter|ordinarie ledamöter|ersättare|ledamot|deltagare|person)$/i;
const ROSTER_COLUMNS: [RegExp, RosterColumn][] = [
  [/^(uppdrag|roll|funktion|befattning|titel|ställning)$/i, "role"],
  [/^(representerar|tillhörighet|organisation|medlem|huvudman|part|medlemsorganisation|myndighet)$/i, "member"],
  [/^parti$/i, "party"],
  [/^(närvaro|närvarande|deltog|närvaro\/frånvaro)$/i, "presence"],
  // A column that asks whether the person served: "Ja" there means serving, "Nej" present but not serving.
  [/^(tjänstgör|tjänstgörande)$/i, "serving"],
  // A meeting tool's log: when each one joined and left ("Anslöt  Lämnade  Namn  Roll"). Whoever joined was there.
  [/^(anslöt|ansluten|lämnade|lämnat|inloggad|utloggad)$/i, "time"],
];

/** "Närvarande från Samordningsförbundet Ekhamn", "Ledamöter för Finsam Norrby:": a list label naming a federation. */
const PRESENT_FROM_FEDERATION =
  /^(?:närvarande|deltagare|deltog|ledamöter|ledamöter och ersättare|beslutande)\s+(?:från|för)\s+(?:styrelsen\s+(?:i|för)\s+)?(?:samordningsförbundet|finsam|förbundet)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*:?\s*$/iu;

/**
 * Whether a federation's name in a list label is the document's own: the registered name (or, without the
 * registry's facts, the id) as the name rules read it, or each of the label's words a whole word of the
 * registered name or the id ("Ekdalen" of "Norra Ekdalen"). Never a part of a word: "Skara" is not
 * "Skaraborg", nor "Ek" "Ekvik".
 */
function namesOwnFederation(doc: DocumentText, name: string): boolean {
  const own = ownFederation(doc);
  if (namesFederation(name, own)) return true;
  const words = slugify(name)
    .split("-")
    .filter((w) => w !== "" && !/^(?:i|lan)$/.test(w));
  const ownWords = new Set(slugify(typeof own === "string" ? own : `${own.name} ${own.id}`).split("-"));
  return words.length > 0 && words.every((w) => ownWords.has(w));
}

/**
 * "Deltagare Knapptorp", "Närvarande Sävö:": a list label naming a federation by its short name alone (a joint
 * meeting's lists, one per board). Read only where the name is the document's own federation's or another the
 * document names in full.
 */
const PRESENT_FROM_SHORT_NAME =
  /^(?:[Nn]ärvarande|NÄRVARANDE|[Dd]eltagare|DELTAGARE|[Dd]eltog|[Ll]edamöter|LEDAMÖTER|[Ll]edamöter och ersättare|[Bb]eslutande)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*:?\s*$/u;

/**
 * A heading of a part of the minutes ("Del A. Gemensamma ärenden", "AVSNITT 2 – KNAPPTORPS ÄRENDEN", "Del 1:
 * Beslutsärenden"): it ends the list above it and is nobody.
 */
const PART_HEADING = /^(?:del|avsnitt|avdelning)\s+(?:[A-ZÅÄÖ]|\d{1,2}|[IVX]{1,4})(?![\p{L}\d])\s*[.:–—-]?\s+\p{Lu}/iu;

/** A group's heading and its count in a bracket: "Anmält förhinder (2)", "Röstberättigade (4 av 5 ledamöter närvarande)". */
const COUNTED_LABEL = /^([\p{L} ]+?)\s*\(\s*\d{1,2}(?:\s+av\s+\d{1,2})?(?:\s+[\p{L} ]+)?\s*\)\s*:?$/u;

/** A label at the margin saying those listed to its right were present. */
const PRESENT_LABEL = /^(?:närvarande|deltagande)\s*:?$/i;
const TIME_COLUMN = ROSTER_COLUMNS.find(([, kind]) => kind === "time")![0];

interface Roster {
  /** The header stands right of a "Närvarande" label at the margin: a new label there ends the list. */
  labelled?: boolean;
  /** The role the first column's label gives everyone under it, when it gives one. */
  role: "member" | "deputy" | null;
  columns: RosterColumn[];
  /** Where each column starts in the raw line, for rows with empty cells. */
  starts: number[];
}

/**
 * `listed`: the table stands under a label saying those in it are present ("Närvarande"): then it
 * needs no presence column, everyone listed attended ("| Namn | Roll | Representerar |").
 */
function rosterHeader(raw: string, listed = false): Roster | undefined {
  const all = rowCells(raw);
  // "Närvarande        Namn   Organisation   Funktion": the list's label at the margin, the header to its right.
  const labelled = all.length >= 4 && PRESENT_LABEL.test(all[0]!.text);
  const cells = labelled ? all.slice(1) : all;
  if (labelled) listed = true;
  // The name first, or after a log's times ("Anslöt  Lämnade  Namn  Roll").
  const at = cells.findIndex((c) => !TIME_COLUMN.test(c.text));
  if (cells.length < 3 || at < 0 || !ROSTER_NAME.test(cells[at]!.text)) return undefined;
  const columns: RosterColumn[] = [];
  for (const [k, c] of cells.entries()) {
    const kind = k === at ? "name" : ROSTER_COLUMNS.find(([re]) => re.test(c.text))?.[1];
    if (!kind) return undefined;
    columns.push(kind);
  }
  const presence = columns.filter((c) => c === "presence" || c === "serving").length;
  const logged = columns.includes("time");
  if (presence > 1 || (presence === 0 && !listed && !logged)) return undefined;
  const head = cells[at]!.text;
  const role = ROSTER_LABEL.test(head) ? (/^ersättare$/i.test(head) ? "deputy" : "member") : null;
  // Without a role from the label, a column must say each person's role.
  if (role === null && !columns.includes("role")) return undefined;
  return { role, columns, starts: cells.map((c) => c.column), ...(labelled ? { labelled } : {}) };
}

/** A row's cells placed under the header's columns: in order when they are as many, else by where they start. */
function placeCells(raw: string, roster: Roster): string[] | undefined {
  const cells = rowCells(raw);
  if (cells.length === roster.columns.length) return cells.map((c) => c.text);
  if (/^\s*\|/.test(raw) || cells.length > roster.columns.length) return undefined;
  const placed = roster.columns.map(() => "");
  for (const c of cells) {
    let k = 0;
    while (k + 1 < roster.starts.length && roster.starts[k + 1]! <= c.column + 1) k++;
    if (placed[k]) return undefined;
    placed[k] = c.text;
  }
  return placed;
}

/** A role as a roster's role column writes it. */
function roleOf(cell: string): Role | undefined {
  // "vice ordf.", "ordf.", "v. ordf.": the chair's titles cut short, as a narrow column writes them.
  if (
    /^((\d:e |förste |andre )?vice ordförande|ordförande|ledamot|ordinarie ledamot)\b/i.test(cell) ||
    /^(?:(?:\d:e |förste |andre )?(?:vice|v\.)\s?)?ordf\.?$/i.test(cell.trim())
  )
    return "member";
  if (/^(ersättare|suppleant)\b/i.test(cell)) return "deputy";
  if (OFFICIAL_TITLE.test(cell)) return "official";
  if (/^(gäst|revisor|adjungerad|inbjuden|föredragande)\b/i.test(cell)) return "guest";
  return undefined;
}

/**
 * What a presence cell says: present or not, serving or not, and the rest as a note ("för Olle Berg",
 * "§ 14"). Undefined when it says something else: the row is not read.
 */
function presenceOf(
  cell: string,
  asksServing: boolean,
): { present: boolean; serving: boolean | null; note: string } | undefined {
  const rest = (m: RegExpExecArray) => (m[1] ?? "").replace(/^[,\s]+/, "").trim();
  let m = /^(?:ja|x|✓)(?!\p{L})(.*)$/iu.exec(cell);
  // "X, tjänstgörande", "X, tjänstgör för Per Nyman": present, and served in a member's place (for
  // whom, or for which items, stays the note).
  const serves = m && /^(?:tjänstgörande|tjänstgör|tjg\.?)(?!\p{L})(.*)$/iu.exec(rest(m));
  if (serves) return { present: true, serving: true, note: serves[1]!.trim() === "" ? "" : rest(m!) };
  if (m) return { present: true, serving: asksServing ? true : null, note: rest(m) };
  // "Nej" where the column asks whether they served: present, not serving; where it asks presence: absent.
  if (/^nej(?!\p{L})/iu.test(cell)) return { present: asksServing, serving: false, note: "" };
  if (ABSENCE_CELL.test(cell)) return { present: false, serving: null, note: "" };
  m = /^tjänstgör(?:ande)?(?!\p{L})(.*)$/iu.exec(cell);
  if (m) return { present: true, serving: true, note: rest(m) };
  m = /^(?:närvarande|närvarar|deltog|deltar)(?!\p{L})(.*)$/iu.exec(cell);
  if (!m) return undefined;
  const note = rest(m);
  if (/^(?:ej|inte|icke) (?:tjänstgörande|tjg\.?|beslutande)$/i.test(note))
    return { present: true, serving: false, note: "" };
  if (note === "" || ITEMS_ATTENDED.test(note)) return { present: true, serving: null, note };
  return undefined;
}

/**
 * A roster row: "Lena Forsberg, ordförande  S  Region Fjärdland  Ja", "Marie Ek (V)  Ersättare  Norrby
 * kommun  Tjänstgör för Göran Holm". A person absent ("Förhinder", "Nej" for presence) is not stored;
 * a member present served unless the row says otherwise. A row whose cells do not fit the columns,
 * or whose role or presence the reader does not know, is not read.
 */
function readRosterRow(
  raw: string,
  roster: Roster,
): Omit<Attendance, "table" | "section" | "approximate" | "line" | "text"> | undefined {
  const cells = placeCells(raw, roster);
  if (!cells) return undefined;
  const cell = (kind: RosterColumn) => {
    const k = roster.columns.indexOf(kind);
    return k >= 0 ? cells[k]!.trim() : undefined;
  };
  // A log's row whose join cell holds no time ("–", "ej ansluten"): invited, never joined.
  const joined = roster.columns.indexOf("time");
  if (joined >= 0 && !/^\d{1,2}[:.]\d{2}$/.test(cells[joined]!.trim())) return undefined;
  const presenceCell = cell("presence") ?? cell("serving");
  // A table with no presence column lists those present (see `rosterHeader`).
  const presence =
    presenceCell === undefined
      ? { present: true, serving: null, note: "" }
      : presenceOf(presenceCell, roster.columns.includes("serving"));
  if (!presence?.present) return undefined;
  const [named, ...roles] = (cell("name") ?? "").split(",").map((p) => p.trim());
  const name = named?.replace(/\s*\(\p{Lu}{1,3}\)\s*$/u, "");
  if (!name || !PERSON_NAME.test(name) || /\d/.test(name)) return undefined;
  // "ersättare, Arbetsförmedlingen, tjänstgör för Lena Kron": the role first, then the member, whom
  // the deputy served for or whether they served, and the items attended.
  const [roleWord, ...roleParts] = (cell("role") ?? "").split(",").map((p) => p.trim());
  const roleCell = roleWord || undefined;
  const given = roleCell ? roleOf(roleCell) : roster.role;
  // "Mikael Dahl | förbundschef | föredragande | Ja": presenting an item is what a guest or an official does; the
  // official's title in the member column says which.
  const memberCell = cell("member");
  const role =
    given === "guest" && /^föredragande\b/i.test(roleCell ?? "") && memberCell && OFFICIAL_TITLE.test(memberCell)
      ? "official"
      : given;
  const said = roleParts.map((p) => SERVING_PART.exec(p)).find(Boolean);
  if (said && presence.serving === null) presence.serving = servedBy(said);
  // "ersättare för Dan Falk" as the role itself, or "tjänstgör för Lena Kron" after it: served in a member's place.
  if (presence.serving === null && [roleWord ?? "", ...roleParts].some((p) => STANDS_IN_FOR.test(p)))
    presence.serving = true;
  const partNotes = roleParts.filter((p) => BOARD_ROLE.test(p) || STANDS_IN_FOR.test(p) || ITEMS_PART.test(p));
  const partMember = roleParts.filter((p) => !partNotes.includes(p) && !SERVING_PART.test(p)).join(", ");
  roles.push(...partNotes);
  // A member who did not serve ("Nej" under "Tjänstgör") was away: a deputy served in their place.
  if (!role || (role === "member" && presence.serving === false)) return undefined;
  const member = cell("member") ?? (partMember || undefined);
  const board = role === "member" || role === "deputy";
  const note = [
    ...roles,
    ...(roleCell && role !== "deputy" ? [roleCell] : []),
    ...(presence.note ? [presence.note] : []),
    // An official's or a guest's other words ("förbundschef, sekreterare") are a note, not a member.
    ...(!board && partMember ? [partMember] : []),
    // … and a title in the member column ("förbundschef").
    ...(!board && memberCell && /\p{L}/u.test(memberCell) && !partMember ? [memberCell] : []),
  ].join(", ");
  return {
    person: name,
    member: board && member && /\p{L}/u.test(member) ? member : null,
    role,
    // A member present served unless the row says not; an official or a guest neither serves nor not.
    serving: !board ? null : (presence.serving ?? (role === "member" ? true : null)),
    note: note || null,
  };
}

/**
 * A header written in two columns, the label at the margin and the people to its right: "Ledamöter
 * Ingrid Malm (S), …", "Tjänstepersoner    Oskar Lund, förbundschef". Returns the label cell, the
 * right cell and the column it starts at.
 */
function twoColumnLabel(
  raw: string,
  next = "",
): { label: (typeof LIST_LABELS)[number]; rest: string; column: number; wrapped: boolean } | undefined {
  const m = /^(\S(?:.*?\S)?)\s{2,}(\S.*)$/.exec(raw.trimEnd());
  if (!m) return undefined;
  const whole = (cell: string) => LIST_LABELS.find(([re]) => re.test(cell) && cell.replace(re, "").trim() === "");
  // "Ej tjänstgörande     Ulla Berg (C), …" over "ersättare": a label the left column wraps onto
  // the next line, its last word alone at the margin there (the rest of that line right of the gap).
  const wrapped = /^(\p{Ll}[\p{L}-]*)(?:\s{2,}|\s*$)/u.exec(next)?.[1];
  const own = whole(m[1]!.trim());
  const label = own ?? (wrapped ? whole(`${m[1]!.trim()} ${wrapped}`) : undefined);
  return label ? { label, rest: m[2]!.trim(), column: raw.indexOf(m[2]!), wrapped: !own } : undefined;
}

type ListMode = (typeof LIST_LABELS)[number][1];

/**
 * Two lists side by side, each label heading its column: "Beslutande:          Ersättare:". The
 * lines under it are cut at the right label's column.
 */
/** The list a cell that is nothing but a list's label opens, or undefined. */
function wholeCellListMode(text: string): ListMode | undefined {
  for (const [re, mode] of LIST_LABELS) if (re.test(text) && text.replace(re, "").trim() === "") return mode;
  return undefined;
}

function sideBySideLabels(raw: string): { column: number; modes: [ListMode, ListMode] } | undefined {
  const cells = cellsWithColumns(raw);
  if (cells.length !== 2) return undefined;
  const modes = [wholeCellListMode(cells[0]!.text), wholeCellListMode(cells[1]!.text)];
  // "Ledamöter   Närvarande": the right cell heads a presence column of the left list, no list of its own.
  // "Närvarande:   Ledamöter": a heading over the right cell's group, whose list goes on under it.
  if (!modes[0] || !modes[1] || modes[1] === "table" || modes[0] === "table") return undefined;
  return { column: cells[1]!.column, modes: [modes[0], modes[1]] };
}

/** A group's word alone ("Ledamöter", "Ersättare", "Dessutom", "Tjänstepersoner"), and the list it opens. */
function wholeGroup(t: string): ListMode | undefined {
  if (!/^[\p{L} ]+:?$/u.test(t)) return undefined;
  const found = LIST_LABELS.find(([re]) => re.test(t) && t.replace(re, "").trim() === "")?.[1];
  return found === "table" ? undefined : found;
}

/** A signature line or its dotted leader ("Ordförande ........  Ingrid Malm"): nobody attending is read from it. */
const SIGNATURE_LEADER = /\.{4,}|…{2,}|_{4,}/;

/** "ekonom, § 33", "utvärderare (§ 34)": the items an official attended, kept in the note. */
const ITEMS_ATTENDED =
  /,?\s*\(?(?:§§?|punkt(?:erna)?|ärende(?:na)?)\s*\d+(?:\/(?:19|20)\d\d)?(?:\s*[-–,]\s*(?:§\s*)?\d+(?:\/(?:19|20)\d\d)?)*\)?\s*$/i;

/** A board role written after the name ("Ingrid Matsson (S), ordförande, Älvby kommun"): a note, not the member. */
const BOARD_ROLE = /^((?:\d:e |förste |andre )?vice ordförande|ordförande|ordf\.?|v\.\s?ordf\.?|ledamot|ersättare)$/i;

/**
 * "för Fatima Aziz under § 33", "ersätter Per Ek", "tjänstgörande ersättare för Lisa Ek": whom a
 * deputy stands in for, a note, not the member.
 */
const STANDS_IN_FOR =
  /^(?:(?:tjänstgörande\s+)?ersättare\s+(?:som\s+tjänstgör\s+)?för|tjänstgör(?:ande)?\s+för|för|ersätter|i stället för|istället för)\s+\p{Lu}/u;

/**
 * A list entry cut where no entry ends ("Frida Ek (förbundschef" / "sammankallande)", "Förhinder: Emil Rapp"):
 * a bracket opened and not closed, closed and not opened, or a label's colon. No whole name, and no whole member.
 */
const CUT_ENTRY = /:|^[^(]*\)|\([^)]*$/u;
const isWholeName = (text: string) => !CUT_ENTRY.test(text);
/**
 * A member is one body: never the next entries of a list ("Björn Sjö (Region Älvdal), Cecilia Storm (…)"). Its
 * brackets are not asked of: a note after it may be cut where a deputy's "tjänstgör för …" was taken out.
 */
const isWholeMember = (text: string) => !/\)\s*,\s*\p{Lu}/u.test(text);

export function parseAttendance(doc: DocumentText): ParseOutput {
  const facts: Attendance[] = [];
  const findings: FindingInput[] = [];
  const end = firstItemLine(doc) ?? Math.min(doc.lineCount, 80);
  const seen = new Set<string>();
  /**
   * "Beslutande" lists everyone who decided, a serving deputy among them ("tjänstgörande ersättare
   * för Lina Fors"): the deputies listed under "Ersättare" with no mark of their own then did not serve.
   * A list labelled as the deciders' ("Beslutande", "Röstberättigade") says so even where no deputy stands in it:
   * a deputy listed apart with no mark did not decide. Under a members' list that holds no serving deputy
   * ("Närvarande ledamöter"), whether one served stays unknown. A members' list
   * ("Närvarande ledamöter") that holds a deputy serving in a member's place ("Malin Tåg, tjänstgör för
   * Omar Said") is such a list of deciders too.
   */
  let decidersListed = false;
  /** The deciders' list is labelled as such ("Beslutande"), not only inferred from a deputy serving in it. */
  let decidersLabelled = false;
  const unmarkedDeputies: Attendance[] = [];
  /**
   * A deputies' list that marks service line by line ("Olle Berg (KD), Lövsunds kommun, tjänstgörande § 7"):
   * a deputy in the same list with no such mark did not serve.
   */
  let deputyMarkedServing = false;
  const add = (a: Omit<Attendance, "table" | "section" | "approximate">) => {
    if (!isWholeName(a.person) || (a.member !== null && !isWholeMember(a.member))) {
      findings.push({
        check_id: "minutes.attendance_name_unread",
        severity: "warning",
        subject: "attendance",
        line: a.line,
        message: `"${a.person}"${a.member ? ` / "${a.member}"` : ""} is no whole name (a label or a bracket cut in two); not stored`,
      });
      return;
    }
    if (seen.has(a.person)) return;
    seen.add(a.person);
    facts.push({ table: "attendance", ...a, section: SECTION, approximate: false });
    if (typeof mode === "object" && mode.role === "member" && a.role === "deputy" && a.serving === true)
      decidersListed = true;
    if (typeof mode === "object" && mode.role === "deputy" && mode.serving === null) {
      // A deputy the list says served ("tjänstgörande för Anita Kron"): the list marks service line by line.
      if (a.serving === true && a.role === "deputy") deputyMarkedServing = true;
      if (a.serving === null) {
        if (SERVICE_WORD.test(`${a.member ?? ""} ${a.note ?? ""}`)) deputyMarkedServing = true;
        unmarkedDeputies.push(facts.at(-1)!);
      }
    }
  };

  // Only a text layer that keeps trailing empty cells can tell the two x columns apart (a PDF
  // does not): without that evidence, serving is unknown rather than guessed.
  const trailingCells = doc.lines.some((l) => /\s[xX✓]\s{2,}$/.test(l));
  let mode: (typeof LIST_LABELS)[number][1] | undefined;
  let tableColumns: string[] | undefined;
  let roster: ReturnType<typeof rosterHeader>;
  /** The column of a two-column header's right cell: indented lines reaching it continue that label's list. */
  let rightColumn: number | undefined;
  let sideBySide: ReturnType<typeof sideBySideLabels>;
  /** Deputies read with a presence cell: where one is marked serving, the others present did not serve. */
  const gridDeputies: Attendance[] = [];
  let labelTail = 0;
  /** The margin of another federation's list label (a joint meeting's), while its people are passed over. */
  let otherBoardIndent: number | undefined;
  // "Eva Strand (S)   Åby kommun   L ordf" under "Teckenförklaring: L = ledamot, …": read by the legend (`codedRoster.ts`).
  const coded = readCodedRoster(doc, end);
  for (const e of coded.entries) add(e);
  // "Närvarande: EW, PS, AL (tjg för BH)" under a key "EW   Elin Wahl (S), ordförande, Åby kommun" (`initialsKey.ts`).
  const initials = readInitialsKey(doc, end, keyPerson);
  for (const e of initials.entries) add(e);
  // "Närvarolista (x = närvarande)" over "Tove Granlund   ordförande   Tallnäs kommun": name, role and body in
  // columns, no header (`roleColumnRoster.ts`; a form's unticked boxes already blanked).
  const roleRoster = readRoleColumnRoster(doc, end);
  for (const e of roleRoster.entries) add(e);
  /**
   * A table of people its own reader read (a member–deputy matrix, a legend grid, a mark table): its rows
   * stored, the list modes reset; the table's last line, where reading goes on.
   */
  const takeTable = (read: {
    entries: readonly { person: string; member: string | null; role: Role; serving: boolean | null; line: number }[];
    last: number;
  }): number => {
    for (const e of read.entries)
      add({
        person: e.person,
        member: e.member,
        role: e.role,
        serving: e.serving,
        note: null,
        line: e.line,
        text: doc.at(e.line),
      });
    mode = undefined;
    roster = undefined;
    return read.last;
  };
  /** Reads the lines [from, stop) as the attendance: the head before the first item, or a roll call's item. */
  const readLines = (from: number, stop: number) => {
    mode = undefined;
    roster = undefined;
    rightColumn = undefined;
    sideBySide = undefined;
    otherBoardIndent = undefined;
    for (let n = from; n < stop; n++) {
      if (coded.lines.has(n) || roleRoster.lines.has(n)) continue;
      if (initials.lines.has(n)) {
        mode = undefined;
        continue;
      }
      // The wrapped label's last word at the margin ("ersättare") is no label of its own: the line goes on with the list.
      const raw =
        n === labelTail
          ? (doc.lines[n - 1] ?? "").replace(/^\S+/, (w) => " ".repeat(w.length))
          : (doc.lines[n - 1] ?? "");
      let t = n === labelTail ? plain(raw) : plainAt(doc, n);
      if (t === "" || /^-{3,}$/.test(t)) {
        roster = undefined;
        continue;
      }
      // "- Gustav Ahlén (S), ordförande, Åby kommun": a list's dash or bullet before a name is no part of it.
      t = t.replace(/^[-–•*]\s+(?=\p{Lu})/u, "");
      const indent = raw.length - raw.trimStart().length;
      if (rightColumn !== undefined && !(indent >= 4 && indent >= rightColumn - 2)) rightColumn = undefined;
      if (SIGNATURE_LEADER.test(t)) continue;
      // "Part  Ledamot  N/F  Ersättare  N/F": a member and a deputy per row, their codes read by the legend under it.
      const matrix = matrixHeader(raw);
      if (matrix) {
        n = takeTable(readMatrix(doc, n, matrix, stop));
        continue;
      }
      // "Namn  Organisation  Uppdrag  Närv  Tjg" over "Eva Holm  Åby kommun  ordinarie  x  T": codes read by the
      // legend above or under the grid (`legendGrid.ts`), the role from its column.
      const grid = legendGridHeader(raw);
      const gridRows = grid ? readLegendGrid(doc, n, stop, grid) : undefined;
      if (gridRows) {
        n = takeTable(gridRows);
        continue;
      }
      // "Namn  Representerar  Tjänstgör  Ersättare" over rows of x marks set in columns: each mark read by
      // the column it stands under (`markTable.ts`); a table whose cells moved is left to the readers below.
      const marks = markTableHeader(raw);
      const markRows = marks ? readMarkTable(doc.lines, n, stop, marks) : undefined;
      if (markRows) {
        n = takeTable(markRows);
        continue;
      }
      const rosterHead = rosterHeader(raw, mode === "table");
      if (rosterHead) {
        roster = rosterHead;
        mode = undefined;
        continue;
      }
      // "Frånvarande  Bo Lind …" at the margin under a roster labelled "Närvarande": the present end there.
      if (roster?.labelled && /^\S/.test(raw)) roster = undefined;
      if (roster) {
        const row = readRosterRow(raw, roster);
        if (row) add({ ...row, line: n, text: doc.at(n) });
        continue;
      }
      const pair = sideBySideLabels(raw);
      if (pair) {
        sideBySide = pair;
        mode = undefined;
        rightColumn = undefined;
        continue;
      }
      if (sideBySide) {
        // A label at the margin ends the pair of lists; until then each line holds one entry of each.
        if (indent === 0 && (LIST_LABELS.some(([re]) => re.test(t)) || /^[\p{L} ]+:\s*$/u.test(t)))
          sideBySide = undefined;
        else {
          const cells = cellsWithColumns(raw);
          const sides = [0, 1].map((k) =>
            cells
              .filter((c) => (k === 0 ? c.column < sideBySide!.column - 2 : c.column >= sideBySide!.column - 2))
              .map((c) => c.text)
              .join(" "),
          );
          sides.forEach((text, k) => {
            for (const p of readEntry(sideBySide!.modes[k]!, plain(text))) add({ ...p, line: n, text: doc.at(n) });
          });
          continue;
        }
      }
      const twoColumn: ReturnType<typeof twoColumnLabel> =
        rightColumn === undefined ? twoColumnLabel(raw, doc.lines[n] ?? "") : undefined;
      if (twoColumn) {
        if (DECIDERS.test(plain(raw))) decidersListed = decidersLabelled = true;
        if (twoColumn.wrapped) labelTail = n + 1;
        mode = twoColumn.label[1];
        rightColumn = twoColumn.column;
        t = plain(twoColumn.rest);
        // "Närvarande:   Ledamöter": the right cell names the group whose list stands under it.
        const group = mode === "table" ? wholeGroup(t) : undefined;
        if (group) {
          mode = group;
          continue;
        }
        if (mode === "absent" || mode === "table") continue;
      }
      const header = /^Namn\s+Tillhörighet\b/i.test(t);
      if (header) {
        tableColumns = raw
          .trim()
          .split(/\s{2,}|\s+(?=Tjänstgör|Ersättare)/)
          .map((c) => c.trim().toLowerCase());
        mode = "table";
        continue;
      }
      // A line continuing a two-column header's list is a person, never a new label; but a group's word
      // alone in that column ("Ersättare", "Dessutom" under "Närvarande:   Ledamöter") opens its list.
      if (!twoColumn && rightColumn !== undefined) {
        const group = wholeGroup(t);
        if (group) {
          mode = group;
          continue;
        }
      }
      // "Närvarande från Samordningsförbundet Ekhamn" (a joint meeting of two boards): another federation's
      // people are no members or deputies of ours; their list is passed over (ours, named so, reads as before).
      const otherBoard = twoColumn || rightColumn !== undefined ? null : PRESENT_FROM_FEDERATION.exec(t);
      if (otherBoard && !namesOwnFederation(doc, otherBoard[1]!)) {
        mode = "absent";
        otherBoardIndent = indent;
        continue;
      }
      // "Deltagare Sävö" / "Deltagare Knapptorp": the other board's list passed over, ours read as those deciding.
      const shortNamed = twoColumn || rightColumn !== undefined ? null : PRESENT_FROM_SHORT_NAME.exec(t);
      if (shortNamed && namesAnotherFederation(doc, shortNamed[1]!) && !namesOwnFederation(doc, shortNamed[1]!)) {
        mode = "absent";
        otherBoardIndent = indent;
        continue;
      }
      if (shortNamed && namesOwnFederation(doc, shortNamed[1]!)) {
        mode = { role: "member", serving: true };
        continue;
      }
      if (PART_HEADING.test(t)) {
        mode = undefined;
        continue;
      }
      // The other board's people indented under its label, their role in a cell of their own ("Ordförande   Bertil
      // Vass (C)"): passed over up to the next line at the label's margin.
      if (otherBoardIndent !== undefined) {
        if (indent > otherBoardIndent) continue;
        otherBoardIndent = undefined;
      }
      // "Övriga närvarande (2)", "Röstberättigade (4 av 5 ordinarie ledamöter närvarande)": a group's heading with
      // its count in a bracket is the label alone; the count is nobody.
      const counted = COUNTED_LABEL.exec(t);
      if (counted && wholeCellListMode(counted[1]!)) t = counted[1]!;
      const label = twoColumn || rightColumn !== undefined ? undefined : LIST_LABELS.find(([re]) => re.test(t));
      if (label) {
        if (DECIDERS.test(t)) decidersListed = decidersLabelled = true;
        mode = label[1];
        t = t.replace(label[0], "").trim();
        // "Ordförande: Eva Holm      Justerare: Tomas Pihl": a second label after a wide gap ends the first's names.
        const second = SECOND_LABEL.exec(raw);
        const at = second ? t.indexOf(second[0].trim()) : -1;
        if (at > 0) t = t.slice(0, at).trim();
        if (t === "") continue;
      } else if (/^[\p{L} ]+:\s*$/u.test(t)) {
        // Another label ("Justeringsdag:", "Sekreterare:"): the list above has ended.
        mode = undefined;
        continue;
      }
      // "Region Grindmark       Ulla Hed (S), ledamot, ordförande": attendance set out per member, the
      // member body in the left cell, the person with the role the line says in the right (no list label).
      if (!mode) {
        const cell = memberCellRow(raw);
        if (cell && underPresenceHeading(doc, n)) {
          for (const p of readEntry({ role: "member", serving: null }, cell)) add({ ...p, line: n, text: doc.at(n) });
          continue;
        }
      }
      if (!mode || mode === "absent") continue;
      // "Jonas Palm (KD), Hamreviks kommun      Anmält förhinder", "Sofia Krantz (C)   X, tjänstgörande":
      // a list under a label with a presence column at the right (the label's line heads it "Närvarande").
      const marked = mode !== "table" ? trailingPresence(raw) : undefined;
      if (marked) {
        if (!marked.presence.present) continue;
        for (const p of readEntry(mode, plain(marked.body))) {
          const serving = typeof mode === "object" && mode.role === "deputy" ? marked.presence.serving : p.serving;
          const note = [p.note, marked.presence.note].filter(Boolean).join(", ") || null;
          add({ ...p, serving, note, line: n, text: doc.at(n) });
          if (typeof mode === "object" && mode.role === "deputy") gridDeputies.push(facts.at(-1)!);
        }
        continue;
      }

      if (mode === "table" && tableColumns) {
        const row = readTableRow(raw, tableColumns, trailingCells);
        if (row)
          add({
            person: row.person,
            member: row.member,
            role: row.serving === false ? "deputy" : "member",
            serving: row.serving,
            note: null,
            line: n,
            text: doc.at(n),
          });
        else if (!/\s{2,}/.test(raw.trim()) && !PERSON_NAME.test(t)) mode = undefined;
        continue;
      }
      if (mode === "others") {
        // "Linnea Sten, förbundschef; Örjan Palm, controller": each part one person with their title.
        const parts = t.includes(";") ? entriesOf(t.replace(/\.$/, "")) : [];
        const titledParts = parts.length > 1 ? parts.map(readTitled) : [];
        if (titledParts.length > 0 && titledParts.every(Boolean)) {
          for (const p of titledParts) add({ ...p!, line: n, text: doc.at(n) });
          continue;
        }
        const deputy = deputyAmongOthers(t);
        if (deputy) {
          add({ ...deputy, line: n, text: doc.at(n) });
          continue;
        }
        // "Name, title" on a line of its own: one person per line, not a paragraph of prose.
        const titled = readTitled(t);
        if (titled) {
          add({ ...titled, line: n, text: doc.at(n) });
          continue;
        }
        // "Name   Title" rows keep their column gap in the raw line; prose runs on to the paragraph's end.
        // In a two-column header each line of the right column is one entry; the label cell is no part of it.
        const cells = (twoColumn ? twoColumn.rest : raw.trim()).split(/\s{2,}/);
        let paragraph = t;
        const first = n;
        if ((cells.length < 2 || label) && rightColumn === undefined) {
          while (
            n + 1 < stop &&
            plainAt(doc, n + 1) !== "" &&
            !LIST_LABELS.some(([re]) => re.test(plainAt(doc, n + 1)))
          )
            paragraph += ` ${plainAt(doc, ++n)}`;
        }
        for (const o of readOthers(cells.length >= 2 && !label ? cells.join("  ") : paragraph))
          add({ ...o, member: null, serving: null, line: first, text: doc.join(first, n) });
        continue;
      }
      // A person in a labelled list: "Anita Almqvist (L), Mölndals stad", "Eva Hallberg, Arbetsförmedlingen, är med mellan kl 13:30 – 14:00".
      if (mode === "table") continue;
      // "Beslutande: Karin Wessel (S), ordförande, Åby kommun; Jonas Ahl (M), vice ordförande," /
      // "Region X; Per Sandin (KD), …;": a list in semicolons wrapped over lines is one paragraph to
      // its full stop, so a line's rest ("Region X") is never an entry of its own.
      let list = t;
      const first = n;
      // "Deltog: Eva Holm (Åby kommun), Per Ek (Region Ravik)," / "Li Sand (Försäkringskassan)": a list in commas
      // wrapped over lines goes on where a line ends on its comma.
      if (/,$/.test(t) && !t.includes(";"))
        while (
          n + 1 < stop &&
          /,$/.test(list) &&
          WHOLE_PERSON.test(
            plainAt(doc, n + 1)
              .split(/[,(]/)[0]!
              .trim(),
          )
        )
          list += ` ${plainAt(doc, ++n)}`;
      if (t.includes(";") && !/\.$/.test(t))
        while (
          n + 1 < stop &&
          plainAt(doc, n + 1) !== "" &&
          !LIST_LABELS.some(([re]) => re.test(plainAt(doc, n + 1))) &&
          !/\.$/.test(list)
        )
          list += ` ${plainAt(doc, ++n)}`;
      if (list.includes(";")) list = list.replace(/\.$/, "");
      const last = n;
      // Each entry cites the line its name stands on.
      const lineOfName = (person: string) => {
        for (let k = first; k <= last; k++) if (plainAt(doc, k).includes(person)) return k;
        return first;
      };
      for (const part of entriesOf(list))
        for (const p of readEntry(mode, part)) {
          const at = lineOfName(p.person);
          add({ ...p, line: at, text: doc.at(at) });
        }
    }
  };
  readLines(1, end);
  // "Närvarande: se § 2": no list before the first item, the roll call held as an item ("§ 2  Upprop och
  // fastställande av röstlängd") over the lists under their group headings: that item's lines read as the head's.
  if (facts.length === 0) for (const item of rollCallItems(doc)) readLines(item.bodyFrom, item.bodyTo + 1);
  // "Vid mötet deltog ordföranden Eva Holm (Åby kommun), ledamoten …": no list, the attendance told as a
  // running paragraph before the first item (`proseAttendance.ts`), read where no list named a member or deputy.
  if (!facts.some((f) => f.role === "member" || f.role === "deputy"))
    for (const p of readProseAttendance(doc, 1, end)) add({ ...p, text: doc.at(p.line) });

  if (gridDeputies.some((d) => d.serving === true))
    for (const d of gridDeputies) if (d.serving === null) d.serving = false;
  if (
    decidersLabelled ||
    (decidersListed && facts.some((f) => f.role === "deputy" && f.serving === true)) ||
    deputyMarkedServing
  )
    for (const d of unmarkedDeputies)
      if (
        d.serving === null &&
        !SERVED_SOMEHOW.test(`${d.member ?? ""} ${d.note ?? ""}`) &&
        !servesInItems(doc, d.person)
      )
        d.serving = false;

  // No list before the first item: the attendance may be an appendix after the last ("Bilaga 1
  // Närvarolista styrelsen 2026-03-05" over a roster "Namn  Organisation  Roll  Närvarande").
  if (facts.length === 0) readAppendixRoster(doc, end, add);

  if (facts.length === 0) {
    const named = namedInText(doc);
    for (const p of named) add(p);
    findings.push({
      check_id: "minutes.no_attendance_list",
      severity: "info",
      subject: "attendance",
      line: 1,
      message:
        named.length > 0
          ? `no attendance list; ${named.length} people the minutes name as acting in the meeting (chair, adjusters, reservations) are recorded as present`
          : "no attendance list and nobody named as acting in the meeting",
    });
  }
  return {
    facts,
    findings,
    coverage: [
      {
        section: SECTION,
        status: facts.length > 0 ? "parsed" : "missing",
        line: facts[0]?.line ?? null,
        facts: facts.length,
        note: `${facts.filter((f) => f.role === "member" || f.role === "deputy").length} members and deputies, ${facts.filter((f) => f.role === "official" || f.role === "guest").length} others`,
      },
    ],
  };
}

/**
 * An item holding the roll call: "Upprop och fastställande av röstlängd", "Närvaro och upprop", "Närvarokontroll",
 * "Fastställande av röstlängd". Never an item that only mentions one ("Val av justerare och upprop" is the
 * adjusters' item).
 */
const ROLL_CALL_ITEM =
  /^(?:upprop|närvaro(?:kontroll|lista|förteckning)?|närvarande|(?:fastställande av )?röstlängd(?:en)?)(?!\p{L})/iu;

/**
 * The minutes' roll-call items, each with a body of its own holding a list: a group's heading on a line of its
 * own ("Röstberättigade (4 av 5 ledamöter närvarande)", "Ersättare:"). An item that tells the roll call in prose
 * alone ("Samtliga ledamöter var närvarande.") is not read.
 */
function rollCallItems(doc: DocumentText) {
  const heading = (n: number) => {
    const t = plainAt(doc, n);
    const label = COUNTED_LABEL.exec(t)?.[1] ?? t;
    const mode = wholeCellListMode(label.replace(/:$/, ""));
    return mode !== undefined && mode !== "table";
  };
  return findAgendaItems(doc).filter((i) => {
    if (i.detached || i.bodyFrom > i.bodyTo || !ROLL_CALL_ITEM.test(i.title.trim())) return false;
    for (let n = i.bodyFrom; n <= i.bodyTo; n++) if (heading(n)) return true;
    return false;
  });
}

/**
 * An appendix's title naming the attendance: "Bilaga 1  Närvarolista", "Närvaroförteckning styrelsen
 * 2026-03-05". Nothing else may follow but the board and a date, and the date must be the meeting's
 * (one the minutes' first lines give): "Närvarolista arbetsutskottet 2026-02-12" is another meeting's.
 */
const ATTENDANCE_APPENDIX =
  /^(?:bilaga\s+\d+\s*[:.–-]?\s*)?närvaro(?:lista|förteckning)(?:\s+(?:för\s+)?(?:förbunds)?styrelse(?:n|ns)?(?:\s+sammanträde)?)?(?:\s+(?:den\s+)?((?:19|20)\d\d-\d\d-\d\d))?\s*$/i;
/** How many of the minutes' first lines give the meeting's date. */
const HEADER_LINES = 15;

/** Whether the minutes' head gives the date, as written ("2026-03-05") or in words ("5 mars 2026"). */
function datesMeeting(head: string, iso: string): boolean {
  const [year, month, day] = iso.split("-").map(Number);
  const inWords = new RegExp(`(?<!\\d)${day}\\s+${MONTHS[month! - 1]}\\s+${year}`, "i");
  return head.includes(iso) || inWords.test(head);
}

/** The roster under an attendance appendix after line `from`: a header naming its columns, a row a person. */
function readAppendixRoster(
  doc: DocumentText,
  from: number,
  add: (a: Omit<Attendance, "table" | "section" | "approximate">) => void,
): void {
  for (let n = from; n <= doc.lineCount; n++) {
    const title = ATTENDANCE_APPENDIX.exec(plainAt(doc, n));
    if (!title) continue;
    if (title[1] && !datesMeeting(doc.join(1, Math.min(from - 1, HEADER_LINES)), title[1])) return;
    // The roster's header within a few lines of the title; its rows to the first blank line.
    for (let h = n + 1; h <= Math.min(doc.lineCount, n + 3); h++) {
      const roster = rosterHeader(doc.lines[h - 1] ?? "");
      if (!roster) continue;
      for (let r = h + 1; r <= doc.lineCount && plainAt(doc, r) !== ""; r++) {
        const row = readRosterRow(doc.lines[r - 1] ?? "", roster);
        if (row) add({ ...row, line: r, text: doc.at(r) });
      }
      return;
    }
  }
}

/** "Tove Lindqvist, förbundschef", "Maria Eng, ekonom, § 33": an official or a guest, with the items attended. */
/**
 * "Olof Ask (M), ersättare, Åby kommun" among the others present: a deputy who did not decide (unless said
 * to serve). A board's deputy sits for a party or a member body, so the line names one ("(M)", "Åby kommun");
 * "Eva Lund, ekonom, ersättare" is an official standing in for an office, no deputy. A deputy said to stand in
 * for a member ("tjänstgörande för Bengt Mo", "ersätter Bengt Mo") served; one said to serve in some items
 * only ("tjänstgörande § 4") served in part: unknown for the meeting, the items kept in the note.
 */
function deputyAmongOthers(
  t: string,
): Omit<Attendance, "table" | "section" | "approximate" | "line" | "text"> | undefined {
  const read = readPersonLine(t);
  if (!read?.deputy) return undefined;
  const { serving, standsIn, deputy: _deputy, ...person } = read;
  const party = /\(\s*\p{Lu}{1,3}\s*\)/u.test(t);
  const body = person.member !== null && PARTY_NAME.test(person.member) && !OFFICIAL_TITLE.test(person.member);
  if (!party && !body) return undefined;
  const inItems = (person.note ?? "").split(/\s*,\s*/).some((p) => ITEMS_PART.test(p) && /tjänstg|tjg/i.test(p));
  if (inItems) return { ...person, role: "deputy", serving: null };
  return { ...person, role: "deputy", serving: serving ?? (standsIn ? true : false) };
}

/**
 * A key line's person ("Elin Wahl (S), ordförande, Åby kommun", "Pia Lund, förbundschef"): a member or a
 * deputy where the line names a party or a member body, else an official or a guest by their title.
 */
function keyPerson(t: string): KeyPerson | undefined {
  const read = readPersonLine(t);
  if (!read) return undefined;
  const party = /\(\s*\p{Lu}{1,3}\s*\)/u.test(t);
  const body = read.member !== null && PARTY_NAME.test(read.member) && !OFFICIAL_TITLE.test(read.member);
  if (party || body) return { person: read.person, member: read.member, note: read.note, deputy: read.deputy === true };
  const titled = readTitled(t);
  if (!titled) return undefined;
  return {
    person: titled.person,
    member: null,
    note: titled.note,
    deputy: false,
    official: titled.role as "official" | "guest",
  };
}

function readTitled(t: string): Omit<Attendance, "table" | "section" | "approximate" | "line" | "text"> | undefined {
  const items = ITEMS_ATTENDED.exec(t);
  const titled = NAME_COMMA_TITLE.exec(items ? t.slice(0, items.index) : t);
  if (!titled || !PERSON_NAME.test(titled[1]!) || /\d/.test(titled[1]!)) return undefined;
  const note = t
    .slice(titled[1]!.length)
    .replace(/^\s*,\s*/, "")
    .replace(/(?<=\))\.$/, "")
    .trim();
  return {
    person: titled[1]!,
    role: OFFICIAL_TITLE.test(titled[2]!) ? "official" : "guest",
    note,
    member: null,
    serving: null,
  };
}

/**
 * The entries of a labelled list set on one line with semicolons ("Karin Holm (S), ordförande, Ekås
 * kommun; Per Eng (M), Region Sydvik; Lise Tan, Försäkringskassan"): each part one person, where
 * every part opens with a person's name; otherwise the line is one entry.
 */
function entriesOf(t: string): string[] {
  if (!t.includes(";")) return namesInCommas(t) ?? [t];
  const parts = t.split(/\s*;\s*/).filter((p) => p !== "");
  const opensWithName = (p: string) => PERSON_NAME.test(p.split(/\s*[,(]/)[0]!.trim());
  return parts.length > 1 && parts.every(opensWithName) ? parts : [t];
}

/** A name and nothing else, a party's or a board role's bracket after it allowed. Built once. */
const NAME_ALONE = new RegExp(String.raw`^(?:${PERSON_NAME.source})(?:\s*\([^()]*\))?$`, "u");
/** "Lars Ek (KD) för Eva Strand (S)": a deputy's name, then the member whose place they took. Built once. */
const NAME_STANDS_IN = new RegExp(
  String.raw`^(${PERSON_NAME.source})(?![\p{L}'-])(?:\s*\(\s*\p{Lu}{1,3}\s*\))?\s+((?:(?:tjänstgörande\s+)?ersättare\s+för|tjänstgör(?:ande)?\s+för|i stället för|istället för|ersätter|för)\s+(${PERSON_NAME.source})(?![\p{L}'-])(?:\s*\(\s*\p{Lu}{1,3}\s*\))?)`,
  "u",
);
/** The stand-in said right after the name, split off as a part of its own ("Lars Ek, för Eva Strand (S)"). */
function standsInAfterName(t: string): string {
  const m = NAME_STANDS_IN.exec(t);
  // "för Region Ravik", "för Åby kommun": whom one represents, no member stood in for.
  if (!m || ORGANISATION.test(m[3]!)) return t;
  return `${m[1]}, ${m[2]}${t.slice(m[0].length)}`;
}
/** A member organisation's name, which looks like a person's ("Region Ådal"). */
const ORGANISATION = new RegExp(`^(?:${PARTY_NAME.source})`, "iu");

/**
 * "Ebba Tornqvist (ordförande), Rolf Ahl, Siv Engman, Daniel Kjell": a list of names in commas,
 * each part one person, where every part (outside brackets) is a name alone and none a member
 * organisation ("Per Eng, Region Sydvik" is one person and their member). Undefined otherwise.
 */
function namesInCommas(t: string): string[] | undefined {
  if (!t.includes(",")) return undefined;
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < t.length; k++) {
    if (t[k] === "(") depth++;
    else if (t[k] === ")") depth = Math.max(0, depth - 1);
    else if (t[k] === "," && depth === 0) {
      parts.push(t.slice(from, k).trim());
      from = k + 1;
    }
  }
  parts.push(t.slice(from).trim().replace(/\.$/, ""));
  if (parts.length < 2) return undefined;
  // "Lars Ek (KD) för Eva Strand (S)": a name with the member stood in for, nothing more, is one person too.
  const named = (p: string) =>
    NAME_ALONE.test(p) || (standsInAfterName(p) !== p && NAME_STANDS_IN.exec(p)![0].length === p.length);
  return parts.every((p) => named(p) && !ORGANISATION.test(p)) ? parts : undefined;
}

/** A name and a bracket opening on an office title and holding nothing else of a board ("Frida Ek (förbundschef)"). */
const TITLE_BRACKET =
  /^(\p{Lu}[^,()]*?)\s*\(\s*((?:biträdande\s+)?(?:förbundschef|sekreterare|controller|ekonom|samordnare|processledare|kanslist|administratör|verksamhetsutvecklare|utvecklingsledare)(?:\s*,\s*[\p{Ll} ]+)?)\s*\)\s*\.?$/u;
/** One entry of a list under its label: a member or deputy, or an official or guest; nobody else. */
function readEntry(
  mode: ListMode,
  t: string,
): Omit<Attendance, "table" | "section" | "approximate" | "line" | "text">[] {
  if (t === "" || mode === "absent" || mode === "table" || ABSENT_AFTER_NAME.test(t)) return [];
  // "Frida Ek (förbundschef, sammankallande)" among those who took part: the office's person, by the title in the bracket.
  const titled = TITLE_BRACKET.exec(t);
  if (titled && typeof mode === "object" && WHOLE_PERSON.test(titled[1]!))
    return [{ person: titled[1]!, member: null, role: "official", serving: null, note: titled[2]!.trim() }];
  if (mode === "others") {
    const deputy = deputyAmongOthers(t);
    if (deputy) return [deputy];
    const titled = readTitled(t);
    if (titled) return [titled];
    return readOthers(t).map((o) => ({ ...o, member: null, serving: null }));
  }
  // "Tomas Ek (tjänstgör för Karin Sundell)": a deputy who served in a member's place, said after the name.
  const servesFor = SERVES_FOR.exec(t);
  // "Maria Sand, som förde protokollet, och ekonomen Pär Ek …": running text after a name (a relative
  // clause, the secretary's words) is no member's organisation; the line is no entry of the list.
  if (RUNNING_AFTER_NAME.test(t)) return [];
  const read = readPersonLine(servesFor ? t.replace(servesFor[0], " ").trim() : t);
  if (!read) return [];
  const { serving: said, standsIn, deputy, ...person } = read;
  // "Rut Sand (C), Åby kommun, tjänstgörande ersättare" among those deciding: a deputy, who served where
  // the line says so ("tjänstgörande", or not: "ej tjänstgörande"); "ersättare" alone in a list that may
  // hold members and deputies present leaves the serving unknown.
  if (!servesFor && deputy && mode.role === "member")
    return [{ ...person, role: "deputy", serving: said ?? (standsIn ? true : null) }];
  // "Ingrid Holm (V), Region X, ersätter Anders Falk (S)" among those deciding: a deputy in a member's place.
  if (!servesFor && standsIn && mode.role === "member") return [{ ...person, role: "deputy", serving: true }];
  // "Bo Lind (SD), Åby kommun, ej tjänstgörande" among the deputies: whether they served, said on the line.
  if (!servesFor && said !== undefined && mode.role === "deputy") return [{ ...person, role: "deputy", serving: said }];
  // "Viktor Hed (S), Bergsta kommun, tjänstgörande för Anita Kron" among the deputies: one who stood in
  // for a member served, unless the list itself says its deputies did not serve.
  if (!servesFor && standsIn && mode.role === "deputy" && mode.serving !== false)
    return [{ ...person, role: "deputy", serving: true }];
  if (!servesFor) return [{ ...person, role: mode.role, serving: mode.serving }];
  const note = [person.note, servesFor[1]!.trim()].filter(Boolean).join(", ");
  return [
    {
      ...person,
      note,
      role: mode.role,
      serving: mode.role === "deputy" && mode.serving === null ? true : mode.serving,
    },
  ];
}

/**
 * A list line's presence cell at its right, after a gap of two or more spaces: "X", "X, § 18–26",
 * "X, tjänstgörande", "Anmält förhinder". Undefined where the last cell says nothing of presence.
 */
function trailingPresence(
  raw: string,
): { body: string; presence: NonNullable<ReturnType<typeof presenceOf>> } | undefined {
  const m = /^(.*\S)\s{2,}(\S.*?)\s*$/u.exec(raw.trim());
  if (!m) return undefined;
  const presence = presenceOf(m[2]!, false);
  return presence ? { body: m[1]!, presence } : undefined;
}

/**
 * "Region Grindmark       Ulla Hed (S), ledamot, ordförande", "Bergsgrinds kommun     Rolf Sten (M),
 * ersättare – tjänstgör för Kim Åberg (M)": a member body alone in a left cell, a wide gap, then one
 * person whose line names their board role (ledamot, ersättare, ordförande). The person's line with
 * the member put last, as a list's entry writes it; undefined for any other line (no role said, two
 * people, a member "ej representerad", a body that is no member).
 */
function memberCellRow(raw: string): string | undefined {
  const cells = raw.trim().split(/\s{3,}/);
  if (cells.length !== 2) return undefined;
  const [body, person] = cells as [string, string];
  const member = PARTY_NAME.exec(body);
  if (!member || member.index !== 0 || member[0].trim() !== body.trim()) return undefined;
  const parts = person
    .replace(/\s+[–-]\s+/g, ", ")
    .split(",")
    .map((p) => p.replace(/\s*\([A-ZÅÄÖ]{1,3}\)\s*/g, " ").trim());
  if (!PERSON_NAME.test(parts[0]!) || /\d/.test(person) || person.includes(";")) return undefined;
  if (!parts.slice(1).some((p) => BOARD_ROLE.test(p) || DEPUTY_PART.test(p))) return undefined;
  return `${person.replace(/\s+[–-]\s+/g, ", ")}, ${body.trim()}`;
}

/**
 * Whether the per-member rows running up to line `n` stand under a heading saying those listed took part
 * ("DELTAGANDE, MEDLEM FÖR MEDLEM", "Närvarande", "Beslutande"): a heading of those called but absent
 * ("Kallade men ej närvarande") or of the board's composition ("STYRELSENS SAMMANSÄTTNING") lists no
 * one present, and rows under no heading at all are not read.
 */
function underPresenceHeading(doc: DocumentText, n: number): boolean {
  for (let k = n - 1; k >= 1; k--) {
    const raw = doc.lines[k - 1] ?? "";
    // Rows of the same layout ("Hagfors kommun     ej representerad") are no heading.
    if (!raw.trim() || memberCellRow(raw) || raw.trim().split(/\s{3,}/).length === 2) continue;
    const t = raw.trim();
    return PRESENCE_HEADING.test(t) && !NOT_PRESENT_HEADING.test(t);
  }
  return false;
}
const PRESENCE_HEADING = /^(?:närvar\p{L}*|deltagande|deltagare|deltog|beslutande|tjänstgörande)(?!\p{L})/iu;
const NOT_PRESENT_HEADING =
  /(?<!\p{L})(?:ej|inte|icke|kallade|frånvar\p{L}*|förhinder|sammansättning|svarat)(?!\p{L})/iu;

/** A name, then a relative clause or the minute-taker's words: running text, no list entry. */
const RUNNING_AFTER_NAME =
  /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,2},? (?:som|vilken|vilka|förde|för protokollet)(?!\p{L})/u;

/** "(tjänstgör för Karin Sundell)", "(ersätter Per Ek)": the bracket after a deputy's name saying they served. */
const SERVES_FOR =
  /\s*\(((?:tjänstgör|tjänstgjorde|tjänstgörande)(?:\s+för\s+[^()]+)?|(?:ersätter|i stället för|istället för)\s+[^()]+)\)\s*/iu;

/**
 * A table row. Text extraction keeps the x but not its column; what survives is the empty cell
 * after it: "Jonas Erlandsson  Region Kalmar län  x  " (x, then an empty Ersättare cell) served,
 * "Sven Sparavec Region Kalmar län  x " (x in the last column) is a deputy who did not serve.
 */
function readTableRow(
  raw: string,
  columns: string[],
  trailingCells: boolean,
): { person: string; member: string | null; serving: boolean | null } | undefined {
  const line = raw.replace(/\s$/, "");
  const mark = /\s(x|X|✓)(\s*)$/.exec(line);
  if (!mark) return undefined;
  const before = line.slice(0, mark.index).trim();
  const servingCol = columns.findIndex((c) => /tjänstgör/.test(c));
  const deputyCol = columns.findIndex((c) => /ersättare/.test(c));
  let serving: boolean | null = null;
  if (trailingCells && servingCol >= 0 && deputyCol === servingCol + 1 && deputyCol === columns.length - 1)
    serving = mark[2]!.length > 0;
  const cells = before.split(/\s{2,}/);
  if (cells.length >= 2) return { person: cells[0]!, member: cells.slice(1).join(" "), serving };
  const party = PARTY_NAME.exec(before);
  if (party && party.index > 0)
    return { person: before.slice(0, party.index).trim(), member: before.slice(party.index).trim(), serving };
  return { person: before, member: null, serving };
}

/** "Ebba Tornqvist (ordförande)": a board role in a bracket after the name, a note like one after a comma. */
const ROLE_BRACKET = /\s*\(((?:\d:e |förste |andre )?vice ordförande|ordförande|ordf\.?|v\.\s?ordf\.?)\)/i;

/** "Bo Lind (SD), Åby kommun, ej tjänstgörande": whether a deputy served, said as the line's last part. */
const SERVING_PART = /^(?:(ej|inte|icke) )?(?:tjänstgörande|tjänstgjorde|tjänstgör|tjg\.?)(?: (ej|inte))?$/i;
/**
 * "Rut Sand (C), Åby kommun, tjänstgörande ersättare", "Olof Ask (M), ersättare, Åby kommun": the person
 * is a deputy, said as a part of the line; "tjänstgörande" says the deputy served.
 */
const DEPUTY_PART = /^(?:(tjänstgörande|tjg\.?)\s+)?(?:ersättare|ers\.)$/i;

/** "ersättare för Bo Mo", "ersättare som tjänstgör för Bo Mo §§ 3–5": the part names the person a deputy. */
const DEPUTY_FOR = /^(?:tjänstgörande\s+)?(?:ersättare|ers\.)\s+(?:som\s+tjänstgör\s+)?för\s+\p{Lu}/u;

/** Whether a serving part says the person served ("tjänstgör") or not ("ej tjänstgörande", "tjänstgör ej"). */
const servedBy = (said: RegExpExecArray) => said[1] === undefined && said[2] === undefined;

/** "§§ 1–8", "tjänstgörande § 7", "tjg §§ 3-5": the items a person attended or served in, a note, never the member. */
const ITEMS_PART = /^(?:(?:tjänstgörande|tjänstgör|tjg\.?)\s+)?§§?\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:och|,)\s*\d+)*$/iu;

/**
 * "Maria Ek (Åby kommun), ordförande", "Per Lund (Region Ravik)": the member body in a bracket right after the name,
 * read as if after a comma. Only a bracket that is a member body and nothing else ("(ordförande i Region Ravik)" is
 * no body), never one later on the line ("tjänstgör för Eva Lund (Åby kommun)" is whom one stood in for), and only
 * where a comma or the line's end follows it ("Ida Sand (Böda kommun) istf Rolf Ek" is read as written); built once.
 */
const BODY_BRACKET = /^(\p{Lu}[^,()]*?)\s*\(\s*([^()]+?)\s*\)(?=\s*(?:,|$))/u;
const WHOLE_BODY = new RegExp(`^(?:${PARTY_NAME.source})$`, "iu");
const WHOLE_PERSON = new RegExp(`^(?:${PERSON_NAME.source})$`, "u");

function readPersonLine(t: string):
  | {
      person: string;
      member: string | null;
      note: string | null;
      serving?: boolean;
      standsIn?: boolean;
      deputy?: boolean;
    }
  | undefined {
  const partial = PARTIAL.exec(t);
  const rest = standsInAfterName(partial ? t.slice(0, partial.index) : t)
    .replace(ROLE_BRACKET, ", $1")
    .replace(BODY_BRACKET, (whole, name: string, body: string) =>
      WHOLE_PERSON.test(name) && WHOLE_BODY.test(body) ? `${name}, ${body}` : whole,
    )
    .replace(/\s*\([A-ZÅÄÖ]{1,3}\)\s*/g, " ")
    .replace(/\s+,/g, ",")
    .replace(/,(\s*,)+/g, ",")
    .trim()
    .replace(/,$/, "");
  const comma = rest.indexOf(",");
  let person: string;
  let member: string | null = null;
  let serving: boolean | undefined;
  let standsIn = false;
  let deputy = false;
  const roles: string[] = [];
  if (comma > 0) {
    person = rest.slice(0, comma).trim();
    const parts = rest
      .slice(comma + 1)
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    for (const p of parts)
      if (BOARD_ROLE.test(p) || STANDS_IN_FOR.test(p) || ITEMS_PART.test(p) || DEPUTY_PART.test(p)) roles.push(p);
    const said = parts.map((p) => SERVING_PART.exec(p)).find(Boolean);
    if (said) serving = servedBy(said);
    const deputyPart = parts.map((p) => DEPUTY_PART.exec(p)).find(Boolean);
    if (deputyPart) {
      deputy = true;
      if (deputyPart[1]) serving = true;
    }
    // "ersättare som tjänstgör för Bengt Mo (§§ 3–5)": a deputy by the words, for the meeting or some items.
    if (parts.some((p) => DEPUTY_FOR.test(p))) deputy = true;
    // "tjänstgörande för Bengt Mo §§ 1–3", "… från § 4": stood in for some items only, not the meeting.
    standsIn = parts.some((p) => STANDS_IN_FOR.test(p) && !/§|(?<!\p{L})kl\.?\s*\d/iu.test(p));
    member =
      parts
        .filter(
          (p) =>
            !BOARD_ROLE.test(p) &&
            !STANDS_IN_FOR.test(p) &&
            !SERVING_PART.test(p) &&
            !ITEMS_PART.test(p) &&
            !DEPUTY_PART.test(p),
        )
        .join(", ") || null;
  } else {
    const party = PARTY_NAME.exec(rest);
    // "Lars Ek för Region Ravik", "Pia Lund från Åby kommun": the word tying the person to the member is neither's.
    person =
      party && party.index > 0
        ? rest
            .slice(0, party.index)
            .trim()
            .replace(/\s+(?:för|från|vid)$/iu, "")
        : rest;
    member = party && party.index > 0 ? rest.slice(party.index).trim() : null;
  }
  if (!/^\p{Lu}/u.test(person) || !PERSON_NAME.test(person) || /\d/.test(person) || person.split(" ").length > 5)
    return undefined;
  const note = [...roles, ...(partial ? [partial[1]!.trim()] : [])].join(", ");
  return {
    person,
    member,
    note: note || null,
    ...(serving === undefined ? {} : { serving }),
    standsIn,
    ...(deputy ? { deputy } : {}),
  };
}

/**
 * "Övriga deltagare": "Joakim Ivarsson   Förbundschef" (name, title), or prose like
 * "förbundschef Annika Ruys-Hagberg, biträdande förbundschef Melina Myrbäck" and
 * "Anna Fagerfort förbundschef sof Sjuhärad … under § 1135" (a guest from another federation).
 */
const OTHER_NAME = String.raw`(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)+)`;
/** A guest: name, then a title at another organisation ("förbundschef sof Sjuhärad"). Built once. */
const GUEST = new RegExp(
  `${OTHER_NAME} ((?:[Bb]iträdande |[Bb]itr\\.? )?förbundschef (?:[Ss][Oo][Ff]|[Ss]amordningsförbundet|[Ff][Ii][Nn][Ss][Aa][Mm]) [\\p{L} ]+?)(?=,| och |\\.|$| under)((?: under § ?\\d+)?)`,
  "gu",
);
/** An official: title, then name ("biträdande förbundschef Melina Myrbäck"). Built once. */
const OFFICIAL = new RegExp(
  `((?:[Bb]iträdande |[Bb]itr\\.? )?(?:[Ff]örbundschef(?:en)?|[Aa]dministratör(?:en)?|[Ee]konom(?:en)?|[Ss]ekreterare(?:n)?|[Pp]rocessledare(?:n)?|[Cc]ontroller(?:n)?|[Kk]anslist(?:en)?|[Ss]amordnare(?:n)?|[Vv]erksamhetsutvecklare(?:n)?|[Uu]tvecklingsledare(?:n)?)) ${OTHER_NAME}`,
  "gu",
);

/** "Name, Body" or "Name, Body, what they attended": a person, a member body, the rest. */
const PERSON_OF_BODY = /^([^,()]+?),\s*([^,()]+?)(?:,\s*([^()]+?))?\.?$/u;
function readOthers(t: string): { person: string; role: Role; note: string | null }[] {
  const cells = t.split(/\s{2,}/);
  const out: { person: string; role: Role; note: string | null }[] = [];
  if (cells.length >= 2 && PERSON_NAME.test(cells[0]!) && !/\d/.test(cells[0]!)) {
    const title = cells.slice(1).join(" ");
    return [{ person: cells[0]!, role: OFFICIAL_TITLE.test(title) ? "official" : "guest", note: title }];
  }
  const taken = new Set<string>();
  for (const m of t.matchAll(GUEST)) {
    taken.add(m[1]!);
    out.push({ person: m[1]!, role: "guest", note: `${m[2]}${m[3] ?? ""}`.trim() });
  }
  for (const m of t.matchAll(OFFICIAL)) {
    if (taken.has(m[2]!) || /^(Sof|SOF|Samordningsförbundet|Finsam|FINSAM)\b/.test(m[2]!)) continue;
    taken.add(m[2]!);
    // "Från Region Ravmark deltog controllern Per Ek", "… samordnaren Eva Lund från Åby kommun": a member
    // body's staff, a guest of the meeting, not the federation's official.
    const body = memberBodyAround(t.slice(0, m.index), t.slice(m.index + m[0].length));
    if (body) out.push({ person: m[2]!, role: "guest", note: `${m[1]!}, ${body}` });
    else out.push({ person: m[2]!, role: "official", note: m[1]! });
  }
  // "Hanna Roos, Lillvasa kommun, § 33" among the others: a member body's person who is no member of the board
  // here (a deputy says so and is read above), a guest.
  const fromBody = out.length === 0 && cells.length === 1 ? PERSON_OF_BODY.exec(t) : null;
  if (fromBody && WHOLE_PERSON.test(fromBody[1]!) && WHOLE_BODY.test(fromBody[2]!))
    return [{ person: fromBody[1]!, role: "guest", note: [fromBody[2], fromBody[3]].filter(Boolean).join(", ") }];
  if (out.length === 0 && cells.length === 1 && PERSON_NAME.test(t) && t.split(" ").length <= 4 && !/\d/.test(t))
    out.push({ person: t, role: "official", note: null });
  return out;
}

/** A member body said of the person named between `before` and `after`: "Från X deltog …" or "… från X". */
function memberBodyAround(before: string, after: string): string | undefined {
  const follows = FROM_BODY_AFTER.exec(after)?.[1];
  if (follows && PARTY_NAME.test(follows)) return follows.trim();
  const lead = FROM_BODY_LEAD.exec(before)?.[1];
  if (lead && PARTY_NAME.test(lead) && !/kansli|förbund/i.test(lead)) return lead.trim();
  return undefined;
}
const FROM_BODY_AFTER = /^\s*,?\s*(?:från|vid|på)\s+([^,.;]+?)(?=\s+och\s|[,.;]|$)/u;
const FROM_BODY_LEAD = /(?:^|[.;:]\s*)från\s+([^.;:]+?)\s+(?:deltog|närvarade|medverkade)(?!\p{L})[^.;:]*$/iu;

const NAMED = String.raw`(\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)+)`;
const CHAIR_NAMED = new RegExp(`^Ordförande ${NAMED}`, "u");
const ADJUSTER_NAMED = new RegExp(`valde ${NAMED} till justerare`, "u");

/** Without an attendance list: the chair, the adjusters and those who reserved themselves. */
function namedInText(doc: DocumentText): Omit<Attendance, "table" | "section" | "approximate">[] {
  const out: Omit<Attendance, "table" | "section" | "approximate">[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    const t = plainAt(doc, n);
    let m = CHAIR_NAMED.exec(t);
    if (m)
      out.push({
        person: m[1]!,
        member: null,
        role: "member",
        serving: true,
        note: "ordförande (named in the minutes)",
        line: n,
        text: doc.at(n),
      });
    m = ADJUSTER_NAMED.exec(t);
    if (m)
      out.push({
        person: m[1]!,
        member: null,
        role: "member",
        serving: true,
        note: "justerare (named in the minutes)",
        line: n,
        text: doc.at(n),
      });
    if (/reserver(ade|ar) sig/.test(t))
      for (const person of reservationNames(`${plainAt(doc, n - 1)} ${t}`))
        out.push({
          person,
          member: null,
          role: "member",
          serving: true,
          note: "reserved against a decision (named in the minutes)",
          line: n,
          text: doc.at(n),
        });
  }
  return out;
}
