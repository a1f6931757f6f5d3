/**
 * Minutes in a style the seeds do not have (a municipal "sammanträdesprotokoll" header, role
 * lists without colons, a cost specification with a total line), and variants of it where a
 * rule must not fire.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { meetingDateOf } from "../../loaders/extract/minutes/parseMeetingHeader.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { findDateRange } from "../../loaders/extract/minutes/readDecisions.ts";
import { splitLines } from "../../loaders/input/readSourceFile.ts";
import { ROOT, type AnyFact } from "../helpers.ts";

const FIXTURE = resolve(ROOT, "test/fixtures/minutes-styles/sammantradesprotokoll.txt");
const fixtureText = () => readFileSync(FIXTURE, "utf8");

function parse(text: string, date = "2025-09-18") {
  const doc = new DocumentText("x/minutes", splitLines(text), 2025);
  const out = parseMinutes(doc, { date, kind: "board_minutes" });
  const facts = out.facts as AnyFact[];
  return { doc, out, of: (table: string) => facts.filter((f) => f.table === table) };
}

describe("sammanträdesprotokoll style", () => {
  it("reads the stated meeting date from 'Sammanträdesdatum'", () => {
    const { doc } = parse(fixtureText());
    expect(meetingDateOf(doc)).toBe("2025-09-18");
    const long = fixtureText().replace("2025-09-18", "18 september 2025");
    expect(meetingDateOf(new DocumentText("x", splitLines(long), 2025))).toBe("2025-09-18");
  });

  it("reports no date when the header states none (the manifest's date is used)", () => {
    const text = fixtureText().replace(/^Sammanträdesdatum.*$/m, "");
    const { doc, out } = parse(text);
    expect(meetingDateOf(doc)).toBeUndefined();
    expect(out.findings.map((f) => f.check_id)).toContain("minutes.date_missing");
  });

  it("reads the date from a sentence saying the meeting took place, or a 'Plats och tid' label", () => {
    const dated = (header: string) =>
      meetingDateOf(
        new DocumentText("x", splitLines(`Samordningsförbundet Exempel\n${header}\n\n§ 1 Öppnande\n`), 2024),
      );
    expect(dated("Styrelsen sammanträdde tisdagen den 14 maj 2024 kl. 13.00–15.30 i kommunhuset.")).toBe("2024-05-14");
    expect(dated("Förbundsstyrelsen sammanträdde i Sjövik\nden 3 mars 2025 kl 9–12.")).toBe("2025-03-03");
    expect(dated("Plats och tid: Kommunhuset, Sjövik, 2024-10-02 kl. 13.00–15.00")).toBe("2024-10-02");
  });

  it("reads the meeting's time from a 'Datum och tid' label, not from a justering deadline", () => {
    const header = (lines: string) =>
      parse(
        `Samordningsförbundet Exempel\nArbetsutskottet\n\n${lines}\n\n§ 1 Öppnande\nMötet öppnas.\n`,
        "2024-10-03",
      ).of("meeting")[0];
    expect(header("Datum och tid:    Torsdagen den 3 oktober 2024, klockan 13.15–15.40")).toMatchObject({
      start_time: "13:15",
      end_time: "15:40",
    });
    // Must not fire: a deadline's clock time is not the meeting's.
    expect(header("Protokollet justeras senast den 10 oktober 2024 kl. 12.00.")).toMatchObject({ start_time: null });
  });

  it("reads the meeting's time after the date on a 'Datum:' line, not a justering's clock time", () => {
    const header = (lines: string) =>
      parse(
        `Samordningsförbundet Exempel\nBeredningsgruppen\n\n${lines}\n\n1. Inledning\nMötet öppnas.\n`,
        "2025-03-19",
      ).of("meeting")[0];
    expect(header("Datum:   Onsdag 2025-03-19, kl. 09.30–11.45")).toMatchObject({
      start_time: "09:30",
      end_time: "11:45",
    });
    // The date written with dots is no clock time: the time is read from "kl".
    expect(header("Datum: 19.03.2025 kl. 14.00")).toMatchObject({ start_time: "14:00", end_time: null });
    // Must not fire: a date label for the signing, with its own clock time.
    expect(header("Datum för justering: 2025-03-26 kl. 12.00")).toMatchObject({ start_time: null });
  });

  it("does not take a signing date, a next meeting or a deadline for the meeting's date (must not fire)", () => {
    const dated = (header: string) =>
      meetingDateOf(
        new DocumentText("x", splitLines(`Samordningsförbundet Exempel\n${header}\n\n§ 1 Öppnande\n`), 2024),
      );
    expect(dated("Datum för justering: 2024-05-21")).toBeUndefined();
    expect(dated("Styrelsen sammanträder nästa gång den 10 juni 2024.")).toBeUndefined();
    expect(dated("Mötet hölls digitalt. Protokollet justeras senast den 21 maj 2024.")).toBeUndefined();
    expect(dated("Styrelsen beslutade den 14 maj 2024 att anta planen.")).toBeUndefined();
    // A labelled meeting date wins over a sentence about another date.
    expect(dated("Datum för justering: 2024-05-21\nSammanträdesdatum: 2024-05-14")).toBe("2024-05-14");
  });

  it("keeps members, a non-serving deputy and officials apart", () => {
    const people = parse(fixtureText()).of("attendance");
    const byName = new Map(people.map((p) => [p.person, p]));
    expect(byName.get("Ingrid Matsson")).toMatchObject({ role: "member", member: "Älvby kommun", note: "ordförande" });
    expect(byName.get("Lena Brink")).toMatchObject({ role: "deputy", serving: false, member: "Norrforsa kommun" });
    expect(byName.get("Tove Lindqvist")).toMatchObject({ role: "official", note: "förbundschef" });
    expect(byName.get("Anders Holm")).toMatchObject({ role: "official", note: "ekonom" });
    expect(people.filter((p) => p.role === "member").map((p) => p.person)).toEqual([
      "Ingrid Matsson",
      "Per-Olof Stenlund",
      "Karin Öst",
      "Hamid Rezaei",
    ]);
  });

  it("keeps a serving deputy a deputy (serving), and a serving member a member", () => {
    const text = fixtureText().replace(
      "Ej tjänstgörande ersättare\nLena Brink (C), Norrforsa kommun",
      "Tjänstgörande ersättare\nLena Brink (C), Norrforsa kommun",
    );
    expect(text).toContain("Tjänstgörande ersättare");
    const byName = new Map(
      parse(text)
        .of("attendance")
        .map((p) => [p.person, p]),
    );
    expect(byName.get("Lena Brink")).toMatchObject({ role: "deputy", serving: true });
    // Must not fire: the members' own list stays members.
    expect(byName.get("Ingrid Matsson")).toMatchObject({ role: "member" });
  });

  it("does not count the adjuster or the secretary as attending when only the signing lists name them", () => {
    // Remove the official list: the secretary now appears only under "Sekreterare".
    const text = fixtureText()
      .replace(/Övriga närvarande\n[^\n]+\n[^\n]+\n/, "")
      .replace("Per-Olof Stenlund\n\nSekreterare", "Maja Ek\n\nSekreterare");
    const people = parse(text).of("attendance");
    expect(people.map((p) => p.person)).not.toContain("Tove Lindqvist");
    expect(people.map((p) => p.person)).not.toContain("Maja Ek");
    expect(people.some((p) => p.role === "deputy" && p.serving !== false)).toBe(false);
  });

  it("reads a cost specification with a Totalt line as one grant, not four", () => {
    const { of, out } = parse(fixtureText());
    const grants = of("allocation");
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({ recipient: "Älvby kommun", amount_sek: 1_350_000, item_ref: "§33" });
    expect(grants.map((g) => g.recipient)).not.toContain("Totalt");
    expect(of("decision").find((d) => d.item_ref === "§33")).toMatchObject({ amount_sek: 1_350_000 });
    expect(out.findings.map((f) => f.check_id)).toContain("allocation.cost_breakdown");
    expect(out.findings.map((f) => f.check_id)).not.toContain("allocation.frame_total");
  });

  it("takes the item's amount from its total line when the decision states no sum", () => {
    const text = fixtureText().replace(
      "att bevilja Älvby kommun 1 350 000 kr för insatsen Steget vidare",
      "att bevilja Älvby kommun medel enligt ansökan för insatsen Steget vidare",
    );
    const { of } = parse(text);
    expect(of("decision").find((d) => d.item_ref === "§33")).toMatchObject({ amount_sek: 1_350_000 });
    expect(of("allocation")).toEqual([expect.objectContaining({ recipient: "Älvby kommun", amount_sek: 1_350_000 })]);
  });

  it("reports a total line that its lines do not add up to", () => {
    const text = fixtureText().replace("Totalt                  1 350 000 kr", "Totalt                  1 450 000 kr");
    const { out } = parse(text);
    expect(out.findings.find((f) => f.check_id === "allocation.frame_total")).toMatchObject({
      value: "1450000",
      other_value: "1350000",
    });
  });

  it("still splits a frame among municipalities when its lines are recipients (must not become one grant)", () => {
    const text = fixtureText()
      .replace(
        "Personalkostnader       1 150 000 kr\nLokaler                   120 000 kr\nÖvrigt                     80 000 kr",
        "Älvby                     900 000 kr\nNorrforsa                 450 000 kr",
      )
      .replace(
        "att bevilja Älvby kommun 1 350 000 kr för insatsen Steget vidare",
        "att fastställa budgetramen 1 350 000 kr för insatsen Steget vidare",
      );
    const grants = parse(text).of("allocation");
    expect(grants.map((g) => [g.recipient, g.amount_sek])).toEqual([
      ["Älvby", 900_000],
      ["Norrforsa", 450_000],
    ]);
  });
});

describe("'Plats och tid' header and a grant list introduced with its period", () => {
  const minutes = (placeLine: string, leadIn: string) =>
    [
      "PROTOKOLL",
      "Samordningsförbundet Bergslagsdal",
      "Styrelsen",
      "",
      "Sammanträdesdatum: 2024-10-03",
      placeLine,
      "",
      "Beslutande ledamöter",
      "Ola Berg (S), ordförande, Dalby kommun",
      "",
      "§ 5 Medel till insatser",
      leadIn,
      "",
      "  Dalby kommun, insatsen Vägen framåt          500 000 kr",
      "  Region Bergslag, Livsstilsstöd               300 000 kr",
      "  Totalt                                       800 000 kr",
      "",
      "Beslut",
      "Styrelsen beslutar att bevilja medel enligt förslaget, totalt 800 000 kr.",
    ].join("\n");

  it("reads the time and place from a 'Plats och tid' line", () => {
    const { of } = parse(minutes("Plats och tid: Kansliet, Torget 2, kl. 13.15–15.45", "Följande insatser föreslås:"));
    expect(of("meeting")[0]).toMatchObject({ start_time: "13:15", end_time: "15:45", place: "Kansliet, Torget 2" });
  });

  it("does not read a time from a 'Plats' line that states none (must not fire)", () => {
    const { of } = parse(minutes("Plats: Kansliet, Torget 2", "Följande insatser föreslås:"));
    expect(of("meeting")[0]).toMatchObject({ start_time: null, end_time: null, place: "Kansliet, Torget 2" });
  });

  it("gives each grant of the list the period its lead-in states", () => {
    const { of } = parse(
      minutes("Plats: Kansliet", "Följande insatser föreslås få medel för perioden 2025-01-01–2025-08-31:"),
    );
    expect(of("allocation").map((a) => [a.amount_sek, a.period_start, a.period_end])).toEqual([
      [500_000, "2025-01-01", "2025-08-31"],
      [300_000, "2025-01-01", "2025-08-31"],
    ]);
  });

  it("takes no period from a lead-in with only a year, nor from a paragraph that does not introduce the list (must not fire)", () => {
    const yearOnly = parse(minutes("Plats: Kansliet", "Följande insatser föreslås få medel för 2025:")).of(
      "allocation",
    );
    expect(yearOnly.map((a) => a.period_start)).toEqual([null, null]);
    const noColon = parse(
      minutes("Plats: Kansliet", "Ansökningarna avser perioden 2025-01-01–2025-08-31 och har beretts."),
    ).of("allocation");
    expect(noColon.map((a) => a.period_start)).toEqual([null, null]);
  });
});

describe("minutes whose date, period and others are written in words", () => {
  const protocol = (decision: string, others = "Övriga deltagande") =>
    [
      "Samordningsförbundet Exempel",
      "Styrelsen sammanträdde onsdagen den 2 oktober 2024 kl. 9.00–11.00 i Norrby.",
      "",
      "Närvarande ledamöter",
      "Anna Berg (S), ordförande, Norrby kommun",
      "",
      "Ersättare",
      "Olle Ek (M), Norrby kommun, tjänstgör inte",
      "",
      others,
      "Sara Lind, förbundschef",
      "",
      "§ 5  Ansökningar om medel för perioden 1 januari 2025 – 31 december 2025",
      "Kansliet föreslår följande:",
      "  Insats                 Sökande            Belopp",
      "  Vägen vidare           Norrby kommun      400 000 kr",
      "  Summa                                     400 000 kr",
      "Ansökan från Region Exempel om 90 000 kr föreslås avslås.",
      decision,
      "",
    ].join("\n");
  const read = (decision: string, others?: string) => {
    const text = protocol(decision, others);
    const out = parseMinutes(new DocumentText("x/minutes", splitLines(text), 2024), {
      date: "2024-10-02",
      kind: "board_minutes",
    });
    return out.facts as AnyFact[];
  };

  it("takes the board's decision, not a proposal put to it, and the period written in words", () => {
    const facts = read(
      "Styrelsen beslutar att bevilja medel enligt förslaget, sammanlagt 400 000 kr, för perioden 1 januari 2025 – 31 december 2025.",
    );
    const decision = facts.find((f) => f.table === "decision" && f.item_ref === "§5");
    expect(decision).toMatchObject({ amount_sek: 400000, period_start: "2025-01-01", period_end: "2025-12-31" });
    const meeting = facts.find((f) => f.table === "meeting");
    expect(meeting).toMatchObject({ start_time: "09:00", end_time: "11:00" });
  });

  it("does not take the proposed rejection's 90 000 kr as the decision's amount (must not fire)", () => {
    const facts = read("Styrelsen beslutar att följa kansliets förslag.");
    const decision = facts.find((f) => f.table === "decision" && f.item_ref === "§5");
    expect(decision?.amount_sek ?? null).not.toBe(90000);
  });

  it("reads 'Övriga deltagande', 'Tjänstemän' and 'Gäster' as others, not deputies", () => {
    for (const label of ["Övriga deltagande", "Tjänstemän", "Gäster"]) {
      const people = read("Styrelsen beslutar att bevilja 400 000 kr.", label).filter((f) => f.table === "attendance");
      expect(people.find((p) => p.person === "Sara Lind")?.role, label).not.toBe("deputy");
      expect(people.find((p) => p.person === "Olle Ek")?.role).toBe("deputy");
    }
  });

  it("reads a period in words only when two dates are joined by 'till' or a dash, first not after second", () => {
    expect(findDateRange("för perioden 1 augusti 2024 – 31 juli 2025")).toEqual({
      start: "2024-08-01",
      end: "2025-07-31",
    });
    expect(findDateRange("2025-06-01 till 2026-02-28")).toEqual({ start: "2025-06-01", end: "2026-02-28" });
    expect(findDateRange("beslut 3 maj 2024 och rapport 1 juni 2024")).toBeNull();
    expect(findDateRange("31 juli 2025 – 1 augusti 2024")).toBeNull();
  });
});

describe("minutes with a roster table and a grant split by year", () => {
  // Made-up federation; columns by their gaps, as a word processor's table flattens.
  const ROSTER = `SAMORDNINGSFÖRBUNDET EXEMPELVIKEN                                    PROTOKOLL 4/2025

Protokoll fört vid förbundsstyrelsens sammanträde tisdagen den 7 oktober 2025 i
Viksta kommunhus. Sammanträdet pågick klockan 09.30–11.45.

Ledamöter                       Parti   Representerar              Närvaro
Eva Lind, ordförande            S       Region Exempel             Ja
Olle Berg                       M       Viksta kommun              Nej
Sara Nilsson                    –       Försäkringskassan          Ja

Ersättare                       Parti   Representerar              Tjänstgör
Per Ek                          M       Viksta kommun              Ja, för Olle Berg
Anna Holm                       C       Region Exempel             Nej

Tjänstepersoner och gäster
Lisa Strand, förbundschef

Protokollförare: Lisa Strand

§ 20  Ansökan om medel – Vägen vidare
Viksta kommun ansöker om medel för insatsen Vägen vidare.

  År 2026                                      900 000 kr
  År 2027                                      950 000 kr
  Summa                                      1 850 000 kr

Styrelsen beslutar
att bevilja Viksta kommun 1 850 000 kr för insatsen Vägen vidare, fördelat per år enligt ovan.
`;
  const { doc, of } = parse(ROSTER, "2025-10-07");
  it("reads the date from 'Protokoll fört vid … sammanträde' and the time after 'klockan'", () => {
    expect(meetingDateOf(doc)).toBe("2025-10-07");
    expect(of("meeting").map((m) => `${m.start_time}-${m.end_time}`)).toEqual(["09:30-11:45"]);
  });
  it("reads the roster by its columns: present members, deputies serving or not, never the header", () => {
    expect(of("attendance").map((a) => `${a.person}|${a.role}|${a.serving}|${a.member}`)).toEqual([
      "Eva Lind|member|true|Region Exempel",
      "Sara Nilsson|member|true|Försäkringskassan",
      "Per Ek|deputy|true|Viksta kommun",
      "Anna Holm|deputy|false|Region Exempel",
      "Lisa Strand|official|null|null",
    ]);
  });
  it("stores a grant split by year as one allocation per year, never the sum", () => {
    expect(of("allocation").map((a) => `${a.year}=${a.amount_sek}`)).toEqual(["2026=900000", "2027=950000"]);
  });
  it("keeps the decided amount when the years do not add up to it (must not fire)", () => {
    const other = parse(
      ROSTER.replace("att bevilja Viksta kommun 1 850 000 kr", "att bevilja Viksta kommun 900 000 kr"),
      "2025-10-07",
    );
    expect(other.of("allocation").map((a) => `${a.year}=${a.amount_sek}`)).toEqual(["null=900000"]);
  });
});

describe("committee minutes with role labels first and an extension paid to its operator", () => {
  const COMMITTEE = `SAMORDNINGSFÖRBUNDET EXEMPELDAL          PROTOKOLL 3/2025
Arbetsutskottet

Datum och tid:  den 4 september 2025, klockan 10.00–12.00

Närvarande
  Ordförande        Lars Berg (S), Viksta kommun
  Ledamot           Mona Sund (C), Region Exempel
  Ledamot           Emil Rask, Arbetsförmedlingen

Tjänstgörande ersättare
  Olle Fors (M), Åby kommun, för Mona Sund under § 12

§ 11  Insatsen Steget – förlängning
Insatsen drivs av Viksta kommun.
Arbetsutskottets beslut
Arbetsutskottet beslutar att förlänga insatsen Steget under perioden 2026-01-01–2026-12-31
med 640 000 kronor, att betalas ut kvartalsvis till Viksta kommun.

§ 12  Fortbildningsdag
Arbetsutskottet beslutar att ge kansliet i uppdrag att planera en fortbildningsdag om 30 000 kr.
`;
  const { of } = parse(COMMITTEE, "2025-09-04");
  it("reads 'Ledamot <name>' as a member named without the role word", () => {
    const members = of("attendance").filter((a) => a.role === "member");
    expect(members.map((a) => `${a.person}|${a.member}`)).toEqual([
      "Lars Berg|Viksta kommun",
      "Mona Sund|Region Exempel",
      "Emil Rask|Arbetsförmedlingen",
    ]);
  });
  it("keeps whom a deputy stands in for as a note, not as the member", () => {
    expect(of("attendance").find((a) => a.person === "Olle Fors")).toMatchObject({
      role: "deputy",
      serving: true,
      member: "Åby kommun",
      note: "för Mona Sund under § 12",
    });
  });
  it("takes the organisation the money is paid out to as the extension's recipient", () => {
    expect(of("allocation").map((a) => `${a.item_ref}|${a.recipient}|${a.amount_sek}|${a.period_start}`)).toEqual([
      "§11|Viksta kommun|640000|2026-01-01",
    ]);
  });
  it("names no recipient for money that is not paid out to anyone (must not fire)", () => {
    const other = parse(COMMITTEE.replace(", att betalas ut kvartalsvis till Viksta kommun", ""), "2025-09-04");
    expect(other.of("allocation")).toEqual([]);
  });
});

describe("an attendance table read by its header's column names", () => {
  // Made-up federation; the columns say what each holds: name, role, member party, presence.
  const TABLE = (rows: string[], header = "Namn                   Roll               Medlem                Närvaro") =>
    [
      "SAMORDNINGSFÖRBUNDET EXEMPELÅN",
      "Protokoll, styrelsen",
      "",
      header,
      ...rows,
      "",
      "§ 3  Mötets öppnande",
      "Ordföranden öppnade mötet.",
    ].join("\n");
  const ROWS = [
    "Anna Vall (C)          Ordförande         Åby kommun            Närvarande",
    "Bo Strand              Ledamot            Region Exempel        Närvarande",
    "Cecilia Ek (S)         Ledamot            Öby kommun            Frånvarande",
    "David Sund             Ersättare          Öby kommun            Tjänstgör för Cecilia Ek",
    "Eva Hall (M)           Ersättare          Åby kommun            Närvarande, ej tjänstgörande",
    "Fredrik Lind           Förbundschef       -                     Närvarande",
    "Gun Berg               Revisor                                  Närvarande § 3",
  ];

  it("reads each person's role, member, serving and note from their columns", () => {
    const { of } = parse(TABLE(ROWS));
    expect(of("attendance").map((a) => `${a.person}|${a.role}|${a.serving}|${a.member}|${a.note}`)).toEqual([
      "Anna Vall|member|true|Åby kommun|Ordförande",
      "Bo Strand|member|true|Region Exempel|Ledamot",
      "David Sund|deputy|true|Öby kommun|för Cecilia Ek",
      "Eva Hall|deputy|false|Åby kommun|null",
      "Fredrik Lind|official|null|null|Förbundschef",
      "Gun Berg|guest|null|null|Revisor, § 3",
    ]);
  });

  it("reads the same table drawn with pipes", () => {
    const piped = TABLE(
      [
        "|---|---|---|---|",
        "| Anna Vall (C) | Ordförande | Åby kommun | Närvarande |",
        "| Cecilia Ek (S) | Ledamot | Öby kommun | Förhinder |",
        "| David Sund | Ersättare | Öby kommun | Tjänstgör för Cecilia Ek |",
      ],
      "| Namn | Uppdrag | Part | Närvaro |",
    );
    expect(
      parse(piped)
        .of("attendance")
        .map((a) => `${a.person}|${a.role}|${a.serving}`),
    ).toEqual(["Anna Vall|member|true", "David Sund|deputy|true"]);
  });

  it("stores no one absent, and no row whose presence or role it does not know (must not fire)", () => {
    const { of } = parse(TABLE(ROWS));
    expect(of("attendance").some((a) => a.person === "Cecilia Ek")).toBe(false);
    const odd = parse(TABLE(["Anna Vall              Ordförande         Åby kommun            Delvis"])).of(
      "attendance",
    );
    expect(odd).toEqual([]);
    // Under "Tjänstgör", a member's "Nej" is a member away; a deputy's is a deputy present, not serving.
    const served = parse(
      TABLE(
        [
          "Cecilia Ek             Ledamot            Öby kommun            Nej",
          "David Sund             Ersättare          Öby kommun            Ja, för Cecilia Ek",
          "Eva Hall               Ersättare          Åby kommun            Nej",
        ],
        "Namn                   Roll               Medlem                Tjänstgör",
      ),
    ).of("attendance");
    expect(served.map((a) => `${a.person}|${a.role}|${a.serving}|${a.note}`)).toEqual([
      "David Sund|deputy|true|för Cecilia Ek",
      "Eva Hall|deputy|false|null",
    ]);
  });

  it("does not take a table of grants for a roster (must not fire)", () => {
    const grants = parse(
      TABLE(
        ["Anna Vall              Åby kommun         Jobbvägen             400 000 kr"],
        "Namn                   Sökande            Insats                Belopp",
      ),
    ).of("attendance");
    expect(grants.filter((a) => a.person === "Anna Vall")).toEqual([]);
  });
});

describe("a municipal-style header with fields wrapped under their labels", () => {
  const header = (time: string, deputy: string, deciding: string) =>
    [
      "Förbundsstyrelsen",
      "",
      "Plats och tid           Kommunhuset, Storgatan 2, Åbyhamn, onsdagen den 17 september 2025",
      time,
      "",
      "Beslutande              Eva Lund (S), ordförande, Åbyhamns kommun",
      deciding,
      "                        Kurt Berg, Försäkringskassan",
      "",
      `Ersättare               ${deputy}`,
      "",
      "§ 1  Val av justerare",
      "Styrelsen utser Eva Lund att justera protokollet.",
    ].join("\n");

  it("reads the time from the indented line under 'Plats och tid', and no date as the place", () => {
    const { of } = parse(
      header(
        "                        kl. 13.30–16.00 (paus 14.45–15.00)",
        "Sara Ek (MP), Åbyhamns kommun",
        "                        Nils Holt (M), Region Västby",
      ),
    );
    expect(of("meeting")[0]).toMatchObject({
      start_time: "13:30",
      end_time: "16:00",
      place: "Kommunhuset, Storgatan 2, Åbyhamn",
    });
  });

  it("takes no time from an indented line under another label", () => {
    const text = header("", "Sara Ek (MP), Åbyhamns kommun", "                        Nils Holt (M), Region Västby");
    const wrappedUnderDeputies = text.replace(
      "Sara Ek (MP), Åbyhamns kommun",
      "Sara Ek (MP), Åbyhamns kommun\n                        kl. 14.00–15.00 under § 3",
    );
    expect(parse(wrappedUnderDeputies).of("meeting")[0]).toMatchObject({ start_time: null, end_time: null });
  });

  it("reads a line among those deciding that stands in for a member as a serving deputy", () => {
    const { of } = parse(
      header(
        "",
        "Sara Ek (MP), Åbyhamns kommun",
        "                        Nils Holt (M), Region Västby, ersätter Ulla Bo (S)",
      ),
    );
    expect(of("attendance").find((a) => a.person === "Nils Holt")).toMatchObject({
      role: "deputy",
      serving: true,
      member: "Region Västby",
    });
    expect(of("attendance").find((a) => a.person === "Eva Lund")).toMatchObject({ role: "member", serving: true });
  });

  it("reads a deputy's 'ej tjänstgörande' as not serving, and never as part of the member", () => {
    const { of } = parse(
      header(
        "",
        "Sara Ek (MP), Åbyhamns kommun, ej tjänstgörande",
        "                        Nils Holt (M), Region Västby",
      ),
    );
    expect(of("attendance").find((a) => a.person === "Sara Ek")).toMatchObject({
      role: "deputy",
      serving: false,
      member: "Åbyhamns kommun",
    });
    const plain = parse(
      header("", "Sara Ek (MP), Åbyhamns kommun", "                        Nils Holt (M), Region Västby"),
    );
    // Beside a list labelled "Beslutande", a deputy listed apart with no mark of serving did not decide (stop 44).
    expect(plain.of("attendance").find((a) => a.person === "Sara Ek")).toMatchObject({
      role: "deputy",
      serving: false,
    });
  });
});

describe("a roster in semicolons wrapped over lines", () => {
  const minutes = (deciding: string[]) =>
    [
      "Förbundsstyrelsen",
      "Dag och tid    tisdagen den 9 september 2025 kl. 09.00–11.00",
      "",
      ...deciding,
      "",
      "Ersättare, ej tjänstgörande: Eva Strand (S), Åbyhamns kommun; Ola Berg (V), Region Västby.",
      "",
      "§ 1  Val av justerare",
      "Styrelsen utser Eva Lund att justera protokollet.",
    ].join("\n");

  it("reads every entry whole, a wrapped line's rest never a person, and a stand-in as a serving deputy", () => {
    const { of } = parse(
      minutes([
        "Beslutande: Eva Lund (S), ordförande, Åbyhamns kommun; Nils Holt (M), vice ordförande,",
        "Region Västby; Sara Ek (KD), Åbyhamns kommun, tjänstgörande ersättare för Ulla Bo (C);",
        "Kurt Berg, Försäkringskassan.",
      ]),
    );
    const people = of("attendance");
    expect(people.map((a) => a.person)).not.toContain("Region Västby");
    expect(people.find((a) => a.person === "Nils Holt")).toMatchObject({ member: "Region Västby", role: "member" });
    expect(people.find((a) => a.person === "Sara Ek")).toMatchObject({ role: "deputy", serving: true, line: 5 });
    expect(people.find((a) => a.person === "Ola Berg")).toMatchObject({ member: "Region Västby", serving: false });
  });

  it("leaves a roster of one person a line as it is", () => {
    const { of } = parse(
      minutes(["Beslutande: Eva Lund (S), ordförande, Åbyhamns kommun", "Nils Holt (M), Region Västby"]),
    );
    expect(of("attendance").find((a) => a.person === "Nils Holt")).toMatchObject({ member: "Region Västby", line: 5 });
  });
});
