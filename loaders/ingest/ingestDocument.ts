/**
 * `finsam ingest`: add one document to the project. It validates the arguments and reads the
 * file (a regular file within its size limit, never a link; through OCR when a PDF has no text
 * layer). Then, under the project lock (projectLock.ts), it re-reads the manifest and the
 * registry, extracts, and works out every change in memory; only then does it write, as one
 * change (commitFiles.ts): the source copy (and its OCR text), the extraction, new interventions
 * in the registry, the curated template and the manifest entry. A refusal throws a RefusedError
 * before anything is written; any other failure (a full disk) leaves nothing behind either.
 */
import { isSourceType, SOURCE_TYPES_LISTED } from "../reference/sourceTypes.ts";
import { neverIntervention } from "../reference/rowLabels.ts";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { isMap, isSeq, parseDocument, type Document } from "yaml";
import type { Paths } from "../config/paths.ts";
import { clean, DocumentText } from "../extract/documentText.ts";
import { meetingDateOf } from "../extract/minutes/parseMeetingHeader.ts";
import { extractFromText } from "../extract/extractDocument.ts";
import { readingText } from "../extract/text/readingText.ts";
import { minutesTitle, titleYearMismatch } from "./titleYear.ts";
import { extractedPath, ocrRead } from "../input/readEntryText.ts";
import { READ_LIMITS, readBoundedText } from "../input/readBounded.ts";
import { readRegistries, type RegistryFile } from "../input/readRegistries.ts";
import { InputError } from "../input/readYaml.ts";
import { readSourceBytes, readSourceFileBytes, type DocumentRead } from "../input/readSourceFile.ts";
import { NameResolver } from "../reference/resolveNames.ts";
import { type DocumentKind, type InterventionKind } from "../reference/codes.ts";
import { coreFigureCoverage } from "../reference/coreFigures.ts";
import { slugify, windowsReservedName } from "../reference/slug.ts";
import { controlCharacterIn, escapeControls } from "../schema/plainText.ts";
import { curatedSchema, type Extraction, type Fact, type Finding } from "../schema/facts.ts";
import { documentIdFor, manifestEntrySchema, manifestSchema, type ManifestEntry } from "../schema/manifest.ts";
import { federationFacts, type Registry } from "../schema/registry.ts";
import { curatedTextMatches } from "../normalize/curatedText.ts";
import { stableJson } from "../extract/extractToJson.ts";
import { rowsFileFor, rowsFileText } from "../schema/extractionRows.ts";
import { changeProject, commitFiles, type FileWrite } from "./commitFiles.ts";
import { RefusedError } from "./refusedError.ts";
import { renderCoverageReport, summarizeCoverage } from "./coverageReport.ts";
import { candidateFindings, renderCuratedTemplate } from "./curatedTemplate.ts";
import { OCR_INSTALL_LINE, ocrmypdf, type OcrEngine } from "./ocr.ts";

export interface IngestArgs {
  file: string;
  federation: string;
  kind: string;
  year: string | number;
  date?: string;
  title?: string;
  replace?: boolean;
}

export interface IngestResult {
  status: "added" | "replaced" | "unchanged";
  documentId: string;
  report: string;
  /** Files written, relative to the project root. */
  written: string[];
}

/** The longest name (before the extension) a copy in data/sources/ gets. */
const MAX_STEM = 100;

const INGESTIBLE: readonly DocumentKind[] = ["annual_report", "board_minutes", "committee_minutes"];
const kindTitle: Record<string, string> = {
  annual_report: "Årsredovisning",
  board_minutes: "Styrelseprotokoll",
  committee_minutes: "Protokoll, arbetsutskottet",
};

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * A file name with a control character (an ANSI escape, a bidi override, a line break) would be
 * printed in every message about the file and kept in the manifest's `origin`, which the site and
 * the export show: refused, the name shown escaped.
 */
function refuseControlInPath(file: string): void {
  const why = controlCharacterIn(basename(file));
  if (why)
    throw new RefusedError(
      `the file name "${escapeControls(basename(file))}" ${why.replace("type it without", "rename the file")}`,
    );
}

