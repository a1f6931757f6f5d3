import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import {
  memberOf,
  memberOfWrapped,
  minutesMemberTables,
} from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) => new DocumentText("granby/2024-annual-report", lines, 2024);
const contributions = (lines: string[]) =>
  (parseStatements(doc(lines)).facts as AnyFact[])
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}:${f.year}=${f.amount_sek}@${f.line}`);

const NOTE = [
  "Noter",
  "",
  "Not 2 Verksamhetens intäkter                                            2024                      2023",
  "Medlemsavgifter",
  "  Staten (Försäkringskassan och",
  "  Arbetsförmedlingen)                                              3 000 000                 2 900 000",
  "  Region Granland                                                  1 500 000                 1 450 000",
  "  Granby kommun                                                    1 500 000                 1 450 000",
  "Summa medlemsavgifter                                              6 000 000                 5 800 000",
];

describe("a member's name wrapped over two lines in a note", () => {
  it("joins the name's two lines and stores the row for both years", () => {
    expect(contributions(NOTE)).toEqual(
      expect.arrayContaining([
        "Staten (Försäkringskassan och Arbetsförmedlingen):2024=3000000@6",
        "Staten (Försäkringskassan och Arbetsförmedlingen):2023=2900000@6",
        "Region Granland:2024=1500000@7",
      ]),
    );
  });

  it("must not join a finished label to the line above, nor a line above that has numbers", () => {
    const d = doc([
      "Staten (Försäkringskassan och",
      "Övriga intäkter) 12 000",
      "Region Granland 1 500 000",
      "Arbetsförmedlingen) 3 000 000",
      "",
      "Bidrag från",
      "Övriga 4 000",
    ]);
    // A closing bracket is unfinished, but the joined text names no member.
    expect(memberOfWrapped(d, { label: "Övriga intäkter)", line: 2 })).toBeNull();
    // The line above has a number: it is a row of its own, not the start of a name.
    expect(memberOfWrapped(d, { label: "Arbetsförmedlingen)", line: 4 })).toBeNull();
    // A label that stands on its own is not joined.
    expect(memberOfWrapped(d, { label: "Övriga", line: 7 })).toBeNull();
  });
});

describe("member contributions in running text", () => {
  const read = (lines: string[], year = 2024) => {
    const out = parseStatements(new DocumentText("granby/2024-annual-report", lines, year));
    return {
      facts: (out.facts as AnyFact[])
        .filter((f) => f.table === "member_contribution")
        .map((f) => `${f.member}:${f.year}${f.basis === "budget" ? " budget" : ""}=${f.amount_sek}@${f.line}`),
      findings: out.findings.filter((f) => f.subject === "general:member_contributions"),
    };
  };

  it("marks a list's members as confirmed by their sum to the total", () => {
    const out = parseStatements(
      new DocumentText(
        "granby/2024-annual-report",
        ["Medlemmarna betalade tillsammans 3 000 tkr: staten 1 500 tkr och Region Granland 1 500 tkr."],
        2024,
      ),
    );
    const listed = (out.facts as AnyFact[]).filter((f) => f.table === "member_contribution");
    expect(listed.map((f) => f.confirmed_by)).toEqual([["contributions_sum"], ["contributions_sum"]]);
  });

  it("stores a list after the members' total when the members add up to it, passing over a subtotal", () => {
    const { facts } = read([
      "- Medlemmarna betalade tillsammans 4 000 tkr: staten 2 000 tkr, Region Granland 1 000 tkr och",
      "  kommunerna 1 000 tkr, varav Granby kommun 600 tkr och Åmots kommun 400 tkr.",
    ]);
    expect(facts).toEqual([
      "staten:2024=2000000@1",
      "Region Granland:2024=1000000@1",
      "Granby kommun:2024=600000@2",
      "Åmots kommun:2024=400000@2",
    ]);
  });

  it("reads a list introduced by 'fördelat på' after the total", () => {
    expect(
      read([
        "Medlemsavgifterna uppgick till 3 000 tkr, fördelat på staten 1 500 tkr, Region Granland 750 tkr och Granby kommun 750 tkr.",
      ]).facts,
    ).toEqual(["staten:2024=1500000@1", "Region Granland:2024=750000@1", "Granby kommun:2024=750000@1"]);
  });

  it("must not store a list that does not add up to its total, nor the total or the subtotal", () => {
    const { facts, findings } = read([
      "Medlemmarna betalade tillsammans 4 000 tkr: staten 2 000 tkr, Region Granland 1 000 tkr och",
      "kommunerna 1 000 tkr, varav Granby kommun 600 tkr och Åmots kommun 300 tkr.",
    ]);
    expect(facts).toEqual([]);
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/add up to 3900000 kr, not to .* 4000000/)]);
  });

  it("must not store a budgeted list as the outcome, nor another year's", () => {
    expect(
      read(["Medlemmarna betalar enligt budget tillsammans 4 000 tkr: staten 2 000 tkr och Region Granland 2 000 tkr."])
        .facts,
    ).toEqual(["Staten:2024 budget=2000000@1", "Region Granland:2024 budget=2000000@1"]);
    expect(
      read(["Under 2023 uppgick medlemsavgifterna till 4 000 tkr: staten 2 000 tkr och Region Granland 2 000 tkr."])
        .facts,
    ).toEqual([]);
  });

  it("reads a total whose clause names the report's year, and not one naming another year", () => {
    const list = (year: string) => [
      `Medlemsavgifterna för helåret ${year} uppgick till 3 000 tkr och fördelades enligt förbundsordningen:`,
      "staten 1 500 tkr, Region Granland 750 tkr och Granby kommun 750 tkr.",
    ];
    expect(read(list("2024")).facts).toEqual([
      "staten:2024=1500000@2",
      "Region Granland:2024=750000@2",
      "Granby kommun:2024=750000@2",
    ]);
    expect(read(list("2023")).facts).toEqual([]);
  });

  it("stores one member's fee stated in a sentence of its own", () => {
    expect(
      read(["Granby kommuns medlemsavgift till förbundet uppgick 2024 till 660 000 kronor, vilket är 55"], 2024).facts,
    ).toEqual(["Granby kommun:2024=660000@1"]);
  });

  it("must not take a fee for another year, a subtotal of the municipalities or a planned fee", () => {
    const { facts } = read(
      [
        "Granby kommuns medlemsavgift till förbundet uppgick 2023 till 640 000 kronor.",
        "Kommunernas medlemsavgift till förbundet uppgick till 1 200 000 kronor.",
        "Granby kommuns medlemsavgift till förbundet blir 700 000 kronor nästa år.",
        "Varje kommuns medlemsavgift till förbundet uppgick till 500 000 kronor.",
      ],
      2024,
    );
    expect(facts).toEqual([]);
  });
});

describe("member rows named after the word for the fee", () => {
  it("reads 'Medlemsavgift X' as X's row, and a name whose first line ends on 'och' as one member", () => {
    expect(memberOf("Medlemsavgift Region Granland")).toBe("Region Granland");
    expect(memberOf("Medlemsavgift Åmots kommun")).toBe("Åmots kommun");
    const rows = contributions([
      "Not 1 Verksamhetens intäkter                                  2024            2023",
      "Medlemsavgift Försäkringskassan och",
      "Arbetsförmedlingen                                       4 000 000       3 900 000",
      "Medlemsavgift Region Granland                            2 000 000       1 950 000",
      "Summa medlemsavgifter                                    6 000 000       5 850 000",
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        "Försäkringskassan och Arbetsförmedlingen:2024=4000000@3",
        "Region Granland:2024=2000000@4",
      ]),
    );
    expect(rows.some((r) => r.startsWith("Arbetsförmedlingen:"))).toBe(false);
  });

  it("must not take a total, a subtotal or a finished row above for a member's name", () => {
    expect(memberOf("Medlemsavgifter totalt")).toBeNull();
    expect(memberOf("Medlemsavgifter kommunerna")).toBeNull();
    const d = doc([
      "Region Granland och",
      "Arbetsförmedlingen 4 000 000",
      "Region Granland 2 000 000",
      "Åmots kommun 1 000 000",
    ]);
    // "Region Granland och Arbetsförmedlingen" names no single member.
    expect(memberOfWrapped(d, { label: "Arbetsförmedlingen", line: 2 })).toBeNull();
    // The line above is a row of its own (it has a number).
    expect(memberOfWrapped(d, { label: "Åmots kommun", line: 4 })).toBeNull();
  });
});

describe("a members' note with a share column", () => {
  const SHARES = [
    "Noter",
    "",
    "Not 2 Verksamhetens intäkter",
    "Bidragen fördelas efter lagen: staten 50 procent, regionen 25 procent och",
    "kommunerna 25 procent efter folkmängd.",
    "",
    "Medlem                         Andel        Bidrag 2024, kr",
    "Staten                          50 %              4 000 000",
    "Region Lundmark                 25 %              2 000 000",
    "Lundby kommun                 17,5 %              1 400 000",
    "Åsby kommun                    7,5 %                600 000",
    "Summa medlemsbidrag            100 %              8 000 000",
  ];

  it("reads the amounts under a header whose sentence stands above it, and never a share as an amount", () => {
    const c = contributions(SHARES);
    expect(c).toEqual(
      expect.arrayContaining([
        "Staten:2024=4000000@8",
        "Region Lundmark:2024=2000000@9",
        "Lundby kommun:2024=1400000@10",
        "Åsby kommun:2024=600000@11",
      ]),
    );
    expect(c.some((x) => /=(50|25|17\.5|7\.5|100)@/.test(x))).toBe(false);
  });

  it("must not store a row whose share is not its amount over the total", () => {
    const wrong = SHARES.map((l) =>
      l.replace("Lundby kommun                 17,5 %", "Lundby kommun                 27,5 %"),
    );
    const out = parseStatements(doc(wrong));
    const c = (out.facts as AnyFact[]).filter((f) => f.table === "member_contribution").map((f) => f.member);
    expect(c).not.toContain("Lundby kommun");
    expect(c).toContain("Åsby kommun");
    expect(out.findings.some((f) => f.check_id === "contribution.share_mismatch" && f.line === 10)).toBe(true);
  });
});

describe("a members' table drawn with pipes (Markdown)", () => {
  const MD = [
    "## Budget 2026",
    "",
    "Medlemmarnas bidrag 2026 (budget):",
    "",
    "| Medlem                 | Belopp, kr |",
    "| ---------------------- | ---------: |",
    "| Staten                 |  3 200 000 |",
    "| Region Lundmark        |  1 600 000 |",
    "| Lundby kommun          |  1 600 000 |",
    "| **Summa**              | **6 400 000** |",
  ];

  it("reads its rows as the year's budget the caption names ('2026 (budget)')", () => {
    expect(contributions(MD)).toEqual(
      expect.arrayContaining([
        "Staten:2026=3200000@7",
        "Region Lundmark:2026=1600000@8",
        "Lundby kommun:2026=1600000@9",
      ]),
    );
    const basis = (parseStatements(doc(MD)).facts as AnyFact[]).filter((f) => f.table === "member_contribution");
    expect(basis.every((f) => f.basis === "budget")).toBe(true);
  });

  it("must not store the bold total as a member's, nor read a pipe table's rule as a row", () => {
    const c = contributions(MD);
    expect(c.some((x) => x.includes("6400000"))).toBe(false);
    expect(c).toHaveLength(3);
  });
});

describe("the state's name with a comma", () => {
  it("names the state as the registry's alias does, and must not join two members that are not the agencies", () => {
    expect(memberOf("Staten (Försäkringskassan, Arbetsförmedlingen)")).toBe(
      "Staten (Försäkringskassan och Arbetsförmedlingen)",
    );
    expect(memberOf("Staten (Region Lundmark, Lundby kommun)")).toBeNull();
  });
  it("reads a plus between the agencies as the comma, and joins nothing else by it", () => {
    expect(memberOf("Staten (FK + AF)")).toBe("Staten (FK och AF)");
    expect(memberOf("Staten (Region Lundmark + Lundby kommun)")).toBeNull();
  });
});

describe("a sentence above a note's rows", () => {
  it("must not make the sentence's percentages a header or a row: without a header with a year nothing is stored", () => {
    const c = contributions([
      "Noter",
      "",
      "Not 2 Verksamhetens intäkter",
      "Bidragen fördelas efter lagen: staten 50 procent, regionen 25 procent och",
      "kommunerna 25 procent efter folkmängd.",
      "Lundby kommun                   1 400 000",
    ]);
    expect(c).toEqual([]);
  });
});

describe("the state's part paid through an agency", () => {
  it("reads 'Försäkringskassan (statens andel)' as the state", () => {
    expect(memberOf("Försäkringskassan (statens andel)")).toBe("Staten");
    expect(memberOf("Försäkringskassan")).toBe("Försäkringskassan");
  });
  it("does not make a region or a municipality the state (must not fire)", () => {
    expect(memberOf("Region Västmark (statens andel)")).toBeNull();
    expect(memberOf("Ekby kommun (statens andel)")).toBeNull();
  });
});

describe("member tables in working-committee minutes", () => {
  const minutes = (rows: string[]) =>
    new DocumentText(
      "vallby/2024-09-12-committee-minutes",
      [
        "§ 14  Budget 2025",
        "",
        "Förslag till medlemsavgifter 2025 (kronor)",
        "",
        "Medlem                          Andel     Avgift 2025    Förändring mot 2024",
        ...rows,
        "",
        "Arbetsutskottet föreslår styrelsen att fastställa avgifterna enligt förslaget.",
      ],
      2024,
    );
  const rows = [
    "Staten (FK och AF)              50,0 %      3 000 000              +150 000",
    "Region Vallmark                 25,0 %      1 500 000               +75 000",
    "Vallby kommun                   25,0 %      1 500 000               -20 000",
    "Totalt                         100,0 %      6 000 000              +205 000",
  ];

  it("stores each member's fee for next year as a budget, never a share, a change or the total", () => {
    const facts = minutesMemberTables(minutes(rows)).facts as AnyFact[];
    expect(facts.map((f) => [f.member, f.year, f.basis, f.amount_sek, f.line])).toEqual([
      ["Staten (FK och AF)", 2025, "budget", 3000000, 6],
      ["Region Vallmark", 2025, "budget", 1500000, 7],
      ["Vallby kommun", 2025, "budget", 1500000, 8],
    ]);
  });

  it("stores nothing where the rows do not add up to the total, or no total stands under them (must not fire)", () => {
    const off = [...rows.slice(0, 3), "Totalt                         100,0 %      6 100 000              +205 000"];
    const out = minutesMemberTables(minutes(off));
    expect(out.facts).toEqual([]);
    expect(out.findings.map((f) => f.line)).toEqual([3]);
    expect(minutesMemberTables(minutes(rows.slice(0, 3))).facts).toEqual([]);
  });
});

describe("amounts written with 'kr' in their cells", () => {
  const TABLE = [
    "Alla belopp i tkr om inte annat anges.",
    "",
    "Medlemsavgifter 2024",
    "Medlem                               Avgift 2024       Andel",
    "Staten (FK och AF)                    3 000 000 kr      50 %",
    "Region Granland                       1 500 000 kr      25 %",
    "Granby kommun                         1 500 000 kr      25 %",
    "Totalt                                6 000 000 kr     100 %",
  ];
  it("reads each cell's number, in kronor whatever the document's unit", () => {
    expect(contributions(TABLE)).toEqual([
      "Staten (FK och AF):2024=3000000@5",
      "Region Granland:2024=1500000@6",
      "Granby kommun:2024=1500000@7",
    ]);
  });
  it("takes no row and no unit from 'kr' inside a sentence (must not fire)", () => {
    const prose = [
      "Medlemsavgifter 2024",
      "Medlem                               Avgift 2024",
      "Region Granland betalar 25 kr per invånare och år enligt förbundsordningen",
    ];
    expect(contributions(prose)).toEqual([]);
  });
});

describe("the members' fees listed under a lead", () => {
  const read = (lines: string[], year = 2024) =>
    (parseStatements(new DocumentText("granby/2024-annual-report", lines, year)).facts as AnyFact[])
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}:${f.year}:${f.basis}=${f.amount_sek}@${f.line}`);

  it("reads a dash list under a lead with the report's year and a colon", () => {
    expect(
      read([
        "Avgifter från medlemmarna 2024:",
        "- Staten via Försäkringskassan: 2 000 000 kr",
        "- Region Granland: 1 000 000 kr",
        "- Granby kommun: 600 000 kr",
        "- Åmots kommun: 400 000 kr",
        "",
        "Styrelsen tackar medlemmarna.",
      ]),
    ).toEqual([
      "Staten:2024:actual=2000000@2",
      "Region Granland:2024:actual=1000000@3",
      "Granby kommun:2024:actual=600000@4",
      "Åmots kommun:2024:actual=400000@5",
    ]);
  });

  it("reads one line cut by middle dots under a heading, and lines under a lead whose paragraph names the fees", () => {
    expect(
      read([
        "Så fördelades medlemmarnas bidrag",
        "Staten 2,0 mnkr · Region Granland 1,0 mnkr · Granby kommun 1,0 mnkr",
      ]),
    ).toEqual([
      "Staten:2024:actual=2000000@2",
      "Region Granland:2024:actual=1000000@2",
      "Granby kommun:2024:actual=1000000@2",
    ]);
    expect(
      read([
        "Medlemsavgifter",
        "Regionen betalade en fjärdedel av medlemsavgifterna. Kommunernas del fördelades så här:",
        "",
        "  Granby kommun      600 tkr",
        "  Åmots kommun       400 tkr",
      ]),
    ).toEqual(["Granby kommun:2024:actual=600000@4", "Åmots kommun:2024:actual=400000@5"]);
  });

  it("must not read a list for another year, a proposal, a budget or a list with one item that is no member", () => {
    const items = ["- Region Granland: 1 000 000 kr", "- Granby kommun: 600 000 kr"];
    expect(read(["Medlemsavgifter 2025:", ...items])).toEqual([]);
    expect(read(["Förslag till medlemsavgifter:", ...items])).toEqual([]);
    expect(read(["Budget 2025", "", "Medlemsavgifterna fördelas så här:", ...items])).toEqual([]);
    expect(read(["Medlemsavgifter 2024:", ...items, "- Projektet Steget: 300 000 kr"])).toEqual([]);
    // A lead about something else than the members' money, and a list of two amounts a line.
    expect(read(["Kostnaderna fördelades så här:", ...items])).toEqual([]);
    expect(read(["Medlemsavgifter 2024:", "- Region Granland: 1 000 000 kr (2023: 950 000 kr)", items[1]!])).toEqual(
      [],
    );
  });

  it("reads the parts under a labelled total of the members' money where they add up to it", () => {
    expect(
      read([
        "EKONOMI",
        "Intäkter (medlemsavgifter): 4 000 tkr",
        "– varav staten: 2 000 tkr",
        "– varav Region Granland: 1 000 tkr",
        "– varav kommunerna: 1 000 tkr",
        "Kostnader: 4 100 tkr",
      ]),
    ).toEqual(["staten:2024:actual=2000000@3", "Region Granland:2024:actual=1000000@4"]);
  });

  it("must not read parts that do not add up, a part that is no member's, or a total for another year", () => {
    const parts = ["– varav staten: 2 000 tkr", "– varav Region Granland: 1 000 tkr"];
    expect(read(["Intäkter (medlemsavgifter): 4 000 tkr", ...parts])).toEqual([]);
    expect(read(["Intäkter (medlemsavgifter): 3 500 tkr", ...parts, "– varav projektet Steget: 500 tkr"])).toEqual([]);
    expect(read(["Medlemsavgifter 2023: 3 000 tkr", ...parts])).toEqual([]);
  });

  it("stores nothing where a total item is not the sum of the members", () => {
    expect(
      read(["Medlemsavgifter 2024:", "Region Granland 1 000 tkr", "Granby kommun 600 tkr", "Summa 1 500 tkr"]),
    ).toEqual([]);
    expect(
      read(["Medlemsavgifter 2024:", "Region Granland 1 000 tkr", "Granby kommun 600 tkr", "Summa 1 600 tkr"]),
    ).toEqual(["Region Granland:2024:actual=1000000@2", "Granby kommun:2024:actual=600000@3"]);
  });
});

