/**
 * A federation's website becomes a link on its Förbund page, so only http(s) addresses are
 * accepted: the registry schema rejects any other scheme (with file, path and line), and the
 * page's link helper renders none even if one reached the warehouse some other way.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { readRegistries } from "../../loaders/input/readRegistries.ts";
import { registrySchema } from "../../loaders/schema/registry.ts";
// @ts-expect-error: a plain-JS site component without type declarations
import { httpUrl } from "../../src/components/links.js";
import { ROOT } from "../helpers.ts";

const HOSTILE = [
  "javascript:alert(document.cookie)",
  "JavaScript://x%0Aalert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "ftp://example.se/",
  "file:///etc/passwd",
  "//example.se",
  "example.se",
];
const GOOD = ["https://www.example.se/", "http://example.se/forbund?id=1"];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("registry website", () => {
  const base = {
    federation_id: "x",
    name: "X",
    county: "Y",
    members: [{ short_name: "A", name: "A kommun", member_type: "municipality" }],
  };

  it("accepts only http(s) addresses", () => {
    for (const website of HOSTILE) expect(registrySchema.safeParse({ ...base, website }).success, website).toBe(false);
    for (const website of GOOD) expect(registrySchema.safeParse({ ...base, website }).success, website).toBe(true);
    expect(registrySchema.safeParse(base).success).toBe(true);
  });

  it("rejects a javascript: website in a registry file, naming the file, the field and its line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "finsam-website-"));
    dirs.push(dir);
    const paths = projectPaths(dir);
    mkdirSync(paths.federations, { recursive: true });
    const text = readFileSync(join(ROOT, "data/federations/blekinge.yaml"), "utf8").replace(
      "county: Blekinge län\n",
      'county: Blekinge län\nwebsite: "javascript:alert(1)"\n',
    );
    expect(text).toContain("javascript:");
    writeFileSync(join(paths.federations, "blekinge.yaml"), text);
    const line = text.split("\n").findIndex((l) => l.startsWith("website:")) + 1;
    await expect(readRegistries(paths)).rejects.toThrow(
      `data/federations/blekinge.yaml at website (line ${line}): expected an http(s) address`,
    );
  });
});

describe("the Förbund page's link helper", () => {
  it("turns only http(s) addresses into links", () => {
    for (const url of HOSTILE) expect(httpUrl(url), url).toBeNull();
    expect(httpUrl(" \u0001javascript:alert(1)")).toBeNull();
    expect(httpUrl(null)).toBeNull();
    expect(httpUrl(undefined)).toBeNull();
    expect(httpUrl("https://www.example.se/")).toBe("https://www.example.se/");
    expect(httpUrl("http://example.se/forbund?id=1")).toBe("http://example.se/forbund?id=1");
  });
});