/** Arguments → the manifest entry (without checksums) or a refusal. */
export function entryFromArgs(
  args: IngestArgs,
  registry: Registry,
  today: string = new Date().toISOString().slice(0, 10),
): Omit<ManifestEntry, "sha256"> {
  refuseControlInPath(args.file);
  if (!(INGESTIBLE as readonly string[]).includes(args.kind))
    throw new RefusedError(`unknown --kind "${args.kind}" (expected ${INGESTIBLE.join(", ")})`);
  const kind = args.kind as DocumentKind;
  const yearText = String(args.year);
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100)
    throw new RefusedError(`bad --year "${yearText}" (expected a year YYYY between 2000 and 2100)`);
  if (kind !== "annual_report" && !args.date)
    throw new RefusedError(
      `--date YYYY-MM-DD is required for ${kind} (the meeting date) when the minutes do not state it`,
    );
  const date = args.date ?? `${year}-12-31`;
  if (!isRealDate(date)) throw new RefusedError(`bad --date "${date}" (expected a real date YYYY-MM-DD)`);
  // A meeting held or a report signed after today is a typo ("2205-03-14"); the date orders documents.
  if (args.date !== undefined && date > today)
    throw new RefusedError(
      `the date ${date} (--date, or the one the minutes state) is after today (${today}); give the date the document was signed or the meeting held`,
    );
  if (kind !== "annual_report" && Number(date.slice(0, 4)) !== year)
    throw new RefusedError(`--date ${date} is not in --year ${year} (minutes: the meeting's year)`);
  // A report on a year is signed once the year is over: an earlier date is a typo or another
  // document (an interim report), and the date orders the documents whose figures win.
  if (kind === "annual_report" && date < `${year}-12-31`)
    throw new RefusedError(
      `--date ${date} is before the end of ${year}, the year the report covers (--year ${year}); give the date the report was signed or received (on or after ${year}-12-31), or leave --date out`,
    );
  const ext = extname(args.file).toLowerCase();
  if (!isSourceType(ext))
    throw new RefusedError(`${args.file}: unsupported file type "${ext}" (expected ${SOURCE_TYPES_LISTED})`);
  // Cut so that the copy's name stays far below the 255 bytes a file name may have.
  const stem =
    slugify(basename(args.file, extname(args.file)))
      .slice(0, MAX_STEM)
      .replace(/-+$/, "") || "document";
  if (windowsReservedName(stem))
    throw new RefusedError(
      `${args.file}: "${stem}" is a reserved file name on Windows (con, prn, aux, nul, com0-9, lpt0-9), so data/sources/${registry.federation_id}/${stem}${ext} could not be checked out there; rename the file`,
    );
  const titleProblem = args.title === undefined ? null : controlCharacterIn(args.title);
  if (titleProblem) throw new RefusedError(`--title ${titleProblem}`);
  const title = args.title?.trim() || `${kindTitle[kind]} ${kind === "annual_report" ? year : date}, ${registry.name}`;
  return {
    federation_id: registry.federation_id,
    kind,
    date,
    period_year: year,
    title,
    file: `${registry.federation_id}/${stem}${ext}`,
    origin: `ingested from ${basename(args.file)}`,
  };
}

/**
 * The text of the document, read as `extract` reads it (normalised, see normalizeText.ts), and
 * the OCR text when the PDF has no text layer of its own.
 */
async function readText(
  file: string,
  bytes: Uint8Array,
  ocr: OcrEngine,
): Promise<{ read: DocumentRead; ocrText: string | null }> {
  let read: DocumentRead;
  try {
    read = await readSourceBytes(bytes, file);
  } catch (err) {
    throw new RefusedError((err as Error).message);
  }
  if (read.textSource !== "text_layer" || read.lines.join("").replace(/\s/g, "").length >= 50)
    return { read, ocrText: null };
  const why = ocr.unavailable();
  if (why)
    throw new RefusedError(
      `${file}: the PDF has no text layer (a scan?) and needs OCR, but ${why}. Install it with: ${OCR_INSTALL_LINE}`,
    );
  let text: string;
  try {
    text = ocr.run(bytes);
  } catch (err) {
    throw new RefusedError(`${file}: OCR failed (${(err as Error).message.split("\n")[0]})`);
  }
  return { read: ocrRead(text), ocrText: text };
}

