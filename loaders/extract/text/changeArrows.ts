/**
 * A change since last year written after a figure with an arrow: "188   ▲ 14", "92   ▼ 3", "10   ► 0",
 * "36,0   ▲ 1,9", or in running text "(▲ 14)". The arrow's number is the change, never a figure of the
 * year nor last year's: the arrow and its number are blanked (spaces, so the columns stay where they
 * were); a bracket holding nothing else goes with them, and the space before it. Only after a figure on the same line or
 * inside a bracket: an arrow opening a line ("► 188 deltagare") is a bullet, and its figure stays. Pure.
 */
import { mayHold } from "./wholeText.ts";

// A change's arrows only: "→" and "➡" lead from one figure to the next ("150 → 174"), never a change.
const ARROWS = "▲▼►△▽▴▾";
const CHANGE = new RegExp(
  `(\\s*\\(\\s*)?[${ARROWS}]\\s*[+−–-]?(?:\\d{1,3}(?:[  ]\\d{3})+|\\d+)(?:[,.]\\d+)?(?:\\s*%)?(\\s*\\))?`,
  "gu",
);

const ANY_ARROW = new RegExp(`[${ARROWS}]`, "u");

/** The lines with each arrow and its change blanked; undefined where no line has one. */
export function blankChangeArrows(lines: readonly string[]): string[] | undefined {
  // Cheap first: an arrow anywhere in the document.
  if (!mayHold(lines, ANY_ARROW)) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blanked = line.replace(CHANGE, (m: string, open?: string, close?: string, at = 0) => {
      // "(▲ 14)" in running text: the bracket holds the change alone, and goes with it (and the space before).
      if (open !== undefined && close !== undefined) return "";
      // After a figure on the line; an arrow opening a line is a bullet.
      if (!/\d/.test(line.slice(0, at))) return m;
      const kept = open ?? "";
      return kept + " ".repeat(m.length - kept.length - (close?.length ?? 0)) + (close ?? "");
    });
    if (blanked === line) continue;
    out ??= [...lines];
    out[i] = blanked.trimEnd();
  }
  return out;
}
