/** data/federations/<federation>.yaml: each federation's members, periods and interventions. */
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { registrySchema, type Registry } from "../schema/registry.ts";
import type { Paths } from "../config/paths.ts";
import { InputError, readYaml, type ReadYamlOptions } from "./readYaml.ts";

export interface RegistryFile {
  registry: Registry;
  file: string;
  lineOf: (path: (string | number)[]) => number;
}

/** A registry file as read, with its text: a load's worker thread finds its lines from it. */
export type ReadRegistryFile = RegistryFile & { text: string };

export async function readRegistries(paths: Paths, options: ReadYamlOptions = {}): Promise<ReadRegistryFile[]> {
  const files = (await readdir(paths.federations)).filter((f) => f.endsWith(".yaml")).sort();
  const out: ReadRegistryFile[] = [];
  for (const f of files) {
    const file = join(paths.federations, f);
    const { data, lineOf, text } = await readYaml(file, registrySchema, paths.root, options);
    if (`${data.federation_id}.yaml` !== f)
      throw new InputError(relative(paths.root, file), "federation_id", `must match the file name (${f})`);
    out.push({ registry: data, file: relative(paths.root, file), lineOf, text });
  }
  return out;
}
