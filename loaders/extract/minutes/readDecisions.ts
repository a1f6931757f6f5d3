/**
 * The decision of each agenda item: its text, outcome, amount, recipient, period and
 * reservations. In attached layouts the decision is in the item's body ("Styrelsen beslutar
 * att …", "Beslut: Att …", "Dagordningen fastställs"); in detached layouts it follows a
 * decision reference ("Beslut 2025-3 §11:1"), and a decision repeated later in a decision list
 * is the same decision.
 */
import { parseNumberWord } from "../general/numberWords.ts";
import { decisionOutcome, matchCode, PROPOSES_TO_OWNERS } from "../../reference/codes.ts";
import type { FindingInput } from "../../schema/facts.ts";
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { firstItemLine, type AgendaItem } from "./findAgendaItems.ts";
import { asOwnBoard, boardOfSentence } from "./namedBoards.ts";
import { meetingGroup } from "./meetingGroup.ts";
import {
  DECISION_REF,
  findDates,
  itemRef,
  MONTH_NAMES,
  monthNumber,
  pad2,
  isCardLine,
  plainAt,
  reservationNames,
  type ItemCategory,
} from "./minutesText.ts";

export interface Decision {
  itemRef: string;
  itemNumber: number;
  decisionRef: string | null;
  title: string;
  category: ItemCategory;
  outcome: string;
  text: string;
  /** Line of the decision text, or of the heading when there is none. */
  line: number;
  amount: { sek: number; approximate: boolean; precision: number } | null;
  /** "380 000 kr för 2025 och 400 000 kr för 2026": one amount per year, when the text gives two or more years so. */
  byYear: { year: number; sek: number; approximate: boolean }[];
  recipient: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  reservations: string[];
  /** Item text around the decision, for the recipient and the intervention. */
  context: string;
  /** The item marks a decision ("Beslut:", a decision reference): it decided something, read or not. */
  labelled: boolean;
}

interface Sentence {
  text: string;
  line: number;
  /** The line the sentence ends on: a card run together may span many. */
  to: number;
}

/** The board and its committees: the bodies whose minutes these usually are. */
const DECIDING_BODY = "styrelsen|arbetsutskottet|au|direktionen|presidiet|förbundsstyrelsen|nämnden";
/**
 * The members' own meetings ("Ägarsamrådet beslutar", "Medlemsrådet beslutade"): deciding bodies only in
 * their own minutes (a header naming them); in the board's minutes their decisions are told, not taken.
 */
const MEMBERS_BODY = "ägarsamrådet|ägarrådet|medlemssamrådet|medlemsrådet|förbundsrådet|förbundsstämman";
const MEMBERS_MEETING = /(?<!\p{L})(?:ägarsamråd|ägarråd|medlemssamråd|medlemsråd|förbundsråd|förbundsstämm)\p{L}*/iu;

/**
 * The sentences that decide, for the bodies whose minutes these are:
 * - phrased: active and passive decision phrasings; the perfect tense of minutes written as a report ("har
 *   beslutat att …"). Never a relative clause telling an earlier decision ("årsredovisningen, som styrelsen
 *   fastställde den 20 februari"): that was decided elsewhere. "att lägga … till handlingarna" only as the
 *   decision's own "att" ("beslutar att lägga …", a line opening "att lägga …"), never "kan lägga den till
 *   handlingarna" or "går att lägga till handlingarna".
 * - present: the body deciding in the present tense, opening its sentence ("Styrelsen godkänner
 *   dagordningen.", "Beslut: Styrelsen beviljar …", a run-in label across a gap "Beslut      Styrelsen utser
 *   …"): never inside another's clause ("hemställer att styrelsen beviljar", "Om styrelsen beviljar …"), never
 *   "antar att" / "väljer att" (assumes, chooses to).
 * - afterOch: the body opening its sentence, then deciding in a second clause after "och" however long the
 *   first ("Styrelsen konstaterade att verksamheten inte riktar sig till förbundets målgrupp och beslutade att
 *   avslå ansökan."), where the first clause names no other body that could be the second's subject
 *   (`OTHER_SUBJECT_IN_CLAUSE`).
 */
function decidingPatterns(bodies: string) {
  return {
    phrased: new RegExp(
      String.raw`(?<!\bsom\s+)\b(${bodies})\b[^.]{0,40}?(?<!\p{L})(beslutar|beslutade|beslöt|beslutar i enighet|enas om|valde|godkände|fastställde|noterar|noterade|har beslutat|har godkänt|har fastställt|har noterat|har tagit del av|tar del av|tog del av)(?!\p{L})|(?<!\p{L})(beslöts|antecknades|antecknas|noteras|fastställs|godkänns|väljs|utses|läggs(?: därmed)? till handlingarna|lades till handlingarna|(?:lade|lägger|lagt)\s+(?:\p{L}+\s+){0,3}till handlingarna|bordläggs|bordlades|återremitteras|återremitterades|beviljas|avslås|anslås|tilldelas)(?!\p{L})|(?:^\s*|(?<!\p{L})(?:beslutar|beslutade|beslöt|besluta|beslutat)\s+)att\s+lägga\s+(?:\p{L}+\s+){0,3}till handlingarna(?!\p{L})`,
      "iu",
    ),
    present: new RegExp(
      String.raw`^\s*(?:beslut(?:\s*:)?\s+)?(?:${bodies})\s+(?:därför\s+|därmed\s+|också\s+|även\s+)?(?:godkänner|fastställer|beviljar|avslår|bordlägger|återremitterar|väljer|utser|antar|tilldelar|anslår)(?!\p{L})(?!\s+att(?!\p{L}))`,
      "iu",
    ),
    afterOch: new RegExp(
      String.raw`^\s*(?:${bodies})\s+(\p{Ll}+(?:de|te|r)\b[^.]*?)(?<!\p{L})och\s+(?:beslutade|beslöt|beslutar)\s+att(?!\p{L})`,
      "iu",
    ),
  };
}
const BOARD_DECIDES = decidingPatterns(DECIDING_BODY);
const MEMBERS_DECIDE = decidingPatterns(`${DECIDING_BODY}|${MEMBERS_BODY}`);
/** A working group's own notes (`meetingGroup.ts`): the group decides in them, beside the bodies above. */
const GROUP_DECIDES = new Map<string, ReturnType<typeof decidingPatterns>>();
function groupDecides(group: string): ReturnType<typeof decidingPatterns> {
  let p = GROUP_DECIDES.get(group);
  if (!p) GROUP_DECIDES.set(group, (p = decidingPatterns(`${DECIDING_BODY}|${group}`)));
  return p;
}
/** Whether the minutes are the members' own meeting's: its header (before the first item, fifteen lines at most) names it. */
const membersMinutes = oncePerDocument((doc: DocumentText) => {
  const end = Math.min(doc.lineCount, 15, (firstItemLine(doc) ?? doc.lineCount + 1) - 1);
  return end >= 1 && MEMBERS_MEETING.test(doc.join(1, end));
});
const PRACTICE = /(?<!\p{L})(?:sedan\s+(?:19|20)\d\d|varje\s+år|årligen|brukar)(?!\p{L})/iu;
/** A body, an organisation or a name in the first clause: "… att Region Ravik redan har prövat …". */
const OTHER_SUBJECT_IN_CLAUSE =
  /\s\p{Lu}|(?<!\p{L})(?:kommun\p{L}*|region\p{L}*|försäkringskassan|arbetsförmedlingen|\p{L}*nämnd\p{L}*|förening\p{L}*|myndighet\p{L}*|företag\p{L}*|bolag\p{L}*|\p{L}*förbund(?:et|en)?)(?!\p{L})/u;

/** A sentence deciding: phrased as a decision anywhere, or the body's present-tense verb opening it. */
function isDeciding(text: string, doc: DocumentText): boolean {
  const group = meetingGroup(doc);
  const p = group ? groupDecides(group) : membersMinutes(doc) ? MEMBERS_DECIDE : BOARD_DECIDES;
  if (p.phrased.test(text) || (p.present.test(text) && !PRACTICE.test(text))) return true;
  const och = p.afterOch.exec(text);
  return och !== null && !OTHER_SUBJECT_IN_CLAUSE.test(och[1]!.replace(/förbundets/giu, ""));
}

/**
 * A decision told after the meeting, its item's number in brackets ("Årsredovisningen godkändes (§ 5).",
 * "Ansökan … avslogs (§ 7)", a summary of a board meeting): the past passive decides there, where the
 * number is the item's own. Elsewhere a past passive is the item's background ("Insatsen beviljades
 * medel 2023", "… beviljades medel (§ 34)" of another meeting).
 */
const DECIDED_PAST =
  /(?<!\p{L})(?:godkändes|fastställdes|beviljades|avslogs|valdes|utsågs|tilldelades|anslogs)(?!\p{L})/iu;
// Asked of every sentence no decision verb opens: the item's own pattern is made only for a sentence
// holding a past passive and a "§" (most hold neither).
const toldAfter = (text: string, item: number) =>
  text.includes("§") && DECIDED_PAST.test(text) && new RegExp(`\\(\\s*§\\s*${item}\\s*\\)`).test(text);

/**
 * Under a "Beslut" marker, a sentence the deciding body opens is the decision whatever its verb
 * ("Styrelsen beviljar …", "Arbetsutskottet lägger rapporten till handlingarna"): the marker already
 * says what follows is decided, so the verb need not be one `isDeciding` knows.
 */
const BODY_ACTS = new RegExp(String.raw`^(?:${DECIDING_BODY})\s+\p{Ll}+(?:r|de|te)(?!\p{L})`, "iu");

/** A sentence proposing a decision to the board, not the board's decision. */
const PROPOSAL = /\b(?:föreslås|föreslår|föreslog|yrkar|yrkade)\b/i;

/**
 * "Styrelsen föreslår medlemmarna att fastställa …": the board's own sentence proposing to the owners, the
 * decision of an item on what only the members may fix (their fees, the federation's statutes). The board
 * must open the sentence in the present tense; anyone else proposing is a proposal to the board, and the
 * members' own minutes retell the board's proposal (`membersMinutes`).
 */
const BOARD_PROPOSES_TO_OWNERS =
  /^(?:förbunds)?(?:styrelsen|direktionen)\s+föreslår\s+(?:medlemmarna|förbundsstämman|ägarna|huvudmännen|medlemskommunerna|(?:kommun|region)?fullmäktige)(?!\p{L})/iu;

/**
 * A heading line that opens a proposal: "Arbetsutskottets förslag till styrelsen", "Förslag till
 * beslut", "Förbundschefens förslag till beslut:". The "att …" paragraphs under it are proposed,
 * not decided; a later "Styrelsen beslutar enligt förslaget" adopts them.
 */
const PROPOSAL_HEADING =
  /^(?:[\p{L}-]+s\s+)?förslag till (?:beslut|[\p{L}-]*styrelsen|direktionen|[\p{L}-]*fullmäktige|medlemmarna)\s*:?$/iu;

