/**
 * A bookkeeper's closing checklist: status marks and point numbers blanked, unit-less whole-kronor
 * amounts read as kronor; never outside a checklist, never where the document names a unit, never a
 * count. Made-up federations and figures, in words of our own.
 */
import { describe, expect, it } from "vitest";
import { checklistItems } from "../../loaders/extract/text/checklistItems.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "sjoborg",
  kind: "annual_report",
  date: "2026-02-10",
  period_year: 2025,
  title: "Bokslut 2025",
  file: "sjoborg/checklista-2025.txt",
  sha256: "0".repeat(64),
};
const keys = (lines: string[]) =>
  (extractFromLines(entry, lines, entry.sha256).facts as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`
      : f.table === "participant_count"
        ? `${f.year}:${f.measure}:${f.gender}=${f.value}`
        : `${f.table}:${f.year}:${f.member ?? f.category ?? ""}=${f.value ?? f.amount_sek}`,
  );

const LIST = [
  "Samordningsförbundet Sjöborg – checklista bokslut 2025",
  "Förklaring: [x] = klart   [ ] = ej klart",
  "",
  "[x] 1  Verksamhetens intäkter enligt huvudboken 4 210 500 – avstämt",
  "[x] 2  Verksamhetens kostnader 4 388 100",
  "[x] 3  Årets resultat -177 600 (budget -250 000)",
  "[ ] 4  Antal deltagare 2025: 118, varav 64 kvinnor och 54 män",
  "[x] 5  Arkivering av 1 184 verifikationer",
];

describe("checklistItems", () => {
  it("blanks each point's mark and number and writes kronor after a bare amount closing its clause", () => {
    const out = checklistItems(LIST)!;
    expect(out[3]).toBe(" ".repeat(7) + "Verksamhetens intäkter enligt huvudboken 4 210 500 kr – avstämt");
    expect(out[4]!.trim()).toBe("Verksamhetens kostnader 4 388 100 kr");
    expect(out[5]!.trim()).toBe("Årets resultat -177 600 kr (budget -250 000 kr)");
    expect(out[6]!.trim()).toBe("Antal deltagare 2025: 118, varav 64 kvinnor och 54 män");
    expect(out[7]!.trim()).toBe("Arkivering av 1 184 verifikationer");
  });

  it("adds no unit where the document names one, and reads no list that is no checklist", () => {
    const tkr = LIST.map((l) => l.replace("bokslut 2025", "bokslut 2025 (tkr)"));
    expect(checklistItems(tkr)![4]!.trim()).toBe("Verksamhetens kostnader 4 388 100");
    // No legend and no checklist title: a list of ticks is only a list.
    const ticks = [
      "Samordningsförbundet Sjöborg",
      "",
      "✓ Verksamhetens intäkter 4 210 500",
      "✓ Verksamhetens kostnader 4 388 100",
      "✓ Årets resultat -177 600",
    ];
    expect(checklistItems(ticks)).toBeUndefined();
    expect(checklistItems(LIST.slice(0, 5))).toBeUndefined();
  });

  it("reads the year's accounts and counts from the checklist, never the budget as the outcome", () => {
    const facts = keys(LIST);
    expect(facts).toEqual(
      expect.arrayContaining([
        "actual:2025:revenue_operating=4210500",
        "actual:2025:cost_operating=4388100",
        "actual:2025:result=-177600",
        "2025:enrolled:all=118",
      ]),
    );
    expect(facts.filter((f) => f.startsWith("actual:") && /=-?250000$/.test(f))).toEqual([]);
    expect(facts.filter((f) => /=(?:1184|1|2|3|4|5)$/.test(f))).toEqual([]);
  });

  it("says a point's counts after their labels count first, only where every clause is a label and a count", () => {
    const out = checklistItems([
      ...LIST,
      "[x] 6  Nya under året 61, avslutade 49",
      "[x] 7  Avslutade till arbete 11 och till studier 6 – kontrolleras",
      "[x] 8  Nya under året 61, avslutade enligt registret",
      "[x] 9  Nya 61 varav 30 kvinnor",
    ])!;
    expect(out[8]!.trim()).toBe("61 nya under året, 49 avslutade");
    expect(out[9]!.trim()).toBe("11 avslutade till arbete, 6 till studier – kontrolleras");
    expect(out[10]!.trim()).toBe("Nya under året 61, avslutade enligt registret");
    expect(out[11]!.trim()).toBe("Nya 61 varav 30 kvinnor");
    const facts = keys(out.length ? [...LIST, "[x] 6  Nya under året 61, avslutade 49"] : []);
    expect(facts).toEqual(expect.arrayContaining(["2025:new:all=61", "2025:exited:all=49"]));
  });
});

describe("members' fees booked as the budget said", () => {
  const fees = (lead: string) =>
    keys([
      "Samordningsförbundet Sjöborg – checklista bokslut 2025",
      "Förklaring: [x] = klart   [ ] = ej klart",
      "",
      `[x] 1  ${lead}`,
      "       Försäkringskassan och Arbetsförmedlingen ...... 2 400 000",
      "       Region Sjöland ................................ 1 200 000",
      "       Sjöborgs kommun ............................... 1 200 000",
      "       Summa ......................................... 4 800 000",
      "[x] 2  Verksamhetens kostnader 4 388 100",
      "[x] 3  Årets resultat 411 900",
    ]).filter((f) => f.startsWith("member_contribution"));

  it("are the year's outcome where the lead says they were booked or invoiced as the budget said", () => {
    expect(fees("Medlemsbidrag bokförda enligt beslutad budget 2025").length).toBeGreaterThan(0);
    const f = fees("Medlemsbidrag bokförda enligt beslutad budget 2025");
    expect(f.every((k) => k.includes(":2025:"))).toBe(true);
    const facts = (
      extractFromLines(
        entry,
        [
          "Samordningsförbundet Sjöborg – checklista bokslut 2025",
          "Förklaring: [x] = klart   [ ] = ej klart",
          "",
          "[x] 1  Medlemsbidrag bokförda enligt beslutad budget 2025",
          "       Försäkringskassan och Arbetsförmedlingen ...... 2 400 000",
          "       Region Sjöland ................................ 1 200 000",
          "       Sjöborgs kommun ............................... 1 200 000",
          "       Summa ......................................... 4 800 000",
          "[x] 2  Verksamhetens kostnader 4 388 100",
          "[x] 3  Årets resultat 411 900",
        ],
        entry.sha256,
      ).facts as AnyFact[]
    ).filter((x) => x.table === "member_contribution");
    expect(facts.length).toBe(3);
    expect(facts.every((x) => x.basis === "actual")).toBe(true);
  });

  it("stay a budget where the lead speaks of the budget alone", () => {
    const facts = (
      extractFromLines(
        entry,
        [
          "Samordningsförbundet Sjöborg – checklista bokslut 2025",
          "Förklaring: [x] = klart   [ ] = ej klart",
          "",
          "[x] 1  Medlemsbidrag enligt beslutad budget 2026",
          "       Region Sjöland ................................ 1 300 000",
          "       Sjöborgs kommun ............................... 1 300 000",
          "[x] 2  Verksamhetens kostnader 4 388 100",
          "[x] 3  Årets resultat 411 900",
        ],
        entry.sha256,
      ).facts as AnyFact[]
    ).filter((x) => x.table === "member_contribution");
    expect(facts.filter((x) => x.basis === "actual")).toEqual([]);
  });
});

describe("a Markdown task list", () => {
  it("reads its points as a checklist's", () => {
    const out = checklistItems(LIST.map((l) => (l.startsWith("[") ? `- ${l}` : l)))!;
    expect(out[4]!.trim()).toBe("Verksamhetens kostnader 4 388 100 kr");
  });
});
