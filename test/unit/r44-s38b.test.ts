/**
 * Stop 44, sets 38/38b leftovers: general shapes, each with a made-up must-fire and a must-not-fire case
 * (made-up federations, people and figures throughout).
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import { asNameCase } from "../../loaders/extract/general/federationNames.ts";
import { dropAuthorYearCitations } from "../../loaders/extract/text/authorYearCitations.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { FederationFacts } from "../../loaders/schema/registry.ts";

const FEDERATION: FederationFacts = {
  id: "vittmark",
  name: "Samordningsförbundet Vittmark",
  members: ["Vittmarks kommun", "Ekeby kommun", "Region Vittland"],
};

function entry(kind: ManifestEntry["kind"], year: number, date: string): ManifestEntry {
  return {
    federation_id: "vittmark",
    kind,
    date,
    period_year: year,
    title: "x",
    file: "vittmark/dokument.txt",
    sha256: "0".repeat(64),
  };
}

type Row = Record<string, unknown> & { table: string; line: number };

/** The stored facts of a text, as rows. */
function facts(
  lines: string[],
  kind: ManifestEntry["kind"] = "annual_report",
  year = 2025,
  date = "2026-03-01",
): Row[] {
  return extractFromLines(entry(kind, year, date), lines, "0".repeat(64), FEDERATION).facts as unknown as Row[];
}

