/**
 * From extractions, curated facts and registries to the rows of the published tables:
 * names → ids, one row per key by the schema's precedence (the loser goes to data_quality),
 * and the registry's own rows (federation, member, intervention, intervention_member).
 * Pure: no I/O.
 */
import type { Extraction, Fact, Finding } from "../schema/facts.ts";
import type { ManifestEntry } from "../schema/manifest.ts";
import { documentIdFor, textSourceOf } from "../schema/manifest.ts";
import { coreCoverageRows } from "../ingest/coverageReport.ts";
import type { RegistryFile } from "../extract/inputs.ts";
import { interventionIdFor, memberIdFor, NameResolver } from "./resolveNames.ts";
import { comparePrecedence, reasonText, withinRoundingOfCoarser } from "./precedence.ts";

export { precedenceRank } from "./precedence.ts";
import { curatedTextMatches } from "./curatedText.ts";

export type Row = Record<string, string | number | boolean | null>;
export type Rows = Record<string, Row[]>;

export interface CuratedFact {
  documentId: string;
  fact: Fact;
  reason: string;
  file: string;
}

export interface NormalizeInput {
  manifest: readonly ManifestEntry[];
  registries: readonly RegistryFile[];
  extractions: readonly Extraction[];
  curated: readonly CuratedFact[];
  lines: ReadonlyMap<string, readonly string[]>;
}

interface Candidate {
  row: Row;
  key: string;
  documentDate: string;
  periodMatches: boolean;
  approximate: boolean;
  line: number;
  section: string;
  compare: string;
  /** Money compared by amount: a gap within the coarser unit's rounding is info, not a warning. */
  amount?: number | null;
}

function dq(row: Partial<Row> & { check_id: string; subject: string; document_id: string; source_line: number; severity: string; message: string }): Row {
  return { federation_id: null, year: null, value: null, other_value: null, other_document_id: null, other_source_line: null, ...row };
}

