/**
 * The accounts reconciled as sums, as an auditor's check or an internal-control note writes them:
 *
 *     3.1  4 420 000 intäkter − 4 512 600 kostnader   = −92 600 verksamhetens resultat   OK
 *     Ingående 2 112 400 kr + årets resultat 185 600 kr = utgående 2 298 000 kr.
 *
 * No sentence grammar reads a sum. Where the parts, each with its sign, add up to the whole exactly,
 * the line is said as the sentences the readers know, one an item ("Verksamhetens intäkter uppgick
 * till 4 420 000 kr. Verksamhetens kostnader uppgick till 4 512 600 kr. Verksamhetens resultat uppgick
 * till −92 600 kr."), on the line of its "="; the opening equity plus the year's result equal to the
 * closing one say the result and the closing equity. Only items the statements' labels name are said
 * (a term without one is counted, never said); a sum that does not add up, a product or a quotient,
 * amounts in no unit that could be thousands, and a sum whose line or heading names a budget, a plan,
 * a part of the year, an intervention or another year, stay as written. Pure: one line per line.
 */
import { statementItem } from "../../reference/statementLabels.ts";
import { figureSource } from "../numbers.ts";

/** An amount: digits grouped by spaces, a sign before it. */
const AMOUNT = figureSource({ plus: true });
/** A term: an amount and its label after it, or a label and its amount after it, a unit "kr"/"tkr" beside. */
const FIGURE_FIRST = new RegExp(String.raw`^(${AMOUNT})\s*(kr|tkr)?\s+(\p{L}[\p{L}\d ]*?)\s*$`, "u");
const LABEL_FIRST = new RegExp(String.raw`^(\p{L}[\p{L} ]*?)\s+(${AMOUNT})\s*(kr|tkr)?\.?\s*$`, "u");
const BARE = new RegExp(String.raw`^(${AMOUNT})\s*(kr|tkr)?$`, "u");
/** A check mark after the sum: "OK", "✓", "stämmer". */
const CHECK = /\s+(?:ok|✓|✔|stämmer)\s*$/iu;
/** The equity the year opened with: "Ingående", "Ingående eget kapital", "eget kapital 1 januari". */
const OPENING = /^(?:ingående(?:\s+eget\s+kapital)?|eget\s+kapital\s+(?:den\s+)?1\s+januari(?:\s+\d{4})?)$/iu;
/** The equity the year closed with: "Utgående", "eget kapital", "eget kapital 31 december". */
const CLOSING =
  /^(?:utgående(?:\s+eget\s+kapital)?|eget\s+kapital(?:\s+(?:den\s+)?31\s+december(?:\s+\d{4})?|\s+vid\s+årets\s+slut)?)$/iu;
/** Words of a budget, a plan, a forecast or a target. */
const NOT_THE_YEARS = /budget|prognos|plan|förslag|(?<!\p{L})mål/iu;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** A section's number opening the line: "3.1  ". */
const SECTION_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2})+\s{2,}/;
/** The cheap look: an "=" with a figure after it, and a "+" or a minus between figures. */
const LOOKS_LIKE_SUM = /=[^=]*\d/;

interface Term {
  sign: 1 | -1;
  value: number;
  written: string;
  label: string;
  unit?: string;
}

const numberOf = (written: string) => Number(written.replace(/[  +]/g, "").replace(/^[–−]/, "-"));

/** A term's text ("4 512 600 kostnader", "årets resultat 185 600 kr", "−92 600") read, or undefined. */
function termOf(text: string, sign: 1 | -1): Term | undefined {
  const t = text.trim().replace(/\.$/, "");
  let m = FIGURE_FIRST.exec(t);
  if (m) return { sign, value: sign * numberOf(m[1]!), written: m[1]!, label: m[3]!, unit: m[2] };
  m = LABEL_FIRST.exec(t);
  if (m) return { sign, value: sign * numberOf(m[2]!), written: m[2]!, label: m[1]!, unit: m[3] };
  m = BARE.exec(t);
  if (m) return { sign, value: sign * numberOf(m[1]!), written: m[1]!, label: "", unit: m[2] };
  return undefined;
}

/** The terms of a side of the sum, split at "+" and at a minus set apart by spaces. */
function termsOf(side: string): Term[] | undefined {
  const parts = side.split(/\s([+−–-])\s/u);
  const out: Term[] = [];
  let sign: 1 | -1 = 1;
  for (let k = 0; k < parts.length; k++) {
    if (k % 2 === 1) {
      sign = parts[k] === "+" ? 1 : -1;
      continue;
    }
    if (parts[k]!.trim() === "" && k === 0) continue;
    const term = termOf(parts[k]!, sign);
    if (!term) return undefined;
    out.push(term);
  }
  return out;
}

/** The statements' item a label names, the balance's opening and closing words aside. */
const itemOf = (label: string) =>
  (statementItem(label, "income_statement") ?? statementItem(label, "balance_sheet"))?.item;

