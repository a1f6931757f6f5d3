/**
 * Bad input at the text layer: the same minutes as NFD, with a BOM, with CRLF or CR line ends,
 * with NUL bytes; an image-only PDF; an empty file; binary garbage named .txt; UTF-16; a file
 * over the size limit. Each is read through the real path (file → readSourceFile →
 * extractDocument), so what is tested is what `finsam extract` does.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PDFDocument, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../loaders/extract/extractDocument.ts";
import { normalizeLines, splitLines, textToLines } from "../../loaders/input/normalizeText.ts";
import { DocumentReadError, MAX_TEXT_BYTES, readSourceFile, TEXT_SOURCES } from "../../loaders/input/readSourceFile.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import { ROOT, type AnyFact } from "../helpers.ts";
import { renderTextPdf } from "../support/renderTextPdf.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-textlayer-"));
const SEEDS = {
  blekinge: {
    file: "blekinge/blekinge_2025-05-05_styrelseprotokoll.txt",
    date: "2025-05-05",
    kind: "board_minutes" as const,
    federation: "blekinge",
  },
  kalmarAu: {
    file: "kalmar/kalmar_2025-12-05_au-protokoll.txt",
    date: "2025-12-05",
    kind: "committee_minutes" as const,
    federation: "kalmar",
  },
};
type Seed = (typeof SEEDS)[keyof typeof SEEDS];
const seedText = (seed: Seed) => readFileSync(resolve(ROOT, "data/sources", seed.file), "utf8");

/** Write `content` as a file of the seed's kind and extract it as `finsam extract` would. */
async function extractAs(seed: Seed, name: string, content: string | Uint8Array) {
  writeFileSync(join(dir, name), content);
  const sha256 = createHash("sha256")
    .update(readFileSync(join(dir, name)))
    .digest("hex");
  const entry = {
    federation_id: seed.federation,
    kind: seed.kind,
    date: seed.date,
    period_year: Number(seed.date.slice(0, 4)),
    title: name,
    file: name,
    sha256,
  } as ManifestEntry;
  const { extraction, lines, textSource } = await extractDocument(dir, entry);
  return { ...extraction, facts: extraction.facts as AnyFact[], lines, textSource };
}
const meetingOf = (facts: AnyFact[]) => facts.find((f) => f.table === "meeting");
const checks = (findings: { check_id: string }[]) => findings.map((f) => f.check_id);

describe("Unicode NFD (text copied from macOS) reads like NFC", () => {
  for (const seed of Object.values(SEEDS)) {
    it(`${seed.file}: the same facts, meeting time and place`, async () => {
      const nfc = await extractAs(seed, "nfc.txt", seedText(seed).normalize("NFC"));
      const nfd = await extractAs(seed, "nfd.txt", seedText(seed).normalize("NFD"));
      expect(nfc.facts).toHaveLength(31);
      // Same facts, same provenance text: the text layer composes å/ä/ö before any parser runs.
      expect(nfd.facts).toEqual(nfc.facts);
      expect(nfd.lines).toEqual(nfc.lines);
      expect(meetingOf(nfd.facts)).toMatchObject({ start_time: "09:00", place: expect.any(String) });
    });
  }

  it("blekinge keeps its place (Årydsalen starts with an NFD Å)", async () => {
    const nfd = await extractAs(SEEDS.blekinge, "nfd-place.txt", seedText(SEEDS.blekinge).normalize("NFD"));
    expect(meetingOf(nfd.facts)).toMatchObject({
      start_time: "09:00",
      end_time: "12:00",
      place: "Rådhusgatan 10 i Karlshamn i Årydsalen",
    });
  });
});

