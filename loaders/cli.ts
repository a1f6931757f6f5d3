#!/usr/bin/env tsx
/**
 * finsam: the pipeline's command line.
 *   extract   documents → data/extracted/*.json
 *   load      extracted + curated + registry → data/warehouse.duckdb (atomic)
 *   check     print the warehouse's data_quality findings
 *   codebook  regenerate docs/codebook.md
 *   export    the open-data package → dist/data/ (atomic)
 *   add-federation  write data/federations/<id>.yaml
 *   ingest    add one document: copy, manifest, extract, coverage report
 *   curate    set core figures by hand in data/curated/ (what `review` does in a browser)
 *   review    a local page to complete a report's missing core figures
 *   synth     a SYNTETISKT national corpus for benchmarks (never published)
 */
import { existsSync } from "node:fs";
import { dirname, relative } from "node:path";
import { Command, Option } from "commander";
import { projectPaths } from "./config/paths.ts";
import { severity } from "./reference/codes.ts";
import { SOURCE_TYPES_LISTED } from "./reference/sourceTypes.ts";
import { stepProgress } from "./progress.ts";

// Each command imports the modules it runs when it runs: `load` does not pay for extraction's
// PDF and OCR code, the export's writers, the review server or the generator at start-up.

const progress = (m: string) => process.stderr.write(`${m}\n`);

function fail(err: unknown): never {
  process.stderr.write(`finsam: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}\n`);
  process.exit(1);
}

/** Finish or roll back an `ingest` or `add-federation` that was killed midway (commitFiles.ts), and say so. */
async function finishInterruptedChange(paths: ReturnType<typeof projectPaths>): Promise<void> {
  if (!existsSync(dirname(paths.manifest))) return;
  const { changeProject } = await import("./ingest/commitFiles.ts");
  await changeProject(paths, async () => {}, { notice: progress });
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
    // The workers' code is bundled while this thread loads the extraction's modules (extractPool.ts).
    if (!opts.only) await (await import("./extract/extractPool.ts")).bundleEarly(paths.manifest);
    const { runExtract } = await import("./extract/runExtract.ts");
    await finishInterruptedChange(paths);
    const bar = stepProgress("extract");
    const results = await runExtract(paths, opts.only, bar.report).finally(bar.done);
    for (const r of results)
      process.stdout.write(
        r.error
          ? `✗ ${r.documentId}: ${r.error}\n`
          : `✓ ${r.documentId}: ${r.facts} facts, ${r.findings} findings → ${r.file}\n`,
      );
    if (results.some((r) => r.error))
      fail(`${results.filter((r) => r.error).length} document(s) failed; the others were written`);
  });

