/**
 * A correction notice ("Rättelse", "Korrigering 1. Sid 14 … Där står att 164 personer deltog …
 * Rätt antal är 158") says a figure printed in the document is wrong. The figure it names as
 * printed is not stored, neither from the notice nor from the body that still prints it, and
 * neither are the other figures of the body's sentences that print it (their gender split belongs
 * to the wrong count; a destination beside a wrong count of all taking part is of the exits and stays). Nothing else is stored from the notice's own lines: only a corrected count
 * said in so many words ("Rätt antal är 158", "ska vara 158"), right after the count it corrects,
 * takes the place of that count, where every count read with the wrong value is the same figure
 * (one intervention or the federation, one year, one measure); its gender split in a bracket
 * ("158 (92 kvinnor och 66 män)") only where the two add up to it.
 *
 * A notice may also give the right figure first and the wrong one after "inte" ("på sidan 4 ska det
 * stå 212, inte 221", "antalet avslutade är 87 och inte 78", "ett underskott på 143 000 kronor, inte
 * 134 000 kronor", "164 i stället för 146"). The wrong one is dropped as above; the right one is read
 * from the notice's sentence said as a statement (the notice's lead, the page and the wrong figure
 * taken out, "ska det stå"/"ska … vara" read as "är"), by the figure and money grammars: a count or an
 * amount of the report's year, the federation's where the sentence names no intervention. Where the
 * sentence says too little ("ska det stå 212, inte 221"), the right figure takes the place of the one
 * count or amount read with the wrong value, as above.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { sentenceFiguresByLine } from "./proseSentences.ts";
import { unreadNumber } from "../findings.ts";
import { readSentence } from "./figureGrammar.ts";
import { readMoneySentence } from "./moneyGrammar.ts";

/** A heading or lead of a correction notice. */
/**
 * A notice inside a line, as a post's author corrects itself in a comment ("Tack! Och en rättelse från
 * oss: det var 38 …", "en liten rättelse: antalet … ska vara 29, inte 27"): the word and a colon.
 */
const NOTICE_WORD = /rättelse|korrigering|errata/i;
const NOTICE = /^\s*(?:rättelse|korrigering(?:ar)?|errata)\b|(?<!\p{L})rättelse(?:\s+från\s+oss)?\s*:/iu;
/**
 * "Där står att 164 personer …", "det står 164", "anges felaktigt 164", "I en tidigare version stod att
 * 148 personer …": the figure as printed.
 */
const PRINTED =
  /(?:(?:står|stod)\s+(?:det\s+)?(?:att\s+)?|anges\s+felaktigt\s+|angavs\s+felaktigt\s+|felaktigt\s+angivet?\s+)(\d{1,3}(?:[ \u00a0]\d{3})*)/giu;
/**
 * "Rättelse! 214 räknade två personer dubbelt", "Korrigering: 96 var fel": a notice opening on the
 * figure it says is wrong, the figure the subject of its verb (räknade, var, stämmer …) and the
 * error said in so many words (fel, dubbelt, inte) within its next words. A figure before a noun
 * ("6 personer räknades dubbelt") counts the errors, not the figure printed.
 */
const PRINTED_FIRST =
  /^\s*(?:rättelse|korrigering)[\s!:.–-]*(\d{1,3}(?:[ \u00a0]\d{3})*)(?![\d,])(?=\s+(?:räknade|var|blev|är|stämmer|stämde|innehöll|innehåller|angavs)(?!\p{L})(?:\s+\p{L}+){0,5}?\s+(?:fel\p{L}*|dubbelt|inte|ej)(?!\p{L}))/iu;
/**
 * "Rätt antal är 158 (92 kvinnor och 66 män)", "ska vara 158", "Rätt: 212 unika personer, 120
 * kvinnor och 92 män", "Rätt är 143, varav 84 kvinnor och 59 män": the figure as it should read.
 */
