/**
 * The budget an item of the minutes adopts: "§ 32 Verksamhetsplan och budget 2026" / "Budgeten för
 * 2026 omfattar intäkter på 10 400 tkr och kostnader på 11 000 tkr, vilket ger ett budgeterat
 * underskott på 600 tkr …" / "Styrelsen beslutar att fastställa … budget för 2026 enligt förslaget."
 * The item's text is read by the prose money grammar (`moneyGrammar.ts`), and only its budget
 * figures for the meeting's year or a later one are kept (finance, basis budget). Read only where
 * - the item's decision is approved and names the budget, or its title does (a proposal to the
 *   members, a postponed, rejected or referred-back item, a noted report adopt nothing);
 * - the sentence is the item's own text, before or in its decision, about no other body;
 * - no closed year's passage holds it (`yearReports.ts`: an outcome's budget is read there).
 * A forecast, a target, a frame or an application is never a budget (the grammar's own guards).
 * Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import type { AgendaItem } from "./findAgendaItems.ts";
import { sentencesOf, type Decision } from "./readDecisions.ts";
import type { YearPassage } from "./yearReports.ts";
import { readMoneySentence } from "../general/moneyGrammar.ts";
import { aboutAnotherBody } from "../general/otherBodies.ts";
import { lineOf } from "./parseMinutesFigures.ts";

const SECTION = "minutes:budget";
const BUDGET = /budget/i;
/** A digit and a unit of money: only such a sentence can state a budget's figures. */
const MONEY_CUE = /\d\s*(?:kr|kronor|tkr|mkr|mnkr|miljon|miljoner|m\.?kr)(?!\p{L})/iu;

export function adoptedBudgets(
  doc: DocumentText,
  items: readonly AgendaItem[],
  decisions: readonly Decision[],
  meetingYear: number,
  passages: readonly YearPassage[],
): FactInput[] {
  const facts: FactInput[] = [];
  const seen = new Set<string>();
  for (const d of decisions) {
    if (d.outcome !== "approved" || !d.text || !(BUDGET.test(d.text) || BUDGET.test(d.title))) continue;
    const item = items.find((i) => i.ref === d.itemRef);
    if (!item || item.detached) continue;
    const to = Math.max(d.line, item.bodyTo);
    for (const s of sentencesOf(doc, item.line + 1, to)) {
      if (!MONEY_CUE.test(s.text) || !BUDGET.test(s.text) || aboutAnotherBody(s.text)) continue;
      if (passages.some((p) => s.line >= p.from && s.line <= p.to)) continue;
      for (const f of readMoneySentence(s.text, meetingYear).figures) {
        if (f.basis !== "budget" || f.year < meetingYear) continue;
        const key = `${f.year}|${f.item}`;
        // One figure of a kind and year per minutes: a second reading of it settles nothing.
        if (seen.has(key)) continue;
        seen.add(key);
        facts.push({
          table: "finance",
          year: f.year,
          basis: "budget",
          item: f.item,
          amount_sek: f.sek,
          value: null,
          source_label: `${f.clause.trim().slice(0, 120)} (protokoll, ${item.ref} ${item.title})`,
          line: lineOf(doc, s.line, f.raw, s.to),
          text: s.text.slice(0, 600),
          section: SECTION,
          approximate: f.approximate,
        });
      }
    }
  }
  return facts;
}