/** The name a fact gives an intervention, if any. */
function interventionName(f: Fact): string | null {
  if (f.table === "participant_count" || f.table === "participant_breakdown" || f.table === "intervention_funding")
    return f.intervention;
  if (f.table === "indicator" && f.scope.startsWith("intervention:")) return f.scope.slice("intervention:".length);
  return null;
}

/**
 * The kind of a new intervention from the heading it is listed under: the fact's section, then
 * the nearest heading-like line above it that names a kind ("Strukturövergripande insatser",
 * "Projekt", "Individinriktade insatser").
 */
export function interventionKindFor(fact: Pick<Fact, "line" | "section">, lines: readonly string[]): InterventionKind {
  const kindOf = (s: string): InterventionKind | null =>
    /strukturövergripande|strukturinriktad/i.test(s)
      ? "structural"
      : /projekt/i.test(s)
        ? "project"
        : /individinriktad|insatser\b/i.test(s)
          ? "individual"
          : null;
  const fromSection = kindOf(fact.section);
  if (fromSection) return fromSection;
  for (let n = fact.line - 1; n >= Math.max(1, fact.line - 80); n--) {
    const t = clean(lines[n - 1] ?? "");
    // Heading-like: short, no sentence end, no figures beyond a section number.
    if (t === "" || t.length > 70 || /[.:;]$/.test(t) || /\d/.test(t.replace(/^\d+(\.\d+)*\.?\s+/, ""))) continue;
    const k = kindOf(t);
    if (k) return k;
  }
  return "individual";
}

/** Interventions the extraction names that the registry does not resolve (members, genders and totals never count). */
export function newInterventions(
  extraction: Extraction,
  registry: Registry,
  lines: readonly string[],
): { name: string; kind: InterventionKind; line: number }[] {
  const resolver = new NameResolver(new Map([[registry.federation_id, registry]]));
  const out = new Map<string, { name: string; kind: InterventionKind; line: number }>();
  for (const f of extraction.facts) {
    const name = interventionName(f)?.trim();
    if (!name || neverIntervention(name) || slugify(name) === "") continue;
    if (resolver.intervention(registry.federation_id, name) || resolver.member(registry.federation_id, name)) continue;
    const id = slugify(name);
    if (!out.has(id)) out.set(id, { name, kind: interventionKindFor(f, lines), line: f.line });
  }
  return [...out.values()];
}

/**
 * Curated facts whose `text` is no longer on their line of the new document. The load reports
 * them as `curated.text_mismatch` (loaders/normalize/collectFacts.ts), so they stay visible after a
 * re-extract; ingest prints them at once.
 */
export function curatedMismatches(
  curatedText: string | null,
  lines: readonly string[],
): { line: number; was: string; now: string }[] {
  if (curatedText === null) return [];
  const parsed = curatedSchema.safeParse(parseDocument(curatedText).toJS());
  if (!parsed.success) return [];
  return parsed.data.facts
    .filter(({ fact }) => !curatedTextMatches(fact.text, lines[fact.line - 1]))
    .map(({ fact }) => ({ line: fact.line, was: clean(fact.text), now: clean(lines[fact.line - 1] ?? "") }));
}

/** Add interventions to the registry YAML, keeping its comments and layout. */
export function addInterventionsToRegistry(
  text: string,
  added: readonly { name: string; kind: InterventionKind; line: number }[],
  documentId: string,
): string {
  const doc = parseDocument(text);
  let seq = doc.get("interventions", true);
  if (!isSeq(seq)) {
    doc.set("interventions", doc.createNode([]));
    seq = doc.get("interventions", true);
  }
  if (!isSeq(seq)) throw new Error("registry: interventions is not a list");
  seq.flow = false;
  for (const a of added) {
    const node = doc.createNode({ short_name: a.name, name: a.name, kind: a.kind });
    if (isMap(node)) {
      node.flow = true;
      node.commentBefore = ` added by finsam ingest from ${documentId}, line ${a.line}; check the kind and add members`;
    }
    seq.items.push(node);
  }
  return doc.toString({ lineWidth: 0 });
}

function manifestDocument(text: string | null): Document {
  if (text !== null) return parseDocument(text);
  const doc = parseDocument("documents: []\n");
  doc.commentBefore = " Every bundled document, exactly as published. sha256 is checked on every extract and load.";
  return doc;
}

