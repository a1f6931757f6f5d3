/**
 * What `ingest` (and every other reader) is given to read: only a regular file within its size
 * limit is read, and never more than the limit. A FIFO named x.txt, a device named .txt, a file
 * of gigabytes, a symbolic link (even to a readable file) and a PDF whose OCR finds no text are
 * refused with the reason, quickly, and nothing is written.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { READ_LIMITS, readBounded } from "../../loaders/input/readBounded.ts";
import { ocrmypdf } from "../../loaders/ingest/ocr.ts";
import { ROOT } from "../helpers.ts";
import { cliEnv, fileHashes, sandbox } from "../support/sandbox.ts";

let dir: string;
let outside: string;

beforeAll(() => {
  dir = sandbox("finsam-input-");
  outside = mkdtempSync(join(tmpdir(), "finsam-input-files-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** The CLI against the sandbox, stopped after 60 s: a hang fails the test instead of stalling it. */
function finsam(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "loaders/cli.ts"), ...args], {
    cwd: ROOT,
    env: cliEnv(dir),
    encoding: "utf8",
    timeout: 60_000,
  });
}

let day = 10;

/** `ingest <file>` as board minutes of the sandbox's Blekinge (each its own date): refused, nothing written. */
function expectRefused(file: string, reason: RegExp): void {
  const before = fileHashes(join(dir, "data"));
  const date = `2025-06-${day++}`;
  const run = finsam([
    "ingest",
    file,
    "--federation",
    "blekinge",
    "--kind",
    "board_minutes",
    "--year",
    "2025",
    "--date",
    date,
  ]);
  expect(run.signal, "still running after 60 s").toBeNull();
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).toMatch(reason);
  expect(fileHashes(join(dir, "data"))).toEqual(before);
}

describe("ingest refuses anything but a regular file within the limit (D4)", () => {
  it("a FIFO named x.txt: refused at once instead of waiting for a writer", () => {
    const fifo = join(outside, "x.txt");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expectRefused(fifo, /x\.txt: is a FIFO \(named pipe\), not a regular file; refused/);
  }, 90_000);

  const mknod = spawnSync("mknod", [join(tmpdir(), `finsam-probe-${process.pid}`), "c", "1", "5"]).status === 0;
  rmSync(join(tmpdir(), `finsam-probe-${process.pid}`), { force: true });
  it.skipIf(!mknod)(
    "a character device named zero.txt (as /dev/zero): refused before a byte is read",
    () => {
      const device = join(outside, "zero.txt");
      expect(spawnSync("mknod", [device, "c", "1", "5"]).status).toBe(0);
      expectRefused(device, /zero\.txt: is a device, not a regular file; refused/);
    },
    90_000,
  );

  it("a 3 GB file: refused by its size, not read", () => {
    const huge = join(outside, "huge.pdf");
    writeFileSync(huge, "");
    truncateSync(huge, 3 * 1024 ** 3);
    expectRefused(huge, /huge\.pdf: 3221225472 bytes \(3072 MB\) is over the limit of \d+ bytes/);
  }, 90_000);

  it("a manifest that is a FIFO stops a load with its name instead of hanging it", () => {
    const project = sandbox("finsam-input-fifo-");
    try {
      const manifest = join(project, "data/sources/manifest.yaml");
      rmSync(manifest);
      expect(spawnSync("mkfifo", [manifest]).status).toBe(0);
      const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "loaders/cli.ts"), "load"], {
        cwd: ROOT,
        env: cliEnv(project),
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.signal, "still running after 60 s").toBeNull();
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/manifest\.yaml: is a FIFO \(named pipe\), not a regular file/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 90_000);
});

describe("readBounded, the one reader of input files", () => {
  it("reads a file at the limit, and refuses one byte more without reading it whole", async () => {
    const file = join(outside, "limit.txt");
    writeFileSync(file, "x".repeat(64));
    expect((await readBounded(file, { limit: 64 })).length).toBe(64);
    await expect(readBounded(file, { limit: 63 })).rejects.toThrow(/64 bytes .* is over the limit of 63 bytes/);
  });

  it("follows a link inside the project only to a regular file, and refuses links when told", async () => {
    const link = join(outside, "zero-link.json");
    symlinkSync("/dev/zero", link);
    await expect(readBounded(link, { limit: READ_LIMITS.extraction })).rejects.toThrow(/is a device/);
    await expect(readBounded(link, { limit: 10, refuseSymlink: true })).rejects.toThrow(
      /is a symbolic link to \/dev\/zero; refused/,
    );
  });
});

describe("ingest refuses a symbolic link, naming its target (D6)", () => {
  it("passwd.txt → /etc/passwd is not copied into data/sources", () => {
    const link = join(outside, "passwd.txt");
    symlinkSync("/etc/passwd", link);
    expectRefused(link, /passwd\.txt: is a symbolic link to \/etc\/passwd; refused/);
  }, 90_000);
});

describe("a PDF whose OCR finds no text is refused like an empty .txt (D7)", () => {
  it("an empty .txt: the file is empty", () => {
    const empty = join(outside, "tomt.txt");
    writeFileSync(empty, "");
    expectRefused(empty, /tomt\.txt: the file is empty/);
  }, 90_000);

  it.skipIf(ocrmypdf.unavailable() !== null)(
    "one blank page through OCR: the file is empty",
    async () => {
      const pdf = await PDFDocument.create();
      pdf.setCreationDate(new Date("2025-01-01T00:00:00Z"));
      pdf.setModificationDate(new Date("2025-01-01T00:00:00Z"));
      pdf.addPage([595, 842]);
      const blank = join(outside, "blank.pdf");
      writeFileSync(blank, await pdf.save());
      expectRefused(blank, /blank\.pdf: the file is empty \(OCR found no text on its pages\)/);
    },
    120_000,
  );
});
