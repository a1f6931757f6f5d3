/**
 * Stop 40's leftovers (r40-leftovers): shapes set 30 and 30b left half read. Each rule has a case where
 * it must fire and one where it must not. Made-up federations (ids prefixed "lf40-"), made-up figures.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { readFootnoteLegends } from "../../loaders/extract/text/footnoteLegends.ts";
import { federationsNamedIn } from "../../loaders/extract/general/federationNames.ts";
import { TABLE_CAPTION, withoutCaptionNumber } from "../../loaders/extract/general/captionNumber.ts";
import { readWordsThenDigits } from "../../loaders/extract/text/wordsThenDigits.ts";
import { readFeesAfterOne } from "../../loaders/extract/text/feesAfterOne.ts";
import { readThankYouFees } from "../../loaders/extract/text/thankYouFees.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const FEDERATION = "lf40-grantorp";
/** An annual report for 2025 through the whole extraction. */
const report = (lines: string[]) =>
  documentFacts({ federation: FEDERATION, kind: "annual_report", year: 2025 }, [
    "Samordningsförbundet Grantorp",
    ...lines,
  ]) as AnyFact[];
const finance = (lines: string[]) =>
  report(lines)
    .filter((f) => f.table === "finance")
    .map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("moneyGrammar: 'föregående period' is another time than the report's", () => {
  it("stores no result of the period before as the year's (must not fire)", () => {
    const read = finance([
      "Uppföljning helår",
      "",
      "Kommentar",
      "Föregående period slutade med ett underskott på 210 tkr.",
    ]);
    expect(read.filter((f) => f.includes("result"))).toEqual([]);
  });
  it("reads the year's own result in the same words (must fire)", () => {
    expect(finance(["Verksamhetsberättelse 2025", "", "Årets resultat blev ett underskott på 210 tkr."])).toContain(
      "2025:actual:result=-210000",
    );
  });
});

describe("statements: a follow-up 'Utfall | Budget | Avvikelse' with no year, its deviations signed '+'", () => {
  const TABLE = [
    "                              Utfall    Budget    Avvikelse",
    "Intäkter                       6 020     6 000          +20",
    "Kostnader                     -5 880    -6 100         +220",
    "Resultat                         140      -100         +240",
  ];
  it("reads the outcome column as the report's year under a statement heading with its unit (must fire)", () => {
    const read = finance(["Helårsrapport", "", "Resultaträkning i sammandrag (belopp i tkr)", ...TABLE, ""]);
    expect(read).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=6020000",
        "2025:actual:cost_operating=5880000",
        "2025:actual:result=140000",
      ]),
    );
    expect(read).not.toContain("2025:actual:result=240000");
  });
  it("reads a headless one whose caption's unit follows a comma (must fire)", () => {
    const read = finance([
      "Årsuppföljning 2025",
      "",
      "Ekonomiskt utfall, tkr              Utfall      Budget   Avvikelse",
      "Verksamhetens intäkter               4 100       4 100           0",
      "Verksamhetens kostnader             -4 250      -4 400         150",
      "Årets resultat                        -150        -300         150",
      "",
    ]);
    expect(read).toEqual(expect.arrayContaining(["2025:actual:result=-150000", "2025:budget:result=-300000"]));
  });
  it("dates nothing as the report's year where the caption names another year (must not fire)", () => {
    const read = finance(["Helårsrapport", "", "Resultaträkning 2024 i sammandrag (belopp i tkr)", ...TABLE, ""]);
    expect(read.filter((f) => f.startsWith("2025:"))).toEqual([]);
  });
  it("reads no yearless header that names no budget (must not fire)", () => {
    const read = finance([
      "Helårsrapport",
      "",
      "Resultaträkning i sammandrag (belopp i tkr)",
      "                              Utfall    Prognos",
      "Intäkter                       6 020     6 000",
      "Kostnader                     -5 880    -6 100",
      "Resultat                         140      -100",
      "",
    ]);
    expect(read.filter((f) => f.startsWith("2025:actual"))).toEqual([]);
  });
});

