/**
 * Figures in running text: participants with their gender split and exits (wrapped, hyphenated,
 * small numbers in words, "varav" over a line break), the headline rate, money in Mkr with word
 * signs ("underskott på 0,6 Mkr"), and the sentences that hold numbers which are not figures:
 * structural attendees, a rate that "sjönk från 34 till 30 procent", a target, a budget in
 * parentheses, another year's count.
 */
import { capitalize, countWord, mkrProse, storedFromShown } from "./format.ts";
import { wrap } from "./prose.ts";
import type { Ctx } from "./statements.ts";

function paragraph(ctx: Ctx, sentences: string[]): string[] {
  const width = ctx.rng.int(60, 100);
  const hyphenate = ctx.rng.chance(0.4);
  const { lines, hyphenated } = wrap(sentences.join(" "), width, ctx.rng, hyphenate);
  if (hyphenated) ctx.doc.features.add("hyphenated-prose");
  return [...lines, ""];
}

function num(ctx: Ctx, n: number, features: string[]): string {
  const c = countWord(n, ctx.rng);
  if (c.words) features.push("number-in-words");
  return c.text;
}

/** Participants, exits and the rate in a few sentences. Returns the paragraph lines. */
export function participantProse(ctx: Ctx, withExits: boolean): string[] {
  const { rng, w, doc } = ctx;
  const y = w.year;
  const p = w.participants[y]!;
  const prev = w.participants[y - 1]!;
  const s: string[] = [];
  const reg = (
    measure: "enrolled" | "new" | "exited",
    gender: "all" | "woman" | "man",
    value: number,
    text: string,
    f: string[],
    year = y,
  ) =>
    doc.figure({ table: "participant_count", row: { year, measure, gender, value, text } }, "prose", ["prose", ...f]);

  const f1: string[] = [];
  const en = num(ctx, p.enrolled, f1);
  const wo = num(ctx, p.women, f1);
  const me = num(ctx, p.men, f1);
  const form = rng.int(0, 3);
  let first: string;
  if (form === 0) first = `Under ${y} deltog ${en} personer i förbundets individinsatser, ${wo} kvinnor och ${me} män.`;
  else if (form === 1) first = `Totalt har ${en} deltagare (${wo} kvinnor och ${me} män) varit inskrivna under året.`;
  else if (form === 2) {
    first = `Antalet deltagare i insatserna var ${en} (${y - 1}: ${prev.enrolled}), varav ${wo} kvinnor och ${me} män.`;
    reg("enrolled", "all", prev.enrolled, `${y - 1}: ${prev.enrolled}`, ["prior-in-parens"], y - 1);
    f1.push("varav");
  } else first = `Insatserna nådde ${en} deltagare under året. Av dem var ${wo} kvinnor och ${me} män.`;
  s.push(first);
  reg("enrolled", "all", p.enrolled, first, f1);
  reg("enrolled", "woman", p.women, first, f1);
  reg("enrolled", "man", p.men, first, f1);

  const f2: string[] = [];
  const nw = num(ctx, p.new, f2);
  const second = rng.pick([`${capitalize(nw)} av dem var nya för året.`, `Under året skrevs ${nw} nya deltagare in.`]);
  s.push(second);
  reg("new", "all", p.new, second, f2);

  if (withExits) {
    const f3: string[] = ["wrapped-sentence"];
    const ex = num(ctx, p.exited, f3);
    const wk = num(ctx, p.work, f3);
    const st = num(ctx, p.studies, f3);
    const third = rng.pick([
      `Under året avslutades ${ex} deltagare, varav ${wk} gick vidare till arbete och ${st} till studier.`,
      `Av de ${ex} deltagare som avslutade sin insats gick ${wk} till arbete och ${st} började studera.`,
      `${capitalize(ex)} deltagare avslutades. ${capitalize(wk)} av dem fick ett arbete och ${st} påbörjade studier.`,
    ]);
    s.push(third);
    reg("exited", "all", p.exited, third, f3);
    doc.figure(
      { table: "participant_breakdown", row: { year: y, category: "work", value: p.work, text: third } },
      "prose",
      ["prose", ...f3],
    );
    doc.figure(
      { table: "participant_breakdown", row: { year: y, category: "studies", value: p.studies, text: third } },
      "prose",
      ["prose", ...f3],
    );
    const rate = Math.round((100 * (p.work + p.studies)) / p.exited);
    const fourth = rng.pick([
      `Det innebär att ${rate} procent av de avslutade gick vidare till arbete eller studier.`,
      `Andelen som gick till arbete eller studier blev därmed ${rate} procent.`,
    ]);
    s.push(fourth);
    doc.figure(
      {
        table: "indicator",
        row: { year: y, indicator: "work_or_studies_rate_reported", value: rate, n: p.exited, text: fourth },
      },
      "prose",
      ["prose", "rate"],
    );
  }
  return paragraph(ctx, s);
}

