/**
 * Lists of "label ..... value" rows under a heading, as a typed report sets its key figures:
 *
 *   2. Deltagare                                     3. Ekonomi (tkr)
 *   Avslutade under året ............. 79            Summa intäkter ........ 5 340
 *      till arbete ................... 21            Summa kostnader ....... 5 497
 *      annan orsak ................... 14            Verksamhetens resultat . -157
 *
 * A row set in under another is its part. Each list is read as a one-column table of the report's
 * year (a heading naming a budget, a plan or another year is never read), and every figure is
 * gated by the sum it belongs to:
 * - participants: a row naming a measure (its period words, "under verksamhetsåret", set aside),
 *   the women and men under it only where they add up to it, the destinations under the exits
 *   only where they add up to them, a work-or-studies share waiting for the exits as its base;
 * - money, in the unit the heading states: revenue, costs and the operating result only where
 *   revenue − costs is the operating result, the result where operating result + financial items
 *   give it, and last year's and this year's closing equity where they roll with the result (this
 *   year's alone, where no opening equity is listed, beside a result that holds);
 * - members' fees under a heading naming them: each row a named member, stored only where the
 *   state's half is the region's and the municipalities' together.
 * A list's heading naming the document's own federation ("Nyckeltal 2024   Ekeskog", a comparison
 * column beside it blanked by the reading text) is the federation's; naming anyone else, no one's.
 * A table of contents (page numbers that only go up) is never a list. Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import type { Gender, Measure } from "../../reference/codes.ts";
import {
  DESTINATION_LABEL,
  EXITS_CAPTION,
  genderOfLabel,
  SHARE_LABEL,
  TOTAL_LABEL,
} from "../../reference/rowLabels.ts";
import { statementItem } from "../../reference/statementLabels.ts";
import { implausibleIn, readUnit, UNIT_FACTOR, UNKNOWN_UNIT } from "../../reference/units.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { RULE_LINE, type DocumentText, type ParseOutput } from "../documentText.ts";
import { unreadNumber } from "../findings.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { equityYearOf } from "./equityBalance.ts";
import { destinationRowCategory, exitRowCategory, otherExitRow } from "./exitRowLabel.ts";
import { headingNotTheYear } from "./headingPeriod.ts";
import { unitAbove } from "./decideUnits.ts";
import { pageFurniture } from "./pageFurniture.ts";
import { awaitingRate } from "./reportedRates.ts";
import { CAPTION_NUMBER, ownerOf, scopeByLine } from "./sectionScope.ts";
import { ownFederation, namesFederation } from "./federationNames.ts";
import { memberOf } from "./parseMemberContributions.ts";
import { isListGroupTitle } from "./listGroupTitles.ts";

const SECTION = "general:leader_rows";
/** Three dots at least, or an ellipsis: the quick test before LEADER_ROW. */
const DOTS = /\.\s?\.\s?\.|…/;
/** Indent, label, leader, figure (its minus a hyphen, a Unicode minus or an en dash), and a unit closing the row ("41 %", "5 340 tkr", "79 personer"). */
const LEADER_ROW =
  /^(\s*)(\S.*?[\p{L})\d])\s*(?:(?:\.\s?){3,}|(?:…\s?)+)\s*([-−–+]?\d[\d ]*(?:,\d+)?)\s*(%|procent|kr|tkr|mnkr|mkr|personer|st)?\.?(?:\s*\((\d+)\s+(kvinnor|män),?\s+(?:och\s+)?(\d+)\s+(kvinnor|män)\))?\s*$/iu;
/** Words that say the row counts over the report's period, set aside before the lexicon reads it. */
const PERIOD_WORDS =
  /\s+(?:under|för)\s+(?:verksamhetsåret|året|perioden|räkenskapsåret)$|\s+(?:vid|per)\s+(?:utgången|slutet)\s+av\s+(?:verksamhetsåret|året)$/iu;
/**
 * Words that say the row counts the whole federation ("Deltagare, samtliga insatser", "Deltagare i alla insatser",
 * "Deltagare totalt"), set aside before the lexicon reads it: they name no other measure.
 */
const WHOLE_WORDS =
  /(?:,\s*|\s+(?:i|inom|för)\s+|\s+)(?:samtliga|alla)\s+(?:förbundets\s+)?insatser(?:na)?(?:\s+tillsammans)?$|,?\s+(?:i\s+)?hela\s+förbundet$/iu;
/** A heading over a plan, a budget or a coming year: its rows are not the year's outcome. */
const PLAN_HEADING =
  /budget|prognos|plan(?!\p{L})|kommande år|nästa år|(?<!\p{L})(?:mål|målvärde|målnivå|målsättning|målet)(?!\p{L})/iu;
/** The municipalities' fees together in one row: "Kommunerna tillsammans", "Kommunerna", "Medlemskommunerna". */
const MUNICIPALITIES_TOGETHER = /^(?:medlems)?kommunerna(?:\s+(?:tillsammans|totalt|sammanlagt))?$/i;
/** The state as a members' reader names it: "Staten", "Försäkringskassan och Arbetsförmedlingen", "FK/AF". */
const STATE_NAME = /^(?:staten|försäkringskassan|arbetsförmedlingen|fk|af)\b/i;
const FEES_HEADING = /medlemsavgift|medlemsbidrag|medlemmarnas (?:bidrag|avgifter)|bidrag från medlemmarna/iu;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/**
 * The same row with a wide gap for its leader ("Antal nya deltagare under året        149"), as a
 * printed form or a plain list of key figures sets it; a list of such rows needs three of them. A label may
 * close on a balance date with its year ("Eget kapital 31/12 2025") or without it ("Eget kapital 31/12").
 */
const GAP_ROW =
  /^(\s*)(\S.*?(?:[\p{L})]|(?:dec(?:ember)?\.?|31\/12)\s+(?:19|20)\d\d|(?:19|20)\d\d-12-31|(?<=\p{L}\s+)31\/12))\s{4,}([-−+]?\d{1,3}(?: \d{3})*(?:,\d+)?)\s*(%|procent|kr|tkr|mnkr|mkr|personer|st)?\.?\s*$/iu;
const MIN_GAP_ROWS = 3;
/**
 * A row whose figure carries a plus sign ("Resultat      +0,3"): a result's sign, written because a result
 * may as well be negative. Read only where the label names a result or a surplus and no change, so a column
 * of changes ("Deltagare   +14", "Förändring mot 2024   +0,3") is never read as the figures themselves.
 */
const PLUS_RESULT_LABEL = /(?<!\p{L})(?:\p{L}*resultat|överskott)(?!\p{L})/iu;
const CHANGE_LABEL = /förändring|ökning|minskning|skillnad|avvikelse|jämfört|diff|utveckling|(?<!\p{L})mot(?!\p{L})/iu;
const plusRowRead = (label: string): boolean => PLUS_RESULT_LABEL.test(label) && !CHANGE_LABEL.test(label);
/**
 * A remark in brackets closing a row after a gap: a comparison with its figure ("(budget −300)", "(fg år
 * 6 100)", "(2024: 812)") or the balance's date ("(31 december)", "(31/12)"). Never a share's target
 * ("(mål 40 %)"), which leaves its row as it was.
 */
const TRAILING_REMARK =
  /(?<=\d|\dkr|\d %|\d%|\d kr|\d tkr)\s{2,}\((?:(?:budget|budgeterat|fg\.? år|föregående år|föreg\.? år|(?:19|20)\d\d:?)\s+[-−]?\d[\d ]*(?:,\d+)?(?:\s*(?:kr|tkr|mnkr))?|31 december|31\/12)\)\s*$/iu;
