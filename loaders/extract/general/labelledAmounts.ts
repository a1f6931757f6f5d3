/**
 * A list of labelled amounts, one to a line, as a summary of the year writes them: "- Intäkter:
 * 7 200 tkr", "Årets resultat: -314 tkr", "• Eget kapital: 1 846 tkr". The label is a statement
 * row's (the same labels the statements use, `reference/statementLabels.ts`), the amount
 * carries its unit, and the line says nothing else. It is read like a table row: an unsigned
 * result is a surplus, unless a sign word on the line says otherwise. The label may end with the
 * report's year or its balance date ("Omsättning 2024: ca 6,9 miljoner kronor", "Eget kapital
 * 31/12 2024: 2,1 Mkr"); "Budgeterade kostnader 2025: 7,2 Mkr" is that year's budget, read only
 * for the year or the next and only for revenue or costs. Not read: a line naming another
 * budget, another year or a comparison, a line in an intervention's section (or under a heading
 * naming no one, where the report has intervention sections), and an item a statement of the
 * document already gives. Pure.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { findAmounts, isHedgedGuess } from "../numbers.ts";
import { statementItem } from "../../reference/statementLabels.ts";
import { isHeading, scopeByLine } from "./sectionScope.ts";
import { PAGE_MARK } from "./pageFurniture.ts";
import { readUnit, UNIT_FACTOR, UNIT_WORD_SOURCE, UNKNOWN_UNIT } from "../../reference/units.ts";
import { headingNotTheYear } from "./headingPeriod.ts";
import { unknownUnit, unreadNumber } from "../findings.ts";
import { otherFederationIn } from "./otherBodies.ts";
import { ownFederation } from "./federationNames.ts";

const SECTION = "general:prose_labelled";

/** The items a summary's list gives for the year. */
const ITEMS = new Set(["revenue_operating", "cost_operating", "operating_result", "result", "equity_end"]);
/** "- Intäkter: 7 200 tkr" (a bullet is optional; the colon is not). */
const LABELLED = /^(?:[•·▪■◦*–-]\s+)?(?<label>\p{Lu}[\p{L}\d ()/-]{2,40}?)\s*:\s*(?<rest>.+)$/u;
/** A unit in brackets closing a label: "Intäkter totalt (kr)", "Eget kapital 2024-12-31 (tkr)". */
const LABEL_UNIT = new RegExp(`^(?<label>.*?\\S)\\s*\\(\\s*(?<unit>${UNIT_WORD_SOURCE})\\s*\\)$`, "iu");
/** An amount with nothing after it: "3 480 000", "-87 385". */
const BARE_AMOUNT = /^\s*[-−]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*\s*$/u;
/** The report's year or balance date closing a label: " 2024", " 31/12 2024", " 2024-12-31", " per 31 december 2024". */
const LABEL_DATE =
  /\s+(?:(?:per|den)\s+)?(?:(?:31\/12|31 dec(?:ember)?\.?|\d{1,2}\/\d{1,2})?\s*(?<year>(?:19|20)\d\d)(?:-12-31)?|31\/12|31 dec(?:ember)?\.?)$/u;
/** "Budgeterade kostnader 2025", "Budget intäkter 2025": a budget for one year, the item after the word. */
const BUDGET_LABEL = /^budget(?:erade?|erat)?\s+(?<item>\p{L}[\p{L} ]*?)\s+(?<year>(?:19|20)\d\d)$/iu;
/** The items a budget label may give: a budgeted result's sign is too often left unwritten. */
const BUDGET_ITEMS = new Set(["revenue_operating", "cost_operating"]);
/** A budget, a plan, a forecast or a comparison: not the year's outcome. */
const NOT_OUTCOME = /(budget|prognos|plan|mål|förändring|ökning|minskning|jämfört|föregående|tidigare|i fjol)/i;
/** What may stand before the amount: nothing, a hedge ("ca", "cirka", "drygt", "knappt") or a plus sign. */
const LEAD = /^((ca|c:a|cirka|drygt|knappt|omkring|ungefär)\.?\s+|\+\s?)?$/i;
/** "2,1 miljoner kronor": the currency after a scale word is part of the amount. */
const CURRENCY_AFTER = /^(kronor|kr)\b\.?/i;
const DEFICIT = /(?<!\p{L})(underskott|förlust|negativt)(?!\p{L})/iu;
const SURPLUS = /(?<!\p{L})(överskott|vinst|positivt)(?!\p{L})/iu;

