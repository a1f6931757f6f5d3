/**
 * `finsam synth`: a seeded national corpus for the benchmark and the scale tests, written as a
 * project of its own (`<out>/data/sources`, `data/federations`, the manifest), so that
 * `FINSAM_ROOT=<out> finsam extract | load | export --out <out>/dist/data` run on it unchanged.
 *
 * Each federation-year gets an annual report and two sets of minutes. The report comes from one of two sources:
 * - one federation in four (`templateEvery`) keeps the Kalmar seed report, its figures varied
 *   consistently (rewriteReport.ts), so the template reader runs at scale, and the Kalmar board and
 *   committee minutes (years shifted, names made SYNTETISKT);
 * - the others are made up by the style generator (styles/): one world per federation over all
 *   its years (a report's prior-year column is the previous report's figure, sums add up), each
 *   report rendered in the federation's own layout, drawn from its seed and redesigned every few
 *   years (or never). The registry's members are the world's members. Their minutes are generated
 *   too (styles/minutes.ts), in one minutes layout per federation: the autumn board meeting that
 *   decides the year's budget, fees and grants, and the spring meeting after the year that
 *   approves its report, attended by the board of the term in office.
 * `synth.yaml` says which federation is which and when each layout was used; with `truth`, each
 * generated report's and minutes' truth (the figures a correct reader stores) is written under `truth/`.
 * Not part of the published pipeline: every id starts with `syntetisk-`, which the site and the
 * export refuse to publish.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";
import { projectPaths, type Paths } from "../config/paths.ts";
import { extractDocument } from "../extract/extractDocument.ts";
import { readManifest } from "../input/readManifest.ts";
import { buildRegistry } from "../ingest/addFederation.ts";
import { readRegistries } from "../input/readRegistries.ts";
import type { ManifestEntry } from "../schema/manifest.ts";
import type { Registry } from "../schema/registry.ts";
import { random, seedOf } from "./random.ts";
import { basesOf, rewriteLines, shiftYears, slotsOf, type Multipliers, type Slot } from "./rewriteReport.ts";
import { SYNTHETIC_PREFIX, SYNTHETIC_WORD } from "../warehouse/syntheticData.ts";
import { layoutRngs, renderReport } from "./styles/generate.ts";
import { makeRng } from "./styles/prng.ts";
import { boardOf, minutesLayout, renderMinutes, type MeetingKind, type MinutesLayout } from "./styles/minutes.ts";
import { inYear, makeWorld, type World } from "./styles/world.ts";

export interface SynthOptions {
  federations: number;
  years: number;
  out: string;
  /** The last year reported on; the corpus covers `lastYear - years + 1 … lastYear`. */
  lastYear?: number;
  seed?: number;
  /** Every n-th federation (the 1st, the n+1-th, …) keeps the Kalmar seed report; 1 = all. Default 4. */
  templateEvery?: number;
  /** Also write each generated report's truth (truth.yaml format) under `<out>/truth/`. */
  truth?: boolean;
}

export interface SynthReport {
  root: string;
  documents: number;
  bytes: number;
  /** Annual reports per source: `kalmar-template`, or `generator` and its layouts. */
  reports: { template: number; generated: number; layouts: number; minutes: number };
}

/** Which report a federation writes, and (generated) when each of its layouts was in use. */
interface FederationPlan {
  id: string;
  source: "kalmar-template" | "generator";
  layouts?: { from: number; to: number; layout: number }[];
  /** Generated minutes: the federation's one minutes layout (styles/minutes.ts). */
  minutes?: MinutesLayout;
}

/** The seed documents, by their role in a synthetic federation-year. */
const SEED_FEDERATION = "kalmar";
const SEEDS = { report: "annual_report", board: "board_minutes", committee: "committee_minutes" } as const;
type Role = keyof typeof SEEDS;

interface Seed {
  entry: ManifestEntry;
  lines: string[];
  slots: Slot[];
  bases: Map<string, number>;
}