/** A bullet opening a row's label ("  – kvinnor ..... 151", "  - män . . . 94", "• nya"): no part of the label. */
const BULLET = /^[-–•*]\s+(?=\p{L})/u;
/** A remark in brackets closing a row after a gap that relates its figure to another ("(motsvarar 17 % av intäkterna)"). */
const SHARE_REMARK =
  /(?<=\d|\dkr|\d %|\d%|\d kr|\d tkr|\d mnkr)\s{2,}\((?:motsvarar|dvs\.?|d\.v\.s\.|eller)?\s*\d+(?:,\d+)?\s?%\s+av\s+[\p{L} ]+\)\s*$/iu;
/** A row of a block of key figures: words, a wide gap, a figure, whatever follows it. */
const KEY_FIGURE_LINE = /^\s*\p{L}[^\d]*?\S\s{3,}[-−]?\d/u;
/** A wide gap after a row's first word: four spaces or more. */
const WIDE_GAP = /\S {4,}/;
/** `GAP_ROW` with two spaces before the figure (`alignedNarrowRow` decides). */
const NARROW_GAP_ROW = new RegExp(GAP_ROW.source.replace("\\s{4,}", "\\s{2,}"), GAP_ROW.flags);
/** A money unit closing a row's label: "Intäkter, tkr", "Eget kapital (tkr)", "Kostnader i tusen kronor". */
const LABEL_UNIT = /(?:,\s*|\s*\(|\s+i\s+|\s+)(tkr|kkr|mnkr|mkr|kr|kronor|tusen kronor|miljoner kronor)\)?$/iu;
/** The cheap look before GAP_ROW: a row ends on its figure, or on a unit after it. */
const ENDS_ON_FIGURE = /(?:\d|%|kr|procent|personer|st)\.?\s*$/;
/** A row whose figure is a dash or missing, by dots or a wide gap: no figure, but no end of the list. */
const NO_VALUE_ROW = /^\s*\S.*?(?:(?:\.\s?){3,}|\s{4,})(?:[-–—]|uppgift saknas|u\.s\.)\s*$/iu;
/** The cheap look before NO_VALUE_ROW: the line ends on a dash or a word for a missing figure. */
const ENDS_EMPTY = /(?:[-–—]|saknas|u\.s\.)\s*$/i;
/** Women and men of the row above in one row: "kvinnor / män    77 / 67", "K/M ..... 35/29". */
const SLASH_PAIR_ROW =
  /^(\s*)(kvinnor|män|k|m)\s*\/\s*(kvinnor|män|k|m)\s*(?:(?:\.\s?){3,}|\s{2,})\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/iu;
/** A row's label saying it is a part of the row above. */
const PART_LABEL = /^(?:varav|därav|av dem|av dessa)\s/i;
/** Whether a row's label counts the exits ("Avslutade deltagare", "Antal avslutade"). */
const countsExits = (label: string) => bestConcept(label, ["participants"])?.concept.code === "exited";
/** Whether a row's label names one of the statements' items ("Verksamhetens intäkter", "Årets resultat"). */
const namesItem = (label: string) =>
  (statementItem(label, "income_statement") ?? statementItem(label, "balance_sheet")) !== undefined;
/**
 * A row of money the lexicon names no item for, by its noun alone ("Övriga intäkter", "Bidrag från
 * kommunen", "Personalkostnader"): never a count (no participant word), never a share or a budget's row.
 */
const MONEY_NOUN =
  /^(?:övriga|andra|diverse|summa|totala)?\s*\p{L}*(?:intäkter|kostnader|bidrag|avgifter)(?:\s+\p{Ll}+){0,3}$/iu;
const moneyNoun = (label: string) =>
  MONEY_NOUN.test(label.trim()) && !/deltag|person|budget|prognos|andel|procent|%/iu.test(label);
/**
 * Whether every row of a list names one of the statements' items ("Verksamhetens intäkter", "Årets
 * resultat"), or, where three rows at least do and they are most of the list, a money noun ("Övriga
 * intäkter" between "Medlemsbidrag" and "Verksamhetens intäkter").
 */
const allMoney = (rows: readonly Row[]) => {
  if (rows.length < 2) return false;
  const items = rows.filter((r) => namesItem(r.label)).length;
  return (
    items === rows.length ||
    (items >= 3 && items * 2 > rows.length && rows.every((r) => namesItem(r.label) || moneyNoun(r.label)))
  );
};
/** A row saying where some of the exits went: "gick till arbete", "har gått vidare till studier". */
const WENT_TO_LABEL = /^(?:har\s+)?(?:gick|gått)\s+(?:vidare\s+)?till\s+\p{L}/iu;
/** The verb of such a row, before its "till …". */
const WENT_VERB = /^(?:har\s+)?(?:gick|gått)\s+(?:vidare\s+)?(?=till\s)/iu;
/** A part's label without its "varav"/"därav". */
const partOf = (label: string) => label.replace(/^(?:varav|därav)\s+/i, "");

interface Row {
  line: number;
  indent: number;
  label: string;
  value: number;
  percent: boolean;
  /** Kronor per unit where the row states its own ("5 340 tkr"). */
  factor?: number;
  /** The row it is set in under, if any. */
  parent?: Row;
  /** A row set apart by a wide gap, not by dots (`GAP_ROW`). */
  gap?: true;
  /** A bullet opened the label ("  – varav nya"): set in under the row above, a bulleted row is its part. */
  bullet?: true;
  /** Women and men in a bracket after the value ("176 (97 kvinnor, 79 män)"), as written. */
  split?: { gender: Gender; value: number }[];
}

interface List {
  heading: string;
  headingLine: number;
  rows: Row[];
  /** The indent of the statement's group titles set inside the list ("Intäkter", "Kostnader"), if any. */
  groupIndent?: number;
  /** A group's title stood right above the next row. */
  newGroup?: boolean;
}