/** A part of the item named after a comma: ", varav medlemsbidrag 16,0 mkr", ", därav …". */
const PART_AFTER = /,\s*(?:varav|därav)\s.*$/iu;

/** A bracket giving the year before's amount: "(2023: 4,45 mnkr)", "(föregående år 3 120 tkr)". */
const PRIOR_BRACKET =
  /^\(\s*(?:((?:19|20)\d\d)|föregående år|fg år|året innan|i fjol)\s*:?\s*(?<amount>[^()]+?)\s*\)\.?$/iu;

/** The second amount of the line, when it is all of a bracket for the year before. */
function priorBeside(
  after: string,
  second: ReturnType<typeof findAmounts>[number] | undefined,
  year: number,
): ReturnType<typeof findAmounts>[number] | undefined {
  const m = PRIOR_BRACKET.exec(after);
  // "(2023: +0,5 mkr)": a plus sign written before the earlier amount is no part of it.
  if (!m || !second || m.groups!.amount!.trim().replace(/^\+\s?/, "") !== second.raw.trim()) return undefined;
  return m[1] === undefined || Number(m[1]) === year - 1 ? second : undefined;
}

/** The statement item a label names. */
function itemOf(label: string): string | undefined {
  return (statementItem(label, "income_statement") ?? statementItem(label, "balance_sheet"))?.item;
}

