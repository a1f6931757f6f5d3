/**
 * Post-build step: the documents and members were one page each at /kallor/<id> and
 * /medlemsdialog/<id>; now one page shows them all by `?id=` (pagePaths.ts). So that links
 * kept elsewhere still work on any static host, write a small page at every old address that
 * forwards to the new one, keeping the line asked for (#L12). One per data chunk in the build.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CHUNK_KINDS, CHUNK_ROOT } from "./pagePaths.ts";
import { chunkPaths } from "./writePageData.ts";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The forwarding page for one id: a script keeps the #L line; without scripts, the refresh (in
 * <noscript>, so it never races the script's navigation) and the link still lead there.
 */
export function redirectPage(target: string): string {
  const href = escapeHtml(target);
  return `<!doctype html>
<html lang="sv-SE"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<title>Sidan har flyttat</title>
<script>location.replace(${JSON.stringify(target).replace(/</g, "\\u003c")} + location.hash)</script>
<noscript><meta http-equiv="refresh" content="0; url=${href}"></noscript>
</head><body><p>Sidan har flyttat till <a href="${href}">${href}</a>.</p></body></html>
`;
}

export function writeRedirects(out: string): number {
  let written = 0;
  for (const kind of CHUNK_KINDS) {
    const prefix = `/${CHUNK_ROOT}/${kind.folder}/`;
    for (const path of chunkPaths(out)) {
      if (!path.startsWith(prefix)) continue;
      const id = path.slice(prefix.length, -".json".length);
      const file = join(out, kind.folder, `${id}.html`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, redirectPage(`${kind.page}?id=${encodeURIComponent(id).replaceAll("%2F", "/")}`));
      written++;
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = writeRedirects(process.argv[2] ?? (process.env.FINSAM_SITE_OUT || "dist"));
  process.stderr.write(`redirects: ${n} old page addresses forward to their page\n`);
}
