/**
 * Minutes shapes of stop 45 (made-up federations, own words): attendance told as a running paragraph, a
 * comma list of those present wrapped over lines with the office's person titled in a bracket, a working
 * group's own notes where the group decides, a proposal's label run in before its "att" clause, and a grant
 * "för" a named intervention; and the near-miss shapes that must stay unread.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { proseSentencePeople } from "../../loaders/extract/minutes/proseAttendance.ts";
import { measureThenCount } from "../../loaders/extract/text/measureThenCount.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import type { FederationFacts } from "../../loaders/schema/registry.ts";
import { type AnyFact } from "../helpers.ts";

const federation: FederationFacts = {
  id: "norrvik",
  name: "Samordningsförbundet Norrvik",
  members: ["Norrviks kommun", "Granby kommun", "Region Myrland", "Försäkringskassan", "Arbetsförmedlingen"],
};

function parse(text: string, kind: "board_minutes" | "committee_minutes" = "board_minutes", date = "2026-03-10") {
  const doc = new DocumentText("norrvik/minutes", text.split("\n"), 2026, "plain_text", new Set(), federation);
  const facts = parseMinutes(doc, { date, kind }).facts as AnyFact[];
  return (table: string) => facts.filter((f) => f.table === table);
}
/** The minutes read as the pipeline reads them: the reading text's rewrites first. */
function parseRead(text: string, date: string) {
  const reading = readingText(text.split("\n"), Number(date.slice(0, 4)));
  const doc = new DocumentText("norrvik/minutes", reading.lines, 2026, "plain_text", reading.columnLines, federation);
  const facts = parseMinutes(doc, { date, kind: "board_minutes" }).facts as AnyFact[];
  return (table: string) => facts.filter((f) => f.table === table);
}
const who = (rows: AnyFact[]) => rows.map((r) => `${r.person}:${r.role}:${r.serving}`);

describe("attendance told as a running paragraph", () => {
  const minutes = (paragraph: string) => `Samordningsförbundet Norrvik
Protokoll från styrelsens sammanträde den 10 mars 2026

${paragraph}

Punkt 1. Ordföranden öppnade sammanträdet.

Punkt 2. Styrelsen beslutade att godkänna dagordningen.

Punkt 3. Ordföranden avslutade sammanträdet.`;

  it("reads each person after a role noun, the deputy serving or not as the sentence says", () => {
    const of = parse(
      minutes(`Vid sammanträdet närvarade ordföranden Maja Lund (Norrviks kommun), vice ordföranden Olle
Berg (Region Myrland) och ledamöterna Siv Hall (Försäkringskassan) och Tor Ek. För Granby kommun
tjänstgjorde ersättaren Nils Vik i stället för ledamoten Alma Ros, som hade förhinder. Ersättaren
Pia Falk (Region Myrland) var med utan att tjänstgöra. Från kansliet deltog förbundschefen Kim
Sand, som förde protokollet.`),
    );
    const rows = of("attendance");
    expect(who(rows)).toEqual([
      "Maja Lund:member:true",
      "Olle Berg:member:true",
      "Siv Hall:member:true",
      "Tor Ek:member:true",
      "Nils Vik:deputy:true",
      "Pia Falk:deputy:false",
      "Kim Sand:official:null",
    ]);
    expect(rows.find((r) => r.person === "Nils Vik")!.member).toBe("Granby kommun");
    // A name broken over two lines cites the line it starts on.
    expect(rows.find((r) => r.person === "Olle Berg")!.line).toBe(4);
  });

  it("never stores the member stood in for, one said absent, nor a sentence denying presence", () => {
    const of = parse(
      minutes(`Vid sammanträdet deltog ordföranden Maja Lund. Ledamoten Alma Ros deltog inte. Ersättaren
Nils Vik tjänstgjorde för ledamoten Tor Ek. Ledamoten Siv Hall, som hade anmält förhinder, ersattes inte.`),
    );
    expect(who(of("attendance"))).toEqual(["Maja Lund:member:true", "Nils Vik:deputy:true"]);
  });

  it("reads nobody where the paragraph names people without a presence verb or a role noun", () => {
    expect(proseSentencePeople("Ordföranden Maja Lund hälsade alla välkomna.")).toEqual([]);
    expect(proseSentencePeople("Vid sammanträdet deltog Maja Lund och Olle Berg.")).toEqual([]);
    // A staff member from a member body is a guest, never the federation's official.
    expect(
      proseSentencePeople("Från Granby kommun deltog samordnaren Eva Holm.").map((p) => `${p.person}:${p.role}`),
    ).toEqual(["Eva Holm:guest"]);
  });

  it("never reads a paragraph after the first item as the attendance", () => {
    const of = parse(`Samordningsförbundet Norrvik
Protokoll från styrelsens sammanträde den 10 mars 2026

Närvarande: se bilaga.

Punkt 1. Ordföranden öppnade sammanträdet.

Punkt 2. Vid länsträffen deltog förbundschefen Kim Sand och ledamoten Alma Ros. Informationen lades
till handlingarna.`);
    expect(of("attendance").some((r) => r.person === "Alma Ros" || r.person === "Kim Sand")).toBe(false);
  });
});

