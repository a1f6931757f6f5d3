/** data/federations/<federation>.yaml: each federation's members, periods and interventions. */
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { registrySchema, type Registry } from "../schema/registry.ts";
import type { Paths } from "../config/paths.ts";
import { InputError, readYaml } from "./readYaml.ts";

export interface RegistryFile {
  registry: Registry;
  file: string;
  lineOf: (path: (string | number)[]) => number;
}

export async function readRegistries(paths: Paths): Promise<RegistryFile[]> {
  const files = (await readdir(paths.federations)).filter((f) => f.endsWith(".yaml")).sort();
  const out: RegistryFile[] = [];
  for (const f of files) {
    const file = join(paths.federations, f);
    const { data, lineOf } = await readYaml(file, registrySchema, paths.root);
    if (`${data.federation_id}.yaml` !== f)
      throw new InputError(relative(paths.root, file), "federation_id", `must match the file name (${f})`);
    out.push({ registry: data, file: relative(paths.root, file), lineOf });
  }
  return out;
}
