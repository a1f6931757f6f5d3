import { describe, expect, it } from "vitest";
import { contributionSentences } from "../../loaders/extract/general/contributionSentences.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { docOf, type AnyFact } from "../helpers.ts";

/** The member contributions a text states, as "member=sek~@line" (~ = approximate). */
const read = (text: string, year = 2024) =>
  (contributionSentences(docOf(text.split("\n"), year), new Set(), memberOf) as AnyFact[]).map(
    (f) => `${f.member}=${f.amount_sek}${f.approximate ? "~" : ""}@${f.line}${f.year === year ? "" : ` ${f.year}`}`,
  );

describe("member contributions in running text", () => {
  it("reads a chain of members after one verb, each with 'med' and its amount, over wrapped lines", () => {
    expect(
      read(
        [
          "Ekonomi",
          "",
          "Förbundets verksamhet finansierades som vanligt av medlemmarna. Staten bidrog med 3,2 mnkr,",
          "Region Kustmark med 1,6 mnkr och Strandby kommun med ca 0,8 mnkr.",
        ].join("\n"),
      ),
    ).toEqual(["Staten=3200000@3", "Region Kustmark=1600000@4", "Strandby kommun=800000~@4"]);
  });

  it("reads the named members of a chain whose subject is the municipalities together, and not the collective", () => {
    expect(
      read(
        "Kommunerna bidrog med 1,2 mnkr, Region Kustmark med 1,2 mnkr och Försäkringskassan och Arbetsförmedlingen med 2,4 mnkr.",
      ),
    ).toEqual(["Region Kustmark=1200000@1", "Försäkringskassan och Arbetsförmedlingen=2400000@1"]);
  });

  it("reads a member's fee, written with the member in the genitive or after 'från'", () => {
    expect(read("Strandby kommuns medlemsavgift uppgick till 812 tkr.")).toEqual(["Strandby kommun=812000@1"]);
    expect(read("Medlemsavgiften från Region Kustmark var 1,6 mnkr.")).toEqual(["Region Kustmark=1600000@1"]);
    expect(read("Strandby kommuns medlemsavgift för 2024 uppgick till 0,9 mnkr.")).toEqual([
      "Strandby kommun=900000@1",
    ]);
    expect(read("Strandby kommuns medlemsavgift för 2025 uppgick till 0,9 mnkr.")).toEqual([]);
    expect(read("Kommunens medlemsavgift för året var 0,9 mnkr.")).toEqual([]);
  });

  it("reads 'betalade' with no 'med' and its chain of named members, before a remark on the amounts", () => {
    expect(
      read(
        "Strandby kommun betalade 900 000 kronor och Åsby kommun 450 000 kronor, vilket för Åsby motsvarar ungefär 40 kronor per invånare.",
      ),
    ).toEqual(["Strandby kommun=900000@1", "Åsby kommun=450000@1"]);
  });

  it("must not read 'betalade' money for something else, a link that names no member, nor a price per inhabitant", () => {
    expect(read("Strandby kommun betalade 2 400 000 kronor i försörjningsstöd under året.")).toEqual([]);
    expect(read("Strandby kommun betalade 900 000 kronor och kommunerna 1 800 000 kronor.")).toEqual([
      "Strandby kommun=900000@1",
    ]);
    expect(read("Strandby kommun betalade 40 kronor per invånare, vilket är samma som året innan.")).toEqual([]);
  });

  it("reads one member's fee decided for the next year as that year's budget", () => {
    expect(
      read(
        "Åsby kommun betalade 450 000 kronor.\nFör 2025 har styrelsen beslutat om en avgift på 470 000 kr för Åsby.",
      ),
    ).toEqual(["Åsby kommun=450000@1", "Åsby kommun=470000@2 2025"]);
    expect(read("I budgeten för 2025 är medlemsavgiften 1,2 mnkr för Region Kustmark.")).toEqual([]);
    expect(read("Inför 2025 har styrelsen fastställt en avgift på 1,2 mnkr för Region Kustmark.")).toEqual([
      "Region Kustmark=1200000@1 2025",
    ]);
  });

  it("must not read a later fee without a decision, for a place the document never names as a municipality, or two years on", () => {
    expect(read("För 2025 räknar vi med en avgift på 470 000 kr för Åsby kommun.")).toEqual([]);
    expect(read("För 2025 har styrelsen beslutat om en avgift på 470 000 kr för Åsby.")).toEqual([]);
    expect(read("Åsby kommun är medlem. För 2026 har styrelsen beslutat om en avgift på 470 000 kr för Åsby.")).toEqual(
      [],
    );
    expect(
      read("Åsby kommun är medlem. För 2025 har styrelsen beslutat om en avgift på 12 kr per invånare för Åsby."),
    ).toEqual([]);
  });

  it("reads 'regionens medlemsavgift' as the fee of the one region the document names", () => {
    expect(
      read(
        "Region Kustmark är medlem i förbundet.\nRegionens medlemsavgift till förbundet uppgick 2024 till 1 600 tkr.",
      ),
    ).toEqual(["Region Kustmark=1600000@2"]);
  });

  it("leaves 'regionens' fee to the registry where the document names no region, and reads none where it names two", () => {
    expect(read("Regionens medlemsavgift till förbundet uppgick 2024 till 1 600 tkr.")).toEqual(["Regionen=1600000@1"]);
    expect(
      read(
        "Region Kustmark och Region Fjällmark jämförs.\nRegionens medlemsavgift till förbundet uppgick 2024 till 1 600 tkr.",
      ),
    ).toEqual([]);
  });

  it("reads a list after 'Medlemsavgifter 2024:' in a sentence, and not one for another year", () => {
    expect(
      read("Medlemsavgifter 2024: staten 2 000 000 kr, Region Kustmark 1 000 000 kr och Strandby kommun 500 000 kr."),
    ).toEqual(["staten=2000000@1", "Region Kustmark=1000000@1", "Strandby kommun=500000@1"]);
    expect(
      read("Medlemsavgifter 2025: staten 2 000 000 kr, Region Kustmark 1 000 000 kr och Strandby kommun 500 000 kr."),
    ).toEqual([]);
  });

  it("does not read a collective or an unnamed member ('kommunerna', 'varje kommun'); 'regionen' is the one region", () => {
    expect(read("Kommunerna bidrog med 2,1 mnkr och regionen med 2,1 mnkr.")).toEqual(["Regionen=2100000@1"]);
    expect(read("Staten bidrog med 4,2 mnkr och varje kommun med 0,5 mnkr.")).toEqual(["Staten=4200000@1"]);
  });

  it("does not read a budget, a plan, another year, a change or a price per inhabitant", () => {
    expect(read("Enligt budget bidrar staten med 4,0 mnkr och Region Kustmark bidrog med 2,0 mnkr.")).toEqual([]);
    expect(read("Strandby kommun ska bidra med 0,9 mnkr, och Staten bidrog med 3,0 mnkr enligt förslag.")).toEqual([]);
    expect(read("Under 2023 bidrog Staten med 3,0 mnkr. Staten bidrog med 3,1 mnkr.")).toEqual(["Staten=3100000@1"]);
    expect(read("Strandby kommuns medlemsavgift ökade med 40 tkr.")).toEqual([]);
    expect(read("Strandby kommun bidrog med 12 kr per invånare.")).toEqual([]);
  });

  it("does not read money a member gave for one project, nor a municipality's own figures in a council decision", () => {
    expect(read("Region Kustmark bidrog med 0,4 mnkr till projektet Nya steg.")).toEqual([]);
    expect(
      read(
        "Kommunfullmäktige beviljar styrelsen ansvarsfrihet. Kommunens andel av förbundets kostnader var 0,9 mnkr och kommunens resultat 12,4 mnkr.",
      ),
    ).toEqual([]);
  });
});

