#!/usr/bin/env tsx
/**
 * finsam: the pipeline's command line.
 *   extract   documents → data/extracted/*.json
 *   load      extracted + curated + registry → data/warehouse.duckdb (atomic)
 *   check     print the warehouse's data_quality findings
 *   codebook  regenerate docs/codebook.md
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { Command, Option } from "commander";
import { projectPaths } from "./config/paths.ts";
import { runExtract } from "./extract/runExtract.ts";
import { buildWarehouse } from "./warehouse/buildWarehouse.ts";
import { renderCodebook } from "./warehouse/codebook.ts";
import { exportDataset } from "./export/exportDataset.ts";
import { readFindings } from "./warehouse/readFindings.ts";
import { severity } from "./reference/codes.ts";

const progress = (m: string) => process.stderr.write(`${m}\n`);

function fail(err: unknown): never {
  process.stderr.write(`finsam: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}\n`);
  process.exit(1);
}

const program = new Command()
  .name("finsam")
  .description("Build the finsam-compare warehouse from Finsam federations' documents.")
  .showHelpAfterError();

program
  .command("extract")
  .description("parse the documents in data/sources/manifest.yaml into data/extracted/<federation>/<document>.json")
  .option("--only <id>", "one document id (kalmar/2024-annual-report) or federation id")
  .action(async (opts: { only?: string }) => {
    const paths = projectPaths();
    const results = await runExtract(paths, opts.only, progress);
    for (const r of results) process.stdout.write(r.error ? `✗ ${r.documentId}: ${r.error}\n` : `✓ ${r.documentId}: ${r.facts} facts, ${r.findings} findings → ${r.file}\n`);
    if (results.some((r) => r.error)) fail(`${results.filter((r) => r.error).length} document(s) failed; the others were written`);
  });

program
  .command("load")
  .description("build data/warehouse.duckdb from the extracted, curated and registry inputs (atomic swap)")
  .option("--if-needed", "skip when the warehouse already exists")
  .action(async (opts: { ifNeeded?: boolean }) => {
    const paths = projectPaths();
    if (opts.ifNeeded && existsSync(paths.warehouse)) {
      progress(`warehouse exists (${paths.warehouse}); skipping load`);
      return;
    }
    const report = await buildWarehouse(paths, { progress });
    for (const e of report.inputErrors) process.stderr.write(`✗ ${e}\n`);
    const total = Object.values(report.rowCounts).reduce((a, b) => a + b, 0);
    process.stdout.write(`warehouse: ${report.warehouse}\n${total} rows in ${Object.keys(report.rowCounts).length} tables in ${report.seconds.toFixed(1)} s; ${report.rowCounts.data_quality ?? 0} data_quality findings\n`);
    if (report.inputErrors.length > 0) fail(`${report.inputErrors.length} input(s) rejected (listed above); the rest loaded`);
  });

program
  .command("check")
  .description("list data_quality findings from the warehouse")
  // choices(): a misspelt level is an error listing the allowed ones, not "0 findings".
  .addOption(new Option("--severity <level>", "only findings of this severity").choices(severity.codes))
  .action(async (opts: { severity?: string }) => {
    const paths = projectPaths();
    if (!existsSync(paths.warehouse)) fail(`no warehouse at ${paths.warehouse}; run \`npm run load\` first`);
    const rows = await readFindings(paths.warehouse, opts.severity);
    for (const r of rows) process.stdout.write(`${r.severity.padEnd(7)} ${r.document_id}:${r.source_line}  ${r.message}\n`);
    process.stdout.write(`${rows.length} findings\n`);
    if (rows.some((r) => r.severity === "error" && r.check_id === "input.rejected")) process.exitCode = 1;
  });

program
  .command("codebook")
  .description("write docs/codebook.md from the schema code")
  .action(async () => {
    await writeFile("docs/codebook.md", renderCodebook());
    process.stdout.write("wrote docs/codebook.md\n");
  });

program
  .command("export")
  .description("write the open-data package (CSV, Parquet, xlsx, DuckDB, datapackage.json, codebook, provenance, checksums, citation)")
  .option("--out <dir>", "where to write it: dist/data, a new or empty folder, or an earlier export (nothing else is replaced)", "dist/data")
  .action(async (opts: { out: string }) => {
    const paths = projectPaths();
    if (!existsSync(paths.warehouse)) fail(`no warehouse at ${paths.warehouse}; run \`npm run load\` first`);
    const report = await exportDataset(paths.warehouse, opts.out, paths.root);
    process.stdout.write(`wrote ${report.files} files (${(report.bytes / 1e6).toFixed(1)} MB) to ${report.dir}\n`);
  });

program.parseAsync().catch(fail);