/** Set the entry in the manifest YAML (replace in place to keep comments, or append). */
function upsertManifest(doc: Document, entry: ManifestEntry, index: number): void {
  const seq = doc.get("documents", true);
  if (!isSeq(seq)) throw new Error("manifest: documents is not a list");
  seq.flow = false;
  if (index >= 0) {
    const node = seq.items[index];
    if (!isMap(node)) throw new Error("manifest: entry is not a map");
    for (const key of ["ocr_file", "ocr_sha256"]) if (!(key in entry)) node.delete(key);
    for (const [k, v] of Object.entries(entry)) node.set(k, v);
  } else seq.items.push(doc.createNode(entry));
}

async function readOptional(file: string): Promise<string | null> {
  return existsSync(file) ? readBoundedText(file, { limit: READ_LIMITS.yaml }) : null;
}

/** The federation's registry, or a refusal. */
async function findRegistry(paths: Paths, federation: string): Promise<RegistryFile> {
  let registries: RegistryFile[] = [];
  try {
    // A new project has no registry folder yet: every federation is unknown, said as such below.
    if (existsSync(paths.federations)) registries = await readRegistries(paths);
  } catch (err) {
    throw new RefusedError(
      err instanceof InputError ? err.message : `cannot read data/federations (${(err as Error).message})`,
    );
  }
  const regFile = registries.find((r) => r.registry.federation_id === federation);
  if (!regFile)
    throw new RefusedError(
      `unknown federation "${federation}" (no data/federations/${federation}.yaml); add it with \`finsam add-federation\``,
    );
  return regFile;
}

/** The manifest as it is now, and where the document stands in it; refuses a clash. */
async function manifestState(paths: Paths, base: Omit<ManifestEntry, "sha256">, sourceSha: string, replace: boolean) {
  const manifestText = await readOptional(paths.manifest);
  const manifestDoc = manifestDocument(manifestText);
  const manifest = manifestText === null ? [] : manifestSchema.safeParse(manifestDoc.toJS());
  if (!Array.isArray(manifest) && !manifest.success)
    throw new RefusedError(
      `data/sources/manifest.yaml is invalid (${manifest.error.issues[0]!.path.join(".")}: ${manifest.error.issues[0]!.message}); fix it first`,
    );
  const entries: ManifestEntry[] = Array.isArray(manifest) ? [] : manifest.data.documents;
  const documentId = documentIdFor(base);
  const index = entries.findIndex((e) => documentIdFor(e) === documentId);
  const existing = index >= 0 ? entries[index]! : undefined;
  const unchanged = existing !== undefined && existing.sha256 === sourceSha;
  if (existing && !unchanged && !replace)
    throw new RefusedError(
      `${documentId} already exists with another file (data/sources/${existing.file}); give --replace to replace it`,
    );
  // The same bytes as another of the federation's documents: ingested as a second year or meeting,
  // each figure would be stored twice, under two dates. (Another federation may share a joint report.)
  const twin = entries.find((e, i) => i !== index && e.sha256 === sourceSha && e.federation_id === base.federation_id);
  if (twin && !unchanged)
    throw new RefusedError(
      `this file is already ingested as ${documentIdFor(twin)} (data/sources/${twin.file}, same sha256); a document is ingested once. If its --year or --kind was wrong, remove its entry from data/sources/manifest.yaml (and data/extracted/${documentIdFor(twin)}.json) first`,
    );
  const clash = entries.find(
    (e, i) => i !== index && (e.file === base.file || e.ocr_file === `${base.file.replace(/\.[a-z]+$/, "")}.ocr.txt`),
  );
  if (clash && !unchanged)
    throw new RefusedError(
      `data/sources/${base.file} is already used by ${documentIdFor(clash)}; rename the file before ingesting it`,
    );
  return { manifestDoc, documentId, index, existing, unchanged };
}

const unchangedResult = (documentId: string): IngestResult => ({
  status: "unchanged",
  documentId,
  report: `${documentId}: unchanged (the same file is already ingested)\n`,
  written: [],
});

