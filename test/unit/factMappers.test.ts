/**
 * One mapper per fact table, on hand-written facts of a made-up federation: names as documents
 * write them resolve to registry ids, and the key is the table's key columns (tables.ts).
 */
import { describe, expect, it } from "vitest";
import {
  mapFact,
  withDecisionInterventions,
  type MapContext,
  type SourcedFact,
} from "../../loaders/normalize/factMappers.ts";
import { NameResolver } from "../../loaders/reference/resolveNames.ts";
import type { Fact } from "../../loaders/schema/facts.ts";
import { documentIdFor, type ManifestEntry } from "../../loaders/schema/manifest.ts";
import { registrySchema } from "../../loaders/schema/registry.ts";

const registry = registrySchema.parse({
  federation_id: "testdalen",
  name: "Samordningsförbundet Testdalen",
  county: "Testlän",
  members: [
    { short_name: "Åby", name: "Åby kommun", member_type: "municipality" },
    { short_name: "Bergeby", name: "Bergeby kommun", member_type: "municipality", aliases: ["Bergebys kommun"] },
    { short_name: "Region Testland", name: "Region Testland", member_type: "region", aliases: ["Regionen"] },
    { short_name: "State", name: "Staten", member_type: "state", aliases: ["staten"] },
  ],
  interventions: [
    { short_name: "Vägen", name: "Vägen", kind: "individual", aliases: ["Vägen ut"] },
    { short_name: "Steget", name: "Steget", kind: "individual" },
  ],
});
const ctx: MapContext = {
  resolver: new NameResolver(new Map([[registry.federation_id, registry]])),
  meetings: new Map(),
};

const REPORT: ManifestEntry = {
  federation_id: "testdalen",
  kind: "annual_report",
  date: "2025-03-20",
  period_year: 2024,
  title: "Årsredovisning 2024",
  file: "testdalen/arsredovisning-2024.txt",
  sha256: "0".repeat(64),
};
const MINUTES: ManifestEntry = {
  federation_id: "testdalen",
  kind: "board_minutes",
  date: "2024-05-02",
  period_year: 2024,
  title: "Protokoll 2024-05-02",
  file: "testdalen/protokoll-2024-05-02.txt",
  sha256: "1".repeat(64),
};
const MINUTES_ID = documentIdFor(MINUTES);

const at = <F extends Fact>(fact: F, document = REPORT): SourcedFact<F> => ({
  fact,
  documentId: documentIdFor(document),
  federationId: "testdalen",
  document,
});
const read = (line: number, section = "general:prose") => ({
  line,
  text: "(the line)",
  section,
  approximate: false,
  confirmed_by: [],
});

