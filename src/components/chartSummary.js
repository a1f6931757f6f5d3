// A chart's text alternative in one sentence: its unit, its n and its main finding (the highest
// and the lowest value), so a screen-reader user hears what a sighted reader sees at a glance.
import { count, kr, percent, signedPercent } from "./format.js";

const UNITS = new Map([
  [count, "antal"],
  [kr, "kronor"],
  [percent, "procent"],
  [signedPercent, "procent"],
]);

const label = (row, columns) =>
  columns
    .filter(
      ([key, , fmt]) =>
        !UNITS.has(fmt) &&
        (typeof row[key] === "string" || fmt === String) &&
        !key.startsWith("document_id") &&
        !key.endsWith("document_id"),
    )
    .slice(0, 2)
    .map(([key]) => row[key])
    .join(" ");

/**
 * @param {{rows: object[], columns: [string, string, Function?][], note: string, finding?: string, alt?: string}} o
 * @returns {string} e.g. "Enhet: antal. n = 3 förbund. Högst: Kalmar 2024, 330; lägst: Blekinge 2021, 41."
 */
export function chartSummary({ rows, columns, note, finding, alt }) {
  const measure = columns.find(([key, , fmt]) => UNITS.has(fmt) && rows.some((r) => Number.isFinite(r[key])));
  const parts = [];
  if (measure) parts.push(`Enhet: ${UNITS.get(measure[2])} (${measure[1].toLowerCase()})`);
  parts.push(note);
  if (finding) parts.push(finding);
  else if (measure) {
    const [key, , fmt] = measure;
    const known = rows.filter((r) => Number.isFinite(r[key]));
    const high = known.reduce((a, b) => (b[key] > a[key] ? b : a));
    const low = known.reduce((a, b) => (b[key] < a[key] ? b : a));
    parts.push(
      known.length === 1
        ? `Ett värde: ${label(high, columns)} ${fmt(high[key])}`
        : `Högst: ${label(high, columns)} ${fmt(high[key])}; lägst: ${label(low, columns)} ${fmt(low[key])}`,
    );
  } else if (alt) parts.push(alt);
  parts.push("Alla värden finns i tabellvyn under diagrammet");
  return parts.map((p) => p.trim().replace(/\.$/, "")).join(". ") + ".";
}
