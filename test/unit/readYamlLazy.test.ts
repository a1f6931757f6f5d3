/**
 * readYaml's lazy lines (js-yaml first, the `yaml` Document only for a message) must read every
 * file as the eager path does: the same data, the same error, and the same line when asked.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { manifestSchema } from "../../loaders/schema/manifest.ts";
import { readYaml, yamlLines } from "../../loaders/input/readYaml.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-yaml-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (over: Record<string, string> = {}) =>
  Object.entries({
    federation_id: "hagby",
    kind: "annual_report",
    date: "2024-03-01",
    period_year: "2023",
    title: '"Årsredovisning 2023, Samordningsförbundet Hagby"',
    file: "hagby/hagby_2023.txt",
    sha256: "a".repeat(64),
    ...over,
  })
    .map(([k, v], i) => `${i === 0 ? "  - " : "    "}${k}: ${v}`)
    .join("\n");

const manifests: Record<string, string> = {
  plain: `# made-up federation\ndocuments:\n${entry()}\n${entry({ date: "2025-03-02", period_year: "2024" })}\n`,
  // Unquoted dates stay strings, as YAML 1.2's core schema reads them (YAML 1.1 would make them timestamps).
  flowAndQuotes: `documents: [{federation_id: hagby, kind: board_minutes, date: 2024-05-06, period_year: 2024, title: 'Protokoll', file: "hagby/p.txt", sha256: ${"b".repeat(64)}}]\n`,
  empty: "documents: []\n",
  badKind: `documents:\n${entry()}\n${entry({ kind: "budget" })}\n`,
  yearAsText: `documents:\n${entry({ period_year: '"2023"' })}\n`,
  duplicateKey: `documents:\n${entry()}\n    kind: board_minutes\n`,
  badSyntax: `documents:\n${entry()}\n  - federation_id: [hagby\n`,
  twoDocuments: `documents: []\n---\ndocuments: []\n`,
  extraKey: `documents:\n${entry({ colour: "blue" })}\n`,
};

const outcome = async (file: string, lines: "eager" | "lazy") =>
  readYaml(file, manifestSchema, dir, { lines }).then(
    ({ data, lineOf }) => ({ data, sha256Line: lineOf(["documents", 0, "sha256"]) }),
    (err: unknown) => ({ error: (err as Error).message }),
  );

describe("readYaml with lazy lines", () => {
  for (const [name, text] of Object.entries(manifests))
    it(`reads ${name} as the eager path does`, async () => {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, text);
      const lazy = await outcome(file, "lazy");
      expect(lazy).toEqual(await outcome(file, "eager"));
      if (name === "plain")
        expect(lazy).toMatchObject({ sha256Line: 9, data: { documents: [{ date: "2024-03-01" }, {}] } });
      if (name === "badKind")
        expect(lazy).toMatchObject({ error: expect.stringMatching(/documents\.1\.kind \(line 10\)/) });
    });

  it("finds a line again from the file for a message", async () => {
    const file = join(dir, "again.yaml");
    writeFileSync(file, manifests.plain!);
    expect((await yamlLines(file, dir))(["documents", 1, "sha256"])).toBe(16);
    expect((await yamlLines(file, dir))(["documents", 5])).toBe(1);
  });
});