describe("stop 29: a fee table under an item heading with its § number, an agency for the state", () => {
  const minutes = (heading: string, rows: string[]) =>
    new DocumentText(
      "vallby/2024-09-12-committee-minutes",
      [
        heading,
        "Kommunernas del fördelas efter folkmängden.",
        "",
        "Medlem               Invånare     Andel    Avgift 2025 (kr)",
        ...rows,
        "",
        "Arbetsutskottet beslutar att föreslå styrelsen att fastställa avgifterna enligt tabellen.",
      ],
      2024,
    );
  const rows = [
    "Arbetsförmedlingen          –     50 %           3 000 000",
    "Region Vallmark             –     25 %           1 500 000",
    "Vallby kommun          24 310     25 %           1 500 000",
    "Totalt                 24 310    100 %           6 000 000",
  ];

  it("reads the table under '§ 9 Förslag till medlemsavgifter 2025', the one agency paying the others' sum as the state", () => {
    const facts = minutesMemberTables(minutes("§ 9 Förslag till medlemsavgifter 2025", rows)).facts as AnyFact[];
    expect(facts.map((f) => [f.member, f.year, f.basis, f.amount_sek])).toEqual([
      ["Staten", 2025, "budget", 3000000],
      ["Region Vallmark", 2025, "budget", 1500000],
      ["Vallby kommun", 2025, "budget", 1500000],
    ]);
  });

  it("must not read the table under another item's heading, nor name the agency the state where its fee is not the others' sum", () => {
    expect(minutesMemberTables(minutes("§ 9 Ansökan om medel 2025", rows)).facts).toEqual([]);
    const off = [
      "Arbetsförmedlingen          –     40 %           2 400 000",
      "Region Vallmark             –     30 %           1 800 000",
      "Vallby kommun          24 310     30 %           1 800 000",
      "Totalt                 24 310    100 %           6 000 000",
    ];
    const facts = minutesMemberTables(minutes("§ 9 Förslag till medlemsavgifter 2025", off)).facts as AnyFact[];
    expect(facts.map((f) => f.member)).not.toContain("Staten");
  });
});
