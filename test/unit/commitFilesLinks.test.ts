/** A change never writes through a folder of data/ that is a symbolic link: it would land outside the project. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { commitFiles } from "../../loaders/ingest/commitFiles.ts";
import { RefusedError } from "../../loaders/ingest/refusedError.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-links-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("commitFiles and symbolic links", () => {
  it("refuses a write through a linked folder, naming the link, and writes nothing", async () => {
    const root = join(dir, "project");
    const outside = join(dir, "outside");
    mkdirSync(join(root, "data", "sources"), { recursive: true });
    mkdirSync(outside);
    symlinkSync(outside, join(root, "data", "sources", "alvmo"));
    const paths = projectPaths(root);
    const change = commitFiles(paths, "test", [
      { file: join(root, "data", "extracted", "alvmo", "x.json"), data: "{}" },
      { file: join(root, "data", "sources", "alvmo", "x.txt"), data: "text" },
    ]);
    await expect(change).rejects.toThrow(RefusedError);
    await expect(
      commitFiles(paths, "test", [{ file: join(root, "data", "sources", "alvmo", "x.txt"), data: "text" }]),
    ).rejects.toThrow(/data\/sources\/alvmo is a symbolic link \(to .*outside\)/);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(root, "data", "extracted"))).toBe(false);
  });

  it("writes through real folders, new ones included (must not fire)", async () => {
    const root = join(dir, "plain");
    mkdirSync(join(root, "data"), { recursive: true });
    await commitFiles(projectPaths(root), "test", [
      { file: join(root, "data", "sources", "alvmo", "x.txt"), data: "t" },
    ]);
    expect(existsSync(join(root, "data", "sources", "alvmo", "x.txt"))).toBe(true);
  });
});

describe("curate and a linked curated folder", () => {
  it("refuses to open the document's curated file through a link, and opens it in a real folder (must not fire)", async () => {
    const { writeFileSync, renameSync } = await import("node:fs");
    const { addFederation } = await import("../../loaders/ingest/addFederation.ts");
    const { ingestDocument } = await import("../../loaders/ingest/ingestDocument.ts");
    const { openDocument } = await import("../../loaders/review/reviewDocument.ts");
    const root = join(dir, "curated-link");
    mkdirSync(root);
    const paths = projectPaths(root);
    await addFederation(paths, {
      id: "alvmo",
      name: "Samordningsförbundet Älvmo",
      county: "Älvmo län",
      members: ["Åby kommun=municipality"],
    });
    const file = join(root, "ar.txt");
    writeFileSync(file, "Årsredovisning 2024\n\nUnder året deltog 102 personer i förbundets insatser.\n");
    await ingestDocument(paths, { file, federation: "alvmo", kind: "annual_report", year: "2024" });
    expect((await openDocument(paths, "alvmo/2024-annual-report")).documentId).toBe("alvmo/2024-annual-report");
    const elsewhere = join(dir, "curated-elsewhere");
    renameSync(join(paths.curated, "alvmo"), elsewhere);
    symlinkSync(elsewhere, join(paths.curated, "alvmo"));
    await expect(openDocument(paths, "alvmo/2024-annual-report")).rejects.toThrow(
      /data\/curated\/alvmo is a symbolic link/,
    );
  }, 60_000);
});
