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