export function parseLabelledAmounts(doc: DocumentText, read: readonly FactInput[]): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const scopes = scopeByLine(doc);
  const anyIntervention = scopes.some((s) => s.kind === "intervention");
  /** Facts held until their block is judged (`statementBriefs`). */
  const pending: FactInput[] = [];
  // Items a statement of the document gives: its rows come first, the list only repeats them.
  const stated = new Set(read.flatMap((f) => (f.table === "finance" && !f.section.includes("prose") ? [f.item] : [])));
  const whoseUnclear = (n: number): string | undefined =>
    scopes[n - 1]!.kind === "intervention"
      ? "in an intervention's section, not the federation's"
      : // Under a heading that names no one, in a report with sections of its own per intervention
        // or project, the list may be a project's.
        scopes[n - 1]!.kind === "unknown" && anyIntervention
        ? "whose figure this is is unclear (no summary heading, and the report has intervention sections)"
        : undefined;
  for (let n = 1; n <= doc.lineCount; n++) {
    // No colon, no label; no digit, no amount: most lines are passed by before the pattern.
    if (!doc.at(n).includes(":") || !/\d/.test(doc.at(n))) continue;
    const m = LABELLED.exec(doc.at(n));
    if (!m) continue;
    const fact = (
      item: string,
      year: number,
      basis: "actual" | "budget",
      amount: number,
      approximate: boolean,
    ): FactInput => ({
      table: "finance",
      year,
      basis,
      item,
      amount_sek: amount,
      value: null,
      source_label: m.groups!.label!.trim(),
      line: n,
      text: doc.at(n),
      section: SECTION,
      approximate,
    });
    // "Intäkter totalt (kr): 3 480 000": the unit in brackets closing the label is the bare amount's.
    const unitInLabel = LABEL_UNIT.exec(m.groups!.label!.trim());
    const label = unitInLabel ? unitInLabel.groups!.label! : m.groups!.label!.trim();
    const written =
      unitInLabel && BARE_AMOUNT.test(m.groups!.rest!)
        ? `${m.groups!.rest!.trim()} ${unitInLabel.groups!.unit!}`
        : m.groups!.rest!;
    const budget = BUDGET_LABEL.exec(label);
    // ", varav medlemsbidrag 16,0 mkr": a part of the year's item after it, no second figure of its
    // own; a budget line must say nothing but its amount.
    const part = (text: string) => (budget ? text : text.replace(PART_AFTER, ""));
    const rest = part(written);
    const dated = budget ? undefined : LABEL_DATE.exec(label);
    // A year in the label other than the report's (or, for a budget, the next) leaves the line to the checks below.
    const budgetYear = budget ? Number(budget.groups!.year) : undefined;
    if (budgetYear !== undefined && (budgetYear < doc.periodYear || budgetYear > doc.periodYear + 1)) continue;
    const named = budget ? budget.groups!.item! : dated ? label.slice(0, dated.index) : label;
    const item = itemOf(named);
    if (!item || !(budget ? BUDGET_ITEMS : ITEMS).has(item)) continue;
    const amounts = findAmounts(rest);
    const a = amounts[0];
    // One amount, first on the line (a hedge may stand before it: "ca 3,1 m.kr"); anything but a
    // bracketed remark or a full stop after it leaves the line unread.
    if (!a || !LEAD.test(rest.slice(0, a.index))) continue;
    const after = rest
      .slice(a.index + a.raw.length)
      .trim()
      .replace(CURRENCY_AFTER, "")
      .trim()
      .replace(/^\.$/, "");
    const unread = (why: string) =>
      findings.push(
        unreadNumber({
          subject: SECTION,
          line: n,
          value: a.raw,
          message: `"${a.raw}" in a list of labelled amounts was not stored: ${why}`,
        }),
      );
    // "(2023: 4,45 mnkr)": the same figure for the year before, beside the year's.
    const prior = priorBeside(after, amounts[1], doc.periodYear);
    if (amounts.length > (prior ? 2 : 1) || (after !== "" && !/^\([^()]*\)\.?$/.test(after))) {
      unread("the line says more than the amount");
      continue;
    }
    const line = part(doc.at(n));
    const own = prior ? line.replace(after, "") : line;
    const years = (own.match(/\b(19|20)\d\d\b/g) ?? []).map(Number);
    const notOurs = whoseUnclear(n);
    if (budget) {
      // Only the budget alone on its line, the federation's, and not given by a table of the document.
      if (notOurs || prior || after !== "" || years.length !== 1 || isHedgedGuess(a))
        unread(notOurs ?? "a budget line saying more than its amount");
      else if (
        !read.some((f) => f.table === "finance" && f.basis === "budget" && f.item === item && f.year === budgetYear)
      )
        facts.push(fact(item, budgetYear!, "budget", Math.abs(a.sek), a.approximate));
      continue;
    }
    if (NOT_OUTCOME.test(own) || years.some((y) => y !== doc.periodYear)) {
      unread("a budget, another year or a comparison");
      continue;
    }
    if (isHedgedGuess(a)) {
      unread("a hedged round amount, too coarse to be the year's figure");
      continue;
    }
    const heading = headingNotTheYear(doc, n);
    if (heading) {
      unread(heading);
      continue;
    }
    // Under a heading that names no one, the list may still be the federation's statement in
    // brief: held until its block is judged as a whole (below).
    const held = notOurs !== undefined && scopes[n - 1]!.kind === "unknown";
    if (notOurs && !held) {
      unread(notOurs);
      continue;
    }
    if (stated.has(item)) continue;
    const out = held ? pending : facts;
    let sek = a.sek;
    if (item === "cost_operating") sek = Math.abs(sek);
    else if (DEFICIT.test(after) && SURPLUS.test(after)) {
      unread("the line gives both a surplus and a deficit");
      continue;
    } else if (DEFICIT.test(after)) sek = -Math.abs(sek);
    else if (SURPLUS.test(after) && sek < 0) {
      unread("a minus sign beside the word for a surplus");
      continue;
    }
    out.push(fact(item, doc.periodYear, "actual", sek, a.approximate));
    if (!prior) continue;
    // An earlier result carries its own sign: only its minus, never the words said of this year's.
    if (item === "result" && (DEFICIT.test(after) || SURPLUS.test(after)))
      unread("an earlier result beside sign words");
    else if (isHedgedGuess(prior) || (item !== "result" && prior.sek < 0)) unread("an implausible earlier amount");
    else
      out.push(
        fact(
          item,
          doc.periodYear - 1,
          "actual",
          item === "cost_operating" ? Math.abs(prior.sek) : prior.sek,
          prior.approximate,
        ),
      );
  }
  for (const block of statementBriefs(doc, pending)) facts.push(...block);
  for (const f of pending)
    if (!facts.includes(f))
      findings.push(
        unreadNumber({
          subject: SECTION,
          line: f.line,
          value: f.text,
          message: `a labelled amount under a heading naming no one, in a report with intervention sections, was not stored: its list is no statement in brief (revenue, costs, the year's result and equity, with revenue − costs = result)`,
        }),
      );
  facts.push(...unitBlockAmounts(doc, stated, whoseUnclear, findings));
  // "Intäkter: 9,4 mkr" may be read by the running text's colon rule too: the same figure from the same
  // line is stored once.
  const proseRead = new Set(
    read.flatMap((f) => (f.table === "finance" && f.section.includes("prose") ? [sameFigure(f)] : [])),
  );
  return { facts: facts.filter((f) => f.table !== "finance" || !proseRead.has(sameFigure(f))), findings, coverage: [] };
}