describe("byte order mark and line ends", () => {
  const text = seedText(SEEDS.blekinge);

  it("a UTF-8 BOM is not part of the first line", async () => {
    const plain = await extractAs(SEEDS.blekinge, "plain.txt", text);
    const bom = await extractAs(SEEDS.blekinge, "bom.txt", `\uFEFF${text}`);
    expect(bom.lines[0]).toBe(plain.lines[0]);
    expect(bom.lines[0]!.startsWith("\uFEFF")).toBe(false);
    expect(bom.facts).toEqual(plain.facts);
  });

  it("CRLF and bare CR give the same lines and facts as LF", async () => {
    const lf = await extractAs(SEEDS.blekinge, "lf.txt", text);
    const crlf = await extractAs(SEEDS.blekinge, "crlf.txt", text.replace(/\n/g, "\r\n"));
    const cr = await extractAs(SEEDS.blekinge, "cr.txt", text.replace(/\n/g, "\r"));
    expect(crlf.lines).toEqual(lf.lines);
    expect(cr.lines).toEqual(lf.lines);
    expect(crlf.facts).toEqual(lf.facts);
    expect(cr.facts).toEqual(lf.facts);
    expect(lf.lines.some((l) => l.includes("\r"))).toBe(false);
  });

  it("UTF-16 with a byte order mark is decoded", async () => {
    const lf = await extractAs(SEEDS.blekinge, "utf8.txt", text);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const utf16 = await extractAs(SEEDS.blekinge, "utf16.txt", bytes);
    expect(utf16.lines).toEqual(lf.lines);
    expect(utf16.facts).toEqual(lf.facts);
  });

  it("splitLines: a final newline ends the last line, a form feed ends a page", () => {
    expect(splitLines("a\r\nb\rc\fd\n")).toEqual(["a", "b", "c", "d"]);
    expect(textToLines("\uFEFFa\n").lines).toEqual(["a"]);
  });
});

describe("control characters", () => {
  const text = seedText(SEEDS.blekinge);

  it("NUL and other controls are removed, counted and reported with their first line; tab stays", async () => {
    const lines = text.split("\n");
    // Line 3 holds the meeting time, line 7 a § heading: a NUL in either must not change what is read.
    lines[2] = lines[2]!.replace("kl.", "kl.\u0000");
    lines[6] = `\u0000${lines[6]}\u0007\u001b`;
    const clean = await extractAs(SEEDS.blekinge, "clean.txt", text);
    const dirty = await extractAs(SEEDS.blekinge, "nul.txt", lines.join("\n"));
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(dirty.lines.some((l) => /[\u0000-\u0008\u000b-\u001f\u007f]/.test(l))).toBe(false);
    expect(dirty.facts).toEqual(clean.facts);
    const finding = dirty.findings.find((f) => f.check_id === "text.control_characters");
    expect(finding).toMatchObject({ severity: "warning", line: 3, value: "4" });
    expect(finding!.message).toContain("4 control characters");
    expect(checks(clean.findings)).not.toContain("text.control_characters");
  });

  it("normalizeLines keeps tabs as extracted, reads them as column gaps, and reports nothing for clean text", () => {
    // A TAB is no control character: the document's own text keeps it; readers see it as a gap
    // between cells (input/tabCells.ts).
    expect(normalizeLines(["a\tb", "c"])).toEqual({
      lines: ["a   b", "c"],
      asExtracted: ["a\tb", "c"],
      controlCharacters: null,
    });
    expect(normalizeLines(["ok", "x\u0000y\u009f"])).toEqual({
      lines: ["ok", "xy"],
      asExtracted: ["ok", "xy"],
      controlCharacters: { count: 2, firstLine: 2 },
    });
  });

  it("normalizeLines gives parsers NFC and keeps the text as extracted for document_line", () => {
    const nfd = "fra\u030an insatsernas a\u030arsrapport";
    const read = normalizeLines([nfd]);
    expect(read.lines).toEqual(["från insatsernas årsrapport"]);
    expect(read.asExtracted).toEqual([nfd]);
  });
});

