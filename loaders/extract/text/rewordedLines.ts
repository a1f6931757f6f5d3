/**
 * Lines a reading step said again in the readers' words, and the facts that quote them. A step that
 * rewrites a line so a reader can read it (an outcome note's "Resultat: 231 deltagare …" said as "Under 2025
 * hade förbundet 231 deltagare …", `outcomeNotes.ts`) leaves the readers quoting words the document never
 * held; the provenance must show the document's own line. `rewordedLines` records which document lines a
 * step changed and what it made of them; `quoteRewordedLines` puts the document's wording back into each
 * fact that cites such a line and quotes the rewritten words (`englishText.ts` `documentWording`), leaving
 * every other fact as read. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import { documentWording } from "./englishText.ts";

/**
 * The lines `after` changed from `before` (both one per document line), by document line number; undefined
 * where nothing changed or the two are not one per document line.
 */
export function rewordedLines(
  before: readonly string[],
  after: readonly string[],
  documentLineCount: number,
): Map<number, string> | undefined {
  if (before === after || before.length !== after.length || after.length !== documentLineCount) return undefined;
  let out: Map<number, string> | undefined;
  for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) (out ??= new Map()).set(i + 1, after[i]!);
  return out;
}

const clean = (line: string) => line.replace(/\s+/g, " ").trim();

/**
 * The facts, each citing a reworded line and quoting words its document line does not hold given the
 * document's own wording; every other fact as it was.
 */
export function quoteRewordedLines(
  facts: readonly FactInput[],
  reworded: ReadonlyMap<number, string>,
  document: readonly string[],
): FactInput[] {
  const view = document.map((line, i) => reworded.get(i + 1) ?? line);
  return facts.map((f) => {
    const text = (f as { text?: unknown }).text;
    if (typeof text !== "string" || f.line === null || !reworded.has(f.line)) return f;
    if (clean(document[f.line - 1] ?? "").includes(clean(text))) return f;
    return documentWording([f], view, document)[0]!;
  });
}
