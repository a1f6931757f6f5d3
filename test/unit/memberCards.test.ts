/**
 * One card per member ("MEDLEMSKORT | X KOMMUN") with its fee and the participants from its area:
 * the fees read as the card's member's where the cards add up as the shares do. Made-up federation.
 */
import { describe, expect, it } from "vitest";
import { parseMemberCards } from "../../loaders/extract/general/memberCards.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const cards = (stateFee = "1 500 000 kr") => [
  "Samordningsförbundet Lönnmora",
  "Medlemsdialog om verksamhetsåret 2024",
  "",
  "MEDLEMSKORT | LÖNNMORA KOMMUN",
  "  Medlemsavgift 2024            460 000 kr   (38 kr per invånare)",
  "  Budgeterad avgift 2025        470 000 kr",
  "  Deltagare från kommunen           52",
  "",
  "MEDLEMSKORT | ÅSKEDALS KOMMUN",
  "  Medlemsavgift 2024            290 000 kr   (38 kr per invånare)",
  "  Budgeterad avgift 2025        300 000 kr",
  "  Deltagare från kommunen           27",
  "",
  "MEDLEMSKORT | REGION LÖNNMARK",
  "  Medlemsavgift 2024            750 000 kr",
  "  Budgeterad avgift 2025        770 000 kr",
  "",
  "MEDLEMSKORT | FÖRSÄKRINGSKASSAN OCH ARBETSFÖRMEDLINGEN",
  `  Statlig tilldelning 2024    ${stateFee}`,
  "  Statlig tilldelning 2025    uppgift saknas",
];
const fees = (lines: string[]) =>
  (parseMemberCards(docOf(lines, 2024)).facts as AnyFact[]).map(
    (f) => `${f.year}:${f.basis}:${f.member}=${f.amount_sek}`,
  );

describe("member cards", () => {
  it("reads each card's fee as its member's, a later year's as a budget", () => {
    expect(fees(cards())).toEqual(
      expect.arrayContaining([
        "2024:actual:Lönnmora kommun=460000",
        "2024:actual:Åskedals kommun=290000",
        "2024:actual:Region Lönnmark=750000",
        "2024:actual:Staten=1500000",
        "2025:budget:Region Lönnmark=770000",
        "2025:budget:Lönnmora kommun=470000",
      ]),
    );
  });

  it("stores no year's fees the shares do not confirm, and never kronor per inhabitant", () => {
    const f = fees(cards("1 400 000 kr"));
    expect(f.filter((x) => x.startsWith("2024:"))).toEqual([]);
    expect(f.filter((x) => x.startsWith("2025:"))).toHaveLength(3);
    expect(f.join(" ")).not.toMatch(/=38\b/);
  });

  it("never reads a card's participants as the federation's", () => {
    const facts = parseAnnualReport(docOf(cards(), 2024)).facts as AnyFact[];
    expect(facts.filter((f) => f.table === "participant_count" && [52, 27].includes(f.value))).toEqual([]);
  });

  it("adds no coverage row of its own beside the members' section's (one row per section)", () => {
    expect(parseMemberCards(docOf(cards(), 2024)).coverage).toEqual([]);
  });

  it("reads nothing from a single card", () => {
    expect(fees(cards().slice(0, 8))).toEqual([]);
  });
});
