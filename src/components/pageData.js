// The document and member pages are one Framework page each: the id in the address (?id=…)
// names the data chunk to fetch, /pagedata/<folder>/<id>.json, written before the build by
// loaders/site/writePageData.ts and copied into the site by Framework.

/** The same rule as loaders/site/pagePaths.ts: one or two path segments, none starting with a dot. */
const SAFE_ID = /^(?!\.)[\p{L}\p{N}._-]+(\/(?!\.)[\p{L}\p{N}._-]+)?$/u;

/** The page's `?id=`, or null when there is none or it is no id. */
export function pageId() {
  const id = new URLSearchParams(location.search).get("id");
  return id !== null && SAFE_ID.test(id) ? id : null;
}

/** The chunk of `folder` for `id`, or null when the warehouse has no such id. */
export async function pageChunk(folder, id) {
  if (id === null) return null;
  const path = `pagedata/${folder}/${id.split("/").map(encodeURIComponent).join("/")}.json`;
  // The built site has the chunk at its path; the preview server (npm run dev) under /_file/.
  for (const url of [`/${path}`, `/_file/${path}`]) {
    const response = await fetch(url);
    if (response.ok) return response.json();
    if (response.status !== 404) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  }
  return null;
}

/** The comparable measures over the years (the trends) of the federations chosen, from their chunks. */
export async function trendRows(chosen) {
  const chunks = await Promise.all(chosen.map((id) => pageChunk("jamforelse", id)));
  return chunks.flatMap((c) => c?.measures ?? []);
}
