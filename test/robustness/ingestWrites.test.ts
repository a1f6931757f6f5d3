/**
 * `ingest` writes all of a document or nothing: two ingests at once both land (the project lock),
 * a full disk leaves nothing behind (a real size-limited tmpfs where it can be mounted, and an
 * injected ENOSPC at the last file), and `ingest --replace` killed between its files is finished
 * by the next command, which says so. The faults are injected at the file layer of the CLI
 * process (test/support/faultInjection.ts), so the code under test is the shipped code.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { manifestEntries, minutesArgs, strayFiles } from "../support/ingestSandbox.ts";
import { fileHashes, runCli, runCliWithFault, sandbox, sha256Of, spawnCliWithFault } from "../support/sandbox.ts";
import { HASH_RECORD } from "../../loaders/input/hashRecord.ts";

const dirs: string[] = [];
function project(prefix: string, parent?: string): string {
  const dir = sandbox(prefix, parent);
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("two ingests at once (D1)", () => {
  it("both documents end up in the manifest, with nothing orphaned, past a lock left by a killed run", async () => {
    const dir = project("finsam-lock-");
    const gone = await new Promise<number>((ok) => {
      const child = spawn(process.execPath, ["-e", ""]);
      child.on("exit", () => ok(child.pid!));
    });
    writeFileSync(join(dir, "data/.finsam.lock"), `${gone} 0123456789abcdef\n`);
    // Each run waits 1.5 s before it puts its manifest in place: without a lock both have read
    // the old manifest by then, and the later rename drops the other's entry.
    const slowManifest = { ops: ["rename" as const], path: "manifest\\.yaml$", then: "delay:1500" as const };
    const runs = await Promise.all(
      ["2025-06-01", "2025-06-02"].map((date) =>
        finished(spawnCliWithFault(dir, minutesArgs(join(dir, `protokoll ${date}.txt`), date), slowManifest)),
      ),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const dates = manifestEntries(dir).map((e) => e.date);
    expect(dates).toContain("2025-06-01");
    expect(dates).toContain("2025-06-02");
    expect(strayFiles(dir)).toEqual([]);
  }, 120_000);
});

describe("a full disk during ingest (D3)", () => {
  // Mounted when a test of this block runs (not when the file is collected), unmounted after.
  let mountPoint = "";
  let mounted = false;
  beforeAll(() => {
    mountPoint = mkdtempSync(join(tmpdir(), "finsam-tmpfs-"));
    mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=6m", "tmpfs", mountPoint]).status === 0;
  });
  afterAll(() => {
    if (mounted) spawnSync("umount", [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it("on a real full tmpfs (where one can be mounted): exit 1, ENOSPC named, and not a byte changed", (ctx) => {
    if (!mounted) ctx.skip();
    const dir = project("finsam-full-", mountPoint);
    const doc = join(tmpdir(), `finsam-large-minutes-${process.pid}.txt`);
    const args = minutesArgs(doc, "2025-06-03");
    // A long but ordinary document: 200 kB of minutes, more than the space left below.
    writeFileSync(doc, readFileSync(doc, "utf8") + "Styrelsen diskuterade verksamheten under året.\n".repeat(4000));
    const before = fileHashes(join(dir, "data"));
    const filler = join(mountPoint, "filler");
    const { bavail, bsize } = statfsSync(mountPoint);
    writeFileSync(filler, Buffer.alloc(Number(bavail) * Number(bsize) - 64 * 1024));
    const run = runCli(dir, args);
    rmSync(filler);
    rmSync(doc);
    expect(run.status, run.stderr).toBe(1);
    expect(fileHashes(join(dir, "data"))).toEqual(before);
    expect(run.stderr).toMatch(/ENOSPC.*nothing was written/);
  });

  it("ENOSPC at the last file (the manifest) of a new federation: its new folders go too", () => {
    const dir = project("finsam-enospc-");
    const add = runCli(dir, [
      "add-federation",
      "nyby",
      "--name",
      "Samordningsförbundet Nyby (påhittat)",
      "--county",
      "Testlän",
      "--member",
      "Nyby kommun=municipality=Nyby",
    ]);
    expect(add.status, add.stderr).toBe(0);
    const before = fileHashes(join(dir, "data"));
    const args = minutesArgs(join(dir, "nyby protokoll.txt"), "2025-06-04");
    args[3] = "nyby";
    const run = runCliWithFault(dir, args, { ops: ["writeFile"], path: "manifest\\.yaml\\.tmp-", then: "ENOSPC" });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/ENOSPC/);
    expect(fileHashes(join(dir, "data"))).toEqual(before);
    for (const folder of ["sources", "extracted", "curated"])
      expect(existsSync(join(dir, "data", folder, "nyby")), folder).toBe(false);
  }, 60_000);
});

describe("ingest --replace killed midway (D5)", () => {
  const date = "2025-06-05";
  const id = `blekinge/${date}-board-minutes`;

  it("killed before the manifest is in place: the next load finishes the ingest, says so, and loads", () => {
    const dir = project("finsam-replace-");
    const doc = join(dir, "protokoll.txt");
    const first = runCli(dir, minutesArgs(doc, date));
    expect(first.status, first.stderr).toBe(0);
    const args = [...minutesArgs(doc, date, " (rättat)"), "--replace"];
    const killed = runCliWithFault(dir, args, { ops: ["rename"], path: "manifest\\.yaml$", then: "kill" });
    expect(killed.signal).toBe("SIGKILL");
    const load = runCli(dir, ["load"]);
    expect(load.status, load.stderr).toBe(0);
    expect(load.stderr).toContain(`finished an interrupted ingest of ${id}`);
    const entry = manifestEntries(dir).find((e) => e.date === date)!;
    expect(entry.sha256).toBe(sha256Of(doc));
    expect(strayFiles(dir)).toEqual([]);
  }, 120_000);

  it("killed before the old copy is deleted: the next command deletes it and says so", () => {
    const dir = project("finsam-replace-old-");
    const first = runCli(dir, minutesArgs(join(dir, "protokoll utkast.txt"), date));
    expect(first.status, first.stderr).toBe(0);
    const oldCopy = join(dir, "data/sources/blekinge/protokoll-utkast.txt");
    expect(existsSync(oldCopy)).toBe(true);
    const args = [...minutesArgs(join(dir, "protokoll justerat.txt"), date, " (justerat)"), "--replace"];
    const killed = runCliWithFault(dir, args, { ops: ["rm"], path: "protokoll-utkast\\.txt$", then: "kill" });
    expect(killed.signal).toBe("SIGKILL");
    const next = runCli(dir, ["extract", "--only", id]);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toContain(`finished an interrupted ingest of ${id}`);
    expect(existsSync(oldCopy)).toBe(false);
    expect(manifestEntries(dir).find((e) => e.date === date)!.file).toBe("blekinge/protokoll-justerat.txt");
    expect(strayFiles(dir)).toEqual([]);
  }, 120_000);

  it("killed while its files are being written: the next command rolls it back, and the old document stays", () => {
    const dir = project("finsam-replace-staging-");
    const doc = join(dir, "protokoll.txt");
    const first = runCli(dir, minutesArgs(doc, date));
    expect(first.status, first.stderr).toBe(0);
    // The extraction's record of its files' stamps (input/hashRecord.ts) is written by the next
    // extraction whatever it finds; every other file is as before.
    const notRecord = (name: string) => name === HASH_RECORD;
    const before = fileHashes(join(dir, "data"), notRecord);
    const args = [...minutesArgs(doc, date, " (rättat)"), "--replace"];
    const killed = runCliWithFault(dir, args, {
      ops: ["writeFile"],
      path: "extracted/.*\\.json\\.tmp-\\d+$",
      then: "kill",
    });
    expect(killed.signal).toBe("SIGKILL");
    const next = runCli(dir, ["extract", "--only", id]);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toContain(`rolled back an interrupted ingest of ${id}`);
    expect(fileHashes(join(dir, "data"), notRecord)).toEqual(before);
  }, 120_000);
});