/** The document's lists of leader rows, each under its heading. */
function listsOf(doc: DocumentText): List[] {
  const contents = pageFurniture(doc).leaders;
  const lists: List[] = [];
  let current: List | undefined;
  // "Resultat (tkr)   −84   (budget −300)", "Eget kapital (tkr)   930   (31 december)": a remark in
  // brackets after the row's figure, set apart by a gap, is no part of the row.
  const rawOf = (n: number) => (doc.lines[n - 1] ?? "").replace(TRAILING_REMARK, "").replace(SHARE_REMARK, "");
  const rowAt = (n: number, raw: string) => {
    const m = rowOf(n, raw);
    return m && m[3]!.startsWith("+") && !plusRowRead(m[2]!) ? null : m;
  };
  const rowOf = (n: number, raw: string) =>
    DOTS.test(raw)
      ? contents.has(n)
        ? null
        : LEADER_ROW.exec(raw)
      : raw.includes("  ") && !raw.includes("\t") && ENDS_ON_FIGURE.test(raw)
        ? WIDE_GAP.test(raw)
          ? GAP_ROW.exec(raw)
          : alignedNarrowRow(doc, n, raw)
        : null;
  const isRow = (n: number) => rowAt(n, rawOf(n)) !== null;
  for (let n = 1; n <= doc.lineCount; n++) {
    const raw = rawOf(n);
    const m = rowAt(n, raw);
    // "kvinnor / män ..... 77 / 67" set in under a count: that count's women and men, as a bracket gives them.
    const pair = !m && current && raw.includes("/") ? SLASH_PAIR_ROW.exec(raw) : null;
    if (pair) {
      const top = current!.rows.filter((r) => r.parent === undefined).at(-1);
      const [g1, g2] = [genderOfLabel(pair[2]!), genderOfLabel(pair[3]!)];
      if (top && !top.split && pair[1]!.length > top.indent && g1 && g2 && g1 !== g2 && g1 !== "all" && g2 !== "all") {
        top.split = [
          { gender: g1, value: Number(pair[4]) },
          { gender: g2, value: Number(pair[5]) },
        ];
        continue;
      }
    }
    if (!m) {
      // "Kostnader" between the revenue's rows and the costs' rows set in under it: a group's title, no end of the list.
      if (current && current.rows.length > 0 && isListGroupTitle(doc, n, isRow)) {
        current.groupIndent = raw.search(/\S/);
        current.newGroup = true;
        continue;
      }
      // "varav annan könstillhörighet / uppgift saknas    –": a row left empty goes on with its list.
      if (!(current && ENDS_EMPTY.test(raw) && NO_VALUE_ROW.test(raw))) current = undefined;
      continue;
    }
    // A minus set as a Unicode minus or, after a leader, an en dash ("Årets resultat ...... –135").
    const value = parseSwedishNumber(m[3]!.replace(/[\u2212\u2013]/g, "-").replace(/^\+/, ""));
    if (value === null) {
      current = undefined;
      continue;
    }
    if (!current) {
      // The heading: the nearest line above with words and no figure, a blank line or a rule between at most.
      // Rows of a block of key figures another reader reads ("Avslutade   73, varav 17 till arbete",
      // "Till arbete/studier   36 % (mål 40 %)") right above are no heading: the block's title above them is.
      let top = n;
      while (top > 1 && n - top < 8 && KEY_FIGURE_LINE.test(doc.lines[top - 2] ?? "")) top--;
      const above = [top - 1, top - 2, top - 3].find((k) => k >= 1 && doc.at(k) !== "" && !RULE_LINE.test(doc.at(k)));
      // A group of rows one blank line under the last row of a list before it (a box of key figures
      // grouped by blank lines under one title): that list's heading is this group's too.
      const before = lists.at(-1);
      if (above !== undefined && before && before.rows.at(-1)!.line === above && doc.at(above + 1) === "") {
        current = { heading: before.heading, headingLine: before.headingLine, rows: [] };
        lists.push(current);
      } else {
        if (above === undefined || /\d{3}|\.{3}/.test(doc.at(above).replace(YEAR, ""))) continue;
        // "EKONOMI (tusental kronor)" / "Intäkter" / rows set in: the group's title opens the list under the
        // chapter's heading right above it, whose unit and words are the list's.
        const chapter = above > 1 && isListGroupTitle(doc, above, isRow) ? above - 1 : undefined;
        const heading =
          chapter !== undefined &&
          doc.at(chapter).trim() !== "" &&
          !RULE_LINE.test(doc.at(chapter)) &&
          doc.at(chapter).trim().length <= 60 &&
          !/\d{3}|\.{3}/.test(doc.at(chapter).replace(YEAR, ""))
            ? chapter
            : undefined;
        current =
          heading === undefined
            ? { heading: doc.at(above), headingLine: above, rows: [] }
            : {
                heading: doc.at(heading),
                headingLine: heading,
                rows: [],
                groupIndent: (doc.lines[above - 1] ?? "").search(/\S/),
              };
        lists.push(current);
      }
    }
    const indent = m[1]!.length;
    // "HELA FÖRBUNDET" / "  Medlemsbidrag" / "    Region X ..... 2 200 000 kr" / "  Intäkter totalt ..... 8 800 000 kr":
    // a row set out again at the set-in title's own indent ends that title's list; the rest are the outer heading's.
    const titleIndent = (doc.lines[current.headingLine - 1] ?? "").search(/\S/);
    // A row at its groups' titles' indent ("4.3 Verksamhetens resultat" after "4.2 Kostnader") is theirs, the list's.
    if (
      current.rows.length > 0 &&
      titleIndent > 0 &&
      indent <= titleIndent &&
      indent < current.rows[0]!.indent &&
      indent !== current.groupIndent
    ) {
      const outer = outerHeading(doc, current.headingLine);
      if (outer === undefined) {
        current = undefined;
        continue;
      }
      current = { heading: doc.at(outer), headingLine: outer, rows: [] };
      lists.push(current);
    }
    // A row after a group's title is no part of the group before it.
    const top = current.newGroup ? undefined : current.rows.filter((r) => r.parent === undefined).at(-1);
    current.newGroup = false;
    const closing = m[4]?.toLowerCase();
    // "Verksamhetens intäkter, tkr ..... 6 840": a unit closing the label is the row's, as after its figure.
    const labelUnit = closing === undefined ? LABEL_UNIT.exec(m[2]!.trim()) : null;
    const money =
      closing !== undefined && /kr$/.test(closing) ? readUnit(closing) : labelUnit ? readUnit(labelUnit[1]!) : null;
    const row: Row = {
      line: n,
      indent,
      label: (labelUnit && money ? m[2]!.trim().slice(0, labelUnit.index) : m[2]!.trim()).replace(BULLET, ""),
      ...(BULLET.test(m[2]!.trim()) ? { bullet: true as const } : {}),
      value,
      percent: closing === "%" || closing === "procent",
      ...(DOTS.test(raw) ? {} : { gap: true as const }),
      ...(money && money.unit !== UNKNOWN_UNIT ? { factor: UNIT_FACTOR[money.unit] } : {}),
      ...(m[5] && genderOfLabel(m[6]!) !== genderOfLabel(m[8]!)
        ? {
            split: [
              { gender: genderOfLabel(m[6]!)!, value: Number(m[5]) },
              { gender: genderOfLabel(m[8]!)!, value: Number(m[7]) },
            ],
          }
        : {}),
    };
    // Set in under the row above, or said to be its part ("varav kvinnor", "därav män") at its indent;
    // a destination ("Till arbete", "Till studier") at the exits' indent under them is theirs too.
    if (
      top &&
      (indent > top.indent ||
        (indent === top.indent &&
          (PART_LABEL.test(row.label) ||
            // "Inskrivna under året   197" / "– kvinnor   104": a bulleted row under an unbulleted one is its part.
            (row.bullet === true && top.bullet !== true) ||
            (DESTINATION_LABEL.test(row.label) &&
              !row.percent &&
              !SHARE_LABEL.test(row.label) &&
              countsExits(top.label)))))
    )
      row.parent = top;
    current.rows.push(row);
  }
  // A few lines with a wide gap before a figure are as often a stray table's rows: three make a list.
  return lists.filter((l) => l.rows.some((r) => !r.gap) || l.rows.length >= MIN_GAP_ROWS);
}

/**
 * A row whose long label leaves only two spaces before its figure ("Försäkringskassan och
 * Arbetsförmedlingen  4 400 000 kr"): a row of the list only where its figure ends where the
 * figure of the row right above or below it ends, that row a row with a wide gap.
 */
