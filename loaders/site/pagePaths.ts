/**
 * The site's pages that depend on the warehouse's contents, read from the warehouse.
 * - One Framework page per federation (PAGE_KINDS: 75 nationally); observablehq.config.ts lists
 *   them as dynamic paths and writePageData.ts writes their data, so both come from the same queries.
 * - One page for all documents (/kallor/dokument?id=…) and one for all members
 *   (/medlemsdialog/medlem?id=…) (CHUNK_KINDS): Framework renders each once, and the page fetches
 *   the one id's data chunk, `/pagedata/<folder>/<id>.json`, written by writePageData.ts. A page
 *   per document would cost Framework ~0.2 s CPU each, over 10 minutes for the 3 400 documents
 *   of 75 federations × 15 years; the chunks are plain files it only copies.
 * FINSAM_DYNAMIC_LIMIT caps the federation pages (the synthetic 80-federation test builds a sample).
 */
import type { FederationBatch } from "./federationBatches.ts";
import type { Query } from "./queryWarehouse.ts";
import { documentPages } from "./pages/documentPage.ts";
import { federationPage } from "./pages/federationPage.ts";
import { memberPages } from "./pages/memberPage.ts";

export interface PageKind {
  /** The URL folder; the page is `/<route>/<id>` and its data file `<route>/<id>.json`. */
  route: string;
  /** The ids in a stable order. */
  ids: string;
  data: (q: Query, id: string) => Promise<unknown>;
}

export const PAGE_KINDS: readonly PageKind[] = [
  { route: "forbund", ids: `SELECT federation_id AS id FROM federation`, data: federationPage },
];

/** The folder below the site root (and URL) that holds the data chunks pages fetch by id. */
export const CHUNK_ROOT = "pagedata";

export interface ChunkKind {
  /** The chunk's folder below CHUNK_ROOT; a chunk is `<folder>/<id>.json`. */
  folder: string;
  /** The page that shows one chunk, given `?id=<id>`; the old address `/<folder>/<id>` leads there. */
  page: string;
  /**
   * The chunks as JSON by id (a member's and a document's id is `<federation>/<name>`), in
   * batches small enough to hold in memory: the documents a federation at a time, the members a
   * batch of federations at a time (federationBatches.ts).
   */
  batches: (q: Query, federations: readonly FederationBatch[]) => AsyncGenerator<Map<string, string>>;
}

export const CHUNK_KINDS: readonly ChunkKind[] = [
  {
    folder: "kallor",
    page: "/kallor/dokument",
    batches: async function* (q, federations) {
      for (const batch of federations) for (const id of batch.ids) yield await documentPages(q, id);
    },
  },
  {
    folder: "medlemsdialog",
    page: "/medlemsdialog/medlem",
    batches: async function* (q, federations) {
      for (const batch of federations) yield await memberPages(q, batch);
    },
  },
];

function limit(): string {
  const n = process.env.FINSAM_DYNAMIC_LIMIT;
  if (n === undefined || n === "") return "";
  if (!/^\d+$/.test(n)) throw new Error(`FINSAM_DYNAMIC_LIMIT must be a whole number, not "${n}"`);
  return ` LIMIT ${Number(n)}`;
}

/** One or two path segments of letters, digits, `.`, `_`, `-`, none of them `.` or `..`. */
const SAFE_ID = /^(?!\.)[\p{L}\p{N}._-]+(\/(?!\.)[\p{L}\p{N}._-]+)?$/u;

/** An id that is no safe path is an error: it would name a file outside its folder. */
export function checkSafeId(route: string, id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`site data: ${route} id ${JSON.stringify(id)} is not a safe page path`);
  return id;
}

/** The ids of one kind of page, sorted, capped by FINSAM_DYNAMIC_LIMIT. */
export async function pageIds(q: Query, kind: PageKind): Promise<string[]> {
  const ids = (await q(`SELECT id FROM (${kind.ids}) ORDER BY id${limit()}`)).map((r) => String(r.id));
  return ids.map((id) => checkSafeId(kind.route, id));
}
