/**
 * Lines with some taken out, and for each line kept the index it had: the shape `readingText`'s
 * `regroup` takes from a rewrite that joins or drops lines, so every fact still cites its own line. Pure.
 */
export function withoutLines(lines: readonly string[], drop: ReadonlySet<number>): { lines: string[]; from: number[] } {
  const kept: string[] = [];
  const from: number[] = [];
  lines.forEach((s, i) => {
    if (drop.has(i)) return;
    kept.push(s);
    from.push(i);
  });
  return { lines: kept, from };
}
