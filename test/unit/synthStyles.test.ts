/**
 * The style generator over many years (loaders/synth/styles/): a world with a span gives one series
 * of figures for all its report years, so each report's prior-year figures are the previous
 * report's, every identity holds in every year, and a federation's layout (from one layout seed,
 * a generator per section) stays the same from year to year while its figures change.
 */
import { describe, expect, it } from "vitest";
import type { GeneratedTruth } from "../../loaders/synth/styles/doc.ts";
import { storedFromShown } from "../../loaders/synth/styles/format.ts";
import { generate, layoutRngs, renderReport } from "../../loaders/synth/styles/generate.ts";
import { makeRng } from "../../loaders/synth/styles/prng.ts";
import { inYear, makeWorld, memberId, type World } from "../../loaders/synth/styles/world.ts";

const FIRST = 2012;
const LAST = 2024;
const SEEDS = Array.from({ length: 12 }, (_, i) => 101 + i);

const spanWorld = (seed: number) => makeWorld(makeRng(seed), seed, { span: { first: FIRST, last: LAST } });
const reports = (w: World, layout: number) => {
  const out = new Map<number, ReturnType<typeof renderReport>>();
  for (let y = FIRST; y <= LAST; y++) out.set(y, renderReport(layout, inYear(w, y), layoutRngs(layout)));
  return out;
};

/** Every core figure of a truth by its key (table, year and what it counts). */
function figures(t: GeneratedTruth): Map<string, { value: number; layer: string }> {
  const out = new Map<string, { value: number; layer: string }>();
  for (const r of t.finance) out.set(`finance|${r.year}|${r.basis}|${r.item}`, { value: r.amount_sek, layer: r.layer });
  for (const r of t.member_contribution)
    out.set(`contribution|${r.year}|${r.member_id}`, { value: r.amount_sek, layer: r.layer });
  for (const r of t.participant_count)
    out.set(`count|${r.year}|${r.measure}|${r.gender}`, { value: r.value, layer: r.layer });
  for (const r of t.participant_breakdown) out.set(`exit|${r.year}|${r.category}`, { value: r.value, layer: r.layer });
  return out;
}

const FINANCE = {
  revenue_operating: "revenue",
  cost_operating: "cost",
  operating_result: "operating",
  result: "result",
  equity_end: "equity",
  assets_total: "assets",
} as const;

describe("a world over a span of report years", () => {
  it("has figures from five years before the first report year to the last, and every report year's budget", () => {
    const w = spanWorld(7);
    expect(Object.keys(w.finance).map(Number)).toEqual(
      Array.from({ length: LAST - FIRST + 6 }, (_, i) => FIRST - 5 + i),
    );
    expect(w.year).toBe(LAST);
    for (let y = FIRST; y <= LAST; y++) {
      const seen = inYear(w, y);
      expect(seen.year).toBe(y);
      expect(seen.budget).toBe(w.series!.budget[y]);
      expect(seen.interventions.reduce((a, i) => a + i.enrolled, 0)).toBe(w.participants[y]!.enrolled);
    }
    expect(() => inYear(w, LAST + 1)).toThrow(/not a report year/);
    expect(() => inYear(makeWorld(makeRng(7), 7), 2020)).toThrow(/not a report year/);
  });

  it("keeps every identity in every year: sums, results, equity carried, the funding split", () => {
    for (const seed of SEEDS) {
      const w = spanWorld(seed);
      for (let y = FIRST - 4; y <= LAST; y++) {
        const f = w.finance[y]!;
        expect(f.revenue - f.cost).toBe(f.operating);
        expect(f.operating + f.finIncome - f.finCost).toBe(f.result);
        expect(w.finance[y - 1]!.equity + f.result).toBe(f.equity);
        const p = w.participants[y]!;
        expect(p.women + p.men).toBe(p.enrolled);
        expect(p.work + p.studies + p.jobSeeker + p.rehab + p.otherExit).toBe(p.exited);
        const c = w.contributions[y]!;
        const total = Object.values(c).reduce((a, b) => a + b, 0);
        expect(c[memberId(w, "state")]).toBe(total / 2);
        expect(f.revenue).toBeGreaterThanOrEqual(total);
      }
    }
  });

  it("gives reports whose prior-year figures are the previous report's, and every figure the world's", () => {
    let compared = 0;
    for (const seed of SEEDS) {
      const w = spanWorld(seed);
      const byYear = reports(w, seed);
      for (let y = FIRST; y <= LAST; y++) {
        const now = figures(byYear.get(y)!.truth);
        // Every figure is the world's, as its unit shows it (kr, or rounded to tkr or Mkr).
        for (const r of byYear.get(y)!.truth.finance) {
          if (r.basis !== "actual") continue;
          const v = w.finance[r.year]![FINANCE[r.item]];
          expect([v, storedFromShown(v, "tkr"), storedFromShown(v, "mkr")]).toContain(r.amount_sek);
        }
        for (const r of byYear.get(y)!.truth.participant_count) {
          const p = w.participants[r.year]!;
          const v = {
            enrolled: { all: p.enrolled, woman: p.women, man: p.men },
            new: { all: p.new },
            exited: { all: p.exited },
          };
          expect(r.value).toBe((v[r.measure] as Record<string, number>)[r.gender] ?? r.value);
        }
        if (y === FIRST) continue;
        // The same layout writes the year before in the same way in both reports.
        const before = figures(byYear.get(y - 1)!.truth);
        for (const [key, f] of now) {
          const prev = before.get(key);
          if (!key.includes(`|${y - 1}|`) || !prev || prev.layer !== f.layer) continue;
          expect(f.value, `${key} in ${y} against ${y - 1} (seed ${seed})`).toBe(prev.value);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("keeps a layout's tables from year to year and changes its figures; another layout seed, another layout", () => {
    // Prose may word a year differently (a small number in words, a loss by word); tables may not.
    const PROSE = new Set(["number-in-words", "hyphenated-prose", "negative-by-word", "prior-in-parens", "varav"]);
    const tableFeatures = (g: { features: string[] }) => g.features.filter((f) => !PROSE.has(f));
    let differentLayouts = 0;
    for (const seed of SEEDS) {
      const w = spanWorld(seed);
      const byYear = reports(w, seed);
      const first = byYear.get(FIRST)!;
      for (const [y, g] of byYear) {
        expect(tableFeatures(g), `seed ${seed} ${y}`).toEqual(tableFeatures(first));
        if (y !== FIRST) expect(g.text).not.toBe(first.text);
      }
      const other = renderReport(seed + 1000, inYear(w, FIRST), layoutRngs(seed + 1000));
      if (tableFeatures(other).join() !== tableFeatures(first).join()) differentLayouts++;
    }
    expect(differentLayouts).toBeGreaterThan(SEEDS.length / 2);
  });

  it("leaves the one-year world and its document as they were: a span is an option", () => {
    const a = generate(3);
    expect(a.world.series).toBeUndefined();
    expect(Object.keys(a.world.finance)).toHaveLength(6);
    expect(generate(3).text).toBe(a.text);
    // The same seed with a span draws the same place names and members.
    const w = makeWorld(makeRng(3), 3, { span: { first: 2020, last: 2024 } });
    expect(w.members).toEqual(a.world.members);
    expect(makeWorld(makeRng(3), 3, { id: "syntetisk-9", name: "Samordningsförbundet SYNTETISKT 9" }).id).toBe(
      "syntetisk-9",
    );
  });

  it("refuses a span that runs backwards", () =>
    expect(() => makeWorld(makeRng(1), 1, { span: { first: 2024, last: 2020 } })).toThrow(/span/));
});
