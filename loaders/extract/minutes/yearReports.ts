/**
 * Where minutes report a closed year's figures: an item on the federation's annual report or
 * accounts ("Årsredovisning 2024", "Bokslut 2024"), or a paragraph whose heading or first sentence
 * says the year's statistics or accounts are presented ("1. Helårsstatistik 2024", "Förbundschefen
 * redovisade helårsstatistiken för 2024.", "Bokslutet för 2024 visar …"). Such a passage is read by
 * the general prose readers as a report on that year: its participant figures by the figure
 * grammar, its money by the money grammar (`parseMinutesFigures.ts`). Only a year before the
 * meeting's, and never a part of one ("Delårsbokslut", "tertial"), a plan or a budget.
 */
import type { FactInput } from "../../schema/facts.ts";
import { DocumentText, mergeOutputs, type ParseOutput } from "../documentText.ts";
import { parseParticipantTables } from "../general/parseParticipantTables.ts";
import { findNumberWords } from "../general/numberWords.ts";
import { parseProseFigures } from "../general/parseProseFigures.ts";
import { parseStatements } from "../general/parseStatements.ts";
import { dotItemMoney, parseLeaderRows } from "../general/leaderRows.ts";
import { memberAmountLists } from "../general/memberAmountLists.ts";
import { memberOf } from "../general/parseMemberContributions.ts";
import { settleReportedRates } from "../general/reportedRates.ts";
import type { AgendaItem } from "./findAgendaItems.ts";
import { aboutAnotherBody, dropOtherBodies } from "../general/otherBodies.ts";
import { CARD_LINE, plainAt } from "./minutesText.ts";
import { MONEY_BACK, SETS_OR_PLANS } from "./readFeeLists.ts";
import { itemHeadingOf } from "./findAgendaItems.ts";
import { anotherBoardDecides } from "./readDecisions.ts";

export interface YearPassage {
  from: number;
  to: number;
  /** The year the passage reports on. */
  year: number;
  /** A note set apart from its item ("Till § 26. …"): the item it is on, which its facts cite. */
  item?: AgendaItem;
}

/**
 * An item on the federation's own annual report: "Årsredovisning 2024", "Förslag till årsbokslut
 * för 2024", "Årsredovisning och revisionsberättelse 2024". Not a member's ("Region Xs
 * årsredovisning"), nor a budget or a plan.
 */
const ANNUAL_REPORT_ITEM =
  /^(?:(?:förslag till|godkännande av|beslut om|fastställande av)\s+)?(?:årsredovisning|årsbokslut|bokslut)(?:en)?(?:\s+(?:och|samt)\s+\p{L}+)?\s+(?:för\s+(?:år\s+)?)?((?:19|20)\d\d)(?!\d)[^\d]*$/iu;

/**
 * A heading or a sentence presenting a whole year's statistics or accounts: "Helårsstatistik 2024",
 * "redovisade helårsstatistiken för 2024", "Bokslutet för 2024 visar", "Verksamhetsberättelse 2024",
 * "Deltagarstatistik 2024". A word for part of the year ("delårsbokslut", "månadsstatistik") is no whole year.
 */
const YEAR_REPORT =
  /(?<!\p{L})\p{L}*?(?:statistik|bokslut|redovisning|verksamhetsberättelse|revisionsberättelse|ansvarsfrihet|årsrapport|uppföljning)(?:en|et)?\s+(?:för\s+(?:(?:hel)?år(?:et)?\s+)?|över\s+|av\s+helåret\s+|per\s+(?:den\s+)?(?:31\s+)?december\s+)?((?:19|20)\d\d)(?![\d-])/iu;
/**
 * A heading naming the year before the report it quotes, or the year in brief: "Kort om 2025 – ur
 * årsredovisningen", "2025 enligt verksamhetsberättelsen", "Året 2025 i siffror", "2025 i korthet".
 */
const YEAR_FROM_REPORT =
  /(?<![\d-])((?:19|20)\d\d)(?![\d-])(?:.{0,30}?(?<!\p{L})(?:ur|från|enligt)\s+(?:förbundets\s+)?(?:årsredovisning|verksamhetsberättelse|årsbokslut|bokslut)(?:en|et)?(?!\p{L})|\s+i\s+(?:korthet|siffror|sammandrag)(?!\p{L}))/iu;
/**
 * A heading on the federation's year itself: "Förbundets år 2025 – föredragning", "Verksamhetsåret
 * 2025", "Förbundets verksamhetsår 2025". A member's or another body's year is not one (below).
 */
