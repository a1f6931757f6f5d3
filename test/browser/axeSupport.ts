/** axe-core in the browser tests: the WCAG 2.0/2.1 A and AA rules, run on an opened page. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The tags of the rules lag 2018:1937 asks for (WCAG 2.1 level AA). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface Violation {
  rule: string;
  impact: string;
  nodes: number;
  targets: string[];
}

/**
 * Every WCAG A/AA violation on the page, as rule, impact, node count and the first targets.
 * Injected with evaluate (not a script tag) so the site's Content-Security-Policy stays as served.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  }, WCAG_TAGS);
  return result;
}

/** Violations as readable lines, for an expect(...).toEqual([]) that says what is wrong. */
export const describeViolations = (path: string, vs: Violation[]) =>
  vs.map((v) => `${path}: ${v.rule} (${v.impact}) ×${v.nodes}: ${v.targets.join(" | ")}`);
