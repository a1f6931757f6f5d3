/**
 * What `curate` and `review` know of one document: its manifest entry, its lines as the
 * parsers read them, its extraction, its curated file, and which core figures are read,
 * curated or missing. `applySettings` turns settings into curated entries and saves them.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Paths } from "../config/paths.ts";
import { extractedPath, readEntryLines } from "../input/readEntryText.ts";
import { readManifest } from "../input/readManifest.ts";
import { readRegistries } from "../input/readRegistries.ts";
import { coreFigureCoverage, type CoreFigureStatus } from "../reference/coreFigures.ts";
import { memberIdFor } from "../reference/resolveNames.ts";
import { curatedSchema, extractionSchema, type Extraction, type Fact } from "../schema/facts.ts";
import { documentIdFor, type ManifestEntry } from "../schema/manifest.ts";
import type { Registry } from "../schema/registry.ts";
import { parseDocument } from "yaml";
import { refuseLinkedPath } from "../ingest/commitFiles.ts";
import { controlCharacterIn, escapeControls } from "../schema/plainText.ts";
import { CurateError, factFor, type FigureSetting } from "./curatedEntry.ts";
import { figureIdentity, readCurated, saveCurated, withEntries, type CuratedSnapshot } from "./curatedFile.ts";

export interface ReviewDocument {
  documentId: string;
  entry: ManifestEntry;
  registry: Registry | undefined;
  lines: string[];
  extraction: Extraction;
  curatedFile: string;
  curated: CuratedSnapshot;
  /** The curated entries now in the file. */
  curatedFacts: { reason: string; fact: Fact }[];
}

export async function openDocument(paths: Paths, documentId: string): Promise<ReviewDocument> {
  const entry = (await readManifest(paths)).find((e) => documentIdFor(e) === documentId);
  if (!entry) throw new CurateError(`unknown document "${documentId}" (not in data/sources/manifest.yaml)`);
  // Core figures are an annual report's: minutes have none to list or set (an empty list said nothing).
  if (entry.kind !== "annual_report")
    throw new CurateError(
      `${documentId} is ${entry.kind.replace("_", " ")}: core figures are an annual report's, so there are none to list or set here (a curated file for minutes is written by hand: data/curated/${documentId}.yaml)`,
    );
  const lines = await readEntryLines(paths.sources, entry);
  let extraction: Extraction;
  try {
    extraction = extractionSchema.parse(JSON.parse(await readFile(extractedPath(paths.extracted, documentId), "utf8")));
  } catch (err) {
    throw new CurateError(
      `${documentId} has no valid extraction (${(err as Error).message.split("\n")[0]}); run \`npm run finsam -- extract\` first`,
    );
  }
  const registry = (await readRegistries(paths)).find(
    (r) => r.registry.federation_id === entry.federation_id,
  )?.registry;
  const [fed, rest] = [documentId.slice(0, documentId.indexOf("/")), documentId.slice(documentId.indexOf("/") + 1)];
  const curatedFile = join(paths.curated, fed, `${rest}.yaml`);
  // The file and its lock are written beside each other: never through a linked folder, out of the project.
  await refuseLinkedPath(paths, curatedFile);
  const curated = await readCurated(curatedFile);
  const parsed = curated.text === null ? null : curatedSchema.safeParse(parseDocument(curated.text).toJS());
  return {
    documentId,
    entry,
    registry,
    lines,
    extraction,
    curatedFile,
    curated,
    curatedFacts: parsed?.success ? parsed.data.facts : [],
  };
}

/** Each core figure: read by a parser, curated by a person, or missing. */
export interface FigureState extends CoreFigureStatus {
  state: "read" | "curated" | "missing";
  /** The curated value's line and reason, when curated. */
  reason?: string;
}

export function figureStates(d: ReviewDocument): FigureState[] {
  // Matched by figure key: curated facts may add a year column the parsers did not find.
  const parsed = new Map(coreFigureCoverage(d.extraction, d.registry).map((s) => [s.figure, s]));
  const withCurated = coreFigureCoverage(
    { ...d.extraction, facts: [...d.extraction.facts, ...d.curatedFacts.map((c) => ({ ...c.fact }))] },
    d.registry,
  );
  return withCurated.map((s) => {
    const before = parsed.get(s.figure);
    if (before?.status === "found") return { ...before, state: "read" };
    if (s.status === "found") {
      const reason = d.curatedFacts.find((c) => c.fact.line === s.line)?.reason;
      return { ...s, state: "curated", ...(reason ? { reason } : {}) };
    }
    return { ...s, state: "missing" };
  });
}

/** The exited count the document gives (parsed or curated): the base of a curated rate. */
function exitedOf(d: ReviewDocument): number | null {
  const year = d.entry.period_year;
  const facts = [...d.curatedFacts.map((c) => c.fact), ...d.extraction.facts];
  const f = facts.find(
    (x) =>
      x.table === "participant_count" &&
      x.intervention === null &&
      x.year === year &&
      x.measure === "exited" &&
      x.gender === "all",
  );
  return f && f.table === "participant_count" ? f.value : null;
}

/** The curated entries for settings, each with its reason (default "Läst från rad N"). */
export function entriesFor(
  d: ReviewDocument,
  settings: readonly (FigureSetting & { reason?: string })[],
): { reason: string; fact: Fact }[] {
  for (const s of settings) {
    const why = s.reason === undefined ? null : controlCharacterIn(s.reason.replace(/[\n\t]/g, " "));
    if (why) throw new CurateError(`the reason "${escapeControls(s.reason ?? "")}" ${why}`);
  }
  const entries = settings.map((s) => ({
    reason: s.reason?.trim() || `Läst från rad ${s.line}`,
    fact: factFor(s, {
      year: d.entry.period_year,
      lines: d.lines,
      exited: exitedOf(d),
      memberName: (id) => d.registry?.members.find((m) => memberIdFor(d.registry!, m.short_name) === id)?.name,
    }),
  }));
  // One figure set twice in one run ("--set new=55@6 --set new=48@6"): which value is meant is not
  // for the program to choose (the later one used to win silently).
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const key = figureIdentity(e.fact);
    const first = seen.get(key);
    if (first !== undefined)
      throw new CurateError(
        `${settings[i]!.figure} is set twice ("${settings[first]!.value}" on line ${settings[first]!.line} and "${settings[i]!.value}" on line ${settings[i]!.line}); set each figure once`,
      );
    seen.set(key, i);
  });
  return entries;
}

/** Save settings into the document's curated file; refused if the file changed since `d` was opened. */
export async function applySettings(
  d: ReviewDocument,
  settings: readonly (FigureSetting & { reason?: string })[],
): Promise<{ file: string; entries: { reason: string; fact: Fact }[] }> {
  const entries = entriesFor(d, settings);
  const text = withEntries(d.curated.text, d.documentId, entries);
  await saveCurated(d.curatedFile, text, d.curated);
  return { file: d.curatedFile, entries };
}
