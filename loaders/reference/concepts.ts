/**
 * The concept lexicon: every figure a reader binds a label, a column heading or a phrase to,
 * with the words that name it. One table, used by every reader (tables, multi-year overviews,
 * prose), by the coverage report and by the curated template's candidate finder, so that a
 * word learnt once is known everywhere.
 *
 * Matching is tolerant and scored, not all or nothing: case, diacritics (OCR drops them),
 * hyphenation ("del-tagare"), dash bullets ("– varav kvinnor") and "varav" are undone first;
 * then each concept's stems are matched as word prefixes and the share of the label they cover
 * is the score. A label that names two concepts equally well names neither (`bestConcept`
 * returns undefined): a reader then leaves the number unread rather than guess.
 */
import { LABEL_UNIT_WORDS } from "./units.ts";
import { detached } from "../config/detachedString.ts";

export type ConceptKind =
  /** A finance item of the statements or a multi-year overview; `code` is the finance item. */
  | "finance"
  /** A participant count; `code` is the measure. */
  | "participants"
  /** A gender split or the total beside it; `code` is the gender (`all` for the total). */
  | "gender"
  /** An exit destination; `code` is an exit_outcome code or `work_or_studies`. */
  | "exit"
  /** A share (percent) the federation reports; `code` is the indicator. */
  | "rate"
  /** A column's basis; `code` is actual, budget, forecast, deviation or note. */
  | "basis"
  /** A column of a table of minutes' decisions (`DECISION_COLUMNS`); `code` says what its cells hold. */
  | "decision_column";

export interface Concept {
  id: string;
  kind: ConceptKind;
  code: string;
  /** Swedish name for people (coverage report, review page). */
  sv: string;
  /**
   * Word stems, folded (lower case, no diacritics). A stem of several words matches
   * consecutive words; each word of a stem matches a label word that starts with it.
   */
  stems: readonly string[];
  /** Whole folded tokens that name the concept alone ("k", "tot", "utfall"). */
  abbreviations?: readonly string[];
  /** Signs a table's heading or label cell may stand for the concept with ("♀", "Σ"); written as `sv` before reading. */
  symbols?: readonly string[];
  /** Units the figure is written in; a reader checks the unit it found against these. */
  units: readonly ("sek" | "persons" | "percent" | "none")[];
  /** Folded word stems that, anywhere in the label or clause, mean something else is meant. */
  negativeCues?: readonly string[];
  /**
   * Folded words that neither add to nor take from the score: the noun a measure counts
   * ("Nya deltagare", "Avslutade personer") says what is counted, not which count.
   */
  context?: readonly string[];
}

/** Words that say the label is a total row ("Summa intäkter", "Totalt antal deltagare"). */
const TOTAL_WORDS = new Set([
  "summa",
  "totalsumma",
  "totalt",
  "total",
  "totala",
  "s:a",
  "sammanlagt",
  "samtliga",
  "alla",
]);
/**
 * Words carrying no meaning of their own in a label. "Perioden" is the year a statistics sheet
 * covers ("Inskrivna under perioden"); a stock at a date is told apart by its date.
 */
const FILLER = new Set([
  "och",
  "i",
  "av",
  "under",
  "aret",
  "arets",
  "perioden",
  "per",
  "for",
  "till",
  "med",
  "som",
  "antal",
  "st",
  // A form's or a summary's label naming whose the figure is ("Förbundets totala intäkter (kr)"):
  // the federation's own, which every label of its report is.
  "forbundets",
  "samordningsforbundets",
]);

const NO_BUDGET = ["budget", "prognos", "avvikelse"];
/**
 * A ratio, not the year's sum: "Intäkter per anställd", "Kostnad per deltagare", "kr/invånare".
 * Every money concept refuses a label or clause that divides by a head count.
 */
const PER_HEAD = [
  "per deltag",
  "per invanar",
  "per kommuninvanar",
  "per anstall",
  "per arsarbet",
  "per person",
  "per individ",
  "per capita",
  "per medlem",
  "per handlaggar",
  "per coach",
  "per inskriv",
  "per avslut",
  "kr/deltag",
  "kr/invanar",
  "kr/person",
  "kronor/deltag",
];