const capitalized = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** The sentences a checked sum says, or undefined where it is not one this step reads. */
function sayCheckedSum(line: string, year: number, documentUnit?: string): { said: string; unit: string } | undefined {
  // A budget's, a plan's or another year's sum is no reconciliation of the year's accounts.
  if (NOT_THE_YEARS.test(line) || (line.match(YEAR) ?? []).some((y) => Number(y) !== year)) return undefined;
  const body = line.replace(SECTION_NUMBER, "").replace(CHECK, "").trim();
  const eq = body.indexOf("=");
  if (eq < 0 || body.indexOf("=", eq + 1) >= 0) return undefined;
  const parts = termsOf(body.slice(0, eq));
  const whole = termsOf(body.slice(eq + 1));
  if (!parts || !whole || parts.length < 2 || whole.length !== 1) return undefined;
  const total = whole[0]!;
  if (parts.reduce((a, t) => a + t.value, 0) !== total.value) return undefined;
  const all = [...parts, total];
  const units = new Set(all.flatMap((t) => (t.unit ? [t.unit] : [])));
  if (units.size > 1) return undefined;
  // No unit written: kronor only where some amount could never be thousands of kronor (a million or more).
  // Else the unit another checked sum of the document shows.
  const unit =
    units.size === 1 ? [...units][0]! : all.some((t) => Math.abs(t.value) >= 1_000_000) ? "kr" : documentUnit;
  if (unit === undefined) return undefined;
  // "Ingående … + årets resultat … = utgående …": the equity's bridge over the year.
  const opening = parts.find((t) => OPENING.test(t.label));
  const result = parts.find((t) => itemOf(t.label) === "result");
  const said: string[] = [];
  if (opening && result && parts.length === 2 && CLOSING.test(total.label)) {
    said.push(
      `Årets resultat uppgick till ${result.sign < 0 ? "−" : ""}${result.written.replace(/^[+]/, "")} ${unit}.`,
    );
    said.push(`Eget kapital vid årets slut uppgick till ${total.written} ${unit}.`);
    return { said: said.join(" "), unit };
  }
  for (const t of all) {
    if (t.label === "" || itemOf(t.label) === undefined) continue;
    said.push(`${capitalized(t.label)} uppgick till ${t.written.replace(/^[+]/, "")} ${unit}.`);
  }
  // The whole must be said: a sum whose total names no item of the accounts is no reconciliation of them.
  return itemOf(total.label) !== undefined && said.length > 0 ? { said: said.join(" "), unit } : undefined;
}

/**
 * A heading or lead over a sum that makes it a part-year's, a plan's or one intervention's ("insatsen Steget",
 * "projektet", "Insats: Bron"); the interventions named together ("insatsernas rapporter", "insatsmedel till 7
 * insatser", an earlier item's text above) make no sum any one's.
 */
const NOT_OURS_ABOVE =
  /delår|halvår|tertial|per\s+den\s+\d|budget|prognos|(?<!\p{L})plan|(?<!\p{L})(?:insats|insatsen|insatsens|projekt|projektet|projektets)(?!\p{L})/iu;

/**
 * A heading over the interventions together ("Insatsernas ekonomi", "Projektens kostnader"): their sum is
 * no figure of the federation's, though an item's text merely naming them blocks nothing.
 */
const THEIRS_HEADING = /(?<!\p{L})(?:insatserna|insatsernas|projekten|projektens)(?!\p{L})/iu;

/**
 * Whether the lines above a sum, up to and with the heading over it (a short line not ending a
 * sentence), say it is a part-year's, a plan's, one intervention's or another year's
 * ("Avstämning av delårsbokslutet per den 31 augusti", "Kontroll 4: insatsen Steget").
 */
function notTheYearsAbove(lines: readonly string[], i: number, year: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const t = lines[k]!.trim();
    if (t === "") continue;
    if (NOT_OURS_ABOVE.test(t) || (t.match(YEAR) ?? []).some((y) => Number(y) !== year)) return true;
    if (t.length < 70 && !/[.,;]$/.test(t) && !LOOKS_LIKE_SUM.test(t)) return THEIRS_HEADING.test(t);
  }
  return false;
}

export function moneyArithmetic(lines: readonly string[], year: number): string[] | undefined {
  // A sum written over two lines, its "=" opening the second: the line above holds its parts.
  const sums: { i: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("=") || !LOOKS_LIKE_SUM.test(line)) continue;
    const twoLines = /^\s*=/.test(line) && i > 0 && lines[i - 1]!.trim() !== "";
    sums.push({ i, text: twoLines ? `${lines[i - 1]!.trim()} ${line.trim()}` : line });
  }
  if (sums.length === 0) return undefined;
  // The unit the document's checked sums show where they write it or their size tells it.
  const documentUnit = sums.map((s) => sayCheckedSum(s.text, year)?.unit).find((u) => u !== undefined);
  let out: string[] | undefined;
  for (const { i, text } of sums) {
    if (notTheYearsAbove(lines, i, year)) continue;
    // The sum's own sentence where the line holds more ("Avstämning av eget kapital. Ingående … = …. Ingen avvikelse.").
    const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    const own = sentences.findIndex((x) => x.includes("="));
    const read = own < 0 ? undefined : sayCheckedSum(sentences[own]!, year, documentUnit);
    if (read === undefined) continue;
    out ??= [...lines];
    if (text !== lines[i]) out[i - 1] = "";
    sentences[own] = read.said;
    out[i] = " ".repeat(lines[i]!.length - lines[i]!.trimStart().length) + sentences.join(" ").trimStart();
  }
  return out;
}