const FEDERATION_YEAR = /(?<!\p{L})(?:förbundets\s+(?:verksamhets)?år|verksamhetsåret)\s+((?:19|20)\d\d)(?![\d-])/iu;
/** A part of the year, a plan, a budget or a forecast: never the year's outcome. */
const NOT_THE_YEAR = /delår|tertial|halvår|kvartal|månad|budget|prognos|verksamhetsplan|\bplan\b|jan\p{L}*\s*[–-]/iu;
/** A heading of a numbered item: "1. Helårsstatistik 2024", "4. Ekonomi"; not a sentence. */
const NUMBERED_HEADING = /^\d{1,2}[.)]\s+\p{Lu}.{0,70}$/u;
/** An appendix's title: "Bilaga 2. Ur årsredovisningen 2024", "Bilaga 1: Helårsstatistik 2024". */
const APPENDIX_HEADING = /^bilaga\s+\d{1,2}[.:]?\s+\p{Lu}.{0,70}$/iu;
const isNumberedHeading = (t: string) => (NUMBERED_HEADING.test(t) || APPENDIX_HEADING.test(t)) && !/[.:,]$/.test(t);

/**
 * A genitive right before the report that names another body ("Region Vassmarks årsredovisning",
 * "kommunens bokslut"): its figures are that body's. The federation's own ("Förbundets") is not one.
 */
const OTHERS_REPORT = /(?<!\p{L})(?:kommunens|regionens|\p{Lu}[\p{L}-]*s)\s+$/u;
const OWN_GENITIVE = /(?:förbundets|styrelsens|kansliets|beredningsgruppens)\s+$/iu;

/**
 * A title or lead naming one intervention or project, or its own year-end: "Bokslut 2025 för Steget", "Projekt
 * Brobygget – bokslut 2025", "redovisar insatsens utfall", "projektets bokslut". Its accounts are that
 * intervention's, never the federation's; the federation named after "för" ("för Samordningsförbundet X",
 * "för förbundet") and all interventions together ("insatsernas") are not one.
 */
const ONE_SUBJECT =
  /(?<!\p{L})(?:(?:[Ii]nsatsen|[Ii]nsatsens|[Pp]rojektet|[Pp]rojektets|[Dd]elprojekt\p{L}*)(?!\p{L})|[Pp]rojekt\s+\p{Lu}|[Pp]rojekt\s*[:–-])|(?<!\p{L})[Ff]ör\s+(?!(?:[Ss]amordningsförbund\p{L}*|[Ff]örbund\p{L}*|[Ff]insam|FINSAM)(?!\p{L}))\p{Lu}[\p{L}-]*(?![\p{L}-])(?!\s+(?:[Ss]amordningsförbund|[Ff]insam))/u;
const namesOneSubject = (text: string) => ONE_SUBJECT.test(text) || /^\s*projekt(?!\p{L})/iu.test(text);

/** Every match of YEAR_REPORT holds one of these and a year: most headings and sentences hold neither. */
const REPORT_CUE =
  /statistik|bokslut|redovisning|berättelse|ansvarsfrihet|uppföljning|årsrapport|korthet|siffror|sammandrag|år(?:et)?\s/i;
const A_YEAR = /(?:19|20)\d\d/;

/** The year a heading or opening sentence reports on, when it is before the meeting's year. */
function reportedYear(text: string, meetingYear: number): number | undefined {
  if (!A_YEAR.test(text) || !REPORT_CUE.test(text)) return undefined;
  const m = YEAR_REPORT.exec(text) ?? YEAR_FROM_REPORT.exec(text) ?? FEDERATION_YEAR.exec(text);
  if (!m || NOT_THE_YEAR.test(text.slice(0, m.index! + m[0].length)) || aboutAnotherBody(text)) return undefined;
  if (namesOneSubject(text)) return undefined;
  const before = text.slice(0, m.index!);
  if (OTHERS_REPORT.test(before) && !OWN_GENITIVE.test(before)) return undefined;
  const year = Number(m[1]);
  return year < meetingYear ? year : undefined;
}

/** The year of the annual report an item is about, if it is about one of the meeting's year or before. */
function annualReportYear(item: AgendaItem | undefined, meetingYear: number): number | undefined {
  const m = item ? ANNUAL_REPORT_ITEM.exec(item.title) : null;
  const year = Number(m?.[1]);
  return m && year <= meetingYear ? year : undefined;
}

/** The first sentence of a text: up to a full stop before a capital letter, or all of it. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s+\p{Lu}|\s*$)/u.exec(text)?.[0] ?? text;

/**
 * "Till § 26. De förtroendevalda revisorerna …": a note on an item set apart from it (a decision register's
 * one-line items, their notes in a block after them), the § its lead names. Not "Till § 26 i förra
 * protokollet": only the lead and its stop or colon.
 */
