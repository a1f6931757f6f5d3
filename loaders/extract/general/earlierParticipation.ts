/**
 * A count of people who had taken part before: "60 personer hade tidigare deltagit i någon insats", "… hade
 * redan deltagit i en insats förut", "… som sedan tidigare varit inskrivna". The perfect of taking part with a
 * word of earlier time tells a history of the people it counts, often a part of the year's new ones; it is
 * never the year's own count of the enrolled. A comparison with earlier ("fler än tidigare", "än förut") tells
 * no history and is left to the grammar.
 */

/** The participle of having taken part, been enrolled or had an intervention. */
const TAKEN_PART = String.raw`(?:deltagit|medverkat|varit (?:inskrivna|inskriven|aktuella|aktuell|med)|haft (?:en |någon )?\p{L}*insats)`;
/** A word of earlier time, never after "än" (a comparison). */
const EARLIER = String.raw`(?:tidigare|redan|förut|sedan tidigare|redan tidigare|förr)`;

/**
 * The words of a count's clause after it: the earlier-time word right before the participle ("tidigare deltagit",
 * "redan varit inskrivna"), or after it and its intervention at the clause's end ("deltagit i någon insats förut").
 */
const EARLIER_TAKEN_PART = new RegExp(
  String.raw`(?<!\p{L})${EARLIER} (?:har |hade )?${TAKEN_PART}(?!\p{L})|(?<!\p{L})${TAKEN_PART}(?: (?:i|inom|hos) (?:\p{L}+ ){0,3}?\p{L}+)? ${EARLIER}$`,
  "u",
);
/** "… än tidigare", "jämfört med förut": a comparison, no history. */
const COMPARED = /(?<!\p{L})(?:än|med|mot) (?:tidigare|förut|förr)(?!\p{L})/u;

/** Whether a count's clause (its words after the count, lower case) says the people had taken part before. */
export function countsEarlierParticipation(afterText: string): boolean {
  if (
    !afterText.includes("tidigare") &&
    !afterText.includes("redan") &&
    !afterText.includes("förut") &&
    !afterText.includes("förr")
  )
    return false;
  return EARLIER_TAKEN_PART.test(afterText) && !COMPARED.test(afterText);
}