describe("a comma list of those present wrapped over lines", () => {
  const notes = (list: string) => `# Minnesanteckningar – beredningsgruppen
Samordningsförbundet Norrvik

Möte 10 mars 2026 kl. 09.00–11.00

${list}

### 1. Information från kansliet
Beredningsgruppen noterade informationen.

### 2. Ansökan – Bryggan, Granby
Granby kommun söker 300 000 kr för 2026-05-01–2027-04-30.

Förslag till styrelsen: att bevilja 250 000 kr för 2026-05-01–2027-04-30.

### 3. Övrigt
Nästa möte hålls i april.`;

  it("reads every name of a list going on after a line's comma, the titled one as the office's", () => {
    const of = parse(
      notes(`Deltog: Maja Lund (Norrviks kommun), Olle Berg (Region Myrland), Siv Hall (Försäkringskassan),
Tor Ek (Arbetsförmedlingen), Kim Sand (förbundschef, sekreterare)
Förhinder: Alma Ros (Granby kommun)`),
      "committee_minutes",
    );
    expect(who(of("attendance"))).toEqual([
      "Maja Lund:member:true",
      "Olle Berg:member:true",
      "Siv Hall:member:true",
      "Tor Ek:member:true",
      "Kim Sand:official:null",
    ]);
  });

  it("never reads a bracket that is no office title as one, nor a list line ending without a comma as going on", () => {
    const of = parse(
      notes(`Deltog: Maja Lund (Norrviks kommun), Olle Berg (ordförande)
Förhinder: Alma Ros (Granby kommun), Tor Ek (Arbetsförmedlingen)`),
      "committee_minutes",
    );
    const rows = of("attendance");
    expect(rows.some((r) => r.role === "official")).toBe(false);
    expect(rows.some((r) => r.person === "Alma Ros" || r.person === "Tor Ek")).toBe(false);
  });

  it("lets the group named in the title decide, and reads a run-in proposal as proposed, never granted", () => {
    const of = parse(notes("Deltog: Maja Lund (Norrviks kommun)"), "committee_minutes");
    const decisions = of("decision");
    expect(decisions.find((d) => d.item_ref === "§1")!.outcome).toBe("noted");
    const proposal = decisions.find((d) => d.item_ref === "§2")!;
    expect(proposal.outcome).toBe("proposed");
    expect(proposal.amount_sek).toBe(250000);
    expect(of("allocation")).toEqual([]);
  });

  it("never lets a group decide where the title names the board, nor a group only mentioned in an item", () => {
    const of = parse(`Samordningsförbundet Norrvik
Protokoll från styrelsens sammanträde den 10 mars 2026

Närvarande: Maja Lund (Norrviks kommun)

§ 1  Rapport från arbetsgruppen
Arbetsgruppen noterade att fler deltagare skrivits in.

§ 2  Avslutning
Ordföranden avslutade sammanträdet.`);
    expect(of("decision").find((d) => d.item_ref === "§1")!.outcome).not.toBe("noted");
  });
});

describe("a grant for a named intervention", () => {
  const item = (decision: string) => `Samordningsförbundet Norrvik
Protokoll från styrelsens sammanträde den 10 mars 2026

Närvarande: Maja Lund (Norrviks kommun)

§ 1  Ansökan från Granby kommun
Granby kommun har ansökt om 400 000 kr.
${decision}`;

  it("names the intervention after 'för' as the recipient and stores the allocation", () => {
    const of = parse(item("Styrelsen beslutade att bevilja 320 000 kr för Steget för perioden 2026-04-01–2027-03-31."));
    const grant = of("allocation")[0]!;
    expect(`${grant.recipient} ${grant.amount_sek} ${grant.period_start}`).toBe("Steget 320000 2026-04-01");
  });

  it("never takes a genitive after 'för' as the recipient", () => {
    const of = parse(item("Styrelsen beslutade att bevilja 320 000 kr för Granbys del."));
    expect(of("decision")[0]!.recipient).not.toBe("Granbys");
  });
});

