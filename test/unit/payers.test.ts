import { describe, expect, it } from "vitest";
import { paidByPayer } from "../../loaders/site/payers.ts";

const row = (
  member_type: "state" | "social_insurance_agency" | "region" | "municipality",
  amount_sek: number,
  basis = "actual",
) => ({
  federation_id: "x",
  year: 2024,
  basis,
  member_type,
  amount_sek,
  document_id: "x/2024-annual-report",
});

describe("contributions per payer", () => {
  it("sums FK, AF and the joint grant as the state, and the municipalities together", () => {
    expect(
      paidByPayer([
        row("state", 4_000_000),
        row("social_insurance_agency", 100),
        row("region", 2_000_000),
        row("municipality", 1_200_000),
        row("municipality", 800_000),
      ]),
    ).toEqual([
      {
        federation_id: "x",
        year: 2024,
        payer: "Kommunerna",
        amount_sek: 2_000_000,
        document_id: "x/2024-annual-report",
      },
      { federation_id: "x", year: 2024, payer: "Region", amount_sek: 2_000_000, document_id: "x/2024-annual-report" },
      {
        federation_id: "x",
        year: 2024,
        payer: "Staten (FK och AF)",
        amount_sek: 4_000_100,
        document_id: "x/2024-annual-report",
      },
    ]);
  });

  it("leaves out budgets, and gives no row (not zero) for a payer that paid nothing recorded", () => {
    expect(paidByPayer([row("region", 2_000_000), row("municipality", 9, "budget")])).toEqual([
      { federation_id: "x", year: 2024, payer: "Region", amount_sek: 2_000_000, document_id: "x/2024-annual-report" },
    ]);
  });
});
