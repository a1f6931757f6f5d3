/**
 * First-sight wrong figures of held-out set 15b, in new words: an attendance list whose label line
 * heads a presence column ("Ledamöter   Närvarande", an X or "Anmält förhinder" at each row's
 * right), and a rate restated as a fraction in words ("Tre av fyra (74 procent) …").
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAttendance } from "../../loaders/extract/minutes/parseAttendance.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";

const attendance = (lines: string[]) =>
  (
    parseAttendance(new DocumentText("x/2025-02-12-board-minutes", lines, 2025)).facts as {
      person: string;
      role: string;
      serving: boolean | null;
    }[]
  ).map((f) => `${f.person}:${f.role}:${f.serving}`);

const GRID = [
  "PROTOKOLL 1/2025",
  "",
  "Ledamöter                                            Närvarande",
  "Karin Öst (S), ordförande, Ålby kommun               X",
  "Per Nyman (M), Region Västmark                       Meddelat förhinder",
  "Ulla Berg, Försäkringskassan                         X, § 3–7",
  "Ersättare",
  "Tor Lind (M), Region Västmark                        X, tjänstgörande",
  "Eva Sand (S), Ålby kommun                            X",
  "Kansliet",
  "Mona Ek, förbundschef                                X",
  "",
  "§ 1 Mötets öppnande",
];

describe("an attendance list with a presence column at its right", () => {
  it("stores those marked present, the deputy marked serving as serving, and the other deputies present as not serving", () => {
    expect(attendance(GRID)).toEqual([
      "Karin Öst:member:true",
      "Ulla Berg:member:true",
      "Tor Lind:deputy:true",
      "Eva Sand:deputy:false",
      "Mona Ek:official:null",
    ]);
  });

  it("reads a deputy marked 'X, tjänstgör för …' as serving, not among the others present", () => {
    const named = GRID.map((l) => l.replace("X, tjänstgörande", "X, tjänstgör för Per Nyman"));
    expect(attendance(named).filter((r) => r.includes(":deputy:"))).toEqual([
      "Tor Lind:deputy:true",
      "Eva Sand:deputy:false",
    ]);
    const both = [
      ...GRID.slice(0, 9),
      "Olle Berg (S), Ålby kommun                           X, tjänstgör för Per Nyman",
      ...GRID.slice(9),
    ];
    expect(attendance(both).filter((r) => r.includes(":deputy:"))).toEqual([
      "Tor Lind:deputy:true",
      "Eva Sand:deputy:false",
      "Olle Berg:deputy:true",
    ]);
  });

  it("stores no member marked absent, and reads no deputy as not serving where none is marked serving (must not fire)", () => {
    const noneServing = GRID.map((l) => l.replace("X, tjänstgörande", "X"));
    const read = attendance(noneServing);
    expect(read.filter((r) => r.startsWith("Per Nyman"))).toEqual([]);
    expect(read.filter((r) => r.includes(":deputy:"))).toEqual(["Tor Lind:deputy:null", "Eva Sand:deputy:null"]);
  });

  it("still reads two lists side by side when both cells are list labels (must not fire)", () => {
    const sideBySide = [
      "PROTOKOLL 1/2025",
      "",
      "Ledamöter                          Ersättare",
      "Karin Öst (S), Ålby kommun         Eva Sand (S), Ålby kommun",
      "",
      "§ 1 Mötets öppnande",
    ];
    expect(attendance(sideBySide)).toEqual(["Karin Öst:member:true", "Eva Sand:deputy:null"]);
  });
});

describe("a rate restated as a fraction in words", () => {
  const bases = (sentence: string) =>
    readSentence(sentence).figures.flatMap((f) => (f.kind === "rate" ? [f.base] : []));

  it("takes no base from the fraction whose quotient is the rate", () => {
    expect(bases("Tre av fyra (74 procent) av dem som avslutade hade gått vidare till arbete eller studier.")).toEqual(
      [],
    );
    expect(bases("Två av tre (64 procent) av de 117 som avslutade tog ett positivt steg.")).toEqual([117]);
  });

  it("keeps a base whose quotient is not the rate (must not fire)", () => {
    expect(bases("Av de 40 som avslutade gick 30 procent till arbete eller studier.")).toEqual([40]);
  });

  it("keeps the base of a fraction in digits: '45 av 70' counts 70 who exited (must not fire)", () => {
    expect(bases("45 av 70 (64 procent) av dem som avslutade gick till arbete eller studier.")).toEqual([70]);
  });
});

describe("a decision taken by e-mail: those who answered, those who did not", () => {
  const ANSWERS = [
    "Beslut per capsulam",
    "",
    "Ledamöter som deltagit i beslutet                       Svar     Inkommet",
    "Mona Berg (S), ordförande, Lilltorp kommun               Ja       2027-02-02 10.15",
    "Eskil Fors (C), ersättare, tjänstgör för Rut Alm, Region Nordmo   Ja   2027-02-03 08.40",
    "",
    "Har inte deltagit",
    "Rut Alm (M), Region Nordmo – förhinder",
    "",
    "Sammanställt av        Jonna Ek, förbundschef",
    "",
    "§ 4  Ansökan",
  ];

  it("reads a deputy serving for a member as a serving deputy, and those who did not take part as not serving", () => {
    expect(attendance(ANSWERS)).toEqual(["Mona Berg:member:true", "Eskil Fors:deputy:true"]);
  });

  it("stores no one named as compiling the minutes (must not fire)", () => {
    expect(attendance(ANSWERS).some((a) => a.startsWith("Jonna Ek") || a.includes("Sammanställt"))).toBe(false);
  });
});
