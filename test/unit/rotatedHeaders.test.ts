/**
 * A table header set on its side, one letter a line, read upright (`text/rotatedHeaders.ts`).
 * Made-up interventions and figures.
 */
import { describe, expect, it } from "vitest";
import { rotatedHeaders } from "../../loaders/extract/text/rotatedHeaders.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

/** Words set on their side at the given columns: each word bottom-up, its last letter on the top line. */
function sideways(words: readonly string[], columns: readonly number[]): string[] {
  const height = Math.max(...words.map((w) => w.length));
  return Array.from({ length: height }, (_, row) => {
    const line = Array<string>(columns.at(-1)! + 1).fill(" ");
    words.forEach((w, k) => {
      const at = height - 1 - row; // bottom line holds the first letter
      if (at < w.length) line[columns[k]!] = w[at]!;
    });
    return line.join("").trimEnd();
  });
}

const TABLE = [
  "Samordningsförbundet Björkdalen",
  "Årsredovisning 2024",
  "",
  "Deltagare i insatserna",
  "",
  ...sideways(["Kvinnor", "Män", "Totalt"], [31, 39, 47]),
  "Insats",
  "Vägen ut                      12      15      27",
  "Förbundet totalt              12      15      27",
];

describe("a header set on its side", () => {
  it("is read upright, the label column's title beside it, on the block's last line", () => {
    const out = rotatedHeaders(TABLE)!;
    const at = 5 + 6; // seven lines of letters from index 5
    expect(out[at]).toBe("Insats   Kvinnor   Män   Totalt");
    expect(out.slice(5, at).every((l) => l === "")).toBe(true);
    expect(out).toHaveLength(TABLE.length);
  });

  it("gives the table's counts", () => {
    expect(countsOf(extractReport(TABLE, "bjorkdalen", 2024))).toEqual(
      expect.arrayContaining(["förbundet:enrolled/woman=12", "förbundet:enrolled/man=15", "förbundet:enrolled/all=27"]),
    );
  });

  it("leaves single letters not over a row of numbers, or a short block, as written (must not fire)", () => {
    const options = ["Svarsalternativ", "a", "b", "c", "d", "", "Kommentar: inga."];
    expect(rotatedHeaders(options)).toBeUndefined();
    const short = [...sideways(["Kv", "Män"], [31, 39]), "Vägen ut                      12      15"];
    expect(rotatedHeaders(short)).toBeUndefined();
  });
});
