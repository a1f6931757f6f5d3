/**
 * A scorecard "Indikator | Målvärde | Utfall 2025 | Utfall 2024 | Status" whose outcomes carry their
 * fraction ("71,4 (85/119)"): each year's outcome read where the fraction gives it, the base stored
 * as the year's exits only where a legend or the label says so; the target never. Made-up figures.
 */
import { describe, expect, it } from "vitest";
import { bracketedRow } from "../../loaders/extract/general/bracketedParts.ts";
import { documentFacts, type EntryOptions } from "../support/manifestEntry.ts";

const entry: EntryOptions = { federation: "hallmo", year: 2025 };
const read = (lines: string[]) =>
  documentFacts(entry, lines)
    .filter((f) => f.table === "indicator" || f.table === "participant_count")
    .map((f) => `${f.table}:${f.indicator ?? f.measure}:${f.year}=${f.value}${f.n ? `/n${f.n}` : ""}`);

const head = ["Samordningsförbundet Hallmo", "Årsredovisning 2025", "", "Måluppfyllelse", ""];

describe("a scorecard with fractions", () => {
  it("reads each year's outcome and, where the legend names the exits as the base, the exits", () => {
    const facts = read([
      ...head,
      "Utfallet visas i procent och inom parentes som antal som nått målet / antal avslutade.",
      "",
      "Indikator                               Målvärde    Utfall 2025     Utfall 2024     Status",
      "Andel till arbete eller studier, %          45      40,0 (30/75)    37,5 (24/64)    Ej nått",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        "participant_count:exited:2025=75",
        "participant_count:exited:2024=64",
        "indicator:work_or_studies_rate_reported:2025=40/n75",
        "indicator:work_or_studies_rate_reported:2024=37.5/n64",
      ]),
    );
    expect(facts.filter((f) => f.includes("=45"))).toEqual([]);
  });

  it("stores no exits without a legend or label naming them as the base (must not fire)", () => {
    const facts = read([
      ...head,
      "Indikator                               Målvärde    Utfall 2025     Utfall 2024",
      "Andel till arbete eller studier, %          45      40,0 (30/75)    37,5 (24/64)",
    ]);
    expect(facts.filter((f) => f.startsWith("participant_count"))).toEqual([]);
  });

  it("reads nothing from a cell whose fraction does not give its share (must not fire)", () => {
    const facts = read([
      ...head,
      "Utfallet visas i procent och inom parentes som antal som nått målet / antal avslutade.",
      "",
      "Indikator                               Målvärde    Utfall 2025     Utfall 2024",
      "Andel till arbete eller studier, %          45      44,0 (30/75)    37,5 (24/64)",
    ]);
    expect(facts.filter((f) => f.includes(":2025="))).toEqual([]);
  });
});

describe("a scorecard's several-year reading", () => {
  const card = [
    ...head,
    "Nr   Mått                                   Målvärde 2025   Utfall 2025   Utfall 2024   Status",
    "-------------------------------------------------------------------------------------------------",
    "     INDIVID",
    "1.1  Deltagare i individinsatser                     220            204           190      Delvis",
    "1.2  Avslutade deltagare                               –             88            80      –",
    "     EKONOMI (BELOPP I KRONOR)",
    "2.1  Intäkter                                  6 000 000      6 000 000     5 800 000      Nått",
    "2.2  Kostnader                                 6 300 000      5 910 000     5 700 000      Nått",
    "2.3  Årets resultat                             -300 000         90 000       100 000      Nått",
  ];
  const all = (lines: string[]) =>
    documentFacts(entry, lines).map((f) =>
      f.table === "participant_count"
        ? `${f.table}:${f.intervention ?? "fed"}:${f.measure}:${f.year}=${f.value}`
        : `${f.table}:${f.measure ?? f.item}:${f.basis ?? ""}:${f.year}=${f.value ?? f.amount_sek}`,
    );

  it("reads each outcome column as its year's, past the rule and the group titles, the group's unit its rows'", () => {
    const facts = all(card);
    expect(facts).toEqual(
      expect.arrayContaining([
        "participant_count:fed:enrolled:2025=204",
        "participant_count:fed:enrolled:2024=190",
        "participant_count:fed:exited:2025=88",
        "finance:revenue_operating:actual:2025=6000000",
        "finance:cost_operating:actual:2025=5910000",
        "finance:result:actual:2024=100000",
      ]),
    );
  });

  it("never reads the target column (must not fire)", () => {
    expect(all(card).filter((f) => /=(220|6300000|-300000)$/.test(f))).toEqual([]);
  });

  it("is no federation's count in a report with intervention sections (must not fire)", () => {
    const facts = all([
      ...head,
      "Insats: Bryggan",
      "",
      "Bryggan är en insats för unga vuxna.",
      "",
      ...card.slice(head.length),
    ]);
    expect(facts.filter((f) => f.startsWith("participant_count:fed") && /=(204|190|88)$/.test(f))).toEqual([]);
  });
});

describe("a share with its fraction and no per cent sign", () => {
  it("is read where its fraction gives it ('71,4 (85/119)')", () => {
    expect(bracketedRow("Positiv stegförflyttning   71,4 (85/119)   66,1 (74/112)")).toEqual({
      row: expect.stringMatching(/^Positiv stegförflyttning\s+71,4 %\s+66,1 %\s*$/),
    });
  });

  it("is a count with parts where it has no decimal, and a wrong fraction leaves the row unread (must not fire)", () => {
    expect(bracketedRow("Deltagare   30 (12/40)")).toEqual({ reason: expect.stringContaining("do not add up") });
    expect(bracketedRow("Positiv stegförflyttning   61,4 (85/119)")).toEqual({
      reason: expect.stringContaining("is not 85 of 119"),
    });
  });
});
