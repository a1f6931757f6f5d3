/**
 * The money tables: the income statement (resultaträkning) and balance sheet in any column order,
 * with Not and Budget columns, in kr or tkr, and the multi-year overview with years as columns
 * and the unit in the row label.
 */
import type { Doc } from "./doc.ts";
import { cell, storedFromShown, type NegativeForm, type Unit } from "./format.ts";
import { label, type Concept } from "./labels.ts";
import type { Rng } from "./prng.ts";
import { renderTable, type TableMode, type TableRow } from "./table.ts";
import type { FinanceYear, World } from "./world.ts";

export interface Ctx {
  w: World;
  rng: Rng;
  doc: Doc;
  /** The unit of the income statement and balance sheet (one per document, as in real reports). */
  statementUnit: Unit;
}

type Item = "revenue_operating" | "cost_operating" | "operating_result" | "result" | "equity_end" | "assets_total";

interface Column {
  kind: "not" | "actual" | "budget";
  year: number;
  header: string;
}

export interface TableStyle {
  mode: TableMode;
  unit: Unit;
  neg: NegativeForm;
  /** Costs written with a minus sign. */
  costsNegative: boolean;
  features: string[];
}

export function tableStyle(rng: Rng, unit: Unit): TableStyle {
  const mode = rng.pick<TableMode>(["aligned", "aligned", "flattened", "flattened", "spaced"]);
  const neg = rng.pick<NegativeForm>(["hyphen", "hyphen", "minus", "paren"]);
  const costsNegative = rng.chance(0.6);
  const features = [`table-${mode}`, `unit-${unit}`, `neg-${neg}`];
  if (!costsNegative) features.push("costs-unsigned");
  return { mode, unit, neg, costsNegative, features };
}

function unitHeading(ctx: Ctx, style: TableStyle, title: string): string[] {
  if (style.unit === "kr") return ctx.rng.chance(0.5) ? [title, "Belopp i kr"] : [title];
  style.features.push("unit-heading-only");
  return ctx.rng.pick([
    [title, "Belopp i tkr"],
    [`${title} (tkr)`],
    [`${title}, tkr`],
    [title, "(Belopp i tusentals kronor)"],
  ]);
}

function yearHeader(rng: Rng, year: number, kind: "actual" | "budget", balance: boolean, mode: TableMode): string {
  // A bare "Budget" only where columns are aligned: flattened, "Budget 2023" would name another year.
  if (kind === "budget")
    return rng.pick([`Budget ${year}`, `Budget ${year}`, mode === "aligned" ? "Budget" : `Budget ${year}`]);
  if (balance) return rng.pick([`${year}-12-31`, `${year}-12-31`, String(year)]);
  return rng.pick([String(year), `Utfall ${year}`, `Bokslut ${year}`, `${year}-01-01–${year}-12-31`]);
}

function columns(
  ctx: Ctx,
  mode: TableMode,
  balance: boolean,
  withNot: boolean,
  withBudget: boolean,
): { cols: Column[]; features: string[] } {
  const { rng, w } = ctx;
  const y = w.year;
  const features: string[] = [];
  const actual: Column = { kind: "actual", year: y, header: yearHeader(rng, y, "actual", balance, mode) };
  const prior: Column = { kind: "actual", year: y - 1, header: yearHeader(rng, y - 1, "actual", balance, mode) };
  const pair = rng.chance(0.12) ? [prior, actual] : [actual, prior];
  if (pair[0] === prior) features.push("prior-year-first");
  let cols: Column[] = pair;
  if (withBudget) {
    const budget: Column = { kind: "budget", year: y, header: yearHeader(rng, y, "budget", balance, mode) };
    const at = rng.int(0, 2);
    cols = [...cols.slice(0, at), budget, ...cols.slice(at)];
    features.push(at === 0 ? "budget-first" : "budget-column");
  }
  if (withNot) {
    cols = [{ kind: "not", year: y, header: "Not" }, ...cols];
    features.push("not-column");
  }
  if (cols.some((c) => /Utfall|Bokslut/.test(c.header))) features.push("basis-in-header");
  if (cols.some((c) => /-12-31/.test(c.header))) features.push("balance-date-header");
  return { cols, features };
}

interface Line {
  concept: Concept | null;
  text?: string;
  item?: Item;
  /** The amount of a year (the budget uses `budget`). */
  value: (f: FinanceYear) => number | undefined;
  /** A cost: shown with a minus sign when the style says so, stored positive. */
  cost?: boolean;
  note?: number;
  bullet?: boolean;
}

