/**
 * Shapes of running text and minutes from the ninth held-out sets, in made-up federations' words:
 * the federation's "individinsatser", an exit flow under a heading on the interventions' outflow,
 * a fee list "A kr från staten, B kr från Region X", an interim review of a later year that starts
 * from the closed year, "t.kr" and "milj.kr", a member's minutes written one sentence a line, a
 * spaced dash after a year, "tog ett positivt steg", a budget in "miljoner kronor" beside the
 * result, later years' fees and shares, "regionen", and minutes quoting the report's budget and
 * next year's fees. Each rule has a case where it must not fire.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { contributionSentences } from "../../loaders/extract/general/contributionSentences.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { findAmounts } from "../../loaders/extract/numbers.ts";
import { NameResolver } from "../../loaders/reference/resolveNames.ts";
import { buildRegistry } from "../../loaders/ingest/addFederation.ts";
import { docOf, type AnyFact } from "../helpers.ts";

/** The facts the annual report's readers store, as "year:what=value". */
function report(lines: string[], year = 2024) {
  const facts = parseAnnualReport(new DocumentText("lomby/2024-annual-report", lines, year)).facts as AnyFact[];
  return facts.map((f) => {
    if (f.table === "participant_count")
      return `${f.year}:${f.intervention ?? "förbundet"}:${f.measure}/${f.gender}=${f.value}`;
    if (f.table === "participant_breakdown")
      return `${f.year}:${f.intervention ?? "förbundet"}:${f.category}=${f.value}`;
    if (f.table === "indicator") return `${f.year}:${f.indicator}=${f.value}${f.n ? ` n=${f.n}` : ""}`;
    if (f.table === "finance") return `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`;
    if (f.table === "member_contribution") return `${f.year}:${f.basis}:${f.member}=${f.amount_sek}`;
    return `${f.table}`;
  });
}

/** The member contributions a text states, as "year:basis:member=sek@line". */
const contributions = (text: string, year = 2024) =>
  (contributionSentences(docOf(text.split("\n"), year), new Set(), memberOf) as AnyFact[]).map(
    (f) => `${f.year}:${f.basis}:${f.member}=${f.amount_sek}@${f.line}`,
  );

describe("the federation's participants in running text", () => {
  it("reads 'förbundets individinsatser' as all the federation's interventions", () => {
    expect(
      report([
        "Social hållbarhet",
        "Under året var 190 personer inskrivna i förbundets individinsatser, 101 kvinnor och 89 män.",
      ]),
    ).toEqual(
      expect.arrayContaining([
        "2024:förbundet:enrolled/all=190",
        "2024:förbundet:enrolled/woman=101",
        "2024:förbundet:enrolled/man=89",
      ]),
    );
  });

  it("reads 'de insatser förbundet finansierar' (a relative clause without 'som') as the federation's", () => {
    expect(
      report(["Social hållbarhet", "Under 2024 var 160 deltagare inskrivna i de insatser förbundet finansierar."]),
    ).toContain("2024:förbundet:enrolled/all=160");
    expect(
      report(["Social hållbarhet", "Under 2024 var 160 deltagare inskrivna i de insatser kommunen finansierar."]),
    ).toEqual([]);
  });

  it("must not read one named intervention's sentence as the federation's", () => {
    expect(report(["Social hållbarhet", "Under året var 40 personer inskrivna i Bryggans individinsatser."])).toEqual(
      [],
    );
  });

  it("reads an exit flow under a heading on the way out of the interventions as the federation's", () => {
    const facts = report([
      "Vägen ut ur insatserna",
      "Under 2024 avslutade 120 deltagare sin insats. Av dem gick 30 till arbete",
      "(varav 5 med lönestöd), 20 till studier och 70 avslutades av andra skäl.",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        "2024:förbundet:exited/all=120",
        "2024:förbundet:work=30",
        "2024:förbundet:studies=20",
        "2024:förbundet:other_exit=70",
      ]),
    );
  });

  it("must not read the same flow under a heading that names no one as the federation's", () => {
    const facts = report([
      "Vägen ut",
      "Under 2024 avslutade 120 deltagare sin insats. Av dem gick 30 till arbete och 20 till studier.",
    ]);
    expect(facts.filter((f) => f.includes("exited") || f.includes("work"))).toEqual([]);
  });

  it("reads the gender split after a spaced dash, and keeps a period of years a period", () => {
    const counts = (s: string) =>
      readSentence(s, { year: 2024 }).figures.map(
        (f) => `${f.kind === "count" ? `${f.measure}/${f.gender}` : f.kind}=${f.token.value}`,
      );
    expect(counts("Totalt var 280 personer inskrivna under 2024 – 155 kvinnor och 125 män.")).toEqual([
      "enrolled/all=280",
      "enrolled/woman=155",
      "enrolled/man=125",
    ]);
    expect(readSentence("Under 2023 – 2024 hade 45 deltagare stöd.", { year: 2024 }).years).toEqual([2023, 2024]);
    expect(readSentence("Under 2023 – 24 hade 45 deltagare stöd.", { year: 2024 }).years).toEqual([2023, 2024]);
  });

  it("reads 'tog ett positivt steg' as the positive-step rate, and not the target beside it", () => {
    const facts = report([
      "Året i korthet",
      "Av de 80 som avslutade sin insats gick 20 till arbete och 12 till studier.",
      "Ytterligare 12 blev aktivt arbetssökande.",
      "Sammantaget tog 55 procent av dem som avslutades ett positivt steg, vilket är över målet på 50 procent.",
    ]);
    expect(facts).toContain("2024:positive_step_rate_reported=55 n=80");
    expect(facts.filter((f) => f.includes("=50"))).toEqual([]);
  });
});