/**
 * A proposal in a sentence of its own: "Arbetsutskottet föreslår styrelsen att …", "Förbundschefen
 * föreslår att styrelsen beviljar …", "Styrelsen föreslås besluta att …".
 */
const PROPOSES =
  /(?<!\p{L})föreslår\s+(?:att\s+)?(?:förbunds)?(?:styrelsen|direktionen)(?!\p{L})|(?<!\p{L})(?:förbunds)?(?:styrelsen|direktionen)\s+föreslås\s+(?:besluta|att)(?!\p{L})/iu;

/**
 * "Kansliet har berett ärendet och lämnar följande förslag (kr), för perioden …": the office or a
 * committee laying a proposal before the board, told in the item. Only a decision "enligt kansliets
 * förslag" takes its terms; an item that decides nothing is not thereby a proposal to another body.
 */
const OFFERS =
  /(?<!\p{L})(?:kansliet|förbundschefen|arbetsutskottet|beredningsgruppen|presidiet)\s+(?:har\s+)?(?:berett\s+ärendet\s+och\s+)?(?:lämnar|lämnat|lägger fram|lagt fram|presenterar|presenterat)\s+(?:följande\s+|ett\s+)?förslag(?!\p{L})/iu;

/** The body whose proposal a decision adopts by name: "enligt kansliets förslag" → "kansliets". */
const ADOPTS_NAMED =
  /(?<!\p{L})(?:enligt|i enlighet med|godkänn\p{L}*|anta|antar|antog|bifall\p{L}*)\s+([\p{L}-]+s)\s+förslag(?!\p{L})/iu;

/** A sentence offering money: "följande förslag (kr)", an amount in it, or a list or table after its colon. */
const offersMoney = (text: string) =>
  /förslag\s*\((?:kr|tkr|kronor)\)/iu.test(text) || /:\s*$/.test(text) || findAmounts(text).length > 0;

/**
 * The proposal told in the item that the decision adopts: the sentences where a body lays a proposal of
 * money before the board (`OFFERS`, `offersMoney`), where the decision names that body ("enligt kansliets
 * förslag"), or names none ("enligt förslaget") and no other sentence of the item proposes. A decision
 * "enligt arbetsutskottets förslag" never takes the office's terms; a plan the chief presents is no grant's.
 */
function offeredProposal(sentences: readonly Sentence[], chosen: readonly Sentence[]): Sentence[] {
  const offers = sentences.filter((s) => OFFERS.test(s.text) && offersMoney(s.text));
  if (offers.length === 0) return [];
  const named = ADOPTS_NAMED.exec(chosen.map((s) => s.text).join(" "))?.[1]?.toLowerCase();
  if (named !== undefined)
    return offers.filter((s) => OFFERS.exec(s.text)![0].toLowerCase().startsWith(named.replace(/s$/, "")));
  const othersPropose = sentences.some((s) => !offers.includes(s) && !chosen.includes(s) && PROPOSAL.test(s.text));
  return othersPropose ? [] : offers;
}

/** A paragraph of a proposal's list: "att bevilja …", "1. Årsredovisningen godkänns.", "- att …". */
const PROPOSAL_CLAUSE = /^(?:[-–•]\s*)?(?:att|\d{1,2}[.)])\s/i;

/**
 * A line that opens the meeting's decision: "Beslut:", "Styrelsens beslut", "Arbetsutskottets beslut"; with
 * a short note in brackets saying when it was taken ("Beslut (dag 2)", "Styrelsens beslut (3 juni)"), as
 * minutes of a meeting held over two days set it.
 */
const DECISION_MARKER = /^(?:[\p{L}-]+s\s+)?beslut(?:\s*\((?:dag|den|\d)[^()]{0,20}\))?\s*:?$/iu;
/**
 * The same label carrying the decision's running number and nothing else: "Beslut AU 2026:21",
 * "Beslut nr 14", "Beslutsnummer: S 2026/7". Committees that number their resolutions over the year set
 * the number on a line of its own between the item's background and the decision sentence; the
 * number is the decision's name, not its text. A year with a number is needed ("Beslut 2026" alone
 * names no decision), and the line must end there ("Beslut 2025-3 §11:1" is a detached reference); two
 * numbers at most, as three are a date ("Styrelsens beslut 2024-11-20" heads an earlier decision retold).
 */
const DECISION_NUMBER_LINE =
  /^(?:[\p{L}-]+s\s+)?[Bb]eslut(?:snummer|snr)?\s*:?\s+(?:nr\.?\s*\d{1,4}(?:\s*[:/-]\s*\d{1,4})?|(?:[A-ZÅÄÖ]{1,4}[\s-]?)?\d{1,4}\s*[:/-]\s*\d{1,4})\s*$/u;
/** A decision label standing alone on its line, the decision on the lines after it. */
const isLabelLine = (t: string) => DECISION_MARKER.test(t) || DECISION_NUMBER_LINE.test(t);

/**
 * The same label with the decision after it on its line: "Beslut: Styrelsen beviljar …",
 * "Styrelsens beslut: Att …". A colon is needed: "Beslut om …" and "Beslut 2025-3 §11:1" are not labels.
 */
const LABEL = String.raw`(?:[\p{L}-]+s\s+)?beslut\s*:`;
const LABEL_INLINE = new RegExp(String.raw`^${LABEL}\s*(?=\S)`, "iu");
/**
 * A pointer glyph opening the line ("► Styrelsen godkänner …", "▶ Informationen noteras."): the
 * decision, in minutes that set each item's decision so, but only as the item's one such line and
 * where no label marks the decision (background set as "▸" bullets is no decision). A plain arrow
 * ("→") is left out, as flow text and lists open lines with it too.
 */
const POINTER_GLYPH = "[►▶▸➤➜⇒]";
const POINTER = new RegExp(String.raw`^${POINTER_GLYPH}\s*(?=\S)`, "u");
/** A decision label or pointer opening a line, to be cut from the decision's text. */
export const INLINE_MARKER = new RegExp(String.raw`^(?:${LABEL}|${POINTER_GLYPH})\s*(?=\S)`, "iu");
/** A list's mark (a dash, a dot, a pointer) or an "att" clause's number opening a line. */
const LINE_MARK = new RegExp(String.raw`^(?:[-–•]|${POINTER_GLYPH}|\d{1,2}[.)](?=\s+att[\s,]))\s+`, "iu");

/** A decision label on its own line or opening it. */
const isMarker = (t: string) => isLabelLine(t) || LABEL_INLINE.test(t);

/** Outcomes that decide no money. */
const DECIDES_NO_MONEY = new Set(["noted", "postponed", "referred_back"]);

/** A decision that takes over a proposal as written. */
const ADOPTS_PROPOSAL =
  /\b(?:enligt|i enlighet med|godkänn\p{L}*|anta|antar|antog|bifall\p{L}*)\s+(?:[\p{L}-]+s\s+)?förslag(?:et)?(?!\p{L})|\bförslaget (?:godkänns|antas|bifalls)(?!\p{L})/iu;

const ADOPTS_PROPOSAL_ALL = new RegExp(ADOPTS_PROPOSAL.source, "giu");
/** A grant or an approval beside a refusal in one proposal ("att bevilja A … och att avslå B"): mixed. */
const GRANTS_TOO = /(?<!\p{L})(?:bevilja\p{L}*|godkänn\p{L}*|fastställ\p{L}*|tilldela\p{L}*)(?!\p{L})/iu;

/** A sentence: a run up to its full stop, question or exclamation mark (a mark before a digit ends none). */
const SENTENCE = /[^.!?]+(?:[.!?](?!\d)|$)+/g;

/**
 * The sentences of one paragraph's lines, each with the lines it starts and ends on, added to
 * `out`. A function of the module, not a closure made per call: V8 keeps a closure's optimized
 * code only while an instance of it lives (extractPool.ts).
 */
function paragraphSentences(para: readonly { text: string; line: number }[], out: Sentence[]): void {
  let text = "";
  const starts: { offset: number; line: number }[] = [];
  for (const p of para) {
    starts.push({ offset: text.length, line: p.line });
    text += (text ? " " : "") + p.text;
  }
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0].trim();
    if (s)
      out.push({
        text: s,
        line: lineAtOffset(starts, m.index! + (m[0].length - m[0].trimStart().length)),
        to: lineAtOffset(starts, m.index! + m[0].trimEnd().length - 1),
      });
  }
}

/**
 * A deciding body's name, capitalised, then a word in lower case ("Styrelsen beviljar", "Arbetsutskottet
 * lägger"): a sentence's start wherever it stands, as the body's name is capitalised only there.
 */
const BODY_OPENS_SENTENCE = new RegExp(
  String.raw`^(?:${`${DECIDING_BODY}|${MEMBERS_BODY}`
    .split("|")
    .map((b) => (b === "au" ? "AU" : b[0]!.toUpperCase() + b.slice(1)))
    .join("|")})\s+\p{Ll}`,
  "u",
);
/**
 * A line ending inside its clause ("… föreslår att", "… och", a comma, a proposing verb: "Arbetsutskottet
 * föreslår" / "Styrelsen att bevilja …"): the next line goes on with it.
 */
const CLAUSE_GOES_ON =
  /(?:[,;–-]|(?<!\p{L})(?:att|och|samt|som|där|eller|men|om|då|när|hur|varför|enligt|föreslår|föreslås|föreslog|rekommenderar|hemställer|yrkar|uppdrar åt|ger))\s*$/iu;

/** The line of the last start at or before the offset (a binary search: a paragraph can be long). */
function lineAtOffset(starts: readonly { offset: number; line: number }[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]!.line;
}

/**
 * Paragraphs of lines [from, to] cut into sentences, each with the line it starts on. With `cards`,
 * a run of two card lines or more ("Intäkter 2024: 6 412 000 kr" / "Kostnader 2024: 6 598 400 kr")
 * is a sentence per line, as a card means it: never one run-on sentence of all its figures.
 */
export function sentencesOf(doc: DocumentText, from: number, to: number, cards = false): Sentence[] {
  const out: Sentence[] = [];
  let para: { text: string; line: number }[] = [];
  const flush = () => {
    if (para.length === 0) return;
    paragraphSentences(para, out);
    para = [];
  };
  const isCard = (n: number) => cards && n >= from && n <= to && isCardLine(doc, n);
  for (let n = from; n <= to; n++) {
    if (isCard(n) && (isCard(n - 1) || isCard(n + 1))) {
      flush();
      para.push({ text: plainAt(doc, n), line: n });
      flush();
      continue;
    }
    // A list's mark is no part of its sentence, nor is a clause's number ("1. att bevilja …"): its
    // full stop would end the sentence that the clause goes on ("Styrelsen beslutar" / "1. att …").
    const line = plainAt(doc, n);
    // A line opening with a pointer glyph ("► Sökt belopp 450 000 kronor" over "► Insatsen pågår …")
    // is an item of its own: never one sentence with the lines before it.
    if (POINTER.test(line)) flush();
    const t = line.replace(LINE_MARK, "");
    // "Dnr SF 2025/12", "Handläggare: Eva Ek", "Beslut AU 2026:21" over "Styrelsen beviljar …": a line
    // with no full stop of its own is no part of the body's sentence that opens the next line.
    if (BODY_OPENS_SENTENCE.test(t) && para.length > 0 && !CLAUSE_GOES_ON.test(para[para.length - 1]!.text)) flush();
    if (t === "" || /^-{3,}$/.test(t)) flush();
    else para.push({ text: t, line: n });
  }
  flush();
  return out;
}

