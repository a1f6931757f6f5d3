import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The pipeline flows one way: a module may import its own layer or a lower one, never a higher one.
// Imports are read with TypeScript's own pre-processor, so dynamic `import()` and `export … from` count too.
const LOADERS = path.resolve(import.meta.dirname, "../../loaders");

const LAYERS: ReadonlyArray<readonly [prefix: string, rank: number]> = [
  ["config/", 0],
  ["schema/", 0],
  ["reference/", 0],
  ["input/", 1],
  ["extract/", 2],
  ["normalize/", 3],
  ["warehouse/", 4],
  ["export/", 5],
  ["site/", 5],
  ["ingest/", 6],
  // curate and review: a person completes a document's figures (the same rank as ingest).
  ["review/", 6],
  // The national-scale corpus generator: a tool beside ingest, never part of a load.
  ["synth/", 6],
  ["progress.ts", 7],
  ["cli.ts", 7],
  ["serve.ts", 7],
];

function layerOf(file: string): number {
  const layer = LAYERS.find(([prefix]) => file === prefix || file.startsWith(prefix));
  if (!layer) throw new Error(`loaders/${file} is in no layer; add its folder to LAYERS`);
  return layer[1];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

interface Import {
  from: string;
  to: string;
}

/** Every module under loaders/ and the modules it imports, each pair once, as paths relative to loaders/. */
function loaderImports(): Import[] {
  const pairs = sourceFiles(LOADERS).flatMap((from) => {
    const text = readFileSync(path.join(LOADERS, from), "utf8");
    return ts
      .preProcessFile(text, true, true)
      .importedFiles.map((ref) => ref.fileName)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => ({
        from,
        to: path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)),
      }));
  });
  // A module that imports a value and re-exports a type from the same file is one dependency.
  return [...new Map(pairs.map((p) => [`${p.from} ${p.to}`, p])).values()];
}

/** Imports that leave loaders/ (a relative path up out of it: test/, bench/, scripts): the pipeline needs none. */
function outsideImports(imports: readonly Import[]): Import[] {
  return imports.filter(({ to }) => to.startsWith("../"));
}

function upwardImports(imports: readonly Import[]): Import[] {
  return imports.filter(({ from, to }) => !to.startsWith("../") && layerOf(to) > layerOf(from));
}

/** The general extract layers read any federation's report, so they never lean on one template. */
function generalOnTemplate(imports: readonly Import[]): Import[] {
  return imports.filter(({ from, to }) => from.startsWith("extract/general/") && to.startsWith("extract/templates/"));
}

const shown = (imports: readonly Import[]) => imports.map(({ from, to }) => `${from} → ${to}`);

describe("import direction under loaders/", () => {
  const imports = loaderImports();

  it("finds the imports it checks", () => expect(imports.length).toBeGreaterThan(100));

  it("has no import that runs back up the pipeline", () => expect(shown(upwardImports(imports))).toEqual([]));

  it("imports nothing from outside loaders/ (test/ may import loaders, never the reverse)", () =>
    expect(shown(outsideImports(imports))).toEqual([]));

  it("keeps the general extract layers free of any template", () =>
    expect(shown(generalOnTemplate(imports))).toEqual([]));

  it("flags an upward import, not a downward or sideways one", () =>
    expect(
      shown(
        upwardImports([
          { from: "reference/coreFigures.ts", to: "normalize/resolveNames.ts" },
          { from: "normalize/buildRows.ts", to: "reference/codes.ts" },
          { from: "export/exportDataset.ts", to: "site/queryWarehouse.ts" },
        ]),
      ),
    ).toEqual(["reference/coreFigures.ts → normalize/resolveNames.ts"]));

  it("flags an import from test/, not one within loaders/", () =>
    expect(
      shown(
        outsideImports([
          { from: "synth/synthCorpus.ts", to: "../test/styles/generator/generate.ts" },
          { from: "synth/synthCorpus.ts", to: "synth/styles/generate.ts" },
        ]),
      ),
    ).toEqual(["synth/synthCorpus.ts → ../test/styles/generator/generate.ts"]));

  it("flags a general layer importing a template, not a template importing a general layer", () =>
    expect(
      shown(
        generalOnTemplate([
          { from: "extract/general/sectionScope.ts", to: "extract/templates/kalmar/findAppendices.ts" },
          { from: "extract/templates/kalmar/parseAnnualReport.ts", to: "extract/general/parseStatements.ts" },
        ]),
      ),
    ).toEqual(["extract/general/sectionScope.ts → extract/templates/kalmar/findAppendices.ts"]));

  it("refuses a module in no layer, so a new folder must be placed", () =>
    expect(() => layerOf("tools/newStep.ts")).toThrow(/in no layer/));
});
