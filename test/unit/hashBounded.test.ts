/**
 * hashBounded (input/readBounded.ts): a file's SHA-256 read in chunks, checked and bounded as
 * readBounded reads it (the load hashes the extraction JSON beside each sealed row file so); and
 * readBoundedInto, readBounded into a buffer reused from file to file.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashBounded, ReadBuffer, readBounded, readBoundedInto } from "../../loaders/input/readBounded.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-hash-bounded-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("hashBounded", () => {
  it("gives the SHA-256 of the bytes readBounded reads, for files smaller and larger than its chunk", async () => {
    for (const size of [0, 1, 1000, (1 << 20) - 1, 1 << 20, 3 * (1 << 20) + 17]) {
      const bytes = Buffer.alloc(size, 0);
      for (let i = 0; i < size; i += 997) bytes[i] = i % 251;
      const file = join(dir, `f-${size}.json`);
      writeFileSync(file, bytes);
      const hashed = await hashBounded(file, { limit: 10 << 20 });
      expect(hashed).toBe(sha(bytes));
      expect(hashed).toBe(sha(await readBounded(file, { limit: 10 << 20 })));
    }
  });

  it("refuses what readBounded refuses: a file over the limit, a directory", async () => {
    const file = join(dir, "big.json");
    writeFileSync(file, Buffer.alloc(65));
    await expect(hashBounded(file, { limit: 64 })).rejects.toThrow(/65 bytes .* is over the limit of 64 bytes/);
    await expect(hashBounded(file, { limit: 65 })).resolves.toBe(sha(Buffer.alloc(65)));
    const folder = join(dir, "folder.json");
    mkdirSync(folder);
    await expect(hashBounded(folder, { limit: 64 })).rejects.toThrow(/is a directory/);
  });
});

describe("readBoundedInto", () => {
  it("gives each file's bytes, in one buffer reused while files fit and grown when one does not", async () => {
    const into = new ReadBuffer();
    const files = [3000, 10, 0, 5000, 4999].map((size, k) => {
      const file = join(dir, `into-${k}.txt`);
      writeFileSync(file, Buffer.alloc(size, 65 + k));
      return { file, bytes: Buffer.alloc(size, 65 + k) };
    });
    const buffers: ArrayBufferLike[] = [];
    for (const { file, bytes } of files) {
      const read = await readBoundedInto(file, { limit: 1 << 20 }, into);
      expect(Buffer.compare(read, bytes)).toBe(0);
      buffers.push(read.buffer);
    }
    // The 10- and 0-byte files are read into the 3000-byte file's buffer; the 5000-byte one needs a larger one, which the next file reuses.
    expect(buffers[1]).toBe(buffers[0]);
    expect(buffers[2]).toBe(buffers[0]);
    expect(buffers[3]).not.toBe(buffers[0]);
    expect(buffers[4]).toBe(buffers[3]);
  });

  it("refuses what readBounded refuses, a file over the limit", async () => {
    const file = join(dir, "into-big.txt");
    writeFileSync(file, Buffer.alloc(65));
    await expect(readBoundedInto(file, { limit: 64 }, new ReadBuffer())).rejects.toThrow(/over the limit of 64 bytes/);
  });
});
