import { describe, expect, it } from "vitest";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";

/** The member contributions a text lists, as "member=sek@line" (with " year basis" when not the report's outcome). */
const read = (lines: string[], year = 2025, id = "p40-ulvbacka/2025-annual-report", registered = false) =>
  (
    memberAmountLists(
      new DocumentText(id, lines, year, "plain_text", new Set(), registered ? ULVBACKA : undefined),
      memberOf,
    ).facts as {
      member: string;
      amount_sek: number;
      line: number;
      year: number;
      basis: string;
    }[]
  ).map(
    (f) =>
      `${f.member}=${f.amount_sek}@${f.line}${f.year === year && f.basis === "actual" ? "" : ` ${f.year} ${f.basis}`}`,
  );

/** The registry's facts of the made-up federation the tests read. */
const ULVBACKA = {
  id: "p40-ulvbacka",
  name: "Samordningsförbundet Ulvbacka",
  members: ["Ulvbacka kommun", "Rävsjö kommun", "Region Ulvmark"],
};

describe("a members' list whose caption stands past a blank line", () => {
  it("reads the list under a table's caption set one blank line above it", () => {
    expect(
      read([
        "Tabell 5. Finansiering 2025 (tkr)",
        "",
        "  Staten (FK och AF)            3 600",
        "  Region Ulvmark                1 800",
        "  Ulvbacka kommun               1 100",
        "  Rävsjö kommun                   700",
        "  Summa                         7 200",
      ]),
    ).toEqual(["Staten=3600000@3", "Region Ulvmark=1800000@4", "Ulvbacka kommun=1100000@5", "Rävsjö kommun=700000@6"]);
  });

  it("reads the list under a lead sentence ending in a colon, past a blank line", () => {
    expect(
      read([
        "Så här mycket betalade varje medlem till förbundet under 2025:",
        "",
        "    Försäkringskassan (för staten)     2 400 000 kr",
        "    Region Ulvmark                     1 200 000 kr",
        "    Ulvbacka kommun                      750 000 kr",
        "    Rävsjö kommun                        450 000 kr",
      ]),
    ).toEqual(["Staten=2400000@3", "Region Ulvmark=1200000@4", "Ulvbacka kommun=750000@5", "Rävsjö kommun=450000@6"]);
  });

  it("takes a proposal's lead past a blank line as next year's budget, never the year's outcome", () => {
    expect(
      read([
        "Styrelsen föreslår följande medlemsavgifter för 2026:",
        "",
        "    Staten                             2 500 000 kr",
        "    Region Ulvmark                     1 250 000 kr",
        "    Ulvbacka kommun                      780 000 kr",
        "    Rävsjö kommun                        470 000 kr",
      ]),
    ).not.toContain("Staten=2500000@3");
  });

  it("takes no sentence ending in a full stop past a blank line as the list's caption", () => {
    expect(
      read([
        "Förbundet finansieras av medlemmarna enligt lagen.",
        "",
        "    Staten                             2 400 000 kr",
        "    Region Ulvmark                     1 200 000 kr",
        "    Ulvbacka kommun                      750 000 kr",
        "    Rävsjö kommun                        450 000 kr",
      ]),
    ).toEqual([]);
  });

  it("takes no caption two blank lines up", () => {
    expect(
      read([
        "Tabell 5. Finansiering 2025 (tkr)",
        "",
        "",
        "  Staten (FK och AF)            3 600",
        "  Region Ulvmark                1 800",
        "  Ulvbacka kommun               1 100",
        "  Rävsjö kommun                   700",
      ]),
    ).toEqual([]);
  });
});

describe("varav parts under a whole whose label closes on a bracket", () => {
  it("reads the parts under 'Intäkter (medlemsbidrag)' with dot leaders", () => {
    expect(
      read([
        "Fakta om förbundet 2025",
        "  Intäkter (medlemsbidrag) .................... 8 000 000 kr",
        "     varav staten (FK och AF) ..................  4 000 000 kr",
        "     varav Region Ulvmark ......................  2 000 000 kr",
        "     varav kommunerna tillsammans ..............  2 000 000 kr",
      ]),
    ).toEqual(["Staten=4000000@3", "Region Ulvmark=2000000@4"]);
  });

  it("reads no parts under a bracketed label that is no revenue nor fee", () => {
    expect(
      read([
        "Fakta om förbundet 2025",
        "  Kostnader (insatser) ........................ 8 000 000 kr",
        "     varav staten (FK och AF) ..................  4 000 000 kr",
        "     varav Region Ulvmark ......................  2 000 000 kr",
        "     varav kommunerna tillsammans ..............  2 000 000 kr",
      ]),
    ).toEqual([]);
  });
});

