/**
 * Parse one intervention appendix: participant counts by gender, new, exited and ongoing;
 * breakdowns by age, education, referrer, consultations, time in public support, income
 * source and exit destination (appendixBreakdowns.ts); cumulative figures since the start and
 * rates stated in prose. Works on the common template ("Mall inför hel- och
 * halvårsredovisningar") and its variants, and on reports written in prose with inline
 * tables ("Totalt antal deltagare under året 51 st (32 kvinnor, 19 män)", appendixProseLines.ts).
 * Sections are found by their headings (appendixSections.ts), so their order does not matter.
 */
import type { Gender, Measure } from "../../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../../schema/facts.ts";
import { clean, splitLabelledRow, type DocumentText, type ParseOutput } from "../../documentText.ts";
import { parseBreakdowns } from "./appendixBreakdowns.ts";
import { isCount, type AppendixContext } from "./appendixContext.ts";
import { COUNT_RULES, JUNK_LINE, PROSE_COUNT } from "../../../reference/appendixLabels.ts";
import { emitProse } from "./appendixProseLines.ts";
import { sectionsOf } from "./appendixSections.ts";
import type { AppendixBlock } from "../../general/findAppendices.ts";
import { damagedCell } from "../../findings.ts";

export function parseInterventionAppendix(doc: DocumentText, block: AppendixBlock): ParseOutput {
  const year = doc.periodYear;
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const section = `appendix:${block.name}`;
  const subject = (what: string) => `appendix:${block.name}:${what}`;
  const sections = sectionsOf(doc, block);
  const inSection = (n: number) => sections.find((s) => n >= s.from && n <= s.to && s.key !== "participants");

  // ---- participant counts --------------------------------------------------------------
  const counts = new Map<string, number>();
  const countKey = (m: Measure, g: Gender) => `${m}:${g}`;
  /** A cell that holds no count ("-4", "2,5": a damaged or misread cell) is reported, not stored. */
  const notACount = (what: string, value: number, line: number): false => {
    findings.push({
      check_id: "appendix.not_a_count",
      severity: "warning",
      subject: subject(what),
      line,
      value: String(value),
      message: `${block.name}: ${value} is not a number of people (negative or fractional); not loaded`,
    });
    return false;
  };
  let secondColumn: Measure | undefined;
  for (let n = block.from; n <= block.to; n++) {
    const t = doc.at(n);
    if (/^Deltagare\s+antal\s+(20\d\d-\d\d-\d\d|vid (årets|periodens) slut)/i.test(t)) secondColumn = "ongoing";
  }
  const emitCount = (measure: Measure, gender: Gender, value: number, line: number, approximate = false) => {
    const k = countKey(measure, gender);
    if (!isCount(value)) return notACount(k, value, line);
    if (counts.has(k)) {
      if (counts.get(k) !== value)
        findings.push({
          check_id: "appendix.duplicate_count",
          severity: "warning",
          subject: subject(k),
          line,
          value: String(value),
          other_value: String(counts.get(k)),
          message: `${block.name}: ${measure}/${gender} is stated twice with different values`,
        });
      return;
    }
    counts.set(k, value);
    facts.push({
      table: "participant_count",
      intervention: block.name,
      year,
      measure,
      gender,
      value,
      line,
      text: doc.at(line),
      section,
      approximate,
    });
  };
  const ctx: AppendixContext = { doc, block, year, section, facts, findings, counts, subject, emitCount, notACount };

  for (let n = block.from; n <= block.to; n++) {
    if (inSection(n)) continue;
    const raw = doc.lines[n - 1] ?? "";
    const t = clean(raw);
    if (t === "" || JUNK_LINE.test(t)) continue;
    const prose = PROSE_COUNT.exec(t);
    if (prose) {
      emitProse(ctx, prose[1]!, Number(prose[2]), prose[3] ?? "", n);
      continue;
    }
    const row = splitLabelledRow(raw, 2);
    const rule = COUNT_RULES.find((r) => r.pattern.test(row.label));
    if (!rule || row.values.length === 0) continue;
    if (row.run?.damaged.length)
      findings.push(
        damagedCell({
          subject: subject(rule.measure),
          line: n,
          value: row.run.damaged.join(" "),
          message: `${block.name}: cell "${row.run.damaged.join(" ")}" has stray characters; its digits were read`,
        }),
      );
    emitCount(rule.measure, rule.gender, row.values[0]!, n);
    if (row.values.length > 1) {
      if (secondColumn && rule.measure === "enrolled") emitCount(secondColumn, rule.gender, row.values[1]!, n);
      else
        findings.push({
          check_id: "appendix.unexpected_column",
          severity: "warning",
          subject: subject(rule.measure),
          line: n,
          value: row.values.slice(1).join(" "),
          message: `${block.name}: "${row.label}" has a second value but the table has no second column heading`,
        });
    }
  }

  parseBreakdowns(ctx, sections);

  // "Sedan uppstart": cumulative figures since the intervention began, kept as indicators.
  for (const s of sections.filter((x) => x.key === "text" && /^Sedan uppstart/i.test(x.heading))) {
    for (let n = s.from; n <= s.to; n++) {
      const t = doc.at(n);
      const add = (indicator: string, value: number, note: string) =>
        facts.push({
          table: "indicator",
          year,
          scope: `intervention:${block.name}`,
          indicator,
          gender: "all",
          value,
          unit: "count",
          n: null,
          note,
          line: n,
          text: t,
          section,
          approximate: false,
        });
      let m = /(\d+)\s*konsultationer/i.exec(t);
      if (m) add("consultations_since_start", Number(m[1]), "cumulative since the intervention started");
      m = /(\d+)\s*har fått koordinator/i.exec(t);
      if (m)
        add(
          "enrolled_since_start",
          Number(m[1]),
          "cumulative since the intervention started: people given a coordinator",
        );
      m = /^Antal till arbete eller studier\s+(\d+)/i.exec(t);
      if (m) add("work_or_studies_since_start", Number(m[1]), "cumulative since the intervention started");
    }
  }

  // Rates stated in the appendix's own prose ("Därmed har 58 % av de avslutade deltagarna gjort en
  // positiv stegförflyttning", "21 % har gått till arbete eller studier"), when no table row gave them.
  const hasRate = facts.some((f) => f.table === "indicator" && f.indicator === "positive_step_rate_reported");
  const exitedAll = counts.get("exited:all") ?? null;
  for (let n = block.from; n <= block.to; n++) {
    const t = doc.at(n);
    const rate = (indicator: string, value: string, note: string) =>
      facts.push({
        table: "indicator",
        year,
        scope: `intervention:${block.name}`,
        indicator,
        gender: "all",
        value: Number(value.replace(",", ".")),
        unit: "percent",
        n: exitedAll,
        note,
        line: n,
        text: t,
        section,
        approximate: false,
      });
    let m = /(\d+(?:,\d+)?)\s?% av de avslutade deltagarna (?:har )?gjort en positiv stegförflyttning/i.exec(t);
    if (m && !hasRate)
      rate("positive_step_rate_reported", m[1]!, "as the intervention reports it in prose (its own definition)");
    m = /^(\d+(?:,\d+)?)\s?% har gått till arbete eller studier/i.exec(t);
    if (m)
      rate(
        "work_or_studies_rate_reported",
        m[1]!,
        "share of exited who went to work or studies, as the intervention reports it",
      );
  }

  const found = sections.filter((s) => s.key !== "text").map((s) => s.key);
  const coverage = [
    {
      section,
      status: facts.length === 0 ? ("missing" as const) : ("parsed" as const),
      line: block.anchor,
      facts: facts.length,
      note: `sections: ${found.join(", ") || "none"}`,
    },
  ];
  return { facts, findings, coverage };
}
