/**
 * `npm run bench -- --scale 1,10x3,25x15,75x15 [--site] [--keep] [--reuse] [--template-every N]`: the pipeline at national
 * scale. Each size is a project of its own in the temp folder: `1` is a copy of the bundled
 * documents, `FxY` a `finsam synth` corpus of F federations × Y years. Each step runs as its own
 * process under /usr/bin/time, so its wall time and peak RSS are the step's alone; then DuckDB
 * reads the same rows in bulk from the exported CSV files (bulkRead.ts), the yardstick for load.
 * Writes bench/results.md. The machine is shared: rerun before trusting a single number.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { format, resolveConfig } from "prettier";
import { siteSize, type SiteSize } from "./siteSize.ts";

interface Step {
  seconds: number;
  /** User + system CPU seconds: less swayed than wall time by other work on a shared machine. */
  cpu: number;
  peakMb: number;
  /** Why the step failed (its exit status and last error line), or undefined. */
  failed?: string;
}

interface SizeResult {
  size: string;
  documents: number;
  rows: number;
  warehouseMb: number;
  /** Undefined when an extracted corpus was reused (--reuse). */
  extract?: Step;
  load: Step;
  exportStep: Step;
  site?: Step & SiteSize;
  bulk: { seconds: number; rows: number };
}

const repo = resolve(import.meta.dirname, "../..");

/** Run `node --import tsx <args>` under /usr/bin/time -v; fail loudly with the step's own error. */
function timed(label: string, args: string[], env: Record<string, string>): Step & { stdout: string } {
  const t = performance.now();
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, "--import", "tsx", ...args], {
    cwd: repo,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t) / 1000;
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpuOf = (what: string) =>
    Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  const out = { seconds, cpu: cpuOf("User") + cpuOf("System"), peakMb: kb / 1024, stdout: r.stdout };
  if (r.status === 0) return out;
  const why = r.stderr.split("\n").find((l) => /error|failed|finsam:|heap/i.test(l)) ?? `exit ${r.status}`;
  process.stderr.write(`${label} failed (exit ${r.status}):\n${r.stderr.slice(-3000)}\n`);
  return { ...out, failed: why.trim().slice(0, 120) };
}

function prepare(size: string, root: string, templateEvery: string): void {
  rmSync(root, { recursive: true, force: true });
  if (size === "1") {
    for (const d of ["sources", "federations", "curated"])
      if (existsSync(join(repo, "data", d))) cpSync(join(repo, "data", d), join(root, "data", d), { recursive: true });
    return;
  }
  const m = /^(\d+)x(\d+)$/.exec(size);
  if (!m) throw new Error(`--scale: "${size}" is not 1 or <federations>x<years>`);
  const args = ["synth", "--federations", m[1]!, "--years", m[2]!, "--template-every", templateEvery, "--out", root];
  timed(`synth ${size}`, ["loaders/cli.ts", ...args], {});
}

