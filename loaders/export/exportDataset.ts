/**
 * `npm run export`: the open-data package in dist/data/. Written into a sibling temporary
 * folder and swapped in when complete (swapPackage.ts), so a failed or killed export leaves the
 * previous package whole, and the next export repairs what a killed one left.
 */
import { copyFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { projectPaths } from "../config/paths.ts";
import { renderCodebook } from "../warehouse/codebook.ts";
import { publishRefusal, readWarehouseStatus } from "../warehouse/loadStatus.ts";
import { SCHEMA_VERSION } from "../schema/tables.ts";
import { citationCff } from "./citation.ts";
import { buildDataPackage } from "./dataPackage.ts";
import { FileHasher } from "./packageFiles.ts";
import { ALL_THREADS, EXPORTED_TABLES, exportTables, ONE_THREAD, parquetOf, sheetSource } from "./exportTables.ts";
import { assertExportTarget, EXPORT_MARKER, EXPORT_MARKER_TEXT } from "./exportTarget.ts";
import { LAST_FILE, removePackage, repairInterruptedExport, swapIn } from "./swapPackage.ts";
import { provenanceSql } from "./provenance.ts";
import { syntheticRefusal } from "../warehouse/syntheticData.ts";
import { sheetRowXml } from "./sheetXml.ts";
import { writeWorkbook, type SheetData } from "./writeWorkbook.ts";

export interface ExportReport {
  dir: string;
  rows: Record<string, number>;
  files: number;
  bytes: number;
}

export interface ExportOptions {
  /** The repository whose own folders are never replaced (exportTarget.ts). */
  root?: string;
  /** Export a warehouse loaded with rejected inputs (`load_run.partial`); refused otherwise. */
  allowPartial?: boolean;
  /** Told what was repaired after an interrupted export. */
  notice?: (message: string) => void;
  /** Called with a short status line on each step (the CLI shows them as a progress bar). */
  progress?: (message: string) => void;
}

/** Write the package to `outDir`, replacing it only when it is an earlier export (see exportTarget.ts). */
export async function exportDataset(
  warehouse: string,
  outDir: string,
  options: ExportOptions = {},
): Promise<ExportReport> {
  const target = assertExportTarget(outDir, options.root ?? projectPaths().root);
  // Before anything else, also before a refusal: the target must not stay half swapped.
  for (const note of await repairInterruptedExport(target)) options.notice?.(`export: ${note}`);
  const refusal = publishRefusal(
    warehouse,
    await readWarehouseStatus(warehouse),
    options.allowPartial === true,
    "pass --allow-partial",
  );
  if (refusal) throw new Error(`export: ${refusal}; nothing was written`);
  const synthetic = await syntheticRefusal(warehouse, target);
  if (synthetic) throw new Error(`export: ${synthetic}; nothing was written`);
  const progress = options.progress ?? (() => {});
  const tmp = `${target}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const hasher = new FileHasher(tmp);
  try {
    // The marker first: a later export removes this folder if this one is killed, and only then.
    await writeFile(join(tmp, EXPORT_MARKER), EXPORT_MARKER_TEXT);
    // DuckDB spills to disk beyond its limit instead of growing: the export's memory stays bounded
    // whatever the warehouse's size. The spill folder is inside the temporary folder, so a killed
    // export's spill goes with it.
    const spill = join(tmp, ".spill");
    const instance = await DuckDBInstance.create(warehouse, {
      access_mode: "READ_ONLY",
      memory_limit: "384MB",
      temp_directory: spill,
    });
    const conn = await instance.connect();
    let rows: Record<string, number>;
    let meta: { created: string; dataVersion: string };
    let documents: { title: string; source_file: string }[];
    let federations: string[];
    try {
      rows = await exportTables(conn, tmp, progress, (paths) => hasher.add(paths));
      const q = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
      // A sort over a join: one thread, so rows that tie stay in the same order every time.
      await conn.run(ONE_THREAD);
      await conn.run(
        `COPY (${provenanceSql()}) TO '${join(tmp, "provenance.csv").replaceAll("'", "''")}' (FORMAT csv, HEADER true, NULL '', FORCE_QUOTE (table_name, fact_key, document_id, source_text))`,
      );
      hasher.add([join(tmp, "provenance.csv")]);
      const run = (
        await q(`SELECT run_id, strftime(finished_at, '%Y-%m-%dT%H:%M:%SZ') AS finished_at FROM load_run`)
      )[0];
      if (!run) throw new Error(`${warehouse}: no load_run row; is it a finished warehouse?`);
      meta = { created: String(run.finished_at), dataVersion: String(run.run_id) };
      documents = (await q(`SELECT title, source_file FROM document ORDER BY document_id`)).map((d) => ({
        title: String(d.title),
        source_file: String(d.source_file),
      }));
      federations = (await q(`SELECT name FROM federation ORDER BY federation_id`)).map((f) => String(f.name));
      const sheets: SheetData[] = EXPORTED_TABLES.map((table) => ({
        table,
        count: rows[table.name]!,
        rows: () => sheetRowXml(conn, table, sheetSource(parquetOf(tmp, table))),
      }));
      progress("workbook");
      await conn.run(ALL_THREADS);
      await writeWorkbook(join(tmp, "finsam.xlsx"), sheets, {
        version: `${SCHEMA_VERSION}+${meta.dataVersion}`,
        created: meta.created,
        license: "CC-BY-4.0",
      });
    } finally {
      conn.closeSync();
      instance.closeSync();
      await rm(spill, { recursive: true, force: true });
    }
    progress("finsam.duckdb");
    await copyFile(warehouse, join(tmp, "finsam.duckdb"));
    hasher.add([join(tmp, "finsam.xlsx"), join(tmp, "finsam.duckdb")]);
    await writeFile(join(tmp, "codebook.md"), renderCodebook());
    const version = `${SCHEMA_VERSION}+${meta.dataVersion}`;
    await writeFile(
      join(tmp, "CITATION.cff"),
      citationCff({ version, released: meta.created.slice(0, 10), documents: documents.length, federations }),
    );
    progress("checksums");
    const files = (await hasher.describeAll()).filter((f) => f.path !== EXPORT_MARKER);
    const pkg = buildDataPackage({
      tables: EXPORTED_TABLES,
      files,
      created: meta.created,
      dataVersion: meta.dataVersion,
      documents,
    });
    await writeFile(join(tmp, "datapackage.json"), `${JSON.stringify(pkg, null, 2)}\n`);
    // Only datapackage.json and the marker are new since: the package's files are read once.
    const all = await hasher.describeAll();
    // Written aside and renamed: a package folder with SHA256SUMS is complete (swapPackage.ts).
    await writeFile(join(tmp, `${LAST_FILE}.part`), all.map((f) => `${f.sha256}  ${f.path}\n`).join(""));
    await rename(join(tmp, `${LAST_FILE}.part`), join(tmp, LAST_FILE));
    await mkdir(dirname(target), { recursive: true });
    progress("swap");
    await swapIn(tmp, target);
    return { dir: target, rows, files: all.length + 1, bytes: all.reduce((s, f) => s + f.bytes, 0) };
  } catch (err) {
    await removePackage(tmp);
    throw new Error(
      `export: ${diskFull(err) ? "the disk is full" : "failed"}; ${target} is unchanged: ${messageOf(err)}`,
      {
        cause: err,
      },
    );
  }
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
/** Node says ENOSPC; DuckDB says it in words. */
const diskFull = (err: unknown) =>
  (err as NodeJS.ErrnoException)?.code === "ENOSPC" || /No space left on device|ENOSPC/.test(messageOf(err));