/** What no money concept of the year may be: a budget, a forecast, a deviation, a ratio per head. */
const NO_BUDGET_OR_RATIO = [...NO_BUDGET, ...PER_HEAD];
/** The nouns a participant measure counts. */
const PERSONS = ["deltagare", "deltagarna", "delt", "personer", "individer", "st"];
/** People counted at events or at work: never participants, never an intervention's row. */
const EVENT_OR_STAFF = [
  "seminari",
  "utbildningsdag",
  "konferens",
  "besokare",
  "ahorare",
  "workshop",
  "forelasning",
  "anstallda",
  "personal",
  "medarbetare",
  "ledamot",
];
/** Words that make a count of people something else than enrolled participants. */
const NOT_PARTICIPANTS = [
  ...EVENT_OR_STAFF,
  "struktur",
  "natverk",
  "kurs",
  "arsarbet",
  // A group of participants, not a measure: "Nyanlända" starts as "nya" does.
  "nyanland",
  "nyankomn",
];

/**
 * Whether a row label names counted people who are no participants ("Besökare", "Åhörare", "Anställda",
 * "Seminariedeltagare"): a word opening with one of the stems below.
 */
export function namesNonParticipants(label: string): boolean {
  const words = fold(label).split(/[^a-z]+/);
  return words.some((w) => NON_PARTICIPANT_ROW.some((stem) => w.startsWith(stem)));
}
/** A row's stems: the events' and staff's, and study visits (a course or a network may be an intervention's name). */
const NON_PARTICIPANT_ROW = [...EVENT_OR_STAFF, "studiebesok"];

/**
 * Words a rate's label wraps around its destination ("Andel avslutade deltagare som gått vidare
 * till …", "Andel med positiv stegförflyttning"): they say whose share it is, not which.
 */
const RATE_CONTEXT = [
  "andel",
  "andelen",
  "avslutade",
  "avslut",
  "deltagare",
  "deltagarna",
  "personer",
  "gick",
  "gatt",
  "gar",
  "vidare",
  "efter",
  "de",
];

