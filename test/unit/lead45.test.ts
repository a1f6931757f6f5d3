/**
 * Rules of stop 45's lead, each closing a wrong figure of first sight (set 40), with made-up federations
 * and figures.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { readDocumentUnit } from "../../loaders/reference/units.ts";

const minutes = (kind: "board_minutes" | "committee_minutes", lines: string[]) =>
  documentFacts({ federation: "ravik", kind, date: "2025-04-09" }, lines);
const decisionsOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "decision").map((f) => `${f.item_ref}:${f.outcome}:${f.amount_sek ?? "-"}`);

describe("a decision under its running number on a line of its own ('Beslut AU 2025:7')", () => {
  const committee = (numberLine: (n: number) => string) => [
    "Samordningsförbundet Ravik",
    "Arbetsutskottet, protokoll 2/2025",
    "Tid: 9 april 2025 kl. 13.00–15.00",
    "",
    "§ 12  Dagordning",
    numberLine(5),
    "Arbetsutskottet godkänner dagordningen.",
    "",
    "§ 13  Ansökan Stegvis, Ravik kommun",
    "Ravik kommun söker 210 000 kr för Stegvis.",
    numberLine(6),
    "Arbetsutskottet beviljar Ravik kommun 170 000 kr för Stegvis under 2025.",
    "",
    "§ 14  Ansökan Cykelverkstan",
    "Föreningen söker 90 000 kr.",
    numberLine(7),
    "Arbetsutskottet avslår ansökan.",
  ];
  it("reads the sentence after the number as the decision, in any numbering (must fire)", () => {
    for (const line of [
      (n: number) => `Beslut AU 2025:${n}`,
      (n: number) => `Beslut nr ${n}`,
      (n: number) => `Beslutsnummer: AU-2025-${n}`,
      (n: number) => `Beslut 2025/${n}`,
    ]) {
      const got = decisionsOf(minutes("committee_minutes", committee(line)));
      expect(got, line(1)).toEqual(expect.arrayContaining(["§12:approved:-", "§13:approved:170000", "§14:rejected:-"]));
    }
  });
  it("takes no number for a label where words follow (must not fire)", () => {
    const facts = minutes("committee_minutes", [
      "Samordningsförbundet Ravik",
      "Arbetsutskottet, protokoll 2/2025",
      "",
      "§ 12  Uppföljning",
      "Beslut 2024 om insatsen Stegvis gäller till årets slut, och förbundschefen redovisade läget.",
      "Arbetsutskottet diskuterade uppföljningen.",
    ]);
    expect(decisionsOf(facts)).not.toContain("§12:approved:-");
  });
});

describe("the board proposing to the members ('Styrelsen föreslår medlemmarna att fastställa …')", () => {
  const board = (sentence: string) => [
    "Samordningsförbundet Ravik",
    "Protokoll från styrelsens sammanträde 9 april 2025",
    "",
    "§ 6  Medlemsbidrag 2026",
    "Kansliet har tagit fram ett förslag om medlemsbidrag på sammanlagt 6 200 000 kr för 2026.",
    sentence,
    "",
    "§ 7  Övriga frågor",
    "Inga övriga frågor anmäldes.",
  ];
  it("is the item's decision, a proposal (must fire)", () => {
    const facts = minutes(
      "board_minutes",
      board("Styrelsen föreslår medlemmarna att fastställa bidragen enligt förslaget."),
    );
    expect(decisionsOf(facts)).toContain("§6:proposed:-");
  });
  it("is no decision where the board proposed at another time (must not fire)", () => {
    const got = decisionsOf(
      minutes("board_minutes", board("Styrelsen föreslog medlemmarna samma nivå redan förra året.")),
    );
    expect(got.filter((d) => d.startsWith("§6:proposed"))).toEqual([]);
  });
  it("is the board's proposal retold in the members' own minutes, not their decision (must not fire)", () => {
    const facts = minutes("committee_minutes", [
      "Protokoll från ägarsamrådet för Samordningsförbundet Ravik",
      "Datum: 2025-04-09",
      "",
      "§ 3  Medlemsbidrag 2026",
      "Styrelsen föreslår medlemmarna att fastställa bidragen till sammanlagt 6 200 000 kr.",
      "Ägarsamrådet diskuterade förslaget.",
    ]);
    expect(decisionsOf(facts).filter((d) => d.startsWith("§3:proposed"))).toEqual([]);
  });
});

describe("a line with no full stop over the body's decision ('Dnr SF 2025/12' / 'Styrelsen beviljar …')", () => {
  const board = (above: string) => [
    "Samordningsförbundet Ravik",
    "Protokoll från styrelsens sammanträde 9 april 2025",
    "",
    "§ 6  Ansökan Stegvis",
    "Ravik kommun söker 210 000 kr för Stegvis.",
    above,
    "Styrelsen beviljar Ravik kommun 170 000 kr för Stegvis.",
    "",
    "§ 7  Dagordning",
    above,
    "Styrelsen godkänner dagordningen.",
  ];
  it("is no part of the decision's sentence (must fire)", () => {
    for (const above of ["Dnr SF 2025/12", "Handläggare: Eva Ek", "Bilaga 3", "Diarienummer: 2025-014"]) {
      expect(decisionsOf(minutes("board_minutes", board(above))), above).toEqual(
        expect.arrayContaining(["§6:approved:170000", "§7:approved:-"]),
      );
    }
  });
  it("leaves a sentence wrapped inside its clause whole: a proposal stays a proposal (must not fire)", () => {
    const facts = minutes("board_minutes", [
      "Samordningsförbundet Ravik",
      "Protokoll från styrelsens sammanträde 9 april 2025",
      "",
      "§ 6  Ansökan Stegvis",
      "Ravik kommun söker 210 000 kr för Stegvis. Kansliet föreslår att",
      "Styrelsen beviljar Ravik kommun 170 000 kr för Stegvis.",
      "Ärendet diskuterades.",
    ]);
    expect(decisionsOf(facts)).not.toContain("§6:approved:170000");
  });
});

describe("'Beslut: Enligt förslaget.' under 'Förslag till beslut: Att …'", () => {
  const committee = (proposal: string, decision = "Beslut: Enligt förslaget.") => [
    "Samordningsförbundet Ravik",
    "Arbetsutskottet – protokoll nr 2/2025",
    "Sammanträdestid: onsdag 9 april 2025, 13:00 till 15:30",
    "",
    "§ 12  Ansökan – Cykelverkstan",
    "Ärendet: Föreningen ansöker om 90 000 kr.",
    `Förslag till beslut: ${proposal}`,
    decision,
    "",
    "§ 13  Övriga frågor",
    "Inga övriga frågor.",
  ];
  it("takes the proposal's outcome where the decision only adopts it (must fire)", () => {
    expect(decisionsOf(minutes("committee_minutes", committee("Att avslå ansökan.")))).toContain("§12:rejected:-");
    expect(decisionsOf(minutes("committee_minutes", committee("Att lägga ansökan till handlingarna.")))).toContain(
      "§12:noted:-",
    );
    expect(decisionsOf(minutes("committee_minutes", committee("Att bevilja 80 000 kr.")))).toContain(
      "§12:approved:80000",
    );
  });
  it("keeps a decision's own words, and a proposal granting beside a refusal approved (must not fire)", () => {
    expect(
      decisionsOf(
        minutes("committee_minutes", committee("Att avslå ansökan.", "Beslut: Arbetsutskottet beviljar 50 000 kr.")),
      ),
    ).toContain("§12:approved:50000");
    expect(
      decisionsOf(
        minutes(
          "committee_minutes",
          committee("Att bevilja 60 000 kr för verkstaden och att avslå resten av ansökan."),
        ),
      ),
    ).toContain("§12:approved:60000");
  });
  it("reads the meeting's hours said 'HH:MM till HH:MM' on its time line (must fire)", () => {
    const meeting = minutes("committee_minutes", committee("Att avslå ansökan.")).filter((f) => f.table === "meeting");
    expect(meeting.map((f) => `${f.start_time}-${f.end_time}`)).toEqual(["13:00-15:30"]);
  });
  it("reads no 'till' span on a line that is not the meeting's time (must not fire)", () => {
    const lines = committee("Att avslå ansökan.");
    lines[2] = "Datum: onsdag 9 april 2025";
    lines.splice(3, 0, "Lokalen är bokad 08:00 till 17:00 för hela dagen.");
    const meeting = minutes("committee_minutes", lines).filter((f) => f.table === "meeting");
    expect(meeting.map((f) => f.end_time)).not.toContain("17:00");
  });
});

describe("the document's unit stated for several tables in one sentence", () => {
  it("is read from 'Beloppen i resultaträkningen, balansräkningen och … anges i tusental kronor' (must fire)", () => {
    expect(
      readDocumentUnit([
        "Beloppen i resultaträkningen, balansräkningen och tabellen över medlemsbidrag anges i tusental kronor.",
      ])?.unit,
    ).toBe("tkr");
  });
  it("is no unit where the amount in a sentence only has one (must not fire)", () => {
    expect(
      readDocumentUnit(["Beloppet i ansökan från Ravik kommun anges i kronor per deltagare och månad."]),
    ).toBeNull();
    expect(readDocumentUnit(["Beloppen i Raviks ansökan, 300 000 och 250 000, avser 2025."])).toBeNull();
  });
});

describe("attendance told as a paragraph: the member a deputy stood in for", () => {
  const minutesWith = (sentence: string[]) => [
    "Samordningsförbundet Ravik",
    "PROTOKOLL FRÅN STYRELSENS SAMMANTRÄDE",
    "",
    "Styrelsen sammanträdde den 9 april 2025 klockan 13.00–15.00 i Ravik.",
    "",
    ...sentence,
    "",
    "§ 1 Mötets öppnande",
    "Ordföranden öppnade mötet.",
  ];
  const peopleOf = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "attendance").map((f) => `${f.person}:${f.role}:${f.serving}`);
  it("is never stored as present, with adjectives between or over a line end (must not fire)", () => {
    const facts = minutes(
      "board_minutes",
      minutesWith([
        "Närvarande var ledamöterna Eva Lund, ordförande, och Per Ek samt ersättaren Ida Ros, som tjänstgjorde i",
        "stället för den frånvarande ledamoten Kim Berg.",
      ]),
    );
    expect(peopleOf(facts).some((p) => p.startsWith("Kim Berg"))).toBe(false);
    expect(peopleOf(facts)).toEqual(expect.arrayContaining(["Eva Lund:member:true", "Ida Ros:deputy:true"]));
  });
});
