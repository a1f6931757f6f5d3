/**
 * Every input a load reads: the manifest, the registries, each document's extracted JSON
 * and lines, and the curated files. A bad document or curated file is reported with its
 * file, place and reason and skipped; the rest load.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { closeSync, fstatSync, openSync, writevSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { parseDocument } from "yaml";
import type { Paths } from "../config/paths.ts";
import { curatedSchema, extractionSchema, type CuratedFact, type Extraction } from "../schema/facts.ts";
import { documentIdFor, textSourceOf, type ManifestEntry } from "../schema/manifest.ts";
import {
  headerFacts,
  rowLines,
  rowSetRuns,
  rowsFileFor,
  sealedRows,
  type RowSet,
  type RowsHeader,
} from "../schema/extractionRows.ts";
import { OBTAINED_BY_TEXT_SOURCE } from "../reference/codes.ts";
import { extractedPath, readEntryLines, readHashed } from "./readEntryText.ts";
import { readManifestFile } from "./readManifest.ts";
import { readRegistries, type ReadRegistryFile, type RegistryFile } from "./readRegistries.ts";
import {
  hashBounded,
  READ_LIMITS,
  ReadBuffer,
  readBounded,
  readBoundedInto,
  UnreadableFileError,
} from "./readBounded.ts";
import { InputError, lazyLines, readYaml, yamlLines, type LineOf } from "./readYaml.ts";
import { DocumentLines } from "./documentLines.ts";
import { readHashRecord, recordedFile, recordedSha, stampOf, type RecordedHash } from "./hashRecord.ts";
import { joinLines, mayLeaveInFile, verbatimLineCount, type DocumentText } from "./verbatimText.ts";
import { sourceReadLimit } from "./readSourceFile.ts";

export interface RejectedInput {
  file: string;
  where: string;
  reason: string;
}

function asRejected(err: unknown, file: string): InputError {
  if (err instanceof InputError) return err;
  if (err instanceof UnreadableFileError) return new InputError(err.file, "", err.reason);
  return new InputError(file, "", err instanceof Error ? err.message : String(err));
}

/** A YAML input's bytes, bounded (readBounded.ts), named relative to the project in messages. */
const readYamlBytes = (file: string, root: string) =>
  readBounded(file, { limit: READ_LIMITS.yaml, name: relative(root, file) });

