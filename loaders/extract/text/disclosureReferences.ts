/**
 * A reporting standard's disclosure numbers at the right margin of a heading, as a sustainability
 * report "with reference to GRI Standards" prints them ("Ekonomiskt resultat        GRI 201-1",
 * "Organisation och medarbetare        GRI 2-7, 2-9"): no figure of the section, though a statement's
 * reader would take "Ekonomiskt resultat … 201-1" for a result row. Cut from the line where they
 * close it after a gap of two spaces or more, each number written "<disclosure>-<item>".
 * A reference in running text ("enligt GRI 201-1 redovisas …") and an index's rows, which open on the
 * number ("201-1   Direkt genererat …"), are left as written. Pure: one line per line.
 */

/** "GRI 201-1", "GRI 2-7, 2-9", "ESRS S1-6": the standard's name and one or more numbered disclosures. */
const REFERENCE =
  /(?<=\S)(\s{2,})((?:GRI|ESRS)\s+[A-Z]?\d{1,3}-\d{1,2}(?:\s*(?:,|och|&)\s*[A-Z]?\d{1,3}-\d{1,2})*)\s*$/u;

export function blankDisclosureReferences(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("GRI") && !line.includes("ESRS")) continue;
    const m = REFERENCE.exec(line);
    if (!m) continue;
    out ??= [...lines];
    out[i] = line.slice(0, m.index).trimEnd();
  }
  return out;
}
