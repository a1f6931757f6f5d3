/**
 * A document that declares how its figures are written, then writes them so:
 *
 *   Läsanvisning: siffrorna skrivs på formen utfall 2025 (budget 2025) [utfall 2024].
 *   Belopp anges i tkr.
 *   Inskrivna 122 (130) [109]              the year's 122, its budget 130, last year's 109
 *
 *   Värden inom parentes avser 2024. Siffror inom hakparentes är budget för 2025.
 *   Under året var 143 (131) [150] personer inskrivna …
 *
 *   Varje cell skrivs som utfall/budget för 2025.      97/110 is 97 and its budget 110
 *
 *   ÅRET I KORTHET 2025 (2024)                         a heading naming the bracket's year
 *   • 176 (162) deltagare …
 *
 * Each bracket hides the year's own figure from every reader, and read as a figure of its own it
 * is a budget or another year's. So, only where a legend or reading note declares what a kind of
 * mark holds (round brackets, square brackets, the part after a slash), each such mark after a
 * figure is taken out where it stands (a slash's part blanked space for character, so a table's
 * cells keep their columns) and the figure before it is read as the year's own. A mark the legend
 * does not define is left as written, and so is the line it stands on. Where the note also states
 * the unit of amounts ("Belopp anges i tkr") and an amount stands bare, the unit is written after
 * it, only in a line about money (a statement's word on the line, or under a heading naming money):
 * counts stay counts. A prior year declared by a sentence about round brackets alone that
 * `priorYearParentheses.ts` reads is that step's, which dates them; this step leaves such a document
 * alone. Pure.
 */
import { mayHold } from "./wholeText.ts";
import { priorYearDeclarationIndex } from "./priorYearParentheses.ts";
import { AMOUNT_UNIT_WORD, readUnit, type StatementUnit } from "../../reference/units.ts";

/** What a declared mark holds: the year before's figure or a budget (a target, a plan, a forecast). */
type Meaning = "prior" | "budget";

export interface Notation {
  /** The first line (0-based) the notation holds on: the line after its declaration. */
  from: number;
  /** The last line (0-based, inclusive) it holds on. */
  to: number;
  round?: Meaning;
  square?: Meaning;
  slash?: Meaning;
  /** The unit of amounts the note states, when it states one. */
  unit?: StatementUnit;
  /** Round brackets around an amount standing alone mark it negative ("Negativa belopp anges inom parentes"). */
  negative?: true;
  /** A heading that declares the notation in a bracket, and its text without it. */
  heading?: { line: number; text: string };
}

/** A bracket holding the declaration: "(budget inom parentes)", "(föregående år inom hakparentes)". */
const DECLARATION_BRACKET = /\s*\([^()]*(?:inom|i)\s+(?:hak)?parentes[^()]*\)/iu;

/** The words a legend or reading note opens on, or the verbs it declares a form with. */
const CUE =
  /läsanvisning|teckenförklaring|förklaring|så läser du|(?:anges|skrivs|redovisas|står|visas)\s+(?:som|på formen|i formen)|(?:inom|i)\s+(?:hak)?parentes|(?:inom|i)\s+klammer|hakparentes/iu;
/** A cheap look over the whole text: a word every such note holds (never misses one). */
const FIRST_LOOK =
  /arentes|lammer|sanvisning|örklaring|läser du|formen|(?:ges|ivs|sas|tår) som|tfall ?\/ ?budget|\d \((?:19|20)\d\d\)/iu;

const BUDGET_WORDS = /budget|(?<!\p{L})mål|plan|prognos/iu;
const PRIOR_WORDS = /föregående år|förra året|fjolåret|i fjol|(?<!\p{L})(?:fg|föreg)\.? ?år(?!\p{L})/iu;

/** What a bracket's description in a template ("(budget eller mål 2025)", "[utfall 2024]") says it holds. */
function meaningOf(description: string, reportYear: number | undefined): Meaning | undefined {
  if (BUDGET_WORDS.test(description)) return "budget";
  if (PRIOR_WORDS.test(description)) return "prior";
  // A year alone ("… inom parentes avser 2024"): the year before the report's.
  const year = /(?<!\d)(?:19|20)\d\d(?!\d)/.exec(description)?.[0];
  return year !== undefined && reportYear !== undefined && Number(year) === reportYear - 1 ? "prior" : undefined;
}

/** A template of the form: the year's figure, then its marks described ("utfall 2025 (budget 2025) [utfall 2024]"). */
const TEMPLATE =
  /(?:utfall|värde|siffra|antal|belopp)(?:\s+(?:19|20)\d\d)?\s*(?:(?<r1>\([^()]{3,40}\))\s*(?<s1>\[[^[\]]{3,40}\])?|(?<s2>\[[^[\]]{3,40}\])\s*(?<r2>\([^()]{3,40}\))?)/iu;
