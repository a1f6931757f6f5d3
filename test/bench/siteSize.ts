/**
 * What a built site holds, for the scale bench: the pages Framework rendered (the forwarding
 * pages of old addresses apart) and the largest data file a page fetches, raw and as the
 * brotli copy the server sends (issue 21: every page's data ≤ 1 MB). The open-data export
 * (`data/`, downloads rather than page data) is not counted.
 */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { join, relative } from "node:path";

export interface SiteSize {
  pages: number;
  redirects: number;
  /** The largest `.json` a page fetches: its path in the site, bytes, and its `.br` copy's bytes. */
  largest: { file: string; bytes: number; brotli: number } | null;
}

export function siteSize(out: string): SiteSize {
  const size: SiteSize = { pages: 0, redirects: 0, largest: null };
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true }) as Dirent[]) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(out, path);
    if (file.startsWith("data/")) continue;
    if (entry.name.endsWith(".html")) {
      const bytes = statSync(path).size;
      if (bytes < 1024 && readFileSync(path, "utf8").includes("Sidan har flyttat")) size.redirects++;
      else size.pages++;
    } else if (entry.name.endsWith(".json")) {
      const bytes = statSync(path).size;
      if (bytes > (size.largest?.bytes ?? -1))
        size.largest = { file, bytes, brotli: existsSync(`${path}.br`) ? statSync(`${path}.br`).size : bytes };
    }
  }
  return size;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(`${JSON.stringify(siteSize(process.argv[2]!))}\n`);
