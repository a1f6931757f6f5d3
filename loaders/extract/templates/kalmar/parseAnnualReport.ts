/** Every parser of an annual report, run over one document. */
import { mergeOutputs, type DocumentText, type ParseOutput } from "../../documentText.ts";
import { findAppendices } from "../../general/findAppendices.ts";
import { parseFinancialStatements } from "./parseFinancialStatements.ts";
import { parseInterventionAppendix } from "./parseInterventionAppendix.ts";
import { parseGoalFollowUp } from "./parseGoalFollowUp.ts";
import { parseReportProse } from "./parseReportProse.ts";
import { parseSummaryTables } from "./parseSummaryTables.ts";
import { parseStatements } from "../../general/parseStatements.ts";
import { parseParticipantTables } from "../../general/parseParticipantTables.ts";
import { parseProseFigures } from "../../general/parseProseFigures.ts";
import { parseProseFinance } from "../../general/parseProseFinance.ts";
import { dropJointBesideParts } from "../../general/exitCategories.ts";

const CORE_SECTIONS = new Set(["income_statement", "balance_sheet", "note_1", "note_2", "table1", "appendices"]);

export function parseAnnualReport(doc: DocumentText): ParseOutput {
  const appendices = findAppendices(doc);
  const outputs: ParseOutput[] = [
    parseFinancialStatements(doc),
    parseSummaryTables(doc),
    parseReportProse(doc),
    parseGoalFollowUp(doc),
    ...appendices.map((block) => parseInterventionAppendix(doc, block)),
    // General layers: no federation's template; run on every report, after the template parsers above.
    parseStatements(doc),
    parseParticipantTables(doc),
    parseProseFigures(doc),
    parseProseFinance(doc),
  ];
  if (appendices.length === 0)
    outputs.push({
      facts: [],
      findings: [],
      coverage: [
        {
          section: "appendices",
          status: "missing",
          line: null,
          facts: 0,
          note: "no intervention appendix found (no 'Insatsens namn:' line)",
        },
      ],
    });
  const merged = dropJointBesideParts(mergeOutputs(outputs));
  // Statements every annual report has: if one is missing the document may be truncated.
  // A statement the general layer read (another federation's layout or unit) is not missing.
  const readGenerally = new Set(
    merged.coverage
      .filter((c) => c.status === "parsed")
      .map((c) => c.section.replace(/^general:(notes:not_(\d+))?/, (_m, note, n) => (note ? `note_${n}` : ""))),
  );
  for (const c of merged.coverage.filter(
    (c) => c.status === "missing" && CORE_SECTIONS.has(c.section) && !readGenerally.has(c.section),
  ))
    merged.findings.push({
      check_id: "document.section_missing",
      severity: "error",
      subject: `coverage:${c.section}`,
      line: Math.max(1, doc.lineCount),
      message: `${c.section}: not found in ${doc.documentId} (${doc.lineCount} lines); the document may be truncated or use a heading the parser does not know`,
    });
  return merged;
}
