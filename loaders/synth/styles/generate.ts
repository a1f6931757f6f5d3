/**
 * Seed → document: one world (world.ts) rendered in a layout the seed chooses, with its truth in
 * the style corpus's truth.yaml format (each figure tagged with its layer and layout features).
 */
import { contributionTable } from "./contributions.ts";
import { Doc, type GeneratedTruth } from "./doc.ts";
import { moneyProse, participantProse, trapProse } from "./narrative.ts";
import { exitTable, genderTable, interventionTable, transposedTable } from "./participants.ts";
import { seedOf } from "../random.ts";
import { makeRng, type Rng } from "./prng.ts";
import { balanceSheet, fiveYearOverview, incomeStatement, type Ctx } from "./statements.ts";
import { makeWorld, type World } from "./world.ts";

export interface Generated {
  seed: number;
  world: World;
  /** The document's text (a .txt as a PDF's text layer would give it). */
  text: string;
  /** Its truth in the truth.yaml format; the style tests parse it with their schema (test/styles/truth.ts). */
  truth: GeneratedTruth;
  /** Layout features the document uses. */
  features: string[];
}

/** Page furniture: a running header, a page number in one of its forms. */
function pageBreak(rng: Rng, w: World, page: number, pages: number): string[] {
  const number = rng.pick([String(page), `Sida ${page} av ${pages}`, `${page} (${pages})`, `– ${page} –`]);
  const header = rng.pick([`${w.name}`, `${w.name} · Årsredovisning ${w.year}`, `ÅRSREDOVISNING ${w.year}`]);
  return ["", number, "\f" + header, ""];
}

function tableOfContents(rng: Rng, titles: string[]): string[] {
  const dotted = rng.chance(0.5);
  return [
    "Innehåll",
    ...titles.map((t, i) => (dotted ? `${t} ${".".repeat(Math.max(3, 40 - t.length))} ${i + 3}` : `${t}   ${i + 3}`)),
    "",
  ];
}

/** The parts of a report that draw their own choices when each has its own generator (`renderReport`). */
export type Section =
  | "layout"
  | "income"
  | "balance"
  | "contributions"
  | "participants"
  | "prose"
  | "exits"
  | "overview"
  | "money"
  | "letter";

/** A generator per report section from one layout seed (for `renderReport`): a section's choices stay put from year to year. */
export function layoutRngs(layout: number): (section: Section) => Rng {
  return (section) => makeRng(seedOf(`${layout}|${section}`));
}

/** One seed, one world, one layout: every choice from one generator, in the order the sections are drawn. */
export function generate(seed: number): Generated {
  const rng = makeRng(seed);
  const w = makeWorld(rng, seed);
  return renderReport(seed, w, () => rng);
}

/**
 * The annual report of `w.year`, its layout drawn from `rngFor(section)`. One generator for every
 * section (as `generate`) ties each choice to all the figures drawn before it; a generator per
 * section, made afresh for each report from one layout seed, keeps a federation's layout from
 * year to year: only the choices that depend on a figure (a small number in words, where prose
 * wraps) stay within their own section.
 */
export function renderReport(seed: number, w: World, rngFor: (section: Section) => Rng): Generated {
  const rng = rngFor("layout");
  const doc = new Doc();
  const statementUnit = rng.chance(0.4) ? "tkr" : "kr";
  const ctxOf = (section: Section): Ctx => ({ w, rng: rngFor(section), doc, statementUnit });
  const summary = rng.chance(0.15);
  if (summary) doc.features.add("summary-without-statements");

  // Registered in precedence order: exact statement figures before rounded restatements.
  const income = summary ? undefined : incomeStatement(ctxOf("income"));
  const balance = summary ? undefined : balanceSheet(ctxOf("balance"));
  const contributions = !summary && rng.chance(0.85) ? contributionTable(ctxOf("contributions")) : undefined;
  const participantForm = rng.pick(["gender", "transposed", "intervention", "prose", "prose"] as const);
  const exitsInProse = participantForm === "prose" ? rng.chance(0.7) : rng.chance(0.4);
  let participants: string[] | undefined;
  const table = ctxOf("participants");
  if (participantForm === "gender") participants = genderTable(table);
  if (participantForm === "transposed") participants = transposedTable(table);
  if (participantForm === "intervention") participants = interventionTable(table) ?? genderTable(table);
  const prose =
    participantForm === "prose" || exitsInProse ? participantProse(ctxOf("prose"), exitsInProse) : undefined;
  const exits = exitsInProse ? undefined : exitTable(ctxOf("exits"));
  const overview = rng.chance(0.35) ? fiveYearOverview(ctxOf("overview")) : undefined;
  const money = summary || rng.chance(0.5) ? moneyProse(ctxOf("money"), summary) : undefined;
  const letter = rng.chance(0.7) ? trapProse(ctxOf("letter")) : undefined;

  const summaryTitle = rng.pick(["Verksamheten i korthet", "Året i siffror", "1. SAMMANFATTNING"]);
  const summaryBody = [...(prose ?? []), ...(money ?? [])];
  const sections: [string, string[] | undefined][] = [
    ["Ordföranden har ordet", letter],
    [summaryTitle, summaryBody.length > 0 ? [summaryTitle, "", ...summaryBody] : undefined],
    ["Förvaltningsberättelse", overview],
    ["Deltagare", participants],
    ["Avslut", exits],
    ["Resultaträkning", income],
    ["Balansräkning", balance],
    ["Noter", contributions],
  ];
  const present = sections.filter((s): s is [string, string[]] => s[1] !== undefined && s[1].length > 0);
  const furniture = rng.chance(0.6);
  if (furniture) doc.features.add("page-furniture");
  const lines = [
    summary ? `${w.name}: årsredovisningen för ${w.year} i korthet` : `Årsredovisning ${w.year}`,
    w.name,
    "",
  ];
  if (!summary && rng.chance(0.5)) {
    lines.push(
      ...tableOfContents(
        rng,
        present.map(([t]) => t),
      ),
    );
    doc.features.add("table-of-contents");
  }
  present.forEach(([, body], i) => {
    lines.push(...body);
    if (furniture) lines.push(...pageBreak(rng, w, i + 2, present.length + 2));
  });

  const file = summary ? `sammanfattning-${w.year}.txt` : `arsredovisning-${w.year}.txt`;
  const truth: GeneratedTruth = {
    style: `gen-${seed}`,
    about: `Generated from seed ${seed}: ${[...doc.features].sort().join(", ")}`,
    federation: {
      id: w.id,
      name: w.name,
      county: w.county,
      members: w.members.map((m) => `${m.name}=${m.type}${m.short !== m.name ? `=${m.short}` : ""}`),
    },
    document: { file, kind: "annual_report", year: w.year },
    ...doc.truthArrays(),
    extra: [],
    findings: [],
    must_not_store: doc.traps,
  };
  return { seed, world: w, text: `${lines.join("\n")}\n`, truth, features: [...doc.features].sort() };
}
