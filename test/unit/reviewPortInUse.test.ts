/** `review --port` on a port another program holds: a clear refusal, and the curated file's lock given back. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { addFederation } from "../../loaders/ingest/addFederation.ts";
import { ingestDocument } from "../../loaders/ingest/ingestDocument.ts";
import { startReview } from "../../loaders/review/reviewServer.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-review-port-"));
let holder: Server | undefined;
afterAll(() => {
  holder?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("review on a port in use", () => {
  it("fails with EADDRINUSE and leaves no lock behind; a free port still works (must not fire)", async () => {
    const paths = projectPaths(dir);
    await addFederation(paths, {
      id: "alvmo",
      name: "Samordningsförbundet Älvmo",
      county: "Älvmo län",
      members: ["Älvmo kommun=municipality=Älvmo"],
    });
    const report = join(dir, "ar.txt");
    writeFileSync(report, "Årsredovisning 2024\n\nUnder året deltog 102 personer i förbundets insatser.\n");
    await ingestDocument(paths, { file: report, federation: "alvmo", kind: "annual_report", year: "2024" });
    holder = createServer();
    await new Promise<void>((resolve) => holder!.listen(0, "127.0.0.1", () => resolve()));
    const port = (holder.address() as { port: number }).port;
    const lock = join(paths.curated, "alvmo", "2024-annual-report.yaml.lock");
    await expect(startReview(paths, "alvmo/2024-annual-report", { port, load: async () => "" })).rejects.toThrow(
      /EADDRINUSE/,
    );
    expect(existsSync(lock)).toBe(false);
    const session = await startReview(paths, "alvmo/2024-annual-report", { port: 0, load: async () => "" });
    expect(existsSync(lock)).toBe(true);
    await session.close();
    expect(existsSync(lock)).toBe(false);
  }, 60_000);
});
