/**
 * Scores documents against their truths: every figure right, wrong or missing, totalled per
 * document, per reading layer and per layout feature, and every trap broken. Rendered as markdown.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brokenConditions, judge } from "../compare.ts";
import { expectations, type Truth } from "../truth.ts";
import { generate } from "./generated.ts";
import { runSandbox, type RunMode, type SandboxDocument } from "./runSandbox.ts";

export interface Tally {
  right: number;
  wrong: number;
  missing: number;
}

export interface DocumentScore extends Tally {
  name: string;
  failure?: string;
  trapsBroken: string[];
  wrongFigures: string[];
  missingFigures: string[];
}

export interface ScoreReport {
  documents: DocumentScore[];
  total: Tally;
  byLayer: Map<string, Tally>;
  byFeature: Map<string, Tally>;
  trapsBroken: number;
  trapsTotal: number;
  seconds: number;
}

const empty = (): Tally => ({ right: 0, wrong: 0, missing: 0 });

function add(map: Map<string, Tally>, key: string, verdict: keyof Tally) {
  const t = map.get(key) ?? empty();
  t[verdict]++;
  map.set(key, t);
}

/** Seeds from "1-40", "10001-10040" or "3,7,9-12". */
export function parseSeeds(spec: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(",")) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
    if (!m) throw new Error(`bad seed range "${part}": use e.g. 1-40 or 3,7,9-12`);
    const lo = Number(m[1]);
    const hi = Number(m[2] ?? m[1]);
    for (let s = lo; s <= hi; s++) out.push(s);
  }
  return out;
}

/** Writes each seed's document to `dir` and returns what to ingest. */
export function generatedDocuments(seeds: readonly number[], dir: string): SandboxDocument[] {
  mkdirSync(dir, { recursive: true });
  const docs: SandboxDocument[] = [];
  for (const seed of seeds) {
    const g = generate(seed);
    const sub = join(dir, g.truth.style);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, g.truth.document.file);
    writeFileSync(file, g.text);
    docs.push({ truth: g.truth, file });
  }
  return docs;
}

export async function scoreDocuments(docs: readonly SandboxDocument[], mode: RunMode): Promise<ScoreReport> {
  const run = await runSandbox(docs, mode);
  const report: ScoreReport = {
    documents: [],
    total: empty(),
    byLayer: new Map(),
    byFeature: new Map(),
    trapsBroken: 0,
    trapsTotal: 0,
    seconds: run.seconds,
  };
  for (const d of docs) {
    const truth: Truth = d.truth;
    const tables = run.tables.get(truth.federation.id) ?? {};
    const score: DocumentScore = {
      name: truth.style,
      ...empty(),
      failure: run.failures.get(truth.federation.id),
      trapsBroken: brokenConditions(truth, tables),
      wrongFigures: [],
      missingFigures: [],
    };
    for (const e of expectations(truth)) {
      const j = judge(e, tables);
      score[j.verdict]++;
      report.total[j.verdict]++;
      if (j.verdict === "wrong") score.wrongFigures.push(j.detail);
      if (j.verdict === "missing") score.missingFigures.push(j.detail);
      add(report.byLayer, e.layer ?? "untagged", j.verdict);
      for (const f of e.features ?? []) add(report.byFeature, f, j.verdict);
    }
    report.trapsBroken += score.trapsBroken.length;
    report.trapsTotal += truth.must_not_store.length;
    report.documents.push(score);
  }
  return report;
}

const pct = (t: Tally) => {
  const n = t.right + t.wrong + t.missing;
  return n === 0 ? "–" : `${((100 * t.right) / n).toFixed(1)} %`;
};

function tallyTable(title: string, rows: [string, Tally][]): string[] {
  return [
    `| ${title} | right | wrong | missing | figures | right-rate |`,
    "|---|--:|--:|--:|--:|--:|",
    ...rows.map(
      ([k, t]) => `| ${k} | ${t.right} | ${t.wrong} | ${t.missing} | ${t.right + t.wrong + t.missing} | ${pct(t)} |`,
    ),
  ];
}

export function renderMarkdown(title: string, r: ScoreReport, opts: { details?: boolean } = {}): string {
  const lines = [
    `## ${title}`,
    "",
    `${r.documents.length} documents, ${r.total.right + r.total.wrong + r.total.missing} figures: **${r.total.right} right, ${r.total.wrong} wrong, ${r.total.missing} missing** (${pct(r.total)}); traps broken ${r.trapsBroken} of ${r.trapsTotal}; ${r.seconds.toFixed(0)} s.`,
    "",
    ...tallyTable("layer", [...r.byLayer.entries()].sort()),
    "",
    ...tallyTable("layout feature", [...r.byFeature.entries()].sort()),
    "",
    "| document | right | wrong | missing | traps broken | note |",
    "|---|--:|--:|--:|--:|---|",
    ...r.documents.map(
      (d) => `| ${d.name} | ${d.right} | ${d.wrong} | ${d.missing} | ${d.trapsBroken.length} | ${d.failure ?? ""} |`,
    ),
  ];
  if (opts.details)
    for (const d of r.documents) {
      if (d.wrongFigures.length + d.trapsBroken.length + d.missingFigures.length === 0) continue;
      lines.push("", `### ${d.name}`, "");
      for (const w of d.wrongFigures) lines.push(`- wrong: ${w}`);
      for (const t of d.trapsBroken) lines.push(`- trap broken: ${t}`);
      for (const m of d.missingFigures) lines.push(`- missing: ${m}`);
    }
  return `${lines.join("\n")}\n`;
}
