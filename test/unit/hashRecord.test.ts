/**
 * The extraction's record of the files it wrote (input/hashRecord.ts): the load takes a recorded
 * hash only for a file whose stamp is still the recorded one, written before the record itself;
 * an edited file, a racy entry or an unreadable record means hashing the file as before. And a
 * row file's seal (schema/extractionRows.ts) holds without hashing only when the record names
 * the very hash the seal names.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  HASH_RECORD,
  currentStamp,
  readHashRecord,
  recordedFile,
  recordedSha,
  writeHashRecord,
} from "../../loaders/input/hashRecord.ts";
import { mayLeaveInFile } from "../../loaders/input/verbatimText.ts";
import { extractionSchema } from "../../loaders/schema/facts.ts";
import { rowsFileText, sealedRows, sha256Hex } from "../../loaders/schema/extractionRows.ts";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "finsam-hashrecord-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file with some made-up content, its mtime set well in the past (before any record written now). */
function oldFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  const past = new Date(Date.now() - 60_000);
  utimesSync(file, past, past);
  return file;
}

const LIMIT = 1 << 20;

describe("hash record", () => {
  it("a file unchanged since it was recorded gives its recorded hash, without being read", async () => {
    const file = oldFile("a.json", '{"federation":"Påhittade förbundet","figure":4711}\n');
    await writeHashRecord(dir, new Map([["a.json", { stamp: currentStamp(file)!, sha256: "recorded-hash" }]]));
    const record = await readHashRecord(dir);
    expect(recordedSha(file, record.get("a.json"), LIMIT)).toBe("recorded-hash");
  });

  it("a file edited after it was recorded, even at the same size, is not trusted", async () => {
    const file = oldFile("a.json", '{"figure":4711}\n');
    await writeHashRecord(dir, new Map([["a.json", { stamp: currentStamp(file)!, sha256: "recorded-hash" }]]));
    writeFileSync(file, '{"figure":4712}\n');
    const record = await readHashRecord(dir);
    expect(recordedSha(file, record.get("a.json"), LIMIT)).toBeNull();
  });

  it("a file over the read's limit is not trusted (the bounded read refuses it as before)", async () => {
    const file = oldFile("big.json", "x".repeat(64));
    await writeHashRecord(dir, new Map([["big.json", { stamp: currentStamp(file)!, sha256: "h" }]]));
    expect(recordedSha(file, (await readHashRecord(dir)).get("big.json"), 16)).toBeNull();
  });

  it("an entry whose file changed no earlier than the record was written is racy: dropped", async () => {
    // A file whose time is not before the record's: a change in the record's own clock tick
    // could have kept its stamp, so its entry is not trusted.
    const file = join(dir, "late.json");
    writeFileSync(file, "{}\n");
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const early = oldFile("early.json", "{}\n");
    await writeHashRecord(
      dir,
      new Map([
        ["late.json", { stamp: currentStamp(file)!, sha256: "h" }],
        ["early.json", { stamp: currentStamp(early)!, sha256: "h" }],
      ]),
    );
    expect(statSync(file).mtimeMs).toBeGreaterThan(statSync(join(dir, HASH_RECORD)).mtimeMs);
    expect([...(await readHashRecord(dir)).keys()]).toEqual(["early.json"]);
  });

  it("a source's entry gives its recorded line count and the file's size", async () => {
    const file = oldFile("minutes.txt", "Protokoll för Påhittade förbundet\n§ 1 Mötets öppnande\n");
    const entry = { stamp: currentStamp(file)!, sha256: "hs", lines: 2 };
    await writeHashRecord(dir, new Map([["../src/minutes.txt", entry]]));
    const known = recordedFile(file, (await readHashRecord(dir)).get("../src/minutes.txt"), LIMIT);
    expect(known).toMatchObject({ sha256: "hs", lines: 2, size: Buffer.byteLength(readFileSync(file)) });
  });

  it("a source replaced by another file of the same size is not trusted", async () => {
    const file = oldFile("minutes.txt", "§ 1 Beslut: 120 000 kr\n");
    await writeHashRecord(dir, new Map([["m", { stamp: currentStamp(file)!, sha256: "hs", lines: 1 }]]));
    rmSync(file);
    writeFileSync(file, "§ 1 Beslut: 210 000 kr\n");
    // Even dated back (before the record), it is another write: its stamp is not the recorded one.
    const past = new Date(Date.now() - 120_000);
    utimesSync(file, past, past);
    expect(recordedFile(file, (await readHashRecord(dir)).get("m"), LIMIT)).toBeNull();
  });

  it("a record of another format, or not JSON, is no record", async () => {
    writeFileSync(join(dir, HASH_RECORD), '{"format":99,"files":{}}');
    expect((await readHashRecord(dir)).size).toBe(0);
    writeFileSync(join(dir, HASH_RECORD), "not json");
    expect((await readHashRecord(dir)).size).toBe(0);
    expect((await readHashRecord(join(dir, "missing"))).size).toBe(0);
  });

  it("a record written for some files keeps the other entries it is given", async () => {
    const a = oldFile("a.json", "1");
    const b = oldFile("b.json", "2");
    await writeHashRecord(dir, new Map([["a.json", { stamp: currentStamp(a)!, sha256: "ha" }]]));
    await writeHashRecord(
      dir,
      new Map([["b.json", { stamp: currentStamp(b)!, sha256: "hb" }]]),
      await readHashRecord(dir),
    );
    const record = await readHashRecord(dir);
    expect([...record.keys()]).toEqual(["a.json", "b.json"]);
  });
});

