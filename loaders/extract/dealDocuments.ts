/**
 * Which document an extraction worker takes next. A worker keeps to one federation's documents
 * while any are left: a federation's reports repeat their headings, labels and sentences year
 * after year, and the readers remember what they made of a text (textMemo.ts), so a worker that
 * read last year's report reads this year's for less. Dealt in turn instead, each worker saw
 * every other document of every federation (25x15, side by side on the same machine: 66.5 s of
 * CPU dealt in turn, 64.3 s kept to a federation). A worker whose
 * federations are done takes the next one nobody has started, and at the end the last documents
 * of another worker's federation, so no core waits idle for a long queue.
 */

/** Consecutive documents kept together: a bound on how many answers wait to be written in order. */
const RUN = 48;

export class DocumentDealer {
  /** Runs of manifest indices not started yet, in manifest order. */
  private readonly runs: number[][] = [];
  /** Each worker's run, what is left of it. */
  private readonly taken = new Map<number, number[]>();

  /** `federations[i]` is the federation of manifest entry i. */
  constructor(federations: readonly string[]) {
    federations.forEach((federation, i) => {
      const last = this.runs.at(-1);
      if (last && last.length < RUN && federations[last[0]!] === federation) last.push(i);
      else this.runs.push([i]);
    });
    this.runs.reverse();
  }

  /** The next manifest index for `worker`, or undefined when every document has been dealt. */
  next(worker: number): number | undefined {
    let own = this.taken.get(worker);
    if (!own?.length) {
      own = this.runs.pop() ?? this.splitLongest();
      if (!own?.length) return undefined;
      this.taken.set(worker, own);
    }
    return own.shift();
  }

  /** The end half of the longest run a worker still has (its owner goes on from the start). */
  private splitLongest(): number[] | undefined {
    let longest: number[] | undefined;
    for (const run of this.taken.values()) if (run.length > (longest?.length ?? 0)) longest = run;
    return longest?.splice(Math.floor(longest.length / 2));
  }
}
