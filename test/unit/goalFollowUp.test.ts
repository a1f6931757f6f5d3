import { describe, expect, it } from "vitest";
import { parseGoalFollowUp } from "../../loaders/extract/templates/kalmar/parseGoalFollowUp.ts";
import { docOf, factKey, reportLines, type AnyFact } from "../helpers.ts";

const goals = (lines: string[]) => parseGoalFollowUp(docOf(lines)).facts as AnyFact[];
const byIndicator = (facts: AnyFact[], indicator: string) => facts.find((f) => f.indicator === indicator);

/** The goal table's lines in the seed, cut into its level blocks (heading line → block). */
function levelBlocks(lines: string[]) {
  const start = lines.findIndex((l) => /^Resultatmål\b/.test(l.trim()));
  const end = lines.findIndex((l, i) => i > start && /Uppföljning och resultat för individinriktade/.test(l));
  const heads = lines.map((l, i) => (i > start && i < end && /^\s*Mål på/.test(l) ? i : -1)).filter((i) => i >= 0);
  const blocks = heads.map((h, k) => lines.slice(h, heads[k + 1] ?? end));
  return { start, end, heads, blocks };
}

describe("goal follow-up on the real report", () => {
  const facts = goals(reportLines());

  it("finds all four levels and ten goals", () => {
    expect(new Set(facts.map((f) => f.level))).toEqual(
      new Set(["individual", "structural", "organisational", "financial"]),
    );
    expect(facts).toHaveLength(10);
  });

  it("reads target and outcome for percentage goals", () => {
    expect(byIndicator(facts, "positive_step_rate_reported")).toMatchObject({
      level: "individual",
      target: 50,
      outcome: 57,
      unit: "percent",
      approximate: true,
      assessment: "Målet har uppnåtts",
    });
    expect(byIndicator(facts, "participants_experienced_positive_step_share")).toMatchObject({
      target: 100,
      outcome: 87.2,
    });
    expect(byIndicator(facts, "staff_collaboration_benefit_share")).toMatchObject({
      level: "structural",
      target: 100,
      outcome: 98.1,
    });
    expect(byIndicator(facts, "intervention_budget_deviation")).toMatchObject({ target: 5, outcome: 2.7 });
    expect(byIndicator(facts, "share_to_interventions_reported")).toMatchObject({ target: 75, outcome: 81.2 });
  });

  it("reads the equity goal as a cap and an outcome in kronor", () => {
    expect(byIndicator(facts, "equity_within_guideline")).toMatchObject({
      level: "financial",
      target: 2730000,
      outcome: 20779,
      unit: "sek",
    });
  });

  it("keeps qualitative goals as text, with every assessment", () => {
    const org = byIndicator(facts, "federation_presented_to_stakeholders")!;
    expect(org).toMatchObject({ level: "organisational", unit: "text", target: null, outcome: null });
    expect(org.assessment).toContain("fem informationer");
  });

  it("traces each goal to the line where its text starts", () => {
    const lines = reportLines();
    for (const f of facts) expect(lines[f.line - 1]).toContain(f.goal_text.split(" ").slice(0, 3).join(" "));
  });
});

describe("goal follow-up on altered copies", () => {
  const seed = reportLines();
  const base = new Set(goals(seed).map(factKey));

  it("gives the same goals when the levels are reordered", () => {
    const { start, end, heads, blocks } = levelBlocks(seed);
    const reordered = [...seed.slice(0, heads[0]!), ...[...blocks].reverse().flat(), ...seed.slice(end)];
    expect(reordered.length).toBe(seed.length);
    expect(start).toBeGreaterThan(0);
    expect(new Set(goals(reordered).map(factKey))).toEqual(base);
  });

  it("reads level headings written as 'Individnivå' and unwrapped 'Mål på organisationsnivå'", () => {
    const altered = seed.map((l) =>
      l
        .replace(/^Mål på individnivå/, "Individnivå")
        .replace(/^Mål på\s*$/, "Mål på organisationsnivå")
        .replace(/^organisations-nivå\s*$/, ""),
    );
    expect(altered).not.toEqual(seed);
    expect(new Set(goals(altered).map(factKey))).toEqual(base);
  });

  it("reads goals whose bullets are merged onto one line", () => {
    const altered = seed.map((l) => l);
    const i = altered.findIndex((l) => /^• 100 % av deltagarna ska\s*$/.test(l));
    altered.splice(i, 3, `${altered[i]!.trim()} ${altered[i + 2]!.trim()}`, "", "");
    const facts = goals(altered);
    expect(byIndicator(facts, "participants_experience_support_share")).toMatchObject({ target: 100, outcome: 98.3 });
  });

  it("says so when the table is missing, and emits nothing", () => {
    const { end } = levelBlocks(seed);
    const heading = seed.findIndex((l) => /Uppföljning och resultat utifrån Verksamhetsplanen/.test(l));
    const cut = [...seed.slice(0, heading), ...seed.slice(end)];
    const out = parseGoalFollowUp(docOf(cut));
    expect(out.facts).toHaveLength(0);
    expect(out.coverage[0]).toMatchObject({ section: "goals", status: "missing" });
  });
});
