/**
 * Rules of stop 41's lead (made-up federations and figures), each closing a wrong figure of the stop's
 * first sight: a meeting day's label with the hours after the date ("Sammanträdesdag … kl. 13.15–15.30"),
 * a decision given first under a run-in label ("Beslut      Styrelsen godkänner dagordningen.").
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";

const minutes = (lines: string[]) =>
  documentFacts({ federation: "ravik", kind: "board_minutes", date: "2026-03-12" }, lines);
const decisionsOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "decision" && f.outcome !== "other").map((f) => `${f.item_ref}:${f.outcome}`);
const meeting = (facts: AnyFact[]) => facts.find((f) => f.table === "meeting")!;

describe("minutes giving each decision first under a run-in label", () => {
  const lines = [
    "SAMORDNINGSFÖRBUNDET RAVIK                                   PROTOKOLL",
    "Styrelsen",
    "",
    "Sammanträdesdag   Torsdagen den 12 mars 2026, kl. 13.15–15.30",
    "Plats             Kansliet, Åby",
    "",
    "§ 10  MÖTETS ÖPPNANDE OCH DAGORDNING",
    "  Beslut      Styrelsen godkänner dagordningen.",
    "  Ärendet     Ordföranden öppnade mötet.",
    "",
    "§ 11  VAL AV JUSTERARE",
    "  Beslut      Styrelsen utser Bo Falk att jämte ordföranden justera protokollet.",
    "",
    "§ 12  ANSÖKAN OM MEDEL",
    "  Beslut      Styrelsen beslutar att avslå ansökan.",
  ];
  it("reads the meeting day's hours and the present-tense decision after the label", () => {
    const facts = minutes(lines);
    expect([meeting(facts).start_time, meeting(facts).end_time]).toEqual(["13:15", "15:30"]);
    expect(decisionsOf(facts)).toEqual(["§10:approved", "§11:approved", "§12:rejected"]);
  });
  it("must NOT take the hours of the coming meeting days, nor a label that is not the decision's", () => {
    const facts = minutes([
      ...lines.slice(0, 3),
      "Sammanträdesdagar hösten 2026   10 september kl. 13.00, 5 november kl. 13.00",
      ...lines.slice(4, 7),
      "  Beslutsunderlag   Styrelsen godkänner i sin arbetsordning att ordföranden leder mötet.",
      ...lines.slice(8, 10),
    ]);
    expect([meeting(facts).start_time, meeting(facts).end_time]).toEqual([null, null]);
    expect(decisionsOf(facts)).toEqual([]);
  });
});

describe("a plan's title dating the document: decided on a day, valid for twelve months", () => {
  const plan = (title: string) => [
    "Kommunikationsplan 2026",
    "Samordningsförbundet Ravik",
    title,
    "",
    "2  NULÄGE",
    "Förbundets årsredovisning för 2025 visar att 210 personer deltog i insatserna under året,",
    "112 kvinnor och 98 män.",
  ];
  it("is no interim report: the closed year's figures it retells are read", () => {
    const facts = extractReport(
      plan("Beslutad av styrelsen 2026-03-20 · Gäller 2026-04-01 – 2027-03-31 · Version 1.2"),
      "ravik",
      2025,
    );
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=210",
        "förbundet:enrolled/woman=112",
        "förbundet:enrolled/man=98",
      ]),
    );
  });
  it("must NOT lose an interim title's period to a decision word after it", () => {
    const report = [
      "Delårsrapport januari–augusti 2025, fastställd av styrelsen 2025-10-10",
      "Samordningsförbundet Ravik",
      "",
      "Under perioden deltog 150 personer i insatserna, 80 kvinnor och 70 män.",
    ];
    expect(countsOf(extractReport(report, "ravik", 2025))).toEqual([]);
    const broken = plan("Verksamhetsår 2025-07-01 – 2026-06-30 · Beslutad 2026-09-01");
    expect(countsOf(extractReport(broken, "ravik", 2025))).toEqual([]);
  });
});

describe("the whole federation's heading right under another heading", () => {
  const poster = (sub: string) => [
    "Poster · Finsamkonferensen 2026",
    "",
    "BAKGRUND",
    "Förbundet finansierar fem insatser.",
    "",
    "RESULTAT",
    sub,
    "  • 331 deltagare, varav 176 kvinnor och 155 män",
    "  • 149 nya deltagare",
  ];
  it("scopes the bullets below it to the federation", () => {
    expect(countsOf(extractReport(poster("Förbundet 2025"), "ravik", 2025))).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=331", "förbundet:enrolled/woman=176", "förbundet:new/all=149"]),
    );
  });
  it("must NOT make a joint project's or a member's subheading the federation's", () => {
    const counts = countsOf(extractReport(poster("Förbundet och Norrby kommun 2025"), "ravik", 2025));
    expect(counts.filter((c) => c.startsWith("förbundet:"))).toEqual([]);
  });
});

describe("a numbered heading on the year's annual report in the federation's own notes", () => {
  const notes = (title: string, heading: string) => [
    title,
    "",
    "Minnesanteckningar från revisorernas sammanträde",
    "",
    "2. Föregående anteckningar",
    "Anteckningarna lades till handlingarna.",
    "",
    heading,
    "Revisorerna noterade följande:",
    "",
    "- Rätt antal unika deltagare 2025 är 200, varav 104 kvinnor och 96 män.",
    "- Av deltagarna var 93 nya under året.",
  ];
  const ours = "REVISORERNA I SAMORDNINGSFÖRBUNDET RAVIK";
  it("retells the federation's year", () => {
    const facts = extractReport(notes(ours, "3. Genomgång av årsredovisningen för 2025"), "ravik", 2025);
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=200", "förbundet:enrolled/woman=104", "förbundet:new/all=93"]),
    );
  });
  it("must NOT when the title names no federation of ours, or the heading another year", () => {
    const municipal = notes("KOMMUNREVISIONEN I NORRBY KOMMUN", "3. Genomgång av årsredovisningen för 2025");
    expect(countsOf(extractReport(municipal, "ravik", 2025))).toEqual([]);
    const earlier = notes(ours, "3. Genomgång av årsredovisningen för 2024");
    expect(countsOf(extractReport(earlier, "ravik", 2025))).toEqual([]);
  });
});

describe("a payer with a remark in brackets after it ('från staten (FK och AF gemensamt)')", () => {
  const fees = (sentence: string) =>
    (
      memberAmountLists(
        new DocumentText("ravik/2025-annual-report", ["Ekonomi", sentence], 2025, "plain_text", new Set()),
        memberOf,
      ).facts as { member: string; amount_sek: number }[]
    ).map((f) => `${f.member}=${f.amount_sek}`);
  it("reads the payer before the remark, the list where the state pays as much as the others", () => {
    expect(
      fees(
        "Medlemmarnas bidrag 2025 bokfördes med 3 600 000 kr från staten (Försäkringskassan och Arbetsförmedlingen gemensamt), 1 800 000 kr från Region Ravmark, 1 170 000 kr från Åby kommun och 630 000 kr från Böda kommun.",
      ),
    ).toEqual(["Staten=3600000", "Region Ravmark=1800000", "Åby kommun=1170000", "Böda kommun=630000"]);
  });
  it("must NOT read the remark's 'och' as a second payer, nor a list that does not add up", () => {
    expect(
      fees(
        "Medlemmarnas bidrag 2025 bokfördes med 3 600 000 kr från staten (Försäkringskassan och Arbetsförmedlingen gemensamt), 1 800 000 kr från Region Ravmark och 900 000 kr från Åby kommun.",
      ),
    ).toEqual([]);
  });
});

describe("a single-spaced balance sheet citing notes the text does not print", () => {
  const sheet = (receivables: string, cash: string, total: string) => [
    "Årsredovisning 2025",
    "Samordningsförbundet Ravik",
    "",
    "Balansräkning",
    "Belopp i kr",
    "",
    "Not 2025-12-31 2024-12-31",
    "TILLGÅNGAR",
    `Kortfristiga fordringar ${receivables}`,
    `Kassa och bank ${cash}`,
    `Summa tillgångar ${total}`,
    "",
    "Not 1 Verksamhetens intäkter",
    "",
    "2025 2024",
    "Staten 7 042 000 6 759 000",
  ];
  const item = (facts: AnyFact[], name: string) =>
    // Two readers may read one row (the layers' facts merge at normalising): the values read, once each.
    [
      ...new Set(
        facts.filter((f) => f.table === "finance" && f.item === name && f.year === 2025).map((f) => f.amount_sek),
      ),
    ];
  it("lets the assets' sum decide between a note and the amount's first digits", () => {
    const facts = extractReport(
      sheet("4 386 859 444 723", "5 4 448 879 5 114 320", "4 835 738 5 559 043"),
      "ravik",
      2025,
    );
    expect(item(facts, "receivables_total")).toEqual([386859]);
  });
  it("must NOT take an amount's first digits as a note where the columns say they are the amount's", () => {
    const facts = extractReport(sheet("455 000 410 000", "4 380 817 5 277 654", "4 835 817 5 687 654"), "ravik", 2025);
    expect(item(facts, "cash_end")).toEqual([4380817]);
    expect(item(facts, "receivables_total")).toEqual([455000]);
  });
});

describe("minutes whose decisions stand in a closing list, the meeting's hours wrapped from the title sentence", () => {
  const lines = (item22: string[]) => [
    "Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet Ravik",
    "den 23 april 2026 kl. 10.00–12.15 i stadshuset, rum Tallen.",
    "",
    "§ 20  Dagordning",
    "Förbundschefen gick igenom dagordningen.",
    "",
    "§ 22  Deltagaruppföljning 2025",
    ...item22,
    "",
    "§ 24  Övrigt",
    "Ordföranden informerade om rekryteringen.",
    "",
    "BESLUTSSAMMANFATTNING",
    "§ 20   Dagordningen fastställs med ett tillägg.",
    "§ 22   Informationen noteras.",
    "§ 24   Informationen noteras.",
    "",
    "Vid protokollet          Åsa Nord",
  ];
  it("files each listed decision under its item's number, and reads the hours", () => {
    const facts = minutes(lines(["Förbundschefen redovisade statistiken."]));
    expect(decisionsOf(facts)).toEqual(["§20:approved", "§22:noted", "§24:noted"]);
    expect([meeting(facts).start_time, meeting(facts).end_time]).toEqual(["10:00", "12:15"]);
  });
  it("must NOT refile the list's decision where the item decided itself, nor take an adjustment's hours", () => {
    const facts = minutes(lines(["Styrelsen beslutar att avslå förslaget."]));
    expect(decisionsOf(facts)).toEqual(expect.arrayContaining(["§22:rejected", "§22#2:noted"]));
    const adjusted = minutes([
      "Protokoll från styrelsens sammanträde 2026-04-23, Samordningsförbundet Ravik.",
      "Justering sker",
      "den 30 april 2026 kl. 10.00 på kansliet.",
      ...lines([]).slice(2),
    ]);
    expect([meeting(adjusted).start_time, meeting(adjusted).end_time]).toEqual([null, null]);
  });
});

describe("a roster row presenting an item", () => {
  const roster = (member: string) => [
    "Samordningsförbundet Ravik",
    "Protokoll från styrelsens sammanträde 2026-03-12",
    "",
    "NÄRVAROFÖRTECKNING",
    "Namn                 Organisation             Uppdrag        Närvaro",
    "Lena Fjäll (S)       Åby kommun               ordförande     Ja",
    `Mikael Dahl          ${member.padEnd(25)}föredragande   Ja`,
    "",
    "§ 9  Dagordning",
    "Styrelsen beslutar att godkänna dagordningen.",
  ];
  const roleOf = (facts: AnyFact[]) => facts.find((f) => f.table === "attendance" && f.person === "Mikael Dahl")?.role;
  it("is an official where the row gives an official's title", () => {
    expect(roleOf(minutes(roster("förbundschef")))).toBe("official");
  });
  it("must NOT make an official of a presenter from a member body", () => {
    expect(roleOf(minutes(roster("Region Ravmark")))).toBe("guest");
  });
});