function renderMoneyTable(
  ctx: Ctx,
  title: string,
  lines: Line[],
  opts: { balance: boolean; layer: "statement" | "multi_year" },
): string[] {
  const { rng, w, doc } = ctx;
  const style = tableStyle(rng, ctx.statementUnit);
  const withNot = rng.chance(0.4);
  const withBudget = !opts.balance && rng.chance(0.35);
  const { cols, features: colFeatures } = columns(ctx, style.mode, opts.balance, withNot, withBudget);
  const features = [...style.features, ...colFeatures];
  const heading = unitHeading(ctx, style, title);
  const wrapOne = style.mode === "aligned" && rng.chance(0.25);
  const rows: TableRow[] = [];
  let wrapped = false;
  for (const l of lines) {
    const lab = l.concept ? label(l.concept, rng, { bullet: l.bullet }) : { text: l.text!, features: [] };
    const cells = cols.map((c) => {
      if (c.kind === "not") return l.note !== undefined ? String(l.note) : "";
      const f = c.kind === "budget" ? w.budget : w.finance[c.year]!;
      const v = l.value(f);
      if (v === undefined || (c.kind === "budget" && !l.item)) return "";
      const signedV = l.cost && style.costsNegative ? -v : v;
      return cell(signedV, style.unit, style.neg);
    });
    const row: TableRow = { label: lab.text, cells };
    if (wrapOne && !wrapped && l.item && lab.text.split(" ").length >= 2) {
      row.wrapAt = 1;
      wrapped = true;
    }
    rows.push(row);
    if (!l.item) continue;
    const rowText = `${lab.text} ${cells.filter(Boolean).join(" ")}`.replace(/\s+/g, " ").trim();
    const rowFeatures = [...features, ...lab.features, ...(row.wrapAt !== undefined ? ["wrapped-label"] : [])];
    for (const c of cols) {
      if (c.kind === "not") continue;
      if (
        c.kind === "budget" &&
        !["revenue_operating", "cost_operating", "operating_result", "result"].includes(l.item)
      )
        continue;
      const f = c.kind === "budget" ? w.budget : w.finance[c.year]!;
      const v = l.value(f);
      if (v === undefined) continue;
      doc.figure(
        {
          table: "finance",
          row: {
            year: c.year,
            basis: c.kind === "budget" ? "budget" : "actual",
            item: l.item,
            amount_sek: storedFromShown(v, style.unit),
            text: rowText,
          },
        },
        opts.layer,
        c.year !== w.year ? [...rowFeatures, "prior-year-column"] : rowFeatures,
      );
    }
  }
  if (withNot) {
    // A note number is never an amount, in kronor or scaled.
    const notes = lines.flatMap((l) => (l.note !== undefined ? [l.note] : []));
    // A small real amount (a result of −4 tkr) can equal a scaled note number: leave those out.
    const real = new Set(
      [...Object.values(w.finance), w.budget]
        .flatMap((f) => [f.revenue, f.cost, f.operating, f.result, f.equity, f.assets])
        .flatMap((v) => [v, -v])
        .flatMap((v) => [v, storedFromShown(v, "tkr"), storedFromShown(v, "mkr")]),
    );
    doc.trap({
      trap: "Not column",
      what: "note numbers stored as amounts",
      line: heading[0]!,
      condition: "no finance row whose amount is a note number (as kr or scaled)",
      table: "finance",
      where: {
        item: {
          in: ["revenue_operating", "cost_operating", "operating_result", "result", "equity_end", "assets_total"],
        },
        amount_sek: { in: notes.flatMap((n) => [n, -n, n * 1000, -n * 1000]).filter((v) => !real.has(v)) },
      },
    });
  }
  return [
    ...heading,
    "",
    ...renderTable(
      cols.map((c) => c.header),
      rows,
      style.mode,
    ),
    "",
  ];
}

export function incomeStatement(ctx: Ctx): string[] {
  const note = (n: number) => n;
  const lines: Line[] = [
    { concept: "revenue", item: "revenue_operating", value: (f) => f.revenue, note: note(1) },
    { concept: "cost", item: "cost_operating", value: (f) => f.cost, cost: true, note: note(2) },
    { concept: "operating", item: "operating_result", value: (f) => f.operating },
    { concept: null, text: "Finansiella poster", value: () => undefined },
    { concept: "finIncome", value: (f) => f.finIncome, note: note(3), bullet: true },
    { concept: "finCost", value: (f) => f.finCost, cost: true, bullet: true },
    { concept: "result", item: "result", value: (f) => f.result },
  ];
  if (ctx.rng.chance(0.4))
    lines.splice(6, 0, {
      concept: null,
      text: "Resultat efter finansiella poster",
      value: (f) => f.result,
    });
  const title = ctx.rng.pick([
    "Resultaträkning",
    "RESULTATRÄKNING",
    "4.1 Resultaträkning",
    "Resultaträkning för perioden",
  ]);
  return renderMoneyTable(ctx, title, lines, { balance: false, layer: "statement" });
}

