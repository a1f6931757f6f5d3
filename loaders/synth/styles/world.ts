/**
 * The one truth a seed stands for: a made-up federation and five consecutive years of its figures
 * (or, with a span, every year from the first report year's four before to the last), consistent
 * with each other (K + M = total, exits add up, revenue − cost = operating result,
 * operating result + financial items = result, last year's equity + result = equity, contributions
 * add to their total). Every layout renders this same world.
 */
import { slugify } from "../../reference/slug.ts";
import type { Rng } from "./prng.ts";

export type MemberType = "municipality" | "region" | "social_insurance_agency" | "employment_service";

export interface Member {
  /** Name as written in documents. */
  name: string;
  type: MemberType;
  /** Short name given to add-federation (its slug is the member id). */
  short: string;
}

export interface FinanceYear {
  revenue: number;
  cost: number;
  operating: number;
  finIncome: number;
  finCost: number;
  result: number;
  equity: number;
  assets: number;
}

export interface ParticipantYear {
  enrolled: number;
  women: number;
  men: number;
  new: number;
  newWomen: number;
  exited: number;
  exitedWomen: number;
  work: number;
  studies: number;
  jobSeeker: number;
  rehab: number;
  otherExit: number;
}

export interface Intervention {
  name: string;
  enrolled: number;
  women: number;
  exited: number;
}

export interface World {
  seed: number;
  id: string;
  name: string;
  /** The place part of the name ("Norrvik-Åsby"), for page headers. */
  place: string;
  county: string;
  region: string;
  municipalities: string[];
  members: Member[];
  /** The report year. */
  year: number;
  /** Figures per year, the report year and the four before it (with a span: the first's five before to the last). */
  finance: Record<number, FinanceYear>;
  budget: FinanceYear;
  participants: Record<number, ParticipantYear>;
  /** Per paying member (member id → kronor) for the report year and the year before. */
  contributions: Record<number, Record<string, number>>;
  interventions: Intervention[];
  /** People reached by structural work (seminars, networks): never participants. */
  structural: number;
  /** The goal for the work-or-studies share, in percent. */
  target: number;
  /** A world over many report years (`makeWorld`'s `span`): each year's budget, interventions and attendees. */
  series?: Series;
}

export interface Series {
  first: number;
  last: number;
  budget: Record<number, FinanceYear>;
  interventions: Record<number, Intervention[]>;
  structural: Record<number, number>;
}

export interface WorldOptions {
  /**
   * Report years first…last from one series of figures, so that the report for year Y shows
   * Y − 1 exactly as the report for Y − 1 did (`inYear` gives the world as of one report year).
   * Without it: one report year, drawn from the seed.
   */
  span?: { first: number; last: number };
  /** The federation's id and name instead of the ones drawn from its place names. */
  id?: string;
  name?: string;
}

const PREFIX = [
  "Norr",
  "Sör",
  "Väst",
  "Öster",
  "Björk",
  "Ek",
  "Lind",
  "Sjö",
  "Berg",
  "Hag",
  "Ljung",
  "Tall",
  "Gran",
  "Fors",
  "Mo",
  "Hed",
  "Rönn",
  "Al",
  "Sand",
  "Klint",
];
const SUFFIX = [
  "by",
  "sund",
  "ås",
  "vik",
  "dal",
  "fors",
  "bo",
  "hamn",
  "torp",
  "berga",
  "lunda",
  "näs",
  "holm",
  "mark",
  "ryd",
];
const INTERVENTIONS = [
  "Steget",
  "Bryggan",
  "Vägen vidare",
  "Kompassen",
  "Navet",
  "Framsteg",
  "Ankaret",
  "Språnget",
  "Trappan",
  "Motivus",
];

function placeName(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const n = rng.pick(PREFIX) + rng.pick(SUFFIX);
    if (!taken.has(n)) {
      taken.add(n);
      return n;
    }
  }
}

const round = (n: number, step: number) => Math.round(n / step) * step;

function municipalityName(place: string): string {
  return `${place}${/s$/.test(place) ? "" : "s"} kommun`;
}

