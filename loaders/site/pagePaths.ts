/**
 * The site's dynamic pages, read from the warehouse: one per federation, per member (not the
 * state pseudo-member) and per document. observablehq.config.ts lists them as dynamic paths and
 * writePageData.ts writes their data, so both come from the same queries.
 * FINSAM_DYNAMIC_LIMIT caps each kind (the synthetic 80-federation test builds a sample).
 */
import type { Query } from "./queryWarehouse.ts";
import { documentPage } from "./pages/documentPage.ts";
import { federationPage } from "./pages/federationPage.ts";
import { memberPage } from "./pages/memberPage.ts";

export interface PageKind {
  /** The URL folder; the page is `/<route>/<id>` and its data file `<route>/<id>.json`. */
  route: string;
  /** The ids in a stable order (a member's and a document's id is `<federation>/<name>`). */
  ids: string;
  data: (q: Query, id: string) => Promise<unknown>;
}

export const PAGE_KINDS: readonly PageKind[] = [
  { route: "forbund", ids: `SELECT federation_id AS id FROM federation`, data: federationPage },
  { route: "medlemsdialog", ids: `SELECT member_id AS id FROM member WHERE member_type <> 'state'`, data: memberPage },
  { route: "kallor", ids: `SELECT document_id AS id FROM document`, data: documentPage },
];

function limit(): string {
  const n = process.env.FINSAM_DYNAMIC_LIMIT;
  if (n === undefined || n === "") return "";
  if (!/^\d+$/.test(n)) throw new Error(`FINSAM_DYNAMIC_LIMIT must be a whole number, not "${n}"`);
  return ` LIMIT ${Number(n)}`;
}

/** One or two path segments of letters, digits, `.`, `_`, `-`, none of them `.` or `..`. */
const SAFE_ID = /^(?!\.)[\p{L}\p{N}._-]+(\/(?!\.)[\p{L}\p{N}._-]+)?$/u;

/** The ids of one kind of page, sorted, capped by FINSAM_DYNAMIC_LIMIT; an id that is no safe path is an error. */
export async function pageIds(q: Query, kind: PageKind): Promise<string[]> {
  const ids = (await q(`SELECT id FROM (${kind.ids}) ORDER BY id${limit()}`)).map((r) => String(r.id));
  const unsafe = ids.find((id) => !SAFE_ID.test(id));
  if (unsafe !== undefined)
    throw new Error(`site data: ${kind.route} id ${JSON.stringify(unsafe)} is not a safe page path`);
  return ids;
}
