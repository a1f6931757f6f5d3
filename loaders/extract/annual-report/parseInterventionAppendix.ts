/**
 * Parse one intervention appendix: participant counts by gender, new, exited and ongoing;
 * breakdowns by age, education, referrer, consultations, time in public support, income
 * source and exit destination. Works on the common template ("Mall inför hel- och
 * halvårsredovisningar") and its variants, and on reports written in prose with inline
 * tables ("Totalt antal deltagare under året 51 st (32 kvinnor, 19 män)"). Sections are
 * found by their headings, so their order does not matter; an empty cell is "not reported"
 * and yields no fact, "0" is a reported zero.
 */
import {
  education,
  exitOutcome,
  incomeSource,
  matchCode,
  referrer,
  type BreakdownDimension,
  type Gender,
  type Measure,
  type Population,
} from "../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { clean, splitLabelledRow, type DocumentText, type ParseOutput } from "../documentText.ts";
import {
  COUNT_RULES,
  JUNK_LINE,
  PROSE_COUNT,
  SECTION_RULES,
  ageBandFor,
  populationFromHeading,
  timeBandFor,
  type SectionKey,
} from "./appendixLabels.ts";
import type { AppendixBlock } from "./findAppendices.ts";

interface Section {
  key: SectionKey;
  heading: string;
  from: number;
  to: number;
}

interface Cell {
  category: string;
  value: number;
  label: string;
  line: number;
  text: string;
  /** 0 = first value column, 1 = second. */
  column: number;
}

/** Split a block into sections by heading; lines before the first heading belong to none. */
export function sectionsOf(doc: DocumentText, block: AppendixBlock): Section[] {
  const heads: { key: SectionKey; line: number; heading: string }[] = [];
  let last: SectionKey | undefined;
  for (let n = block.from; n <= block.to; n++) {
    const text = doc.at(n);
    const rule = PROSE_COUNT.test(text) && last !== "text" ? { key: "participants" as const } : SECTION_RULES.find((r) => r.heading.test(text));
    if (!rule || rule.key === last) continue;
    // "Remitterande" may wrap onto "myndighet" on the next line; either way one heading.
    const heading = text;
    const next = doc.nextNonBlank(n, 2, block.to);
    heads.push({ key: rule.key, line: n, heading });
    last = rule.key;
    if (next !== undefined && /^\(?(myndighet|nyinskrivna deltagare|deltagare)\)?\s*$/i.test(doc.at(next))) {
      heads[heads.length - 1]!.heading += " " + doc.at(next);
      n = next;
    }
  }
  return heads.map((h, i) => ({ key: h.key, heading: h.heading, from: h.line, to: (heads[i + 1]?.line ?? block.to + 1) - 1 }));
}

/** Normalise prose cells ("4 st", "7 personer", "+ en på 50%") so rows split cleanly. */
function tidyRow(raw: string): { text: string; note?: string } {
  let note: string | undefined;
  let text = raw.replace(/(\d)\s*(st|personer|pers)\b\.?/gi, "$1");
  if (/\+\s*en på \d+\s*%/i.test(text)) {
    note = "the cell adds “en på 50%” (one person part-time); only the whole count is stored";
    text = text.replace(/\+\s*en på \d+\s*%/gi, "");
  }
  return { text, note };
}

const CODE_LISTS: Partial<Record<SectionKey, { entries: Parameters<typeof matchCode>[0]["entries"] }>> = {
  education,
  referrer,
  consultation_referrer: referrer,
  income_source: incomeSource,
  exit_outcome: exitOutcome,
};

function categoryFor(key: SectionKey, label: string): string | undefined {
  if (key === "age_band") {
    const m = /^(\d{2})\s*[-–]\s*(\d{2})/.exec(label);
    return m ? ageBandFor(Number(m[1]), Number(m[2])) : /^saknas|okänd/i.test(label) ? "unknown" : undefined;
  }
  if (key === "time_in_support") return timeBandFor(label);
  const list = CODE_LISTS[key];
  return list ? matchCode(list, label) : undefined;
}

