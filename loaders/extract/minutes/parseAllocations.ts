/**
 * Money a decision gives: one allocation per approved grant, and one per line of a budget
 * frame split by municipality ("- Karlskrona 3 278 240 kr"). A frame's stated total is checked
 * against the sum of its lines within the precision the total is written in ("10,7 miljoner"
 * is ±50 000 kr).
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { PARTY_NAME, plainAt } from "./minutesText.ts";
import { findDateRange, type Decision } from "./readDecisions.ts";
import { frameTotalMismatch } from "../findings.ts";
import { statementItem } from "../../reference/statementLabels.ts";

type Allocation = Extract<FactInput, { table: "allocation" }>;

interface FrameLine {
  recipient: string;
  sek: number;
  approximate: boolean;
  line: number;
  /** The line's own period ("… 450 000 kr för perioden 2025-01-01–2025-06-30"), where it states one. */
  period?: { start: string; end: string };
}

/** A run of amount lines: its lines, and the total it states on a "Totalt"/"Summa" line, if any. */
export interface FrameRun {
  lines: FrameLine[];
  total: FrameLine | undefined;
}

/** A lead naming what the members pay in: "Medlemsbidragen för 2025 uppgick till", "Medlemsavgifter:". */
const MEMBERS_MONEY_LEAD =
  /(?<!\p{L})(?:medlemsbidrag|medlemsavgift|medlemsinsats|bidrag(?:en)? från (?:medlemmarna|parterna|huvudmännen)|(?:medlemmarnas|parternas|huvudmännens) (?:bidrag|avgifter|insatser))/iu;

/** A lead sending the members' money on ("Styrelsen fördelar medlemmarnas bidrag … till insatserna"): its lines are grants. */
const SENT_ON =
  /(?<!\p{L})(?:fördelar|fördelas|beviljar|beviljas|anslår|tilldelar|tilldelas)(?!\p{L})|(?<!\p{L})till\s+(?:insatserna|följande)(?!\p{L})/iu;

/**
 * The line right above a run (past one blank line): the run's lead. Lines of the same list above the
 * run that were not read into it (a member named without a recipient's form, "Staten   2 000 000
 * kronor", or an amount in words the reading left as written) are passed over to the lead.
 */
function leadIn(doc: DocumentText, first: number): string {
  let above = first > 2 && doc.at(first - 1).trim() === "" ? first - 2 : first - 1;
  for (let k = 0; k < 12 && above > 1 && LIST_LINE.test(doc.at(above)); k++) above--;
  return above >= 1 ? doc.at(above) : "";
}
/** A line of an amounts list: a name, then an amount in digits closing on its unit or nothing, no stop, no colon. */
const LIST_LINE = /^\s*\p{Lu}[^.:!?]{0,60}?\d{1,3}(?: \d{3})+\)?\s*(?:kr|kronor|tkr|sek)?\s*$/iu;

/** A line that sums the lines above it: never a recipient. */
export const TOTAL_LABEL = /^(totalt|total|summa|sammanlagt|s:a|tillsammans)\b/i;

/** An amount applied for ("Sökt belopp: 500 000 kr", "Ansökt 1,2 mnkr"): never a recipient's grant. */
const APPLIED_LABEL = /^(sökt|ansökt|begärt|äskat)/i;

/**
 * Cost kinds an application splits its budget into ("Personalkostnader 1 150 000 kr"): a run of
 * these is the specification of one grant, not money to several recipients.
 */
const COST_KIND =
  /^(personal|lön|löner|lönekostnad|lokal|lokaler|hyra|resor|resekostnad|material|övrigt|övriga|administration|overhead|utbildning|handledning|konsult|köpta tjänster|it|kompetensutveckling|aktiviteter|deltagarkostnad|utvärdering|marknadsföring|kommunikation)/i;

/** "- Karlskrona 3 278 240 kr", "Vindeby kommun, insatsen Nästa steg   1 240 000 kr". */
const FRAME_LINE =
  /^[-–•*]?\s*(\p{Lu}[\p{L} .,-]*?\p{L})\s*:?\s+(-?\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|sek|tkr|mkr)\.?)\s*$/iu;

/**
 * "- Steget, Åby kommun: 450 000 kr för perioden 2025-01-01–2025-12-31": a frame line whose amount
 * its own period follows; the tail is read as a date range, or the line is none.
 */
const FRAME_LINE_PERIOD =
  /^[-–•*]?\s*(\p{Lu}[\p{L} .,-]*?\p{L})\s*:?\s+(-?\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|sek|tkr|mkr)\.?)\s+((?:för|under)\s+(?:perioden\s+)?[^;]+?)\s*\.?$/iu;

