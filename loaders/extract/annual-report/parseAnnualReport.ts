/** Every parser of an annual report, run over one document. */
import { mergeOutputs, type DocumentText, type ParseOutput } from "../documentText.ts";
import { findAppendices } from "./findAppendices.ts";
import { parseFinancialStatements } from "./parseFinancialStatements.ts";
import { parseInterventionAppendix } from "./parseInterventionAppendix.ts";
import { parseReportProse } from "./parseReportProse.ts";
import { parseSummaryTables } from "./parseSummaryTables.ts";

export function parseAnnualReport(doc: DocumentText): ParseOutput {
  const appendices = findAppendices(doc);
  const outputs: ParseOutput[] = [
    parseFinancialStatements(doc),
    parseSummaryTables(doc),
    parseReportProse(doc),
    ...appendices.map((block) => parseInterventionAppendix(doc, block)),
  ];
  if (appendices.length === 0)
    outputs.push({ facts: [], findings: [], coverage: [{ section: "appendices", status: "missing", line: null, facts: 0, note: "no intervention appendix found (no 'Insatsens namn:' line)" }] });
  return mergeOutputs(outputs);
}
