/**
 * Stop 44's report leftovers (branch r44-reports): shapes of reports and real texts the readers left
 * unread. Made-up federations, people and figures throughout.
 */
import { describe, expect, it } from "vitest";
import { documentFacts } from "../support/manifestEntry.ts";

const finance = (lines: string[], year = 2025) =>
  documentFacts({ federation: "ravik", kind: "annual_report", year }, lines)
    .filter((f) => f.table === "finance")
    .map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`)
    .sort();

describe("a statement's group titles inside a list of numbered posts", () => {
  const TEMPLATE = (chapter: string) => [
    "Raviks samordningsförbund",
    "Uppföljning till medlemmarna 2025",
    "",
    `5     ${chapter}`,
    "5.1   Intäkter",
    "5.1.1   Bidrag från medlemmarna ....................... 6 200",
    "5.1.2   Övriga intäkter ............................... 80",
    "5.1.3   Summa verksamhetens intäkter .................. 6 280",
    "5.2   Kostnader",
    "5.2.1   Insatser ...................................... 5 010",
    "5.2.2   Kansli ........................................ 1 150",
    "5.2.3   Summa verksamhetens kostnader ................. 6 160",
    "5.3   Verksamhetens resultat .......................... 120",
    "5.4   Finansiella poster, netto ....................... 4",
    "5.5   Årets resultat .................................. 124",
    "5.6   Eget kapital den 31 december .................... 1 730",
    "",
    "6     KOMMENTAR",
    "Resultatet blev något bättre än väntat.",
  ];

  it("reads the list across its group titles, in the chapter heading's unit", () => {
    expect(finance(TEMPLATE("EKONOMI (tusental kronor)"))).toEqual(
      [
        "2025:actual:revenue_operating=6280000",
        "2025:actual:cost_operating=6160000",
        "2025:actual:operating_result=120000",
        "2025:actual:financial_items=4000",
        "2025:actual:result=124000",
        "2025:actual:equity_end=1730000",
      ].sort(),
    );
  });

  it("reads nothing as the year's outcome under a budget's chapter (must not fire)", () => {
    expect(finance(TEMPLATE("BUDGET 2026 (tusental kronor)")).filter((f) => f.includes(":actual:"))).toEqual([]);
  });

  it("takes no other heading for a group title: a new topic still ends the list (must not fire)", () => {
    const lines = TEMPLATE("EKONOMI (tusental kronor)").map((l) =>
      l.startsWith("5.2   ") ? "5.2   Planerat nästa år" : l,
    );
    // The costs now stand under a plan's title: revenue − costs can no longer be proven, so nothing holds.
    expect(finance(lines).filter((f) => /operating|result/.test(f))).toEqual([]);
  });
});

describe("a list of money stating no unit, its figures too large for thousands", () => {
  const NOTES = (rows: string[], lead = "Förbundschefen gick igenom bokslutet, som bedöms som slutligt:") => [
    "Anteckningar från beredningsgruppen, Raviks samordningsförbund",
    "",
    "2. Bokslut 2025",
    lead,
    ...rows,
    "Gruppen noterade underskottet.",
  ];
  const KRONOR = [
    "   Intäkter                         9 310 000",
    "   Kostnader                        9 655 000",
    "   Resultat                          -345 000",
    "   Eget kapital 31/12               2 104 000",
  ];

  it("reads it in kronor where its sums hold, a balance date closing a label", () => {
    expect(finance(NOTES(KRONOR))).toEqual(
      [
        "2025:actual:revenue_operating=9310000",
        "2025:actual:cost_operating=9655000",
        "2025:actual:result=-345000",
        "2025:actual:equity_end=2104000",
      ].sort(),
    );
  });

  it("reads no unit into figures that could be thousands (must not fire)", () => {
    const thousands = [
      "   Intäkter                         9 310",
      "   Kostnader                        9 655",
      "   Resultat                          -345",
    ];
    expect(finance(NOTES(thousands))).toEqual([]);
  });

  it("stores nothing where the sums do not hold (must not fire)", () => {
    const off = KRONOR.map((l) => l.replace("-345 000", "-354 000"));
    expect(finance(NOTES(off)).filter((f) => /revenue|cost|result/.test(f))).toEqual([]);
  });

  it("stores nothing of a budget's list (must not fire)", () => {
    expect(finance(NOTES(KRONOR, "Budget 2026 enligt förslaget:")).filter((f) => f.includes(":actual:"))).toEqual([]);
  });
});

const counts = (lines: string[], year = 2025) =>
  documentFacts({ federation: "ravik", kind: "annual_report", year }, lines)
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.year}:${f.intervention ?? "-"}:${f.measure}/${f.gender}=${f.value}`)
    .sort();

