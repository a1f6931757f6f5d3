/**
 * Attendance lists in shapes of stop 33 (made-up federations): a matrix of the parties with a code
 * after each name explained by a legend, names in commas, a board role in a bracket, officials
 * with their titles in semicolons.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAttendance } from "../../loaders/extract/minutes/parseAttendance.ts";
import { readLegend } from "../../loaders/extract/minutes/attendanceMatrix.ts";

interface Row {
  person: string;
  role: string;
  serving: boolean | null;
  member: string | null;
}
const read = (text: string) =>
  parseAttendance(new DocumentText("x/2025-04-03-board-minutes", text.split("\n"), 2025)).facts as unknown as Row[];
const who = (rows: Row[]) => rows.map((r) => `${r.person}:${r.role}:${r.serving}`);

const MATRIX = `Närvaro

Organisation          Ordinarie             Närv.  Suppleant             Närv.
Kvarnby kommun        Elsa Gran (M)         N      Olof Fjäll (S)        T
Region Västmark       Amra Begic (S)        F      Kurt Rapp (L)         N
Försäkringskassan     Tim Ros               N      Vera Kol              F
`;

describe("an attendance matrix of the parties", () => {
  it("reads each name by its code as the legend under the table explains it", () => {
    const rows = read(`${MATRIX}
N = närvarande; F = frånvarande; T = tjänstgörande ersättare

§ 1 Mötets öppnande`);
    expect(who(rows).sort()).toEqual(
      ["Elsa Gran:member:true", "Kurt Rapp:deputy:false", "Olof Fjäll:deputy:true", "Tim Ros:member:true"].sort(),
    );
    expect(rows.find((r) => r.person === "Elsa Gran")?.member).toBe("Kvarnby kommun");
  });

  it("stores nobody where no legend says what the letters mean", () => {
    expect(read(`${MATRIX}\n§ 1 Mötets öppnande`)).toEqual([]);
  });

  it("takes a legend only with two codes or more, each a word of presence", () => {
    expect(readLegend("N = närvarande, F = frånvarande")?.get("F")).toEqual({ present: false, serving: null });
    expect(readLegend("S = Socialdemokraterna, M = Moderaterna")).toBeUndefined();
    expect(readLegend("N = närvarande")).toBeUndefined();
  });
});

describe("names in a labelled list", () => {
  it("reads a list of names in commas as one person each, a role in a bracket as a note", () => {
    const rows = read("Ledamöter: Stina Holk (ordförande), Bo Rehn, Ida Mörk\n\n§ 1 Öppnande");
    expect(who(rows)).toEqual(["Stina Holk:member:true", "Bo Rehn:member:true", "Ida Mörk:member:true"]);
  });

  it("keeps a person and their member organisation as one entry", () => {
    const rows = read("Ledamöter: Lars Vik, Region Västmark\n\n§ 1 Öppnande");
    expect(rows.map((r) => [r.person, r.member])).toEqual([["Lars Vik", "Region Västmark"]]);
  });

  it("reads officials in semicolons, each with their title, under a Kansli label", () => {
    const rows = read("Ledamöter: Bo Rehn\nKansli: Maja Fors, förbundschef; Eli Strand, controller\n\n§ 1 Öppnande");
    expect(who(rows)).toEqual(["Bo Rehn:member:true", "Maja Fors:official:null", "Eli Strand:official:null"]);
  });
});

describe("a two-column head's label wrapped onto the next line", () => {
  it("reads 'Ej tjänstgörande' over 'ersättare' as one label, the line under it going on with the list", () => {
    const rows = read(`Beslutande           Eva Ek (S), Åby kommun

Ej tjänstgörande     Bo Lind (M), Åby kommun
ersättare            Anna Berg (C), Region Väst

§ 1 Öppnande`);
    expect(who(rows)).toEqual(["Eva Ek:member:true", "Bo Lind:deputy:false", "Anna Berg:deputy:false"]);
  });

  it("reads officials in semicolons whose last names the items they attended, with a full stop", () => {
    const rows = read("Övriga: Ida Holm, förbundschef, sekreterare; Per Vik, ekonom, §§ 2–3.\n\n§ 1 Öppnande");
    expect(who(rows)).toEqual(["Ida Holm:official:null", "Per Vik:official:null"]);
  });
});
