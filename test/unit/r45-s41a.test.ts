/**
 * Stop 45, third wave (set 41): tables whose cells a spaced em dash sets apart, with made-up federations
 * and figures: a must-fire and a must-not-fire case for each rule.
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import { declaredValueYears, emDashCells } from "../../loaders/extract/text/emDashCells.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { FederationFacts } from "../../loaders/schema/registry.ts";

const FEDERATION: FederationFacts = {
  id: "sjoblom",
  name: "Samordningsförbundet Sjöblom",
  members: ["Sjöby kommun", "Region Blomlanda"],
};

const ENTRY: ManifestEntry = {
  federation_id: "sjoblom",
  kind: "annual_report",
  date: "2026-03-01",
  period_year: 2025,
  title: "x",
  file: "sjoblom/arsredovisning.txt",
  sha256: "0".repeat(64),
};

type Row = Record<string, unknown> & { table: string; line: number };
const facts = (lines: string[]) => extractFromLines(ENTRY, lines, "0".repeat(64), FEDERATION).facts as unknown as Row[];

describe("emDashCells: a spaced em dash between a row's cells is a gap", () => {
  it("reads the dash as a gap of its own length, a year header too", () => {
    const out = emDashCells(["Kostnader i kronor — 2025 — 2024", "Personal — 1 204 — −980"])!;
    expect(out[0]).toBe("Kostnader i kronor   2025   2024");
    expect(out[1]).toBe("Personal   1 204   −980");
  });

  it("leaves a dash in prose, a range and a row of one value as written", () => {
    const lines = [
      "Förbundet — som bildades 2011 — har fyra medlemmar.",
      "Perioden 2023 — 2024 var en uppbyggnad.",
      "Deltagare — 77",
    ];
    expect(emDashCells(lines)).toBeUndefined();
  });

  it("writes the years a note above declares over a headless block", () => {
    const out = emDashCells([
      "Varje rad visar måttet, först värdet för 2025 och sedan värdet för 2024.",
      "",
      "Inskrivna — 88 — 71",
      "Nya — 40 — 33",
    ])!;
    expect(out[1]!.trim()).toBe("2025   2024");
  });

  it("writes no header without such a note, nor where a row holds another count of values", () => {
    const bare = emDashCells(["Om året", "", "Inskrivna — 88 — 71", "Nya — 40 — 33"])!;
    expect(bare[1]).toBe("");
    const uneven = emDashCells([
      "Varje rad visar måttet, först värdet för 2025 och sedan värdet för 2024.",
      "",
      "Inskrivna — 88 — 71 — 60",
      "Nya — 40 — 33",
    ])!;
    expect(uneven[1]).toBe("");
  });

  it("declares years only in a sentence about the rows' order", () => {
    expect(declaredValueYears("Raderna anger först värdet för 2025, därefter värdet för 2024.")).toEqual([
      "2025",
      "2024",
    ]);
    expect(declaredValueYears("Värdet för 2025 var högre än värdet för 2024.")).toBeUndefined();
  });

  it("reads the statement and the key figures of a document set this way, the prior year's as its own", () => {
    const rows = facts([
      "NYCKELTAL",
      "",
      "Varje rad visar måttet, först värdet för 2025 och sedan värdet för 2024.",
      "",
      "Deltagare totalt — 140 — 122",
      "  därav kvinnor — 80 — 70",
      "  därav män — 60 — 52",
      "",
      "Belopp i tusental kronor.",
      "",
      "Resultaträkning — 2025 — 2024",
      "Verksamhetens intäkter — 4 310 — 4 100",
      "Verksamhetens kostnader — −4 250 — −4 020",
      "Verksamhetens resultat — 60 — 80",
      "Årets resultat — 60 — 80",
    ]);
    const enrolled = rows.find((r) => r.table === "participant_count" && r.year === 2025 && r.gender === "all");
    expect(enrolled?.value).toBe(140);
    const revenue = rows.find((r) => r.table === "finance" && r.year === 2025 && r.item === "revenue_operating");
    expect(revenue?.amount_sek).toBe(4310000);
    expect(rows.some((r) => r.year === 2025 && (r.value === 122 || r.amount_sek === 4100000))).toBe(false);
  });

  it("stores no year for key figures set with dashes but no note naming their years", () => {
    const rows = facts([
      "NYCKELTAL",
      "",
      "Deltagare totalt — 140 — 122",
      "  därav kvinnor — 80 — 70",
      "  därav män — 60 — 52",
    ]);
    expect(rows.filter((r) => r.table === "participant_count" && r.year === 2025 && r.value === 122)).toEqual([]);
  });
});