export function classifyOutcome(text: string): string {
  return matchCode(decisionOutcome, text) ?? "other";
}

/** "1 mars–31 december 2025", "1 maj till 30 juni 2026": two days of one year, the year said once. */
const SHARED_YEAR_RANGE = new RegExp(
  String.raw`(?<!\d)(\d{1,2}) (${MONTH_NAMES})\s*(?:–|-|—|till|t\.o\.m\.?)\s*(\d{1,2}) (${MONTH_NAMES}) (20\d\d)(?!\d)`,
  "i",
);

/** What joins the two dates of a period: "till", a dash, "t.o.m.". */
const RANGE_JOIN = /^\s*(?:till|–|-|—|t\.o\.m\.?)\s*(?:och med\s+)?(?:den\s+)?$/;

/**
 * "2025-06-01 till 2026-02-28", "2024-07-01–2025-06-30", "1 augusti 2024 – 31 juli 2025": a period
 * written as two dates joined by "till" or a dash, the first not after the second.
 */
export function findDateRange(text: string): { start: string; end: string } | null {
  // "1 mars–31 december 2025": the first date takes the year the range ends in.
  const shared = SHARED_YEAR_RANGE.exec(text);
  if (shared) {
    const [, d1, m1, d2, m2, y] = shared;
    const start = `${y}-${pad2(monthNumber(m1!)!)}-${pad2(Number(d1))}`;
    const end = `${y}-${pad2(monthNumber(m2!)!)}-${pad2(Number(d2))}`;
    if (start <= end) return { start, end };
  }
  const dates = findDates(text);
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (RANGE_JOIN.test(text.slice(a.index + a.raw.length, b.index)) && a.iso <= b.iso)
      return { start: a.iso, end: b.iso };
  }
  return null;
}

/**
 * "under perioden 2025-06-01 till 2026-02-28", "under 2025 och 2026", "under 2026", "år 2025";
 * last, a bare span of years ("Bryggan 2025–2027", "för tre år, 2025–2027").
 */
export function findPeriod(text: string): { start: string; end: string } | null {
  const range = findDateRange(text);
  if (range) return range;
  // Not inside a word: "verksamhetsår 2025" is no "år 2025" (and "år" after a space is one).
  const years =
    /(?<!\p{L})(?:under|för|avser|år)\s+((?:19|20)\d\d)(?:\s*(?:och|–|-|till)\s*((?:19|20)\d\d))?(?!-\d)/iu.exec(text);
  if (years && (years[2] === undefined || years[2] >= years[1]!))
    return { start: `${years[1]}-01-01`, end: `${years[2] ?? years[1]}-12-31` };
  const span = YEAR_SPAN.exec(text);
  // A plan's or a budget's years ("enligt verksamhetsplanen 2025–2027") are the plan's, not the grant's.
  const ofPlan = span !== null && PLAN_BEFORE.test(text.slice(Math.max(0, span.index - 40), span.index));
  if (span && !ofPlan && Number(span[2]) > Number(span[1]) && Number(span[2]) - Number(span[1]) <= 10)
    return { start: `${span[1]}-01-01`, end: `${span[2]}-12-31` };
  return null;
}

/** "2025–2027", "2025-2027": two years joined by a dash, not part of a date or a longer number. */
const YEAR_SPAN = /(?<![\d-])((?:19|20)\d\d)\s?[–—-]\s?((?:19|20)\d\d)(?![\d-])/u;

const PLAN_BEFORE = /(?:plan|strategi|budget|avtal|överenskommelse|mål)\p{L}*\s+(?:för\s+)?$/iu;

/** A part of the sum granted and what it is for: "3,6 Mkr, varav 1,2 Mkr för 2025" (its year is the part's, not the grant's). */
const PART_CLAUSE = /(?<!\p{L})(?:varav|därav|av vilka|av dessa)\s.*?(?=,(?!\d)|;|\.(?!\d)|$)/giu;

/** The years a grant may run, in words ("för tre år", "treårigt"); their values are numberWords.ts'. */
const YEARS_IN_WORDS = "två|tre|fyra|fem|sex|sju|åtta|nio|tio";
/** "för tre år", "under två år", "i 3 år", "för en period av tre år"; never "för två år sedan". Built once. */
const SPOKEN_DURATION = new RegExp(
  String.raw`(?<!\p{L})(?:för|under|i)\s+(?:en\s+period\s+(?:av|om|på)\s+)?(${YEARS_IN_WORDS}|[2-9])\s+år(?!\p{L})(?!\s+sedan)`,
  "iu",
);
/** "treårigt", "3-årig", "en treårsperiod". Built once. */
const DURATION_ADJECTIVE = new RegExp(String.raw`(?<!\p{L})(${YEARS_IN_WORDS}|[2-9])-?års?(?:ig|period)\p{L}*`, "iu");
/**
 * How many years a grant runs when the text says so: "för tre år", "under två år", "i 3 år",
 * "ett treårigt bidrag", "3-årig", "en treårsperiod"; Infinity for "flerårig"; null when it says
 * nothing. "för två år sedan" is a time ago, not a duration.
 */
export function grantDurationYears(text: string): number | null {
  const count = (w: string) => parseNumberWord(w.toLowerCase()) ?? Number(w);
  const spoken = SPOKEN_DURATION.exec(text);
  if (spoken) return count(spoken[1]!);
  const adjective = DURATION_ADJECTIVE.exec(text);
  if (adjective) return count(adjective[1]!);
  return /(?<!\p{L})flerårig\p{L}*/iu.test(text) ? Infinity : null;
}

/** "med start 2025", "från och med 2025", "fr.o.m. år 2025": the first year of a grant. */
const START_YEAR =
  /(?<!\p{L})(?:med\s+start|med\s+början|från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från)\s+(?:år\s+)?((?:19|20)\d\d)(?![\d-])/iu;

/**
 * The period a decision's grant runs: the period its clause names, outside any part of the sum
 * ("varav 1,2 Mkr för 2025"), and stretched over the years the text says it runs ("ett treårigt
 * bidrag … för 2025" is 2025–2027). A grant said to run several years with no years to place
 * them has no period: never one year's.
 */
export function decisionPeriod(text: string): { start: string; end: string } | null {
  const own = text.replace(PART_CLAUSE, (m) => " ".repeat(m.length));
  const period = findPeriod(own);
  const duration = grantDurationYears(own);
  if (duration === null || duration <= 1) return period;
  const startYear = period ? Number(period.start.slice(0, 4)) : Number(START_YEAR.exec(own)?.[1] ?? NaN);
  if (!Number.isFinite(duration) || Number.isNaN(startYear))
    return period && period.start.slice(0, 4) !== period.end.slice(0, 4) ? period : null;
  // A span already as long as the duration stays; a single year is the first of the years it runs.
  if (period && period.start.slice(0, 4) !== period.end.slice(0, 4)) return period;
  return { start: period?.start ?? `${startYear}-01-01`, end: `${startYear + duration - 1}-12-31` };
}

/**
 * Who receives the money or the decision, as written: "Karlskrona kommun", "FINSAM Olofströms
 * individinsats", "Sölvesborgs kommun"; from the title ("Ansökan …, Olofströms kommun",
 * "Skrivelse/ansökan från Plattformen") when the decision does not say.
 */
/** The organisation money is paid out to ("utbetalas till Region Ås", "betalas ut kvartalsvis till Ås kommun"). */
const PAID_TO =
  /\b(?:utbetalas|betalas\s+ut|utbetalning(?:en)?)\s+(?:\p{Ll}+\s+)?till\s+(\p{Lu}[\p{L}-]+s?\s+(?:kommun|stad)|Region\s+\p{Lu}[\p{L}-]+)/u;

/** "bevilja 450 000 kr till Vägen vidare Hästviken för …": the name after the sum, up to "för", "under", a comma or the end. */
const GRANT_TO_NAME =
  /\b(?:bevilja|beviljar|beviljas|beviljades|tilldela|tilldelar|tilldelas)\s+(?:ca\.?\s+)?\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|tkr|mkr|mnkr)\.?\s+till\s+(?:insatsen\s+|projektet\s+)?(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?)(?=\s+(?:för|under|att|med|från)\b|\s*[,.;]|\s*$)/u;
/**
 * "att bevilja 350 000 kr för Kliv för perioden …": the intervention the sum is for, a capitalised name right
 * after "för", then the period, the sentence's end or a clause; never a genitive's noun ("för Åby kommuns del").
 */
const GRANT_FOR_NAME =
  /\b(?:bevilja|beviljar|beviljas|beviljades|tilldela|tilldelar|tilldelas)\s+(?:ca\.?\s+)?\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|tkr|mkr|mnkr)\.?\s+för\s+(?:insatsen\s+|projektet\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?=\s+(?:för|under)\s+(?:perioden|tiden|år|\d)|\s*[.;]|\s*$)/u;
/** "Insatsen Starten i Åby beviljades 720 000 kronor": the intervention granted, named as the sentence's subject. */
const NAME_GRANTED =
  /(?:^|[.:]\s+)(?:[Ii]nsatsen|[Pp]rojektet)\s+(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?)\s+(?:beviljas|beviljades|tilldelas|tilldelades)\s+(?:ca\.?\s+)?\d/u;

/** "… med den ändringen att Unga vuxna framåt beviljas 450 000 kr": the name granted, as the clause's subject after "att". */
const CLAUSE_GRANTED =
  /(?<!\p{L})att\s+(?:insatsen\s+|projektet\s+)?(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?)\s+(?:beviljas|tilldelas)\s+(?:ca\.?\s+)?\d/u;
/** A clause giving the reason ("eftersom Ormsjö kommun bär lokalkostnaden", ", då …"): it names no recipient. */
const REASON_CLAUSE = /(?:,\s*då|(?<!\p{L})(?:eftersom|därför att|med anledning av att))\s[^.;]*/giu;
const NAME_OPENS_GRANT =
  /^(?:§\s*\d{1,3}[a-z]?[.:]?\s+)?(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?)\s+(?:beviljas|beviljades|tilldelas|tilldelades)\s+(?:ca\.?\s+)?\d/u;
const NOT_A_NAME =
  /^(?:ansökan|ansökningen|ärendet|medel|medlen|bidrag|bidraget|beloppet|summan|det|den|detta|förbundet|styrelsen|arbetsutskottet|sökanden|kommunen|regionen)(?!\p{L})/iu;

