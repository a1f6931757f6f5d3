/**
 * The extraction's record of the files it read and wrote: for each source document, extraction
 * JSON and row file, the file's identity as `stat` saw it (inode, size, modification and change
 * times in nanoseconds: the source's as it was read, the others' right after the write), the
 * SHA-256 the extraction computed for its bytes (the source's and JSON's whole, the row file's
 * sealed part) and, for a source, its verbatim lines' count (input/verbatimText.ts). The load
 * read and hashed every one of those files again (some 370 MB at 75x15, half a second of CPU);
 * a file whose identity is still the recorded one holds the bytes the extraction saw, so its
 * recorded hash (and count) is taken instead (as git's index and make trust a file's stat). Any
 * change to a file (an edit, a copy, `ingest` writing the JSON again, a new extraction) changes
 * its stamp, and the file is read and hashed as before; a record that is missing, unreadable or
 * of another format is no record. One file per project: data/extracted/.file-hashes.
 *
 * Only an edit of the same size, to the same inode, within the same clock tick (milliseconds) as
 * the recorded stamp keeps the stamp. An entry is trusted only when the file's modification time
 * is before the record's own (git's "racy" rule): an edit made while the record is written is
 * caught; one within the tick of the extraction's own write is as unlikely here as under git.
 */
import { lstatSync, statSync, type BigIntStats } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { writeFileAtomic } from "../config/writeFileAtomic.ts";
import { READ_LIMITS, readBounded } from "./readBounded.ts";

/** The record's file in the extraction folder (a dot file: no federation's folder, no extraction). */
export const HASH_RECORD = ".file-hashes";

const FORMAT = 1;

/** What the record keeps of one file: its stamp (`stampOf`) and its bytes' SHA-256. */
export interface RecordedHash {
  stamp: string;
  sha256: string;
  /** A source's lines when they are verbatim (input/verbatimText.ts), else null; none for an extraction's file. */
  lines?: number | null;
}

const recordSchema = z.object({
  format: z.literal(FORMAT),
  files: z.record(
    z.string(),
    z.object({ stamp: z.string(), sha256: z.string(), lines: z.number().int().nonnegative().nullable().optional() }),
  ),
});

/** A file's identity: inode, size, modification and change time (ns). The change time moves with any write, rename, link or utimes. */
export const stampOf = (st: BigIntStats): string => `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;

/** The stamp's modification time (ns), for the racy rule. */
const mtimeOfStamp = (stamp: string): bigint | null => {
  const part = stamp.split(":")[2];
  try {
    return part === undefined ? null : BigInt(part);
  } catch {
    return null;
  }
};

/**
 * The record's entries by file (relative to the extraction folder), those the racy rule leaves;
 * empty when there is no usable record. Never throws: the record only spares work.
 */
export async function readHashRecord(extractedDir: string): Promise<Map<string, RecordedHash>> {
  const file = join(extractedDir, HASH_RECORD);
  try {
    const written = statSync(file, { bigint: true }).mtimeNs;
    const parsed = recordSchema.safeParse(
      JSON.parse((await readBounded(file, { limit: READ_LIMITS.extraction })).toString()),
    );
    if (!parsed.success) return new Map();
    const out = new Map<string, RecordedHash>();
    for (const [name, entry] of Object.entries(parsed.data.files)) {
      const mtime = mtimeOfStamp(entry.stamp);
      if (mtime !== null && mtime < written) out.set(name, entry);
    }
    return out;
  } catch {
    return new Map();
  }
}

/**
 * Write the record: `entries` (file → its recorded hash), with those of `kept` whose files were
 * not written this time (an extraction of one federation or document keeps the others' entries).
 */
export async function writeHashRecord(
  extractedDir: string,
  entries: ReadonlyMap<string, RecordedHash>,
  kept: ReadonlyMap<string, RecordedHash> = new Map(),
): Promise<void> {
  const files: Record<string, RecordedHash> = {};
  for (const [name, entry] of kept) if (!entries.has(name)) files[name] = entry;
  for (const [name, entry] of entries) files[name] = entry;
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFileAtomic(join(extractedDir, HASH_RECORD), `${JSON.stringify({ format: FORMAT, files: sorted })}\n`);
}

/** A file's stamp now, or null when it is not a regular file (a link, a folder, missing). */
export function currentStamp(path: string): string | null {
  try {
    const st = lstatSync(path, { bigint: true });
    return st.isFile() ? stampOf(st) : null;
  } catch {
    return null;
  }
}

/**
 * The recorded SHA-256 of the file at `path` when its stamp is the recorded one and it is within
 * `limit` bytes (what a bounded read would refuse is read and refused as before); else null.
 */
export function recordedSha(path: string, entry: RecordedHash | undefined, limit: number): string | null {
  return recordedFile(path, entry, limit)?.sha256 ?? null;
}

/** The recorded entry of the file at `path` and its size, when it holds (`recordedSha`); else null. */
export function recordedFile(
  path: string,
  entry: RecordedHash | undefined,
  limit: number,
): (RecordedHash & { size: number }) | null {
  if (!entry) return null;
  try {
    const st = lstatSync(path, { bigint: true });
    return st.isFile() && st.size <= BigInt(limit) && stampOf(st) === entry.stamp
      ? { ...entry, size: Number(st.size) }
      : null;
  } catch {
    return null;
  }
}
