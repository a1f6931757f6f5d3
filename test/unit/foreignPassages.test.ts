import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { foreignLines } from "../../loaders/extract/general/foreignPassages.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) => new DocumentText("p35-tallmo/2024-annual-report", lines, 2024);
const counts = (lines: string[]) =>
  (parseAnnualReport(doc(lines)).facts as AnyFact[])
    .filter((f) => f.table === "participant_count" || f.table === "finance")
    .map((f) => `${f.table === "finance" ? f.item : f.measure}=${f.value ?? f.amount_sek}`)
    .sort();

describe("passages another body wrote, or about another federation", () => {
  it("sets apart a quote under another body's lead, and an item of minutes on another federation", () => {
    const lines = [
      "Ur Björka kommuns uppföljning 2024:", // 1
      "", // 2
      "> Enheten hade 430 inskrivna under året,", // 3
      "> och 150 av dem avslutades.", // 4
      "", // 5
      "§ 12   Årsredovisning 2024 för Samordningsförbundet Granås", // 6
      "Förbundets resultat blev ett överskott på 77 000 kronor.", // 7
      "§ 13   Årsredovisning 2024 för Samordningsförbundet Tallmo", // 8
      "Förbundets resultat blev ett underskott på 54 000 kronor.", // 9
    ];
    expect([...foreignLines(doc(lines))].sort((a, b) => a - b)).toEqual([3, 4, 6, 7]);
  });

  it("must not set apart the federation's own quote, a quote without a lead, or an item on the federation", () => {
    const lines = [
      "Förbundschefen sammanfattar året:", // 1
      "> Insatserna hade 188 deltagare.", // 2
      "", // 3
      "> 74 personer avslutade sin insats.", // 4
      "", // 5
      "§ 4   Information från Samordningsförbundet Tallmo", // 6
      "Förbundets resultat blev ett underskott på 54 000 kronor.", // 7
    ];
    expect([...foreignLines(doc(lines))]).toEqual([]);
  });

  it("stores the federation's section of a newsletter for several federations, never another's", () => {
    const section = (name: string, n: number, exited: number) => [
      name,
      "",
      `Under 2024 hade förbundets insatser ${n} deltagare. ${exited} personer avslutade sin insats.`,
      "",
    ];
    const lines = [
      "Kansliet arbetar åt två samordningsförbund.",
      "",
      ...section("SAMORDNINGSFÖRBUNDET GRANÅS", 240, 101),
      ...section("SAMORDNINGSFÖRBUNDET TALLMO", 166, 73),
    ];
    expect(counts(lines)).toEqual(["enrolled=166", "exited=73"]);
    // The same lines with the other federation's section alone store nothing.
    expect(counts(lines.slice(0, 6))).toEqual([]);
  });

  it("reads the federation's own sentences beside a quoted national report in the same words", () => {
    const lines = [
      "Förbundets insatser hade 142 deltagare under 2024.",
      "",
      "Försäkringskassan skriver i sin återrapportering för 2024:",
      "",
      "> Under 2024 hade insatserna 35 200 deltagare.",
    ];
    expect(counts(lines)).toEqual(["enrolled=142"]);
  });

  it("takes a sentence placing its figures in the country or the county as many federations' (must fire)", () => {
    const lines = [
      "Under 2024 hade insatserna 190 deltagare och 80 avslutade sin insats, 30 av dem till arbete.",
      "",
      "Av de 13 100 som avslutade en insats i landet gick 4 500 till arbete.",
    ];
    expect(counts(lines)).toEqual(["enrolled=190", "exited=80"]);
  });

  it("keeps a sentence about the federation that names the county beside it (must not fire)", () => {
    expect(counts(["Förbundets insatser hade 205 deltagare under 2024, flest i länet."])).toEqual(["enrolled=205"]);
    expect(counts(["Hos oss avslutade 84 personer sin insats under 2024, fler än någonsin i länet."])).toEqual([
      "exited=84",
    ]);
  });

  it("takes the later sentences of a paragraph opening on another federation's name as its (must fire)", () => {
    const paragraph = (name: string, n: number, exited: number, result: string) => [
      `Samordningsförbundet ${name} hade ${n} deltagare i sina insatser under 2024.`,
      `${exited} personer avslutade sin insats. Förbundet redovisade ${result}.`,
      "",
    ];
    const lines = [
      ...paragraph("Granås", 212, 90, "ett överskott på 140 000 kronor"),
      ...paragraph("Tallmo", 166, 73, "ett underskott på 62 000 kronor"),
      ...paragraph("Myrvik", 98, 41, "ett överskott på 33 000 kronor"),
    ];
    expect(counts(lines)).toEqual(["enrolled=166", "exited=73", "result=-62000"]);
  });

  it("goes on about the federation where a paragraph turns to it (must not fire)", () => {
    const lines = [
      "Samordningsförbundet Granås har ett projekt ihop med oss. Vi hade 171 deltagare under 2024.",
      "Förbundet redovisade ett underskott på 62 000 kronor.",
    ];
    expect(counts(lines)).toEqual(["enrolled=171", "result=-62000"]);
  });

  it("sets nothing apart where the document never names its own federation in full (must not fire)", () => {
    // The federation's id may not spell the name a member's minutes use: then no name is told from ours.
    const lines = [
      "§ 12   Årsredovisning 2024 för Samordningsförbundet Granås",
      "Förbundets resultat blev ett överskott på 77 000 kronor.",
    ];
    expect([...foreignLines(doc(lines))]).toEqual([]);
  });

  it("takes a capital heading whose name runs on into other words, ours first, for ours (must not fire)", () => {
    const lines = [
      "SAMORDNINGSFÖRBUNDET TALLMO          TALLMO COORDINATION ASSOCIATION",
      "",
      "Under 2024 hade förbundets insatser 166 deltagare. 73 personer avslutade sin insats.",
    ];
    expect(counts(lines)).toEqual(["enrolled=166", "exited=73"]);
  });
});