/** A frame line with its own period, or undefined. */
function framePeriodLine(t: string): { m: RegExpExecArray; period: { start: string; end: string } } | undefined {
  // Cheap first: the line ends on a date or a year, after an amount in kronor.
  if (!/kr|sek/i.test(t) || !/(?:19|20)\d\d(?:-\d\d-\d\d)?\s*\.?$/.test(t)) return undefined;
  const m = FRAME_LINE_PERIOD.exec(t);
  const period = m ? findDateRange(m[3]!) : null;
  // The tail holds the range and nothing else with digits.
  if (!m || !period || /\d/.test(m[3]!.replace(/\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|(?:19|20)\d\d|\d{1,2}\s+\p{L}+/gu, "")))
    return undefined;
  return { m, period };
}

/**
 * Whether a line ends as FRAME_LINE and YEAR_LINE end, on a unit of money: a cheap look before
 * their lazy name tries every split of the line. A line ending on anything but printable ASCII
 * (one that might fold to the unit's, "ſek") is left to the patterns.
 */
function endsOnMoneyUnit(line: string): boolean {
  const trimmed = line.trimEnd();
  const end = (trimmed.endsWith(".") ? trimmed.slice(0, -1) : trimmed).slice(-6);
  if (/[^ -~]/.test(end)) return true;
  const lower = end.toLowerCase();
  return lower.endsWith("kr") || lower.endsWith("kronor") || lower.endsWith("sek");
}

/** "År 2025   1 150 000 kr", "2026: 1 180 000 kr": one year's share of a grant. */
const YEAR_LINE =
  /^[-–•*]?\s*(?:år\s+)?((?:19|20)\d\d)\s*:?\s+(\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|sek|tkr|mkr)\.?)\s*$/iu;

/**
 * Runs of two or more "<name> <amount>" lines (blank lines between are allowed). A "Totalt" /
 * "Summa" line closes its run as the run's stated total.
 */
export function findFrameLines(doc: DocumentText, from = 1, to = doc.lineCount): FrameRun[] {
  const runs: FrameRun[] = [];
  let run: FrameLine[] = [];
  const close = (total?: FrameLine) => {
    if (run.length >= 2 || (total && run.length >= 1)) runs.push({ lines: run, total });
    run = [];
  };
  for (let n = from; n <= to; n++) {
    const t = plainAt(doc, n);
    if (t === "") continue;
    // A year's share ("År 2026  900 000 kr") names no recipient, and its year is no digit of the amount.
    const dated = endsOnMoneyUnit(t) ? undefined : framePeriodLine(t);
    const m = dated?.m ?? (!endsOnMoneyUnit(t) || YEAR_LINE.test(t) ? null : FRAME_LINE.exec(t));
    const amount = m ? findAmounts(m[2]!)[0] : undefined;
    if (!m || !amount) {
      close();
      continue;
    }
    const line: FrameLine = {
      recipient: m[1]!.trim(),
      sek: amount.sek,
      approximate: amount.approximate,
      line: n,
      ...(dated ? { period: dated.period } : {}),
    };
    if (APPLIED_LABEL.test(line.recipient)) close();
    else if (TOTAL_LABEL.test(line.recipient)) close(line);
    else run.push(line);
  }
  close();
  return runs;
}

interface YearLine {
  year: number;
  sek: number;
  approximate: boolean;
  line: number;
}

/** Runs of two or more year lines, each with the line it stands on. */
function findYearRuns(doc: DocumentText): YearLine[][] {
  const runs: YearLine[][] = [];
  let run: YearLine[] = [];
  for (let n = 1; n <= doc.lineCount + 1; n++) {
    const t = n <= doc.lineCount ? plainAt(doc, n) : "";
    const m = YEAR_LINE.exec(t);
    const amount = m ? findAmounts(m[2]!)[0] : undefined;
    if (m && amount) {
      run.push({ year: Number(m[1]), sek: amount.sek, approximate: amount.approximate, line: n });
      continue;
    }
    if (
      t === "" &&
      n <= doc.lineCount &&
      run.length > 0 &&
      plainAt(doc, n + 1) !== "" &&
      YEAR_LINE.test(plainAt(doc, n + 1))
    )
      continue;
    if (run.length >= 2) runs.push(run);
    run = [];
  }
  return runs;
}

/** Revenue, costs, a result or equity: what a statement sums up, never a recipient of a grant. */
const STATEMENT_TOTALS = new Set([
  "revenue_operating",
  "cost_operating",
  "operating_result",
  "result",
  "result_after_financial",
  "equity_start",
  "equity_end",
]);

