/**
 * Fuzzing the minutes and annual-report parsers with fast-check: (a) arbitrary lines, from any
 * Unicode and from the seed's own words and number formats; (b) the seed documents mutated
 * (lines dropped, duplicated, swapped, split, characters inserted). The parsers never throw,
 * every fact passes the extraction schema, and every stored number can be read from the line it
 * cites (test/support/derivable.ts). Seeded, so a failure reproduces; runs are kept short.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { DocumentText, type ParseOutput } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { textToLines } from "../../loaders/input/normalizeText.ts";
import { factSchema, findingSchema } from "../../loaders/schema/facts.ts";
import { findNumberWords } from "../../loaders/extract/general/numberWords.ts";
import { addNumberReader, documentNumbers, underivableValues } from "../support/derivable.ts";
import { seedText } from "../support/largeDocument.ts";

// FUZZ_SEED explores other inputs; the default keeps the suite deterministic.
const SEED = Number(process.env.FUZZ_SEED ?? 20251125);

// Counts written as words, read as the parsers read them (numberWords.ts; "en"/"ett" as 1 too,
// which the template rules accept where their pattern places a count).
addNumberReader((text) => [
  ...findNumberWords(text).map((w) => w.value),
  ...[...text.matchAll(/\b(en|ett)\b/giu)].map(() => 1),
]);

const MINUTES = [
  { file: "blekinge/blekinge_2025-05-05_styrelseprotokoll.txt", date: "2025-05-05", kind: "board_minutes" as const },
  { file: "kalmar/kalmar_2024-03-08_styrelseprotokoll.txt", date: "2024-03-08", kind: "board_minutes" as const },
  { file: "kalmar/kalmar_2025-12-05_au-protokoll.txt", date: "2025-12-05", kind: "committee_minutes" as const },
  { file: "insjoriket/insjoriket_2021-11-25_styrelseprotokoll.md", date: "2021-11-25", kind: "board_minutes" as const },
];
const REPORT = "kalmar/kalmar_2024_arsredovisning.txt";
const seedLines = new Map([...MINUTES.map((m) => m.file), REPORT].map((f) => [f, textToLines(seedText(f)).lines]));

type Parser = (lines: string[]) => ParseOutput;
const minutesParser =
  (seed: (typeof MINUTES)[number]): Parser =>
  (lines) =>
    parseMinutes(new DocumentText("fuzz/minutes", lines, Number(seed.date.slice(0, 4))), {
      date: seed.date,
      kind: seed.kind,
    });
const reportParser: Parser = (lines) => parseAnnualReport(new DocumentText("fuzz/report", lines, 2024));

/** What must hold for any input: valid facts and findings, numbers read from the cited line. */
function checkOutput(lines: string[], out: ParseOutput): void {
  const nValues = documentNumbers(lines.join("\n"));
  for (const fact of out.facts) {
    const parsed = factSchema.safeParse(fact);
    if (!parsed.success)
      throw new Error(`invalid fact ${JSON.stringify(fact).slice(0, 300)}: ${parsed.error.issues[0]?.message}`);
    if (fact.line < 1 || fact.line > Math.max(1, lines.length))
      throw new Error(`fact cites line ${fact.line} of ${lines.length}`);
    const bad = underivableValues(fact, { nValues });
    if (bad.length > 0)
      throw new Error(
        `${fact.table} ${bad[0]!.field} = ${bad[0]!.value} is not in its line: ${JSON.stringify(bad[0]!.text.slice(0, 200))}`,
      );
  }
  for (const finding of out.findings) findingSchema.parse(finding);
}

// ---- (a) arbitrary lines ----

