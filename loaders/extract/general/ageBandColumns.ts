/**
 * Age bands as columns with a total column ("Ålder  16–24  25–34  35–49  50–64  Totalt" over
 * "Nya deltagare  27  31  24  14  96"): a row naming a measure through the lexicon is that
 * measure's count of the year in its total cell, stored only where the bands add up to it. The
 * bands themselves have no table of their own in the published schema and are not stored. The
 * figures are the report's year's unless the caption names another; whose they are is the
 * section's (`ownerOf`), never an unclear one's. Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import type { Measure } from "../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { unreadNumber } from "../findings.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { cellUnder, gridLines, placedCells } from "./layoutGrid.ts";
import { AGE_BAND_LABEL } from "./parseParticipantTables.ts";
import { ownerOf, scopeByLine } from "./sectionScope.ts";

const SECTION = "general:age_band_columns";
const AGE_TITLE = /^(?:ålder|åldersgrupp|ålderskategori|åldersintervall)$/i;
const TOTAL_CELL = /^(?:totalt|total|tot|summa|alla|samtliga)$/i;
/** A cheap look first: a line with two age bands in it ("16–24 … 25–34", "Under 25 år … 55+"). */
const TWO_BANDS = /\d\d\s*(?:[-–—]\s*\d\d|\+|år)\D+\d\d\s*(?:[-–—]\s*\d\d|\+|år)/;
const FLOWS = new Set<Measure>(["enrolled", "new", "exited"]);
const YEAR = /\b(?:19|20)\d\d\b/g;

export function parseAgeBandColumns(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const grid = gridLines(doc);
  for (let n = 1; n < doc.lineCount; n++) {
    const raw = grid[n - 1] ?? "";
    if (!TWO_BANDS.test(raw)) continue;
    const header = placedCells(raw);
    const titled = header.length > 0 && AGE_TITLE.test(header[0]!.text) ? 1 : 0;
    const bands = header.slice(titled, -1);
    if (bands.length < 2 || !bands.every((b) => AGE_BAND_LABEL.test(b.text))) continue;
    if (!TOTAL_CELL.test(header.at(-1)!.text)) continue;
    // A caption right above naming another year than the report's: not this year's figures.
    const caption = doc.at(n - 1);
    const years = [...caption.matchAll(YEAR)].map((m) => Number(m[0]));
    if (years.some((y) => y !== doc.periodYear)) continue;
    const owner = ownerOf(doc, scopeByLine(doc)[n - 1]!, n, n);
    for (let r = n + 1; r <= doc.lineCount; r++) {
      const cells = placedCells(grid[r - 1] ?? "");
      if (cells.length < 2 || !/\p{L}/u.test(cells[0]!.text)) break;
      const c = bestConcept(cells[0]!.text, ["participants"]);
      const measure = c && c.score === 1 ? (c.concept.code as Measure) : undefined;
      if (!measure || !FLOWS.has(measure)) continue;
      const placed = cells
        .slice(1)
        .map((cell) => ({ at: cellUnder(header, cell), value: parseSwedishNumber(cell.text) }));
      const unread = (why: string) =>
        findings.push(
          unreadNumber({
            subject: SECTION,
            line: r,
            value: doc.at(r),
            message: `a row under age bands ${why}; not stored`,
          }),
        );
      if (owner === "unclear") {
        unread("in a table whose owner is unclear (no intervention's section, no summary heading)");
        continue;
      }
      const filled = placed.every((p) => p.at !== undefined && p.at >= titled && p.value !== null);
      if (!filled || placed.length !== bands.length + 1 || new Set(placed.map((p) => p.at)).size !== placed.length) {
        unread("whose cells do not each stand under a band or the total");
        continue;
      }
      const values = placed.map((p) => p.value!);
      const total = values.at(-1)!;
      if (!values.every(Number.isInteger) || values.slice(0, -1).reduce((a, v) => a + v, 0) !== total) {
        unread(`whose bands do not add up to its total (${total})`);
        continue;
      }
      facts.push({
        table: "participant_count",
        intervention: owner,
        year: doc.periodYear,
        measure,
        gender: "all",
        value: total,
        line: r,
        text: doc.at(r),
        section: SECTION,
        approximate: false,
      });
    }
  }
  return { facts, findings, coverage: [] };
}