/** Whether a run's lines name a statement's totals ("Intäkter", "Kostnader", "Årets resultat"). */
function namesStatementItems(run: readonly FrameLine[]): boolean {
  return run.some((l) => {
    const item = statementItem(l.recipient, "income_statement") ?? statementItem(l.recipient, "balance_sheet");
    return item !== undefined && STATEMENT_TOTALS.has(item.item);
  });
}

/**
 * A run that specifies one grant rather than splitting money among recipients: its lines are
 * cost kinds, or the decision grants one named organisation ("Älvby kommun") exactly the run's
 * total. A decision naming only an intervention may still split it among members.
 */
function isCostBreakdown(run: FrameRun, owner: Decision, sum: number): boolean {
  if (run.lines.every((l) => COST_KIND.test(l.recipient))) return true;
  const total = run.total?.sek ?? sum;
  return (
    owner.recipient !== null &&
    PARTY_NAME.test(owner.recipient) &&
    owner.amount !== null &&
    Math.abs(owner.amount.sek - total) <= owner.amount.precision
  );
}

export function yearOf(d: Decision): number | null {
  if (d.periodStart && d.periodEnd && d.periodStart.slice(0, 4) === d.periodEnd.slice(0, 4))
    return Number(d.periodStart.slice(0, 4));
  return null;
}

/** The item's title without "Ansökan" and the applicant, plus the cost type where stated. */
export function purposeOf(d: Decision): string | null {
  const title = d.title
    .replace(/^Ansökan(?:\s+[–-])?\s+/i, "")
    .replace(/,\s*[^,]+$/, "")
    .trim();
  const costType = /\(kostnadsslaget ([^)]+)\)/i.exec(d.text)?.[1];
  const purpose = [title, costType ? `(kostnadsslaget ${costType})` : ""].filter(Boolean).join(" ");
  return purpose || null;
}

/**
 * Frames are tied to the first decision whose text follows them (detached layouts) or to the
 * decision of the item whose body holds them.
 */