describe("the others' labels, a short chair's title and a guest from a member body", () => {
  const head = (lists: string) => `Samordningsförbundet Norrvik
Protokoll från styrelsens sammanträde den 10 mars 2026

${lists}

§ 1  Dagordning
Dagordningen godkändes.`;

  it("reads those under 'Närvarande i övrigt' and 'Gäst' as the office's people and guests", () => {
    const of = parse(
      head(`Närvarande ledamöter:
   Maja Lund (S), Norrviks kommun, ordförande
Närvarande i övrigt:
   Kim Sand, förbundschef
Gäst                  Eva Holm, Granby kommun, § 1`),
    );
    expect(who(of("attendance"))).toEqual(["Maja Lund:member:true", "Kim Sand:official:null", "Eva Holm:guest:null"]);
  });

  it("never reads a guest line that names no member body, nor a deputy among the others as a guest", () => {
    const of = parse(
      head(`Närvarande ledamöter:
   Maja Lund (S), Norrviks kommun, ordförande
Gäst                  Eva Holm, Granby idrottsförening, § 1
Övriga närvarande:
   Olle Berg (C), Granby kommun, ersättare`),
    );
    const rows = of("attendance");
    expect(rows.some((r) => r.person === "Eva Holm")).toBe(false);
    expect(rows.find((r) => r.person === "Olle Berg")?.role).toBe("deputy");
  });

  it("reads 'vice ordf.' in a roster's role column as a member, never another short word", () => {
    const roster = (role: string) =>
      parse(
        head(`NÄRVARO
Namn                 Organisation             Uppdrag        Närvaro
Maja Lund (S)        Norrviks kommun          ordförande     Ja
Olle Berg (M)        Region Myrland           ${role}     Ja`),
      )("attendance").find((r) => r.person === "Olle Berg");
    expect(roster("vice ordf.")?.role).toBe("member");
    expect(roster("v. ordf.  ")?.role).toBe("member");
    expect(roster("ordfören. ")).toBeUndefined();
  });
});

describe("a decision adopting the proposal its maker is told making", () => {
  const item = (told: string, decided: string) => `Samordningsförbundet Norrvik
Protokoll från styrelsens sammanträde den 10 mars 2026

Närvarande: Maja Lund (Norrviks kommun)

§ 4  Kansliets lokaler
${told}

${decided}`;

  it("adopts the told proposal: approved, its sum no amount of the decision", () => {
    const of = parse(
      item(
        "Ordföranden föreslog ett nytt hyresavtal om 12 300 kr per månad.",
        "Styrelsen beslutar enligt ordförandens förslag.",
      ),
    );
    const d = of("decision")[0]!;
    expect(d.outcome).toBe("approved");
    expect(d.amount_sek).toBeNull();
    expect(of("allocation")).toEqual([]);
  });

  it("takes the told proposal's own outcome, and reads nothing where the maker named told no proposal", () => {
    const refused = parse(
      item("Förbundschefen föreslog att ansökan avslås.", "Styrelsen beslutar enligt förbundschefens förslag."),
    );
    expect(refused("decision")[0]!.outcome).toBe("rejected");
    const other = parse(
      item("Förbundschefen föreslog ett nytt hyresavtal.", "Styrelsen beslutar enligt ordförandens förslag."),
    );
    expect(other("decision").filter((d) => d.outcome === "approved")).toEqual([]);
    const waiting = parse(
      item("Ordföranden föreslog att avvakta med beslutet.", "Styrelsen beslutar enligt ordförandens förslag."),
    );
    expect(waiting("decision").filter((d) => d.outcome === "approved")).toEqual([]);
  });
});

describe("a table of proposals adopted by the decision", () => {
  const item = (unit: string, decided: string, proposalColumn = "Kansliets förslag") => `Samordningsförbundet Norrvik
Protokoll från styrelsens sammanträde den 10 mars 2026

Närvarande: Maja Lund (Norrviks kommun)

§ 5  Medel till insatser 2026
Tre ansökningar har kommit in. Kansliet lämnar följande förslag${unit}, för perioden 2026-04-01–2026-12-31:

  Insats                 Sökt 2026   ${proposalColumn}   Beviljat 2025
  Steget                   500 000             450 000         400 000
  Bryggan                  300 000              avslag               –
  Nya vägar                260 000             240 000               –
  Summa                  1 060 000             690 000         400 000

${decided}`;

  it("grants each row's proposal cell for the decision's period, an amended row by its own clause", () => {
    const of = parse(
      item(
        " (kr)",
        "Styrelsen beslutar att fördela medel enligt kansliets förslag, med den ändringen att Nya vägar beviljas 200 000 kr.",
      ),
    );
    const grants = of("allocation").map((a) => `${a.recipient} ${a.amount_sek} ${a.period_start}`);
    expect(grants).toEqual(expect.arrayContaining(["Steget 450000 2026-04-01", "Nya vägar 200000 2026-04-01"]));
    expect(grants).toHaveLength(2);
    expect(of("allocation").some((a) => [500000, 300000, 400000, 690000, 240000].includes(a.amount_sek))).toBe(false);
  });

  it("reads thousands where the lead says tkr", () => {
    const of = parse(
      item(" (tkr)", "Styrelsen beslutar att fördela medel enligt kansliets förslag.").replace(/(\d{1,3}) 000/g, "$1"),
    );
    expect(of("allocation").map((a) => `${a.recipient} ${a.amount_sek}`)).toEqual(
      expect.arrayContaining(["Steget 450000", "Nya vägar 240000"]),
    );
  });

  it("reads no row where the decision adopts nothing, is postponed, names no unit, or no column is the proposal", () => {
    expect(
      parse(item(" (kr)", "Styrelsen beslutar att bordlägga ärendet enligt kansliets förslag."))("allocation"),
    ).toEqual([]);
    expect(
      parse(item(" (kr)", "Styrelsen beslutar att bevilja Steget 450 000 kr."))("allocation").map((a) => a.recipient),
    ).toEqual(["Steget"]);
    expect(parse(item("", "Styrelsen beslutar enligt kansliets förslag."))("allocation")).toEqual([]);
    expect(
      parse(item(" (kr)", "Styrelsen beslutar enligt kansliets förslag.", "Kansliets bedömning"))("allocation"),
    ).toEqual([]);
  });
});