async function listFiles(dir: string, ext: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  // recursive readdir: no recursion or spread of our own, whatever the number of files.
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** One federation's inputs: its registry, its loaded documents' extractions, its curated facts. */
export interface FederationInputs {
  manifest: ManifestEntry[];
  registries: RegistryFile[];
  extractions: Extraction[];
  curated: CuratedFact[];
  /** Its documents' line counts, and the text of those its curated files cite. */
  lines: DocumentLines;
  /**
   * Its extractions' row sets, for DuckDB to read (schema/extractionRows.ts), in the extractions'
   * order: only when the read was given a folder for row files (`readFederation`); those
   * extractions then hold no findings or coverage of their own.
   */
  rowFiles: RowFileRef[];
  /** The staged file of each row set holding its rows of all of them (each names its document); none for a set without rows. */
  rowSetFiles: Partial<Record<RowSet, string>>;
}

/** The row sets of one loaded document, and what its rows take from the document. */
export interface RowFileRef {
  /** Where its rows were read: its own row file, or its JSON (no row file, or one whose seal did not hold). */
  from: string;
  document_id: string;
  federation_id: string;
  period_year: number;
  /** The document's date (precedence: the later document). */
  date: string;
  /** How its parsed facts were obtained (by its text source). */
  obtained: string;
}

/** What a whole read reports besides the federations' inputs. */
export interface InputsReport {
  inputErrors: string[];
  rejected: RejectedInput[];
  inputSha256: string;
}

/** A rejection with its place in the order rejections are reported (manifest or curated-file order). */
export interface IndexedRejection {
  index: number;
  error: RejectedInput & { message: string };
}

/**
 * A registry file as plain data: its text, not its YAML document. Its members' lines are found
 * where the federation is normalised (a worker thread): building the document with its lines
 * for every registry cost the load's planning some 0.4 s CPU at 75x15 while the workers waited.
 */
export interface PlainRegistryFile {
  registry: RegistryFile["registry"];
  file: string;
  text: string;
}

const plainRegistry = ({ registry, file, text }: ReadRegistryFile): PlainRegistryFile => ({ registry, file, text });

/** The registry file again, its lines found from its text when the normalising first asks for one. */
const registryFileOf = (r: PlainRegistryFile): RegistryFile => ({ ...r, lineOf: lazyLines(r.text, r.file) });

/**
 * One federation's share of a read, as plain data (a worker thread gets it as a message): its
 * registry, its usable documents with their manifest index, its curated files with their index
 * among all curated files.
 */
export interface FederationJob {
  registry: PlainRegistryFile | undefined;
  documents: { entry: ManifestEntry; index: number; recorded?: RecordedFiles }[];
  curated: { file: string; index: number }[];
  manifestFile: string;
}

/** The extraction's record of a document's source, JSON and row file (hashRecord.ts), where it has them. */
export interface RecordedFiles {
  source?: RecordedHash;
  json?: RecordedHash;
  rows?: RecordedHash;
}

/** What a federation's read gives besides its inputs: what the input hash takes, and its rejections. */
export interface FederationReadReport {
  /** Per loaded document, its source's and its extraction file's SHA-256, in the job's order. */
  hashParts: string[];
  documentRejections: IndexedRejection[];
  curatedRejections: IndexedRejection[];
  /** The loaded curated files' bytes, by index. */
  curatedBytes: { index: number; bytes: Uint8Array }[];
  /** Documents read (loaded or rejected). */
  documentsRead: number;
}

const plainRejection = (index: number, err: unknown, file: string): IndexedRejection => {
  const e = asRejected(err, file);
  return { index, error: { file: e.file, where: e.where, reason: e.reason, message: e.message } };
};

/** An extraction from its row file's header: its row sets stay in the file, for DuckDB. */
const headerExtraction = (h: RowsHeader): Extraction => ({
  schema_version: h.schema_version,
  document_id: h.document_id,
  federation_id: h.federation_id,
  source_sha256: h.source_sha256,
  period_year: h.period_year,
  parser: h.parser,
  facts: h.header_facts,
  findings: [],
  coverage: [],
  layers: [],
});

/**
 * The header and rows of a document's row file, when the file is there, readable and sealed for
 * the JSON read; else null. The rows are bytes of `into`, valid until its next read.
 */
async function ownRows(
  jsonFile: string,
  jsonSha256: string,
  root: string,
  into: ReadBuffer,
  recorded: RecordedHash | undefined,
): Promise<{ header: RowsHeader; rows: Uint8Array } | null> {
  const file = rowsFileFor(jsonFile);
  if (!existsSync(file)) return null;
  try {
    /** The file's stamp as it was opened: the bytes read are the recorded ones when it is the recorded stamp. */
    let stamp: string | null = null;
    const opened = recorded ? (fd: number) => (stamp = stampOf(fstatSync(fd, { bigint: true }))) : undefined;
    const bytes = await readBoundedInto(
      file,
      { limit: READ_LIMITS.extraction, name: relative(root, file), opened },
      into,
    );
    return sealedRows(bytes, jsonSha256, stamp !== null && stamp === recorded?.stamp ? recorded.sha256 : undefined);
  } catch {
    return null; // unreadable: the JSON is the record
  }
}

/** Write every byte of `views`, in order: a write may take fewer bytes than given (a disk filling up), so write on until all are taken. */
function writeAll(fd: number, views: Uint8Array[]): void {
  let rest = views;
  while (rest.length > 0) {
    let written = writevSync(fd, rest);
    let k = 0;
    while (k < rest.length && written >= rest[k]!.length) written -= rest[k++]!.length;
    rest = k < rest.length ? [rest[k]!.subarray(written), ...rest.slice(k + 1)] : [];
  }
}

/**
 * Read one federation's documents and curated files. Each loaded document's lines go to
 * `onLines` as it is read; `progress` gets each document id as it is started. Given `rowsDir`,
 * the extractions' row sets are left for DuckDB (`FederationInputs.rowFiles`), staged in one file
 * per set in `rowsDir`: each document's rows as its row file has them where its seal holds (the bytes
 * checked, not the file read again), else as its JSON gives them.
 */
export async function readFederation(
  paths: Paths,
  job: FederationJob,
  onLines: (documentId: string, lines: DocumentText) => Promise<void>,
  progress: (documentId: string) => void = () => {},
  rowsDir?: string,
  /** Awaited before each document: lets the thread's event loop run between documents (stagePool.ts). */
  between?: () => Promise<void>,
): Promise<{ inputs: FederationInputs; report: FederationReadReport }> {
  const report: FederationReadReport = {
    hashParts: [],
    documentRejections: [],
    curatedRejections: [],
    curatedBytes: [],
    documentsRead: 0,
  };
  const into: FederationInputs = {
    manifest: job.documents.map((d) => d.entry),
    registries: job.registry ? [registryFileOf(job.registry)] : [],
    extractions: [],
    curated: [],
    lines: new DocumentLines(),
    rowFiles: [],
    rowSetFiles: {},
  };
  /**
   * The rows of the documents read, staged in one file per row set, each document's written as
   * it is read: DuckDB reads a few files per federation where it read one per document, at some
   * 40 % of the CPU (25x15: 1 125 files 2.2–2.6 s, one file of the same rows 0.8–0.9 s), and it
   * reads the bytes whose seal was checked, not the extraction's file again. Each set apart, DuckDB
   * reads it into a table of that set's own columns (warehouse/rowSets.ts). Each file is opened
   * at the first row of its set.
   */
  const rowSetFds = new Map<RowSet, number>();
  /**
   * Each document's source and row file are read into buffers reused for the next document:
   * nothing keeps their bytes (the rows are written out, the source's lines are made into
   * strings or left in the file).
   */
  const sourceBuffer = new ReadBuffer();
  const rowsBuffer = new ReadBuffer();
  try {
    const { manifestFile } = job;
    /** The manifest's lines, found only when a message needs one (readYaml's lazy lines). */
    let manifestLines: Promise<LineOf> | undefined;
    const shaLine = (index: number) =>
      (manifestLines ??= yamlLines(paths.manifest, paths.root)).then(
        (lineOf) => String(lineOf(["documents", index, "sha256"])),
        () => "?",
      );
    for (const { entry, index, recorded } of job.documents) {
      if (between) await between();
      const id = documentIdFor(entry);
      let documentLines: DocumentText;
      /** The extraction read, and its rows when its own row file is the one read. */
      let loaded: { extraction: Extraction; rows: Uint8Array | null; from: string };
      progress(id);
      report.documentsRead++;
      const source = join(paths.sources, entry.file);
      const sourceRel = relative(paths.root, source);
      try {
        // Most documents' lines are left in their source files for DuckDB (verbatimText.ts); one
        // the extraction's record vouches for (its stamp unchanged since the extraction read it:
        // hashRecord.ts), with its verbatim lines counted then, is not read at all. Any other is
        // read, hashed and counted here. (DuckDB checks each file's size and lines as it reads it.)
        const leave = mayLeaveInFile(entry, source);
        const known = leave ? recordedFile(source, recorded?.source, sourceReadLimit(source)) : null;
        const { bytes, sha256: sha } =
          known && typeof known.lines === "number"
            ? { bytes: null, sha256: known.sha256 }
            : await readHashed(source, sourceBuffer);
        if (sha !== entry.sha256) {
          throw new InputError(
            sourceRel,
            "sha256",
            `is ${sha.slice(0, 12)}…, but ${manifestFile} at documents.${index}.sha256 (line ${await shaLine(index)}) says ${entry.sha256.slice(0, 12)}…`,
          );
        }
        const file = extractedPath(paths.extracted, id);
        const rel = relative(paths.root, file);
        if (!existsSync(file)) throw new InputError(rel, "", "missing; run `npm run finsam -- extract`");
        const bounds = { limit: READ_LIMITS.extraction, name: rel };
        // The extraction file's own bytes, hashed as read: serialising the parsed extraction again
        // cost a second of a national load, and would hash zod's reading of the file, not the file.
        // The row file written with this JSON spares parsing it: its header has the facts, its
        // rows go to DuckDB, and the JSON is only hashed (its seal names the JSON's hash), not held.
        // A missing or stale one (ingest writes the JSON only; a hand edit of either file) leaves
        // the JSON, read and checked whole as before, and hashed as that read gave it.
        // A JSON the extraction's record vouches for (its stamp unchanged since it was written:
        // hashRecord.ts) is not read at all; its recorded hash is the one its row file's seal names.
        const hashed =
          rowsDir && existsSync(rowsFileFor(file))
            ? (recordedSha(file, recorded?.json, bounds.limit) ?? (await hashBounded(file, bounds)))
            : null;
        const own = hashed === null ? null : await ownRows(file, hashed, paths.root, rowsBuffer, recorded?.rows);
        let jsonSha = hashed ?? "";
        let extraction: Extraction;
        if (own) extraction = headerExtraction(own.header);
        else {
          const extracted = await readBounded(file, bounds);
          jsonSha = createHash("sha256").update(extracted).digest("hex");
          let raw: unknown;
          try {
            raw = JSON.parse(extracted.toString("utf8"));
          } catch (err) {
            throw new InputError(rel, "", `not valid JSON (${(err as Error).message})`);
          }
          const parsed = extractionSchema.safeParse(raw);
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            throw new InputError(rel, issue.path.join("."), issue.message);
          }
          extraction = parsed.data;
        }
        if (extraction.source_sha256 !== sha)
          throw new InputError(
            rel,
            "source_sha256",
            "extracted from a different version of the document; run `npm run finsam -- extract`",
          );
        report.hashParts.push(sha, jsonSha);
        // The facts' copies of their source lines are not loaded: the warehouse keeps each line
        // once, in document_line.
        for (const fact of extraction.facts) fact.text = "";
        // Most documents are plain text needing no normalising: left in their files for DuckDB to
        // read (verbatimText.ts), unless the path has a character DuckDB reads as a wildcard.
        if (bytes === null) documentLines = { file: source, bytes: known!.size, count: known!.lines! };
        else {
          const count = leave ? verbatimLineCount(bytes) : null;
          documentLines =
            count === null
              ? joinLines(await readEntryLines(paths.sources, entry, bytes))
              : { file: source, bytes: bytes.length, count };
        }
        loaded = own ? { extraction, rows: own.rows, from: rowsFileFor(file) } : { extraction, rows: null, from: file };
      } catch (err) {
        report.documentRejections.push(plainRejection(index, err, sourceRel));
        continue;
      }
      // Outside the try: a failure to stage the lines or rows (a full disk) fails the load, it rejects no document.
      await onLines(id, documentLines);
      into.lines.setCount(id, documentLines.count);
      const { extraction } = loaded;
      if (rowsDir) {
        let { rows } = loaded;
        if (rows === null) {
          rows = Buffer.from(rowLines(extraction));
          extraction.findings = [];
          extraction.coverage = [];
          extraction.facts = headerFacts(extraction.facts);
        }
        // Each set's runs of this document gathered and written at once: the facts of the sets
        // alternate (some 45 runs in an annual report), and a write each cost more than the rows'
        // scan (25x15: 18 930 writes).
        const runs = new Map<RowSet, Uint8Array[]>();
        rowSetRuns(rows, (set, start, end) => {
          const list = runs.get(set);
          if (list) list.push(rows.subarray(start, end));
          else runs.set(set, [rows.subarray(start, end)]);
        });
        for (const [set, views] of runs) {
          let fd = rowSetFds.get(set);
          if (fd === undefined) {
            // Named by its first document's number in the manifest: unique within the load.
            const file = join(rowsDir, `rows-${job.documents[0]!.index}.${set}.ndjson`);
            into.rowSetFiles[set] = file;
            rowSetFds.set(set, (fd = openSync(file, "w")));
          }
          writeAll(fd, views);
        }
        into.rowFiles.push({
          from: relative(paths.root, loaded.from),
          document_id: extraction.document_id,
          federation_id: extraction.federation_id,
          period_year: extraction.period_year,
          date: entry.date,
          obtained: OBTAINED_BY_TEXT_SOURCE[textSourceOf(entry)],
        });
      }
      into.extractions.push(extraction);
    }
  } finally {
    for (const fd of rowSetFds.values()) closeSync(fd);
  }

  const entryOf = new Map(into.manifest.map((m) => [documentIdFor(m), m]));
  for (const { file, index } of job.curated) {
    const rel = relative(paths.root, file);
    try {
      const bytes = await readYamlBytes(file, paths.root);
      // A file of comments only (the template `ingest` writes) holds no facts yet.
      if (parseDocument(bytes.toString("utf8")).contents === null) continue;
      const { data, lineOf } = await readYaml(file, curatedSchema, paths.root);
      // The folder names the federation (data/curated/<federation>/…): a file in the wrong one is a mistake.
      const folder = relative(paths.curated, dirname(file)).split(sep)[0]!;
      const federation = data.document_id.split("/")[0]!;
      if (folder !== federation) {
        const where = `document_id (line ${lineOf(["document_id"])})`;
        throw new InputError(
          rel,
          where,
          folder === ""
            ? `not in a federation folder; move it to data/curated/${federation}/`
            : `document "${data.document_id}" belongs to federation ${federation}, but the file is in data/curated/${folder}/; move it to data/curated/${federation}/`,
        );
      }
      const { lines } = into;
      if (!lines.has(data.document_id))
        throw new InputError(rel, "document_id", `unknown or unloaded document "${data.document_id}"`);
      for (const [i, c] of data.facts.entries()) {
        const count = lines.lineCount(data.document_id)!;
        if (c.fact.line > count)
          throw new InputError(
            rel,
            `facts.${i}.fact.line`,
            `line ${c.fact.line} is past the end of ${data.document_id} (${count} lines)`,
          );
      }
      // The cited document's text, read again: curated facts are checked against the lines they cite.
      if (!lines.holdsText(data.document_id))
        lines.set(data.document_id, await readEntryLines(paths.sources, entryOf.get(data.document_id)!));
      for (const c of data.facts)
        into.curated.push({ documentId: data.document_id, fact: c.fact, reason: c.reason, file: rel });
      report.curatedBytes.push({ index, bytes });
    } catch (err) {
      report.curatedRejections.push(plainRejection(index, err, rel));
    }
  }
  return { inputs: into, report };
}

