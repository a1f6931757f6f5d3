import { exitOutcome, matchCode } from "../../reference/codes.ts";
import { bestConcept } from "../../reference/concepts.ts";

/**
 * "Arbete (inkl. subventionerad anställning)", "Arbete, inkl. lönebidrag", "Arbete (även med lönestöd)", "Anställning
 * utan stöd", "Arbete med lönestöd": a remark on what an exit
 * category includes widens it, it does not rename it; the category is the words before it.
 */
export const INCLUDES_REMARK =
  /\s*(?:\((?:inkl\.?|inklusive|även)\s[^)]*\)|,\s*(?:inkl\.?|inklusive|även)\s.*$|\s+(?:med|utan)\s+(?:stöd|lönestöd|lönebidrag|anställningsstöd|subvention)$)/gi;

/** "Annat", "Övrigt", "Annan orsak": under an exit table's header, the row of other exits. */
export const OTHER_EXIT_ROW =
  /^(annat|annan|andra|övrigt|övriga|annan orsak|andra orsaker|övriga orsaker|annat skäl|andra skäl|övriga skäl|annan anledning|andra anledningar|övriga anledningar|(?:annat|övrigt)\s*\/\s*(?:okänt|ej känt))$/i;

/**
 * "Övrigt (flytt, sjukdom, avbrott)", "Övrigt, inklusive avbrott": the other exits, with what they were
 * in a bracket or a remark on what they include.
 */
export const otherExitRow = (label: string): boolean => {
  const bare = label
    .replace(/\s*\([^()]*\)\s*$/, "")
    .replace(INCLUDES_REMARK, "")
    .trim();
  if (OTHER_EXIT_ROW.test(bare)) return true;
  // "Övrigt/okänt", "Annat / ej känt", "Annat eller okänt", "Annat eller uppgift saknas": the other exits
  // and those whose end is not known, one row.
  const parts = bare.split(/\s*\/\s*|\s+eller\s+/i);
  return (
    parts.length === 2 &&
    OTHER_EXIT_ROW.test(parts[0]!) &&
    /^(?:okänt|okänd|ej känt|vet ej|uppgift saknas|ej angivet)$/i.test(parts[1]!)
  );
};

/** The exit outcome a row label names on its own ("Studier", "Annat avslut", "Arbete (inkl. …)"), if any. */
export function exitRowCategory(label: string): string | undefined {
  return matchCode(exitOutcome, label.replace(INCLUDES_REMARK, "").trim());
}

/**
 * Exit words leading a destination row's label ("Avslut till arbete", "Avslutade mot studier",
 * "Till arbete"); anchored at the start, so an intervention named "Vägen till arbete" keeps its name.
 */
const EXIT_LEAD =
  /^(?:(?:avslut|avslutade|avslutad|avslutats|utskrivna|utskrivning|utskrivningar)\s+)?(?:till|mot)\s+/i;

/** Exit words before a cause: "Avslut av …", "Avslutade på grund av …". */
const EXIT_CAUSE = /^(?:avslut|avslutade|avslutad)\s+(?:av|på grund av|pga\.?)\s+(.+)$/i;

/** The exits that went elsewhere, said as exits: "Övriga avslut", "Andra avslut", "Annat avslut". */
const OTHER_EXITS = /^(övriga|övrigt|andra|annat|annan)\s+avslut(?:sorsaker)?$/i;

/**
 * The exit destination a table row's label names after exit words ("Avslut till arbete",
 * "Till studier", "Avslutade mot aktivt arbetssökande"), if any: such a row counts exits by
 * destination, never participants of an intervention of that name. A bare word is left alone:
 * the lexicon's stems are prefixes, and "Studiestöd" may be an intervention's name.
 */
export function destinationRowCategory(written: string): string | undefined {
  // "| – till arbete | 36 |": a sub-row's dash or bullet before the exit words is no part of the label.
  const label = written.trim().replace(/^[-–•]\s+(?=\p{L})/u, "");
  // "Avslut av annan orsak", "Avslutade på grund av annat skäl": the other exits, said by their cause.
  const cause = EXIT_CAUSE.exec(label.trim());
  if (cause) return OTHER_EXIT_ROW.test(cause[1]!) ? "other_exit" : undefined;
  const rest = label.replace(EXIT_LEAD, "").trim();
  // "Övriga avslut", "Annat avslut": a label that says exit in its own words names its category.
  if (rest === label.trim()) return OTHER_EXITS.test(rest) ? "other_exit" : undefined;
  const named = exitRowCategory(rest);
  if (named && named !== "unknown") return named;
  // "Avslut till annat", "Avslutade mot övrigt": after the exit words, the other exits.
  if (OTHER_EXIT_ROW.test(rest)) return "other_exit";
  if (named) return undefined;
  const c = bestConcept(rest, ["exit"]);
  return c && c.score === 1 ? c.concept.code : undefined;
}