describe("a share of the income and its payer", () => {
  it("reads 'Hälften av intäkterna kommer från staten via …, 4,1 mnkr'", () => {
    expect(
      read(
        "Hälften av intäkterna kommer från staten via Försäkringskassan och Arbetsförmedlingen, 4,1 mnkr under 2024.",
      ),
    ).toEqual(["staten=4100000@1"]);
  });

  it("reads nothing for a payer that is no named member, or in a budget", () => {
    expect(read("Hälften av intäkterna kommer från kommunerna, 4,1 mnkr under 2024.")).toEqual([]);
    expect(read("Hälften av intäkterna kommer enligt budgeten från staten, 4,1 mnkr.")).toEqual([]);
  });
});

describe("a list after a lead of the fees as a label", () => {
  it("reads 'Medlemsavgifter 2024: staten …' with each member's amount, a name and its amount over two lines", () => {
    expect(
      read(
        [
          "Medlemsavgifter 2024: staten 2 200 000 kr, Region Ekland 1 100 000 kr, Ekby kommun",
          "700 000 kr och Lövsta kommun 400 000 kr.",
        ].join("\n"),
      ),
    ).toEqual(["staten=2200000@1", "Region Ekland=1100000@1", "Ekby kommun=700000@2", "Lövsta kommun=400000@2"]);
  });
  it("must not read a lead about something else, nor a list with an amount that is no member's", () => {
    expect(read("Avgifter 2024: staten 2 200 000 kr, Region Ekland 1 100 000 kr.")).toEqual([]);
    expect(read("Medlemsavgifter 2024: staten 2 200 000 kr, kansliet 1 100 000 kr.")).toEqual([]);
    // Another year's fees are not the report's year's.
    expect(read("Medlemsavgifter 2023: staten 2 200 000 kr, Region Ekland 1 100 000 kr.")).toEqual([]);
  });
});

