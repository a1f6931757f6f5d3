/**
 * What the review page shows of a document: every core figure (read, curated or missing), the
 * lines, and for each missing figure its candidate lines with the numbers on them already
 * turned into the figure's unit (kronor for money, taking the line's or its table's unit).
 * Pure: built from an opened ReviewDocument.
 */
import { findAmounts, parseSwedishNumber } from "../extract/numbers.ts";
import { exitOutcome } from "../reference/codes.ts";
import { candidateFor } from "../ingest/curatedTemplate.ts";
import { unitAt } from "../extract/lineValues.ts";
import type { ReviewDocument, FigureState } from "./reviewDocument.ts";
import { figureStates } from "./reviewDocument.ts";

export interface NumberToken {
  /** As written ("9 874", "(1 204)", "41,5 %"). */
  raw: string;
  /** Offsets in the line. */
  start: number;
  end: number;
  /** The value in the figure's unit: kronor, a count or a percentage. */
  value: number | null;
  /** How it was turned into that unit ("tkr × 1 000"), for the person to check. */
  note: string | null;
}

export interface CandidateLine {
  line: number;
  text: string;
  numbers: NumberToken[];
}

export interface FigureView {
  figure: string;
  label: string;
  kind: FigureState["kind"];
  year: number;
  state: FigureState["state"];
  line: number | null;
  reason: string | null;
  candidates: CandidateLine[];
}

export interface ReviewState {
  documentId: string;
  title: string;
  year: number;
  /** Hash of the curated file as read: a save is refused if it changed since. */
  curatedSha256: string;
  lines: string[];
  figures: FigureView[];
  /** Exit destinations a breakdown figure is set for (code, Swedish label). */
  exitCategories: { code: string; sv: string }[];
}

const NUMBER = /\(\s*\d{1,3}(?: \d{3})*(?:,\d+)?\s*\)|[-−]?\d{1,3}(?: \d{3})+(?:,\d+)?|[-−]?\d+(?:,\d+)?/g;
const YEAR = /^(19|20)\d\d$/;

/** The numbers on a line, with their value for a figure of `kind`. Years and note numbers are skipped. */
export function numberTokens(lines: readonly string[], n: number, kind: FigureState["kind"]): NumberToken[] {
  const text = lines[n - 1] ?? "";
  const out: NumberToken[] = [];
  const money = kind === "finance" || kind === "member_contribution";
  const unit = money ? unitAt(lines, n) : null;
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0];
    if (YEAR.test(raw)) continue;
    const after = text.slice(m.index! + raw.length, m.index! + raw.length + 24);
    let value: number | null = null;
    let note: string | null = null;
    if (money) {
      const stated = findAmounts(`${raw.replace(/[()]/g, "")}${after}`)[0];
      const negative = raw.startsWith("(") || /^[-−]/.test(raw);
      const n = parseSwedishNumber(raw.replace(/[()−-]/g, "").trim());
      if (stated && stated.index === 0) value = (negative ? -1 : 1) * Math.abs(stated.sek);
      else if (n !== null && unit!.factor === null) note = `okänd enhet: ${unit!.word}`;
      else if (n !== null && unit!.factor !== null) {
        value = Math.round((negative ? -1 : 1) * n * unit!.factor);
        if (unit!.factor !== 1) note = `${unit!.word} × ${unit!.factor.toLocaleString("sv-SE")}`;
      }
    } else {
      const v = parseSwedishNumber(raw.replace(/[()]/g, ""));
      value = v;
      if (kind === "indicator" && !/^\s*(%|procent)/.test(after)) note = "inte angivet i procent";
    }
    out.push({ raw, start: m.index!, end: m.index! + raw.length, value, note });
  }
  return out;
}

/** Line n as a candidate for a figure of `kind`. */
export function candidateLine(lines: readonly string[], n: number, kind: FigureState["kind"]): CandidateLine {
  return { line: n, text: (lines[n - 1] ?? "").replace(/\s+$/, ""), numbers: numberTokens(lines, n, kind) };
}

/** Candidate lines of a missing figure: the template's first guess, then every line that fits its hint. */
function candidatesOf(d: ReviewDocument, f: FigureState, limit = 8): CandidateLine[] {
  const seen = new Set<number>();
  const out: CandidateLine[] = [];
  const add = (n: number) => {
    if (seen.has(n) || out.length >= limit) return;
    const c = candidateLine(d.lines, n, f.kind);
    if (c.numbers.length === 0) return;
    seen.add(n);
    out.push(c);
  };
  const first = candidateFor(f, d.extraction, d.lines);
  if (first) add(first.line);
  for (let n = 1; n <= d.lines.length && out.length < limit; n++) {
    const t = d.lines[n - 1]!;
    if (t.length <= 200 && f.hint.test(t)) add(n);
  }
  return out;
}

export function reviewState(d: ReviewDocument): ReviewState {
  return {
    documentId: d.documentId,
    title: d.entry.title,
    year: d.entry.period_year,
    curatedSha256: d.curated.sha256,
    lines: d.lines,
    exitCategories: exitOutcome.entries.map((e) => ({ code: e.code, sv: e.sv })),
    figures: figureStates(d).map((f) => ({
      figure: f.figure,
      label: f.label,
      kind: f.kind,
      year: f.year,
      state: f.state,
      line: f.line,
      reason: f.reason ?? null,
      candidates: f.state === "missing" ? candidatesOf(d, f) : [],
    })),
  };
}
