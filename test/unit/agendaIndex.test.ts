/**
 * An agenda listing every § before the items themselves is an index, not items: without the rule
 * the index headings became items of their own and the body's §s became "§6#2", and a grant was
 * tied to the wrong §. A list of headings whose decisions stand elsewhere (no heading repeated)
 * stays a detached list.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { findAgendaItems } from "../../loaders/extract/minutes/findAgendaItems.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import type { AnyFact } from "../helpers.ts";

const HEAD = ["Protokoll styrelsen", "Samordningsförbundet Granås", "Datum: 2025-03-12", ""];
const AGENDA = [
  "Dagordning",
  "§ 1   Mötets öppnande",
  "§ 2   Val av justerare",
  "§ 3   Ansökan om medel till Vägen in                 Beslutsärende",
  "§ 4   Ansökan om medel till Språnget                 Beslutsärende",
  "§ 5   Övriga frågor",
  "",
];
const BODY = [
  "§ 1 Mötets öppnande",
  "Ordföranden öppnade mötet.",
  "",
  "§ 2 Val av justerare",
  "Styrelsen utser Anna Berg att justera protokollet.",
  "",
  "§ 3 Ansökan om medel till Vägen in",
  "Granås kommun ansöker om 900 000 kr.",
  "Beslut",
  "Styrelsen beviljar Vägen in 900 000 kr för perioden 2025-04-01 till 2026-03-31.",
  "",
  "§ 4 Ansökan om medel till Språnget",
  "Region Granås ansöker om 700 000 kr.",
  "Beslut",
  "Styrelsen beviljar Språnget 450 000 kr för perioden 2025-04-01 till 2025-12-31.",
  "",
  "§ 5 Övriga frågor",
  "Inga övriga frågor.",
];

const doc = (lines: string[]) => new DocumentText("granas/2025-03-12-board-minutes", lines, 2025);

describe("an agenda listing the items before them", () => {
  it("is an index: each § is one item, read from its own text", () => {
    const items = findAgendaItems(doc([...HEAD, ...AGENDA, ...BODY]));
    expect(items.map((i) => `${i.ref}:${i.detached}`)).toEqual([
      "§1:false",
      "§2:false",
      "§3:false",
      "§4:false",
      "§5:false",
    ]);
    const out = parseMinutes(doc([...HEAD, ...AGENDA, ...BODY]), { date: "2025-03-12", kind: "board_minutes" });
    const grants = (out.facts as AnyFact[])
      .filter((f) => f.table === "decision" && f.amount_sek !== null)
      .map((f) => `${f.item_ref}=${f.amount_sek}`);
    expect(grants).toEqual(["§3=900000", "§4=450000"]);
  });

  it("must not drop a list of headings whose numbers do not come again (their decisions stand elsewhere)", () => {
    const list = [
      "§ 10 Ekonomisk rapport",
      "§ 11 Ansökan Vägen in",
      "§ 12 Övriga frågor",
      "",
      "Beslut 2025-3 §11:1",
      "Styrelsen beviljar 300 000 kr.",
    ];
    const items = findAgendaItems(doc([...HEAD, ...list]));
    expect(items.map((i) => `${i.ref}:${i.detached}`)).toEqual(["§10:true", "§11:true", "§12:true"]);
  });
});