export const CONCEPTS: readonly Concept[] = [
  // ---- finance (income statement, balance sheet, multi-year overviews) ----
  {
    id: "finance:revenue_operating",
    kind: "finance",
    code: "revenue_operating",
    sv: "Verksamhetens intäkter",
    // "Omsättning": the turnover, all the year's revenue (never "omsättningstillgångar").
    stems: ["verksamhetens intakt", "verksamhetsintakt", "rorelseintakt", "rorelsens intakt", "intakt", "omsattning$"],
    units: ["sek"],
    negativeCues: [...NO_BUDGET_OR_RATIO, "finansiell", "ranteintakt"],
  },
  {
    id: "finance:cost_operating",
    kind: "finance",
    code: "cost_operating",
    sv: "Verksamhetens kostnader",
    stems: ["verksamhetens kostnad", "verksamhetskostnad", "rorelsekostnad", "rorelsens kostnad", "kostnad"],
    units: ["sek"],
    negativeCues: [...NO_BUDGET_OR_RATIO, "finansiell", "rantekostnad", "personal", "lokal", "ovrig"],
  },
  {
    id: "finance:operating_result",
    kind: "finance",
    code: "operating_result",
    sv: "Verksamhetens resultat",
    // "netto$" is the word itself: "Verksamhetens nettointäkter" is revenue, not the operating result.
    stems: [
      "verksamhetens resultat",
      "verksamhetsresultat",
      "verksamhetens nettokostnad",
      "rorelseresultat",
      "verksamhetens netto$",
    ],
    units: ["sek"],
    negativeCues: NO_BUDGET_OR_RATIO,
  },
  {
    id: "finance:revenue_financial",
    kind: "finance",
    code: "revenue_financial",
    sv: "Finansiella intäkter",
    stems: ["finansiella intakt", "ranteintakt"],
    units: ["sek"],
    negativeCues: NO_BUDGET_OR_RATIO,
  },
  {
    id: "finance:cost_financial",
    kind: "finance",
    code: "cost_financial",
    sv: "Finansiella kostnader",
    stems: ["finansiella kostnad", "rantekostnad"],
    units: ["sek"],
    negativeCues: NO_BUDGET_OR_RATIO,
  },
  {
    id: "finance:result",
    kind: "finance",
    code: "result",
    sv: "Årets resultat",
    stems: ["arets resultat", "resultat", "arsresultat"],
    units: ["sek"],
    negativeCues: [...NO_BUDGET_OR_RATIO, "verksamhetens", "finansiell", "rorelse", "efter finansiella"],
  },
  {
    id: "finance:equity_end",
    kind: "finance",
    code: "equity_end",
    sv: "Eget kapital vid årets slut",
    // "vid årets slut" says when the level is counted, as "31 december" does.
    stems: [
      "eget kapital",
      "summa eget kapital",
      "eget kapital vid arets slut",
      "eget kapital vid arets utgang",
      "eget kapital vid periodens slut",
    ],
    units: ["sek"],
    negativeCues: [...NO_BUDGET_OR_RATIO, "ingaende", "vid arets borjan", "skulder", "andel", "soliditet i procent"],
  },
  {
    id: "finance:assets_total",
    kind: "finance",
    code: "assets_total",
    sv: "Summa tillgångar",
    stems: ["summa tillgangar", "tillgangar", "balansomslutning"],
    units: ["sek"],
    negativeCues: ["omsattningstillgangar", "anlaggningstillgangar"],
  },
  // ---- participants ----
  {
    id: "participants:enrolled",
    kind: "participants",
    code: "enrolled",
    sv: "Inskrivna deltagare",
    stems: [
      "inskrivn",
      "deltagare",
      "aktuella deltagare",
      "deltagit",
      "deltog",
      "individer",
      "individer i insats",
      "deltagare i insats",
      // "Antal deltagare i individinsatser", "… i individinriktade insatser"
      "deltagare i individinsats",
      "deltagare i individinriktade insats",
      // "Deltagare som (har) varit inskrivna (någon gång) under året": at any time in the year, the year's enrolled.
      "inskrivna nagon gang",
      // "Personer som deltagit i någon insats": any intervention, the federation's count.
      "deltagit i nagon insats",
      "deltagit i en insats",
      // "Personer i individinriktade insatser ..... 198": people in the individual interventions
      "personer i insats",
      "personer i individinsats",
      "personer i individinriktade insats",
      "har varit inskrivn",
      "varit inskrivn",
    ],
    units: ["persons"],
    // "Inskrivna deltagare, unika personer", "Personer som deltagit …": who was counted (persons, each once)
    // says nothing against the measure; "Antal insatser med deltagare" still names interventions.
    context: ["personer", "unika", "nagon"],
    negativeCues: [...NOT_PARTICIPANTS, "nya", "nyinskriv", "avslut", "pagaende vid", "budget"],
  },
  {
    id: "participants:new",
    kind: "participants",
    code: "new",
    sv: "Nya deltagare",
    // "Personer som började"; never "skrivits in"/"första gången" as stems (long stems join the vocabulary the
    // OCR word-joining step trusts: "för staten" became one word).
    stems: ["nya", "nyinskriv", "nytillkomn", "paborjat", "paborjade", "tillkom", "borjade", "borjat"],
    units: ["persons"],
    context: PERSONS,
    negativeCues: NOT_PARTICIPANTS,
  },
  {
    id: "participants:exited",
    kind: "participants",
    code: "exited",
    sv: "Avslutade deltagare",
    stems: ["avslutad", "avslut", "avslutat", "utskrivn"],
    units: ["persons"],
    context: PERSONS,
    negativeCues: [...NOT_PARTICIPANTS, "arbete", "studier", "andel", "procent"],
  },
  {
    id: "participants:ongoing",
    kind: "participants",
    code: "ongoing",
    sv: "Pågående vid årets slut",
    stems: ["pagaende", "kvarstaende", "inskrivna vid arets slut"],
    units: ["persons"],
    context: PERSONS,
    negativeCues: NOT_PARTICIPANTS,
  },
  // ---- gender and totals (row labels and column headings) ----
  {
    id: "gender:woman",
    kind: "gender",
    code: "woman",
    sv: "Kvinnor",
    stems: ["kvinn"],
    abbreviations: ["k", "kv"],
    symbols: ["\u2640"],
    units: ["persons"],
  },
  {
    id: "gender:man",
    kind: "gender",
    code: "man",
    sv: "Män",
    // "man" is folded "män"; it is also the pronoun, so it is only a whole token here.
    stems: [],
    abbreviations: ["man", "m"],
    symbols: ["\u2642"],
    units: ["persons"],
  },
  {
    id: "gender:all",
    kind: "gender",
    code: "all",
    sv: "Totalt",
    stems: [],
    abbreviations: ["tot", "totalt", "total", "summa", "totalsumma", "s:a", "samtliga", "alla", "sammanlagt"],
    // "Σ" (the Greek capital sigma) and "∑" (the n-ary summation sign): a sum.
    symbols: ["\u03a3", "\u2211"],
    units: ["persons"],
  },
  // ---- exits ----
  {
    id: "exit:work_or_studies",
    kind: "exit",
    code: "work_or_studies",
    sv: "Arbete eller studier",
    // "arb./stud.": a narrow column's shortened header.
    stems: ["arbete eller studier", "arbete och studier", "arbete/studier", "arbete, studier", "arb /stud"],
    units: ["persons"],
    negativeCues: ["andel", "procent", "mal"],
  },
  {
    id: "exit:work",
    kind: "exit",
    code: "work",
    sv: "Arbete",
    stems: ["arbete", "anstallning", "subventionerad anstallning", "lonearbete"],
    units: ["persons"],
    // "arbete/studier" is the joint category written as one word.
    negativeCues: [
      "studier",
      "arbete/",
      "andel",
      "procent",
      "arbetsformedling",
      "arbetsprov",
      "arbetstraning",
      "arbetsform",
    ],
  },
  {
    id: "exit:studies",
    kind: "exit",
    code: "studies",
    sv: "Studier",
    stems: ["studier", "utbildning", "studie"],
    units: ["persons"],
    negativeCues: ["arbete", "andel", "procent"],
  },
  // ---- rates ----
  {
    id: "rate:work_or_studies",
    kind: "rate",
    code: "work_or_studies_rate_reported",
    sv: "Andel till arbete eller studier",
    // "Andel arbete/studier": a slash between the two destinations stands for "eller" (with "andel":
    // "Arbete/studier" alone is the exits' category).
    stems: [
      "andel arbete eller studier",
      "andel till arbete",
      "andel som gick till arbete",
      "arbete eller studier",
      "andel arbete/studie",
    ],
    units: ["percent"],
    negativeCues: ["mal", "malsattning", "malvarde", "budget"],
    context: RATE_CONTEXT,
  },
  {
    id: "rate:positive_step",
    kind: "rate",
    code: "positive_step_rate_reported",
    sv: "Andel med positiv stegförflyttning",
    stems: ["positiv stegforflyttning", "stegforflyttning", "positiva steg"],
    units: ["percent"],
    negativeCues: ["mal", "malsattning", "malvarde", "budget"],
    context: RATE_CONTEXT,
  },
  // ---- column bases ----
  {
    id: "basis:actual",
    kind: "basis",
    code: "actual",
    sv: "Utfall",
    stems: ["utfall", "bokslut", "redovisat", "verkligt"],
    abbreviations: ["utf"],
    units: ["none"],
  },
  {
    id: "basis:budget",
    kind: "basis",
    code: "budget",
    sv: "Budget",
    stems: ["budget", "budgeterat", "budgeterad"],
    abbreviations: ["bu"],
    units: ["none"],
  },
  {
    id: "basis:forecast",
    kind: "basis",
    code: "forecast",
    sv: "Prognos",
    stems: ["prognos", "helarsprognos"],
    units: ["none"],
  },
  {
    id: "basis:deviation",
    kind: "basis",
    code: "deviation",
    sv: "Avvikelse",
    stems: ["avvikelse", "differens", "avvik"],
    abbreviations: ["diff", "avv"],
    units: ["none"],
  },
  {
    id: "basis:note",
    kind: "basis",
    code: "note",
    sv: "Not",
    stems: ["noter"],
    abbreviations: ["not"],
    units: ["none"],
  },
];

