/**
 * The curated template `ingest` writes for a new report: every core figure the parsers did not
 * find, commented out and prefilled with the line where it probably is (an unread number, or a
 * line whose label suggests the figure), so a person types a number instead of hunting for it.
 * The file is comments only until someone uncomments an entry, and a comments-only file loads
 * as nothing.
 */
import { exitOutcome } from "../reference/codes.ts";
import type { CoreFigureStatus } from "../reference/coreFigures.ts";
import type { Extraction, Finding } from "../schema/facts.ts";
import { joinBrokenWords } from "../extract/text/brokenWords.ts";

export interface Candidate {
  line: number;
  text: string;
  /** The parser section the line falls in, when one starts before it. */
  section: string | null;
  /** The unread number on the line, if that is why it was chosen. */
  unread: string | null;
}

/**
 * A number as a figure is written ("6 948 512", "-157 428", "12,5"): not part of a date or an
 * organisation number ("2024-03-14", "222000-5590").
 */
const FIGURE = /(?<![\d-])[-−–]?\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d-])|(?<![\d-])[-−–]?\d+(?:,\d+)?(?![\d-])/g;

/** The figures written on a line, years aside, space-separated ("6 948 512 6 702 300"), or null. */
export function numbersOn(text: string): string | null {
  const found = [...text.replace(/\s+/g, " ").matchAll(FIGURE)]
    .map((m) => m[0])
    .filter((n) => !/^(19|20)\d\d$/.test(n));
  return found.length > 0 ? found.join(" ") : null;
}

/** A figure other than a year ("Årsredovisning 2023" is a title, not a candidate). */
const hasFigure = (t: string) => numbersOn(t) !== null;

/**
 * The most likely line for a missing figure: of the unread numbers, the line the figure's hint
 * (the concept lexicon) scores highest; else, of the lines with a figure, the highest-scoring
 * one (the earliest of equals).
 */
export function candidateFor(
  figure: CoreFigureStatus,
  extraction: Pick<Extraction, "findings" | "coverage">,
  lines: readonly string[],
): Candidate | null {
  const text = (n: number) => (lines[n - 1] ?? "").replace(/\s+/g, " ").trim();
  // Scored as the readers read the line: "Verksamh etens intäkter" names revenue as "Verksamhetens intäkter" does.
  const readable = (n: number) => joinBrokenWords(text(n));
  const sectionAt = (n: number) =>
    extraction.coverage.filter((c) => c.line !== null && c.line <= n).sort((a, b) => b.line! - a.line!)[0]?.section ??
    null;
  let best: { line: number; score: number; unread: string | null } | null = null;
  for (const f of extraction.findings) {
    if (f.check_id !== "coverage.unread_number") continue;
    const score = figure.hint.score(readable(f.line));
    if (score > 0 && (!best || score > best.score || (score === best.score && f.line < best.line)))
      best = { line: f.line, score, unread: f.value };
  }
  if (!best)
    for (let n = 1; n <= lines.length; n++) {
      const t = readable(n);
      if (t.length > 160 || !hasFigure(t)) continue;
      const score = figure.hint.score(t);
      if (score > 0 && (!best || score > best.score)) best = { line: n, score, unread: null };
    }
  return best ? { line: best.line, text: text(best.line), section: sectionAt(best.line), unread: best.unread } : null;
}

/**
 * A finding for each missing core figure whose candidate line no reader left a note on: the
 * finder names the line, so the report must say why nothing was read from it.
 */
