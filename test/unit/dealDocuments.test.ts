/** The extraction pool's dealer: every document once, a worker kept to one federation, no core left idle at the end. */
import { describe, expect, it } from "vitest";
import { DocumentDealer } from "../../loaders/extract/dealDocuments.ts";

/** Deal to `workers` workers in turn until every document is dealt: what each worker took. */
function dealAll(federations: string[], workers: number): number[][] {
  const dealer = new DocumentDealer(federations);
  const took: number[][] = Array.from({ length: workers }, () => []);
  for (let done = 0; done < workers;)
    for (let w = 0, idle = 0; w < workers; w++) {
      const i = dealer.next(w);
      if (i === undefined) idle++;
      else took[w]!.push(i);
      if (w === workers - 1) done = idle;
    }
  return took;
}

describe("the documents an extraction worker takes", () => {
  it("keeps a worker to one federation's documents while they last", () => {
    const federations = ["a", "a", "a", "a", "b", "b", "b", "b", "c", "c", "c", "c"];
    const took = dealAll(federations, 2);
    expect(took[0]!.slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(took[1]!.slice(0, 4)).toEqual([4, 5, 6, 7]);
    // Dealt in turn instead, worker 0 would have read every other document of each federation.
    expect(took[0]).not.toEqual([0, 2, 4, 6, 8, 10]);
  });

  it("deals every document exactly once, whatever the number of workers", () => {
    const federations = Array.from({ length: 137 }, (_, i) => `f${Math.floor(i / 9)}`);
    for (const workers of [1, 2, 3, 4]) {
      const all = dealAll(federations, workers).flat();
      expect(all.sort((x, y) => x - y)).toEqual(federations.map((_, i) => i));
    }
  });

  it("splits the last federation between workers rather than leave one idle", () => {
    const took = dealAll(["a", "a", "a", "a", "a", "a", "a", "a"], 2);
    expect(took[0]!.length).toBeGreaterThan(0);
    expect(took[1]!.length).toBeGreaterThan(0);
    expect(took[1]![0]).toBe(4);
  });

  it("starts a new run after a bounded number of one federation's documents", () => {
    const took = dealAll(
      Array.from({ length: 100 }, () => "big"),
      2,
    );
    expect(took[1]![0]).toBe(48);
  });

  it("deals nothing when there are no documents", () => {
    expect(new DocumentDealer([]).next(0)).toBeUndefined();
  });
});