const CORRECTED =
  /(?:(?:rätt|korrekt|riktigt)\s+(?:(?:antal|siffra|siffran|värde)\s+)?(?:är|ska vara|skall vara)|ska\s+vara|skall\s+vara|(?:rätt|korrekt|riktigt)\s*:)\s+(\d{1,3}(?:[ \u00a0]\d{3})*)(?!\d|,\d)(?:\s+(?:unika\s+)?(?:personer|deltagare))?(?:\s*[(,]\s*(?:varav\s+)?(\d{1,3}(?:[ \u00a0]\d{3})*)\s+kvinnor\s+och\s+(\d{1,3}(?:[ \u00a0]\d{3})*)\s+män\)?)?/iu;

const parse = (written: string) => Number(written.replace(/[ \u00a0]/g, ""));

/** A figure of a right–wrong pair, with an optional unit of money. */
const PAIR_FIGURE = String.raw`(\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?)(?:\s*(kronor|kr|tkr|mnkr|mkr|miljoner kronor))?`;
/**
 * "212, inte 221", "87 och inte 78", "143 000 kronor, inte 134 000 kronor (som det står)", "164 i stället för
 * 146", "198 deltagare, inte 212 deltagare" (each figure with its noun), and the cleft "det var 38 som gick
 * till arbete, inte 39" (what the figure counts between the two).
 */
const PAIR = new RegExp(
  String.raw`${PAIR_FIGURE}(?:\s+(?:personer|deltagare|avslut))?(?:\s+som\s+[^\d.,;:]{3,60})?,?\s+(?:och\s+)?(?:inte|ej|icke|i\s?stället\s+för)\s+${PAIR_FIGURE}(?:\s+(?:personer|deltagare|avslut))?(?:,?\s+som\s+det\s+(?:står|stod)(?:\s+i\s+(?:texten|rapporten))?)?`,
  "giu",
);
const SCALE: Record<string, number> = {
  kronor: 1,
  kr: 1,
  tkr: 1_000,
  mnkr: 1_000_000,
  mkr: 1_000_000,
  "miljoner kronor": 1_000_000,
};
/** A written figure in kronor where it carries a unit (its own or its pair's), else as a count. */
const valueOf = (written: string, unit: string | undefined) =>
  Number(written.replace(/[ \u00a0]/g, "").replace(",", ".")) * (unit ? SCALE[unit.toLowerCase()]! : 1);

/** The notice's sentence said as a statement: its lead, the page and the modal verb taken out. */
function asStatement(sentence: string, right: string): string {
  return (
    sentence
      .replace(/^\s*(?:rättelse|korrigering|errata)[^:]*:\s*/iu, "")
      .replace(/(?:^|\s)(?:på\s+)?(?:sidan|sid\.?|s\.)\s*\d+\s*[:,]?(?=\s)/giu, " ")
      .replace(/(?:där\s+)?(?:ska|skall)\s+det\s+(?:stå|vara)\s+(?:att\s+)?/giu, "")
      .replace(/\b(?:ska|skall)\s+vara\b/giu, "är")
      .replace(/\b(?:ska|skall)\s+((?:\p{L}+\s+){1,3}?)vara\b/giu, "$1är")
      // The wrong figure and its "inte" go; what the right one counts stays ("det var 38 som gick till arbete").
      .replace(PAIR, (m) => m.replace(/,?\s+(?:och\s+)?(?:inte|ej|icke|i\s?stället\s+för)\s+[\s\S]*$/iu, "") || right)
      // "212, i meningen om hur många personer som deltog …": the figure is the count the sentence names.
      .replace(/(\d),?\s+i\s+(?:meningen|stycket|texten|avsnittet)\s+om\s+hur\s+många\s+/giu, "$1 ")
      .trim()
  );
}
/** "Andelen blir därmed 44 procent": a rate drawn from the corrected figure, in the notice after it. */
const RATE_THEREFORE =
  /(?<!\p{L})andel(?:en)?(?:\s+\p{L}+){0,6}?\s+(?:blir|är|var|blev)\s+(?:därmed|alltså|då)\s+(\d{1,2}(?:,\d)?)\s*(?:procent|%)/giu;
