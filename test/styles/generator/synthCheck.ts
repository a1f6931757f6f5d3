/**
 * A `finsam synth --truth` corpus, loaded, against its generated truths: per federation-year,
 * every figure some generated report states for that year is right when the warehouse's row has
 * a value one of those reports shows (a report in tkr and the next in kr state the same year
 * differently), wrong when the row has another value, missing when there is no row; and the
 * must-not-store conditions of each report, on the rows read from that report.
 *
 *   npx tsx test/styles/generator/synthCheck.ts <corpus> [--details]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { query } from "../../support/sandbox.ts";
import { brokenConditions, matches, type Row, type Tables } from "../compare.ts";
import { expectations, TRUTH_TABLES, truthSchema, type Expectation } from "../truth.ts";

type Verdict = "right" | "wrong" | "missing";
type Tally = Record<Verdict, number>;

function sameValue(actual: unknown, expected: unknown): boolean {
  const a = typeof actual === "string" && /^-?\d+(\.\d+)?$/.test(actual) ? Number(actual) : actual;
  return typeof a === "number" && typeof expected === "number" ? Math.abs(a - expected) < 0.051 : a === expected;
}

async function main(): Promise<void> {
  const root = process.argv[2];
  if (!root) throw new Error("usage: synthCheck.ts <corpus> [--details]");
  const details = process.argv.includes("--details");
  const warehouse = join(root, "data", "warehouse.duckdb");
  const plan = parse(readFileSync(join(root, "synth.yaml"), "utf8")) as {
    federations: { id: string; source: string }[];
  };
  const total: Tally = { right: 0, wrong: 0, missing: 0 };
  const byLayer: Record<string, Tally> = {};
  const lines: string[] = [];
  const notes: string[] = [];
  for (const f of plan.federations) {
    const dir = join(root, "truth", f.id);
    if (f.source !== "generator" || !existsSync(dir)) continue;
    const tables: Tables = {};
    for (const t of TRUTH_TABLES)
      tables[t] = await query(warehouse, `SELECT * FROM "${t}" WHERE federation_id = '${f.id}'`).catch(() => []);
    const wanted = new Map<string, { e: Expectation; values: Expectation["values"][]; from: string[] }>();
    for (const file of readdirSync(dir).sort()) {
      const truth = truthSchema.parse(parse(readFileSync(join(dir, file), "utf8")));
      const documentId = `${f.id}/${truth.document.year}-annual-report`;
      const own = Object.fromEntries(
        Object.entries(tables).map(([t, rows]) => [t, rows.filter((r) => r.document_id === documentId)]),
      );
      for (const b of brokenConditions(truth, own)) notes.push(`trap broken: ${f.id} ${truth.document.year}: ${b}`);
      for (const e of expectations(truth)) {
        const w = wanted.get(e.label) ?? { e, values: [], from: [] };
        w.values.push(e.values);
        w.from.push(`${truth.document.year}:${e.layer ?? "?"}`);
        wanted.set(e.label, w);
      }
    }
    const perYear = new Map<number, Tally>();
    for (const [label, w] of wanted) {
      const row: Row | undefined = (tables[w.e.table] ?? []).find((r) => matches(r, w.e.key));
      const ok = row && w.values.some((vs) => Object.entries(vs).every(([c, v]) => sameValue(row[c], v)));
      const verdict: Verdict = !row ? "missing" : ok ? "right" : "wrong";
      if (verdict === "wrong")
        notes.push(
          `wrong: ${f.id} ${label}: ${Object.keys(w.e.values)
            .map((c) => `${c} ${JSON.stringify(row![c])}`)
            .join(", ")} from ${String(row!.document_id)}:${String(row!.source_line)}; reports say ${w.values
            .map((v) => JSON.stringify(v))
            .join(" | ")} (${w.from.join(", ")})`,
        );
      if (verdict === "missing" && details) notes.push(`missing: ${f.id} ${label} (${w.from.join(", ")}): ${w.e.text}`);
      const year = Number(w.e.key.year);
      const t = perYear.get(year) ?? { right: 0, wrong: 0, missing: 0 };
      t[verdict]++;
      perYear.set(year, t);
      total[verdict]++;
      const layer = w.from[0]!.split(":")[1]!;
      byLayer[layer] ??= { right: 0, wrong: 0, missing: 0 };
      byLayer[layer][verdict]++;
    }
    for (const [year, t] of [...perYear].sort((a, b) => a[0] - b[0]))
      lines.push(`| ${f.id} | ${year} | ${t.right} | ${t.wrong} | ${t.missing} |`);
  }
  const out = [
    `${total.right} right, ${total.wrong} wrong, ${total.missing} missing`,
    "",
    "| layer | right | wrong | missing |",
    "|---|--:|--:|--:|",
    ...Object.entries(byLayer).map(([l, t]) => `| ${l} | ${t.right} | ${t.wrong} | ${t.missing} |`),
    "",
    ...(details ? ["| federation | year | right | wrong | missing |", "|---|--:|--:|--:|--:|", ...lines, ""] : []),
    ...notes,
  ];
  process.stdout.write(`${out.join("\n")}\n`);
  if (total.wrong > 0) process.exitCode = 1;
}

await main();
