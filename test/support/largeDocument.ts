/**
 * Large documents for the robustness tests and the benchmark: a seed document repeated to a
 * size. With `renumber`, each copy's § numbers (headings and decision references) are moved on
 * by the copy's offset, so the result reads as one long meeting with many distinct items rather
 * than the same items over and over.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT } from "../helpers.ts";

export const LARGE_SEEDS = {
  minutes: {
    file: "blekinge/blekinge_2025-05-05_styrelseprotokoll.txt",
    date: "2025-05-05",
    kind: "board_minutes",
    year: 2025,
  },
  report: { file: "kalmar/kalmar_2024_arsredovisning.txt", date: "2025-04-11", kind: "annual_report", year: 2024 },
} as const;

export function seedText(file: string): string {
  return readFileSync(resolve(ROOT, "data/sources", file), "utf8");
}

/** `text` repeated until it is at least `bytes` long (UTF-8). */
export function repeatToSize(text: string, bytes: number, { renumber = false } = {}): string {
  const copy = text.endsWith("\n") ? text : `${text}\n`;
  const copies = Math.ceil(bytes / Buffer.byteLength(copy));
  if (!renumber) return copy.repeat(copies);
  const highest = Math.max(0, ...[...copy.matchAll(/§\s*0*(\d+)/g)].map((m) => Number(m[1])));
  const parts: string[] = [];
  for (let k = 0; k < copies; k++)
    parts.push(
      k === 0
        ? copy
        : copy.replace(/§(\s*)0*(\d+)/g, (_, space: string, n: string) => `§${space}${Number(n) + k * (highest + 1)}`),
    );
  return parts.join("");
}
