/**
 * A row file's seal (schema/extractionRows.ts): the load takes a row file's header only when the
 * seal holds (its format, the schema its facts were validated by, its JSON, every line after it);
 * anything else sends the document down the JSON's path.
 */
import { isAscii } from "node:buffer";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractionSchema } from "../../loaders/schema/facts.ts";
import {
  asciiJson,
  headerFacts,
  rowsFileText,
  rowsHeaderOf,
  schemaFingerprint,
  sha256Hex,
} from "../../loaders/schema/extractionRows.ts";

const json = readFileSync(join(import.meta.dirname, "../../data/extracted/kalmar/2024-annual-report.json"), "utf8");
const extraction = extractionSchema.parse(JSON.parse(json));
const text = rowsFileText(extraction, json);
const read = (t: string, jsonSha = sha256Hex(json)) => rowsHeaderOf(Buffer.from(t), jsonSha);

describe("row file seal", () => {
  it("a file as written is read: its header facts are the extraction's, without their lines' text", () => {
    const header = read(text);
    expect(header?.document_id).toBe(extraction.document_id);
    expect(header?.header_facts).toEqual(headerFacts(extraction.facts).map((f) => ({ ...f, text: "" })));
  });

  it("the header holds no copy of a fact's line; the JSON keeps it", () => {
    const facts = headerFacts(extraction.facts);
    expect(facts.some((f) => f.text !== "")).toBe(true);
    expect(read(text)?.header_facts.every((f) => f.text === "")).toBe(true);
    const someText = facts.find((f) => f.text.length > 20)!.text;
    expect(json).toContain(JSON.stringify(someText));
    expect(text.split("\n")[1]).not.toContain(JSON.stringify(someText));
  });

  it("names the schema its facts were validated by", () => {
    expect(schemaFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(text.split("\n", 1)[0]!).schema_sha256).toBe(schemaFingerprint());
  });

  it("a file sealed under another schema is not read", () => {
    expect(read(text.replace(`"schema_sha256":"${schemaFingerprint()}"`, `"schema_sha256":"${"0".repeat(64)}"`))).toBe(
      null,
    );
  });

  it("a file of another JSON, or with an edited header fact or row, is not read", () => {
    expect(read(text, sha256Hex(`${json} `))).toBe(null);
    const [seal, header, ...rows] = text.split("\n");
    const edited = header!.replace(
      /("table":"finance".*?"amount_sek":)(\d+)/,
      (_, h: string, n: string) => `${h}${Number(n) + 1}`,
    );
    expect(edited).not.toBe(header);
    expect(read([seal, edited, ...rows].join("\n"))).toBe(null);
    const row = rows.findIndex((r) => r.includes('"set":"participant_count"'));
    const editedRows = [...rows];
    editedRows[row] = rows[row]!.replace(/"value":(\d+)/, (_, n: string) => `"value":${Number(n) + 1}`);
    expect(editedRows[row]).not.toBe(rows[row]);
    expect(read([seal, header, ...editedRows].join("\n"))).toBe(null);
  });

  it("the header is written in ASCII, its letters escaped: the same facts as the JSON's", () => {
    const header = text.split("\n")[1]!;
    expect(/^[\x20-\x7e]*$/.test(header)).toBe(true);
    // The report's facts hold Swedish letters: escaped, not lost.
    expect(header).toMatch(/\\u00(e5|e4|f6|c5|c4|d6)/);
    expect(JSON.parse(header).header_facts).toEqual(headerFacts(extraction.facts).map((f) => ({ ...f, text: "" })));
  });

  it("a header written in UTF-8 (an earlier extraction's) is read as the ASCII one is", () => {
    const [seal, header, ...rows] = text.split("\n");
    const utf8Header = JSON.stringify(JSON.parse(header!));
    expect(utf8Header).not.toBe(header);
    const sealed = `${utf8Header}\n${rows.join("\n")}`;
    const resealed = `${JSON.stringify({ ...JSON.parse(seal!), rows_sha256: sha256Hex(sealed) })}\n${sealed}`;
    expect(read(resealed)).toEqual(read(text));
    expect(read(resealed)?.header_facts.length).toBeGreaterThan(0);
  });

  it("asciiJson escapes every character beyond ASCII, pairs and lone surrogates too, and keeps the value", () => {
    const value = { a: "Årets resultat – 4 213 tkr … 😀", b: ["ö", "\ud800", "x\u0085y", "\u007f"] };
    const ascii = asciiJson(JSON.stringify(value));
    expect(isAscii(Buffer.from(ascii))).toBe(true);
    expect(JSON.parse(ascii)).toEqual(value);
    expect(asciiJson('{"a":"plain"}')).toBe('{"a":"plain"}');
  });

  it("a sealed header whose fact names no table is not read; one whose facts all do is", () => {
    const [, header, ...rows] = text.split("\n");
    /** The file with `facts` as its header's facts, sealed anew (as an extraction would seal it). */
    const resealed = (facts: unknown[]) => {
      const sealed = `${JSON.stringify({ ...JSON.parse(header!), header_facts: facts })}\n${rows.join("\n")}`;
      const seal = JSON.parse(text.split("\n", 1)[0]!) as Record<string, unknown>;
      return `${JSON.stringify({ ...seal, rows_sha256: sha256Hex(sealed) })}\n${sealed}`;
    };
    const facts = headerFacts(extraction.facts);
    expect(read(resealed(facts))?.header_facts).toEqual(facts);
    expect(read(resealed([...facts, { amount_sek: 1 }]))).toBe(null);
    expect(read(resealed([...facts, { table: 7 }]))).toBe(null);
    expect(read(resealed([...facts, null]))).toBe(null);
    expect(read(resealed([...facts, ["finance"]]))).toBe(null);
  });
});
