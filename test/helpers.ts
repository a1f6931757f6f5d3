/** Shared test helpers: the seed report as a DocumentText, and altered copies of it. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DocumentText } from "../loaders/extract/documentText.ts";
import { splitLines } from "../loaders/input/readSourceFile.ts";
import type { FactInput } from "../loaders/schema/facts.ts";

export const ROOT = resolve(import.meta.dirname, "..");
export const REPORT = resolve(ROOT, "data/sources/kalmar/kalmar_2024_arsredovisning.txt");

export function reportLines(): string[] {
  return splitLines(readFileSync(REPORT, "utf8"));
}

export function docOf(lines: readonly string[], year = 2024): DocumentText {
  return new DocumentText("kalmar/2024-annual-report", lines, year);
}

/** A fact without its position, for comparing readings of altered documents. */
export function factKey(f: FactInput): string {
  const { line: _l, text: _t, ...rest } = f as FactInput & { line: number; text: string };
  return JSON.stringify(Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))));
}

export function find<T extends FactInput>(facts: readonly FactInput[], pred: (f: FactInput) => boolean): T | undefined {
  return facts.find(pred) as T | undefined;
}

/** Facts of any table, for reading fields in assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFact = FactInput & Record<string, any>;
