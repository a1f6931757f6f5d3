/**
 * The core figures: the few numbers every annual report should yield, whatever the federation.
 * One constant, used by the coverage report, the curated template and the tests, so "what a
 * report must give us" is defined once. `coreFigureCoverage` says which of them an extraction
 * found and which are missing.
 */
import type { Extraction, Fact } from "../schema/facts.ts";
import type { Registry } from "../schema/registry.ts";
import { NameResolver, memberIdFor } from "./resolveNames.ts";
import type { Gender, Measure } from "./codes.ts";
import { conceptById, foldLabel, scoreConcept } from "./concepts.ts";

/**
 * What a line that holds a core figure looks like, scored 0–1 so that the candidate finder
 * takes the line that names the figure best ("Verksamhetens kostnader 4 901 100" over a
 * sentence that mentions costs). Built from the concept lexicon, as every reader's labels are.
 */
export interface LineHint {
  score(text: string): number;
  test(text: string): boolean;
}

/** A hint from concepts of the lexicon: the best score any of them gives the line's words. */
export function conceptLineHint(...ids: string[]): LineHint {
  const concepts = ids.map(conceptById);
  const score = (text: string) => {
    const label = foldLabel(text);
    return Math.max(0, ...concepts.map((c) => scoreConcept(c, label)));
  };
  return { score, test: (text) => score(text) > 0 };
}

/** A hint from a pattern (a member's name), scored by the share of the line it fills. */
function patternHint(re: RegExp): LineHint {
  const score = (text: string) => {
    const m = re.exec(text);
    const words = foldLabel(text).words.length;
    return m ? Math.min(1, m[0].split(/\s+/).length / Math.max(1, words)) : 0;
  };
  return { score, test: (text) => re.test(text) };
}

export const CORE_FIGURES = {
  /** Whole-federation participant counts (intervention NULL) for the report's year. */
  participants: [
    {
      measure: "enrolled",
      gender: "all",
      sv: "Inskrivna deltagare",
      hint: conceptLineHint("participants:enrolled"),
    },
    { measure: "enrolled", gender: "woman", sv: "Inskrivna kvinnor", hint: conceptLineHint("gender:woman") },
    { measure: "enrolled", gender: "man", sv: "Inskrivna män", hint: conceptLineHint("gender:man") },
    { measure: "new", gender: "all", sv: "Nya deltagare", hint: conceptLineHint("participants:new") },
    { measure: "exited", gender: "all", sv: "Avslutade deltagare", hint: conceptLineHint("participants:exited") },
  ] as const satisfies readonly { measure: Measure; gender: Gender; sv: string; hint: LineHint }[],
  /** Destinations of exited participants (participant_breakdown, population exited, dimension exit_outcome). */
  exitDestinations: {
    population: "exited",
    dimension: "exit_outcome",
    sv: "Avslutade efter vart de gick",
    hint: conceptLineHint("exit:work_or_studies", "exit:work", "exit:studies"),
  },
  /** The federation's headline share: either code counts. */
  headlineRate: {
    indicators: ["positive_step_rate_reported", "work_or_studies_rate_reported"],
    sv: "Andel till arbete eller studier (förbundets mått)",
    hint: conceptLineHint("rate:work_or_studies", "rate:positive_step"),
  },
  /** Finance items, per year column the document shows (its period year and the prior year). */
  finance: [
    {
      item: "revenue_operating",
      sv: "Verksamhetens intäkter",
      hint: conceptLineHint("finance:revenue_operating"),
    },
    {
      item: "cost_operating",
      sv: "Verksamhetens kostnader",
      hint: conceptLineHint("finance:cost_operating"),
    },
    { item: "operating_result", sv: "Verksamhetens resultat", hint: conceptLineHint("finance:operating_result") },
    { item: "result", sv: "Årets resultat", hint: conceptLineHint("finance:result") },
    { item: "equity_end", sv: "Eget kapital vid årets slut", hint: conceptLineHint("finance:equity_end") },
    { item: "assets_total", sv: "Summa tillgångar", hint: conceptLineHint("finance:assets_total") },
  ] as const,
  /** Member types that pay a contribution of their own; FK and AF pay through the state pseudo-member. */
  memberContribution: { memberTypes: ["municipality", "region", "state"], sv: "Medlemsbidrag" },
} as const;

export type CoreFigureKind =
  "participant_count" | "participant_breakdown" | "indicator" | "finance" | "member_contribution";

/** One expected core figure and whether the extraction has it. */
export interface CoreFigureStatus {
  /** Stable key, e.g. `participant_count:enrolled:all`, `finance:result:2023`, `member_contribution:x/borgholm`. */
  figure: string;
  kind: CoreFigureKind;
  /** Swedish label for people (report, template, site). */
  label: string;
  year: number;
  status: "found" | "missing";
  /** Line of the fact that gave it (found), else null. */
  line: number | null;
  /** For template hints: what to look for in the text. */
  hint: LineHint;
  /** Member name for member_contribution figures. */
  member?: string;
  finance_item?: string;
  measure?: Measure;
  gender?: Gender;
}