/**
 * A name that is never a grant's recipient where a decision opens on it or makes it the clause's subject:
 * a federation (its own money, "Samordningsförbundet Ravik tilldelas 3 400 000 kr i statliga medel"), the
 * state paying in, or a role of the board or the office ("Förbundschefen tilldelas …": a mandate). A member
 * agency (Försäkringskassan, Arbetsförmedlingen) may run an intervention and be granted for it: not here.
 */
const NEVER_RECIPIENT =
  /^(?:samordningsförbund\p{L}*|finsamförbund\p{L}*|förbund\p{L}*|staten|regeringen|(?:\d:e\s+|förste\s+|andre\s+)?vice\s+ordförande\p{L}*|ordförande\p{L}*|förbundschef\p{L}*|kansli\p{L}*|sekreterare\p{L}*|revisor\p{L}*|ledamot\p{L}*|ledamöter\p{L}*|ersättare\p{L}*|presidie\p{L}*|presidium|verksamhetsutvecklare\p{L}*|processledare\p{L}*|ekonom\p{L}*|controller\p{L}*|beredningsgrupp\p{L}*)(?!\p{L})/iu;

/** A name read after "för" that is no genitive ("Åby kommuns", "Regionens") nor a word for the money. */
function notGenitive(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  return /s$/u.test(m[1]!) || NOT_A_NAME.test(m[1]!) ? null : m;
}

export function findRecipient(text: string, title: string): string | null {
  const inText =
    /\b(?:beviljar?|tilldelar?|anvisar?|avslår|avslå|återremitterar?)\s+(?:ansökan från\s+)?(Region\s+\p{Lu}[\p{L}-]+|(?:FINSAM\s+)?\p{Lu}[\p{L}-]+(?:s)?(?:\s+(?:kommuns?|stads?|individinsats|län)|\s+\p{Lu}[\p{L}-]+(?=\s+\d))?)/u.exec(
      text,
    );
  if (inText) return inText[1]!.replace(/\s+kommuns$/, " kommun");
  // "att bevilja 450 000 kr till Vägen vidare Hästviken för perioden …", "Insatsen Starten i Åby
  // beviljades 720 000 kronor …": the intervention the sum goes to, named where the grant is.
  // The clause's subject only where its own amount is the text's first (the decision's): "fördela 900 000 kr
  // …, med den ändringen att Steget beviljas 350 000 kr" gives Steget 350 000, never the whole 900 000.
  const clause = CLAUSE_GRANTED.exec(text);
  const clauseOwnsAmount = clause !== null && findAmounts(text.slice(0, clause.index)).length === 0;
  const named =
    GRANT_TO_NAME.exec(text) ??
    NAME_GRANTED.exec(text) ??
    notGenitive(GRANT_FOR_NAME.exec(text)) ??
    (clause && clauseOwnsAmount && !NOT_A_NAME.test(clause[1]!) ? clause : null);
  // The federation, the state or a role granted the sum: no recipient, and no other name in the text is.
  if (named) return NEVER_RECIPIENT.test(named[1]!) ? null : named[1]!;
  // "Steget vidare beviljas 300 000 kr för perioden …" (a decision summary's line): the name the sentence
  // opens on, granted a sum; never a word for the application or the money ("Ansökan beviljas 300 000 kr").
  const opening = NAME_OPENS_GRANT.exec(text);
  if (opening && NEVER_RECIPIENT.test(opening[1]!)) return null;
  if (opening && !NOT_A_NAME.test(opening[1]!)) return opening[1]!;
  const org = /((?:FINSAM\s+)?\p{Lu}[\p{L}-]+s?\s+(?:kommun|stad)|Region\s+\p{Lu}[\p{L}-]+)/u.exec(
    text.replace(REASON_CLAUSE, ""),
  );
  if (org && /bevilja|tilldela|anvisa/.test(text)) return org[1]!;
  // "… 1 350 000 kronor, att betalas ut kvartalsvis till Ås kommun": whoever the money is paid to.
  const paidTo = PAID_TO.exec(text);
  if (paidTo) return paidTo[1]!;
  // "Ansökan – Steget vidare", "Ansökan om fortsatt finansiering – Bryggan": the name after the dash.
  const fromTitle =
    /(?:[Aa]nsökan|[Ss]krivelse)[^,]*?\bfrån\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(title) ??
    /^Ansökan\b[^,]*,\s*(.+)$/.exec(title) ??
    /^Ansökan\b[^,–—]*?\s[–—-]\s+(\p{Lu}[^,;:]*?)\s*$/u.exec(title) ??
    // "Projektmedel – Hälsoväg Ekefors", "Insatsmedel – Steget": the money's word, then the name after the dash.
    /^(?:projektmedel|insatsmedel|utvecklingsmedel|samverkansmedel|medel|finansiering|bidrag)\s+[–—-]\s+(\p{Lu}[^,;:]*?)\s*$/iu.exec(
      title,
    );
  return fromTitle ? fromTitle[1]!.trim() : null;
}

/** The clause that carries the money or the grant: "… 60 000 kr retroaktivt, men ger kansliet …" stops at ", men". */
function grantClause(text: string): string {
  const clauses = text.split(/,\s*(?:men|samt|och ger|ger)\s|;\s|\.\s+(?=\p{Lu})/u);
  return (
    clauses.find((c) => findAmounts(c).length > 0) ??
    clauses.find((c) => /bevilja|tilldela|anvisa|fastställ/i.test(c)) ??
    clauses[0] ??
    ""
  );
}

/**
 * A clause about money that is not the grant: another body's share or a condition ("under
 * förutsättning att kommunen bidrar med 200 000 kr", "Region Ås medfinansiering om 150 000 kr"),
 * or a comparison ("40 000 kr mer än för 2024"). It runs to the next comma, semicolon or full stop.
 */
const NOT_THE_GRANT =
  /(?:\bunder förutsättning|\bförutsatt att|\bpå villkor|\bvillkorat|\bmedfinansier|\bmotfinansier|\begen insats|\b(?:bidrar|bidra|bidrog) med|\b(?:står|stå) för|\bvilket är\b|\bjämfört med|\b(?:mer|mindre) än\b)[^,;]*?(?=[,;]|\.(?!\d)|$)/giu;

/**
 * The text with every clause about money that is not the grant blanked out. A decision's amount
 * and its amounts year by year are read from the same text, one after the other: the last text's
 * answer is kept.
 */
function withoutOtherMoney(text: string): string {
  // Every reader of the masked text looks for an amount in figures: a text without a digit has none
  // either way (most decisions), and the clauses' pattern is tried at every character.
  if (!DIGIT.test(text)) return text;
  if (text !== lastMasked.text) lastMasked = { text, masked: text.replace(NOT_THE_GRANT, (m) => " ".repeat(m.length)) };
  return lastMasked.masked;
}
let lastMasked = { text: "", masked: "" };
const DIGIT = /\d/;

/** "380 000 kr för 2025", "400 000 kr under år 2026": an amount and the one year it is for. */
const AMOUNT_FOR_YEAR = /^\s*(?:för|under)\s+(?:år\s+)?((?:19|20)\d\d)(?![\d-])/iu;

/** The amounts a text gives year by year; empty unless two or more different years are given so. */
function amountsByYear(text: string): Decision["byYear"] {
  const masked = withoutOtherMoney(text);
  const out: Decision["byYear"] = [];
  for (const a of findAmounts(masked)) {
    const y = AMOUNT_FOR_YEAR.exec(masked.slice(a.index + a.raw.length));
    if (y) out.push({ year: Number(y[1]), sek: a.sek, approximate: a.approximate });
  }
  return new Set(out.map((o) => o.year)).size === out.length && out.length >= 2 ? out : [];
}

/** A statement's item named right before an amount: "intäkter om 7 800 tkr", "kostnader på 8 300 tkr". */
const ITEM_BEFORE_AMOUNT =
  /(?<!\p{L})(intäkter\p{L}*|kostnader\p{L}*|resultat\p{L}*|underskott\p{L}*|överskott\p{L}*|eget kapital|egna kapitalet)\s+(?:om|på|till|med)\s+(?:ca\.?\s+|cirka\s+)?$/iu;

/**
 * How many of a statement's items the text gives amounts for ("att fastställa budget för 2025 med
 * intäkter om 7 800 tkr och kostnader om 8 300 tkr"): a budget adopted item by item has no one
 * amount decided, and neither item is a grant.
 */
function statementItemsNamed(masked: string): number {
  const items = new Set<string>();
  for (const a of findAmounts(masked)) {
    const m = ITEM_BEFORE_AMOUNT.exec(masked.slice(Math.max(0, a.index - 40), a.index));
    if (m) items.add(m[1]!.toLowerCase().slice(0, 5));
  }
  return items.size;
}

/** "… 25 000 kr per deltagare", "… 380 000 kr per år", "… per verksamhetsår", "… om året": a rate, not the sum granted. */
const RATE_AFTER =
  /^\s*(?:per|\/|i)\s*(år|året|verksamhetsår\p{L}*|kalenderår\p{L}*|budgetår\p{L}*|helår\p{L}*|månad|månaden|deltagare|person|timme|dag|plats)(?!\p{L})|^\s*(?:årligen|årsvis|om året|varje år|för vart och ett av åren)(?!\p{L})/iu;

/**
 * A yearly rate said after the amount's recipient or purpose: "1,2 Mkr till insatsen Bryggan per år".
 * "fördelat per år enligt ovan" says how the sum is split, not that it is a rate.
 */
const YEARLY_LATER =
  /(?<!\p{L})(?<!(?:fördela|uppdela|redovisa|specificera)\p{L}{0,3}\s)(?:per|\/)\s*(?:år|året|verksamhetsår\p{L}*|kalenderår\p{L}*|budgetår\p{L}*|helår\p{L}*)(?!\p{L})|(?<!\p{L})(?:årligen|årsvis|om året|varje år|för vart och ett av åren)(?!\p{L})/iu;

/**
 * Whether the amount is a rate, and a yearly one: said right after it, or a yearly rate said
 * later in its sentence before another amount ("… 1,2 Mkr till Bryggan per år under 2025–2027").
 */
function rateOf(masked: string, a: { index: number; raw: string }): { yearly: boolean } | null {
  const rest = masked.slice(a.index + a.raw.length);
  const rate = RATE_AFTER.exec(rest);
  if (rate) return { yearly: rate[1] === undefined || /år/i.test(rate[1]) };
  const next = findAmounts(rest)[0]?.index ?? rest.length;
  const sentence = /[;!?]|\.\s+(?=\p{Lu})/u.exec(rest)?.index ?? rest.length;
  return YEARLY_LATER.test(rest.slice(0, Math.min(next, sentence))) ? { yearly: true } : null;
}

/**
 * A yearly rate granted for a span of whole calendar years ("1,2 Mkr per år för 2025–2027"): each
 * year's grant is the rate, one allocation per year. Empty for anything else.
 */