/** A whole read, planned: what is hashed before the documents, the federations' jobs, the early rejections. */
export interface InputPlan {
  /** The registries' and the manifest's bytes, hashed first. */
  headBytes: Buffer[];
  /** Federations with documents, in the order of their first document in the manifest, then those without. */
  jobs: FederationJob[];
  /** Curated files in no federation's folder: each is rejected, for its folder or its document. */
  stray: FederationJob;
  /** Documents of unknown federations. */
  manifestRejections: InputError[];
  /** Documents of known federations. */
  usableCount: number;
}

export async function planInputs(paths: Paths): Promise<InputPlan> {
  const manifestRejections: InputError[] = [];
  const manifestFile = relative(paths.root, paths.manifest);
  const { documents: manifest, placeOf } = await readManifestFile(paths);
  const registries = await readRegistries(paths, { lines: "lazy" });
  const registryOf = new Map(registries.map((r) => [r.registry.federation_id, r]));
  const record = await readHashRecord(paths.extracted);
  const headBytes: Buffer[] = [];
  for (const r of registries) headBytes.push(await readYamlBytes(join(paths.root, r.file), paths.root));
  headBytes.push(await readYamlBytes(paths.manifest, paths.root));
  /** Usable documents by federation, in the order of each federation's first document. */
  const byFederation = new Map<string, FederationJob["documents"]>();
  let usableCount = 0;
  for (const [i, entry] of manifest.entries()) {
    const id = documentIdFor(entry);
    if (!registryOf.has(entry.federation_id)) {
      manifestRejections.push(
        new InputError(
          manifestFile,
          placeOf(i),
          `document ${id}: unknown federation "${entry.federation_id}" (no data/federations/${entry.federation_id}.yaml); skipped`,
        ),
      );
      continue;
    }
    const document: FederationJob["documents"][number] = { entry, index: i };
    if (record.size > 0) {
      const json = relative(paths.extracted, extractedPath(paths.extracted, id));
      const recorded = {
        source: record.get(relative(paths.extracted, join(paths.sources, entry.file))),
        json: record.get(json),
        rows: record.get(rowsFileFor(json)),
      };
      if (recorded.source || recorded.json || recorded.rows) document.recorded = recorded;
    }
    const list = byFederation.get(entry.federation_id);
    if (list) list.push(document);
    else byFederation.set(entry.federation_id, [document]);
    usableCount++;
  }
  // Curated files by their folder (data/curated/<federation>/…): read with that federation's documents.
  const curatedFiles = (await listFiles(paths.curated, ".yaml")).map((file, index) => ({ file, index }));
  const curatedByFolder = new Map<string, { file: string; index: number }[]>();
  for (const c of curatedFiles) {
    const folder = relative(paths.curated, dirname(c.file)).split(sep)[0]!;
    const list = curatedByFolder.get(folder);
    if (list) list.push(c);
    else curatedByFolder.set(folder, [c]);
  }
  const jobs: FederationJob[] = [];
  const job = (federation: string, documents: FederationJob["documents"]): FederationJob => {
    const curated = curatedByFolder.get(federation) ?? [];
    curatedByFolder.delete(federation);
    const registry = registryOf.get(federation);
    return { registry: registry && plainRegistry(registry), documents, curated, manifestFile };
  };
  for (const [federation, documents] of byFederation) jobs.push(job(federation, documents));
  for (const r of registries)
    if (!byFederation.has(r.registry.federation_id)) jobs.push(job(r.registry.federation_id, []));
  const stray: FederationJob = {
    registry: undefined,
    documents: [],
    curated: [...curatedByFolder.values()].flat(),
    manifestFile,
  };
  return { headBytes, jobs, stray, manifestRejections, usableCount };
}

