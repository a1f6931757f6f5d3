/**
 * Record files a system writes rather than a person (`sieFiles.ts`: an SIE 4 accounting file;
 * `statusRecords.ts`: a long-format export with a status column; `fixedRecords.ts`: fixed-length
 * records under a stated layout; `rConsole.ts`: rendered R Markdown), read
 * as the accounts and counts they hold: each decoder checks its format on the first lines (a text in
 * no such format costs one look), blanks the records for every other reader and sets out what holds
 * as long-format tables, each row citing its record's line. Pure.
 */
import { sieFile } from "./sieFiles.ts";
import { statusRecords } from "./statusRecords.ts";
import { fixedRecords } from "./fixedRecords.ts";
import { rConsole } from "./rConsole.ts";
import type { XmlData } from "./structuredData.ts";

/** The document's record files decoded, blocks placed where their records stood; undefined where there is none. */
export function recordFiles(lines: readonly string[], reportYear?: number): XmlData | undefined {
  let out: XmlData | undefined;
  for (const decode of [sieFile, statusRecords, fixedRecords, (l: readonly string[]) => rConsole(l, reportYear)]) {
    const got = decode(out?.lines ?? lines);
    if (!got) continue;
    out = { lines: got.lines, blocks: new Map([...(out?.blocks ?? []), ...got.blocks]) };
  }
  return out;
}
