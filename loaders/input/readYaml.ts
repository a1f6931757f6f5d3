/**
 * Reading the project's YAML inputs (manifest, registry, curated files) with zod, so a
 * malformed file fails with its name, the JSON path and the reason.
 */
import { relative } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { READ_LIMITS, readBoundedText, UnreadableFileError } from "./readBounded.ts";

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${file}${where ? ` at ${where}` : ""}: ${reason}`);
  }
}

/** A node's line in the file, by its JSON path (1 when the path is not there). */
export type LineOf = (path: (string | number)[]) => number;

export interface ReadYamlOptions {
  /**
   * "lazy": read the file with js-yaml and find lines only when asked (for a message). The
   * `yaml` Document keeps every node's place, and building it costs some ten times js-yaml's
   * CPU: 1 s for the manifest of 3 375 documents at 75x15, while the load's workers wait. A
   * file that js-yaml or the schema refuses is read again as a Document, whose errors name the
   * line, so a bad file gets the same message either way.
   */
  lines?: "eager" | "lazy";
}

async function readText(file: string, name: string): Promise<string> {
  try {
    return await readBoundedText(file, { limit: READ_LIMITS.yaml, name });
  } catch (err) {
    if (err instanceof UnreadableFileError) throw new InputError(name, "", err.reason);
    throw err;
  }
}

/** The text as a `yaml` Document that knows its nodes' lines; a syntax error names its line. */
function located(text: string, name: string): { doc: ReturnType<typeof parseDocument>; lineOf: LineOf } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new InputError(name, `line ${e.linePos?.[0]?.line ?? "?"}`, e.message.split("\n")[0]!);
  }
  const lineOf: LineOf = (path) => {
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  return { doc, lineOf };
}

/** `lineOf` for the text, its Document built on the first call: until then the text is all it holds. */
export function lazyLines(text: string, name: string): LineOf {
  let lines: LineOf | undefined;
  return (path) => (lines ??= located(text, name).lineOf)(path);
}

/** js-yaml's reading of the text under YAML 1.2's core schema (as `yaml` reads it), or undefined where it refuses it. */
function quickly(text: string): { value: unknown } | undefined {
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/** Parse YAML and validate; errors name the file, the line (YAML syntax) or the JSON path (schema). */
export async function readYaml<T extends z.ZodType>(
  file: string,
  schema: T,
  root?: string,
  options: ReadYamlOptions = {},
): Promise<{ data: z.infer<T>; lineOf: LineOf; text: string }> {
  const name = root ? relative(root, file) : file;
  const text = await readText(file, name);
  if (options.lines === "lazy") {
    const quick = quickly(text);
    const parsed = quick && schema.safeParse(quick.value);
    if (parsed?.success) return { data: parsed.data, lineOf: lazyLines(text, name), text };
  }
  const { doc, lineOf } = located(text, name);
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String);
    throw new InputError(
      name,
      `${path.join(".") || "(root)"} (line ${lineOf(issue.path as (string | number)[])})`,
      issue.message,
    );
  }
  return { data: parsed.data, lineOf, text };
}

/**
 * The lines of a YAML file's nodes, for a message that needs one after the file was read with
 * lazy lines and let go: the file is read again (should it have changed since, a line may be off).
 */
export async function yamlLines(file: string, root?: string): Promise<LineOf> {
  const name = root ? relative(root, file) : file;
  return located(await readText(file, name), name).lineOf;
}