/**
 * The input hash and the rejections of a whole read, fed one federation at a time in the jobs'
 * order. The hash takes the registries' and the manifest's bytes, then per loaded document (in
 * the jobs' order: the manifest's own order where it lists each federation's documents together,
 * as the bundled and synthetic corpora do, else grouped by federation) its source's and its
 * extraction file's SHA-256, then the loaded curated files' bytes in their order. The same inputs
 * always give the same hash. Rejections keep the order of the manifest and of the curated files.
 */
export class InputReport {
  private readonly hash = createHash("sha256");
  private readonly documentRejections: IndexedRejection[] = [];
  private readonly curatedRejections: IndexedRejection[] = [];
  private readonly curatedBytes: { index: number; bytes: Uint8Array }[] = [];

  constructor(private readonly plan: InputPlan) {
    for (const b of plan.headBytes) this.hash.update(b);
  }

  add(report: FederationReadReport): void {
    for (const part of report.hashParts) this.hash.update(part);
    for (const r of report.documentRejections) this.documentRejections.push(r);
    for (const r of report.curatedRejections) this.curatedRejections.push(r);
    for (const c of report.curatedBytes) this.curatedBytes.push(c);
  }

  finish(): InputsReport {
    const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;
    for (const { bytes } of this.curatedBytes.sort(byIndex)) this.hash.update(bytes);
    const rejected = [
      ...this.plan.manifestRejections.map((e) => ({
        file: e.file,
        where: e.where,
        reason: e.reason,
        message: e.message,
      })),
      ...this.documentRejections.sort(byIndex).map((r) => r.error),
      ...this.curatedRejections.sort(byIndex).map((r) => r.error),
    ];
    return {
      inputErrors: rejected.map((e) => e.message),
      rejected: rejected.map((e) => ({ file: e.file, where: e.where, reason: e.reason })),
      inputSha256: this.hash.digest("hex"),
    };
  }
}