describe("PDFs", () => {
  it("an image-only PDF is reported as having no text layer, not as truncated", async () => {
    const pdf = await PDFDocument.create();
    pdf.setCreationDate(new Date("2025-01-01T00:00:00Z"));
    pdf.setModificationDate(new Date("2025-01-01T00:00:00Z"));
    for (let p = 0; p < 2; p++) {
      const page = pdf.addPage([595, 842]);
      // What a scanner gives: marks on the page, no text.
      page.drawRectangle({ x: 50, y: 600, width: 400, height: 150, color: rgb(0.2, 0.2, 0.2) });
      page.drawRectangle({ x: 50, y: 100, width: 495, height: 400, borderColor: rgb(0, 0, 0), borderWidth: 2 });
    }
    const out = await extractAs(SEEDS.blekinge, "scan.pdf", await pdf.save());
    const read = await readSourceFile(join(dir, "scan.pdf"));
    expect(read).toMatchObject({ textSource: "text_layer", noTextLayer: true });
    expect(out.textSource).toBe("text_layer");
    expect(checks(out.findings)).toContain("document.no_text_layer");
    expect(checks(out.findings)).not.toContain("document.truncated");
    expect(out.findings.find((f) => f.check_id === "document.no_text_layer")).toMatchObject({
      severity: "error",
      message: expect.stringContaining("no text layer (scanned?)"),
    });
  });

  it("a PDF with text is read from its text layer", async () => {
    const bytes = await renderTextPdf(seedText(SEEDS.blekinge).split("\n"));
    const out = await extractAs(SEEDS.blekinge, "text.pdf", bytes);
    expect(out.textSource).toBe("text_layer");
    expect(checks(out.findings)).not.toContain("document.no_text_layer");
    expect(out.facts.length).toBeGreaterThan(20);
  });

  it("a text file's source is plain_text; the codes are the text_source code list", async () => {
    expect((await extractAs(SEEDS.blekinge, "src.txt", seedText(SEEDS.blekinge))).textSource).toBe("plain_text");
    expect([...TEXT_SOURCES].sort()).toEqual(["ocr", "plain_text", "text_layer"]);
  });
});

describe("empty, binary and oversized files", () => {
  it("an empty file is read (one empty line) and reported as truncated or empty", async () => {
    const out = await extractAs(SEEDS.blekinge, "empty.txt", "");
    expect(out.lines).toEqual([""]);
    // Only the meeting the manifest dates, with nothing read from the text.
    expect(out.facts.map((f) => [f.table, f.start_time, f.place])).toEqual([["meeting", null, null]]);
    expect(checks(out.findings)).toEqual(expect.arrayContaining(["document.truncated", "minutes.no_items"]));
  });

  it("binary garbage named .txt is refused with the file and the reason", async () => {
    // A deterministic byte soup (xorshift), invalid as UTF-8.
    let x = 2463534242;
    const bytes = Uint8Array.from({ length: 4096 }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
    const file = join(dir, "garbage.txt");
    writeFileSync(file, bytes);
    await expect(readSourceFile(file)).rejects.toThrow(DocumentReadError);
    await expect(readSourceFile(file)).rejects.toThrow(/garbage\.txt: not UTF-8 text/);
  });

  it("a file of control characters that happens to be valid UTF-8 is refused as binary", async () => {
    const file = join(dir, "zeros.txt");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from("Protokoll\n"), Buffer.alloc(2000, 0), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])]),
    );
    await expect(readSourceFile(file)).rejects.toThrow(/zeros\.txt: 2008 control characters .*a binary file/);
  });

  it(`text over ${MAX_TEXT_BYTES / 1024 / 1024} MB is refused before it is read, naming the file and the limit`, async () => {
    const file = join(dir, "huge.txt");
    // A sparse file: if it were read and parsed it would be NULs (a binary-file error), not a size error.
    writeFileSync(file, "");
    truncateSync(file, MAX_TEXT_BYTES + 1);
    await expect(readSourceFile(file)).rejects.toThrow(
      `huge.txt: 20971521 bytes (20 MB) of text is over the limit of 20971520 bytes (20 MB, MAX_TEXT_BYTES); not parsed`,
    );
  });

  it("an unsupported extension is refused", async () => {
    const file = join(dir, "report.docx");
    writeFileSync(file, "x");
    await expect(readSourceFile(file)).rejects.toThrow(/unsupported file type "\.docx"/);
  });
});