const NOTE_TO_ITEM = /^(?:till|ad|angående|ang\.|om)\s+§\s*(\d{1,3})\s*[.:]\s+(?=\p{Lu})/iu;

/**
 * The closed year a note on an item reports on: that of the item it names, judged by the item's title as an
 * item of its own is ("Revisorernas granskning av årsredovisningen 2025 – noterad"), or, where the title
 * names none, by the note's first sentence after its lead. Undefined for a note on an item the minutes do
 * not hold, or one titled for one intervention, a member or a part of the year.
 */
function noteYear(
  opening: string,
  items: readonly AgendaItem[],
  meetingYear: number,
): { year: number; item: AgendaItem } | undefined {
  const lead = NOTE_TO_ITEM.exec(opening);
  if (!lead) return undefined;
  const named = items.filter((i) => i.number === Number(lead[1]));
  if (named.length !== 1) return undefined;
  const item = named[0]!;
  const rest = opening.slice(lead[0].length);
  if (namesOneSubject(item.title) || namesOneSubject(firstSentence(rest))) return undefined;
  const year =
    annualReportYear(item, meetingYear) ??
    reportedYear(item.title, meetingYear) ??
    reportedYear(firstSentence(rest), meetingYear);
  return year === undefined ? undefined : { year, item };
}

/** Every passage of the minutes that reports a closed year's figures, in line order. */
export function yearPassages(doc: DocumentText, items: readonly AgendaItem[], meetingYear: number): YearPassage[] {
  const out: YearPassage[] = [];
  // Each line once, without its Markdown: the walks below look at most lines more than once.
  const lines = Array.from({ length: doc.lineCount }, (_, k) => plainAt(doc, k + 1));
  const at = (n: number) => lines[n - 1] ?? "";
  // The first line of an item's body with words: its lead ("Ekonomen redovisar insatsens utfall …").
  const leadOf = (item: AgendaItem) => {
    for (let n = item.line + 1; n <= Math.min(item.bodyTo, item.line + 3); n++) if (at(n).trim() !== "") return at(n);
    return "";
  };
  for (const item of items) {
    const year = annualReportYear(item, meetingYear) ?? reportedYear(item.title, meetingYear);
    // "Bokslut 2025 för Steget", "Projekt Brobygget – bokslut 2025": one intervention's or project's year-end.
    if (year === undefined || item.detached || namesOneSubject(item.title) || namesOneSubject(leadOf(item))) continue;
    out.push({ from: item.line, to: Math.max(item.bodyTo, item.line), year });
  }
  const heading = itemHeadingOf(doc);
  // A heading ("1. Helårsstatistik 2024", or a short line standing alone between blank lines: "Kort
  // om 2025 – ur årsredovisningen") heads the lines up to the next heading.
  const isHeading = (n: number) => isNumberedHeading(at(n)) || standsAlone(n);
  const standsAlone = (n: number) =>
    at(n - 1) === "" && at(n + 1) === "" && at(n).length <= 70 && /^\p{Lu}/u.test(at(n)) && !/[.:,;!?]$/.test(at(n));
  for (let n = 1; n <= doc.lineCount; n++) {
    const head = at(n);
    if (head === "" || !isHeading(n)) continue;
    const year = reportedYear(head, meetingYear);
    if (year === undefined) continue;
    let end = n;
    while (end < doc.lineCount && !isHeading(end + 1) && !heading.test(at(end + 1))) end++;
    while (end > n && at(end) === "") end--;
    out.push({ from: n, to: end, year });
  }
  const covered = (n: number) => out.some((p) => n >= p.from && n <= p.to);
  // Paragraphs: runs of lines between blank ones, each judged by its first sentence.
  for (let n = 1; n <= doc.lineCount; n++) {
    if (at(n) === "") continue;
    let end = n;
    while (end < doc.lineCount && at(end + 1) !== "") end++;
    // The paragraph's text opens under a heading on its first line.
    const first = isNumberedHeading(at(n)) ? n + 1 : n;
    if (!covered(n) && first <= end) {
      const opening = lines.slice(first - 1, Math.min(end, first + MAX_OPENING_LINES - 1)).join(" ");
      const note = noteYear(opening, items, meetingYear);
      const year = note?.year ?? reportedYear(firstSentence(opening), meetingYear);
      if (year !== undefined) {
        // "Förbundschefen redogjorde för årsredovisningen 2025 …" opening an item's first paragraph:
        // the item's next paragraphs ("Förbundets intäkter uppgick till …", the fees it lists) go on
        // presenting that report, up to the item's end or a paragraph on something else. A note set
        // apart from its item ("Till § 26. …") is its own passage.
        const item = note ? undefined : items.find((i) => !i.detached && n >= i.line && n <= i.bodyTo);
        if (item) end = presentationEnd(lines, end, item.bodyTo, year);
        out.push({ from: n, to: end, year, ...(note ? { item: note.item } : {}) });
      }
    }
    n = end;
  }
  // An item another federation's board decides (a joint meeting's "Sävös styrelse beslutar att godkänna
  // årsredovisningen för 2025"): its year is that federation's, never ours.
  const others = items.filter((i) => !i.detached && anotherBoardDecides(doc, i));
  const ours = (p: YearPassage) => !others.some((i) => p.from <= Math.max(i.bodyTo, i.line) && p.to >= i.line);
  return out.filter(ours).sort((a, b) => a.from - b.from);
}