describe("fact mappers", () => {
  it("participant_count: an intervention as written → its id; the key; whole-federation figures keep NULL", () => {
    const { candidate } = mapFact(
      "participant_count",
      at({
        table: "participant_count",
        intervention: "Vägen ut",
        year: 2024,
        measure: "enrolled",
        gender: "woman",
        value: 34,
        ...read(120, "appendix:vagen"),
      }),
      ctx,
    );
    expect(candidate!.row).toEqual({
      federation_id: "testdalen",
      intervention_id: "testdalen/vagen",
      year: 2024,
      measure: "enrolled",
      gender: "woman",
      value: 34,
      approximate: false,
      document_id: "testdalen/2024-annual-report",
      source_line: 120,
      confirmed_by: null,
      obtained: "parsed_plain_text",
      curation_reason: null,
    });
    expect(candidate!.key).toBe("testdalen|testdalen/vagen|2024|enrolled|woman");
    expect(candidate).toMatchObject({
      compare: "34",
      section: "appendix:vagen",
      line: 120,
      periodMatches: true,
      documentDate: "2025-03-20",
    });
    const whole = mapFact(
      "participant_count",
      at({
        table: "participant_count",
        intervention: null,
        year: 2023,
        measure: "exited",
        gender: "all",
        value: 80,
        ...read(30),
      }),
      ctx,
    ).candidate!;
    expect(whole.row.intervention_id).toBeNull();
    expect(whole.key).toBe("testdalen||2023|exited|all");
    // 2023 in the 2024 report: a comparison column, weaker than the 2023 report's own figure.
    expect(whole.periodMatches).toBe(false);
    const confirmed = mapFact(
      "participant_count",
      at({
        table: "participant_count",
        intervention: null,
        year: 2024,
        measure: "exited",
        gender: "all",
        value: 80,
        ...read(30),
        confirmed_by: ["gender_sum", "restated"],
      }),
      ctx,
    ).candidate!;
    // The identities that confirm a figure reach the warehouse as one comma-separated column.
    expect(confirmed.row.confirmed_by).toBe("gender_sum,restated");
  });

  it("participant_count: an intervention the registry does not know is not loaded but reported", () => {
    const { candidate, unknownName } = mapFact(
      "participant_count",
      at({
        table: "participant_count",
        intervention: "Okänd insats",
        year: 2024,
        measure: "enrolled",
        gender: "all",
        value: 5,
        ...read(77),
      }),
      ctx,
    );
    expect(candidate).toBeUndefined();
    expect(unknownName).toMatchObject({
      check_id: "normalize.unknown_name",
      subject: "participant_count:testdalen:Okänd insats",
      document_id: "testdalen/2024-annual-report",
      source_line: 77,
      severity: "error",
      federation_id: "testdalen",
      year: 2024,
      value: "Okänd insats",
    });
    expect(unknownName!.message).toContain("data/federations/testdalen.yaml");
  });

  it("participant_breakdown: the key runs to population, dimension and category", () => {
    const { candidate } = mapFact(
      "participant_breakdown",
      at({
        table: "participant_breakdown",
        intervention: "steget",
        year: 2024,
        population: "exited",
        dimension: "exit_outcome",
        category: "work",
        value: 7,
        source_label: "Arbete",
        ...read(200),
      }),
      ctx,
    );
    expect(candidate!.row).toMatchObject({
      intervention_id: "testdalen/steget",
      population: "exited",
      dimension: "exit_outcome",
      category: "work",
      value: 7,
      source_label: "Arbete",
    });
    expect(candidate!.key).toBe("testdalen|testdalen/steget|2024|exited|exit_outcome|work");
  });

  it("finance: compared by amount, or by value for a non-money item", () => {
    const money = mapFact(
      "finance",
      at({
        table: "finance",
        year: 2024,
        basis: "actual",
        item: "result",
        amount_sek: 1_234_567,
        value: null,
        source_label: "Årets resultat",
        ...read(310, "income_statement"),
      }),
      ctx,
    ).candidate!;
    expect(money.key).toBe("testdalen|2024|actual|result");
    expect(money).toMatchObject({ compare: "1234567", amount: 1_234_567 });
    const staff = mapFact(
      "finance",
      at({
        table: "finance",
        year: 2024,
        basis: "actual",
        item: "staff_fte",
        amount_sek: null,
        value: 2.5,
        source_label: "Anställda",
        ...read(50),
      }),
      ctx,
    ).candidate!;
    expect(staff).toMatchObject({ compare: "2.5", amount: null });
    expect(staff.row).toMatchObject({ amount_sek: null, value: 2.5 });
  });

  it("member_contribution: a member as written (genitive, 'kommun') → its id", () => {
    const { candidate } = mapFact(
      "member_contribution",
      at({
        table: "member_contribution",
        year: 2024,
        basis: "actual",
        member: "Bergebys kommun",
        amount_sek: 400_000,
        ...read(1071, "note_1"),
      }),
      ctx,
    );
    expect(candidate!.row).toEqual({
      federation_id: "testdalen",
      year: 2024,
      basis: "actual",
      member_id: "testdalen/bergeby",
      amount_sek: 400_000,
      document_id: "testdalen/2024-annual-report",
      source_line: 1071,
      confirmed_by: null,
      obtained: "parsed_plain_text",
      curation_reason: null,
    });
    expect(candidate!.key).toBe("testdalen|2024|actual|testdalen/bergeby");
    const unknown = mapFact(
      "member_contribution",
      at({
        table: "member_contribution",
        year: 2024,
        basis: "actual",
        member: "Ingenstans kommun",
        amount_sek: 1,
        ...read(1072),
      }),
      ctx,
    );
    expect(unknown.candidate).toBeUndefined();
    expect(unknown.unknownName).toMatchObject({
      subject: "member_contribution:testdalen:Ingenstans kommun",
      value: "Ingenstans kommun",
    });
  });

  it("intervention_funding: keyed by intervention and year, compared by budget and actual", () => {
    const { candidate } = mapFact(
      "intervention_funding",
      at({
        table: "intervention_funding",
        intervention: "Steget",
        year: 2024,
        budget_sek: 500_000,
        actual_sek: 480_000,
        ...read(400, "intervention_budget"),
      }),
      ctx,
    );
    expect(candidate!.row).toMatchObject({
      intervention_id: "testdalen/steget",
      federation_id: "testdalen",
      budget_sek: 500_000,
      actual_sek: 480_000,
    });
    expect(candidate).toMatchObject({ key: "testdalen/steget|2024", compare: "500000/480000" });
  });

  it("goal: keyed by federation, year and indicator", () => {
    const { candidate } = mapFact(
      "goal",
      at({
        table: "goal",
        year: 2024,
        indicator: "positive_step_rate",
        level: "individual",
        goal_text: "40 % går vidare",
        target: 40,
        outcome: 38,
        unit: "percent",
        assessment: "Delvis uppnått",
        ...read(90),
      }),
      ctx,
    );
    expect(candidate).toMatchObject({ key: "testdalen|2024|positive_step_rate", compare: "40/38" });
    expect(candidate!.row).toMatchObject({ goal_text: "40 % går vidare", assessment: "Delvis uppnått" });
  });

  it("indicator: an intervention scope is resolved to the intervention's id", () => {
    const { candidate } = mapFact(
      "indicator",
      at({
        table: "indicator",
        year: 2024,
        scope: "intervention:Vägen ut",
        indicator: "satisfied_share",
        gender: "all",
        value: 87,
        unit: "percent",
        n: 31,
        note: null,
        ...read(150),
      }),
      ctx,
    );
    expect(candidate!.row).toMatchObject({ scope: "intervention:testdalen/vagen", n: 31, value: 87 });
    expect(candidate!.key).toBe("testdalen|2024|intervention:testdalen/vagen|satisfied_share|all");
    const unknown = mapFact(
      "indicator",
      at({
        table: "indicator",
        year: 2024,
        scope: "intervention:Okänd",
        indicator: "satisfied_share",
        gender: "all",
        value: 80,
        unit: "percent",
        n: null,
        note: null,
        ...read(151),
      }),
      ctx,
    );
    expect(unknown.unknownName).toMatchObject({ subject: "indicator:testdalen:Okänd", value: "Okänd" });
  });

  it("meeting: one per minutes, keyed by the document", () => {
    const { candidate } = mapFact(
      "meeting",
      at(
        {
          table: "meeting",
          body: "board",
          date: "2024-05-02",
          start_time: "13:00",
          end_time: "15:30",
          place: "Åby",
          ...read(3, "minutes"),
        },
        MINUTES,
      ),
      ctx,
    );
    expect(candidate!.row).toEqual({
      document_id: MINUTES_ID,
      federation_id: "testdalen",
      body: "board",
      date: "2024-05-02",
      start_time: "13:00",
      end_time: "15:30",
      place: "Åby",
    });
    expect(candidate).toMatchObject({ key: MINUTES_ID, compare: "2024-05-02 13:00" });
  });

  it("attendance: the party named in a phrase → its member; an unknown party keeps the row and is reported", () => {
    const known = mapFact(
      "attendance",
      at(
        {
          table: "attendance",
          person: "Anna Andersson",
          member: "ledamot för Regionen",
          role: "member",
          serving: true,
          note: null,
          ...read(8, "minutes"),
        },
        MINUTES,
      ),
      ctx,
    );
    expect(known.candidate!.row).toEqual({
      document_id: MINUTES_ID,
      person: "Anna Andersson",
      member_id: "testdalen/region-testland",
      role: "member",
      serving: true,
      note: null,
    });
    expect(known.candidate!.key).toBe(`${MINUTES_ID}|Anna Andersson`);
    expect(known.unknownName).toBeUndefined();
    const unknown = mapFact(
      "attendance",
      at(
        {
          table: "attendance",
          person: "Per Persson",
          member: "Ingenstans",
          role: "deputy",
          serving: false,
          note: null,
          ...read(9, "minutes"),
        },
        MINUTES,
      ),
      ctx,
    );
    expect(unknown.candidate!.row.member_id).toBeNull();
    expect(unknown.unknownName).toMatchObject({ subject: "attendance:testdalen:Ingenstans", year: null });
  });

  it("decision: its meeting's date and body, the intervention found in its text, the recipient member", () => {
    const withMeeting: MapContext = {
      ...ctx,
      meetings: new Map([[MINUTES_ID, { date: "2024-05-02", body: "committee" }]]),
    };
    const fact = {
      table: "decision",
      item_ref: "§4",
      category: "decision",
      decision_ref: null,
      title: "Ansökan om medel",
      outcome: "approved",
      amount_sek: 250_000,
      recipient: "Åby kommun",
      intervention: null,
      period_start: "2024-07-01",
      period_end: null,
      reservations: ["Karl Karlsson", "Lisa Larsson"],
      decision_text: "att bevilja Steget 250 000 kr",
      ...read(40, "minutes"),
    } as const;
    const { candidate } = mapFact(
      "decision",
      at({ ...fact, reservations: [...fact.reservations] }, MINUTES),
      withMeeting,
    );
    expect(candidate!.row).toMatchObject({
      document_id: MINUTES_ID,
      item_ref: "§4",
      meeting_date: "2024-05-02",
      body: "committee",
      intervention_id: "testdalen/steget",
      recipient_member_id: "testdalen/aby",
      reservations: "Karl Karlsson, Lisa Larsson",
      text: "att bevilja Steget 250 000 kr",
      source_line: 40,
    });
    expect(candidate).toMatchObject({ key: `${MINUTES_ID}|§4`, compare: "approved/250000" });
    // Without a meeting fact: the document's date, and the body its kind implies; no text is NULL.
    const bare = mapFact("decision", at({ ...fact, reservations: [], decision_text: "" }, MINUTES), ctx).candidate!;
    expect(bare.row).toMatchObject({ meeting_date: "2024-05-02", body: "board", reservations: null, text: null });
  });

  it("allocation: recipient member and named intervention; else the intervention of the decision kept for its item", () => {
    const fact = {
      table: "allocation",
      item_ref: "§5",
      recipient: "Bergeby kommun",
      year: 2025,
      purpose: "Insatsen Vägen",
      amount_sek: 120_000,
      intervention: "Vägen",
      period_start: null,
      period_end: null,
      decision_ref: "Dnr 12",
      ...read(55, "minutes"),
    } as const;
    const named = mapFact("allocation", at(fact, MINUTES), ctx).candidate!;
    expect(named.row).toMatchObject({
      recipient_member_id: "testdalen/bergeby",
      intervention_id: "testdalen/vagen",
      year: 2025,
      source_line: 55,
    });
    // A grant split by year is one row per year: the year is part of the key.
    expect(named.key).toBe(`${MINUTES_ID}|§5|Bergeby kommun|2025`);
    const unnamed = mapFact("allocation", at({ ...fact, intervention: null }, MINUTES), ctx).candidate!;
    expect(unnamed.row.intervention_id).toBeNull();
    const decision = mapFact(
      "decision",
      at(
        {
          table: "decision",
          item_ref: "§5",
          category: "decision",
          decision_ref: null,
          title: "Medel till Steget",
          outcome: "approved",
          amount_sek: 120_000,
          recipient: null,
          intervention: null,
          period_start: null,
          period_end: null,
          reservations: [],
          decision_text: "att bevilja",
          ...read(54, "minutes"),
        },
        MINUTES,
      ),
      ctx,
    ).candidate!;
    expect(withDecisionInterventions([unnamed.row, named.row], [decision.row]).map((r) => r.intervention_id)).toEqual([
      "testdalen/steget",
      "testdalen/vagen",
    ]);
  });
});