/** A label taken apart for matching. */
export interface FoldedLabel {
  /** Folded words: lower case, diacritics removed, hyphenation undone, no bullets. */
  words: string[];
  /** The label began with a dash bullet ("– varav kvinnor"): a part of the row above. */
  bullet: boolean;
  /** The label said "varav": a part of the row above. */
  part: boolean;
  /** The label said "Summa"/"Totalt": a total row. */
  total: boolean;
}

/** Lower case, no diacritics: "Årets" → "arets". OCR text often loses them. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * A label as words. Hyphenation is undone only where a lower-case syllable follows
 * ("del-tagare", "del- tagare"); "Arbete-/studier" style joins keep their slash.
 */
export function foldLabel(label: string): FoldedLabel {
  let t = label.replace(/\u00ad/g, "").replace(/(\p{Ll})-\s*(\p{Ll})/gu, "$1$2");
  const bullet = /^\s*[-–—•·*]\s+/u.test(t);
  t = t.replace(/^\s*[-–—•·*]\s+/u, "");
  t = fold(t)
    // The year's balance date ("Eget kapital 31/12", "per 31 december") says when a level is
    // counted, not what it is; any other date stays a word of its own and names nothing.
    .replace(/(?<![\d/])31\s?\/\s?12(?![\d/])|(?<!\d)31 dec(?:ember|\.)?(?!\p{L})/gu, " ")
    .replace(/\(([^)]*)\)/g, " ")
    .replace(/[^\p{L}\p{N}/:]+/gu, " ");
  let words = t.split(/\s+/).filter(Boolean);
  const part = words[0] === "varav" || words[0] === "darav";
  if (part) words = words.slice(1);
  const total = words.some((w) => TOTAL_WORDS.has(w));
  // A unit after the label ("Intäkter, tkr") is dropped as a unit in brackets is above.
  words = words.filter((w) => !/^\d+$/.test(w) && !LABEL_UNIT_WORDS.has(w));
  return { words, bullet, part, total };
}

