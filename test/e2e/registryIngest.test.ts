/**
 * A new user's path with an id that spells nothing: add-federation, then ingest, in a throwaway
 * project holding two neighbouring federations. The registry's name reaches the document's
 * extraction (the own column is read, the neighbour's never), and `extract` over the project reads
 * the registries too, so re-extracting gives the bytes ingest wrote (in one thread and in two).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths, type Paths } from "../../loaders/config/paths.ts";
import { addFederation } from "../../loaders/ingest/addFederation.ts";
import { ingestDocument } from "../../loaders/ingest/ingestDocument.ts";
import { runExtract } from "../../loaders/extract/runExtract.ts";

const TABLE = [
  "Årsredovisning 2024",
  "",
  "Nyckeltal 2024                       Västra Lönnmo    Östra Lönnmo",
  "Deltagare totalt                               140             121",
  "Nya deltagare                                   71              64",
  "Avslutade deltagare                             66              50",
  "",
];

const members = (town: string) => [
  `${town} kommun=municipality`,
  "Region Ekmark=region",
  "Försäkringskassan=social_insurance_agency",
  "Arbetsförmedlingen=employment_service",
];

let root: string;
let paths: Paths;
const extracted = (fed: string) => readFileSync(join(paths.extracted, fed, "2024-annual-report.json"), "utf8");
const counts = (fed: string) =>
  (JSON.parse(extracted(fed)) as { facts: { table: string; value?: number; intervention?: string | null }[] }).facts
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => f.value);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "finsam-registry-"));
  for (const dir of ["data/sources", "data/federations", "data/extracted", "data/curated"])
    mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, "data/sources/manifest.yaml"), "documents: []\n");
  paths = projectPaths(root);
  const file = join(root, "nyckeltal-2024.txt");
  writeFileSync(file, `${TABLE.join("\n")}\n`);
  const west = { name: "Samordningsförbundet Västra Lönnmo", county: "Ekmarks län", members: members("Lönnmo") };
  const east = { name: "Samordningsförbundet Östra Lönnmo", county: "Ekmarks län", members: members("Grävika") };
  await addFederation(paths, { id: "fed07", ...west });
  await addFederation(paths, { id: "fed08", ...east });
  await ingestDocument(paths, { file, federation: "fed07", kind: "annual_report", year: "2024" });
  await ingestDocument(paths, { file, federation: "fed08", kind: "annual_report", year: "2024" });
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("ingest under an id that spells nothing", () => {
  it("reads the column the registered name heads (must fire)", () => {
    expect(counts("fed07")).toEqual([140, 71, 66]);
  });

  it("never reads the neighbour's column, though the project registers the neighbour too (must not fire)", () => {
    expect(counts("fed07")).not.toContain(121);
    expect(counts("fed08")).toEqual([121, 64, 50]);
  });

  it("extract reads the registries as ingest does: the same bytes again", async () => {
    const before = [extracted("fed07"), extracted("fed08")];
    await runExtract(paths, undefined, () => {}, 1);
    expect([extracted("fed07"), extracted("fed08")]).toEqual(before);
    await runExtract(paths, undefined, () => {}, 2);
    expect([extracted("fed07"), extracted("fed08")]).toEqual(before);
  }, 60_000);
});
