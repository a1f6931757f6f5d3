/**
 * Each statement table's unit. A heading can lie ("Belopp tkr" over kronor cells) and notes
 * often state none: the stated unit (or the document's "belopp i tkr om inte annat anges"),
 * then the magnitudes: cells no federation could have in that unit, or a thousandfold gap
 * to the same items in the document's other statements, decide; what cannot be told is not
 * loaded.
 */
import type { FindingInput } from "../../schema/facts.ts";
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { unknownUnit } from "../findings.ts";
import type { Column } from "./columnHeaders.ts";
import { cellsRead, type RawTable } from "./statementRows.ts";
import {
  aboutTimes,
  implausibleIn,
  readDocumentUnit,
  readUnit,
  readUnitLines,
  totalTooSmallForKronor,
  UNIT_FACTOR,
  UNKNOWN_UNIT,
  type StatementUnit,
  type UnitReading,
} from "../../reference/units.ts";

export interface UnitDecision {
  unit: StatementUnit | null;
  finding?: FindingInput;
}

/**
 * Whether a table's cells look like kronor: most of them run to five digits or more. A table
 * whose few huge cells stand among small ones (a members' table in kronor run on under a
 * balance sheet in tkr) is no mislabelled kronor table: its unit cannot be told.
 */
function mostlyKronor(values: readonly number[]): boolean {
  const sizes = values.filter((v) => v !== 0 && Number.isFinite(v)).map((v) => Math.abs(v));
  return sizes.filter((v) => v >= 10_000).length * 2 > sizes.length;
}

const keyOf = (item: string, c: Column) => (c.kind === "amount" ? `${item}|${c.year}|${c.basis}` : null);

/**
 * Each table's unit. The stated unit, or the document's, or kronor when none is stated;
 * then the magnitudes: cells that no federation could have in the stated unit, or that are
 * a thousand times the same items in the document's other statements, are in a smaller unit.
 */
/** Lines stating the unit on their own, found once per document. */
const unitLinesOf = oncePerDocument((doc) => readUnitLines(doc.lines));

/** The document's "belopp i tkr om inte annat anges", found once per document (every table asks). */
export const documentUnitOf = oncePerDocument((doc) => readDocumentUnit(doc.lines));

/**
 * The unit stated outside a table for the table whose heading is at `heading`: the nearest line
 * above it that states only a unit ("Belopp i tkr" over "RESULTATRÄKNING"), else the document's
 * "belopp i tkr om inte annat anges"; null when neither is written.
 */
export function unitAbove(doc: DocumentText, heading: number): (UnitReading & { line: number }) | null {
  return (
    unitLinesOf(doc)
      // A caption's unit is its own table's: its heading within a few lines below it.
      .filter((u) => u.line <= heading && (!u.caption || heading - u.line <= 3))
      .at(-1) ?? documentUnitOf(doc)
  );
}

/**
 * A table that states no unit over it but in every amount row's label ("Intäkter (tkr)",
 * "Kostnader (tkr)", "Årets resultat (tkr)"): that unit, where at least two rows the lexicon names
 * state one and the same known unit and none states another.
 */
function unitOfEveryRow(
  t: RawTable,
  items: ReadonlyMap<number, string> | undefined,
): (UnitReading & { line: number }) | undefined {
  const named = t.rows.filter((r) => items?.has(r.line));
  if (named.length < 2) return undefined;
  const units = named.map((r) => readUnit(r.label));
  const first = units[0];
  if (!first || first.unit === UNKNOWN_UNIT || units.some((u) => u?.unit !== first.unit)) return undefined;
  return { ...first, line: named[0]!.line };
}

