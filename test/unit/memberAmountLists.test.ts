import { describe, expect, it } from "vitest";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { docOf, type AnyFact } from "../helpers.ts";

/** The member contributions a text lists, as "member=sek@line" (with " year basis" when not the report's outcome). */
const read = (lines: string[], year = 2024) =>
  (memberAmountLists(docOf(lines, year), memberOf).facts as AnyFact[]).map(
    (f) =>
      `${f.member}=${f.amount_sek}@${f.line}${f.year === year && f.basis === "actual" ? "" : ` ${f.year} ${f.basis}`}`,
  );
const findingsOf = (lines: string[], year = 2024) =>
  memberAmountLists(docOf(lines, year), memberOf).findings.map((f) => f.check_id);

describe("a list of members with amounts", () => {
  it("reads a sentence listing the members, each with its unit, where the state's half confirms it", () => {
    expect(
      read([
        "Ekonomi",
        "Tilldelningen för året uppgick till 9 600 tkr. Staten (via Försäkringskassan) 4 800 tkr, Region Granmo",
        "2 400 tkr, Lövsta kommun 1 500 tkr och Aspö kommun 900 tkr.",
      ]),
    ).toEqual(["Staten=4800000@2", "Region Granmo=2400000@3", "Lövsta kommun=1500000@3", "Aspö kommun=900000@3"]);
  });

  it("reads bare numbers by the caption's unit and places written alone where the state's half counts them", () => {
    expect(
      read([
        "Intäkterna är medlemsavgifter.",
        "Medlemsavgifter 2024 (tkr): Staten 4 000, Region Granmo 2 000, Lövsta 1 200, Aspö 800.",
      ]),
    ).toEqual(["Staten=4000000@2", "Region Granmo=2000000@2", "Lövsta=1200000@2", "Aspö=800000@2"]);
  });

  it("reads bare numbers by the unit closing the list", () => {
    expect(
      read([
        "Medlemsbidragen fördelades: Försäkringskassan 1 600 000, Region Granmo 800 000,",
        "Lövsta kommun 500 000 och Aspö kommun 300 000 kronor.",
      ]),
    ).toEqual(["Staten=1600000@1", "Region Granmo=800000@1", "Lövsta kommun=500000@2", "Aspö kommun=300000@2"]);
  });

  it("reads amounts before their payer, with the municipalities together as a part of the whole", () => {
    expect(
      read([
        "Medlemmarnas bidrag för 2024 var 6 000 000 kr. Av detta kom 3 000 000 kr från staten och",
        "1 500 000 kr från Region Granmo, medan kommunerna tillsammans bidrog med 1 500 000 kr.",
      ]),
    ).toEqual(["Staten=3000000@1", "Region Granmo=1500000@2"]);
  });

  it("reads one member a line under a caption with the unit, up to its Summa line", () => {
    expect(
      read([
        "Bilaga 2",
        "Medlemsbidrag per part 2024 (kr)",
        "Staten (FK och AF)          2 000 000",
        "Region Granmo               1 000 000",
        "Lövsta kommun                 600 000",
        "Aspö kommun                   400 000",
        "Summa                       4 000 000",
      ]),
    ).toEqual(["Staten=2000000@3", "Region Granmo=1000000@4", "Lövsta kommun=600000@5", "Aspö kommun=400000@6"]);
  });

  it("reads a proposal for a later year as that year's budget", () => {
    expect(
      read([
        "Förslag till medlemsavgifter 2025: staten 2 200 tkr, Region Granmo 1 100 tkr och Lövsta kommun 1 100 tkr.",
      ]),
    ).toEqual([
      "Staten=2200000@1 2025 budget",
      "Region Granmo=1100000@1 2025 budget",
      "Lövsta kommun=1100000@1 2025 budget",
    ]);
  });

  it("must not store a list that breaks its stated total, and says so", () => {
    const lines = [
      "Medlemsavgifterna uppgick till 5 000 tkr: staten 2 400 tkr, Region Granmo 1 200 tkr, Lövsta kommun 700 tkr och Aspö kommun 500 tkr.",
    ];
    expect(read(lines)).toEqual([]);
    expect(findingsOf(lines)).toEqual(["identity.contributions_sum"]);
  });

  it("must not store a list that no identity confirms, nor places no identity counts", () => {
    // The state's half is not the rest (2 400 ≠ 1 200 + 1 000) and no total is stated.
    expect(read(["Medlemsavgifter: staten 2 400 tkr, Region Granmo 1 200 tkr och Lövsta kommun 1 000 tkr."])).toEqual(
      [],
    );
    // Places alone, summed only to a total that is revenue, not the members' own.
    expect(read(["Medlemsavgifter 2024 (tkr): Staten 4 000, Granmo 2 000, Lövsta 2 000."])).toEqual([]);
  });

  it("must not read shares, populations, allocations or an earlier year's list as fees", () => {
    expect(
      read(["Medlemsavgifter: staten 50 %, Region Granmo 25 %, Lövsta kommun 15 % och Aspö kommun 10 %."]),
    ).toEqual([]);
    expect(
      read(["Medlemmarna är staten 1 000 invånare, Region Granmo 500, Lövsta kommun 300 och Aspö kommun 200."]),
    ).toEqual([]);
    expect(
      read([
        "Förbundet beviljade medel till insatser hos Arbetsförmedlingen 800 000 kr, Region Granmo 400 000 kr och Lövsta kommun 400 000 kr.",
      ]),
    ).toEqual([]);
    expect(
      read(["Medlemsavgifter 2023: staten 2 000 tkr, Region Granmo 1 000 tkr och Lövsta kommun 1 000 tkr."]),
    ).toEqual([]);
  });

  it("must not read a list of lines under a caption of costs", () => {
    expect(
      read([
        "Kostnader per huvudman (kr)",
        "Arbetsförmedlingen           2 000 000",
        "Region Granmo                1 000 000",
        "Lövsta kommun                1 000 000",
        "Summa                        4 000 000",
      ]),
    ).toEqual([]);
  });

  it("reads a fee table's latest fee column by position, past population and share columns and a new member's dash", () => {
    const table = [
      "Tabell. Avgifter 2026 och 2027 (tkr)",
      "Medlem                 Invånare      Andel %   Avgift 2026   Avgift 2027",
      "Staten (FK och AF)            –            –         4 000         4 400",
      "Region Granmo                 –            –         2 000         2 200",
      "Lövsta kommun            12 400           62         2 000         1 364",
      "Aspö kommun               7 600           38             –           836",
      "Summa                    20 000          100         8 000         8 800",
    ];
    expect(read(table)).toEqual([
      "Staten=4400000@3 2027 budget",
      "Region Granmo=2200000@4 2027 budget",
      "Lövsta kommun=1364000@5 2027 budget",
      "Aspö kommun=836000@6 2027 budget",
    ]);
  });

  it("reads the municipalities' own fee table only where its Summa row confirms it", () => {
    const table = (sum: string) => [
      "Kommunernas del fördelas efter invånare den 1 november 2023:",
      "Kommun          Invånare     Andel     Bidrag 2024, tkr",
      "Lövsta            12 400    62,0 %         1 240",
      "Aspö               7 600    38,0 %           760",
      `Summa             20 000   100,0 %         ${sum}`,
    ];
    expect(read(table("2 000"))).toEqual(["Lövsta=1240000@3", "Aspö=760000@4"]);
    expect(read(table("2 100"))).toEqual([]);
  });

  it("must not read a table of grants per member as fees", () => {
    expect(
      read([
        "Medlem              Beviljat 2024",
        "Arbetsförmedlingen      2 000 000",
        "Region Granmo           1 000 000",
        "Lövsta kommun           1 000 000",
        "Summa                   4 000 000",
      ]),
    ).toEqual([]);
  });

  it("reads thousands grouped with a comma and the municipalities listed in brackets after their part", () => {
    expect(
      read([
        " • Medlemsavgifter 2024: Försäkringskassan 2,000 000 kr, Region Granmo 1,000 000 kr, kommunerna 1,000 000 kr (Lövsta 600 000 kr, Aspö 400 000 kr).",
      ]),
    ).toEqual(["Staten=2000000@1", "Region Granmo=1000000@1", "Lövsta=600000@1", "Aspö=400000@1"]);
  });

  it("must not read the municipalities in brackets when they break their part", () => {
    const lines = [
      "Medlemsavgifter 2024: staten 2 000 tkr, Region Granmo 1 000 tkr, kommunerna 1 000 tkr (Lövsta 700 tkr, Aspö 400 tkr).",
    ];
    expect(read(lines)).toEqual([]);
    expect(findingsOf(lines)).toEqual(["identity.contributions_sum"]);
  });

  it("names the state by what its share is called, and never a municipality so marked", () => {
    expect(memberOf("Statens tilldelning")).toBe("Staten");
    expect(memberOf("Försäkringskassan (statlig andel)")).toBe("Staten");
    expect(memberOf("Lövsta kommun (statlig andel)")).toBeNull();
    expect(memberOf("Statligt projektbidrag")).toBeNull();
  });

  it("must not read money paid out to interventions at members, nor another federation's fees", () => {
    expect(
      read([
        "Förbundet finansierade insatser hos Arbetsförmedlingen 2 000 tkr, Region Granmo 1 000 tkr och Lövsta kommun 1 000 tkr.",
      ]),
    ).toEqual([]);
    const fees = (name: string) => [
      `Medlemsavgifter 2024 för Samordningsförbundet ${name}: staten 2 000 tkr, Region Granmo 1 000 tkr och Lövsta kommun 1 000 tkr.`,
    ];
    expect(read(fees("Bergsnäs"))).toEqual([]);
    // The document is Kalmar's (docOf): its own name is read.
    expect(read(fees("Kalmar"))).toEqual(["Staten=2000000@1", "Region Granmo=1000000@1", "Lövsta kommun=1000000@1"]);
  });

  it("reads one member a line in a pipe table and with dot leaders", () => {
    const expected = ["Staten=2000000@2", "Region Granmo=1000000@3", "Lövsta kommun=1000000@4"];
    expect(
      read([
        "Medlemsbidrag 2024 (kr)",
        "| Staten | 2 000 000 |",
        "| Region Granmo | 1 000 000 |",
        "| Lövsta kommun | 1 000 000 |",
      ]),
    ).toEqual(expected);
    expect(
      read([
        "Medlemsbidrag 2024 (kr)",
        "Staten .................. 2 000 000",
        "Region Granmo ........... 1 000 000",
        "Lövsta kommun ........... 1 000 000",
      ]),
    ).toEqual(expected);
  });

  it("reads a table whose label column names the fee over year columns, each year its own", () => {
    const table = (lovsta: string) => [
      "Intäkter per part, tkr",
      "",
      "Medlemsavgifter (tkr)      2024      2023",
      "Staten                    2 000     1 800",
      "Region Granmo             1 000       900",
      `Lövsta kommun             ${lovsta}       900`,
      "Summa                     4 000     3 600",
    ];
    expect(read(table("1 000"))).toEqual([
      "Staten=2000000@4",
      "Region Granmo=1000000@5",
      "Lövsta kommun=1000000@6",
      "Staten=1800000@4 2023 actual",
      "Region Granmo=900000@5 2023 actual",
      "Lövsta kommun=900000@6 2023 actual",
    ]);
    // One cell misread: that year's column breaks its sum and stores nothing; the other year's stands.
    expect(read(table("1 100"))).toEqual([
      "Staten=1800000@4 2023 actual",
      "Region Granmo=900000@5 2023 actual",
      "Lövsta kommun=900000@6 2023 actual",
    ]);
  });

  it("reads members named first and their amounts after 'respektive', in the same order", () => {
    expect(
      read(["Under 2024 bidrog staten, Region Granmo och kommunerna med 4 000, 2 000 respektive 2 000 tkr."]),
    ).toEqual(["Staten=4000000@1", "Region Granmo=2000000@1"]);
    expect(
      read([
        "Medlemsavgifterna från staten, Region Granmo och Lövsta kommun var 2 000 000, 1 000 000 respektive 1 000 000 kronor.",
      ]),
    ).toEqual(["Staten=2000000@1", "Region Granmo=1000000@1", "Lövsta kommun=1000000@1"]);
  });

  it("must not pair names and amounts of different counts, nor shares written with 'respektive'", () => {
    expect(
      read(["Medlemsavgifterna från staten, Region Granmo och Lövsta kommun var 2 000 respektive 1 000 tkr."]),
    ).toEqual([]);
    expect(
      read(["Medlemsavgifterna från staten, Region Granmo och Lövsta kommun var 50, 25 respektive 25 procent."]),
    ).toEqual([]);
  });

  it("must not read lines under a caption naming no year, nor fees to another federation", () => {
    const lines = (caption: string) => [
      caption,
      "Staten                  2 000 000",
      "Region Granmo           1 000 000",
      "Lövsta kommun           1 000 000",
    ];
    expect(read(lines("Not 3 Medlemsbidrag, kronor"))).toEqual([]);
    expect(read(lines("Medlemsbidrag till Norra Granmo 2024 (kr)"))).toEqual([]);
    expect(read(lines("Medlemsbidrag 2024 (kr)"))).toHaveLength(3);
  });

  it("must not read a list whose sentence ends on a rate per inhabitant or a proposal, nor another thing's funding split", () => {
    expect(
      read([
        "Avgiften följer folkmängden. För 2024 betalade Staten 30 kr, Region Granmo 15 kr, Lövsta kommun 9 kr och Aspö kommun 6 kr per invånare.",
      ]),
    ).toEqual([]);
    expect(
      read([
        "Medlemmarna bidrar med Staten 3 000 tkr, Region Granmo 1 500 tkr, Lövsta kommun 900 tkr och Aspö kommun 600 tkr enligt förslaget till plan.",
      ]),
    ).toEqual([]);
    expect(
      read(["Lotsen finansieras av Lövsta kommun 300 tkr, Region Granmo 300 tkr och Försäkringskassan 600 tkr."]),
    ).toEqual([]);
  });

  it("reads the same list where its sentence ends without a rate, and the federation's own funding split", () => {
    expect(
      read([
        "För 2024 betalade Staten 3 000 tkr, Region Granmo 1 500 tkr, Lövsta kommun 900 tkr och Aspö kommun 600 tkr i medlemsavgift.",
      ]),
    ).toEqual(["Staten=3000000@1", "Region Granmo=1500000@1", "Lövsta kommun=900000@1", "Aspö kommun=600000@1"]);
    expect(
      read(["Förbundet finansieras av Aspö kommun 300 tkr, Region Granmo 300 tkr och Försäkringskassan 600 tkr."]),
    ).toEqual(["Aspö kommun=300000@1", "Region Granmo=300000@1", "Staten=600000@1"]);
  });

  it("must not read a quarter's or a half-year's fees as the year's, and reads the year's own caption", () => {
    const lines = (caption: string) => [
      caption,
      "Staten                   600 000",
      "Region Granmo            300 000",
      "Lövsta kommun            180 000",
      "Aspö kommun              120 000",
      "Summa                  1 200 000",
    ];
    expect(read(lines("Medlemsbidrag per kvartal 2024 (kr)"))).toEqual([]);
    expect(read(lines("Medlemsbidrag första halvåret 2024 (kr)"))).toEqual([]);
    expect(read(lines("Medlemsbidrag 2024 (kr)"))).toHaveLength(4);
  });
});