/** Core figures apply to annual reports only (minutes carry decisions, not the year's figures). */
export function isAnnualReport(documentId: string): boolean {
  return /-annual-report$/.test(documentId);
}

function escape(s: string): RegExp {
  return new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
}

/**
 * Which core figures the extraction found, in the constant's order. Finance is expected for
 * the period year and for the prior year when the document shows a prior-year column (any
 * finance fact for that year). Member contributions are expected for each paying member.
 */
export function coreFigureCoverage(
  extraction: Pick<Extraction, "document_id" | "federation_id" | "period_year" | "facts">,
  registry?: Registry,
  /**
   * Names resolved by this registry (the load passes its federation's resolver, which remembers
   * its answers across the federation's documents); by default one made for this call.
   */
  resolver: NameResolver = new NameResolver(new Map(registry ? [[registry.federation_id, registry]] : [])),
): CoreFigureStatus[] {
  if (!isAnnualReport(extraction.document_id)) return [];
  const year = extraction.period_year;
  const facts = extraction.facts;
  const out: CoreFigureStatus[] = [];
  const first = (pred: (f: Fact) => boolean) => facts.find(pred)?.line ?? null;
  const push = (s: Omit<CoreFigureStatus, "status">) =>
    out.push({ ...s, status: s.line === null ? "missing" : "found" });

  for (const p of CORE_FIGURES.participants)
    push({
      figure: `participant_count:${p.measure}:${p.gender}`,
      kind: "participant_count",
      label: p.sv,
      year,
      hint: p.hint,
      measure: p.measure,
      gender: p.gender,
      line: first(
        (f) =>
          f.table === "participant_count" &&
          f.intervention === null &&
          f.year === year &&
          f.measure === p.measure &&
          f.gender === p.gender,
      ),
    });
  const ex = CORE_FIGURES.exitDestinations;
  push({
    figure: "participant_breakdown:exited:exit_outcome",
    kind: "participant_breakdown",
    label: ex.sv,
    year,
    hint: ex.hint,
    line: first(
      (f) =>
        f.table === "participant_breakdown" &&
        f.intervention === null &&
        f.year === year &&
        f.population === ex.population &&
        f.dimension === ex.dimension,
    ),
  });
  const hr = CORE_FIGURES.headlineRate;
  push({
    figure: "indicator:headline_rate",
    kind: "indicator",
    label: hr.sv,
    year,
    hint: hr.hint,
    line: first(
      (f) =>
        f.table === "indicator" &&
        f.scope === "federation" &&
        f.year === year &&
        (hr.indicators as readonly string[]).includes(f.indicator),
    ),
  });
  const financeYears = [
    year,
    ...(facts.some((f) => f.table === "finance" && f.basis === "actual" && f.year === year - 1) ? [year - 1] : []),
  ];
  for (const y of financeYears)
    for (const fi of CORE_FIGURES.finance)
      push({
        figure: `finance:${fi.item}:${y}`,
        kind: "finance",
        label: `${fi.sv} ${y}`,
        year: y,
        hint: fi.hint,
        finance_item: fi.item,
        line: first((f) => f.table === "finance" && f.basis === "actual" && f.year === y && f.item === fi.item),
      });
  if (registry) {
    const paying = new Set<string>(CORE_FIGURES.memberContribution.memberTypes);
    const stateId = registry.members.find((m) => m.member_type === "state");
    const found = new Map<string, number>();
    /** Each member id's first member: its id slugged once per call, not once per fact and member. */
    let memberOf: Map<string, Registry["members"][number]> | undefined;
    for (const f of facts) {
      if (f.table !== "member_contribution" || f.year !== year || f.basis !== "actual") continue;
      let id = resolver.member(registry.federation_id, f.member);
      if (!memberOf) {
        memberOf = new Map();
        for (const x of registry.members) {
          const k = memberIdFor(registry, x.short_name);
          if (!memberOf.has(k)) memberOf.set(k, x);
        }
      }
      const m = id === undefined ? undefined : memberOf.get(id);
      // FK's or AF's own line is part of the state's share.
      if (m && !paying.has(m.member_type) && stateId) id = memberIdFor(registry, stateId.short_name);
      if (id && !found.has(id)) found.set(id, f.line);
    }
    for (const m of registry.members) {
      if (!paying.has(m.member_type)) continue;
      if (m.left_on && m.left_on < `${year}-01-01`) continue;
      if (m.joined_on && m.joined_on > `${year}-12-31`) continue;
      const id = memberIdFor(registry, m.short_name);
      push({
        figure: `member_contribution:${id}`,
        kind: "member_contribution",
        label: `${CORE_FIGURES.memberContribution.sv} ${m.name}`,
        year,
        member: m.name,
        hint: patternHint(
          m.member_type === "state"
            ? /staten|försäkringskassan|arbetsförmedlingen|\bFK\b|\bAF\b/i
            : escape(m.short_name),
        ),
        line: found.get(id) ?? null,
      });
    }
  }
  return out;
}