function yearlyRateByYear(text: string, period: { start: string; end: string } | null): Decision["byYear"] {
  if (!period || !period.start.endsWith("-01-01") || !period.end.endsWith("-12-31")) return [];
  const masked = withoutOtherMoney(text);
  const a = findAmounts(masked)[0];
  if (!a || !rateOf(masked, a)?.yearly) return [];
  const [first, last] = [Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))];
  if (last <= first || last - first > 9) return [];
  return Array.from({ length: last - first + 1 }, (_, k) => ({
    year: first + k,
    sek: a.sek,
    approximate: a.approximate,
  }));
}

/**
 * The decision's amount: the first one outside clauses about another body's money or a comparison,
 * and not a rate. A yearly rate is the sum only for a period of one year ("380 000 kr per år under 2025").
 */
export function amountOf(text: string): Decision["amount"] {
  const masked = withoutOtherMoney(text);
  const a = findAmounts(masked)[0];
  if (!a) return null;
  if (statementItemsNamed(masked) > 1) return null;
  // "4,200 000 kr": a number grouped wrongly is no amount at all, and its tail none either.
  if (/\d[,.]$/.test(masked.slice(0, a.index))) return null;
  const rate = rateOf(masked, a);
  if (rate) {
    const period = decisionPeriod(grantClause(text));
    const oneYear = period !== null && period.start.slice(0, 4) === period.end.slice(0, 4);
    if (!rate.yearly || !oneYear) return null;
  }
  return { sek: a.sek, approximate: a.approximate, precision: a.precision };
}

export function categoryOf(
  item: AgendaItem | undefined,
  outcome: string,
  hasDecision: boolean,
  title = item?.title ?? "",
): ItemCategory {
  const header = item?.headerCategory;
  if (header === "information" || header === "decision" || header === "discussion") return header;
  if (/^(information|informationspunkt|rapport|meddelande)/i.test(title)) return "information";
  if (/diskussion|dragning|tema\?/i.test(title)) return "discussion";
  if (!hasDecision || outcome === "noted") return "information";
  return "decision";
}

/** A colon, then two items of a name and an amount of money: a list of grants. */
const LIST_AFTER_COLON =
  /:\s*(?:[-–•*]\s*)?\p{Lu}[^:\d]*\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|tkr|mkr|mnkr)\b[\s,;]*(?:och\s+)?(?:[-–•*]\s*)?\p{Lu}[^:\d]*\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|tkr|mkr|mnkr)\b/u;

/**
 * "… följande insatser för 2025: Bron, Åby kommun: 400 000 kr för 12 deltagare … Ankaret, Region X:
 * 250 000 kr …": a lead naming what follows ("följande", "enligt nedan") and a colon, then two or
 * more names each with an amount, whatever stands between them: the first is no grant of the whole
 * decision's.
 */
const LIST_OF_GRANTS =
  /(?:följande|nedan|nedanstående)[^:.]{0,60}:\s*\p{Lu}[^\d]{0,80}?\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|tkr|mkr|mnkr)\b.*?\s\p{Lu}[^\d]{0,80}?\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|tkr|mkr|mnkr)\b/su;

/** An amendment speaking of time: a part of the year, a month, an end date. */
const AMENDED_TIME =
  /halvår|kvartal|månad|(?<!\p{L})(?:avslutas|upphör|löper ut)(?!\p{L})|(?<!\d)\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)/iu;
/** An amount amended to a rate: "210 000 kr per år", "30 000 kr/månad". */
const AMENDED_RATE = /\d\s*(?:kr|kronor|tkr|mkr|mnkr)\.?\s*(?:per|\/|i)\s*(?:år|månad|mån)(?!\p{L})/iu;
/**
 * The deciding body's "beslutar att …" opening the decision, with a verb that adopts or does what it
 * names ("sammanträda", "anta", "utse", "ge förbundschefen i uppdrag …"): a rejection, a postponement or a
 * hand-over in other words ("att avvisa", "att flytta ärendet", "att ta ställning … vid nästa möte", "att
 * överlämna", "att dra in") is no approval, so any verb not listed stays "other".
 */
const DECIDES_THAT = new RegExp(
  String.raw`^\s*(?:beslut\s*:\s*)?(?:${DECIDING_BODY})\s+(?:beslutar|beslutade|beslöt|har beslutat)\s+att\s+(?:sammanträda|anta|antaga|godkänna|fastställa|bevilja|utse|välja|tillsätta|inrätta|genomföra|införa|starta|delta|medverka|teckna|ingå|underteckna|finansiera|fördela|anställa|ge\s+\p{L}+(?:\s+\p{L}+)?\s+(?:i\s+)?uppdrag|uppdra|uppdrar|arbetsutskottet\s+ska|\p{L}+\s+ska\s+(?:bestå|utgöras|vara))(?!\p{L})`,
  "iu",
);
/**
 * The same decision said in the passive, what is adopted first ("Styrelsen beslutar att förbundets firma
 * tecknas av ordföranden …", "… att Eva Ek utses till sekreterare", "… att delegationsordningen fastställs"):
 * only an adopting verb of the list's, never of nothing ("att inga medel beviljas", "att ingen ledamot utses"), the
 * clause naming no later meeting ("fastställs vid nästa möte") and
 * no other body as the doer ("budgeten fastställs av förbundsstämman": the members' meeting decides, not this board).
 */
const DECIDES_PASSIVE = new RegExp(
  String.raw`^\s*(?:beslut\s*:\s*)?(?:${DECIDING_BODY})\s+(?:beslutar|beslutade|beslöt|har beslutat)\s+att\s+(?!(?:ingen|inget|inga)\s)(?:[\p{L}-]+\s+){1,4}(?:ska\s+)?(?:tecknas|antas|godkänns|fastställs|utses|väljs|beviljas|inrättas|genomförs|införs|tillsätts|finansieras|anställs|undertecknas)(?!\p{L})(?![^.]*(?<!\p{L})(?:nästa|kommande|senare)\s)(?![^.]*?(?<!\p{L})av\s+(?:förbundsstämman|stämman|medlemmarna|medlemsorganisationerna|huvudmännen|parterna|\p{L}*fullmäktige|kommunstyrelsen|regionstyrelsen|\p{L}*nämnden|revisorerna)(?!\p{L}))`,
  "iu",
);
/** The passive verbs by which a decision adopts what it names ("tecknas", "beviljas", "fastställs" …). */
const ADOPTING_PASSIVE =
  "(?:tecknas|antas|godkänns|fastställs|utses|väljs|beviljas|inrättas|genomförs|införs|tillsätts|finansieras|anställs|undertecknas|tilldelas|fördelas|anslås|förlängs)";
/**
 * A one-clause decision that adopts nothing ("beslutar att inga medel beviljas", "… att ingen ny ledamot utses",
 * "… att inget avtal tecknas") or leaves the adopting to another body ("… att budgeten fastställs av
 * förbundsstämman", "… godkänns av kommunfullmäktige"): the verb's "beviljas"/"fastställs" is no approval here.
 */
const ADOPTS_NOTHING = new RegExp(
  String.raw`(?:beslutar|beslutade|beslöt|har beslutat)\s+att\s+(?:ingen|inget|inga)\s+(?:[\p{L}-]+\s+){0,4}(?:ska\s+)?${ADOPTING_PASSIVE}(?!\p{L})`,
  "iu",
);
const OTHER_BODY_ADOPTS = new RegExp(
  String.raw`${ADOPTING_PASSIVE}\s+(?:[^.]{0,40}?\s)?av\s+(?:respektive\s+|varje\s+|alla\s+)?(?:förbundsstämman|stämman|medlemmarna|medlemsorganisationerna|huvudmännen|parterna|\p{L}*fullmäktige|kommunstyrelsen|kommunstyrelserna|regionstyrelsen|revisorerna)(?!\p{L})`,
  "iu",
);
/** One "att" clause only: a decision adopting something else beside it keeps its approval. */
const oneClause = (text: string) => (text.match(/(?<!\p{L})att\s/giu) ?? []).length === 1;
/** Words by which a decision does not adopt, or undoes, what it names. */
const UNDOING =
  /(?<!\p{L})(?:inte|ej|icke|avvakta\p{L}*|avstå\p{L}*|avsluta\p{L}*|avbryt\p{L}*|upphör\p{L}*|säga upp|dra tillbaka|återkalla\p{L}*|senare|återkomma|återkommer)(?!\p{L})/iu;
/** A proposal whose every clause proposes to another body ("att föreslå styrelsen att …"). */
const PROPOSES_ONLY = /^\s*att\s+(?:föreslå|rekommendera|hemställa)(?!\p{L})/iu;

/** A deciding sentence that grants or distributes money: "beslutar att bevilja/fördela", "beviljar", "tilldelas". */
const GRANTS =
  /(?<!\p{L})(?:bevilja|beviljar|beviljas|fördela|fördelar|fördelas|tilldela|tilldelar|tilldelas|anslå|anslår|anslås)(?!\p{L})/iu;

/**
 * The applicant a refusing sentence names: "Bron avslås", "Ansökan från Bron avslås", "Ansökan om
 * förlängning av Steget … avslås", "avslår ansökan från Bron"; null where it names none ("varför
 * ansökan avslås").
 */
const REFUSED_NAME = [
  /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:avslås|avslogs)(?!\p{L})/u,
  /(?<!\p{L})ansökan(?:\s+om\s+[^.,;]{0,60}?)?\s+(?:från|av|för)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/iu,
  /(?<!\p{L})avslå(?:r)?\s+(?:ansökan(?:en)?\s+från\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u,
];
function refusedName(text: string): string | null {
  for (const re of REFUSED_NAME) {
    const m = re.exec(text);
    if (m && !NOT_A_NAME.test(m[1]!)) return m[1]!;
  }
  return null;
}

/**
 * The first sentence grants money now and refuses nothing itself, and a later sentence refuses another
 * applicant: an amount or a named recipient in the first (or the proposal it adopts), never a distribution
 * put off ("fördela … vid sammanträdet i juni"); the refusal names an applicant that is not the first's, never
 * the grant's own refusal ("bevilja Steget … under förutsättning att … varför ansökan avslås").
 */
function grantsFirst(sentences: readonly Sentence[], adopted: string): boolean {
  const first = sentences[0]!.text;
  if (!GRANTS.test(first) || classifyOutcome(first) !== "approved") return false;
  const granted = findRecipient(first, "");
  const grantsNow = amountOf(first) !== null || granted !== null || (adopted !== "" && ADOPTS_PROPOSAL.test(first));
  if (!grantsNow) return false;
  return sentences.slice(1).some((s) => {
    if (classifyOutcome(s.text) !== "rejected") return false;
    const refused = refusedName(s.text);
    return refused !== null && (granted === null || (!granted.includes(refused) && !refused.includes(granted)));
  });
}

