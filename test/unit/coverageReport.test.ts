import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { coreFigureCoverage } from "../../loaders/reference/coreFigures.ts";
import { renderCoverageReport, summarizeCoverage } from "../../loaders/ingest/coverageReport.ts";
import { candidateFindings, candidateFor, renderCuratedTemplate } from "../../loaders/ingest/curatedTemplate.ts";
import { buildRegistry } from "../../loaders/ingest/addFederation.ts";
import { curatedSchema, extractionSchema, type Extraction } from "../../loaders/schema/facts.ts";
import { extractDocumentLines } from "../support/manifestEntry.ts";

const registry = buildRegistry({
  id: "testby",
  name: "Samordningsförbundet Testby",
  county: "Testlän",
  members: [
    "Testby kommun=municipality=Testby",
    "Region Test=region",
    "Försäkringskassan=social_insurance_agency",
    "Arbetsförmedlingen=employment_service",
  ],
});

// A short report in the "Året i siffror" style, with a tkr statement.
const lines = [
  "Året i siffror",
  "Under året deltog 140 personer, varav 80 kvinnor och 60 män.",
  "Cirka 1 2O4 samtal genomfördes.",
  "Resultaträkning (tkr)        2023    2022",
  "Verksamhetens intäkter      5 100   4 900",
  "Verksamhetens kostnader    -5 000  -5 050",
  "Årets resultat                100    -150",
  "Eget kapital                  900     800",
  "Medlemsbidrag Testby kommun 1 200",
  "Staten (FK och AF) 2 400",
];
const prov = { text: "", section: "test", approximate: false };
const extraction: Extraction = extractionSchema.parse({
  schema_version: 1,
  document_id: "testby/2023-annual-report",
  federation_id: "testby",
  source_sha256: "0".repeat(64),
  period_year: 2023,
  parser: "test",
  facts: [
    {
      table: "participant_count",
      intervention: null,
      year: 2023,
      measure: "enrolled",
      gender: "all",
      value: 140,
      line: 2,
      ...prov,
    },
    {
      table: "participant_count",
      intervention: null,
      year: 2023,
      measure: "enrolled",
      gender: "woman",
      value: 80,
      line: 2,
      ...prov,
    },
    // An intervention's count is not a whole-federation figure.
    {
      table: "participant_count",
      intervention: "Steget",
      year: 2023,
      measure: "exited",
      gender: "all",
      value: 9,
      line: 2,
      ...prov,
    },
    {
      table: "finance",
      year: 2023,
      basis: "actual",
      item: "revenue_operating",
      amount_sek: 5100000,
      source_label: "Verksamhetens intäkter",
      line: 5,
      ...prov,
    },
    {
      table: "finance",
      year: 2022,
      basis: "actual",
      item: "revenue_operating",
      amount_sek: 4900000,
      source_label: "Verksamhetens intäkter",
      line: 5,
      ...prov,
    },
    {
      table: "finance",
      year: 2023,
      basis: "actual",
      item: "result",
      amount_sek: 100000,
      source_label: "Årets resultat",
      line: 7,
      ...prov,
    },
    {
      table: "member_contribution",
      year: 2023,
      basis: "actual",
      member: "Testby kommun",
      amount_sek: 1200000,
      line: 9,
      ...prov,
    },
    {
      table: "member_contribution",
      year: 2023,
      basis: "actual",
      member: "Staten (FK och AF)",
      amount_sek: 2400000,
      line: 10,
      ...prov,
    },
  ],
  findings: [
    {
      check_id: "coverage.unread_number",
      severity: "info",
      subject: "document:testby/2023-annual-report",
      line: 3,
      value: "1 2O4",
      message: "OCR noise",
    },
  ],
  coverage: [
    { section: "general:income_statement", status: "parsed", line: 4, facts: 3, note: null },
    { section: "general:balance_sheet", status: "missing", line: null, facts: 0, note: null },
  ],
});