describe("a notice correcting the federation's own annual report", () => {
  const NOTICE = (heading: string) => [
    "Raviks samordningsförbund",
    "",
    heading,
    "Publicerad 2026-04-02",
    "",
    "I den första versionen av årsredovisningen stod två uppgifter fel.",
    "",
    "Uppgift                          Stod felaktigt     Rätt uppgift",
    "Deltagare i insatser 2025        318                381",
    "",
    "Övriga uppgifter är oförändrade och återges här för ordningens skull:",
    "  Kvinnor bland deltagarna:      204",
    "  Män bland deltagarna:          177",
    "  Nya deltagare under året:      129",
  ];

  it("reads the corrected and restated figures as the federation's, the women and men by their sum", () => {
    expect(counts(NOTICE("RÄTTELSE: Fel siffror i årsredovisningen 2025"))).toEqual(
      ["2025:-:enrolled/all=381", "2025:-:enrolled/woman=204", "2025:-:enrolled/man=177", "2025:-:new/all=129"].sort(),
    );
    expect(counts(NOTICE("Rättelse av förbundets verksamhetsberättelse 2025"))).toContain("2025:-:enrolled/all=381");
  });

  it("never reads the figure that stood wrongly (must not fire)", () => {
    expect(counts(NOTICE("RÄTTELSE: Fel siffror i årsredovisningen 2025")).some((c) => c.endsWith("=318"))).toBe(false);
  });

  it("reads nothing as ours from a notice on someone else's report (must not fire)", () => {
    expect(counts(NOTICE("RÄTTELSE: Fel siffror i Norrbyns kommuns årsredovisning 2025"))).toEqual([]);
  });
});

describe("each gender among a group on a line of its own", () => {
  const CARD = (women: string, men: string, heading = "Deltagare 2025") => [
    "Raviks samordningsförbund – årsredovisning 2025",
    "",
    heading,
    "Deltagare i insatserna: 260",
    "Nya under året: 97",
    "",
    "Fördelning",
    `Kvinnor bland deltagarna: ${women}`,
    `Män bland deltagarna: ${men}`,
  ];

  it("reads the two as the split of the one count they add up to", () => {
    expect(counts(CARD("141", "119"))).toEqual(
      ["2025:-:enrolled/all=260", "2025:-:enrolled/woman=141", "2025:-:enrolled/man=119", "2025:-:new/all=97"].sort(),
    );
  });

  it("reads no split that does not add up to the count (must not fire)", () => {
    expect(counts(CARD("141", "109")).filter((c) => !c.includes("/all="))).toEqual([]);
  });

  it("reads no split of one gender alone (must not fire)", () => {
    expect(counts(CARD("141", "119").slice(0, 8)).filter((c) => !c.includes("/all="))).toEqual([]);
  });
});