describe("a list of members set apart by slashes", () => {
  it("reads 'staten 4 000 / Region Granmo 2 000 / …' wrapped over two lines, as it would with commas", () => {
    expect(
      read([
        "Intäkterna är medlemsavgifter.",
        "Medlemsavgifter 2024 (tkr): staten 4 000 / Region Granmo 2 000 / Lövsta kommun 1 200 /",
        "Aspö kommun 800",
      ]),
    ).toEqual(["Staten=4000000@2", "Region Granmo=2000000@2", "Lövsta kommun=1200000@2", "Aspö kommun=800000@3"]);
  });

  it("keeps 'Staten (FK/AF)' one name: a slash with no spaces cuts nothing", () => {
    expect(
      read([
        "Intäkterna är medlemsavgifter.",
        "Medlemsavgifter 2024 (tkr): Staten (FK/AF) 4 000 / Region Granmo 2 000 / Lövsta kommun 1 200 / Aspö kommun 800",
      ]),
    ).toEqual(["Staten=4000000@2", "Region Granmo=2000000@2", "Lövsta kommun=1200000@2", "Aspö kommun=800000@2"]);
  });

  it("reads nothing where the slashes part two years' fees of one member ('staten 4 000 / 3 900')", () => {
    expect(
      read([
        "Intäkterna är medlemsavgifter.",
        "Medlemsavgifter 2024 / 2023 (tkr): staten 4 000 / 3 900, Region Granmo 2 000 / 1 950, Lövsta kommun 1 200 / 1 170, Aspö kommun 800 / 780",
      ]),
    ).toEqual([]);
  });
});