describe("a fee table with an account column", () => {
  it("reads the members past their account numbers, the booked year's column, to the account class's sum", () => {
    expect(
      read([
        "B  SPECIFIKATION AV MEDLEMSBIDRAG (kr)",
        "",
        "Konto   Medlem                                     Bokfört 2025     Enligt beslut",
        "3010    Staten (utbetalas av Försäkringskassan)      3 000 000         3 000 000",
        "3020    Region Ulvmark                               1 500 000         1 500 000",
        "3030    Ulvbacka kommun                                900 000           900 000",
        "3040    Rävsjö kommun                                  600 000           600 000",
        "        Summa konto 30xx                             6 000 000         6 000 000",
      ]),
    ).toEqual(["Staten=3000000@4", "Region Ulvmark=1500000@5", "Ulvbacka kommun=900000@6", "Rävsjö kommun=600000@7"]);
  });

  it("reads each year's column under a note naming the members' revenue", () => {
    expect(
      read([
        "Not 2  Medlemsintäkter",
        "Konto  Motpart                              2025          2024",
        "3011   Försäkringskassan (staten)      3 000 000     2 800 000",
        "3012   Region Ulvmark                  1 500 000     1 400 000",
        "3013   Ulvbacka kommun                   900 000       850 000",
        "3014   Rävsjö kommun                     600 000       550 000",
        "       Summa medlemsintäkter           6 000 000     5 600 000",
      ]),
    ).toEqual([
      "Staten=3000000@3",
      "Region Ulvmark=1500000@4",
      "Ulvbacka kommun=900000@5",
      "Rävsjö kommun=600000@6",
      "Staten=2800000@3 2024 actual",
      "Region Ulvmark=1400000@4 2024 actual",
      "Ulvbacka kommun=850000@5 2024 actual",
      "Rävsjö kommun=550000@6 2024 actual",
    ]);
  });

  it("reads no grants to interventions set out in the same shape", () => {
    expect(
      read([
        "Not 3  Lämnade bidrag till insatser",
        "Konto  Motpart                              2025          2024",
        "4011   Försäkringskassan (staten)      3 000 000     2 800 000",
        "4012   Region Ulvmark                  1 500 000     1 400 000",
        "4013   Ulvbacka kommun                   900 000       850 000",
        "4014   Rävsjö kommun                     600 000       550 000",
        "       Summa                           6 000 000     5 600 000",
      ]),
    ).toEqual([]);
  });
});

describe("one fee column naming no year under a caption naming the members' fees", () => {
  const table = [
    "Medlem            Andel        Belopp",
    "Staten            50,0 %    3 000 000",
    "Region Ulvmark    25,0 %    1 500 000",
    "Ulvbacka kommun   15,0 %      900 000",
    "Rävsjö kommun     10,0 %      600 000",
    "Totalt           100,0 %    6 000 000",
  ];

  it("is the report year's where every own member adds up to its total and the state's half holds", () => {
    expect(read(["Medlemsbidrag per medlem", ...table], 2025, undefined, true)).toEqual([
      "Staten=3000000@3",
      "Region Ulvmark=1500000@4",
      "Ulvbacka kommun=900000@5",
      "Rävsjö kommun=600000@6",
    ]);
  });

  it("is nothing without the registry's members to prove the list whole", () => {
    expect(read(["Medlemsbidrag per medlem", ...table])).toEqual([]);
  });

  it("is nothing under a heading over a budget", () => {
    expect(read(["Budget för 2026", "", "Medlemsbidrag per medlem", ...table], 2025, undefined, true)).toEqual([]);
  });

  it("is nothing in a plan of operations", () => {
    expect(read(["Medlemsbidrag per medlem", ...table], 2025, "p40-ulvbacka/2025-operational-plan", true)).toEqual([]);
  });

  it("is nothing where the members break the total", () => {
    const broken = table.map((l) => l.replace("600 000", "650 000"));
    expect(read(["Medlemsbidrag per medlem", ...broken], 2025, undefined, true)).toEqual([]);
  });
});