program
  .command("load")
  .description("build data/warehouse.duckdb from the extracted, curated and registry inputs (atomic swap)")
  .option("--if-needed", "skip when the warehouse already exists (and records load_run.partial)")
  .option("--accept-partial", "swap in the new warehouse even when inputs were rejected (load_run.partial = true)")
  .action(async (opts: { ifNeeded?: boolean; acceptPartial?: boolean }) => {
    const paths = projectPaths();
    // The load's worker threads start before the load's own code is loaded (stageWorkers.ts):
    // their code is bundled and warmed up while this thread loads DuckDB and the readers. Not
    // with --if-needed, which may load nothing.
    const started = opts.ifNeeded
      ? undefined
      : import("./warehouse/stageWorkers.ts").then((m) => m.startWorkersForManifest(paths));
    // Awaited by the load; a failure to start is its failure, not an unhandled rejection meanwhile.
    started?.catch(() => {});
    const { readWarehouseStatus } = await import("./warehouse/loadStatus.ts");
    const { buildWarehouse } = await import("./warehouse/buildWarehouse.ts");
    if (
      opts.ifNeeded &&
      existsSync(paths.warehouse) &&
      (await readWarehouseStatus(paths.warehouse).catch(() => null)) !== null
    ) {
      progress(`warehouse exists (${paths.warehouse}); skipping load`);
      return;
    }
    await finishInterruptedChange(paths);
    let report;
    const bar = stepProgress("load");
    try {
      report = await buildWarehouse(paths, { progress: bar.report, acceptPartial: opts.acceptPartial, started });
    } catch (err) {
      bar.done();
      // Nothing was written: a malformed manifest or registry stops the load before the swap.
      fail(
        `${err instanceof Error ? err.message.split("\n")[0] : String(err)}; nothing loaded, the previous warehouse is unchanged`,
      );
    }
    bar.done();
    for (const r of report.rejected)
      process.stderr.write(`✗ rejected input: ${r.file}${r.where ? ` at ${r.where}` : ""}: ${r.reason}\n`);
    const total = Object.values(report.rowCounts).reduce((a, b) => a + b, 0);
    const written = report.swapped ? report.warehouse : report.rejectedPath;
    process.stdout.write(
      `${report.swapped ? "warehouse" : "candidate (not swapped in)"}: ${written}\n${total} rows in ${Object.keys(report.rowCounts).length} tables in ${report.seconds.toFixed(1)} s; ${report.rowCounts.data_quality ?? 0} data_quality findings\n`,
    );
    const n = report.rejected.length;
    if (n > 0 && report.swapped)
      progress(
        `finsam: ${n} input(s) rejected (listed above); --accept-partial: swapped in a partial warehouse (load_run.partial = true); build and export refuse it unless told`,
      );
    else if (n > 0)
      fail(
        `${n} input(s) rejected (listed above); ${existsSync(paths.warehouse) ? `the previous warehouse is unchanged (${paths.warehouse})` : `no warehouse was written to ${paths.warehouse}`}; the complete candidate is kept as ${report.rejectedPath} for inspection; fix the inputs, or run \`npm run load -- --accept-partial\` to swap it in`,
      );
  });

program
  .command("check")
  .description("list data_quality findings from the warehouse")
  // choices(): a misspelt level is an error listing the allowed ones, not "0 findings".
  .addOption(new Option("--severity <level>", "only findings of this severity").choices(severity.codes))
  .action(async (opts: { severity?: string }) => {
    const { readFindings } = await import("./warehouse/readFindings.ts");
    const paths = projectPaths();
    if (!existsSync(paths.warehouse)) fail(`no warehouse at ${paths.warehouse}; run \`npm run load\` first`);
    const rows = await readFindings(paths.warehouse, opts.severity);
    for (const r of rows)
      process.stdout.write(`${r.severity.padEnd(7)} ${r.document_id}:${r.source_line}  ${r.message}\n`);
    process.stdout.write(`${rows.length} findings\n`);
    if (rows.some((r) => r.severity === "error" && r.check_id === "input.rejected")) process.exitCode = 1;
  });

program
  .command("codebook")
  .description("write docs/codebook.md from the schema code")
  .action(async () => {
    const { renderCodebook } = await import("./warehouse/codebook.ts");
    const { writeFileAtomic } = await import("./config/writeFileAtomic.ts");
    // Whole or not at all: a kill midway never leaves half a codebook in the repository.
    await writeFileAtomic("docs/codebook.md", renderCodebook());
    process.stdout.write("wrote docs/codebook.md\n");
  });

program
  .command("export")
  .description(
    "write the open-data package (CSV, Parquet, xlsx, DuckDB, datapackage.json, codebook, provenance, checksums, citation)",
  )
  .option(
    "--out <dir>",
    "where to write it: dist/data, a new or empty folder, or an earlier export (nothing else is replaced)",
    "dist/data",
  )
  .option(
    "--allow-partial",
    "export a partial warehouse (one loaded with --accept-partial); FINSAM_ALLOW_PARTIAL=1 does the same, for npm run build",
  )
  .action(async (opts: { out: string; allowPartial?: boolean }) => {
    const { exportDataset } = await import("./export/exportDataset.ts");
    const paths = projectPaths();
    if (!existsSync(paths.warehouse)) fail(`no warehouse at ${paths.warehouse}; run \`npm run load\` first`);
    const bar = stepProgress("export");
    const report = await exportDataset(paths.warehouse, opts.out, {
      root: paths.root,
      allowPartial: opts.allowPartial === true || process.env.FINSAM_ALLOW_PARTIAL === "1",
      notice: progress,
      progress: bar.report,
    }).finally(bar.done);
    process.stdout.write(`wrote ${report.files} files (${(report.bytes / 1e6).toFixed(1)} MB) to ${report.dir}\n`);
  });

