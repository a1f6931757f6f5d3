/**
 * The goal follow-up table ("Uppföljning och resultat utifrån Verksamhetsplanen"): four goal
 * levels, each with goals, how they are measured, and an assessment. In the text layer the
 * table's columns arrive one after another, so a level block reads: goal bullets, then
 * measurement bullets, then assessment paragraphs. We rebuild the rows from that order, not from
 * positions, so a report that wraps or reorders its levels still parses.
 */
import { goalIndicator, goalLevel, matchCode, type GoalLevel } from "../../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../../documentText.ts";
import { findAmounts, findPercents } from "../../numbers.ts";

const SECTION = "goals";
const START = /(Uppföljning och resultat utifrån verksamhetsplan|^Resultatmål\b.*Måluppnåelse|^Målområde\b)/i;
const LEVEL_PREFIX = /^(Mål på|Målområde:?)\s*/i;
const LEVEL_WORD = /^(individ|struktur|organisation|ekonomi)\w*[\s-]*nivå/i;
const END = /^(Uppföljning och resultat för|Resultat och måluppfyllelse redovisas|\d+(\.\d+)+\.?\s+\p{Lu})/u;
const BULLET = /[•●▪]/;

const LEVEL_BY_STEM: Record<string, GoalLevel> = {
  individ: "individual",
  struktur: "structural",
  organisation: "organisational",
  ekonomi: "financial",
};

interface Entry {
  bullet: boolean;
  parts: string[];
  line: number;
}

interface LevelBlock {
  level: GoalLevel;
  line: number;
  entries: Entry[];
}

export function parseGoalFollowUp(doc: DocumentText): ParseOutput {
  const start = doc.find(START) ?? doc.find(/^Mål på\s*(individ|struktur|organisation|ekonomi)/i);
  if (start === undefined)
    return {
      facts: [],
      findings: [],
      coverage: [{ section: SECTION, status: "missing", line: null, facts: 0, note: "no goal follow-up table found" }],
    };
  const year = Number(
    /verksamhetsplan\w*\s+(?:för\s+)?((?:19|20)\d\d)/i.exec(doc.join(start, Math.min(doc.lineCount, start + 3)))?.[1] ??
      doc.periodYear,
  );
  const blocks = readLevelBlocks(doc, start);
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const counters = new Map<GoalLevel, number>();
  for (const block of blocks) {
    const rows = pairColumns(block.entries);
    if (rows.length === 0) {
      findings.push({
        check_id: "goal.unparsed",
        severity: "warning",
        subject: `goal:${block.level}`,
        line: block.line,
        message: `goal level ${block.level}: no goals found under its heading`,
      });
      continue;
    }
    for (const row of rows) {
      const n = (counters.get(block.level) ?? 0) + 1;
      counters.set(block.level, n);
      const indicator = matchCode(goalIndicator, row.goal) ?? `${block.level}_goal_${n}`;
      const values = readTargetAndOutcome(row);
      facts.push({
        table: "goal",
        year,
        indicator,
        level: block.level,
        goal_text: row.goal,
        target: values.target,
        outcome: values.outcome,
        unit: values.unit,
        assessment: row.assessment || null,
        line: row.line,
        text: [row.goal, row.activity, row.assessment].filter(Boolean).join(" | "),
        section: SECTION,
        approximate: values.approximate,
      });
      if (!row.assessment)
        findings.push({
          check_id: "goal.no_assessment",
          severity: "info",
          subject: `goal:${indicator}`,
          line: row.line,
          message: `goal "${row.goal.slice(0, 60)}": no assessment column could be paired with it`,
        });
    }
  }
  const levels = new Set(blocks.map((b) => b.level));
  for (const level of goalLevel.codes)
    if (!levels.has(level))
      findings.push({
        check_id: "goal.level_missing",
        severity: "info",
        subject: `goal:${level}`,
        line: start,
        message: `goal follow-up has no ${level} level`,
      });
  return {
    facts,
    findings,
    coverage: [
      {
        section: SECTION,
        status: facts.length > 0 ? "parsed" : blocks.length > 0 ? "partial" : "missing",
        line: start,
        facts: facts.length,
        note: `${blocks.length} goal levels`,
      },
    ],
  };
}

/**
 * "Mål på individnivå • 100 % …", "Mål på" / "organisations-nivå" wrapped over two lines, or a
 * bare "Ekonomisk nivå": the level, the line it ends on, and any cell text after it.
 */
function readLevelHead(doc: DocumentText, n: number): { level: GoalLevel; lastLine: number; rest: string } | undefined {
  const text = doc.at(n);
  const prefixed = LEVEL_PREFIX.exec(text);
  let rest = prefixed ? text.slice(prefixed[0].length) : text;
  let lastLine = n;
  if (prefixed && !LEVEL_WORD.test(rest)) {
    // The level word wrapped: "Mål på ekonomisk" / "nivå", "Mål på" / "organisations-nivå".
    const next = doc.nextNonBlank(n, 2);
    if (next === undefined) return undefined;
    rest = `${rest} ${doc.at(next)}`.trim();
    lastLine = next;
  }
  const word = LEVEL_WORD.exec(rest);
  // Without "Mål på" the level word must stand alone or open the first goal cell.
  if (!word || (!prefixed && !/^\s*([•●▪]|$)/.test(rest.slice(word[0].length)))) return undefined;
  return { level: LEVEL_BY_STEM[word[1]!.toLowerCase()]!, lastLine, rest: rest.slice(word[0].length).trim() };
}

