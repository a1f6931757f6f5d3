/**
 * Build pre-step, in one process and one DuckDB session: write every federation page's data
 * file into the site root; every document's and member's data chunk into `<root>/pagedata/`
 * (pagePaths.ts); and the cross-federation pages' data files with one chunk per federation
 * (splitPageData.ts). Framework would otherwise start one tsx + DuckDB process per page or
 * loader; a static `<id>.json` beside a page (or `data/x.json` beside `x.json.ts`) wins over its
 * loader, so the pages read these files. Chunks are queried a federation or a batch of
 * federations at a time (federationBatches.ts), so the work grows with the data, not with
 * documents × data, and each chunk is written as its batch is read, so the memory held is a
 * batch's, not the country's. Files from an earlier build are removed
 * first, so a federation that left the warehouse leaves nothing behind.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  type Dirent,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { CHUNK_KINDS, CHUNK_ROOT, PAGE_KINDS, checkSafeId, pageIds } from "./pagePaths.ts";
import { withWarehouse } from "./queryWarehouse.ts";
import { federationBatches } from "./federationBatches.ts";
import { SPLIT_PAGES, writeSplitPage } from "./splitPageData.ts";

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

/**
 * DuckDB's share of the step's memory: with a batch's rows in JavaScript the step peaks at some
 * 0.7 GB at 75 federations × 15 years (1.4 GB before the batches), within the 1 GiB every step keeps to.
 */
const PAGE_DATA_MEMORY = { memoryLimit: "384MB" };

export async function writePageData(siteRoot: string): Promise<Record<string, number>> {
  // Page folders also hold the per-id files of builds from before the chunks.
  for (const route of [...PAGE_KINDS.map((k) => k.route), ...CHUNK_KINDS.map((k) => k.folder)])
    if (existsSync(join(siteRoot, route))) removeWritten(join(siteRoot, route));
  rmSync(join(siteRoot, CHUNK_ROOT), { recursive: true, force: true });
  for (const page of SPLIT_PAGES) rmSync(join(siteRoot, page.file), { force: true });
  return withWarehouse(async (q) => {
    const written: Record<string, number> = {};
    for (const kind of PAGE_KINDS) {
      const ids = await pageIds(q, kind);
      for (const id of ids)
        writeAtomic(join(siteRoot, kind.route, `${id}.json`), JSON.stringify(await kind.data(q, id)));
      written[kind.route] = ids.length;
    }
    const federations = await federationBatches(q);
    for (const kind of CHUNK_KINDS) {
      let n = 0;
      for await (const batch of kind.batches(q, federations))
        for (const [id, json] of batch) {
          writeAtomic(join(siteRoot, CHUNK_ROOT, kind.folder, `${checkSafeId(kind.folder, id)}.json`), json);
          n++;
        }
      written[`${CHUNK_ROOT}/${kind.folder}`] = n;
    }
    for (const page of SPLIT_PAGES) {
      let n = 0;
      const summary = await writeSplitPage(q, page, federations, (id, chunk) => {
        writeAtomic(
          join(siteRoot, CHUNK_ROOT, page.folder, `${checkSafeId(page.folder, id)}.json`),
          JSON.stringify(chunk),
        );
        n++;
      });
      writeAtomic(join(siteRoot, page.file), JSON.stringify(summary));
      written[`${CHUNK_ROOT}/${page.folder}`] = n;
    }
    return written;
  }, PAGE_DATA_MEMORY);
}

/** The chunk files below `<siteRoot>/pagedata`, as site paths (`/pagedata/…`), sorted: Framework copies them. */
export function chunkPaths(siteRoot: string): string[] {
  const root = join(siteRoot, CHUNK_ROOT);
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => `/${CHUNK_ROOT}/${relative(root, join(e.parentPath, e.name)).split(sep).join("/")}`)
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = await writePageData(process.env.FINSAM_SITE_ROOT ?? "src");
  process.stderr.write(
    `page data: ${Object.entries(written)
      .map(([route, n]) => `${n} ${route}`)
      .join(", ")}\n`,
  );
}