describe("a list led by the heading above it", () => {
  const callout = (heading: string, list: string) => read([heading, list].join("\n"));
  it("reads members apart by middle dots under 'Så fördelades medlemmarnas bidrag'", () => {
    expect(
      callout(
        "Så fördelades medlemmarnas bidrag",
        "Staten 4,2 mnkr · Region Ekland 2,1 mnkr · Övre Ekby kommun 1,3 mnkr · Lövsta kommun 0,8 mnkr",
      ),
    ).toEqual(["Staten=4200000@2", "Region Ekland=2100000@2", "Övre Ekby kommun=1300000@2", "Lövsta kommun=800000@2"]);
    expect(callout("Medlemsavgifter 2024", "Staten 4,2 mnkr · Region Ekland 2,1 mnkr")).toEqual([
      "Staten=4200000@2",
      "Region Ekland=2100000@2",
    ]);
  });
  it("must not read such a line under another heading, under another year's, or with an amount that is no member's", () => {
    expect(callout("Så fördelades kostnaderna", "Staten 4,2 mnkr · Region Ekland 2,1 mnkr")).toEqual([]);
    expect(callout("Medlemsavgifter 2025", "Staten 4,2 mnkr · Region Ekland 2,1 mnkr")).toEqual([]);
    expect(callout("Så fördelades medlemmarnas bidrag", "Staten 4,2 mnkr · kansliet 2,1 mnkr")).toEqual([]);
  });
});

describe("a chain of members after the sentence giving their total", () => {
  const confirmed = (text: string) =>
    (contributionSentences(docOf(text.split("\n"), 2024), new Set(), memberOf) as AnyFact[]).map(
      (f) => `${f.member}=${f.amount_sek}${f.confirmed_by?.length ? " confirmed" : ""}`,
    );
  it("marks the members confirmed where they add up to the total the sentence before gave", () => {
    expect(
      confirmed(
        "Medlemsavgifterna uppgick till 4 000 tkr. Staten bidrog med 2 000 tkr, Region Ekland med 1 000 tkr och Ekby kommun med 1 000 tkr.",
      ),
    ).toEqual(["Staten=2000000 confirmed", "Region Ekland=1000000 confirmed", "Ekby kommun=1000000 confirmed"]);
  });
  it("must not confirm members that do not add up, or a total two sentences back", () => {
    expect(
      confirmed(
        "Medlemsavgifterna uppgick till 4 200 tkr. Staten bidrog med 2 000 tkr, Region Ekland med 1 000 tkr och Ekby kommun med 1 000 tkr.",
      ),
    ).toEqual(["Staten=2000000", "Region Ekland=1000000", "Ekby kommun=1000000"]);
    expect(
      confirmed(
        "Medlemsavgifterna uppgick till 4 000 tkr. Året präglades av förändring. Staten bidrog med 2 000 tkr, Region Ekland med 1 000 tkr och Ekby kommun med 1 000 tkr.",
      ),
    ).toEqual(["Staten=2000000", "Region Ekland=1000000", "Ekby kommun=1000000"]);
  });
});

