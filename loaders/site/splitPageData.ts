/**
 * Cross-federation pages at national scale: a page shows one federation at a time (and compares
 * them on a few aggregated figures), so its long lists of rows go into one chunk per federation,
 * `/pagedata/<folder>/<federation>.json`, fetched when that federation is chosen; the page's own
 * data file keeps the rest (names, labels, the aggregates) and, per split list, which federations
 * have rows in it (`reporting`), so the page can offer and preselect them. 75 federations × 15
 * years make these lists tens of MB; each chunk is one federation's share.
 */
import { comparisonData } from "./comparison.ts";
import { decisionsData } from "./pages/decisionsData.ts";
import { economyData } from "./pages/economyData.ts";
import { equityData } from "./pages/equityData.ts";
import { outcomesData } from "./pages/outcomesData.ts";
import { participantsData } from "./pages/participantsData.ts";
import { sourcesData } from "./pages/sourcesData.ts";
import { warehouseData } from "./pages/warehouseData.ts";
import { emit, withWarehouse, type Query } from "./queryWarehouse.ts";

export interface SplitPage {
  /** The chunk folder below pagedata/, one chunk per federation. */
  folder: string;
  /** The page's data file in the site root (a static file wins over its loader `<file>.ts`). */
  file: string;
  data: (q: Query) => Promise<Record<string, unknown>>;
  /** The lists of rows with a federation_id that go into the federations' chunks. */
  split: readonly string[];
}

export const SPLIT_PAGES: readonly SplitPage[] = [
  { folder: "deltagare", file: "data/participants.json", data: participantsData, split: ["counts", "utilisation"] },
  {
    folder: "resultat",
    file: "data/outcomes.json",
    data: outcomesData,
    split: ["breakdown", "exited", "targets", "reported", "rates", "federationRates"],
  },
  {
    folder: "ekonomi",
    file: "data/economy.json",
    data: economyData,
    split: ["finance", "contributions", "funding", "costSplit", "federationBudget", "paidByPayer"],
  },
  {
    folder: "jamstalldhet",
    file: "data/equity.json",
    data: equityData,
    split: ["byGender", "background", "survey", "paysReceives"],
  },
  { folder: "beslut", file: "data/decisions.json", data: decisionsData, split: ["decisions", "allocations"] },
  { folder: "kallor-index", file: "data/sources.json", data: sourcesData, split: ["documents"] },
  { folder: "datakvalitet", file: "data/warehouse.json", data: warehouseData, split: ["core"] },
  // The trends of every comparable measure; the pages fetch the federations chosen.
  { folder: "jamforelse", file: "data/comparison.json", data: comparisonData, split: ["measures"] },
];

type Row = Record<string, unknown>;

/** The page's data file without the split lists, and each federation's chunk (every federation has one). */
export function splitByFederation(
  data: Record<string, unknown>,
  split: readonly string[],
  federationIds: readonly string[],
): { summary: Record<string, unknown>; chunks: Map<string, Record<string, Row[]>> } {
  const chunks = new Map(federationIds.map((id) => [id, Object.fromEntries(split.map((k) => [k, [] as Row[]]))]));
  const summary: Record<string, unknown> = { ...data, reporting: {} };
  for (const key of split) {
    const rows = data[key];
    if (!Array.isArray(rows)) throw new Error(`site data: "${key}" is not a list of rows`);
    delete summary[key];
    for (const row of rows as Row[]) {
      const chunk = chunks.get(String(row.federation_id));
      if (!chunk) throw new Error(`site data: a "${key}" row of unknown federation ${String(row.federation_id)}`);
      chunk[key]!.push(row);
    }
    (summary.reporting as Record<string, Row[]>)[key] = federationIds
      .filter((id) => chunks.get(id)![key]!.length > 0)
      .map((federation_id) => ({ federation_id }));
  }
  return { summary, chunks };
}

/** The federation ids a page's data names (its `federations` list). */
export function federationIdsOf(data: Record<string, unknown>): string[] {
  return (data.federations as Row[]).map((f) => String(f.federation_id));
}

/** A split page's data file, for its loader (the preview; the build writes it in writePageData.ts). */
export async function emitSplitPage(folder: string): Promise<void> {
  const page = SPLIT_PAGES.find((p) => p.folder === folder);
  if (!page) throw new Error(`site data: no split page "${folder}"`);
  const data = await withWarehouse(page.data);
  emit(splitByFederation(data, page.split, federationIdsOf(data)).summary);
}
