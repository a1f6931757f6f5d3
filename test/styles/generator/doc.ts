/**
 * A document being generated: its sections of lines, and the figures and traps each section
 * registered. Sections are written in any order and assembled in reading order; a figure
 * registered twice keeps its first registration (statements are registered before overviews, so
 * the exact kronor of a statement win over a rounded restatement of the same figure).
 */
import type { Truth } from "../truth.ts";

export const LAYERS = ["statement", "participant_table", "multi_year", "prose", "contributions"] as const;
export type Layer = (typeof LAYERS)[number];

type Row<K extends keyof Truth> = Truth[K] extends readonly (infer R)[] ? R : never;
type Tagged<T> = Omit<T, "layer" | "features" | "approximate"> & { approximate?: boolean };

export type Figure =
  | { table: "participant_count"; row: Tagged<Row<"participant_count">> }
  | { table: "participant_breakdown"; row: Tagged<Row<"participant_breakdown">> }
  | { table: "indicator"; row: Tagged<Row<"indicator">> }
  | { table: "finance"; row: Tagged<Row<"finance">> }
  | { table: "member_contribution"; row: Tagged<Row<"member_contribution">> };

export type Trap = Row<"must_not_store">;

interface Registered {
  figure: Figure;
  layer: Layer;
  features: string[];
}

export function figureKey(f: Figure): string {
  const r = f.row as Record<string, unknown>;
  const keyCols: Record<Figure["table"], string[]> = {
    participant_count: ["year", "measure", "gender"],
    participant_breakdown: ["year", "category"],
    indicator: ["year", "indicator"],
    finance: ["year", "basis", "item"],
    member_contribution: ["year", "basis", "member_id"],
  };
  return [f.table, ...keyCols[f.table].map((c) => String(r[c]))].join("|");
}

export class Doc {
  readonly sections = new Map<string, string[]>();
  readonly figures = new Map<string, Registered>();
  readonly traps: Trap[] = [];
  /** Layout features the document uses, for the per-feature totals. */
  readonly features = new Set<string>();

  section(name: string, lines: string[]): void {
    this.sections.set(name, lines);
  }

  figure(figure: Figure, layer: Layer, features: readonly string[]): void {
    for (const f of features) this.features.add(f);
    const key = figureKey(figure);
    if (!this.figures.has(key)) this.figures.set(key, { figure, layer, features: [...new Set(features)] });
  }

  trap(t: Trap): void {
    this.traps.push(t);
  }

  /** The figures as the truth's arrays, each tagged with its layer and features. */
  truthArrays(): Pick<Truth, "participant_count" | "participant_breakdown" | "indicator" | "finance" | "member_contribution"> {
    const out: Pick<Truth, "participant_count" | "participant_breakdown" | "indicator" | "finance" | "member_contribution"> = {
      participant_count: [],
      participant_breakdown: [],
      indicator: [],
      finance: [],
      member_contribution: [],
    };
    for (const { figure, layer, features } of this.figures.values()) {
      const row = { ...figure.row, layer, features };
      (out[figure.table] as unknown[]).push(row);
    }
    return out;
  }
}