/**
 * The last line of the paragraphs after `end` (up to `itemEnd`) that go on presenting a closed year's
 * report: each names no year but the report's, no plan, budget or part of a year, no member's or other
 * body's own accounts, and no decision of the meeting ("beslutar", "föreslår"); the first that does
 * ends the run, with every paragraph after it.
 */
function presentationEnd(lines: readonly string[], end: number, itemEnd: number, year: number): number {
  let last = end;
  let n = end + 1;
  while (n <= itemEnd) {
    while (n <= itemEnd && (lines[n - 1] ?? "") === "") n++;
    if (n > itemEnd) break;
    let to = n;
    while (to < itemEnd && (lines[to] ?? "") !== "") to++;
    const text = lines.slice(n - 1, to).join(" ");
    const years = (text.match(/(?<![\d-])(?:19|20)\d\d(?![\d-])/g) ?? []).map(Number);
    if (years.some((y) => y !== year) || NOT_THE_YEAR.test(text) || GOES_ELSEWHERE.test(text) || aboutAnotherBody(text))
      break;
    last = to;
    n = to + 1;
  }
  return last;
}
/** A paragraph deciding, proposing or moving on: no longer the report's figures. */
const GOES_ELSEWHERE =
  /(?<!\p{L})(?:beslutar|beslutade|beslut|föreslår|föreslog|förslag\p{L}*|yrkar|yrkade|inför)(?!\p{L})/iu;

/** A paragraph's first sentence is read from its first lines only. */
const MAX_OPENING_LINES = 3;

const SECTION = "minutes_figures";

/** Years, dates and § numbers: numbers that are no figure. */
const NO_FIGURE = /(?<!\d)(?:19|20)\d\d(?:-\d\d-\d\d)?(?!\d)|§\s*\d+(?::\d+)?/g;

/**
 * Whether a passage holds a figure at all (a number that is no year, date or §, or a number word
 * above one): only then is it worth reading, as the grammar's views of a document are costly to build.
 */
function holdsFigure(text: string): boolean {
  return /\d/.test(text.replace(NO_FIGURE, " ")) || findNumberWords(text).some((w) => w.value >= 2);
}

/**
 * The participant figures of each passage, read by the figure grammar as in a report on its
 * year: the rest of the minutes blank, the passage's year the report's. Facts say they come
 * from minutes (`minutes_figures`); a year before the meeting's loses to that year's own report.
 */
