/**
 * `npm run styles:score -- --seeds 1-40 [--hand] [--unseen] [--cli] [--details] [--out file.md] [--only pattern]`:
 * generates the seeds' documents, puts them into a fresh project as a new user would, and prints
 * right / wrong / missing per layer and per layout feature as markdown. `--hand` scores the
 * hand-written tuning documents in test/fixtures/hand-tuning/, `--unseen` the held-out hand-written
 * documents in test/fixtures/unseen/ (report only: readers are never tuned on them). `--id-style`
 * gives each federation an id of another style first (idStyles.ts: `name`, `full`, `abbrev`, `code`),
 * as a new user may choose it.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { documentPath, readTruth } from "../truth.ts";
import { inWindows1252 } from "./encodings.ts";
import { idInStyle, ID_STYLES, isIdStyle, withFederationId, type IdStyle } from "./idStyles.ts";
import type { RunMode, SandboxDocument } from "./runSandbox.ts";
import { generatedDocuments, parseSeeds, renderMarkdown, scoreDocuments } from "./scoring.ts";

export const HAND_TUNING_DIR = resolve(import.meta.dirname, "../../fixtures/hand-tuning");
export const UNSEEN_DIR = resolve(import.meta.dirname, "../../fixtures/unseen");

const program = new Command()
  .name("styles:score")
  .option("--seeds <ranges>", "generator seeds, e.g. 1-40 or 10001-10040")
  .option("--hand", "score the hand-written tuning documents in test/fixtures/hand-tuning/")
  .option("--unseen", "score the held-out hand-written documents in test/fixtures/unseen/")
  .option("--cli", "run add-federation, ingest and load as separate CLI processes (slower)")
  .option("--details", "list every wrong and missing figure and broken trap")
  .option("--out <file>", "also write the markdown to a file")
  .option("--only <pattern>", "score only the hand-written documents whose folder name matches this pattern")
  .option(
    "--encoding <name>",
    "write each text document in this encoding first (windows-1252), as a user's tools may save it",
  )
  .option("--date-from-document", "ingest minutes without --date, as a user who leaves the meeting's date to ingest")
  .option("--id-style <style>", `the federation ids a new user chooses: ${ID_STYLES.join(", ")} (default given)`)
  .parse();

const opts = program.opts<{
  seeds?: string;
  hand?: boolean;
  unseen?: boolean;
  cli?: boolean;
  details?: boolean;
  out?: string;
  only?: string;
  idStyle?: string;
  dateFromDocument?: boolean;
  encoding?: string;
}>();
if (!opts.seeds && !opts.hand && !opts.unseen) program.error("give --seeds <ranges>, --hand and/or --unseen");
const mode: RunMode = opts.cli ? "cli" : "in-process";
const styleArg = opts.idStyle ?? "given";
const idStyle: IdStyle = isIdStyle(styleArg)
  ? styleArg
  : program.error(`--id-style ${styleArg}: expected one of ${ID_STYLES.join(", ")}`);
const taken = new Set<string>();
if (opts.encoding !== undefined && opts.encoding !== "windows-1252")
  program.error(`--encoding ${opts.encoding}: only windows-1252 is written`);
let recodedCount = 0;
/** Each document's truth with its federation's id in the chosen style. */
const restyled = (docs: SandboxDocument[]): SandboxDocument[] =>
  docs.map((d, n) => {
    const truth = withFederationId(d.truth, idInStyle(d.truth, idStyle, taken));
    if (opts.encoding !== undefined) {
      const recoded = inWindows1252(d.file, scratch, n);
      if (recoded.recoded) recodedCount++;
      d = { ...d, file: recoded.file };
    }
    if (!opts.dateFromDocument || truth.document.kind === "annual_report") return { ...d, truth };
    const { date: _given, ...document } = truth.document;
    return { ...d, truth: { ...truth, document } };
  });
const parts: string[] = [];
const scratch = mkdtempSync(join(tmpdir(), "finsam-seeds-"));
try {
  if (opts.seeds) {
    const seeds = parseSeeds(opts.seeds);
    const docs = restyled(generatedDocuments(seeds, scratch));
    const report = await scoreDocuments(docs, mode);
    parts.push(
      renderMarkdown(`Generated seeds ${opts.seeds} (${mode}, ids ${idStyle})`, report, { details: opts.details }),
    );
  }
  const handSets = [
    { on: opts.hand, dir: HAND_TUNING_DIR, title: "Hand-written tuning documents" },
    { on: opts.unseen, dir: UNSEEN_DIR, title: "Unseen hand-written documents (held out)" },
  ];
  for (const set of handSets.filter((s) => s.on && existsSync(s.dir))) {
    const docs = readdirSync(set.dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && (!opts.only || new RegExp(opts.only).test(e.name)))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => readTruth(e.name, set.dir))
      .map((truth) => ({ truth, file: documentPath(truth, set.dir) }));
    const report = await scoreDocuments(restyled(docs), mode);
    parts.push(renderMarkdown(`${set.title} (${mode}, ids ${idStyle})`, report, { details: opts.details }));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (opts.encoding !== undefined) parts.push(`\n${recodedCount} documents written in ${opts.encoding}.\n`);
const md = parts.join("\n");
process.stdout.write(md);
if (opts.out) writeFileSync(opts.out, md);
