import { describe, expect, it } from "vitest";
import type { DuckDBConnection } from "@duckdb/node-api";
import { priorities, runSteps, type Step } from "../../loaders/warehouse/statementSteps.ts";

/** Stand-ins for connections: the steps below only record which one ran them. */
const fake = (name: string) => ({ name }) as unknown as DuckDBConnection;
const nameOf = (c: DuckDBConnection) => (c as unknown as { name: string }).name;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("statement steps", () => {
  it("gives a step the longest chain of costs from it to the end", () => {
    const p = priorities([
      { name: "read", cost: 1, run: async () => {} },
      { name: "choose", cost: 3, after: ["read"], run: async () => {} },
      { name: "findings", cost: 2, after: ["choose"], run: async () => {} },
      { name: "lines", cost: 4, run: async () => {} },
    ]);
    expect(p.get("findings")).toBe(2);
    expect(p.get("choose")).toBe(5);
    expect(p.get("read")).toBe(6);
    expect(p.get("lines")).toBe(4);
  });

  it("refuses steps that wait for each other or for a step not given", () => {
    expect(() =>
      priorities([
        { name: "a", cost: 1, after: ["b"], run: async () => {} },
        { name: "b", cost: 1, after: ["a"], run: async () => {} },
      ]),
    ).toThrow(/cycle/);
    expect(() => priorities([{ name: "a", cost: 1, after: ["nowhere"], run: async () => {} }])).toThrow(/unknown/);
  });

  it("starts no step before the steps it waits for have ended, and runs every step once", async () => {
    const log: string[] = [];
    const step = (name: string, cost: number, after: string[] = []): Step => ({
      name,
      cost,
      after,
      run: async (c) => {
        log.push(`start ${name} on ${nameOf(c)}`);
        await tick();
        await tick();
        log.push(`end ${name}`);
      },
    });
    let drainedOn: string | null = null;
    await runSteps(
      [fake("first"), fake("second")],
      [
        step("small table", 0.1),
        step("read sets", 1),
        step("choose facts", 2, ["read sets"]),
        step("findings", 1, ["choose facts"]),
        step("document lines", 2.5),
      ],
      async (c) => {
        drainedOn = nameOf(c);
      },
    );
    const at = (entry: string) => log.indexOf(entry);
    for (const name of ["small table", "read sets", "choose facts", "findings", "document lines"])
      expect(log.filter((l) => l.startsWith(`start ${name} `))).toHaveLength(1);
    expect(at("end read sets")).toBeLessThan(log.findIndex((l) => l.startsWith("start choose facts")));
    expect(at("end choose facts")).toBeLessThan(log.findIndex((l) => l.startsWith("start findings")));
    // The chain most work waits on and the longest free step start first; the small table fills in.
    expect(log.slice(0, 2).sort()).toEqual(["start document lines on second", "start read sets on first"]);
    expect(drainedOn).not.toBeNull();
  });

  it("starts nothing after a failure, lets the running step end, and throws the failure", async () => {
    const started: string[] = [];
    let otherEnded = false;
    const failing = runSteps(
      [fake("first"), fake("second")],
      [
        {
          name: "bad",
          cost: 2,
          run: async () => {
            started.push("bad");
            await tick();
            throw new Error("duplicate rows");
          },
        },
        {
          name: "slow",
          cost: 1.5,
          run: async () => {
            started.push("slow");
            for (let k = 0; k < 5; k++) await tick();
            otherEnded = true;
          },
        },
        { name: "later", cost: 0.1, after: ["slow"], run: async () => void started.push("later") },
      ],
    );
    await expect(failing).rejects.toThrow(/duplicate rows/);
    expect(otherEnded).toBe(true);
    expect(started).not.toContain("later");
  });
});
