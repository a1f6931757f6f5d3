/**
 * For the robustness tests of `ingest`: made-up board minutes of an existing sandbox federation
 * (Blekinge), the CLI arguments that ingest them, and the checks that the project holds no
 * half-written or orphaned file afterwards.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { documentIdFor, type ManifestEntry } from "../../loaders/schema/manifest.ts";
import { HASH_RECORD } from "../../loaders/input/hashRecord.ts";

/** Minutes of an invented meeting; `variant` changes a decision so two versions differ. */
export function minutesText(date: string, variant = ""): string {
  return [
    `Protokoll fört vid styrelsemöte ${date}`,
    "Samordningsförbundet (påhittat protokoll för test)",
    "",
    "§ 1 Mötets öppnande",
    "Ordföranden öppnade mötet.",
    "",
    "§ 2 Ekonomisk rapport",
    `Styrelsen beslutar att lägga den ekonomiska rapporten till handlingarna${variant}.`,
    "",
    "§ 3 Mötets avslutande",
    "Ordföranden avslutade mötet.",
    "",
  ].join("\n");
}

/** Write minutes for `date` to `file` and return the CLI arguments that ingest them. */
export function minutesArgs(file: string, date: string, variant = ""): string[] {
  writeFileSync(file, minutesText(date, variant));
  return [
    "ingest",
    file,
    "--federation",
    "blekinge",
    "--kind",
    "board_minutes",
    "--year",
    date.slice(0, 4),
    "--date",
    date,
  ];
}

export function manifestEntries(dir: string): ManifestEntry[] {
  return (parse(readFileSync(join(dir, "data/sources/manifest.yaml"), "utf8")) as { documents: ManifestEntry[] })
    .documents;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/**
 * What is out of place in the project: temporary files, a lock or journal left behind, source
 * files no manifest entry names, extractions of no manifest entry. Empty when all is well.
 */
export function strayFiles(dir: string): string[] {
  const data = join(dir, "data");
  const entries = manifestEntries(dir);
  const named = new Set(entries.flatMap((e) => [e.file, e.ocr_file].filter((f): f is string => !!f)));
  const ids = new Set(entries.map(documentIdFor));
  const out: string[] = [];
  for (const file of walk(data)) {
    const rel = relative(data, file);
    if (/\.tmp-\d+$|^\.finsam/.test(rel.split("/").at(-1)!)) out.push(rel);
    // The extraction's record of its files' stamps (input/hashRecord.ts) belongs to no one document.
    else if (rel === `extracted/${HASH_RECORD}`) continue;
    else if (rel.startsWith("sources/") && rel !== "sources/manifest.yaml" && !named.has(rel.slice("sources/".length)))
      out.push(rel);
    else if (
      rel.startsWith("extracted/") &&
      !ids.has(
        rel
          .slice("extracted/".length)
          .replace(/\.json$/, "")
          .replace(/\.rows\.ndjson$/, ""),
      )
    )
      out.push(rel);
  }
  return out;
}