function alignedNarrowRow(doc: DocumentText, n: number, raw: string): RegExpExecArray | null {
  const m = NARROW_GAP_ROW.exec(raw);
  if (!m) return null;
  const end = raw.trimEnd().length;
  // Where its figure starts: a table of two columns set out left-aligned ("Resultat (kr)        237 600" over
  // "Eget kapital 31 dec (kr)   1 384 900", the longest label leaving the narrowest gap) aligns figures by their start.
  const start = raw.lastIndexOf(m[3]!);
  const aligned = (k: number) => {
    const other = (doc.lines[k - 1] ?? "").replace(TRAILING_REMARK, "");
    if (!WIDE_GAP.test(other) || !GAP_ROW.test(other)) return false;
    return other.trimEnd().length === end || (/\S {3}\S/.test(raw) && figureStart(other) === start);
  };
  if ((n > 1 && aligned(n - 1)) || (n < doc.lineCount && aligned(n + 1))) return m;
  // The longest label leaving a gap of two ("Eget kapital  3,1" under "Resultat      0,3"): its figure starts
  // where the figures of the two rows next to it on one side start, a column of three set out left-aligned, and
  // figures of another width stand there (a row of the same width out of line at its end is out of line).
  const startsAt = (k: number) => k >= 1 && k <= doc.lineCount && figureStart(doc.lines[k - 1] ?? "") === start;
  const otherWidth = (k: number) => (GAP_ROW.exec(doc.lines[k - 1] ?? "")?.[3] ?? m[3]!).length !== m[3]!.length;
  const column = (a: number, b: number) => startsAt(a) && startsAt(b) && (otherWidth(a) || otherWidth(b));
  return column(n - 1, n - 2) || column(n + 1, n + 2) ? m : null;
}

/** Where a wide-gap row's figure starts; -1 for no such row. */
function figureStart(line: string): number {
  const g = GAP_ROW.exec(line);
  return g ? line.lastIndexOf(g[3]!) : -1;
}

/** The heading set out to the margin above a set-in title (within 30 lines): words, no figure of three digits. */
function outerHeading(doc: DocumentText, title: number): number | undefined {
  for (let k = title - 1; k >= Math.max(1, title - 30); k--) {
    const raw = doc.lines[k - 1] ?? "";
    if (raw.trim() === "" || /^\s/.test(raw)) continue;
    return /\d{3}|\.{3}/.test(doc.at(k).replace(YEAR, "")) ? undefined : k;
  }
  return undefined;
}

/** A date ("2026-02-06", the day a later board adopted the report): no year the list is about. */
const DATE_IN_YEAR = /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/g;
/** A balance date's year ("Eget kapital 2025-12-31", "IB 2025-01-01") is the list's; any other date names none. */
const yearOfBalanceDate = (_: string, year: string, month: string, day: string) =>
  (month === "12" && day === "31") || (month === "01" && day === "01") ? year : " ";

/** The years a row's label names, a balance date read as its year. */
const labelYears = (label: string): number[] =>
  [...label.replace(DATE_IN_YEAR, yearOfBalanceDate).matchAll(YEAR)].map((m) => Number(m[0]));

/**
 * A list whose rows each name their own year ("Intäkter 2025 ..... 9 880", "Eget kapital 31 dec 2025 ..... 2 905",
 * then "Budget 2026, intäkter ..... 10 100"): the rows naming the report's year alone are the list, the rows
 * naming another year, or a budget or a plan, are set aside unread. Only where two rows at least name the
 * report's year and nothing else, every row names a year, and the heading names no other year nor a plan;
 * any other list is as written (its years decide it whole). Undefined where no row is left.
 */
function ownYearRows(
  list: List,
  year: number,
  asRead: (label: string) => string,
  unread: (line: number, message: string) => void,
): List | undefined {
  const other = (r: Row) => labelYears(asRead(r.label)).some((y) => y !== year) || PLAN_HEADING.test(r.label);
  const own = list.rows.filter((r) => !other(r) && labelYears(asRead(r.label)).includes(year));
  if (
    own.length < 2 ||
    own.length === list.rows.length ||
    PLAN_HEADING.test(list.heading) ||
    labelYears(list.heading).some((y) => y !== year) ||
    list.rows.some((r) => r.parent !== undefined || labelYears(asRead(r.label)).length === 0)
  )
    return list;
  for (const r of list.rows)
    if (other(r)) unread(r.line, "a leader row naming another year than the report's, or a budget; not stored");
  return { ...list, rows: own };
}

