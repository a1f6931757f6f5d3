/**
 * Loaded with `node --import` into a CLI run by a test, never by the code under test: it wraps
 * `rename`, `rm` and `writeFile` of node:fs/promises so that one chosen call fails as the OS
 * would make it fail, and a test can stop a command at an exact point. FINSAM_FAULT (JSON):
 *
 *   ops     the calls that may fail: "rename", "rm", "writeFile"
 *   path    a regular expression on the path (for rename: the source or the destination)
 *   nth     the matching call that fails (1 = the first; default 1)
 *   armedBy a regular expression: only calls after a completed call on such a path count
 *   then    "kill": SIGKILL before the call; "kill-midway": like kill, but an rm of a folder first
 *           deletes half of its files (a recursive rm cut short); "ENOSPC": the call throws ENOSPC; "delay:<ms>": wait, then do it
 */
import { createRequire, syncBuiltinESMExports } from "node:module";
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

interface Fault {
  ops: ("rename" | "rm" | "writeFile")[];
  path: string;
  nth?: number;
  armedBy?: string;
  then: string;
}

const spec = process.env.FINSAM_FAULT;
if (spec) {
  const fault = JSON.parse(spec) as Fault;
  const require = createRequire(import.meta.url);
  const fsp = require("node:fs/promises") as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const matches = new RegExp(fault.path);
  const arming = fault.armedBy ? new RegExp(fault.armedBy) : null;
  let armed = arming === null;
  let seen = 0;
  const paths = (op: string, args: unknown[]) =>
    (op === "rename" ? [args[0], args[1]] : [args[0]]).map((p) => String(p));

  /** Delete about half of the files under `dir` (a recursive rm cut short), depth first. */
  const die = (): Promise<never> => {
    process.kill(process.pid, "SIGKILL");
    return new Promise<never>(() => {});
  };

  const deleteHalf = (dir: string) => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d).sort()) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(dir);
    for (const f of files.slice(0, Math.ceil(files.length / 2))) rmSync(f);
  };

  for (const op of ["rename", "rm", "writeFile"] as const) {
    const original = fsp[op]!;
    fsp[op] = async (...args: unknown[]) => {
      const ps = paths(op, args);
      if (armed && fault.ops.includes(op) && ps.some((p) => matches.test(p)) && ++seen === (fault.nth ?? 1)) {
        if (fault.then === "kill") return die();
        if (fault.then === "kill-midway") {
          if (op === "rm" && statSync(ps[0]!, { throwIfNoEntry: false })?.isDirectory()) deleteHalf(ps[0]!);
          return die();
        }
        if (fault.then === "ENOSPC")
          throw Object.assign(new Error(`ENOSPC: no space left on device, ${op} '${ps[0]}'`), {
            code: "ENOSPC",
            errno: -28,
            syscall: op,
          });
        const delay = /^delay:(\d+)$/.exec(fault.then);
        if (delay) await new Promise((resolve) => setTimeout(resolve, Number(delay[1])));
      }
      const result = await original(...args);
      if (arming && ps.some((p) => arming.test(p))) armed = true;
      return result;
    };
  }
  syncBuiltinESMExports();
}
