/**
 * Rules of stop 41's lead (made-up federations and figures), each closing a wrong figure of the stop's
 * first sight: a meeting day's label with the hours after the date ("Sammanträdesdag … kl. 13.15–15.30"),
 * a decision given first under a run-in label ("Beslut      Styrelsen godkänner dagordningen.").
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const minutes = (lines: string[]) =>
  documentFacts({ federation: "ravik", kind: "board_minutes", date: "2026-03-12" }, lines);
const decisionsOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "decision" && f.outcome !== "other").map((f) => `${f.item_ref}:${f.outcome}`);
const meeting = (facts: AnyFact[]) => facts.find((f) => f.table === "meeting")!;

describe("minutes giving each decision first under a run-in label", () => {
  const lines = [
    "SAMORDNINGSFÖRBUNDET RAVIK                                   PROTOKOLL",
    "Styrelsen",
    "",
    "Sammanträdesdag   Torsdagen den 12 mars 2026, kl. 13.15–15.30",
    "Plats             Kansliet, Åby",
    "",
    "§ 10  MÖTETS ÖPPNANDE OCH DAGORDNING",
    "  Beslut      Styrelsen godkänner dagordningen.",
    "  Ärendet     Ordföranden öppnade mötet.",
    "",
    "§ 11  VAL AV JUSTERARE",
    "  Beslut      Styrelsen utser Bo Falk att jämte ordföranden justera protokollet.",
    "",
    "§ 12  ANSÖKAN OM MEDEL",
    "  Beslut      Styrelsen beslutar att avslå ansökan.",
  ];
  it("reads the meeting day's hours and the present-tense decision after the label", () => {
    const facts = minutes(lines);
    expect([meeting(facts).start_time, meeting(facts).end_time]).toEqual(["13:15", "15:30"]);
    expect(decisionsOf(facts)).toEqual(["§10:approved", "§11:approved", "§12:rejected"]);
  });
  it("must NOT take the hours of the coming meeting days, nor a label that is not the decision's", () => {
    const facts = minutes([
      ...lines.slice(0, 3),
      "Sammanträdesdagar hösten 2026   10 september kl. 13.00, 5 november kl. 13.00",
      ...lines.slice(4, 7),
      "  Beslutsunderlag   Styrelsen godkänner i sin arbetsordning att ordföranden leder mötet.",
      ...lines.slice(8, 10),
    ]);
    expect([meeting(facts).start_time, meeting(facts).end_time]).toEqual([null, null]);
    expect(decisionsOf(facts)).toEqual([]);
  });
});
