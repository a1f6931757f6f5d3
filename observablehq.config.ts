import { existsSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { PAGE_KINDS, pageIds } from "./loaders/site/pagePaths.ts";
import type { Query } from "./loaders/site/queryWarehouse.ts";
import { chunkPaths } from "./loaders/site/writePageData.ts";

// Observable Framework configuration. Offline build: no Google Fonts, no CDN imports
// (see README, "Site"); the footer has no build date so builds are reproducible.
// FINSAM_SITE_ROOT / FINSAM_SITE_OUT let the synthetic-corpus test build a copy elsewhere.
const output = process.env.FINSAM_SITE_OUT || "dist";
const root = process.env.FINSAM_SITE_ROOT ?? "src";

export default {
  title: "finsam-compare",
  root,
  output,
  // `lang`, `skipLink` and `sidebarToggleLabel` reach the pages through
  // patches/@observablehq+framework+1.13.4.patch (Framework 1.13 ignores `lang` and has no skip link).
  lang: "sv-SE",
  skipLink: "Hoppa till innehållet",
  sidebarToggleLabel: "Visa eller dölj menyn",
  globalStylesheets: [],
  style: "style.css",
  // An inline icon, so the browser's own favicon request finds something (no 404 in the console).
  head: `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0072B2"/><path d="M4 12V4h7M4 8h5" stroke="#fff" stroke-width="2" fill="none"/></svg>')}">`,
  footer:
    'finsam-compare – öppna data om samordningsförbund. Källor: förbundens årsredovisningar och protokoll. <a href="/tillganglighet">Tillgänglighetsredogörelse</a>',
  pages: [
    { name: "Översikt", path: "/" },
    { name: "Deltagare", path: "/deltagare" },
    { name: "Resultat", path: "/resultat" },
    { name: "Ekonomi", path: "/ekonomi" },
    { name: "Jämställdhet och jämlikhet", path: "/jamstalldhet" },
    { name: "Förbund", path: "/forbund/" },
    { name: "Medlemsdialog", path: "/medlemsdialog/" },
    { name: "Beslut", path: "/beslut" },
    { name: "Datakvalitet", path: "/datakvalitet" },
    { name: "Källor", path: "/kallor/" },
    { name: "Data", path: "/oppna-data" },
    { name: "Kodbok", path: "/kodbok" },
  ],
  search: false,
  // Framework's own labels are English; the UI is Swedish.
  toc: { label: "Innehåll" },
  pager: false,
  dynamicPaths,
};

/**
 * One page per federation, read from the warehouse the site is built from, and the data chunks
 * the document and member pages fetch by id, as writePageData.ts wrote them (Framework copies a
 * listed file as it is; loaders/site/pagePaths.ts).
 */
async function* dynamicPaths(): AsyncGenerator<string> {
  yield* chunkPaths(root);
  const file = process.env.FINSAM_WAREHOUSE ?? "data/warehouse.duckdb";
  if (!existsSync(file)) return;
  const instance = await DuckDBInstance.create(file, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  const query: Query = async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJson();
  try {
    for (const kind of PAGE_KINDS) for (const id of await pageIds(query, kind)) yield `/${kind.route}/${id}`;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