/** Money in Mkr with a word for the sign. In a summary without statements these are the figures. */
export function moneyProse(ctx: Ctx, asFigures: boolean): string[] {
  const { rng, w, doc } = ctx;
  const f = w.finance[w.year]!;
  const rev = mkrProse(f.revenue, rng);
  const cost = mkrProse(f.cost, rng);
  const res = mkrProse(f.result, rng);
  const eq = mkrProse(f.equity, rng);
  const budget = mkrProse(w.budget.cost, rng);
  // Only hedges around the figure: "drygt"/"knappt" make an amount a bound, which is never stored (numbers.ts).
  const hedge = rng.pick(["", "", "ca ", "omkring ", "cirka "]);
  const resultWord =
    f.result < 0
      ? rng.pick([`ett underskott på ${res.text}`, `ett negativt resultat om ${res.text}`, `−${res.text}`])
      : rng.pick([`ett överskott på ${res.text}`, `ett positivt resultat om ${res.text}`, `+${res.text}`]);
  const s = [
    `Förbundets intäkter uppgick till ${hedge}${rev.text} och kostnaderna till ${cost.text} (budget ${budget.text}).`,
    `Årets resultat blev ${resultWord}.`,
    `Det egna kapitalet uppgick den 31 december ${w.year} till ${eq.text}.`,
  ];
  const items: ["revenue_operating" | "cost_operating" | "result" | "equity_end", number, string, string][] = [
    ["revenue_operating", f.revenue, s[0]!, rev.unitForm],
    ["cost_operating", f.cost, s[0]!, cost.unitForm],
    ["result", f.result, s[1]!, res.unitForm],
    ["equity_end", f.equity, s[2]!, eq.unitForm],
  ];
  if (asFigures) {
    for (const [item, v, text, unitForm] of items) {
      const features = ["prose", "prose-mkr", `prose-unit-${unitForm}`];
      if (item === "result" && f.result < 0) features.push("negative-by-word");
      doc.figure(
        { table: "finance", row: { year: w.year, basis: "actual", item, amount_sek: storedFromShown(v, "mkr"), text } },
        "prose",
        features,
      );
    }
  } else {
    // One trap per item: a rounded Mkr amount must not replace the statement's exact one.
    for (const [item, v, text] of items) {
      const exact = doc.figures.get(`finance|${w.year}|actual|${item}`)?.figure.row;
      const rounded = storedFromShown(v, "mkr");
      if (!exact || !("amount_sek" in exact) || exact.amount_sek === rounded) continue;
      doc.trap({
        trap: "rounded restatement",
        what: `${item} in Mkr restates the statement`,
        line: text,
        condition: "no actual finance row of the item with the rounded Mkr amount",
        table: "finance",
        where: { basis: "actual", year: w.year, item, amount_sek: rounded },
      });
    }
  }
  const costRow = doc.figures.get(`finance|${w.year}|actual|cost_operating`)?.figure.row;
  const budgetRounded = storedFromShown(w.budget.cost, "mkr");
  if (costRow && "amount_sek" in costRow && costRow.amount_sek !== budgetRounded)
    doc.trap({
      trap: "budget in parentheses",
      what: "the budget beside the outcome",
      line: s[0]!,
      condition: "no actual cost row of the year with the budget's amount",
      table: "finance",
      // The year's own: an earlier year's costs may round to the same Mkr (a five-year table).
      where: { basis: "actual", year: w.year, item: "cost_operating", amount_sek: budgetRounded },
    });
  return paragraph(ctx, s);
}

