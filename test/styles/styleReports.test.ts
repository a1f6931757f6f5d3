/**
 * Issue 14 ("Any federation's report"), checked from outside: for each style document under
 * test/fixtures/styles/, a fresh FINSAM_ROOT, then exactly the commands a new user runs
 * (add-federation, ingest, load), then the warehouse compared with the hand-made truth.yaml:
 * every core figure right, nothing stored for the numbers that must stay unread, the findings
 * the document calls for. Prints "core figures right X/Y, wrong Z" per style.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileHashes } from "../support/sandbox.ts";
import { ROOT } from "../helpers.ts";
import {
  brokenConditions,
  extrasFound,
  missingFindings,
  scoreCoreFigures,
  scoreLine,
  type Row,
  type Tables,
} from "./compare.ts";
import { addFederationArgs, documentPath, expectations, readTruth, type Truth } from "./truth.ts";

const TEXT_STYLES = ["prose", "numbered", "tkr", "positioned", "ocr"] as const;
const FACT_TABLES = [
  "participant_count",
  "participant_breakdown",
  "indicator",
  "finance",
  "member_contribution",
  "intervention",
] as const;
const CLI_TIMEOUT_MS = 240_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** An empty project root, as a new user's checkout would have before adding anyone. */
function freshRoot(): string {
  const root = mkdtempSync(join(tmpdir(), "finsam-style-"));
  for (const dir of ["data/sources", "data/federations", "data/extracted", "data/curated"])
    mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, "data/sources/manifest.yaml"), "documents: []\n");
  return root;
}

/** `npx tsx loaders/cli.ts …` with FINSAM_ROOT pointing at the sandbox. */
function cli(root: string, args: string[], pathOverride?: string): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, FINSAM_ROOT: root };
  delete env.FINSAM_WAREHOUSE;
  if (pathOverride) env.PATH = pathOverride;
  const r = spawnSync("npx", ["tsx", "loaders/cli.ts", ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: CLI_TIMEOUT_MS,
  });
  return { status: r.status, stdout: r.stdout ?? "", stderr: `${r.stderr ?? ""}${r.error ? String(r.error) : ""}` };
}

function addFederation(root: string, t: Truth): Run {
  return cli(root, addFederationArgs(t));
}

function ingest(root: string, t: Truth, pathOverride?: string): Run {
  const d = t.document;
  return cli(
    root,
    ["ingest", documentPath(t), "--federation", t.federation.id, "--kind", d.kind, "--year", String(d.year)],
    pathOverride,
  );
}

const show = (step: string, r: Run) =>
  `${step} exited ${r.status}\nstdout: ${r.stdout.trim().slice(-2000)}\nstderr: ${r.stderr.trim().slice(-2000)}`;

