/**
 * Generated minutes (loaders/synth/styles/minutes.ts): a board meeting of a generated federation
 * rendered from its world in the federation's minutes layout, with a truth whose every figure
 * stands on the line it cites, agrees with the world, and names no one who was away and no grant
 * that was turned down.
 */
import { describe, expect, it } from "vitest";
import {
  boardOf,
  layoutFeatures,
  minutesLayout,
  MINUTES_MARK,
  renderMinutes,
  type MeetingKind,
  type MinutesLayout,
} from "../../loaders/synth/styles/minutes.ts";
import { makeRng } from "../../loaders/synth/styles/prng.ts";
import { makeWorld, memberId, type World } from "../../loaders/synth/styles/world.ts";
import { SYNTHETIC_WORD } from "../../loaders/warehouse/syntheticData.ts";

const FIRST = 2020;
const LAST = 2024;
const world = (seed: number): World =>
  makeWorld(makeRng(seed), seed, { span: { first: FIRST, last: LAST }, id: `syntetisk-${seed}`, name: "Förbundet" });

const render = (seed: number, kind: MeetingKind, year: number, layout?: MinutesLayout) => {
  const w = world(seed);
  return renderMinutes({
    world: w,
    year,
    kind,
    layout: layout ?? minutesLayout(makeRng(seed * 31)),
    board: boardOf(makeRng(seed * 17), w),
    rng: makeRng(seed * 1000 + year + (kind === "budget" ? 0 : 500)),
    file: "m.txt",
  });
};

const SEEDS = Array.from({ length: 40 }, (_, i) => 1 + i);
const LAYOUT: MinutesLayout = {
  heading: "label-column",
  time: "dotted",
  items: "para-first",
  decision: "beslutar",
  unit: "kr",
  body: "Styrelsen",
  deputies: true,
};

