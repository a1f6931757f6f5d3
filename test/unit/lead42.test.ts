/**
 * Rules of stop 42's lead (made-up federations and figures), each closing a wrong figure of the stop's
 * first sight: deputies' labels saying after the word whether they served ("Ersättare (ej
 * tjänstgörande):", "Ersättare som inte tjänstgjorde"), a distribution granted in its first sentence
 * with one application refused in a later one, and an instruction's invented example report.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";
import { withoutInventedExamples } from "../../loaders/extract/text/inventedExamples.ts";
import { readStatementRow } from "../../loaders/extract/general/statementTable.ts";
import { withoutWrongColumns } from "../../loaders/extract/text/correctionColumns.ts";

const minutes = (lines: string[]) =>
  documentFacts({ federation: "ravik", kind: "board_minutes", date: "2026-03-12" }, lines);
const attendance = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "attendance").map((f) => `${f.person}:${f.role}:${f.serving}`);
const decisionsOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "decision" && f.outcome !== "other").map((f) => `${f.item_ref}:${f.outcome}`);

const head = [
  "Samordningsförbundet Ravik                    PROTOKOLL",
  "Styrelsen",
  "",
  "Datum: 2026-03-12",
  "Tid: kl. 09.00–11.00",
  "",
  "Närvarande ledamöter",
  "  Eva Strand (S), Åby kommun, ordförande",
  "  Nils Berg (M), Region Ravik",
  "",
];
const item = ["§ 1  Mötets öppnande", "Styrelsen beslutar att godkänna dagordningen."];

describe("a deputies' label saying after the word whether they served", () => {
  it("reads 'Ersättare som inte tjänstgjorde' and 'Ersättare (ej tjänstgörande):' as not serving", () => {
    for (const label of [
      "Ersättare som inte tjänstgjorde",
      "Ersättare (ej tjänstgörande):",
      "Närvarande ersättare som ej har tjänstgjort",
    ]) {
      const facts = minutes([...head, label, "  Lars Ek (KD), Åby kommun", "", ...item]);
      expect(attendance(facts)).toContain("Lars Ek:deputy:false");
    }
  });
  it("reads 'Ersättare (tjänstgörande)' and 'Ersättare som tjänstgjorde' as serving", () => {
    for (const label of ["Ersättare (tjänstgörande):", "Ersättare som tjänstgjorde"]) {
      const facts = minutes([...head, label, "  Lars Ek (KD), Åby kommun", "", ...item]);
      expect(attendance(facts)).toContain("Lars Ek:deputy:true");
    }
  });
  it("must NOT say anything of serving under a bare 'Ersättare', nor read 'tjänstgjorde ej' as serving", () => {
    expect(attendance(minutes([...head, "Ersättare", "  Lars Ek (KD), Åby kommun", "", ...item]))).toContain(
      "Lars Ek:deputy:null",
    );
    expect(
      attendance(minutes([...head, "Ersättare som tjänstgjorde ej", "  Lars Ek (KD), Åby kommun", "", ...item])),
    ).not.toContain("Lars Ek:deputy:true");
  });
});

describe("a distribution granted in its first sentence, one application refused in a later one", () => {
  const grants = (decision: string[]) => [
    ...head,
    "§ 5  Fördelning av medel 2026",
    "Kansliet har berett ärendet och lämnar följande förslag (kr), för perioden 2026-03-01–2026-12-31:",
    "",
    "  Insats              Sökt       Förslag",
    "  Steget             400 000     380 000",
    "  Bron               300 000      avslag",
    "",
    ...decision,
  ];
  it("is approved; the amended grant goes to the intervention named, for the proposal's period", () => {
    const facts = minutes(
      grants([
        "Styrelsen beslutar att fördela medel enligt kansliets förslag, med den ändringen att Steget beviljas",
        "350 000 kr, eftersom Åby kommun står för lokalerna. Bron avslås då samverkan saknas.",
      ]),
    );
    expect(decisionsOf(facts)).toContain("§5:approved");
    const grant = facts.find((f) => f.table === "allocation" && f.amount_sek === 350000)!;
    expect([grant.recipient, grant.period_start, grant.period_end]).toEqual(["Steget", "2026-03-01", "2026-12-31"]);
  });
  it("must NOT approve an item whose first decision refuses, nor name the municipality of a reason clause", () => {
    const refused = minutes(
      grants(["Styrelsen beslutar att avslå ansökan från Bron. Kansliet får i uppdrag att fördela medlen senare."]),
    );
    expect(decisionsOf(refused)).toContain("§5:rejected");
    const reason = minutes(
      grants(["Styrelsen beslutar att bevilja 200 000 kr, eftersom Åby kommun står för lokalerna."]),
    );
    expect(reason.filter((f) => f.table === "allocation").map((f) => f.recipient)).not.toContain("Åby kommun");
  });
});

describe("an instruction's filled-in example with figures it says are invented", () => {
  const instruction = (heading: string, note: string) => [
    "Samordningsförbundet Ravik",
    "Anvisning för rapportering 2026",
    "",
    "I årsredovisningen för 2025 visade förbundet att insatserna hade 150 deltagare. Av dem avslutades",
    "60, varav 20 till arbete och 9 till studier.",
    "",
    "----------------------------------------",
    heading,
    note,
    "----------------------------------------",
    "Insats: Exempelinsatsen        Period: 2025-01-01 – 2025-12-31",
    "                     Kvinnor   Män   Totalt",
    "Deltagare                 10     8       18",
    "Avslutade                  4     3        7",
    "",
    "Avslut till                       Antal",
    "Arbete                                3",
    "Studier                               2",
    "Annat                                 2",
    "Summa                                 7",
    "----------------------------------------",
    "",
    "Frågor besvaras av kansliet.",
  ];
  it("blanks the example between its rules; the year told above it is still read", () => {
    const lines = instruction("EXEMPEL på en ifylld rapport", "(fiktiva siffror, ingen verklig insats)");
    const out = withoutInventedExamples(lines)!;
    expect(out.slice(7, 21).every((l) => l === "" || /^-+$/.test(l))).toBe(true);
    expect(out[22]).toBe("Frågor besvaras av kansliet.");
    const facts = extractReport(lines, "ravik", 2025);
    expect(countsOf(facts)).not.toContain("förbundet:exited/all=7");
    expect(exitsOf(facts).filter((e) => e.endsWith("=3") || e.endsWith("=2"))).toEqual([]);
  });
  it("blanks a one-line hypothetical, and a Markdown example up to the next heading", () => {
    expect(withoutInventedExamples(["Exempel: Om 40 av 100 deltagare får arbete blir andelen 40 procent."])).toEqual([
      "",
    ]);
    const md = ["### Exempel (påhittade siffror)", "Deltagare: 18", "", "### Resultat 2025", "Deltagare: 150"];
    expect(withoutInventedExamples(md)).toEqual(["", "", "", "### Resultat 2025", "Deltagare: 150"]);
  });
  it("must NOT blank an example that does not say it is invented, nor 'till exempel' in a sentence", () => {
    const real = instruction("Exempel på insatser under året", "Steget och Bron rapporterade som planerat.");
    expect(withoutInventedExamples(real)).toBeUndefined();
    expect(
      withoutInventedExamples([
        "Insatserna, till exempel Steget (påhittat namn på en verklig insats), hade 40 deltagare.",
      ]),
    ).toBeUndefined();
  });
});

describe("a joint meeting's list of another federation's people", () => {
  const joint = (label: string) => [
    "PROTOKOLL FRÅN GEMENSAMT SAMMANTRÄDE",
    "Styrelserna för Samordningsförbundet Ravik och Samordningsförbundet Ekvik",
    "",
    "Tid: 2026-10-08 kl. 09.00–12.00",
    "",
    "Närvarande ledamöter",
    "  Eva Strand (S), Åby kommun, ordförande",
    "",
    label,
    "  Ordförande   Bertil Vass (C), Ekviks kommun",
    "  Ledamot      Ylva Strand, Arbetsförmedlingen",
    "",
    "Tjänstepersoner",
    "  Jenny Lo, förbundschef",
    "",
    ...item,
  ];
  it("passes over the people listed under the other federation's label", () => {
    const rows = attendance(minutes(joint("Närvarande från Samordningsförbundet Ekvik")));
    expect(rows.filter((r) => r.startsWith("Bertil Vass") || r.startsWith("Ylva Strand"))).toEqual([]);
    expect(rows).toEqual(expect.arrayContaining(["Eva Strand:member:true", "Jenny Lo:official:null"]));
  });
  it("must NOT pass over a list under a label naming no federation", () => {
    const rows = attendance(minutes(joint("Närvarande ledamöter från kommunerna")));
    expect(rows.some((r) => r.startsWith("Bertil Vass:member"))).toBe(true);
  });
});

describe("a date's year after its day and month on a statement's line", () => {
  it("is no amount: a signature's place and day, a balance day with no figure", () => {
    expect(readStatementRow("Vassmora den 24 februari 2026", 1, false)).toBeNull();
    expect(readStatementRow("Eget kapital 31 december 2025", 1, false)).toBeNull();
  });
  it("must NOT refuse a row whose label names no day and month, or whose figure is no year", () => {
    expect(readStatementRow("Kursavgifter 2026", 1, false)?.values).toEqual([2026]);
    expect(readStatementRow("Eget kapital 31 december    1 530 400", 1, false)?.values).toEqual([1530400]);
  });
});

describe("a correction notice's table of wrong and right figures", () => {
  const notice = (header: string) => [
    "Samordningsförbundet Ravik",
    "RÄTTELSE: fel siffror i årsredovisningen 2025",
    "",
    header,
    "Deltagare i insatser 2025       412                421",
    "Årets resultat 2025             -318 000 kr        -381 000 kr",
  ];
  it("blanks the wrong column; the right figures are read", () => {
    const out = withoutWrongColumns(notice("Uppgift                         Stod felaktigt     Rätt uppgift"))!;
    expect(out[4]!.includes("412")).toBe(false);
    expect(out[4]!.includes("421")).toBe(true);
    const facts = extractReport(
      notice("Uppgift                         Stod felaktigt     Rätt uppgift"),
      "ravik",
      2025,
    );
    expect(facts.some((f) => f.table === "finance" && f.item === "result" && f.amount_sek === -318000)).toBe(false);
  });
  it("must NOT blank a column where no right column stands beside it", () => {
    expect(withoutWrongColumns(notice("Uppgift                         Felaktigt          Kommentar"))).toBeUndefined();
    expect(withoutWrongColumns(notice("Uppgift                         2024               2025"))).toBeUndefined();
  });
});

describe("the meeting's facts on one line set apart by middle dots", () => {
  const notes = (line: string) => [
    "# Minnesanteckningar – beredningsgruppen",
    "Samordningsförbundet Ravik",
    "",
    line,
    "",
    "### 1. Bokslut 2025",
    "Gruppen noterar informationen.",
  ];
  it("reads the hours beside the day", () => {
    const m = minutes(notes("Möte nr 1 · onsdag 28 januari 2026 · 10.00–12.00 · Kansliet")).find(
      (f) => f.table === "meeting",
    )!;
    expect([m.start_time, m.end_time]).toEqual(["10:00", "12:00"]);
  });
  it("must NOT read a programme's hours with no day, nor a break's", () => {
    for (const line of [
      "Program · 10.00–12.00 · Fika · Kansliet",
      "Möte 28 januari 2026 · paus 10.00–10.15 · Kansliet",
    ]) {
      const m = minutes(notes(line)).find((f) => f.table === "meeting")!;
      expect([m.start_time, m.end_time]).toEqual([null, null]);
    }
  });
});

describe("an English page's span since the start", () => {
  it("is no year's participants: 'Since we started in 2009 more than 6,400 people have taken part'", () => {
    const facts = extractReport(
      [
        "# About us",
        "",
        "Since we started in 2009 more than 6,400 people have taken part.",
        "In 2025 we had 412 participants.",
      ],
      "ravik",
      2025,
    );
    expect(facts.filter((f) => f.table === "participant_count" && f.value === 6400)).toEqual([]);
  });
});

describe("words after 'och' leading into a number of their own", () => {
  const finance = (sentence: string) =>
    extractReport(["Samordningsförbundet Ravik", "Årsredovisning 2025", "", sentence], "ravik", 2025)
      .filter((f) => f.table === "finance")
      .map((f) => `${f.basis}:${f.item}=${f.amount_sek}`);
  it("are never the amount before's: a budget's size is no result", () => {
    expect(
      finance("Budgeten är på 9,8 miljoner och vi räknar med ett underskott på cirka 300 000 igen."),
    ).not.toContain("budget:result=-9800000");
  });
  it("must NOT take the words from two figures each named after 'och'", () => {
    expect(finance("Under 2025 var intäkterna 9,4 miljoner kronor och kostnaderna 9,6 miljoner kronor.")).toEqual(
      expect.arrayContaining(["actual:revenue_operating=9400000", "actual:cost_operating=9600000"]),
    );
  });
});
