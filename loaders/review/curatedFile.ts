/**
 * A document's curated file (data/curated/<federation>/<document>.yaml), changed by a person
 * through `curate` or the review page: entries are added or replaced by figure, every comment
 * stays where it was (the template `ingest` wrote is mostly comments), the whole file passes
 * the same zod schema the loader reads it with, and the write is atomic. One writer at a time:
 * a lock file holds the writer's PID (a dead writer's lock is taken over), and a save is
 * refused when the file changed on disk after it was read.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { isMap, isSeq, parseDocument, type Document } from "yaml";
import { curatedSchema, type Fact } from "../schema/facts.ts";
import { CurateError } from "./curatedEntry.ts";
import { writeFileAtomic } from "../config/writeFileAtomic.ts";

/** The curated file as read: its text (null: no file yet) and the hash a save checks against. */
export interface CuratedSnapshot {
  text: string | null;
  sha256: string;
}

const sha256 = (text: string | null) => (text === null ? "absent" : createHash("sha256").update(text).digest("hex"));

export async function readCurated(file: string): Promise<CuratedSnapshot> {
  let text: string | null = null;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  return { text, sha256: sha256(text) };
}

/** What makes two facts the same figure: a new value for it replaces the old entry. */
export function figureIdentity(f: Fact): string {
  switch (f.table) {
    case "participant_count":
      return `participant_count:${f.intervention ?? ""}:${f.year}:${f.measure}:${f.gender}`;
    case "participant_breakdown":
      return `participant_breakdown:${f.intervention ?? ""}:${f.year}:${f.population}:${f.dimension}:${f.category}`;
    case "indicator":
      return `indicator:${f.scope}:${f.year}:${f.indicator}:${f.gender}`;
    case "finance":
      return `finance:${f.year}:${f.basis}:${f.item}`;
    case "member_contribution":
      return `member_contribution:${f.year}:${f.basis}:${f.member.toLowerCase()}`;
    default:
      return `${f.table}:${f.line}`;
  }
}

/**
 * The file's text with `entries` added (or replacing entries of the same figure), comments
 * kept. Throws a CurateError when the result would not load.
 */
export function withEntries(
  text: string | null,
  documentId: string,
  entries: readonly { reason: string; fact: Fact }[],
): string {
  const doc: Document = parseDocument(text ?? "", { keepSourceTokens: false });
  if (doc.errors.length > 0) throw new CurateError(`the curated file is not valid YAML: ${doc.errors[0]!.message}`);
  if (!isMap(doc.contents)) {
    // A comments-only template: its comments stay above the new content.
    const comment = doc.commentBefore ?? doc.comment ?? null;
    doc.contents = doc.createNode({ document_id: documentId, facts: [] }) as typeof doc.contents;
    doc.comment = null;
    doc.commentBefore = comment;
  }
  const map = doc.contents;
  if (!isMap(map)) throw new CurateError("the curated file's top level is not a mapping");
  const current = map.get("document_id");
  if (current !== undefined && current !== documentId)
    throw new CurateError(`the curated file is for ${String(current)}, not ${documentId}`);
  let facts = map.get("facts", true);
  if (!isSeq(facts)) {
    map.set("facts", doc.createNode([]));
    facts = map.get("facts", true);
  }
  if (!isSeq(facts)) throw new CurateError("the curated file's facts are not a list");
  const existing = (curatedSchema.shape.facts.safeParse(facts.toJSON()).data ?? []).map((e) => figureIdentity(e.fact));
  for (const entry of entries) {
    const node = doc.createNode({ reason: entry.reason, fact: entry.fact });
    const at = existing.indexOf(figureIdentity(entry.fact));
    if (at >= 0) facts.items[at] = node;
    else {
      facts.items.push(node);
      existing.push(figureIdentity(entry.fact));
    }
  }
  const out = doc.toString({ lineWidth: 0 });
  const check = curatedSchema.safeParse(parseDocument(out).toJS());
  if (!check.success)
    throw new CurateError(
      `the curated file would not load: ${check.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return out;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Hold the curated file's lock; a live holder refuses, a dead one's lock is taken over. */
export async function lockCurated(file: string): Promise<() => Promise<void>> {
  const lock = `${file}.lock`;
  await mkdir(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = Number((await readFile(lock, "utf8").catch(() => "")).trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder) && holder !== process.pid)
        throw new CurateError(
          `${file} is being edited by another process (pid ${holder}, lock ${lock}); close it first`,
        );
      await rm(lock, { force: true });
    }
  }
  throw new CurateError(`could not take the lock ${lock}`);
}

/**
 * Write `text` atomically, unless the file changed since `expected` was read (another writer,
 * or a hand edit): then nothing is written and the error says so.
 */
export async function saveCurated(file: string, text: string, expected: CuratedSnapshot): Promise<void> {
  const now = await readCurated(file);
  if (now.sha256 !== expected.sha256)
    throw new CurateError(`${file} changed on disk after it was opened; nothing was saved. Reload and try again`);
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, text);
}