/** Member ids as add-federation makes them: the federation id and the slug of the short name. */
export function memberId(world: Pick<World, "id">, m: Member | "state"): string {
  return `${world.id}/${m === "state" ? "state" : slugify(m.short)}`;
}

function participantYear(rng: Rng, scale: number): ParticipantYear {
  const enrolled = Math.max(40, Math.round(scale * (0.8 + rng.next() * 0.4)));
  const women = Math.round(enrolled * (0.45 + rng.next() * 0.17));
  const neu = Math.round(enrolled * (0.35 + rng.next() * 0.2));
  const exited = Math.round(enrolled * (0.35 + rng.next() * 0.2));
  const work = Math.round(exited * (0.15 + rng.next() * 0.15));
  const studies = Math.max(3, Math.round(exited * (0.05 + rng.next() * 0.1)));
  const jobSeeker = Math.round(exited * (0.1 + rng.next() * 0.1));
  const rehab = Math.round(exited * (0.1 + rng.next() * 0.15));
  const otherExit = exited - work - studies - jobSeeker - rehab;
  return {
    enrolled,
    women,
    men: enrolled - women,
    new: neu,
    newWomen: Math.round(neu * (women / enrolled)),
    exited,
    exitedWomen: Math.round(exited * (women / enrolled)),
    work,
    studies,
    jobSeeker,
    rehab,
    otherExit,
  };
}

/** The budget of a report year: within a few per cent of the outcome. */
function budgetOf(rng: Rng, actual: FinanceYear): FinanceYear {
  const bRevenue = round(actual.revenue * (0.95 + rng.next() * 0.1), 1000);
  const bCost = round(actual.cost * (0.95 + rng.next() * 0.15), 1000);
  return {
    revenue: bRevenue,
    cost: bCost,
    operating: bRevenue - bCost,
    finIncome: 0,
    finCost: 0,
    result: bRevenue - bCost,
    equity: 0,
    assets: 0,
  };
}

/** Two to four interventions that share the year's participants (their rows add up to the federation's). */
function interventionsOf(rng: Rng, p: ParticipantYear, names: readonly string[]): Intervention[] {
  let enrolledLeft = p.enrolled;
  let womenLeft = p.women;
  let exitedLeft = p.exited;
  return names.map((n, i): Intervention => {
    const last = i === names.length - 1;
    const share = 1 / (names.length - i);
    const enrolled = last ? enrolledLeft : Math.round(enrolledLeft * share);
    const women = last ? womenLeft : Math.min(enrolled, Math.round(womenLeft * share));
    const exited = last ? exitedLeft : Math.min(enrolled, Math.round(exitedLeft * share));
    enrolledLeft -= enrolled;
    womenLeft -= women;
    exitedLeft -= exited;
    return { name: n, enrolled, women, exited };
  });
}

