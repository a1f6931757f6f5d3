/**
 * The coverage report of one extraction: core figures found out of those expected, facts per
 * table, sections found or missing, and the numbers that were left unread. Printed by
 * `ingest`; the same core figures go into the warehouse (`core_coverage`, built by
 * normalize/coreCoverage.ts) for Datakvalitet.
 */
import { coreFigureCoverage, type CoreFigureStatus } from "../reference/coreFigures.ts";
import type { Extraction } from "../schema/facts.ts";
import type { Registry } from "../schema/registry.ts";
import { numbersOn } from "./curatedTemplate.ts";

export interface CoverageSummary {
  documentId: string;
  core: CoreFigureStatus[];
  factsPerTable: Record<string, number>;
  sections: Extraction["coverage"];
  unread: { line: number; value: string | null; text: string; message: string }[];
  layers: Extraction["layers"];
}

const UNREAD_IN_REPORT: ReadonlySet<string> = new Set([
  "coverage.unread_number",
  "coverage.candidate_unread",
  "coverage.unknown_unit",
]);

export function summarizeCoverage(
  extraction: Extraction,
  registry: Registry | undefined,
  lines: readonly string[],
): CoverageSummary {
  const factsPerTable: Record<string, number> = {};
  for (const f of extraction.facts) factsPerTable[f.table] = (factsPerTable[f.table] ?? 0) + 1;
  const text = (n: number) => (lines[n - 1] ?? "").trim();
  // A line the candidate finder names for a missing figure (it holds the figure's words and a
  // number) is unread too, when no reader left a note on it: the report must not say "0".
  // So is an amount in a unit no reader knows: the report names the unit.
  const unread = extraction.findings
    .filter((f) => UNREAD_IN_REPORT.has(f.check_id))
    .map((f) => ({
      line: f.line,
      value: f.check_id === "coverage.candidate_unread" ? numbersOn(text(f.line)) : f.value,
      text: text(f.line),
      message: f.message,
    }))
    .sort((a, b) => a.line - b.line);
  return {
    documentId: extraction.document_id,
    core: coreFigureCoverage(extraction, registry),
    factsPerTable: Object.fromEntries(Object.entries(factsPerTable).sort(([a], [b]) => a.localeCompare(b))),
    sections: [...extraction.coverage].sort((a, b) => a.section.localeCompare(b.section)),
    unread,
    layers: extraction.layers,
  };
}

const tally = (rec: Record<string, number>) =>
  Object.entries(rec)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");

/** A line per reading layer: read, stored (confirmed), refused by the gate, left unread, with reasons. */
function renderLayers(layers: Extraction["layers"]): string[] {
  if (layers.length === 0) return [];
  const sum = (rec: Record<string, number>) => Object.values(rec).reduce((a, n) => a + n, 0);
  return [
    "Per layer (figures read → stored, confirmed by an identity; refused; left unread):",
    ...layers.map((l) => {
      const refused = sum(l.refused);
      const unread = sum(l.unread);
      return `  ${l.layer.padEnd(27)} read ${l.read} → stored ${l.stored} (confirmed ${l.confirmed}); refused ${refused}${refused ? ` (${tally(l.refused)})` : ""}; unread ${unread}${unread ? ` (${tally(l.unread)})` : ""}`;
    }),
  ];
}

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Plain text for the terminal: one block per part, a line per item. */
export function renderCoverageReport(s: CoverageSummary): string {
  const out: string[] = [`Coverage of ${s.documentId}`];
  if (s.core.length > 0) {
    const found = s.core.filter((c) => c.status === "found").length;
    out.push(`Core figures: ${found} of ${s.core.length} found`);
    for (const c of s.core)
      out.push(
        `  ${c.status === "found" ? "✓" : "✗"} ${c.label}${c.line !== null ? ` (line ${c.line})` : " — missing"}`,
      );
    if (found < s.core.length)
      out.push(
        `  → complete the missing ones in the browser: npm run finsam -- review ${s.documentId}`,
        `    (or without one: npm run finsam -- curate ${s.documentId} --list)`,
      );
  } else out.push("Core figures: none expected (not an annual report)");
  const tables = Object.entries(s.factsPerTable);
  out.push(`Facts per table: ${tables.length === 0 ? "none" : tables.map(([t, n]) => `${t} ${n}`).join(", ")}`);
  const foundSections = s.sections.filter((c) => c.status === "parsed" || c.status === "partial");
  const missingSections = s.sections.filter((c) => c.status === "missing" || c.status === "image_only");
  out.push(`Sections: ${foundSections.length} found, ${missingSections.length} missing`);
  for (const c of foundSections)
    out.push(
      `  ${c.status.padEnd(8)} ${c.section}${c.line !== null ? ` (line ${c.line})` : ""}, ${c.facts} facts${c.note ? `: ${clip(c.note, 70)}` : ""}`,
    );
  // Most parsers look for one federation's headings; their misses are listed on one line.
  if (missingSections.length > 0) out.push(`  missing: ${missingSections.map((c) => c.section).join(", ")}`);
  out.push(...renderLayers(s.layers));
  out.push(`Unread numbers: ${s.unread.length}`);
  for (const u of s.unread) out.push(`  line ${u.line}: ${u.value ?? "?"} in "${clip(u.text)}"`);
  return `${out.join("\n")}\n`;
}
