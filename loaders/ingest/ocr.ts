/**
 * OCR of a PDF with no text layer, through `ocrmypdf -l swe` (tesseract's Swedish model).
 * The text comes from ocrmypdf's sidecar file: one page after another, pages split by form feeds.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { megabytes, READ_LIMITS } from "../input/readBounded.ts";

export const OCR_INSTALL_LINE = "apt-get install -y ocrmypdf tesseract-ocr-swe";

export interface OcrEngine {
  /** Why OCR cannot run here, or null when it can. */
  unavailable(): string | null;
  /** The PDF's text. */
  run(pdf: Uint8Array): string;
}

function has(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

export const ocrmypdf: OcrEngine = {
  unavailable() {
    if (!has("ocrmypdf")) return "ocrmypdf is not installed";
    const langs = spawnSync("tesseract", ["--list-langs"], { encoding: "utf8" });
    if (!/^swe$/m.test(`${langs.stdout}${langs.stderr}`)) return "tesseract has no Swedish model (swe)";
    return null;
  },
  run(pdf) {
    const dir = mkdtempSync(join(tmpdir(), "finsam-ocr-"));
    try {
      writeFileSync(join(dir, "in.pdf"), pdf);
      execFileSync(
        "ocrmypdf",
        ["-q", "-l", "swe", "--sidecar", join(dir, "text.txt"), join(dir, "in.pdf"), join(dir, "out.pdf")],
        { stdio: ["ignore", "ignore", "pipe"] },
      );
      const sidecar = join(dir, "text.txt");
      const size = statSync(sidecar).size;
      if (size > READ_LIMITS.text)
        throw new Error(`OCR gave ${megabytes(size)} of text, over the limit of ${megabytes(READ_LIMITS.text)}`);
      return readFileSync(sidecar, "utf8");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
