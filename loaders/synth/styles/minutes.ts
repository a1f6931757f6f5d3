/**
 * Board minutes of a generated federation (`finsam synth`): a meeting rendered from the
 * federation's world (its members, a year's budget and member contributions, grants to its
 * interventions) in one of the layouts real federations use, with its truth (meeting date and
 * times, attendance with role and serving, decisions with outcome and amount, the budget's
 * figures) in the truth.yaml shape, so the minutes readers can be scored on it.
 *
 * A layout is drawn once per federation (`minutesLayout`), so a federation keeps its minutes'
 * shape from year to year; a meeting's own choices (who is absent, the grants, a rejected
 * application) come from the meeting's generator. Every person's name and the meeting's place
 * carry the word SYNTETISKT.
 */
import { memberId, type Member, type World } from "./world.ts";
import { groups } from "./format.ts";
import type { Rng } from "./prng.ts";
import { MONTHS } from "../../reference/months.ts";

/** The word every made-up name carries (the warehouse's SYNTHETIC_WORD; kept here so styles/ imports nothing of the warehouse). */
export const MINUTES_MARK = "SYNTETISKT";

export interface MinutesLayout {
  /** The heading block: labels in a column, "Label:" blocks, or the attendance as a table. */
  heading: "label-column" | "colon-blocks" | "attendance-table";
  /** "kl. 13.00–15.30" or "13:00-15:30". */
  time: "dotted" | "colon";
  /** "§ 12 Rubrik", "12 § Rubrik", "§12 Rubrik" or a numbered point "12. Rubrik". */
  items: "para-first" | "para-after" | "para-tight" | "numbered";
  /** "Styrelsen beslutar att …", "Beslut: …", att-satser under "Styrelsen beslutar", "Styrelsen beslutade att …". */
  decision: "beslutar" | "beslut-label" | "att-satser" | "beslutade";
  /** Grants in kronor or tkr. */
  unit: "kr" | "tkr";
  /** The body's word for itself. */
  body: "Styrelsen" | "Förbundsstyrelsen";
  /** Non-serving deputies listed. */
  deputies: boolean;
}

export function minutesLayout(rng: Rng): MinutesLayout {
  return {
    heading: rng.pick(["label-column", "colon-blocks", "attendance-table"] as const),
    time: rng.pick(["dotted", "colon"] as const),
    items: rng.pick(["para-first", "para-after", "para-tight", "numbered"] as const),
    decision: rng.pick(["beslutar", "beslut-label", "att-satser", "beslutade"] as const),
    unit: rng.chance(0.35) ? "tkr" : "kr",
    body: rng.chance(0.8) ? "Styrelsen" : "Förbundsstyrelsen",
    deputies: rng.chance(0.6),
  };
}

/** The features a layout stands for, as the truth tags them. */
export function layoutFeatures(l: MinutesLayout): string[] {
  return [
    `heading-${l.heading}`,
    `time-${l.time}`,
    `items-${l.items}`,
    `decision-${l.decision}`,
    `amounts-${l.unit}`,
    ...(l.deputies ? ["deputies-listed"] : []),
  ];
}

/** The budget meeting (in the autumn before `year`, deciding its budget and grants) or the accounts meeting (in the spring after, approving its report). */
export type MeetingKind = "budget" | "accounts";

export interface MinutesOtherFigure {
  table: "meeting" | "attendance" | "decision" | "allocation";
  label: string;
  key: Record<string, string | number>;
  values: Record<string, string | number | boolean | null>;
  text: string;
  layer: "minutes";
  features: string[];
}

interface ContributionRow {
  year: number;
  basis: "budget";
  member_id: string;
  amount_sek: number;
  text: string;
  layer: "minutes";
  features: string[];
}

interface FinanceRow {
  year: number;
  basis: "actual" | "budget";
  item: "revenue_operating" | "cost_operating" | "result" | "equity_end";
  amount_sek: number;
  text: string;
  layer: "minutes";
  features: string[];
}

