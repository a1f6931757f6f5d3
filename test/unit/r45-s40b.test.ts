/**
 * Stop 45, second wave (set 40b and set 40's presence per block of items): general shapes, each with a
 * made-up must-fire and a must-not-fire case (made-up federations, people and figures throughout).
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import { readGridLegend } from "../../loaders/extract/minutes/legendGrid.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { FederationFacts } from "../../loaders/schema/registry.ts";

const FEDERATION: FederationFacts = {
  id: "vallmo",
  name: "Samordningsförbundet Vallmo",
  members: ["Vallby kommun", "Kärrsjö kommun", "Region Vallmo"],
};

function entry(kind: ManifestEntry["kind"], year: number, date: string): ManifestEntry {
  return {
    federation_id: "vallmo",
    kind,
    date,
    period_year: year,
    title: "x",
    file: "vallmo/dokument.txt",
    sha256: "0".repeat(64),
  };
}

type Row = Record<string, unknown> & { table: string; line: number };

function facts(
  lines: string[],
  kind: ManifestEntry["kind"] = "annual_report",
  year = 2025,
  date = "2026-03-01",
): Row[] {
  return extractFromLines(entry(kind, year, date), lines, "0".repeat(64), FEDERATION).facts as unknown as Row[];
}

const counts = (rows: Row[]) =>
  rows
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${String(f.year)} ${String(f.measure)}/${String(f.gender)}=${String(f.value)}`)
    .sort();
/** Finance rows as "year basis item=sek", each once (two readers may read one table; the warehouse keeps one). */
const money = (rows: Row[]) => [
  ...new Set(
    rows
      .filter((f) => f.table === "finance")
      .map((f) => `${String(f.year)} ${String(f.basis)} ${String(f.item)}=${String(f.amount_sek)}`)
      .sort(),
  ),
];
const exits = (rows: Row[]) =>
  rows
    .filter((f) => f.table === "participant_breakdown")
    .map((f) => `${String(f.year)} ${String(f.category)}=${String(f.value)}`)
    .sort();