/** An intervention or project named by its name: a correction of one is no federation figure. */
const NAMES_ONE = /\b(?:insatsen|projektet|verksamheten)\s+\p{Lu}/u;

/** A figure printed wrongly and, where the notice says it right after, what it should read, with its line. */
interface Correction {
  printed: number;
  corrected?: { value: number; women?: number; men?: number; line: number };
  /** A right–wrong pair's: the notice's sentence said as a statement, the amounts in kronor where money. */
  statement?: string;
  money?: boolean;
}

/** The figures a correction notice names as printed wrongly, with the notice's lines. */
function printedWrong(doc: DocumentText): {
  values: Set<number>;
  lines: Set<number>;
  corrections: Correction[];
  rates: { value: number; line: number }[];
} {
  const values = new Set<number>();
  const lines = new Set<number>();
  const corrections: Correction[] = [];
  const rates: { value: number; line: number }[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    if (!NOTICE.test(doc.at(n))) continue;
    // The notice runs to its first blank line after the text; its lines are read as one text.
    let text = "";
    const starts: { at: number; line: number }[] = [];
    for (let k = n; k <= doc.lineCount && (k === n || doc.at(k) !== ""); k++) {
      lines.add(k);
      starts.push({ at: text.length, line: k });
      text += `${doc.at(k)} `;
    }
    const lineOf = (at: number) => starts.filter((s) => s.at <= at).at(-1)!.line;
    const first = PRINTED_FIRST.exec(text);
    const printed = [...(first ? [first] : []), ...text.matchAll(PRINTED)];
    printed.forEach((m, i) => {
      values.add(parse(m[1]!));
      // What the notice says it should read, before the next figure it names as printed.
      const end = printed[i + 1]?.index ?? text.length;
      const right = CORRECTED.exec(text.slice(m.index + m[0].length, end));
      const at = right ? m.index + m[0].length + right.index + right[0].indexOf(right[1]!) : -1;
      corrections.push({
        printed: parse(m[1]!),
        ...(right
          ? {
              corrected: {
                value: parse(right[1]!),
                ...(right[2] ? { women: parse(right[2]), men: parse(right[3]!) } : {}),
                line: lineOf(at),
              },
            }
          : {}),
      });
    });
    // "… ska det stå 212, inte 221": the right figure first, the wrong one after "inte".
    for (const m of text.matchAll(PAIR)) {
      const unit = m[2] ?? m[4];
      const [right, wrong] = [valueOf(m[1]!, unit), valueOf(m[3]!, unit)];
      if (!Number.isFinite(right) || !Number.isFinite(wrong) || right === wrong) continue;
      values.add(wrong);
      const from = Math.max(text.lastIndexOf(". ", m.index) + 1, 0);
      const stop = text.indexOf(". ", m.index + m[0].length);
      const sentence = text.slice(from, stop < 0 ? text.length : stop + 1);
      corrections.push({
        printed: wrong,
        corrected: { value: right, line: lineOf(m.index) },
        statement: asStatement(sentence, m[1]! + (m[2] ? ` ${m[2]}` : "")),
        money: unit !== undefined,
      });
    }
    for (const m of text.matchAll(RATE_THEREFORE))
      rates.push({ value: Number(m[1]!.replace(",", ".")), line: lineOf(m.index + m[0].indexOf(m[1]!)) });
    n = Math.max(n, ...lines);
  }
  return { values, lines, corrections, rates };
}

/**
 * The counts a notice corrects in so many words: the count read with the printed value, each time
 * the same figure, again with the corrected value on the notice's line (and its gender split, where
 * it adds up).
 */