describe("the year's income and its payers after a colon (set 10)", () => {
  it("stores the members' parts where the parts add up to the income", () => {
    expect(
      read(
        [
          "Ekonomi",
          "Förbundet hade under 2024 intäkter på 12,4 mnkr: 6,2 mnkr från staten via Försäkringskassan och Arbetsförmedlingen, 3,1 mnkr från Region Ålmark och 3,1 mnkr från de två kommunerna tillsammans.",
        ].join("\n"),
      ),
    ).toEqual(["staten=6200000@2", "Region Ålmark=3100000@2"]);
  });

  it("stores nothing where the parts do not add up, or a part has no payer", () => {
    expect(
      read(
        "Förbundet hade under 2024 intäkter på 12,4 mnkr: 6,2 mnkr från staten, 3,1 mnkr från Region Ålmark och 2,1 mnkr från kommunerna.",
      ),
    ).toEqual([]);
    expect(
      read(
        "Förbundet hade under 2024 intäkter på 12,4 mnkr: 6,2 mnkr från staten, 3,1 mnkr från Region Ålmark och 3,1 mnkr i räntor.",
      ),
    ).toEqual([]);
  });
});

describe("the members' shares of a year as a list of genitives (set 10)", () => {
  it("stores a later year's shares as that year's budget", () => {
    expect(
      read(
        "Ålby kommuns andel 2025 är 1,20 miljoner kronor, Norrby kommuns 0,85 miljoner och Sörby kommuns 0,40 miljoner.",
      ),
    ).toEqual(["Ålby kommun=1200000@1 2025", "Norrby kommun=850000@1 2025", "Sörby kommun=400000@1 2025"]);
  });

  it("stores nothing for an earlier year's shares, or a list with an amount no member's", () => {
    expect(
      read(
        "Ålby kommuns andel 2023 var 1,20 miljoner kronor, Norrby kommuns 0,85 miljoner och Sörby kommuns 0,40 miljoner.",
      ),
    ).toEqual([]);
    expect(
      read("Ålby kommuns andel 2025 är 1,20 miljoner kronor, Norrby kommuns 0,85 miljoner och totalt 2,45 miljoner."),
    ).toEqual([]);
  });
});

describe("stop 29: the state through an agency, and a member's fee a decision sets for a later year", () => {
  it("reads 'Staten bidrog genom Försäkringskassan med …' as the state's contribution", () => {
    expect(read("Ekonomi\n\nStaten bidrog genom Försäkringskassan med 2,7 mkr under året.")).toEqual([
      "Staten=2700000@3",
    ]);
  });

  it("must not read 'genom' naming something that is no agency", () => {
    expect(read("Ekonomi\n\nStaten bidrog genom projektmedel med 2,7 mkr under året.")).toEqual([]);
  });

  it("reads a member body's decision on its fee for a later year as that year's budget", () => {
    expect(
      read("Kommunfullmäktige fastställer Lövsta kommuns medlemsbidrag till förbundet för 2026 till 1 340 tkr."),
    ).toEqual(["Lövsta kommun=1340000@1 2026"]);
    expect(
      read(
        "Regionstyrelsen fastställer regionens medlemsavgift till Samordningsförbundet Kalmar för 2026 till 3 100 tkr.",
      ),
    ).toEqual(["Regionen=3100000@1 2026"]);
  });

  it("must not read a decision for the report's own year, for another federation, or with a second amount", () => {
    expect(
      read("Kommunfullmäktige fastställer Lövsta kommuns medlemsbidrag till förbundet för 2024 till 1 340 tkr."),
    ).toEqual([]);
    expect(
      read(
        "Regionstyrelsen fastställer regionens medlemsavgift till Samordningsförbundet Norrhed för 2026 till 3 100 tkr.",
        2024,
      ),
    ).toEqual([]);
    expect(
      read(
        "Kommunfullmäktige fastställer Lövsta kommuns medlemsbidrag till förbundet för 2026 till 1 340 tkr, en ökning med 40 tkr.",
      ),
    ).toEqual([]);
  });
});