/** Walk from the table's start to its end, cutting it at level headings and into entries. */
function readLevelBlocks(doc: DocumentText, start: number): LevelBlock[] {
  const blocks: LevelBlock[] = [];
  let current: LevelBlock | undefined;
  let entry: Entry | undefined;
  let blankBefore = true;
  for (let n = start + 1; n <= doc.lineCount; n++) {
    let text = doc.at(n);
    if (current && END.test(text)) break;
    const head = readLevelHead(doc, n);
    if (head) {
      current = { level: head.level, line: n, entries: [] };
      blocks.push(current);
      entry = undefined;
      blankBefore = true;
      n = head.lastLine;
      text = head.rest;
      if (text === "") continue;
    }
    if (!current) continue;
    if (text === "") {
      blankBefore = true;
      continue;
    }
    const pieces = text.split(BULLET);
    pieces.forEach((piece, i) => {
      const t = piece.trim();
      const isBullet = i > 0;
      if (isBullet) {
        entry = { bullet: true, parts: t ? [t] : [], line: n };
        current!.entries.push(entry);
      } else if (t !== "") {
        // After a blank line a capitalised line starts a new cell; a lower-case one or a
        // number continues the wrapped cell above.
        if (!entry || (blankBefore && /^\p{Lu}/u.test(t))) {
          entry = { bullet: false, parts: [t], line: n };
          current!.entries.push(entry);
        } else entry.parts.push(t);
      }
    });
    blankBefore = false;
  }
  return blocks;
}

interface GoalRow {
  goal: string;
  activity: string;
  assessment: string;
  line: number;
}

/**
 * Entries after the last bullet are assessments; before them come the goals and then their
 * measurements. With as many goals as assessments they pair one to one; a single goal with
 * several measurements takes them all.
 */
function pairColumns(entries: Entry[]): GoalRow[] {
  const text = (e: Entry) => e.parts.join(" ").replace(/\s+/g, " ").trim();
  const lastBullet = entries.map((e) => e.bullet).lastIndexOf(true);
  const before = entries.slice(0, lastBullet + 1).filter((e) => text(e) !== "");
  const assessments = entries
    .slice(lastBullet + 1)
    .map(text)
    .filter(Boolean);
  const a = assessments.length;
  if (before.length === 0) return [];
  if (a === 0 || before.length <= a) {
    return before.filter((e) => e.bullet).map((e) => ({ goal: text(e), activity: "", assessment: "", line: e.line }));
  }
  const goalCount = before.length - a;
  const goals = before.slice(0, goalCount);
  const activities = before.slice(goalCount).map(text);
  if (goalCount === 1)
    return [
      {
        goal: text(goals[0]!),
        activity: activities.join(" "),
        assessment: assessments.join("; "),
        line: goals[0]!.line,
      },
    ];
  return goals.map((g, i) => {
    const last = i === goalCount - 1;
    return {
      goal: text(g),
      activity: (last ? activities.slice(i) : activities.slice(i, i + 1)).join(" "),
      assessment: (last ? assessments.slice(i) : assessments.slice(i, i + 1)).join("; "),
      line: g.line,
    };
  });
}

/** Target from the goal's own wording; outcome from the assessment, else the measurement. */
function readTargetAndOutcome(row: GoalRow): {
  target: number | null;
  outcome: number | null;
  unit: "percent" | "sek" | "text";
  approximate: boolean;
} {
  const targetPct = findPercents(row.goal)[0];
  if (targetPct) {
    const outcome = findPercents(row.assessment)[0] ?? findPercents(row.activity).at(-1);
    return {
      target: targetPct.value,
      outcome: outcome?.value ?? null,
      unit: "percent",
      approximate: outcome?.approximate ?? false,
    };
  }
  // A money goal ("behållningen ska följa riktlinjen"): the cap and the outcome are amounts.
  const amounts = findAmounts(row.activity);
  if (amounts.length >= 2) {
    const context = (i: number) => row.activity.slice(Math.max(0, amounts[i]!.index - 40), amounts[i]!.index);
    const capIdx = amounts.findIndex((_, i) => /(uppgå till|högst|maximalt|max)\s*$/i.test(context(i)));
    const outIdx = amounts
      .map((_, i) => i)
      .reverse()
      .find((i) => /(blev|uppgick till|utfall\w*( var)?)\s*$/i.test(context(i)));
    if (capIdx >= 0 && outIdx !== undefined && outIdx !== capIdx)
      return {
        target: amounts[capIdx]!.sek,
        outcome: amounts[outIdx]!.sek,
        unit: "sek",
        approximate: amounts[outIdx]!.approximate,
      };
  }
  return { target: null, outcome: null, unit: "text", approximate: false };
}
