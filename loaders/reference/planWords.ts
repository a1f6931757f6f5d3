/**
 * Words of a target, a plan or a hypothesis: a figure in their clause says what was to be, would be
 * or may be ("målet är att 80 …", "budgeten förutsätter 60 deltagare", "intäkterna antas bli 5,7
 * mnkr", "troligen avslutar 52 personer …"), never what came of the year. One home for every prose
 * reader, so that the counts' and the amounts' lists cannot drift apart: the figure grammar's
 * (`TARGET_WORDS`), the money grammar's (`NOT_OUTCOME_WORDS`), and a sentence opening on a
 * condition (`CONDITION_OPENING`, "Om 30 personer avslutar …", "Ifall intäkterna blir …").
 * Each pattern is tried on lower-case text.
 */

/** A word as a whole, not inside another ("ska" never in "åska"). */
const whole = (alternatives: readonly string[]) => `(?<!\\p{L})(?:${alternatives.join("|")})(?!\\p{L})`;

/** Said of counts and amounts alike. */
const PLAN_OR_HYPOTHESIS = [
  // targets and what is to be
  "mål(?:et|en|sättning|sättningen)?",
  "ska",
  "skall",
  // plans and forecasts (budgets and forecasts inside any word: `IN_ANY_WORD`)
  "planera\\p{L}*",
  "beräknas",
  "förväntas",
  "väntas",
  "räknar (?:\\p{L}+ )?med",
  "sikte",
  "hoppas",
  // what a plan, a draft or a calculation rests on
  "bygger på att",
  "(?:planen|utkastet|kalkylen|förslaget|budgeten) (?:bygger på|utgår (?:i )?från)",
  "utgår (?:i )?från att",
  "förutsät\\p{L}*",
  "förutsatt",
  "antagande\\p{L}*",
  "antar",
  "antas",
  "kalkyl\\p{L}*",
  "uppskattningsvis",
  "uppskattas",
  "scenari\\p{L}*",
  // what would or may be
  "skulle",
  "ifall",
  "troligen",
  "sannolikt",
  "bedöms (?:bli|uppgå|landa|hamna|öka|minska)",
];

/** Inside any word, said of counts and amounts alike: "insatsbudgeten", "budgeterade", "helårsprognosen". */
const IN_ANY_WORD = "budget|prognos";

/** A sentence opening on a condition (after a bullet): "Om 30 personer avslutar …"; "Om året", "om förbundet" are topics. */
const CONDITION_LEAD =
  "^\\s*(?:[-–•*]\\s*)?(?:om|ifall|såvida) (?!året(?!\\p{L})|oss(?!\\p{L})|(?:samordnings)?förbundet(?!\\p{L}))";
export const CONDITION_OPENING = new RegExp(CONDITION_LEAD, "u");

/**
 * Counts: also a target's value and aims ("målvärde", "verksamhetsmålet", "bör", "nästa år"), and a
 * sentence opening on a condition.
 */
export const TARGET_WORDS = new RegExp(
  `${IN_ANY_WORD}|målvärde|${whole([...PLAN_OR_HYPOTHESIS, "verksamhetsmål\\p{L}*", "bör", "nästa år", "kommande år"])}|${CONDITION_LEAD}`,
  "u",
);

/**
 * Amounts: also a frame, an application, a grant decided and a distribution, inside any word
 * ("ramen", "ansökan", "sökt", "beviljade", "fördelas"), a calculation ("beräknad"), what a plan counted on
 * ("I verksamhetsplanen räknade vi med ett resultat på …": amounts only, as a count's clause "inte 150 som
 * styrelsen hade räknat med" still states the year's count before it), and a clause
 * opening on "om" (", om kostnaderna blir …") or a sentence on a condition.
 */
export const NOT_OUTCOME_WORDS = new RegExp(
  `${IN_ANY_WORD}|ansök|beviljat|beviljade|sökt|fördela|${whole([...PLAN_OR_HYPOTHESIS, "ram(?:en)?", "beräkna\\p{L}*", "räknade (?:\\p{L}+ )?med"])}|^\\s*om (?!året)|${CONDITION_LEAD}`,
  "u",
);
