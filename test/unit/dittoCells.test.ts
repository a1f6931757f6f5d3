import { describe, expect, it } from "vitest";
import { dittoCells } from "../../loaders/extract/text/dittoCells.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const table = (declaration: string[]) => [
  "Samordningsförbundet Ravik",
  "Verksamhetsberättelse 2024",
  "",
  ...declaration,
  "",
  "Tabell 1. Deltagare i förbundets insatser",
  "",
  "                              År 2024      År 2023",
  "Inskrivna under året              141          133",
  "Nya under året                     66           61",
  'Avslutade under året                "           57',
];

describe("dittoCells", () => {
  it("writes a declared mark out as the figure above it, in the mark's place (must fire)", () => {
    const out = dittoCells(table(['Tecknet " står för samma värde som raden ovanför.']))!;
    expect(out.at(-1)).toBe("Avslutade under året               66           57");
    expect(countsOf(extractReport(table(['Tecknet " står för samma värde som raden ovanför.'])))).toContain(
      "förbundet:exited/all=66",
    );
  });
  it("never lets last year's figure slide into the mark's column (must not fire: an undeclared mark)", () => {
    const counts = countsOf(extractReport(table([])));
    expect(counts).not.toContain("förbundet:exited/all=57");
    expect(counts).not.toContain("förbundet:exited/all=66");
    expect(dittoCells(table([]))!.at(-1)!.trim()).toBe("Avslutade under året");
  });
  it("leaves quoted words, a mark in the label's cell and a row of no figure as written (must not fire)", () => {
    const lines = [
      'Insatsen "Steget" tog emot 41 deltagare.',
      '"                             12           10',
      'Kommentar                      "            "',
    ];
    expect(dittoCells(lines)).toEqual(undefined);
  });
});
