import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { CurateError, factFor, parseSetting, readKronor } from "../../loaders/review/curatedEntry.ts";
import { lockCurated, readCurated, saveCurated, withEntries } from "../../loaders/review/curatedFile.ts";
import { entriesFor } from "../../loaders/review/reviewDocument.ts";
import { curatedSchema, type Fact } from "../../loaders/schema/facts.ts";

const LINES = [
  "Resultaträkning (tkr)",
  "Verksamhetens kostnader -9 874 -9 512",
  "Årets resultat (1 204) 310",
  "",
  "Under året deltog 102 personer, varav 60 kvinnor och 61 män; 41,5 % gick till arbete.",
  "Medlemsbidrag Alby kommun 350 tkr",
];
const ctx = {
  year: 2024,
  lines: LINES,
  exited: 40,
  memberName: (id: string) => (id === "x/alby" ? "Alby kommun" : undefined),
};

describe("curate: a figure typed by a person", () => {
  it("parses <figure>=<value>@<line> and refuses anything else", () => {
    expect(parseSetting("participant_count:enrolled:all=102@5")).toEqual({
      figure: "participant_count:enrolled:all",
      value: "102",
      line: 5,
    });
    expect(parseSetting("finance:result:2024 = (1 204) tkr @ 3")).toMatchObject({ value: "(1 204) tkr", line: 3 });
    expect(() => parseSetting("participant_count:enrolled:all=102")).toThrow(CurateError);
    expect(() => parseSetting("102@5")).toThrow(/expected <figure>=<value>@<line>/);
  });

  it("reads kronor as reports write them", () => {
    expect(readKronor("(1 204)", "f").sek).toBe(-1204);
    expect(readKronor("−329 tkr", "f").sek).toBe(-329_000);
    expect(readKronor("1,2 Mkr", "f").sek).toBe(1_200_000);
    expect(readKronor("16 189 674", "f").sek).toBe(16_189_674);
    expect(readKronor("ca 3 miljoner kronor", "f")).toEqual({ sek: 3_000_000, approximate: true });
    expect(() => readKronor("tre", "f")).toThrow(CurateError);
    expect(() => readKronor("12,5", "f")).toThrow(/not an amount/);
  });

  it("builds the fact a parser would have, citing the line", () => {
    const cost = factFor({ figure: "finance:cost_operating:2024", value: "-9 874 tkr", line: 2 }, ctx);
    expect(cost).toMatchObject({
      table: "finance",
      item: "cost_operating",
      amount_sek: 9_874_000,
      year: 2024,
      line: 2,
    });
    expect(cost.text).toBe("Verksamhetens kostnader -9 874 -9 512");
    const women = factFor({ figure: "participant_count:enrolled:woman", value: "60", line: 5 }, ctx);
    expect(women).toMatchObject({
      measure: "enrolled",
      gender: "woman",
      value: 60,
      intervention: null,
      section: "curated",
    });
    const rate = factFor({ figure: "indicator:headline_rate", value: "41,5 %", line: 5 }, ctx);
    expect(rate).toMatchObject({ indicator: "work_or_studies_rate_reported", value: 41.5, n: 40, unit: "percent" });
    const paid = factFor({ figure: "member_contribution:x/alby", value: "350 tkr", line: 6 }, ctx);
    expect(paid).toMatchObject({ member: "Alby kommun", amount_sek: 350_000 });
  });

  it("refuses what would not be a fact", () => {
    expect(() => factFor({ figure: "participant_count:enrolled:woman", value: "6,5", line: 5 }, ctx)).toThrow(
      /not a count/,
    );
    expect(() => factFor({ figure: "participant_count:enrolled:all", value: "102", line: 4 }, ctx)).toThrow(/empty/);
    expect(() => factFor({ figure: "participant_count:enrolled:all", value: "102", line: 99 }, ctx)).toThrow(
      /not in the document/,
    );
    expect(() => factFor({ figure: "indicator:headline_rate", value: "141", line: 5 }, ctx)).toThrow(/percentage/);
    expect(() =>
      factFor({ figure: "participant_breakdown:exited:exit_outcome:holiday", value: "3", line: 5 }, ctx),
    ).toThrow(/unknown exit category/);
    expect(() => factFor({ figure: "member_contribution:x/nowhere", value: "1 kr", line: 5 }, ctx)).toThrow(
      /unknown member/,
    );
    expect(() => factFor({ figure: "finance:equity:2024", value: "1", line: 5 }, ctx)).toThrow(CurateError);
  });
});

const amount = (f: Fact) => (f as { amount_sek: number }).amount_sek;
const valueOf = (f: Fact) => (f as { value: number }).value;

