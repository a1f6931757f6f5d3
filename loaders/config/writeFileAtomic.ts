/**
 * Write a file whole or not at all: the text goes to a temporary file beside it, renamed over the
 * target when complete. A crash leaves the old file as it was, and a target that is a hard link
 * (a corpus copied with `cp -al`) is replaced, never written through.
 */
import { rename, rm, writeFile } from "node:fs/promises";

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