/** Inline pairs in prose tables: "18-24 år: 7 25-34 år: 21", "<1 år 10 1-2 år 7". */
const INLINE_PAIRS: Partial<Record<SectionKey, RegExp>> = {
  age_band: /(\d{2}\s*[-–]\s*\d{2})\s*(?:år)?\s*:?\s+(\d+)(?=\s|$)/g,
  referrer: /(\p{L}+)\s+(\d+)(?=[\s,.;]|$)/gu,
  time_in_support: /((?:upp till|mer än|över)\s+\d+\s*år|<\s*\d+\s*år|\d+\s*[-–]\s*\d+\s*år|saknas|ingen inkomst)\s*:?\s+(\d+)([a-z]?)(?=\s|$)/gi,
};

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
    findings.push({ check_id: "appendix.not_a_count", severity: "warning", subject: subject(what), line, value: String(value), message: `${block.name}: ${value} is not a number of people (negative or fractional); not loaded` });
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
        findings.push({ check_id: "appendix.duplicate_count", severity: "warning", subject: subject(k), line, value: String(value), other_value: String(counts.get(k)), message: `${block.name}: ${measure}/${gender} is stated twice with different values` });
      return;
    }
    counts.set(k, value);
    facts.push({ table: "participant_count", intervention: block.name, year, measure, gender, value, line, text: doc.at(line), section, approximate });
  };

  for (let n = block.from; n <= block.to; n++) {
    if (inSection(n)) continue;
    const raw = doc.lines[n - 1] ?? "";
    const t = clean(raw);
    if (t === "" || JUNK_LINE.test(t)) continue;
    const prose = PROSE_COUNT.exec(t);
    if (prose) {
      emitProse(prose[1]!, Number(prose[2]), prose[3] ?? "", n);
      continue;
    }
    const row = splitLabelledRow(raw, 2);
    const rule = COUNT_RULES.find((r) => r.pattern.test(row.label));
    if (!rule || row.values.length === 0) continue;
    if (row.run?.damaged.length)
      findings.push({ check_id: "appendix.damaged_cell", severity: "warning", subject: subject(rule.measure), line: n, value: row.run.damaged.join(" "), message: `${block.name}: cell "${row.run.damaged.join(" ")}" has stray characters; its digits were read` });
    emitCount(rule.measure, rule.gender, row.values[0]!, n);
    if (row.values.length > 1) {
      if (secondColumn && rule.measure === "enrolled") emitCount(secondColumn, rule.gender, row.values[1]!, n);
      else
        findings.push({ check_id: "appendix.unexpected_column", severity: "warning", subject: subject(rule.measure), line: n, value: row.values.slice(1).join(" "), message: `${block.name}: "${row.label}" has a second value but the table has no second column heading` });
    }
  }

  /** Prose summary lines: counts with genders in brackets, exit destinations, the reported rate. */
  function emitProse(label: string, value: number, tail: string, n: number) {
    const l = label.toLowerCase();
    const measure: Measure | undefined = /totalt antal/.test(l) ? "enrolled" : /avslutade/.test(l) ? "exited" : /nya/.test(l) ? "new" : /budget/.test(l) ? "budgeted" : /konsultation/.test(l) ? "consultations" : undefined;
    if (measure) {
      emitCount(measure, "all", value, n);
      for (const g of tail.matchAll(/(\d+)\s+(kvinnor|kvinna|män|man|ej angivet|icke.?binära?)/gi)) {
        const gender: Gender = /kvinn/i.test(g[2]!) ? "woman" : /^m/i.test(g[2]!) ? "man" : /bin/i.test(g[2]!) ? "nonbinary" : "unknown";
        emitCount(measure, gender, Number(g[1]), n);
      }
      return;
    }
    const base = { table: "participant_breakdown" as const, intervention: block.name, year, population: "exited" as const, dimension: "exit_outcome" as const, line: n, text: doc.at(n), section, approximate: false };
    if (/arbete eller studier/.test(l)) {
      facts.push({ ...base, category: "work_or_studies", value, source_label: label });
      return;
    }
    if (/rehabilitering/.test(l)) {
      // "8 st (33%) (5 st GK)": the joint assessments are part of the rehabilitation count.
      const gk = /\((\d+)\s*(?:st)?\s*GK\)/i.exec(tail);
      if (gk && Number(gk[1]) <= value) {
        facts.push({ ...base, category: "joint_assessment", value: Number(gk[1]), source_label: `${label} (varav GK)` });
        facts.push({ ...base, category: "continued_rehab", value: value - Number(gk[1]), source_label: `${label} utom GK` });
        findings.push({ check_id: "appendix.split_category", severity: "info", subject: subject("exit_outcome"), line: n, value: String(value), other_value: gk[1]!, message: `${block.name}: "${label} ${value}" includes ${gk[1]} to joint assessment (GK); stored as joint_assessment ${gk[1]} and continued_rehab ${value - Number(gk[1])}` });
      } else facts.push({ ...base, category: "continued_rehab", value, source_label: label });
      return;
    }
    if (/positiv stegförflyttning/.test(l)) {
      const pct = /\((\d+(?:,\d+)?)\s*%\)/.exec(tail);
      const exited = counts.get("exited:all") ?? null;
      facts.push({ table: "indicator", year, scope: `intervention:${block.name}`, indicator: "positive_step_count_reported", gender: "all", value, unit: "count", n: exited, note: "the intervention's own count of positive steps", line: n, text: doc.at(n), section, approximate: false });
      if (pct)
        facts.push({ table: "indicator", year, scope: `intervention:${block.name}`, indicator: "positive_step_rate_reported", gender: "all", value: Number(pct[1]!.replace(",", ".")), unit: "percent", n: exited, note: "as the intervention reports it (its own definition)", line: n, text: doc.at(n), section, approximate: false });
    }
  }

  // ---- breakdown sections --------------------------------------------------------------
  for (const s of sections) {
    if (s.key === "participants" || s.key === "text") continue;
    const cells: Cell[] = [];
    const sectionText = doc.join(s.from, s.to);
    const twoColumns =
      (s.key === "referrer" && /JA till/i.test(sectionText) && /Totalt/i.test(sectionText)) ||
      (s.key === "income_source" && /Inskrivning/i.test(s.heading + " " + doc.join(s.from, Math.min(s.to, s.from + 2))) && /Utskrivning/i.test(doc.join(s.from, Math.min(s.to, s.from + 2))));
    const inline = INLINE_PAIRS[s.key];
    let pendingLabel: string | undefined;
    for (let n = s.from; n <= s.to; n++) {
      const raw = doc.lines[n - 1] ?? "";
      const t = clean(raw);
      if (t === "" || JUNK_LINE.test(t)) continue;
      const { text, note } = tidyRow(raw);
      if (note)
        findings.push({ check_id: "appendix.partial_count", severity: "info", subject: subject(s.key), line: n, value: t, message: `${block.name}: ${note}` });
      if (inline) {
        const pairs = [...clean(text).matchAll(inline)];
        if (pairs.length > 1 || (pairs.length === 1 && s.key !== "referrer" && clean(text).replace(inline, "").trim() === "")) {
          for (const p of pairs) {
            const category = categoryFor(s.key, p[1]!);
            if (p[3]) findings.push({ check_id: "appendix.damaged_cell", severity: "warning", subject: subject(s.key), line: n, value: `${p[2]}${p[3]}`, message: `${block.name}: cell "${p[2]}${p[3]}" has stray characters; its digits were read` });
            if (category) cells.push({ category, value: Number(p[2]), label: p[1]!.trim(), line: n, text: t, column: 0 });
          }
          continue;
        }
      }
      const row = splitLabelledRow(text, twoColumns ? 2 : 1);
      if (row.label === "" && row.values.length === 0) continue;
      let category = categoryFor(s.key, row.label);
      // A label wrapped over two lines ("annan positiv" / "stegförflyttning* 1").
      // Only a label that means nothing alone is the first half of a wrapped one.
      if (pendingLabel !== undefined && row.values.length > 0 && !category && !categoryFor(s.key, pendingLabel)) {
        category = categoryFor(s.key, `${pendingLabel} ${row.label}`);
        if (category) row.label = `${pendingLabel} ${row.label}`;
      }
      pendingLabel = row.values.length === 0 ? row.label : undefined;
      if (row.values.length === 0 && category) {
        // A label whose value was pushed onto a later line ("Saknas" … "14 (").
        const next = doc.nextNonBlank(n, 3, s.to);
        const m = next !== undefined ? /^(\d+)\s*\(?\s*$/.exec(doc.at(next)) : null;
        if (category && m) {
          cells.push({ category, value: Number(m[1]), label: row.label, line: n, text: `${t} … ${doc.at(next!)}`, column: 0 });
          findings.push({ check_id: "appendix.split_cell", severity: "warning", subject: subject(`${s.key}:${category}`), line: next!, value: m[1]!, message: `${block.name}: value for "${row.label}" (line ${n}) was found on line ${next}, split from its label; read as ${m[1]}` });
          n = next!;
          pendingLabel = undefined;
        }
        continue;
      }
      if (row.values.length === 0) continue;
      if (row.run?.damaged.length)
        findings.push({ check_id: "appendix.damaged_cell", severity: "warning", subject: subject(s.key), line: n, value: row.run.damaged.join(" "), message: `${block.name}: cell "${row.run.damaged.join(" ")}" has stray characters; its digits were read` });
      if (!category) {
        if (/^summa/i.test(row.label)) continue; // totals are checked against the sum in the warehouse
        findings.push({ check_id: "appendix.unknown_label", severity: "warning", subject: subject(s.key), line: n, value: t, message: `${block.name}: row "${row.label}" in "${s.heading}" matches no ${s.key} code; not loaded` });
        continue;
      }
      if (row.values.length === 1 && twoColumns) {
        // One value in a two-column table: a wide gap before it means the first column is blank.
        const column = row.gapBeforeValue && s.key === "income_source" ? 1 : 0;
        cells.push({ category, value: row.values[0]!, label: row.label, line: n, text: t, column });
        findings.push({ check_id: "appendix.column_inferred", severity: "info", subject: subject(`${s.key}:${category}`), line: n, value: String(row.values[0]), message: `${block.name}: one value in a two-column row; read as the ${column === 0 ? "first" : "second"} column${column === 1 ? " (blank first cell)" : ""}` });
        continue;
      }
      row.values.slice(0, twoColumns ? 2 : 1).forEach((v, column) => cells.push({ category, value: v, label: row.label, line: n, text: t, column }));
    }
    emitBreakdown(s, cells, twoColumns);
  }

  function populationsFor(s: Section, cells: Cell[], twoColumns: boolean): Population[] {
    if (s.key === "exit_outcome") return ["exited"];
    if (s.key === "consultation_referrer") return ["consultations"];
    if (s.key === "referrer" && twoColumns) return ["referred_accepted", "referred"];
    if (s.key === "income_source" && twoColumns) return [inferPopulation(s, cells.filter((c) => c.column === 0), "enrolled"), "exited"];
    const stated = populationFromHeading(s.heading);
    if (stated) return [stated];
    if (s.key === "referrer") return [inferPopulation(s, cells, "referred_accepted")];
    return [inferPopulation(s, cells, "new")];
  }

  function inferPopulation(s: Section, cells: Cell[], fallback: Population): Population {
    const stated = populationFromHeading(s.heading);
    if (stated && stated !== "exited") return stated;
    const sum = cells.reduce((a, c) => a + c.value, 0);
    const enrolled = counts.get("enrolled:all");
    const newCount = counts.get("new:all");
    let inferred: Population | undefined;
    if (sum === newCount) inferred = "new";
    else if (sum === enrolled) inferred = "enrolled";
    if (inferred) {
      findings.push({ check_id: "breakdown.population_inferred", severity: "info", subject: subject(s.key), line: s.from, value: String(sum), message: `${block.name}: "${s.heading}" does not say whom it counts; its sum ${sum} equals the ${inferred === "new" ? "new" : "enrolled"} participants, so population = ${inferred}` });
      return inferred;
    }
    findings.push({ check_id: "breakdown.population_assumed", severity: "warning", subject: subject(s.key), line: s.from, value: String(sum), other_value: `new=${newCount ?? "?"}, enrolled=${enrolled ?? "?"}`, message: `${block.name}: "${s.heading}" does not say whom it counts and its sum ${sum} matches neither new nor enrolled; population assumed ${fallback}` });
    return fallback;
  }

  function emitBreakdown(s: Section, read: Cell[], twoColumns: boolean) {
    const cells = read.filter((c) => isCount(c.value) || notACount(`${s.key}:${c.category}`, c.value, c.line));
    if (cells.length === 0) return;
    const dimension: BreakdownDimension = s.key === "consultation_referrer" ? "referrer" : (s.key as BreakdownDimension);
    const pops = populationsFor(s, cells, twoColumns);
    for (const [column, population] of pops.entries()) {
      const byCategory = new Map<string, Cell[]>();
      for (const c of cells.filter((c) => c.column === column)) byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c]);
      for (const [category, group] of byCategory) {
        facts.push({
          table: "participant_breakdown",
          intervention: block.name,
          year,
          population,
          dimension,
          category,
          value: group.reduce((a, c) => a + c.value, 0),
          source_label: group.map((c) => c.label).join(" + "),
          line: group[0]!.line,
          // Each line once (cells of one line share its text), but a repeated line twice: the value counts both.
          text: group.filter((c, i, a) => a.findIndex((d) => d.line === c.line) === i).map((c) => c.text).join(" | "),
          section,
          approximate: false,
        });
      }
    }
  }

  // "Sedan uppstart": cumulative figures since the intervention began, kept as indicators.
  for (const s of sections.filter((x) => x.key === "text" && /^Sedan uppstart/i.test(x.heading))) {
    for (let n = s.from; n <= s.to; n++) {
      const t = doc.at(n);
      const add = (indicator: string, value: number, note: string) =>
        facts.push({ table: "indicator", year, scope: `intervention:${block.name}`, indicator, gender: "all", value, unit: "count", n: null, note, line: n, text: t, section, approximate: false });
      let m = /(\d+)\s*konsultationer/i.exec(t);
      if (m) add("consultations_since_start", Number(m[1]), "cumulative since the intervention started");
      m = /(\d+)\s*har fått koordinator/i.exec(t);
      if (m) add("enrolled_since_start", Number(m[1]), "cumulative since the intervention started: people given a coordinator");
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
      facts.push({ table: "indicator", year, scope: `intervention:${block.name}`, indicator, gender: "all", value: Number(value.replace(",", ".")), unit: "percent", n: exitedAll, note, line: n, text: t, section, approximate: false });
    let m = /(\d+(?:,\d+)?)\s?% av de avslutade deltagarna (?:har )?gjort en positiv stegförflyttning/i.exec(t);
    if (m && !hasRate) rate("positive_step_rate_reported", m[1]!, "as the intervention reports it in prose (its own definition)");
    m = /^(\d+(?:,\d+)?)\s?% har gått till arbete eller studier/i.exec(t);
    if (m) rate("work_or_studies_rate_reported", m[1]!, "share of exited who went to work or studies, as the intervention reports it");
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

/** A number of people: whole and not negative. */
function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