function decisionFrom(
  item: AgendaItem | undefined,
  fields: {
    itemRef: string;
    itemNumber: number;
    decisionRef: string | null;
    sentences: Sentence[];
    context: string;
    reservations: string[];
    headingLine: number;
    /** The item's proposal ("Förslag till beslut" and its "att …" clauses), when it has one. */
    proposal?: Sentence[];
    /** The office's proposal told in the item ("Kansliet lämnar följande förslag …"), which "enligt kansliets förslag" adopts. */
    offered?: Sentence[];
    labelled?: boolean;
    /** The decision's sentences with our board named at their start read as "Styrelsen" (`asOwnBoard`). */
    ownBoardText?: string;
    /** The proposal the item tells its named proposer making ("Ordföranden föreslog …"), which the decision adopts by name. */
    toldProposal?: string;
  },
): Decision {
  const proposal = fields.proposal ?? [];
  const decided = fields.sentences.length > 0;
  // Without a decision of the meeting's own, the item records only what it proposes to another body.
  const sentences = decided ? fields.sentences : proposal;
  const text = sentences.map((s) => s.text).join(" ");
  // "Styrelsen beslutar enligt förslaget": the proposal's money, recipient and period are the decision's.
  const source = proposal.length > 0 ? proposal : (fields.offered ?? []);
  const adopted = decided && source.length > 0 && ADOPTS_PROPOSAL.test(text) ? source.map((s) => s.text).join(" ") : "";
  let outcome = !decided && proposal.length > 0 ? "proposed" : text ? classifyOutcome(text) : "other";
  if (outcome === "other" && adopted) outcome = classifyOutcome(adopted);
  // "Beslut: Enligt förslaget." under "Förslag till beslut: Att avslå ansökan": the decision says nothing
  // but that it adopts, so the proposal's outcome is its own (a refusal, a note, a postponement), where
  // the proposal names one outcome and grants nothing beside a refusal.
  if (outcome === "approved" && adopted && classifyOutcome(text.replace(ADOPTS_PROPOSAL_ALL, " ")) === "other") {
    const own = classifyOutcome(adopted);
    if (own !== "other" && own !== "approved" && !(own === "rejected" && GRANTS_TOO.test(adopted))) outcome = own;
  }
  // "att föreslå styrelsen att godkänna årsredovisningen", adopted "enligt förslaget": a working
  // committee's decision to propose to the body that decides, not an approval of its own.
  if (adopted && outcome === "approved" && PROPOSES_ONLY.test(adopted)) outcome = "proposed";
  // "Styrelsen beslutade: Att …" adopts what follows "Att" as written.
  if (outcome === "other" && /^att\s/i.test(text)) outcome = "approved";
  // "Styrelsen beslutar att sammanträda den 20 april …", "… att arbetsutskottet ska bestå av …": the body
  // deciding that something be done, in words no other outcome names, adopts it; never a negation, a
  // waiting, a withdrawal or an ending ("att inte …", "att avvakta", "att avstå", "att avsluta …").
  // "Knapptorps styrelse beslutar att genomföra …" (a joint meeting's board of ours named) reads as "Styrelsen …".
  const bodyText = decided && fields.ownBoardText !== undefined ? fields.ownBoardText : text;
  if (outcome === "other" && (DECIDES_THAT.test(bodyText) || DECIDES_PASSIVE.test(bodyText)) && !UNDOING.test(text))
    outcome = "approved";
  if (outcome === "approved" && oneClause(text) && (ADOPTS_NOTHING.test(text) || OTHER_BODY_ADOPTS.test(text)))
    outcome = "other";
  // "Styrelsen beslutar enligt ordförandens förslag." after "Ordföranden föreslog en månadslön om …": the
  // proposal its maker told in the item is adopted: its outcome where it names one, else approved where it
  // undoes nothing. Its sums stay the proposal's (a salary, a tender), never the decision's amount.
  if (outcome === "other" && decided && fields.toldProposal) {
    const told = classifyOutcome(fields.toldProposal);
    if (told !== "other") outcome = told;
    else if (!UNDOING.test(fields.toldProposal)) outcome = "approved";
  }
  // "Styrelsen beslutar att fördela medel enligt kansliets förslag … Språkvägen avslås …": a grant or a
  // distribution decided in the first sentence, one application refused in a later one; the item is
  // decided as granted, its refused part no outcome of the whole (the first sentence refusing wins).
  // Its money is the first sentence's (or the proposal's), never the refused application's.
  const splitGrant = outcome === "rejected" && decided && sentences.length > 1 && grantsFirst(sentences, adopted);
  if (splitGrant) outcome = "approved";
  const money = splitGrant ? sentences[0]!.text : text;
  // "Styrelsen beviljar följande insatser för 2025: - Steget 1 200 000 kr - Bron 900 000 kr …": a
  // list after the colon gives each recipient's grant; the first is not the decision's amount
  // (its lines are the allocations, and a Totalt line the amount).
  const own = LIST_AFTER_COLON.test(money) || LIST_OF_GRANTS.test(money) ? null : amountOf(money);
  const terms = own || !adopted ? money : adopted;
  // "enligt förslaget med ändringen att beloppet blir 420 000 kr": the amount amended, the proposal's
  // period still holds where the decision names none of its own.
  // Not where the amendment speaks of time itself ("för första halvåret", "avslutas den 30 september"):
  // then the proposal's period is not the grant's.
  const period =
    decisionPeriod(grantClause(terms)) ??
    (adopted && terms !== adopted && !AMENDED_TIME.test(text) ? decisionPeriod(grantClause(adopted)) : null);
  // A grant given year by year has no one amount of its own: each year's is its allocation (a
  // yearly rate over whole years too: "1,2 Mkr per år 2025–2027" is 1,2 Mkr in each).
  const listed = amountsByYear(terms);
  const byYear = listed.length > 0 || DECIDES_NO_MONEY.has(outcome) ? listed : yearlyRateByYear(terms, period);
  return {
    itemRef: fields.itemRef,
    itemNumber: fields.itemNumber,
    decisionRef: fields.decisionRef,
    title: item?.title ?? text.slice(0, 80),
    category: categoryOf(item, outcome, text !== ""),
    outcome,
    text,
    line: sentences[0]?.line ?? fields.headingLine,
    // An item only noted, postponed or referred back decides no money, whatever amounts it names.
    // An amendment to a rate ("beloppet blir 210 000 kr per år") leaves no one amount, never the proposal's.
    amount:
      byYear.length > 0 || DECIDES_NO_MONEY.has(outcome)
        ? null
        : (own ?? (adopted && !AMENDED_RATE.test(text) ? amountOf(adopted) : null)),
    byYear,
    recipient: terms ? findRecipient(terms, item?.title ?? "") : null,
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    reservations: fields.reservations,
    context: fields.context,
    labelled: fields.labelled ?? fields.decisionRef !== null,
  };
}

/** Deciding in the past passive, as an old minute writes its decisions ("godkändes", "utsågs"). */
const PAST_PASSIVE_DECISION =
  /(?<!\p{L})(?:godkändes|utsågs|valdes|fastställdes|beviljades|avslogs|antogs|bordlades)(?!\p{L})/iu;

