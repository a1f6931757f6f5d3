/**
 * A comparison clause closing a sentence after the year's figure, naming the earlier year it compares
 * with: "… var 68 mot 2023 års 61.", "… deltog 163 personer, jämfört med 149 under 2023.", "… 7 420 000
 * kronor, mot 2023 års 7 180 000 kronor.", "… ett underskott på 190 000 kronor, jämfört med ett
 * överskott på 230 000 kronor under 2023." Read whole, the clause's year made the sentence one that
 * "also names 2023", and its number a second figure the grammars could not place; the year's own
 * figure went unread. The clause is blanked (offsets kept) before a grammar reads the sentence, and its
 * figure is offered to the caller with the year the clause names: the figure grammar stores it as that
 * year's count of the one whole count the head gave; money stays unread.
 *
 * Only a clause that closes its sentence, opens on "mot", "jämfört med" or "att jämföra med" (or says the
 * earlier year's count after the year's: ", 2024 var de 231", "och år 2024 var antalet 231"), and names
 * an earlier year by its number ("året innan" is left to the grammars, which read it by their own
 * rules). The shapes the grammars read already are left to them: ", jämfört med 167 personer under
 * 2023" (the figure grammar's `COMPARED_COUNT`) and ", mot 5 902 tkr under 2023" (the money grammar's
 * `PRIOR_COMPARED_YEAR`). Pure.
 */
import { AMOUNT_UNIT_WORD } from "../../reference/units.ts";
import { tokenize, type NumberToken, type SentenceReading } from "./figureGrammar.ts";

export interface ComparisonClause {
  /** The sentence with the clause blanked, as long as the sentence. */
  blanked: string;
  /** The compared figure's offsets in the sentence, and its number as written. */
  start: number;
  end: number;
  raw: string;
  /** The earlier year the clause names. */
  year: number;
  /** Whether the figure is an amount of money (a unit or a result's word beside it). */
  money: boolean;
}

const NUM = String.raw`[−–-]?\d{1,3}(?: \d{3})*(?:,\d+)?`;
const NOUN = String.raw`personer|deltagare|individer|avslut|avslutade|nya`;
const SIGNED = String.raw`(?:ett |en )?(?:överskott|underskott|resultat|minus|plus)(?: på| om)? `;
const UNIT = String.raw`(?:${AMOUNT_UNIT_WORD})`;
/**
 * "mot 2023 års 61", "jämfört med 2023 års överskott på 230 000 kronor", and the year before by its
 * words: "mot föregående års 92", "mot förra årets 9,8 mkr", "mot fjolårets 61".
 */
const YEAR_GENITIVE = new RegExp(
  String.raw`(?:,\s*|\s)(mot|jämfört med|att jämföra med) (?:((?:19|20)\d\d) års|(föregående års|förra årets|fjolårets)) (${SIGNED})?(${NUM})(?: (${UNIT}))?(?: (?:${NOUN}))?\s*[.!]?\s*$`,
  "iu",
);
/** ", jämfört med 149 under 2023", ", jämfört med ett överskott på 230 000 kronor under 2023", "mot 61 år 2023". */
const YEAR_AFTER = new RegExp(
  String.raw`(?:,\s*|\s)(mot|jämfört med|att jämföra med) (${SIGNED})?(${NUM})(?: (${UNIT}))?(?: (${NOUN}))? (?:under år|under|år|för) ((?:19|20)\d\d)\s*[.!]?\s*$`,
  "iu",
);
/** ", 2024 var de 231", "; år 2024 var antalet 231": the earlier year's count said after the year's. */
const YEAR_THEN = new RegExp(
  String.raw`(?:,\s*|;\s*|\s(?:och|medan)\s)(?:år\s+)?((?:19|20)\d\d) var (?:de|det|antalet|siffran) (${NUM})(?: (?:${NOUN}))?\s*[.!]?\s*$`,
  "iu",
);
/** The cheap look: the words every shape holds. */
const CUE = /mot|jämför| var (?:de|det|antalet|siffran) \d/i;

/** The closing comparison clause of a sentence written in the report's `year`, or undefined. */
export function comparisonClause(sentence: string, year: number): ComparisonClause | undefined {
  if (!CUE.test(sentence)) return undefined;
  const g = YEAR_GENITIVE.exec(sentence);
  if (g)
    return clauseOf(
      sentence,
      g,
      g[2] === undefined ? year - 1 : Number(g[2]),
      g[5]!,
      g[4] !== undefined || g[6] !== undefined,
      year,
    );
  const t = YEAR_THEN.exec(sentence);
  if (t) return clauseOf(sentence, t, Number(t[1]), t[2]!, false, year);
  const a = YEAR_AFTER.exec(sentence);
  if (!a) return undefined;
  const signed = a[2] !== undefined;
  const unit = a[4] !== undefined;
  const noun = a[5] !== undefined;
  // The grammars' own shapes: ", jämfört med 167 personer under 2023"; ", mot 5 902 tkr under 2023".
  if (a[1]!.toLowerCase() === "jämfört med" && noun && !signed && !unit) return undefined;
  if (unit && !signed) return undefined;
  return clauseOf(sentence, a, Number(a[6]), a[3]!, signed || unit, year);
}

