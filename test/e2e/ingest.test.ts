/**
 * `finsam ingest` and `add-federation` end to end, in a throwaway FINSAM_ROOT: refusals write
 * nothing (directory listing and hashes compared), the same file twice changes nothing,
 * --replace, the curated template, new interventions and the OCR path.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, rgb } from "pdf-lib";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { addFederation, RefusedError } from "../../loaders/ingest/addFederation.ts";
import { ingestDocument, interventionKindFor, type IngestArgs } from "../../loaders/ingest/ingestDocument.ts";
import { ocrmypdf, type OcrEngine } from "../../loaders/ingest/ocr.ts";
import { renderImagePdf } from "../support/renderImagePdf.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import { DuckDBInstance } from "@duckdb/node-api";
import { ROOT } from "../helpers.ts";
import { fileHashes, sandbox } from "../support/sandbox.ts";

const TSX = join(ROOT, "node_modules/.bin/tsx");

// A report in a numbered-section style with a header-driven table (table 1) under a kind heading.
const REPORT = [
  "Årsredovisning 2023 för Samordningsförbundet Testdalen",
  "",
  "1. Verksamheten i korthet",
  "Under året har förbundet finansierat två individinriktade insatser och ett nätverk.",
  "",
  "2. Individinriktade insatser",
  "Insatsnamn",
  "",
  "Budget",
  "",
  "Totalt",
  "",
  "Nya",
  "",
  "Avslutade",
  "",
  "Steget 30 28 10 9",
  "Vägen vidare 20 22 8 7",
  "Kvinnor 25 27 9 8",
  "Summa 50 50 18 16",
  "Tabell 1, deltagare per insats 2023",
  "",
];

const noOcr: OcrEngine = {
  unavailable: () => "ocrmypdf is not installed",
  run: () => {
    throw new Error("not called");
  },
};

async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(new Date("2025-01-01T00:00:00Z"));
  pdf.setModificationDate(new Date("2025-01-01T00:00:00Z"));
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 700, width: 300, height: 40, color: rgb(0.2, 0.2, 0.2) });
  return pdf.save();
}

describe("ingest", () => {
  let dir: string;
  let paths: ReturnType<typeof projectPaths>;
  let report: string;
  const args = (over: Partial<IngestArgs> = {}): IngestArgs => ({
    file: report,
    federation: "testdalen",
    kind: "annual_report",
    year: "2023",
    ...over,
  });

  beforeAll(async () => {
    dir = sandbox("finsam-ingest-");
    paths = projectPaths(dir);
    report = join(dir, "Årsredovisning 2023 Testdalen.txt");
    writeFileSync(report, `${REPORT.join("\n")}\n`);
    await addFederation(paths, {
      id: "testdalen",
      name: "Samordningsförbundet Testdalen",
      county: "Testlän",
      members: [
        "Testdalens kommun=municipality=Testdalen",
        "Region Test=region",
        "Försäkringskassan=social_insurance_agency",
        "Arbetsförmedlingen=employment_service",
      ],
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses bad input and writes nothing", async () => {
    writeFileSync(join(dir, "scan.pdf"), await imageOnlyPdf());
    writeFileSync(join(dir, "notes.docx"), "x");
    const before = fileHashes(join(dir, "data"));
    const cases: [Partial<IngestArgs>, RegExp][] = [
      [{ federation: "okand" }, /unknown federation "okand"/],
      [{ file: join(dir, "missing.txt") }, /cannot read file \(ENOENT\)/],
      [{ file: join(dir, "notes.docx") }, /unsupported file type/],
      [{ kind: "budget" }, /unknown --kind "budget"/],
      [{ year: "23" }, /bad --year/],
      [{ year: "2023", date: "2023-02-30" }, /bad --date/],
      [{ kind: "board_minutes" }, /--date YYYY-MM-DD is required/],
      [{ kind: "board_minutes", date: "2022-05-01" }, /not in --year/],
      // The report's title names 2023: ingested as 2021's, its figures would be dated wrong.
      [
        { year: "2021" },
        /title on line 1 \("Årsredovisning 2023 för Samordningsförbundet Testdalen"\) names 2023, but --year is 2021/,
      ],
      [
        { file: join(dir, "scan.pdf") },
        /no text layer.*ocrmypdf is not installed.*apt-get install -y ocrmypdf tesseract-ocr-swe/,
      ],
    ];
    for (const [over, reason] of cases) {
      const p = ingestDocument(paths, args(over), { ocr: noOcr });
      await expect(p, JSON.stringify(over)).rejects.toThrow(RefusedError);
      await expect(ingestDocument(paths, args(over), { ocr: noOcr })).rejects.toThrow(reason);
    }
    expect(fileHashes(join(dir, "data"))).toEqual(before);
  });

  it("the CLI exits 1 with the reason on stderr, and writes nothing", () => {
    const before = fileHashes(join(dir, "data"));
    const r = spawnSync(
      TSX,
      [
        join(ROOT, "loaders/cli.ts"),
        "ingest",
        report,
        "--federation",
        "okand",
        "--kind",
        "annual_report",
        "--year",
        "2023",
      ],
      { cwd: dir, env: { ...process.env, FINSAM_ROOT: dir }, encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('refused: unknown federation "okand"');
    const a = spawnSync(
      TSX,
      [
        join(ROOT, "loaders/cli.ts"),
        "add-federation",
        "testdalen",
        "--name",
        "X",
        "--county",
        "Y",
        "--member",
        "A=municipality",
      ],
      { cwd: dir, env: { ...process.env, FINSAM_ROOT: dir }, encoding: "utf8" },
    );
    expect(a.status).toBe(1);
    expect(a.stderr).toContain('refused: federation "testdalen" already exists');
    expect(fileHashes(join(dir, "data"))).toEqual(before);
  });

  it("adds the document: source copy, manifest entry with comments kept, extraction, template, new interventions", async () => {
    const manifestBefore = readFileSync(paths.manifest, "utf8");
    const r = await ingestDocument(paths, args());
    expect(r.status).toBe("added");
    expect(r.documentId).toBe("testdalen/2023-annual-report");
    expect(r.written.sort()).toEqual([
      "data/curated/testdalen/2023-annual-report.yaml",
      "data/extracted/testdalen/2023-annual-report.json",
      "data/extracted/testdalen/2023-annual-report.rows.ndjson",
      "data/federations/testdalen.yaml",
      "data/sources/manifest.yaml",
      "data/sources/testdalen/arsredovisning-2023-testdalen.txt",
    ]);
    const manifestText = readFileSync(paths.manifest, "utf8");
    expect(manifestText.startsWith(manifestBefore.split("\n").slice(0, 2).join("\n"))).toBe(true);
    expect(manifestText).toContain("# last electronic signature on the report");
    const entry = parse(manifestText).documents.at(-1);
    expect(entry).toMatchObject({
      federation_id: "testdalen",
      kind: "annual_report",
      date: "2023-12-31",
      period_year: 2023,
      file: "testdalen/arsredovisning-2023-testdalen.txt",
    });
    expect(entry.sha256).toBe(createHash("sha256").update(readFileSync(report)).digest("hex"));

    // The summary row is a whole-federation figure; interventions are added with their kind;
    // a gender row never becomes an intervention. (The template parser and the general layer
    // may both read a row: the same value twice is one figure.)
    const extraction = JSON.parse(readFileSync(join(dir, "data/extracted/testdalen/2023-annual-report.json"), "utf8"));
    type CountFact = { intervention: string | null; measure: string; gender: string; value: number };
    const wholeEnrolled = extraction.facts
      .filter((f: CountFact) => f.intervention === null && f.measure === "enrolled" && f.gender === "all")
      .map((f: CountFact) => f.value);
    expect([...new Set(wholeEnrolled)]).toEqual([50]);
    expect(extraction.facts.some((f: CountFact) => f.intervention === "Kvinnor")).toBe(false);
    const added = extraction.findings.filter((f: { check_id: string }) => f.check_id === "registry.intervention_added");
    expect(
      added.map((f: { value: string; other_value: string; line: number }) => [f.value, f.other_value, f.line]),
    ).toEqual([
      ["Steget", "individual", 17],
      ["Vägen vidare", "individual", 18],
    ]);
    const registry = parse(readFileSync(join(dir, "data/federations/testdalen.yaml"), "utf8"));
    expect(registry.interventions).toEqual([
      { short_name: "Steget", name: "Steget", kind: "individual" },
      { short_name: "Vägen vidare", name: "Vägen vidare", kind: "individual" },
    ]);
    expect(readFileSync(join(dir, "data/federations/testdalen.yaml"), "utf8")).toMatch(
      /^# Samordningsförbundet Testdalen/,
    );
    expect(JSON.stringify(registry)).not.toMatch(/Kvinnor|Summa/);

    expect(r.report).toContain("Core figures: 4 of 16 found");
    expect(r.report).toContain("  ✓ Inskrivna deltagare (line 20)");
    const template = readFileSync(join(dir, "data/curated/testdalen/2023-annual-report.yaml"), "utf8");
    expect(template).toContain("#   # Inskrivna män: ");
    expect(parse(template)).toBeNull();
  });

  it("ingesting the same file again changes nothing", async () => {
    const before = fileHashes(join(dir, "data"));
    const r = await ingestDocument(paths, args());
    expect(r.status).toBe("unchanged");
    expect(r.written).toEqual([]);
    expect(fileHashes(join(dir, "data"))).toEqual(before);
    const cli = spawnSync(
      TSX,
      [
        join(ROOT, "loaders/cli.ts"),
        "ingest",
        report,
        "--federation",
        "testdalen",
        "--kind",
        "annual_report",
        "--year",
        "2023",
      ],
      { cwd: dir, env: { ...process.env, FINSAM_ROOT: dir }, encoding: "utf8" },
    );
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain("unchanged: testdalen/2023-annual-report");
    expect(fileHashes(join(dir, "data"))).toEqual(before);
  });

  it("loads: the comments-only template is nothing, the federation and its interventions are in the warehouse", async () => {
    const warehouse = join(dir, "w.duckdb");
    const rep = await buildWarehouse({ ...paths, warehouse });
    expect(rep.inputErrors).toEqual([]);
    const inst = await DuckDBInstance.create(warehouse, { access_mode: "READ_ONLY" });
    const conn = await inst.connect();
    const q = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson();
    expect(
      await q("SELECT intervention_id, kind FROM intervention WHERE federation_id = 'testdalen' ORDER BY 1"),
    ).toEqual([
      { intervention_id: "testdalen/steget", kind: "individual" },
      { intervention_id: "testdalen/vagen-vidare", kind: "individual" },
    ]);
    expect(
      await q(
        "SELECT value FROM participant_count WHERE federation_id = 'testdalen' AND intervention_id IS NULL AND measure = 'enrolled' AND gender = 'all'",
      ),
    ).toEqual([{ value: 50 }]);
    expect(await q("SELECT text_source FROM document WHERE document_id = 'testdalen/2023-annual-report'")).toEqual([
      { text_source: "plain_text" },
    ]);
    expect(
      await q(
        "SELECT status, source_line FROM core_coverage WHERE document_id = 'testdalen/2023-annual-report' AND figure = 'participant_count:enrolled:all'",
      ),
    ).toEqual([{ status: "found", source_line: 20 }]);
    expect(
      await q("SELECT count(*)::INT AS n FROM data_quality WHERE check_id = 'registry.intervention_added'"),
    ).toEqual([{ n: 2 }]);
    conn.closeSync();
    inst.closeSync();
  });

  it("refuses another file for the same document without --replace; with it, flags curated facts whose line changed", async () => {
    // Curate the enrolled-women figure against line 19 of the first version.
    const curatedFile = join(dir, "data/curated/testdalen/2023-annual-report.yaml");
    writeFileSync(
      curatedFile,
      "document_id: testdalen/2023-annual-report\nfacts:\n  - reason: Read by hand from line 19 (women)\n    fact: { table: participant_count, intervention: null, year: 2023, measure: enrolled, gender: woman, value: 27, line: 19, text: 'Kvinnor 25 27 9 8', section: curated }\n",
    );
    const v2 = join(dir, "Årsredovisning 2023 Testdalen v2.txt");
    writeFileSync(v2, `Rättad version\n${REPORT.join("\n")}\n`);
    const before = fileHashes(join(dir, "data"));
    await expect(ingestDocument(paths, args({ file: v2 }))).rejects.toThrow(
      /already exists with another file.*--replace/,
    );
    expect(fileHashes(join(dir, "data"))).toEqual(before);

    const r = await ingestDocument(paths, args({ file: v2, replace: true }));
    expect(r.status).toBe("replaced");
    expect(existsSync(join(dir, "data/sources/testdalen/arsredovisning-2023-testdalen.txt"))).toBe(false);
    expect(existsSync(join(dir, "data/sources/testdalen/arsredovisning-2023-testdalen-v2.txt"))).toBe(true);
    const entries = parse(readFileSync(paths.manifest, "utf8")).documents.filter(
      (e: { federation_id: string }) => e.federation_id === "testdalen",
    );
    expect(entries).toHaveLength(1);
    expect(r.report).toContain(
      'warning: curated fact on line 19 says "Kvinnor 25 27 9 8", but the new document has "Vägen vidare 20 22 8 7" there',
    );
    // The load reports it too, so it survives a re-extract.
    const warehouse = join(dir, "w-replace.duckdb");
    expect((await buildWarehouse({ ...paths, warehouse })).inputErrors).toEqual([]);
    const inst = await DuckDBInstance.create(warehouse, { access_mode: "READ_ONLY" });
    const conn = await inst.connect();
    const rows = (
      await conn.runAndReadAll(
        "SELECT source_line::INT AS line, severity, value, other_value FROM data_quality WHERE check_id = 'curated.text_mismatch'",
      )
    ).getRowObjectsJson();
    conn.closeSync();
    inst.closeSync();
    expect(rows).toEqual([
      { line: 19, severity: "warning", value: "Kvinnor 25 27 9 8", other_value: "Vägen vidare 20 22 8 7" },
    ]);
    // The existing curated file is kept, not overwritten by a template.
    expect(readFileSync(curatedFile, "utf8")).toContain("Read by hand from line 19");
  });

  it("reads a PDF with no text layer through OCR, keeps the OCR text with its sha256, and stores no number with OCR noise", async () => {
    const scan = join(dir, "Skannad årsredovisning 2022.pdf");
    writeFileSync(scan, await imageOnlyPdf());
    // The scan is the year before's report: its title names that year, as --year does.
    const ocrText = REPORT.join("\n")
      .replace("Årsredovisning 2023", "Årsredovisning 2022")
      .replace("Steget 30 28 10 9", "Steget 2O 30 28 10 9");
    const fakeOcr: OcrEngine = { unavailable: () => null, run: () => ocrText };
    const r = await ingestDocument(paths, args({ file: scan, year: "2022" }), { ocr: fakeOcr });
    expect(r.status).toBe("added");
    const entry = parse(readFileSync(paths.manifest, "utf8")).documents.find(
      (e: { period_year: number; federation_id: string }) => e.federation_id === "testdalen" && e.period_year === 2022,
    );
    expect(entry.ocr_file).toBe("testdalen/skannad-arsredovisning-2022.ocr.txt");
    expect(entry.ocr_sha256).toBe(createHash("sha256").update(ocrText).digest("hex"));
    expect(readFileSync(join(dir, "data/sources", entry.ocr_file), "utf8")).toBe(ocrText);
    const extraction = JSON.parse(readFileSync(join(dir, "data/extracted/testdalen/2022-annual-report.json"), "utf8"));
    expect(extraction.facts.some((f: { line: number }) => f.line === 17)).toBe(false);
    expect(extraction.findings).toContainEqual(
      expect.objectContaining({ check_id: "coverage.unread_number", line: 17, value: "2O" }),
    );
    expect(extraction.findings).toContainEqual(expect.objectContaining({ check_id: "document.no_text_layer" }));
    expect(extraction.facts.some((f: { line: number }) => f.line === 18)).toBe(true);

    const warehouse = join(dir, "w2.duckdb");
    const rep = await buildWarehouse({ ...paths, warehouse });
    expect(rep.inputErrors).toEqual([]);
    const inst = await DuckDBInstance.create(warehouse, { access_mode: "READ_ONLY" });
    const conn = await inst.connect();
    const rows = (
      await conn.runAndReadAll(
        "SELECT d.text_source, l.text FROM document d JOIN document_line l USING (document_id) WHERE document_id = 'testdalen/2022-annual-report' AND line = 18",
      )
    ).getRowObjectsJson();
    expect(rows).toEqual([{ text_source: "ocr", text: "Vägen vidare 20 22 8 7" }]);
    conn.closeSync();
    inst.closeSync();
  });
});

describe("OCR with ocrmypdf", () => {
  const why = ocrmypdf.unavailable();
  it.runIf(why === null)(
    "ingests a scanned report: lines from OCR, text_source ocr, every stored count on its cited line",
    async () => {
      const dir = sandbox("finsam-ingest-");
      try {
        const paths = projectPaths(dir);
        await addFederation(paths, {
          id: "skanndalen",
          name: "Samordningsförbundet Skanndalen",
          county: "Testlän",
          members: ["Skanndalens kommun=municipality=Skanndalen"],
        });
        const scan = join(dir, "scan.pdf");
        writeFileSync(scan, await renderImagePdf(REPORT));
        const r = await ingestDocument(paths, {
          file: scan,
          federation: "skanndalen",
          kind: "annual_report",
          year: "2023",
        });
        expect(r.status).toBe("added");
        const entry = parse(readFileSync(paths.manifest, "utf8")).documents.find(
          (e: { federation_id: string }) => e.federation_id === "skanndalen",
        );
        expect(entry.ocr_file).toBe("skanndalen/scan.ocr.txt");
        const text = readFileSync(join(dir, "data/sources", entry.ocr_file), "utf8");
        expect(text).toContain("Insatsnamn");
        const extraction = JSON.parse(
          readFileSync(join(dir, "data/extracted/skanndalen/2023-annual-report.json"), "utf8"),
        );
        const lines = text.replace(/\f/g, "\n").split("\n");
        for (const f of extraction.facts) expect(lines[f.line - 1]!.split(/\s+/)).toContain(String(f.value));
        const steget = extraction.facts
          .filter((f: { intervention: string }) => f.intervention === "Steget")
          .map((f: { value: number }) => f.value);
        if (steget.length > 0) expect([...new Set(steget)]).toEqual([30, 28, 10, 9]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

describe("intervention kind from the heading", () => {
  const lines = [
    "3. Strukturövergripande insatser",
    "Nätverket har haft 300 deltagare.",
    "",
    "4. Projekt",
    "Insatsnamn Totalt",
    "Språnget 12",
    "",
    "5. Insatser",
    "Vägen 4",
  ];
  it.each([
    [2, "structural"],
    [6, "project"],
    [9, "individual"],
  ])("line %i → %s", (line, kind) =>
    expect(interventionKindFor({ line, section: "general:participant_table" }, lines)).toBe(kind),
  );
  it("defaults to individual", () =>
    expect(interventionKindFor({ line: 1, section: "table1" }, ["Steget 3 4"])).toBe("individual"));
});
