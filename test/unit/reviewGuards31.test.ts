/**
 * Guards a review of stop 31's rules asked for, each a case where a new rule must NOT fire: dash
 * bullets in a report naming its chief are no interview; a past passive with another meeting's §
 * is no decision; a caption naming women, men and the total is no one gender's table.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { isFederationInterview } from "../../loaders/extract/general/interviewAnswers.ts";
import { genderBlocks } from "../../loaders/extract/general/genderCaptions.ts";
import { documentFacts } from "../support/manifestEntry.ts";

describe("an interview needs a question or someone said to speak", () => {
  const report = [
    "Årsredovisning 2026",
    "Förbundschef: Anna Ek",
    "",
    "– 45 deltagare skrevs in",
    "– 12 gick till arbete",
  ];
  it("is no interview: dash bullets and the chief's name alone (must not fire)", () => {
    expect(isFederationInterview(new DocumentText("x/2026-annual-report", report, 2026))).toBe(false);
  });
  it("is one where the chief answers a question", () => {
    const interview = ["Fem frågor till förbundschefen Anna Ek", "Hur gick året?", ...report.slice(3)];
    expect(isFederationInterview(new DocumentText("y/2026-annual-report", interview, 2026))).toBe(true);
  });
});

describe("a past passive with a number in brackets", () => {
  it("decides nothing where the number is another meeting's item (must not fire)", () => {
    const lines = [
      "Protokoll styrelsemöte 2027-04-02",
      "",
      "§ 7 Ansökan från Steget",
      "Steget beviljades medel 2026 (§ 34). En ny ansökan kom in i mars.",
      "",
      "§ 8 Övrigt",
      "Inget att ta upp.",
    ];
    const d = documentFacts({ federation: "tallby", kind: "board_minutes", date: "2027-04-02" }, lines).filter(
      (f) => f.table === "decision" && f.item_ref === "§7",
    );
    expect(d.some((f) => f.outcome === "approved")).toBe(false);
  });
});

describe("a caption naming more than one gender", () => {
  it("opens no one gender's block (must not fire)", () => {
    expect(genderBlocks(["Tabell 4. Kvinnor, män och totalt 2026", "Inskrivna   40   31   71"])).toEqual([]);
    expect(genderBlocks(["Kvinnor – en grupp vi når allt bättre", "Under 2026 deltog 120 personer."])).toEqual([]);
  });
  it("opens a block under a numbered one-gender caption", () => {
    expect(genderBlocks(["Tabell 4a. Kvinnor, 2026", "Inskrivna   40"])).toEqual([{ from: 2, to: 2, gender: "woman" }]);
  });
});
