/**
 * Whether the heading a line stands under says its figures are not the report year's outcome: a
 * budget, a plan or a forecast ("Budget 2025", "Verksamhetsplan 2025", "Prognos för året"), or
 * another year only ("Året 2023", "Ekonomi 2023" in the report for 2024). A heading that compares
 * with the budget ("Utfall jämfört med budget") is the outcome's, and one that names the report's
 * year too is the year's own. A heading that follows up a plan or a budget ("Uppföljning av
 * verksamhetsplanen 2024", "Måluppfyllelse mot budget") reports what came of it: the outcome. A
 * heading about the year before in words ("Förra året i siffror"), or about someone else's accounts
 * ("Åby kommuns bokslut 2024", "Samordningsförbundet Norrby i korthet"), heads no figure of the
 * federation's year. Pure.
 */
import type { DocumentText } from "../documentText.ts";
import { inDocumentTitle, isHeading } from "./sectionScope.ts";
import { aboutAnotherBody, otherFederationIn } from "./otherBodies.ts";
import { ownFederation } from "./federationNames.ts";
import { withoutParenthesesDeclaration } from "../text/priorYearParentheses.ts";

/** A heading opening on the year before in words: "Förra året i siffror", "Föregående år". */
const PRIOR_YEAR_HEADING = /^\W*(förra året|föregående år\p{L}*|året innan|fjolåret)(?!\p{L})/iu;

/** A plan's or a forecast's word: what a period's figures will be, not what they were. */
export const PLAN_WORD = /(?<!\p{L})(budget\p{L}*|prognos\p{L}*|verksamhetsplan\p{L}*|plan för)(?!\p{L})/iu;
const COMPARED = /(jämfört med|jämförelse med|i förhållande till|mot|än)\s+(\p{L}+\s+)?budget/iu;
/**
 * "Uppföljning av verksamhetsplanen", "Uppföljning verksamhetsplan 2024", "Utfall mot plan",
 * "Verksamhetsplanens uppföljning": what came of the plan.
 */
const FOLLOWED_UP =
  /(?<!\p{L})(uppföljning|utfall|återrapportering|måluppfyllelse)\p{L}*\s+((av|mot|för|i förhållande till)\s+)?(\p{L}+\s+)?(verksamhetsplan|budget|plan)|(?<!\p{L})verksamhetsplanens (uppföljning|utfall|måluppfyllelse)/iu;
/**
 * A year that dates a meeting the document is written for ("Svar inför medlemsdialogen 2025",
 * "Underlag till ägarsamrådet 2025", a compound's last part too: "Medlemssamråd 2025",
 * "Förbundsstämma 2025"), not the period of its figures.
 */
const MEETING_YEAR =
  /(?<!\p{L})\p{L}*?(medlemsdialog|dialog|ägarsamråd|samråd|möte|sammanträde|stämma|konferens)\p{L}* (?:(?:den )?\d{1,2} \p{L}+ )?(19|20)\d\d(?!\d)/giu;
/**
 * A bracket in a heading saying what the text compares with ("(jämförelsetal för 2023 inom
 * parentes)", "(jämfört med 2023)"): its year is the comparison's, not the heading's period.
 */
const COMPARISON_NOTE = /\([^()]*(?:parentes|jämförelse\p{L}*|jämfört)[^()]*\)/giu;
/**
 * A heading opening on another kind of organisation's own ("Föreningens ekonomi", "Bolagets resultat",
 * "Stiftelsens verksamhet", "Kommunens ekonomi"): an association's or a member's own section, never the
 * federation's (its own sections say "Förbundets", "Samordningsförbundets").
 */
const OTHER_ORGANISATIONS =
  /^\W*(?:föreningens|bolagets|stiftelsens|företagets|kooperativets|organisationens|kommunens|regionens|nämndens|myndighetens)(?!\p{L})/iu;
/** How far above a line its heading may stand. */
const REACH = 25;

/**
 * The reason the line's heading gives for its figures not being the year's outcome, or undefined.
 * `datedBy`: an earlier year the sentence itself dates its figures by ("Under 2025 deltog 118
 * personer" in a plan for 2026): a heading naming that year alone ("Så blev 2025") agrees with it.
 */
