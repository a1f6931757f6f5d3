/**
 * Benchmark: extraction of every bundled document, a full warehouse load and the open-data
 * export, repeated; extraction of 4 MB documents (minutes and report, generated from the seed),
 * which must stay linear in the document's size (≤ 10 s); `ingest` of a 50-page PDF; and the
 * bounded reads of input files: a text file at its limit read, a 3 GB file refused by its size
 * (with the peak memory that refusal adds: nothing, as it reads nothing).
 * With `--scale`, the national-scale benchmark instead (scaleBench.ts → bench/results.md).
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectPaths } from "../../loaders/config/paths.ts";
import { extractDocument } from "../../loaders/extract/extractDocument.ts";
import { READ_LIMITS, readBounded } from "../../loaders/input/readBounded.ts";
import { readManifest } from "../../loaders/input/readManifest.ts";
import { exportDataset } from "../../loaders/export/exportDataset.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import { addFederation } from "../../loaders/ingest/addFederation.ts";
import { ingestDocument } from "../../loaders/ingest/ingestDocument.ts";
import { renderTextPdf } from "../support/renderTextPdf.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import { LARGE_SEEDS, repeatToSize, seedText } from "../support/largeDocument.ts";

if (process.argv.includes("--scale")) {
  // `npm run bench -- --scale 1,10x3,25x15`: the national-scale benchmark (scaleBench.ts) instead.
  const { runScaleBench } = await import("./scaleBench.ts");
  await runScaleBench(process.argv.slice(2));
  process.exit(0);
}
const runs = Number(process.env.BENCH_RUNS ?? 5);
const paths = projectPaths();
const manifest = await readManifest(paths);
const dir = mkdtempSync(join(tmpdir(), "finsam-bench-"));
const timings: Record<string, number[]> = {
  extract_all: [],
  load: [],
  export: [],
  extract_4mb_minutes: [],
  extract_4mb_report: [],
};
/** A 4 MB copy of a seed document in the bench folder, as a manifest entry. */
function largeEntry(name: "minutes" | "report"): ManifestEntry {
  const seed = LARGE_SEEDS[name];
  const text = repeatToSize(seedText(seed.file), 4_000_000, { renumber: name === "minutes" });
  const file = `${name}-4mb.txt`;
  writeFileSync(join(dir, file), text);
  const sha256 = createHash("sha256").update(text).digest("hex");
  return {
    federation_id: "kalmar",
    kind: seed.kind,
    date: seed.date,
    period_year: seed.year,
    title: file,
    file,
    sha256,
  } as ManifestEntry;
}
const large = { extract_4mb_minutes: largeEntry("minutes"), extract_4mb_report: largeEntry("report") };
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
  for (const [name, entry] of Object.entries(large)) {
    t = performance.now();
    await extractDocument(dir, entry);
    timings[name]!.push(performance.now() - t);
  }
}
// `finsam ingest` of a generated 50-page text PDF (OCR excluded: the PDF has a text layer),
// each run into a fresh project holding only the federation's registry.
const pages = 50;
const linesPerPage = 70;
const block = [
  "1. Verksamheten i korthet",
  "Under året har 212 personer deltagit i förbundets insatser, varav 120 kvinnor och 92 män.",
  "Av dem var 87 nya och 95 avslutades. 41 procent gick vidare till arbete eller studier.",
  "",
  "Resultaträkning (tkr)                      Not     2023      2022",
  "Verksamhetens intäkter                      1     8 200     8 000",
  "Verksamhetens kostnader                     2    -7 900    -8 300",
  "Verksamhetens resultat                               300      -300",
  "Årets resultat                                       310      -290",
  "",
  "Insats              Totalt   Kvinnor   Män   Nya   Avslutade",
  "Steget                  80        45    35    30          28",
  "Vägen vidare            60        33    27    22          20",
  "Summa                  140        78    62    52          48",
  "",
];
const benchLines = Array.from({ length: pages * linesPerPage }, (_, i) => block[i % block.length]!);
const pdfBytes = await renderTextPdf(benchLines, { linesPerPage });
timings.ingest_50_pages = [];
for (let i = 0; i < runs; i++) {
  const root = join(dir, `ingest-${i}`);
  mkdirSync(join(root, "data", "federations"), { recursive: true });
  const file = join(root, "rapport.pdf");
  writeFileSync(file, pdfBytes);
  const fedPaths = projectPaths(root);
  await addFederation(fedPaths, {
    id: "benchdalen",
    name: "Samordningsförbundet Benchdalen",
    county: "Testlän",
    members: ["Benchdalens kommun=municipality=Benchdalen", "Region Test=region"],
  });
  const t = performance.now();
  await ingestDocument(fedPaths, { file, federation: "benchdalen", kind: "annual_report", year: 2023 });
  timings.ingest_50_pages.push(performance.now() - t);
}
// Bounded reads (loaders/input/readBounded.ts). The refusals run first, so the peak memory
// they add is measured before the read at the limit allocates its buffer.
const huge = join(dir, "huge.txt");
writeFileSync(huge, "");
truncateSync(huge, 3 * 1024 ** 3);
const atLimit = join(dir, "limit.txt");
writeFileSync(atLimit, Buffer.alloc(READ_LIMITS.text, "a"));
timings.refuse_3gb_file = [];
timings.read_text_at_limit = [];
const peakBefore = process.resourceUsage().maxRSS;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await readBounded(huge, { limit: READ_LIMITS.text }).then(
    () => Promise.reject(new Error("a 3 GB file was read")),
    () => undefined,
  );
  timings.refuse_3gb_file.push(performance.now() - t);
}
const refusalPeak = process.resourceUsage().maxRSS - peakBefore;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await readBounded(atLimit, { limit: READ_LIMITS.text });
  timings.read_text_at_limit.push(performance.now() - t);
}
rmSync(dir, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, xs] of Object.entries(timings))
  process.stdout.write(
    `${name.padEnd(20)} median ${median(xs).toFixed(0)} ms over ${xs.length} runs (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})\n`,
  );
process.stdout.write(`refusing a 3 GB input: peak RSS +${(refusalPeak / 1024).toFixed(1)} MB\n`);
process.stdout.write(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