/** A stem word matches a label word it begins; a stem word ending in "$" only the same word. */
function stemMatchesAt(stemWords: readonly string[], words: readonly string[], at: number): boolean {
  for (let i = 0; i < stemWords.length; i++) {
    const w = words[at + i];
    const stem = stemWords[i]!;
    if (w === undefined) return false;
    if (stem.endsWith("$") ? w !== stem.slice(0, -1) : !w.startsWith(stem)) return false;
  }
  return true;
}

export interface ConceptMatch {
  concept: Concept;
  /** Share of the label's meaningful words the concept covers, 0–1. */
  score: number;
  label: FoldedLabel;
}

/** How well `concept` names `label`: 0 when it does not, or when a negative cue is present. */
export function scoreConcept(concept: Concept, label: FoldedLabel): number {
  const words = label.words;
  const joined = ` ${words.join(" ")} `;
  if (concept.negativeCues?.some((cue) => joined.includes(` ${cue}`))) return 0;
  const neutral = (w: string) => FILLER.has(w) || TOTAL_WORDS.has(w) || !!concept.context?.includes(w);
  const meaningful = words.filter((w) => !neutral(w));
  if (meaningful.length === 0) {
    // A label of only total words ("Summa", "Totalt") names the total column/row.
    return concept.abbreviations?.some((a) => words.includes(a)) ? 1 : 0;
  }
  const covered = new Set<number>();
  for (const a of concept.abbreviations ?? [])
    words.forEach((w, i) => {
      if (w === a) covered.add(i);
    });
  for (const stem of concept.stems) {
    const stemWords = stem.split(" ");
    for (let at = 0; at + stemWords.length <= words.length; at++)
      if (stemMatchesAt(stemWords, words, at)) for (let i = 0; i < stemWords.length; i++) covered.add(at + i);
  }
  const hits = [...covered].filter((i) => !neutral(words[i]!)).length;
  return hits / meaningful.length;
}

