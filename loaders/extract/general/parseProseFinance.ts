/**
 * The year's revenue, costs, result and equity as any report's running text states them ("Förbundet
 * redovisar ett underskott på 0,6 Mkr", "Eget kapital uppgick den 31 december 2024 till 3,1
 * miljoner kronor"), read sentence by sentence with the money grammar. An amount inside an
 * intervention's section is that intervention's, not the federation's: it is not stored. A
 * rounded amount is stored as approximate. Running text that restates a table ("intäkterna
 * uppgick till ca 5,0 Mkr" beside a statement with 4 987 000) is not read at all: a row of the
 * document names that figure, and the table's exact amount is the figure whether or not a table
 * reader could read it. A bullet under a line stating the same figure is a part of it, an amount
 * under a heading for a budget or another year is not the year's, and one figure given two amounts
 * that disagree is stored from neither. Every amount not stored becomes an unread number with its
 * reason.
 */
import { CONCEPTS, foldLabel, PROSE_CONCEPTS } from "../../reference/concepts.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { PROSE_FINANCE_ITEMS, readMoneySentence, signsDeficits, type MoneyFigure } from "./moneyGrammar.ts";
import { BULLET, lineAt, proseUnits, sentencesOf } from "./proseSentences.ts";
import { findAmounts } from "../numbers.ts";
import { aboutAnotherBody, anotherBodysAmount } from "./otherBodies.ts";
import { headingNotTheYear } from "./headingPeriod.ts";
import { scopeByLine } from "./sectionScope.ts";

const SECTION = "general:prose_finance";