async function warehouseRows(file: string): Promise<{ rows: number; documents: number }> {
  const instance = await DuckDBInstance.create(file, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  try {
    const [run] = (await conn.runAndReadAll(`SELECT row_counts::VARCHAR AS c FROM load_run`)).getRowObjectsJson();
    const counts = JSON.parse(String(run!.c)) as Record<string, number>;
    return { rows: Object.values(counts).reduce((a, b) => a + b, 0), documents: counts.document ?? 0 };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

const scaleRoot = (size: string) => join(tmpdir(), `finsam-scale-${size}`);

async function runSize(size: string, withSite: boolean, reusing: boolean, templateEvery: string): Promise<SizeResult> {
  const root = scaleRoot(size);
  // --reuse: a corpus kept (--keep) by an earlier run is extracted already; time load and export only.
  const reuse = reusing && existsSync(join(root, "data", "extracted"));
  process.stderr.write(`bench ${size}: ${reuse ? "reusing" : "preparing"} ${root}\n`);
  if (!reuse) prepare(size, root, templateEvery);
  const env = { FINSAM_ROOT: root };
  const step = (name: string, args: string[], extra: Record<string, string> = {}) => {
    process.stderr.write(`bench ${size}: ${name}\n`);
    const s = timed(`${name} ${size}`, args, { ...env, ...extra });
    process.stderr.write(`bench ${size}: ${name} ${s.seconds.toFixed(1)} s, ${s.peakMb.toFixed(0)} MB\n`);
    return s;
  };
  const extract = reuse ? undefined : step("extract", ["loaders/cli.ts", "extract"]);
  const load = step("load", ["loaders/cli.ts", "load"]);
  const warehouse = join(root, "data", "warehouse.duckdb");
  const exportStep = step("export", ["loaders/cli.ts", "export", "--out", join(root, "dist", "data")]);
  const { rows, documents } = await warehouseRows(warehouse);
  const warehouseMb = statSync(warehouse).size / 1e6;
  if (exportStep.failed)
    return { size, documents, rows, warehouseMb, extract, load, exportStep, bulk: { seconds: NaN, rows: 0 } };
  let site: (Step & SiteSize) | undefined;
  if (withSite) {
    // The whole site build as `npm run build` runs it, from a copy of src/ beside it (the page
    // data is written into the site root; the copy keeps the loaders' relative imports working).
    const siteRoot = `.site-bench-${size}`;
    const out = join(root, "dist", "site");
    rmSync(join(repo, siteRoot), { recursive: true, force: true });
    cpSync(join(repo, "src"), join(repo, siteRoot), {
      recursive: true,
      filter: (p) => !/\/(\.observablehq|pagedata)$/.test(p),
    });
    const built = step("site", ["loaders/site/buildSite.ts"], {
      FINSAM_WAREHOUSE: warehouse,
      FINSAM_SITE_ROOT: siteRoot,
      FINSAM_SITE_OUT: out,
    });
    rmSync(join(repo, siteRoot), { recursive: true, force: true });
    site = { ...built, ...(built.failed ? { pages: 0, redirects: 0, largest: null } : siteSize(out)) };
  }
  const bulkRun = timed(`bulk read ${size}`, ["test/bench/bulkRead.ts", join(root, "dist", "data")], {});
  const bulk = JSON.parse(bulkRun.stdout) as { seconds: number; rows: number };
  return {
    size,
    documents,
    rows,
    warehouseMb,
    extract,
    load,
    exportStep,
    site,
    bulk,
  };
}

const fmt = (s: Step | undefined) =>
  !s
    ? "–"
    : `${s.failed ? "✗ " : ""}${s.seconds.toFixed(1)} s (cpu ${s.cpu.toFixed(1)} s), ${s.peakMb.toFixed(0)} MB${s.failed ? ` (${s.failed})` : ""}`;

/** The largest page data file: raw and brotli, in MB (target ≤ 1 MB raw). */
const largestOf = (s: SiteSize | undefined) =>
  s?.largest
    ? `${(s.largest.bytes / 1e6).toFixed(2)} MB (br ${(s.largest.brotli / 1e6).toFixed(2)} MB), \`${s.largest.file}\``
    : "–";

function renderResults(results: SizeResult[], started: Date, load: number[], templateEvery: string): string {
  const lines = [
    "# Scale benchmark",
    "",
    `Written by \`npm run bench -- --scale ${results.map((r) => r.size).join(",")} --template-every ${templateEvery}\` on ${started.toISOString().slice(0, 16)} UTC; ` +
      `2 cores shared with other work (load average ${load.map((l) => l.toFixed(1)).join(", ")} at the start), so times are noisy.`,
    "Each step is its own process: wall time, CPU time (user + system) and peak RSS (`/usr/bin/time -v`). `1` is the bundled corpus;",
    `\`FxY\` is a \`finsam synth\` corpus (SYNTETISKT, never published): ${templateEvery === "1" ? "every federation on the Kalmar seed report" : `one federation in ${templateEvery} on the Kalmar seed report and minutes, the others' reports from the style generator, each in its own layout, and their minutes generated in a layout of their own`}${templateEvery === "1" ? ", the Kalmar minutes for all" : ""}. Bulk read: DuckDB reading the same`,
    "rows from the exported CSV files into memory; ratio = load ÷ bulk read (target ≤ 3).",
    "",
    "| size | documents | rows | warehouse MB | extract | load | export | site | pages | largest page data | bulk read | load ÷ bulk |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.size} | ${r.documents} | ${r.rows} | ${r.warehouseMb.toFixed(1)} | ${fmt(r.extract)} | ${fmt(r.load)} | ${fmt(r.exportStep)} | ${fmt(r.site)} | ${r.site ? r.site.pages : "–"} | ${largestOf(r.site)} | ${r.bulk.rows ? `${r.bulk.seconds.toFixed(2)} s (${r.bulk.rows} rows)` : "–"} | ${r.bulk.rows ? `${(r.load.seconds / r.bulk.seconds).toFixed(1)}×` : "–"} |`,
    ),
    "",
    "Site (`--site`): the whole site build (loaders/site/buildSite.ts: page data, Framework, redirects, compressed copies);",
    "pages = pages Framework rendered; largest page data = the largest JSON file a page fetches, raw and brotli.",
    "",
    "Targets at 75x15: load ≤ 15 s, ≤ 3× bulk read, ≤ 1 GiB; export ≤ 60 s, ≤ 1 GiB; site ≤ 10 min, page data ≤ 1 MB.",
    "",
  ];
  return lines.join("\n");
}

export async function runScaleBench(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf("--scale");
  const sizes = (argv[at + 1] ?? "").split(",").filter(Boolean);
  if (sizes.length === 0) throw new Error("--scale: give sizes, e.g. --scale 1,10x3,25x15");
  const started = new Date();
  const load = loadavg();
  // Synth's mix of report sources: one federation in N on the Kalmar seed report (1 = all, the corpus before stop 41).
  const every = argv.indexOf("--template-every");
  const templateEvery = every >= 0 ? (argv[every + 1] ?? "") : "4";
  if (!/^[1-9]\d*$/.test(templateEvery)) throw new Error("--template-every: give a whole number, 1 or more");
  const results: SizeResult[] = [];
  for (const size of sizes) {
    results.push(await runSize(size, argv.includes("--site"), argv.includes("--reuse"), templateEvery));
    // Written after every size, so a long run that is stopped still leaves its numbers.
    mkdirSync(join(repo, "bench"), { recursive: true });
    const file = join(repo, "bench", "results.md");
    // Formatted as `prettier --check` in npm test expects.
    const options = { ...(await resolveConfig(file)), filepath: file };
    writeFileSync(file, await format(renderResults(results, started, load, templateEvery), options));
    if (argv.includes("--keep")) process.stderr.write(`kept ${scaleRoot(size)}\n`);
    else rmSync(scaleRoot(size), { recursive: true, force: true });
  }
  process.stdout.write(renderResults(results, started, load, templateEvery));
}
