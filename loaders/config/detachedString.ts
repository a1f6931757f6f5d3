/**
 * A string to keep in a cache that outlives the text it came from. V8 makes a slice of 13 or more
 * characters (a line from split, a regexp match, `slice`) a view of the whole string it was cut
 * from, so a memo keyed by a report's lines kept each report's whole text alive (some 200 kB to
 * 1 MB each) for as long as one of its lines stayed a key: at 75x15 an extraction worker's live
 * heap grew from some 40 to 120 MB, and held a hundred documents' texts.
 */

/**
 * The same characters with no reference to the string they were cut from: the join makes a
 * rope, and slicing a rope first copies it into a string of its own. Costs one copy, so it is
 * for the text a cache is about to keep, not for every look-up.
 */
export function detached(text: string): string {
  return ` ${text}`.slice(1);
}
