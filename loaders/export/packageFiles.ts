/**
 * The package's files with their size and sha256 (datapackage.json, SHA256SUMS). DuckDB writes
 * most of them on its own threads; `FileHasher` hashes each file as soon as it is finished, on
 * the main thread, which would otherwise wait for DuckDB: the package is not read again at the end.
 */
import { createHash } from "node:crypto";
import { open, readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { PackageFile } from "./dataPackage.ts";

/** Every file under `dir`, depth first with each folder's entries by name (the order of SHA256SUMS). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep));
  files.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return a.length - b.length;
  });
  return files.map((parts) => join(dir, ...parts));
}

/**
 * A file's sha256, read in 4 MB blocks into one buffer: the package holds files far larger than
 * memory should, and thousands of small partition files, for which a read stream's setup and
 * 64 kB chunks cost three times the hashing.
 */
async function sha256Of(path: string, buffer: Buffer): Promise<string> {
  const hash = createHash("sha256");
  const file = await open(path, "r");
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return hash.digest("hex");
}

/** Hashes finished files in the background, one at a time, in the order they were added. */
export class FileHasher {
  private readonly described = new Map<string, PackageFile>();
  private queue: Promise<void> = Promise.resolve();
  private readonly buffer = Buffer.allocUnsafe(4 << 20);
  /** `dir` is the package folder; paths are recorded relative to it, with "/". */
  constructor(private readonly dir: string) {}

  private async describe(path: string): Promise<PackageFile> {
    const rel = relative(this.dir, path).split(sep).join("/");
    return { path: rel, bytes: (await stat(path)).size, sha256: await sha256Of(path, this.buffer) };
  }

  /** Queue files that will not change again. */
  add(paths: readonly string[]): void {
    this.queue = this.queue.then(async () => {
      for (const path of paths) {
        const file = await this.describe(path);
        this.described.set(file.path, file);
      }
    });
    // Seen as handled here; `describe` awaits the queue and gets the error.
    this.queue.catch(() => {});
  }

  /** Every file under the folder, in SHA256SUMS order; files hashed before are not read again. */
  async describeAll(): Promise<PackageFile[]> {
    await this.queue;
    const files: PackageFile[] = [];
    for (const path of await listFiles(this.dir)) {
      const rel = relative(this.dir, path).split(sep).join("/");
      const file = this.described.get(rel) ?? (await this.describe(path));
      this.described.set(rel, file);
      files.push(file);
    }
    return files;
  }
}
