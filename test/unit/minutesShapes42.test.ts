/**
 * Minutes shapes of stop 42 (made-up federations, own words): an item following up a closed year
 * under a title other than the annual report's ("Deltagaruppföljning 2025", "Verksamhetsstatistik för
 * helåret 2025", "Revisionsberättelse och ansvarsfrihet för 2025") read as a report on that year, its
 * sentences on many federations' figures never ours; and what must stay unread.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { type AnyFact } from "../helpers.ts";

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