export function readYearPassages(doc: DocumentText, passages: readonly YearPassage[]): ParseOutput {
  const outputs: ParseOutput[] = [];
  if (passages.length === 0) return { facts: [], findings: [], coverage: [] };
  for (const year of new Set(passages.map((p) => p.year))) {
    const mine = passages.filter((p) => p.year === year && holdsFigure(doc.join(p.from, p.to)));
    if (mine.length === 0) continue;
    const kept = doc.lines.map((line, i) => (mine.some((p) => i + 1 >= p.from && i + 1 <= p.to) ? line : ""));
    // A card's lines ("Deltagare under 2024: 176 (98 kvinnor, 78 män)" over "Avslutade under 2024: 71")
    // are each a sentence: a full stop closes each line of a run of them in the view.
    const card = (i: number) => CARD_LINE.test((kept[i] ?? "").trim());
    const lines = kept.map((line, i) => (card(i) && (card(i - 1) || card(i + 1)) ? `${line.trimEnd()}.` : line));
    const view = new DocumentText(doc.documentId, lines, year, doc.textSource, undefined, doc.federation);
    // A key-figure table the passage quotes ("Nyckeltal  2025  2024") is read as a report's table is,
    // on the passage's lines as written (a card's full stop would end a row): its year's column, its
    // counts and its money; the prose around it names its exits again.
    const asWritten = new DocumentText(doc.documentId, kept, year, doc.textSource, undefined, doc.federation);
    const tables = parseParticipantTables(asWritten);
    // The members' contributions the passage lists ("Medlemsbidragen för 2025 var 4 300 000 kronor: staten …")
    // are the year's outcome, judged by the lists' identities as in a report on that year; a list of
    // another year, a budget or a proposal in the passage stays unread.
    // A list in words that set, plan or pay back ("Medlemsavgifterna 2025 fastställdes till: …") is no
    // record of what was paid (`readFeeLists.ts`): its lines, and the line over the first, set or plan
    // nothing, and its own lines pay nothing back.
    const listed = /avgift|bidrag|finansiering|betalade/i.test(mine.map((p) => doc.join(p.from, p.to)).join(" "))
      ? memberAmountLists(asWritten, memberOf).facts.filter(
          (f) => f.table === "member_contribution" && f.year === year && f.basis === "actual",
        )
      : [];
    const first = Math.min(...listed.map((f) => f.line));
    const own = [...new Set(listed.map((f) => f.line))].map((n) => plainAt(doc, n));
    const fees =
      [plainAt(doc, first - 1), ...own].some((l) => SETS_OR_PLANS.test(l)) || own.some((l) => MONEY_BACK.test(l))
        ? []
        : listed;
    // "Verksamhetens intäkter 10 640 · Verksamhetens kostnader 10 412" under "(belopp i tkr):": the
    // year's accounts as items on a line, read as a key-figure list's rows, each kept where its sum holds.
    const dotted = mine.map((p) => dotItemMoney(asWritten, p.from, p.to));
    // "Sammandrag (tkr):" over "Verksamhetens intäkter   11 240" rows: the year's accounts in brief, read
    // as a report's key-figure list is (`leaderRows.ts`: in the unit its heading states, each figure kept
    // only where its sum holds); rows a table or a dotted line already gave are not read twice.
    // "Intäkter   9 120   9 120   8 760" under a stacked header "Ack. utfall jan–dec 2025 | Helårsbudget |
    // Ack. utfall jan–dec 2024" and a lead stating its unit: the year's accounts as a statement reads them,
    // only the passage year's outcome kept (its budget and the year before's columns are no report on it).
    const statement = parseStatements(asWritten);
    const accounts = {
      facts: statement.facts.filter(
        (f) =>
          f.table === "finance" &&
          f.year === year &&
          f.basis === "actual" &&
          !tables.facts.some((t) => t.line === f.line),
      ),
      findings: [],
      coverage: [],
    };
    const given = new Set([...tables.facts, ...dotted.flatMap((d) => d.facts), ...accounts.facts].map((f) => f.line));
    const leader = parseLeaderRows(asWritten);
    // Only the accounts: a list of the members' fees stays with the fee readers above, which know
    // a list that sets or plans from one that records what was paid.
    const rows = { ...leader, facts: leader.facts.filter((f) => f.table === "finance" && !given.has(f.line)) };
    // A sentence on another body's or many federations' figures ("Länets samtliga förbund hade
    // tillsammans 1 930 deltagare") is theirs, in minutes as in a report (`otherBodies.ts`).
    const read = settleReportedRates(
      dropOtherBodies(
        view,
        mergeOutputs([
          tables,
          ...dotted,
          accounts,
          rows,
          parseProseFigures(view, [...tables.facts, ...dotted.flatMap((d) => d.facts), ...accounts.facts]),
          { facts: fees, findings: [], coverage: [] },
        ]),
      ),
    );
    outputs.push({
      // Facts quote the document's own line, never the view's full stop.
      facts: read.facts.map((f): FactInput => ({
        ...f,
        ...(f.text === lines[f.line - 1] ? { text: doc.at(f.line) } : {}),
        section: SECTION,
      })),
      findings: read.findings,
      coverage: [],
    });
  }
  const facts = outputs.flatMap((o) => o.facts);
  return {
    facts,
    findings: outputs.flatMap((o) => o.findings),
    // Reported where the passages gave figures: a passage that gives none adds nothing to say.
    coverage:
      facts.length === 0
        ? []
        : [
            {
              section: `${SECTION}:year_reports`,
              status: "parsed",
              line: passages[0]!.from,
              facts: facts.length,
              note: `${passages.length} passages reporting a closed year's statistics or accounts`,
            },
          ],
  };
}