/** A sentence declaring one kind of bracket: "Siffror inom hakparentes är budget …", "värden inom parentes avser 2024". */
const SENTENCE_DECLARES = /(?<kind>(?:inom|i)\s+(?:hak)?parentes(?:er)?|(?:inom|i)\s+klammer)\b(?<what>[^.;]{0,60})/giu;
/** The same said the other way: "budget anges inom hakparentes", "föregående år står i parentes", "Budget inom parentes". */
const DECLARED_BEFORE =
  /(?<what>[^.;:]{0,50}?)\s(?:(?:anges|står|visas|redovisas)\s+)?(?<kind>(?:inom|i)\s+(?:hak)?parentes(?:er)?|(?:inom|i)\s+klammer)/giu;
/** "utfall/budget", "utfall / föregående år": the part after a slash declared. */
const SLASH_DECLARES = /utfall\s?\/\s?(?<what>budget|mål|prognos|föregående år|fjolår|(?:19|20)\d\d)/iu;
/** "Negativa belopp anges inom parentes", "tal inom parentes är negativa": a bracket alone is a minus. */
const NEGATIVE_DECLARED =
  /negativa (?:belopp|tal|värden|siffror|resultat)\s+(?:anges|redovisas|visas|står|skrivs)\s+(?:inom|i)\s+parentes|(?:inom|i)\s+parentes\s+(?:anger|är|betyder|avser)\s+negativa/iu;
/** An amount alone in round brackets, no figure before it: "Årets resultat: (176) tkr", "   (1 204)". */
const BRACKETED_AMOUNT = /(?<=^|[\s:])(?<![\d%] ?)\((\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?)\)(?=\s|$|[,.;])/gu;

/** "2025/2024", "2025 / 2024" declared as the form of the figures. */
const SLASH_YEARS = /(?:som|formen|form|anges|visas|redovisas)[:\s]+((?:19|20)\d\d)\s?\/\s?((?:19|20)\d\d)(?!\d)/iu;
/** The unit of amounts a note states: "Belopp anges i tkr", "Alla belopp i tusental kronor (tkr)". */
const AMOUNTS_UNIT = /belopp(?:en)?\b[^.]{0,30}?\bi\s+(?<unit>[\p{L} ()]{2,30})/iu;

/** "ÅRET I KORTHET 2025 (2024)", "Nyckeltal 2025 (2024)": a short line naming the year, the year before in brackets. */
const YEAR_HEADING = /^\s*\D{0,50}?(?<year>(?:19|20)\d\d)\s*\((?<prior>(?:19|20)\d\d)\)\s*:?\s*$/u;

/** The notation a paragraph declares, or undefined when it declares no mark this step reads. */
function declaredIn(paragraph: string, reportYear: number | undefined): Omit<Notation, "from" | "to"> | undefined {
  const out: Omit<Notation, "from" | "to"> = {};
  const t = TEMPLATE.exec(paragraph);
  if (t) {
    const round = t.groups!.r1 ?? t.groups!.r2;
    const square = t.groups!.s1 ?? t.groups!.s2;
    if (round) out.round = meaningOf(round.slice(1, -1), reportYear);
    if (square) out.square = meaningOf(square.slice(1, -1), reportYear);
  }
  for (const re of [SENTENCE_DECLARES, DECLARED_BEFORE]) {
    re.lastIndex = 0;
    for (const m of paragraph.matchAll(re)) {
      const meaning = meaningOf(m.groups!.what!, reportYear);
      if (!meaning) continue;
      const square = /hak|klammer/i.test(m.groups!.kind!);
      if (square) out.square ??= meaning;
      else out.round ??= meaning;
    }
  }
  const slash = SLASH_DECLARES.exec(paragraph);
  if (slash) out.slash = meaningOf(slash.groups!.what!, reportYear);
  // "anges som 2025/2024": the report's year, then the year before after the slash.
  const years = SLASH_YEARS.exec(paragraph);
  if (years && reportYear !== undefined && Number(years[1]) === reportYear && Number(years[2]) === reportYear - 1)
    out.slash ??= "prior";
  for (const k of ["round", "square", "slash"] as const) if (out[k] === undefined) delete out[k];
  if (NEGATIVE_DECLARED.test(paragraph)) out.negative = true;
  if (out.square === undefined && out.slash === undefined && out.round === undefined && !out.negative) return undefined;
  const unit = AMOUNTS_UNIT.exec(paragraph);
  const u = unit ? readUnit(unit.groups!.unit!) : null;
  if (u && u.unit !== "unknown") out.unit = u.unit;
  return out;
}