export function balanceSheet(ctx: Ctx): string[] {
  const receivables = (f: FinanceYear) => Math.round(f.assets * 0.08);
  const lines: Line[] = [
    { concept: null, text: "TILLGÅNGAR", value: () => undefined },
    { concept: null, text: "Omsättningstillgångar", value: () => undefined },
    { concept: null, text: "Kortfristiga fordringar", value: receivables, note: 4 },
    { concept: null, text: "Kassa och bank", value: (f) => f.assets - receivables(f), note: 5 },
    { concept: "assets", item: "assets_total", value: (f) => f.assets },
    { concept: null, text: "EGET KAPITAL OCH SKULDER", value: () => undefined },
    { concept: null, text: "Ingående eget kapital", value: (f) => f.equity - f.result, bullet: true },
    { concept: null, text: "Årets resultat", value: (f) => f.result, bullet: true },
    { concept: "equity", item: "equity_end", value: (f) => f.equity, note: 6 },
    { concept: null, text: "Kortfristiga skulder", value: (f) => f.assets - f.equity, note: 7 },
    { concept: null, text: "Summa eget kapital och skulder", value: (f) => f.assets },
  ];
  const title = ctx.rng.pick(["Balansräkning", "BALANSRÄKNING", "4.2 Balansräkning"]);
  return renderMoneyTable(ctx, title, lines, { balance: true, layer: "statement" });
}

/** "Fem år i sammandrag": years as columns, the unit in each row label. */
export function fiveYearOverview(ctx: Ctx): string[] {
  const { rng, w, doc } = ctx;
  const years = [0, 1, 2, 3, 4].map((i) => w.year - i);
  if (rng.chance(0.3)) years.reverse();
  const unit: Unit = rng.pick(["tkr", "tkr", "kr", "mkr"]);
  const unitLabel = { kr: "(kr)", tkr: "(tkr)", mkr: "(Mkr)" }[unit];
  const mode = rng.pick<TableMode>(["aligned", "flattened", "spaced"]);
  const neg = rng.pick<NegativeForm>(["hyphen", "minus", "paren"]);
  const features = ["five-year", `table-${mode}`, `unit-${unit}`, "unit-in-row-label", `neg-${neg}`];
  const title = rng.pick(["Fem år i sammandrag", "Flerårsöversikt", "Nyckeltal", "Förbundets utveckling i sammandrag"]);
  const money: [string, Item, (f: FinanceYear) => number][] = [
    [`Verksamhetens intäkter ${unitLabel}`, "revenue_operating", (f) => f.revenue],
    [`Verksamhetens kostnader ${unitLabel}`, "cost_operating", (f) => f.cost],
    [`Årets resultat ${unitLabel}`, "result", (f) => f.result],
    [`Eget kapital ${unitLabel}`, "equity_end", (f) => f.equity],
  ];
  const rows: TableRow[] = [];
  for (const [lab, item, get] of money) {
    const cells = years.map((y) => cell(get(w.finance[y]!), unit, neg));
    rows.push({ label: lab, cells });
    years.forEach((y) =>
      doc.figure(
        {
          table: "finance",
          row: {
            year: y,
            basis: "actual",
            item,
            amount_sek: storedFromShown(get(w.finance[y]!), unit),
            text: `${lab} ${cells.join(" ")}`,
          },
        },
        "multi_year",
        y === w.year ? features : [...features, "earlier-year"],
      ),
    );
  }
  const count = (lab: string, measure: "enrolled" | "new" | "exited", get: (y: number) => number) => {
    const cells = years.map((y) => String(get(y)));
    rows.push({ label: lab, cells });
    years.forEach((y) =>
      doc.figure(
        {
          table: "participant_count",
          row: { year: y, measure, gender: "all", value: get(y), text: `${lab} ${cells.join(" ")}` },
        },
        "multi_year",
        y === w.year ? features : [...features, "earlier-year"],
      ),
    );
  };
  count(
    rng.pick(["Antal deltagare", "Antal inskrivna deltagare", "Deltagare (antal)"]),
    "enrolled",
    (y) => w.participants[y]!.enrolled,
  );
  count(rng.pick(["Antal nya deltagare", "Nyinskrivna (antal)"]), "new", (y) => w.participants[y]!.new);
  const womenShare = years.map((y) => Math.round((100 * w.participants[y]!.women) / w.participants[y]!.enrolled));
  rows.push({ label: rng.pick(["Andel kvinnor (%)", "Andel kvinnor, %"]), cells: womenShare.map(String) });
  const solidity = years.map((y) => Math.round((100 * w.finance[y]!.equity) / w.finance[y]!.assets));
  rows.push({ label: "Soliditet (%)", cells: solidity.map(String) });
  doc.trap({
    trap: "shares in the overview",
    what: "'Andel kvinnor (%)' and 'Soliditet (%)' are percentages, not counts",
    line: title,
    condition: "no participant_count row for women whose value is a share from the overview",
    table: "participant_count",
    where: {
      gender: "woman",
      value: {
        // A share that equals a true count of women (the federation's, or an intervention's) is no trap.
        in: womenShare.filter(
          (v) =>
            Object.values(w.participants).every((p) => ![p.women, p.newWomen, p.exitedWomen].includes(v)) &&
            w.interventions.every((i) => i.women !== v),
        ),
      },
    },
  });
  return [title, "", ...renderTable(years.map(String), rows, mode), ""];
}
