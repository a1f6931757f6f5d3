import { describe, expect, it } from "vitest";
import { findAppendices } from "../../loaders/extract/general/findAppendices.ts";
import { parseInterventionAppendix } from "../../loaders/extract/templates/kalmar/parseInterventionAppendix.ts";
import { docOf, factKey, reportLines } from "../helpers.ts";
import type { AnyFact } from "../helpers.ts";

function parseAll(lines: string[]) {
  const doc = docOf(lines);
  const blocks = findAppendices(doc);
  const outs = blocks.map((b) => parseInterventionAppendix(doc, b));
  return { blocks, facts: outs.flatMap((o) => o.facts) as AnyFact[], findings: outs.flatMap((o) => o.findings) };
}

const count = (facts: AnyFact[], iv: string, measure: string, gender = "all") =>
  facts.find(
    (f) => f.table === "participant_count" && f.intervention === iv && f.measure === measure && f.gender === gender,
  )?.value;
const cell = (facts: AnyFact[], iv: string, population: string, dimension: string, category: string) =>
  facts.find(
    (f) =>
      f.table === "participant_breakdown" &&
      f.intervention === iv &&
      f.population === population &&
      f.dimension === dimension &&
      f.category === category,
  )?.value;

describe("intervention appendices on the real report", () => {
  const { blocks, facts, findings } = parseAll(reportLines());

  it("finds all eight appendices", () => {
    expect(blocks.map((b) => b.name)).toEqual([
      "KOMPASS",
      "KRUS",
      "Plattformen",
      "Pontibus",
      "RESA",
      "SAMBA",
      "Knutpunkten",
      "Vägknuten",
    ]);
  });

  it("reads the template's participant block", () => {
    expect(count(facts, "KOMPASS", "enrolled")).toBe(21);
    expect(count(facts, "KOMPASS", "enrolled", "woman")).toBe(12);
    expect(count(facts, "KOMPASS", "enrolled", "nonbinary")).toBe(0);
    expect(count(facts, "Vägknuten", "enrolled", "nonbinary")).toBe(1);
    expect(count(facts, "SAMBA", "exited")).toBe(24);
  });

  it("reads KRUS's second column as ongoing at year end", () => {
    expect(count(facts, "KRUS", "enrolled")).toBe(48);
    expect(count(facts, "KRUS", "ongoing")).toBe(19);
    expect(count(facts, "KRUS", "ongoing", "woman")).toBe(16);
  });

  it("treats an empty cell as not reported and 0 as a reported zero", () => {
    expect(cell(facts, "KRUS", "new", "age_band", "55-64")).toBeUndefined();
    expect(cell(facts, "Knutpunkten", "new", "age_band", "55-64")).toBe(0);
    expect(count(facts, "Pontibus", "enrolled", "nonbinary")).toBeUndefined();
  });

  it("sums finer time bands and keeps their labels", () => {
    const f = facts.find(
      (x) =>
        x.table === "participant_breakdown" &&
        x.intervention === "KRUS" &&
        x.dimension === "time_in_support" &&
        x.category === "gt_5y",
    );
    expect(f?.value).toBe(6);
    expect(f && "source_label" in f ? f.source_label : "").toContain("mer än 9 år");
  });

  it("separates post-secondary education from upper secondary", () => {
    expect(cell(facts, "KOMPASS", "new", "education", "upper_secondary")).toBe(13);
    expect(cell(facts, "KOMPASS", "new", "education", "post_secondary_3y_plus")).toBe(1);
  });

  it("reads both referral columns and the single-column variant", () => {
    expect(cell(facts, "Vägknuten", "referred_accepted", "referrer", "region")).toBe(7);
    expect(cell(facts, "Vägknuten", "referred", "referrer", "region")).toBe(11);
    expect(cell(facts, "RESA", "referred_accepted", "referrer", "municipality")).toBe(26);
  });

  it("reads the prose report (Plattformen) with inline tables", () => {
    expect(count(facts, "Plattformen", "enrolled")).toBe(51);
    expect(count(facts, "Plattformen", "enrolled", "woman")).toBe(32);
    expect(count(facts, "Plattformen", "exited", "man")).toBe(8);
    expect(count(facts, "Plattformen", "consultations")).toBe(52);
    expect(cell(facts, "Plattformen", "enrolled", "age_band", "16-24")).toBe(7);
    expect(cell(facts, "Plattformen", "new", "referrer", "region")).toBe(16);
    expect(cell(facts, "Plattformen", "enrolled", "income_source", "sickness_benefit")).toBe(23);
    expect(cell(facts, "Plattformen", "exited", "income_source", "sickness_benefit")).toBe(7);
    expect(cell(facts, "Plattformen", "exited", "exit_outcome", "work_or_studies")).toBe(9);
  });

  it("reports damaged and split cells instead of dropping them", () => {
    expect(findings.some((f) => f.check_id === "appendix.damaged_cell" && f.value === "1c")).toBe(true);
    expect(cell(facts, "KOMPASS", "consultations", "referrer", "unknown")).toBe(14);
    expect(cell(facts, "Pontibus", "exited", "exit_outcome", "other_positive")).toBe(1);
  });

  it("infers a population from the sum and says so", () => {
    expect(cell(facts, "KOMPASS", "enrolled", "time_in_support", "lt_1y")).toBe(2);
    expect(findings.some((f) => f.check_id === "breakdown.population_inferred" && f.message.includes("KOMPASS"))).toBe(
      true,
    );
  });
});

