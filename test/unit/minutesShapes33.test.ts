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
