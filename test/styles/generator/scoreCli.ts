/**
 * `npm run styles:score -- --seeds 1-40 [--cli] [--unseen] [--details] [--out file.md]`:
 * generates the seeds' documents, puts them into a fresh project as a new user would, and prints
 * right / wrong / missing per layer and per layout feature as markdown. `--unseen` scores the
 * hand-written documents in test/fixtures/unseen/ instead (or as well, with --seeds).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { documentPath, readTruth } from "../truth.ts";
import type { RunMode } from "./runSandbox.ts";
import { generatedDocuments, parseSeeds, renderMarkdown, scoreDocuments } from "./scoring.ts";

export const UNSEEN_DIR = resolve(import.meta.dirname, "../../fixtures/unseen");

const program = new Command()
  .name("styles:score")
  .option("--seeds <ranges>", "generator seeds, e.g. 1-40 or 10001-10040")
  .option("--unseen", "score the hand-written documents in test/fixtures/unseen/")
  .option("--cli", "run add-federation, ingest and load as separate CLI processes (slower)")
  .option("--details", "list every wrong and missing figure and broken trap")
  .option("--out <file>", "also write the markdown to a file")
  .parse();

const opts = program.opts<{ seeds?: string; unseen?: boolean; cli?: boolean; details?: boolean; out?: string }>();
if (!opts.seeds && !opts.unseen) program.error("give --seeds <ranges> and/or --unseen");
const mode: RunMode = opts.cli ? "cli" : "in-process";
const parts: string[] = [];
const scratch = mkdtempSync(join(tmpdir(), "finsam-seeds-"));
try {
  if (opts.seeds) {
    const seeds = parseSeeds(opts.seeds);
    const { docs } = generatedDocuments(seeds, scratch);
    const report = await scoreDocuments(docs, mode);
    parts.push(renderMarkdown(`Generated seeds ${opts.seeds} (${mode})`, report, { details: opts.details }));
  }
  if (opts.unseen) {
    const docs = readdirSync(UNSEEN_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => readTruth(e.name, UNSEEN_DIR))
      .map((truth) => ({ truth, file: documentPath(truth, UNSEEN_DIR) }));
    const report = await scoreDocuments(docs, mode);
    parts.push(renderMarkdown(`Unseen hand-written documents (${mode})`, report, { details: opts.details }));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const md = parts.join("\n");
process.stdout.write(md);
if (opts.out) writeFileSync(opts.out, md);