describe("an interim review that starts from the closed year", () => {
  const REVIEW = [
    "Delårsavstämning av förbundets verksamhet",
    "",
    "Så slutade förra året",
    "Som utgångsläge gick vi igenom bokslutet.",
    "Intäkterna blev 8,20 milj.kr och kostnaderna 8,55 milj.kr, vilket gav ett negativt resultat på 350 t.kr.",
    "Under 2024 var 150 personer inskrivna i de individinriktade insatserna.",
    "",
    "Första halvåret 2025",
    "Till och med juni hade 90 deltagare varit inskrivna.",
  ];

  it("reads the closed year's figures when every part-year line names a later year", () => {
    expect(report(REVIEW)).toEqual(
      expect.arrayContaining([
        "2024:actual:revenue_operating=8200000",
        "2024:actual:cost_operating=8550000",
        "2024:actual:result=-350000",
        "2024:förbundet:enrolled/all=150",
      ]),
    );
  });

  it("must not read a paragraph that names neither the closed year nor its accounts", () => {
    const facts = report([...REVIEW, "", "Ekonomi", "Det egna kapitalet uppgick till 2,4 milj.kr."]);
    expect(facts).toContain("2024:actual:revenue_operating=8200000");
    expect(facts.filter((f) => f.endsWith("=2400000"))).toEqual([]);
  });

  it("must not read the report's own year when the part of the year is that year's", () => {
    const own = REVIEW.map((l) => l.replace("Första halvåret 2025", "Första halvåret 2024"));
    expect(report(own).filter((f) => f.startsWith("2024:"))).toEqual([]);
  });

  it("reads 't.kr' and 'milj.kr' as units, and not 't.ex.' as one", () => {
    expect(findAmounts("ett resultat på 410 t.kr och 9,5 milj.kr").map((a) => a.sek)).toEqual([410000, 9500000]);
    expect(findAmounts("t.ex. 410 träffar")).toEqual([]);
  });
});