/** A year or another meeting's item in brackets ("beviljades medel 2026 (§ 34)"): what was decided before. */
const TOLD_OF_BEFORE = /(?<!\d)(?:19|20)\d\d(?!\d)|\(\s*§/u;

/**
 * "Styrelsen beslutade att bevilja Steget 300 000 kr för 2026 vid mötet i december 2025": an earlier
 * meeting's decision recounted in an item's background (a past verb and another meeting named), never
 * this meeting's decision where no marker says so.
 */
const DECIDED_BEFORE =
  /(?<!\p{L})(?:beslutade|beslöt|har beslutat|hade beslutat|godkände|fastställde|beviljade)(?!\p{L})/iu;
const EARLIER_MEETING =
  /(?<!\p{L})(?:(?:vid|på|under)\s+(?:\p{L}+\s+){0,2}(?:möte|mötet|sammanträde|sammanträdet|styrelsemöte|styrelsemötet)\s+(?:i|den)\s|tidigare|förra\s+(?:mötet|sammanträdet))/iu;

/** Attached layout: the decision sentences of each item's own body. */
export function readAttachedDecisions(doc: DocumentText, items: readonly AgendaItem[]): Decision[] {
  return items
    .filter((i) => !i.detached)
    .flatMap((item) => {
      // "Ekhamns styrelse beslutar att …" in a joint meeting's minutes: the other federation's board
      // decides the item, ours nothing of it (`namedBoards.ts`).
      if (anotherBoardDecides(doc, item)) return [];
      const numbered = numberedDecisions(doc, item);
      if (numbered) return numbered;
      const sentences = sentencesOf(doc, item.bodyFrom, item.bodyTo);
      const chosen: Sentence[] = [];
      const proposal = findProposal(doc, item);
      const proposed = (s: Sentence) => proposal !== undefined && s.line >= proposal.from && s.line <= proposal.to;
      // "Beslut:" then "Att …" paragraphs (Insjöriket); otherwise sentences that decide.
      const marker = findMarker(doc, item);
      if (marker !== undefined) {
        // The sentence on a label's own line is the decision whatever its verb: the label says so.
        const inline = !isLabelLine(plainAt(doc, marker));
        underMarker(doc, marker, item.bodyTo).forEach((sentence, k) => {
          // "Ekhamns styrelse beslutar att bevilja …" under the label of a joint meeting: the other
          // federation's board decides that part, never ours, whatever the label heads.
          if (boardOfSentence(doc, sentence.text) === "other") return;
          // "Krokviks styrelse beslutar …", "Styrelserna beslutar …": our board, read as "Styrelsen".
          const s = { ...sentence, text: asOwnBoard(doc, sentence.text) };
          // "Arbetsutskottet föreslår styrelsen att …" under the marker opens with a body too, but proposes.
          // "Arbetsutskottet föreslår styrelsen att avgifterna fastställs …" holds a decision verb, but proposes.
          // The first sentence under a label of its own naming an outcome ("Beslut" / "Ärendet … tas upp
          // vid sammanträdet den 22 april") is the decision, whoever its subject.
          const decides =
            /^att\b/i.test(s.text) ||
            (k === 0 && !inline && classifyOutcome(s.text) !== "other" && !PROPOSAL.test(s.text)) ||
            (isDeciding(s.text, doc) && !PROPOSES.test(s.text)) ||
            ((BODY_ACTS.test(s.text) || (inline && k === 0)) && !PROPOSAL.test(s.text)) ||
            PROPOSES_TO_OWNERS.test(s.text.toLowerCase());
          if (decides && !proposed(s)) chosen.push(sentence);
        });
      }
      // A proposal put to the board ("… föreslås avslås") is not what it decided.
      if (chosen.length === 0)
        for (const s of sentences) {
          if (boardOfSentence(doc, s.text) === "other") continue;
          const text = asOwnBoard(doc, s.text);
          if (
            (isDeciding(text, doc) || toldAfter(text, item.number)) &&
            !PROPOSAL.test(text) &&
            !proposed(s) &&
            !(DECIDED_BEFORE.test(text) && EARLIER_MEETING.test(text))
          )
            chosen.push(s);
        }
      // "Styrelsen föreslår medlemmarna att fastställa …": the board's proposal to the owners is the item's
      // decision only where no sentence of it decides ("Styrelsen beslutar att fastställa budgeten …" first).
      if (chosen.length === 0 && !membersMinutes(doc))
        for (const s of sentences)
          if (BOARD_PROPOSES_TO_OWNERS.test(s.text) && !proposed(s) && boardOfSentence(doc, s.text) !== "other")
            chosen.push(s);
      // "Den utsända dagordningen godkändes.", "Till justerare utsågs Lisbet Norén.": an item's own
      // sentence in the past passive of deciding, where nothing else in it decides.
      if (chosen.length === 0)
        for (const s of sentences)
          if (PAST_PASSIVE_DECISION.test(s.text) && !PROPOSAL.test(s.text) && !TOLD_OF_BEFORE.test(s.text))
            chosen.push(s);
      // "§ 22  Språkväg – beviljad med 350 000 kr (sökt 390 000 kr)": a register's item, its decision a bare
      // participle after the title's dash, with nothing under it that decides.
      if (chosen.length === 0) {
        const registered = registerDecision(item.title);
        if (registered !== undefined) chosen.push({ text: registered, line: item.line, to: item.line });
      }
      const context = sentences.map((s) => s.text).join(" ");
      return decisionFrom(item, {
        itemRef: item.ref,
        itemNumber: item.number,
        decisionRef: null,
        sentences: chosen,
        context: `${item.title} ${context}`,
        reservations: reservationNames(context),
        headingLine: item.line,
        proposal: proposal?.sentences ?? sentences.filter((s) => PROPOSES.test(s.text)),
        offered: offeredProposal(sentences, chosen),
        labelled: marker !== undefined,
        ownBoardText: chosen.map((s) => asOwnBoard(doc, s.text)).join(" "),
        toldProposal: toldProposal(sentences, chosen),
      });
    });
}

/** "Ordföranden föreslog …", "Förbundschefen föreslår …": a role's proposal told as a sentence it opens. */
const TOLD_PROPOSAL = /^([\p{L}-]+)\s+(?:föreslog|föreslår|yrkade|yrkar)(?!\p{L})/iu;
/**
 * The proposal the chosen decision adopts by its maker's name ("enligt ordförandens förslag"), where the item
 * tells exactly one sentence of that maker proposing ("Ordföranden föreslog …"); undefined otherwise.
 */
function toldProposal(sentences: readonly Sentence[], chosen: readonly Sentence[]): string | undefined {
  const named = ADOPTS_NAMED.exec(chosen.map((s) => s.text).join(" "))?.[1]?.toLowerCase();
  if (named === undefined) return undefined;
  const maker = named.replace(/s$/, "");
  const told = sentences.filter((s) => !chosen.includes(s) && TOLD_PROPOSAL.exec(s.text)?.[1]?.toLowerCase() === maker);
  return told.length === 1 ? told[0]!.text : undefined;
}

/**
 * A decision register's bare participles, each as the present passive the outcome words know: "– beviljad
 * med 350 000 kr" is "beviljas med 350 000 kr". "Tillstyrkt" (recommended to the board) decides nothing here.
 */
const REGISTER_PARTICIPLES: Readonly<Record<string, string>> = {
  beviljad: "beviljas",
  beviljat: "beviljas",
  beviljade: "beviljas",
  avslagen: "avslås",
  avslaget: "avslås",
  avslagna: "avslås",
  bordlagd: "bordläggs",
  bordlagt: "bordläggs",
  bordlagda: "bordläggs",
  återremitterad: "återremitteras",
  återremitterat: "återremitteras",
  noterad: "noteras",
  noterat: "noteras",
  antecknad: "antecknas",
  antecknat: "antecknas",
  utsedd: "utses",
  utsedda: "utses",
  godkänd: "godkänns",
  godkänt: "godkänns",
  fastställd: "fastställs",
  fastställt: "fastställs",
};
/** "Title – [a name of up to four words] participle", the participle then the line's end, punctuation or a clause. */
const REGISTER_LINE = new RegExp(
  String.raw`^(.*\S)\s+[–—]\s+((?:\p{Lu}[\p{L}-]*\s+){0,4})(${Object.keys(REGISTER_PARTICIPLES).join("|")})(?=$|[\s.,;(])(.*)$`,
  "iu",
);

/** A register item's title said as its decision ("Språkväg beviljas med 350 000 kr …"), or undefined. */
export function registerDecision(title: string): string | undefined {
  const m = REGISTER_LINE.exec(title.trim());
  if (m === null) return undefined;
  const verb = REGISTER_PARTICIPLES[m[3]!.toLowerCase()]!;
  return `${m[1]} – ${m[2]}${verb}${m[4]}`;
}

/** An item whose sentences name another federation's board deciding, and never ours nor both boards. */
export function anotherBoardDecides(doc: DocumentText, item: AgendaItem): boolean {
  if (!/styrelse|arbetsutskott|direktion|beredningsgrupp/i.test(doc.join(item.bodyFrom, item.bodyTo))) return false;
  let other = false;
  for (const s of sentencesOf(doc, item.bodyFrom, item.bodyTo)) {
    const whose = boardOfSentence(doc, s.text);
    // "Knapptorps styrelse har ingen del i beslutet.": our board named where it decides nothing keeps no
    // part of the other's item; only a sentence of ours that decides does.
    if (whose === "own" || whose === "both") {
      const own = asOwnBoard(doc, s.text);
      if (isDeciding(own, doc) || classifyOutcome(own) !== "other") return false;
    }
    if (whose === "other") other = true;
  }
  return other;
}

/** "Beslut 1.  Styrelsen godkänner …", "Beslut 2: …": one of an item's decisions, numbered in it. */
const NUMBERED_DECISION = /^Beslut\s+(\d{1,2})\s*[.:)]\s+(?=\S)/;
/**
 * "Arbetsutskottets beslut fattas i tre delar:", "Styrelsen beslutar i två delar:": a lead saying the decision
 * that follows is taken in parts, numbered in Roman numerals under it ("(i) … beviljas", "(ii) … avslås").
 */
const DECIDED_IN_PARTS =
  /(?<!\p{L})(?:beslut(?:et)?|beslutar|beslutade)(?!\p{L})[^.]{0,40}?(?<!\p{L})i\s+(?:två|tre|fyra|fem|sex|\d)\s+delar\s*:?\s*$/iu;
/** "(i)   Kompassen … beviljas …", "ii) ansökan … avslås": a part of the decision, its Roman numeral first. */
const ROMAN_PART = /^\(?(i{1,3}|iv|vi{0,3}|ix|x)\)\s+(?=\S)/i;
/** A Roman numeral's value, i to x. */
function romanValue(numeral: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  const digits = [...numeral.toLowerCase()].map((c) => values[c]!);
  return digits.reduce((sum, v, k) => sum + (v < (digits[k + 1] ?? 0) ? -v : v), 0);
}
/** "… reserverar sig mot beslut 2", "mot besluten 1 och 2": the numbered decisions a reservation opposes. */
const AGAINST_NUMBERED = /\bmot\s+beslut(?:en|et)?\s+(\d{1,2}(?:\s*(?:,|och)\s*\d{1,2})*)/i;

/**
 * An item whose decisions are numbered in it ("Beslut 1. … approved", "Beslut 2. … rejected"): each is
 * a decision of its own (`§14:1`, `§14:2`), read from its own lines, so an approval and a rejection in
 * one item are never one decision. A reservation naming the decision it opposes ("mot beslut 2") is
 * that decision's; one naming none is every decision's of the item. A lone "Beslut 1." is numbered
 * too (`§15:1`). Undefined where no numbered decision stands in the item's body, or their numbers
 * do not run 1, 2, 3 …. A decision a lead says is taken in parts ("… fattas i tre delar:"), each part under it
 * opening on its Roman numeral ("(i) … beviljas", "(ii) … avslås"), is numbered so too (`§31:1`, `§31:2`).
 */
function numberedDecisions(doc: DocumentText, item: AgendaItem): Decision[] | undefined {
  const starts: { line: number; number: number }[] = [];
  // Numbered lines under a proposal ("Förslag till beslut", "… föreslår styrelsen att fatta följande
  // beslut:") are what is proposed, never decisions taken: the item is read as any other.
  const proposal = findProposal(doc, item);
  let proposing = false;
  /** Whether a line so far said the decision is taken in parts ("Beslutet fattas i tre delar:"). */
  let inParts = false;
  for (let n = item.bodyFrom; n <= item.bodyTo; n++) {
    const t = plainAt(doc, n);
    if (PROPOSAL_HEADING.test(t) || /föreslår\s+\p{L}+\s+att\s+fatta\s+följande/iu.test(t)) proposing = true;
    if (DECIDED_IN_PARTS.test(t)) inParts = true;
    const m = NUMBERED_DECISION.exec(t);
    const part = inParts && !m ? ROMAN_PART.exec(t) : null;
    if (m || part) {
      if (proposing || (proposal !== undefined && n >= proposal.from && n <= proposal.to)) return undefined;
      starts.push({ line: n, number: m ? Number(m[1]) : romanValue(part![1]!) });
    }
  }
  if (starts.length === 0 || starts.some((st, k) => st.number !== k + 1)) return undefined;
  const body = sentencesOf(doc, item.bodyFrom, item.bodyTo);
  const context = body.map((x) => x.text).join(" ");
  const reservationLines = body.filter((x) => /reserver(?:ade|ar) sig/.test(x.text));
  return starts.map((st, k) => {
    // Its lines: to the next numbered decision, a blank line or a reservation.
    let end = st.line;
    const stop = starts[k + 1]?.line ?? item.bodyTo + 1;
    while (end + 1 < stop && plainAt(doc, end + 1) !== "" && !/reserver(?:ade|ar) sig/.test(plainAt(doc, end + 1)))
      end++;
    const sentences = sentencesOf(doc, st.line, end).map((x, i) =>
      i === 0 ? { ...x, text: x.text.replace(NUMBERED_DECISION, "").replace(ROMAN_PART, "") } : x,
    );
    const reservations = reservationLines.flatMap((r) => {
      const against = AGAINST_NUMBERED.exec(r.text);
      const numbers = against ? (against[1]!.match(/\d{1,2}/g) ?? []).map(Number) : undefined;
      return numbers === undefined || numbers.includes(st.number) ? reservationNames(r.text) : [];
    });
    // "Beslut 1. Styrelsen beslutar enligt förslaget.": the item's proposal is what it adopts.
    const adopts = proposal !== undefined && ADOPTS_PROPOSAL.test(sentences.map((x) => x.text).join(" "));
    return decisionFrom(item, {
      itemRef: itemRef(item.number, st.number),
      itemNumber: item.number,
      decisionRef: null,
      sentences,
      context: `${item.title} ${context}`,
      reservations,
      headingLine: item.line,
      labelled: true,
      ...(adopts ? { proposal: proposal.sentences } : {}),
    });
  });
}

/**
 * The item's proposal: a proposal heading and the list under it (its first sentence, then further
 * ones while they open with "att", a number or a dash), up to a decision marker; or undefined.
 */