export function parseLeaderRows(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const awaiting: FactInput[] = [];
  const findings: FindingInput[] = [];
  const unread = (line: number, message: string) =>
    findings.push(unreadNumber({ subject: SECTION, line, value: doc.at(line), message }));
  let federationListEnd: number | undefined;
  /**
   * Whose a list is, asked once per list: null for the federation's, an intervention's name, or
   * "unclear". A list whose heading stands right under the federation's list before it goes on about
   * the same participants ("Antal avslutade ..... 131" / "Avslutade fördelade efter vad de gick vidare till").
   */
  const owners = new Map<List, string | null>();
  const ownerOfList = (list: List): string | null => {
    const known = owners.get(list);
    if (known !== undefined) return known;
    const goesOn =
      federationListEnd !== undefined && list.headingLine === federationListEnd + 1 && namesNoGroup(list.heading);
    const owner =
      goesOn || namesOwnFederation(doc, list.heading) || formPartOfOurs(doc, list) || rowsSayOurs(list)
        ? null
        : namesSomeone(list.heading)
          ? "unclear"
          : ownerOf(doc, scopeByLine(doc)[list.headingLine - 1]!, list.rows[0]!.line, list.rows.at(-1)!.line);
    if (owner === null) federationListEnd = list.rows.at(-1)!.line;
    owners.set(list, owner);
    return owner;
  };
  /** Counts are the federation's only where the list is placed as the federation's. */
  const federationsCounts = (list: List): boolean => {
    if (ownerOfList(list) === null) return true;
    unread(
      list.rows[0]!.line,
      "a list of leader rows that is not the federation's (an intervention's, or whose is unclear); not stored",
    );
    return false;
  };
  /**
   * Money lists and whether a section or heading places them as the federation's. An intervention's
   * list (its section, or a heading naming someone) is refused: an intervention's "Intäkter ..... 2 240
   * 000" adds up as the federation's does. A list no section places ("3. Ekonomi (tkr)") is kept
   * only where it is the document's one list of money that adds up: beside another, whose is which
   * is unclear.
   */
  const moneyLists: { placed: boolean; line: number; facts: FactInput[]; at: number }[] = [];
  const readMoney = (list: List, rows: readonly Row[], factor: number) => {
    const owner = ownerOfList(list);
    // "Ekonomi (tkr)" set inside an intervention's section: a report's section word leaves the
    // heading unplaced, yet the section it stands in is the intervention's (a numbered heading
    // opens a section of its own).
    const within = list.headingLine > 1 ? scopeByLine(doc)[list.headingLine - 2]! : undefined;
    const inIntervention = within?.kind === "intervention" && !/^\s*\d/.test(list.heading);
    if (owner !== null && (owner !== "unclear" || namesSomeone(list.heading) || inIntervention)) {
      unread(list.rows[0]!.line, "a money list under an intervention's heading or section; not stored");
      return;
    }
    moneyLists.push({
      placed: owner === null,
      line: list.rows[0]!.line,
      facts: moneyFacts(doc, rows, factor, unread),
      at: facts.length,
    });
  };
  for (const written of listsOf(doc)) {
    // "Eget kapital 31 december 2023": last year's closing equity is this year's opening, no other year's list.
    const lastYearsEquity = (label: string) =>
      equityYearOf(label, doc.periodYear) === doc.periodYear - 1 ? label.replace(YEAR, " ") : label;
    const list = ownYearRows(written, doc.periodYear, lastYearsEquity, unread);
    if (!list) continue;
    const first = list.rows[0]!.line;
    const named = [
      ...`${list.heading} ${list.rows.map((r) => lastYearsEquity(r.label)).join(" ")}`
        .replace(DATE_IN_YEAR, yearOfBalanceDate)
        .matchAll(YEAR),
    ].map((m) => Number(m[0]));
    const notTheYear = PLAN_HEADING.test(list.heading)
      ? `under the heading "${list.heading}": a budget, a plan or a coming year`
      : named.some((y) => y !== doc.periodYear)
        ? "it names another year than the report's"
        : headingNotTheYear(doc, first);
    if (notTheYear) {
      unread(first, `a list of leader rows: ${notTheYear}; not stored`);
      continue;
    }
    const unit = readUnit(list.heading);
    // The heading's unit, else the one every row that states a unit states ("5 340 tkr"), else, for a
    // list of money alone (every row a statement's item, or a fees list), the unit a line above states
    // for the tables below it ("Belopp i tkr.", `decideUnits.ts`).
    const rowFactors = new Set(list.rows.flatMap((r) => (r.factor ? [r.factor] : [])));
    const above =
      !unit && rowFactors.size === 0 && (FEES_HEADING.test(list.heading) || allMoney(list.rows))
        ? unitAbove(doc, list.headingLine)
        : null;
    // No unit stated anywhere over a list of money alone whose figures no federation could have in
    // thousands ("Intäkter   11 240 000", "Kostnader   11 872 000"): kronor, as a statement stating no
    // unit is read (`decideUnits.ts`); the list's sums still decide what is stored.
    const bareKronor =
      !unit &&
      rowFactors.size === 0 &&
      above === null &&
      allMoney(list.rows) &&
      implausibleIn(
        list.rows.map((r) => r.value),
        "tkr",
      );
    const factor =
      unit && unit.unit !== UNKNOWN_UNIT
        ? UNIT_FACTOR[unit.unit]
        : rowFactors.size === 1 && !unit
          ? [...rowFactors][0]
          : above && above.unit !== UNKNOWN_UNIT
            ? UNIT_FACTOR[above.unit]
            : bareKronor
              ? UNIT_FACTOR.kr
              : undefined;
    // Key figures of both kinds under one heading with no unit ("Intäkter ..... 8 562 314 kr" over
    // "Avslutade ..... 81"): the rows stating money are read as money, the rest as counts.
    const mixed =
      !unit && !above && !bareKronor && factor !== undefined && list.rows.some((r) => !r.factor && !r.parent);
    if (FEES_HEADING.test(list.heading)) {
      if (factor === undefined) unread(first, "a list of members' fees in no stated unit; not stored");
      else facts.push(...feeFacts(doc, list.rows, factor, unread));
    } else if (factor !== undefined && !mixed) {
      readMoney(list, list.rows, factor);
    } else {
      if (mixed)
        readMoney(
          list,
          list.rows.filter((r) => r.factor),
          factor,
        );
      const countRows = mixed ? list.rows.filter((r) => !r.factor && !r.parent?.factor) : list.rows;
      // "Avslutade kvinnor, vart de gick": one gender's counts, never everyone's. A heading set in
      // cells apart by wide gaps over rows set apart by gaps is a table's column header, not a list's.
      if (ONE_GENDER.test(list.heading) && !BOTH_GENDERS.test(list.heading)) {
        unread(first, "a list of leader rows under a heading naming one gender; not stored");
        continue;
      }
      if (list.rows.every((r) => r.gap) && /\S\s{3,}\S/.test(list.heading.trim())) continue;
      if (!federationsCounts(list)) continue;
      countFacts(doc, list.heading, countRows, facts, awaiting, unread);
    }
  }
  // Each kept list's facts go where the list stood among the others (last first, so the places hold).
  const adding = moneyLists.filter((m) => m.facts.length > 0);
  for (const m of [...adding].reverse())
    if (m.placed || adding.length === 1) facts.splice(m.at, 0, ...m.facts);
    else unread(m.line, "a money list no section places, beside another list of money: whose is unclear; not stored");
  return { facts, findings, awaiting, coverage: [] };
}

/** A heading naming one gender's participants. */
const ONE_GENDER = /(?<!\p{L})(?:kvinnor|kvinnorna|män|männen|flickor|pojkar)(?!\p{L})/iu;
const BOTH_GENDERS =
  /(?<!\p{L})kvinnor\p{L}*\s+(?:och|resp\.?|respektive|\/)\s+män|(?<!\p{L})män\p{L}*\s+(?:och|resp\.?|respektive|\/)\s+kvinnor/iu;

/**
 * A list whose own rows say they are the federation's ("Förbundets intäkter 2025 ..... 9 864 000 kr"),
 * under a heading naming no one: the federation's list, its counts too. Never where a row names an
 * intervention, a project or a member ("Projektets kostnader", "Kommunens bidrag").
 */
const rowsSayOurs = (list: List) =>
  !namesSomeone(list.heading) &&
  list.rows.some((r) => /^förbundets\s/iu.test(r.label)) &&
  !list.rows.some(
    (r) =>
      /^(?:projekt|insats|kommun|region|verksamhet)\p{L}*s\s/iu.test(r.label) && !/^verksamhetens\s/iu.test(r.label),
  );

/**
 * A heading that names no one and no group: no name (no capital past its first letter) and no
 * gender ("Avslutade deltagare fördelade efter vad de gick vidare till"). Only such a heading right
 * under the federation's list goes on about the same participants.
 */
const namesNoGroup = (heading: string) => {
  const t = heading.trim();
  return !/\p{Lu}/u.test(t.slice(1)) && !ONE_GENDER.test(t) && PARTICIPANT_WORDS.test(t);
};
const PARTICIPANT_WORDS = /avslut|deltag|inskriv|gick vidare|vart gick/iu;

/**
 * A list's heading naming someone ("Jobbverkstan (Lindmo kommun)"): a capital past its first letter
 * in a heading not set in capitals, and no word for the whole federation. Its list is that one's,
 * whatever a heading further up says of all interventions.
 */
/**
 * A person's name as the subject of a verb presenting a report ("Eva Holm redogjorde för årsredovisningen",
 * "Förbundschefen Per Ek presenterade bokslutet"): the presenter, never the list's owner. Only with the
 * report named after the verb: "Per Ek redovisade Steget:" stays a name beside an intervention's.
 */
const PRESENTER =
  /^(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s+(?:redogjorde|redogör|presenterade|presenterar|redovisade|redovisar|föredrog|föredrar)\s+(?:för\s+)?(?:förbundets\s+)?(?=(?:årsredovisning|verksamhetsberättelse|bokslut|årsbokslut)(?:en|et)?(?!\p{L}))/u;
const namesSomeone = (heading: string) => {
  // A section's number ("3. Ekonomi (tkr)") or a table's ("Tabell 2 Avslutade …") is no part of the heading's words.
  // A Markdown heading's marks ("## Deltagare") are no part of its words either.
  const t = heading
    .trim()
    .replace(/^#{1,6}\s+/, "")
    .replace(CAPTION_NUMBER, "")
    .replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, "")
    // A part's letter or Roman numeral ("A. Deltagare", "B) Ekonomi", "II. Deltagare") names no one either.
    .replace(/^(?:[A-H]|[IVX]{1,4})[.)]\s+(?=\p{Lu})/u, "")
    // An appendix's table code ("B2 Ekonomi 2025, kronor", "A1: Deltagare") names no one either.
    .replace(/^[A-H]\d{1,2}[a-z]?[.:)]?\s+(?=\p{Lu})/u, "")
    .replace(/^\d{1,2}\)\s+/, "")
    // The value column's header on the heading's line ("A. Deltagare      Antal") is no one's name.
    .replace(/\s+(?:antal|personer|belopp|utfall|summa|totalt|t?kr|kronor)(?:\s*\((?:t?kr|kronor|st|antal)\))?$/iu, "")
    // A unit in brackets closing a heading in capitals ("EKONOMI (tusental kronor)") is no one's name:
    // the heading is read as the capitals alone, as "EKONOMI" is.
    .replace(/\s*\((?:belopp i\s+)?(?:tusen(?:tals?)?\s+)?(?:kronor|kr|tkr|mnkr|sek)\)$/iu, "");
  // A capital opening a sentence ("… (§ 8). I sammandrag:") names no one; nor does the person presenting
  // the report the list sums up ("Eva Holm redogjorde för årsredovisningen 2025. I korthet:").
  const words = t.replace(PRESENTER, "x").replace(/([.!?]\s+)\p{Lu}/gu, "$1x");
  return t !== t.toUpperCase() && /\p{Lu}/u.test(words.slice(1)) && !/förbund|samtliga|alla insatser|totalt/iu.test(t);
};

