/**
 * The figures and traps a generated document's sections registered. Sections are rendered in
 * precedence order and assembled in reading order; a figure registered twice keeps its first
 * registration (statements are registered before overviews, so
 * the exact kronor of a statement win over a rounded restatement of the same figure).
 */

export const LAYERS = ["statement", "participant_table", "multi_year", "prose", "contributions"] as const;
export type Layer = (typeof LAYERS)[number];

/*
 * The truth's shape, as plain types: the same fields as the style corpus's truth.yaml
 * (test/styles/truth.ts's `truthSchema`, which the test side parses a generated truth with), so
 * that the generator lives beside the synth CLI without importing anything from test/.
 */

export type FinanceItem =
  "revenue_operating" | "cost_operating" | "operating_result" | "result" | "equity_end" | "assets_total";

type CountRow = {
  year: number;
  measure: "enrolled" | "new" | "exited";
  gender: "all" | "woman" | "man";
  value: number;
  approximate?: boolean;
  text: string;
};
type BreakdownRow = {
  year: number;
  category: string;
  value: number;
  approximate?: boolean;
  text: string;
};
type IndicatorRow = {
  year: number;
  indicator: "positive_step_rate_reported" | "work_or_studies_rate_reported";
  value: number;
  n: number;
  approximate?: boolean;
  text: string;
};
type FinanceRow = {
  year: number;
  basis: "actual" | "budget";
  item: FinanceItem;
  amount_sek: number;
  text: string;
};
type ContributionRow = {
  year: number;
  basis: "actual" | "budget";
  member_id: string;
  amount_sek: number;
  text: string;
};

/** A condition on one column of a trap: a value (null = IS NULL), or an operator. */
export type CellCondition =
  | null
  | string
  | number
  | boolean
  | { in: (string | number)[] }
  | { not_in: (string | number)[] }
  | { gte: number }
  | { not_null: true };

/** A number a correct reader must not store, and the condition on the warehouse that says so. */
export interface Trap {
  trap: string;
  what: string;
  line: string;
  condition: string;
  table: "participant_count" | "participant_breakdown" | "indicator" | "finance" | "member_contribution";
  where: Record<string, CellCondition>;
}

type WithTags<T> = T & { layer: Layer; features: string[] };

/** The core figures of a generated document, each with its reading layer and layout features. */
export interface TruthArrays {
  participant_count: WithTags<CountRow>[];
  participant_breakdown: WithTags<BreakdownRow>[];
  indicator: WithTags<IndicatorRow>[];
  finance: WithTags<FinanceRow>[];
  member_contribution: WithTags<ContributionRow>[];
}

/** A generated document's truth, in the truth.yaml format (before the test side's schema parses it). */
export interface GeneratedTruth extends TruthArrays {
  style: string;
  about: string;
  federation: { id: string; name: string; county: string; members: string[] };
  document: { file: string; kind: "annual_report"; year: number };
  extra: never[];
  findings: never[];
  must_not_store: Trap[];
}

export type Figure =
  | { table: "participant_count"; row: CountRow }
  | { table: "participant_breakdown"; row: BreakdownRow }
  | { table: "indicator"; row: IndicatorRow }
  | { table: "finance"; row: FinanceRow }
  | { table: "member_contribution"; row: ContributionRow };

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
  readonly figures = new Map<string, Registered>();
  readonly traps: Trap[] = [];
  /** Layout features the document uses, for the per-feature totals. */
  readonly features = new Set<string>();

  figure(figure: Figure, layer: Layer, features: readonly string[]): void {
    for (const f of features) this.features.add(f);
    const key = figureKey(figure);
    if (!this.figures.has(key)) this.figures.set(key, { figure, layer, features: [...new Set(features)] });
  }

  trap(t: Trap): void {
    this.traps.push(t);
  }

  /** The figures as the truth's arrays, each tagged with its layer and features. */
  truthArrays(): TruthArrays {
    const out: TruthArrays = {
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