describe("a list of members that is not the federation's", () => {
  const list = "staten 6 000 tkr, Region Granmo 3 000 tkr, Lövsta 1 800 tkr och Aspö 1 200 tkr under 2024.";

  it("stores nothing for a list put in a place that is none of its members (another federation's)", () => {
    expect(read(["Jämförelse", `I Norrhed betalade ${list}`])).toEqual([]);
    expect(read(["Jämförelse", `Hos Västerå betalade ${list}`])).toEqual([]);
  });

  it("stores nothing for what members give in kind", () => {
    expect(read(["Egna insatser", `Medlemmarnas insatser i form av personal motsvarade 2024: ${list}`])).toEqual([]);
  });

  it("must fire: a place that is one of the list's members, or a municipality named as one", () => {
    expect(
      read(["Medlemsavgifter", `I Lövsta och Aspö betalade kommunerna sin del; totalt betalade ${list}`]),
    ).toHaveLength(4);
    expect(read(["Medlemsavgifter", `Medlemmarna betalade ${list}`])).toHaveLength(4);
  });
});

describe("stop 29: shapes of member lists in running text and tables", () => {
  it("reads amounts in 'miljoner kronor', the currency after the scale word part of the unit", () => {
    expect(
      read([
        "Ekonomi",
        "Avgifterna från medlemmarna under 2024: staten 3,6 miljoner kronor, Region Granmo 1,8 miljoner kronor,",
        "Lövsta kommun 1,1 miljoner kronor och Aspö kommun 0,7 miljoner kronor.",
      ]),
    ).toEqual(["Staten=3600000@2", "Region Granmo=1800000@2", "Lövsta kommun=1100000@3", "Aspö kommun=700000@3"]);
  });

  it("must not read 'miljoner kronor' lists that break the state's half", () => {
    expect(
      read([
        "Ekonomi",
        "Avgifterna från medlemmarna under 2024: staten 3,6 miljoner kronor, Region Granmo 1,8 miljoner kronor,",
        "Lövsta kommun 1,9 miljoner kronor och Aspö kommun 0,7 miljoner kronor.",
      ]),
    ).toEqual([]);
  });

  it("reads one amount two members each paid ('… och Aspö kommun 450 000 kronor var')", () => {
    expect(
      read([
        "Ekonomi",
        "Medlemsavgifterna låg still: staten betalade 1 800 000 kronor, Region Granmo 900 000 kronor",
        "medan Lövsta kommun och Aspö kommun betalade 450 000 kronor var.",
      ]),
    ).toEqual([]);
    expect(
      read([
        "Ekonomi",
        "Medlemsavgifterna låg still: staten betalade 1 800 000 kronor, Region Granmo 900 000 kronor",
        "och Lövsta kommun och Aspö kommun 450 000 kronor vardera.",
      ]),
    ).toEqual(["Staten=1800000@2", "Region Granmo=900000@2", "Lövsta kommun=450000@3", "Aspö kommun=450000@3"]);
  });

  it("must not share one amount between two members without 'var' or 'vardera'", () => {
    expect(
      read([
        "Ekonomi",
        "Medlemsavgifterna låg still: staten betalade 1 800 000 kronor, Region Granmo 900 000 kronor",
        "och Lövsta kommun och Aspö kommun 900 000 kronor.",
      ]),
    ).toEqual([]);
  });

  it("reads the municipalities' parts after their subtotal ('kommunerna 1 500 tkr, fördelat på …')", () => {
    expect(
      read([
        "Ekonomi",
        "Medlemmarna betalade in 6 000 tkr.",
        "Staten betalade 3 000 tkr, Region Granmo 1 500 tkr och kommunerna 1 500 tkr, fördelat på Lövsta 900 tkr och Aspö 600 tkr.",
      ]),
    ).toEqual(["Staten=3000000@3", "Region Granmo=1500000@3", "Lövsta=900000@3", "Aspö=600000@3"]);
    // No region in the sentence: the parts add up to their subtotal, the state stays unconfirmed.
    expect(
      read([
        "Ekonomi",
        "",
        "Staten bidrog med 3 000 tkr och de två kommunerna med 1 500 tkr tillsammans, varav Lövsta 900 tkr och Aspö 600 tkr.",
      ]),
    ).toEqual(["Lövsta=900000@3", "Aspö=600000@3"]);
  });

  it("must not read municipalities' parts that miss their subtotal, nor parts after no subtotal", () => {
    expect(
      read([
        "Ekonomi",
        "",
        "Staten bidrog med 3 000 tkr och de två kommunerna med 1 500 tkr tillsammans, varav Lövsta 900 tkr och Aspö 500 tkr.",
      ]),
    ).toEqual([]);
    expect(read(["Ekonomi", "Staten bidrog med 3 000 tkr, varav Lövsta 900 tkr och Aspö 600 tkr."])).toEqual([]);
  });

  it("reads a fee table as a budget where the paragraph above states a budget of its total", () => {
    const table = [
      "",
      "Part                     Andel     Bidrag 2025 (kr)",
      "Staten                   50 %      3 000 000",
      "Region Granmo            25 %      1 500 000",
      "Lövsta kommun            15 %        900 000",
      "Aspö kommun              10 %        600 000",
      "Summa                   100 %      6 000 000",
    ];
    expect(read(["Ekonomi", "Styrelsen föreslår en budget på 6 000 000 kronor för 2025.", ...table], 2025)).toEqual([
      "Staten=3000000@5 2025 budget",
      "Region Granmo=1500000@6 2025 budget",
      "Lövsta kommun=900000@7 2025 budget",
      "Aspö kommun=600000@8 2025 budget",
    ]);
    // The paragraph names another amount: the table is the year's outcome as before.
    expect(read(["Ekonomi", "Styrelsen föreslår en budget på 6 400 000 kronor för 2026.", ...table], 2025)).toEqual([
      "Staten=3000000@5",
      "Region Granmo=1500000@6",
      "Lövsta kommun=900000@7",
      "Aspö kommun=600000@8",
    ]);
  });
});

