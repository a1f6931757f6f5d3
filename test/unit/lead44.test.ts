/**
 * Rules of stop 44's lead, each closing a wrong figure of first sight (sets 38 and 38b), with made-up
 * federations and figures.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

const report = (...body: string[]) => ["Samordningsförbundet Ravik", "Verksamhetsberättelse 2024", "", ...body];

describe("a group described by where it is not (utanför arbete och studier)", () => {
  it("sends no one to work or studies (must not fire)", () => {
    const facts = extractReport(
      report(
        "Förbundet ordnade två seminarier med sammanlagt 96 deltagare. Kartläggningen av unga utanför arbete och studier",
        "omfattade 1 140 personer i kommunerna.",
        "",
        "Målgruppen är unga som varken arbetar eller studerar; 310 sådana unga finns i länet.",
      ),
    );
    expect(exitsOf(facts)).toEqual([]);
  });
  it("keeps the destinations of the exits in the same paragraph (must fire)", () => {
    const facts = extractReport(
      report(
        "Av de 40 unga utanför arbete och studier som avslutade under året gick 12 till studier och 9 till arbete.",
      ),
    );
    expect(exitsOf(facts)).toEqual(expect.arrayContaining(["förbundet:studies=12", "förbundet:work=9"]));
  });
});

describe("a count in a 'där' clause", () => {
  it("counts those at an event, not the year's participants (must not fire)", () => {
    for (const event of ["friskvårdsveckan i oktober", "temadagen om psykisk hälsa", "Jobbmässan på Torget"]) {
      const counts = countsOf(extractReport(report(`Ett uppskattat inslag var ${event}, där 85 personer deltog.`)));
      expect(counts, event).toEqual([]);
    }
  });
  it("is the year's where the clause is about the federation's interventions (must fire)", () => {
    const counts = countsOf(
      extractReport(report("Förbundet finansierade fyra insatser, där 163 personer deltog under året.")),
    );
    expect(counts).toContain("förbundet:enrolled/all=163");
  });
});

const minutes = (kind: "board_minutes" | "committee_minutes", lines: string[]) =>
  documentFacts({ federation: "ravik", kind, date: "2025-04-09" }, lines);
const meetingOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "meeting").map((f) => `${f.date} ${f.start_time}-${f.end_time}`);
const decisionsOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "decision").map((f) => `${f.item_ref}:${f.outcome}`);

describe("a meeting's hours said 'klockan 13.15 till 15.30'", () => {
  const header = (time: string) => [
    "RAVIKS SAMORDNINGSFÖRBUND                    Arbetsutskottet",
    "Protokoll nr 2/2025",
    "",
    `Sammanträdesdag: onsdagen den 9 april 2025, ${time}`,
    "Plats: Förbundets kansli",
    "",
    "§ 10  Mötets öppnande",
    "Ordföranden öppnade mötet.",
  ];
  it("gives the start and the end (must fire)", () => {
    expect(meetingOf(minutes("committee_minutes", header("klockan 09.30 till 11.45")))).toEqual([
      "2025-04-09 09:30-11:45",
    ]);
    expect(meetingOf(minutes("committee_minutes", header("kl. 9.30 till kl. 11.45")))).toEqual([
      "2025-04-09 09:30-11:45",
    ]);
  });
  it("gives no end where none is said (must not fire)", () => {
    expect(meetingOf(minutes("committee_minutes", header("klockan 09.30")))).toEqual(["2025-04-09 09:30-null"]);
  });
});

describe("a decision of the members' meeting, and an earlier decision told in a relative clause", () => {
  const consultation = (decision: string[]) => [
    "Region Ravikslän",
    "Protokollsutdrag från ägarsamrådet för Samordningsförbundet Ravik",
    "Datum: 2025-04-09",
    "",
    "§ 3  Förbundets verksamhet 2024",
    "Förbundschefen redogjorde för årsredovisningen 2024 som styrelsen fastställde den",
    "18 februari. Under året deltog 212 personer i insatserna.",
    "",
    ...decision,
    "",
    "§ 4  Övriga frågor",
    "Inga övriga frågor.",
  ];
  it("reads the members' meeting's own decision, not the board's earlier one (must fire)", () => {
    const facts = minutes(
      "committee_minutes",
      consultation(["Ägarsamrådet beslutar", "att lägga informationen till handlingarna."]),
    );
    expect(decisionsOf(facts)).toContain("§3:noted");
  });
  it("never takes 'som styrelsen fastställde' for the item's decision (must not fire)", () => {
    const facts = minutes("committee_minutes", consultation(["Frågan diskuterades."]));
    expect(decisionsOf(facts)).not.toContain("§3:approved");
  });
});
