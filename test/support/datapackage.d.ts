/**
 * Types for the part of `datapackage` (the Frictionless Data project's JavaScript library,
 * CommonJS, no types of its own) that the export test uses. Node's ESM loader finds its named
 * exports (`module.exports = { Package, … }`), so a plain `import { Package }` works on Node 20.
 */
declare module "datapackage" {
  export interface ReadOptions {
    cast?: boolean;
    keyed?: boolean;
    relations?: boolean;
    limit?: number;
  }
  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly tabular: boolean;
    readonly descriptor: { format?: string; path?: string; profile?: string; [key: string]: unknown };
    read(options: ReadOptions & { keyed: true }): Promise<Record<string, unknown>[]>;
    read(options?: ReadOptions): Promise<unknown[][]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly profile: { name: string };
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
}