describe("stop 29: the members' fees as bullets under a lead", () => {
  it("reads bullets with a dash between member and amount, the municipalities' line with its parts", () => {
    expect(
      read([
        "Ekonomi",
        "",
        "Medlemmarna betalade in följande under året:",
        "• Staten (via Försäkringskassan) – 2 000 tkr",
        "• Region Granmo – 1 000 tkr",
        "• Kommunerna – 1 000 tkr, därav Lövsta 640 tkr och Aspö 360 tkr",
      ]),
    ).toEqual(["Staten=2000000@4", "Region Granmo=1000000@5", "Lövsta=640000@6", "Aspö=360000@6"]);
  });

  it("must not read bullets of grants to interventions, nor bullets whose members break the state's half", () => {
    expect(
      read([
        "Ekonomi",
        "",
        "Förbundet beviljade under året följande insatser:",
        "• Staten (via Försäkringskassan) – 2 000 tkr",
        "• Region Granmo – 1 000 tkr",
        "• Kommunerna – 1 000 tkr",
      ]),
    ).toEqual([]);
    expect(
      read([
        "Ekonomi",
        "",
        "Medlemmarna betalade in följande under året:",
        "• Staten (via Försäkringskassan) – 2 000 tkr",
        "• Region Granmo – 1 000 tkr",
        "• Kommunerna – 1 200 tkr, därav Lövsta 840 tkr och Aspö 360 tkr",
      ]),
    ).toEqual([]);
  });
});