export function parseAllocations(
  doc: DocumentText,
  decisions: readonly Decision[],
  itemOfLine: (n: number) => string | undefined,
  /** Lines that are not grants (members' fees): a run holding one is no frame. */
  notGrants: ReadonlySet<number> = new Set(),
): { facts: Allocation[]; findings: FindingInput[]; frameTotals: Map<Decision, FrameLine> } {
  const facts: Allocation[] = [];
  /** Decisions that state no amount of their own: the total line of their frame is their amount. */
  const frameTotals = new Map<Decision, FrameLine>();
  const findings: FindingInput[] = [];
  const framed = new Set<Decision>();
  // Lookups built once, so a long document's many frames do not each scan every decision.
  const byItem = new Map<string, Decision>();
  for (const d of decisions) if (d.text && !byItem.has(d.itemRef)) byItem.set(d.itemRef, d);
  const referenced = decisions.filter((d) => d.decisionRef).sort((a, b) => a.line - b.line);
  /** The first referenced decision within 20 lines after `line`. */
  const referencedAfter = (line: number) => {
    let lo = 0;
    let hi = referenced.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (referenced[mid]!.line <= line) lo = mid + 1;
      else hi = mid;
    }
    const d = referenced[lo];
    return d && d.line - line <= 20 ? d : undefined;
  };
  const ownerOf = (frame: FrameRun) => {
    const ref = itemOfLine((frame.lines[0] ?? frame.total!).line);
    return (
      (ref === undefined ? undefined : byItem.get(ref)) ??
      referencedAfter(frame.total?.line ?? frame.lines.at(-1)!.line)
    );
  };
  const frames = findFrameLines(doc)
    .filter((frame) => !frame.lines.some((r) => notGrants.has(r.line)))
    .map((frame) => ({ frame, owner: ownerOf(frame) }));
  /** Each decision's frame lines added up: a table a wrapped row broke in two is still one split. */
  const splitSums = new Map<Decision, number>();
  for (const { frame, owner } of frames)
    if (owner) splitSums.set(owner, (splitSums.get(owner) ?? 0) + frame.lines.reduce((a, r) => a + r.sek, 0));
  for (const { frame, owner } of frames) {
    const run = frame.lines;
    const first = run[0] ?? frame.total!;
    const last = frame.total?.line ?? run.at(-1)!.line;
    if (!owner) {
      findings.push({
        check_id: "allocation.frame_without_decision",
        severity: "warning",
        subject: "allocation",
        line: first.line,
        message: `${run.length} amount lines (${run.map((r) => r.recipient).join(", ")}) belong to no decision found nearby; not loaded as allocations`,
      });
      continue;
    }
    // "Ljungö kommun söker 300 000 kr. … Hasslebys styrelse beslutar att avslå ansökan.": an item refused is
    // granted nothing, whatever sums its lines name (the sum applied for, another board's grant at a joint meeting).
    if (owner.outcome === "rejected") {
      findings.push({
        check_id: "allocation.rejected_item",
        severity: "info",
        subject: `allocation:${owner.itemRef}`,
        line: first.line,
        message: `${run.length} amount lines (${run.map((r) => r.recipient).join(", ")}) stand in an item whose decision is a refusal; not loaded as allocations`,
      });
      continue;
    }
    // "Medlemsbidragen för 2025 uppgick till" / "  Region X   1 500 000 kronor": the members' money paid
    // in to the federation, never grants it gave.
    const lead = leadIn(doc, first.line);
    if (MEMBERS_MONEY_LEAD.test(lead) && !SENT_ON.test(lead)) {
      findings.push({
        check_id: "allocation.member_contributions",
        severity: "info",
        subject: `allocation:${owner.itemRef}`,
        line: first.line,
        message: `${run.length} amount lines (${run.map((r) => r.recipient).join(", ")}) under a lead naming the members' contributions are money paid in, not grants; not loaded as allocations`,
      });
      continue;
    }
    // "Intäkter 9 600 tkr / Kostnader -10 100 tkr / Resultat -500 tkr": a budget or the accounts
    // in brief, whose lines name items of a statement, not recipients of money.
    if (namesStatementItems(run)) {
      findings.push({
        check_id: "allocation.statement_lines",
        severity: "info",
        subject: `allocation:${owner.itemRef}`,
        line: first.line,
        message: `${run.length} amount lines (${run.map((r) => r.recipient).join(", ")}) are a budget's or the accounts' items, not grants; not loaded as allocations`,
      });
      continue;
    }
    const sum = run.reduce((a, r) => a + r.sek, 0);
    if (frame.total && !owner.amount && !frameTotals.has(owner)) frameTotals.set(owner, frame.total);
    if (frame.total && run.length > 0 && Math.abs(frame.total.sek - sum) > 0)
      findings.push(
        frameTotalMismatch({
          subject: `allocation:${owner.itemRef}`,
          line: frame.total.line,
          value: String(frame.total.sek),
          other_value: String(sum),
          other_line: first.line,
          message: `the total line says ${frame.total.sek} kr but its ${run.length} lines add up to ${sum} kr`,
        }),
      );
    // Lines that add up neither to their own total nor to the sum decided are no split of that sum:
    // which of them is wrong cannot be told, so none is stored (the findings above and below say why).
    const split = splitSums.get(owner)!;
    const offTotal =
      frame.total !== undefined && run.length > 0 && frame.total.sek !== sum && frame.total.sek !== split;
    const offDecided = owner.amount !== null && Math.abs(owner.amount.sek - split) > owner.amount.precision;
    if (run.length > 0 && (offTotal || offDecided) && !isCostBreakdown(frame, owner, sum)) {
      findings.push(
        frameTotalMismatch({
          subject: `allocation:${owner.itemRef}`,
          line: first.line,
          value: String(owner.amount?.sek ?? frame.total?.sek ?? sum),
          other_value: String(sum),
          other_line: last,
          message: `${run.length} amount lines add up to ${sum} kr, not to the sum stated for ${owner.itemRef}; not loaded as allocations`,
        }),
      );
      continue;
    }
    if (run.length === 0 || isCostBreakdown(frame, owner, sum)) {
      // A specification of one grant: the decision itself is the allocation (below).
      if (run.length > 0)
        findings.push({
          check_id: "allocation.cost_breakdown",
          severity: "info",
          subject: `allocation:${owner.itemRef}`,
          line: first.line,
          message: `${run.length} amount lines (${run.map((r) => r.recipient).join(", ")}) specify ${owner.itemRef}'s grant; not loaded as separate allocations`,
        });
      continue;
    }
    framed.add(owner);
    const year = yearOf(owner) ?? yearFromContext(owner);
    const period = owner.periodStart ? null : leadInPeriod(doc, first.line);
    for (const r of run)
      facts.push({
        table: "allocation",
        item_ref: owner.itemRef,
        recipient: r.recipient,
        year,
        purpose: purposeOf(owner),
        amount_sek: r.sek,
        intervention: null,
        period_start: r.period?.start ?? period?.start ?? owner.periodStart,
        period_end: r.period?.end ?? period?.end ?? owner.periodEnd,
        decision_ref: owner.decisionRef,
        line: r.line,
        text: doc.at(r.line),
        section: "allocation",
        approximate: r.approximate,
      });
    if (owner.amount) {
      const diff = Math.abs(owner.amount.sek - sum);
      if (diff > owner.amount.precision)
        findings.push(
          frameTotalMismatch({
            subject: `allocation:${owner.itemRef}`,
            line: owner.line,
            value: String(owner.amount.sek),
            other_value: String(sum),
            other_line: first.line,
            message: `frame total ${owner.amount.sek} kr (stated to ±${owner.amount.precision}) differs from the sum of its ${run.length} lines, ${sum} kr, by ${diff} kr`,
          }),
        );
      else
        findings.push({
          check_id: "allocation.frame_total_within_precision",
          severity: "info",
          subject: `allocation:${owner.itemRef}`,
          line: owner.line,
          value: String(owner.amount.sek),
          other_value: String(sum),
          other_line: first.line,
          message: `frame total ${owner.amount.sek} kr (stated to ±${owner.amount.precision}) agrees with the sum of its ${run.length} lines, ${sum} kr`,
        });
    }
  }
  // A grant split by year ("År 2025 1 150 000 kr", "År 2026 1 180 000 kr"), the years adding up to
  // the amount decided: one allocation per year, never the sum of the years as one.
  for (const run of findYearRuns(doc)) {
    const ref = itemOfLine(run[0]!.line);
    const owner = ref === undefined ? undefined : byItem.get(ref);
    const sum = run.reduce((a, r) => a + r.sek, 0);
    if (!owner?.amount || !owner.recipient || owner.outcome !== "approved" || framed.has(owner)) continue;
    if (Math.abs(owner.amount.sek - sum) > owner.amount.precision) continue;
    framed.add(owner);
    for (const r of run) facts.push(yearsShare(owner, owner.recipient, r, r.line, doc.at(r.line)));
  }
  // "… 380 000 kr för 2025 och 400 000 kr för 2026": one allocation per year the decision names.
  for (const d of decisions) {
    if (framed.has(d) || d.outcome !== "approved" || !d.recipient || d.byYear.length === 0) continue;
    framed.add(d);
    for (const y of d.byYear) facts.push(yearsShare(d, d.recipient, y, d.line, d.text));
  }
  for (const d of decisions) {
    const amount = d.amount ?? frameTotals.get(d);
    if (framed.has(d) || d.outcome !== "approved" || !amount || !d.recipient) continue;
    facts.push({
      table: "allocation",
      item_ref: d.itemRef,
      recipient: d.recipient,
      year: yearOf(d),
      purpose: purposeOf(d),
      amount_sek: amount.sek,
      intervention: null,
      period_start: d.periodStart,
      period_end: d.periodEnd,
      decision_ref: d.decisionRef,
      line: d.line,
      text: d.text,
      section: "allocation",
      approximate: amount.approximate,
    });
  }
  return { facts, findings, frameTotals };
}

