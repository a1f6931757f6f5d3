/**
 * Long-format exports with a status column (`text/statusRecords.ts`): only the row that holds per key
 * is read (the latest status date; adopted or corrected over preliminary), preliminary-only and
 * withdrawn figures never. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { statusRecords } from "../../loaders/extract/text/statusRecords.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const facts = (lines: string[]) =>
  (extractReport(lines, "rallsta", 2025) as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`
      : f.table === "member_contribution"
        ? `fee:${f.year}=${f.amount_sek}`
        : `${f.intervention ?? "fed"}:${f.year}:${f.measure ?? f.category}:${f.gender ?? ""}=${f.value}`,
  );

const semicolons = [
  "Samordningsförbundet Rällsta – uppföljning ur registret",
  "",
  "ar;omrade;matt;kon;varde;enhet;status;statusdatum",
  "2025;deltagare;inskrivna;alla;120;antal;definitiv;2026-02-20",
  "2025;deltagare;inskrivna;alla;117;antal;preliminär;2026-01-12",
  "2025;deltagare;avslutade;alla;50;antal;definitiv;2026-02-20",
  "2025;deltagare;avslutade;alla;52;antal;reviderad;2026-04-01",
  "2025;deltagare;nya;alla;61;antal;preliminär;2026-01-12",
  "2025;avslut_mot;arbete;alla;11;antal;definitiv;2026-02-20",
  "2025;ekonomi;verksamhetens_intakter;alla;4000000;kr;definitiv;2026-02-20",
  "2025;ekonomi;verksamhetens_kostnader;alla;4100000;kr;definitiv;2026-02-20",
  "2025;ekonomi;arets_resultat;alla;-100000;kr;definitiv;2026-02-20",
  "2025;budget;verksamhetens_kostnader;alla;4300000;kr;definitiv;2025-11-20",
  "2025;medlemsbidrag;Staten;alla;2000000;kr;definitiv;2026-02-20",
  "2025;medlemsbidrag;Region Rällmark;alla;1000000;kr;definitiv;2026-02-20",
  "2025;medlemsbidrag;Rällsta kommun;alla;1000000;kr;definitiv;2026-02-20",
  "2025;medlemsbidrag;Rällsta kommun;alla;1100000;kr;preliminär;2026-01-12",
  "2025;medlemsbidrag;Summa;alla;4000000;kr;definitiv;2026-02-20",
];

describe("a long-format export with a status column", () => {
  it("reads the row that holds per key: the adopted over the preliminary, the later correction over the adopted", () => {
    const got = facts(semicolons);
    expect(got).toEqual(
      expect.arrayContaining([
        "fed:2025:enrolled:all=120",
        "fed:2025:exited:all=52",
        "fed:2025:work:=11",
        "actual:2025:revenue_operating=4000000",
        "actual:2025:cost_operating=4100000",
        "actual:2025:result=-100000",
        "fee:2025=2000000",
      ]),
    );
  });

  it("stores no superseded, preliminary-only or total figure (must not fire)", () => {
    const got = facts(semicolons);
    for (const bad of ["=117", "=50", "=61", "=1100000", "fee:2025=4000000", "actual:2025:cost_operating=4300000"])
      expect(got.filter((f) => f.endsWith(bad) || f === bad)).toEqual([]);
  });

  it("reads a comma-separated export the same way, the latest date winning wherever its row stands", () => {
    const got = facts([
      "Samordningsförbundet Rällsta",
      "",
      "år,variabel,kön,värde,status,uppdaterad",
      "2025,deltagare,kvinnor,66,korrigerad,2026-03-30",
      "2025,deltagare,kvinnor,64,slutlig,2026-02-25",
      "2025,deltagare,män,54,slutlig,2026-02-25",
      "2025,deltagare,totalt,120,slutlig,2026-02-25",
    ]);
    expect(got).toEqual(expect.arrayContaining(["fed:2025:enrolled:woman=66", "fed:2025:enrolled:man=54"]));
    expect(got).not.toContain("fed:2025:enrolled:woman=64");
  });

  it("leaves a CSV without a status column, and one whose status words it does not know, as written (must not fire)", () => {
    expect(statusRecords(["ar,matt,kon,varde", "2025,inskrivna,alla,120", "2025,nya,alla,61"])).toBeUndefined();
    expect(
      statusRecords(["ar;matt;varde;status", "2025;inskrivna;120;grön", "2025;nya;61;gul"])?.blocks.size ?? 0,
    ).toBe(0);
    expect(statusRecords(["Projektets status är god.", "Vi hade 120 deltagare 2025."])).toBeUndefined();
  });

  it("scopes rows by a title naming the federation, never by one naming an intervention (must not fire)", () => {
    const rows = [
      "",
      "ar;matt;kon;varde;status;statusdatum",
      "2025;inskrivna;alla;48;definitiv;2026-02-20",
      "2025;nya;alla;20;definitiv;2026-02-20",
    ];
    expect(facts(["Samordningsförbundet Rällsta – uppföljning", ...rows])).toContain("fed:2025:enrolled:all=48");
    expect(
      facts(["Samordningsförbundet Rällsta – insatsen Bryggan, uppföljning", ...rows]).filter((f) =>
        f.startsWith("fed:"),
      ),
    ).toEqual([]);
  });

  it("reads nothing of an export titled as a part of the year (must not fire)", () => {
    const got = facts(["Samordningsförbundet Rällsta – delårsuppföljning januari–juni", "", ...semicolons.slice(2)]);
    expect(got.filter((f) => f.startsWith("fed:") || f.startsWith("actual:"))).toEqual([]);
  });

  it("reads nothing of a key whose rows at the same status and date disagree (must not fire)", () => {
    const got = facts([
      "Samordningsförbundet Rällsta",
      "",
      "ar;matt;kon;varde;status;statusdatum",
      "2025;inskrivna;alla;120;definitiv;2026-02-20",
      "2025;inskrivna;alla;125;definitiv;2026-02-20",
      "2025;nya;alla;61;definitiv;2026-02-20",
    ]);
    expect(got.filter((f) => f.includes(":enrolled:"))).toEqual([]);
  });
});
