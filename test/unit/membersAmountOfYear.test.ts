/**
 * A members' table whose amount column is named by what it is and its year ("Bidrag 2024") beside
 * a share column, its amounts right-aligned: each cell placed by the header. Made-up federation.
 */
import { describe, expect, it } from "vitest";
import { isColumnCell } from "../../loaders/extract/general/columnHeaders.ts";
import { documentFacts, type EntryOptions } from "../support/manifestEntry.ts";

const entry: EntryOptions = { federation: "tuvesta" };
const members = (share: string) =>
  documentFacts(entry, [
    "Samordningsförbundet Tuvesta",
    "Årsredovisning 2024",
    "",
    "Medlemmarnas bidrag",
    "",
    "Medlem                         Andel       Bidrag 2024",
    "Försäkringskassan              50 %          1 800 000",
    "Region Tuvesta                 25 %            900 000",
    `Tuvesta kommun                 ${share} %            540 000`,
    "Lillö kommun                   10 %            360 000",
    "Summa                         100 %          3 600 000",
  ])
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}=${f.amount_sek}`);

describe("a members' amount column named 'Bidrag 2024'", () => {
  it("is a column of the header, and a member's cell under it is read by position", () => {
    expect(isColumnCell("Bidrag 2024")).toBe(true);
    expect(isColumnCell("Medlemsavgift 2025 (tkr)")).toBe(true);
    expect(members("15")).toEqual(
      expect.arrayContaining(["Tuvesta kommun=540000", "Lillö kommun=360000", "Region Tuvesta=900000"]),
    );
  });

  it("keeps a row whose share disagrees with its amount unread", () => {
    expect(members("18")).not.toContain("Tuvesta kommun=540000");
  });
});
