/**
 * The code list for statement labels: the labels of municipal accounting (resultaträkning,
 * balansräkning, kassaflödesanalys/finansieringsanalys, noter) and their usual variants,
 * mapped onto finance items. One table, used by every general statement reader. Patterns
 * match a label after `normalizeStatementLabel` (lower case, no numbering, no note reference),
 * like the `patterns` of loaders/reference/codes.ts. The codebook lists this table as the code
 * list "statement labels" (loaders/warehouse/codebook.ts).
 */
import { normalizeLabel } from "./codes.ts";
import { bestConcept } from "./concepts.ts";
import { detached } from "../config/detachedString.ts";

export type StatementKind = "income_statement" | "balance_sheet" | "cash_flow" | "notes";

export interface StatementLabel {
  item: string;
  patterns: readonly RegExp[];
  /** The statements the label belongs to; elsewhere the same words mean something else. */
  in: readonly StatementKind[];
  /** Costs are stored positive whatever sign the statement prints. */
  cost?: boolean;
  /** Read by its own patterns only, never by the lexicon's words for its item (a key figure's word in a statement it is no line of). */
  exact?: boolean;
}

const ALL: readonly StatementKind[] = ["income_statement", "balance_sheet", "cash_flow", "notes"];

export const STATEMENT_LABELS: readonly StatementLabel[] = [
  {
    item: "revenue_operating",
    in: ["income_statement", "notes"],
    patterns: [/^(summa )?(verksamhetens|rörelsens) (intäkter|intäkter totalt)$/, /^(summa )?rörelseintäkter$/],
  },
  // Bare "Intäkter"/"Kostnader" are the operating totals only in the income statement; in a
  // note they may be any group's ("Not 3 Övriga kostnader … Summa kostnader").
  { item: "revenue_operating", in: ["income_statement"], patterns: [/^(summa|totala) intäkter$/, /^intäkter$/] },
  {
    item: "cost_operating",
    in: ["income_statement", "notes"],
    cost: true,
    patterns: [/^(summa )?(verksamhetens|rörelsens) kostnader$/, /^(summa )?rörelsekostnader$/],
  },
  {
    item: "cost_operating",
    in: ["income_statement"],
    cost: true,
    patterns: [/^(summa|totala) kostnader$/, /^kostnader$/],
  },
  {
    item: "operating_result",
    in: ["income_statement"],
    patterns: [
      /^verksamhetens (resultat|nettokostnad|nettokostnader|netto)$/,
      /^resultat före finansiella poster$/,
      /^rörelseresultat$/,
      /^verksamhetens nettoresultat$/,
    ],
  },
  {
    item: "revenue_financial",
    in: ["income_statement", "notes"],
    patterns: [/^finansiella intäkter$/, /^ränteintäkter$/, /^ränteintäkter och liknande (resultat|intäkter)poster$/],
  },
  {
    item: "cost_financial",
    in: ["income_statement", "notes"],
    cost: true,
    patterns: [
      /^finansiella kostnader$/,
      /^räntekostnader$/,
      /^räntekostnader och liknande (resultat|kostnads)poster$/,
    ],
  },
  {
    item: "financial_items",
    in: ["income_statement"],
    patterns: [
      /^finansnetto$/,
      /^(summa )?finansiella poster$/,
      /^finansiella poster,? netto$/,
      /^summa resultat från finansiella (poster|investeringar)$/,
    ],
  },
  {
    item: "result_after_financial",
    in: ["income_statement"],
    patterns: [/^resultat efter finansiella poster$/, /^resultat efter finansnetto$/],
  },
  {
    item: "result",
    in: ["income_statement", "balance_sheet", "cash_flow"],
    patterns: [
      /^årets resultat$/,
      /^årets (över|under)skott$/,
      /^årets (överskott|underskott)\/?(överskott|underskott)?$/,
      // "Årets över-/underskott", "Årets under-/överskott".
      /^årets (över|under)-?\s?\/\s?(över|under)skott$/,
      /^periodens resultat$/,
    ],
  },
  {
    item: "assets_total",
    in: ["balance_sheet"],
    patterns: [/^summa tillgångar$/, /^tillgångar totalt$/, /^summa tillgångar totalt$/],
  },
  { item: "current_assets", in: ["balance_sheet"], patterns: [/^summa omsättningstillgångar$/] },
  {
    item: "receivables_total",
    in: ["balance_sheet", "notes"],
    patterns: [/^(summa )?(korta|kortfristiga) fordringar$/, /^summa fordringar$/, /^fordringar$/],
  },
  {
    item: "cash_end",
    in: ["balance_sheet"],
    patterns: [/^kassa och bank$/, /^likvida medel$/, /^summa likvida medel$/, /^kassa,? bank$/],
  },
  {
    item: "cash_end",
    in: ["cash_flow"],
    patterns: [
      /^likvida medel (vid|per) (årets|periodens) (slut|utgång)$/,
      /^utgående likvida medel$/,
      /^likvida medel vid årets slut$/,
    ],
  },
  {
    item: "cash_start",
    in: ["cash_flow"],
    patterns: [/^likvida medel (vid|per) (årets|periodens) (början|ingång)$/, /^ingående likvida medel$/],
  },
  {
    item: "cash_flow",
    in: ["cash_flow"],
    patterns: [
      /^årets kassaflöde$/,
      /^periodens kassaflöde$/,
      /^(årets )?förändring (av )?likvida medel$/,
      /^förändring av likvida medel$/,
    ],
  },
  {
    item: "cash_flow_operating",
    in: ["cash_flow"],
    patterns: [/^kassaflöde (från|för|i) (den )?löpande verksamhet(en)?$/, /^medel från (den löpande )?verksamheten$/],
  },
  {
    item: "change_receivables",
    in: ["cash_flow"],
    patterns: [
      /^(ökning\/minskning|minskning\/ökning|ökning\(-\)\/minskning\(\+\)|förändring( av)?) (av )?(kortfristiga|korta) fordringar$/,
      /^förändring (av )?fordringar$/,
    ],
  },
  {
    item: "change_liabilities",
    in: ["cash_flow"],
    patterns: [
      /^(ökning\/minskning|minskning\/ökning|ökning\(\+\)\/minskning\(-\)|förändring( av)?) (av )?(kortfristiga|korta) skulder$/,
      /^förändring (av )?skulder$/,
    ],
  },
  {
    item: "equity_start",
    in: ["balance_sheet"],
    patterns: [/^ingående eget kapital$/, /^eget kapital vid årets (början|ingång)$/, /^ingående balans eget kapital$/],
  },
  {
    item: "equity_end",
    in: ["balance_sheet"],
    patterns: [/^summa eget kapital$/, /^utgående eget kapital$/, /^eget kapital vid årets slut$/],
  },
  // A budget or a result statement closing on the year-end equity ("Resultat" / "Eget kapital vid årets slut").
  {
    item: "equity_end",
    in: ["income_statement"],
    patterns: [/^utgående eget kapital$/, /^eget kapital vid årets slut$/],
  },
  // A key-figure table closing on the balance sheet's total after the result and the equity ("Årets resultat" /
  // "Eget kapital vid årets slut" / "Balansomslutning"): the key figure's word only, never a balance sheet's
  // own line ("Summa tillgångar" in an income statement is a misplaced line, read as nothing).
  {
    item: "assets_total",
    in: ["income_statement"],
    patterns: [/^balansomslutning(?:en)?$/],
    exact: true,
  },
  {
    item: "liabilities_short",
    in: ["balance_sheet", "notes"],
    patterns: [/^(summa )?kortfristiga skulder$/, /^summa korta skulder$/],
  },
  {
    item: "equity_and_liabilities",
    in: ["balance_sheet"],
    patterns: [
      /^summa eget kapital,? (avsättningar )?och skulder$/,
      /^summa eget kapital, avsättningar och skulder$/,
      /^summa skulder och eget kapital$/,
      /^summa eget kapital och skulder$/,
    ],
  },
  {
    item: "grants_paid",
    in: ["income_statement", "notes"],
    cost: true,
    patterns: [/^lämnade bidrag$/, /^lämnade bidrag till insatser$/, /^bidrag till insatser$/],
  },
  { item: "personnel_cost", in: ["income_statement", "notes"], cost: true, patterns: [/^(summa )?personalkostnader$/] },
  {
    item: "other_external_cost",
    in: ["income_statement", "notes"],
    cost: true,
    patterns: [/^(summa )?övriga externa kostnader$/],
  },
  {
    item: "state_grant",
    in: ["income_statement", "notes"],
    patterns: [
      /^(drift)?bidrag från staten$/,
      /^statligt bidrag$/,
      /^statliga medel$/,
      /^bidrag från (fk|försäkringskassan) (och|&|\/) (af|arbetsförmedlingen)$/,
    ],
  },
  {
    item: "member_revenue",
    in: ["income_statement", "notes"],
    patterns: [/^(summa )?medlemsavgifter$/, /^(summa )?medlemsbidrag$/, /^bidrag från medlemmar(na)?$/],
  },
];