async function readSeeds(paths: Paths): Promise<Record<Role, Seed>> {
  const manifest = await readManifest(paths);
  const out = {} as Record<Role, Seed>;
  for (const [role, kind] of Object.entries(SEEDS) as [Role, string][]) {
    const entry = manifest.find((e) => e.federation_id === SEED_FEDERATION && e.kind === kind);
    if (!entry) throw new Error(`synth: no ${kind} of ${SEED_FEDERATION} in ${paths.manifest} to use as a seed`);
    const lines = (await readFile(join(paths.sources, entry.file), "utf8")).split("\n");
    // Only the report's figures vary: minutes carry amounts of single decisions, not series.
    const slots = role === "report" ? slotsOf((await extractDocument(paths.sources, entry)).extraction.facts) : [];
    out[role] = { entry, lines, slots, bases: basesOf(slots, entry.period_year) };
  }
  return out;
}

/** The seed federation's registry with every name marked SYNTETISKT; the old names stay as aliases. */
function syntheticRegistry(seed: Registry, id: string, name: string): Registry {
  const mark = (n: string) => `${n} (${SYNTHETIC_WORD})`;
  return {
    federation_id: id,
    name,
    county: `${SYNTHETIC_WORD} län`,
    members: seed.members.map((m) => ({ ...m, name: mark(m.name), aliases: [...m.aliases, m.name] })),
    interventions: seed.interventions.map((iv) => ({ ...iv, name: mark(iv.name), aliases: [...iv.aliases, iv.name] })),
  };
}

/** The generated federation's registry: the world's members (as add-federation makes them), every name SYNTETISKT. */
function generatedRegistry(w: World): Registry {
  const reg = buildRegistry({
    id: w.id,
    name: w.name,
    county: `${SYNTHETIC_WORD} län`,
    members: w.members.map((m) => `${m.name}=${m.type}${m.short !== m.name ? `=${m.short}` : ""}`),
  });
  const mark = (n: string) => `${n} (${SYNTHETIC_WORD})`;
  return { ...reg, members: reg.members.map((m) => ({ ...m, name: mark(m.name), aliases: [...m.aliases, m.name] })) };
}

/**
 * A federation's layout seed per report year: a layout is kept for a period of 3–7 years (the
 * first period cut short at a random point), or for good in three federations of ten.
 */
function layoutsFor(federation: string, seed: number, first: number, last: number): Map<number, number> {
  const r = random(seedOf(`${seed}|${federation}|layout`));
  const period = r() < 0.3 ? Infinity : 3 + Math.floor(r() * 5);
  const offset = Number.isFinite(period) ? Math.floor(r() * period) : 0;
  const out = new Map<number, number>();
  for (let y = first; y <= last; y++) {
    const epoch = Number.isFinite(period) ? Math.floor((y - first + offset) / period) : 0;
    out.set(y, seedOf(`${seed}|${federation}|layout|${epoch}`));
  }
  return out;
}

/** Whole-number multipliers per federation and year (1–3 for money, 1–2 for head counts). */
function multipliersFor(federation: string, seed: number): Multipliers {
  const draw = (what: string, year: number, n: number) =>
    1 + Math.floor(random(seedOf(`${seed}|${federation}|${what}|${year}`))() * n);
  return { money: (y) => draw("money", y, 3), count: (y) => draw("count", y, 2) };
}

/** Refuse to write into a folder that is not empty and not an earlier synthetic corpus. */
async function prepareOut(out: string): Promise<void> {
  const marker = join(out, "SYNTETISKT.md");
  if (existsSync(out) && (await readdir(out)).length > 0 && !existsSync(marker))
    throw new Error(
      `synth --out ${out}: the folder is not empty and holds no earlier synthetic corpus; nothing was written`,
    );
  await rm(join(out, "data"), { recursive: true, force: true });
  await rm(join(out, "truth"), { recursive: true, force: true });
  await mkdir(join(out, "data", "federations"), { recursive: true });
  await writeFile(
    marker,
    `# ${SYNTHETIC_WORD} korpus\n\nGenerated by \`finsam synth\` for benchmarks and scale tests. Every federation, name and figure here is made up; nothing from it is ever published.\n`,
  );
}