describe("how a fact was obtained", () => {
  it("says parsed (by text source) or curated, with the person's reason", async () => {
    const { mapFact } = await import("../../loaders/normalize/factMappers.ts");
    const { NameResolver } = await import("../../loaders/reference/resolveNames.ts");
    const fact = {
      table: "finance",
      year: 2024,
      basis: "actual",
      item: "result",
      amount_sek: -48_000,
      value: null,
      source_label: "Årets resultat",
      line: 24,
      text: "Periodens utfall -48 125",
      section: "general:income_statement",
      approximate: false,
      confirmed_by: [] as string[],
    } as const;
    const document = {
      federation_id: "x",
      kind: "annual_report",
      date: "2025-03-01",
      period_year: 2024,
      title: "Årsredovisning 2024",
      file: "x/ar.pdf",
      sha256: "0".repeat(64),
    } as const;
    const ctx = { resolver: new NameResolver(new Map()), meetings: new Map() };
    const parsed = mapFact("finance", { fact, documentId: "x/2024-annual-report", federationId: "x", document }, ctx);
    expect(parsed.candidate?.row).toMatchObject({ obtained: "parsed_text_layer", curation_reason: null });
    const ocr = mapFact(
      "finance",
      {
        fact,
        documentId: "x/2024-annual-report",
        federationId: "x",
        document: { ...document, ocr_file: "x/ar.ocr.txt" },
      },
      ctx,
    );
    expect(ocr.candidate?.row).toMatchObject({ obtained: "parsed_ocr" });
    const curated = mapFact(
      "finance",
      {
        fact: { ...fact, section: "curated" },
        documentId: "x/2024-annual-report",
        federationId: "x",
        document,
        curatedFile: "data/curated/x/2024-annual-report.yaml",
        curationReason: "Läst från rad 24",
      },
      ctx,
    );
    expect(curated.candidate?.row).toMatchObject({ obtained: "curated", curation_reason: "Läst från rad 24" });
  });
});
