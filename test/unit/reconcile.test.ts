/**
 * Reconciliation: a gap that whole-kronor rounding explains is a note (info), a larger one a
 * disagreement (warning); both keep both values and both source lines.
 */
import { describe, expect, it } from "vitest";
import type { QualityRow } from "../../loaders/normalize/qualityRow.ts";
import { moneyGapSeverity, reconcile } from "../../loaders/warehouse/reconcile.ts";
import type { RowOf } from "../../loaders/schema/tables.ts";

const money = (year: number, item: string, amount: number, line: number): RowOf<"finance"> => ({
  federation_id: "testforbund",
  year,
  basis: "actual",
  item,
  amount_sek: amount,
  value: null,
  source_label: item,
  document_id: "testforbund/2024-annual-report",
  source_line: line,
  confirmed_by: null,
});

function findingsFor(finance: RowOf<"finance">[], checkId: string): QualityRow[] {
  return reconcile({ finance }).filter((f) => f.check_id === checkId);
}

describe("moneyGapSeverity", () => {
  it("allows ⌊(n + 1) / 2⌋ kr for n rounded terms", () => {
    expect(moneyGapSeverity(100, 101, 1).severity).toBe("info");
    expect(moneyGapSeverity(100, 102, 1).severity).toBe("warning");
    expect(moneyGapSeverity(100, 101, 2).severity).toBe("info");
    expect(moneyGapSeverity(100, 102, 2).severity).toBe("warning");
    expect(moneyGapSeverity(100, 98, 3).severity).toBe("info");
    expect(moneyGapSeverity(100, 97, 3).severity).toBe("warning");
    expect(moneyGapSeverity(100, 101, 2).note).toContain("differs by 1 kr");
  });
});

describe("reconcile: money identities", () => {
  it("notes a 1 kr equity roll gap as rounding, with both lines", () => {
    // The seed's own case: 3 853 654 − 2 514 752 = 1 338 902, the report says 1 338 903.
    const [f] = findingsFor(
      [
        money(2023, "equity_start", 3853654, 962),
        money(2023, "result", -2514752, 920),
        money(2023, "equity_end", 1338903, 134),
      ],
      "identity.equity_roll",
    );
    expect(f).toMatchObject({
      severity: "info",
      value: "1338903",
      other_value: "1338902",
      source_line: 134,
      other_source_line: 962,
    });
    expect(f!.message).toContain("within the rounding of whole kronor");
  });

  it("raises a larger equity roll gap as a warning", () => {
    const [f] = findingsFor(
      [money(2023, "equity_start", 1000, 1), money(2023, "result", 500, 2), money(2023, "equity_end", 1400, 3)],
      "identity.equity_roll",
    );
    expect(f).toMatchObject({ severity: "warning", value: "1400", other_value: "1500" });
    expect(f!.message).not.toContain("rounding");
  });

  it("says nothing when the identity holds", () => {
    expect(
      findingsFor(
        [money(2023, "equity_start", 1000, 1), money(2023, "result", 500, 2), money(2023, "equity_end", 1500, 3)],
        "identity.equity_roll",
      ),
    ).toEqual([]);
  });

  it("allows 2 kr on revenue − costs + financial = result, not 3", () => {
    const base = [
      money(2024, "revenue_operating", 16189674, 920),
      money(2024, "cost_operating", 18000000, 930),
      money(2024, "revenue_financial", 1000, 940),
    ];
    expect(findingsFor([...base, money(2024, "result", -1809324, 950)], "identity.result")[0]!.severity).toBe("info");
    expect(findingsFor([...base, money(2024, "result", -1809323, 950)], "identity.result")[0]!.severity).toBe(
      "warning",
    );
  });

  it("notes a 1 kr cash carry-over gap as rounding", () => {
    const [f] = findingsFor(
      [money(2023, "cash_end", 5277654, 1000), money(2024, "cash_start", 5277655, 1023)],
      "identity.cash_carry",
    );
    expect(f).toMatchObject({ severity: "info", value: "5277655", other_value: "5277654" });
  });
});