export function headingNotTheYear(doc: DocumentText, line: number, datedBy?: number): string | undefined {
  for (let n = line - 1; n >= Math.max(1, line - REACH); n--) {
    if (!isHeading(doc, n) || columnHeader(doc, n)) continue;
    const heading = doc.at(n);
    if (PLAN_WORD.test(heading) && !COMPARED.test(heading) && !FOLLOWED_UP.test(heading))
      return `under the heading "${heading}": a budget, a plan or a forecast`;
    const years = (
      withoutParenthesesDeclaration(heading)
        .replace(MEETING_YEAR, "")
        .replace(COMPARISON_NOTE, "")
        .match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? []
    ).map(Number);
    if (
      years.length > 0 &&
      !years.includes(doc.periodYear) &&
      !years.every((y) => y === datedBy) &&
      !publishedLater(doc, n, years, datedBy)
    )
      return `under the heading "${heading}": another year`;
    if (PRIOR_YEAR_HEADING.test(heading) && years.length === 0)
      return `under the heading "${heading}": the year before`;
    if (aboutAnotherBody(heading) || OTHER_ORGANISATIONS.test(heading))
      return `under the heading "${heading}": another body's figures`;
    // The federation the document's title names is the document's own, whatever its id is spelt.
    if (!inDocumentTitle(doc, n) && otherFederationIn(heading, ownFederation(doc)) !== undefined)
      return `under the heading "${heading}": another body's figures`;
    if (years.length === 0) {
      const plan = planHeadingOver(doc, n);
      if (plan !== undefined)
        return `under the heading "${heading}" in the section "${plan}": a budget, a plan or a forecast`;
    }
    return undefined;
  }
  return undefined;
}

/** Four cells or more, each set apart by a wide gap: a table's column header, not a section's heading. */
const FOUR_CELLS = /^\s*\S+(?: \S+)*(?:\s{2,}\S+(?: \S+)*){3,}\s*$/;
/**
 * A line of four cells or more with a row of figures right under it (or under the header's second
 * line): a table's column header ("Kommunens   Omsätt-   Årets   Eget   Kommunens"), whose words head
 * its columns, never the text after the table.
 */
function columnHeader(doc: DocumentText, n: number): boolean {
  const raw = doc.lines[n - 1] ?? "";
  if (!FOUR_CELLS.test(raw)) return false;
  for (let k = n + 1; k <= Math.min(doc.lineCount, n + 3); k++) {
    const below = doc.lines[k - 1] ?? "";
    if (/\d\s{2,}[-−–]?\d/.test(below)) return true;
    if (below.trim() === "") return false;
  }
  return false;
}

/**
 * The document's title dating the document by a later year only ("Verksamhetskalender 2026", a staff
 * magazine's "Nr 2, februari 2026"): the year it is published in, not the period of a sentence that
 * names the report's year itself ("Under 2025 hade förbundet 187 deltagare"). A heading inside the
 * document, or one naming the report's year or an earlier one, still dates its section.
 */
function publishedLater(doc: DocumentText, n: number, years: readonly number[], datedBy?: number): boolean {
  return datedBy === doc.periodYear && years.every((y) => y > doc.periodYear) && inDocumentTitle(doc, n);
}

/** A few words and no figure: a sub-heading naming its topic only ("Medlemsavgifter", "Deltagare"). */
const TOPIC_HEADING = /^[\p{L}][\p{L} ,&/-]{0,40}:?$/u;

/**
 * The plan's heading a topic's sub-heading stands in ("Budget för kommande år" / a sentence with no
 * figure / "Medlemsavgifter" over lines of fees): the heading right above the sub-heading, three lines
 * at most between them, when it names a budget, a plan or a forecast (never one comparing with or
 * following up a budget, nor the document's title). The sub-heading, naming no year, is that section's
 * part; a longer text between them may have left the plan's section.
 */
function planHeadingOver(doc: DocumentText, sub: number): string | undefined {
  if (!TOPIC_HEADING.test(headingBody(doc.at(sub)))) return undefined;
  let text = 0;
  for (let n = sub - 1; n >= Math.max(1, sub - 6); n--) {
    const t = doc.at(n);
    if (t === "") continue;
    if (isHeading(doc, n)) {
      if (inDocumentTitle(doc, n)) return undefined;
      return PLAN_WORD.test(t) && !COMPARED.test(t) && !FOLLOWED_UP.test(t) ? t : undefined;
    }
    if (++text > 3) return undefined;
  }
  return undefined;
}

/**
 * "Mål: Minst 160 personer …", "Mål 2: 70 nya deltagare", "Beslut: Insatserna når 160 personer",
 * "Målvärde 2024: 45 procent": a line labelled as a goal or a decision states what was to be, never
 * what came of it (its "Utfall:" says that).
 */