/** "Verksamhetens intäkter (tkr) 4 987 5 012", "Årets resultat 1 308 — -329": a label, then numbers only. */
const TABLE_ROW = /^(\D{3,60}?)\s+[(−–—-]?\d[\d\s,.()−–—%-]*$/;
/**
 * A sentence that ends in a page or note reference ("Resultaträkningen finns på sidorna 14–15.",
 * "Se not 3."): it points at a table, it is not one of its rows. Only with the full stop that ends
 * a sentence: a statement row "Verksamhetens intäkter  Not 2  4 987" stays a row.
 */
const POINTS_AT = /(?<!\p{L})(sidan|sidorna|sida|sid|s|not|noterna|bilaga|bilagan|tabell|avsnitt)\.?$/iu;
const pointsAt = (label: string, line: string) => POINTS_AT.test(label) && /\d\.\s*$/.test(line);

/** Each item prose reads, with every stem that names it, folded. */
const ITEM_STEMS: [string, string[]][] = [...new Set(PROSE_FINANCE_ITEMS)].map((item) => [
  item,
  // A whole-word mark ("netto$") is dropped: this guard errs wide on purpose.
  [...CONCEPTS, ...PROSE_CONCEPTS]
    .filter((c) => c.kind === "finance" && c.code === item)
    .flatMap((c) => c.stems.map((s) => s.replace(/\$$/, ""))),
]);

/**
 * The finance items some row of a table in the document names, read by a table reader or not.
 * A stem counts anywhere inside a word ("Verksamhetsintäkter", "Ränteintäkter"): this only ever
 * keeps prose from being read, so erring wide is safe.
 */
export function itemsInTables(doc: DocumentText): Set<string> {
  const items = new Set<string>();
  for (let n = 1; n <= doc.lineCount; n++) {
    // A row holds a digit: a line without one is passed by before the pattern.
    if (!/\d/.test(doc.at(n))) continue;
    const m = TABLE_ROW.exec(doc.at(n));
    if (!m || /[.!?]$/.test(m[1]!) || pointsAt(m[1]!, doc.at(n))) continue;
    const label = foldLabel(m[1]!).words.join(" ");
    for (const [item, stems] of ITEM_STEMS) if (stems.some((s) => label.includes(s))) items.add(item);
  }
  return items;
}

/** A table's header naming a budget column: "Budget 2024   Utfall 2024", "| Budget | Utfall |". */
const BUDGET_HEADER = /(?<!\p{L})budget/iu;
const CELLS = /\s{2,}|\t|\|/;
/**
 * A table's header whose columns are years: "RESULTATRÄKNING (kr)   2024   2023", "Not  2024-12-31
 * 2023-12-31", "| Utfall 2024 | Utfall 2023 |": two years a column gap apart, and no other number.
 */
const YEAR_COLUMNS = /(?:19|20)\d\d\S*(?:\s{2,}|\s*\|\s*)(?:\p{L}+\s+)?(?:19|20)\d\d/u;
const A_YEAR = /(?:19|20)\d\d(?:-\d\d-\d\d)?/g;
const yearsHeader = (line: string) =>
  YEAR_COLUMNS.test(line) && !/\d/.test(line.replace(A_YEAR, " ")) && line.replace(A_YEAR, " ").trim().length <= 40;

/**
 * Whether the document's tables are known to give no budget: a header of years only, and no
 * header naming a budget column. A table with no header (its columns unknown) may hold one.
 */
function tablesWithoutBudget(doc: DocumentText): boolean {
  let years = false;
  for (let n = 1; n <= doc.lineCount; n++) {
    const line = doc.lines[n - 1]!;
    if (BUDGET_HEADER.test(line) && line.trim().split(CELLS).length >= 2) return false;
    if (!years && yearsHeader(line)) years = true;
  }
  return years;
}

/**
 * A plan or a budget ("Verksamhetsplan och budget 2025", "Styrelsen har antagit budget för 2025"),
 * told by its title, the first line of text: its figures for the year are planned, never the outcome.
 */
const PLAN_TITLE = /verksamhetsplan|(?<!\p{L})budget(en)?\s+(för\s+)?(19|20)\d\d|(?<!\p{L})plan för/iu;
export function isPlanDocument(doc: DocumentText): boolean {
  for (let n = 1; n <= doc.lineCount; n++) {
    const t = doc.at(n).replace(/^#+\s*/, "");
    if (t !== "") return PLAN_TITLE.test(t);
  }
  return false;
}

/**
 * A bullet under a line that states an amount ("Kostnader på 10,3 m.kr" / "• Administrativa
 * kostnader på 2 m.kr"): the list breaks that amount down, so its amounts are parts of it, unless
 * the lead states only other figures than the bullet's.
 */
function underStatedAmount(doc: DocumentText, line: number, item: string): boolean {
  const bullet = (n: number) => BULLET.test(doc.at(n).trim());
  const blank = (n: number) => doc.at(n).trim() === "";
  if (!bullet(line)) return false;
  const lo = Math.max(1, line - 20);
  let n = line - 1;
  while (n >= lo) {
    if (blank(n) || bullet(n)) {
      n--;
      continue;
    }
    // A run of text lines: a bullet's wrapped continuation when a bullet stands right above it, else the list's lead.
    let top = n;
    while (top > lo && !blank(top - 1) && !bullet(top - 1)) top--;
    if (top > 1 && bullet(top - 1)) {
      n = top - 1;
      continue;
    }
    const lead = doc.join(top, n);
    if (findAmounts(lead).length === 0) return false;
    // A lead that states other figures only ("Intäkterna var 8,2 mnkr:") does not break this one down.
    const figures = readMoneySentence(lead, doc.periodYear).figures;
    return figures.length === 0 || figures.some((f) => f.item === item);
  }
  return false;
}

type FinanceFact = Extract<FactInput, { table: "finance" }>;
interface ReadAmount {
  fact: FinanceFact;
  precision: number;
  raw: string;
  /**
   * A member's own figure ("Åby kommun redovisade …", or unnamed in a member's minutes): no rival
   * of the federation's; `dropOtherBodies` drops it.
   */
  otherBody: boolean;
}

/**
 * One figure stated twice with amounts that cannot both be it ("Kostnader på 10,3 m.kr" and "en
 * kostnad av 1,1 m.kr" both read as the year's costs): running text gave no single reading, so
 * none is stored. Amounts that agree within their precision ("5,0 Mkr", "4 987 tkr") are one figure.
 */
function refuseConflicts(read: ReadAmount[], unread: (line: number, raw: string, why: string) => void): FactInput[] {
  const key = (f: FinanceFact) => `${f.item}|${f.year}|${f.basis}`;
  const kept: FactInput[] = [];
  for (const r of read) {
    const rival = read.find(
      (o) =>
        o !== r &&
        !o.otherBody &&
        !r.otherBody &&
        key(o.fact) === key(r.fact) &&
        Math.abs((o.fact.amount_sek ?? 0) - (r.fact.amount_sek ?? 0)) > o.precision + r.precision,
    );
    if (rival) unread(r.fact.line, r.raw, `running text gives this figure another amount on line ${rival.fact.line}`);
    else kept.push(r.fact);
  }
  return kept;
}

/** A sentence about the equity: the next one's "det" may stand for it. */
const NAMES_EQUITY = /(?<!\p{L})(det egna kapitalet|eget kapital)(?!\p{L})/iu;

/** A figure of a sentence, with where it stands. */
interface Placed {
  figure: MoneyFigure;
  line: number;
  /** The sentence's lines, for the fact's text. */
  text: string;
  sentence: string;
}

/** Amounts agree within the coarser one's rounding (kronor against kronor: exactly). */
const agree = (a: number, b: number, precision: number) => Math.abs(a - b) <= precision;

/**
 * A result read but for its sign, signed by an identity with figures the running text gave:
 * revenue − costs = the operating result ("Verksamhetens resultat blev därmed 292 440 kronor"
 * after the revenue and the costs), this year's equity − last year's = the result, and else
 * revenue − costs = the result where the result stands well beyond the figures' rounding. The
 * identity's difference must equal the amount; its sign is the result's. None stored otherwise.
 */
function signedByIdentity(u: MoneyFigure, read: readonly ReadAmount[]): MoneyFigure | undefined {
  const level = (item: string, year: number) =>
    read.filter((r) => !r.otherBody && r.fact.item === item && r.fact.year === year && r.fact.basis === u.basis);
  const one = (item: string, year: number) => {
    const found = level(item, year);
    return found.length === 1 ? found[0] : undefined;
  };
  const byDifference = (a: ReadAmount | undefined, b: ReadAmount | undefined, margin = 1): MoneyFigure | undefined => {
    if (!a || !b || a.fact.amount_sek == null || b.fact.amount_sek == null) return undefined;
    const difference = a.fact.amount_sek - b.fact.amount_sek;
    const precision = a.precision + b.precision + u.precision;
    if (difference === 0 || !agree(Math.abs(difference), u.sek, precision) || u.sek <= (margin - 1) * precision)
      return undefined;
    return { ...u, sek: Math.sign(difference) * u.sek };
  };
  const operating = () => byDifference(one("revenue_operating", u.year), one("cost_operating", u.year));
  if (u.item === "operating_result") return operating();
  if (u.item !== "result" || u.basis !== "actual") return undefined;
  // The result is the operating result and the financial items: where revenue − costs is the
  // result within rounding, the financial items are too small to turn its sign, as long as the
  // result is well beyond the rounding ("Årets resultat blev 333 500 kr" after revenue 11 386 400 kr
  // and costs 11 052 900 kr).
  return (
    byDifference(one("equity_end", u.year), one("equity_end", u.year - 1)) ??
    byDifference(one("revenue_operating", u.year), one("cost_operating", u.year), 3)
  );
}

export function parseProseFinance(doc: DocumentText): ParseOutput {
  const read: ReadAmount[] = [];
  const findings: FindingInput[] = [];
  const scopes = scopeByLine(doc);
  const year = doc.periodYear;
  const inTables = itemsInTables(doc);
  let noBudgetInTables: boolean | undefined;
  const plan = isPlanDocument(doc);
  const unread = (line: number, raw: string, why: string) =>
    findings.push({
      check_id: "coverage.unread_number",
      severity: "info",
      subject: SECTION,
      line,
      value: raw,
      message: `"${raw}" in running text was not stored: ${why}`,
    });
  /** Why a figure of running text is not the federation's for its year, or undefined. */
  const notTheYears = ({ figure: f, line }: Placed): string | undefined => {
    // A table whose columns are years gives no budget: "räknat med ett underskott om 350 000 kr" beside it is read.
    if (inTables.has(f.item) && (f.basis === "actual" || !(noBudgetInTables ??= tablesWithoutBudget(doc))))
      return "restates a figure a table of the document gives";
    // An earlier year's outcome beside the plan ("utfallet för 2023 blev …") is that year's actual.
    if (plan && f.basis === "actual" && f.year >= year)
      return "the document is a plan or a budget: its figures are not the year's outcome";
    const scope = scopes[line - 1]!;
    if (scope.kind === "intervention") return `in the section of the intervention ${scope.name}, not the federation's`;
    const heading = f.basis === "actual" && f.year === year ? headingNotTheYear(doc, line) : undefined;
    if (heading) return heading;
    if (underStatedAmount(doc, line, f.item))
      return "a bullet under a line that states an amount: a part of that amount";
    return undefined;
  };
  const keep = (p: Placed) => {
    const why = notTheYears(p);
    if (why) {
      unread(p.line, p.figure.raw, why);
      return;
    }
    const f = p.figure;
    const fact: FinanceFact = {
      table: "finance",
      year: f.year,
      basis: f.basis,
      item: f.item,
      amount_sek: f.sek,
      value: null,
      source_label: f.clause.slice(0, 200),
      line: p.line,
      text: p.text,
      section: SECTION,
      approximate: f.approximate,
    };
    read.push({
      fact,
      precision: f.precision,
      raw: f.raw,
      otherBody: aboutAnotherBody(p.sentence) || anotherBodysAmount(doc, p.line, f.sek),
    });
  };
  const unsigned: Placed[] = [];
  for (const unit of proseUnits(doc)) {
    const signs = signsDeficits(unit.text);
    let afterEquity = false;
    for (const s of sentencesOf(unit)) {
      const sentence = unit.text.slice(s.start, s.end);
      const reading = readMoneySentence(sentence, year, { signsDeficits: signs, afterEquity });
      // A plain search first: most sentences name no capital at all.
      afterEquity = /kapital/i.test(sentence) && NAMES_EQUITY.test(sentence);
      if (reading.figures.length === 0 && reading.unread.length === 0) continue;
      for (const u of reading.unread) unread(lineAt(unit, s.start + u.start), u.raw, u.why);
      const text = doc.join(lineAt(unit, s.start), lineAt(unit, Math.max(s.start, s.end - 1))).slice(0, 600);
      const placed = (figure: MoneyFigure): Placed => ({
        figure,
        line: lineAt(unit, s.start + figure.start),
        text,
        sentence,
      });
      reading.figures.forEach((f) => keep(placed(f)));
      unsigned.push(...reading.unsigned.map(placed));
    }
  }
  // After every sentence: an identity may need a figure stated after the result (equity, below it).
  for (const u of unsigned) {
    const signed = signedByIdentity(u.figure, read);
    if (signed) keep({ ...u, figure: signed });
  }
  const facts = refuseConflicts(read, unread);
  return {
    facts,
    findings,
    coverage: [
      {
        section: SECTION,
        status: facts.length > 0 ? "parsed" : "missing",
        line: null,
        facts: facts.length,
        note: `revenue, costs, result and equity read from running text; ${findings.length} amount(s) left unread`,
      },
    ],
  };
}