function clauseOf(
  sentence: string,
  m: RegExpExecArray,
  clauseYear: number,
  raw: string,
  money: boolean,
  year: number,
): ComparisonClause | undefined {
  if (clauseYear >= year) return undefined;
  // The connector and a result's words hold no digit: the number is the first after the genitive's year.
  const genitive = / års | årets | fjolårets /.exec(m[0].toLowerCase());
  const start = m.index + m[0].indexOf(raw, genitive ? genitive.index + genitive[0].length : 0);
  // The sentence's closing mark stays: the clause is blanked up to it.
  const mark = /[.!]?\s*$/u.exec(m[0])![0];
  return {
    blanked: sentence.slice(0, m.index) + " ".repeat(m[0].length - mark.length) + mark,
    start,
    end: start + raw.length,
    raw,
    year: clauseYear,
    money,
  };
}

/**
 * The reading of a sentence whose comparison clause was blanked, with the clause's figure added as the
 * earlier year's count of the one whole count the head gave ("Avslutade … var 68 mot 2023 års 61": 61
 * exited in 2023). Nothing is added where the head gave no such count or several, or the figure is
 * money or rounded; the figure is then left unread.
 */
export function comparedCount(sentence: string, clause: ComparisonClause, reading: SentenceReading): SentenceReading {
  const token = tokenize(sentence).find(
    (t): t is NumberToken => t.type === "number" && t.start === clause.start && t.end === clause.end,
  );
  // An amount is the money reader's to leave unread.
  if (!token || clause.money) return reading;
  const whole = reading.figures.filter((f) => f.kind === "count" && f.gender === "all" && f.year === undefined);
  const main = whole.length === 1 ? whole[0] : undefined;
  if (token.approximate || main?.kind !== "count" || main.measure === "structural_participants")
    return { ...reading, unread: [...reading.unread, token] };
  return {
    ...reading,
    figures: [...reading.figures, { kind: "count", measure: main.measure, gender: "all", token, year: clause.year }],
  };
}

/** The year before named by words or by its number: what a change is measured from. */
const FROM_WHEN = String.raw`(?:((?:19|20)\d\d)|året innan|året före|föregående år|förra året|fjolåret)`;
const CHANGE_NOUN = String.raw`(?:ökning|minskning|höjning|sänkning|uppgång|nedgång)`;
const CHANGE_SIZE = String.raw`(?:${NUM}|\p{L}+)(?: (?:procent|%|procentenheter|${UNIT}|${NOUN}))?`;
/** ", en minskning med 6 personer från året innan.", ", en ökning med 4 procent jämfört med 2024.": closing. */
const CHANGE_TAIL = new RegExp(
  String.raw`,\s*(?:en|ett) ${CHANGE_NOUN}(?: med ${CHANGE_SIZE})? (?:jämfört med|i jämförelse med|från|mot|sedan) ${FROM_WHEN}(?=\s*[.!]?\s*$)`,
  "iu",
);
/** ", fem fler än 2024,", ", 12 färre än året innan,": a change set between commas. */
const CHANGE_APPOSITION = new RegExp(
  String.raw`,\s*(?:${NUM}|\p{L}+) (?:fler|färre|mer|mindre) än ${FROM_WHEN}(?=\s*,)`,
  "giu",
);
/**
 * "… ökade från 29 procent 2023 till 35 procent 2024", "… steg från 140 deltagare år 2023 till 162": the
 * level a change starts from, with its earlier year, said before the year's level ("till …").
 */
const CHANGE_FROM = new RegExp(
  String.raw`(?<=(?:ökade|ökat|minskade|minskat|steg|stigit|sjönk|sjunkit|gick upp|gått upp|gick ner|gått ner|förbättrades|förbättrats|försämrades|försämrats) )från ${NUM}(?: (?:procent|%|${NOUN}))? (?:under år |under |år |i )?((?:19|20)\d\d)(?= till )`,
  "giu",
);
const CHANGE_CUE =
  /ökning|minskning|höjning|sänkning|uppgång|nedgång| än |(?:ökade|ökat|minskade|minskat|steg|stigit|sjönk|sjunkit|upp|ner|förbättrades|förbättrats|försämrades|försämrats) från/i;

/**
 * The sentence with its change clauses blanked (offsets kept), or undefined where it holds none: a
 * change from the year before said beside the year's figure (", en minskning med 6 personer från
 * året innan", ", fem fler än 2024,") is no figure of its own, and its year or its number made the
 * grammars leave the year's figure unread; nor is the level a change starts from ("ökade från 29 procent
 * 2023 till 35 procent 2024"). Only a change from an earlier year, closing the sentence, set between
 * commas, or its starting level named with its year before "till".
 */
export function withoutChangeClauses(sentence: string, year: number): string | undefined {
  if (!CHANGE_CUE.test(sentence)) return undefined;
  let out = sentence;
  const blank = (m: RegExpExecArray) => {
    if (m[1] !== undefined && Number(m[1]) >= year) return;
    out = out.slice(0, m.index) + " ".repeat(m[0].length) + out.slice(m.index + m[0].length);
  };
  const tail = CHANGE_TAIL.exec(out);
  if (tail) blank(tail);
  CHANGE_APPOSITION.lastIndex = 0;
  for (let m = CHANGE_APPOSITION.exec(sentence); m !== null; m = CHANGE_APPOSITION.exec(sentence)) blank(m);
  CHANGE_FROM.lastIndex = 0;
  for (let m = CHANGE_FROM.exec(sentence); m !== null; m = CHANGE_FROM.exec(sentence)) blank(m);
  return out === sentence ? undefined : out;
}