export async function synthCorpus(o: SynthOptions, seedPaths: Paths = projectPaths()): Promise<SynthReport> {
  if (!Number.isInteger(o.federations) || o.federations < 1 || o.federations > 999)
    throw new Error("synth: --federations must be a whole number 1–999");
  if (!Number.isInteger(o.years) || o.years < 1 || o.years > 40) throw new Error("synth: --years must be 1–40");
  const seeds = await readSeeds(seedPaths);
  const registry = (await readRegistries(seedPaths)).find((r) => r.registry.federation_id === SEED_FEDERATION);
  if (!registry) throw new Error(`synth: no registry for the seed federation ${SEED_FEDERATION}`);
  const lastYear = o.lastYear ?? seeds.report.entry.period_year;
  const seed = o.seed ?? 1;
  await prepareOut(o.out);
  const paths = projectPaths(o.out);
  const manifest: ManifestEntry[] = [];
  let bytes = 0;
  const templateEvery = o.templateEvery ?? 4;
  if (!Number.isInteger(templateEvery) || templateEvery < 1) throw new Error("synth: templateEvery must be 1 or more");
  const first = lastYear - o.years + 1;
  const plans: FederationPlan[] = [];
  const reports = { template: 0, generated: 0, layouts: 0, minutes: 0 };
  const write = async (file: string, text: string) => {
    await mkdir(join(paths.root, file, ".."), { recursive: true });
    await writeFile(join(paths.root, file), text);
  };
  const minutes = [seeds.board, seeds.committee];
  for (let n = 1; n <= o.federations; n++) {
    const num = String(n).padStart(String(o.federations).length, "0");
    const id = `${SYNTHETIC_PREFIX}${num}`;
    const name = `Samordningsförbundet ${SYNTHETIC_WORD} ${num}`;
    const template = (n - 1) % templateEvery === 0;
    const renames: [RegExp, string][] = [
      [/Samordningsförbundet i\s+Kalmar län/g, name],
      [/(Finsam|FINSAM) Kalmar(?! kommun)/g, `$1 ${SYNTHETIC_WORD} ${num}`],
    ];
    let world: World | undefined;
    let layouts: Map<number, number> | undefined;
    let minutesStyle: MinutesLayout | undefined;
    if (template) {
      await writeFile(join(paths.federations, `${id}.yaml`), stringify(syntheticRegistry(registry.registry, id, name)));
      plans.push({ id, source: "kalmar-template" });
    } else {
      const worldSeed = seedOf(`${seed}|${id}|world`);
      world = makeWorld(makeRng(worldSeed), worldSeed, { span: { first, last: lastYear }, id, name });
      await writeFile(join(paths.federations, `${id}.yaml`), stringify(generatedRegistry(world)));
      layouts = layoutsFor(id, seed, first, lastYear);
      const periods: { from: number; to: number; layout: number }[] = [];
      for (const [y, layout] of layouts)
        if (periods.at(-1)?.layout === layout) periods.at(-1)!.to = y;
        else periods.push({ from: y, to: y, layout });
      minutesStyle = minutesLayout(makeRng(seedOf(`${seed}|${id}|minutes-layout`)));
      plans.push({ id, source: "generator", layouts: periods, minutes: minutesStyle });
      reports.layouts += periods.length;
    }
    await mkdir(join(paths.sources, id), { recursive: true });
    const multipliers = multipliersFor(id, seed);
    for (let year = first; year <= lastYear; year++) {
      const delta = year - seeds.report.entry.period_year;
      const docs: { entry: ManifestEntry; text: string }[] = [];
      const fromSeed = (s: Seed) => {
        const text = rewriteLines(s.lines, { delta, renames, slots: s.slots, bases: s.bases, multipliers }).join("\n");
        const date = shiftYears(s.entry.date, delta);
        const periodYear = s.entry.period_year + delta;
        const base = s.entry.file.split("/")[1]!.replace(SEED_FEDERATION, id);
        docs.push({
          entry: { ...s.entry, date, period_year: periodYear, file: `${id}/${shiftYears(base, delta)}` },
          text,
        });
      };
      if (world && layouts) {
        const layout = layouts.get(year)!;
        const g = renderReport(layout, inYear(world, year), layoutRngs(layout));
        const summary = g.features.includes("summary-without-statements");
        const file = `${id}/${id}_${year}_${summary ? "sammanfattning" : "arsredovisning"}.txt`;
        // Signed in the spring after the year, on a day of the federation's own.
        const day = 1 + Math.floor(random(seedOf(`${seed}|${id}|signed|${year}`))() * 60);
        const signed = new Date(Date.UTC(year + 1, 2, day)).toISOString().slice(0, 10);
        docs.push({
          entry: { ...seeds.report.entry, date: signed, period_year: year, file },
          text: g.text,
        });
        if (o.truth) {
          const truth = { ...g.truth, style: `${id}-${year}`, document: { ...g.truth.document, file } };
          truth.about = `${SYNTHETIC_WORD}: ${id} ${year}, layout ${layout}: ${g.features.join(", ")}`;
          await write(join("truth", id, `${year}.yaml`), stringify(truth));
        }
        reports.generated++;
      } else {
        fromSeed(seeds.report);
        reports.template++;
      }
      if (world && minutesStyle) {
        // Its own minutes: the autumn meeting that decides the year's budget and grants, the
        // spring meeting after the year that approves its report; the board of the term in office.
        for (const kind of ["budget", "accounts"] as MeetingKind[]) {
          const rng = makeRng(seedOf(`${seed}|${id}|minutes|${kind}|${year}`));
          const meetingYear = kind === "budget" ? year - 1 : year + 1;
          // Terms of four years from the year after an election (2022, 2026, …).
          const term = Math.floor((meetingYear - 2023) / 4);
          const board = boardOf(makeRng(seedOf(`${seed}|${id}|board|${term}`)), world);
          const m = renderMinutes({ world, year, kind, layout: minutesStyle, board, rng, file: "" });
          const file = `${id}/${id}_${m.date}_styrelseprotokoll.txt`;
          docs.push({
            entry: { ...seeds.board.entry, date: m.date, period_year: Number(m.date.slice(0, 4)), file },
            text: m.text,
          });
          if (o.truth) {
            const truth = { ...m.truth, document: { ...m.truth.document, file } };
            await write(join("truth", id, `minutes-${m.date}.yaml`), stringify(truth));
          }
          reports.minutes++;
        }
      } else for (const s of minutes) fromSeed(s);
      for (const { entry, text } of docs) {
        await writeFile(join(paths.sources, entry.file), text);
        bytes += Buffer.byteLength(text);
        manifest.push({
          federation_id: id,
          kind: entry.kind,
          date: entry.date,
          period_year: entry.period_year,
          title: `${SYNTHETIC_WORD}: ${entry.kind === "annual_report" ? `Årsredovisning ${entry.period_year}` : `Protokoll ${entry.date}`}, ${name}`,
          file: entry.file,
          sha256: createHash("sha256").update(text).digest("hex"),
        });
      }
    }
  }
  await writeFile(
    join(o.out, "synth.yaml"),
    `# ${SYNTHETIC_WORD}: which federation writes the Kalmar seed report, which a generated one, and its layouts by year\n${stringify({ seed, first_year: first, last_year: lastYear, federations: plans })}`,
  );
  await mkdir(paths.sources, { recursive: true });
  await writeFile(
    paths.manifest,
    `# ${SYNTHETIC_WORD}: generated by \`finsam synth --federations ${o.federations} --years ${o.years} --seed ${seed}\`\n${stringify({ documents: manifest })}`,
  );
  return { root: o.out, documents: manifest.length, bytes, reports };
}