/** Every concept of the given kinds that names the label, best first. */
export function matchConcepts(label: string, kinds?: readonly ConceptKind[]): ConceptMatch[] {
  const folded = foldLabel(label);
  const out: ConceptMatch[] = [];
  for (const concept of CONCEPTS) {
    if (kinds && !kinds.includes(concept.kind)) continue;
    const score = scoreConcept(concept, folded);
    if (score > 0) out.push({ concept, score, label: folded });
  }
  return out.sort((a, b) => b.score - a.score || a.concept.id.localeCompare(b.concept.id));
}

/**
 * The one concept the label names: the best match scoring at least `min`, and clearly ahead of
 * the next (a tie names neither, and the number stays unread).
 */
export function bestConcept(label: string, kinds?: readonly ConceptKind[], min = 0.75): ConceptMatch | undefined {
  // Readers ask about the same labels over and over (every row of every table of a long report).
  // Keyed by the few settings, then by the label itself: no key string is built per question.
  const settings = `${min}|${kinds?.join(",") ?? ""}`;
  let byLabel = bestCache.get(settings);
  if (byLabel === undefined) bestCache.set(settings, (byLabel = new Map()));
  const known = byLabel.get(label);
  if (known !== undefined || byLabel.has(label)) return known;
  if (bestCacheSize > 20_000) {
    for (const m of bestCache.values()) m.clear();
    bestCacheSize = 0;
  }
  const best = findBest(label, kinds, min);
  byLabel.set(label, best);
  bestCacheSize++;
  return best;
}

const bestCache = new Map<string, Map<string, ConceptMatch | undefined>>();
let bestCacheSize = 0;

function findBest(label: string, kinds: readonly ConceptKind[] | undefined, min: number): ConceptMatch | undefined {
  const [first, second] = matchConcepts(label, kinds);
  if (!first || first.score < min) return undefined;
  if (second && second.score >= first.score - 0.1 && second.concept.code !== first.concept.code) return undefined;
  return first;
}

const BY_SYMBOL = new Map(CONCEPTS.flatMap((c) => (c.symbols ?? []).map((sign) => [sign, c.sv] as const)));

const SIGN = [...BY_SYMBOL.keys()].join("");
/** A legend of signs: "♀ kvinnor   ♂ män   Σ summa", "♀ = kvinnor, ♂ = män". */
const SIGN_LEGEND = new RegExp(String.raw`^\s*(?:[${SIGN}]\s*[=:]?\s*\p{L}+[\s,;]*){2,}$`, "u");

/** Whether a line is only a legend of the lexicon's signs, each with its word. */
export function isSignLegend(line: string): boolean {
  return SIGN_LEGEND.test(line);
}

/** The concept's Swedish word for a cell that is one of its signs alone ("♀" → "Kvinnor", "Σ" → "Totalt"). */
export function wordForSymbol(cell: string): string | undefined {
  return BY_SYMBOL.get(cell.trim());
}