function correctedCounts(
  doc: DocumentText,
  facts: readonly FactInput[],
  corrections: readonly Correction[],
): FactInput[] {
  const out: FactInput[] = [];
  for (const c of corrections) {
    const right = c.corrected;
    if (!right) continue;
    if (c.statement !== undefined) {
      const read = readStatement(doc, c.statement, right.value, right.line, !!c.money);
      if (read) {
        out.push(read);
        continue;
      }
    }
    if (c.money) {
      // The one amount read with the wrong value, each time the same item of the same year.
      const same = facts.filter((f) => f.table === "finance" && Math.abs(f.amount_sek ?? NaN) === c.printed);
      const keys = new Set(same.map((f) => (f.table === "finance" ? `${f.item}|${f.year}|${f.basis}` : "")));
      const model = same[0];
      if (keys.size === 1 && model?.table === "finance")
        out.push({
          ...model,
          amount_sek: Math.sign(model.amount_sek ?? 1) * right.value,
          line: right.line,
          text: doc.at(right.line),
          confirmed_by: [],
        });
      continue;
    }
    // "antalet till arbete ska vara 29, inte 27": a destination read with the wrong value, the one
    // category of the year, takes the right one.
    const wrongExits = facts.filter(
      (f) => f.table === "participant_breakdown" && f.value === c.printed && !f.approximate,
    );
    const exitKeys = new Set(
      wrongExits.map((f) => (f.table === "participant_breakdown" ? `${f.intervention}|${f.year}|${f.category}` : "")),
    );
    const exitModel = wrongExits[0];
    if (exitKeys.size === 1 && exitModel?.table === "participant_breakdown") {
      out.push({ ...exitModel, value: right.value, line: right.line, text: doc.at(right.line), confirmed_by: [] });
      continue;
    }
    const wrong = facts.filter(
      (f) => f.table === "participant_count" && f.gender === "all" && f.value === c.printed && !f.approximate,
    );
    const keys = new Set(
      wrong.map((f) => (f.table === "participant_count" ? `${f.intervention}|${f.year}|${f.measure}` : "")),
    );
    const model = wrong[0];
    if (keys.size !== 1 || model?.table !== "participant_count") continue;
    const text = doc.at(right.line);
    out.push({ ...model, value: right.value, line: right.line, text, confirmed_by: [] });
    if (right.women !== undefined && right.men !== undefined && right.women + right.men === right.value)
      out.push(
        { ...model, gender: "woman", value: right.women, line: right.line, text, confirmed_by: [] },
        { ...model, gender: "man", value: right.men, line: right.line, text, confirmed_by: [] },
      );
  }
  return out;
}

/**
 * The right figure of a pair read from its notice's sentence said as a statement: a count of the
 * year's (all genders) or one of the year's amounts, whose value is the right one.
 */
function readStatement(
  doc: DocumentText,
  statement: string,
  value: number,
  line: number,
  money: boolean,
): FactInput | undefined {
  if (NAMES_ONE.test(statement)) return undefined;
  const year = doc.periodYear;
  const text = doc.at(line);
  if (money) {
    const found = readMoneySentence(statement, year).figures.filter(
      (f) => Math.abs(f.sek) === value && f.year === year && f.basis === "actual",
    );
    const f = found.length === 1 ? found[0]! : undefined;
    return f
      ? {
          table: "finance",
          year,
          basis: "actual",
          item: f.item,
          amount_sek: f.sek,
          value: null,
          source_label: f.clause,
          line,
          text,
          section: "general:prose_finance",
          approximate: f.approximate,
          confirmed_by: [],
        }
      : undefined;
  }
  const reading = readSentence(statement, { year });
  if (reading.years.some((y) => y !== year)) return undefined;
  const found = reading.figures.filter(
    (f) => f.kind === "count" && f.gender === "all" && f.token.value === value && f.year === undefined,
  );
  const f = found.length === 1 ? found[0]! : undefined;
  return f?.kind === "count" && f.measure !== "structural_participants" && !f.token.approximate
    ? {
        table: "participant_count",
        intervention: null,
        year,
        measure: f.measure,
        gender: "all",
        value,
        line,
        text,
        section: "general:prose",
        approximate: false,
        confirmed_by: [],
      }
    : undefined;
}

