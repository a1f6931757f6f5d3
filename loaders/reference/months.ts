/** The months' Swedish names, January first: one list for the readers (dates in words) and the synthetic minutes. */
export const MONTHS: readonly string[] = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];