/** The member contributions board minutes give, as "member=sek@line year basis". */
const minutesFees = (body: string[]) =>
  (
    parseMinutes(
      new DocumentText(
        "p40-ulvbacka/2026-02-20-board-minutes",
        [
          "PROTOKOLL fört vid sammanträde med styrelsen för Samordningsförbundet Ulvbacka",
          "fredagen den 20 februari 2026",
          "",
          ...body,
          "",
        ],
        2026,
      ),
      { date: "2026-02-20", kind: "board_minutes" },
    ).facts as { table: string; member: string; amount_sek: number; line: number; year: number; basis: string }[]
  )
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}=${f.amount_sek}@${f.line} ${f.year} ${f.basis}`);

describe("the members' contributions in minutes' item on a closed year's annual report", () => {
  it("reads the year's list as that year's outcome", () => {
    expect(
      minutesFees([
        "§ 4 Årsredovisning 2025",
        "Förbundschefen redovisade bokslutet. Medlemsbidragen för 2025 var 6 000 000 kronor: staten",
        "3 000 000, Region Ulvmark 1 500 000, Ulvbacka kommun 900 000 och Rävsjö kommun 600 000.",
        "Styrelsen beslutar",
        "att godkänna årsredovisningen för 2025.",
      ]),
    ).toEqual([
      "Staten=3000000@6 2025 actual",
      "Region Ulvmark=1500000@6 2025 actual",
      "Ulvbacka kommun=900000@6 2025 actual",
      "Rävsjö kommun=600000@6 2025 actual",
    ]);
  });

  it("reads the same list in an item on next year's budget as no outcome", () => {
    expect(
      minutesFees([
        "§ 5 Budget 2027",
        "Förbundschefen redovisade förslaget. Medlemsbidragen föreslås bli 6 000 000 kronor: staten",
        "3 000 000, Region Ulvmark 1 500 000, Ulvbacka kommun 900 000 och Rävsjö kommun 600 000.",
      ]).filter((f) => f.endsWith("actual")),
    ).toEqual([]);
  });

  it("reads no repayment of equity split among the members in the annual report's item", () => {
    expect(
      minutesFees([
        "§ 4 Årsredovisning 2025",
        "Förbundschefen redovisade bokslutet. Styrelsen har beslutat att återbetala 1 200 000 kr av",
        "det egna kapitalet till medlemmarna: staten 600 000 kr, Region Ulvmark 300 000 kr, Ulvbacka",
        "kommun 180 000 kr och Rävsjö kommun 120 000 kr.",
      ]),
    ).toEqual([]);
  });

  it("reads no closed year's list in words that set the fees, one a line under the lead", () => {
    expect(
      minutesFees([
        "§ 4 Årsredovisning 2025",
        "Förbundschefen redovisade bokslutet. Medlemsavgifterna för 2025 fastställdes till:",
        "  Staten                 3 000 000 kr",
        "  Region Ulvmark         1 500 000 kr",
        "  Ulvbacka kommun          900 000 kr",
        "  Rävsjö kommun            600 000 kr",
      ]).filter((f) => f.endsWith("2025 actual")),
    ).toEqual([]);
  });

  it("reads no list of next year's fees in the annual report's item as the closed year's", () => {
    expect(
      minutesFees([
        "§ 4 Årsredovisning 2025",
        "Förbundschefen redovisade bokslutet. Medlemsbidragen för 2026 blir 6 400 000 kronor: staten",
        "3 200 000, Region Ulvmark 1 600 000, Ulvbacka kommun 960 000 och Rävsjö kommun 640 000.",
      ]).filter((f) => f.includes("2025")),
    ).toEqual([]);
  });
});

describe("one member a sentence, the municipalities' sentence naming each", () => {
  const text = (year: string, last = "600 000") => [
    `Försäkringskassan och Arbetsförmedlingen betalade tillsammans 3 000 000 kronor till förbundet under ${year}.`,
    "Region Ulvmark bidrog med 1 500 000 kronor. Av kommunerna betalade Ulvbacka 900 000 kronor",
    `och Rävsjö ${last} kronor.`,
  ];

  it("reads the chain of sentences as one list, dated by the first sentence's year", () => {
    expect(read(text("2025"))).toEqual([
      "Staten=3000000@1",
      "Region Ulvmark=1500000@2",
      "Ulvbacka=900000@2",
      "Rävsjö=600000@3",
    ]);
  });

  it("reads nothing as the report year's where the first sentence names an earlier year", () => {
    expect(read(text("2024"))).toEqual([]);
  });

  it("reads nothing where the municipalities' parts break the state's half", () => {
    expect(read(text("2025", "650 000"))).toEqual([]);
  });
});

describe("lists whose amounts stand before their members", () => {
  it("reads one amount and its member a line, an item number, plus signs and the sum after '=' aside", () => {
    expect(
      read([
        "4  MEDLEMSBIDRAG 2025",
        "",
        "4.1  3 000 000 staten (Försäkringskassan och Arbetsförmedlingen)",
        "     + 1 500 000 Region Ulvmark",
        "     + 900 000 Ulvbacka kommun",
        "     + 600 000 Rävsjö kommun                 = 6 000 000 intäkter      OK",
      ]),
    ).toEqual(["Staten=3000000@3", "Region Ulvmark=1500000@4", "Ulvbacka kommun=900000@5", "Rävsjö kommun=600000@6"]);
  });

  it("reads an amount's line over its member's, pairs apart by blank lines, under a caption naming no year", () => {
    expect(
      read([
        "VAD MEDLEMMARNA BETALADE (tkr)",
        "",
        "3 000",
        "Försäkringskassan och Arbetsförmedlingen",
        "",
        "1 500",
        "Region Ulvmark",
        "",
        "900",
        "Ulvbacka kommun",
        "",
        "600",
        "Rävsjö kommun",
      ]),
    ).toEqual(["Staten=3000000@3", "Region Ulvmark=1500000@6", "Ulvbacka kommun=900000@9", "Rävsjö kommun=600000@12"]);
  });

  it("reads a caption naming a later year as that year's budget, never the report year's outcome", () => {
    expect(
      read([
        "MEDLEMSBIDRAG 2026",
        "3 000 000 staten",
        "+ 1 500 000 Region Ulvmark",
        "+ 900 000 Ulvbacka kommun",
        "+ 600 000 Rävsjö kommun",
      ]).filter((f) => !f.endsWith("2026 budget")),
    ).toEqual([]);
  });

  it("reads no yearless list outside a report on one year, nor under a caption about the coming year", () => {
    const pairs = [
      "",
      "3 000",
      "Staten",
      "",
      "1 500",
      "Region Ulvmark",
      "",
      "900",
      "Ulvbacka kommun",
      "",
      "600",
      "Rävsjö kommun",
    ];
    expect(read(["VAD MEDLEMMARNA BETALADE (tkr)", ...pairs], 2025, "p40-ulvbacka/2025-11-20-board-minutes")).toEqual(
      [],
    );
    expect(read(["VAD MEDLEMMARNA SKA BETALA NÄSTA ÅR (tkr)", ...pairs])).toEqual([]);
  });

  it("reads no grants to interventions nor a list that breaks the state's half", () => {
    expect(
      read([
        "Bidrag till insatser 2025",
        "3 000 000 staten",
        "+ 1 500 000 Region Ulvmark",
        "+ 900 000 Ulvbacka kommun",
        "+ 600 000 Rävsjö kommun",
      ]),
    ).toEqual([]);
    expect(
      read([
        "Medlemsbidrag 2025",
        "3 000 000 staten",
        "+ 1 500 000 Region Ulvmark",
        "+ 900 000 Ulvbacka kommun",
        "+ 650 000 Rävsjö kommun",
      ]),
    ).toEqual([]);
  });
});

describe("the municipalities' part split in a sentence of its own", () => {
  it("reads the parts after 'Kommunernas <amount> fördelades efter invånarantal:', the genitive no member", () => {
    expect(
      read([
        "Medlemsbidragen 2025 var totalt 6 000 tkr, varav staten 3 000 tkr och Region Ulvmark 1 500 tkr.",
        "Kommunernas 1 500 tkr fördelades efter invånarantal: Ulvbacka 900 tkr och Rävsjö 600 tkr.",
      ]),
    ).toEqual(["Staten=3000000@1", "Region Ulvmark=1500000@1", "Ulvbacka=900000@2", "Rävsjö=600000@2"]);
  });

  it("reads the parts after 'Kommunernas fjärdedel fördelades efter folkmängd:' with the state set off by commas", () => {
    expect(
      read([
        "Staten, genom Försäkringskassan och Arbetsförmedlingen, bidrog med 3 000 000 kronor och",
        "Region Ulvmark med 1 500 000 kronor. Kommunernas fjärdedel fördelades efter folkmängd:",
        "Ulvbacka kommun 900 000 kronor och Rävsjö kommun 600 000 kronor.",
      ]),
    ).toEqual(["Staten=3000000@1", "Region Ulvmark=1500000@2", "Ulvbacka kommun=900000@3", "Rävsjö kommun=600000@3"]);
  });

  it("reads nothing where the parts break the municipalities' sum or the state's half", () => {
    expect(
      read([
        "Medlemsbidragen 2025 var totalt 6 000 tkr, varav staten 3 000 tkr och Region Ulvmark 1 500 tkr.",
        "Kommunernas 1 500 tkr fördelades efter invånarantal: Ulvbacka 900 tkr och Rävsjö 650 tkr.",
      ]),
    ).toEqual([]);
    expect(
      read([
        "Staten, genom Försäkringskassan och Arbetsförmedlingen, bidrog med 3 000 000 kronor och",
        "Region Ulvmark med 1 500 000 kronor. Kommunernas fjärdedel fördelades efter folkmängd:",
        "Ulvbacka kommun 900 000 kronor och Rävsjö kommun 650 000 kronor.",
      ]),
    ).toEqual([]);
  });

  it("never stores the municipalities' genitive as a member", () => {
    expect(
      read(["Kommunernas 1 500 tkr fördelades efter invånarantal mellan de två kommunerna."]).filter((f) =>
        f.startsWith("Kommunernas"),
      ),
    ).toEqual([]);
  });
});

describe("one member's fee named by its genitive, the others in a bracket, in a bullet of its own", () => {
  const bullets = (fee: string, lead = "Ur årsredovisningen för 2025:") => [
    lead,
    "- 140 deltagare, varav 60 nya under året",
    "- intäkter 6 000 tkr, kostnader 6 200 tkr, årets resultat –200 tkr",
    `- Ulvbackas medlemsavgift var 900 tkr (Rävsjö ${fee} tkr, regionen 1 500 tkr, staten 3 000 tkr)`,
  ];

  it("reads the genitive's member and the bracket's members, the bullets above saying nothing of the fees", () => {
    expect(read(bullets("600"))).toEqual([
      "Ulvbacka=900000@4",
      "Rävsjö=600000@4",
      "Regionen=1500000@4",
      "Staten=3000000@4",
    ]);
  });

  it("reads nothing where the members break the state's half", () => {
    expect(read(bullets("650"))).toEqual([]);
  });

  it("dates the list by the bullets' lead line: a later year is a budget, never the report's outcome", () => {
    expect(read(bullets("600", "Ur budgeten för 2026:")).filter((f) => !f.endsWith("2026 budget"))).toEqual([]);
  });

  it("reads no genitive of a word that is no member as a member", () => {
    expect(
      read(["Förbundets avgift var 900 tkr (Rävsjö 600 tkr, regionen 1 500 tkr, staten 3 000 tkr)."]).filter((f) =>
        f.startsWith("Förbund"),
      ),
    ).toEqual([]);
  });
});

describe("a list compared with a plan for later years", () => {
  const list = [
    "  Staten (Försäkringskassan och Arbetsförmedlingen)   3 000 000 kr",
    "  Region Ulvmark                                      1 500 000 kr",
    "  Ulvbacka kommun                                       900 000 kr",
    "  Rävsjö kommun                                         600 000 kr",
  ];

  it("is the named year's outcome where the plan is only compared with", () => {
    expect(read(["Medlemsbidragen var 2025 desamma som styrelsen föreslår för 2026–2028:", ...list])).toEqual([
      "Staten=3000000@2",
      "Region Ulvmark=1500000@3",
      "Ulvbacka kommun=900000@4",
      "Rävsjö kommun=600000@5",
    ]);
  });

  it("is the later year's budget where that year's fees are proposed the same as the report year's", () => {
    expect(
      read(["Medlemsbidragen för 2026 föreslås bli desamma som för 2025:", ...list]).filter(
        (f) => !f.endsWith("2026 budget"),
      ),
    ).toEqual([]);
  });
});

describe("a list in running text opening on a municipality's genitive with its year", () => {
  it("reads 'Ulvbacka kommuns medlemsbidrag 2025 var …' and the members after it", () => {
    expect(
      read([
        "Ulvbacka kommuns medlemsbidrag 2025 var 900 000 kronor, Rävsjö kommun betalade",
        "600 000 kronor, Region Ulvmark 1 500 000 kronor och staten via Försäkringskassan",
        "och Arbetsförmedlingen 3 000 000 kronor.",
      ]),
    ).toEqual(["Ulvbacka kommun=900000@1", "Rävsjö kommun=600000@2", "Region Ulvmark=1500000@2", "Staten=3000000@3"]);
  });

  it("dates it by the genitive's year: an earlier year's list is not the report year's", () => {
    expect(
      read([
        "Ulvbacka kommuns medlemsbidrag 2024 var 900 000 kronor, Rävsjö kommun betalade",
        "600 000 kronor, Region Ulvmark 1 500 000 kronor och staten via Försäkringskassan",
        "och Arbetsförmedlingen 3 000 000 kronor.",
      ]),
    ).toEqual([]);
  });

  it("leaves the state's money sentence heading the others' list as before", () => {
    expect(
      read([
        "Statens bidrag 2025 var 3 000 tkr. Medlemmarnas bidrag motsvarade statens: Region Ulvmark 1 500 tkr och",
        "kommunerna 1 500 tkr (Ulvbacka 900 tkr och Rävsjö 600 tkr).",
      ]),
    ).toEqual(["Staten=3000000@1", "Region Ulvmark=1500000@1", "Ulvbacka=900000@2", "Rävsjö=600000@2"]);
  });
});

describe("a list wrapped inside a drawn box", () => {
  it("reads the next line opening on the list's separator as the rest of the list", () => {
    expect(
      read([
        "2025 I KORTHET",
        "Medlemsavgifter: staten 3 000 000 kr · Region Ulvmark 1 500 000 kr",
        "· Ulvbacka kommun 900 000 kr · Rävsjö kommun 600 000 kr",
      ]),
    ).toEqual(["Staten=3000000@2", "Region Ulvmark=1500000@2", "Ulvbacka kommun=900000@3", "Rävsjö kommun=600000@3"]);
  });

  it("reads no next line that opens on a separator and breaks the state's half", () => {
    expect(
      read([
        "2025 I KORTHET",
        "Medlemsavgifter: staten 3 000 000 kr · Region Ulvmark 1 500 000 kr",
        "· Ulvbacka kommun 900 000 kr · Rävsjö kommun 700 000 kr",
      ]),
    ).toEqual([]);
  });
});

describe("long-format rows of the members' fees", () => {
  const rows = (years: string[]) => [
    "Insats                  Mått                              Kön       År    Värde   Enhet",
    "Förbundet               Intäkter                          –         2025  6 010 000  kr",
    `Medlemsbidrag           Staten (FK och AF)                –         ${years[0]}  3 000 000  kr`,
    `Medlemsbidrag           Region Ulvmark                    –         ${years[1]}  1 500 000  kr`,
    `Medlemsbidrag           Ulvbacka kommun                   –         ${years[2]}    900 000  kr`,
    `Medlemsbidrag           Rävsjö kommun                     –         ${years[3]}    600 000  kr`,
  ];

  it("reads a run of one year's rows as that year's list", () => {
    expect(read(rows(["2025", "2025", "2025", "2025"]))).toEqual([
      "Staten=3000000@3",
      "Region Ulvmark=1500000@4",
      "Ulvbacka kommun=900000@5",
      "Rävsjö kommun=600000@6",
    ]);
  });

  it("reads no run whose rows name different years", () => {
    expect(read(rows(["2025", "2025", "2024", "2024"]))).toEqual([]);
  });

  it("reads a later year's rows as that year's budget, never the report year's outcome", () => {
    expect(read(rows(["2026", "2026", "2026", "2026"])).filter((f) => !f.endsWith("2026 budget"))).toEqual([]);
  });
});
