/**
 * The warehouse's statements as steps with dependencies, run on a few DuckDB connections at once
 * (buildWarehouse.ts): each connection takes the ready step of highest priority whenever it is
 * free, so both cores stay busy to the end. Two fixed lanes (one list of statements per
 * connection) left one core idle for a second of a national load: a lane waited for a table
 * the other read, and the longer lane ran alone at the end.
 *
 * A step's priority is the longest chain of estimated costs from it to the end (its own cost and
 * that of the longest chain of steps waiting on it): a step many others wait for starts first,
 * and a long step with none waiting on it starts early enough to end with the others. The
 * estimates only order the work; the statements and what they write are the same in any order,
 * since a step starts only after every step it reads from has ended.
 */
import type { DuckDBConnection } from "@duckdb/node-api";

export interface Step {
  /** Unique among the steps. */
  name: string;
  /** Steps that must have ended before this one starts. */
  after?: readonly string[];
  /** Estimated cost (seconds of one core at 75x15; only its size relative to the others counts). */
  cost: number;
  run: (conn: DuckDBConnection) => Promise<void>;
}

/** Each step's priority: its cost plus the largest priority among the steps waiting on it. */
export function priorities(steps: readonly Step[]): Map<string, number> {
  const byName = new Map(steps.map((s) => [s.name, s]));
  const waiting = new Map<string, string[]>(steps.map((s) => [s.name, []]));
  for (const s of steps)
    for (const a of s.after ?? []) {
      if (!byName.has(a)) throw new Error(`step ${s.name} waits for an unknown step ${a}`);
      waiting.get(a)!.push(s.name);
    }
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  // Iterative depth-first walk (no recursion: the steps are few, but a cycle must be refused, not overflow).
  for (const s of steps) {
    const stack: { name: string; done: boolean }[] = [{ name: s.name, done: false }];
    while (stack.length > 0) {
      const top = stack.pop()!;
      if (memo.has(top.name)) continue;
      const next = waiting.get(top.name)!;
      if (top.done) {
        visiting.delete(top.name);
        let most = 0;
        for (const n of next) most = Math.max(most, memo.get(n)!);
        memo.set(top.name, byName.get(top.name)!.cost + most);
        continue;
      }
      if (visiting.has(top.name)) throw new Error(`steps wait for each other in a cycle through ${top.name}`);
      visiting.add(top.name);
      stack.push({ name: top.name, done: true });
      for (const n of next) if (!memo.has(n)) stack.push({ name: n, done: false });
    }
  }
  return memo;
}

/**
 * Run every step on the connections, each connection one step at a time; `drained` is called
 * once, on the first connection that finds no step left to take (the others may still run one).
 * After a failure no step is started; the steps running end, then the first error is thrown.
 */
export async function runSteps(
  conns: readonly DuckDBConnection[],
  steps: readonly Step[],
  drained?: (conn: DuckDBConnection) => Promise<void>,
): Promise<void> {
  const priority = priorities(steps);
  const pending = [...steps].sort((a, b) => priority.get(b.name)! - priority.get(a.name)!);
  const done = new Set<string>();
  let failure: { error: unknown } | null = null;
  let calledDrained = false;
  /** Woken when a step ends: a connection waiting for a ready step looks again. */
  let wake: () => void = () => {};
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const ended = () => {
    const w = wake;
    changed = new Promise<void>((resolve) => (wake = resolve));
    w();
  };
  const ready = (s: Step) => (s.after ?? []).every((a) => done.has(a));

  const worker = async (conn: DuckDBConnection) => {
    for (;;) {
      if (failure) return;
      if (pending.length === 0) {
        if (!calledDrained && drained) {
          calledDrained = true;
          try {
            await drained(conn);
          } catch (error) {
            failure ??= { error };
          }
        }
        return;
      }
      const at = pending.findIndex(ready);
      if (at < 0) {
        await changed;
        continue;
      }
      const [step] = pending.splice(at, 1);
      try {
        await step!.run(conn);
        done.add(step!.name);
      } catch (error) {
        failure ??= { error };
      }
      ended();
    }
  };
  await Promise.all(conns.map(worker));
  if (failure) throw (failure as { error: unknown }).error;
}
