/**
 * Build pre-step: write every dynamic page's data file into the site root in one process and
 * one DuckDB session. Framework would otherwise start one tsx + DuckDB process per page
 * (~0.8 s each, an hour at national scale); a static `<id>.json` beside a page wins over its
 * parameterized loader, so the pages read these files unchanged. Files from an earlier build
 * are removed first, so a federation that left the warehouse leaves no page data behind.
 */
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PAGE_KINDS, pageIds } from "./pagePaths.ts";
import { withWarehouse } from "./queryWarehouse.ts";

/** Written data files are plain `.json` below a kind's folder; the sources there are `.md` and `.json.ts`. */
function removeWritten(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      removeWritten(path);
      // A folder the pre-step made for one federation's files; the `[param]` source folders stay.
      if (!name.startsWith("[") && readdirSync(path).length === 0) rmdirSync(path);
    } else if (name.endsWith(".json") || /\.json\.tmp-\d+$/.test(name)) rmSync(path);
  }
}

function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export async function writePageData(siteRoot: string): Promise<Record<string, number>> {
  for (const kind of PAGE_KINDS) removeWritten(join(siteRoot, kind.route));
  return withWarehouse(async (q) => {
    const written: Record<string, number> = {};
    for (const kind of PAGE_KINDS) {
      const ids = await pageIds(q, kind);
      for (const id of ids)
        writeAtomic(join(siteRoot, kind.route, `${id}.json`), JSON.stringify(await kind.data(q, id)));
      written[kind.route] = ids.length;
    }
    return written;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = await writePageData(process.env.FINSAM_SITE_ROOT ?? "src");
  process.stderr.write(
    `page data: ${Object.entries(written)
      .map(([route, n]) => `${n} ${route}`)
      .join(", ")}\n`,
  );
}