describe("stop 29: a verb chain dated by its year right after the verb", () => {
  it("reads 'Staten bidrog 2024 med …' as the report year's", () => {
    expect(read("Ekonomi\n\nStaten bidrog 2024 med 4 200 tkr och Region Granmo med 2 100 tkr.")).toEqual([
      "Staten=4200000@3",
      "Region Granmo=2100000@3",
    ]);
  });

  it("must not read 'Staten bidrog 2023 med …' as the report year's", () => {
    expect(
      read("Ekonomi\n\nStaten bidrog 2023 med 4 200 tkr och Region Granmo med 2 100 tkr.").filter(
        (r) => !/ 2023$/.test(r),
      ),
    ).toEqual([]);
  });
});

describe("stop 29: a member's fee from this year ('i år') to a named later year", () => {
  it("reads the later year's fee as its budget, the amounts in 'miljoner kronor'", () => {
    expect(
      read(
        "Avgifter\n\nFör Lövsta kommun innebär det att avgiften går från 2,1 miljoner kronor i år till 2,25 miljoner kronor 2025.",
      ),
    ).toEqual(["Lövsta kommun=2250000@3 2025"]);
    expect(read("Avgifter\n\nLövsta kommuns avgift stiger från 2 100 tkr i år till 2 250 tkr 2025.")).toEqual([
      "Lövsta kommun=2250000@3 2025",
    ]);
  });

  it("must not read a change whose later year is not written ('nästa år')", () => {
    expect(
      read(
        "Avgifter\n\nFör Lövsta kommun innebär det att avgiften går från 2,1 miljoner kronor i år till 2,25 miljoner kronor nästa år.",
      ),
    ).toEqual([]);
  });
});

describe("stop 29: 'kommunens' fee in a member municipality's own minutes", () => {
  const extract = (head: string) =>
    read(
      [
        head,
        "Kommunfullmäktige",
        "",
        "Kommunfullmäktige beslutar att fastställa kommunens medlemsavgift till Samordningsförbundet Kalmar för 2025 till 980 000 kronor.",
      ].join("\n"),
    );

  it("is the fee of the municipality the head names, for the later year decided", () => {
    expect(extract("LÖVSTA KOMMUN")).toEqual(["Lövsta kommun=980000@4 2025"]);
  });

  it("is no one's where the head names no municipality (must not fire)", () => {
    expect(extract("PROTOKOLLSUTDRAG")).toEqual([]);
    expect(extract("REGION GRANMO")).toEqual([]);
  });
});

describe("stop 29: 'Kommunens medlemsavgift till förbundet uppgick …' in a member municipality's report", () => {
  const text = (head: string) =>
    read(
      [
        head,
        "Årsredovisning 2024",
        "",
        "Kommunens medlemsavgift till förbundet uppgick 2024 till 870 tkr (850 tkr).",
      ].join("\n"),
    );

  it("is the fee of the municipality the head names, never the bracketed earlier year's as this year's", () => {
    const got = text("LÖVSTA KOMMUN");
    expect(got).toContain("Lövsta kommun=870000@4");
    expect(got.filter((r) => r.startsWith("Lövsta kommun=850000@4") && !r.endsWith(" 2023"))).toEqual([]);
  });

  it("is no one's where the head names no municipality (must not fire)", () => {
    expect(text("ÅRSREDOVISNING")).toEqual([]);
  });
});

describe("stop 29: the state's allocation to the federation for a later year", () => {
  it("reads 'Samordningsförbundet Kalmar tilldelas … i statliga medel för 2026' as the state's budget", () => {
    expect(read("Besked\n\nSamordningsförbundet Kalmar tilldelas 3 950 tkr i statliga medel för 2026.")).toEqual([
      "Staten=3950000@3 2026",
    ]);
  });

  it("must not read another federation's allocation, the report's own year, or a sentence with a second amount", () => {
    expect(read("Besked\n\nSamordningsförbundet Norrhed tilldelas 3 950 tkr i statliga medel för 2026.")).toEqual([]);
    expect(read("Besked\n\nFörbundet tilldelas 3 950 tkr i statliga medel för 2024.")).toEqual([]);
    expect(
      read("Besked\n\nFörbundet tilldelas 3 950 tkr i statliga medel för 2026, varav 400 tkr i grundbelopp."),
    ).toEqual([]);
  });
});