const fees = (rows: Row[]) =>
  rows
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${String(f.year)} ${String(f.basis)} ${String(f.member)}=${String(f.amount_sek)}`)
    .sort();
const rates = (rows: Row[]) =>
  rows.filter((f) => f.table === "indicator").map((f) => `${String(f.indicator)}=${String(f.value)} n=${String(f.n)}`);
const attendance = (rows: Row[]) =>
  rows
    .filter((f) => f.table === "attendance")
    .map((f) => `${String(f.person)} ${String(f.role)} ${String(f.serving)}`)
    .sort();

describe("a slide deck exported as text, its slide numbers framed", () => {
  it("reads a slide's key figures under its title, the framed number standing where a blank line would", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo – Ägarsamråd 2026",
      "",
      "=== Bild 2 ===",
      "ÅRET 2025 I SIFFROR",
      "• Deltagare: 212",
      "• Kvinnor: 118 · Män: 94",
      "• Avslutade: 87",
      "Talarmanus: Lyft fram att fler kvinnor deltog i år.",
      "",
      "=== Bild 3 ===",
      "Tack för i dag!",
    ]);
    expect(counts(rows)).toEqual([
      "2025 enrolled/all=212",
      "2025 enrolled/man=94",
      "2025 enrolled/woman=118",
      "2025 exited/all=87",
    ]);
  });

  it("leaves a slide on one intervention unread for the federation, and a split that does not add up", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo – Ägarsamråd 2026",
      "",
      "=== Bild 4 ===",
      "Insats: Bryggan",
      "• Deltagare: 41",
      "",
      "=== Bild 5 ===",
      "ÅRET 2025 I SIFFROR",
      "• Deltagare: 212",
      "• Kvinnor: 118 · Män: 80",
    ]);
    const federation = counts(rows);
    expect(federation).not.toContain("2025 enrolled/all=41");
    expect(federation.filter((c) => c.includes("/woman") || c.includes("/man"))).toEqual([]);
  });
});

describe("a key-figure list whose result carries a plus sign", () => {
  it("reads the signed result and the last row left-aligned with a gap of two", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo",
      "",
      "EKONOMIN 2025 (mnkr)",
      "Intäkter      12,4",
      "Kostnader     12,1",
      "Resultat      +0,3",
      "Eget kapital  2,2",
    ]);
    expect(money(rows)).toEqual([
      "2025 actual cost_operating=12100000",
      "2025 actual equity_end=2200000",
      "2025 actual result=300000",
      "2025 actual revenue_operating=12400000",
    ]);
  });

  it("never reads a column of changes with plus signs as the figures", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo",
      "",
      "FÖRÄNDRING JÄMFÖRT MED FÖREGÅENDE ÅR",
      "Deltagare      +14",
      "Nya            +6",
      "Avslutade      +3",
    ]);
    expect(counts(rows)).toEqual([]);
  });
});

describe("a handover note's lists", () => {
  it("reads the year's list under a summary heading with a subtitle to the reader, and leader rows naming their year", () => {
    const rows = facts([
      "ÖVERLÄMNING",
      "Samordningsförbundet Vallmo · mars 2026",
      "",
      "2. VERKSAMHETEN 2025 – DET NI BEHÖVER VETA",
      "- Deltagare totalt: 240 (130 kvinnor, 110 män)",
      "- Påbörjade under året: 97",
      "- Avslutade under året: 88",
      "",
      "3. EKONOMI (tkr)",
      "Intäkter 2025 ........................ 8 400",
      "Kostnader 2025 ....................... 8 150",
      "Årets resultat 2025 .................... 250",
      "Eget kapital 31 dec 2025 ............. 1 900",
      "Budget 2026, intäkter ................ 8 900",
    ]);
    expect(counts(rows)).toEqual([
      "2025 enrolled/all=240",
      "2025 enrolled/man=110",
      "2025 enrolled/woman=130",
      "2025 exited/all=88",
      "2025 new/all=97",
    ]);
    expect(money(rows)).toEqual([
      "2025 actual cost_operating=8150000",
      "2025 actual equity_end=1900000",
      "2025 actual result=250000",
      "2025 actual revenue_operating=8400000",
    ]);
  });

  it("keeps a subtitle naming an intervention, and a list of another year's rows, unread", () => {
    const rows = facts([
      "ÖVERLÄMNING",
      "Samordningsförbundet Vallmo · mars 2026",
      "",
      "2. VERKSAMHETEN 2025 – BRYGGAN OCH STEGET",
      "- Deltagare totalt: 240",
      "",
      "3. EKONOMI (tkr)",
      "Intäkter 2024 ........................ 8 100",
      "Kostnader 2024 ....................... 7 950",
      "Årets resultat 2024 .................... 150",
    ]);
    expect(counts(rows)).not.toContain("2025 enrolled/all=240");
    expect(money(rows)).toEqual([]);
  });
});

describe("a municipal newsletter retelling the federation's report", () => {
  it("reads the list a lead says the federation's report shows, a spaced dash before a two-digit count no period", () => {
    const rows = facts([
      "# Vallby-nytt",
      "",
      "### Samordningsförbundet: fler i arbete",
      "",
      "Nu har förbundets årsredovisning för 2025 kommit. Den visar att:",
      "",
      "- 150 personer deltog under 2025 – 80 kvinnor och 70 män.",
      "- 61 av deltagarna var nya för året.",
      "",
      "Av deltagarna var 40 folkbokförda i Vallby.",
    ]);
    expect(counts(rows)).toEqual([
      "2025 enrolled/all=150",
      "2025 enrolled/man=70",
      "2025 enrolled/woman=80",
      "2025 new/all=61",
    ]);
  });

  it("reads nothing where the report shown is the municipality's own", () => {
    const rows = facts([
      "# Vallby-nytt",
      "",
      "### Kommunen i siffror",
      "",
      "Nu har kommunens årsredovisning för 2025 kommit. Den visar att:",
      "",
      "- 150 personer deltog under 2025 – 80 kvinnor och 70 män.",
    ]);
    expect(counts(rows)).toEqual([]);
  });
});

describe("attendance with presence per block of items", () => {
  const minutes = (rows: string[]) => [
    "PROTOKOLL",
    "Styrelsen för Samordningsförbundet Vallmo",
    "Sammanträde 2026-04-14, kl. 09.00–11.30",
    "",
    "NÄRVARO",
    "",
    "Närvaron anges per block av paragrafer. N = närvarande ledamot,",
    "T = tjänstgörande ersättare, E = närvarande ersättare som inte tjänstgör,",
    "– = inte närvarande.",
    "",
    "Namn             Organisation          Uppdrag        §§ 1–4   §§ 5–9",
    ...rows,
    "",
    "§ 1  Mötets öppnande",
    "Ordföranden öppnade mötet.",
    "",
    "§ 2  Val av justerare",
    "Styrelsen utser Lena Strand att justera protokollet.",
  ];

  it("stores who was present in some block, a deputy serving throughout, and the chief as an official", () => {
    const rows = facts(
      minutes([
        "Lena Strand      Vallby kommun         ordförande        N        N",
        "Olof Berg        Kärrsjö kommun        ledamot           N        –",
        "Maja Ek          Kärrsjö kommun        ersättare         E        T",
        "Nils Holm        Region Vallmo         ersättare         T        T",
        "Tora Falk        kansliet              förbundschef      N        N",
      ]),
      "board_minutes",
      2026,
      "2026-04-14",
    );
    expect(attendance(rows)).toEqual([
      "Lena Strand member true",
      "Maja Ek deputy null",
      "Nils Holm deputy true",
      "Olof Berg member true",
      "Tora Falk official null",
    ]);
  });

  it("never stores one absent in every block, nor a row whose code the legend does not explain", () => {
    const rows = facts(
      minutes([
        "Lena Strand      Vallby kommun         ordförande        N        N",
        "Rut Lind         Region Vallmo         ledamot           –        –",
        "Pia Sjö          Kärrsjö kommun        ersättare         Q        Q",
      ]),
      "board_minutes",
      2026,
      "2026-04-14",
    );
    expect(attendance(rows)).toEqual(["Lena Strand member true"]);
  });

  it("reads a legend's codes with their meanings, a present deputy not serving among them", () => {
    const legend = readGridLegend(
      "N = närvarande ledamot, E = närvarande ersättare som inte tjänstgör, – = frånvarande",
    );
    expect(legend?.get("E")).toEqual({ present: true, serving: false });
    expect(legend?.get("N")).toEqual({ present: true, serving: null });
    expect(legend?.get("–")).toEqual({ present: false, serving: null });
  });
});

describe("a key-figure table's sub-rows opened by a dash", () => {
  it("reads '– till arbete' under the exits as a destination", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo",
      "",
      "### Förbundet 2025 i korthet",
      "",
      "| Nyckeltal | 2025 |",
      "|---|---|",
      "| Deltagare i insatser | 260 |",
      "| Avslutade | 104 |",
      "| – till arbete | 29 |",
      "| – till studier | 12 |",
    ]);
    expect(exits(rows)).toEqual(["2025 studies=12", "2025 work=29"]);
  });

  it("never reads a dashed sub-row naming no destination as one", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo",
      "",
      "### Förbundet 2025 i korthet",
      "",
      "| Nyckeltal | 2025 |",
      "|---|---|",
      "| Avslutade | 104 |",
      "| – till Vallby kommun | 29 |",
    ]);
    expect(exits(rows)).toEqual([]);
  });
});

describe("members' contributions told in a post", () => {
  it("reads 'gick in med' and a whole split after a dash into its members, over a line break", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo",
      "",
      "Vem betalar? Förbundet finansieras av fyra parter.",
      "Staten (Försäkringskassan och Arbetsförmedlingen) gick in med 4 000 000 kr 2025.",
      "Region Vallmo bidrog med 2 000 000 kr.",
      "Kommunerna bidrog med 2 000 000 kr tillsammans –",
      "Vallby kommun med 1 300 000 kr och Kärrsjö kommun med 700 000 kr.",
    ]);
    expect(fees(rows)).toEqual([
      "2025 actual Kärrsjö kommun=700000",
      "2025 actual Region Vallmo=2000000",
      "2025 actual Staten (Försäkringskassan och Arbetsförmedlingen)=4000000",
      "2025 actual Vallby kommun=1300000",
    ]);
  });

  it("never stores the municipalities together as a member", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo",
      "",
      "Kommunerna bidrog med 2 000 000 kr, Region Vallmo med 2 000 000 kr.",
    ]);
    expect(fees(rows).filter((f) => /kommunerna/i.test(f))).toEqual([]);
  });
});

describe("a rate after 'av dem som avslutade'", () => {
  it("reads the rate whose pointer names the exits, after a sentence naming new participants as a part", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo",
      "",
      "### Vallmo 2025 – vad säger siffrorna?",
      "Under året deltog 280 personer i förbundets insatser.",
      "120 av deltagarna påbörjade sin insats under 2025 och 100 avslutade den.",
      "Av dem som avslutade gick 30 till arbete och 15 till studier, alltså",
      "45 procent (45 av 100) till arbete eller studier.",
    ]);
    expect(rates(rows)).toEqual(["work_or_studies_rate_reported=45 n=100"]);
  });

  it("leaves a rate after a bare 'av dem' pointing at a part unread", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo",
      "",
      "### Vallmo 2025 – vad säger siffrorna?",
      "Under året deltog 280 personer i förbundets insatser, och 60 av dem var unga.",
      "Av dem gick 20 till arbete, alltså 33 procent.",
    ]);
    expect(rates(rows)).toEqual([]);
  });
});

describe("a result compared with the budget's planned use of equity", () => {
  it("reads 'en budgeterad förbrukning på minus 400 tkr' as the budgeted result", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo",
      "",
      "### Ekonomi 2025",
      "Resultatet blev minus 180 tkr, att jämföra med en budgeterad förbrukning på minus 300 tkr.",
    ]);
    expect(money(rows)).toEqual(["2025 actual result=-180000", "2025 budget result=-300000"]);
  });

  it("never reads such a budget beside a figure that has no sign", () => {
    const rows = facts([
      "Samordningsförbundet Vallmo",
      "",
      "### Ekonomi 2025",
      "Intäkterna blev 9 100 tkr, att jämföra med en budgeterad förbrukning på 300 tkr.",
    ]);
    expect(money(rows)).toEqual(["2025 actual revenue_operating=9100000"]);
  });
});