describe("intervention appendices on altered copies", () => {
  const base = parseAll(reportLines()).facts.map(factKey).sort();

  it("gives the same facts when appendices are reordered", () => {
    const lines = reportLines();
    const doc = docOf(lines);
    const blocks = findAppendices(doc);
    const chunks = blocks.map((b) => lines.slice(b.from - 1, b.to));
    const reordered = [
      ...lines.slice(0, blocks[0]!.from - 1),
      ...chunks.reverse().flat(),
      ...lines.slice(blocks.at(-1)!.to),
    ];
    expect(parseAll(reordered).facts.map(factKey).sort()).toEqual(base);
  });

  it("gives the same facts when sections inside an appendix are reordered", () => {
    const lines = reportLines();
    const start = lines.findIndex((l) => l.startsWith("Ålder på nyinskrivna")); // Kompass age section
    const edu = lines.findIndex((l, i) => i > start && l.startsWith("Utbildningsbakgrund"));
    const ref = lines.findIndex((l, i) => i > edu && l.startsWith("Remitterande"));
    const age = lines.slice(start, edu);
    const education = lines.slice(edu, ref);
    const swapped = [...lines.slice(0, start), ...education, ...age, ...lines.slice(ref)];
    expect(parseAll(swapped).facts.map(factKey).sort()).toEqual(base);
  });

  it("reads blank lines inserted between rows (split table)", () => {
    const lines = reportLines().flatMap((l) => (/^(kvinna|man|avslutade deltagare)\s/.test(l) ? ["", l] : [l]));
    expect(parseAll(lines).facts.map(factKey).sort()).toEqual(base);
  });

  it("maps relabelled rows through the code lists", () => {
    const lines = reportLines().map((l) =>
      l
        .replace(/^Sjukpenning\/rehab-penning/, "sjukpenning/rehabiliteringspenning")
        .replace(/^ingen offentlig försörjning/, "Ingen offentlig försörjning")
        .replace(/^(\s*)16-24/, "$118-24"),
    );
    const { facts } = parseAll(lines);
    expect(cell(facts, "Pontibus", "exited", "income_source", "sickness_benefit")).toBe(9);
    expect(cell(facts, "Pontibus", "new", "age_band", "16-24")).toBe(2);
    const f = facts.find(
      (x) =>
        x.table === "participant_breakdown" &&
        x.intervention === "Pontibus" &&
        x.dimension === "age_band" &&
        x.category === "16-24",
    );
    expect(f && "source_label" in f ? f.source_label : "").toBe("18-24");
  });

  it("reports an unknown row label instead of guessing", () => {
    const lines = reportLines().map((l) => l.replace(/^försörjningsstöd(\s+8)/, "kommunalt bidrag$1"));
    const { facts, findings } = parseAll(lines);
    expect(cell(facts, "KOMPASS", "exited", "income_source", "social_assistance")).toBeUndefined();
    expect(findings.some((f) => f.check_id === "appendix.unknown_label" && f.value?.includes("kommunalt bidrag"))).toBe(
      true,
    );
  });
});
