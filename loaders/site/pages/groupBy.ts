/**
 * Rows of a query over many pages, each carrying its page's id as `key` (and ordered by it
 * first), split into one list per page with the key removed; the order within a page is kept.
 */
export function groupBy(rows: readonly Record<string, unknown>[]): Map<string, Record<string, unknown>[]> {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const { key, ...row } of rows) {
    const id = String(key);
    let list = groups.get(id);
    if (!list) groups.set(id, (list = []));
    list.push(row);
  }
  return groups;
}
