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

/**
 * `lineOf` for the text, its Document built on the first call that needs it: until then the text
 * is all it holds. An item of a top-level sequence (`["members", 3]`) is found from the text's
 * lines where the text has the plain shape `sequenceItemLines` reads: building the Document cost
 * some 10 ms per registry of 16 members, and a load asks for every member's line (the member
 * rows' source_line), in every federation (75x15: about 7 % of the load's CPU).
 */
export function lazyLines(text: string, name: string): LineOf {
  let lines: LineOf | undefined;
  const items = new Map<string, readonly number[] | null>();
  return (path) => {
    if (path.length === 2 && typeof path[0] === "string" && typeof path[1] === "number") {
      let found = items.get(path[0]);
      if (found === undefined) items.set(path[0], (found = sequenceItemLines(text, path[0])));
      const line = found?.[path[1]];
      if (line !== undefined) return line;
    }
    return (lines ??= located(text, name).lineOf)(path);
  };
}

/** A line's part before its comment (a `#` opening the line or after a space). */
const codeOf = (line: string) => {
  const hash = line.search(/(^| )#/);
  return hash < 0 ? line : line.slice(0, hash);
};
/** An item opened by a block mapping's first key (`- short_name: …`). */
const BLOCK_ITEM = /^ *- +[\p{L}\p{N}_][\p{L}\p{N}_ -]*:( |$)/u;
const FLOW_ITEM = /^ *- +\{/;
/** `- { … }`: one flow mapping, closed by the line's last character (`code` has no trailing space). */
const oneFlowMapping = (code: string) => {
  if (!FLOW_ITEM.test(code)) return false;
  let depth = 0;
  for (let k = code.indexOf("{"); k < code.length; k++) {
    const c = code[k];
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    if (depth === 0) return k === code.length - 1;
  }
  return false;
};
/** Characters whose YAML meaning (quotes, anchors, aliases, tags, block scalars, directives) this does not read. */
const UNREAD = /[\t\r"'&*!|>%@`]/;
/** Opening and closing brackets on the line balance: no flow collection goes on to another line. */
const balanced = (code: string) => {
  let depth = 0;
  for (const c of code) {
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
};

/**
 * The 1-based lines of the items of the top-level block sequence under `key`, each where its
 * node starts (where the `yaml` Document's node range opens: the item's `- ` line), read from the
 * lines alone; or null where the text is not in the plain shape this reads exactly, and the
 * Document must say. The shape: the key on a line of its own at column 0, once; its items at one
 * indentation (not column 0), each a block mapping opened on its `- ` line (`- short_name: A`) or
 * a flow mapping on that line (`- { short_name: A, aliases: [B] }`); every other line of the
 * sequence more indented than its items, blank or a comment; in the whole file, outside comments,
 * no tab, carriage return, quote, anchor, alias, tag, block scalar, directive or document marker,
 * and no flow collection over more than one line.
 */
export function sequenceItemLines(text: string, key: string): number[] | null {
  const lines = text.split("\n");
  let at = -1;
  for (const [i, line] of lines.entries()) {
    const code = codeOf(line);
    if (UNREAD.test(code) || !balanced(code) || /^(-|\?|\{|\[|\.\.\.)/.test(code)) return null;
    if (code.startsWith(key) && (code[key.length] === ":" || code[key.length] === " ")) {
      if (at >= 0 || code.slice(key.length).trimEnd() !== ":") return null;
      at = i;
    }
  }
  if (at < 0) return null;
  const items: number[] = [];
  let indent = -1;
  /** The last item was a flow mapping: nothing more of it may follow. */
  let closed = false;
  for (let i = at + 1; i < lines.length; i++) {
    const code = codeOf(lines[i]!).trimEnd();
    if (code.trim() === "") continue;
    const own = code.length - code.trimStart().length;
    if (own === 0) break; // the next top-level key
    if (indent < 0) indent = own;
    if (own < indent || (own > indent && closed)) return null;
    if (own > indent) continue;
    closed = !BLOCK_ITEM.test(code);
    if (closed ? !oneFlowMapping(code) : /[{}[\]]/.test(code)) return null;
    items.push(i + 1);
  }
  return items.length > 0 ? items : null;
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
