/**
 * Stop 41's minutes rules, in our own words with a made-up federation ("ravik", the lexicon's) and
 * made-up people and figures. Each rule has a case where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { extractReport } from "../support/reportFacts.ts";
import { caseDecisionColumns } from "../../loaders/extract/text/caseDecisionColumns.ts";

const minutes = (lines: string[], kind: "board_minutes" | "committee_minutes" = "board_minutes", date = "2026-02-12") =>
  documentFacts({ federation: "ravik", kind, date }, lines) as AnyFact[];
const attendanceOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "attendance").map((f) => `${f.person}:${f.role}:${f.member ?? "-"}:${f.serving}`);
const HEADER = [
  "Samordningsförbundet Ravik",
  "Protokoll från styrelsens sammanträde",
  "",
  "Dag och tid     2026-02-12, kl. 13.15–15.30",
  "",
];
const FIRST_ITEM = ["§ 1  Val av justerare", "Styrelsen beslutar att utse Bengt Mo att justera protokollet.", ""];
const others = (line: string) =>
  attendanceOf(
    minutes([
      ...HEADER,
      "Beslutande      Lena Fjäll (S), Åby kommun, ordförande",
      "                Bengt Mo (S), Region Ravmark",
      `Övriga          ${line}`,
      "                Åsa Nord, förbundschef, sekreterare",
      "",
      ...FIRST_ITEM,
    ]),
  );

describe("a deputy among the others ('Övriga') names a party or a member body, and says whether they served", () => {
  it("stands in for a member ('ersätter Bengt Mo'): a deputy who served (must fire)", () => {
    expect(others("Siv Berg (C), Böda kommun, ersättare, ersätter Bengt Mo")).toContain(
      "Siv Berg:deputy:Böda kommun:true",
    );
  });
  it("serves in some items only ('tjg §§ 3-5'): serving unknown for the meeting (must not say no)", () => {
    const read = others("Siv Berg (C), ersättare, Böda kommun, tjg §§ 3-5");
    expect(read).toContain("Siv Berg:deputy:Böda kommun:null");
  });
  it("a member body without a party ('Arbetsförmedlingen, ersättare') is a deputy not serving (must fire)", () => {
    expect(others("Pia Lönn, Arbetsförmedlingen, ersättare")).toContain("Pia Lönn:deputy:Arbetsförmedlingen:false");
  });
  it("an official standing in for an office ('controller, ersättare') is no deputy (must not fire)", () => {
    const read = others("Jon Vik, controller, ersättare");
    expect(read.some((r) => r.startsWith("Jon Vik:deputy"))).toBe(false);
  });
});

describe("prose money: a figure right after another figure is a flattened table's column, no sentence's", () => {
  const revenue = (line: string) =>
    extractReport(["Samordningsförbundet Ravik", "Verksamhetsberättelse 2024", "", line], "ravik", 2024).find(
      (f) => f.table === "finance" && f.item === "revenue_operating" && f.basis === "actual",
    )?.amount_sek;
  it("'Intäkter   7 410   7 050 tkr' gives neither column as the year's revenue (must not fire)", () => {
    expect(revenue("Intäkter            7 410      7 050 tkr enligt resultaträkningen.")).toBeUndefined();
  });
  it("a year before the amount is no figure: 'Intäkter 2024 7 410 tkr' (must fire)", () => {
    expect(revenue("Förbundets intäkter 2024 7 410 tkr enligt resultaträkningen.")).toBe(7410000);
  });
  it("a sentence with its amount alone is read as before (must fire)", () => {
    expect(revenue("Förbundets intäkter uppgick till 7 410 tkr under året.")).toBe(7410000);
  });
});

describe("caseDecisionColumns: an item set as two columns, 'Ärende' beside 'Beslut'", () => {
  const item = (header: string) => [
    "§ 7  Ansökan om medel – Vägen",
    "",
    header,
    "      Åby kommun ansöker om 910 000 kr        Styrelsen beviljar Åby kommun",
    "      för insatsen Vägen under 2027.          860 000 kr för insatsen Vägen",
    "                                              för perioden 2027-01-01–2027-12-31.",
    "",
  ];
  const header = "      Ärende                                  Beslut";
  it("says the case's lines, then the decision's after 'Beslut:' (must fire)", () => {
    const read = caseDecisionColumns(item(header))!;
    expect(read.lines).toContain("      Beslut: Styrelsen beviljar Åby kommun");
    expect(read.lines.indexOf("      för insatsen Vägen under 2027.")).toBeLessThan(
      read.lines.indexOf("      Beslut: Styrelsen beviljar Åby kommun"),
    );
  });
  it("the minutes then store the granted sum, never the one applied for (must fire, must not fire)", () => {
    const facts = minutes([...HEADER, "Beslutande      Lena Fjäll (S), Åby kommun, ordförande", "", ...item(header)]);
    const d = facts.find((f) => f.table === "decision" && f.item_ref === "§7");
    expect([d?.outcome, d?.amount_sek]).toEqual(["approved", 860000]);
    expect(facts.some((f) => f.table === "allocation" && f.amount_sek === 910000)).toBe(false);
  });
  it("leaves a table of decisions with three columns or more to its own reader (must not fire)", () => {
    expect(caseDecisionColumns(item("      §   Ärende                              Beslut"))).toBeUndefined();
  });
  it("leaves a header whose right cell is a proposal ('Förslag till beslut') as written (must not fire)", () => {
    expect(
      caseDecisionColumns(item("      Ärende                                  Förslag till beslut")),
    ).toBeUndefined();
  });
  it("leaves the block as written where a word runs across the decision column's start (must not fire)", () => {
    const lines = item(header);
    lines[4] = "      för insatsen Vägen under hela året 2027 860 000 kr för insatsen Vägen";
    expect(caseDecisionColumns(lines)).toBeUndefined();
  });
});

describe("minutes written as a report: items numbered alone, decisions in the perfect tense, 'Deltog:'", () => {
  const report = (items: string[]) =>
    minutes(
      [
        "Samordningsförbundet Ravik",
        "Arbetsutskottet",
        "",
        "PROTOKOLL 2026-02-12",
        "",
        "Mötet hölls på kansliet. Mötet pågick mellan kl. 09.15 och 11.00.",
        "",
        "Deltog: Lena Fjäll (S), ordförande, Åby kommun; Bengt Mo (S), Region Ravmark.",
        "Från kansliet deltog förbundschef Åsa Nord.",
        "",
        ...items,
      ],
      "committee_minutes",
    );
  const ITEMS = [
    "1. Mötets öppnande",
    "Ordföranden öppnade mötet.",
    "",
    "2. Ansökan från Åby kommun om medel till Vägen",
    "Åby kommun har ansökt om 480 000 kronor för Vägen.",
    "Arbetsutskottet har beslutat att bevilja Åby kommun 430 000 kronor för",
    "Vägen under perioden 2026-03-01–2026-12-31.",
    "",
    "3. Budget 2027",
    "Arbetsutskottet har beslutat att föreslå styrelsen att fastställa budgeten för 2027.",
    "",
  ];
  const decisions = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "decision").map((f) => `${f.item_ref}:${f.outcome}:${f.amount_sek ?? "-"}`);

  it("reads '2. Title' headings running 1, 2, 3 as items and 'har beslutat att' as decisions (must fire)", () => {
    expect(decisions(report(ITEMS))).toEqual(expect.arrayContaining(["§2:approved:430000", "§3:proposed:-"]));
  });
  it("stores no sum applied for as a grant (must not fire)", () => {
    expect(report(ITEMS).some((f) => f.amount_sek === 480000)).toBe(false);
  });
  it("reads no numbered sentences nor a list that does not run 1, 2, 3 as items (must not fire)", () => {
    const broken = [
      "1. Mötets öppnande",
      "Text.",
      "",
      "3. Ansökan från Åby kommun",
      "Text.",
      "",
      "4. Övrigt",
      "Text.",
      "",
    ];
    expect(decisions(report(broken))).toEqual([]);
    const sentences = [
      "1. Styrelsen beslutar att godkänna dagordningen.",
      "2. Styrelsen beslutar att avsluta mötet.",
      "",
    ];
    expect(decisions(report([...sentences, "3. Övrigt", ""]))).toEqual([]);
  });
  it("takes 'mellan kl. 09.15 och 11.00' as the meeting's start and end (must fire)", () => {
    const m = report(ITEMS).find((f) => f.table === "meeting");
    expect([m?.start_time, m?.end_time]).toEqual(["09:15", "11:00"]);
  });
  it("reads 'Deltog:' as those deciding and the office's sentence as an official (must fire)", () => {
    expect(attendanceOf(report(ITEMS))).toEqual(
      expect.arrayContaining([
        "Lena Fjäll:member:Åby kommun:true",
        "Bengt Mo:member:Region Ravmark:true",
        "Åsa Nord:official:-:null",
      ]),
    );
  });
});

describe("per capsulam: 'Följande ledamöter har svarat …:' over a dash list", () => {
  const facts = minutes([
    "PROTOKOLL ÖVER BESLUT PER CAPSULAM",
    "Samordningsförbundet Ravik, styrelsen",
    "Beslutsdatum: 12 februari 2026",
    "",
    "Följande ledamöter har svarat och biträtt förslagen:",
    "- Lena Fjäll (S), ordförande, Åby kommun",
    "- Olof Ask (M), Region Ravmark, ersättare, tjänstgörande för Bengt Mo",
    "",
    "Bengt Mo (S), Region Ravmark, har inte svarat.",
    "",
    ...FIRST_ITEM,
  ]);
  it("reads the dash list's people, a deputy serving for a member (must fire)", () => {
    expect(attendanceOf(facts)).toEqual(
      expect.arrayContaining(["Lena Fjäll:member:Åby kommun:true", "Olof Ask:deputy:Region Ravmark:true"]),
    );
  });
  it("stores nobody who did not answer (must not fire)", () => {
    expect(attendanceOf(facts).some((a) => a.startsWith("Bengt Mo"))).toBe(false);
  });
});

describe("initialsKey: attendance written as initials explained by a key", () => {
  const KEY = [
    "Namnnyckel",
    "LF   Lena Fjäll (S), ordförande, Åby kommun",
    "BM   Bengt Mo (S), Region Ravmark",
    "OA   Olof Ask (M), ersättare, Region Ravmark",
    "RS   Rut Sand (C), ersättare, Åby kommun",
    "ÅN   Åsa Nord, förbundschef",
    "",
  ];
  const read = (lists: string[]) => attendanceOf(minutes([...HEADER, ...lists, "", ...KEY, ...FIRST_ITEM]));
  it("reads each code's person from the key, role and serving from the list (must fire)", () => {
    const got = read([
      "Närvarande: LF, OA (tjg för BM)",
      "Närvarande ersättare, ej tjänstgörande: RS",
      "Förhinder: BM",
      "Från kansliet: ÅN, förbundschef",
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        "Lena Fjäll:member:Åby kommun:true",
        "Olof Ask:deputy:Region Ravmark:true",
        "Rut Sand:deputy:Åby kommun:false",
        "Åsa Nord:official:-:null",
      ]),
    );
    expect(got.some((a) => a.startsWith("Bengt Mo"))).toBe(false);
  });
  it("reads no line holding a code the key lacks, nor the codes as people (must not fire)", () => {
    const got = read(["Närvarande: LF, XY, OA"]);
    expect(got.some((a) => /^(?:Lena Fjäll|Olof Ask|LF|XY|OA):/.test(a))).toBe(false);
  });
  it("leaves a deputy present with no mark of serving unknown, never serving (must not fire)", () => {
    expect(read(["Närvarande: LF, OA"])).toContain("Olof Ask:deputy:Region Ravmark:null");
  });
});

describe("appendixGrants: grants decided 'enligt bilaga n', their sums only in the appendix", () => {
  const read = (
    decision: string,
    header = "Insats                 Sökt belopp    Beviljat 2027",
    total = "3 300 000",
  ) =>
    minutes([
      ...HEADER,
      "Beslutande      Lena Fjäll (S), Åby kommun, ordförande",
      "",
      "§ 40  Insatsmedel 2027",
      "Insatserna har tillsammans ansökt om 4 300 000 kr.",
      "Beslut",
      decision,
      "",
      "Bilaga 2  Fördelning av insatsmedel 2027 (kr)",
      "",
      header,
      "Vägen                    2 400 000      2 100 000",
      "Bron                     1 300 000      1 200 000",
      "Steget                     600 000              0",
      `Totalt                   4 300 000      ${total}`,
    ]).filter((f) => f.table === "allocation");
  const amounts = (fs: AnyFact[]) => fs.map((f) => `${f.amount_sek}:${f.period_start}`);
  it("reads each granted row for the year its column names (must fire)", () => {
    expect(amounts(read("Styrelsen beslutar att fördela insatsmedel för 2027 enligt bilaga 2."))).toEqual([
      "2100000:2027-01-01",
      "1200000:2027-01-01",
    ]);
  });
  it("reads no sum applied for, no sum of 0 and no Totalt row (must not fire)", () => {
    const got = read("Styrelsen beslutar att fördela insatsmedel för 2027 enligt bilaga 2.").map((f) => f.amount_sek);
    expect(got.some((a) => [2400000, 1300000, 600000, 0, 3300000, 4300000].includes(a as number))).toBe(false);
  });
  it("reads nothing for a postponed decision (must not fire)", () => {
    expect(read("Ärendet bordläggs; förslaget till fördelning finns i bilaga 2.")).toEqual([]);
  });
  it("reads nothing where the rows do not add up to the Totalt row (must not fire)", () => {
    expect(
      read("Styrelsen beslutar att fördela insatsmedel för 2027 enligt bilaga 2.", undefined, "3 400 000"),
    ).toEqual([]);
  });
  it("reads nothing where no column is the sum granted ('Förslag 2027') (must not fire)", () => {
    expect(
      read(
        "Styrelsen beslutar att fördela insatsmedel för 2027 enligt bilaga 2.",
        "Insats                 Sökt belopp    Förslag 2027",
      ),
    ).toEqual([]);
  });
});

describe("a body deciding 'att …' in words no outcome names adopts it", () => {
  const outcome = (decision: string) =>
    minutes([...HEADER, "§ 9  Sammanträdesplan 2027", "Beslut", decision, ""]).find(
      (f) => f.table === "decision" && f.item_ref === "§9",
    )?.outcome;
  it("'Styrelsen beslutar att sammanträda den 20 april och 15 juni' is approved (must fire)", () => {
    expect(outcome("Styrelsen beslutar att sammanträda den 20 april och 15 juni 2027.")).toBe("approved");
  });
  it("stores no approval for 'att inte …', 'att avvakta …' or 'att avsluta …' (must not fire)", () => {
    expect(outcome("Styrelsen beslutar att inte gå vidare med planen.")).not.toBe("approved");
    expect(outcome("Styrelsen beslutar att avvakta regionens besked.")).not.toBe("approved");
    expect(outcome("Styrelsen beslutar att avsluta samarbetet med kommunen.")).not.toBe("approved");
  });
});

describe("an official's or a guest's title may hold a period's years", () => {
  it("'Gun Rapp, ordförande under mandatperioden 2019–2022, gäst § 7' is a guest (must fire)", () => {
    expect(others("Gun Rapp, ordförande under mandatperioden 2019–2022, gäst § 7")).toContain("Gun Rapp:guest:-:null");
  });
  it("a member's line with a party among the others is no guest (must not fire)", () => {
    expect(others("Gun Rapp (S), Åby kommun, ersättare").some((a) => a.startsWith("Gun Rapp:guest"))).toBe(false);
  });
});

describe("a body that took note of a report; an 'Ärendebeskrivning' column; officials named after their title", () => {
  const outcome = (line: string) =>
    minutes([...HEADER, "§ 3  Uppföljning av insatsen Vägen", "Förbundschefen har redovisat läget.", line, ""]).find(
      (f) => f.table === "decision" && f.item_ref === "§3",
    )?.outcome;
  it("'Arbetsutskottet har tagit del av redovisningen.' is noted (must fire)", () => {
    expect(outcome("Arbetsutskottet har tagit del av redovisningen.")).toBe("noted");
  });
  it("'har tagit del av ansökan' notes no application: no outcome stored (must not fire)", () => {
    expect(outcome("Styrelsen har tagit del av ansökan från Åby kommun.")).not.toBe("noted");
  });
  it("'Ärendebeskrivning | Arbetsutskottets beslut' heads a two-column item (must fire)", () => {
    const read = caseDecisionColumns([
      "   Ärendebeskrivning                     Arbetsutskottets beslut",
      "   Åby kommun ansöker om medel.          Ansökan avslås.",
      "",
    ]);
    expect(read?.lines).toContain("   Beslut: Ansökan avslås.");
  });
  it("'… förbundschef Åsa Nord och controller Per Ek' names two officials (must fire)", () => {
    expect(others("Från kansliet deltog förbundschef Åsa Nord och controller Per Ek.")).toEqual(
      expect.arrayContaining(["Per Ek:official:-:null"]),
    );
  });
});

describe("officials named after their title in its definite form", () => {
  it("'Från kansliet deltog förbundschefen Åsa Nord och ekonomen Per Ek.' names two officials (must fire)", () => {
    expect(others("Från kansliet deltog förbundschefen Åsa Nord och ekonomen Per Ek.")).toEqual(
      expect.arrayContaining(["Åsa Nord:official:-:null", "Per Ek:official:-:null"]),
    );
  });
  it("a member's party and body on the line make no official of them (must not fire)", () => {
    expect(others("Per Ek (M), Åby kommun, ersättare").some((a) => a.startsWith("Per Ek:official"))).toBe(false);
  });
});

describe("per capsulam: the other labels of those who answered", () => {
  const answered = (label: string) =>
    attendanceOf(
      minutes([
        "PROTOKOLL ÖVER BESLUT PER CAPSULAM",
        "Samordningsförbundet Ravik, styrelsen",
        "",
        label,
        "Lena Fjäll (S), ordförande, Åby kommun",
        "Bengt Mo (S), Region Ravmark",
        "",
        ...FIRST_ITEM,
      ]),
    );
  it("'Svar har inkommit från:', 'Beslutet har fattats av:', 'Följande har deltagit i beslutet:' (must fire)", () => {
    for (const label of ["Svar har inkommit från:", "Beslutet har fattats av:", "Följande har deltagit i beslutet:"])
      expect(answered(label)).toEqual(
        expect.arrayContaining(["Lena Fjäll:member:Åby kommun:true", "Bengt Mo:member:Region Ravmark:true"]),
      );
  });
  it("'Följande har inte svarat:' lists no one who decided (must not fire)", () => {
    expect(answered("Följande har inte svarat:").some((a) => a.includes(":member:"))).toBe(false);
  });
});

describe("the meeting's hours in one clause, 'började kl. … och avslutades kl. …'", () => {
  const times = (line: string) => {
    const m = minutes([
      "Samordningsförbundet Ravik",
      "Protokoll från styrelsens sammanträde 2026-02-12",
      "",
      line,
      "",
      ...FIRST_ITEM,
    ]).find((f) => f.table === "meeting");
    return [m?.start_time ?? null, m?.end_time ?? null];
  };
  it("'Mötet började kl. 13.00 och avslutades kl. 15.30.' (must fire)", () => {
    expect(times("Mötet började kl. 13.00 och avslutades kl. 15.30.")).toEqual(["13:00", "15:30"]);
  });
  it("another meeting's end in the next sentence is no end (must not fire)", () => {
    expect(times("Mötet började kl. 13.00. Samrådet i Åby avslutades kl. 16.30.")[1]).not.toBe("16:30");
  });
});
