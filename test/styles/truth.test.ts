/**
 * The style corpus's truth checked against itself and its documents (no CLI needed): every
 * truth file parses, every cited text is in its document, the hand-extracted figures satisfy
 * the accounting identities, and the comparison used by styleReports.test.ts can fail.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brokenConditions, scoreCoreFigures } from "./compare.ts";
import { documentPath, expectations, readTruth } from "./truth.ts";

const STYLES = ["prose", "numbered", "tkr", "positioned", "ocr", "image-only"] as const;
/** Styles whose truth lists every exit destination (the OCR one leaves a noisy one out). */
const COMPLETE_EXITS = new Set(["prose", "numbered", "tkr"]);

describe.each(STYLES)("truth of style %s", (style) => {
  const truth = readTruth(style);
  const isText = truth.document.file.endsWith(".txt");

  it.skipIf(!isText)("cites only text that is in the document", () => {
    const lines = readFileSync(documentPath(truth), "utf8").split(/\r?\n/);
    const cited = [
      ...expectations(truth).map((e) => e.text),
      ...truth.extra.map((x) => x.text),
      ...truth.must_not_store.map((m) => m.line),
      ...truth.findings.map((f) => f.line),
    ];
    const absent = cited.filter((c) => !lines.some((l) => l.includes(c)));
    expect(absent).toEqual([]);
  });

  it("has figures that agree with each other", () => {
    const count = (year: number, measure: string, gender: string) =>
      truth.participant_count.find((r) => r.year === year && r.measure === measure && r.gender === gender)?.value;
    for (const year of new Set(truth.participant_count.map((r) => r.year))) {
      const [all, w, m] = [
        count(year, "enrolled", "all"),
        count(year, "enrolled", "woman"),
        count(year, "enrolled", "man"),
      ];
      if (all !== undefined && w !== undefined && m !== undefined) expect(w + m, `women + men ${year}`).toBe(all);
      const exited = count(year, "exited", "all");
      const exits = truth.participant_breakdown.filter((r) => r.year === year).reduce((a, r) => a + r.value, 0);
      if (exited !== undefined && COMPLETE_EXITS.has(style)) expect(exits, `exit destinations ${year}`).toBe(exited);
      if (exited !== undefined) expect(exits).toBeLessThanOrEqual(exited);
    }
    const fin = (year: number, basis: string, item: string) =>
      truth.finance.find((r) => r.year === year && r.basis === basis && r.item === item)?.amount_sek;
    for (const { year, basis } of truth.finance) {
      const [rev, cost, op] = [
        fin(year, basis, "revenue_operating"),
        fin(year, basis, "cost_operating"),
        fin(year, basis, "operating_result"),
      ];
      if (rev !== undefined && cost !== undefined && op !== undefined)
        expect(rev - cost, `operating result ${year} ${basis}`).toBe(op);
      const contributions = truth.member_contribution
        .filter((r) => r.year === year && r.basis === basis)
        .reduce((a, r) => a + r.amount_sek, 0);
      if (rev !== undefined) expect(contributions).toBeLessThanOrEqual(rev);
    }
    for (const r of truth.member_contribution) expect(r.member_id.startsWith(`${truth.federation.id}/`)).toBe(true);
  });
});

describe("the comparison can fail", () => {
  const truth = readTruth("tkr");
  const exp = expectations(truth);
  const finance = truth.finance.map((r) => ({
    federation_id: "fjallby-ravnas",
    year: r.year,
    basis: r.basis,
    item: r.item,
    amount_sek: String(r.amount_sek),
  }));

  it("counts right, wrong (a tkr amount stored as kronor) and missing figures", () => {
    const rows = finance.map((r) =>
      r.item === "revenue_operating" && r.year === 2022 ? { ...r, amount_sek: "4212" } : r,
    );
    const s = scoreCoreFigures(exp, { finance: rows });
    expect(s.right).toHaveLength(truth.finance.length - 1);
    expect(s.wrong).toEqual([
      expect.stringContaining('finance 2022 actual revenue_operating: amount_sek "4212" (expected 4212000)'),
    ]);
    expect(s.missing).toHaveLength(exp.length - truth.finance.length);
    expect(s.total).toBe(exp.length);
  });

  it("breaks a must-not-store condition when the mislabelled unit is trusted", () => {
    expect(brokenConditions(truth, { finance })).toEqual([]);
    const broken = brokenConditions(truth, {
      member_contribution: [
        { federation_id: "fjallby-ravnas", member_id: "fjallby-ravnas/state", year: 2022, amount_sek: "2100000000" },
      ],
    });
    expect(broken).toEqual([expect.stringContaining("[mislabelled unit]")]);
  });
});