/** A finance figure's identity on its line: the item, year, basis and amount. */
const sameFigure = (f: Extract<FactInput, { table: "finance" }>) =>
  `${f.line}|${f.item}|${f.year}|${f.basis}|${f.amount_sek}`;

/**
 * Labelled amounts held back under a heading naming no one, grouped by their block (lines with
 * no blank line between them): a block is the federation's statement in brief where it gives the
 * year's revenue, costs, result and closing equity, and revenue − costs is the result. An
 * intervention's or a project's budget has no equity of its own.
 */
function statementBriefs(doc: DocumentText, pending: readonly FactInput[]): FactInput[][] {
  const blocks: FactInput[][] = [];
  for (const f of pending) {
    const last = blocks.at(-1)?.at(-1);
    const joined = last !== undefined && !doc.lines.slice(last.line, f.line - 1).some((l) => l.trim() === "");
    if (joined) blocks.at(-1)!.push(f);
    else blocks.push([f]);
  }
  return blocks.filter((block) => {
    const one = (item: string) => {
      const found = block.flatMap((f) =>
        f.table === "finance" && f.item === item && f.year === doc.periodYear ? [f.amount_sek] : [],
      );
      return found.length === 1 ? (found[0] ?? undefined) : undefined;
    };
    const [revenue, cost, result, equity] = ["revenue_operating", "cost_operating", "result", "equity_end"].map(one);
    return (
      revenue !== undefined &&
      cost !== undefined &&
      result !== undefined &&
      equity !== undefined &&
      revenue - cost === result
    );
  });
}

/** A member, an agency, a project or an intervention named in a heading: the amounts under it are its own. */
const OTHER_OWNER =
  /(?<!\p{L})(?:kommun\p{L}*|region\p{L}*|landsting\p{L}*|försäkringskassan\p{L}*|arbetsförmedlingen\p{L}*|projekt\p{L}*|insats\p{L}*)(?!\p{L})/iu;
/** A heading ending on its unit: "Ekonomi i sammandrag (kr)", "Ekonomin i korthet, tkr". */
const UNIT_HEADING = new RegExp(`(?:\\(\\s*(?:${UNIT_WORD_SOURCE})\\s*\\)|,\\s*(?:${UNIT_WORD_SOURCE}))$`, "iu");
/** "Årets resultat      135 500": a label, a wide gap and one amount, nothing else. */
const LABEL_AND_AMOUNT = /^\s*(?<label>\p{Lu}.*?\S)\s{2,}(?<amount>[-−]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*)\s*$/u;
/** "Eget kapital 31 december": the balance day closing a label, without a year. */
const BALANCE_DAY = /\s+(?:per\s+)?(?:31 dec(?:ember)?\.?|31\/12)$/i;