function findProposal(
  doc: DocumentText,
  item: AgendaItem,
): { from: number; to: number; sentences: Sentence[] } | undefined {
  let head: number | undefined;
  for (let n = item.bodyFrom; n <= item.bodyTo && head === undefined; n++)
    if (PROPOSAL_HEADING.test(plainAt(doc, n))) head = n;
  if (head === undefined) return runInProposal(doc, item);
  let to = head;
  for (let n = head + 1; n <= item.bodyTo; n++) {
    const t = plainAt(doc, n);
    if (t === "") continue;
    if (isMarker(t)) break;
    // A line that opens a new sentence goes on with the list only as another clause.
    const before = plainAt(doc, n - 1);
    const opens = before === "" || /[.:;]$/.test(before);
    if (n > head + 1 && opens && !PROPOSAL_CLAUSE.test(t)) break;
    to = n;
  }
  if (to === head) return undefined;
  return { from: head, to, sentences: sentencesOf(doc, head + 1, to) };
}

/**
 * "Förslag till styrelsen: att bevilja 360 000 kr för …": the proposal's label run in before its first
 * "att" clause on the same line; the clause (and further "att" clauses under it) proposed, the label cut.
 * Only the label alone before the colon: "Förslag till beslut om … finns i bilaga:" heads nothing.
 */
const PROPOSAL_RUN_IN =
  /^(?:[\p{L}-]+s\s+)?förslag till (?:beslut|[\p{L}-]*styrelsen|direktionen|[\p{L}-]*fullmäktige|medlemmarna)\s*:\s*(?=att\s)/iu;
function runInProposal(
  doc: DocumentText,
  item: AgendaItem,
): { from: number; to: number; sentences: Sentence[] } | undefined {
  for (let n = item.bodyFrom; n <= item.bodyTo; n++) {
    const label = PROPOSAL_RUN_IN.exec(plainAt(doc, n));
    if (!label) continue;
    let to = n;
    while (to + 1 <= item.bodyTo && PROPOSAL_CLAUSE.test(plainAt(doc, to + 1))) to++;
    const [first, ...rest] = sentencesOf(doc, n, to).filter((x) => x.line >= n);
    if (!first) return undefined;
    return {
      from: n,
      to,
      sentences: [{ ...first, text: first.text.replace(/^.*?förslag till [^:]*:\s*/iu, "") }, ...rest],
    };
  }
  return undefined;
}

function findMarker(doc: DocumentText, item: AgendaItem): number | undefined {
  for (let n = item.bodyFrom; n <= item.bodyTo; n++) if (isMarker(plainAt(doc, n))) return n;
  const pointers: number[] = [];
  for (let n = item.bodyFrom; n <= item.bodyTo; n++) if (POINTER.test(plainAt(doc, n))) pointers.push(n);
  return pointers.length === 1 ? pointers[0] : undefined;
}

/**
 * The sentences a decision label heads: those of the lines after a label on its own line; with the
 * decision on the label's line, those from that line on, the label cut from the first, as if the
 * decision stood on a line of its own.
 */
function underMarker(doc: DocumentText, marker: number, to: number): Sentence[] {
  if (isLabelLine(plainAt(doc, marker))) return sentencesOf(doc, marker + 1, to);
  const [first, ...rest] = sentencesOf(doc, marker, to).filter((s) => s.line >= marker);
  if (!first) return [];
  return [{ ...first, text: first.text.replace(INLINE_MARKER, "") }, ...rest];
}

/**
 * Detached layout: decisions after their references, then the procedural decisions of the
 * other items ("Styrelsen godkände dagordningen.") matched to the item whose title shares a
 * word with the sentence. A repeated reference, or an "Att …" paragraph that repeats a known
 * decision, is the same decision; one that repeats it with other words is a finding.
 */
export function readDetachedDecisions(
  doc: DocumentText,
  items: readonly AgendaItem[],
  findings: FindingInput[],
): Decision[] {
  const detached = items.filter((i) => i.detached);
  if (detached.length === 0) return [];
  const from = detached.reduce((m, i) => Math.min(m, i.line), Infinity);
  const itemByNumber = new Map(items.map((i) => [i.number, i]));
  const decisions: Decision[] = [];
  const byRef = new Map<string, Decision>();
  const used = new Set<number>();
  let contextStart = from;
  let pendingReservations: { names: string[]; plural: boolean; number?: number } | undefined;

  for (let n = from; n <= doc.lineCount; n++) {
    const t = plainAt(doc, n);
    if (/reserver(ade|ar) sig/.test(t)) {
      const names = reservationNames(`${plainAt(doc, n - 1)} ${t}`);
      if (names.length) pendingReservations = { names, plural: /besluten\b/.test(t) };
    }
    const ref = DECISION_REF.exec(t);
    if (!ref) continue;
    used.add(n);
    const number = Number(ref[2]);
    const k = itemRef(number, ref[3]);
    // The decision text: the lines after the reference, up to a blank line or the next reference.
    let end = n;
    while (end + 1 <= doc.lineCount && plainAt(doc, end + 1) !== "" && !DECISION_REF.test(plainAt(doc, end + 1))) end++;
    for (let m = n + 1; m <= end; m++) used.add(m);
    const sentences = end > n ? sentencesOf(doc, n + 1, end) : [];
    const existing = byRef.get(k);
    if (existing) {
      const text = sentences.map((s) => s.text).join(" ");
      if (text && text !== existing.text)
        findings.push({
          check_id: "minutes.decision_repeated_differently",
          severity: "warning",
          subject: `decision:${k}`,
          line: n,
          value: existing.text.slice(0, 120),
          other_value: text.slice(0, 120),
          other_line: existing.line,
          message: `${k} is stated twice with different text; the first is kept`,
        });
      continue;
    }
    if (sentences.length === 0) {
      findings.push({
        check_id: "minutes.decision_without_text",
        severity: "warning",
        subject: `decision:${k}`,
        line: n,
        message: `decision reference ${ref[0]} has no text after it`,
      });
    }
    let reservations: string[] = [];
    if (pendingReservations && (pendingReservations.number === undefined || pendingReservations.number === number)) {
      reservations = pendingReservations.names;
      pendingReservations = pendingReservations.plural ? { ...pendingReservations, number } : undefined;
    } else pendingReservations = undefined;
    const context = sentencesOf(doc, contextStart, n - 1)
      .map((s) => s.text)
      .join(" ");
    const d = decisionFrom(itemByNumber.get(number), {
      itemRef: k,
      itemNumber: number,
      decisionRef: `Beslut ${ref[1]} §${ref[2]}:${ref[3]}`,
      sentences,
      context,
      reservations,
      headingLine: n,
    });
    if (!itemByNumber.has(number))
      findings.push({
        check_id: "minutes.decision_without_item",
        severity: "warning",
        subject: `decision:${k}`,
        line: n,
        message: `decision ${d.decisionRef} refers to §${number}, which has no heading in the document`,
      });
    d.category = "decision";
    decisions.push(d);
    byRef.set(k, d);
    contextStart = end + 1;
  }

  // Text outside the referenced decisions: repeats of them, unplaced decisions, procedural ones.
  const unused = sentencesOfUnused(doc, from, used);
  // "Att …" paragraphs without a reference: repeats of known decisions, or decisions we cannot place.
  const known = decisions.map((d) => d.text);
  for (const s of unused) {
    if (!/^Att\b/.test(s.text)) continue;
    if (known.some((k) => k.includes(s.text) || s.text.startsWith(k))) continue;
    findings.push({
      check_id: "minutes.unplaced_decision",
      severity: "warning",
      subject: "decision",
      line: s.line,
      message: `decision text "${s.text.slice(0, 80)}" has no reference and matches no referenced decision`,
    });
  }

  // Procedural decisions of items without a reference.
  const withRef = new Set(decisions.map((d) => d.itemNumber));
  const open = detached.filter((i) => !withRef.has(i.number));
  // By item, not by § number: two headings with one number (§5 and §5#2) must not share sentences.
  const assigned = new Map<AgendaItem, Sentence[]>();
  // Each open item's title stems, indexed by stem: a sentence scores only the items it shares a word with.
  const itemsByStem = new Map<string, number[]>();
  open.forEach((item, k) => {
    for (const w of stems(item.title)) {
      const list = itemsByStem.get(w);
      if (list) list.push(k);
      else itemsByStem.set(w, [k]);
    }
  });
  // A sentence on an open item's own heading line ("§ 24   Informationen noteras." in a closing list of decisions) is that
  // item's, whatever another item with the same words would score.
  const openAtLine = new Map(open.map((item) => [item.line, item]));
  for (const s of unused) {
    if (!isDeciding(s.text, doc) || /^Att\b/.test(s.text)) continue;
    const own = openAtLine.get(s.line);
    if (own) {
      const list = assigned.get(own);
      if (list) list.push(s);
      else assigned.set(own, [s]);
      continue;
    }
    // Score: how many of the title's stems (with repeats) occur in the sentence; the first best item wins.
    const score = new Map<number, number>();
    for (const w of new Set(stems(s.text)))
      for (const k of itemsByStem.get(w) ?? []) score.set(k, (score.get(k) ?? 0) + 1);
    let best: { k: number; score: number } | undefined;
    for (const [k, v] of score) if (!best || v > best.score || (v === best.score && k < best.k)) best = { k, score: v };
    if (best) {
      const item = open[best.k]!;
      const list = assigned.get(item);
      if (list) list.push(s);
      else assigned.set(item, [s]);
    }
  }
  for (const item of open) {
    // A register's heading that carries its decision ("§ 23  Hälsocoach – avslagen (sökt 275 000 kr).") is the
    // decision; notes placed under it later ("Till § 23. …") only tell why.
    const registered = registerDecision(item.title);
    const sentences =
      registered !== undefined ? [{ text: registered, line: item.line, to: item.line }] : (assigned.get(item) ?? []);
    decisions.push(
      decisionFrom(item, {
        itemRef: item.ref,
        itemNumber: item.number,
        decisionRef: null,
        sentences,
        context: item.title,
        reservations: [],
        headingLine: item.line,
      }),
    );
  }
  return decisions;
}

function sentencesOfUnused(doc: DocumentText, from: number, used: Set<number>): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  for (let n = from; n <= doc.lineCount + 1; n++) {
    if (n > doc.lineCount || used.has(n)) {
      if (n - 1 >= start) for (const s of sentencesOf(doc, start, n - 1)) out.push(s);
      start = n + 1;
    }
  }
  return out;
}

const STOP = new Set([
  "och",
  "till",
  "från",
  "med",
  "för",
  "samt",
  "förslag",
  "beslut",
  "ansökan",
  "styrelsen",
  "information",
  "aktuellt",
  "inledning",
  "övriga",
  "frågor",
]);
const LONG_STOP = [...STOP].filter((s) => s.length >= 6);

/** Content words cut to five letters, so "dagordningen" meets "dagordning". */
function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !STOP.has(w) && !LONG_STOP.some((s) => w.startsWith(s)))
    .map((w) => w.slice(0, 5));
}