const GOAL_LABEL =
  /^\s*(?:[-•*]\s*)?(?:mål|delmål|målvärde|målsättning|målnivå|beslut|uppdrag)(?:\s+(?:nr\s+)?\d+(?:\.\d+)?)?(?:\s+(?:19|20)\d\d)?\s*:/iu;

/** Whether a sentence opens on a goal's or a decision's label (see `GOAL_LABEL`). */
export function opensOnGoal(sentence: string): boolean {
  return GOAL_LABEL.test(sentence);
}

/**
 * A heading that dates its section as a whole by one earlier year: the year alone, as a timeline's
 * entry or a news list's post ("## 2022", "2023"), or the year with the words of a year told in brief
 * ("Så blev 2023", "Året 2023", "Verksamhetsåret 2023", "2023 i korthet", "Årsredovisningen för 2023
 * är klar"). A heading comparing, planning or naming a meeting dates nothing.
 */
const DATING_HEADING =
  /^(?:(?:så (?:blev|gick|var) |året |verksamhetsåret |år |(?:årsredovisning|verksamhetsberättelse|årsberättelse|bokslut)(?:en|et)? för )?((?:19|20)\d\d)(?: i (?:korthet|siffror|sammandrag)| (?:är )?(?:klar|klart|fastställd|fastställt|godkänd|godkänt|antagen))?)$/iu;

/**
 * The earlier year the nearest heading above a line dates its section by (`DATING_HEADING`), for a
 * sentence naming no year of its own ("Insatserna hade 140 deltagare …" under "## 2022"); undefined
 * where the heading names the report's year, a later one, or is no such heading.
 */
export function headingYear(doc: DocumentText, line: number): number | undefined {
  for (let n = line - 1; n >= Math.max(1, line - REACH); n--) {
    if (!isHeading(doc, n)) continue;
    const heading = headingBody(doc.at(n));
    if (PLAN_WORD.test(heading)) return undefined;
    const m = DATING_HEADING.exec(heading);
    const year = m ? Number(m[1]) : undefined;
    if (year === undefined || year >= doc.periodYear) return undefined;
    // A plan for the year is written before the year before it has ended: "Så blev 2024" in the
    // plan for 2025 tells part of 2024, and only a sentence dating itself says which.
    return year === doc.periodYear - 1 && planTitled(doc) ? undefined : year;
  }
  return undefined;
}

/**
 * The later year the nearest heading above a line names alone ("## 2026" after "## 2025" in a report of
 * 2025): a budget its section states ("Budgeten omfattar intäkter på 6,4 mnkr …", naming no year of its
 * own) is that year's; undefined where the nearest heading is no such heading or names the report's year
 * or an earlier one.
 */
export function headingLaterYear(doc: DocumentText, line: number): number | undefined {
  for (let n = line - 1; n >= Math.max(1, line - REACH); n--) {
    if (!isHeading(doc, n)) continue;
    const m = DATING_HEADING.exec(headingBody(doc.at(n)));
    const year = m ? Number(m[1]) : undefined;
    return year !== undefined && year > doc.periodYear ? year : undefined;
  }
  return undefined;
}

/** Whether the document's title names a plan, a budget or a forecast ("Verksamhetsplan 2025"). */
function planTitled(doc: DocumentText): boolean {
  for (let n = 1; n <= Math.min(doc.lineCount, 4) && inDocumentTitle(doc, n); n++)
    if (PLAN_WORD.test(doc.at(n))) return true;
  return false;
}

/** A heading's words without a Markdown marker, bold marks, a section number or a closing colon. */
const headingBody = (line: string) =>
  line
    .replace(/^#{1,6}\s+/, "")
    .replace(/^(\*\*|__)(.*)\1$/, "$2")
    .replace(/^\d{1,2}(?:\.\d+)*\.?\s+(?=\p{L})/u, "")
    .replace(/:$/, "")
    .trim();

/** A heading over the interventions' money together: "Insatsernas ekonomi", "Projektens kostnader 2025". */
const INTERVENTIONS_MONEY_HEADING = /^\W*(?:insatsernas|projektens)(?!\p{L})/iu;

/**
 * The nearest heading over a line when it opens on the interventions together ("Insatsernas ekonomi"):
 * their revenue, costs and result summed are no figure of the federation's own accounts. Only money:
 * the interventions' participants together are the federation's.
 */
export function headingOverInterventionsMoney(doc: DocumentText, line: number): string | undefined {
  for (let n = line - 1; n >= Math.max(1, line - REACH); n--) {
    if (!isHeading(doc, n)) continue;
    const heading = doc.at(n);
    return INTERVENTIONS_MONEY_HEADING.test(heading) ? heading : undefined;
  }
  return undefined;
}
