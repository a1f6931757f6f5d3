/**
 * The lines of a top-level sequence's items read from the text's lines (readYaml.ts
 * `sequenceItemLines`) must be the lines the `yaml` Document gives, wherever the shortcut answers;
 * any shape it does not read exactly must leave the answer to the Document (null).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORE_SCHEMA, load } from "js-yaml";
import { LineCounter, isSeq, parseDocument } from "yaml";
import { lazyLines, sequenceItemLines } from "../../loaders/input/readYaml.ts";

/** The items' lines as the Document gives them (what lineOf answered before), or "error". */
function documentLines(text: string, key: string): number[] | "error" | "none" {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) return "error";
  const seq = doc.get(key, true);
  if (!isSeq(seq)) return "none";
  return seq.items.map((n) => lineCounter.linePos((n as { range: [number, number, number] }).range[0]).line);
}

const readByJsYaml = (text: string) => {
  try {
    load(text, { schema: CORE_SCHEMA });
    return true;
  } catch {
    return false;
  }
};

const head =
  "# Made-up federation, for tests.\nfederation_id: nyby\nname: Samordningsförbundet Nyby\ncounty: Nyby län\n";
const tail = "interventions:\n  - short_name: Steget\n    name: Projekt Steget\n    kind: project\n";
const block = (n: number, indent = "  ") =>
  Array.from(
    { length: n },
    (_, i) =>
      `${indent}- short_name: M${i}\n${indent}  name: M${i} kommun\n${indent}  member_type: municipality\n${indent}  aliases:\n${indent}    - M${i}s kommun\n`,
  ).join("");
const flow = (n: number, indent = "  ") =>
  Array.from(
    { length: n },
    (_, i) =>
      `${indent}- { short_name: M${i}, name: M${i} kommun, member_type: municipality${i % 2 ? `, aliases: [A${i}, B${i}]` : ""} }\n`,
  ).join("");

/** Texts the shortcut reads (its lines must be the Document's). */
const read: Record<string, string> = {
  block: `${head}members:\n${block(4)}${tail}`,
  blockAtTheEnd: `${head}members:\n${block(3)}`,
  flow: `${head}members:\n${flow(5)}${tail}`,
  indentedFour: `${head}members:\n${block(3, "    ")}${tail}`,
  commentsAndBlankLines: `${head}members: # the members\n  # first\n${block(1)}\n\n  # second, after a blank line\n${block(1)}    # a comment deeper in\n${flow(1)}${tail}`,
  spacedDash: `${head}members:\n  -   short_name: A\n      name: A kommun\n      member_type: municipality\n${tail}`,
  commentWithQuotes: `# "Organisation" of the 'report' | > & * !\n${head}members:\n${flow(3)}${tail}`,
  plainMultiLine: `${head}members:\n  - short_name: A\n    name: A kommun som har\n      ett långt namn\n    member_type: municipality\n  - short_name: B\n    name: B\n    member_type: municipality\n${tail}`,
  keyAfter: `members:\n${flow(2)}${head}`,
  hashInScalar: `${head}members:\n  - short_name: A#1\n    name: A kommun\n    member_type: municipality\n${tail}`,
};

/** Texts the shortcut leaves to the Document. */
const notRead: Record<string, string> = {
  quotes: `${head}members:\n  - short_name: "A"\n    name: A\n    member_type: municipality\n`,
  anchor: `${head}members:\n  - &a\n    short_name: A\n    name: A\n    member_type: municipality\n  - *a\n`,
  tag: `${head}members:\n  - !!map { short_name: A, name: A, member_type: municipality }\n`,
  blockScalar: `${head}members:\n  - short_name: A\n    name: |\n      A\n    member_type: municipality\n`,
  contentOnNextLine: `${head}members:\n  -\n    short_name: A\n    name: A\n    member_type: municipality\n`,
  sequenceAtColumnZero: `${head}members:\n- short_name: A\n  name: A\n  member_type: municipality\n${tail}`,
  flowSequence: `${head}members: [{ short_name: A, name: A, member_type: municipality }]\n`,
  flowOverLines: `${head}members:\n  - { short_name: A,\n      name: A, member_type: municipality }\n`,
  flowListOverLines: `${head}members:\n  - short_name: A\n    aliases: [X,\n      Y]\n    name: A\n    member_type: municipality\n`,
  twoFlowMappings: `${head}members:\n  - { short_name: A } { name: A }\n`,
  flowThenText: `${head}members:\n  - { short_name: A, name: A, member_type: municipality } x\n`,
  nestedSequence: `${head}members:\n  - - short_name: A\n`,
  plainScalarItem: `${head}members:\n  - A kommun\n`,
  blockItemWithFlowValue: `${head}members:\n  - aliases: [A]\n    short_name: A\n`,
  crlf: `${head}members:\r\n${block(2)}`.replace(/\n/g, "\r\n"),
  tab: `${head}members:\n${block(2)}\tx: 1\n`,
  documentMarker: `---\n${head}members:\n${block(2)}`,
  twoDocuments: `${head}members:\n${block(2)}---\nmembers:\n${block(1)}`,
  directive: `%YAML 1.2\n---\n${head}members:\n${block(2)}`,
  keyTwice: `members:\n${block(1)}${head}members:\n${block(2)}`,
  keyWithValue: `${head}members: []\n`,
  keySpaced: `${head}members :\n${block(2)}`,
  complexKey: `? members\n: - short_name: A\n`,
  mapping: `${head}members:\n  short_name: A\n`,
  lessIndentedItem: `${head}members:\n    - short_name: A\n      name: A\n  - short_name: B\n`,
  missing: `${head}${tail}`,
};

