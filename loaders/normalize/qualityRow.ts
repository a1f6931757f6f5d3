/**
 * One `data_quality` row, the one way every step builds it (parser findings, precedence,
 * unknown names, reconciliation, rejected inputs): the columns a finding must state, and NULL
 * for the optional ones it leaves out.
 */
import { qualityCheck } from "../reference/codes.ts";
import type { RowOf } from "../schema/tables.ts";

export type QualityRow = RowOf<"data_quality">;

/** The nullable columns of data_quality: a finding may leave them out. */
type OptionalColumn = { [K in keyof QualityRow]: null extends QualityRow[K] ? K : never }[keyof QualityRow];

export type QualityFinding = Omit<QualityRow, OptionalColumn | "message_sv"> &
  Partial<Pick<QualityRow, OptionalColumn>>;

const CHECK_SV = new Map<string, string>(qualityCheck.entries.map((e) => [e.code, e.sv]));

/**
 * The finding in Swedish, from the check's Swedish name and the finding's values and lines:
 * "Resultatet går inte ihop: 1 204 (rad 133; jämfört med 1 318, rad 140)". The same for every
 * check, so no finding is left in English on the site.
 */
export function swedishMessage(
  f: Pick<
    QualityRow,
    "check_id" | "value" | "other_value" | "source_line" | "other_source_line" | "other_document_id" | "document_id"
  >,
): string {
  const name = CHECK_SV.get(f.check_id) ?? `Kontroll ${f.check_id}`;
  const value = f.value === null ? "" : `: ${f.value.length > 160 ? `${f.value.slice(0, 160)} …` : f.value}`;
  const where = f.source_line === null ? "" : `rad ${f.source_line}`;
  const otherWhere =
    f.other_source_line === null
      ? ""
      : `${f.other_document_id && f.other_document_id !== f.document_id ? `${f.other_document_id}, ` : ""}rad ${f.other_source_line}`;
  const other =
    f.other_value === null
      ? otherWhere
        ? `jämfört med ${otherWhere}`
        : ""
      : `jämfört med ${f.other_value}${otherWhere ? `, ${otherWhere}` : ""}`;
  const detail = [where, other].filter(Boolean).join("; ");
  return `${name}${value}${detail ? ` (${detail})` : ""}.`;
}

export function qualityRow(f: QualityFinding): QualityRow {
  // Every column named, in the table's order: one object shape for every finding (a load builds
  // hundreds of thousands), which spreading a finding over a row of NULLs did not give, and
  // which the row serialiser and the garbage collector handle fastest.
  const row: QualityRow = {
    check_id: f.check_id,
    subject: f.subject,
    document_id: f.document_id,
    source_line: f.source_line,
    severity: f.severity,
    federation_id: f.federation_id ?? null,
    year: f.year ?? null,
    value: f.value ?? null,
    other_value: f.other_value ?? null,
    other_document_id: f.other_document_id ?? null,
    other_source_line: f.other_source_line ?? null,
    message: f.message,
    message_sv: "",
  };
  row.message_sv = swedishMessage(row);
  return row;
}
