/**
 * Set 11's minutes shapes, in our own words (a made-up federation): a deputy's bracket after the
 * name saying whom they served for, and a grant decided as "Styrelsen beviljar <insats> …" with the
 * intervention's name right after the verb. Each beside the text it must leave alone.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { findRecipient } from "../../loaders/extract/minutes/readDecisions.ts";
import type { AnyFact } from "../helpers.ts";

function parse(lines: string[]) {
  const doc = new DocumentText("tallby/minutes", lines, 2025);
  const facts = parseMinutes(doc, { date: "2025-03-07", kind: "board_minutes" }).facts as AnyFact[];
  return (table: string) => facts.filter((f) => f.table === table);
}

const HEAD = [
  "Samordningsförbundet Tallby",
  "PROTOKOLL",
  "Styrelsen",
  "",
  "Plats och tid: Tallby kommunhus, 2025-03-07 kl. 09.00-11.00",
  "",
  "Närvarande",
  "Beslutande:                                  Ersättare:",
];

describe("a deputy's bracket after the name (set 11)", () => {
  it("serves where the bracket says so, the member they stood in for kept in the note", () => {
    const of = parse([...HEAD, "Olle Berg, ordförande                        Anna Frost (tjänstgör för Pia Lund)", ""]);
    expect(of("attendance").map((a) => `${a.person}|${a.role}|${a.serving}|${a.note}`)).toEqual([
      "Olle Berg|member|true|ordförande",
      "Anna Frost|deputy|true|tjänstgör för Pia Lund",
    ]);
  });

  it("leaves a deputy with no bracket unknown, and a listed non-serving deputy not serving", () => {
    const of = parse([...HEAD, "Olle Berg, ordförande                        Anna Frost", ""]);
    expect(of("attendance").find((a) => a.person === "Anna Frost")?.serving).toBeNull();
    const notServing = parse([
      ...HEAD.slice(0, -1),
      "Ej tjänstgörande ersättare:",
      "Anna Frost (tjänstgör för Pia Lund)",
      "",
    ]);
    expect(notServing("attendance").find((a) => a.person === "Anna Frost")?.serving).toBe(false);
  });
});

describe("the recipient right after 'beviljar' (set 11)", () => {
  it("is the intervention named there, of one or two words before the amount", () => {
    expect(findRecipient("Styrelsen beviljar Bryggan 900 000 kr för perioden 2025-07-01 till 2026-06-30.", "")).toBe(
      "Bryggan",
    );
    expect(findRecipient("Styrelsen beviljar Jobbnära Tallby 400 000 kr för 2025.", "")).toBe("Jobbnära Tallby");
    expect(findRecipient("Styrelsen beviljar Tallby kommun 400 000 kr.", "")).toBe("Tallby kommun");
  });

  it("is nobody where the verb is followed by no name", () => {
    expect(findRecipient("Styrelsen beviljar ansökan.", "")).toBeNull();
  });
});

describe("a budget adopted item by item in the decision (red team, stop 29)", () => {
  const items = (decision: string) =>
    parse([...HEAD, "Olle Berg, ordförande", "", "§ 12 Budget 2026", "Beslut", decision, ""])("decision").map(
      (d) => d.amount_sek,
    );

  it("has no one amount decided when the decision gives amounts for two of a statement's items (must not fire)", () => {
    expect(
      items("Styrelsen beslutar att fastställa budget för 2026 med intäkter om 6 900 tkr och kostnader om 7 350 tkr."),
    ).toEqual([null]);
  });

  it("keeps the amount of a decision that names one sum", () => {
    expect(items("Styrelsen beslutar att fastställa budget för 2026 med en kostnadsram om 7 350 tkr.")).toEqual([
      7350000,
    ]);
    expect(items("Styrelsen beslutar att bevilja Tallby kommun 420 000 kr för insatsen Steget under 2026.")).toEqual([
      420000,
    ]);
  });
});
