/**
 * A worker thread's code as one plain JavaScript module, bundled by esbuild once per run and
 * started from memory (extraction's and the load's worker pools). Workers that ran the
 * TypeScript through tsx compiled every module again in a loader thread of their own (about a
 * second of CPU each), and tsx keeps function names (esbuild's keepNames), which wraps every
 * closure created per line or row in a defineProperty call. Packages stay outside the bundle,
 * imported by absolute URL from this project's node_modules.
 */
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

/** A module started from a data: URL resolves no bare package names, only Node's own and absolute URLs. */
const packagesByAbsoluteUrl: Plugin = {
  name: "packages-by-absolute-url",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("node:") || builtinModules.includes(args.path)
        ? { path: args.path, external: true }
        : { path: import.meta.resolve(args.path), external: true },
    );
  },
};

/** The module at `entry` (a .ts file) and what it imports, bundled: a data: URL to start a Worker with. */
export async function workerBundle(entry: URL): Promise<URL> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // esbuild 0.27 counts no Node version as supporting \p{…} in a pattern, and rewrites every such
    // literal as `new RegExp(source, flags)`: a pattern written inside a function would then be
    // looked up and allocated again at every call. Node 20 reads them natively.
    supported: { "regexp-unicode-property-escapes": true },
    write: false,
    logLevel: "silent",
    plugins: [packagesByAbsoluteUrl],
  });
  const code = Buffer.from(result.outputFiles[0]!.contents).toString("base64");
  return new URL(`data:text/javascript;base64,${code}`);
}

/**
 * Node's flags for the workers, without tsx's loader (the bundle is plain JavaScript) and without
 * the heap's sizes, which a worker refuses as flags (its own are set by `resourceLimits`).
 */
export function workerExecArgv(): string[] {
  const tsx = (a: string | undefined) => a !== undefined && /(^|[/\\=])tsx([/\\]|$)/.test(a);
  const heapSize = (a: string) => /^--(?:max|min)-semi-space-size(?:=|$)/.test(a);
  return process.execArgv.filter((a, i, all) => !tsx(a) && !tsx(all[i + 1]) && !heapSize(a));
}