const collect = (value: string, previous: string[]) => [...previous, value];

program
  .command("add-federation")
  .description("register a federation: write data/federations/<id>.yaml (members, the state pseudo-member)")
  .argument("<id>", "federation id, a slug (e.g. norra-dalarna)")
  .requiredOption("--name <name>", "official name")
  .requiredOption("--county <län>", "county (län)")
  .option("--member <spec>", '"<name as written>=<member_type>[=<short name>]", repeatable', collect, [])
  .option("--website <url>", "https or http address")
  .action(async (id: string, opts: { name: string; county: string; member: string[]; website?: string }) => {
    const { addFederation } = await import("./ingest/addFederation.ts");
    const paths = projectPaths();
    const { file, registry } = await addFederation(
      paths,
      { id, name: opts.name, county: opts.county, members: opts.member, website: opts.website },
      { notice: progress },
    );
    process.stdout.write(
      `wrote ${relative(paths.root, file)}: ${registry.members.length} members, incl. the pseudo-member ${registry.federation_id}/state\n`,
    );
  });

program
  .command("ingest")
  .description(
    "add a document: copy it to data/sources/<id>/, add the manifest entry, extract it and print its coverage",
  )
  .argument("<file>", `the document: ${SOURCE_TYPES_LISTED}`)
  .requiredOption("--federation <id>", "federation id (data/federations/<id>.yaml)")
  .requiredOption("--kind <kind>", "annual_report, board_minutes or committee_minutes")
  .requiredOption("--year <YYYY>", "the year reported on (reports) or the meeting's year (minutes)")
  .option(
    "--date <YYYY-MM-DD>",
    "meeting date (minutes: read from the document when it states one, else required); for a report defaults to <year>-12-31",
  )
  .option("--title <title>", "title (default: kind, year and federation)")
  .option("--replace", "replace an existing document with another file")
  .action(
    async (
      file: string,
      opts: { federation: string; kind: string; year: string; date?: string; title?: string; replace?: boolean },
    ) => {
      const { ingestDocument } = await import("./ingest/ingestDocument.ts");
      const paths = projectPaths();
      const result = await ingestDocument(paths, { file, ...opts }, { notice: progress });
      if (result.status === "unchanged") {
        process.stdout.write(`unchanged: ${result.documentId} (the same file is already ingested)\n`);
        return;
      }
      for (const w of result.written) process.stdout.write(`wrote ${w}\n`);
      process.stdout.write(`${result.status} ${result.documentId}\n\n${result.report}`);
    },
  );

program
  .command("curate")
  .description("set core figures of a document by hand: written to data/curated/<federation>/<document>.yaml")
  .argument("<document-id>", "e.g. norrdal/2024-annual-report")
  .option("--set <figure=value@line>", 'e.g. "participant_count:enrolled:all=102@14", repeatable', collect, [])
  .option("--reason <text>", 'how the figures were read (default "Läst från rad N")')
  .option("--list", "list the document's core figures: read, curated or missing, with their keys")
  .action(async (documentId: string, opts: { set: string[]; reason?: string; list?: boolean }) => {
    const { CurateError, parseSetting } = await import("./review/curatedEntry.ts");
    const { lockCurated } = await import("./review/curatedFile.ts");
    const { applySettings, figureStates, openDocument } = await import("./review/reviewDocument.ts");
    const paths = projectPaths();
    if (opts.list || opts.set.length === 0) {
      const d = await openDocument(paths, documentId);
      for (const f of figureStates(d))
        process.stdout.write(
          `${f.state === "missing" ? "saknas " : f.state === "curated" ? "manuell" : "läst   "}  ${f.figure.padEnd(44)} ${f.label}${f.line ? ` (rad ${f.line})` : ""}\n`,
        );
      if (opts.set.length === 0) return;
    }
    // The curated file's schema wants a reason of 10 characters or more: say so in the option's words.
    if (opts.reason !== undefined && opts.reason.trim().length < 10)
      throw new CurateError(
        `--reason "${opts.reason}" is too short: say in 10 characters or more how the figures were read (e.g. "Läst för hand ur tabellen på rad 14")`,
      );
    const settings = opts.set.map((s) => ({ ...parseSetting(s), ...(opts.reason ? { reason: opts.reason } : {}) }));
    const d = await openDocument(paths, documentId);
    const unlock = await lockCurated(d.curatedFile);
    try {
      const { file, entries } = await applySettings(await openDocument(paths, documentId), settings);
      for (const e of entries) process.stdout.write(`set ${e.fact.table} on line ${e.fact.line}: ${e.reason}\n`);
      process.stdout.write(`wrote ${relative(paths.root, file)}; run \`npm run load\` to load it\n`);
    } finally {
      await unlock();
    }
  });

