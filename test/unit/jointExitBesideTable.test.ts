/**
 * Exits to "arbete eller studier" as one figure in running text, in a document whose table has work
 * and studies as columns of their own: the joint figure would count people twice and is not
 * stored, even when the table's rows could not be read. Made-up federation and figures.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { AnyFact } from "../helpers.ts";

const joint = (lines: string[]) =>
  (parseAnnualReport(new DocumentText("tallby/2024-annual-report", lines, 2024)).facts as AnyFact[])
    .filter((f) => f.table === "participant_breakdown" && f.category === "work_or_studies")
    .map((f) => f.value);

const PROSE = "Av de 70 deltagare som avslutades under 2024 gick 31 till arbete eller studier.";

describe("a joint exit figure beside a table that splits work and studies", () => {
  it("stores the joint figure when the document splits them nowhere", () => {
    expect(joint(["Förvaltningsberättelse", "", PROSE])).toEqual([31]);
  });

  it("does not store it when a table header has work and studies as columns (must not fire)", () => {
    expect(
      joint([
        "Förvaltningsberättelse",
        "",
        PROSE,
        "",
        "Insats | Deltagare | Avslutade | Till arbete | Till studier",
        "Vägen ut | 60 | 41 | 12 | 7",
      ]),
    ).toEqual([]);
    expect(
      joint([
        "Förvaltningsberättelse",
        "",
        PROSE,
        "",
        "Insats        Avslutade    Arbete    Studier",
        "Vägen ut      41           12        7",
      ]),
    ).toEqual([]);
  });

  it("a sentence naming both words is no table header (must not fire)", () => {
    expect(joint(["Förvaltningsberättelse", "", PROSE, "", "Målet är arbete  eller studier för alla."])).toEqual([31]);
  });
});
