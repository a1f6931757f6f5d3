/** The file types a document may be ingested as: defined once, used by ingest, the reader and the manifest. */
import { describe, expect, it } from "vitest";
import { checkSourceType, readSourceBytes } from "../../loaders/input/readSourceFile.ts";
import { manifestEntrySchema } from "../../loaders/schema/manifest.ts";
import { isSourceType } from "../../loaders/reference/sourceTypes.ts";

describe("source types", () => {
  it("accepts what federations publish as text: saved pages, feeds, data exports, e-mail", () => {
    for (const ext of [".pdf", ".txt", ".md", ".html", ".HTM", ".xhtml", ".xml", ".json", ".csv", ".eml"])
      expect(isSourceType(ext)).toBe(true);
    expect(checkSourceType("/tmp/rapport.html")).toBe(".html");
  });

  it("accepts the source formats the readers decode: RTF, LaTeX, iCalendar, XLIFF", () => {
    for (const ext of [".rtf", ".tex", ".ics", ".xlf", ".xliff", ".RTF"]) expect(isSourceType(ext)).toBe(true);
    expect(checkSourceType("/tmp/verksamhetsberattelse.rtf")).toBe(".rtf");
    // Their neighbours stay refused: a compiled document, a binary calendar store.
    for (const ext of [".dvi", ".sty", ".vcs", ".doc"]) expect(isSourceType(ext)).toBe(false);
  });

  it("takes an accounting program's SIE file and a fixed-length record file as text", async () => {
    for (const ext of [".se", ".si", ".SIE", ".dat"]) expect(isSourceType(ext)).toBe(true);
    expect(checkSourceType("/tmp/bokslut-2025.se")).toBe(".se");
    const read = await readSourceBytes(Buffer.from('#FLAGGA 0\n#KONTO 3010 "Medlemsbidrag"\n', "utf8"), "/tmp/b.sie");
    expect(read.lines[1]).toBe('#KONTO 3010 "Medlemsbidrag"');
  });

  it("decodes an SIE file written in PC8 (code page 437) as it says, and no other text in that code page", async () => {
    // "Rensåsa kommun" with å as code page 437 writes it (0x86), which is no UTF-8.
    const pc8 = Buffer.concat([
      Buffer.from('#FLAGGA 0\n#FORMAT PC8\n#KONTO 3015 "Rens', "latin1"),
      Buffer.from([0x86]),
      Buffer.from('sa kommun"\n', "latin1"),
    ]);
    expect((await readSourceBytes(pc8, "/tmp/b.se")).lines[2]).toBe('#KONTO 3015 "Rensåsa kommun"');
    const plain = Buffer.concat([Buffer.from("Rens", "latin1"), Buffer.from([0x86]), Buffer.from("sa\n", "latin1")]);
    await expect(readSourceBytes(plain, "/tmp/b.txt")).rejects.toThrow(/not UTF-8 text/);
  });

  it("refuses office and binary files with a message naming the accepted types", () => {
    expect(isSourceType(".docx")).toBe(false);
    expect(isSourceType(".exe")).toBe(false);
    expect(() => checkSourceType("/tmp/rapport.docx")).toThrow(
      /unsupported file type "\.docx" \(expected \.pdf, \.txt/,
    );
  });

  it("the manifest takes the same types, and no other", () => {
    const entry = {
      federation_id: "lindo",
      kind: "annual_report",
      date: "2026-03-01",
      period_year: 2025,
      title: "Årsredovisning 2025",
      sha256: "a".repeat(64),
    };
    expect(manifestEntrySchema.safeParse({ ...entry, file: "lindo/arsredovisning-2025.html" }).success).toBe(true);
    expect(manifestEntrySchema.safeParse({ ...entry, file: "lindo/arsredovisning-2025.docx" }).success).toBe(false);
  });
});