/**
 * A list's heading in a section its scope gives the federation (a form the federation filled in, from
 * its name field on) that names no one though it holds capitals: a form's field and its answer ("Avser
 * år*: 2025   Fastställd av styrelsen: 2026-02-20") or a part's title in capitals with a remark aside
 * ("4. VERKSAMHET ENLIGT ÅRSREDOVISNINGEN (samma år som under 3)"). Anywhere else such a heading keeps
 * its list unplaced.
 */
function formPartOfOurs(doc: DocumentText, list: List): boolean {
  if (scopeByLine(doc)[list.headingLine - 1]?.kind !== "federation") return false;
  const t = list.heading.trim().replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, "");
  if (/^\p{Lu}\p{Ll}*(?: \p{Ll}+){0,3}\*?:\s*\S/u.test(t)) return true;
  const caps = t.replace(/\([^()]*\)/g, " ").trim();
  return /\p{Lu}{3}/u.test(caps) && caps === caps.toUpperCase();
}

/**
 * A heading whose names are the document's own federation's ("Nyckeltal 2024   Ekeskog", its
 * comparison column blanked by the reading text): the federation's list, as a heading naming no one.
 */
function namesOwnFederation(doc: DocumentText, heading: string): boolean {
  const names = heading
    .trim()
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w));
  return names.length > 0 && namesFederation(names.join(" "), ownFederation(doc));
}

/**
 * The destinations of `exits`, one row each: stored only where every row names one, none twice,
 * and they add up to the exits; otherwise a finding and nothing.
 */
function destinationsAddingUp(
  doc: DocumentText,
  exits: number,
  rows: readonly Row[],
  unread: (line: number, message: string) => void,
): FactInput[] | undefined {
  const destinations = rows.map((r) => {
    // "a) Arbete", "b) Studier": a form's letter for the row is no part of its label.
    // "gick till arbete": the verb is no part of the destination's label.
    const label = partOf(r.label.replace(/^[a-zåäö][).]\s+/, "")).replace(WENT_VERB, "");
    return {
      row: r,
      category:
        destinationRowCategory(label) ?? exitRowCategory(label) ?? (otherExitRow(label) ? "other_exit" : undefined),
    };
  });
  // "varav till arbete ..... 24 %": a share of the exits is no count of them.
  if (rows.some((r) => r.percent || SHARE_LABEL.test(r.label))) {
    unread(destinations[0]!.row.line, `the destinations under ${exits} exits are shares, not counts; not stored`);
    return undefined;
  }
  const sum = destinations.reduce((a, d) => a + d.row.value, 0);
  const categories = new Set(destinations.map((d) => d.category));
  // "därav till arbete ..... 16" / "därav till studier ..... 8": rows each saying they are a part of
  // the exits may leave the other destinations out, and must fit within them.
  // So may rows saying where some of them went ("gick till arbete ..... 17", "gått vidare till studier").
  const allParts = rows.every(
    (r) => PART_LABEL.test(r.label) || DESTINATION_LABEL.test(r.label) || WENT_TO_LABEL.test(r.label),
  );
  const fits = allParts ? sum <= exits : sum === exits;
  if (destinations.some((d) => !d.category) || categories.size !== destinations.length || !fits) {
    unread(
      destinations[0]!.row.line,
      `the destinations under ${exits} exits do not each name one and add up to them; not stored`,
    );
    return undefined;
  }
  return destinations.map(
    (d) =>
      ({
        table: "participant_breakdown",
        intervention: null,
        year: doc.periodYear,
        population: "exited",
        dimension: "exit_outcome",
        category: d.category!,
        value: d.row.value,
        source_label: d.row.label,
        ...fact(doc, d.row),
      }) as FactInput,
  );
}

const fact = (doc: DocumentText, row: Row) => ({
  line: row.line,
  text: doc.at(row.line),
  section: SECTION,
  approximate: false,
});

/** The federation's counts of the year, each kept only where its sum holds. */
/** The federation's own count of the year's exits, as a list of this reader stored it. */
const isYearsExits =
  (year: number) =>
  (f: FactInput): boolean =>
    f.table === "participant_count" &&
    f.section === SECTION &&
    f.intervention === null &&
    f.year === year &&
    f.measure === "exited" &&
    f.gender === "all";

