/**
 * A Swedish text saved in Windows-1252 (Excel's semicolon CSV, Notepad's "ANSI" on a Swedish
 * Windows), as a new user may ingest it: decoded where it is no UTF-8 and every byte above 0x7F is a
 * letter or a sign such a text uses, one Swedish letter at least; any other bytes stay refused.
 */
import { describe, expect, it } from "vitest";
import { readSourceBytes } from "../../loaders/input/readSourceFile.ts";
import { windows1252 } from "../styles/generator/encodings.ts";

const REPORT = [
  "Årsredovisning 2025 för Samordningsförbundet Älvnäs",
  "Medlemsavgifter;2025;2024",
  "Försäkringskassan och Arbetsförmedlingen;3 000 000;2 900 000",
  "Region Älvnäs – utfall;1 500 000;1 450 000",
  "• Ökning med 3,4 % jämfört med föregående år",
].join("\n");

describe("a text saved in Windows-1252", () => {
  it("is read with its letters, dashes and bullets (must fire)", async () => {
    const bytes = windows1252(REPORT)!;
    expect(bytes).toBeDefined();
    const read = await readSourceBytes(bytes, "/tmp/alvnas.csv");
    expect(read.lines.join("\n")).toContain("Region Älvnäs – utfall");
    expect(read.lines.join("\n")).toContain("Årsredovisning 2025 för Samordningsförbundet Älvnäs");
    expect(read.lines.join("\n")).toContain("• Ökning");
  });

  it("reads UTF-8 as before, the same lines as the Windows-1252 copy", async () => {
    const utf8 = await readSourceBytes(new TextEncoder().encode(REPORT), "/tmp/alvnas.csv");
    const cp = await readSourceBytes(windows1252(REPORT)!, "/tmp/alvnas.csv");
    expect(cp.lines).toEqual(utf8.lines);
  });

  it("refuses bytes no Swedish text in that code page holds (must not fire)", async () => {
    // "†" (0x86) where "å" should be: another code page, not read.
    const other = Uint8Array.from([...new TextEncoder().encode("Rens"), 0x86, ...new TextEncoder().encode("sa\n")]);
    await expect(readSourceBytes(other, "/tmp/b.txt")).rejects.toThrow(/not UTF-8 text/);
    // No Swedish letter at all: nothing says it is Swedish text in Windows-1252.
    const dashOnly = Uint8Array.from([
      ...new TextEncoder().encode("Budget "),
      0x96,
      ...new TextEncoder().encode(" 2025\n"),
    ]);
    await expect(readSourceBytes(dashOnly, "/tmp/c.txt")).rejects.toThrow(/not UTF-8 text/);
    // A Cyrillic text in its own code page (Windows-1251): its letters fall on å, ä, ö's bytes only now and then.
    const cyrillic = Uint8Array.from([
      ...[0xcf, 0xf0, 0xee, 0xf2, 0xee, 0xea, 0xee, 0xeb, 0x20, 0xe7, 0xe0, 0xf1, 0xe5, 0xe4, 0xe0, 0xed, 0xe8, 0xff],
      0x0a,
    ]);
    await expect(readSourceBytes(cyrillic, "/tmp/d.txt")).rejects.toThrow(/not UTF-8 text/);
  });
});