export function candidateFindings(
  missing: readonly CoreFigureStatus[],
  extraction: Pick<Extraction, "facts" | "findings" | "coverage">,
  lines: readonly string[],
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  // A line a reader took a figure from was read (another column of it may be the missing one).
  const read = new Set(extraction.facts.map((f) => f.line));
  for (const figure of missing) {
    const c = candidateFor(figure, extraction, lines);
    if (!c || c.unread !== null || read.has(c.line) || seen.has(`${c.line}|${figure.label}`)) continue;
    seen.add(`${c.line}|${figure.label}`);
    const noted = extraction.findings.filter((f) => f.line === c.line).map((f) => f.check_id);
    out.push({
      check_id: "coverage.candidate_unread",
      severity: "info",
      subject: `coverage:${figure.figure}`,
      line: c.line,
      value: c.text.slice(0, 200),
      other_value: null,
      other_line: null,
      message: `${figure.label}: line ${c.line} names it, but no reader read a figure there (${
        noted.length > 0
          ? `its findings: ${[...new Set(noted)].join(", ")}`
          : c.section
            ? `it lies in section ${c.section}, whose reader took nothing from it`
            : "no reader knows the layout of this line"
      }); type it in the curated file if it is the figure`,
    });
  }
  return out;
}

const q = (s: string) => JSON.stringify(s);

/** The fact's fields, in schema order, with the value left for a person to type. */
function factFields(figure: CoreFigureStatus, c: Candidate | null): string[] {
  const prov = [`line: ${c?.line ?? "# the line number"}`, `text: ${c ? q(c.text) : '""'}`, "section: curated"];
  switch (figure.kind) {
    case "participant_count":
      return [
        "table: participant_count",
        "intervention: null",
        `year: ${figure.year}`,
        `measure: ${figure.measure}`,
        `gender: ${figure.gender}`,
        "value:   # type the count",
        ...prov,
      ];
    case "participant_breakdown":
      return [
        "table: participant_breakdown",
        "intervention: null",
        `year: ${figure.year}`,
        "population: exited",
        "dimension: exit_outcome",
        `category:   # one of ${exitOutcome.codes.join(", ")}`,
        "value:   # type the count",
        `source_label: ${c ? q(c.text.replace(/[\d\s%,.]+$/, "")) : '""'}`,
        ...prov,
      ];
    case "indicator":
      return [
        "table: indicator",
        `year: ${figure.year}`,
        "scope: federation",
        "indicator: work_or_studies_rate_reported   # positive_step_rate_reported where the text says positiv stegförflyttning",
        "gender: all",
        "value:   # the percentage, e.g. 41.5",
        "unit: percent",
        "n:   # the base (number of exited), required",
        ...prov,
      ];
    case "finance":
      return [
        "table: finance",
        `year: ${figure.year}`,
        "basis: actual",
        `item: ${figure.finance_item}`,
        "amount_sek:   # whole kronor (tkr × 1000); costs positive",
        `source_label: ${q(figure.label.replace(/ \d{4}$/, ""))}`,
        ...prov,
      ];
    case "member_contribution":
      return [
        "table: member_contribution",
        `year: ${figure.year}`,
        "basis: actual",
        `member: ${q(figure.member ?? "")}`,
        "amount_sek:   # whole kronor",
        ...prov,
      ];
  }
}

export function renderCuratedTemplate(
  documentId: string,
  missing: readonly CoreFigureStatus[],
  extraction: Pick<Extraction, "findings" | "coverage">,
  lines: readonly string[],
): string {
  const out = [
    `# Curated facts for ${documentId}: the core figures the parsers did not find.`,
    "# Written by `finsam ingest`. Everything here is commented out, so the file loads as nothing.",
    "# To add a figure: check the cited line in the document (Källor page), type the number,",
    '# uncomment document_id, facts and the entry (remove one leading "# " from each line),',
    "# and say in `reason` how you read it. Then run `npm run load`.",
    "#",
    `# document_id: ${documentId}`,
    "# facts:",
  ];
  for (const figure of missing) {
    const c = candidateFor(figure, extraction, lines);
    out.push("#");
    out.push(
      `#   # ${figure.label}: ${c ? `candidate line ${c.line}${c.section ? ` (section ${c.section})` : ""}${c.unread ? `, unread number ${c.unread}` : ""}` : "no candidate line found"}`,
    );
    out.push(`#   - reason: ${q(`Read by hand from line ${c?.line ?? "?"}`)}`);
    out.push("#     fact:");
    for (const field of factFields(figure, c)) out.push(`#       ${field}`);
  }
  return `${out.join("\n")}\n`;
}
