/**
 * Participant tables: K/M/Tot in any order and wording, transposed tables with years as columns
 * and "– varav kvinnor" rows, per-intervention tables whose total row is the federation's, and
 * exit destination tables.
 */
import { label } from "./labels.ts";
import type { Ctx } from "./statements.ts";
import { renderTable, type TableMode, type TableRow } from "./table.ts";

type Measure = "enrolled" | "new" | "exited";
type Gender = "all" | "woman" | "man";

function countFigure(
  ctx: Ctx,
  year: number,
  measure: Measure,
  gender: Gender,
  value: number,
  text: string,
  features: string[],
) {
  ctx.doc.figure(
    { table: "participant_count", row: { year, measure, gender, value, text } },
    "participant_table",
    year === ctx.w.year ? features : [...features, "earlier-year"],
  );
}

const mode = (ctx: Ctx) => ctx.rng.pick<TableMode>(["aligned", "aligned", "flattened", "spaced"]);

/** Measures as rows, K / M / Tot as columns (any order, any wording). */
export function genderTable(ctx: Ctx): string[] {
  const { rng, w } = ctx;
  const p = w.participants[w.year]!;
  const m = mode(ctx);
  const words = rng.pick([
    { woman: "K", man: "M", all: "Tot", f: "header-KMTot" },
    { woman: "Kvinnor", man: "Män", all: "Totalt", f: "header-words" },
    { woman: "Kv", man: "Män", all: "Summa", f: "header-abbrev" },
    { woman: "Kvinnor", man: "Män", all: "Alla", f: "header-words" },
  ]);
  const order = rng.pick<Gender[]>([
    ["woman", "man", "all"],
    ["all", "woman", "man"],
    ["man", "woman", "all"],
  ]);
  const features = [`table-${m}`, words.f, `gender-order-${order.join("-")}`];
  const data: [Measure, Record<Gender, number>][] = [
    ["enrolled", { all: p.enrolled, woman: p.women, man: p.men }],
    ["new", { all: p.new, woman: p.newWomen, man: p.new - p.newWomen }],
    ["exited", { all: p.exited, woman: p.exitedWomen, man: p.exited - p.exitedWomen }],
  ];
  const rows: TableRow[] = [];
  for (const [measure, v] of data) {
    const lab = label(measure, rng);
    const cells = order.map((g) => String(v[g]));
    rows.push({ label: lab.text, cells });
    for (const g of order)
      countFigure(ctx, w.year, measure, g, v[g], `${lab.text} ${cells.join(" ")}`, [...features, ...lab.features]);
  }
  const title = rng.pick([
    `Deltagare ${w.year}`,
    "Deltagare i förbundets insatser",
    "Tabell 1. Deltagare",
    "Individinsatser, antal deltagare",
  ]);
  return [
    title,
    "",
    ...renderTable(
      order.map((g) => words[g]),
      rows,
      m,
    ),
    "",
  ];
}

/** Years as columns, measures as rows, "– varav kvinnor" with a dash that is not a minus. */
export function transposedTable(ctx: Ctx): string[] {
  const { rng, w } = ctx;
  const years = [w.year, w.year - 1, w.year - 2];
  const m = mode(ctx);
  const features = ["transposed", `table-${m}`];
  const dash = rng.pick(["– ", "- ", "  ", ""]);
  if (dash.trim()) features.push("dash-bullet");
  const rows: TableRow[] = [];
  const row = (lab: string, measure: Measure, gender: Gender, get: (y: number) => number, extra: string[] = []) => {
    const cells = years.map((y) => String(get(y)));
    rows.push({ label: lab, cells });
    years.forEach((y, i) =>
      countFigure(ctx, y, measure, gender, get(y), `${lab} ${cells.join(" ")}`, [
        ...features,
        ...extra,
        ...(i > 0 ? ["prior-year-column"] : []),
      ]),
    );
  };
  const P = (y: number) => w.participants[y]!;
  row(label("enrolled", rng).text, "enrolled", "all", (y) => P(y).enrolled);
  row(`${dash}varav kvinnor`, "enrolled", "woman", (y) => P(y).women, ["varav"]);
  row(`${dash}varav män`, "enrolled", "man", (y) => P(y).men, ["varav"]);
  row(label("new", rng).text, "new", "all", (y) => P(y).new);
  row(label("exited", rng).text, "exited", "all", (y) => P(y).exited);
  const title = rng.pick(["Deltagare över tid", "Antal deltagare per år", "Deltagarutveckling"]);
  return [title, "", ...renderTable(years.map(String), rows, m), ""];
}