/**
 * "Eget kapital" alone: opening equity when "Årets resultat" follows it within the equity
 * block (the layout where the result is added below), closing equity otherwise.
 */
export const EQUITY_LINE = /^eget kapital$/;

/** A note's or a group's total: "Summa", "Totalt", "Summa not 2". */
export const TOTAL_LINE =
  /^(summa|totalt|total|summa totalt|summa not \d+|summa (intäkter|kostnader|fordringar|skulder))$/;

/** The open family for the lines of a note whose total is `item`. */
export const NOTE_FAMILY: Readonly<Record<string, string>> = {
  revenue_operating: "revenue_line",
  cost_operating: "cost_line",
  other_external_cost: "cost_line",
  personnel_cost: "cost_line",
  receivables_total: "receivable",
  liabilities_short: "liability",
};

/** A bracket in a label naming a loss: "(underskott)", "(förlust)", "(negativt)". */
const LOSS_IN_BRACKET = /\([^)]*(underskott|förlust|negativ|minus)[^)]*\)/;

/** Lower case, no leading numbering or page number, no note reference, no trailing "(not 1)"; "S:a" is "Summa". */
export function normalizeStatementLabel(label: string): string {
  return normalizeLabel(label)
    .replace(/^(\d{1,3}(\.\d{1,2})*\.?\s*)+(?=[a-zåäö(])/, "")
    .replace(/^s a\s+(?=\p{L})/u, "summa ")
    .replace(/\s*\(?\bnot(er)?\s*\d+([,-]\s*\d+)*\)?$/, "")
    .replace(/\s*[-–,;.]\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The finance item of a label in a statement of `kind`, or undefined: the patterns above
 * first; then the concept lexicon, when it names one finance concept with every word of the
 * label ("Verksamhetsintäkter", "– RÄNTEINTÄKTER", "Rörelsens intäkter totalt") and that item
 * belongs in this kind of statement (the `in` of its entries above).
 */
export function statementItem(label: string, kind: StatementKind): StatementLabel | undefined {
  let known = itemsByKind.get(kind);
  if (known === undefined) itemsByKind.set(kind, (known = new Map()));
  let item = known.get(label);
  if (item === undefined && !known.has(label)) {
    if (known.size >= 20_000) known.clear();
    item = readStatementItem(label, kind);
    known.set(detached(label), item);
  }
  return item;
}

/**
 * Items already named, per kind of statement: every statement, member and participant reader asks
 * of its rows' labels, and a federation's reports repeat them year after year. The entries are the
 * list's own (shared, never changed), so they are kept as they are, not copied or frozen.
 */
const itemsByKind = new Map<StatementKind, Map<string, StatementLabel | undefined>>();

function readStatementItem(label: string, kind: StatementKind): StatementLabel | undefined {
  const norm = normalizeStatementLabel(label);
  // "Årets resultat (underskott)  320 820": the bracket signs the figures or restates their sign,
  // which cannot be told apart; a sign convention ("(+ överskott / − underskott)") names both.
  if (LOSS_IN_BRACKET.test(norm) && !/över/.test(norm)) return undefined;
  const listed = STATEMENT_LABELS.find((e) => e.in.includes(kind) && e.patterns.some((p) => p.test(norm)));
  if (listed) return listed;
  const match = bestConcept(norm, ["finance"], 1);
  const named =
    match && !match.label.part
      ? STATEMENT_LABELS.find((e) => e.item === match.concept.code && e.in.includes(kind) && !e.exact)
      : undefined;
  if (named || match?.label.part) return named;
  // "Fördelat ekonomiskt värde (verksamhetens kostnader)": an aggregate value the lexicon does not
  // know (the economic value a sustainability report states), glossed in brackets by a total it
  // does, is that total. Only a value's name: elsewhere a bracket names a row's category ("Bidrag
  // från Försäkringskassan (intäkter)", "Köpta tjänster (kostnader)"), a part of the total, never it.
  const gloss = GLOSSED.exec(label.trim());
  return gloss && !GLOSS_QUALIFIER.test(gloss[1]!) ? readStatementItem(gloss[1]!, kind) : undefined;
}

/** A value's name glossed in a bracket of a few words: "Behållet ekonomiskt värde (årets resultat)". */
const GLOSSED = /^(?:[\p{L}-]+\s+){0,3}(?:ekonomiskt\s+)?värde(?:t)?\s*\(([\p{L} ]{3,40})\)$/iu;
const GLOSS_QUALIFIER =
  /(?<!\p{L})(?:exkl|exklusive|inkl|inklusive|utan|varav|därav|ej|inte|del av|andel|budget|prognos|plan|fg|föregående|tidigare|jämför)/iu;

export { ALL as ALL_STATEMENTS };