describe("a picture deck's title slide in alt-texts", () => {
  const POST = (title: string) => [
    "ravik_samordning · Följ",
    "Bildspel (4 bilder)",
    "",
    `[Bild 1/4] Alt-text: Rubrik "${title}" på blå bakgrund med loggan.`,
    '[Bild 2/4] Alt-text: Stapeldiagram. "Av 88 som avslutade: 30 till jobb, 12 till studier,',
    '           46 annat."',
    '[Bild 3/4] Alt-text: "Sedan 2015: 2 100 deltagare".',
    "",
    "Kommentarer",
    "grannkommunen: 9 av våra deltagare kom via er i våras.",
  ];
  const exits = (lines: string[]) =>
    documentFacts({ federation: "ravik", kind: "annual_report", year: 2025 }, lines)
      .filter((f) => f.table === "participant_count" || f.table === "participant_breakdown")
      .map((f) => `${f.intervention ?? "-"}:${f.table === "participant_count" ? f.measure : f.category}=${f.value}`)
      .sort();

  it("heads the slides after it: our year's exits and where they went", () => {
    expect(exits(POST("Vårt år 2025"))).toEqual(["-:exited=88", "-:studies=12", "-:work=30"]);
  });

  it("reads nothing as ours under an intervention's title slide (must not fire)", () => {
    expect(exits(POST("Stegets år 2025")).filter((f) => f.startsWith("-:"))).toEqual([]);
  });

  it("leaves a title written outside an alt-text as it stands (must not fire)", () => {
    const lines = POST("Vårt år 2025").map((l) => l.replace("[Bild 1/4] Alt-text: ", ""));
    expect(exits(lines)).toEqual([]);
  });
});

describe("a glossary's own figure of the year under its bold term", () => {
  const GLOSSARY = (valueLabel = "*Hos oss 2025:*", extra: string[] = []) => [
    "# Ord vi använder",
    "",
    "*Raviks samordningsförbund*",
    "",
    "**Nya deltagare**",
    "Personer som skrivs in under året.",
    `${valueLabel} 58.`,
    "",
    "**Årets resultat**",
    "Intäkter minus kostnader.",
    `${valueLabel} −121 000 kr (budget −150 000 kr).`,
    "",
    "**Andel till arbete eller studier**",
    "Hur stor del av de avslutade som gick vidare.",
    `${valueLabel} 37.`,
    "",
    ...extra,
  ];
  const read = (lines: string[]) =>
    documentFacts({ federation: "ravik", kind: "annual_report", year: 2025 }, lines)
      .filter((f) => f.table === "participant_count" || f.table === "finance" || f.table === "indicator")
      .map((f) => `${f.table}:${f.basis ?? ""}:${f.measure ?? f.item ?? f.indicator}=${f.value ?? f.amount_sek}`)
      .sort();

  it("reads the figure as its term says, the bracket's budget as a budget", () => {
    expect(read(GLOSSARY())).toEqual(
      ["finance:actual:result=-121000", "finance:budget:result=-150000", "participant_count::new=58"].sort(),
    );
  });

  it("reads nothing from an example's label or under a share's term (must not fire)", () => {
    expect(read(GLOSSARY("*Räkneexempel:*"))).toEqual([]);
    expect(read(GLOSSARY()).some((f) => f.endsWith("=37"))).toBe(false);
  });

  it("says no term over a figure outside its paragraph (must not fire)", () => {
    const apart = GLOSSARY().flatMap((l) => (l.startsWith("*Hos oss") ? ["", l] : [l]));
    expect(read(apart)).toEqual([]);
  });
});

describe("a sentence's women and men wrapped onto the next line", () => {
  const BACKGROUND = (second: string) => [
    "# Projektplan",
    "",
    "## 1. Bakgrund",
    "",
    "Under 2025 deltog 318 personer i förbundets insatser (2024: 290). Av dem var 170 kvinnor",
    second,
    "48 till studier.",
  ];

  it("reads the pair across the break as the split of the count it adds up to, each on its own line", () => {
    const facts = documentFacts(
      { federation: "ravik", kind: "annual_report", year: 2025 },
      BACKGROUND(
        "och 148 män; 102 var nya för året. 140 avslutade en insats under 2025, och av dessa gick 31 till arbete och",
      ),
    ).filter((f) => f.table === "participant_count" && f.gender !== "all" && f.year === 2025);
    expect(facts.map((f) => `${f.measure}/${f.gender}=${f.value}@${f.line}`).sort()).toEqual([
      "enrolled/man=148@6",
      "enrolled/woman=170@5",
    ]);
  });

  it("reads no pair that does not add up, nor the new of the next clause as its measure (must not fire)", () => {
    const split = (second: string) =>
      counts(BACKGROUND(second)).filter((c) => c.includes("/woman=") || c.includes("/man="));
    expect(split("och 138 män; 102 var nya för året.")).toEqual([]);
    // 170 + 148 = 318, never the new (102): the clause after the semicolon names them, not the pair.
    expect(split("och 148 män; 102 var nya för året.").every((c) => c.includes(":enrolled/"))).toBe(true);
  });

  it("keeps the measure named before the pair's clause (must not fire as the enrolled)", () => {
    const lines = [
      "Raviks samordningsförbund – årsredovisning 2025",
      "",
      "Deltagare",
      "",
      "Under året deltog 40 personer i insatserna och 40 personer avslutade sin insats; 22 kvinnor och 18 män.",
    ];
    expect(counts(lines).filter((c) => c.includes("/woman=") || c.includes("/man="))).toEqual([
      "2025:-:exited/man=18",
      "2025:-:exited/woman=22",
    ]);
  });
});

