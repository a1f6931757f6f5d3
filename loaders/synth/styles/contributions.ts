/**
 * Member contributions: one row per paying member (the state as FK and AF together), a total,
 * the report year and the year before, in kr or tkr.
 */
import { cell, storedFromShown, type Unit } from "./format.ts";
import type { Ctx } from "./statements.ts";
import { renderTable, type TableMode, type TableRow } from "./table.ts";
import { memberId, type Member } from "./world.ts";

const STATE_NAMES = [
  "Staten",
  "Staten (FK och AF)",
  "Försäkringskassan och Arbetsförmedlingen",
  "FK och AF",
  "Försäkringskassan/Arbetsförmedlingen",
];

export function contributionTable(ctx: Ctx): string[] {
  const { rng, w, doc } = ctx;
  const unit: Unit = rng.chance(0.3) ? "tkr" : "kr";
  const m = rng.pick<TableMode>(["aligned", "aligned", "flattened", "spaced"]);
  const years = rng.chance(0.7) ? [w.year, w.year - 1] : [w.year];
  const features = [`table-${m}`, `unit-${unit}`, ...(years.length === 2 ? ["prior-year-column"] : [])];
  const payers: [string, string][] = [
    [rng.pick(STATE_NAMES), memberId(w, "state")],
    [
      w.region,
      memberId(
        w,
        w.members.find((x) => x.type === "region")!,
      ),
    ],
    ...w.members
      .filter((x): x is Member => x.type === "municipality")
      .map((x): [string, string] => [rng.chance(0.7) ? x.name : x.short, memberId(w, x)]),
  ];
  const rows: TableRow[] = [];
  for (const [name, id] of payers) {
    const cells = years.map((y) => cell(w.contributions[y]![id]!, unit, "hyphen"));
    rows.push({ label: name, cells });
    years.forEach((y) =>
      doc.figure(
        {
          table: "member_contribution",
          row: {
            year: y,
            basis: "actual",
            member_id: id,
            amount_sek: storedFromShown(w.contributions[y]![id]!, unit),
            text: `${name} ${cells.join(" ")}`,
          },
        },
        "contributions",
        y === w.year ? features : [...features, "earlier-year"],
      ),
    );
  }
  const totals = years.map((y) => Object.values(w.contributions[y]!).reduce((a, b) => a + b, 0));
  rows.push({
    label: rng.pick(["Summa medlemsbidrag", "Summa", "Totalt"]),
    cells: totals.map((t) => cell(t, unit, "hyphen")),
  });
  const title = rng.pick([
    "Not 1 Medlemsbidrag",
    "Medlemsbidrag",
    "Not 1 Verksamhetens intäkter",
    "Finansiering från medlemmarna",
  ]);
  const heading = unit === "tkr" ? [title, "Belopp i tkr"] : [title];
  doc.trap({
    trap: "contribution total",
    what: "the total row is no member's",
    line: title,
    condition: "no member contribution with the total's amount",
    table: "member_contribution",
    where: { amount_sek: { in: totals.map((t) => storedFromShown(t, unit)) } },
  });
  return [...heading, "", ...renderTable(years.map(String), rows, m), ""];
}
