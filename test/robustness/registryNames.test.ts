/**
 * What `add-federation` (and a registry file) may name: ids every system can use as a file name
 * (not con, nul, com1 …, not hundreds of characters), and names without control characters, so
 * an ANSI escape in `--name` never reaches a terminal or a page. Swedish names must still pass.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRegistry } from "../../loaders/ingest/addFederation.ts";
import { windowsReservedName } from "../../loaders/reference/slug.ts";
import { registrySchema } from "../../loaders/schema/registry.ts";
import { fileHashes, runCli, sandbox } from "../support/sandbox.ts";

let dir: string;
beforeAll(() => {
  dir = sandbox("finsam-names-");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MEMBER = "Nyby kommun=municipality=Nyby";
const addFederation = (id: string, name = "Samordningsförbundet Nyby") =>
  runCli(dir, ["add-federation", id, "--name", name, "--county", "Testlän", "--member", MEMBER]);

describe("federation ids (D9)", () => {
  it("`add-federation con` is refused with the reason, and no con.yaml is written", () => {
    const before = fileHashes(join(dir, "data"));
    const run = addFederation("con");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/the id "con" is a reserved file name on Windows/);
    expect(existsSync(join(dir, "data/federations/con.yaml"))).toBe(false);
    expect(fileHashes(join(dir, "data"))).toEqual(before);
  });

  it("a 300-character id is refused as too long, not with a raw ENAMETOOLONG", () => {
    const run = addFederation("a".repeat(300));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/the id is too long \(at most 64 characters/);
    expect(run.stderr).not.toMatch(/ENAMETOOLONG/);
  });

  it("every reserved name, any case and with extensions; ids that only start like one pass", () => {
    const build = (id: string) => () => buildRegistry({ id, name: "N", county: "C", members: [MEMBER] });
    for (const id of ["con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"])
      expect(build(id), id).toThrow(/reserved file name on Windows/);
    for (const name of ["CON", "con.yaml", "Nul.txt", "COM1.tar.gz", "lpt3.pdf"])
      expect(windowsReservedName(name), name).toBe(true);
    for (const id of ["console", "con-sam", "nulla", "com10", "aux-dalarna", "a".repeat(64)])
      expect(build(id), id).not.toThrow();
    expect(build("a".repeat(65))).toThrow(/too long/);
  });
});

describe("control characters in names (D8)", () => {
  it("an ANSI escape in --name is refused, and the escape is not echoed", () => {
    const before = fileHashes(join(dir, "data"));
    const run = addFederation("nyby", "\u001b[31mSamordningsförbundet Nyby\u001b[0m");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--name contains a control character \(U\+001B at character 1\)/);
    expect(run.stdout + run.stderr).not.toContain("\u001b");
    expect(fileHashes(join(dir, "data"))).toEqual(before);
  });

  it("in --county, --member and a hand-edited registry file too; Swedish names pass", () => {
    const args = { id: "nyby", name: "Samordningsförbundet Nyby", county: "Testlän", members: [MEMBER] };
    expect(() => buildRegistry({ ...args, county: "Test\u0007län" })).toThrow(/--county contains a control character/);
    expect(() => buildRegistry({ ...args, members: ["Nyby\u0000 kommun=municipality"] })).toThrow(
      /--member contains a control character \(U\+0000/,
    );
    expect(() => buildRegistry({ ...args, name: "Nyby\u202Eförbundet" })).toThrow(/U\+202E/);
    const ok = buildRegistry({ ...args, name: "Samordningsförbundet Östra Åby–Älvdalen (FINSAM)" });
    const edited = { ...ok, members: ok.members.map((m, i) => (i === 0 ? { ...m, name: "Nyby\u009bkommun" } : m)) };
    const parsed = registrySchema.safeParse(edited);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["members", 0, "name"]);
  });

  it("an escape in `ingest --title` is refused before anything is read or written", () => {
    const before = fileHashes(join(dir, "data"));
    const run = runCli(dir, [
      "ingest",
      join(dir, "data/sources/blekinge/blekinge_2025-05-05_styrelseprotokoll.txt"),
      "--federation",
      "blekinge",
      "--kind",
      "board_minutes",
      "--year",
      "2025",
      "--date",
      "2025-06-20",
      "--title",
      "Protokoll\u001b]0;hej\u0007",
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--title contains a control character \(U\+001B/);
    expect(fileHashes(join(dir, "data"))).toEqual(before);
  });
});
