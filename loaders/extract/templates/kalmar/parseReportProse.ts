/**
 * Figures stated in the report's running text: the prose rules (proseRules.ts), the
 * violence (VNR) survey (parseViolenceSurvey.ts), goal outcomes quoted as survey
 * percentages, and the diagrams that exist only as images.
 */
import type { FactInput, FindingInput } from "../../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../../documentText.ts";
import { parseViolenceSurvey } from "./parseViolenceSurvey.ts";
import { groupStart, ProseIndex } from "./proseIndex.ts";
import { num } from "./proseNumbers.ts";
import { proseRules } from "./proseRules.ts";

export function parseReportProse(doc: DocumentText): ParseOutput {
  const idx = new ProseIndex(doc);
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const coverage: ParseOutput["coverage"] = [];
  const year = doc.periodYear;
  const rules = proseRules(facts, year);

  for (const rule of rules) {
    const before = facts.length;
    for (const m of idx.matchAll(rule.re, rule.after)) {
      const match = m as RegExpExecArray;
      const at = (g: number) => {
        const start = groupStart(match, g);
        return {
          line: idx.lineAt(start),
          text: idx.snippet(match.index!, match.index! + match[0].length).slice(0, 600),
        };
      };
      try {
        rule.emit(match, at);
      } catch (err) {
        findings.push({
          check_id: "prose.unreadable",
          severity: "error",
          subject: `prose:${rule.name}`,
          line: idx.lineAt(match.index!),
          value: match[0].slice(0, 200),
          message: `prose "${rule.name}": ${(err as Error).message}`,
        });
      }
    }
    coverage.push({
      section: `prose:${rule.name}`,
      status: facts.length > before ? "parsed" : "missing",
      line: null,
      facts: facts.length - before,
      note: null,
    });
  }

  parseViolenceSurvey(doc, facts, coverage);
  parseGoalPercents(idx, year, facts);

  // Diagrams: the text has the caption, not the numbers.
  for (const n of doc.findAll(/^Diagram \d+,/))
    coverage.push({
      section: `image:${doc.at(n).slice(0, 60)}`,
      status: "image_only",
      line: n,
      facts: 0,
      note: "figure exists only as an image; its numbers are not in the text",
    });
  const surveyPages = doc.findAll(/^(Utvärdering Individer|Personal|Chefsgruppen|Styrelsen)\s+20\d\d\s*$/);
  // A survey's heading repeats on every page; one coverage row per survey.
  for (const n of surveyPages.filter((n, i) => surveyPages.findIndex((m) => doc.at(m) === doc.at(n)) === i))
    coverage.push({
      section: `image:survey:${doc.at(n)}`,
      status: "image_only",
      line: n,
      facts: 0,
      note: "survey charts are images; free-text answers are not extracted (they may name people)",
    });

  // Drop facts whose numbers did not read (never store NaN), whichever field holds them.
  const good = facts.filter((f) => {
    const fields = f as Partial<Record<"value" | "amount_sek" | "n", unknown>>;
    if ([fields.value, fields.amount_sek, fields.n].some((v) => typeof v === "number" && !Number.isFinite(v))) {
      findings.push({
        check_id: "prose.unreadable_number",
        severity: "error",
        subject: `prose:${f.table}`,
        line: f.line,
        value: f.text.slice(0, 200),
        message: "a number in running text could not be read; not loaded",
      });
      return false;
    }
    return true;
  });
  return { facts: good, findings, coverage };
}

/** Survey percentages quoted in the goal follow-up. */
function parseGoalPercents(idx: ProseIndex, year: number, facts: FactInput[]) {
  const rules: { re: RegExp; indicator: string; note: string; nGroup?: number }[] = [
    {
      re: /(\d+(?:,\d+)?) % av\s+(\d+) deltagare upplever det alltid, ofta och ibland/g,
      indicator: "participants_experience_support_share",
      note: "participants who experience support and influence (always, often or sometimes)",
      nGroup: 2,
    },
    {
      re: /upplevd\s+positiv\s+stegförflyttning på\s+(\d+(?:,\d+)?) ?%/g,
      indicator: "participants_experienced_positive_step_share",
      note: "participants who experienced a positive step (survey)",
    },
    {
      re: /Bedömd positiv\s+stegförflyttning\s+(\d+(?:,\d+)?) ?%/g,
      indicator: "participants_assessed_positive_step_share",
      note: "participants assessed by staff to have made a positive step",
    },
    {
      re: /(\d+(?:,\d+)?) % av personal\s+som är involverad i samverkan\s+upplever/g,
      indicator: "staff_collaboration_benefit_share",
      note: "staff in collaboration who find it benefits the individual",
    },
  ];
  for (const r of rules)
    for (const m of idx.matchAll(r.re)) {
      const line = idx.lineAt(m.index! + m[0].indexOf(m[1]!));
      facts.push({
        table: "indicator",
        year,
        scope: "federation",
        indicator: r.indicator,
        gender: "all",
        value: num(m[1]!),
        unit: "percent",
        n: r.nGroup ? Number(m[r.nGroup]) : null,
        note: r.note,
        line,
        text: idx.snippet(m.index!, m.index! + m[0].length),
        section: "goals",
        approximate: false,
      });
    }
}