/** A must-not-store condition (the truth's shape). */
export interface MinutesTrap {
  trap: string;
  what: string;
  line: string;
  condition: string;
  table: "attendance" | "decision" | "allocation" | "meeting";
  where: Record<string, string | number | boolean | null | { in: (string | number)[] }>;
}

export interface MinutesTruth {
  style: string;
  about: string;
  federation: { id: string; name: string; county: string; members: string[] };
  document: { file: string; kind: "board_minutes"; year: number; date: string };
  participant_count: never[];
  participant_breakdown: never[];
  indicator: never[];
  finance: FinanceRow[];
  member_contribution: ContributionRow[];
  other_figures: MinutesOtherFigure[];
  extra: never[];
  findings: never[];
  must_not_store: MinutesTrap[];
}

export interface GeneratedMinutes {
  /** The meeting's date (ISO). */
  date: string;
  text: string;
  truth: MinutesTruth;
  features: string[];
}

const FIRST = [
  "Anna",
  "Erik",
  "Maria",
  "Lars",
  "Karin",
  "Per",
  "Eva",
  "Johan",
  "Sara",
  "Mats",
  "Lena",
  "Anders",
  "Ingrid",
  "Olof",
  "Helena",
  "Nils",
  "Birgitta",
  "Jonas",
  "Ulla",
  "Magnus",
  "Frida",
  "Kent",
  "Åsa",
  "Göran",
];
const LAST = [
  "Berg",
  "Lund",
  "Ekman",
  "Holm",
  "Strand",
  "Dahl",
  "Sjöberg",
  "Nyström",
  "Lindqvist",
  "Hedlund",
  "Åberg",
  "Falk",
  "Wikström",
  "Rosén",
  "Björklund",
  "Forsberg",
  "Sandell",
  "Öhman",
];
const PARTIES = ["S", "M", "C", "V", "KD", "L", "MP"];

/**
 * The mark in a made-up person's name, written as a name's middle part ("Anna Syntetiskt Berg"):
 * the readers take a person's name as capitalised words, so the upper-case word the documents'
 * other names carry would cut the name short or read as a party.
 */
const MARK_IN_NAME = "Syntetiskt";

/** A made-up person: first name, the mark, surname; a party and the member they sit for. */
interface Person {
  name: string;
  party?: string;
  member?: Member;
}

function people(rng: Rng, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(`${rng.pick(FIRST)} ${MARK_IN_NAME} ${rng.pick(LAST)}`);
  return [...out];
}

/**
 * The board of a term: a member and a deputy for each member of the federation (politicians with a
 * party for the municipalities and the region), a chief and a secretary.
 */
interface Board {
  members: Person[];
  deputies: Person[];
  chief: string;
  secretary: string;
}

export function boardOf(rng: Rng, w: World): Board {
  const names = people(rng, w.members.length * 2 + 2);
  const political = (m: Member) => m.type === "municipality" || m.type === "region";
  const members = w.members.map((m, i): Person => ({
    name: names[i]!,
    member: m,
    ...(political(m) ? { party: rng.pick(PARTIES) } : {}),
  }));
  const deputies = w.members.map((m, i): Person => ({
    name: names[w.members.length + i]!,
    member: m,
    ...(political(m) ? { party: rng.pick(PARTIES) } : {}),
  }));
  return { members, deputies, chief: names.at(-2)!, secretary: names.at(-1)! };
}

const WEEKDAYS = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];

