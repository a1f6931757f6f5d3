/**
 * The versions package.json promises hold for what `npm ci` installs. A patch in patches/ applies
 * to one exact version, so that dependency is pinned to it (a caret once let a newer Framework in,
 * under a patch written for 1.13.4). And every Node version `engines.node` admits is one that every
 * locked package admits: `>=20` let Node 20.0 in, where vite under vitest needs ^20.19.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ROOT } from "../helpers.ts";

const manifestSchema = z.object({
  engines: z.object({ node: z.string() }),
  dependencies: z.record(z.string(), z.string()),
  devDependencies: z.record(z.string(), z.string()),
});
const lockSchema = z.object({
  packages: z.record(
    z.string(),
    z.object({ version: z.string().optional(), engines: z.object({ node: z.string().optional() }).optional() }),
  ),
});

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, name), "utf8"));
const manifest = manifestSchema.parse(readJson("package.json"));
const lock = lockSchema.parse(readJson("package-lock.json"));

/** patch-package names a patch `<name with / as +>+<version>.patch`. */
function patchedPackages(): { name: string; version: string }[] {
  return readdirSync(join(ROOT, "patches"))
    .filter((file) => file.endsWith(".patch"))
    .map((file) => {
      const match = /^(.+)\+([^+]+)\.patch$/.exec(file);
      if (!match) throw new Error(`patches/${file}: not named <package>+<version>.patch`);
      return { name: match[1]!.replace(/\+/g, "/"), version: match[2]! };
    });
}

/** Locked packages that refuse some Node version `range` admits, each with the range it needs. */
function enginesNotCovering(range: string): string[] {
  return Object.entries(lock.packages).flatMap(([path, pkg]) => {
    const theirs = pkg.engines?.node;
    if (!path || !theirs || semver.subset(range, theirs)) return [];
    return [`${path.replace(/^.*node_modules\//, "")}@${pkg.version} needs ${theirs}`];
  });
}

describe("toolchain versions", () => {
  it("pins each patched package to the exact version its patch was made for", () => {
    const patched = patchedPackages();
    expect(patched.map((p) => p.name)).toContain("@observablehq/framework");
    for (const { name, version } of patched) {
      const spec = manifest.dependencies[name] ?? manifest.devDependencies[name];
      expect(spec, name).toBe(version);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });

  it("admits only Node versions every locked package supports", () => {
    expect(enginesNotCovering(manifest.engines.node)).toEqual([]);
  });

  it("would catch the old engines range, which let in Node versions vite refuses", () => {
    expect(enginesNotCovering(">=20")).toEqual(expect.arrayContaining([expect.stringMatching(/^vite@/)]));
  });
});