describe("generated minutes", () => {
  it("cite, for every figure of the truth, a line the text holds, and put its amount or date on that line", () => {
    for (const seed of SEEDS)
      for (const kind of ["budget", "accounts"] as const) {
        const m = render(seed, kind, 2022);
        const lines = new Set(m.text.split("\n"));
        for (const f of [...m.truth.other_figures, ...m.truth.finance, ...m.truth.member_contribution])
          expect(lines.has(f.text), `${seed} ${kind}: ${f.text}`).toBe(true);
        for (const f of m.truth.member_contribution) expect(f.text.replace(/\s/g, "")).toContain(String(f.amount_sek));
        for (const f of m.truth.other_figures.filter((x) => x.table === "allocation")) {
          const amount = Number(f.key.amount_sek);
          const written = f.text.includes("tkr") ? amount / 1000 : amount;
          expect(f.text.replace(/\s/g, "")).toContain(String(written));
          expect(f.text).toContain(String(f.values.period_start));
        }
        expect(m.truth.document.date).toBe(m.date);
      }
  });

  it("decide the world's budget and fees in the autumn before the year, and approve its result in the spring after", () => {
    for (const seed of SEEDS.slice(0, 12)) {
      const w = world(seed);
      const budget = render(seed, "budget", 2023);
      expect(budget.date.slice(0, 4)).toBe("2022");
      expect(Number(budget.date.slice(5, 7))).toBeGreaterThanOrEqual(10);
      const fees = budget.truth.member_contribution;
      expect(fees.map((f) => f.amount_sek).reduce((a, b) => a + b, 0)).toBe(
        Object.values(w.contributions[2023]!).reduce((a, b) => a + b, 0),
      );
      expect(fees.find((f) => f.member_id === memberId(w, "state"))!.amount_sek).toBe(
        w.contributions[2023]![memberId(w, "state")],
      );
      const revenue = budget.truth.finance.find((f) => f.item === "revenue_operating")!;
      expect(revenue).toMatchObject({ year: 2023, basis: "budget", amount_sek: w.series!.budget[2023]!.revenue });
      const accounts = render(seed, "accounts", 2023);
      expect(accounts.date.slice(0, 4)).toBe("2024");
      expect(accounts.truth.member_contribution).toEqual([]);
      expect(accounts.truth.finance.find((f) => f.item === "result")!.amount_sek).toBe(w.finance[2023]!.result);
    }
  });

  it("mark every person and the place SYNTETISKT, and never list a member who is away as present", () => {
    expect(MINUTES_MARK).toBe(SYNTHETIC_WORD);
    let away = 0;
    for (const seed of SEEDS) {
      const m = render(seed, "budget", 2021, LAYOUT);
      const people = m.truth.other_figures.filter((f) => f.table === "attendance").map((f) => String(f.key.person));
      for (const p of people) expect(p).toMatch(/ Syntetiskt /);
      expect(m.text).toMatch(new RegExp(`Plats och tid .*\\(${SYNTHETIC_WORD}\\)`));
      for (const t of m.truth.must_not_store.filter((x) => x.table === "attendance")) {
        away++;
        expect(people).not.toContain(t.where.person);
        expect(m.text).toContain(`tjänstgörande ersättare för ${String(t.where.person)}`);
        // Listed as away, on the line the trap cites.
        expect(t.line).toMatch(new RegExp(`^(Frånvarande +| +)${String(t.where.person)}[ ,]`));
        expect(m.text.split("\n")).toContain(t.line);
      }
    }
    expect(away).toBeGreaterThan(5);
    // A table of those present names no one away, and no "Frånvarande" block.
    const table = render(4, "budget", 2021, { ...LAYOUT, heading: "attendance-table" });
    expect(table.text).not.toMatch(/Frånvarande/);
  });

  it("record a grant turned down or put off as such, never as an allocation", () => {
    let seen = 0;
    for (const seed of SEEDS) {
      const m = render(seed, "budget", 2022);
      for (const t of m.truth.must_not_store.filter((x) => x.table === "allocation")) {
        seen++;
        const amounts = m.truth.other_figures.filter((f) => f.table === "allocation").map((f) => f.key.amount_sek);
        expect(amounts).not.toContain(t.where.amount_sek);
        const outcomes = m.truth.other_figures.filter((f) => f.table === "decision").map((f) => f.values.outcome);
        expect(outcomes.some((o) => o === "rejected" || o === "postponed")).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(5);
  });

  it("write each layout's forms, and not another layout's", () => {
    const forms: [Partial<MinutesLayout>, RegExp, RegExp][] = [
      [{ items: "para-first" }, /^§ \d+ {2}Val av justerare$/m, /^\d+ § /m],
      [{ items: "para-after" }, /^\d+ § {2}Val av justerare$/m, /^§ ?\d+/m],
      [{ items: "numbered" }, /^\d+\. Val av justerare$/m, /§/],
      [{ time: "colon" }, /\b\d{2}:\d{2}-\d{2}:\d{2}\b/, /kl\. /],
      [{ time: "dotted" }, /kl\. \d{1,2}\.\d{2}–\d{1,2}\.\d{2}/, /\d{2}:\d{2}/],
      [{ decision: "beslut-label" }, /^Beslut: Dagordningen godkänns\.$/m, /beslutar att/],
      [{ decision: "att-satser" }, /^Styrelsen beslutar\natt godkänna dagordningen\.$/m, /beslutar att/],
      [{ decision: "beslutade" }, /^Styrelsen beslutade att godkänna dagordningen\.$/m, /beslutar/],
      [{ unit: "tkr" }, /beviljas? .*\d tkr för insatsen/, /\d kronor för insatsen/],
      [{ heading: "attendance-table" }, /^Namn +Representerar +Tjänstgör +Ersättare$/m, /^Beslutande /m],
      [{ heading: "colon-blocks" }, /^Närvarande ledamöter:$/m, /^Plats och tid /m],
    ];
    for (const [change, must, mustNot] of forms) {
      const layout = { ...LAYOUT, ...change };
      const m = render(3, "budget", 2022, layout);
      expect(m.text, JSON.stringify(change)).toMatch(must);
      expect(m.text, JSON.stringify(change)).not.toMatch(mustNot);
      expect(m.features).toEqual([...layoutFeatures(layout)].sort());
    }
  });

  it("give the same text for the same inputs, and a layout from its seed alone", () => {
    expect(render(9, "budget", 2022).text).toBe(render(9, "budget", 2022).text);
    expect(minutesLayout(makeRng(77))).toEqual(minutesLayout(makeRng(77)));
    const layouts = new Set(SEEDS.map((s) => JSON.stringify(minutesLayout(makeRng(s)))));
    expect(layouts.size).toBeGreaterThan(20);
  });
});
