/**
 * Minutes shapes of stop 42 (made-up federations, own words): an item following up a closed year
 * under a title other than the annual report's ("Deltagaruppföljning 2025", "Verksamhetsstatistik för
 * helåret 2025", "Revisionsberättelse och ansvarsfrihet för 2025") read as a report on that year, its
 * sentences on many federations' figures never ours; and what must stay unread.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import type { FederationFacts } from "../../loaders/schema/registry.ts";
import { type AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

function parse(body: string, date = "2026-03-18", kind: "board_minutes" | "committee_minutes" = "board_minutes") {
  const text = `Protokoll från styrelsemöte i Samordningsförbundet Tornåsen\n\nDatum: ${date}\n\n${body}`;
  const doc = new DocumentText("x/minutes", text.split("\n"), Number(date.slice(0, 4)));
  const out = parseMinutes(doc, { date, kind });
  const facts = out.facts as AnyFact[];
  const of = (table: string) => facts.filter((f) => f.table === table);
  return {
    of,
    counts: of("participant_count").map((f) => `${f.year} ${f.measure}/${f.gender}=${f.value}`),
    money: of("finance").map((f) => `${f.year} ${f.basis} ${f.item}=${f.amount_sek}`),
  };
}

const PARTICIPANTS = `Kansliet gick igenom siffrorna: 142 personer var inskrivna under 2025, varav 80 kvinnor och 62 män.
Av dem var 57 nya och 61 avslutades.`;

describe("an item following up a closed year, titled otherwise than the annual report", () => {
  for (const title of [
    "§ 7  Deltagaruppföljning 2025",
    "§ 7  Verksamhetsstatistik för helåret 2025",
    "§ 7  Uppföljning per december 2025",
    "§ 7  Årsuppföljning 2025",
  ])
    it(`reads the year's participants under "${title}"`, () => {
      const { counts, of } = parse(`${title}\n${PARTICIPANTS}\nStyrelsen noterar informationen.`);
      expect(counts).toEqual(
        expect.arrayContaining([
          "2025 enrolled/all=142",
          "2025 enrolled/woman=80",
          "2025 enrolled/man=62",
          "2025 exited/all=61",
        ]),
      );
      expect(of("participant_count").every((f) => f.section === "minutes_figures")).toBe(true);
    });

  it("reads the year's accounts in the auditors' item on the year", () => {
    const { money } = parse(`§ 4  Revisionsberättelse och ansvarsfrihet för 2025
Revisorerna har granskat 2025. Förbundets intäkter uppgick till 5 210 000 kr och kostnaderna till
5 090 000 kr, vilket gav ett resultat på 120 000 kr. Revisorernas arvode var 48 000 kr.
Styrelsen lägger revisionsberättelsen till handlingarna.`);
    expect(money).toEqual(
      expect.arrayContaining([
        "2025 actual revenue_operating=5210000",
        "2025 actual cost_operating=5090000",
        "2025 actual result=120000",
      ]),
    );
    expect(money.some((m) => m.endsWith("=48000"))).toBe(false);
  });

  it("never reads a county's or many federations' total in the item as ours", () => {
    const { counts } = parse(`§ 7  Deltagaruppföljning 2025
${PARTICIPANTS}
Länets samtliga förbund hade tillsammans 2 140 deltagare.`);
    expect(counts).toContain("2025 enrolled/all=142");
    expect(counts.some((c) => c.endsWith("=2140"))).toBe(false);
  });

  it("never reads a follow-up naming an intervention, a part of the year or the meeting's own year", () => {
    for (const title of [
      "§ 7  Uppföljning Steget 2025",
      "§ 7  Deltagaruppföljning per augusti 2025",
      "§ 7  Deltagaruppföljning januari–juni 2025",
      "§ 7  Deltagaruppföljning 2026",
      "§ 7  Region Fjärmarks uppföljning 2025",
    ]) {
      const { counts } = parse(`${title}\n${PARTICIPANTS.replace(/inskrivna under 2025/, "inskrivna")}`);
      expect(counts, title).toEqual([]);
    }
  });
});

const decisionsOf = (of: (t: string) => AnyFact[]) =>
  Object.fromEntries(of("decision").map((d) => [d.item_ref, `${d.outcome}${d.amount_sek ? ` ${d.amount_sek}` : ""}`]));

describe("a meeting held over two days, each decision under a dated label", () => {
  const MEETING = `§ 12  Ansökan – Språngbrädan, Kvarnö kommun
Kvarnö kommun ansöker om 640 000 kr för 2026-09-01–2027-06-30.
Beslut (dag 2)
Styrelsen beviljar Språngbrädan 600 000 kr för perioden 2026-09-01–2027-06-30.

§ 13  Ansökan – Hälsolyftet
Regionen ansöker om 210 000 kr.
Beslut (dag 1)
Ärendet bordläggs till nästa sammanträde.

§ 14  Information från Försäkringskassan
Beslut (den 4 juni)
Informationen tas till protokollet.`;

  it("reads the decision under 'Beslut (dag 2)', a postponement under 'Beslut (dag 1)' and a report taken to the minutes as noted", () => {
    const { of } = parse(MEETING, "2026-06-03");
    expect(decisionsOf(of)).toEqual({ "§12": "approved 600000", "§13": "postponed", "§14": "noted" });
    expect(of("allocation").map((a) => `${a.amount_sek} ${a.period_start}–${a.period_end}`)).toEqual([
      "600000 2026-09-01–2027-06-30",
    ]);
  });

  it("never takes a bracket that is no date or day for a label, nor a reservation entered in the minutes for noted", () => {
    const { of } = parse(`§ 12  Ansökan – Språngbrädan
Beslut (se vidare bilaga 3 om Kvarnö kommun)
Styrelsen diskuterar ansökan vidare.

§ 13  Val av revisor
Styrelsen väljer Eva Strand till revisor. Bo Lund reserverar sig. Reservationen antecknas till protokollet.`);
    const d = decisionsOf(of);
    expect(d["§12"]).not.toBe("noted");
    expect(d["§12"]?.startsWith("approved")).toBe(false);
    expect(d["§13"]).toBe("approved");
  });
});

describe("a grant's recipient from the item's title or the summary line's name", () => {
  it("takes the name after the title's dash, so the grant is an allocation", () => {
    const { of } = parse(`§ 8  Ansökan om fortsatt finansiering – Nästa kliv
Åsby kommun söker 380 000 kr för 2026.
Styrelsen beslutar att bevilja 350 000 kr för perioden 2026-04-01–2026-12-31.`);
    expect(of("allocation").map((a) => `${a.recipient} ${a.amount_sek} ${a.period_start}`)).toEqual([
      "Nästa kliv 350000 2026-04-01",
    ]);
  });

  it("takes the name a closing decision list's line opens on", () => {
    const { of } = parse(`§ 8  Ansökan – Nästa kliv
Åsby kommun söker 380 000 kr för hösten 2026.

§ 9  Rapport från kansliet
Förbundschefen berättar om höstens utbildningar.

§ 10  Övrigt
Inga övriga frågor.

BESLUT I SAMMANDRAG
§ 8   Nästa kliv beviljas 320 000 kr för perioden 2026-08-01–2026-12-31.
§ 9   Informationen noteras.
§ 10  Informationen noteras.`);
    expect(of("allocation").map((a) => `${a.recipient} ${a.amount_sek}`)).toEqual(["Nästa kliv 320000"]);
  });

  it("never takes the application, a rejected item or an applied sum for a grant", () => {
    const { of } = parse(`§ 8  Ansökan – Nästa kliv
Åsby kommun söker 380 000 kr för 2026.
Styrelsen beslutar att avslå ansökan.

§ 9  Ansökan om medel
Ansökan beviljas 90 000 kr enligt förslaget.`);
    expect(of("allocation").map((a) => a.amount_sek)).not.toContain(380000);
    expect(of("allocation").map((a) => a.recipient)).not.toContain("Ansökan");
  });
});

describe("minutes of a joint meeting of two federations' boards", () => {
  const federation: FederationFacts = {
    id: "tornasen",
    name: "Samordningsförbundet Tornåsen",
    members: ["Tornåsens kommun", "Ekeby kommun", "Region Åmark", "Försäkringskassan", "Arbetsförmedlingen"],
  };
  function joint(body: string) {
    const text = `Protokoll från gemensamt sammanträde för styrelserna i Samordningsförbundet Tornåsen och Samordningsförbundet Villmo\n\nDatum: 2026-11-05\n\n${body}`;
    const doc = new DocumentText("tornasen/minutes", text.split("\n"), 2026, "plain_text", new Set(), federation);
    const out = parseMinutes(doc, { date: "2026-11-05", kind: "board_minutes" });
    const facts = out.facts as AnyFact[];
    return (table: string) => facts.filter((f) => f.table === table);
  }

  it("reads our board named by its genitive and both boards as the deciding body; the other board's items not at all", () => {
    const of = joint(`§ 2  Gemensam utbildningsdag
Styrelserna beslutar att ställa sig bakom planen för en gemensam utbildningsdag.

§ 3  Ansökan – Vägvisaren
Ekeby kommun söker 330 000 kr för 2027.
Tornåsens styrelse beslutar att bevilja 300 000 kr för perioden 2027-01-01–2027-12-31.

§ 4  Ansökan – Ungdomsspåret
Villmo kommun söker 420 000 kr för 2027.
Villmos styrelse beslutar att bevilja 400 000 kr för perioden 2027-01-01–2027-12-31.`);
    expect(decisionsOf(of)).toEqual({ "§2": "approved", "§3": "approved 300000" });
    expect(of("allocation").map((a) => a.amount_sek)).toEqual([300000]);
  });

  it("never takes a member's board for another federation's, nor declining to support for approving", () => {
    const of = joint(`§ 5  Skrivelse från Ekeby kommun
Ekebys styrelse för arbetsmarknad har skickat en skrivelse om samverkan.
Styrelsen beslutar att inte ställa sig bakom skrivelsens förslag.`);
    expect(decisionsOf(of)).toEqual({ "§5": "rejected" });
  });
});

describe("members' fees set in a decision's sentence wrapped over two lines", () => {
  const FEES = (total: string) => `§ 6  Medlemsavgifter 2027
Styrelsen beslutar att fastställa medlemsavgifterna för 2027 till
totalt ${total} kr, fördelade enligt följande:
  Staten                 3 000 000 kr
  Region Åmark           1 500 000 kr
  Tornåsens kommun         900 000 kr
  Ekeby kommun             600 000 kr`;

  it("reads the list as next year's budget fees, never as grants", () => {
    const { of } = parse(FEES("6 000 000"), "2026-11-05");
    expect(of("member_contribution").map((f) => `${f.year} ${f.basis} ${f.amount_sek}`)).toEqual([
      "2027 budget 3000000",
      "2027 budget 1500000",
      "2027 budget 900000",
      "2027 budget 600000",
    ]);
    expect(of("allocation")).toEqual([]);
  });

  it("stores neither fees nor grants where the list does not add up to the lead's total", () => {
    const { of } = parse(FEES("6 200 000"), "2026-11-05");
    expect(of("member_contribution")).toEqual([]);
    expect(of("allocation")).toEqual([]);
  });
});

describe("a grant in a two-column case | decision item cites the line its sum stands on (review41 R19)", () => {
  const cited = (lines: string[], sek: number) =>
    documentFacts({ federation: "tornasen", kind: "committee_minutes", date: "2026-04-09" }, lines)
      .filter((f) => f.table === "allocation" && f.amount_sek === sek)
      .map((f) => lines[(f.line as number) - 1]);

  it("cites the decision column's line with the sum, not the case's applied sum beside its opening", () => {
    const lines = [
      "Samordningsförbundet Tornåsen",
      "Protokoll från arbetsutskottet 2026-04-09",
      "",
      "§ 3  Ansökan – Nya vägar",
      "",
      "   Ärendebeskrivning                        Arbetsutskottets beslut",
      "      Ekeby kommun har sökt 455 000 kronor     Arbetsutskottet beviljar Ekeby kommun",
      "      för Nya vägar hösten 2026.               420 000 kronor för Nya vägar under",
      "                                               perioden 2026-08-01–2026-12-31.",
      "",
    ];
    const at = cited(lines, 420000);
    expect(at.length).toBeGreaterThan(0);
    for (const line of at) expect(line).toContain("420 000");
  });

  it("keeps a one-column grant's citation on its sentence's first line where the sum wraps to the next", () => {
    const lines = [
      "Samordningsförbundet Tornåsen",
      "Protokoll från arbetsutskottet 2026-04-09",
      "",
      "§ 3  Ansökan – Nya vägar",
      "Ekeby kommun har sökt 455 000 kronor för hösten 2026.",
      "Arbetsutskottet beslutar att bevilja Ekeby kommun",
      "420 000 kronor för perioden 2026-08-01–2026-12-31.",
      "",
    ];
    expect(cited(lines, 420000)).toEqual(["Arbetsutskottet beslutar att bevilja Ekeby kommun"]);
  });
});

describe("a closed year's accounts in brief inside the annual report's item, a list of rows in the unit its lead states", () => {
  const ITEM = (lead: string, result: string) => `§ 9  Årsredovisning 2025
Förbundschefen föredrar årsredovisningen. ${lead}
      Verksamhetens intäkter         8 420
      Verksamhetens kostnader       -8 160
      Årets resultat                   ${result}
Styrelsen godkänner årsredovisningen.`;

  it("reads the rows as the year's accounts in tkr where revenue less costs is the result", () => {
    const { money } = parse(ITEM("Sammandrag (tkr):", "260"));
    expect(money).toEqual(
      expect.arrayContaining([
        "2025 actual revenue_operating=8420000",
        "2025 actual cost_operating=8160000",
        "2025 actual result=260000",
      ]),
    );
  });

  it("reads none of them where the rows do not add up, nor under a lead naming next year's budget", () => {
    expect(parse(ITEM("Sammandrag (tkr):", "290")).money.filter((m) => m.startsWith("2025 actual"))).toEqual([]);
    const budget = parse(`§ 9  Verksamhetsplan och budget 2027
Förbundschefen föredrar förslaget. Budget 2027 (tkr):
      Verksamhetens intäkter         8 600
      Verksamhetens kostnader       -8 900
      Årets resultat                  -300
Styrelsen beslutar att föreslå medlemmarna att anta budgeten.`);
    expect(budget.money.filter((m) => m.includes("actual"))).toEqual([]);
  });
});
