/**
 * Thin pages: every page in src/ stays under 8 kB and reads as text, queries and component calls.
 * A derived measure (a rate, a share, a cost per X) comes from the marts through the page's data
 * loader, never from page JS; the guard below finds pages that compute one with format.js's
 * share() or per(). A category's share of a 100 % bar is presentation and lives in
 * src/components/shareChart.js, so no page needs either function.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");
const MAX_BYTES = 8000;

/** Every Markdown page under src/ (pages only: components and data loaders are not pages). */
function pages(dir = SRC): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory())
        return name === "components" || name === "data" || name.startsWith(".") ? [] : pages(path);
      return name.endsWith(".md") ? [path] : [];
    });
}

/** Where a page computes a measure with share( or per(, or imports them: "line: text". */
export function measureComputations(text: string): string[] {
  const call = /(?<![\w.$])(?:share|per)\s*\(/;
  const imported = /import\s*\{[^}]*\b(?:share|per)\b[^}]*\}\s*from\s*["'][^"']*format\.js["']/;
  return text
    .split("\n")
    .flatMap((line, i) => (call.test(line) || imported.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
}

describe("thin pages", () => {
  it("finds the pages", () => {
    const names = pages().map((p) => relative(SRC, p));
    expect(names).toContain("ekonomi.md");
    expect(names).toContain("medlemsdialog/medlem.md");
    expect(names.length).toBeGreaterThan(10);
  });

  it("keeps every page under 8 kB", () => {
    const tooBig = pages()
      .map((p) => [relative(SRC, p), statSync(p).size] as const)
      .filter(([, size]) => size > MAX_BYTES);
    expect(tooBig).toEqual([]);
  });

  it("computes no measure with share( or per( in a page", () => {
    const found = pages().flatMap((p) =>
      measureComputations(readFileSync(p, "utf8")).map((hit) => `${relative(SRC, p)}:${hit}`),
    );
    expect(found).toEqual([]);
  });

  it("the guard flags share( and per( calls and their import, not fields or component names", () => {
    expect(measureComputations(`const r = share(a.value, n);\nconst c = per(cost, enrolled);`)).toEqual([
      "1: const r = share(a.value, n);",
      "2: const c = per(cost, enrolled);",
    ]);
    expect(measureComputations(`import {count, share} from "./components/format.js";`)).toHaveLength(1);
    expect(measureComputations(`const x = d.share; withShares(rows, f); percent(d.share); r.per(1); $per(2)`)).toEqual(
      [],
    );
  });
});
