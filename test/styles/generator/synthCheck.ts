/**
 * A `finsam synth --truth` corpus, loaded, against its generated truths: per federation-year,
 * every figure some generated report states for that year is right when the warehouse's row has
 * a value one of those reports shows (a report in tkr and the next in kr state the same year
 * differently), wrong when the row has another value, missing when there is no row; and the
 * must-not-store conditions of each report, on the rows read from that report. Each generated
 * minutes' truth is scored on the rows read from those minutes alone (meeting, attendance,
 * decisions, grants, the budget's and fees' figures), tallied per minutes layout (synth.yaml's
 * `minutes`) and per table, with its traps.
 *
 *   npx tsx test/styles/generator/synthCheck.ts <corpus> [--details]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { query } from "../../support/sandbox.ts";
import { brokenConditions, judge, matches, type Row, type Tables } from "../compare.ts";
import { expectations, TRUTH_TABLES, truthSchema, type Expectation } from "../truth.ts";

type Verdict = "right" | "wrong" | "missing";
type Tally = Record<Verdict, number>;
/** Minutes: a verdict, or a budget's or result's figure read right from them but another document's kept by precedence. */
type MinutesVerdict = Verdict | "overruled";
type MinutesTally = Record<MinutesVerdict, number>;
const noMinutes = (): MinutesTally => ({ right: 0, wrong: 0, missing: 0, overruled: 0 });

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
    federations: { id: string; source: string; minutes?: Record<string, string | boolean> }[];
  };
  const byMinutesLayout = new Map<string, MinutesTally>();
  const byMinutesTable: Record<string, MinutesTally> = {};
  /** Per layout choice ("items=para-after"), across every layout that makes it. */
  const byMinutesChoice = new Map<string, MinutesTally>();
  const total: Tally = { right: 0, wrong: 0, missing: 0 };
  const byLayer: Record<string, Tally> = {};
  const lines: string[] = [];
  const notes: string[] = [];
  for (const f of plan.federations) {
    const dir = join(root, "truth", f.id);
    if (f.source !== "generator" || !existsSync(dir)) continue;
    const tables: Tables = {};
    for (const t of TRUTH_TABLES)
      // attendance has no federation_id: its rows are found by their minutes' document id.
      tables[t] = await query(
        warehouse,
        `SELECT * FROM "${t}" WHERE ${t === "attendance" ? `starts_with(document_id, '${f.id}/')` : `federation_id = '${f.id}'`}`,
      ).catch(() => []);
    const conflicts = await query(
      warehouse,
      `SELECT subject, other_document_id, other_value FROM data_quality WHERE check_id = 'precedence.conflict' AND federation_id = '${f.id}'`,
    );
    const wanted = new Map<string, { e: Expectation; values: Expectation["values"][]; from: string[] }>();
    const layout = f.minutes
      ? Object.entries(f.minutes)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(" ")
      : "?";
    for (const file of readdirSync(dir).sort()) {
      const truth = truthSchema.parse(parse(readFileSync(join(dir, file), "utf8")));
      if (truth.document.kind !== "annual_report") {
        // Minutes: the rows read from them (a budget's or a fee's figure, which the warehouse keeps once
        // per key with the report's figure winning, among the federation's rows), each figure judged once.
        const documentId = `${f.id}/${truth.document.date}-${truth.document.kind.replace("_", "-")}`;
        const own = Object.fromEntries(
          Object.entries(tables).map(([t, rows]) => [
            t,
            t === "finance" || t === "member_contribution" ? rows : rows.filter((r) => r.document_id === documentId),
          ]),
        );
        for (const b of brokenConditions(truth, own)) notes.push(`trap broken: ${documentId} (${layout}): ${b}`);
        for (const e of expectations(truth)) {
          const j = judge(e, own);
          let verdict: MinutesVerdict = j.verdict;
          // The warehouse keeps one budget or result figure per key: where a report's wins, the
          // minutes' own reading is the precedence finding that names their line.
          if ((e.table === "finance" || e.table === "member_contribution") && j.verdict !== "right") {
            const k = e.key;
            const subject =
              e.table === "finance"
                ? `finance:${f.id}:${String(k.year)}:${String(k.basis)}:${String(k.item)}`
                : `member_contribution:${f.id}:${String(k.year)}:${String(k.basis)}:${String(k.member_id)}`;
            const lost = conflicts.find((c) => c.subject === subject && c.other_document_id === documentId);
            const row = (own[e.table] ?? []).find((r) => matches(r, e.key));
            if (lost) verdict = sameValue(lost.other_value, e.values.amount_sek) ? "overruled" : "wrong";
            else if (row && row.document_id !== documentId) verdict = "missing";
          }
          total[verdict === "overruled" ? "right" : verdict]++;
          byLayer.minutes ??= { right: 0, wrong: 0, missing: 0 };
          byLayer.minutes[verdict === "overruled" ? "right" : verdict]++;
          const l = byMinutesLayout.get(layout) ?? noMinutes();
          l[verdict]++;
          byMinutesLayout.set(layout, l);
          for (const choice of layout.split(" ")) {
            const c = byMinutesChoice.get(choice) ?? noMinutes();
            c[verdict]++;
            byMinutesChoice.set(choice, c);
          }
          const t = (byMinutesTable[e.table] ??= noMinutes());
          t[verdict]++;
          if (verdict === "wrong") notes.push(`wrong: ${documentId} (${layout}): ${j.detail} [${e.text}]`);
          if (verdict === "overruled" && details)
            notes.push(`overruled: ${documentId} (${layout}): ${e.label} read right, another document's figure kept`);
          if (verdict === "missing" && details) notes.push(`missing: ${documentId} (${layout}): ${j.detail}`);
        }
        continue;
      }
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
    ...(byMinutesLayout.size > 0
      ? [
          "Minutes (overruled: read right from the minutes, a report's figure of the key kept by precedence; counted right above)",
          "",
          "| minutes layout | right | overruled | wrong | missing |",
          "|---|--:|--:|--:|--:|",
          ...[...byMinutesLayout].map(([l, t]) => `| ${l} | ${t.right} | ${t.overruled} | ${t.wrong} | ${t.missing} |`),
          "",
          "| minutes layout choice | right | overruled | wrong | missing |",
          "|---|--:|--:|--:|--:|",
          ...[...byMinutesChoice]
            .sort((a, b) => a[0].localeCompare(b[0]))
            .map(([l, t]) => `| ${l} | ${t.right} | ${t.overruled} | ${t.wrong} | ${t.missing} |`),
          "",
          "| minutes table | right | overruled | wrong | missing |",
          "|---|--:|--:|--:|--:|",
          ...Object.entries(byMinutesTable).map(
            ([l, t]) => `| ${l} | ${t.right} | ${t.overruled} | ${t.wrong} | ${t.missing} |`,
          ),
          "",
        ]
      : []),
    ...(details ? ["| federation | year | right | wrong | missing |", "|---|--:|--:|--:|--:|", ...lines, ""] : []),
    ...notes,
  ];
  process.stdout.write(`${out.join("\n")}\n`);
  if (total.wrong > 0) process.exitCode = 1;
}

await main();