describe("counts after their measure's word under a participants' lead", () => {
  it("turns each pair round in the lead's sentence, keeping the line's length", () => {
    const lines = [
      "Intäkter   9 120",
      "   Deltagare ackumulerat jan–dec 2025: inskrivna 312, därav nya 140;",
      "   avslutade 77, därav 30 till arbete och 9 till studier.",
      "   Nya 45 personer väntar på plats.",
    ];
    const out = measureThenCount(lines)!;
    expect(out[1]).toBe("   Deltagare ackumulerat jan–dec 2025: 312 inskrivna, därav 140 nya;");
    expect(out[2]).toBe("   77 avslutade, därav 30 till arbete och 9 till studier.");
    expect(out.map((l) => l.length)).toEqual(lines.map((l) => l.length));
    // The sentence ended on its full stop: the next line is no part of the lead's.
    expect(out[3]).toBe(lines[3]);
  });

  it("never turns a pair outside a lead, a table's gap, a colon, a year, a share or a sum", () => {
    expect(measureThenCount(["Under året var nya 45 och avslutade 30."])).toBeUndefined();
    expect(measureThenCount(["Deltagare 2025:", "Nya      45", "Avslutade   30"])).toBeUndefined();
    expect(
      measureThenCount(["Deltagare 2025: nya: 45, inskrivna 2025 enligt registret, avslutade 38 %, nya 12 tkr."]),
    ).toBeUndefined();
  });

  it("reads the turned counts of a follow-up's whole year to date as that year's, the exits' destinations too", () => {
    const of = parseRead(
      `Samordningsförbundet Norrvik
Protokoll från styrelsens sammanträde den 28 januari 2026

Närvarande: Maja Lund (Norrviks kommun)

§ 3  Deltagaruppföljning per december 2025
     Kansliet redovisar uppföljningen för helåret 2025.
     Deltagare ackumulerat jan–dec 2025: inskrivna 312, därav nya 140;
     avslutade 77, därav 30 till arbete och 9 till studier.
     Styrelsen beslutar att lägga uppföljningen till handlingarna.`,
      "2026-01-28",
    );
    const counts = of("participant_count").map((f) => `${f.year} ${f.measure} ${f.value}`);
    expect(counts).toEqual(expect.arrayContaining(["2025 enrolled 312", "2025 new 140", "2025 exited 77"]));
    const exits = of("participant_breakdown").map((f) => `${f.category} ${f.value}`);
    expect(exits).toEqual(expect.arrayContaining(["work 30", "studies 9"]));
  });

  it("never reads counts accumulated over a part of the year or since the start as the year's", () => {
    const of = (lead: string) =>
      parseRead(
        `Samordningsförbundet Norrvik
Protokoll från styrelsens sammanträde den 28 januari 2026

Närvarande: Maja Lund (Norrviks kommun)

§ 3  Deltagaruppföljning per december 2025
     ${lead}: inskrivna 312, därav nya 140.
     Styrelsen beslutar att lägga uppföljningen till handlingarna.`,
        "2026-01-28",
      )("participant_count");
    // The same item with the whole year reads it (above); a part of the year or the years since the start never.
    expect(of("Deltagare ackumulerat jan–dec 2025").map((f) => f.value)).toContain(312);
    expect(of("Deltagare ackumulerat jan–aug 2025").filter((f) => f.year === 2025 && f.value === 312)).toEqual([]);
    expect(of("Deltagare ackumulerat sedan starten").filter((f) => f.value === 312)).toEqual([]);
  });
});