describe("footnoteLegends: a note whose first sentence states the unit", () => {
  it("writes the unit onto the caption's mark (must fire)", () => {
    const out = readFootnoteLegends([
      "Tabell 3. Resultat för perioden³",
      "                         Utfall    Budget",
      "Intäkter                  5 300     5 300",
      "",
      "³ Belopp i tusentals kronor (tkr). Budget enligt verksamhetsplanen.",
    ]);
    expect(out?.[0]).toBe("Tabell 3. Resultat för perioden (tkr)");
  });
  it("writes no unit where the first sentence says something else (must not fire)", () => {
    const out = readFootnoteLegends([
      "Tabell 3. Resultat för perioden³",
      "                         Utfall    Budget",
      "Intäkter                  5 300     5 300",
      "",
      "³ Avser förbundets kansli och styrelse. Belopp i tkr.",
    ]);
    expect(out?.[0] ?? "").not.toContain("tkr");
  });
});

describe("parseProseFigures: a paragraph opening 'Av dem …' after one about a part", () => {
  const breakdown = (lines: string[]) =>
    report(lines)
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.intervention ?? "förbundet"}:${f.category}=${f.value}`);
  it("goes on about the federation after the federation's own paragraph (must fire)", () => {
    const read = breakdown([
      "Verksamhetsberättelse 2025",
      "",
      "Året i korthet",
      "",
      "Förbundet hade 180 deltagare under 2025, varav 95 kvinnor och 85 män. 60 av dem avslutade sin insats.",
      "",
      "Av dem gick 21 vidare till arbete eller studier.",
      "",
    ]);
    expect(read).toContain("förbundet:work_or_studies=21");
  });
  it("is not the federation's after a paragraph about one activity (must not fire)", () => {
    const read = breakdown([
      "Verksamhetsberättelse 2025",
      "",
      "Året i korthet",
      "",
      "Förbundet hade 180 deltagare under 2025, varav 95 kvinnor och 85 män.",
      "",
      "I den nya språkgruppen för föräldralediga deltog 25 personer under hösten.",
      "",
      "Av dem gick 9 vidare till arbete eller studier.",
      "",
    ]);
    expect(read).not.toContain("förbundet:work_or_studies=9");
  });
});

/** Board minutes of 2026 through the whole extraction. */
const minutes = (body: string[]) =>
  documentFacts({ federation: FEDERATION, kind: "board_minutes", date: "2026-03-12" }, [
    "Samordningsförbundet Grantorp",
    "PROTOKOLL STYRELSEN",
    "",
    "Sammanträdesdatum: 2026-03-12",
    "",
    ...body,
    "",
  ]) as AnyFact[];
const ANNUAL_ITEM = [
  "§ 3 Årsredovisning för 2025",
  "",
  "Förbundschefen redogör för året. Under 2025 tog förbundets insatser",
  "emot nittiofyra (94) deltagare, varav femtio (50) kvinnor och fyrtiofyra (44)",
  "män. Trettioåtta (38) av dem började under året och fyrtioen (41)",
  "avslutades.",
  "",
];
const FEE_LINES = [
  "  Staten                        två miljoner (2 000 000) kronor",
  "  Region Granmark               en miljon (1 000 000) kronor",
  "  Grantorps kommun              sexhundratusen (600 000) kronor",
  "  Åsby kommun                   fyrahundratusen (400 000) kronor",
];

describe("proseSentences: a wrapped sentence that words-then-digits made short runs on", () => {
  const counts = (body: string[]) =>
    minutes(body)
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`);
  it("reads the gender cut after its figure and the exits on the next line (must fire)", () => {
    expect(counts([...ANNUAL_ITEM, "Styrelsen beslutar att godkänna årsredovisningen."])).toEqual(
      expect.arrayContaining(["2025:enrolled/man=44", "2025:new/all=38", "2025:exited/all=41"]),
    );
  });
  it("runs no row of a list ending on its figure into the next row (must not fire)", () => {
    const read = report([
      "Verksamhetsberättelse 2025",
      "",
      "Deltagare i insatsen Steget, kvinnor och 44",
      "män 39",
      "",
    ]).filter((f) => f.table === "participant_count");
    expect(read.map((f) => f.value)).not.toContain(44);
  });
});

