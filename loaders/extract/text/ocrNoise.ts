/**
 * OCR noise in numbers: letters that OCR mistakes for digits ("1 2O4", "20 IO", "l5").
 * A number with such a token in it is not stored: the digit it stands for is a guess.
 */
const LOOKALIKE = "OoIl|";
const MIXED = new RegExp(`^(?=.*\\d)(?=.*[${LOOKALIKE}])[\\d${LOOKALIKE}.,]+$`);
const ONLY_LOOKALIKE = new RegExp(`^[${LOOKALIKE}]{2,}$`);
const NUMERIC = /^-?\d[\d.,]*$/;

/** Tokens of the line that look like digits misread by OCR. */
export function ocrNoiseTokens(line: string): string[] {
  const tokens = line.split(/[\s\u00a0\u202f]+/).filter(Boolean);
  return tokens.filter((t, i) => MIXED.test(t) || (ONLY_LOOKALIKE.test(t) && (NUMERIC.test(tokens[i - 1] ?? "") || NUMERIC.test(tokens[i + 1] ?? ""))));
}