export function buildRows(input: NormalizeInput): Rows {
  const resolver = new NameResolver(new Map(input.registries.map((r) => [r.registry.federation_id, r.registry])));
  const rows: Rows = {};
  const push = (table: string, row: Row) => (rows[table] ??= []).push(row);
  const dataQuality: Row[] = [];
  const docById = new Map(input.manifest.map((m) => [documentIdFor(m), m]));

  // ---- registry tables ----
  for (const { registry: reg, lineOf } of input.registries) {
    const registryDoc = `registry/${reg.federation_id}`;
    push("federation", { federation_id: reg.federation_id, name: reg.name, county: reg.county, website: reg.website ?? null });
    reg.members.forEach((m, i) =>
      push("member", {
        member_id: memberIdFor(reg, m.short_name),
        federation_id: reg.federation_id,
        name: m.name,
        member_type: m.member_type,
        joined_on: m.joined_on ?? null,
        left_on: m.left_on ?? null,
        left_approximate: m.left_approximate ?? false,
        document_id: m.left_source?.document_id ?? registryDoc,
        source_line: m.left_source?.line ?? lineOf(["members", i]),
      }),
    );
    for (const iv of reg.interventions)
      push("intervention", { intervention_id: interventionIdFor(reg, iv.short_name), federation_id: reg.federation_id, name: iv.name, kind: iv.kind, started_on: iv.started_on ?? null });
  }
  for (const m of input.manifest)
    push("document", { document_id: documentIdFor(m), federation_id: m.federation_id, kind: m.kind, date: m.date, period_year: m.period_year, title: m.title, source_file: m.file, sha256: m.sha256, text_source: textSourceOf(m) });
  for (const [documentId, lines] of [...input.lines].sort(([a], [b]) => a.localeCompare(b)))
    // A blank line is NULL, not "": in the CSV files an empty field is NULL (see loaders/export/emptyStrings.ts).
    lines.forEach((text, i) => push("document_line", { document_id: documentId, line: i + 1, text: text === "" ? null : text }));

  // ---- facts ----
  const candidates = new Map<string, Candidate[]>();
  const add = (table: string, c: Omit<Candidate, "key"> & { key: string }) => {
    const k = `${table}|${c.key}`;
    const list = candidates.get(k) ?? [];
    list.push(c);
    candidates.set(k, list);
  };

  const allFacts: { documentId: string; federationId: string; fact: Fact; curated?: CuratedFact }[] = [];
  for (const e of input.extractions) for (const fact of e.facts) allFacts.push({ documentId: e.document_id, federationId: e.federation_id, fact });
  for (const c of input.curated) {
    const fed = docById.get(c.documentId)?.federation_id ?? c.documentId.split("/")[0]!;
    allFacts.push({ documentId: c.documentId, federationId: fed, fact: { ...c.fact, section: "curated" }, curated: c });
    const now = input.lines.get(c.documentId)?.[c.fact.line - 1];
    if (now !== undefined && !curatedTextMatches(c.fact.text, now))
      dataQuality.push(dq({ check_id: "curated.text_mismatch", subject: `curated:${c.file}:${c.fact.table}:${c.fact.line}`, document_id: c.documentId, source_line: c.fact.line, severity: "warning", federation_id: fed, year: "year" in c.fact ? (c.fact.year ?? null) : null, value: c.fact.text, other_value: now.trim(), message: `curated fact (${c.fact.table}) in ${c.file} cites line ${c.fact.line} as "${c.fact.text}", but the document has "${now.trim()}" there (replaced?); the curated value is kept, check it` }));
  }

  // Meetings first: decisions carry their meeting's date and body.
  const meetings = new Map<string, { date: string; body: string }>();
  for (const { documentId, fact } of allFacts) if (fact.table === "meeting") meetings.set(documentId, { date: fact.date, body: fact.body });
  const decisionInterventions = new Map<string, string | null>();
  const memberChanges: { memberId: string; leftOn: string; approximate: boolean; documentId: string; line: number; federationId: string }[] = [];

  for (const { documentId, federationId, fact, curated } of allFacts) {
    const doc = docById.get(documentId);
    const base = { document_id: documentId, source_line: fact.line };
    const meta = {
      approximate: fact.approximate,
      documentDate: doc?.date ?? "",
      periodMatches: doc ? "year" in fact && fact.year === doc.period_year : false,
      line: fact.line,
      section: fact.section,
    };
    const unresolved = (what: string, name: string) =>
      dataQuality.push(dq({ check_id: "normalize.unknown_name", subject: `${fact.table}:${federationId}:${name}`, ...base, severity: "error", federation_id: federationId, year: "year" in fact ? (fact.year ?? null) : null, value: name, message: `${what} "${name}" is not in data/federations/${federationId}.yaml (add it or an alias); fact not loaded${curated ? ` (curated file ${curated.file})` : ""}` }));
    const ivId = (name: string | null): string | null | undefined => (name === null ? null : resolver.intervention(federationId, name));

    switch (fact.table) {
      case "participant_count": {
        const iv = ivId(fact.intervention);
        if (iv === undefined) { unresolved("intervention", fact.intervention!); break; }
        const row = { federation_id: federationId, intervention_id: iv, year: fact.year, measure: fact.measure, gender: fact.gender, value: fact.value, approximate: fact.approximate, ...base };
        add("participant_count", { row, key: [federationId, iv, fact.year, fact.measure, fact.gender].join("|"), compare: String(fact.value), ...meta });
        break;
      }
      case "participant_breakdown": {
        const iv = ivId(fact.intervention);
        if (iv === undefined) { unresolved("intervention", fact.intervention!); break; }
        const row = { federation_id: federationId, intervention_id: iv, year: fact.year, population: fact.population, dimension: fact.dimension, category: fact.category, value: fact.value, source_label: fact.source_label, approximate: fact.approximate, ...base };
        add("participant_breakdown", { row, key: [federationId, iv, fact.year, fact.population, fact.dimension, fact.category].join("|"), compare: String(fact.value), ...meta });
        break;
      }
      case "finance": {
        const row = { federation_id: federationId, year: fact.year, basis: fact.basis, item: fact.item, amount_sek: fact.amount_sek, value: fact.value, source_label: fact.source_label, ...base };
        add("finance", { row, key: [federationId, fact.year, fact.basis, fact.item].join("|"), compare: String(fact.amount_sek ?? fact.value), amount: fact.amount_sek, ...meta });
        break;
      }
      case "member_contribution": {
        const member = resolver.member(federationId, fact.member);
        if (!member) { unresolved("member", fact.member); break; }
        const row = { federation_id: federationId, year: fact.year, basis: fact.basis, member_id: member, amount_sek: fact.amount_sek, ...base };
        add("member_contribution", { row, key: [federationId, fact.year, fact.basis, member].join("|"), compare: String(fact.amount_sek), amount: fact.amount_sek, ...meta });
        break;
      }
      case "intervention_funding": {
        const iv = ivId(fact.intervention);
        if (!iv) { unresolved("intervention", fact.intervention); break; }
        const row = { intervention_id: iv, year: fact.year, federation_id: federationId, budget_sek: fact.budget_sek, actual_sek: fact.actual_sek, ...base };
        add("intervention_funding", { row, key: [iv, fact.year].join("|"), compare: `${fact.budget_sek}/${fact.actual_sek}`, ...meta });
        break;
      }
      case "goal": {
        const row = { federation_id: federationId, year: fact.year, indicator: fact.indicator, level: fact.level, goal_text: fact.goal_text, target: fact.target, outcome: fact.outcome, unit: fact.unit, assessment: fact.assessment, ...base };
        add("goal", { row, key: [federationId, fact.year, fact.indicator].join("|"), compare: `${fact.target}/${fact.outcome}`, ...meta });
        break;
      }
      case "indicator": {
        let scope = fact.scope;
        if (scope.startsWith("intervention:")) {
          const iv = resolver.intervention(federationId, scope.slice("intervention:".length));
          if (!iv) { unresolved("intervention", scope.slice("intervention:".length)); break; }
          scope = `intervention:${iv}`;
        }
        const row = { federation_id: federationId, year: fact.year, scope, indicator: fact.indicator, gender: fact.gender, value: fact.value, unit: fact.unit, n: fact.n, approximate: fact.approximate, note: fact.note, ...base };
        add("indicator", { row, key: [federationId, fact.year, scope, fact.indicator, fact.gender].join("|"), compare: String(fact.value), ...meta });
        break;
      }
      case "meeting": {
        const row = { document_id: documentId, federation_id: federationId, body: fact.body, date: fact.date, start_time: fact.start_time, end_time: fact.end_time, place: fact.place };
        add("meeting", { row, key: documentId, compare: `${fact.date} ${fact.start_time}`, ...meta });
        break;
      }
      case "attendance": {
        const memberId = fact.member ? resolver.memberIn(federationId, fact.member) : null;
        if (fact.member && !memberId) unresolved("member", fact.member);
        const row = { document_id: documentId, person: fact.person, member_id: memberId ?? null, role: fact.role, serving: fact.serving, note: fact.note };
        add("attendance", { row, key: [documentId, fact.person].join("|"), compare: `${fact.role}/${fact.serving}`, ...meta });
        break;
      }
      case "decision": {
        const meeting = meetings.get(documentId);
        const interventionId = fact.intervention ? ivId(fact.intervention) : resolver.interventionIn(federationId, `${fact.title} ${fact.decision_text}`);
        const recipientMember = fact.recipient ? resolver.memberIn(federationId, fact.recipient) : undefined;
        const row = {
          item_ref: fact.item_ref, federation_id: federationId, meeting_date: meeting?.date ?? doc?.date ?? null, body: meeting?.body ?? (doc?.kind === "committee_minutes" ? "committee" : "board"),
          category: fact.category, decision_ref: fact.decision_ref, title: fact.title, outcome: fact.outcome, amount_sek: fact.amount_sek, approximate: fact.approximate,
          recipient: fact.recipient, recipient_member_id: recipientMember ?? null, intervention_id: interventionId ?? null, period_start: fact.period_start, period_end: fact.period_end,
          reservations: fact.reservations.length ? fact.reservations.join(", ") : null, text: fact.decision_text || null, ...base,
        };
        decisionInterventions.set(`${documentId}|${fact.item_ref}`, interventionId ?? null);
        add("decision", { row, key: [documentId, fact.item_ref].join("|"), compare: `${fact.outcome}/${fact.amount_sek}`, ...meta });
        break;
      }
      case "allocation": {
        const row = {
          item_ref: fact.item_ref, recipient: fact.recipient, federation_id: federationId, year: fact.year, purpose: fact.purpose, amount_sek: fact.amount_sek, approximate: fact.approximate,
          recipient_member_id: resolver.memberIn(federationId, fact.recipient) ?? null, intervention_id: (fact.intervention ? ivId(fact.intervention) : undefined) ?? null,
          period_start: fact.period_start, period_end: fact.period_end, decision_ref: fact.decision_ref, ...base,
        };
        add("allocation", { row, key: [documentId, fact.item_ref, fact.recipient].join("|"), compare: String(fact.amount_sek), ...meta });
        break;
      }
      case "member_change": {
        const memberId = resolver.memberIn(federationId, fact.member);
        if (!memberId) { unresolved("member", fact.member); break; }
        memberChanges.push({ memberId, leftOn: fact.left_on, approximate: fact.approximate, documentId, line: fact.line, federationId });
        break;
      }
    }
  }

  // ---- precedence: one row per key, the loser to data_quality ----
  for (const [k, list] of [...candidates].sort(([a], [b]) => a.localeCompare(b))) {
    const table = k.slice(0, k.indexOf("|"));
    list.sort((a, b) => comparePrecedence(a, b).order);
    const [winner, ...losers] = list;
    push(table, winner!.row);
    for (const l of losers) {
      if (l.compare === winner!.compare) continue;
      const { reason } = comparePrecedence(winner!, l);
      const rounding = typeof winner!.amount === "number" && typeof l.amount === "number" && withinRoundingOfCoarser(winner!.amount, l.amount);
      dataQuality.push(
        dq({
          check_id: "precedence.conflict",
          subject: `${table}:${k.slice(table.length + 1).replace(/\|/g, ":")}`,
          document_id: String(winner!.row.document_id),
          source_line: winner!.line,
          severity: rounding ? "info" : "warning",
          federation_id: (winner!.row.federation_id as string) ?? null,
          year: (winner!.row.year as number) ?? null,
          value: winner!.compare,
          other_value: l.compare,
          other_document_id: String(l.row.document_id),
          other_source_line: l.line,
          message: `${table}: ${winner!.compare} (${winner!.section}, line ${winner!.line}) kept over ${l.compare} (${l.section}, line ${l.line}) by precedence: ${reasonText(reason)}${rounding ? "; the gap is within the rounding of the coarser unit" : ""}`,
        }),
      );
    }
  }

  // An allocation funds the intervention its decision concerns.
  for (const r of rows.allocation ?? []) if (r.intervention_id === null) r.intervention_id = decisionInterventions.get(`${r.document_id}|${r.item_ref}`) ?? null;

  // ---- members leaving, as the minutes state it; the registry may already say so ----
  for (const c of memberChanges) {
    const m = (rows.member ?? []).find((r) => r.member_id === c.memberId);
    if (!m) continue;
    if (m.left_on === null) Object.assign(m, { left_on: c.leftOn, left_approximate: c.approximate, document_id: c.documentId, source_line: c.line });
    else if (m.left_on !== c.leftOn)
      dataQuality.push(dq({ check_id: "member.left_on_conflict", subject: `member:${c.memberId}:left_on`, document_id: c.documentId, source_line: c.line, severity: "warning", federation_id: c.federationId, value: String(m.left_on), other_value: c.leftOn, other_document_id: String(m.document_id), other_source_line: Number(m.source_line), message: `the registry says ${c.memberId} leaves on ${m.left_on}; the minutes say ${c.leftOn}; the registry is kept` }));
  }

  // ---- intervention_member shares ----
  for (const { registry: reg } of input.registries) {
    const contributions = (rows.member_contribution ?? []).filter((r) => r.federation_id === reg.federation_id && r.basis === "actual");
    const latestYear = Math.max(...contributions.map((r) => r.year as number), -Infinity);
    const paid = new Map(contributions.filter((r) => r.year === latestYear).map((r) => [r.member_id as string, r.amount_sek as number]));
    for (const iv of reg.interventions) {
      if (iv.members.length === 0) continue;
      const ids = iv.members.map((m) => {
        const id = resolver.member(reg.federation_id, m);
        if (!id) throw new Error(`data/federations/${reg.federation_id}.yaml: intervention ${iv.short_name} lists member "${m}", which is not a member`);
        return id;
      });
      const weights = ids.map((id) => paid.get(id));
      const proportional = weights.every((w) => w !== undefined && w > 0);
      const total = proportional ? weights.reduce<number>((a, w) => a + (w ?? 0), 0) : ids.length;
      ids.forEach((id, i) =>
        push("intervention_member", { intervention_id: interventionIdFor(reg, iv.short_name), member_id: id, share: Math.round(((proportional ? weights[i]! : 1) / total) * 1e6) / 1e6 }),
      );
    }
  }

  // ---- parser findings and coverage ----
  for (const e of input.extractions) {
    for (const f of e.findings) dataQuality.push(findingRow(e, f));
    for (const c of e.coverage) push("coverage", { document_id: e.document_id, section: c.section, status: c.status, source_line: c.line, facts: c.facts, note: c.note });
    for (const r of coreCoverageRows(e, resolver.registry(e.federation_id))) push("core_coverage", r);
  }
  rows.data_quality = dataQuality;
  return rows;
}

function findingRow(e: Extraction, f: Finding): Row {
  return dq({
    check_id: f.check_id,
    subject: f.subject,
    document_id: e.document_id,
    source_line: f.line,
    severity: f.severity,
    federation_id: e.federation_id,
    year: e.period_year,
    value: f.value,
    other_value: f.other_value,
    other_document_id: f.other_line ? e.document_id : null,
    other_source_line: f.other_line,
    message: f.message,
  });
}