describe("minutes: a closed year's fee list of amount lines, amounts in words and digits", () => {
  const fees = (body: string[]) =>
    minutes(body)
      .filter((f) => f.table === "member_contribution" || f.table === "allocation")
      .map((f) => `${f.table}:${f.member ?? f.recipient}@${f.year}/${f.basis ?? "-"}=${f.amount_sek}`);
  it("stores the members' fees the year's item lists, never as grants (must fire)", () => {
    const read = fees([
      ...ANNUAL_ITEM,
      "Medlemmarnas bidrag för 2025 var",
      ...FEE_LINES,
      "",
      "Beslut",
      "Styrelsen beslutar",
      "att godkänna årsredovisningen.",
    ]);
    expect(read).toEqual(
      expect.arrayContaining([
        "member_contribution:Staten@2025/actual=2000000",
        "member_contribution:Region Granmark@2025/actual=1000000",
        "member_contribution:Grantorps kommun@2025/actual=600000",
      ]),
    );
    expect(read.filter((f) => f.startsWith("allocation"))).toEqual([]);
  });
  it("stores no fee of a list that does not add up by the law's split (must not fire)", () => {
    const read = fees([
      ...ANNUAL_ITEM,
      "Medlemmarnas bidrag för 2025 var",
      ...FEE_LINES.slice(1),
      "",
      "Beslut",
      "Styrelsen beslutar",
      "att godkänna årsredovisningen.",
    ]);
    expect(read).toEqual([]);
  });
});

describe("wordsThenDigits: 'en miljon (1 000 000)'", () => {
  it("reads a million in words with 'en' before it as its digits (must fire)", () => {
    expect(readWordsThenDigits(["  Region Granmark   en miljon (1 000 000) kronor"])).toEqual([
      "  Region Granmark   1 000 000 kronor",
    ]);
  });
  it("leaves it where the bracket holds another figure (must not fire)", () => {
    expect(readWordsThenDigits(["  Region Granmark   en miljon (100 000) kronor"])).toBeUndefined();
  });
});

