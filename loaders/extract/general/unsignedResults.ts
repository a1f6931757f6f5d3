/**
 * The year's result written with no sign ("ett resultat på 96 000 kr", "Årets resultat blev
 * 212 400 kr"): "2 m.kr i resultat" may be a deficit, so no reader stores one on its own. A reader
 * returns it among its `awaiting` facts (`ParseOutput.awaiting`, its amount the size as written,
 * `awaitingResult`), and this pass, after every reader of the document, stores it with the sign
 * the document's own sums give, or not at all:
 * - the identities, from facts any reader stored for the same year on the actual basis:
 *   revenue − costs (+ financial items) = result, operating result (+ financial items) = result (the
 *   financial items, where no reader stored them, those the result's own sentence states: "Med
 *   finansiella intäkter på 2 580 kr blev årets resultat 110 930 kr"),
 *   and opening equity (last year's closing where no opening is given) + result = closing equity;
 * - each identity that can be computed must give the result's size within the figures' rounding,
 *   and a sign (not a sum too near zero to have one); one that gives another size, or two that
 *   give opposite signs, and nothing is stored;
 * - a sign word in the result's own sentence that the identity contradicts ("underskott" where the
 *   sums give a surplus) leaves it unread; so does a result of that year another reader stored.
 * A stored result names its identity in `confirmed_by`; each one left unread is a finding saying
 * why. A budget, a forecast or another year never waits: its reader refuses it.
 *
 * A result whose next sentence opens by naming it as a surplus or a deficit ("Resultatet blev 486 tkr.
 * Överskottet beror främst på …": the definite noun can only be the result just given; `signNamedNext`)
 * waits with that sign as a hint: where no identity can be computed it is stored with the hint's sign,
 * and an identity that gives the other sign leaves it unread. Pure.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { ParseOutput } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { amountPrecision, roundingSlack } from "./factPrecision.ts";
import { unreadNumber } from "../findings.ts";

type Finance = Extract<FactInput, { table: "finance" }>;

/** A reader's finding on a sentence cites its first line, at most this many lines before its amount's. */
const SENTENCE_LINES = 4;

/** An unsigned result read without its sign: it waits (ParseOutput.awaiting) for the sums of its year. */
export function awaitingResult(r: {
  year: number;
  size: number;
  line: number;
  text: string;
  section: string;
  source_label: string;
  approximate: boolean;
  /** The sign the next sentence names ("Överskottet …"): the amount carries it, marked as a hint. */
  hint?: 1 | -1;
}): Finance {
  const { size, hint, ...rest } = r;
  return {
    table: "finance",
    basis: "actual",
    item: "result",
    amount_sek: (hint ?? 1) * Math.abs(size),
    value: null,
    ...rest,
    ...(hint ? { confirmed_by: [SIGN_HINT] } : {}),
  };
}

/** The mark of a waiting result whose sign a word in the next sentence named (never stored). */
const SIGN_HINT = "sign_named_next";
const hintOf = (f: Finance): 1 | -1 | 0 =>
  f.confirmed_by?.includes(SIGN_HINT) ? (Math.sign(f.amount_sek!) as 1 | -1) : 0;

/**
 * "Överskottet beror främst på …", "Underskottet förklaras av …", "Det negativa resultatet …": a
 * sentence opening on the definite surplus or deficit names the sign of the result the sentence
 * before ended on. Never a budgeted, planned or accumulated one ("Det budgeterade underskottet", "Det
 * ackumulerade överskottet"): only these words may stand before the noun.
 */
const NAMED_NEXT =
  /^\s*(?:(?:årets|det|detta|hela)\s+)?(?:(överskottet|det positiva resultatet|positiva resultatet)|(underskottet|det negativa resultatet|negativa resultatet))(?!\p{L})/iu;
export function signNamedNext(next: string | undefined): 1 | -1 | 0 {
  if (next === undefined || !/skott|resultat/i.test(next)) return 0;
  const m = NAMED_NEXT.exec(next);
  return !m ? 0 : m[1] ? 1 : -1;
}

/** Whether an awaiting fact is an unsigned result (the other awaiting facts are rates, `reportedRates.ts`). */
export const isUnsignedResult = (f: FactInput): f is Finance => f.table === "finance" && f.item === "result";

