/**
 * Every file the pipeline reads goes through `readBounded`: it is checked before it is read (a
 * regular file, within its size limit) and read with a bound, so a link to /dev/zero, a FIFO
 * named `x.txt` or a file that grows while it is read is refused instead of filling memory or
 * hanging. The limits are per kind of input and far above any real file.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from "node:fs";
import { createHash } from "node:crypto";
import { readlink } from "node:fs/promises";

const MiB = 1024 * 1024;

/** Bytes per kind of input. A real annual report's text is well under 1 MB, its PDF under 30 MB. */
export const READ_LIMITS = {
  /** A .txt/.md document, an OCR text. */
  text: 20 * MiB,
  /** A PDF document. */
  pdf: 200 * MiB,
  /** The manifest, a registry, a curated file. */
  yaml: 10 * MiB,
  /** An extraction (data/extracted/…json). */
  extraction: 100 * MiB,
} as const;

export const megabytes = (bytes: number) => `${(bytes / MiB).toFixed(1).replace(/\.0$/, "")} MB`;

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export interface BoundedReadOptions {
  /** Most bytes the file may hold; a larger one is refused, and never more than limit + 1 bytes are read. */
  limit: number;
  /** The file's name in messages (default: the path). */
  name?: string;
  /** Refuse a symbolic link, naming its target (a document given to `ingest` is copied as it is). */
  refuseSymlink?: boolean;
  /** The reason given for a file over the limit. */
  tooLarge?: (bytes: number) => string;
  /** Called with the file's descriptor once it is open and checked, before it is read (the load takes its stamp: hashRecord.ts). */
  opened?: (fd: number) => void;
}

function kindOf(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

const errCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/** Is `path` a regular file within the limit? Throws the reason when not; returns its lstat. */
export async function checkInputFile(path: string, options: BoundedReadOptions): Promise<Stats> {
  const name = options.name ?? path;
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (err) {
    throw new UnreadableFileError(name, `cannot read file (${errCode(err)})`);
  }
  if (st.isSymbolicLink() && options.refuseSymlink) {
    const target = await readlink(path).catch(() => "an unreadable target");
    throw new UnreadableFileError(
      name,
      `is a symbolic link to ${target}; refused (give the file itself, not a link to it)`,
    );
  }
  return st;
}

function refuseKindOrSize(st: Stats, name: string, options: BoundedReadOptions): void {
  const kind = kindOf(st);
  if (kind) throw new UnreadableFileError(name, `is ${kind}, not a regular file; refused`);
  if (st.size > options.limit) throw new UnreadableFileError(name, tooLargeReason(st.size, options));
}

function tooLargeReason(bytes: number, options: BoundedReadOptions): string {
  return (
    options.tooLarge?.(bytes) ??
    `${bytes} bytes (${megabytes(bytes)}) is over the limit of ${options.limit} bytes (${megabytes(options.limit)}) for this file; not read. Is this the right file?`
  );
}

/**
 * The file's bytes, read only when it is a regular file within `limit`. The check is made on
 * the open file itself (a link's target, unless links are refused), so the file cannot be
 * swapped between check and read; O_NONBLOCK keeps a FIFO from blocking the open. The calls are
 * synchronous: a load reads thousands of small files, and a round trip through libuv's thread
 * pool for each of their six calls cost more than the calls themselves (most of it waiting for a
 * thread on a busy machine).
 */
export async function readBounded(path: string, options: BoundedReadOptions): Promise<Buffer> {
  let buffer: Buffer | undefined;
  const length = await readChunks(path, options, (size) => (buffer = Buffer.alloc(size)));
  return buffer!.subarray(0, length);
}

/**
 * A buffer reused from one read to the next (`readBoundedInto`), grown as a larger file needs:
 * the load reads every document's source and row file once and is done with the bytes before
 * it reads the next, and a new buffer per file (some 400 MB at 25x15) made the garbage collector
 * run for the memory outside the heap.
 */
export class ReadBuffer {
  private buffer = Buffer.allocUnsafeSlow(0);

  /** A buffer of at least `size` bytes: this one's, its bytes those of the last read until overwritten. */
  take(size: number): Buffer {
    if (this.buffer.length < size) this.buffer = Buffer.allocUnsafeSlow(Math.max(size, 2 * this.buffer.length));
    return this.buffer;
  }
}

/**
 * `readBounded` into `into`'s buffer: the bytes returned are valid until the next read into it
 * (the caller keeps none of them, or copies what it keeps).
 */
export async function readBoundedInto(path: string, options: BoundedReadOptions, into: ReadBuffer): Promise<Buffer> {
  let buffer: Buffer | undefined;
  const length = await readChunks(path, options, (size) => (buffer = into.take(size)));
  return buffer!.subarray(0, length);
}

/** A buffer of reads for `hashBounded`, reused: one per thread. */
let chunk: Buffer | undefined;
const CHUNK_BYTES = 1 << 20;

/**
 * The SHA-256 (hex) of a file, checked and bounded as `readBounded` reads it, read in chunks into
 * one reused buffer: the load hashes every extraction's JSON whose row file it reads instead (its
 * seal names the JSON's hash), some 200 MB at 25x15, and a buffer of each whole file only to hash
 * it cost its allocation and the pages it touched.
 */
export async function hashBounded(path: string, options: BoundedReadOptions): Promise<string> {
  const hash = createHash("sha256");
  const buffer = (chunk ??= Buffer.allocUnsafe(CHUNK_BYTES));
  await readChunks(
    path,
    options,
    () => buffer,
    (bytes) => hash.update(bytes),
  );
  return hash.digest("hex");
}

/**
 * Read the file as `readBounded` describes into the buffer `into` gives for its size (a buffer of
 * at least one byte more than the file: see below, or any size when `consume` takes each read's
 * bytes); returns how many bytes were read.
 */
async function readChunks(
  path: string,
  options: BoundedReadOptions,
  into: (size: number) => Buffer,
  consume?: (bytes: Buffer) => void,
): Promise<number> {
  const name = options.name ?? path;
  const linkStat = await checkInputFile(path, options);
  if (!linkStat.isSymbolicLink()) refuseKindOrSize(linkStat, name, options);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (options.refuseSymlink ? constants.O_NOFOLLOW : 0));
  } catch (err) {
    throw new UnreadableFileError(name, `cannot read file (${errCode(err)})`);
  }
  try {
    const st = fstatSync(fd);
    refuseKindOrSize(st, name, options);
    options.opened?.(fd);
    // One byte more than the file had: a file that grows while it is read is caught, not read on.
    const size = st.size + 1;
    const buffer = into(size);
    let length = 0;
    for (;;) {
      const at = consume ? 0 : length;
      const bytesRead = readSync(fd, buffer, at, Math.min(buffer.length - at, size - length), length);
      if (bytesRead === 0) break;
      consume?.(buffer.subarray(0, bytesRead));
      length += bytesRead;
      if (length === size)
        throw new UnreadableFileError(
          name,
          length > options.limit ? tooLargeReason(length, options) : "the file grew while it was read; try again",
        );
    }
    return length;
  } finally {
    closeSync(fd);
  }
}

/** The same, decoded as UTF-8. */
export async function readBoundedText(path: string, options: BoundedReadOptions): Promise<string> {
  return (await readBounded(path, options)).toString("utf8");
}
