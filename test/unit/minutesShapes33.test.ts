/**
 * Minutes in shapes of stop 33 (made-up federations): items headed "Punkt n –" where no § stands,
 * the meeting's hours on the minutes' title line, and what must stay unread beside them.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { type AnyFact } from "../helpers.ts";

function parse(text: string, date = "2025-03-12") {
  const doc = new DocumentText("x/minutes", text.split("\n"), Number(date.slice(0, 4)));
  const facts = parseMinutes(doc, { date, kind: "board_minutes" }).facts as AnyFact[];
  return (table: string) => facts.filter((f) => f.table === table);
}

describe("items headed by a word and their number", () => {
  const PUNKT = `Samordningsförbundet Sjövik
Protokoll, styrelsemöte 12 mars 2025, kl. 13.30–15.00, Sjöviks kommunhus

Punkt 4 – Ansökan om medel för Lotsen
Beslut: Styrelsen beviljar Sjöviks kommun 275 000 kr för insatsen Lotsen under 2025.

Punkt 5: Ansökan om medel för Vägen
Beslut: Styrelsen avslår ansökan.`;

  it("reads 'Punkt 4 –' and 'Punkt 5:' as items where the minutes have no § heading", () => {
    const of = parse(PUNKT);
    expect(of("decision").map((d) => [d.item_ref, d.outcome, d.amount_sek])).toEqual([
      ["§4", "approved", 275000],
      ["§5", "rejected", null],
    ]);
    expect(of("allocation").map((a) => a.amount_sek)).toEqual([275000]);
  });

  it("reads the hours from the title line that dates the meeting", () => {
    expect(parse(PUNKT)("meeting").map((m) => [m.start_time, m.end_time])).toEqual([["13:30", "15:00"]]);
  });

  it("leaves 'Punkt' lines alone in minutes whose items are headed by §", () => {
    const of = parse(`Protokoll 2025-03-12

§ 7 Ansökan om medel för Lotsen
Punkt 2 i ansökan: Insatsen tar emot 20 deltagare.
Beslut: Styrelsen beviljar Sjöviks kommun 275 000 kr för insatsen Lotsen under 2025.`);
    expect(of("decision").map((d) => d.item_ref)).toEqual(["§7"]);
  });

  it("takes no hours from a title line dating another thing", () => {
    const of = parse(`Protokoll justerat 2025-03-20 kl. 10.00

§ 1 Mötets öppnande`);
    expect(of("meeting").map((m) => m.start_time)).toEqual([null]);
  });
});

describe("a members' fee table in layout text under the decision that sets it", () => {
  const table = (total: string, decision = "att medlemmarnas avgifter för 2026 fördelas enligt tabellen nedan.") =>
    `Protokoll 2025-10-02

§ 8 Avgifter 2026
Styrelsen beslutar
${decision}

Part                       Folkmängd     Andel %     Avgift 2026
Staten                                     50,0      4 000 000
Region Dalmark                             25,0      2 000 000
Almby kommun                  19 200       15,0      1 200 000
Kärrby kommun                 12 800       10,0        800 000
Totalt                                    100,0      ${total}
`;

  it("reads each member's fee under its year's column, a later year a budget, the population and shares never", () => {
    const fees = parse(table("8 000 000"), "2025-10-02")("member_contribution");
    expect(fees.map((f) => `${f.member}:${f.year}:${f.basis}=${f.amount_sek}`)).toEqual([
      "Staten:2026:budget=4000000",
      "Region Dalmark:2026:budget=2000000",
      "Almby kommun:2026:budget=1200000",
      "Kärrby kommun:2026:budget=800000",
    ]);
  });

  it("stores nothing where the members miss the Totalt row, or the item was postponed (must not fire)", () => {
    expect(parse(table("8 100 000"), "2025-10-02")("member_contribution")).toEqual([]);
    expect(parse(table("8 000 000", "att bordlägga ärendet."), "2025-10-02")("member_contribution")).toEqual([]);
  });

  it("reads a member's name wrapped onto the line of its fees", () => {
    const fees = parse(
      `Protokoll 2025-10-02

Medlemsavgifter enligt beslut
Medlem                          Avgift 2025      Avgift 2026
Försäkringskassan och
Arbetsförmedlingen (staten)       4 000 000        4 200 000
Region Dalmark                    2 000 000        2 100 000
Almby kommun                      2 000 000        2 100 000
Summa                             8 000 000        8 400 000
`,
      "2025-10-02",
    )("member_contribution");
    expect(fees.map((f) => `${f.member}:${f.year}=${f.amount_sek}`)).toEqual([
      "Försäkringskassan och Arbetsförmedlingen:2026=4200000",
      "Region Dalmark:2026=2100000",
      "Almby kommun:2026=2100000",
    ]);
  });

  it("stores nothing where a caption states thousands, or the sums are too small to be kronor (must not fire)", () => {
    const small = (caption: string): string => `Protokoll 2025-10-02

${caption}
Medlem                          Avgift 2026
Staten                                4 200
Region Dalmark                        2 100
Almby kommun                          2 100
Summa                                 8 400
`;
    // Under its heading the members' table reader reads it in thousands; never as kronor.
    const inThousands = parse(small("Medlemsavgifter (tkr)"), "2025-10-02")("member_contribution");
    expect(inThousands.map((f) => f.amount_sek)).not.toContain(4200);
    expect(parse(small("Avgifterna enligt beslut"), "2025-10-02")("member_contribution")).toEqual([]);
  });

  it("stores nothing for the minutes' own year (paid or planned: unsure)", () => {
    expect(parse(table("8 000 000"), "2026-02-10")("member_contribution")).toEqual([]);
  });
});

describe("a decision in 'att' clauses", () => {
  const ROUND = (third: string) => `Protokoll 2025-11-06

§ 14 Ansökningar inför 2026
Tre ansökningar har kommit in, med sammanlagt 2 100 000 kr sökta.

Styrelsen beslutar
1. att bevilja Almby kommun 700 000 kr för insatsen Trappan under 2026,
2. att bevilja Region Dalmark 380 000 kr för insatsen Samtalet under 2026,
3. ${third}

§ 15 Övriga frågor
Inga övriga frågor.`;

  it("reads each granting clause as its own grant with its own period; the item approved with no one amount", () => {
    const of = parse(ROUND("att avslå ansökan från Kärrby kommun om 1 020 000 kr."), "2025-11-06");
    expect(of("allocation").map((a) => `${a.recipient}=${a.amount_sek}@${a.period_start}`)).toEqual([
      "Almby kommun=700000@2026-01-01",
      "Region Dalmark=380000@2026-01-01",
    ]);
    expect(of("decision").find((d) => d.item_ref === "§14")).toMatchObject({ outcome: "approved", amount_sek: null });
  });

  it("never grants the sum of a clause that rejects or postpones (must not fire)", () => {
    const of = parse(ROUND("att bordlägga ansökan från Kärrby kommun om 1 020 000 kr till februari."), "2025-11-06");
    expect(of("allocation").map((a) => a.amount_sek)).not.toContain(1020000);
    expect(of("decision").map((d) => d.amount_sek)).not.toContain(1020000);
  });

  it("leaves a decision of one grant in one clause as it was", () => {
    const of = parse(
      `Protokoll 2025-11-06

§ 14 Ansökan Trappan
Styrelsen beslutar
att bevilja Almby kommun 700 000 kr för insatsen Trappan under 2026.`,
      "2025-11-06",
    );
    expect(of("decision")[0]).toMatchObject({ outcome: "approved", amount_sek: 700000, recipient: "Almby kommun" });
    expect(of("allocation").map((a) => a.amount_sek)).toEqual([700000]);
  });
});

describe("a proposal 'föreslår att styrelsen …' adopted or not", () => {
  const item = (decision: string) => `Protokoll 2025-10-16

§ 43 Ansökan om medel för insatsen Bryggan
Ärende             Almby kommun ansöker om 640 000 kronor för insatsen Bryggan.

Förslag till       Förbundschefen föreslår att styrelsen beviljar
beslut             Almby kommun 590 000 kronor för insatsen Bryggan
                   under perioden 2026-01-01–2026-12-31.

Beslut             ${decision}`;

  it("takes the proposal's sum where the board decides as the director proposed", () => {
    const of = parse(item("Styrelsen beslutar enligt förbundschefens förslag."), "2025-10-16");
    expect(of("decision")[0]).toMatchObject({ outcome: "approved", amount_sek: 590000 });
    expect(of("allocation").map((a) => `${a.amount_sek}@${a.period_start}`)).toEqual(["590000@2026-01-01"]);
  });

  it("never takes the proposal's sum where the board decides otherwise (must not fire)", () => {
    const of = parse(item("Styrelsen beslutar att avslå ansökan."), "2025-10-16");
    expect(of("decision")[0]).toMatchObject({ outcome: "rejected", amount_sek: null });
    expect(of("allocation")).toEqual([]);
  });
});

describe("a diary number beside the §, and an outcome under a 'Beslut' label whoever its subject", () => {
  it("takes the title from the next line where the § line holds only a diary number, and drops one after a title", () => {
    const of = parse(
      `Protokoll 2026-03-12

§ 21                                        Dnr MSF 2026/11
Årsredovisning 2025
Styrelsen beslutar att godkänna årsredovisningen.

§ 22  Internkontroll 2026                   Dnr MSF 2026/12
Styrelsen beslutar att fastställa planen.`,
      "2026-03-12",
    );
    expect(of("decision").map((d) => d.title)).toEqual(["Årsredovisning 2025", "Internkontroll 2026"]);
  });

  it("reads 'Ärendet … tas upp vid sammanträdet den …' under a Beslut label as postponed", () => {
    const of = parse(
      `Protokoll 2026-03-12

§ 5  Ändrad arbetsordning
Beslut
Ärendet kan inte avgöras i dag och tas upp vid sammanträdet den 14 maj 2026.`,
      "2026-03-12",
    );
    expect(of("decision")[0]).toMatchObject({ item_ref: "§5", outcome: "postponed" });
  });

  it("does not postpone an item that noted a report and names a later topic (must not fire)", () => {
    const of = parse(
      `Protokoll 2026-03-12

§ 6  Rapport
Beslut
Rapporten läggs till handlingarna. Frågan om lokaler tas upp vid nästa möte.`,
      "2026-03-12",
    );
    expect(of("decision")[0]).toMatchObject({ item_ref: "§6", outcome: "noted" });
  });
});

describe("the recipient named where the grant is", () => {
  const one = (decision: string) =>
    parse(
      `Protokoll 2025-06-10

§ 13 Ansökan om medel
${decision}`,
      "2025-06-10",
    )("allocation").map((a) => `${a.recipient}=${a.amount_sek}`);

  it("takes the name after 'bevilja <sum> till' and the intervention granted as the subject", () => {
    expect(
      one("Styrelsen beslutar att bevilja 450 000 kr till Nya Spåret Ekby för perioden 2025-09-01–2026-06-30."),
    ).toEqual(["Nya Spåret Ekby=450000"]);
    expect(one("Styrelsen beslutade: Insatsen Lotsen i Ekby beviljas 300 000 kronor för 2026.")).toEqual([
      "Lotsen i Ekby=300000",
    ]);
  });

  it("names no recipient from a sum 'till' something in lower case (must not fire)", () => {
    expect(one("Styrelsen beslutar att bevilja 450 000 kr till insatsens lokalkostnader under 2025.")).toEqual([]);
  });
});

describe("a closed year's card in an appendix of the minutes", () => {
  const CARD = (body: string) => `Beslutslista 2025-04-24

§ 3 Årsredovisning 2024
Medlemssamrådet lägger årsredovisningen till handlingarna, se bilaga 2.

Beslutslista, sida 3
Bilaga 2. Ur årsredovisningen 2024
${body}`;

  it("reads each 'Label: figure' line of the card as a sentence of its own", () => {
    const money = parse(
      CARD("Intäkter 2024: 6 100 000 kr\nKostnader 2024: 6 250 000 kr\nÅrets resultat 2024: −150 000 kr"),
      "2025-04-24",
    )("finance").map((f) => `${f.item}=${f.amount_sek}`);
    expect(money).toEqual(["revenue_operating=6100000", "cost_operating=6250000", "result=-150000"]);
  });

  it("keeps a sentence wrapped over lines as one, where no card runs (must not fire)", () => {
    const money = parse(
      CARD("Förbundets intäkter uppgick till 6 100 000 kr och\nkostnaderna till 6 250 000 kr."),
      "2025-04-24",
    )("finance").map((f) => `${f.item}=${f.amount_sek}`);
    expect(money).toEqual(["revenue_operating=6100000", "cost_operating=6250000"]);
  });
});