/**
 * The lines under a heading that states their unit, each a label and one amount ("Ekonomi i
 * sammandrag (kr)" / "Intäkter  6 100 000" / "Summa kostnader  5 964 500" / "Årets resultat  135 500"):
 * read only as a whole, where the block gives revenue, costs and the result and revenue − costs
 * is the result; a line the lexicon names no item of (one kind of cost) is passed over.
 */
function unitBlockAmounts(
  doc: DocumentText,
  stated: ReadonlySet<string>,
  whoseUnclear: (n: number) => string | undefined,
  findings: FindingInput[],
): FactInput[] {
  const out: FactInput[] = [];
  for (let h = 1; h < doc.lineCount; h++) {
    const heading = doc.at(h);
    // Cheap first: a unit word near the line's end.
    if (!/kr|sek|kronor/i.test(heading.slice(-10)) || !UNIT_HEADING.test(heading) || !isHeading(doc, h)) continue;
    const unit = readUnit(heading.slice(heading.search(UNIT_HEADING)));
    const years = (heading.match(/\b(19|20)\d\d\b/g) ?? []).map(Number);
    if (!unit || years.some((y) => y !== doc.periodYear) || NOT_OUTCOME.test(heading)) continue;
    // "Lindby kommuns arbetsmarknadsenhet 2024 (tkr)", "Projektet Ny start (kr)": someone else's accounts.
    if (OTHER_OWNER.test(heading) || otherFederationIn(heading, ownFederation(doc)) !== undefined) continue;
    if (unit.unit === UNKNOWN_UNIT) {
      findings.push(unknownUnit(SECTION, h, unit.written, `the amounts under "${heading.trim()}"`));
      continue;
    }
    const rows: { item: string | undefined; label: string; sek: number; signed: boolean; line: number }[] = [];
    let n = h + 1;
    // A page's or slide's number ("7/10") closes the block as a blank line does.
    for (; n <= doc.lineCount && doc.at(n) !== "" && !PAGE_MARK.test(doc.at(n)); n++) {
      const m = LABEL_AND_AMOUNT.exec(doc.lines[n - 1] ?? "");
      if (!m) break;
      const label = m.groups!.label!.replace(BALANCE_DAY, "");
      // A number left in the label is another column or another date: the block is no such list.
      if (/\d/.test(label)) break;
      const amount = m.groups!.amount!.replace(/−/g, "-").replace(/[ \u00a0\u202f\u2009]/g, "");
      rows.push({
        item: itemOf(label),
        label: m.groups!.label!,
        sek: Number(amount) * UNIT_FACTOR[unit.unit],
        signed: amount.startsWith("-"),
        line: n,
      });
    }
    // The block ends on a blank line: a line of another shape inside it is another table.
    if (n <= doc.lineCount && doc.at(n) !== "" && !PAGE_MARK.test(doc.at(n))) continue;
    const one = (item: string) => {
      const found = rows.filter((r) => r.item === item);
      return found.length === 1 ? found[0] : undefined;
    };
    const [revenue, cost, result] = [one("revenue_operating"), one("cost_operating"), one("result")];
    if (!revenue || !cost || !result || revenue.signed) continue;
    const net = revenue.sek - Math.abs(cost.sek);
    if (Math.abs(result.sek) !== Math.abs(net) || (result.signed && result.sek !== net)) continue;
    if (whoseUnclear(h) || headingNotTheYear(doc, h + 1)) continue;
    const take = [revenue, cost, result, one("equity_end")].filter((r) => r !== undefined && !stated.has(r.item!));
    for (const r of take) {
      const sek = r!.item === "cost_operating" ? Math.abs(r!.sek) : r!.item === "result" ? net : r!.sek;
      out.push({
        table: "finance",
        year: doc.periodYear,
        basis: "actual",
        item: r!.item!,
        amount_sek: sek,
        value: null,
        source_label: r!.label,
        line: r!.line,
        text: doc.at(r!.line),
        section: SECTION,
        approximate: false,
      });
    }
  }
  return out;
}