/** "ca", "drygt": a hedged figure settles no sum. */
const HEDGE = /(?<!\p{L})(ca|c:a|cirka|drygt|knappt|omkring|ungefär|nästan|närmare)(?!\p{L})/iu;
const DEFICIT_WORD = /(?<!\p{L})(underskott\p{L}*|negativ\p{L}*|förlust\p{L}*|minus)(?!\p{L})/iu;
const SURPLUS_WORD = /(?<!\p{L})(överskott\p{L}*|positiv\p{L}*|vinst\p{L}*|plus)(?!\p{L})/iu;

interface Term {
  value: number;
  precision: number;
  line: number;
}

/** What one identity says the result is: a signed value, its tolerance and the lines it read. */
interface Verdict {
  name: "result" | "equity_roll";
  value: number;
  tolerance: number;
  lines: number[];
}

/**
 * "Med finansiella intäkter på 2 580 kr blev årets resultat 110 930 kr": the financial items the result's own
 * sentence states, which no reader stores from running text, signed (income +, costs −) and summed; undefined
 * where it states none, or states one in a hedge or with more than one amount after its words.
 */
const SENTENCE_FINANCIAL =
  /(?<!\p{L})(finansiella intäkter|ränteintäkter|finansiella kostnader|räntekostnader)(?:\s+(?:på|om|med|av))?\s+([^,;]{0,25})/giu;
function sentenceFinancial(text: string): Term | undefined {
  if (!/finansiell|ränte/i.test(text)) return undefined;
  let value = 0;
  let found = false;
  for (const m of text.matchAll(SENTENCE_FINANCIAL)) {
    const amount = findAmounts(m[2]!)[0];
    if (!amount || amount.approximate || m[2]!.search(/\d/) > 0) return undefined;
    value += (/intäkter/i.test(m[1]!) ? 1 : -1) * amount.sek;
    found = true;
  }
  return found ? { value, precision: amountPrecision(Math.abs(value), text), line: 0 } : undefined;
}

/** The sums of one year that give the result, from the facts stored (not the result itself). */
function verdicts(facts: readonly FactInput[], year: number, stated?: Term): Verdict[] {
  const one = (y: number, item: string): Term | null | undefined => {
    const found = facts.filter(
      (f): f is Finance =>
        f.table === "finance" && f.year === y && f.basis === "actual" && f.item === item && f.amount_sek !== null,
    );
    if (found.length === 0) return undefined;
    const values = new Set(found.map((f) => f.amount_sek));
    // Two readings that disagree, or a hedged one, settle nothing: null stops the identity.
    if (values.size > 1 || found.some((f) => HEDGE.test(f.text))) return null;
    const f = found[0]!;
    return {
      value: f.amount_sek!,
      precision: Math.max(...found.map((g) => amountPrecision(g.amount_sek!, g.text))),
      line: f.line,
    };
  };
  const out: Verdict[] = [];
  const sum = (name: Verdict["name"], parts: { t: Term; sign: 1 | -1 }[]) =>
    out.push({
      name,
      value: parts.reduce((a, p) => a + p.sign * p.t.value, 0),
      tolerance: parts.reduce((a, p) => a + p.t.precision, 0) + roundingSlack(parts.length + 1),
      lines: parts.map((p) => p.t.line),
    });
  const revenue = one(year, "revenue_operating");
  const costs = one(year, "cost_operating");
  const operating = one(year, "operating_result");
  const finIncome = one(year, "revenue_financial");
  const finCost = one(year, "cost_financial");
  const finNet = one(year, "financial_items");
  if (finIncome !== null && finCost !== null && finNet !== null) {
    const financial = [
      ...(finIncome ? [{ t: finIncome, sign: 1 as const }] : []),
      ...(finCost ? [{ t: finCost, sign: -1 as const }] : []),
      ...(finNet && !finIncome && !finCost ? [{ t: finNet, sign: 1 as const }] : []),
      // None stored: those the result's own sentence states, as the sentence adds them.
      ...(stated && !finIncome && !finCost && !finNet ? [{ t: stated, sign: 1 as const }] : []),
    ];
    if (operating) sum("result", [{ t: operating, sign: 1 }, ...financial]);
    else if (revenue && costs && operating === undefined)
      sum("result", [{ t: revenue, sign: 1 }, { t: costs, sign: -1 }, ...financial]);
  }
  const closing = one(year, "equity_end");
  const opening = one(year, "equity_start") ?? one(year - 1, "equity_end");
  if (closing && opening)
    sum("equity_roll", [
      { t: closing, sign: 1 },
      { t: opening, sign: -1 },
    ]);
  return out;
}