describe("core figures", () => {
  const core = coreFigureCoverage(extraction, registry);
  const status = Object.fromEntries(core.map((c) => [c.figure, c.status]));

  it("expects participants, exits, the headline rate, finance per year column and each paying member", () => {
    expect(core.map((c) => c.figure)).toEqual([
      "participant_count:enrolled:all",
      "participant_count:enrolled:woman",
      "participant_count:enrolled:man",
      "participant_count:new:all",
      "participant_count:exited:all",
      "participant_breakdown:exited:exit_outcome",
      "indicator:headline_rate",
      ...["revenue_operating", "cost_operating", "operating_result", "result", "equity_end", "assets_total"].map(
        (i) => `finance:${i}:2023`,
      ),
      ...["revenue_operating", "cost_operating", "operating_result", "result", "equity_end", "assets_total"].map(
        (i) => `finance:${i}:2022`,
      ),
      "member_contribution:testby/testby",
      "member_contribution:testby/region-test",
      "member_contribution:testby/state",
    ]);
  });

  it("marks what the facts give as found, with their lines", () => {
    expect(core.filter((c) => c.status === "found").map((c) => [c.figure, c.line])).toEqual([
      ["participant_count:enrolled:all", 2],
      ["participant_count:enrolled:woman", 2],
      ["finance:revenue_operating:2023", 5],
      ["finance:result:2023", 7],
      ["finance:revenue_operating:2022", 5],
      ["member_contribution:testby/testby", 9],
      ["member_contribution:testby/state", 10],
    ]);
    // An intervention's exits do not stand in for the federation's.
    expect(status["participant_count:exited:all"]).toBe("missing");
  });

  it("expects no prior-year finance when the document shows no prior-year column, and nothing for minutes", () => {
    const only2023 = { ...extraction, facts: extraction.facts.filter((f) => !("year" in f) || f.year === 2023) };
    expect(coreFigureCoverage(only2023, registry).some((c) => c.year === 2022)).toBe(false);
    expect(coreFigureCoverage({ ...extraction, document_id: "testby/2023-05-04-board-minutes" }, registry)).toEqual([]);
  });
});

describe("coverage report", () => {
  it("shows core figures found of expected, facts per table, sections and unread numbers with their lines", () => {
    const text = renderCoverageReport(summarizeCoverage(extraction, registry, lines));
    expect(text).toContain("Core figures: 7 of 22 found");
    expect(text).toContain("  ✓ Inskrivna deltagare (line 2)");
    expect(text).toContain("  ✗ Inskrivna män — missing");
    expect(text).toContain("Facts per table: finance 3, member_contribution 2, participant_count 3");
    expect(text).toContain("Sections: 1 found, 1 missing");
    expect(text).toContain("  missing: general:balance_sheet");
    expect(text).toContain('Unread numbers: 1\n  line 3: 1 2O4 in "Cirka 1 2O4 samtal genomfördes."');
  });

  it("lists as unread a line that names a missing figure and holds a number no reader read, also when OCR broke its words", () => {
    // No reader knows this layout (no statement heading), and the label's words are broken.
    const skipped = [
      "Samordningsförbundet Testby",
      "Ekonomiskt utfall 2023 kr",
      "Verksamh etens intäkter   4 812 300",
      "Å rets resu ltat            -96 410",
      "Granby 2024-03-14      Org nr 222000-5590",
    ];
    const e = extractDocumentLines({ federation: "testby", year: 2023 }, skipped);
    expect(e.facts.filter((f) => f.line === 3 || f.line === 4)).toEqual([]);
    const missing = coreFigureCoverage(e, registry).filter((c) => c.status === "missing");
    const withCandidates = { ...e, findings: [...e.findings, ...candidateFindings(missing, e, skipped)] };
    const text = renderCoverageReport(summarizeCoverage(withCandidates, registry, skipped));
    expect(text).toContain('  line 3: 4 812 300 in "Verksamh etens intäkter   4 812 300"');
    expect(text).toContain('  line 4: -96 410 in "Å rets resu ltat            -96 410"');
    // A date and an organisation number are no figure: that line is no candidate.
    expect(text).not.toContain("line 5:");
  });
});

