/**
 * Reading the project's YAML inputs (manifest, registry, curated files) with zod, so a
 * malformed file fails with its name, the JSON path and the reason.
 */
import { relative } from "node:path";
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

/** Parse YAML and validate; errors name the file, the line (YAML syntax) or the JSON path (schema). */
export async function readYaml<T extends z.ZodType>(
  file: string,
  schema: T,
  root?: string,
): Promise<{ data: z.infer<T>; lineOf: (path: (string | number)[]) => number }> {
  const name = root ? relative(root, file) : file;
  let text: string;
  try {
    text = await readBoundedText(file, { limit: READ_LIMITS.yaml, name });
  } catch (err) {
    if (err instanceof UnreadableFileError) throw new InputError(name, "", err.reason);
    throw err;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new InputError(name, `line ${e.linePos?.[0]?.line ?? "?"}`, e.message.split("\n")[0]!);
  }
  const parsed = schema.safeParse(doc.toJS());
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String);
    throw new InputError(
      name,
      `${path.join(".") || "(root)"} (line ${lineOf(issue.path as (string | number)[])})`,
      issue.message,
    );
  }
  return { data: parsed.data, lineOf };
}
