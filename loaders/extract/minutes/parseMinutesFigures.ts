/**
 * Figures minutes state in passing, into the tables they belong to: next year's state
 * allocation and total budget income (finance, basis budget), new targets (goal), project
 * results and yearly costs (indicator), members leaving (member_change), and the federation's
 * revenue, costs, result and equity a passage on a closed year quotes (an item on its annual report,
 * "Bokslutet för 2024 visar …": `yearReports.ts`; finance, basis actual).
 */
import { goalIndicator, matchCode } from "../../reference/codes.ts";
import { slugify } from "../../reference/slug.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { itemAtOrBefore, type AgendaItem } from "./findAgendaItems.ts";
import type { YearPassage } from "./yearReports.ts";
import { MONTH_NAMES, monthNumber, pad2 } from "./minutesText.ts";
import { sentencesOf } from "./readDecisions.ts";
import { readMoneySentence } from "../general/moneyGrammar.ts";
import { aboutAnotherBody } from "../general/otherBodies.ts";
import { awaitingResult, signNamedNext } from "../general/unsignedResults.ts";
import { unreadNumber } from "../findings.ts";

const SECTION = "minutes_figures";
const AMOUNT = String.raw`(-?\d{1,3}(?: \d{3})+|\d+(?:,\d+)?)\s*(?:kr|kronor|miljoner kronor|miljon kronor|mkr|tkr)\b`;
/** A sentence with a unit of money after a digit: only such a sentence can quote the report's figures. */
const MONEY_CUE = /\d\s*(?:kr|kronor|tkr|mkr|mnkr|miljon|miljoner|m\.?kr)(?!\p{L})/iu;
const num = (s: string) => Number(s.replace(",", "."));
const PROPOSED = /(?<!\p{L})(?:förslag\p{L}*|föreslå\p{L}*)/iu;
// The patterns are built once, not per sentence (matchAll copies a global pattern, so sharing it is safe).
const STATE_GRANT = new RegExp(
  `${AMOUNT}\\s+från statligt håll|statlig(?:a)? (?:medel|tilldelning|medelstilldelning)\\D{0,30}?${AMOUNT}`,
  "i",
);
const BUDGET_TOTAL = new RegExp(
  `total(?:a)? (?:inkomst|intäkt)(?:er)? i budget(?:en)? för ((?:19|20)\\d\\d) på ${AMOUNT}`,
  "i",
);
const YEARLY_COST = new RegExp(
  `(?:kostnad|avgift)(?:en)? för (?:deltagandet|medlemskapet) i ([\\p{L}-]+)\\s+(?:är|uppgår till)\\s+${AMOUNT}\\s*(?:/|per )\\s*år`,
  "iu",
);
const LEAVING_ON_MONTH = new RegExp(
  `(?:i|den|från och med)\\s+(?:(\\d{1,2})\\s+)?(${MONTH_NAMES})\\s+((?:19|20)\\d\\d)\\s*\\(([^)]+)\\)`,
  "gi",
);
const LEAVING_ON_DATE = new RegExp(
  `(\\p{Lu}[\\p{L}-]+s?\\s+(?:kommun|stad))\\s+(?:lämnar|utträder ur|träder ut ur)\\s+förbundet\\s+(?:från och med|den|per)\\s+(\\d{4}-\\d\\d-\\d\\d)`,
  "giu",
);

/**
 * The first line from a sentence's first to its last that holds `raw` whole; else the sentence's
 * first. A card's lines run together into one sentence may span a dozen lines.
 */
export function lineOf(doc: DocumentText, from: number, raw: string, to = from + MAX_SENTENCE_LINES): number {
  for (let n = from; n <= Math.min(doc.lineCount, Math.max(to, from + MAX_SENTENCE_LINES)); n++)
    if (doc.at(n).includes(raw)) return n;
  return from;
}
const MAX_SENTENCE_LINES = 6;