/** One year's share of a grant split by year. */
function yearsShare(
  d: Decision,
  recipient: string,
  share: { year: number; sek: number; approximate: boolean },
  line: number,
  text: string,
): Allocation {
  return {
    table: "allocation",
    item_ref: d.itemRef,
    recipient,
    year: share.year,
    purpose: purposeOf(d),
    amount_sek: share.sek,
    intervention: null,
    period_start: null,
    period_end: null,
    decision_ref: d.decisionRef,
    line,
    text,
    section: "allocation",
    approximate: share.approximate,
  };
}

function yearFromContext(d: Decision): number | null {
  const m = /\b(?:budget(?:ram)?|ram|under|för)\s+((?:19|20)\d\d)\b/i.exec(`${d.text} ${d.context}`);
  return m ? Number(m[1]) : null;
}

/**
 * The period a frame's lead-in states ("… beviljas medel för perioden 2024-07-01–2025-06-30:"):
 * the paragraph that ends on the line before the frame, when it introduces the list with a colon.
 * A decision that adopts the proposal ("enligt förslaget") states no period of its own.
 */
function leadInPeriod(doc: DocumentText, firstLine: number): { start: string; end: string } | null {
  const lines: string[] = [];
  for (let n = firstLine - 1; n >= 1 && lines.length < 4; n--) {
    const t = plainAt(doc, n);
    if (t === "") {
      if (lines.length === 0) continue;
      break;
    }
    lines.unshift(t);
  }
  if (!lines.at(-1)?.endsWith(":")) return null;
  // Only an explicit date range: a bare year in a lead-in ("ansökningar för 2025") may be the application round.
  return findDateRange(lines.join(" "));
}