/** Words, numbers and markers the parsers look for, so arbitrary lines reach deep into them. */
const vocabulary = [
  ...new Set(
    [...seedLines.values()]
      .flat()
      .join(" ")
      .split(/\s+/)
      .filter((w) => w.length > 0 && w.length < 30),
  ),
].slice(0, 4000);
const numberToken = fc.oneof(
  fc.integer({ min: -2_000_000, max: 20_000_000 }).map((n) => n.toLocaleString("sv-SE")),
  fc.integer({ min: 0, max: 1000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a},${b} %`),
  fc.constantFrom(
    "kr",
    "tkr",
    "Mkr",
    "miljoner kronor",
    "%",
    "§",
    "§ 12",
    "Beslut 2025-3 §11:1",
    "2025-05-05",
    "kl. 09.00",
    "st",
    "-",
    "–",
    "|",
  ),
);
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...vocabulary) },
  { weight: 2, arbitrary: numberToken },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const wordyLine = fc
  .array(token, { maxLength: 14 })
  .chain((tokens) => fc.constantFrom(" ", "  ", "\t").map((sep) => tokens.join(sep)));
const anyLine = fc.string({ unit: "binary", maxLength: 80 });
const lines = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: wordyLine },
    { weight: 1, arbitrary: anyLine },
    { weight: 1, arbitrary: fc.constant("") },
  ),
  { maxLength: 120 },
);

// ---- (b) mutated seed text ----

type Mutation =
  | { op: "drop" | "duplicate"; at: number }
  | { op: "swap"; at: number; with: number }
  | { op: "split"; at: number; pos: number }
  | { op: "insert"; at: number; pos: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom("drop" as const, "duplicate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant("split" as const), at: fc.nat(), pos: fc.nat() }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    pos: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(" ", "  ", "0", "9", ",", ".", "%", "-", "§", "kr", "1 000", "\t", "å", "(", ")", "*"),
      fc.string({ maxLength: 3 }),
    ),
  }),
);

export function mutate(seed: readonly string[], mutations: readonly Mutation[]): string[] {
  const out = [...seed];
  for (const m of mutations) {
    if (out.length === 0) break;
    const i = m.at % out.length;
    const line = out[i]!;
    if (m.op === "swap") {
      const j = m.with % out.length;
      [out[i], out[j]] = [out[j]!, line];
    } else if (m.op === "split") {
      const p = m.pos % (line.length + 1);
      out.splice(i, 1, line.slice(0, p), line.slice(p));
    } else if (m.op === "insert") {
      const p = m.pos % (line.length + 1);
      out[i] = line.slice(0, p) + m.text + line.slice(p);
    } else if (m.op === "drop") out.splice(i, 1);
    else out.splice(i, 0, line);
  }
  return out;
}
/** Mutations near where the facts are: indexes biased to lines that hold digits. */
function mutationsFor(seed: readonly string[]) {
  const numeric = seed.flatMap((l, i) => (/\d/.test(l) ? [i] : []));
  const near = fc.nat({ max: numeric.length - 1 }).map((k) => numeric[k]!);
  return fc.array(
    fc.oneof(
      mutation,
      near.chain((at) => mutation.map((m) => ({ ...m, at }))),
    ),
    { minLength: 1, maxLength: 12 },
  );
}

function run(parser: Parser, input: string[]): void {
  checkOutput(input, parser(input));
}

describe("minutes parser under fuzzing", () => {
  it("(a) arbitrary lines: never throws, facts valid and read from their lines", () => {
    fc.assert(
      fc.property(lines, fc.constantFrom(...MINUTES), (input, seed) => run(minutesParser(seed), input)),
      { seed: SEED, numRuns: 300 },
    );
  });

  for (const seed of MINUTES)
    it(`(b) mutated ${seed.file}`, () => {
      const base = seedLines.get(seed.file)!;
      fc.assert(
        fc.property(mutationsFor(base), (ms) => run(minutesParser(seed), mutate(base, ms))),
        { seed: SEED, numRuns: 60 },
      );
    });
});

describe("annual-report parser under fuzzing", () => {
  it("(a) arbitrary lines: never throws, facts valid and read from their lines", () => {
    fc.assert(
      fc.property(lines, (input) => run(reportParser, input)),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("(b) mutated seed report", () => {
    const base = seedLines.get(REPORT)!;
    fc.assert(
      fc.property(mutationsFor(base), (ms) => run(reportParser, mutate(base, ms))),
      { seed: SEED, numRuns: 60 },
    );
    // 60 mutated whole reports through every reader: about 15 s on an idle 2-core machine, four times that
    // when the machine is shared. A correctness property, not a speed check (speed is `npm run bench`'s).
  }, 240_000);

  it("the unmutated seeds pass the same checks (the property is not vacuous)", () => {
    for (const seed of MINUTES) {
      const out = minutesParser(seed)(seedLines.get(seed.file)!);
      expect(out.facts.length).toBeGreaterThan(25);
      checkOutput(seedLines.get(seed.file)!, out);
    }
    const report = reportParser(seedLines.get(REPORT)!);
    expect(report.facts.length).toBeGreaterThan(700);
    checkOutput(seedLines.get(REPORT)!, report);
  });
});

describe("regressions found by fuzzing", () => {
  const report = () => [...seedLines.get(REPORT)!];
  const lineOf = (lines: string[], re: RegExp) => lines.findIndex((l) => re.test(l));

  it("a repeated appendix row is counted twice and cited twice (the text showed it once)", () => {
    const lines = report();
    const i = lineOf(lines, /^fortsatt rehabilitering\*\s+3\s*$/);
    lines.splice(i, 0, lines[i]!);
    const out = reportParser(lines);
    const rehab = out.facts.find(
      (f) => f.table === "participant_breakdown" && f.line === i + 1 && f.category === "continued_rehab",
    );
    expect(rehab).toMatchObject({ value: 6, text: "fortsatt rehabilitering* 3 | fortsatt rehabilitering* 3" });
    checkOutput(lines, out);
  });

  it("an amount whose digit groups do not read is dropped with a finding, not stored as NaN", () => {
    const lines = report();
    // "Budgeterade insatskostnader var 13 524 000 kr och utfallet blev / 13 155 934 kr vilket i procent …"
    const i = lineOf(lines, /^13 155 934 kr vilket i procent/);
    lines[i] = lines[i]!.replace("13 155 934", "13 0155 934");
    const out = reportParser(lines);
    expect(out.facts.some((f) => f.table === "finance" && f.source_label === "utfallet (måluppföljning)")).toBe(false);
    expect(
      out.facts.some((f) => f.table === "finance" && f.source_label === "Budgeterade insatskostnader (måluppföljning)"),
    ).toBe(true);
    expect(out.findings).toContainEqual(expect.objectContaining({ check_id: "prose.unreadable_number", line: i + 1 }));
    checkOutput(lines, out);
  });

  it("a negative or fractional count in an appendix is reported, not stored", () => {
    const lines = report();
    const i = lineOf(lines, /^16-24\s+2\s*$/);
    lines[i] = "16-24 -4";
    const j = lineOf(lines, /^fortsatt rehabilitering\*\s+3\s*$/);
    lines[j] = "fortsatt rehabilitering* 2,5";
    const out = reportParser(lines);
    expect(out.facts.filter((f) => f.line === i + 1 || f.line === j + 1)).toEqual([]);
    const notCounts = out.findings.filter((f) => f.check_id === "appendix.not_a_count");
    expect(notCounts.map((f) => [f.line, f.value])).toEqual([
      [i + 1, "-4"],
      [j + 1, "2.5"],
    ]);
    checkOutput(lines, out);
  });

  it("one damaged row of the driftredovisning does not scale the whole table by 1 000", () => {
    const lines = report();
    const i = lineOf(lines, /^Nettokostnad\s+-17 607 130/);
    // The line broken inside its first number: "Nettokostnad   -1" / "7 607 130   …".
    lines.splice(i, 1, lines[i]!.slice(0, 17), lines[i]!.slice(17));
    const out = reportParser(lines);
    const member = out.facts.find(
      (f) => f.table === "finance" && f.source_label === "Medlemsavgift (driftredovisning, utfall)",
    );
    expect(member).toMatchObject({ amount_sek: 16_189_674 });
    checkOutput(lines, out);
  });

  it("a prose line with a decimal figure inside a whole-kronor note is not read as kronor", () => {
    const lines = report();
    const i = lineOf(lines, /^\s*Not 2\. Verksamhetens/);
    const k = lines.findIndex((l, n) => n > i && /\d{3}\s*$/.test(l));
    lines.splice(k, 0, "balanskravsutredning har upprättats och balanskravsresultatet är negativt om 1,3");
    const out = reportParser(lines);
    expect(out.facts.filter((f) => f.line === k + 1)).toEqual([]);
    expect(out.findings).toContainEqual(expect.objectContaining({ check_id: "statement.decimal_amount", line: k + 1 }));
    checkOutput(lines, out);
  });
});