/** Participant counts as "measure/gender=value". */
const counts = (rows: Row[]) =>
  rows
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${String(f.year)} ${String(f.measure)}/${String(f.gender)}=${String(f.value)}`)
    .sort();
/** Finance rows as "year basis item=sek". */
const money = (rows: Row[]) =>
  rows
    .filter((f) => f.table === "finance")
    .map((f) => `${String(f.year)} ${String(f.basis)} ${String(f.item)}=${String(f.amount_sek)}`)
    .sort();
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

describe("a news headline whose generic word is the subject of a verb", () => {
  it("folds the verb as a verb, so the headline names no federation", () => {
    expect(asNameCase("SAMORDNINGSFÖRBUNDET SAMMANFATTAR 2025")).toBe("Samordningsförbundet sammanfattar 2025");
    expect(asNameCase("SAMORDNINGSFÖRBUNDET PRESENTERAR ÅRET")).toBe("Samordningsförbundet presenterar Året");
    expect(asNameCase("FÖRBUNDET VÄXER I ÅR")).toBe("Förbundet växer I År");
  });

  it("reads the federation's figures under such a headline in a member's staff newsletter", () => {
    const rows = facts([
      "MEDARBETARBLADET – Vittmarks kommun",
      "Nummer 4 · 2026",
      "",
      "SAMORDNINGSFÖRBUNDET SAMMANFATTAR 2025",
      "Samordningsförbundet Vittmark har nu antagit årsredovisningen för 2025:",
      "",
      "  • 212 personer deltog i förbundets insatser (120 kvinnor, 92 män)",
      "  • 97 nya deltagare skrevs in under året",
    ]);
    expect(counts(rows)).toEqual([
      "2025 enrolled/all=212",
      "2025 enrolled/man=92",
      "2025 enrolled/woman=120",
      "2025 new/all=97",
    ]);
  });

  it("keeps a headline naming another federation as that federation's (a name, no verb)", () => {
    expect(asNameCase("SAMORDNINGSFÖRBUNDET NORRSTRAND 2025")).toBe("Samordningsförbundet Norrstrand 2025");
    expect(asNameCase("SAMORDNINGSFÖRBUNDET VÄSTER 2025")).toBe("Samordningsförbundet Väster 2025");
    const rows = facts([
      "Jämförelse med grannarna",
      "",
      "SAMORDNINGSFÖRBUNDET NORRSTRAND 2025",
      "Förbundet hade 305 deltagare under 2025, varav 160 kvinnor och 145 män.",
    ]);
    expect(counts(rows)).toEqual([]);
  });
});

describe("an item's paragraphs that go on presenting a closed year's report", () => {
  const minutes = (fourth: string[]) => [
    "VITTLANDS REGION                                  PROTOKOLLSUTDRAG",
    "",
    "Anteckningar från ägarsamråd för Samordningsförbundet Vittmark",
    "",
    "Datum: 10 mars 2026",
    "",
    "§ 1  Förbundets år 2025 i korthet och ekonomi",
    "Förbundschefen redovisade årsredovisningen för 2025 som styrelsen har fastställt.",
    "Insatserna hade 240 deltagare, varav 130 kvinnor och 110 män.",
    "",
    ...fourth,
    "",
    "Ägarsamrådet beslutar",
    "att lägga informationen till handlingarna.",
    "",
    "§ 2  Övriga frågor",
    "Inga övriga frågor.",
  ];

  it("reads the money of the next paragraph as the year's accounts", () => {
    const rows = facts(
      minutes([
        "Förbundets intäkter uppgick till 9 800 000 kronor och årets resultat blev",
        "-140 000 kronor. Eget kapital vid årets slut var 1 760 000 kronor.",
      ]),
      "committee_minutes",
      2026,
      "2026-03-10",
    );
    expect(money(rows)).toEqual([
      "2025 actual equity_end=1760000",
      "2025 actual result=-140000",
      "2025 actual revenue_operating=9800000",
    ]);
  });

  it("stops at a paragraph on a budget or another year", () => {
    const rows = facts(
      minutes([
        "Budgeten för 2026 är 10 200 000 kronor och kostnaderna beräknas till",
        "10 400 000 kronor. Eget kapital beräknas bli 1 500 000 kronor.",
      ]),
      "committee_minutes",
      2026,
      "2026-03-10",
    );
    expect(money(rows).filter((m) => m.includes("actual"))).toEqual([]);
  });
});

describe("a list under a sentence naming the person who presents the report", () => {
  const lines = (lead: string) => [
    "VITTMARKS KOMMUN",
    "Minnesanteckningar                                              2026-04-02",
    "",
    "2. Förbundets redovisning av 2025",
    lead,
    "",
    "  Deltagare totalt                       244",
    "  varav nya under året                   118",
    "",
    "  Intäkter, tkr                        8 400",
    "  Kostnader, tkr                       8 650",
    "  Årets resultat, tkr                   -250",
  ];

  it("reads the list as the federation's: the presenter owns none of it", () => {
    const rows = facts(lines("Eva Holm redogjorde för årsredovisningen 2025. Kortfattat:"));
    expect(money(rows)).toEqual([
      "2025 actual cost_operating=8650000",
      "2025 actual result=-250000",
      "2025 actual revenue_operating=8400000",
    ]);
  });

  it("leaves the list of a name that presents no report unread", () => {
    const rows = facts(lines("Eva Holm redogjorde för Stegvis. Kortfattat:"));
    expect(money(rows)).toEqual([]);
  });
});

describe("a member's fee with its year right after the noun", () => {
  it("reads 'Ekeby kommuns medlemsavgift 2025 var …' as the year's fee", () => {
    const rows = facts(["Ekonomi", "", "Ekeby kommuns medlemsavgift 2025 var 845 000 kr."]);
    expect(fees(rows)).toEqual(["2025 actual Ekeby kommun=845000"]);
  });

  it("never reads a later year's fee so as the report's", () => {
    const rows = facts(["Ekonomi", "", "Ekeby kommuns medlemsavgift 2026 var 870 000 kr enligt beslutet."]);
    expect(fees(rows).filter((f) => f.startsWith("2025"))).toEqual([]);
  });
});

describe("'deltagarantalet' for the number of participants", () => {
  it("reads 'Deltagarantalet blev 318 personer, varav …' as the year's participants", () => {
    const rows = facts([
      "Verksamhetsberättelse 2025",
      "",
      "Deltagare",
      "",
      "Det samlade deltagarantalet i insatserna blev 318 personer, varav 170 kvinnor och 148 män.",
    ]);
    expect(counts(rows)).toEqual(["2025 enrolled/all=318", "2025 enrolled/man=148", "2025 enrolled/woman=170"]);
  });

  it("never reads a change in it, or a seminar's, as the year's participants", () => {
    const rows = facts([
      "Verksamhetsberättelse 2025",
      "",
      "Deltagare",
      "",
      "Deltagarantalet ökade med 35 personer jämfört med 2024.",
      "Deltagarantalet i seminarieserien blev 140 personer.",
    ]);
    expect(counts(rows)).toEqual([]);
  });
});

describe("author–year references in running text", () => {
  it("takes a reference out of the sentence, so its year dates no figure", () => {
    expect(
      dropAuthorYearCitations([
        "Enligt årsredovisningen för 2025 deltog 190 personer (Samordningsförbundet Vittmark, 2026, s. 4),",
        "varav 101 kvinnor (Holm och Rask 2026) och 89 män (a.a., s. 5).",
      ]),
    ).toEqual([
      "Enligt årsredovisningen för 2025 deltog 190 personer (Samordningsförbundet Vittmark),",
      "varav 101 kvinnor och 89 män.",
    ]);
    const rows = facts([
      "4.2 Verksamheten i siffror",
      "Enligt årsredovisningen för 2025 deltog 190 personer i insatserna, 101 kvinnor och",
      "89 män (Samordningsförbundet Vittmark, 2026, s. 4). Av de avslutade gick 30 till arbete (a.a., s. 5).",
    ]);
    expect(counts(rows)).toEqual(["2025 enrolled/all=190", "2025 enrolled/man=89", "2025 enrolled/woman=101"]);
  });

  it("keeps another federation named as the author, so its figures stay its own", () => {
    const rows = facts([
      "4.3 Jämförelse",
      "I jämförelsefallet deltog 305 personer i insatserna (Samordningsförbundet Norrstrand, 2026, s. 4).",
    ]);
    expect(counts(rows)).toEqual([]);
  });

  it("leaves a bracket of figures, a year alone and a table's cell as written", () => {
    const lines = [
      "Deltagarna var 190 (2024: 171) och de nya 80 (2024).",
      "Vittmark   190   (Vittmark, 2024)   171",
      "Inskrivna 190 (Ekeby 171)",
    ];
    expect(dropAuthorYearCitations(lines)).toBeUndefined();
  });
});

describe("a speaker named by name alone after the figures", () => {
  it("reads the figures a recording's speaker tells, a time after the name", () => {
    const rows = facts([
      "## Siffrorna ur förbundets årsredovisning 2025",
      "",
      "Under 2025 tog förbundets insatser emot 230 deltagare. Av dem avslutade 96 sin insats.",
      "Av de som avslutade gick 28 vidare till arbete och 9 till studier, berättar Lena vid 12:40.",
    ]);
    expect(exits(rows)).toEqual(["2025 studies=9", "2025 work=28"]);
  });

  it("keeps the name of a speaker whose 'vi' may be an intervention's", () => {
    const rows = facts([
      "## Röster från insatserna",
      "",
      "Under 2025 tog förbundets insatser emot 230 deltagare.",
      "Vi fick 31 av dem vidare till arbete, säger Lena Kask.",
    ]);
    expect(exits(rows)).toEqual([]);
  });
});

describe("footnote letters set as superscript letters after a figure", () => {
  it("reads the figures of a table whose cells carry a letter", () => {
    const rows = facts([
      "# Årsredovisning 2025",
      "",
      "### Deltagare",
      "",
      "| Deltagare 2025 | Kvinnor | Män | Totalt |",
      "|----------------|---------|-----|--------|",
      "| Inskrivna      | 71ᵃ     | 64  | 135    |",
      "| Nya            | 33      | 30ᵇ | 63     |",
      "",
      "ᵃ Fyra kvinnor deltog i två insatser; de räknas en gång.",
      "ᵇ Varav 3 från en annan kommun.",
    ]);
    expect(counts(rows)).toEqual([
      "2025 enrolled/all=135",
      "2025 enrolled/man=64",
      "2025 enrolled/woman=71",
      "2025 new/all=63",
      "2025 new/man=30",
      "2025 new/woman=33",
    ]);
  });

  it("keeps a note's own letter at its line's start, and a modifier letter inside a word", () => {
    const rows = facts([
      "Deltagare",
      "",
      "ᵃ Varav 3 från en annan kommun.",
      "Under 2025 hade förbundet 135 deltagare.",
    ]);
    expect(counts(rows)).toEqual(["2025 enrolled/all=135"]);
  });
});

describe("a trailing minus in a statement with a note column, continued on the next page", () => {
  const statement = (closing: string) => [
    "Samordningsförbundet Vittmark                                        Sida 3",
    "",
    "Resultaträkning                            Not           2025           2024",
    "Verksamhetens intäkter                       1      4 800 000      4 650 000",
    "Verksamhetens kostnader                      2      4 912 500-     4 571 200-",
    "Verksamhetens resultat                                112 500-        78 800",
    "",
    "Samordningsförbundet Vittmark                                        Sida 4",
    "",
    "Resultaträkning (forts.)                   Not           2025           2024",
    "Finansiella intäkter                         3          2 100          1 400",
    closing,
  ];

  it("signs the rows, the note's number no cell, and carries the sum on under '(forts.)'", () => {
    const rows = facts(statement("Årets resultat                                        110 400-        80 200"));
    expect(money(rows)).toEqual(
      expect.arrayContaining([
        "2025 actual cost_operating=4912500",
        "2025 actual operating_result=-112500",
        "2025 actual result=-110400",
        "2024 actual result=80200",
      ]),
    );
  });

  it("leaves the continued block unsigned where its sum does not hold", () => {
    const rows = facts(statement("Årets resultat                                        110 900-        80 200"));
    expect(money(rows).filter((m) => m.includes(" result="))).not.toContain("2025 actual result=-110900");
    expect(money(rows).filter((m) => m.includes(" result="))).not.toContain("2025 actual result=110900");
  });
});

describe("a table whose total row comes first, under a caption over its header", () => {
  const table = (caption: string) => [
    "Verksamhetsberättelse 2025",
    "",
    caption,
    "Ålder            Kvinnor      Män     Alla",
    "Samtliga              58       49      107",
    "16–29 år              20       25       45",
    "30–49 år              25       16       41",
    "50 år och äldre       13        8       21",
  ];

  it("reads the total row right under the header, in the caption's measure", () => {
    expect(counts(facts(table("Tabell 2. Inskrivna deltagare 2025 efter ålder och kön")))).toEqual([
      "2025 enrolled/all=107",
      "2025 enrolled/man=49",
      "2025 enrolled/woman=58",
    ]);
    expect(counts(facts(table("Tabell 3. Nya deltagare 2025 efter ålder och kön")))).toEqual([
      "2025 new/all=107",
      "2025 new/man=49",
      "2025 new/woman=58",
    ]);
  });

  // The near miss under an appendix's heading ("BILAGA 2. DELTAGARE" over "Uppföljning  Kvinnor  Män  Totalt"):
  // test/unit/tablesSet12.test.ts, a table no heading or title places.
  it("never reads the age bands, nor the total of a table captioned with another year", () => {
    expect(counts(facts(table("Tabell 2. Inskrivna deltagare 2024 efter ålder och kön")))).toEqual([]);
  });
});

describe("one gender of a group the sentence names by its measure", () => {
  it("reads 'Av de avslutade var 42 kvinnor.' as the year's exited women", () => {
    const rows = facts(["Deltagare", "", "Andelen till arbete blev 38 procent. Av de avslutade var 37 kvinnor."]);
    expect(counts(rows)).toEqual(["2025 exited/woman=37"]);
  });

  it("never reads a group of the women or one intervention's", () => {
    const rows = facts([
      "Deltagare",
      "",
      "Av de avslutade var 12 kvinnor under 25 år.",
      "Av de avslutade i Kompassen var 9 kvinnor.",
    ]);
    expect(counts(rows)).toEqual([]);
  });
});

/** Attendance rows as "person role serving member". */
const attendance = (rows: Row[]) =>
  rows
    .filter((f) => f.table === "attendance")
    .map((f) => `${String(f.person)} ${String(f.role)} ${String(f.serving)} ${String(f.member)}`);

describe("a check-box roster with name, role and body in columns", () => {
  const minutes = (roster: string[]) => [
    "VITTMARKS SAMORDNINGSFÖRBUND                       Arbetsutskottet",
    "Protokoll nr 2/2026",
    "",
    "Sammanträdesdag: tisdagen den 10 mars 2026, klockan 09.00 till 11.00",
    "",
    ...roster,
    "",
    "§ 12  Val av justerare",
    "",
    "Arbetsutskottet utser Lena Kask att justera protokollet.",
  ];

  it("reads the ticked rows: members, a serving deputy and an official, never the unticked", () => {
    const rows = facts(
      minutes([
        "Närvarolista (x = närvarande)",
        "[x] Lena Kask          ordförande                        Vittmarks kommun",
        "[ ] Olof Brand         ledamot                           Region Vittland",
        "[x] Mira Sund          ersättare, tjänstgör för Olof Brand  Region Vittland",
        "[x] Jon Ek             ledamot                           Ekeby kommun",
        "[x] Hanna Rud          förbundschef, sekreterare",
      ]),
      "committee_minutes",
      2026,
      "2026-03-10",
    );
    expect(attendance(rows)).toEqual([
      "Lena Kask member true Vittmarks kommun",
      "Mira Sund deputy true Region Vittland",
      "Jon Ek member true Ekeby kommun",
      "Hanna Rud official null null",
    ]);
  });

  it("reads no roster where a row under the heading is no name, role and body", () => {
    const rows = facts(
      minutes([
        "Närvarolista (x = närvarande)",
        "[x] Lena Kask          ordförande                        Vittmarks kommun",
        "[x] Jon Ek             ledamot                           Ekeby kommun",
        "Mötet hölls digitalt   via länk                          se kallelsen",
      ]),
      "committee_minutes",
      2026,
      "2026-03-10",
    );
    expect(attendance(rows).filter((a) => a.startsWith("Mötet"))).toEqual([]);
    expect(attendance(rows).filter((a) => a.includes(" member true Vittmarks kommun"))).toEqual([]);
  });
});

/** Decisions as "item_ref outcome amount". */
const decisions = (rows: Row[]) =>
  rows
    .filter((f) => f.table === "decision")
    .map((f) => `${String(f.item_ref)} ${String(f.outcome)} ${String(f.amount_sek)}`);

describe("a decision taken in parts numbered (i), (ii), (iii)", () => {
  const minutes = (lead: string) => [
    "VITTMARKS SAMORDNINGSFÖRBUND                       Arbetsutskottet",
    "Protokoll 2026-05-12",
    "",
    "§ 40  Ansökningar om medel",
    "",
    "Tre ansökningar har kommit in. Vägvisaren söker 240 000 kr och Bryggan 90 000 kr.",
    "",
    lead,
    "  (i)   Vägvisaren, Vittmarks kommun, beviljas 200 000 kr för perioden",
    "        2026-08-01–2026-12-31;",
    "  (ii)  ansökan om Bryggan avslås;",
    "  (iii) ansökan om Stigen bordläggs till nästa möte.",
    "",
    "§ 41  Mötets avslutande",
    "",
    "Ordföranden avslutar mötet.",
  ];

  it("stores each part as a decision of its own, with its outcome", () => {
    const rows = facts(minutes("Arbetsutskottets beslut fattas i tre delar:"), "committee_minutes", 2026, "2026-05-12");
    expect(decisions(rows).filter((d) => d.startsWith("§40"))).toEqual([
      "§40:1 approved 200000",
      "§40:2 rejected null",
      "§40:3 postponed null",
    ]);
  });

  it("never splits Roman-numbered lines no lead calls the decision's parts", () => {
    const rows = facts(
      minutes("Kansliet har bedömt ansökningarna utifrån tre frågor:"),
      "committee_minutes",
      2026,
      "2026-05-12",
    );
    expect(decisions(rows).filter((d) => /^§40:/.test(d))).toEqual([]);
  });
});

describe("an unsigned result whose sentence states the financial items", () => {
  const report = (third: string) => [
    "Verksamhetsberättelse 2025",
    "",
    "Ekonomi",
    "",
    "Verksamhetens intäkter var 3 600 000 kr och verksamhetens kostnader 3 520 400 kr.",
    third,
  ];

  it("signs the result where revenue − costs + the stated financial income gives its size", () => {
    expect(money(facts(report("Med finansiella intäkter på 1 900 kr blev årets resultat 81 500 kr.")))).toContain(
      "2025 actual result=81500",
    );
  });

  it("leaves it unread where the stated items do not close the gap", () => {
    expect(
      money(facts(report("Med finansiella intäkter på 1 900 kr blev årets resultat 85 500 kr."))).filter((m) =>
        m.includes(" result="),
      ),
    ).toEqual([]);
  });
});
