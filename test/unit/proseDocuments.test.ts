/**
 * Whole documents written only in prose, as federations and their members publish them: a
 * council's decision on a federation's accounts and a board's web news about its annual report
 * (made-up federations, in our own words). Every figure the prose states is read, and nothing
 * else: not a member's own figure, a budget as the outcome, a target, seminar attendees or an
 * intervention's exits.
 */
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const factsOf = (text: string) =>
  (parseAnnualReport(docOf(text.split("\n"), 2024)).facts as AnyFact[]).map((f) => {
    const what =
      f.table === "finance"
        ? `${f.item} ${f.basis} ${f.year}=${f.amount_sek}`
        : f.table === "member_contribution"
          ? `${f.member}=${f.amount_sek}`
          : f.table === "participant_count"
            ? `${f.measure}/${f.gender}=${f.value}`
            : f.table === "participant_breakdown"
              ? `${f.category}=${f.value}`
              : `${f.indicator}=${f.value} n=${f.n}`;
    return `${f.table}: ${what}${f.intervention ? ` (${f.intervention})` : ""}`;
  });

const DECISION = `Kommunfullmäktige i Norrgläntans kommun

§ 47 Årsredovisning 2024 för Samordningsförbundet Älvdalen Norr

Ärendebeskrivning
Samordningsförbundet Älvdalen Norr har överlämnat årsredovisning för 2024. Förbundets
medlemmar är Norrgläntans kommun, Björkede kommun, Region Älvland, Försäkringskassan och
Arbetsförmedlingen. Förbundets intäkter uppgick till 7,9 mnkr (budget 7,9 mnkr) och
kostnaderna till 8,3 mnkr. Förbundet redovisar därmed ett negativt resultat om 412 tkr för
2024. Det egna kapitalet uppgick per den 31 december 2024 till 2 130 tkr.

Staten bidrog med 3,95 mnkr, Region Älvland med 1,98 mnkr och Norrgläntans kommun med
1,22 mnkr. Kommunens andel av medlemsavgiften motsvarar 15 procent. Årets resultat för
kommunen blev minus 12,4 mnkr.

Under året deltog 188 personer i förbundets insatser, varav 97 kvinnor och 91 män. Av de
74 deltagare som avslutade en insats gick tjugotvå till arbete och nio till studier.

Beslut
Kommunfullmäktige beviljar styrelsen ansvarsfrihet för 2024.`;

const NEWS = `# Så gick året 2024

Styrelsen för Samordningsförbundet Fjällbäcken har godkänt årsredovisningen för 2024.

## Deltagare

Under året deltog 64 kvinnor och 58 män i förbundets insatser, ungefär som året innan. Totalt
avslutades 51 deltagare i förbundets insatser. Av dessa gick 41 procent till arbete eller
studier, vilket är något under målet på 45 procent. Insatsen Språnget, som riktar sig till
unga, avslutade 19 deltagare. Av dem gick sex till arbete.

Förbundet ordnade också tre frukostseminarier med sammanlagt ca 180 åhörare.

## Ekonomi

Förbundet gick med ett underskott på drygt två miljoner kronor, vilket var planerat. Det egna
kapitalet minskade därmed med 2,1 mnkr till 3,4 mnkr. Kostnaderna blev 0,3 mnkr högre än
budgeterat.`;

describe("a council's decision on a federation's accounts", () => {
  it("reads the federation's figures, its members' contributions and its participants", () => {
    expect(factsOf(DECISION).sort()).toEqual(
      [
        "finance: revenue_operating actual 2024=7900000",
        "finance: revenue_operating budget 2024=7900000",
        "finance: cost_operating actual 2024=8300000",
        "finance: result actual 2024=-412000",
        "finance: equity_end actual 2024=2130000",
        "member_contribution: Staten=3950000",
        "member_contribution: Region Älvland=1980000",
        "member_contribution: Norrgläntans kommun=1220000",
        "participant_count: enrolled/all=188",
        "participant_count: enrolled/woman=97",
        "participant_count: enrolled/man=91",
        "participant_count: exited/all=74",
        "participant_breakdown: work=22",
        "participant_breakdown: studies=9",
      ].sort(),
    );
  });

  it("does not read the municipality's own result or its share", () => {
    const facts = factsOf(DECISION);
    expect(facts.filter((f) => f.includes("12400000") || f.includes("=15"))).toEqual([]);
  });
});

describe("a board's web news about its annual report", () => {
  it("reads the split without a total, the exits and their rate, the deficit in words and the equity reached", () => {
    expect(factsOf(NEWS).sort()).toEqual(
      [
        "participant_count: enrolled/woman=64",
        "participant_count: enrolled/man=58",
        "participant_count: exited/all=51",
        "indicator: work_or_studies_rate_reported=41 n=51",
        "finance: equity_end actual 2024=3400000",
      ].sort(),
    );
  });

  it("stores no target, no seminar audience as participants, no intervention's exits as the federation's, no difference as costs, no hedged round deficit", () => {
    const facts = factsOf(NEWS);
    // "ett underskott på drygt två miljoner kronor" is a rounded guess at the deficit, not its figure.
    expect(facts.filter((f) => /=45\b|=180\b|=19\b|=6\b|=300000\b|=2100000\b|=-?2000000\b/.test(f))).toEqual([]);
  });
});