describe("curate: the value must be on the cited line", () => {
  it("refuses a count, a rate or an amount the line does not give, naming the line's numbers", () => {
    expect(() => factFor({ figure: "participant_count:enrolled:woman", value: "62", line: 5 }, ctx)).toThrow(
      /62 is not on line 5 .*its numbers: 102, 60, 61, 41,5/,
    );
    expect(() =>
      factFor({ figure: "participant_breakdown:exited:exit_outcome:work", value: "20", line: 5 }, ctx),
    ).toThrow(/20 is not on line 5/);
    expect(() => factFor({ figure: "indicator:headline_rate", value: "41,7", line: 5 }, ctx)).toThrow(
      /41,7 is not on line 5/,
    );
    expect(() => factFor({ figure: "finance:cost_operating:2024", value: "-9 875 tkr", line: 2 }, ctx)).toThrow(
      /9 875 000 kr is not on line 2 \(line 1 says tkr\)/,
    );
    expect(() => factFor({ figure: "member_contribution:x/alby", value: "360 tkr", line: 6 }, ctx)).toThrow(
      /not on line 6/,
    );
  });

  it("refuses a plain number read from a line in tkr, saying what it would mean", () => {
    expect(() => factFor({ figure: "finance:cost_operating:2024", value: "9 874", line: 2 }, ctx)).toThrow(
      /line 2 is in tkr \(line 1 says tkr\): 9 874 there is 9 874 000 kr; write "9 874 tkr"/,
    );
  });

  it("takes the line's number in any unit that makes it the same amount, and whatever its sign", () => {
    // As the review page posts it: already in kronor.
    expect(amount(factFor({ figure: "finance:cost_operating:2024", value: "9874000", line: 2 }, ctx))).toBe(9_874_000);
    expect(amount(factFor({ figure: "finance:cost_operating:2023", value: "9,512 Mkr", line: 2 }, ctx))).toBe(
      9_512_000,
    );
    // The heading lies ("Belopp tkr" over kronor): the person says so with the unit.
    expect(amount(factFor({ figure: "finance:result:2023", value: "310 kr", line: 3 }, ctx))).toBe(310);
    expect(amount(factFor({ figure: "finance:result:2024", value: "-1 204 tkr", line: 3 }, ctx))).toBe(-1_204_000);
    expect(valueOf(factFor({ figure: "indicator:headline_rate", value: "41,5 %", line: 5 }, ctx))).toBe(41.5);
    // The review page posts a picked rate as the number it read.
    expect(valueOf(factFor({ figure: "indicator:headline_rate", value: "41.5", line: 5 }, ctx))).toBe(41.5);
    expect(valueOf(factFor({ figure: "participant_count:enrolled:man", value: "61", line: 5 }, ctx))).toBe(61);
    // A line that states its amount with its own unit, under no heading.
    const prose = { ...ctx, lines: ["Förbundet fick 1,2 Mkr från staten och 400 000 kr från regionen."] };
    expect(amount(factFor({ figure: "member_contribution:x/alby", value: "1 200 000", line: 1 }, prose))).toBe(
      1_200_000,
    );
    expect(amount(factFor({ figure: "member_contribution:x/alby", value: "400 000 kr", line: 1 }, prose))).toBe(
      400_000,
    );
  });
});

describe("curated file", () => {
  const template = [
    "# Curated facts for x/2024-annual-report: the core figures the parsers did not find.",
    "# Everything here is commented out, so the file loads as nothing.",
    "# document_id: x/2024-annual-report",
    "",
  ].join("\n");
  const entry = (value: string) => ({
    reason: "Läst från rad 5",
    fact: factFor({ figure: "participant_count:enrolled:woman", value, line: 5 }, ctx),
  });

  it("adds entries below the template's comments, and the file loads", () => {
    const out = withEntries(template, "x/2024-annual-report", [entry("60")]);
    expect(out.startsWith("# Curated facts for x/2024-annual-report")).toBe(true);
    const parsed = curatedSchema.parse(parseDocument(out).toJS());
    expect(parsed.facts).toHaveLength(1);
    expect(parsed.facts[0]!.fact).toMatchObject({ value: 60 });
  });

  it("replaces the same figure instead of adding it twice, and keeps comments between entries", () => {
    const once = withEntries(template, "x/2024-annual-report", [entry("60")]).replace(
      "  - reason:",
      "  # checked twice\n  - reason:",
    );
    const twice = withEntries(once, "x/2024-annual-report", [entry("61")]);
    const parsed = curatedSchema.parse(parseDocument(twice).toJS());
    expect(parsed.facts.map((f) => (f.fact as { value: number }).value)).toEqual([61]);
    expect(twice).toContain("# checked twice");
  });

  it("refuses a file of another document", () => {
    expect(() =>
      withEntries("document_id: y/2024-annual-report\nfacts: []\n", "x/2024-annual-report", [entry("60")]),
    ).toThrow(/is for y\/2024-annual-report/);
  });

  it("refuses a save when the file changed on disk after it was read, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "curate-"));
    const file = join(dir, "x", "2024-annual-report.yaml");
    const first = await readCurated(file);
    expect(first.text).toBeNull();
    await saveCurated(file, withEntries(null, "x/2024-annual-report", [entry("60")]), first);
    const opened = await readCurated(file);
    writeFileSync(file, `${opened.text}# a hand edit\n`);
    await expect(
      saveCurated(file, withEntries(opened.text, "x/2024-annual-report", [entry("61")]), opened),
    ).rejects.toThrow(/changed on disk/);
    expect(readFileSync(file, "utf8")).toContain("# a hand edit");
    expect(readFileSync(file, "utf8")).toContain("value: 60");
  });

  it("lets one writer hold the lock, and takes over a dead writer's lock", async () => {
    const dir = mkdtempSync(join(tmpdir(), "curate-lock-"));
    const file = join(dir, "doc.yaml");
    // A live other process holds it.
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    writeFileSync(`${file}.lock`, String(holder.pid));
    await expect(lockCurated(file)).rejects.toThrow(new RegExp(`pid ${holder.pid}`));
    holder.kill("SIGKILL");
    await new Promise((r) => holder.once("exit", r));
    // The holder is gone: its lock is stale and is taken over.
    const unlock = await lockCurated(file);
    expect(readFileSync(`${file}.lock`, "utf8")).toBe(String(process.pid));
    await unlock();
  });
});