export function parseMinutesFigures(
  doc: DocumentText,
  items: readonly AgendaItem[],
  meetingYear: number,
  /** Passages reporting a closed year's figures (`yearReports.ts`): their money is that year's outcome. */
  passages: readonly YearPassage[],
): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const awaiting: FactInput[] = [];
  const firstItem = items[0]?.line ?? 1;
  const sentences = sentencesOf(doc, firstItem, doc.lineCount, true);
  const itemAt = (line: number) => itemAtOrBefore(items, line);
  let lastProject: string | undefined;

  for (const [i, s] of sentences.entries()) {
    const t = s.text;
    const at = { line: s.line, text: t, section: SECTION };
    // A note set apart from its item ("Till § 26. …", after a decision register) is that item's text.
    const item = passages.find((p) => p.item && s.line >= p.from && s.line <= p.to)?.item ?? itemAt(s.line);
    const yearIn = (text: string) => Number(/\b(?:för|inför|under)\s+((?:19|20)\d\d)\b/.exec(text)?.[1] ?? NaN);

    // "7 799 000 kr från statligt håll ger en total inkomst i budget för 2026 på 15 598 000 kr"
    const state = STATE_GRANT.exec(t);
    const total = BUDGET_TOTAL.exec(t);
    const year = total ? Number(total[1]) : yearIn(t) || yearIn(item?.title ?? "");
    // A budget someone proposes ("Förslaget innebär …", "föreslår en total inkomst …") is not adopted.
    const proposed = PROPOSED.test(t);
    if (state && Number.isFinite(year) && !proposed) {
      const a = findAmounts(state[0])[0];
      if (a)
        facts.push({
          table: "finance",
          year,
          basis: "budget",
          item: "state_grant",
          amount_sek: a.sek,
          value: null,
          source_label: "medelstilldelning från staten (protokoll)",
          ...at,
          approximate: a.approximate,
        });
    }
    if (total && !proposed) {
      const a = findAmounts(total[0])[0];
      if (a)
        facts.push({
          table: "finance",
          year: Number(total[1]),
          basis: "budget",
          item: "revenue_operating",
          amount_sek: a.sek,
          value: null,
          source_label: "total inkomst i budget (protokoll)",
          ...at,
          approximate: a.approximate,
        });
    }

    // A closed year's figures, quoted in a passage on that year: read by the prose money grammar (a
    // result needs its sign; a budget, a change or a bracket is not the year's outcome).
    const passage = passages.find((p) => s.line >= p.from && s.line <= p.to);
    const reportYear = passage?.year;
    if (reportYear !== undefined && MONEY_CUE.test(t) && !aboutAnotherBody(t)) {
      const reading = readMoneySentence(t, reportYear);
      // "Årets resultat är -412 517 kr mot budgeterade -600 000 kr": the report's year's budget beside its outcome.
      for (const f of reading.figures)
        if (f.basis === "actual" || (f.basis === "budget" && f.year === reportYear))
          facts.push({
            table: "finance",
            year: f.year,
            basis: f.basis,
            item: f.item,
            amount_sek: f.sek,
            value: null,
            source_label: `${f.clause.trim().slice(0, 120)} (protokoll${item ? `, ${item.ref} ${item.title}` : ""})`,
            ...at,
            // A sentence wraps: the fact cites the line its amount stands on.
            line: lineOf(doc, s.line, f.raw, s.to),
            approximate: f.approximate,
          });
      // A result written without a sign waits for the sums of its year (unsignedResults.ts), with the
      // sign the next sentence of the passage names ("Underskottet täcks av …") where it ends on it.
      const next = sentences[i + 1];
      const hint = next && reading.unsigned.length > 0 && next.line <= passage!.to ? signNamedNext(next.text) : 0;
      for (const u of reading.unsigned)
        if (u.item === "result" && u.basis === "actual" && u.year === reportYear)
          awaiting.push(
            awaitingResult({
              year: u.year,
              size: u.sek,
              ...at,
              line: lineOf(doc, s.line, u.raw, s.to),
              source_label: `${u.clause.trim().slice(0, 120)} (protokoll${item ? `, ${item.ref} ${item.title}` : ""})`,
              approximate: u.approximate,
              ...(hint !== 0 && findAmounts(t.slice(u.end)).length === 0 ? { hint } : {}),
            }),
          );
      for (const u of reading.unread)
        findings.push(
          unreadNumber({
            subject: SECTION,
            line: s.line,
            value: u.raw,
            message: `${SECTION}: ${u.raw} in the item on the annual report ${reportYear}: ${u.why}; not stored`,
          }),
        );
    }

    // New targets: "… positiv stegförflyttning tidigare 50% och inför 2026 65% måluppfyllelse"
    for (const m of t.matchAll(/\binför ((?:19|20)\d\d)\s+(\d+(?:,\d+)?)\s?%/g)) {
      const indicator = matchCode(goalIndicator, t);
      if (!indicator) {
        findings.push({
          check_id: "minutes.goal_unknown_indicator",
          severity: "info",
          subject: "goal",
          line: s.line,
          value: m[2]!,
          message: `a target of ${m[2]} % for ${m[1]} whose measure the goal code list does not know: "${t.slice(0, 100)}"`,
        });
        continue;
      }
      facts.push({
        table: "goal",
        year: Number(m[1]),
        indicator,
        level: /stegförflyttning|deltagare|individ/i.test(t) ? "individual" : "organisational",
        goal_text: t,
        target: num(m[2]!),
        outcome: null,
        unit: "percent",
        assessment: null,
        ...at,
        approximate: false,
      });
    }

    // Project results: the project named nearby ("ESF-projektet Respondere").
    const project = /(?:ESF-)?projektet\s+(\p{Lu}[\p{L}-]+)/u.exec(t);
    if (project) lastProject = project[1]!;
    const scopeOf = (name: string | undefined) => (name ? `project:${slugify(name)}` : undefined);
    const projectResults: [RegExp, string, string][] = [
      [
        /(\d+(?:,\d+)?)\s?% av (?:individerna|deltagarna) som deltagit i projektet har nått målet/i,
        "goal_reached_or_steps_share",
        "participants who reached the project's goal or took clear steps towards self-support",
      ],
      [
        /(?:antal|andel) ut i arbete\/studier[^.]*?är (?:dryga |ca |cirka |drygt )?(\d+(?:,\d+)?)\s?%/i,
        "work_or_studies_share",
        "participants in work or studies now",
      ],
      [
        /målet är satt (?:på|till) (\d+(?:,\d+)?)\s?%/i,
        "work_or_studies_share_target",
        "the project's target share in work or studies",
      ],
    ];
    for (const [re, indicator, note] of projectResults) {
      const m = re.exec(t);
      const scope = scopeOf(lastProject);
      if (!m || !scope) continue;
      facts.push({
        table: "indicator",
        year: meetingYear,
        scope,
        indicator,
        gender: "all",
        value: num(m[1]!),
        unit: "percent",
        n: null,
        note,
        ...at,
        approximate: /\b(dryga|drygt|ca|cirka|knappt)\s+\d/.test(t),
      });
    }

    // Yearly costs: "Kostnad för deltagandet i projektet är 20 000 kr/år."
    const cost = YEARLY_COST.exec(t);
    if (cost) {
      const a = findAmounts(cost[0])[0]!;
      // "i projektet": the project the item names ("indikatorprojektet"), else the item's title.
      const itemText = item
        ? sentencesOf(doc, item.line, item.bodyTo)
            .map((x) => x.text)
            .join(" ")
        : "";
      const name = /^projektet$/i.test(cost[1]!)
        ? (/\b(\p{L}{3,}projektet)\b/u.exec(itemText)?.[1] ?? item?.title ?? "projekt")
        : cost[1]!;
      facts.push({
        table: "indicator",
        year: meetingYear,
        scope: `project:${slugify(name)}`,
        indicator: "yearly_cost",
        gender: "all",
        value: a.sek,
        unit: "sek",
        n: null,
        note: `yearly cost of taking part (${item ? `item ${item.ref}: ${item.title}` : "minutes"})`,
        ...at,
        approximate: a.approximate,
      });
    }

    // Members leaving: "Utträden … genomföras i januari 2024 (Härryda kommun) samt i januari 2025 (Alingsås kommun)"
    if (/utträd|lämna förbundet|träda ut/i.test(t)) {
      for (const m of t.matchAll(LEAVING_ON_MONTH)) {
        const day = m[1] ? Number(m[1]) : 1;
        facts.push({
          table: "member_change",
          member: m[4]!.trim(),
          left_on: `${m[3]}-${pad2(monthNumber(m[2]!)!)}-${pad2(day)}`,
          ...at,
          approximate: !m[1],
        });
      }
      for (const m of t.matchAll(LEAVING_ON_DATE))
        facts.push({ table: "member_change", member: m[1]!, left_on: m[2]!, ...at, approximate: false });
    }
  }
  return {
    facts,
    findings,
    ...(awaiting.length > 0 ? { awaiting } : {}),
    coverage: [
      {
        section: SECTION,
        status: facts.length > 0 ? "parsed" : "partial",
        line: null,
        facts: facts.length,
        note: "budget figures, targets, project results, yearly costs and members leaving stated in items",
      },
    ],
  };
}
