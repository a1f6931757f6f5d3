/**
 * Row labels of participant tables that are never an intervention: a total, a gender, or a
 * member ("Summa", "Kvinnor", "Kalmar kommun", "Försäkringskassan"). Defined once for the
 * template parsers, the general table reader and `ingest`, which adds new interventions to the
 * registry.
 */
import type { Gender } from "./codes.ts";

export const TOTAL_LABEL =
  /^(summa|s:a|totalsumma|totalt|total|tot|samtliga|alla insatser|alla (?:deltagare|deltagarna|personer)(?![a-zåäö])|hela förbundet|förbundet|(antal )?unika (personer|individer|deltagare))\b/i;

/**
 * A total that says it counts each person once ("Förbundet, unika personer", "Totalt utan
 * dubbelräkning"), as against a sum over interventions that counts a person in each.
 */
export const UNIQUE_PERSONS_LABEL = /\bunika?\b|\butan dubbelräkn|\bexkl\S* dubbelräkn|\bräknade? en gång\b/i;

/**
 * A count of places or of participations ("Summa insatsplatser", "Totalt antal deltaganden"): a person
 * in two interventions holds two places, so such a total counts no persons and is never the
 * federation's participants.
 */
export const PLACES_LABEL = /platser\b|\bdeltaganden\b|\bplaceringar\b/iu;

export const GENDER_LABEL: readonly [RegExp, Gender][] = [
  [/^((?:varav|därav|av dem|av dessa) )?(kvinnor|kvinna|k|flickor)$/i, "woman"],
  [/^((?:varav|därav|av dem|av dessa) )?(män|man|m|pojkar)$/i, "man"],
];

export const MEMBER_LABEL =
  /\bkommuns?\b|\bkommuner(na)?\b|^region\b|^regionen\b|^landstinget\b|försäkringskassan|arbetsförmedlingen|^staten\b|^(fk|af)$/i;

/**
 * A federation's name ("Samordningsförbundet Lövsjö", "Finsam Norrby", "Norrby samordningsförbund")
 * or an area's aggregate ("Länet totalt", "Riket", "Snitt alla förbund"): a row of a table that
 * compares federations, never an intervention. Which federation a name is, is the reader's to judge.
 */
export const FEDERATION_OR_AREA_LABEL =
  /^(?:(?:Samordningsförbundet|Finsamförbundet|Finsam|FINSAM)\s+\p{Lu}|(?:[Ll]änet|LÄNET|[Rr]iket|RIKET|[Hh]ela landet|[Ll]andet|[Ss]amtliga förbund|[Aa]lla förbund|[Ss]nitt|[Gg]enomsnitt)(?!\p{L}))|\p{L}\s+samordningsförbund(?:et)?$/u;

/**
 * A heading or caption about the exits and where they went ("Avslut 2025", "efter avslutsorsak",
 * "Vart gick de som avslutade?", "Avslutade efter vad de gick vidare till"): the rows under it are
 * destinations, whose sum is the exits, never the participants.
 */
export const EXITS_CAPTION = /avslut|vart gick|gick vidare|vad hände/i;

/** Other labels that name no one: "Övrigt", "Varav", "Ej angivet". */
const NO_ONE = /^(varav|övriga?|övrigt|ej angivet|alla)$/i;

export function genderOfLabel(label: string): Gender | undefined {
  return GENDER_LABEL.find(([re]) => re.test(label.trim()))?.[1];
}

/** Whether a row label can never be an intervention's name. */
export function neverIntervention(label: string): boolean {
  const l = label.trim();
  return (
    TOTAL_LABEL.test(l) ||
    genderOfLabel(l) !== undefined ||
    MEMBER_LABEL.test(l) ||
    NO_ONE.test(l) ||
    FEDERATION_OR_AREA_LABEL.test(l)
  );
}

/**
 * A topic's title between a key-figure table's rows ("Deltagare" … then "Ekonomi (tkr)"): the same
 * columns go on under it. Topics of the federation's own figures only, never a name (an
 * intervention's rows under its name are its own).
 */
export const TABLE_TOPIC_TITLE =
  /^\s*(?:deltagare|deltagarna|ekonomi|ekonomin|ekonomiskt utfall|finansiering|medlemsbidrag|medlemsavgifter|avslut|avslutade deltagare)(?:\s*\((?:tkr|kr|mkr|mnkr|tusentals kronor|kronor)\))?:?\s*$/iu;

/** A row or cell labelled as where the exits went: "Till arbete", "Till studier" (a part of the exits). */
export const DESTINATION_LABEL = /^till\s+\p{L}/iu;
/** A label naming a share, not a count: "Till arbete (%)", "Andel till arbete", "… procent". */
export const SHARE_LABEL = /%|procent|andel/iu;
