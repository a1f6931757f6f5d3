/**
 * `npm run export`: the open-data package in dist/data/. Written into a sibling temporary
 * folder and swapped in when complete (swapPackage.ts), so a failed or killed export leaves the
 * previous package whole, and the next export repairs what a killed one left.
 */
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { projectPaths } from "../config/paths.ts";
import { renderCodebook } from "../warehouse/codebook.ts";
import { publishRefusal, readWarehouseStatus } from "../warehouse/loadStatus.ts";
import { SCHEMA_VERSION } from "../schema/tables.ts";
import { citationCff } from "./citation.ts";
import { buildDataPackage, type PackageFile } from "./dataPackage.ts";
import { EXPORTED_TABLES, exportTables } from "./exportTables.ts";
import { assertExportTarget, EXPORT_MARKER, EXPORT_MARKER_TEXT } from "./exportTarget.ts";
import { LAST_FILE, removePackage, repairInterruptedExport, swapIn } from "./swapPackage.ts";
import { provenanceSql } from "./provenance.ts";
import { writeWorkbook, type Cell } from "./writeWorkbook.ts";

export interface ExportReport {
  dir: string;
  rows: Record<string, number>;
  files: number;
  bytes: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

async function describe(dir: string): Promise<PackageFile[]> {
  const files: PackageFile[] = [];
  for (const path of await listFiles(dir)) {
    files.push({
      path: relative(dir, path).split("\\").join("/"),
      bytes: (await stat(path)).size,
      sha256: createHash("sha256")
        .update(await readFile(path))
        .digest("hex"),
    });
  }
  return files;
}

export interface ExportOptions {
  /** The repository whose own folders are never replaced (exportTarget.ts). */
  root?: string;
  /** Export a warehouse loaded with rejected inputs (`load_run.partial`); refused otherwise. */
  allowPartial?: boolean;
  /** Told what was repaired after an interrupted export. */
  notice?: (message: string) => void;
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
  const tmp = `${target}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    // The marker first: a later export removes this folder if this one is killed, and only then.
    await writeFile(join(tmp, EXPORT_MARKER), EXPORT_MARKER_TEXT);
    const instance = await DuckDBInstance.create(warehouse, { access_mode: "READ_ONLY" });
    const conn = await instance.connect();
    let rows: Record<string, number>;
    let meta: { created: string; dataVersion: string };
    let documents: { title: string; source_file: string }[];
    let federations: string[];
    try {
      rows = await exportTables(conn, tmp);
      const q = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
      await conn.run(
        `COPY (${provenanceSql()}) TO '${join(tmp, "provenance.csv").replaceAll("'", "''")}' (FORMAT csv, HEADER true, NULL '', FORCE_QUOTE (table_name, fact_key, document_id, source_text))`,
      );
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
      const sheets = [];
      for (const table of EXPORTED_TABLES) {
        const reader = await conn.runAndReadAll(
          `SELECT ${table.columns.map((c) => (c.type === "DATE" || c.type === "TIMESTAMP" || c.type === "JSON" ? `CAST("${c.name}" AS VARCHAR)` : c.type === "BIGINT" ? `"${c.name}"::DOUBLE` : `"${c.name}"`)).join(", ")} FROM "${table.name}" ORDER BY ${table.key.map((k) => `"${k}" NULLS FIRST`).join(", ")}`,
        );
        sheets.push({ table, rows: reader.getRowsJson() as Cell[][] });
      }
      await writeWorkbook(join(tmp, "finsam.xlsx"), sheets, {
        version: `${SCHEMA_VERSION}+${meta.dataVersion}`,
        created: meta.created,
        license: "CC-BY-4.0",
      });
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
    await copyFile(warehouse, join(tmp, "finsam.duckdb"));
    await writeFile(join(tmp, "codebook.md"), renderCodebook());
    const version = `${SCHEMA_VERSION}+${meta.dataVersion}`;
    await writeFile(
      join(tmp, "CITATION.cff"),
      citationCff({ version, released: meta.created.slice(0, 10), documents: documents.length, federations }),
    );
    const files = (await describe(tmp)).filter((f) => f.path !== EXPORT_MARKER);
    const pkg = buildDataPackage({
      tables: EXPORTED_TABLES,
      files,
      created: meta.created,
      dataVersion: meta.dataVersion,
      documents,
    });
    await writeFile(join(tmp, "datapackage.json"), `${JSON.stringify(pkg, null, 2)}\n`);
    const all = await describe(tmp);
    // Written aside and renamed: a package folder with SHA256SUMS is complete (swapPackage.ts).
    await writeFile(join(tmp, `${LAST_FILE}.part`), all.map((f) => `${f.sha256}  ${f.path}\n`).join(""));
    await rename(join(tmp, `${LAST_FILE}.part`), join(tmp, LAST_FILE));
    await mkdir(dirname(target), { recursive: true });
    await swapIn(tmp, target);
    return { dir: target, rows, files: all.length + 1, bytes: all.reduce((s, f) => s + f.bytes, 0) };
  } catch (err) {
    await removePackage(tmp);
    throw err;
  }
}
