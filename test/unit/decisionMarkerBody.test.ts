import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { findDateRange } from "../../loaders/extract/minutes/readDecisions.ts";
import type { AnyFact } from "../helpers.ts";

/** Minutes of a made-up federation where "Beslut" stands alone and the board's sentence follows. */
function decisions(body: string[]): AnyFact[] {
  const lines = [
    "Samordningsförbundet Norrvik",
    "Protokoll från styrelsens sammanträde 2025-09-18",
    "",
    "§ 12   Delårsrapport",
    "Ekonomen redogör för delårets utfall.",
    "Beslut",
    ...body,
    "",
    "§ 13   Ansökan – Vägen in, Bäckby kommun",
    "Bäckby kommun söker medel för ett andra projektår.",
    "Beslut",
    "Arbetsutskottet tilldelar Bäckby kommun 640 000 kronor för Vägen in under 2026.",
    "",
    "§ 14   Mötets avslutande",
    "Ordföranden tackar och avslutar mötet.",
  ];
  const out = parseMinutes(new DocumentText("norrvik/minutes", lines, 2025), {
    date: "2025-09-18",
    kind: "board_minutes",
  });
  return (out.facts as AnyFact[]).filter((f) => f.table === "decision");
}

describe("a decision sentence under a 'Beslut' line of its own", () => {
  it("reads the body's sentence whatever its verb: noted, and a grant with its amount", () => {
    const d = decisions(["Styrelsen lägger delårsrapporten till handlingarna."]);
    expect(d.find((x) => x.item_ref === "§12")).toMatchObject({ outcome: "noted", amount_sek: null });
    expect(d.find((x) => x.item_ref === "§13")).toMatchObject({ outcome: "approved", amount_sek: 640000 });
  });

  it("does not take a sentence another party opens as the decision, nor guess the item's outcome", () => {
    const d = decisions(["Ekonomen lägger fram ett förslag om 90 000 kronor till nästa möte."]);
    // Marked as decided but no decision read: no row, rather than an outcome that may be wrong.
    expect(d.find((x) => x.item_ref === "§12")).toBeUndefined();
    expect(d.some((x) => x.amount_sek === 90000)).toBe(false);
  });
});

describe("a period whose year is written once", () => {
  it("gives the first day the year the range ends in", () => {
    expect(findDateRange("under tiden 15 april–30 november 2026")).toEqual({ start: "2026-04-15", end: "2026-11-30" });
    expect(findDateRange("från 1 maj till 31 augusti 2025")).toEqual({ start: "2025-05-01", end: "2025-08-31" });
  });

  it("reads no range when the first day would fall after the last", () => {
    expect(findDateRange("1 december–28 februari 2026")).toBeNull();
    expect(findDateRange("möte den 3 mars, beslut 12 juni 2025")).toBeNull();
  });

  it("reads a decision to extend an intervention with an amount as approved, but a proposal to extend as proposed", () => {
    const d = decisions(["Styrelsen beslutar att förlänga insatsen Vägen ut med 300 000 kronor under 2026."]);
    expect(d.find((x) => x.item_ref === "§12")).toMatchObject({ outcome: "approved", amount_sek: 300000 });
    // Must not fire: proposing an extension to the board decides nothing.
    const p = decisions(["Arbetsutskottet föreslår styrelsen att förlänga insatsen Vägen ut med 300 000 kronor."]);
    expect(p.find((x) => x.item_ref === "§12")?.outcome).not.toBe("approved");
  });
});