describe("a row of ditto marks alone under a declared mark", () => {
  const FEES = (declaration: string) => [
    "Raviks samordningsförbund – verksamhetsberättelse 2025",
    "",
    declaration,
    "",
    "Tabell 3. Medlemsbidrag år 2025",
    "",
    "Medlem                          Andel      Bidrag, kr",
    "Staten (FK och AF)              50 %        3 000 000",
    "Region Ravmark                  25 %        1 500 000",
    "Raviks kommun                   15 %          900 000",
    "Norrby kommun                    5 %          300 000",
    'Söderby kommun                   "              "',
    "Summa                          100 %        6 000 000",
  ];
  const fees = (lines: string[]) =>
    documentFacts({ federation: "ravik", kind: "annual_report", year: 2025 }, lines)
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}`);

  it("repeats the row above in every cell", () => {
    expect(fees(FEES('I tabellerna betyder tecknet " samma värde som raden ovanför.'))).toContain(
      "Söderby kommun=300000",
    );
  });

  it("reads nothing for the row where no sentence declares the mark (must not fire)", () => {
    expect(fees(FEES("Tabellerna visar utfallet.")).some((f) => f.startsWith("Söderby"))).toBe(false);
  });
});

describe("an outcome stated instead of its budget (i stället för)", () => {
  const TEXT = (sentence: string) => ["Raviks samordningsförbund – årsredovisning 2025", "", "Ekonomi", "", sentence];

  it("reads the amount before it as the outcome, the one after as the budget", () => {
    expect(
      finance(
        TEXT(
          "Årets intäkter blev 7 210 tkr och kostnaderna 6 890 tkr, vilket gav ett överskott på 320 tkr i stället för det budgeterade underskottet på 150 tkr.",
        ),
      ),
    ).toEqual(
      [
        "2025:actual:revenue_operating=7210000",
        "2025:actual:cost_operating=6890000",
        "2025:actual:result=320000",
        "2025:budget:result=-150000",
      ].sort(),
    );
  });

  it("reads no outcome from a plan stated instead of another (must not fire)", () => {
    expect(finance(TEXT("Styrelsen planerar för 2026 ett underskott på 500 tkr i stället för 200 tkr."))).toEqual([]);
  });
});

describe("one kind of money and all the others together (och övriga)", () => {
  const TEXT = (sentence: string) => ["Raviks samordningsförbund – årsredovisning 2025", "", "Ekonomi", "", sentence];

  it("reads the fees and the other revenue together as the year's revenue", () => {
    expect(
      finance(
        TEXT(
          "Under 2025 tog förbundet emot 6 120 tkr i medlemsbidrag och övriga intäkter, och kostnaderna för verksamheten uppgick till 6 400 tkr.",
        ),
      ),
    ).toEqual(["2025:actual:cost_operating=6400000", "2025:actual:revenue_operating=6120000"]);
  });

  it("reads the other revenue alone, with its own amount, as no total (must not fire)", () => {
    expect(finance(TEXT("Förbundet fick medlemsbidrag på 5 900 tkr och övriga intäkter på 220 tkr."))).toEqual([]);
    expect(finance(TEXT("Kansliets löner och övriga kostnader uppgick till 1 840 tkr."))).toEqual([]);
  });
});

describe("a part of the year's costs and the whole it is of (av totalt)", () => {
  const TEXT = (sentence: string) => ["Raviks samordningsförbund – årsredovisning 2025", "", "Ekonomi", "", sentence];

  it("reads the whole after the part as the year's costs, never the part", () => {
    expect(finance(TEXT("Förbundets kostnader för insatser var 5 310 000 kr av totalt 7 020 000 kr."))).toEqual([
      "2025:actual:cost_operating=7020000",
    ]);
  });

  it("reads no whole of a budget's, another year's or a smaller one (must not fire)", () => {
    expect(
      finance(TEXT("Budgeten för 2026 anger kostnader för insatser på 5 900 000 kr av totalt 7 400 000 kr.")).filter(
        (f) => f.includes(":actual:"),
      ),
    ).toEqual([]);
    expect(finance(TEXT("Under 2024 var kostnaderna för insatser 5 100 000 kr av totalt 6 800 000 kr."))).toEqual([]);
    expect(finance(TEXT("Intäkterna från staten var 4 000 000 kr av totalt 3 000 000 kr."))).toEqual([]);
    expect(finance(TEXT("Insatserna fick 5 310 000 kr av totalt 7 020 000 kr."))).toEqual([]);
  });
});

describe("the balance sheet's total in a list of key figures", () => {
  const LIST = (resultRow: string, totalRow: string) => [
    "Raviks samordningsförbund – uppföljning 2025",
    "",
    "Ekonomi (tkr)",
    "Verksamhetens intäkter ........................ 6 280",
    "Verksamhetens kostnader ....................... 6 160",
    "Verksamhetens resultat ........................ 120",
    "Finansiella poster, netto ..................... 4",
    resultRow,
    "Eget kapital den 31 december .................. 1 730",
    totalRow,
    "",
  ];

  it("reads it where the list's result holds, in the list's unit", () => {
    expect(
      finance(
        LIST(
          "Årets resultat ................................ 124",
          "Balansomslutning den 31 december .............. 2 240",
        ),
      ),
    ).toContain("2025:actual:assets_total=2240000");
  });

  it("reads it nowhere the result does not hold, nor another year's (must not fire)", () => {
    const total = "Balansomslutning den 31 december .............. 2 240";
    expect(
      finance(LIST("Årets resultat ................................ 142", total)).some((f) => f.includes("assets")),
    ).toBe(false);
    expect(
      finance(
        LIST(
          "Årets resultat ................................ 124",
          "Balansomslutning 31 december 2024 ............. 2 240",
        ),
      ).some((f) => f.includes("assets")),
    ).toBe(false);
  });
});

describe("a relative clause telling the equity's change (som minskade från … till …)", () => {
  const TEXT = (sentence: string) => ["Raviks samordningsförbund – årsredovisning 2025", "", "Ekonomi", "", sentence];

  it("reads the level reached as the year's equity, the level left as last year's", () => {
    expect(
      finance(
        TEXT(
          "Underskottet täcks av det egna kapitalet, som minskade från 1 410 300 kr till 1 262 800 kr vid årets slut.",
        ),
      ),
    ).toEqual(["2024:actual:equity_end=1410300", "2025:actual:equity_end=1262800"]);
  });

  it("reads no level of a result's change, nor the level left as this year's (must not fire)", () => {
    expect(finance(TEXT("Förbundet redovisar ett underskott, som minskade från 300 000 kr till 200 000 kr."))).toEqual(
      [],
    );
    expect(
      finance(TEXT("Det egna kapitalet, som minskade från 1 410 300 kr till 1 262 800 kr, täcker underskottet.")),
    ).not.toContain("2025:actual:equity_end=1410300");
  });
});

describe("a group title opening a list under no chapter heading", () => {
  it("keeps the group title as the list's heading where a blank line stands above it (must not fire)", () => {
    const lines = [
      "Raviks samordningsförbund – uppföljning 2025",
      "",
      "Intäkter",
      "  Medlemsbidrag ................................ 6 200",
      "  Summa verksamhetens intäkter ................. 6 280",
    ];
    // No unit stated anywhere and figures that could be thousands: nothing is read, as before.
    expect(finance(lines)).toEqual([]);
  });
});
