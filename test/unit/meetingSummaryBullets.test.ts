/**
 * A board meeting told after the fact as bullets (a web summary): each decision bullet ending with
 * its item's number in brackets is that item, decided in the past passive; a heading standing alone
 * that quotes the closed year's report ("Kort om 2026 – ur årsredovisningen") heads a passage read
 * as a report on that year.
 */
import { describe, expect, it } from "vitest";
import { documentFacts } from "../support/manifestEntry.ts";

const summary = (lines: string[]) =>
  documentFacts({ federation: "strandmo", kind: "board_minutes", date: "2027-03-04" }, lines);

const article = [
  "Finsam Strandmo",
  "",
  "Nytt från styrelsemötet den 4 mars 2027",
  "",
  "Styrelsen träffades den 4 mars kl. 9.00–11.30 i Strandmo.",
  "",
  "Beslut",
  "",
  "  • Verksamhetsberättelsen för 2026 fastställdes (§ 12).",
  "  • Projektet Nästa steg beviljades 410 000 kronor för hösten 2027",
  "    (§ 13). Sökt belopp var 500 000 kronor.",
  "  • En ansökan om en studieresa avslogs (§ 14).",
  "",
  "Kort om 2026 – ur årsredovisningen",
  "",
  "  • 212 personer deltog i förbundets insatser under 2026.",
  "  • Årets resultat blev ett överskott på 180 000 kronor.",
  "",
  "Övrigt",
  "",
  "  • Nästa möte hålls den 6 maj.",
];

describe("a board meeting summarised in bullets", () => {
  it("reads each bullet with its item's number as that item's decision, wrapped lines and all", () => {
    const d = summary(article).filter((f) => f.table === "decision");
    expect(d.map((x) => `${x.item_ref}:${x.outcome}`)).toEqual(["§12:approved", "§13:approved", "§14:rejected"]);
    expect(d.find((x) => x.item_ref === "§13")?.amount_sek).toBe(410_000);
  });

  it("reads the passage under a heading quoting the closed year's report as that year's", () => {
    const f = summary(article);
    const enrolled = f.find((x) => x.table === "participant_count" && x.measure === "enrolled" && x.gender === "all");
    expect(enrolled).toMatchObject({ year: 2026, value: 212 });
    expect(f.find((x) => x.table === "finance" && x.item === "result")).toMatchObject({
      year: 2026,
      basis: "actual",
      amount_sek: 180_000,
    });
  });

  it("makes no item of a bullet without a number, and no decision of a past passive without one (must not fire)", () => {
    const plain = [
      "Nytt från styrelsemötet den 4 mars 2027",
      "",
      "  • Verksamhetsberättelsen för 2026 fastställdes.",
      "  • Projektet Nästa steg beviljades 410 000 kronor redan 2025.",
    ];
    expect(summary(plain).filter((x) => x.table === "decision")).toEqual([]);
  });

  it("reads no year from a heading over next year's budget (must not fire)", () => {
    const budget = [
      "Nytt från styrelsemötet den 4 mars 2027",
      "",
      "Kort om 2027 – ur budgeten",
      "",
      "  • 230 personer beräknas delta i förbundets insatser.",
    ];
    expect(summary(budget).filter((x) => x.table === "participant_count")).toEqual([]);
  });
});
