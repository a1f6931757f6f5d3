/**
 * A whole annual report read from lines, and its participant facts as short strings
 * ("förbundet:enrolled/all=120", "Steget:work=9"): shared by the tests of the held-out sets' shapes.
 */
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";
import { documentFacts } from "./manifestEntry.ts";

export const readReport = (lines: string[], year = 2024) => parseAnnualReport(docOf(lines, year)).facts as AnyFact[];

/** A whole annual report through the whole extraction (reading text, every reader, the gates), as ingest runs it. */
export const extractReport = (lines: string[], federation = "ravik", year = 2024): AnyFact[] =>
  documentFacts({ federation, year }, lines);

/** Participant counts, the federation's written "förbundet". */
export const countsOf = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.intervention ?? "förbundet"}:${f.measure}/${f.gender}=${f.value}`);

/** Exit destinations, the federation's written "förbundet". */
export const exitsOf = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_breakdown")
    .map((f) => `${f.intervention ?? "förbundet"}:${f.category}=${f.value}`);
