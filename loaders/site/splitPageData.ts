/**
 * Cross-federation pages at national scale: a page shows one federation at a time (and compares
 * them on a few aggregated figures), so its long lists of rows go into one chunk per federation,
 * `/pagedata/<folder>/<federation>.json`, fetched when that federation is chosen; the page's own
 * data file keeps the rest (names, labels, the aggregates) and, per split list, which federations
 * have rows in it (`reporting`), so the page can offer and preselect them. 75 federations × 15
 * years make these lists tens of MB; each chunk is one federation's share. A page's data is
 * queried in two parts: its summary once, and its lists a batch of federations at a time
 * (federationBatches.ts), each federation's chunk written before the next batch is read.
 */
import { comparisonLists, comparisonSummary } from "./comparison.ts";
import { federationBatches, inBatch, type FederationBatch } from "./federationBatches.ts";
import { decisionsLists, decisionsSummary } from "./pages/decisionsData.ts";
import { economyLists, economySummary } from "./pages/economyData.ts";
import { equityLists, equitySummary } from "./pages/equityData.ts";
import { outcomesLists, outcomesSummary } from "./pages/outcomesData.ts";
import { participantsLists, participantsSummary } from "./pages/participantsData.ts";
import { sourcesLists, sourcesSummary } from "./pages/sourcesData.ts";
import { warehouseLists, warehouseSummary } from "./pages/warehouseData.ts";
import { emit, withWarehouse, type Query } from "./queryWarehouse.ts";

type Row = Record<string, unknown>;

export interface SplitPage {
  /** The chunk folder below pagedata/, one chunk per federation. */
  folder: string;
  /** The page's data file in the site root (a static file wins over its loader `<file>.ts`). */
  file: string;
  /** The page's data file but for `reporting`: names, labels, the aggregates (its `federations` get a chunk each). */
  summary: (q: Query) => Promise<Record<string, unknown>>;
  /** The split lists, rows with a federation_id; the writer passes a `q` that answers for a batch of federations. */
  lists: (q: Query) => Promise<Record<string, Row[]>>;
  /** The lists that go into the federations' chunks, in the chunks' order. */
  split: readonly string[];
  /** Split lists that must have rows (an empty page is refused, as requireRows does). */
  required?: readonly string[];
  /** The lists are read for all federations at once: few rows, and queries too costly to repeat per batch. */
  whole?: boolean;
}

export const SPLIT_PAGES: readonly SplitPage[] = [
  {
    folder: "deltagare",
    file: "data/participants.json",
    summary: participantsSummary,
    lists: participantsLists,
    split: ["counts", "utilisation"],
    required: ["counts"],
  },
  {
    folder: "resultat",
    file: "data/outcomes.json",
    summary: outcomesSummary,
    lists: outcomesLists,
    split: ["breakdown", "exited", "targets", "reported", "rates", "federationRates"],
    required: ["breakdown"],
  },
  {
    folder: "ekonomi",
    file: "data/economy.json",
    summary: economySummary,
    lists: economyLists,
    split: ["finance", "contributions", "funding", "costSplit", "federationBudget", "paidByPayer"],
    required: ["finance"],
  },
  {
    folder: "jamstalldhet",
    file: "data/equity.json",
    summary: equitySummary,
    lists: equityLists,
    split: ["byGender", "background", "survey", "paysReceives"],
  },
  {
    folder: "beslut",
    file: "data/decisions.json",
    summary: decisionsSummary,
    lists: decisionsLists,
    split: ["decisions", "allocations"],
    required: ["decisions"],
  },
  {
    folder: "kallor-index",
    file: "data/sources.json",
    summary: sourcesSummary,
    lists: sourcesLists,
    split: ["documents"],
    required: ["documents"],
  },
  {
    folder: "datakvalitet",
    file: "data/warehouse.json",
    summary: warehouseSummary,
    lists: warehouseLists,
    split: ["core"],
  },
  // The trends of every comparable measure (some 20 000 rows nationally, read a measure at a
  // time: comparison.ts); the pages fetch the federations chosen.
  {
    folder: "jamforelse",
    file: "data/comparison.json",
    summary: comparisonSummary,
    lists: comparisonLists,
    split: ["measures"],
    whole: true,
  },
];

/**
 * A split page, a batch of federations at a time: each federation's chunk goes to `onChunk` as
 * soon as its batch is read (every federation has one, empty lists included), so only a batch's
 * rows are held at once. Returns the page's data file: the summary and, per split list, which
 * federations have rows in it (`reporting`, in the order of the summary's `federations`).
 */
export async function writeSplitPage(
  q: Query,
  page: SplitPage,
  batches: readonly FederationBatch[],
  onChunk: (federationId: string, chunk: Record<string, Row[]>) => void,
): Promise<Record<string, unknown>> {
  const summary = await page.summary(q);
  const federationIds = (summary.federations as Row[]).map((f) => String(f.federation_id));
  const known = new Set(federationIds);
  const hasRows = new Map(page.split.map((key) => [key, new Set<string>()]));
  const all: FederationBatch = { ids: batches.flatMap((b) => b.ids), after: null, through: null };
  for (const batch of page.whole ? [all] : batches) {
    const lists = await page.lists(inBatch(q, batch));
    const chunks = new Map(batch.ids.map((id) => [id, Object.fromEntries(page.split.map((k) => [k, [] as Row[]]))]));
    for (const key of page.split) {
      const rows = lists[key];
      if (!Array.isArray(rows)) throw new Error(`site data: "${key}" is not a list of rows`);
      for (const row of rows) {
        const id = String(row.federation_id);
        const chunk = chunks.get(id);
        if (!chunk || !known.has(id)) throw new Error(`site data: a "${key}" row of unknown federation ${id}`);
        chunk[key]!.push(row);
        hasRows.get(key)!.add(id);
      }
    }
    for (const [id, chunk] of chunks) onChunk(id, chunk);
  }
  for (const key of page.required ?? [])
    if (hasRows.get(key)!.size === 0)
      throw new Error(`site data: "${key}" is empty; is the warehouse loaded? (npm run load)`);
  const reporting = Object.fromEntries(
    page.split.map((key) => [
      key,
      federationIds.filter((id) => hasRows.get(key)!.has(id)).map((federation_id) => ({ federation_id })),
    ]),
  );
  return { ...summary, reporting };
}

/** A split page's data file, for its loader (the preview; the build writes it in writePageData.ts). */
export async function emitSplitPage(folder: string): Promise<void> {
  const page = SPLIT_PAGES.find((p) => p.folder === folder);
  if (!page) throw new Error(`site data: no split page "${folder}"`);
  emit(await withWarehouse(async (q) => writeSplitPage(q, page, await federationBatches(q), () => {})));
}
