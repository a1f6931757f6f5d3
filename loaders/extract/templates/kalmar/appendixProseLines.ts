/**
 * An intervention appendix written in prose: its summary lines ("Totalt antal deltagare under
 * året 51 st (32 kvinnor, 19 män)") give counts, exit destinations and the reported rate.
 */
import type { Gender, Measure } from "../../../reference/codes.ts";
import type { AppendixContext } from "./appendixContext.ts";

/** Prose summary lines: counts with genders in brackets, exit destinations, the reported rate. */
export function emitProse(ctx: AppendixContext, label: string, value: number, tail: string, n: number) {
  const { doc, block, year, section, facts, findings, counts, subject, emitCount } = ctx;
  const l = label.toLowerCase();
  const measure: Measure | undefined = /totalt antal/.test(l)
    ? "enrolled"
    : /avslutade/.test(l)
      ? "exited"
      : /nya/.test(l)
        ? "new"
        : /budget/.test(l)
          ? "budgeted"
          : /konsultation/.test(l)
            ? "consultations"
            : undefined;
  if (measure) {
    emitCount(measure, "all", value, n);
    for (const g of tail.matchAll(/(\d+)\s+(kvinnor|kvinna|män|man|ej angivet|icke.?binära?)/gi)) {
      const gender: Gender = /kvinn/i.test(g[2]!)
        ? "woman"
        : /^m/i.test(g[2]!)
          ? "man"
          : /bin/i.test(g[2]!)
            ? "nonbinary"
            : "unknown";
      emitCount(measure, gender, Number(g[1]), n);
    }
    return;
  }
  const base = {
    table: "participant_breakdown" as const,
    intervention: block.name,
    year,
    population: "exited" as const,
    dimension: "exit_outcome" as const,
    line: n,
    text: doc.at(n),
    section,
    approximate: false,
  };
  if (/arbete eller studier/.test(l)) {
    facts.push({ ...base, category: "work_or_studies", value, source_label: label });
    return;
  }
  if (/rehabilitering/.test(l)) {
    // "8 st (33%) (5 st GK)": the joint assessments are part of the rehabilitation count.
    const gk = /\((\d+)\s*(?:st)?\s*GK\)/i.exec(tail);
    if (gk && Number(gk[1]) <= value) {
      facts.push({ ...base, category: "joint_assessment", value: Number(gk[1]), source_label: `${label} (varav GK)` });
      facts.push({
        ...base,
        category: "continued_rehab",
        value: value - Number(gk[1]),
        source_label: `${label} utom GK`,
      });
      findings.push({
        check_id: "appendix.split_category",
        severity: "info",
        subject: subject("exit_outcome"),
        line: n,
        value: String(value),
        other_value: gk[1]!,
        message: `${block.name}: "${label} ${value}" includes ${gk[1]} to joint assessment (GK); stored as joint_assessment ${gk[1]} and continued_rehab ${value - Number(gk[1])}`,
      });
    } else facts.push({ ...base, category: "continued_rehab", value, source_label: label });
    return;
  }
  if (/positiv stegförflyttning/.test(l)) {
    const pct = /\((\d+(?:,\d+)?)\s*%\)/.exec(tail);
    const exited = counts.get("exited:all") ?? null;
    facts.push({
      table: "indicator",
      year,
      scope: `intervention:${block.name}`,
      indicator: "positive_step_count_reported",
      gender: "all",
      value,
      unit: "count",
      n: exited,
      note: "the intervention's own count of positive steps",
      line: n,
      text: doc.at(n),
      section,
      approximate: false,
    });
    if (pct)
      facts.push({
        table: "indicator",
        year,
        scope: `intervention:${block.name}`,
        indicator: "positive_step_rate_reported",
        gender: "all",
        value: Number(pct[1]!.replace(",", ".")),
        unit: "percent",
        n: exited,
        note: "as the intervention reports it (its own definition)",
        line: n,
        text: doc.at(n),
        section,
        approximate: false,
      });
  }
}