/** A weekday (Tuesday to Friday) in `month` (1-based) of `year`, from the generator. */
function meetingDay(rng: Rng, year: number, month: number): Date {
  for (;;) {
    const d = new Date(Date.UTC(year, month - 1, rng.int(2, 27)));
    if (d.getUTCDay() >= 2 && d.getUTCDay() <= 5) return d;
  }
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function clock(h: number, m: number, l: MinutesLayout): string {
  return l.time === "colon"
    ? `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`
    : `${h}.${String(m).padStart(2, "0")}`;
}

function timeSpan(start: [number, number], end: [number, number], l: MinutesLayout): string {
  return l.time === "colon"
    ? `${clock(...start, l)}-${clock(...end, l)}`
    : `kl. ${clock(...start, l)}–${clock(...end, l)}`;
}

const hhmm = (t: [number, number]) => `${String(t[0]).padStart(2, "0")}:${String(t[1]).padStart(2, "0")}`;

function amountText(sek: number, l: MinutesLayout): string {
  return l.unit === "tkr" ? `${groups(sek / 1000)} tkr` : `${groups(sek)} kronor`;
}

/** An item's heading in the layout's numbering. */
function heading(n: number, title: string, l: MinutesLayout): string {
  if (l.items === "para-first") return `§ ${n}  ${title}`;
  if (l.items === "para-after") return `${n} §  ${title}`;
  if (l.items === "para-tight") return `§${n} ${title}`;
  return `${n}. ${title}`;
}

/**
 * A decision's lines: its clauses ("att …") in the layout's form. Each clause is one line, so
 * the truth can cite it; the first clause is the one the outcome is read from.
 */
function decisionLines(clauses: string[], l: MinutesLayout): string[] {
  const body = l.body;
  const stop = (c: string, i: number) => (i === clauses.length - 1 ? `${c}.` : c);
  if (l.decision === "beslutar")
    return clauses.map((c, i) => stop(i === 0 ? `${body} beslutar att ${c}` : `${body} beslutar vidare att ${c}`, i));
  if (l.decision === "beslutade")
    return clauses.map((c, i) => stop(i === 0 ? `${body} beslutade att ${c}` : `${body} beslutade vidare att ${c}`, i));
  if (l.decision === "beslut-label") return clauses.map((c, i) => `${i === 0 ? "Beslut: " : ""}${capital(c)}.`);
  return [
    `${body} beslutar`,
    ...clauses.map((c, i) => `att ${c}${i < clauses.length - 1 ? (i === clauses.length - 2 ? ", samt" : ",") : "."}`),
  ];
}

/** "bevilja …" → "Att bevilja …" is not how a "Beslut:" line reads: the clause as a sentence in the passive. */
function capital(c: string): string {
  const passive: [RegExp, string][] = [
    [/^bevilja (.+?) (\d[\d ]*(?:kronor|tkr)) (.*)$/, "$1 beviljas $2 $3"],
    [/^godkänna (.+?) och överlämna den (.*)$/, "$1 godkänns och överlämnas $2"],
    [/^godkänna (.*)$/, "$1 godkänns"],
    [/^fastställa (.*) enligt förslaget$/, "$1 fastställs enligt förslaget"],
    [/^fastställa (.*)$/, "$1 fastställs"],
    [/^avslå (.*)$/, "$1 avslås"],
    [/^bordlägga (ärendet) (.*)$/, "$1 bordläggs $2"],
    [/^lägga (.*) till handlingarna(.*)$/, "$1 läggs till handlingarna$2"],
    [/^utse (.+?) att (.*)$/, "$1 utses att $2"],
  ];
  for (const [re, to] of passive)
    if (re.test(c)) {
      const s = c.replace(re, to);
      return s[0]!.toUpperCase() + s.slice(1);
    }
  return c[0]!.toUpperCase() + c.slice(1);
}

interface Item {
  title: string;
  /** Lines before the decision (the case). */
  before: string[];
  clauses: string[];
  /** The truth of the decision (outcome, amount), or none where the item decides nothing. */
  outcome?: "approved" | "rejected" | "postponed" | "noted";
  amount?: number;
  /** A grant: what the allocation row should hold. */
  grant?: { recipient: string; amount: number; start: string; end: string };
  features?: string[];
  /** Lines after the decision (the closing words). */
  after?: string[];
}

export interface MinutesInput {
  /** The world over its span (not `inYear`): the budget of `year` and the figures of the year before. */
  world: World;
  /** The year the meeting is about: the budget meeting decides its budget, the accounts meeting approves its report. */
  year: number;
  kind: MeetingKind;
  layout: MinutesLayout;
  /** The board in office (`boardOf`). */
  board: Board;
  /** The meeting's own choices. */
  rng: Rng;
  /** The first paragraph number (default: drawn, low in the spring, higher in the autumn, as numbers run through a year). */
  firstItem?: number;
  file: string;
}

/** The interventions' names of the year (the world's over its span). */
function interventionNames(w: World, year: number): string[] {
  const s = w.series;
  const y = s ? Math.min(Math.max(year, s.first), s.last) : w.year;
  return (s?.interventions[y] ?? w.interventions).map((i) => i.name);
}

export function renderMinutes(o: MinutesInput): GeneratedMinutes {
  const { world: w, year, kind, layout: l, board, rng } = o;
  const features = new Set(layoutFeatures(l));
  const date =
    kind === "budget"
      ? meetingDay(rng, year - 1, rng.pick([10, 11, 12]))
      : meetingDay(rng, year + 1, rng.pick([2, 3, 4]));
  const dateIso = iso(date);
  const startH = rng.pick([9, 10, 13, 14]);
  const start: [number, number] = [startH, rng.pick([0, 0, 30])];
  const end: [number, number] = [startH + rng.int(2, 3), rng.pick([0, 15, 30, 45])];
  const place = `${rng.pick(["Kommunhuset", "Förbundets kansli", "Stadshuset", "Regionhuset"])} i ${rng.pick(w.municipalities)} (${MINUTES_MARK})`;
  // Attendance: one member of the board in four to seven is away; their deputy serves.
  const absent = new Set<number>();
  const nAbsent = rng.int(0, Math.min(2, board.members.length - 1));
  while (absent.size < nAbsent) absent.add(rng.int(0, board.members.length - 1));
  const chair = board.members.findIndex((_, i) => !absent.has(i));
  const adjuster = board.members.findIndex((_, i) => i !== chair && !absent.has(i));
  const figures: MinutesOtherFigure[] = [];
  const traps: MinutesTrap[] = [];
  const lines: string[] = [];
  const tag = (extra: string[] = []) => [...new Set([...features, ...extra])];
  const label = (p: Person) => `${p.name}${p.party ? ` (${p.party})` : ""}, ${p.member!.name}`;

  // Heading block.
  const dateWords = `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  const timeText = timeSpan(start, end, l);
  let timeLine: string;
  lines.push(`PROTOKOLL`, `Protokoll fört vid styrelsesammanträde i ${w.name}`, "");
  const attendanceRows: { line: string; person: string; values: Record<string, string | boolean | null> }[] = [];
  const presentMembers = board.members.filter((_, i) => !absent.has(i));
  const serving = board.deputies.filter((_, i) => absent.has(i));
  // The members away: listed as such in the label and colon forms ("Frånvarande"), left out of a table of those present.
  const away = board.members.filter((_, i) => absent.has(i));
  const awayLines = new Map<string, string>();
  const idle = l.deputies ? board.deputies.filter((_, i) => !absent.has(i)).slice(0, 2) : [];
  if (l.heading === "label-column") {
    const pad = (s: string) => s.padEnd(19);
    timeLine = `${pad("Plats och tid")}${place}, ${dateWords} ${timeText}`;
    lines.push(timeLine, "");
    presentMembers.forEach((p, i) => {
      const line = `${pad(i === 0 ? "Beslutande" : "")}${label(p)}${p === board.members[chair] ? ", ordförande" : ""}`;
      lines.push(line);
      attendanceRows.push({ line, person: p.name, values: { role: "member", member_id: memberId(w, p.member!) } });
    });
    for (const p of serving) {
      const away = board.members[board.deputies.indexOf(p)]!;
      const line = `${pad("")}${label(p)}, tjänstgörande ersättare för ${away.name}`;
      lines.push(line);
      attendanceRows.push({
        line,
        person: p.name,
        values: { role: "deputy", serving: true, member_id: memberId(w, p.member!) },
      });
    }
    lines.push("");
    idle.forEach((p, i) => {
      const line = `${pad(i === 0 ? "Ersättare" : "")}${label(p)}`;
      lines.push(line);
      attendanceRows.push({
        line,
        person: p.name,
        values: { role: "deputy", serving: false, member_id: memberId(w, p.member!) },
      });
    });
    if (idle.length) lines.push("");
    away.forEach((p, i) => {
      const line = `${pad(i === 0 ? "Frånvarande" : "")}${label(p)}`;
      lines.push(line);
      awayLines.set(p.name, line);
    });
    if (away.length) lines.push("");
    const o1 = `${pad("Övriga")}${board.chief}, förbundschef`;
    const o2 = `${pad("")}${board.secretary}, sekreterare`;
    lines.push(o1, o2, "");
    attendanceRows.push({ line: o1, person: board.chief, values: { role: "official" } });
    attendanceRows.push({ line: o2, person: board.secretary, values: { role: "official" } });
    lines.push(`${pad("Justerare")}${board.members[adjuster]!.name}`, "");
  } else if (l.heading === "colon-blocks") {
    lines.push(`Datum: ${dateIso}`);
    timeLine = `Tid: ${timeText}`;
    lines.push(timeLine, `Plats: ${place}`, "", "Närvarande ledamöter:");
    for (const p of presentMembers) {
      const line = `${label(p)}${p === board.members[chair] ? ", ordförande" : ""}`;
      lines.push(line);
      attendanceRows.push({ line, person: p.name, values: { role: "member", member_id: memberId(w, p.member!) } });
    }
    if (serving.length) {
      lines.push("", "Tjänstgörande ersättare:");
      for (const p of serving) {
        const line = label(p);
        lines.push(line);
        attendanceRows.push({
          line,
          person: p.name,
          values: { role: "deputy", serving: true, member_id: memberId(w, p.member!) },
        });
      }
    }
    if (idle.length) {
      lines.push("", "Ersättare (ej tjänstgörande):");
      for (const p of idle) {
        const line = label(p);
        lines.push(line);
        attendanceRows.push({
          line,
          person: p.name,
          values: { role: "deputy", serving: false, member_id: memberId(w, p.member!) },
        });
      }
    }
    if (away.length) {
      lines.push("", "Frånvarande:");
      for (const p of away) {
        const line = label(p);
        lines.push(line);
        awayLines.set(p.name, line);
      }
    }
    lines.push("", "Övriga närvarande:");
    const o1 = `${board.chief}, förbundschef`;
    const o2 = `${board.secretary}, sekreterare`;
    lines.push(o1, o2, "");
    attendanceRows.push({ line: o1, person: board.chief, values: { role: "official" } });
    attendanceRows.push({ line: o2, person: board.secretary, values: { role: "official" } });
  } else {
    timeLine = `Tid och plats: ${dateWords}, ${timeText}, ${place}`;
    lines.push(timeLine, "", "Närvarande");
    const w1 =
      Math.max(
        ...[...board.members, ...board.deputies].map((p) => p.name.length + (p.party ? p.party.length + 3 : 0)),
      ) + 3;
    const w2 = Math.max(...w.members.map((m) => m.name.length)) + 3;
    lines.push(`${"Namn".padEnd(w1)}${"Representerar".padEnd(w2)}Tjänstgör   Ersättare`);
    const row = (p: Person, serves: boolean, deputy: boolean) =>
      `${`${p.name}${p.party ? ` (${p.party})` : ""}`.padEnd(w1)}${p.member!.name.padEnd(w2)}${serves ? "x".padEnd(12) : " ".repeat(12)}${deputy ? "x" : ""}`.trimEnd();
    for (const p of presentMembers) {
      const line = row(p, true, false);
      lines.push(line);
      attendanceRows.push({ line, person: p.name, values: { role: "member", member_id: memberId(w, p.member!) } });
    }
    for (const p of serving) {
      const line = row(p, true, true);
      lines.push(line);
      attendanceRows.push({
        line,
        person: p.name,
        values: { role: "deputy", serving: true, member_id: memberId(w, p.member!) },
      });
    }
    for (const p of idle) {
      const line = row(p, false, true);
      lines.push(line);
      attendanceRows.push({
        line,
        person: p.name,
        values: { role: "deputy", serving: false, member_id: memberId(w, p.member!) },
      });
    }
    lines.push("", "Övriga deltagare");
    const o1 = `${board.chief}   Förbundschef`;
    const o2 = `${board.secretary}   Sekreterare`;
    lines.push(o1, o2, "");
    attendanceRows.push({ line: o1, person: board.chief, values: { role: "official" } });
    attendanceRows.push({ line: o2, person: board.secretary, values: { role: "official" } });
  }
  figures.push({
    table: "meeting",
    label: "date and time",
    key: { date: dateIso },
    values: { start_time: hhmm(start), end_time: hhmm(end) },
    text: timeLine,
    layer: "minutes",
    features: tag(),
  });
  for (const a of attendanceRows)
    figures.push({
      table: "attendance",
      label: a.person,
      key: { person: a.person },
      values: a.values,
      text: a.line,
      layer: "minutes",
      features: tag(),
    });
  for (const i of absent) {
    const p = board.members[i]!;
    traps.push({
      trap: "a member who is away is not present",
      what: `${p.name}, replaced by a serving deputy`,
      line:
        awayLines.get(p.name) ?? attendanceRows.find((a) => a.line.includes(`ersättare för ${p.name}`))?.line ?? p.name,
      condition: `${p.name} not stored as present`,
      table: "attendance",
      where: { person: p.name },
    });
  }

  // The items.
  const items: Item[] = [];
  const chairName = board.members[chair]!.name;
  const adjusterName = board.members[adjuster]!.name;
  items.push({
    title: "Mötets öppnande",
    before: [`Ordföranden ${chairName} hälsar alla välkomna och öppnar sammanträdet.`],
    clauses: [],
  });
  items.push({
    title: "Val av justerare",
    before: [],
    clauses: [`utse ${adjusterName} att jämte ordföranden justera protokollet`],
    outcome: "approved",
  });
  items.push({
    title: "Godkännande av dagordningen",
    before: [],
    clauses: ["godkänna dagordningen"],
    outcome: "approved",
  });
  const municipalities = w.members.filter((m) => m.type === "municipality");
  const recipients = [...municipalities, w.members.find((m) => m.type === "region")!];
  const budgetFigures: FinanceRow[] = [];
  const contributions: ContributionRow[] = [];
  if (kind === "budget") {
    const s = w.series;
    const by = s ? Math.min(year, s.last) : w.year;
    const budget = s?.budget[by] ?? w.budget;
    const fees = w.contributions[year];
    if (!fees) throw new Error(`renderMinutes: ${w.id} has no contributions for ${year}`);
    const total = Object.values(fees).reduce((a, b) => a + b, 0);
    const revenueLine = `Förslaget till budget för ${year} omfattar intäkter på ${groups(budget.revenue)} kronor och kostnader på ${groups(budget.cost)} kronor.`;
    const feeIntro = `Medlemsavgifterna för ${year} uppgår till ${groups(total)} kronor och fördelas enligt följande:`;
    const feeLines: string[] = [];
    const statePart = fees[memberId(w, "state")]!;
    const stateLine = `Staten (Försäkringskassan och Arbetsförmedlingen)   ${groups(statePart)} kr`;
    feeLines.push(stateLine);
    contributions.push({
      year,
      basis: "budget",
      member_id: memberId(w, "state"),
      amount_sek: statePart,
      text: stateLine,
      layer: "minutes",
      features: tag(["fee-list"]),
    });
    for (const m of [w.members.find((x) => x.type === "region")!, ...municipalities]) {
      const amount = fees[memberId(w, m)]!;
      const line = `${m.name}   ${groups(amount)} kr`;
      feeLines.push(line);
      contributions.push({
        year,
        basis: "budget",
        member_id: memberId(w, m),
        amount_sek: amount,
        text: line,
        layer: "minutes",
        features: tag(["fee-list"]),
      });
    }
    budgetFigures.push(
      {
        year,
        basis: "budget",
        item: "revenue_operating",
        amount_sek: budget.revenue,
        text: revenueLine,
        layer: "minutes",
        features: tag(["budget-in-prose"]),
      },
      {
        year,
        basis: "budget",
        item: "cost_operating",
        amount_sek: budget.cost,
        text: revenueLine,
        layer: "minutes",
        features: tag(["budget-in-prose"]),
      },
    );
    items.push({
      title: `Verksamhetsplan och budget ${year}`,
      before: [
        `Förbundschefen ${board.chief} föredrar förslaget till verksamhetsplan och budget för ${year}.`,
        revenueLine,
        feeIntro,
        ...feeLines,
        "",
      ],
      clauses: [`fastställa verksamhetsplan och budget för ${year} enligt förslaget`],
      outcome: "approved",
    });
  } else {
    const f = w.finance[year]!;
    const resultLine = `Årets resultat blev ${f.result < 0 ? "-" : ""}${groups(f.result)} kronor och det egna kapitalet uppgick vid årets slut till ${groups(f.equity)} kronor.`;
    budgetFigures.push(
      {
        year,
        basis: "actual",
        item: "result",
        amount_sek: f.result,
        text: resultLine,
        layer: "minutes",
        features: tag(["annual-report-in-minutes"]),
      },
      {
        year,
        basis: "actual",
        item: "equity_end",
        amount_sek: f.equity,
        text: resultLine,
        layer: "minutes",
        features: tag(["annual-report-in-minutes"]),
      },
    );
    items.push({
      title: `Årsredovisning ${year}`,
      before: [`Förbundschefen ${board.chief} föredrar årsredovisningen för ${year}.`, resultLine],
      clauses: [`godkänna årsredovisningen för ${year} och överlämna den till revisorerna och medlemmarna`],
      outcome: "approved",
    });
  }

  // Grants to the interventions: for the year decided (budget meeting) or the year after (accounts meeting).
  const grantYear = kind === "budget" ? year : year + 1;
  const names = interventionNames(w, grantYear);
  const nGrants = kind === "budget" ? Math.min(names.length, rng.int(1, 3)) : 1;
  const scale = Math.max(
    100_000,
    Math.round((w.finance[Math.min(year, w.year)]?.cost ?? 2_000_000) / 8 / 10_000) * 10_000,
  );
  const usedAmounts = new Set<number>();
  const drawAmount = () => {
    for (;;) {
      const a = Math.round((scale * (0.5 + rng.next() * 1.5)) / 10_000) * 10_000;
      if (!usedAmounts.has(a)) {
        usedAmounts.add(a);
        return a;
      }
    }
  };
  for (let g = 0; g < nGrants; g++) {
    const name = names[g % names.length]!;
    const recipient = rng.pick(recipients);
    const amount = drawAmount();
    const start = kind === "budget" ? `${grantYear}-01-01` : `${grantYear}-07-01`;
    const end = kind === "budget" ? `${grantYear}-12-31` : `${grantYear + 1}-06-30`;
    const sought = `${recipient.name} ansöker om ${amountText(amount, l)} för insatsen ${name} under perioden ${start}–${end}.`;
    items.push({
      title: rng.pick([`Ansökan om medel – ${name}`, `Finansiering av insatsen ${name}`]),
      before: [sought, "Beredningsgruppen tillstyrker ansökan."],
      clauses: [
        `bevilja ${recipient.name} ${amountText(amount, l)} för insatsen ${name} under perioden ${start}–${end}`,
      ],
      outcome: "approved",
      amount,
      grant: { recipient: recipient.name, amount, start, end },
      features: [l.unit === "tkr" ? "grant-in-tkr" : "grant-in-kronor"],
    });
  }
  // Now and then an application is turned down or put off.
  const extra = rng.pick(["none", "none", "rejected", "postponed"] as const);
  if (extra !== "none") {
    const recipient = rng.pick(recipients);
    const amount = drawAmount();
    const sought = `${recipient.name} ansöker om ${amountText(amount, l)} för en förstudie om arbetsträning.`;
    items.push({
      title: "Ansökan om medel – förstudie",
      before: [
        sought,
        extra === "rejected" ? "Ansökan bedöms inte uppfylla förbundets kriterier." : "Ärendet behöver beredas vidare.",
      ],
      clauses: [extra === "rejected" ? "avslå ansökan" : "bordlägga ärendet till nästa sammanträde"],
      outcome: extra,
    });
    traps.push({
      trap: `an application ${extra === "rejected" ? "turned down" : "put off"} is no grant`,
      what: `${groups(amount)} kronor sought`,
      line: sought,
      condition: "no allocation of the sum sought",
      table: "allocation",
      where: { amount_sek: amount },
    });
  }
  items.push({
    title: "Information från förbundschefen",
    before: [`Förbundschefen informerar om arbetet i insatserna och om kommande utbildningsdagar.`],
    clauses: ["lägga informationen till handlingarna"],
    outcome: "noted",
  });
  items.push({
    title: rng.pick(["Mötets avslutande", "Sammanträdets avslutande", "Avslutning"]),
    before: [`Ordföranden tackar för visat intresse och förklarar sammanträdet avslutat ${clock(...end, l)}.`],
    clauses: [],
  });

  const firstItem = o.firstItem ?? (kind === "budget" ? rng.int(28, 60) : rng.int(1, 12));
  lines.push("");
  items.forEach((item, i) => {
    const n = firstItem + i;
    const ref = `§${n}`;
    lines.push(heading(n, item.title, l), "");
    lines.push(...item.before);
    if (item.before.length && item.before.at(-1) !== "") lines.push("");
    if (item.clauses.length) {
      const decision = decisionLines(item.clauses, l);
      const first = l.decision === "att-satser" ? 1 : 0;
      const decisionAt = lines.length + first;
      lines.push(...decision);
      if (item.outcome) {
        const values: Record<string, string | number> = { outcome: item.outcome };
        if (item.amount !== undefined) values.amount_sek = item.amount;
        figures.push({
          table: "decision",
          label: `${ref} outcome${item.amount !== undefined ? " and amount" : ""}`,
          key: { item_ref: ref },
          values,
          text: lines[decisionAt]!,
          layer: "minutes",
          features: tag(item.features),
        });
      }
      if (item.grant)
        figures.push({
          table: "allocation",
          label: `${ref} grant`,
          key: { item_ref: ref, amount_sek: item.grant.amount },
          values: { period_start: item.grant.start, period_end: item.grant.end },
          text: lines[decisionAt]!,
          layer: "minutes",
          features: tag(item.features),
        });
    }
    lines.push("");
  });

  // Signatures.
  lines.push(
    "Vid protokollet",
    "",
    `${board.secretary}, sekreterare`,
    "",
    "Justeras",
    "",
    `${chairName}, ordförande            ${adjusterName}, justerare`,
    "",
  );

  const truth: MinutesTruth = {
    style: `${w.id}-${dateIso}`,
    about: `${MINUTES_MARK}: ${kind === "budget" ? "budget" : "accounts"} meeting of ${w.id} on ${dateIso}, minutes layout ${layoutFeatures(l).join(", ")}`,
    federation: {
      id: w.id,
      name: w.name,
      county: w.county,
      members: w.members.map((m) => `${m.name}=${m.type}${m.short !== m.name ? `=${m.short}` : ""}`),
    },
    document: { file: o.file, kind: "board_minutes", year: date.getUTCFullYear(), date: dateIso },
    participant_count: [],
    participant_breakdown: [],
    indicator: [],
    finance: budgetFigures,
    member_contribution: contributions,
    other_figures: figures,
    extra: [],
    findings: [],
    must_not_store: traps,
  };
  return { date: dateIso, text: `${lines.join("\n")}\n`, truth, features: [...features].sort() };
}