/** The signed result the sums give, or why none. */
function settle(
  f: Finance,
  facts: readonly FactInput[],
): { value: number; by: Verdict["name"][] } | { why: string; lines: number[] } {
  const size = Math.abs(f.amount_sek!);
  const hint = hintOf(f);
  const precision = amountPrecision(size, f.text);
  const found = verdicts(facts, f.year, sentenceFinancial(f.text));
  if (found.length === 0 && hint !== 0) return { value: hint * size, by: [] };
  if (found.length === 0)
    return { why: "no sum of the same year (revenue − costs, or the equity's change) gives its sign", lines: [] };
  const lines = found.flatMap((v) => v.lines);
  for (const v of found) {
    const within = v.tolerance + precision;
    if (Math.abs(Math.abs(v.value) - size) > within)
      return { why: `the ${v.name} identity gives ${Math.round(v.value)} kr, not its size`, lines };
    if (Math.abs(v.value) <= within) return { why: `the ${v.name} identity is too near zero to sign it`, lines };
  }
  const signs = new Set(found.map((v) => Math.sign(v.value)));
  if (signs.size > 1) return { why: "the identities give opposite signs", lines };
  const sign = [...signs][0]!;
  if (hint !== 0 && hint !== sign)
    return { why: `the next sentence names the other sign than the sums give (${sign < 0 ? "−" : "+"})`, lines };
  if (hint === 0 && (sign < 0 ? SURPLUS_WORD.test(f.text) : DEFICIT_WORD.test(f.text)))
    return { why: `a sign word beside it contradicts the sign the sums give (${sign < 0 ? "−" : "+"})`, lines };
  return { value: sign * size, by: [...new Set(found.map((v) => v.name))].sort() };
}

/** Store each unsigned result waiting with the sign its year's sums give, or leave it unread with a finding. */
export function settleUnsignedResults(out: ParseOutput): ParseOutput {
  const waiting = out.awaiting?.filter(isUnsignedResult) ?? [];
  if (waiting.length === 0) return out;
  const others = out.awaiting!.filter((f) => !isUnsignedResult(f));
  const facts = [...out.facts];
  const findings: FindingInput[] = [...out.findings];
  const settled = new Set<string>();
  for (const f of waiting) {
    const size = Math.abs(f.amount_sek!);
    const key = `${f.year}|${size}`;
    // Two readers (or two lines) give the same unsigned result: it is settled once.
    if (settled.has(key)) continue;
    const storedAlready = facts.some(
      (g) => g.table === "finance" && g.item === "result" && g.basis === "actual" && g.year === f.year,
    );
    const verdict = storedAlready
      ? { why: "another reader stored the year's result", lines: [] }
      : settle(f, out.facts);
    if ("value" in verdict) {
      facts.push({ ...f, amount_sek: verdict.value, confirmed_by: verdict.by });
      settled.add(key);
      // Its reader's "without a sign" entry goes: the sums gave the sign.
      const at = findings.findIndex(
        (g) =>
          g.line <= f.line &&
          g.line >= f.line - SENTENCE_LINES &&
          /without a sign/.test(g.message) &&
          findAmounts(g.value ?? "")[0]?.sek === size,
      );
      if (at >= 0) findings.splice(at, 1);
      continue;
    }
    if (storedAlready) continue;
    findings.push(
      unreadNumber({
        subject: f.section,
        line: f.line,
        ...(verdict.lines.length > 0 ? { other_line: verdict.lines[0]! } : {}),
        value: String(size),
        message: `the result ${size} kr for ${f.year}, written without a sign, was not stored: ${verdict.why}`,
      }),
    );
  }
  const { awaiting: _settled, ...rest } = out;
  return { ...rest, facts, findings, ...(others.length > 0 ? { awaiting: others } : {}) };
}