describe("a member's minutes written one sentence a line", () => {
  const HEAD = [
    "ÅSBY KOMMUN                              SAMMANTRÄDESPROTOKOLL",
    "Kommunstyrelsen      Sammanträdesdatum 2025-04-09",
    "",
  ];

  it("keeps the federation the paragraph named on the lines right under it", () => {
    const facts = report([
      ...HEAD,
      "Förbundets styrelse fastställde årsredovisningen för 2024 den 12 mars 2025.",
      "Intäkterna uppgick till 9 400 tkr och kostnaderna till 9 100 tkr.",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining(["2024:actual:revenue_operating=9400000", "2024:actual:cost_operating=9100000"]),
    );
  });

  it("must not carry the federation over a blank line, nor past a sentence naming the municipality", () => {
    const apart = report([
      ...HEAD,
      "Förbundets styrelse fastställde årsredovisningen för 2024 den 12 mars 2025.",
      "",
      "Intäkterna uppgick till 9 400 tkr och kostnaderna till 9 100 tkr.",
    ]);
    expect(apart.filter((f) => f.includes(":actual:"))).toEqual([]);
    const member = report([
      ...HEAD,
      "Förbundets styrelse fastställde årsredovisningen för 2024 den 12 mars 2025.",
      "Kommunens egen budget påverkas inte.",
      "Intäkterna uppgick till 9 400 tkr och kostnaderna till 9 100 tkr.",
    ]);
    expect(member.filter((f) => f.includes(":actual:"))).toEqual([]);
    const heading = report([
      ...HEAD,
      "Förbundets styrelse fastställde årsredovisningen för 2024 den 12 mars 2025.",
      "Kommunens ekonomi",
      "Intäkterna uppgick till 9 400 tkr och kostnaderna till 9 100 tkr.",
    ]);
    expect(heading.filter((f) => f.includes(":actual:"))).toEqual([]);
  });
});

describe("a budgeted result in 'miljoner kronor' beside the outcome", () => {
  it("reads the budget after 'att jämföra med' when the amounts end in 'kronor'", () => {
    const r = readMoneySentence(
      "Årets resultat blev ett underskott på 0,9 miljoner kronor, att jämföra med ett budgeterat underskott på 1,1 miljoner kronor.",
      2024,
    );
    expect(r.figures.map((f) => `${f.basis}:${f.item}=${f.sek}`)).toEqual([
      "actual:result=-900000",
      "budget:result=-1100000",
    ]);
  });

  it("must not read a budget whose clause goes on after its amount", () => {
    const r = readMoneySentence(
      "Årets resultat blev ett underskott på 0,9 miljoner kronor, att jämföra med ett budgeterat underskott på 1,1 miljoner kronor för 2023 års verksamhet.",
      2024,
    );
    expect(r.figures.filter((f) => f.basis === "budget")).toEqual([]);
  });
});

describe("the equity the year opened with", () => {
  const read = (s: string) => readMoneySentence(s, 2024).figures.map((f) => `${f.year}:${f.basis}:${f.item}=${f.sek}`);

  it("reads it as the year before's closing equity", () => {
    expect(
      read(
        "Förbundet hade 2024 totalt 15,2 miljoner kronor att använda, varav 1,9 miljoner kronor var eget kapital från tidigare år.",
      ),
    ).toEqual(["2023:actual:equity_end=1900000"]);
    expect(read("Det egna kapitalet var 1 200 000 kr vid årets början.")).toEqual(["2023:actual:equity_end=1200000"]);
  });

  it("must not read it beside another year, or as the year's own", () => {
    // Stop 37: in a change, the amount the year opened with is the year before's closing and the
    // level reached the year's own (never the other way round).
    expect(read("Det egna kapitalet minskade från 2,1 mnkr vid årets början till 1,8 mnkr.")).toEqual([
      "2024:actual:equity_end=1800000",
      "2023:actual:equity_end=2100000",
    ]);
    expect(read("Det egna kapitalet var 1 200 000 kr vid årets början 2023.")).toEqual([]);
    expect(read("Det egna kapitalet var 1 200 000 kr vid årets början.").filter((f) => f.startsWith("2024"))).toEqual(
      [],
    );
  });
});

describe("member contributions in running text", () => {
  it("reads a fee list 'A kr från staten, B kr från Region X och C kr från Y kommun'", () => {
    expect(
      contributions(
        "Medlemsavgifterna var 2 400 000 kr från staten, 1 200 000 kr från Region Norrmark,\n800 000 kr från Åsby kommun och 400 000 kr från Lerby kommun.",
      ),
    ).toEqual([
      "2024:actual:staten=2400000@1",
      "2024:actual:Region Norrmark=1200000@1",
      "2024:actual:Åsby kommun=800000@2",
      "2024:actual:Lerby kommun=400000@2",
    ]);
    expect(
      contributions(
        "Av medlemsbidragen kom 6,2 miljoner kronor från staten, 3,1 miljoner kronor från regionen och lika mycket från kommunerna.",
      ),
    ).toEqual(["2024:actual:staten=6200000@1", "2024:actual:Regionen=3100000@1"]);
  });

  it("must not read a fee list with an amount of no named member, or for an earlier year", () => {
    expect(
      contributions("Medlemsavgifterna var 2 400 000 kr från staten och 1 200 000 kr från kommunerna tillsammans."),
    ).toEqual([]);
    expect(
      contributions("Medlemsavgifterna för 2023 var 2 400 000 kr från staten och 1 200 000 kr från Region Norrmark."),
    ).toEqual([]);
  });

  it("reads the state's apposition before 'bidrog med'", () => {
    expect(
      contributions("Staten, genom Försäkringskassan och Arbetsförmedlingen, bidrog med 7,4 miljoner kronor."),
    ).toEqual(["2024:actual:Staten=7400000@1"]);
  });

  it("reads a member's share of a later year's budget and one member's fee from one year to the next", () => {
    expect(contributions("Förbundets budget för 2026 bygger på att staten tillför 4 600 tkr.")).toEqual([
      "2026:budget:staten=4600000@1",
    ]);
    expect(
      contributions("Medlemsavgift 2026\nFör Åsby kommun innebär det en ökning från 910 tkr 2025 till 955 tkr 2026."),
    ).toEqual(["2025:budget:Åsby kommun=910000@2", "2026:budget:Åsby kommun=955000@2"]);
    expect(
      contributions("Regionens medlemsbidrag till förbundet för 2025 är budgeterat till 4,1 miljoner kronor."),
    ).toEqual(["2025:budget:Regionen=4100000@1"]);
  });

  it("reads a member's part of the budget right after the sentence giving the state's share of it", () => {
    const plan = "Förbundets budget för 2026 bygger på att staten tillför 4 600 tkr.";
    const part =
      "Regionens del blir då 2 300 tkr och kommunernas del 2 300 tkr, fördelad efter folkmängden den 1 november 2024.";
    expect(contributions(`${plan}\n${part}`)).toEqual([
      "2026:budget:staten=4600000@1",
      "2026:budget:Regionen=2300000@2",
    ]);
    expect(contributions(part)).toEqual([]);
    expect(contributions(`${plan}\n\nLokaler\n\n${part}`)).toEqual(["2026:budget:staten=4600000@1"]);
  });

  it("must not read a budget of the report's own year, a price per inhabitant, or a change under no fee heading", () => {
    expect(contributions("Förbundets budget för 2024 bygger på att staten tillför 4 600 tkr.")).toEqual([]);
    expect(contributions("Förbundets budget för 2026 bygger på att staten tillför 45 kr per invånare.")).toEqual([]);
    expect(
      contributions("I budgeten för 2026 står Region Norrmark för 2,1 mnkr av kostnaderna för projektet Bryggan."),
    ).toEqual([]);
    expect(
      contributions("Lokaler\nFör Åsby kommun innebär det en ökning från 910 tkr 2025 till 955 tkr 2026."),
    ).toEqual([]);
    expect(
      contributions("Regionens medlemsbidrag till förbundet för 2024 är budgeterat till 4,1 miljoner kronor."),
    ).toEqual([]);
  });

  it("resolves 'Regionen' to the federation's one region, and to none when it has two", () => {
    const args = {
      id: "lomby",
      name: "Samordningsförbundet Lomby",
      county: "Norrmarks län",
      members: ["Region Norrmark=region", "Åsby kommun=municipality=Åsby"],
    };
    const one = buildRegistry(args);
    expect(new NameResolver(new Map([["lomby", one]])).member("lomby", "Regionen")).toBe("lomby/region-norrmark");
    const two = buildRegistry({ ...args, members: [...args.members, "Region Södermark=region"] });
    expect(new NameResolver(new Map([["lomby", two]])).member("lomby", "Regionen")).toBeUndefined();
  });
});

describe("minutes quoting the annual report and next year's fees", () => {
  function minutes(lines: string[]) {
    const out = parseMinutes(new DocumentText("lomby/minutes", lines, 2025), {
      date: "2025-03-12",
      kind: "board_minutes",
    });
    return (out.facts as AnyFact[])
      .filter((f) => f.table === "finance" || f.table === "member_contribution")
      .map((f) =>
        f.table === "finance"
          ? `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`
          : `${f.year}:${f.basis}:${f.member}=${f.amount_sek}@${f.line}`,
      );
  }

  it("reads the report year's budget beside its result, and not a later year's plan", () => {
    expect(
      minutes([
        "§ 4 Årsredovisning 2024",
        "Årets resultat är -215 300 kr mot budgeterade -400 000 kr.",
        "Budgeten för 2025 innebär ett planerat underskott på 300 000 kr.",
        "Beslut",
        "att fastställa årsredovisningen för 2024.",
      ]),
    ).toEqual(["2024:actual:result=-215300", "2024:budget:result=-400000"]);
  });

  it("reads next year's fees listed in one sentence where the stated total agrees", () => {
    expect(
      minutes([
        "§ 5 Medlemsbidrag 2026",
        "Förbundschefen redovisade förslaget till budgetram för 2026:",
        "staten 4 000 000 kr, Region Norrmark 2 000 000 kr och Åsby kommun 2 000 000 kr, totalt 8 000 000 kr.",
        "Beslut",
        "att föreslå medlemmarna en budgetram om 8 000 000 kr för 2026, fördelad enligt ovan.",
      ]),
    ).toEqual([
      "2026:budget:staten=4000000@3",
      "2026:budget:Region Norrmark=2000000@3",
      "2026:budget:Åsby kommun=2000000@3",
    ]);
  });

  it("must not read such a list when its members do not add up, or when the item was postponed", () => {
    const list = (total: string, decision: string) =>
      minutes([
        "§ 5 Medlemsbidrag 2026",
        `Förbundschefen redovisade förslaget till budgetram för 2026: staten 4 000 000 kr, Region Norrmark 2 000 000 kr och Åsby kommun 2 000 000 kr, totalt ${total} kr.`,
        "Beslut",
        decision,
      ]);
    expect(list("8 500 000", "att föreslå medlemmarna en budgetram om 8 500 000 kr för 2026.")).toEqual([]);
    expect(list("8 000 000", "att bordlägga ärendet till nästa sammanträde.")).toEqual([]);
  });
});