describe("stop 29: the municipalities' part split by share, each amount in brackets", () => {
  it("reads each place's bracketed amount after its share where they add up to the part the lead states", () => {
    expect(
      read([
        "Ekonomi",
        "",
        "Kommunernas andel, 1 500 tkr, fördelas efter invånarantal: Lövsta 60 % (900 tkr) och Aspö 40 % (600 tkr).",
      ]),
    ).toEqual(["Lövsta=900000@3", "Aspö=600000@3"]);
  });

  it("must not read the shares as amounts, nor parts that miss the stated part", () => {
    expect(
      read([
        "Ekonomi",
        "",
        "Kommunernas andel, 1 500 tkr, fördelas efter invånarantal: Lövsta 60 % (900 tkr) och Aspö 40 % (500 tkr).",
      ]),
    ).toEqual([]);
    expect(
      read([
        "Ekonomi",
        "",
        "Kommunernas andel, 100 tkr, fördelas efter invånarantal: Lövsta 60 procent och Aspö 40 procent.",
      ]),
    ).toEqual([]);
  });
});

describe("stop 29: the state's money in the sentence before the others' list", () => {
  const text = (state: string, region = "regionen 1 600 tkr") => [
    "Ekonomi",
    "",
    `${state} Region Granmo och kommunerna tillför lika mycket: ${region} och kommunerna 1 600 tkr, fördelat som Lövsta 1 000 tkr och Aspö 600 tkr.`,
  ];

  it("heads the list with the state's amount, 'regionen' the one region", () => {
    expect(read(text("Statens medel för 2025 beräknas till 3 200 tkr."))).toEqual([
      "Staten=3200000@3 2025 budget",
      "Regionen=1600000@3 2025 budget",
      "Lövsta=1000000@3 2025 budget",
      "Aspö=600000@3 2025 budget",
    ]);
  });

  it("must not take an amount that is not the state's, nor keep a list that breaks the state's half", () => {
    expect(
      read(text("Kansliets kostnader för 2025 beräknas till 3 200 tkr.")).filter((r) => /Staten|Regionen/.test(r)),
    ).toEqual([]);
    expect(read(text("Statens medel för 2025 beräknas till 3 400 tkr."))).toEqual([]);
  });
});

