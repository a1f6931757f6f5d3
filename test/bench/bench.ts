/** Benchmark: extraction of every bundled document, a full warehouse load and the open-data export, repeated. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectPaths } from "../../loaders/config/paths.ts";
import { extractDocument } from "../../loaders/extract/extractDocument.ts";
import { readManifest } from "../../loaders/extract/inputs.ts";
import { exportDataset } from "../../loaders/export/exportDataset.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const paths = projectPaths();
const manifest = await readManifest(paths);
const dir = mkdtempSync(join(tmpdir(), "finsam-bench-"));
const timings: Record<string, number[]> = { extract_all: [], load: [], export: [] };
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  for (const entry of manifest) await extractDocument(paths.sources, entry);
  timings.extract_all!.push(performance.now() - t);
  t = performance.now();
  await buildWarehouse({ ...paths, warehouse: join(dir, "bench.duckdb") });
  timings.load!.push(performance.now() - t);
  t = performance.now();
  await exportDataset(join(dir, "bench.duckdb"), join(dir, "export"));
  timings.export!.push(performance.now() - t);
}
rmSync(dir, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, xs] of Object.entries(timings)) process.stdout.write(`${name.padEnd(12)} median ${median(xs).toFixed(0)} ms over ${xs.length} runs (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})\n`);
process.stdout.write(`peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n`);
