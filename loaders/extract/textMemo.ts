/**
 * What a pure function made of a string, remembered: the readers of one document ask for the
 * numbers of the same line or sentence several times each (a table row is read by the statement,
 * participant and members' readers, a sentence by the figure, money and contribution grammars),
 * and a federation's reports repeat their headings and labels year after year.
 *
 * A remembered answer is shared by every caller, so it is frozen (arrays and the objects in them):
 * a caller that changed it would change another reader's answer, and throws instead.
 *
 * A remembered text is a copy (detachedString.ts): the line or sentence a reader asks about is
 * a slice of its document, and a key that was the slice itself kept the whole document alive.
 */
import { detached } from "../config/detachedString.ts";

/** Entries kept before the memory is emptied: a bound on memory, not a tuning knob (a report has some 2 000 lines). */
const LIMIT = 20_000;

export type Memo<R> = (text: string) => R;

/** `fn`, remembered per text. */
export function rememberByText<R>(fn: (text: string) => R): Memo<R> {
  const known = new Map<string, R>();
  return (text) => {
    let r = known.get(text);
    if (r === undefined && !known.has(text)) {
      if (known.size >= LIMIT) known.clear();
      // Read from the kept copy, so the answer's substrings do not point into the caller's text either.
      const kept = detached(text);
      r = frozen(fn(kept));
      known.set(kept, r);
    }
    return r as R;
  };
}

/** `fn(text, n)`, remembered per text for each value of its second argument. */
export function rememberByTextAnd<R>(fn: (text: string, n: number | undefined) => R): (text: string, n?: number) => R {
  const byN = new Map<number | undefined, Memo<R>>();
  return (text, n) => {
    let memo = byN.get(n);
    if (memo === undefined) byN.set(n, (memo = rememberByText((t) => fn(t, n))));
    return memo(text);
  };
}

/**
 * `fn(text, with)`, remembered per text and what `keyOf` says of `with`: `keyOf` must tell apart
 * every two values `fn` may answer differently for. One memory for all of them, bounded as
 * `rememberByText`'s is: the second argument may take as many values as the text.
 */
export function rememberByTextWith<W, R>(
  fn: (text: string, withWhat: W) => R,
  keyOf: (withWhat: W) => string,
): (text: string, withWhat: W) => R {
  const known = new Map<string, R>();
  return (text, withWhat) => {
    const key = `${keyOf(withWhat)}\u0000${text}`;
    let r = known.get(key);
    if (r === undefined && !known.has(key)) {
      if (known.size >= LIMIT) known.clear();
      r = frozen(fn(detached(text), withWhat));
      known.set(detached(key), r);
    }
    return r as R;
  };
}

/** The value and everything it holds, frozen (a string or number as it is). */
function frozen<R>(value: R): R {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}
