/**
 * A reader of tables that own their lines (a month-by-month or quarter-by-quarter table read whole): the
 * document's tables found once, their facts as a reader's output, and another reader's output without its
 * facts on those lines (the table's own reading wins there). Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import { oncePerDocument, type DocumentText, type ParseOutput } from "../documentText.ts";

/** A table read whole: its first and last line and the facts read from it. */
export interface SpanTable {
  from: number;
  to: number;
  facts: FactInput[];
}

export function spanTableReader<T extends SpanTable>(tablesOf: (doc: DocumentText) => T[]) {
  const tables = oncePerDocument(tablesOf);
  return {
    tables,
    parse: (doc: DocumentText): ParseOutput => ({
      facts: tables(doc).flatMap((t) => t.facts),
      findings: [],
      coverage: [],
    }),
    without: (doc: DocumentText, output: ParseOutput): ParseOutput => {
      const found = tables(doc);
      if (found.length === 0) return output;
      const inside = (line: number) => found.some((t) => line >= t.from && line <= t.to);
      return { ...output, facts: output.facts.filter((f) => !inside(f.line)) };
    },
  };
}