describe("feesAfterOne: one member's fee with the others' in a bracket after it", () => {
  const fees = (lines: string[]) =>
    report(["Verksamhetsberättelse 2025", "", ...lines, ""])
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}@${f.year}/${f.basis}=${f.amount_sek}`);
  it("says the bracket as the members' list (must fire)", () => {
    expect(
      readFeesAfterOne([
        "Grantorps kommuns medlemsavgift 2025 var 840 tkr (övriga medlemmar: Åsby kommun 560 tkr,",
        "Region Granmark 1 400 tkr och staten 2 800 tkr).",
      ]),
    ).toEqual([
      "Medlemsavgifterna 2025 var: Grantorps kommun 840 tkr, Åsby kommun 560 tkr,",
      "Region Granmark 1 400 tkr och staten 2 800 tkr.",
    ]);
  });
  it("stores the list where the law's split confirms it (must fire)", () => {
    expect(
      fees(["- Grantorps medlemsavgift var 590 tkr (Åsby 1 120 tkr, regionen 1 710 tkr, staten 3 420 tkr)"]),
    ).toEqual(expect.arrayContaining(["Grantorp@2025/actual=590000", "Staten@2025/actual=3420000"]));
  });
  it("leaves a bracket holding last year's fee alone (must not fire)", () => {
    expect(readFeesAfterOne(["Grantorps medlemsavgift var 590 tkr (2024: 560 tkr)."])).toBeUndefined();
  });
  it("stores nothing where the bracket's fees break the law's split (must not fire)", () => {
    expect(
      fees(["- Grantorps medlemsavgift var 590 tkr (Åsby 1 120 tkr, regionen 1 710 tkr, staten 3 000 tkr)"]),
    ).toEqual([]);
  });
});

describe("signedLetters: a speech the federation's chair gave, published as its manuscript", () => {
  const SPEECH = (body: string[], office = "ordförande") =>
    documentFacts({ federation: FEDERATION, kind: "annual_report", year: 2025 }, [
      "Samordningsförbundet Grantorp",
      "Förbundsstämman 6 maj 2026",
      "",
      "Ordförandens tal vid stämman",
      "",
      ...body,
      "",
      "Tack för ordet!",
      "",
      "Maria Lind (S)",
      office,
    ]) as AnyFact[];
  const counts = (facts: AnyFact[]) =>
    facts
      .filter((f) => f.table === "participant_count" || f.table === "participant_breakdown" || f.table === "finance")
      .map(
        (f) =>
          `${f.year}:${f.measure ?? f.category ?? f.item}/${f.basis ?? f.gender ?? "-"}=${f.value ?? f.amount_sek}`,
      );
  const BODY = [
    "Kära vänner från våra fyra medlemmar!",
    "",
    "Tack för att ni har kommit hit i dag.",
    "",
    "Förra året, 2025, mötte våra insatser 205 personer – 112 kvinnor och 93 män.",
    "",
    "Ni undrar säkert hur det gick. 79 deltagare avslutade sin insats under 2025. Av dem fick 22 ett arbete.",
    "",
    "I år har styrelsen budgeterat ett underskott på 300 000 kronor.",
  ];
  it("reads the speech's counts as the federation's (must fire)", () => {
    expect(counts(SPEECH(BODY))).toEqual(
      expect.arrayContaining(["2025:enrolled/all=205", "2025:exited/all=79", "2025:work/-=22"]),
    );
  });
  it("stores no money said of 'i år' as the report's year (must not fire)", () => {
    expect(counts(SPEECH(BODY)).filter((f) => f.startsWith("2025:result"))).toEqual([]);
  });
  it("reads no paragraph after a blank line as the federation's where no speaker's office signs it (must not fire)", () => {
    expect(counts(SPEECH(BODY, "Tack till alla som kom!"))).not.toContain("2025:exited/all=79");
  });
});

describe("federationNames: one pattern for a federation named in full", () => {
  it("reads the name after the generic word, 'i' and capitals only (must fire)", () => {
    expect(federationsNamedIn("Årsredovisning för samordningsförbundet i Norrdal och kommunen")).toEqual([
      { word: "samordningsförbundet", name: "Norrdal" },
    ]);
    expect(federationsNamedIn("SAMORDNINGSFÖRBUNDET GRANTORP och Finsam Norra Dal").map((m) => m.name)).toEqual([
      "GRANTORP",
      "Norra Dal",
    ]);
  });
  it("names no federation in a word that only begins like one (must not fire)", () => {
    expect(federationsNamedIn("Samordningsförbundets styrelse och finsamdagen i Åby")).toEqual([]);
  });
});

describe("captionNumber: a table's number opens a caption, a part's does not", () => {
  it("takes 'Tabell 4.2', 'Tab. 3:' and 'Bild 2' as captions' numbers (must fire)", () => {
    expect(withoutCaptionNumber("Tabell 4.2  Medlemsbidrag (tkr)")).toBe("Medlemsbidrag (tkr)");
    expect(TABLE_CAPTION.test("Tab. 3: Deltagare")).toBe(true);
    expect(TABLE_CAPTION.test("Bild 2 Avslut")).toBe(true);
  });
  it("takes 'Bilaga 1' for no table's caption (must not fire)", () => {
    expect(TABLE_CAPTION.test("Bilaga 1 Insatsen Steget")).toBe(false);
  });
});

describe("memberAmountLists: a plan looking back on the year that went", () => {
  const plan = (lead: string) =>
    documentFacts({ federation: FEDERATION, kind: "annual_report", year: 2025 }, [
      "Samordningsförbundet Grantorp",
      "VERKSAMHETSPLAN MED BUDGET 2026 OCH PLAN 2027–2028",
      "",
      "1 ÅRET SOM GICK",
      "",
      `${lead} staten 4 000 000 kr, Region Granmark 2 000 000 kr, Grantorps kommun 1 200 000 kr och Åsby kommun 800 000 kr.`,
      "",
    ])
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}@${f.year}/${f.basis}=${f.amount_sek}`);
  it("stores the fees a lead says were paid in the year before the plan's as actual (must fire)", () => {
    expect(plan("Medlemsbidragen 2025 var oförändrade mot 2024:")).toContain("Staten@2025/actual=4000000");
  });
  it("keeps a lead of planned fees for that year a budget (must not fire)", () => {
    expect(plan("Budgeterade medlemsbidrag 2025:")).not.toContain("Staten@2025/actual=4000000");
  });
});

