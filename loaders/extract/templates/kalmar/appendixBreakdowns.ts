/**
 * An intervention appendix's breakdown sections (age, education, referrer, consultations, time
 * in public support, income source, exit destination): rows read into cells, cells summed per
 * code and population. An empty cell is "not reported" and yields no fact, "0" is a reported zero.
 */
import {
  education,
  exitOutcome,
  incomeSource,
  matchCode,
  referrer,
  type BreakdownDimension,
  type Population,
} from "../../../reference/codes.ts";
import { clean, splitLabelledRow } from "../../documentText.ts";
import {
  JUNK_LINE,
  ageBandFor,
  populationFromHeading,
  timeBandFor,
  type SectionKey,
} from "../../../reference/appendixLabels.ts";
import { isCount, type AppendixContext } from "./appendixContext.ts";
import type { Section } from "./appendixSections.ts";
import { damagedCell } from "../../findings.ts";

interface Cell {
  category: string;
  value: number;
  label: string;
  line: number;
  text: string;
  /** 0 = first value column, 1 = second. */
  column: number;
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
  time_in_support:
    /((?:upp till|mer än|över)\s+\d+\s*år|<\s*\d+\s*år|\d+\s*[-–]\s*\d+\s*år|saknas|ingen inkomst)\s*:?\s+(\d+)([a-z]?)(?=\s|$)/gi,
};