function countFacts(
  doc: DocumentText,
  heading: string,
  rows: readonly Row[],
  facts: FactInput[],
  awaiting: FactInput[],
  unread: (line: number, message: string) => void,
): void {
  const measures = new Map<Row, Measure>();
  for (const row of rows.filter(
    (r) => !r.parent && !r.percent && !r.factor && Number.isInteger(r.value) && r.value >= 0,
  )) {
    const c = bestConcept(row.label.replace(WHOLE_WORDS, "").replace(PERIOD_WORDS, ""), ["participants"]);
    const measure = c && c.score === 1 ? (c.concept.code as Measure) : undefined;
    if (measure === "enrolled" || measure === "new" || measure === "exited") measures.set(row, measure);
  }
  for (const [row, measure] of measures) {
    // Two rows of one measure: which is the year's count cannot be told.
    if ([...measures.values()].filter((m) => m === measure).length > 1) {
      unread(row.line, `one of several rows counting ${measure}; not stored`);
      continue;
    }
    const base = { table: "participant_count", intervention: null, year: doc.periodYear, measure, ...fact(doc, row) };
    facts.push({ ...base, gender: "all", value: row.value } as FactInput);
    const children = rows.filter((r) => r.parent === row);
    const genders = row.split
      ? row.split.map((g) => ({ row: { ...row, value: g.value }, gender: g.gender }))
      : children.flatMap((r) => {
          const g = genderOfLabel(partOf(r.label));
          return g && g !== "all" ? [{ row: r, gender: g as Gender }] : [];
        });
    if (genders.length === 2 && genders[0]!.gender !== genders[1]!.gender) {
      if (genders[0]!.row.value + genders[1]!.row.value === row.value)
        for (const g of genders)
          facts.push({ ...base, ...fact(doc, g.row), gender: g.gender, value: g.row.value } as FactInput);
      else unread(genders[0]!.row.line, `women and men do not add up to ${row.value}; not stored`);
    }
    // "Deltagare ..... 176" over "varav nya under året ..... 92": the new among the year's participants.
    if (measure === "enrolled")
      for (const child of children) {
        const part = bestConcept(partOf(child.label).replace(PERIOD_WORDS, ""), ["participants"]);
        if (
          part?.score === 1 &&
          part.concept.code === "new" &&
          child.value <= row.value &&
          (PART_LABEL.test(child.label) || child.bullet)
        )
          facts.push({ ...base, ...fact(doc, child), measure: "new", gender: "all", value: child.value } as FactInput);
      }
    if (measure !== "exited" || children.length === 0) continue;
    const destinations = destinationsAddingUp(doc, row.value, children, unread);
    if (destinations) facts.push(...destinations);
  }
  // "Avslut 2025 (alla insatser)" over "Arbete ..... 27", …, "Summa ..... 109": the year's exits by
  // destination, their total the exits, where no row counts the exits of its own. A total naming the
  // exits ("Summa avslutade ..... 48") closing the destinations is that count itself, stored above.
  const total = rows.at(-1);
  const totalCountsExits = total !== undefined && measures.size === 1 && measures.get(total) === "exited";
  if (
    (measures.size === 0 || totalCountsExits) &&
    EXITS_CAPTION.test(heading) &&
    total &&
    rows.length >= 3 &&
    TOTAL_LABEL.test(total.label) &&
    rows.every((r) => !r.parent && !r.percent && !r.factor && Number.isInteger(r.value) && r.value >= 0)
  ) {
    const destinations = destinationsAddingUp(doc, total.value, rows.slice(0, -1), unread);
    if (destinations && totalCountsExits) facts.push(...destinations);
    else if (destinations)
      facts.push(
        {
          table: "participant_count",
          intervention: null,
          year: doc.periodYear,
          measure: "exited",
          gender: "all",
          value: total.value,
          ...fact(doc, total),
        } as FactInput,
        ...destinations,
      );
  }
  // "Avslut" over "Till arbete ..... 21", "Till studier ..... 9" and no total: the destinations of the year's
  // exits an earlier list of the federation's counts ("Avslutade deltagare ..... 79"), each row a "Till …"
  // of its own destination, together within those exits.
  if (
    measures.size === 0 &&
    EXITS_CAPTION.test(heading) &&
    rows.length >= 2 &&
    rows.every(
      (r) =>
        !r.parent &&
        !r.percent &&
        !r.factor &&
        Number.isInteger(r.value) &&
        r.value >= 0 &&
        DESTINATION_LABEL.test(r.label) &&
        !TOTAL_LABEL.test(r.label),
    )
  ) {
    const exits = facts.filter(isYearsExits(doc.periodYear));
    if (exits.length === 1 && exits[0]!.table === "participant_count") {
      const destinations = destinationsAddingUp(doc, exits[0]!.value, rows, unread);
      if (destinations) facts.push(...destinations);
    }
  }
  // "Andel av de avslutade som gick till arbete eller studier ..... 41 %": waits for the year's exits.
  for (const row of rows.filter((r) => r.percent && !r.parent)) {
    const c = bestConcept(row.label, ["rate"]);
    if (c?.score === 1 && c.concept.code === "work_or_studies_rate_reported")
      awaiting.push(
        awaitingRate({
          year: doc.periodYear,
          scope: "federation",
          indicator: c.concept.code,
          value: row.value,
          note: "andel till arbete eller studier, as a row of the federation's list of key figures reports it",
          line: row.line,
          text: doc.at(row.line),
          section: SECTION,
        }),
      );
  }
}

/** The year's statement in brief: each figure kept only where its sum holds. */
function moneyFacts(
  doc: DocumentText,
  rows: readonly Row[],
  factor: number,
  unread: (line: number, message: string) => void,
): FactInput[] {
  const year = doc.periodYear;
  const found = new Map<string, { row: Row; year: number; sek: number }[]>();
  // "Budgeterade kostnader …… 8 900 000": a budget's row beside the outcome's is no outcome.
  for (const row of rows.filter((r) => !r.parent && !r.percent && !PLAN_HEADING.test(r.label))) {
    const equity = equityYearOf(row.label, year);
    const item = equity !== undefined ? "equity_end" : statementItem(row.label, "income_statement")?.item;
    if (!item) continue;
    const sek = Math.round(row.value * (row.factor ?? factor));
    const key = `${item}@${equity ?? year}`;
    found.set(key, [
      ...(found.get(key) ?? []),
      { row, year: equity ?? year, sek: item.startsWith("cost_") ? Math.abs(sek) : sek },
    ]);
  }
  const one = (item: string, y = year) => {
    const list = found.get(`${item}@${y}`) ?? [];
    return list.length === 1 ? list[0] : undefined;
  };
  const near = (a: number, b: number, terms: number) => Math.abs(a - b) <= (terms * factor) / 2;
  const out: FactInput[] = [];
  const store = (i: { row: Row; year: number; sek: number }, item: string) =>
    out.push({
      table: "finance",
      year: i.year,
      basis: "actual",
      item,
      amount_sek: i.sek,
      value: null,
      source_label: i.row.label,
      ...fact(doc, i.row),
    } as FactInput);
  const [revenue, costs, operating, netFinancial, result] = [
    one("revenue_operating"),
    one("cost_operating"),
    one("operating_result"),
    one("financial_items"),
    one("result"),
  ];
  // "Finansiella intäkter ..... 7" (and "Finansiella kostnader ..... -1") where no net row is listed:
  // the financial items are their net, counted in the result's sum, never stored as a net row.
  const [finIncome, finCosts] = [one("revenue_financial"), one("cost_financial")];
  const gross =
    !netFinancial && !found.has(`financial_items@${year}`) && (finIncome || finCosts)
      ? { row: (finIncome ?? finCosts)!.row, year, sek: (finIncome?.sek ?? 0) - Math.abs(finCosts?.sek ?? 0) }
      : undefined;
  const financial = netFinancial ?? gross;
  const operatingHolds = !!(revenue && costs && operating && near(revenue.sek - costs.sek, operating.sek, 3));
  if (operatingHolds)
    [revenue, costs, operating].forEach((i, k) =>
      store(i!, ["revenue_operating", "cost_operating", "operating_result"][k]!),
    );
  else if (revenue && costs && operating)
    unread(operating.row.line, "revenue − costs is not the operating result; not stored");
  const resultHolds = !!(operatingHolds && financial && result && near(operating!.sek + financial.sek, result.sek, 3));
  if (resultHolds) {
    if (netFinancial) store(netFinancial, "financial_items");
    store(result!, "result");
  }
  // "Intäkter …… 8 640 000 / Kostnader …… 8 402 150 / Årets resultat …… 237 850", no operating result
  // or financial items listed: the result is revenue − costs, and holds only where it is.
  const directHolds = !!(
    revenue &&
    costs &&
    result &&
    !operating &&
    !financial &&
    near(revenue.sek - costs.sek, result.sek, 2)
  );
  if (directHolds) {
    store(revenue!, "revenue_operating");
    store(costs!, "cost_operating");
    store(result!, "result");
  } else if (revenue && costs && result && !operating && !financial)
    unread(result.row.line, "revenue − costs is not the year's result; not stored");
  // "Intäkter / Kostnader / Finansiella poster, netto / Årets resultat", no operating result listed:
  // the result is revenue − costs + the financial items, and holds only where it is. The net financial
  // items count in the sum but are not stored (as the long-format reader takes "Finansnetto").
  const netHolds = !!(
    revenue &&
    costs &&
    financial &&
    result &&
    !operating &&
    near(revenue.sek - costs.sek + financial.sek, result.sek, 3)
  );
  if (netHolds) {
    store(revenue!, "revenue_operating");
    store(costs!, "cost_operating");
    store(result!, "result");
  } else if (revenue && costs && financial && result && !operating)
    unread(result.row.line, "revenue − costs + financial items is not the year's result; not stored");
  const [opening, closing] = [one("equity_end", year - 1), one("equity_end")];
  const resultProven = resultHolds || directHolds || netHolds;
  if (resultProven && opening && closing) {
    if (near(opening.sek + result!.sek, closing.sek, 3)) {
      store(opening, "equity_end");
      store(closing, "equity_end");
    } else unread(closing.row.line, "last year's equity + the result is not this year's equity; not stored");
  } else if (resultProven && closing && !opening && !found.has(`equity_end@${year - 1}`))
    // "Eget kapital 2025-12-31 ..... 1 998 120 kr" closing a list whose year's result holds: the
    // list's year and unit are proven by that sum, and no opening equity stands to roll it from.
    store(closing, "equity_end");
  // "Balansomslutning den 31 december ..... 2 688" in a list whose year's result holds: the balance
  // sheet's total, in the list's proven year and unit; one such row only, never below the equity beside it.
  const totals = rows.filter((r) => !r.parent && !r.percent && BALANCE_TOTAL.test(r.label.trim()));
  const yearOfTotal = totals.length === 1 ? (/(?:19|20)\d\d/.exec(totals[0]!.label)?.[0] ?? String(year)) : "";
  if (resultProven && totals.length === 1 && Number(yearOfTotal) === year) {
    const sek = Math.round(totals[0]!.value * (totals[0]!.factor ?? factor));
    const equity = out.find((f) => f.table === "finance" && f.item === "equity_end" && f.year === year);
    if (sek > 0 && (!equity || (equity as { amount_sek: number }).amount_sek <= sek))
      store({ row: totals[0]!, year, sek }, "assets_total");
  }
  return out;
}

