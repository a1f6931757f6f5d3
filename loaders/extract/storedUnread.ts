/**
 * An "unread number" finding is a leftover when a reader stored that very number: one reader
 * may refuse a figure ("a result without a sign") that another, or a later step (the identity
 * that settles its sign), reads. After every reader and the gate, a `coverage.unread_number`
 * finding goes when each number it names is stored by a fact of its line, whatever reader wrote
 * either, and stands once on that line (so it is the same number at the same place, not a
 * second figure of equal value). Where the line as the document writes it holds no such number
 * (a table whose cells stand one per line, read as one row), the fact's own cited text is the line. Pure.
 */
import type { FactInput, FindingInput } from "../schema/facts.ts";
import { storedAs, storedNumbers } from "./text/factNumbers.ts";

/** A number as written: "5 840", "1.094.211" (dots grouping thousands), "-2 038", "1,5", "228". */
const NUMBER =
  /(?<![\d,.])-?\d{1,3}(?:\.\d{3})+(?![\d.,])|(?<![\d,.])-?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?(?!\d)|(?<![\d,.])-?\d+(?:,\d+)?(?!\d)/g;

function numbersIn(text: string): number[] {
  return [...text.matchAll(NUMBER)].map((m) =>
    Number(
      m[0]
        .replace(/[ \u00a0\u202f\u2009]/g, "")
        .replace(/\.(?=\d{3})/g, "")
        .replace(",", "."),
    ),
  );
}

/** Whether `f` stores the number `w`, written once in `text` (in its unit: kronor, tkr or Mkr). */
function storesOnce(f: FactInput, w: number, text: string, numbersOf: (text: string) => number[]): boolean {
  const written = numbersOf(text);
  const a = Math.abs(w);
  if (written.filter((x) => x === a).length !== 1) return false;
  // A stored amount is this number in tkr or Mkr only where the text does not write it in kronor.
  return storedNumbers(f).some((v) => Math.abs(v) === a || (storedAs(v, w) && !written.includes(Math.abs(v))));
}

export function dropStoredUnread(
  findings: readonly FindingInput[],
  facts: readonly FactInput[],
  lines: readonly string[],
): FindingInput[] {
  const factsOn = new Map<number, FactInput[]>();
  for (const f of facts) {
    const here = factsOn.get(f.line);
    if (here) here.push(f);
    else factsOn.set(f.line, [f]);
  }
  // A line's or a fact's text is read for its numbers once, however many numbers and facts ask.
  const known = new Map<string, number[]>();
  const numbersOf = (text: string): number[] => {
    let ns = known.get(text);
    if (!ns) known.set(text, (ns = numbersIn(text).map(Math.abs)));
    return ns;
  };
  const leftover = (u: FindingInput): boolean => {
    if (u.check_id !== "coverage.unread_number" || !u.value) return false;
    const stored = factsOn.get(u.line);
    if (!stored) return false;
    const line = lines[u.line - 1] ?? "";
    const onLine = numbersOf(line);
    const named = numbersIn(u.value);
    return (
      named.length > 0 &&
      named.every((w) => stored.some((f) => storesOnce(f, w, onLine.includes(Math.abs(w)) ? line : f.text, numbersOf)))
    );
  };
  return findings.filter((u) => !leftover(u));
}
