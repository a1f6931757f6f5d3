/**
 * Two rows of one participant table that both give the federation's figures ("Summa insatser 198"
 * and "Förbundet, unika personer 181" under a list of interventions): a sum over interventions
 * counts a person once in each intervention they took part in, so it overstates the federation's
 * people; the row that says it counts each person once is the federation's. Where two federation
 * rows give different figures for the same measure and none says it counts people once, which is
 * the federation's is unknowable, and neither is stored. Rows that agree are left as they are.
 * Pure: it returns which facts to keep and the findings for those set aside.
 */
import { UNIQUE_PERSONS_LABEL } from "../../reference/rowLabels.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { unreadNumber } from "../findings.ts";

type CountOrExit = Extract<FactInput, { table: "participant_count" | "participant_breakdown" }>;

/** What a federation-scope fact counts: the same key from two rows is the same figure told twice. */
function keyOf(f: CountOrExit): string {
  return f.table === "participant_count"
    ? `c|${f.year}|${f.measure}|${f.gender}`
    : `b|${f.year}|${f.population}|${f.dimension}|${f.category}`;
}

/**
 * Of `facts` (one table's, in row order), those to keep, and a finding for each row set aside.
 * `labelOf` gives a line's row label.
 */
export function keepUniqueTotals(
  facts: readonly FactInput[],
  labelOf: (line: number) => string,
  section: string,
): { facts: FactInput[]; findings: FindingInput[] } {
  const ofFederation = (f: FactInput): f is CountOrExit =>
    (f.table === "participant_count" || f.table === "participant_breakdown") && f.intervention === null;
  const linesByKey = new Map<string, Map<number, number | undefined>>();
  for (const f of facts) {
    if (!ofFederation(f)) continue;
    const k = keyOf(f);
    const m = linesByKey.get(k) ?? new Map<number, number | undefined>();
    m.set(f.line, f.value);
    linesByKey.set(k, m);
  }
  const countsOnce = (l: number) => UNIQUE_PERSONS_LABEL.test(labelOf(l));
  const dropLines = new Set<number>();
  /** Rows standing beside a row that counts each person once, under some key. */
  const besideUnique = new Set<number>();
  for (const byLine of linesByKey.values()) {
    const lines = [...byLine.keys()];
    const unique = lines.filter(countsOnce);
    if (unique.length > 0) for (const l of lines) besideUnique.add(l);
    if (byLine.size < 2 || new Set(byLine.values()).size < 2) continue;
    for (const l of lines) if (unique.length !== 1 || l !== unique[0]) dropLines.add(l);
  }
  const findings: FindingInput[] = [];
  if (dropLines.size === 0) return { facts: [...facts], findings };
  for (const l of [...dropLines].sort((a, b) => a - b))
    findings.push(
      unreadNumber({
        subject: section,
        line: l,
        value: labelOf(l),
        message: countsOnce(l)
          ? `row "${labelOf(l)}" and another row of the table both give the federation's figures, differently, and more than one says it counts each person once; not stored`
          : `row "${labelOf(l)}" gives the federation's figures differently from another row of the table${
              besideUnique.has(l)
                ? " that counts each person once (a sum over interventions counts a person in each)"
                : ", and neither says it counts each person once"
            }; not stored`,
      }),
    );
  return { facts: facts.filter((f) => !(ofFederation(f) && dropLines.has(f.line))), findings };
}