/** The notations the document declares, in document order; empty when none. */
export function declaredNotations(lines: readonly string[], reportYear?: number): Notation[] {
  if (!mayHold(lines, FIRST_LOOK)) return [];
  const out: Notation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = line.includes("(") ? YEAR_HEADING.exec(line) : null;
    if (heading && Number(heading.groups!.prior) === Number(heading.groups!.year) - 1) {
      if (reportYear !== undefined && Number(heading.groups!.year) !== reportYear) continue;
      // The heading's block: past the blank lines under it, to the next blank line.
      let from = i + 1;
      while (from < lines.length && lines[from]!.trim() === "") from++;
      let to = from;
      while (to + 1 < lines.length && lines[to + 1]!.trim() !== "") to++;
      out.push({ from, to, round: "prior" });
      continue;
    }
    if (!CUE.test(line)) continue;
    // The paragraph of the note: this line and those after it, to a blank line (five lines at most),
    // or to the first line of figures it declares ("Utfall 2025 (budget inom parentes)" over its list).
    let end = i;
    while (
      end + 1 < lines.length &&
      end - i < 4 &&
      lines[end + 1]!.trim() !== "" &&
      !MARKED_FIGURE.test(lines[end + 1]!)
    )
      end++;
    const paragraph = lines.slice(i, end + 1).join(" ");
    const notation = declaredIn(paragraph, reportYear);
    if (!notation) continue;
    // Round brackets alone holding the year before, said the way `priorYearParentheses.ts` reads (it dates them): its.
    if (
      notation.round === "prior" &&
      notation.square === undefined &&
      notation.slash === undefined &&
      priorYearDeclarationIndex(lines) >= 0
    )
      continue;
    // A heading declaring its list's marks in a bracket ("Utfall 2025 (budget inom parentes)"): the
    // bracket is the note's, never the heading's words (a budget's heading would make its list a plan).
    const inBracket = end === i ? DECLARATION_BRACKET.exec(line) : null;
    out.push({
      ...notation,
      from: end + 1,
      to: lines.length - 1,
      ...(inBracket ? { heading: { line: i, text: line.replace(DECLARATION_BRACKET, "").trimEnd() } } : {}),
    });
    i = end;
  }
  return out;
}

const NUM = String.raw`[-−–+]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?: ?%)?`;
/** A figure with the unit it may carry: "9,4 mkr", "410 tkr", "33,3 %". */
const FIGURE = String.raw`${NUM}(?: (?:${AMOUNT_UNIT_WORD}))?`;
/**
 * A figure and the marks after it: "122 (130) [109]", "33,3 % (35 %) [30,0 %]", "6 910 (6 640) tkr",
 * "9,4 mkr (9,5 mkr)".
 */
