/** One file ingested as two of a federation's documents (another year, another kind) is refused. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { addFederation } from "../../loaders/ingest/addFederation.ts";
import { ingestDocument } from "../../loaders/ingest/ingestDocument.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-twin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the same file as a second document", () => {
  it("is refused within a federation, and taken for another federation (a joint report: must not fire)", async () => {
    const paths = projectPaths(dir);
    for (const [id, name] of [
      ["alvmo", "Samordningsförbundet Älvmo"],
      ["backby", "Samordningsförbundet Bäckby"],
    ])
      await addFederation(paths, { id: id!, name: name!, county: "Älvmo län", members: ["Åby kommun=municipality"] });
    const file = join(dir, "rapport.txt");
    writeFileSync(file, "Verksamheten under året\n\nUnder året deltog 102 personer i förbundets insatser.\n");
    const args = { file, federation: "alvmo", kind: "annual_report", year: "2024" };
    await ingestDocument(paths, args);
    await expect(ingestDocument(paths, { ...args, year: "2023" })).rejects.toThrow(
      /already ingested as alvmo\/2024-annual-report .*same sha256/,
    );
    expect((await ingestDocument(paths, args)).status).toBe("unchanged");
    expect((await ingestDocument(paths, { ...args, federation: "backby" })).status).toBe("added");
  }, 60_000);
});

describe("curate on minutes", () => {
  it("says minutes have no core figures, instead of listing nothing; a report opens (must not fire)", async () => {
    const { openDocument } = await import("../../loaders/review/reviewDocument.ts");
    const paths = projectPaths(dir);
    const file = join(dir, "protokoll.txt");
    writeFileSync(file, "Protokoll styrelsen\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n");
    await ingestDocument(paths, {
      file,
      federation: "alvmo",
      kind: "board_minutes",
      year: "2024",
      date: "2024-11-14",
    });
    await expect(openDocument(paths, "alvmo/2024-11-14-board-minutes")).rejects.toThrow(
      /is board minutes: core figures are an annual report's/,
    );
    expect((await openDocument(paths, "alvmo/2024-annual-report")).entry.kind).toBe("annual_report");
  }, 60_000);
});
