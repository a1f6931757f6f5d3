/**
 * A SYNTHETIC warehouse of 80 made-up federations, for proving the site stays readable at the
 * scale of the real field (~75 federations). Every name says "SYNTETISKT", every id starts with
 * "syntetisk-", and the figures come from a seeded generator: it is test data, never published
 * (the site config refuses to build dist/ from it). It also carries hostile text in
 * document-derived fields (a <script> and an <img onerror>) to prove the pages escape it.
 * Every even-numbered federation reports whole-federation figures only (no interventions, exits
 * only partly classified), as federations added with the CLI do; every fifth reports one year.
 */
import { writeWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import type { RowOf, Rows, TableName } from "../../loaders/schema/tables.ts";

import { SYNTHETIC_PREFIX } from "../../loaders/warehouse/syntheticData.ts";
import { random } from "../../loaders/synth/random.ts";

/** How every synthetic fact was obtained: parsed from a text file, unconfirmed, not curated. */
const PARSED = { confirmed_by: null, obtained: "parsed_plain_text", curation_reason: null } as const;

export { SYNTHETIC_PREFIX };
export const XSS_SCRIPT = `<script>window.__xss = "script"</script>`;
export const XSS_IMG = `<img src=x onerror="window.__xss = 'img'">`;

export function syntheticRows(federations = 80): Rows {
  const rnd = random(42);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const rows: Rows = {};
  const add = <N extends TableName>(table: N, row: RowOf<N>) => {
    const list: RowOf<N>[] = (rows[table] ??= []);
    list.push(row);
  };
  for (let n = 1; n <= federations; n++) {
    const num = String(n).padStart(2, "0");
    const fid = `${SYNTHETIC_PREFIX}${num}`;
    const wholeOnly = n % 2 === 0;
    const oneYear = n % 5 === 0;
    // Long names, as real ones are ("Samordningsförbundet Centrala Östergötland"), to test label room.
    add("federation", {
      federation_id: fid,
      name: `SYNTETISKT testförbund ${num} ${n % 7 === 0 ? "med ett mycket långt namn i länet" : ""}`.trim(),
      county: "Syntetiskt län",
      website: null,
    });
    const doc = `${fid}/2024-annual-report`;
    add("document", {
      document_id: doc,
      federation_id: fid,
      kind: "annual_report",
      date: "2025-03-01",
      period_year: 2024,
      title: `SYNTETISK årsredovisning 2024, testförbund ${num}`,
      source_file: `syntetisk/${num}.pdf`,
      sha256: "0".repeat(64),
      text_source: "text_layer",
    });
    const lines = [
      `SYNTETISKT DOKUMENT – inga verkliga uppgifter`,
      `Deltagare 2024: ${n}`,
      n === 1 ? XSS_IMG : "Text",
      n === 1 ? XSS_SCRIPT : "Text",
    ];
    lines.forEach((text, i) => add("document_line", { document_id: doc, line: i + 1, text }));
    const members = [`kommun-a`, `kommun-b`, `kommun-c`, `region`, `state`];
    for (const m of members) {
      const type = m === "state" ? "state" : m === "region" ? "region" : "municipality";
      add("member", {
        member_id: `${fid}/${m}`,
        federation_id: fid,
        name: `SYNTETISK ${m} ${num}`,
        member_type: type,
        joined_on: null,
        left_on: null,
        left_approximate: false,
        document_id: `registry/${fid}`,
        source_line: 1,
        obtained: "registry",
        curation_reason: null,
      });
    }
    const interventions = wholeOnly ? [] : [1, 2, 3].map((k) => `${fid}/insats-${k}`);
    interventions.forEach((iid, k) => {
      add("intervention", {
        intervention_id: iid,
        federation_id: fid,
        name: n === 1 && k === 0 ? `Insats ${XSS_IMG}` : `SYNTETISK insats ${k + 1}`,
        kind: "individual",
        started_on: null,
      });
      add("intervention_member", { intervention_id: iid, member_id: `${fid}/${members[k]}`, share: 1 });
    });
    for (let year = oneYear ? 2024 : 2011; year <= 2024; year++) {
      if (rnd() < 0.15 && year !== 2024) continue; // gaps: missing is not zero
      const enrolled = int(40, 600);
      const exited = int(10, enrolled);
      const whole = (measure: string, gender: string, value: number) =>
        add("participant_count", {
          federation_id: fid,
          intervention_id: null,
          year,
          measure,
          gender,
          value,
          approximate: false,
          document_id: doc,
          source_line: 2,
          ...PARSED,
        });
      whole("new", "all", int(5, enrolled));
      if (wholeOnly && year >= 2022) {
        // The federation's own summary: only some destinations named, so the rates are lower bounds.
        for (const [category, value] of [
          ["work", int(0, Math.floor(exited / 4))],
          ["studies", int(0, Math.floor(exited / 8))],
          ["joint_assessment", int(0, Math.floor(exited / 8))],
        ] as const)
          add("participant_breakdown", {
            federation_id: fid,
            intervention_id: null,
            year,
            population: "exited",
            dimension: "exit_outcome",
            category,
            value,
            source_label: "syntetisk",
            approximate: false,
            document_id: doc,
            source_line: 2,
            ...PARSED,
          });
        const women = int(0, enrolled);
        whole("enrolled", "woman", women);
        whole("enrolled", "man", enrolled - women);
      }
      add("participant_count", {
        federation_id: fid,
        intervention_id: null,
        year,
        measure: "enrolled",
        gender: "all",
        value: enrolled,
        approximate: false,
        document_id: doc,
        source_line: 2,
        ...PARSED,
      });
      add("participant_count", {
        federation_id: fid,
        intervention_id: null,
        year,
        measure: "exited",
        gender: "all",
        value: exited,
        approximate: false,
        document_id: doc,
        source_line: 2,
        ...PARSED,
      });
    }
    for (const iid of interventions) {
      const enrolled = int(10, 80);
      add("participant_count", {
        federation_id: fid,
        intervention_id: iid,
        year: 2024,
        measure: "enrolled",
        gender: "all",
        value: enrolled,
        approximate: false,
        document_id: doc,
        source_line: 2,
        ...PARSED,
      });
      const women = int(0, enrolled);
      add("participant_count", {
        federation_id: fid,
        intervention_id: iid,
        year: 2024,
        measure: "enrolled",
        gender: "woman",
        value: women,
        approximate: false,
        document_id: doc,
        source_line: 2,
        ...PARSED,
      });
      add("participant_count", {
        federation_id: fid,
        intervention_id: iid,
        year: 2024,
        measure: "enrolled",
        gender: "man",
        value: enrolled - women,
        approximate: false,
        document_id: doc,
        source_line: 2,
        ...PARSED,
      });
      for (const category of ["work", "studies", "joint_assessment", "continued_rehab", "other_exit"]) {
        add("participant_breakdown", {
          federation_id: fid,
          intervention_id: iid,
          year: 2024,
          population: "exited",
          dimension: "exit_outcome",
          category,
          value: int(0, 12),
          source_label: "syntetisk",
          approximate: false,
          document_id: doc,
          source_line: 2,
          ...PARSED,
        });
      }
      for (const category of ["16-24", "25-34", "35-44", "45-54", "55-64"]) {
        add("participant_breakdown", {
          federation_id: fid,
          intervention_id: iid,
          year: 2024,
          population: "new",
          dimension: "age_band",
          category,
          value: int(0, 12),
          source_label: "syntetisk",
          approximate: false,
          document_id: doc,
          source_line: 2,
          ...PARSED,
        });
      }
      const budget = int(500, 3000) * 1000;
      add("intervention_funding", {
        intervention_id: iid,
        year: 2024,
        federation_id: fid,
        budget_sek: budget,
        actual_sek: Math.round(budget * (0.85 + rnd() * 0.3)),
        document_id: doc,
        source_line: 2,
        ...PARSED,
      });
    }
    for (const year of oneYear ? [2024] : [2022, 2023, 2024]) {
      const revenue = int(4000, 40000) * 1000;
      const item = (name: string, amount: number) =>
        add("finance", {
          federation_id: fid,
          year,
          basis: "actual",
          item: name,
          amount_sek: amount,
          value: null,
          source_label: "syntetisk",
          document_id: doc,
          source_line: 2,
          ...PARSED,
        });
      item("revenue_operating", revenue);
      item("grants_paid", Math.round(revenue * (0.6 + rnd() * 0.3)));
      const cost = Math.round(revenue * (0.9 + rnd() * 0.2));
      item("cost_operating", cost);
      add("finance", {
        federation_id: fid,
        year,
        basis: "budget",
        item: "cost_operating",
        amount_sek: Math.round(cost * (0.9 + rnd() * 0.2)),
        value: null,
        source_label: "syntetisk",
        document_id: doc,
        source_line: 2,
        ...PARSED,
      });
      item("result", int(-2000, 2000) * 1000);
      item("equity_end", int(0, 8000) * 1000);
      const paid = (m: string, share: number) =>
        add("member_contribution", {
          federation_id: fid,
          year,
          basis: "actual",
          member_id: `${fid}/${m}`,
          amount_sek: Math.round(revenue * share),
          document_id: doc,
          source_line: 2,
          ...PARSED,
        });
      paid("state", 0.5);
      paid("region", 0.25);
      paid("kommun-a", 0.1);
      paid("kommun-b", 0.08);
      paid("kommun-c", 0.07);
    }
    add("goal", {
      federation_id: fid,
      year: 2024,
      indicator: "positive_step_rate_reported",
      level: "individual",
      goal_text: "syntetiskt mål",
      target: int(30, 70),
      outcome: int(20, 80),
      unit: "percent",
      assessment: null,
      document_id: doc,
      source_line: 2,
      ...PARSED,
    });
    const minutes = `${fid}/2024-05-01-board-minutes`;
    add("document", {
      document_id: minutes,
      federation_id: fid,
      kind: "board_minutes",
      date: "2024-05-01",
      period_year: 2024,
      title: `SYNTETISKT protokoll, testförbund ${num}`,
      source_file: `syntetisk/${num}-p.pdf`,
      sha256: "0".repeat(64),
      text_source: "text_layer",
    });
    add("document_line", { document_id: minutes, line: 1, text: "SYNTETISKT PROTOKOLL" });
    add("meeting", {
      document_id: minutes,
      federation_id: fid,
      body: "board",
      date: "2024-05-01",
      start_time: null,
      end_time: null,
      place: null,
    });
    add("decision", {
      document_id: minutes,
      item_ref: "§1",
      federation_id: fid,
      meeting_date: "2024-05-01",
      body: "board",
      category: "decision",
      decision_ref: null,
      title: n === 1 ? `Beslut ${XSS_SCRIPT}` : "SYNTETISKT beslut",
      outcome: "approved",
      amount_sek: int(10, 900) * 1000,
      approximate: false,
      recipient: n === 1 ? XSS_IMG : null,
      recipient_member_id: null,
      intervention_id: null,
      period_start: null,
      period_end: null,
      reservations: null,
      text: n === 1 ? `Att ${XSS_IMG} bevilja` : "Att bevilja",
      source_line: 1,
    });
    add("data_quality", {
      check_id: "precedence.conflict",
      subject: `finance:${fid}:2024`,
      document_id: doc,
      source_line: 2,
      severity: "warning",
      federation_id: fid,
      year: 2024,
      value: n === 1 ? XSS_SCRIPT : "1",
      other_value: "2",
      other_document_id: null,
      other_source_line: null,
      message: n === 1 ? `syntetisk ${XSS_IMG}` : "syntetisk iakttagelse",
      message_sv: n === 1 ? `syntetisk ${XSS_IMG}` : "syntetisk iakttagelse",
    });
    add("coverage", {
      document_id: doc,
      section: "syntetisk",
      status: "parsed",
      source_line: 1,
      facts: 10,
      note: "syntetisk",
    });
    add("core_coverage", {
      document_id: doc,
      figure: "participant_count:enrolled:all",
      label: "Inskrivna deltagare",
      year: 2024,
      status: "found",
      source_line: 2,
    });
    add("core_coverage", {
      document_id: doc,
      figure: "indicator:headline_rate",
      label: "Andel till arbete eller studier (förbundets mått)",
      year: 2024,
      status: "missing",
      source_line: null,
    });
  }
  return rows;
}

export async function writeSyntheticWarehouse(target: string, federations = 80): Promise<void> {
  await writeWarehouse(target, syntheticRows(federations), {
    startedAt: new Date(0),
    codeVersion: "SYNTETISK",
    inputSha256: "0".repeat(64),
  });
}