describe("core coverage with curated facts", () => {
  it("counts a curated figure as present, matched by figure even where it adds a year column", async () => {
    const { coreCoverageRows } = await import("../../loaders/normalize/coreCoverage.ts");
    const extraction = {
      schema_version: 1,
      document_id: "x/2024-annual-report",
      federation_id: "x",
      source_sha256: "0".repeat(64),
      period_year: 2024,
      parser: "test",
      facts: [],
      findings: [],
      coverage: [],
    } as unknown as Parameters<typeof coreCoverageRows>[0];
    const result2023 = factFor({ figure: "finance:result:2023", value: "310 tkr", line: 3 }, ctx);
    const women = factFor({ figure: "participant_count:enrolled:woman", value: "60", line: 5 }, ctx);
    const rows = coreCoverageRows(extraction, undefined, [result2023, women]);
    expect(rows.find((r) => r.figure === "participant_count:enrolled:woman")).toMatchObject({
      status: "curated",
      source_line: 5,
    });
    expect(rows.find((r) => r.figure === "participant_count:enrolled:man")).toMatchObject({ status: "missing" });
    expect(rows.every((r) => r.status !== "found")).toBe(true);
  });
});

describe("curate: a finance figure's year", () => {
  it("refuses a year after the report's own, or decades before it", () => {
    expect(() => factFor({ figure: "finance:result:2025", value: "310 tkr", line: 3 }, ctx)).toThrow(
      /a 2024 report gives outcomes for 2014–2024, not 2025/,
    );
    expect(() => factFor({ figure: "finance:result:1924", value: "310 tkr", line: 3 }, ctx)).toThrow(/not 1924/);
  });

  it("takes the report's year and earlier columns (must not fire)", () => {
    expect(factFor({ figure: "finance:result:2020", value: "310 tkr", line: 3 }, ctx)).toMatchObject({ year: 2020 });
  });
});

describe("curate: one figure set twice in one run", () => {
  const d = {
    entry: { period_year: 2024 },
    lines: ["Nya deltagare under året var 55 och 48 personer avslutades."],
    registry: undefined,
    curatedFacts: [],
    extraction: { facts: [] },
  } as unknown as Parameters<typeof entriesFor>[0];

  it("is refused, naming both values", () => {
    expect(() =>
      entriesFor(d, [
        { figure: "participant_count:new:all", value: "55", line: 1 },
        { figure: "participant_count:new:all", value: "48", line: 1 },
      ]),
    ).toThrow(/participant_count:new:all is set twice \("55" on line 1 and "48" on line 1\)/);
  });

  it("takes two different figures from one line (must not fire)", () => {
    const entries = entriesFor(d, [
      { figure: "participant_count:new:all", value: "55", line: 1 },
      { figure: "participant_count:exited:all", value: "48", line: 1 },
    ]);
    expect(entries.map((e) => (e.fact as { value: number }).value)).toEqual([55, 48]);
  });
});

describe("curate: a reason with a control character", () => {
  const d = {
    entry: { period_year: 2024 },
    lines: ["Nya deltagare under året var 55 och 48 personer avslutades."],
    registry: undefined,
    curatedFacts: [],
    extraction: { facts: [] },
  } as unknown as Parameters<typeof entriesFor>[0];
  const set = (reason: string) =>
    entriesFor(d, [{ figure: "participant_count:new:all", value: "55", line: 1, reason }]);

  it("is refused before anything is written or printed (an ANSI escape, a bidi override)", () => {
    expect(() => set("Läst från rad 1 \u001b[31mröd\u001b[0m")).toThrow(/U\+001B at character 17/);
    expect(() => set("Läst från rad 1 \u202etxet")).toThrow(/U\+202E/);
  });

  it("is refused in a curated file edited by hand, and a reason over several lines is not (must not fire)", () => {
    const file = (reason: string) =>
      curatedSchema.safeParse({
        document_id: "x/2024-annual-report",
        facts: [{ ...set("Läst från rad 1")[0]!, reason }],
      });
    expect(file("Läst från rad 1 \u001b[31m").success).toBe(false);
    expect(file("Läst från rad 1,\nkontrollerat mot noten\n").success).toBe(true);
    expect(set("Läst från rad 1 (tabellen)")[0]!.reason).toBe("Läst från rad 1 (tabellen)");
  });
});