program
  .command("review")
  .description("a local page (127.0.0.1, this run's token) to complete a report's missing core figures")
  .argument("<document-id>", "e.g. norrdal/2024-annual-report")
  .option("--port <n>", "port (default: a random free one)")
  .action(async (documentId: string, opts: { port?: string }) => {
    const { startReview } = await import("./review/reviewServer.ts");
    const { buildWarehouse } = await import("./warehouse/buildWarehouse.ts");
    const paths = projectPaths();
    const port = opts.port === undefined ? 0 : Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`bad --port "${opts.port}"`);
    const session = await startReview(paths, documentId, {
      port,
      load: async () => {
        const report = await buildWarehouse(paths, { progress });
        const total = Object.values(report.rowCounts).reduce((a, b) => a + b, 0);
        return report.swapped
          ? `Databasen är laddad: ${total.toLocaleString("sv-SE")} rader, ${report.rowCounts.data_quality ?? 0} kvalitetsanmärkningar.`
          : `Laddningen avvisade ${report.rejected.length} indata (se terminalen); den tidigare databasen är orörd.`;
      },
    }).catch((err: NodeJS.ErrnoException) => {
      // "listen EADDRINUSE …": say what to do about it.
      if (err.code === "EADDRINUSE")
        fail(`port ${port} is in use by another program; give another --port, or leave --port out for a free one`);
      throw err;
    });
    process.stdout.write(
      `review of ${documentId}: open ${session.url}\n(only this address and token work; Ctrl-C ends the review)\n`,
    );
    const stop = () => {
      void session.close().then(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

program
  .command("synth")
  .description(
    "write a SYNTETISKT corpus (documents, registries, manifest) shaped like this project, for benchmarks; never published",
  )
  .requiredOption("--out <dir>", "a new or empty folder, or an earlier synthetic corpus")
  .option("--federations <n>", "how many federations", "75")
  .option("--years <n>", "how many years each", "15")
  .option("--seed <n>", "seed of the figures and layouts", "1")
  .option("--template-every <n>", "every n-th federation keeps the Kalmar seed report (1 = all)", "4")
  .option("--truth", "also write each generated report's and minutes' truth (truth.yaml format) under <out>/truth/")
  .action(
    async (opts: {
      out: string;
      federations: string;
      years: string;
      seed: string;
      templateEvery: string;
      truth?: boolean;
    }) => {
      const { synthCorpus } = await import("./synth/synthCorpus.ts");
      const report = await synthCorpus({
        out: opts.out,
        federations: Number(opts.federations),
        years: Number(opts.years),
        seed: Number(opts.seed),
        templateEvery: Number(opts.templateEvery),
        truth: opts.truth === true,
      });
      const r = report.reports;
      process.stdout.write(
        `wrote ${report.documents} documents (${(report.bytes / 1e6).toFixed(1)} MB) to ${report.root}: ${r.generated} generated annual reports in ${r.layouts} layouts, ${r.template} on the Kalmar template, ${r.minutes} generated minutes and the Kalmar template's; run FINSAM_ROOT=${report.root} npm run finsam -- extract\n`,
      );
    },
  );

program.parseAsync().catch(async (err: unknown) => {
  const { RefusedError } = await import("./ingest/addFederation.ts");
  const { CurateError } = await import("./review/curatedEntry.ts");
  if (err instanceof RefusedError || err instanceof CurateError) fail(`refused: ${err.message}`);
  fail(err);
});