/**
 * Read every input, one federation at a time; a bad document or curated file is reported and
 * skipped, the rest load. Every key of the published tables lies within one federation (its
 * documents, members and interventions), so each federation's inputs go to `onFederation`
 * whole and are then dropped: memory holds one federation, not the corpus. Each loaded
 * document's lines go to `onLines` as it is read (the loader stages them for document_line).
 * Federations come in the order of their first document in the manifest, then those without
 * documents (see `InputReport` for the hash and the rejections' order).
 */
export async function readInputsByFederation(
  paths: Paths,
  onFederation: (inputs: FederationInputs) => Promise<void> | void,
  progress: (m: string) => void = () => {},
  onLines: (documentId: string, lines: DocumentText) => Promise<void> = async () => {},
): Promise<InputsReport> {
  const plan = await planInputs(paths);
  const report = new InputReport(plan);
  let read = 0;
  const counted = (id: string) => progress(`[${++read}/${plan.usableCount}] ${id}`);
  for (const job of plan.jobs) {
    const { inputs, report: part } = await readFederation(paths, job, onLines, counted);
    report.add(part);
    await onFederation(inputs);
  }
  report.add((await readFederation(paths, plan.stray, onLines)).report);
  return report.finish();
}

/** Every input at once (tests, small projects): the federations' inputs joined. */
export async function readInputs(paths: Paths, progress: (m: string) => void = () => {}) {
  const all: FederationInputs & { registries: RegistryFile[] } = {
    manifest: [],
    registries: [],
    extractions: [],
    curated: [],
    lines: new DocumentLines(),
    rowFiles: [],
    rowSetFiles: {},
  };
  const report = await readInputsByFederation(
    paths,
    (f) => {
      // Loops, not push(...): no spread of unbounded length.
      for (const m of f.manifest) all.manifest.push(m);
      for (const r of f.registries) all.registries.push(r);
      for (const e of f.extractions) all.extractions.push(e);
      for (const c of f.curated) all.curated.push(c);
      all.lines.merge(f.lines);
    },
    progress,
  );
  return { ...all, ...report };
}