export function decideUnits(
  doc: DocumentText,
  tables: RawTable[],
  mapped: Map<RawTable, Map<number, string>>,
): UnitDecision[] {
  const docUnit = documentUnitOf(doc);
  const first: { unit: StatementUnit | null; explicit: boolean; finding?: FindingInput }[] = tables.map((t) => {
    const outer = unitAbove(doc, t.block.heading);
    const stated = t.stated ?? outer ?? unitOfEveryRow(t, mapped.get(t));
    // A unit no reader knows is never read as kronor: the table is not loaded.
    if (stated?.unit === UNKNOWN_UNIT)
      return {
        unit: null,
        explicit: true,
        finding: unknownUnit(`finance:${t.block.section}`, stated.line, stated.written, t.block.section),
      };
    const unit = stated?.unit ?? "kr";
    const values = cellsRead(t.rows);
    if (!implausibleIn(values, unit)) return { unit, explicit: !!stated };
    const where = `${t.block.section} (line ${t.block.heading})`;
    const largest = values.reduce((m, v) => Math.max(m, Math.abs(v)), -Infinity);
    if (unit === "tkr" && !implausibleIn(values, "kr") && mostlyKronor(values))
      return {
        unit: "kr",
        explicit: true,
        finding: {
          check_id: "statement.unit_mislabelled",
          severity: "warning",
          subject: `finance:${t.block.section}`,
          line: stated!.line,
          value: stated!.written,
          other_value: String(largest),
          message: `${where}: the heading says "${stated!.written}" but a cell of ${largest} would be ${largest * UNIT_FACTOR.tkr} kr, beyond any federation; the cells are read as kronor`,
        },
      };
    return {
      unit: null,
      explicit: true,
      finding: {
        check_id: "statement.unit_mislabelled",
        severity: "warning",
        subject: `finance:${t.block.section}`,
        line: stated?.line ?? t.block.heading,
        value: stated?.written ?? "kr",
        other_value: String(largest),
        message: `${where}: a cell of ${largest} in ${stated?.written ?? "kronor"} is beyond any federation and the true unit cannot be told; not loaded`,
      },
    };
  });
  /** Cells by item, year and basis, as written (costs and their signs alike). */
  const cells = (i: number): Map<string, number> => {
    const t = tables[i]!;
    const out = new Map<string, number>();
    for (const row of t.rows) {
      const item = mapped.get(t)?.get(row.line);
      if (!item) continue;
      t.header.valueColumns.forEach((c, k) => {
        const key = keyOf(item, c);
        const v = row.values[k];
        if (key && !out.has(key) && v !== 0 && v !== null && v !== undefined) out.set(key, Math.abs(v));
      });
    }
    return out;
  };
  const cellsOf = tables.map((_, i) => cells(i));
  /** How each table's figures compare with the same items in the tables of a known unit. */
  const compare = (i: number, asUnit: StatementUnit, others: number[]) => {
    let agree = 0;
    let thousandfold = 0;
    let example = "";
    for (const [key, raw] of cellsOf[i]!) {
      const mine = raw * UNIT_FACTOR[asUnit];
      for (const j of others) {
        const theirRaw = cellsOf[j]!.get(key);
        if (theirRaw === undefined) continue;
        const theirs = theirRaw * UNIT_FACTOR[first[j]!.unit!];
        if (
          Math.abs(mine - theirs) <= Math.max(UNIT_FACTOR[asUnit], UNIT_FACTOR[first[j]!.unit!]) / 2 ||
          aboutTimes(mine, theirs, 1)
        )
          agree++;
        else if (aboutTimes(mine, theirs, UNIT_FACTOR.tkr)) {
          thousandfold++;
          example ||= `${key.split("|")[0]} ${key.split("|")[1]}: ${mine} kr here, ${theirs} kr in ${tables[j]!.block.section} (line ${tables[j]!.block.heading})`;
        }
      }
    }
    return { agree, thousandfold, example };
  };
  const known = tables.map((_, j) => j).filter((j) => first[j]!.explicit && first[j]!.unit !== null);
  const decided = tables.map((t, i): UnitDecision => {
    const f = first[i]!;
    if (!f.unit || f.finding || !f.explicit || f.unit === "kr") return { unit: f.unit, finding: f.finding };
    // The same item and year in two tables: a thousandfold gap means this heading lies.
    const { agree, thousandfold, example } = compare(
      i,
      f.unit,
      known.filter((j) => j !== i),
    );
    if (thousandfold > agree) {
      const lower: StatementUnit = f.unit === "mkr" ? "tkr" : "kr";
      const stated = t.stated ?? { written: docUnit?.written ?? f.unit, line: docUnit?.line ?? t.block.heading };
      return {
        unit: lower,
        finding: {
          check_id: "statement.unit_mislabelled",
          severity: "warning",
          subject: `finance:${t.block.section}`,
          line: stated.line,
          value: stated.written,
          other_value: lower,
          message: `${t.block.section} (line ${t.block.heading}): the heading says "${stated.written}" but read so its figures are a thousand times the document's other statements (${example}); read as ${lower === "kr" ? "kronor" : "tkr"}`,
        },
      };
    }
    return { unit: f.unit };
  });
  // Tables that state no unit (notes, often): the same items elsewhere tell; else the unit
  // all the other statements state, if the magnitudes are alike; else they are not loaded.
  const stating = known.filter((j) => decided[j]!.unit !== null);
  const units = new Set(stating.map((j) => decided[j]!.unit));
  return decided.map((d, i) => {
    const f = first[i]!;
    if (f.explicit || f.unit === null) return d;
    const t = tables[i]!;
    const unknown = (why: string): UnitDecision => ({
      unit: null,
      finding: {
        check_id: "statement.unit_unknown",
        severity: "warning",
        subject: `finance:${t.block.section}`,
        line: t.block.heading,
        value: doc.at(t.block.heading),
        message: `${t.block.section} (line ${t.block.heading}): no unit stated, and ${why}; not loaded`,
      },
    });
    for (const u of ["kr", "tkr", "mkr"] as const) {
      const { agree, thousandfold } = compare(i, u, stating);
      if (agree > 0 && agree > thousandfold) return { unit: u };
    }
    if (stating.length === 0) {
      // No unit anywhere: kronor, unless a total is too small to be one in kronor.
      const small = [...cellsOf[i]!].some(([k, v]) => totalTooSmallForKronor(k.split("|")[0]!, v));
      return small ? unknown("its totals are too small to be kronor (tkr?)") : { unit: "kr" };
    }
    if (units.size !== 1) return unknown("the other statements state different units");
    const only = [...units][0]!;
    if (only === "kr") return { unit: "kr" };
    const median = (vs: number[]) => {
      const logs = vs
        .filter((v) => v !== 0)
        .map((v) => Math.log10(Math.abs(v)))
        .sort((a, b) => a - b);
      return logs.length ? logs[Math.floor(logs.length / 2)]! : NaN;
    };
    const mine = median(cellsRead(t.rows));
    const theirs = median(stating.flatMap((j) => cellsRead(tables[j]!.rows)));
    const values = cellsRead(t.rows);
    // Alike in size, and no cell beyond any federation in that unit.
    if (Math.abs(mine - theirs) <= 1.5 && !implausibleIn(values, only)) return { unit: only };
    // A note in kronor beside statements in tkr ("Not 1 Medlemsbidrag" / "Staten 3 849 000"):
    // its cells cannot be tkr (billions), look like kronor, and are a thousandfold the others'.
    if (
      implausibleIn(values, only) &&
      !implausibleIn(values, "kr") &&
      mostlyKronor(values) &&
      Math.abs(mine - theirs - Math.log10(UNIT_FACTOR[only])) <= 1.5
    )
      return { unit: "kr" };
    return unknown(`its cells are of another size than the other statements' (in ${only})`);
  });
}