describe("sequenceItemLines", () => {
  for (const [name, text] of Object.entries(read))
    it(`reads ${name} as the Document does`, () => {
      const fast = sequenceItemLines(text, "members");
      expect(fast).not.toBeNull();
      expect(fast).toEqual(documentLines(text, "members"));
    });

  for (const [name, text] of Object.entries(notRead))
    it(`leaves ${name} to the Document`, () => {
      expect(sequenceItemLines(text, "members")).toBeNull();
    });

  it("reads the bundled registries as the Document does", () => {
    const dir = join(import.meta.dirname, "../../data/federations");
    const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(dir, f), "utf8");
      for (const key of ["members", "interventions"]) {
        const fast = sequenceItemLines(text, key);
        if (fast !== null) expect(fast, `${f} ${key}`).toEqual(documentLines(text, key));
      }
      expect(sequenceItemLines(text, "members"), f).not.toBeNull();
    }
  });

  it("agrees with the Document on generated shapes wherever it answers", () => {
    // Pieces mixed in every order: items of both kinds, comments, blank lines, deeper lines.
    const pieces = [
      "  - short_name: A\n    name: A\n",
      "  - { short_name: B, aliases: [X, Y] }\n",
      "  # a comment\n",
      "\n",
      "    member_type: region\n",
      "      - deeper\n",
      "  - short_name: C # with a comment\n",
      "  -  { short_name: D }   # spaced\n",
      "   - short_name: E\n",
      "x: 1\n",
      "    aliases:\n      - X\n",
      "  -\n",
      "    - short_name: F\n",
      " - short_name: G\n",
      "  - { short_name: H, aliases: [{ a: 1 }] }\n",
      "    { a: 1 }\n",
      "  - short_name: I\n    aliases: [X]\n",
    ];
    let answered = 0;
    // A fixed pseudo-random sequence (an LCG): the same texts on every run.
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 5000; n++) {
      let body = "";
      const length = 1 + (next() % 8);
      for (let k = 0; k < length; k++) body += pieces[next() % pieces.length];
      const text = `${head}members:\n${body}${tail}`;
      // lazyLines is only ever given a text js-yaml read (readYaml's lazy path): others are the Document's alone.
      if (!readByJsYaml(text)) continue;
      const fast = sequenceItemLines(text, "members");
      const slow = documentLines(text, "members");
      // Where the Document refuses a text js-yaml read, lineOf stopped the load: the shortcut must not answer.
      if (slow === "error") expect(fast, JSON.stringify(text)).toBeNull();
      if (fast === null) continue;
      answered++;
      expect(fast, JSON.stringify(text)).toEqual(slow);
    }
    expect(answered).toBeGreaterThan(100);
  });
});

describe("lazyLines", () => {
  it("answers an item's line without the Document, and any other path from it", () => {
    const text = read.block!;
    const lineOf = lazyLines(text, "registry.yaml");
    expect([0, 1, 2, 3].map((i) => lineOf(["members", i]))).toEqual(documentLines(text, "members"));
    // Past the last item, deeper paths and other keys: the Document's answers.
    expect(lineOf(["members", 9])).toBe(1);
    expect(lineOf(["members", 1, "name"])).toBe(12);
    expect(lineOf(["county"])).toBe(4);
  });

  it("leaves a shape it does not read to the Document", () => {
    const text = notRead.contentOnNextLine!;
    expect(lazyLines(text, "registry.yaml")(["members", 0])).toBe(7);
  });
});