/** One row per intervention and a total row; only the total is the federation's. */
export function interventionTable(ctx: Ctx): string[] | undefined {
  const { rng, w, doc } = ctx;
  if (w.interventions.some((i) => i.women > i.enrolled || i.exited > i.enrolled || i.women < 0)) return undefined;
  const p = w.participants[w.year]!;
  const m = mode(ctx);
  const totalLabel = rng.pick(["Totalt", "Summa", "Tot", "Samtliga insatser"]);
  const features = ["intervention-table", `table-${m}`, "header-KMTot"];
  const header = ["K", "M", "Tot", "Avslutade"];
  const rows: TableRow[] = w.interventions.map((i) => ({
    label: i.name,
    cells: [String(i.women), String(i.enrolled - i.women), String(i.enrolled), String(i.exited)],
  }));
  const totalCells = [String(p.women), String(p.men), String(p.enrolled), String(p.exited)];
  rows.push({ label: totalLabel, cells: totalCells });
  const text = `${totalLabel} ${totalCells.join(" ")}`;
  countFigure(ctx, w.year, "enrolled", "woman", p.women, text, features);
  countFigure(ctx, w.year, "enrolled", "man", p.men, text, features);
  countFigure(ctx, w.year, "enrolled", "all", p.enrolled, text, features);
  countFigure(ctx, w.year, "exited", "all", p.exited, text, features);
  const first = w.interventions[0]!;
  doc.trap({
    trap: "intervention figures are not the federation's",
    what: `${first.name}'s row`,
    line: `${first.name} ${rows[0]!.cells.join(" ")}`,
    condition: "no federation-wide enrolled row with an intervention's count",
    table: "participant_count",
    where: {
      intervention_id: null,
      measure: "enrolled",
      gender: "all",
      value: { in: w.interventions.map((i) => i.enrolled).filter((v) => v !== p.enrolled) },
    },
  });
  const title = rng.pick(["Deltagare per insats", "Insatser och deltagare", "Individinriktade insatser"]);
  return [title, "", ...renderTable(header, rows, m, 0), ""];
}

export const EXIT_CATEGORIES = [
  { key: "work", labels: ["Arbete", "Arbete (inkl. subventionerad anställning)", "Anställning"] },
  { key: "studies", labels: ["Studier", "Utbildning", "Reguljära studier"] },
  { key: "jobSeeker", code: "job_seeker", labels: ["Aktivt arbetssökande", "Arbetssökande"] },
  { key: "rehab", code: "continued_rehab", labels: ["Fortsatt rehabilitering", "Annan rehabiliterande insats"] },
  { key: "otherExit", code: "other_exit", labels: ["Annat avslut", "Övrigt avslut"] },
] as const;

export function exitTable(ctx: Ctx): string[] {
  const { rng, w, doc } = ctx;
  const p = w.participants[w.year]!;
  const m = mode(ctx);
  const withShare = rng.chance(0.5);
  const features = ["exit-table", `table-${m}`];
  const rows: TableRow[] = [];
  for (const c of EXIT_CATEGORIES) {
    const lab = rng.pick(c.labels);
    const v = p[c.key];
    const cells = [String(v), ...(withShare ? [`${Math.round((100 * v) / p.exited)} %`] : [])];
    rows.push({ label: lab, cells });
    const category = "code" in c ? c.code : c.key;
    doc.figure(
      { table: "participant_breakdown", row: { year: w.year, category, value: v, text: `${lab} ${cells.join(" ")}` } },
      "participant_table",
      withShare ? [...features, "share-column"] : features,
    );
  }
  rows.push({
    label: rng.pick(["Summa avslutade", "Totalt", "Summa"]),
    cells: [String(p.exited), ...(withShare ? ["100 %"] : [])],
  });
  const title = rng.pick(["Avslutade deltagare efter orsak", "Vart gick deltagarna efter avslut?", "Avslutsorsaker"]);
  return [title, "", ...renderTable(withShare ? ["Antal", "Andel"] : ["Antal"], rows, m), ""];
}