export interface IngestOptions {
  ocr?: OcrEngine;
  /** Told when an interrupted earlier change is finished or rolled back. */
  notice?: (message: string) => void;
  /** How long to wait for another writer's lock (ms). */
  lockWaitMs?: number;
}

export async function ingestDocument(
  paths: Paths,
  args: IngestArgs,
  options: IngestOptions = {},
): Promise<IngestResult> {
  // ---- check and read the file, outside the lock (OCR may take minutes) ----
  refuseControlInPath(args.file);
  const registry = (await findRegistry(paths, args.federation)).registry;
  // Minutes without --date: the meeting date is read from the document, once its text is read.
  const dateFromDocument = (args.kind === "board_minutes" || args.kind === "committee_minutes") && !args.date;
  if (!dateFromDocument) entryFromArgs(args, registry);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readSourceFileBytes(args.file, { refuseSymlink: true }));
  } catch (err) {
    throw new RefusedError((err as Error).message);
  }
  if (bytes.length === 0) throw new RefusedError(`${args.file}: the file is empty`);
  const sourceSha = sha256(bytes);
  let text: Awaited<ReturnType<typeof readText>> | undefined;
  if (dateFromDocument) {
    text = await readText(args.file, bytes, options.ocr ?? ocrmypdf);
    // Read as the readers read it: letters a PDF viewer dropped put back ("Sammantrdesdatum"), columns set apart.
    const year = Number(args.year) || 0;
    const stated = meetingDateOf(new DocumentText("ingest", readingText(text.read.lines, year).lines, year));
    if (!stated)
      throw new RefusedError(
        `${args.file}: --date YYYY-MM-DD is required: the minutes state no meeting date under a label ("Sammanträdesdatum", "Datum", "Plats och tid") or in a sentence ("Styrelsen sammanträdde den …")`,
      );
    args = { ...args, date: stated };
    options.notice?.(`meeting date ${stated}, as the minutes state it`);
  }
  const base = entryFromArgs(args, registry);
  // Refused or unchanged: said before the OCR, and said again under the lock if it changed since.
  const before = await manifestState(paths, base, sourceSha, args.replace === true);
  if (before.unchanged) return unchangedResult(before.documentId);
  const { read, ocrText } = text ?? (await readText(args.file, bytes, options.ocr ?? ocrmypdf));
  if (!read.lines.some((line) => line.trim() !== ""))
    throw new RefusedError(
      `${args.file}: the file is empty (${ocrText !== null ? "OCR found no text on its pages" : "it holds no text"})`,
    );
  // A report whose title names another year than --year: its figures would be stored under the wrong year.
  const titled = base.kind === "annual_report" ? titleYearMismatch(read.lines, base.period_year) : null;
  if (titled)
    throw new RefusedError(
      `${args.file}: the title on line ${titled.line} ("${titled.text}") names ${titled.year}, but --year is ${base.period_year}; give --year ${titled.year} (a report's --year is the year it reports on)`,
    );
  // Minutes ingested as a report: a meeting's budget and part-year figures would be stored as the year's accounts.
  const minutes = base.kind === "annual_report" ? minutesTitle(read.lines) : null;
  if (minutes)
    throw new RefusedError(
      `${args.file}: the title on line ${minutes.line} ("${minutes.text}") names minutes, not a yearly report; give --kind board_minutes or committee_minutes (and the meeting's --year and --date)`,
    );
  // ---- under the lock: re-read what another writer may have changed, work out the change, write it ----
  return changeProject(paths, () => writeIngest(paths, args, { bytes, sourceSha, read, ocrText }), {
    notice: options.notice,
    waitMs: options.lockWaitMs,
  });
}

