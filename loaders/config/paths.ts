/** Where everything lives, relative to the project root (overridable for tests). */
import { resolve } from "node:path";

export interface Paths {
  root: string;
  sources: string;
  manifest: string;
  federations: string;
  extracted: string;
  curated: string;
  warehouse: string;
}

export function projectPaths(root = process.env.FINSAM_ROOT ?? process.cwd()): Paths {
  const data = resolve(root, "data");
  return {
    root,
    sources: resolve(data, "sources"),
    manifest: resolve(data, "sources", "manifest.yaml"),
    federations: resolve(data, "federations"),
    extracted: resolve(data, "extracted"),
    curated: resolve(data, "curated"),
    warehouse: process.env.FINSAM_WAREHOUSE ?? resolve(data, "warehouse.duckdb"),
  };
}
