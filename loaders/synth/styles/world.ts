/**
 * The one truth a seed stands for: a made-up federation and five consecutive years of its figures,
 * consistent with each other (K + M = total, exits add up, revenue − cost = operating result,
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
  /** Figures per year, the report year and the four before it. */
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

export function makeWorld(rng: Rng, seed: number): World {
  const taken = new Set<string>();
  const nMunicipalities = rng.int(2, 4);
  const municipalities = Array.from({ length: nMunicipalities }, () => placeName(rng, taken));
  const regionPlace = placeName(rng, taken);
  const place = nMunicipalities === 2 ? `${municipalities[0]}-${municipalities[1]}` : `${regionPlace}`;
  const name = `Samordningsförbundet ${place}`;
  // The seed in the id keeps seeds apart in one shared sandbox.
  const id = `${slugify(place)}-g${seed}`;
  const region = `Region ${regionPlace}`;
  const members: Member[] = [
    ...municipalities.map((m): Member => ({ name: municipalityName(m), type: "municipality", short: m })),
    { name: region, type: "region", short: region },
    { name: "Försäkringskassan", type: "social_insurance_agency", short: "Försäkringskassan" },
    { name: "Arbetsförmedlingen", type: "employment_service", short: "Arbetsförmedlingen" },
  ];
  const year = rng.int(2016, 2025);

  // Money: the state pays half, the region a quarter, the municipalities share the last quarter.
  const size = rng.pick([2_000_000, 4_000_000, 8_000_000, 16_000_000]) * (0.8 + rng.next() * 0.5);
  const contributions: Record<number, Record<string, number>> = {};
  const finance: Record<number, FinanceYear> = {};
  const participants: Record<number, ParticipantYear> = {};
  let equity = round(size * (0.1 + rng.next() * 0.4), 1);
  const scale = 60 + rng.int(0, 300);
  for (let y = year - 5; y <= year; y++) {
    const total = round(size * (0.9 + 0.03 * (y - year + 5) + rng.next() * 0.05), 1000);
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
  const actual = finance[year]!;
  const bRevenue = round(actual.revenue * (0.95 + rng.next() * 0.1), 1000);
  const bCost = round(actual.cost * (0.95 + rng.next() * 0.15), 1000);
  const budget: FinanceYear = {
    revenue: bRevenue,
    cost: bCost,
    operating: bRevenue - bCost,
    finIncome: 0,
    finCost: 0,
    result: bRevenue - bCost,
    equity: 0,
    assets: 0,
  };
  const p = participants[year]!;
  const names = rng.shuffle(INTERVENTIONS).slice(0, rng.int(2, 4));
  let enrolledLeft = p.enrolled;
  let womenLeft = p.women;
  let exitedLeft = p.exited;
  const interventions = names.map((n, i): Intervention => {
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
    structural: rng.int(120, 900),
    target: rng.pick([30, 35, 40, 45]),
  };
}