/** Read every breakdown section of the block into participant_breakdown facts. */
export function parseBreakdowns(ctx: AppendixContext, sections: Section[]): void {
  const { doc, block, year, section, facts, findings, counts, subject, notACount } = ctx;
  // ---- breakdown sections --------------------------------------------------------------
  for (const s of sections) {
    if (s.key === "participants" || s.key === "text") continue;
    const cells: Cell[] = [];
    const sectionText = doc.join(s.from, s.to);
    const twoColumns =
      (s.key === "referrer" && /JA till/i.test(sectionText) && /Totalt/i.test(sectionText)) ||
      (s.key === "income_source" &&
        /Inskrivning/i.test(s.heading + " " + doc.join(s.from, Math.min(s.to, s.from + 2))) &&
        /Utskrivning/i.test(doc.join(s.from, Math.min(s.to, s.from + 2))));
    const inline = INLINE_PAIRS[s.key];
    let pendingLabel: string | undefined;
    for (let n = s.from; n <= s.to; n++) {
      const raw = doc.lines[n - 1] ?? "";
      const t = doc.at(n);
      if (t === "" || JUNK_LINE.test(t)) continue;
      const { text, note } = tidyRow(raw);
      if (note)
        findings.push({
          check_id: "appendix.partial_count",
          severity: "info",
          subject: subject(s.key),
          line: n,
          value: t,
          message: `${block.name}: ${note}`,
        });
      if (inline) {
        const pairs = [...clean(text).matchAll(inline)];
        if (
          pairs.length > 1 ||
          (pairs.length === 1 && s.key !== "referrer" && clean(text).replace(inline, "").trim() === "")
        ) {
          for (const p of pairs) {
            const category = categoryFor(s.key, p[1]!);
            if (p[3])
              findings.push(
                damagedCell({
                  subject: subject(s.key),
                  line: n,
                  value: `${p[2]}${p[3]}`,
                  message: `${block.name}: cell "${p[2]}${p[3]}" has stray characters; its digits were read`,
                }),
              );
            if (category)
              cells.push({ category, value: Number(p[2]), label: p[1]!.trim(), line: n, text: t, column: 0 });
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
          cells.push({
            category,
            value: Number(m[1]),
            label: row.label,
            line: n,
            text: `${t} … ${doc.at(next!)}`,
            column: 0,
          });
          findings.push({
            check_id: "appendix.split_cell",
            severity: "warning",
            subject: subject(`${s.key}:${category}`),
            line: next!,
            value: m[1]!,
            message: `${block.name}: value for "${row.label}" (line ${n}) was found on line ${next}, split from its label; read as ${m[1]}`,
          });
          n = next!;
          pendingLabel = undefined;
        }
        continue;
      }
      if (row.values.length === 0) continue;
      if (row.run?.damaged.length)
        findings.push(
          damagedCell({
            subject: subject(s.key),
            line: n,
            value: row.run.damaged.join(" "),
            message: `${block.name}: cell "${row.run.damaged.join(" ")}" has stray characters; its digits were read`,
          }),
        );
      if (!category) {
        if (/^summa/i.test(row.label)) continue; // totals are checked against the sum in the warehouse
        findings.push({
          check_id: "appendix.unknown_label",
          severity: "warning",
          subject: subject(s.key),
          line: n,
          value: t,
          message: `${block.name}: row "${row.label}" in "${s.heading}" matches no ${s.key} code; not loaded`,
        });
        continue;
      }
      if (row.values.length === 1 && twoColumns) {
        // One value in a two-column table: a wide gap before it means the first column is blank.
        const column = row.gapBeforeValue && s.key === "income_source" ? 1 : 0;
        cells.push({ category, value: row.values[0]!, label: row.label, line: n, text: t, column });
        findings.push({
          check_id: "appendix.column_inferred",
          severity: "info",
          subject: subject(`${s.key}:${category}`),
          line: n,
          value: String(row.values[0]),
          message: `${block.name}: one value in a two-column row; read as the ${column === 0 ? "first" : "second"} column${column === 1 ? " (blank first cell)" : ""}`,
        });
        continue;
      }
      row.values
        .slice(0, twoColumns ? 2 : 1)
        .forEach((v, column) => cells.push({ category, value: v, label: row.label, line: n, text: t, column }));
    }
    emitBreakdown(s, cells, twoColumns);
  }

  function populationsFor(s: Section, cells: Cell[], twoColumns: boolean): Population[] {
    if (s.key === "exit_outcome") return ["exited"];
    if (s.key === "consultation_referrer") return ["consultations"];
    if (s.key === "referrer" && twoColumns) return ["referred_accepted", "referred"];
    if (s.key === "income_source" && twoColumns)
      return [
        inferPopulation(
          s,
          cells.filter((c) => c.column === 0),
          "enrolled",
        ),
        "exited",
      ];
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
      findings.push({
        check_id: "breakdown.population_inferred",
        severity: "info",
        subject: subject(s.key),
        line: s.from,
        value: String(sum),
        message: `${block.name}: "${s.heading}" does not say whom it counts; its sum ${sum} equals the ${inferred === "new" ? "new" : "enrolled"} participants, so population = ${inferred}`,
      });
      return inferred;
    }
    findings.push({
      check_id: "breakdown.population_assumed",
      severity: "warning",
      subject: subject(s.key),
      line: s.from,
      value: String(sum),
      other_value: `new=${newCount ?? "?"}, enrolled=${enrolled ?? "?"}`,
      message: `${block.name}: "${s.heading}" does not say whom it counts and its sum ${sum} matches neither new nor enrolled; population assumed ${fallback}`,
    });
    return fallback;
  }

  function emitBreakdown(s: Section, read: Cell[], twoColumns: boolean) {
    const cells = read.filter((c) => isCount(c.value) || notACount(`${s.key}:${c.category}`, c.value, c.line));
    if (cells.length === 0) return;
    const dimension: BreakdownDimension =
      s.key === "consultation_referrer" ? "referrer" : (s.key as BreakdownDimension);
    const pops = populationsFor(s, cells, twoColumns);
    for (const [column, population] of pops.entries()) {
      const byCategory = new Map<string, Cell[]>();
      for (const c of cells.filter((c) => c.column === column))
        byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c]);
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
          text: group
            .filter((c, i, a) => a.findIndex((d) => d.line === c.line) === i)
            .map((c) => c.text)
            .join(" | "),
          section,
          approximate: false,
        });
      }
    }
  }
}
