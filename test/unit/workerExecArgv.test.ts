import { afterEach, describe, expect, it } from "vitest";
import { workerExecArgv } from "../../loaders/config/workerBundle.ts";

// A worker refuses the heap's sizes as flags ("invalid execArgv flags"): a load or an extraction run
// with a larger young generation (`node --max-semi-space-size=64 …`) must still start its workers.
describe("workerExecArgv", () => {
  const saved = process.execArgv;
  afterEach(() => {
    process.execArgv = saved;
  });
  it("drops the semi-space sizes and tsx's loader (must fire)", () => {
    process.execArgv = [
      "--max-semi-space-size=64",
      "--import",
      "/x/node_modules/tsx/dist/loader.mjs",
      "--min-semi-space-size=16",
    ];
    expect(workerExecArgv()).toEqual([]);
  });
  it("keeps every other flag (must not fire)", () => {
    process.execArgv = [
      "--max-old-space-size=2048",
      "--heap-growing-percent=100",
      "--no-turbo-inlining",
      "--max-semi-space",
    ];
    expect(workerExecArgv()).toEqual(process.execArgv);
  });
});
