/**
 * A large document extracts in time linear in its size. A 4 MB minutes text (the Blekinge
 * minutes repeated as one long meeting with distinct § numbers) took 80 s before the fix. The
 * checks compare 4 MB with 1 MB of the same text, so a busy machine slows both alike: linear
 * time gives about 4×, a quadratic step 16×. The real timings are in `npm run bench`.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { extractDocument } from "../../loaders/extract/extractDocument.ts";
import { findAgendaItems } from "../../loaders/extract/minutes/findAgendaItems.ts";
import { reservationNames } from "../../loaders/extract/minutes/minutesText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import { LARGE_SEEDS, repeatToSize, seedText } from "../support/largeDocument.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-large-"));
const MB = 1_000_000;
/** 4 MB against 1 MB: linear time gives about 4, a quadratic step about 16. */
const LINEAR = 8;

async function timedExtract(name: string, text: string, seed: (typeof LARGE_SEEDS)[keyof typeof LARGE_SEEDS]) {
  writeFileSync(join(dir, name), text);
  const sha256 = createHash("sha256").update(text).digest("hex");
  const entry = {
    federation_id: "blekinge",
    kind: seed.kind,
    date: seed.date,
    period_year: seed.year,
    title: name,
    file: name,
    sha256,
  } as ManifestEntry;
  const t = performance.now();
  const { extraction, lines } = await extractDocument(dir, entry);
  return { extraction, lines, seconds: (performance.now() - t) / 1000 };
}

describe("large documents", () => {
  it("a 4 MB minutes document extracts in time linear in its size, every copy's items read", async () => {
    const seed = LARGE_SEEDS.minutes;
    const one = await timedExtract("one.txt", seedText(seed.file), seed);
    const text = repeatToSize(seedText(seed.file), 4 * MB, { renumber: true });
    const copies = text.split("Protokoll Styrelsemöte").length - 1;
    expect(copies).toBeGreaterThan(350);
    const small = await timedExtract(
      "minutes-1mb.txt",
      repeatToSize(seedText(seed.file), MB, { renumber: true }),
      seed,
    );
    const big = await timedExtract("minutes-4mb.txt", text, seed);
    expect(big.seconds / small.seconds).toBeLessThan(LINEAR);
    expect(big.lines.length).toBeGreaterThan(copies * 200);
    // Each copy's referenced decisions are distinct decisions (§ numbers moved on per copy).
    const decisions = (x: typeof one) =>
      x.extraction.facts.filter((f) => f.table === "decision" && f.decision_ref !== null).length;
    expect(decisions(one)).toBe(8);
    expect(decisions(big)).toBe(8 * copies);
  }, 240_000);

  it("the same minutes repeated as they are (every § number many times) extract in linear time", async () => {
    const seed = LARGE_SEEDS.minutes;
    const small = await timedExtract("minutes-repeated-1mb.txt", repeatToSize(seedText(seed.file), MB), seed);
    const big = await timedExtract("minutes-repeated-4mb.txt", repeatToSize(seedText(seed.file), 4 * MB), seed);
    expect(big.seconds / small.seconds).toBeLessThan(LINEAR);
    // Each repeated heading is its own item (§3, §3#2, …), and no decision text is handed to more than one of them.
    const texts = big.extraction.facts
      .filter((f) => f.table === "decision" && f.decision_ref === null && f.decision_text !== "")
      .map((f) => (f as { decision_text: string }).decision_text);
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
  }, 240_000);

  it("a 4 MB annual report extracts in time linear in its size", async () => {
    const seed = LARGE_SEEDS.report;
    const small = await timedExtract("report-1mb.txt", repeatToSize(seedText(seed.file), MB), seed);
    const big = await timedExtract("report-4mb.txt", repeatToSize(seedText(seed.file), 4 * MB), seed);
    expect(big.seconds / small.seconds).toBeLessThan(LINEAR);
    expect(big.extraction.facts.length).toBeGreaterThan(10_000);
  }, 240_000);
});

describe("long lines (a document without line breaks) stay linear", () => {
  const minutes = (lines: string[]) =>
    parseMinutes(new DocumentText("x/minutes", lines, 2025), { date: "2025-05-05", kind: "board_minutes" });

  it("a 200 000-character list of names before 'reserverade sig' is read in time, its names found", () => {
    const list = "Anna Berg, ".repeat(18_000);
    const t = performance.now();
    // Searched over the whole list, the name pattern backtracked quadratically (40 000 characters took 6 s).
    expect(reservationNames(`${list}med flera. Eva Johnsson och Karin Blomdahl reserverade sig mot beslutet.`)).toEqual(
      ["Eva Johnsson", "Karin Blomdahl"],
    );
    expect(reservationNames(`${list}x reserverade sig`)).toEqual([]);
    minutes([
      "§ 1 Mötets öppnande",
      `${list}x reserverade sig`,
      "Beslut 2025-1 §1:1",
      "Styrelsen beslutar att godkänna.",
    ]);
    expect((performance.now() - t) / 1000).toBeLessThan(10);
  }, 60_000);

  it("a heading does not take a long body line as the rest of its title", () => {
    const body = "a. ".repeat(20_000);
    const items = findAgendaItems(
      new DocumentText("x", ["§ 1 Mötets öppnande", body, "§ 2 Val av justerare och", "protokollets justering"], 2025),
    );
    expect(items.map((i) => i.title)).toEqual(["Mötets öppnande", "Val av justerare och protokollets justering"]);
    const t = performance.now();
    minutes(["§ 1 Mötets öppnande", body, "§ 2 Val av justerare"]);
    expect((performance.now() - t) / 1000).toBeLessThan(10);
  }, 60_000);
});