/** The balance sheet's total named alone, at most with the year's end: "Balansomslutning den 31 december", "Summa tillgångar 2025-12-31". */
const BALANCE_TOTAL =
  /^(?:balansomslutning(?:en)?|summa tillgångar|tillgångar totalt|totala tillgångar)(?:\s+(?:den\s+|per\s+)?(?:31 dec(?:ember)?\.?|31\/12)(?:\s+(?:19|20)\d\d)?|\s+(?:per\s+)?(?:19|20)\d\d-12-31)?$/iu;

/** Members' fees, one a row: stored only where the state's half is the other members' together. */
function feeFacts(
  doc: DocumentText,
  rows: readonly Row[],
  factor: number,
  unread: (line: number, message: string) => void,
): FactInput[] {
  // "Kommunerna tillsammans ..... 2 200 000 kr": the municipalities' sum, counted for the state's half, no member.
  const subtotal = rows.filter((r) => MUNICIPALITIES_TOGETHER.test(r.label));
  if (subtotal.length > 1) return [];
  // "Summa medlemsbidrag ..... 6 960" closing the list: the fees' sum, no member's, passed over where
  // it is the rows above it together (a table's column of key figures ends on it).
  const last = rows.at(-1);
  const closingSum =
    last !== undefined &&
    rows.length > 2 &&
    TOTAL_LABEL.test(last.label) &&
    Math.abs(
      rows.slice(0, -1).reduce((a, r) => a + r.value * (r.factor ?? factor), 0) - last.value * (last.factor ?? factor),
    ) <=
      ((rows.length - 1) * factor) / 2;
  const members = rows
    .filter((r) => !subtotal.includes(r) && !(closingSum && r === last))
    .map((r) => {
      const named = memberOf(r.label);
      return {
        row: r,
        member:
          /^staten\b/i.test(r.label) || (named !== null && STATE_NAME.test(named))
            ? "Staten"
            : /^[Rr]egion\s+\p{Lu}/u.test(r.label) || /\s+kommun$/i.test(r.label)
              ? r.label
              : undefined,
        sek: Math.round(r.value * (r.factor ?? factor)),
      };
    });
  const state = members.filter((m) => m.member === "Staten");
  const others = [
    ...members.filter((m) => m.member && m.member !== "Staten"),
    ...subtotal.map((r) => ({ row: r, member: undefined, sek: Math.round(r.value * (r.factor ?? factor)) })),
  ];
  if (members.some((m) => !m.member || m.row.percent) || state.length !== 1 || others.length === 0) {
    unread(rows[0]!.line, "a list of fees whose rows are not each a named member; not stored");
    return [];
  }
  // The municipalities' sum and a municipality beside it count the same money twice.
  if (subtotal.length === 1 && others.some((m) => m.member && /\s+kommun$/i.test(m.member))) return [];
  const rest = others.reduce((a, m) => a + m.sek, 0);
  if (Math.abs(state[0]!.sek - rest) > (others.length * factor) / 2) {
    unread(rows[0]!.line, "the state's fee is not the other members' together; not stored");
    return [];
  }
  return members.map((m) => ({
    table: "member_contribution",
    year: doc.periodYear,
    basis: "actual",
    member: m.member!,
    amount_sek: m.sek,
    ...fact(doc, m.row),
  })) as FactInput[];
}

/** " · " between a line's items. */
const MIDDLE_DOT = /\s+·\s+/u;
/** One item: a label in words (a balance date "31/12" may close it), a space, its figure. */
const DOT_ITEM = /^(\p{L}[\p{L} ]*?\p{L}(?:\s+31\/12)?)\s+([-−]?\d{1,3}(?: \d{3})*)$/u;

/**
 * The year's accounts written as items on lines set apart by middle dots, under a lead that states
 * their unit ("… gick igenom bokslutet (belopp i tkr):" / "Verksamhetens intäkter 10 640 ·
 * Verksamhetens kostnader 10 412" / "Finansiella intäkter 8 · Årets resultat 236 · Eget kapital
 * 31/12 2 904"): each item a row of a key-figure list, gated by the same sums (revenue − costs +
 * financial items = the result; the closing equity only beside a result that holds). Only a run of
 * such lines where every item names a statement's item, and a unit the lead states; `doc` is a view
 * whose year is the year the passage reports on (`yearReports.ts`), whose the figures are being
 * settled by the caller. Pure.
 */
export function dotItemMoney(doc: DocumentText, from: number, to: number): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const unread = (line: number, message: string) =>
    findings.push(unreadNumber({ subject: SECTION, line, value: doc.at(line), message }));
  let rows: Row[] = [];
  const flush = (next: number) => {
    const lead = rows.length > 0 ? doc.at(rows[0]!.line - 1) : "";
    const unit = readUnit(lead);
    if (rows.length >= 3 && unit && unit.unit !== UNKNOWN_UNIT && !PLAN_HEADING.test(lead))
      facts.push(...moneyFacts(doc, rows, UNIT_FACTOR[unit.unit], unread));
    rows = [];
    return next;
  };
  for (let n = from; n <= to; n++) {
    const t = doc.at(n).trim();
    const parts = t.includes("·") ? t.split(MIDDLE_DOT) : [];
    const items = parts.map((p) => DOT_ITEM.exec(p.trim()));
    if (
      parts.length < 2 ||
      items.some(
        (m) =>
          !m ||
          (equityYearOf(m[1]!, doc.periodYear) === undefined && statementItem(m[1]!, "income_statement") === undefined),
      )
    ) {
      flush(n);
      continue;
    }
    for (const m of items) {
      const value = parseSwedishNumber(m![2]!.replace(/\u2212/g, "-"));
      if (value === null) continue;
      rows.push({ line: n, indent: 0, label: m![1]!, value, percent: false });
    }
  }
  flush(to + 1);
  return { facts, findings, coverage: [] };
}