const MARKED = new RegExp(
  String.raw`(?<=(?:^|[\s(:])${FIGURE})(?<marks>(?: ?(?:\(\s*${FIGURE}\s*\)|\[\s*${FIGURE}\s*\]))+)(?=$|[\s,.;:)]|\p{L})`,
  "giu",
);
/** A line holding a figure with a mark after it. */
const MARKED_FIGURE = /\d(?: ?%| \p{L}{2,6})? ?[([]\s*[-−–+]?\d/u;
/** A figure, a slash and another figure standing as a cell: "97/110", "4 118 500/4 400 000". */
const SLASHED = new RegExp(String.raw`(?<=(?:^|\s)${NUM})\/${NUM}(?=\s{2,}|\s*$|[,;.]\s)`, "gu");
/** A header's cell naming the declared pair ("Utfall/budget", "utfall / budget"): blanked. */
const SLASH_HEADER = /(?<=\s)utfall\s?\/\s?(?:budget|mål|prognos|föregående år)(?=\s|$)/giu;

/** The words of money: a line holding one is about amounts. */
const MONEY =
  /intäkt|kostnad|resultat|kapital|balansomslutning|tillgång|skulder|medlemsbidrag|medlemsavgift|avgift|bidrag|ekonomi|överskott|underskott|summa|omsättning/iu;
/** A bare amount, with no unit after it and nothing but a conjunction, a stop or the line's end next. */
const BARE_AMOUNT =
  /(?<![\d/,.:(-])([-−–]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?)(?![\d/%]|,\d| ?%)(?=\s*(?:$|[,.;)]|\s(?:och|samt|med)\s))/gu;
/** A year, a date's part or a numbered heading's number: never an amount. */
const NOT_AMOUNT = /^(?:19|20)\d\d$/;
/** A heading: a short line of words, maybe numbered ("4  Ekonomi", "Medlemsbidrag 2025"). */
/** A heading dated by its year and the year before in a bracket: "MEDLEMSBIDRAG 2025 [2024]". */
const YEAR_PAIR_HEADING =
  /^\s*\p{Lu}[\p{L} ,–-]{2,40}\s(?:19|20)\d\d\s*(?:\[\s*(?:19|20)\d\d\s*\]|\(\s*(?:19|20)\d\d\s*\))\s*$/u;
const HEADING = /^\s*(?:\d{1,2}\.?\s+)?\p{Lu}[\p{L} ,–-]{2,40}(?:\s(?:19|20)\d\d)?\s*$/u;
const UNIT_WORD: Record<StatementUnit, string> = { kr: "kr", tkr: "tkr", mkr: "mkr" };
/** Two figures a gap of two spaces or more apart: a table's row. */
const TABLE_ROW = /\d\s{2,}[-−–]?\d/u;
/** A unit written after an amount already. */
const HAS_UNIT = /\d\s*(?:kr|kronor|tkr|mkr|mnkr|miljon|tusen|sek|%|procent)/iu;

/**
 * A card's line: a label (a balance day may close it, "Eget kapital 31/12") one space from its one
 * amount. Written "Label: amount unit", so the day is never read as the amount's digits.
 */
const CARD =
  /^(?<label>\s*(?:[-–•*]\s+)?\p{L}(?:[\p{L} ]*\p{L})?(?: \d{1,2}\/\d{1,2})?) (?<amount>[-−–]?\d{1,3}(?: \d{3})*(?:,\d+)?)\s*$/u;

/** The unit written after each bare amount of a line about money. */
function withUnit(line: string, unit: StatementUnit): string {
  // A row of a table laid out in columns (two figures a gap apart) keeps its cells as written: its
  // reader takes the unit from the table's own header or the document's statement of it.
  if (HAS_UNIT.test(line) || TABLE_ROW.test(line)) return line;
  const card = CARD.exec(line);
  if (card) return `${card.groups!.label}: ${card.groups!.amount} ${UNIT_WORD[unit]}`;
  return line.replace(BARE_AMOUNT, (m, n: string, at: number) => {
    if (NOT_AMOUNT.test(n.trim())) return m;
    // A date's day and month ("31/12 905") or a figure glued to a word: not an amount.
    if (/\d\/$/.test(line.slice(0, at))) return m;
    return `${m} ${UNIT_WORD[unit]}`;
  });
}

/** The lines with each declared mark taken out after its figure; undefined when the document declares none. */
export function readDeclaredNotation(lines: readonly string[], reportYear?: number): string[] | undefined {
  const notations = declaredNotations(lines, reportYear);
  if (notations.length === 0) return undefined;
  let out: string[] | undefined;
  for (const n of notations) {
    if (n.heading) {
      out ??= [...lines];
      out[n.heading.line] = n.heading.text;
    }
    let money = false;
    for (let i = n.from; i <= n.to; i++) {
      const line = (out ?? lines)[i]!;
      if (line.trim() === "") continue;
      if (YEAR_PAIR_HEADING.test(line) && (i === 0 || (out ?? lines)[i - 1]!.trim() === "")) {
        money = MONEY.test(line);
        // "MEDLEMSBIDRAG 2025 [2024]": a heading's year with the year before in the declared prior-year
        // mark; the mark taken out, so the heading dates its list by its own year alone.
        const dated = line.replace(
          /\b((?:19|20)\d\d)\s*(\[\s*((?:19|20)\d\d)\s*\]|\(\s*((?:19|20)\d\d)\s*\))/g,
          (m, y: string, mark: string, sq?: string, rd?: string) =>
            (sq !== undefined ? n.square : n.round) === "prior" && Number(sq ?? rd) === Number(y) - 1 ? y : m,
        );
        if (dated !== line) {
          out ??= [...lines];
          out[i] = dated;
        }
        continue;
      }
      if (HEADING.test(line) && (i === 0 || (out ?? lines)[i - 1]!.trim() === "")) {
        money = MONEY.test(line);
        continue;
      }
      let next = line;
      if ((n.round || n.square) && (line.includes("(") || line.includes("["))) {
        next = next.replace(MARKED, (marks: string) => {
          const parts = marks.match(/\([^()]*\)|\[[^[\]]*\]/gu) ?? [];
          // A mark the notation does not define leaves the figure as written.
          const defined = parts.every((p) => (p[0] === "(" ? n.round : n.square) !== undefined);
          return defined ? "" : marks;
        });
      }
      if (n.negative && line.includes("(")) {
        // The minus written where the opening bracket stood, the closing one a space: the amount keeps its right edge.
        next = next.replace(BRACKETED_AMOUNT, (m, amount: string) =>
          /^(?:19|20)\d\d$/.test(amount) ? m : ` -${amount}`,
        );
      }
      if (n.slash && line.includes("/")) {
        next = next.replace(SLASHED, (m) => " ".repeat(m.length)).replace(SLASH_HEADER, (m) => " ".repeat(m.length));
      }
      if (n.unit && (money || MONEY.test(next)) && /\d/.test(next)) next = withUnit(next, n.unit);
      if (next === line) continue;
      out ??= [...lines];
      out[i] = next;
    }
  }
  return out;
}