describe("per-layer report", () => {
  // The same style, but the prose total contradicts its own women + men.
  const contradicting = [
    "Året i siffror",
    "Under året deltog 150 personer, varav 80 kvinnor och 60 män.",
    "Cirka 1 2O4 samtal genomfördes.",
    "Resultaträkning (tkr)        2023    2022",
    "Verksamhetens intäkter      5 100   4 900",
    "Verksamhetens kostnader    -5 000  -5 050",
    "Verksamhetens resultat        100    -150",
  ];
  const e = extractDocumentLines({ federation: "testby", year: 2023 }, contradicting);

  it("counts per layer the figures read, stored, confirmed, refused by an identity and left unread", () => {
    const layer = (name: string) => e.layers.find((l) => l.layer === name);
    expect(layer("prose")).toEqual({
      layer: "prose",
      read: 3,
      stored: 0,
      confirmed: 0,
      refused: { "identity.gender_sum": 3 },
      unread: {},
    });
    expect(layer("general_statements")).toMatchObject({ read: 6, stored: 6, confirmed: 6, refused: {} });
    expect(layer("text")).toMatchObject({ read: 0, unread: { "coverage.unread_number": 1 } });
    expect(e.facts.filter((f) => f.table === "participant_count")).toEqual([]);
  });

  it("prints a line per layer in the coverage report", () => {
    const text = renderCoverageReport(summarizeCoverage(e, registry, contradicting));
    expect(text).toMatch(/prose +read 3 → stored 0 \(confirmed 0\); refused 3 \(identity\.gender_sum 3\); unread 0/);
    expect(text).toMatch(/general_statements +read 6 → stored 6 \(confirmed 6\); refused 0; unread 0/);
  });
});

describe("curated template", () => {
  const missing = coreFigureCoverage(extraction, registry).filter((c) => c.status === "missing");

  it("prefills each missing figure with a candidate line", () => {
    const men = missing.find((c) => c.figure === "participant_count:enrolled:man")!;
    expect(candidateFor(men, extraction, lines)).toMatchObject({ line: 2, section: null });
    const equity = missing.find((c) => c.figure === "finance:equity_end:2023")!;
    expect(candidateFor(equity, extraction, lines)).toMatchObject({
      line: 8,
      text: "Eget kapital 900 800",
      section: "general:income_statement",
    });
  });

  it("takes the line the lexicon scores best, not the first that mentions the word", () => {
    const result = coreFigureCoverage(extraction, registry).find((c) => c.figure === "finance:result:2023")!;
    const withProse = ["Årets resultat påverkades av att kostnaderna steg 2023 med 4 %.", ...lines];
    // The sentence has a figure and says "resultat", but the table row is the result.
    expect(candidateFor(result, { findings: [], coverage: [] }, withProse)).toMatchObject({ line: 8 });
  });

  it("records why no reader read a line it names, and records nothing for a line with an unread number", () => {
    const found = candidateFindings(missing, extraction, lines);
    const equity = found.find((f) => f.subject === "coverage:finance:equity_end:2023");
    expect(equity).toMatchObject({ check_id: "coverage.candidate_unread", line: 8 });
    expect(equity?.message).toMatch(
      /Eget kapital vid årets slut 2023: line 8 names it, but no reader read a figure there/,
    );
    // A line a reader already left an unread-number finding on says why by itself.
    const unreadLines = new Set(
      extraction.findings.filter((f) => f.check_id === "coverage.unread_number").map((f) => f.line),
    );
    expect(found.every((f) => !unreadLines.has(f.line))).toBe(true);
  });

  it("is comments only, so it loads as nothing; uncommented, an entry with its value typed is a valid curated fact", () => {
    const text = renderCuratedTemplate(extraction.document_id, missing, extraction, lines);
    expect(parseDocument(text).contents).toBeNull();
    expect(text).toContain("#   # Inskrivna män: candidate line 2");
    // A person uncomments the header and the equity entry, and types the amount.
    const block = text.split("\n#\n").find((b) => b.includes("Eget kapital vid årets slut 2023"))!;
    const uncomment = (s: string) =>
      s
        .split("\n")
        .map((l) => l.replace(/^# ?/, ""))
        .join("\n");
    const edited = `document_id: ${extraction.document_id}\nfacts:\n${uncomment(block).replace(/amount_sek:.*/, "amount_sek: 900000")}\n`;
    const curated = curatedSchema.parse(parseDocument(edited).toJS());
    expect(curated.facts[0]!.fact).toMatchObject({
      table: "finance",
      item: "equity_end",
      year: 2023,
      amount_sek: 900000,
      line: 8,
      text: "Eget kapital 900 800",
    });
  });
});
