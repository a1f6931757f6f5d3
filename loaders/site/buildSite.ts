/**
 * The site build, every step in order, for `npm run build`, the scale bench and the browser
 * tests alike: the page data in one pass (writePageData.ts), Framework, the build's timestamps
 * made stable (stabilizeBuild.ts), the old per-document and per-member addresses forwarded
 * (writeRedirects.ts), and the compressed copies (compressBuild.ts). The site root and the
 * output come from FINSAM_SITE_ROOT (src) and FINSAM_SITE_OUT (dist), the warehouse from
 * FINSAM_WAREHOUSE. Framework's cache of loader outputs is cleared first: it would otherwise
 * serve figures of an earlier warehouse (its freshness looks only at the loader files).
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { compressBuild } from "./compressBuild.ts";
import { stabilizeBuild } from "./stabilizeBuild.ts";
import { writePageData } from "./writePageData.ts";
import { writeRedirects } from "./writeRedirects.ts";

const NODE_MODULES = resolve(import.meta.dirname, "../../node_modules");
const FRAMEWORK = join(NODE_MODULES, "@observablehq/framework/dist/bin/observable.js");

function step<T>(name: string, run: () => T, describe: (result: T) => string): T {
  const start = performance.now();
  const result = run();
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  process.stderr.write(`site: ${name} in ${seconds} s: ${describe(result)}\n`);
  return result;
}

export async function buildSite(): Promise<void> {
  const root = process.env.FINSAM_SITE_ROOT ?? "src";
  const out = process.env.FINSAM_SITE_OUT || "dist";
  rmSync(join(root, ".observablehq", "cache"), { recursive: true, force: true });
  let start = performance.now();
  const written = await writePageData(root);
  process.stderr.write(
    `site: page data in ${((performance.now() - start) / 1000).toFixed(1)} s: ${Object.entries(written)
      .map(([route, n]) => `${n} ${route}`)
      .join(", ")}\n`,
  );
  start = performance.now();
  const framework = spawnSync(process.execPath, [FRAMEWORK, "build"], {
    // Framework runs the .ts loaders with `tsx` from the PATH, which npm scripts have and a bare `node` run has not.
    env: {
      ...process.env,
      OBSERVABLE_TELEMETRY_DISABLE: "true",
      PATH: [join(NODE_MODULES, ".bin"), process.env.PATH].join(delimiter),
    },
    stdio: "inherit",
  });
  if (framework.status !== 0) throw new Error(`site: observable build failed (exit ${framework.status})`);
  process.stderr.write(`site: Framework in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  step(
    "timestamps",
    () => stabilizeBuild(out),
    (n) => `${n} pages`,
  );
  step(
    "redirects",
    () => writeRedirects(out),
    (n) => `${n} old addresses`,
  );
  step(
    "compression",
    () => compressBuild(out),
    (s) => `${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB → ${(s.brotliBytes / 1e6).toFixed(1)} MB brotli`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSite();