/** A chair's letter with numbers that are not figures. */
export function trapProse(ctx: Ctx): string[] {
  const { rng, w, doc } = ctx;
  const p = w.participants[w.year]!;
  const rate = Math.round((100 * (p.work + p.studies)) / p.exited);
  const target = w.target === rate ? w.target + 5 : w.target;
  const from = rng.int(25, 45);
  const to = from - rng.int(2, 8);
  const intervention = w.interventions[0]!.name;
  const s = [
    `Samverkan mellan ${w.municipalities.join(", ").replace(/, ([^,]*)$/, " och $1")}, ${w.region}, Försäkringskassan och Arbetsförmedlingen har fortsatt att utvecklas.`,
    `Drygt ${w.structural} personer från medlemsorganisationerna deltog i förbundets seminarier, nätverksträffar och utbildningsdagar.`,
    `I insatsen ${intervention} sjönk andelen som gick till arbete från ${from} till ${to} procent.`,
    `Förbundets mål är att minst ${target} procent av deltagarna ska gå vidare till arbete eller studier.`,
    `Föregående år avslutades ${w.participants[w.year - 1]!.exited} deltagare.`,
  ];
  // A true count that happens to equal the attendees' number (seeds 40055, 40069: 149 exits, 149 men)
  // is the count's, not the attendees': no trap then.
  const counts = new Set(
    Object.values(w.participants).flatMap((x) => Object.values(x ?? {}).filter((v) => typeof v === "number")),
  );
  if (!counts.has(w.structural))
    doc.trap({
      trap: "structural participants",
      what: "seminar and network attendees are not participants",
      line: s[1]!,
      condition: "no enrolled row with the attendees' number",
      table: "participant_count",
      where: { measure: { in: ["enrolled", "new", "exited"] }, value: w.structural },
    });
  doc.trap({
    trap: "rate from/to",
    what: `"sjönk från ${from} till ${to} procent" is one intervention's rate`,
    line: s[2]!,
    condition: "no federation indicator, count or exit outcome with either rate",
    table: "indicator",
    where: { scope: "federation", value: { in: [from, to].filter((v) => v !== rate) } },
  });
  doc.trap({
    trap: "rate from/to (as a count)",
    what: "a rate is not a number of people",
    line: s[2]!,
    condition: "no exit outcome with either rate",
    table: "participant_breakdown",
    where: {
      intervention_id: null,
      category: { in: ["work", "studies", "work_or_studies"] },
      value: { in: [from, to].filter((v) => v !== p.work && v !== p.studies) },
    },
  });
  doc.trap({
    trap: "target",
    what: `"minst ${target} procent" is a goal, not an outcome`,
    line: s[3]!,
    condition: "no federation indicator with the target's value",
    table: "indicator",
    where: { scope: "federation", value: target },
  });
  if (w.participants[w.year - 1]!.exited !== p.exited)
    doc.trap({
      trap: "another year's figure",
      what: "last year's exits",
      line: s[4]!,
      condition: "no exited row for the report year with last year's count",
      table: "participant_count",
      where: { year: w.year, measure: "exited", gender: "all", value: w.participants[w.year - 1]!.exited },
    });
  return [rng.pick(["Ordföranden har ordet", "Förbundschefen har ordet", "Året som gått"]), "", ...paragraph(ctx, s)];
}