/** The concept with this id; throws on a typo, so a reader cannot silently lose a concept. */
export function conceptById(id: string): Concept {
  const c = CONCEPTS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown concept ${id}`);
  return c;
}

/** A test for free-text search of a concept (the candidate finder): any stem or abbreviation, folded. */
export function conceptHint(concept: Concept): (text: string) => boolean {
  return (text: string) => {
    const label = foldLabel(text);
    return scoreConcept(concept, label) > 0 || (concept.abbreviations ?? []).some((a) => label.words.includes(a));
  };
}

// ---- prose: the words running text uses for a concept that a table's row label does not ----

/**
 * Concepts as running text names them, beside the table concepts above: "ett underskott på
 * 0,6 Mkr" is the year's result, "det egna kapitalet" is the equity. Kept apart from `CONCEPTS`
 * so that a table reader never binds a row label to a prose-only word.
 */
export const PROSE_CONCEPTS: readonly Concept[] = [
  {
    id: "prose:result_by_sign",
    kind: "finance",
    code: "result",
    sv: "Årets resultat (överskott eller underskott)",
    // "en förlust på 0,3 Mkr", "gick med ett plus på 0,2 mnkr", "ett minus på 412 tkr": web summaries
    // and council decisions; the money grammar's sign words give the sign.
    stems: [
      "underskott",
      "overskott",
      "plusresultat",
      "minusresultat",
      "negativt resultat",
      "positivt resultat",
      "forlust",
      "ett plus pa",
      "ett minus pa",
      "gick med plus",
      "gick med minus",
      // "… och gick back med 112 000 kronor": a loss in everyday words, the past tense only (a plan's "går back").
      "gick back",
      "gatt back",
    ],
    units: ["sek"],
    negativeCues: [...NO_BUDGET_OR_RATIO, "verksamhetens", "finansiell", "rorelse", "ackumulerat", "balanserat"],
  },
  {
    id: "prose:turnover",
    kind: "finance",
    code: "revenue_operating",
    sv: "Verksamhetens intäkter (omsättning)",
    // "Förbundet omsatte 6,4 Mkr under 2024": the verb names the year's revenue as a whole.
    stems: ["omsatte$", "omsatt$", "omsatter$"],
    units: ["sek"],
    negativeCues: NO_BUDGET_OR_RATIO,
  },
  {
    id: "prose:equity",
    kind: "finance",
    code: "equity_end",
    sv: "Eget kapital vid årets slut",
    stems: ["egna kapital", "eget kapital"],
    units: ["sek"],
    negativeCues: [...NO_BUDGET_OR_RATIO, "ingaende", "vid arets borjan", "januari", "andel", "soliditet"],
  },
];

/**
 * The one concept of the given kinds a clause of running text names, or undefined. A clause has
 * verbs and fillers a row label has not ("uppgick till", "redovisar ett"), so any positive score
 * counts; two concepts of different codes scoring alike name neither ("intäkter och kostnader").
 */
export function bestProseConcept(clause: string, kinds: readonly ConceptKind[]): ConceptMatch | undefined {
  const scored = proseConceptMatches(clause, kinds);
  const [first] = scored;
  if (!first) return undefined;
  // Any other code that names the clause at all makes it ambiguous: a clause names one figure.
  if (scored.some((m) => m.concept.code !== first.concept.code)) return undefined;
  return first;
}

/**
 * Every concept of the given kinds, table or prose, that a clause of running text names at all, best
 * first. The money grammar asks of every clause around every amount, several times over, and reports
 * word their clauses alike ("Årets resultat uppgick till"): each clause is scored once per run, by
 * kinds, then by the clause (a copy, so the cache holds no document's text). Read-only.
 */
export function proseConceptMatches(clause: string, kinds: readonly ConceptKind[]): readonly ConceptMatch[] {
  const key = kinds.join(",");
  let byClause = proseMatchCache.get(key);
  if (byClause === undefined) proseMatchCache.set(key, (byClause = new Map()));
  const known = byClause.get(clause);
  if (known !== undefined) return known;
  if (proseMatchCacheSize > 20_000) {
    for (const m of proseMatchCache.values()) m.clear();
    proseMatchCacheSize = 0;
  }
  const folded = foldLabel(clause);
  const matches = proseConceptsOf(key, kinds)
    .map((concept) => ({ concept, score: scoreConcept(concept, folded), label: folded }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.concept.id.localeCompare(b.concept.id));
  byClause.set(detached(clause), matches);
  proseMatchCacheSize++;
  return matches;
}
const proseMatchCache = new Map<string, Map<string, readonly ConceptMatch[]>>();
let proseMatchCacheSize = 0;

/** The table and prose concepts of the given kinds, listed once per set of kinds. */
function proseConceptsOf(key: string, kinds: readonly ConceptKind[]): readonly Concept[] {
  let list = proseConceptLists.get(key);
  if (list === undefined)
    proseConceptLists.set(key, (list = [...CONCEPTS, ...PROSE_CONCEPTS].filter((c) => kinds.includes(c.kind))));
  return list;
}
const proseConceptLists = new Map<string, readonly Concept[]>();

// ---- minutes: the columns of a table of decisions ----

/** What a column of a decision table holds ("§ | Ärende | Beslut | Belopp"). */
export type DecisionColumn = "item" | "title" | "decision" | "amount" | "applied" | "recipient" | "period";

/**
 * The columns a table of a meeting's decisions may have, by their header words. Kept apart from
 * `CONCEPTS`: no figure reader binds a row label to them. An amount applied for ("Sökt belopp") is
 * never the amount granted, and a proposal ("Förslag till beslut") is not a decision.
 */
export const DECISION_COLUMNS: readonly Concept[] = [
  {
    id: "decision_column:item",
    kind: "decision_column",
    code: "item",
    sv: "Paragraf",
    // "§" is read as "paragraf" (`decisionColumn`): folding drops it.
    stems: ["paragraf", "arendenummer", "arendenr", "arende nr$", "punkt$", "dagordningspunkt"],
    abbreviations: ["nr", "p", "par"],
    units: ["none"],
  },
  {
    id: "decision_column:title",
    kind: "decision_column",
    code: "title",
    sv: "Ärende",
    stems: [
      "arende$",
      "arendet$",
      "arenden$",
      "arenderubrik",
      "arendebeskrivning",
      "rubrik",
      "amne$",
      "fraga$",
      "fragan$",
    ],
    units: ["none"],
  },
  {
    id: "decision_column:decision",
    kind: "decision_column",
    code: "decision",
    sv: "Beslut",
    stems: ["beslut$", "beslutet$", "styrelsens beslut", "arbetsutskottets beslut", "beslutas$", "beslutade$"],
    units: ["none"],
    negativeCues: ["forslag", "datum"],
  },
  {
    id: "decision_column:amount",
    kind: "decision_column",
    code: "amount",
    sv: "Beviljat belopp",
    stems: ["belopp", "beviljat", "beviljade", "beviljas$", "anslag", "tilldelat", "kronor$"],
    units: ["sek"],
    negativeCues: ["sokt", "ansokt", "budget", "forslag", "foreslaget"],
  },
  {
    id: "decision_column:applied",
    kind: "decision_column",
    code: "applied",
    sv: "Sökt belopp",
    stems: ["sokt", "ansokt", "ansokan om"],
    units: ["sek"],
  },
  {
    id: "decision_column:recipient",
    kind: "decision_column",
    code: "recipient",
    sv: "Mottagare",
    stems: ["sokande", "mottagare", "huvudman", "anordnare", "organisation"],
    units: ["none"],
  },
  {
    id: "decision_column:period",
    kind: "decision_column",
    code: "period",
    sv: "Period",
    stems: ["period", "tidsperiod", "giltig"],
    units: ["none"],
  },
];

/** What a decision table's header cell says its column holds, or undefined when it names none or two alike. */
export function decisionColumn(header: string): DecisionColumn | undefined {
  // "Beslut/åtgärd": each word of a slashed pair is a word of the header.
  const folded = foldLabel(header.replace(/§+/g, " paragraf ").replace(/\//g, " "));
  const scored = DECISION_COLUMNS.map((c) => ({ c, score: scoreConcept(c, folded) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < 0.5 || (second && second.score >= first.score - 0.1)) return undefined;
  return first.c.code as DecisionColumn;
}