/** The facts `out` holds, less those a correction notice says were printed wrongly. */
export function dropCorrectedFigures(doc: DocumentText, out: ParseOutput): ParseOutput {
  // A plain search first: almost no report carries a correction notice.
  // The literal words before the notice's pattern, whose look-behind is tried at every character.
  if (doc.find(NOTICE_WORD) === undefined || doc.find(NOTICE) === undefined) return out;
  const { values, lines, corrections, rates } = printedWrong(doc);
  if (values.size === 0) return out;
  const corrected = correctedCounts(doc, out.facts, corrections);
  // The figures of each sentence that prints a wrong figure, by line: those go, the line's other
  // sentences' figures stay.
  const tainted = sentenceFiguresByLine(doc, (numbers) => numbers.some((v) => values.has(v)));
  // "Under året deltog 153 personer …, och 57 av dem som avslutade började arbeta" with 153 corrected:
  // where the wrong figure is the count of all taking part, a destination beside it is of the exits,
  // no part of the wrong count, and stays. "89 avslutade – 27 till arbete och 10 till studier" with 27
  // corrected: where the wrong figure is one destination, the exits and the other destinations stay.
  // Where it is the exits, or is read as nothing, all go; a rate of such a sentence always goes (it is
  // drawn from the figures the notice corrects).
  const wrongRead = new Map<number, Set<string>>();
  for (const f of out.facts)
    if ((f.table === "participant_count" || f.table === "participant_breakdown") && values.has(f.value))
      wrongRead.set(
        f.line,
        new Set([...(wrongRead.get(f.line) ?? []), f.table === "participant_count" ? f.measure : "destination"]),
      );
  const notOfTheWrong = (f: FactInput) => {
    const wrong = wrongRead.get(f.line);
    if (!wrong || wrong.size === 0 || (f.table !== "participant_count" && f.table !== "participant_breakdown"))
      return false;
    if (values.has(f.value)) return false;
    if ([...wrong].every((w) => w === "destination")) return true;
    return f.table === "participant_breakdown" && !wrong.has("exited") && !wrong.has("destination");
  };
  const findings: FindingInput[] = [];
  const droppedRates: FactInput[] = [];
  const keep = (f: FactInput) => {
    if (
      f.table !== "participant_count" &&
      f.table !== "participant_breakdown" &&
      f.table !== "finance" &&
      f.table !== "indicator"
    )
      return true;
    const value = f.table === "finance" ? Math.abs(f.amount_sek ?? NaN) : f.value;
    if (!lines.has(f.line) && (!tainted.get(f.line)?.has(value) || notOfTheWrong(f))) return true;
    if (f.table === "indicator") droppedRates.push(f);
    findings.push(
      unreadNumber({
        subject: f.section,
        line: f.line,
        value: String(value),
        message:
          "a figure the document's correction notice says was printed wrongly, or a figure of the same sentence: not stored",
      }),
    );
    return false;
  };
  const kept = out.facts.filter(keep);
  // "Andelen blir därmed 44 procent": the rate the notice gives after its correction takes the place of
  // the one rate a corrected sentence gave, where it gave one.
  const rate = rates.length === 1 ? rates[0]! : undefined;
  const model = droppedRates.length === 1 ? droppedRates[0]! : undefined;
  if (rate && model?.table === "indicator")
    corrected.push({ ...model, value: rate.value, line: rate.line, text: doc.at(rate.line), confirmed_by: [] });
  const seen = new Set<string>();
  const facts = [
    ...kept,
    ...corrected.filter((f) => {
      const key = JSON.stringify({ ...f, line: 0, text: "" });
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  ];
  const awaiting = out.awaiting?.filter(keep);
  return { ...out, facts, ...(awaiting ? { awaiting } : {}), findings: [...out.findings, ...findings] };
}