async function writeIngest(
  paths: Paths,
  args: IngestArgs,
  input: { bytes: Uint8Array; sourceSha: string; read: DocumentRead; ocrText: string | null },
): Promise<IngestResult> {
  const { bytes, sourceSha, read, ocrText } = input;
  const regFile = await findRegistry(paths, args.federation);
  const registry = regFile.registry;
  const base = entryFromArgs(args, registry);
  const { manifestDoc, documentId, index, existing, unchanged } = await manifestState(
    paths,
    base,
    sourceSha,
    args.replace === true,
  );
  if (unchanged) return unchangedResult(documentId);
  const lines = read.lines;
  const ocrFile = ocrText !== null ? `${base.file.replace(/\.[a-z]+$/, "")}.ocr.txt` : undefined;
  const entry = manifestEntrySchema.parse({
    ...base,
    sha256: sourceSha,
    ...(ocrFile ? { ocr_file: ocrFile, ocr_sha256: sha256(ocrText!) } : {}),
  });
  // The registry's name and members go in with the text: the readers know the federation by them
  // too, whatever id the user chose.
  let extraction = extractFromText(entry, read, sourceSha, federationFacts(registry));

  const extra: Finding[] = [];
  const added = newInterventions(extraction, registry, lines);
  for (const a of added)
    extra.push({
      check_id: "registry.intervention_added",
      severity: "info",
      subject: `intervention:${registry.federation_id}:${a.name}`,
      line: a.line,
      value: a.name,
      other_value: a.kind,
      other_line: null,
      message: `intervention "${a.name}" first seen here; added to data/federations/${registry.federation_id}.yaml as ${a.kind}`,
    });
  const [fed, rest] = documentId.split("/") as [string, string];
  const curatedFile = join(paths.curated, fed, `${rest}.yaml`);
  const curatedText = await readOptional(curatedFile);
  const mismatches = existing ? curatedMismatches(curatedText, lines) : [];
  extraction = { ...extraction, findings: [...extraction.findings, ...extra] } satisfies Extraction;

  const registryAfter =
    added.length > 0
      ? {
          ...registry,
          interventions: [
            ...registry.interventions,
            ...added.map((a) => ({ short_name: a.name, name: a.name, kind: a.kind, aliases: [], members: [] })),
          ],
        }
      : registry;
  const missing = coreFigureCoverage(extraction, registryAfter).filter((c) => c.status === "missing");
  // A line the candidate finder names for a missing figure is read, or the finding says why not.
  extraction = {
    ...extraction,
    findings: [...extraction.findings, ...candidateFindings(missing, extraction, lines)],
  } satisfies Extraction;
  const summary = summarizeCoverage(extraction, registryAfter, lines);
  const template =
    curatedText === null && missing.length > 0 ? renderCuratedTemplate(documentId, missing, extraction, lines) : null;
  upsertManifest(manifestDoc, entry, index);
  const registryPath = join(paths.root, regFile.file);
  const registryText =
    added.length > 0
      ? addInterventionsToRegistry(await readBoundedText(registryPath, { limit: READ_LIMITS.yaml }), added, documentId)
      : null;

  // ---- write, as one change ----
  const writes: FileWrite[] = [{ file: join(paths.sources, entry.file), data: bytes }];
  if (ocrFile) writes.push({ file: join(paths.sources, ocrFile), data: ocrText! });
  // The extraction and its row file for the load, as `finsam extract` writes them (a stale row file
  // left beside a new JSON would only be passed over; written together, the project is as extract leaves it).
  const extractedFile = extractedPath(paths.extracted, documentId);
  const json = stableJson(extraction);
  writes.push(
    { file: extractedFile, data: json },
    { file: rowsFileFor(extractedFile), data: rowsFileText(extraction, json) },
  );
  if (registryText !== null) writes.push({ file: registryPath, data: registryText });
  if (template !== null) writes.push({ file: curatedFile, data: template });
  writes.push({ file: paths.manifest, data: manifestDoc.toString({ lineWidth: 0 }) });
  // A replaced document's old copies go, unless the new entry reuses their names.
  const deletes = [existing?.file, existing?.ocr_file]
    .filter((old): old is string => !!old && old !== entry.file && old !== entry.ocr_file)
    .map((old) => join(paths.sources, old));
  await commitFiles(paths, `ingest of ${documentId}`, writes, deletes);
  const written = writes.map((w) => relative(paths.root, w.file));
  const warnings = mismatches.map(
    (m) =>
      `warning: curated fact on line ${m.line} says "${m.was}", but the new document has "${m.now}" there; check data/curated/${fed}/${rest}.yaml (curated.text_mismatch)\n`,
  );
  return {
    status: existing ? "replaced" : "added",
    documentId,
    report: `${warnings.join("")}${renderCoverageReport(summary)}`,
    written,
  };
}