describe("thankYouFees: the members' fees told as thanks", () => {
  const speech = (lines: string[]) =>
    documentFacts({ federation: FEDERATION, kind: "annual_report", year: 2025 }, [
      "Samordningsförbundet Grantorp",
      "Medlemssamråd 20 april 2026",
      "",
      "Ordförandens tal",
      "",
      "Välkomna alla!",
      "",
      "Vi har haft ett bra år.",
      "",
      ...lines,
      "",
      "Maria Lind (S)",
      "ordförande",
    ])
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}@${f.year}/${f.basis}=${f.amount_sek}`);
  it("says the thanks as the members' list (must fire)", () => {
    expect(
      readThankYouFees([
        "Tack till Grantorps kommun som bidrog med 1 200 000 kronor förra året, till Åsby kommun med",
        "800 000 kronor, till Region Granmark med 2 000 000 kronor och till",
        "staten genom Försäkringskassan och Arbetsförmedlingen med 4 000 000 kronor.",
      ]),
    ).toEqual([
      "Medlemmarna bidrog förra året med: Grantorps kommun 1 200 000 kronor, Åsby kommun",
      "800 000 kronor, Region Granmark 2 000 000 kronor och",
      "staten 4 000 000 kronor.",
    ]);
  });
  it("stores the thanked fees as the report's year's in a text written after it (must fire)", () => {
    expect(
      speech([
        "Tack till Region Granmark, som bidrog med 2 000 000 kronor i fjol, till Grantorps kommun med 1 200 000 kronor,",
        "till Åsby kommun med 800 000 kronor och till staten med 4 000 000 kronor.",
      ]),
    ).toEqual(expect.arrayContaining(["Region Granmark@2025/actual=2000000", "staten@2025/actual=4000000"]));
  });
  it("leaves thanks for one member's money alone (must not fire)", () => {
    expect(
      readThankYouFees(["Tack till Åsby kommun som bidrog med 50 000 kronor till sommarens läger."]),
    ).toBeUndefined();
  });
  it("stores nothing where the thanked amounts break the law's split (must not fire)", () => {
    expect(
      speech([
        "Tack till Region Granmark, som bidrog med 2 000 000 kronor i fjol, till Grantorps kommun med 1 200 000 kronor,",
        "till Åsby kommun med 800 000 kronor och till staten med 3 500 000 kronor.",
      ]),
    ).toEqual([]);
  });
});

describe("figureGrammar: a count taken when the statistics closed on the year's last day", () => {
  const counts = (sentence: string) =>
    report(["Verksamhetsberättelse 2025", "", "Deltagare", "", sentence, ""])
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`);
  it("counts everyone the year had where the perfect tense says so (must fire)", () => {
    expect(
      counts("När statistiken stängdes den 31 december hade förbundets insatser tillsammans haft 318 deltagare."),
    ).toContain("2025:enrolled/all=318");
  });
  it("stores no enrolled count of those still enrolled on the year's last day (must not fire)", () => {
    expect(counts("Den 31 december hade förbundets insatser haft 318 deltagare.")).not.toContain(
      "2025:enrolled/all=318",
    );
  });
});

describe("figureGrammar: two labelled counts joined by 'och' ('Nya deltagare var 68 och avslutade 61')", () => {
  const counts = (sentence: string) =>
    report(["Verksamhetsberättelse 2025", "", `Förbundets insatser hade 143 deltagare under 2025. ${sentence}`, ""])
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.measure}/${f.gender}=${f.value}`);
  it("gives each label its own count (must fire)", () => {
    expect(counts("Nya deltagare var 68 och avslutade 61.")).toEqual(
      expect.arrayContaining(["new/all=68", "exited/all=61"]),
    );
  });
  it("counts no interventions after 'och avslutade' as exits (must not fire)", () => {
    expect(counts("Nya deltagare var 68 och avslutade 3 insatser.")).not.toContain("exited/all=3");
  });
});
