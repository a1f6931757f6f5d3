/**
 * Words about members as running text writes them. A determiner or quantifier stands where a
 * member's name would ("Varje kommuns medlemsavgift", "Respektive kommun") and names no one
 * member: a reader of contributions passes over it. One list for every reader.
 */
export const NOT_A_NAME_WORDS = [
  "Varje",
  "Respektive",
  "Vilken",
  "Ingen",
  "Någon",
  "Denna",
  "Samma",
  "Annan",
  "Den",
  "En",
  "Alla",
  "Samtliga",
  "Övriga",
  "Båda",
] as const;

/** The same words as a regular-expression alternation ("Varje|Respektive|…"). */
export const NOT_A_NAME = NOT_A_NAME_WORDS.join("|");
