/** Every parser of an annual report, run over one document. */
import type { FactInput } from "../../../schema/facts.ts";
import { parseAuthorFeeRows } from "../../general/authorFeeRows.ts";
import { cardsBesideKnown } from "../../general/memberCards.ts";
import { listsBesideRevenue } from "../../general/memberAmountLists.ts";
import { memberOf } from "../../general/parseMemberContributions.ts";
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
import { dropOtherBodies } from "../../general/otherBodies.ts";
import { dropCorrectedFigures } from "../../general/errata.ts";
import { parseVaravLines } from "../../general/varavLines.ts";
import { withDestinationRuns } from "../../general/destinationRuns.ts";
import { parseLabelledAmounts } from "../../general/labelledAmounts.ts";
import { settleReportedRates } from "../../general/reportedRates.ts";
import { settleUnsignedResults } from "../../general/unsignedResults.ts";
import { dropPartYearOutcomes } from "../../general/partYear.ts";
import { parseGoalTables } from "../../general/goalTables.ts";
import { parseFederationRows } from "../../general/federationRows.ts";
import { parseJointAuthorityRows } from "../../general/jointAuthorityRows.ts";
import { parsePivotAccounts } from "../../general/pivotAccounts.ts";
import { parseFeeColumnTables } from "../../general/feeColumnTables.ts";
import { parseChartExitPairs } from "../../general/chartExitPairs.ts";
import { parseRegisterPrintout } from "../../general/registerPrintout.ts";
import { parseLongFormatTables } from "../../general/longFormatTables.ts";
import { parseAgeBandColumns } from "../../general/ageBandColumns.ts";
import { parseLeaderRows } from "../../general/leaderRows.ts";
import { parseChartLabels } from "../../general/chartLabels.ts";
import { parseWaterfallRows } from "../../general/waterfallRows.ts";
import { parseMonthRows, withoutMonthRows } from "../../general/monthRows.ts";
import { parseQuarterRows, withoutQuarterRows } from "../../general/quarterRows.ts";

/** Sections every annual report has, whoever wrote it: the general readers look for these in any report. */
const EVERY_REPORT = new Set(["income_statement", "balance_sheet"]);
/** Sections only a report in this template has: expected only where the template is recognised. */
const TEMPLATE_ONLY = new Set(["note_1", "note_2", "table1", "appendices"]);
/**
 * Sections whose finding means the report is in this template (its tables and appendices, not its prose rules). Not
 * its notes: "Not 1 Verksamhetens intäkter" opens the notes of most annual reports, whoever wrote them.
 */
const TEMPLATE_MARKERS = new Set(["table1", "table2", "appendices", "operating_budget", "intervention_budget"]);

export function parseAnnualReport(doc: DocumentText): ParseOutput {
  const appendices = findAppendices(doc);
  // A month-by-month table is read by its own reader: a month's row is no row of the participant tables.
  const tables = withoutQuarterRows(doc, withoutMonthRows(doc, parseParticipantTables(doc)));
  const leaders = parseLeaderRows(doc);
  const outputs: ParseOutput[] = [
    parseFinancialStatements(doc),
    parseSummaryTables(doc),
    parseReportProse(doc),
    parseGoalFollowUp(doc),
    ...appendices.map((block) => parseInterventionAppendix(doc, block)),
    // General layers: no federation's template; run on every report, after the template parsers above.
    parseStatements(doc),
    tables,
    // Prose may name the exits a table gave again ("Av de 108 som avslutade …"), or a list of key figures
    // ("Avslutade ..... 49" / "Av de 49 som avslutades gick 12 till arbete …").
    parseProseFigures(doc, [...tables.facts, ...leaders.facts.filter(isExitCount)]),
    parseProseFinance(doc),
    parseGoalTables(doc),
    parseFederationRows(doc),
    parseJointAuthorityRows(doc),
    parsePivotAccounts(doc),
    parseFeeColumnTables(doc),
    parseAuthorFeeRows(doc),
    parseChartExitPairs(doc),
    parseRegisterPrintout(doc),
    parseLongFormatTables(doc),
    parseAgeBandColumns(doc),
    leaders,
    parseWaterfallRows(doc),
    parseMonthRows(doc),
    parseQuarterRows(doc),
  ];
  // A summary's list of labelled amounts, where no statement of the document gives the item; and
  // the gender lines listed under a count ("– varav kvinnor: 98").
  const readSoFar = outputs.flatMap((o) => o.facts);
  outputs.push(parseLabelledAmounts(doc, readSoFar), parseVaravLines(doc, readSoFar), parseChartLabels(doc, readSoFar));
  // A list of where the exits went, in any layout, that adds up to the year's exits read so far or stated with it.
  outputs.splice(0, outputs.length, ...withDestinationRuns(doc, outputs));
  // One small table per member municipality under its name, where the fees add up to the region's read above.
  const cards = cardsBesideKnown(doc, readSoFar);
  outputs.push(cards);
  // Lines of the members' money under a caption naming no year, where they add up to the year's revenue read above.
  outputs.push({ ...listsBesideRevenue(doc, memberOf, [...readSoFar, ...cards.facts]), coverage: [] });
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
  // A figure of a member's own accounts, quoted beside the federation's, is not the federation's;
  // nor is one the document's correction notice says was printed wrongly.
  // A rate read without its base takes the year's exits of its scope, read anywhere, or is not stored.
  // A result written without a sign takes the sign its year's sums give, read by any reader, or is not stored.
  // In an interim report the report's own year has passed only in part: none of its outcomes is the year's.
  const merged = dropPartYearOutcomes(
    doc,
    settleReportedRates(
      settleUnsignedResults(
        dropCorrectedFigures(doc, dropOtherBodies(doc, dropJointBesideParts(mergeOutputs(outputs), doc))),
      ),
    ),
  );
  // Sections found by the template or by a general reader ("general:notes:not_1" counts as note_1).
  const found = new Set(
    merged.coverage
      .filter((c) => c.status !== "missing")
      .map((c) => c.section.replace(/^general:(notes:not_(\d+))?/, (_m, note, n) => (note ? `note_${n}` : ""))),
  );
  if (appendices.length > 0) found.add("appendices");
  // A report in another federation's layout is not "missing" this template's sections: they are
  // dropped from its coverage, and only the sections every report has are expected of it.
  const templateFound = [...TEMPLATE_MARKERS].some((s) => found.has(s));
  if (!templateFound)
    merged.coverage = merged.coverage.filter((c) => c.status !== "missing" || c.section.startsWith("general:"));
  // Statements every annual report has: if one is missing the document may be truncated.
  for (const section of templateFound ? [...EVERY_REPORT, ...TEMPLATE_ONLY] : [...EVERY_REPORT])
    if (!found.has(section))
      merged.findings.push({
        check_id: "document.section_missing",
        severity: "error",
        subject: `coverage:${section}`,
        line: Math.max(1, doc.lineCount),
        message: `${section}: not found in ${doc.documentId} (${doc.lineCount} lines); the document may be truncated or use a heading the parser does not know`,
      });
  return merged;
}

/** The year's whole count of exits, as a list of key figures gives it: what prose may name again. */
function isExitCount(f: FactInput): boolean {
  return f.table === "participant_count" && f.measure === "exited" && f.gender === "all";
}