async function readTables(
  warehouse: string,
  federationId: string,
): Promise<{ tables: Tables; dataQuality: Row[]; documents: Row[] }> {
  const instance = await DuckDBInstance.create(warehouse, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  const q = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Row[];
  try {
    const id = federationId.replace(/'/g, "''");
    const tables: Tables = {};
    for (const t of FACT_TABLES) tables[t] = await q(`SELECT * FROM "${t}" WHERE federation_id = '${id}'`);
    const dataQuality = await q(
      `SELECT * FROM data_quality WHERE federation_id = '${id}' OR document_id LIKE '${id}/%'`,
    );
    const documents = await q(`SELECT * FROM document WHERE federation_id = '${id}'`);
    return { tables, dataQuality, documents };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/**
 * A PATH on which `names` cannot be found: each PATH directory holding one of them is replaced
 * by a directory of links to everything else in it (node and npx live beside ocrmypdf in /usr/bin).
 */
function pathWithout(names: readonly string[], scratch: string): string {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .map((dir, i) => {
      if (!names.some((n) => existsSync(join(dir, n)))) return dir;
      const shim = join(scratch, `path-${i}`);
      mkdirSync(shim, { recursive: true });
      for (const entry of readdirSync(dir))
        if (!names.includes(entry)) symlinkSync(join(dir, entry), join(shim, entry));
      return shim;
    })
    .join(delimiter);
}

const onPath = (name: string) => (process.env.PATH ?? "").split(delimiter).some((d) => existsSync(join(d, name)));

const progress: string[] = [];
afterAll(() => {
  if (progress.length > 0)
    process.stdout.write(`\nStyle reports (issue 14):\n${progress.map((l) => `  ${l}`).join("\n")}\n`);
});

for (const style of TEXT_STYLES) {
  describe(`style "${style}"`, () => {
    const truth = readTruth(style);
    let root = "";
    const runs: Record<string, Run> = {};
    let data: Awaited<ReturnType<typeof readTables>> | undefined;

    beforeAll(async () => {
      root = freshRoot();
      runs.add = addFederation(root, truth);
      if (runs.add.status === 0) runs.ingest = ingest(root, truth);
      if (runs.ingest?.status === 0) runs.load = cli(root, ["load"]);
      const warehouse = join(root, "data/warehouse.duckdb");
      if (runs.load?.status === 0 && existsSync(warehouse)) data = await readTables(warehouse, truth.federation.id);
      const score = data ? scoreCoreFigures(expectations(truth), data.tables) : undefined;
      const extras = data ? extrasFound(truth, data.tables) : undefined;
      progress.push(
        score
          ? `${scoreLine(style, score)}; extras ${extras!.found}/${extras!.total}`
          : `${style}: core figures right 0/${expectations(truth).length}, wrong 0 (no warehouse: ${Object.entries(runs)
              .map(([k, r]) => `${k} ${r.status}`)
              .join(", ")})`,
      );
    }, 3 * CLI_TIMEOUT_MS);
    afterAll(() => {
      if (root) rmSync(root, { recursive: true, force: true });
    });

    it("add-federation, ingest and load all exit 0", () => {
      for (const step of ["add", "ingest", "load"]) {
        const r = runs[step];
        expect(
          r,
          `${step} did not run: an earlier step failed\n${Object.entries(runs)
            .map(([k, v]) => show(k, v))
            .join("\n")}`,
        ).toBeDefined();
        expect(r!.status, show(step, r!)).toBe(0);
      }
    });

    it("stores every core figure with the right value", () => {
      expect(data, "no warehouse to read").toBeDefined();
      const s = scoreCoreFigures(expectations(truth), data!.tables);
      const message = [
        scoreLine(style, s),
        "wrong:",
        ...s.wrong.map((w) => `  ${w}`),
        "missing:",
        ...s.missing.map((m) => `  ${m}`),
      ].join("\n");
      expect({ wrong: s.wrong, missing: s.missing }, message).toEqual({ wrong: [], missing: [] });
    });

    it("stores nothing for the numbers that must stay unread", () => {
      expect(data, "no warehouse to read").toBeDefined();
      const broken = brokenConditions(truth, data!.tables);
      expect(broken, broken.join("\n")).toEqual([]);
    });

    it("reports the findings the document calls for", () => {
      expect(data, "no warehouse to read").toBeDefined();
      const missing = missingFindings(truth, data!.dataQuality);
      expect(missing, missing.join("\n")).toEqual([]);
    });

    it("records how the text was obtained", () => {
      expect(data, "no warehouse to read").toBeDefined();
      const expected = truth.document.file.endsWith(".pdf") ? "text_layer" : "plain_text";
      expect(data!.documents.map((d) => d.text_source)).toEqual([expected]);
    });
  });
}

describe('style "image-only" (a PDF with no text layer)', () => {
  const truth = readTruth("image-only");
  const roots: string[] = [];
  afterAll(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  it(
    "without ocrmypdf: ingest names the missing text layer and the OCR install, and no fact is stored",
    async () => {
      const root = freshRoot();
      roots.push(root);
      const pathOverride = pathWithout(["ocrmypdf", "tesseract"], root);
      const add = addFederation(root, truth);
      expect(add.status, show("add-federation", add)).toBe(0);
      const manifestBefore = readFileSync(join(root, "data/sources/manifest.yaml"), "utf8");
      const r = ingest(root, truth, pathOverride);
      const spec = truth.no_text_layer!;
      expect(spec.exit_codes, show("ingest", r)).toContain(r.status);
      for (const p of spec.message_patterns)
        expect(`${r.stdout}\n${r.stderr}`, show("ingest", r)).toMatch(new RegExp(p, "i"));
      if (r.status === 1) {
        // Refused: nothing written.
        expect(readFileSync(join(root, "data/sources/manifest.yaml"), "utf8")).toBe(manifestBefore);
        expect(
          existsSync(join(root, "data/extracted", truth.federation.id)) &&
            readdirSync(join(root, "data/extracted", truth.federation.id)).length > 0,
        ).toBe(false);
      }
      const load = cli(root, ["load"]);
      expect(load.status, show("load", load)).toBe(0);
      const { tables } = await readTables(join(root, "data/warehouse.duckdb"), truth.federation.id);
      const facts = FACT_TABLES.filter((t) => t !== "intervention").flatMap((t) =>
        (tables[t] ?? []).map((row) => `${t}: ${JSON.stringify(row)}`),
      );
      expect(facts, facts.join("\n")).toEqual([]);
    },
    3 * CLI_TIMEOUT_MS,
  );

  it.skipIf(!onPath("ocrmypdf"))(
    "with ocrmypdf: the OCR text is used, kept beside the source, and every figure stored is right",
    async () => {
      const root = freshRoot();
      roots.push(root);
      const add = addFederation(root, truth);
      expect(add.status, show("add-federation", add)).toBe(0);
      const r = ingest(root, truth);
      expect(r.status, show("ingest", r)).toBe(0);
      const sources = readdirSync(join(root, "data/sources", truth.federation.id));
      expect(
        sources.length,
        `expected the OCR text beside the PDF, found ${sources.join(", ")}`,
      ).toBeGreaterThanOrEqual(2);
      const load = cli(root, ["load"]);
      expect(load.status, show("load", load)).toBe(0);
      const { tables, documents } = await readTables(join(root, "data/warehouse.duckdb"), truth.federation.id);
      expect(documents.map((d) => d.text_source)).toEqual(["ocr"]);
      const s = scoreCoreFigures(expectations(truth), tables);
      progress.push(`${scoreLine("image-only (OCR)", s)} (right or absent is enough here)`);
      expect(s.wrong, s.wrong.join("\n")).toEqual([]);
    },
    3 * CLI_TIMEOUT_MS,
  );
});

describe("ingest is idempotent", () => {
  it(
    "a second ingest of the same file exits 0 and changes nothing under data/",
    () => {
      const truth = readTruth("prose");
      const root = freshRoot();
      try {
        const add = addFederation(root, truth);
        expect(add.status, show("add-federation", add)).toBe(0);
        const first = ingest(root, truth);
        expect(first.status, show("ingest", first)).toBe(0);
        const before = fileHashes(join(root, "data"), (name) => name.startsWith("warehouse"));
        const second = ingest(root, truth);
        expect(second.status, show("second ingest", second)).toBe(0);
        expect(fileHashes(join(root, "data"), (name) => name.startsWith("warehouse"))).toEqual(before);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    3 * CLI_TIMEOUT_MS,
  );
});
