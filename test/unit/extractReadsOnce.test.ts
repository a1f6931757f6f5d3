/**
 * extractDocument reads a source file once: the bytes it hashes against the manifest are the bytes
 * it reads the text from. The checks keep their order: the checksum first, then the file's type.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument, extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";

const dir = mkdtempSync(join(tmpdir(), "reads-once-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = [
  "Årsredovisning 2024",
  "Samordningsförbundet Testdalen",
  "",
  "Under året deltog 120 personer i förbundets insatser, varav 70 kvinnor och 50 män.",
  "",
  "Förbundets intäkter var 2 400 000 kronor.",
  "",
].join("\n");

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

function entryFor(file: string, text: string, sha256 = sha(text)): ManifestEntry {
  mkdirSync(join(dir, "testdalen"), { recursive: true });
  writeFileSync(join(dir, file), text);
  return {
    federation_id: "testdalen",
    kind: "annual_report",
    date: "2025-03-20",
    period_year: 2024,
    title: "Årsredovisning 2024",
    file,
    sha256,
  };
}

describe("extractDocument reads the source once", () => {
  it("extracts from the bytes it hashed: the same extraction as from the lines in memory", async () => {
    const entry = entryFor("testdalen/arsredovisning-2024.txt", TEXT);
    const { extraction, lines } = await extractDocument(dir, entry);
    expect(lines[3]).toContain("120 personer");
    expect(extraction).toEqual(extractFromLines(entry, lines, entry.sha256));
    expect(extraction.facts.length).toBeGreaterThan(0);
  });

  it("refuses a file whose checksum does not match the manifest, before reading its text", async () => {
    const entry = entryFor("testdalen/arsredovisning-2023.txt", TEXT, "0".repeat(64));
    await expect(extractDocument(dir, entry)).rejects.toThrow(/sha256 [0-9a-f]{64} does not match the manifest/);
  });

  it("refuses a file of an unsupported type once its checksum holds", async () => {
    const entry = entryFor("testdalen/arsredovisning-2022.docx", TEXT);
    await expect(extractDocument(dir, entry)).rejects.toThrow(/unsupported file type "\.docx"/);
  });
});