export function makeWorld(rng: Rng, seed: number, o: WorldOptions = {}): World {
  if (o.span && !(Number.isInteger(o.span.first) && o.span.first <= o.span.last && o.span.last <= 2100))
    throw new Error(`makeWorld: a span runs from a first to a last year, not ${o.span.first}–${o.span.last}`);
  const taken = new Set<string>();
  const nMunicipalities = rng.int(2, 4);
  const municipalities = Array.from({ length: nMunicipalities }, () => placeName(rng, taken));
  const regionPlace = placeName(rng, taken);
  const place = nMunicipalities === 2 ? `${municipalities[0]}-${municipalities[1]}` : `${regionPlace}`;
  const name = o.name ?? `Samordningsförbundet ${place}`;
  // The seed in the id keeps seeds apart in one shared sandbox.
  const id = o.id ?? `${slugify(place)}-g${seed}`;
  const region = `Region ${regionPlace}`;
  const members: Member[] = [
    ...municipalities.map((m): Member => ({ name: municipalityName(m), type: "municipality", short: m })),
    { name: region, type: "region", short: region },
    { name: "Försäkringskassan", type: "social_insurance_agency", short: "Försäkringskassan" },
    { name: "Arbetsförmedlingen", type: "employment_service", short: "Arbetsförmedlingen" },
  ];
  // Drawn with a span too, so that everything drawn after it is as without one.
  const drawnYear = rng.int(2016, 2025);
  const year = o.span ? o.span.last : drawnYear;
  const firstYear = o.span ? o.span.first : year;

  // Money: the state pays half, the region a quarter, the municipalities share the last quarter.
  const size = rng.pick([2_000_000, 4_000_000, 8_000_000, 16_000_000]) * (0.8 + rng.next() * 0.5);
  const contributions: Record<number, Record<string, number>> = {};
  const finance: Record<number, FinanceYear> = {};
  const participants: Record<number, ParticipantYear> = {};
  let equity = round(size * (0.1 + rng.next() * 0.4), 1);
  const scale = 60 + rng.int(0, 300);
  for (let y = firstYear - 5; y <= year; y++) {
    // Growth of 3 % of the size a year, back to at most twelve years before the last (a long span stays positive).
    const total = round(size * (0.9 + 0.03 * Math.max(y - year + 5, -12) + rng.next() * 0.05), 1000);
    const perMember: Record<string, number> = {};
    const state = total / 2;
    const regionShare = total / 4;
    perMember[memberId({ id }, "state")] = state;
    perMember[memberId({ id }, members[nMunicipalities]!)] = regionShare;
    // Weights that sum to one, so every municipality pays a positive share of the last quarter.
    const weights = municipalities.map(() => 1 + rng.next() * 2);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    let left = total / 4;
    municipalities.forEach((_, i) => {
      const share = i === nMunicipalities - 1 ? left : round(((total / 4) * weights[i]!) / weightSum, 250);
      perMember[memberId({ id }, members[i]!)] = share;
      left -= share;
    });
    contributions[y] = perMember;
    const otherIncome = rng.chance(0.5) ? rng.int(5_000, 120_000) : 0;
    const revenue = total + otherIncome;
    const finIncome = rng.int(0, 25_000);
    const finCost = rng.int(0, 3_000);
    // Equity stays positive: a federation whose equity runs low plans a surplus.
    let cost = Math.round(revenue * (0.85 + rng.next() * 0.3));
    if (equity + revenue - cost < size * 0.05) cost = revenue - rng.int(20_000, 300_000);
    const operating = revenue - cost;
    const result = operating + finIncome - finCost;
    equity += result;
    const assets = equity + rng.int(150_000, 1_400_000);
    finance[y] = { revenue, cost, operating, finIncome, finCost, result, equity, assets };
    participants[y] = participantYear(rng, scale);
  }
  const budget = budgetOf(rng, finance[year]!);
  const names = rng.shuffle(INTERVENTIONS).slice(0, rng.int(2, 4));
  const interventions = interventionsOf(rng, participants[year]!, names);
  const structural = rng.int(120, 900);
  const target = rng.pick([30, 35, 40, 45]);
  let series: Series | undefined;
  if (o.span) {
    // Each earlier report year its own budget and attendees; the same interventions share its participants.
    series = { first: firstYear, last: year, budget: {}, interventions: {}, structural: {} };
    for (let y = firstYear; y < year; y++) {
      series.budget[y] = budgetOf(rng, finance[y]!);
      series.interventions[y] = interventionsOf(rng, participants[y]!, names);
      series.structural[y] = rng.int(120, 900);
    }
    series.budget[year] = budget;
    series.interventions[year] = interventions;
    series.structural[year] = structural;
  }
  return {
    seed,
    id,
    name,
    place,
    county: `${regionPlace}${/s$/.test(regionPlace) ? "" : "s"} län`,
    region,
    municipalities,
    members,
    year,
    finance,
    budget,
    participants,
    contributions,
    interventions,
    structural,
    target,
    ...(series ? { series } : {}),
  };
}

/** The world as the annual report of `year` sees it (a year of its span): that year's budget and interventions. */
export function inYear(w: World, year: number): World {
  const s = w.series;
  if (!s || year < s.first || year > s.last)
    throw new Error(`inYear: ${year} is not a report year of ${w.id}'s series`);
  return {
    ...w,
    year,
    budget: s.budget[year]!,
    interventions: s.interventions[year]!,
    structural: s.structural[year]!,
  };
}