describe("stop 29: shares with bracketed amounts, 'Region' alone, the municipalities' split in the next sentence", () => {
  const text = (parts: string) => [
    "Ekonomi",
    "",
    `Finansieringen 2024 fördelades enligt lagen: staten 50 % (3 000 tkr), Region 25 % (1 500 tkr) och kommunerna 25 % (1 500 tkr). ${parts}`,
  ];

  it("reads each member's bracketed amount, 'Region' as the one region, and the parts after 'Av kommunernas del'", () => {
    expect(read(text("Av kommunernas del betalade Lövsta kommun 900 tkr och Aspö kommun 600 tkr."))).toEqual([
      "Staten=3000000@3",
      "Regionen=1500000@3",
      "Lövsta kommun=900000@3",
      "Aspö kommun=600000@3",
    ]);
  });

  it("must not keep parts after another sentence, nor parts that miss the subtotal", () => {
    expect(
      read(text("Insatserna kostade Lövsta kommun 900 tkr och Aspö kommun 600 tkr.")).filter((r) => /kommun/.test(r)),
    ).toEqual([]);
    expect(read(text("Av kommunernas del betalade Lövsta kommun 900 tkr och Aspö kommun 700 tkr."))).toEqual([]);
  });
});

describe("stop 29: a Markdown fee table whose pipes do not line up, and a lead comparing with last year", () => {
  const table = (summa: string) => [
    "Kommunernas avgifter",
    "",
    "| Kommun | Invånare 1 nov 2023 | Kr per invånare | Medlemsavgift 2024 (kr) |",
    "|---|---:|---:|---:|",
    "| Lövsta kommun | 21 000 | 40,00 | 840 000 |",
    "| Aspö kommun | 9 000 | 40,00 | 360 000 |",
    `| Summa | 30 000 | 40,00 | ${summa} |`,
  ];

  it("reads the fee column cell by cell under its header, the rule line no row", () => {
    expect(read(table("1 200 000"))).toEqual(["Lövsta kommun=840000@5", "Aspö kommun=360000@6"]);
  });

  it("must not read a pipe table whose members miss its Summa row", () => {
    expect(read(table("1 300 000"))).toEqual([]);
  });

  it("dates a list by its own year where the lead compares it with another ('desamma som för 2023')", () => {
    const list =
      "staten 2 000 000 kr, Region Granmo 1 000 000 kr, Lövsta kommun 600 000 kr och Aspö kommun 400 000 kr.";
    expect(read(["Ekonomi", "", `Medlemsavgifterna för 2024 var desamma som för 2023: ${list}`])).toEqual([
      "Staten=2000000@3",
      "Region Granmo=1000000@3",
      "Lövsta kommun=600000@3",
      "Aspö kommun=400000@3",
    ]);
    // Two years, neither only compared: whose the amounts are is unclear.
    expect(read(["Ekonomi", "", `Medlemsavgifterna för 2024 och 2023: ${list}`])).toEqual([]);
  });
});

describe("one municipality named by varav after the municipalities' subtotal", () => {
  it("reads it as part of the subtotal where the state's half confirms the list", () => {
    expect(
      read([
        "Ekonomi",
        "Medlemsbidragen 2024 var: staten 4 000 tkr, Region Granmo 2 000 tkr och kommunerna tillsammans",
        "2 000 tkr, varav Lövsta 1 100 tkr.",
      ]),
    ).toEqual(["Staten=4000000@2", "Region Granmo=2000000@2", "Lövsta=1100000@3"]);
  });

  it("must not read a varav part larger than its subtotal, nor a part after 'fördelat på' that falls short", () => {
    expect(
      read([
        "Ekonomi",
        "Medlemsbidragen 2024 var: staten 4 000 tkr, Region Granmo 2 000 tkr och kommunerna tillsammans",
        "2 000 tkr, varav Lövsta 2 100 tkr.",
      ]),
    ).toEqual([]);
    expect(
      read([
        "Ekonomi",
        "Medlemsbidragen 2024 var: staten 4 000 tkr, Region Granmo 2 000 tkr och kommunerna 2 000 tkr,",
        "fördelat på Lövsta 1 100 tkr.",
      ]),
    ).toEqual([]);
  });
});
