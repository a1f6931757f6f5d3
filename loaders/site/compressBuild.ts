/**
 * Post-build step: beside every compressible file of the built site write a `.br` and a `.gz`
 * copy, so the server (siteServer.ts) sends the page data compressed without compressing on
 * each request. Both encoders are deterministic (gzip's header carries no time), so the same
 * site gives byte-identical copies. A copy that saves nothing is not written.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { ENCODINGS } from "./siteServer.ts";

/** Text the browser fetches; images, archives, Parquet and DuckDB files are compressed already or are downloads. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".csv", ".txt", ".md", ".svg", ".map", ".cff"]);
/** Below this a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

const ENCODE: Record<(typeof ENCODINGS)[number]["encoding"], (data: Buffer) => Buffer> = {
  // Quality 5 of 11: on the site's JSON (document text, page data) 1-2 % larger than quality 9
  // at a ninth of the time, which at national scale (~1 GB of page data) is minutes of the build.
  br: (data) =>
    brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  // Level 6 (zlib's default): 1 % larger than 9 at a third of the time; brotli is what browsers take.
  gzip: (data) => gzipSync(data, { level: 6 }),
};

export interface CompressSummary {
  files: number;
  bytes: number;
  brotliBytes: number;
}

export function compressBuild(dir: string, summary: CompressSummary = { files: 0, bytes: 0, brotliBytes: 0 }) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) compressBuild(path, summary);
    else if (COMPRESSIBLE.has(extname(name).toLowerCase()) && stat.size >= MIN_BYTES) {
      const data = readFileSync(path);
      summary.files++;
      summary.bytes += data.length;
      for (const { encoding, suffix } of ENCODINGS) {
        const packed = ENCODE[encoding](data);
        if (packed.length >= data.length) continue;
        if (encoding === "br") summary.brotliBytes += packed.length;
        const tmp = `${path}${suffix}.tmp-${process.pid}`;
        writeFileSync(tmp, packed);
        renameSync(tmp, path + suffix);
      }
    }
  }
  return summary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = compressBuild(process.argv[2] ?? (process.env.FINSAM_SITE_OUT || "dist"));
  process.stderr.write(
    `compressed ${s.files} files: ${(s.bytes / 1e6).toFixed(1)} MB → ${(s.brotliBytes / 1e6).toFixed(1)} MB brotli\n`,
  );
}
