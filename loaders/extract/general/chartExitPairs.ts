/**
 * A chart's data of exits by destination run along one line, as a slide exported to text writes
 * it ("Arbete 24    Studier 12    Arbetssökande 15    Övrigt 27"), under the chart's title with
 * its base ("Vart gick de som avslutade 2024? (n = 96)"). The base is the exits; each label–count
 * pair is a destination of them.
 *
 * Stored only where every pair's label is a destination (each once), the title speaks of exits
 * and names no year but the report's, the pairs add up to the base exactly, and the line's
 * section says whose exits they are (the federation's or one intervention's). A share of work
 * or studies on the next line ("Till arbete eller studier: 38 %") waits for those exits as its
 * base (reportedRates.ts). Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import { exitOutcome, matchCode } from "../../reference/codes.ts";
import { bestConcept } from "../../reference/concepts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { OTHER_EXIT_ROW } from "./exitRowLabel.ts";
import { CHART_BASE, scopeByLine } from "./sectionScope.ts";
import { awaitingRate } from "./reportedRates.ts";

const SECTION = "general:exit_table";
/** One cell of the line: a label and its count ("Fortsatt rehab 18"). */
const PAIR = /^(\p{L}[\p{L} /-]*?)\s(\d{1,5})$/u;
/** "Till arbete eller studier: 38 %": the chart's share of the exits to work or studies. */
const SHARE_LINE = /^(?:andel(?:en)?\s+)?(\p{L}[\p{L} /]*?):?\s+(\d{1,3})\s?%$/u;
/** A chart's placeholder between its title and its data: "[Diagram: Avslut efter orsak]". */
const PLACEHOLDER = /^\[[^\]]*\]$/;

/** The destination a chart's label names ("Fortsatt rehab", "Övrigt"), or undefined. */
export const destinationOf = (label: string): string | undefined => {
  if (OTHER_EXIT_ROW.test(label)) return "other_exit";
  const code = matchCode(exitOutcome, label);
  if (code && code !== "unknown") return code;
  const c = bestConcept(label, ["exit"]);
  return c?.score === 1 ? c.concept.code : undefined;
};

export function parseChartExitPairs(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const awaiting: FactInput[] = [];
  const scopes = scopeByLine(doc);
  for (let n = 2; n <= doc.lineCount; n++) {
    const raw = doc.lines[n - 1] ?? "";
    // Cheap first: three cells or more set apart by wide gaps, each ending on a number.
    if (!/\d\s{2,}\p{L}/u.test(raw)) continue;
    const cells = raw.trim().split(/\s{2,}/);
    if (cells.length < 3) continue;
    const pairs = cells.map((c) => PAIR.exec(c));
    if (pairs.some((p) => !p)) continue;
    const read = pairs.map((p) => ({ label: p![1]!, category: destinationOf(p![1]!), value: Number(p![2]) }));
    if (read.some((r) => !r.category) || new Set(read.map((r) => r.category)).size !== read.length) continue;
    let t = n - 1;
    while (t > 1 && PLACEHOLDER.test(doc.at(t))) t--;
    const title = doc.at(t);
    const base = CHART_BASE.exec(title);
    const years = (title.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
    if (!base || !/avslut/i.test(title) || years.some((y) => y !== doc.periodYear)) continue;
    const exits = Number(base[1]);
    const scope = scopes[n - 1]!;
    if (scope.kind === "unknown" || read.reduce((a, r) => a + r.value, 0) !== exits) continue;
    const intervention = scope.kind === "intervention" ? scope.name : null;
    facts.push({
      table: "participant_count",
      intervention,
      year: doc.periodYear,
      measure: "exited",
      gender: "all",
      value: exits,
      line: t,
      text: title,
      section: SECTION,
      approximate: false,
    });
    for (const r of read)
      facts.push({
        table: "participant_breakdown",
        intervention,
        year: doc.periodYear,
        population: "exited",
        dimension: "exit_outcome",
        category: r.category!,
        value: r.value,
        source_label: r.label,
        line: n,
        text: doc.at(n),
        section: SECTION,
        approximate: false,
      });
    const share = SHARE_LINE.exec(doc.at(n + 1));
    if (share && bestConcept(share[1]!, ["exit"])?.concept.code === "work_or_studies")
      awaiting.push(
        awaitingRate({
          year: doc.periodYear,
          scope: intervention === null ? "federation" : `intervention:${intervention}`,
          indicator: "work_or_studies_rate_reported",
          value: Number(share[2]),
          note: "andel till arbete eller studier, as a chart of the exits reports it",
          line: n + 1,
          text: doc.at(n + 1),
          section: SECTION,
        }),
      );
  }
  return { facts, findings: [], coverage: [], awaiting };
}