describe("which documents' lines may stay in their source files", () => {
  it("a plain text read from its own file may", () => {
    expect(mayLeaveInFile({ file: "fiktiva/2031-protokoll.txt" }, "/p/data/sources/fiktiva/2031-protokoll.txt")).toBe(
      true,
    );
  });

  it("a PDF, a document read from its OCR text, or a path DuckDB reads as a pattern may not", () => {
    expect(mayLeaveInFile({ file: "fiktiva/2031.PDF" }, "/p/s/fiktiva/2031.PDF")).toBe(false);
    expect(
      mayLeaveInFile({ file: "fiktiva/2031.txt", ocr_file: "fiktiva/2031.ocr.txt" }, "/p/s/fiktiva/2031.txt"),
    ).toBe(false);
    expect(mayLeaveInFile({ file: "fiktiva/2031[1].txt" }, "/p/s/fiktiva/2031[1].txt")).toBe(false);
  });
});

describe("a row file's seal with a recorded hash", () => {
  const json = readFileSync(join(import.meta.dirname, "../../data/extracted/kalmar/2024-annual-report.json"), "utf8");
  const extraction = extractionSchema.parse(JSON.parse(json));
  const text = rowsFileText(extraction, json);
  const sealSha = (JSON.parse(text.split("\n", 1)[0]!) as { rows_sha256: string }).rows_sha256;

  it("holds without hashing when the record names the seal's hash: the bytes are those recorded", () => {
    // An edit the record vouches against cannot happen (the stamp would differ); shown here as the
    // seal not being hashed again: an edited row is taken when the record names the seal's hash.
    const edited = text.replace('"i":0,', '"i":0, ');
    expect(sealedRows(Buffer.from(edited), sha256Hex(json), sealSha)).not.toBeNull();
  });

  it("is hashed as before when the record names another hash: an edited file is refused", () => {
    const edited = text.replace('"i":0,', '"i":0, ');
    expect(sealedRows(Buffer.from(edited), sha256Hex(json), "another-hash")).toBeNull();
    expect(sealedRows(Buffer.from(edited), sha256Hex(json))).toBeNull();
    expect(sealedRows(Buffer.from(text), sha256Hex(json), "another-hash")).not.toBeNull();
  });
});
