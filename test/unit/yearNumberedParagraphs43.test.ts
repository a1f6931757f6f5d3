/**
 * Minutes whose paragraphs are numbered within their year ("§ 7/2026"): the year is no part of the
 * item's number or title, an item on the federation's annual report still retells the federation's
 * year, and an official present for one item keeps the item in a note. Made-up federation and people.
 */
import { describe, expect, it } from "vitest";
import { documentFacts } from "../support/manifestEntry.ts";

const MINUTES = (suffix: string, title = "Bokslut och årsredovisning 2025") => [
  "Raviks samordningsförbund",
  "Protokoll fört vid styrelsens sammanträde 2026-02-12",
  "",
  "Närvarande ledamöter",
  "  Gun Rask, Raviks kommun, ordförande",
  "  Åke Fors, Region Ravmark",
  "Övriga närvarande",
  "  Lisa Ström, förbundschef",
  `  Omar Said, controller, § 5${suffix}`,
  "",
  `§ 4${suffix}  Val av justerare`,
  "Styrelsen beslutar att utse Åke Fors att justera protokollet.",
  "",
  `§ 5${suffix}  ${title}`,
  "Omar Said presenterade bokslutet. Verksamhetens intäkter blev 4 100 000 kr.",
  "Insatserna hade 96 deltagare under året, varav 50 kvinnor och 46 män, och 39 av dem var nya.",
  "Styrelsen beslutar att godkänna årsredovisningen.",
  "",
  `§ 6${suffix}  Ansökan – Nästa steg, Raviks kommun`,
  "Raviks kommun ansöker om 300 000 kr. Styrelsen beslutar att bevilja 250 000 kr för perioden 2026-04-01–2026-12-31.",
];
const facts = (lines: string[]) =>
  documentFacts({ federation: "ravik", kind: "board_minutes", date: "2026-02-12" }, lines);

describe("paragraphs numbered within their year (stop 43)", () => {
  it("reads the items' numbers and titles without the year", () => {
    const decisions = facts(MINUTES("/2026")).filter((f) => f.table === "decision");
    expect(decisions.map((d) => `${d.item_ref} ${d.title}`)).toEqual([
      "§4 Val av justerare",
      "§5 Bokslut och årsredovisning 2025",
      "§6 Ansökan – Nästa steg, Raviks kommun",
    ]);
    // The year after the slash is no amount.
    expect(facts(MINUTES("/2026")).some((f) => f.amount_sek === 2026 || f.value === 2026)).toBe(false);
  });

  it("reads the item on the annual report as the federation's year, as with plain paragraphs", () => {
    const counts = (lines: string[]) =>
      lines &&
      facts(lines)
        .filter((f) => f.table === "participant_count")
        .map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`)
        .sort();
    expect(counts(MINUTES("/2026"))).toEqual(
      ["2025:enrolled/all=96", "2025:enrolled/man=46", "2025:enrolled/woman=50", "2025:new/all=39"].sort(),
    );
    expect(counts(MINUTES("/2026"))).toEqual(counts(MINUTES("")));
  });

  it("reads no more with the year after the § than without it, on a part of the year (must not fire)", () => {
    const part = (suffix: string) =>
      facts(MINUTES(suffix, "Delårsrapport januari–juni 2025"))
        .filter((f) => f.table === "participant_count")
        .map((f) => `${f.year}:${f.measure}=${f.value}`);
    expect(part("/2026")).toEqual(part(""));
    expect(part("/2026").filter((g) => g.startsWith("2025:"))).toEqual([]);
  });

  it("keeps an official present for one item as an official, the item in the note", () => {
    const officials = facts(MINUTES("/2026")).filter((f) => f.table === "attendance" && f.role === "official");
    expect(officials.map((f) => `${f.person}|${f.note}`)).toEqual([
      "Lisa Ström|förbundschef",
      "Omar Said|controller, § 5/2026",
    ]);
  });

  it("reads no member or deputy from the officials' lines (must not fire)", () => {
    const people = facts(MINUTES("/2026")).filter((f) => f.table === "attendance" && f.role !== "official");
    expect(people.map((f) => f.person).sort()).toEqual(["Gun Rask", "Åke Fors"]);
  });
});

describe("labelled attendance lines (stop 43)", () => {
  const HEAD = (lines: string[]) => [
    "Raviks samordningsförbund",
    "Protokoll fört vid styrelsens sammanträde 2026-02-12",
    "",
    "Beslutande",
    "  Gun Rask, Raviks kommun",
    "  Åke Fors, Region Ravmark",
    ...lines,
    "",
    "§ 1  Val av justerare",
    "Styrelsen beslutar att utse Åke Fors att justera protokollet.",
  ];
  const people = (lines: string[]) =>
    documentFacts({ federation: "ravik", kind: "board_minutes", date: "2026-02-12" }, HEAD(lines))
      .filter((f) => f.table === "attendance")
      .map((f) => `${f.person}|${f.role}|${f.note ?? ""}`);

  it("reads an official's sentence with a role in brackets as the official, the role in the note", () => {
    expect(people(["", "Dessutom närvarande: Lena Berg, förbundschef (protokollförare)."])).toContain(
      "Lena Berg|official|förbundschef (protokollförare)",
    );
  });

  it("ends a label's names at a second label after a wide gap, never reading it as a person (must not fire)", () => {
    const got = people(["", "Ordförande: Gun Rask          Justerare: Åke Fors"]);
    expect(got.some((g) => /Justerare|:/.test(g))).toBe(false);
    expect(got.filter((g) => g.startsWith("Åke Fors")).length).toBe(1);
  });
});

describe("a grant's recipient named in an item's title after the money's word (stop 43)", () => {
  const ITEM = (title: string, decision = "Styrelsen beviljar 240 000 kr för tiden 2026-04-01–2026-12-31.") => [
    "Raviks samordningsförbund",
    "Protokoll fört vid styrelsens sammanträde 2026-02-12",
    "",
    `§ 7  ${title}`,
    "Raviks kommun söker 300 000 kr för 2026.",
    decision,
  ];
  const allocations = (lines: string[]) =>
    documentFacts({ federation: "ravik", kind: "board_minutes", date: "2026-02-12" }, lines)
      .filter((f) => f.table === "allocation")
      .map((f) => `${f.recipient}=${f.amount_sek} ${f.period_start}–${f.period_end}`);

  it("reads 'Projektmedel – Name' as the grant's recipient", () => {
    expect(allocations(ITEM("Projektmedel – Vägen framåt"))).toEqual(["Vägen framåt=240000 2026-04-01–2026-12-31"]);
  });

  it("names no recipient from a title without a name after a dash, and grants nothing rejected (must not fire)", () => {
    expect(allocations(ITEM("Projektmedel 2026"))).toEqual([]);
    expect(allocations(ITEM("Projektmedel – Vägen framåt", "Styrelsen avslår ansökan."))).toEqual([]);
  });
});
