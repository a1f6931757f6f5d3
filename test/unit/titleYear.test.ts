/**
 * The year an annual report's title names, against `ingest --year` (loaders/ingest/titleYear.ts):
 * a title naming one other year is a mismatch; a sentence, a plan's span of years or a title
 * naming the same year is none. Made-up federations, our own words.
 */
import { describe, expect, it } from "vitest";
import { minutesTitle, titleYearMismatch } from "../../loaders/ingest/titleYear.ts";

describe("an issue number in a newsletter's subject", () => {
  it("names no report year ('Nyhetsbrev 2/2026 – årsredovisningen är klar')", () => {
    expect(
      titleYearMismatch(["Från: Finsam Ekvik", "Ämne: Nyhetsbrev 2/2026 – årsredovisningen är klar"], 2025),
    ).toBeNull();
  });

  it("still catches a report title naming another year beside an issue number", () => {
    expect(titleYearMismatch(["Nyhetsbrev 2/2026: Årsredovisning 2024"], 2025)?.year).toBe(2024);
  });
});

describe("the year a report's title names", () => {
  it("finds a title naming another year than --year, on the line it stands", () => {
    expect(titleYearMismatch(["Samordningsförbundet Ekvik", "Verksamhetsberättelse 2025"], 2024)).toEqual({
      line: 2,
      text: "Verksamhetsberättelse 2025",
      year: 2025,
    });
    expect(titleYearMismatch(["", "# Årsredovisning för verksamhetsåret 2023 – Finsam Ekvik"], 2024)?.year).toBe(2023);
  });

  it("must not fire on the same year, a plan's span, a sentence, a title with no report word or a line far down", () => {
    expect(titleYearMismatch(["Årsbokslut 2024", "Ekvik"], 2024)).toBeNull();
    expect(titleYearMismatch(["Verksamhetsplan och budget 2025–2027"], 2024)).toBeNull();
    expect(titleYearMismatch(["Årsredovisningen för 2023 visade ett överskott på 0,2 mkr."], 2024)).toBeNull();
    expect(titleYearMismatch(["Nyheter från förbundet 2025"], 2024)).toBeNull();
    expect(titleYearMismatch(["Ekvik", "a", "b", "c", "d", "Årsredovisning 2023"], 2024)).toBeNull();
    // A date in the title is no year of its own ("Bokslut per 2024-12-31" is 2024's).
    expect(titleYearMismatch(["Bokslut per 2024-12-31"], 2024)).toBeNull();
  });
});

describe("minutesTitle: the federation's minutes ingested as an annual report", () => {
  it("names the title line of a board's or a committee's minutes", () => {
    expect(
      minutesTitle(["Samordningsförbundet Älvmo", "Protokoll styrelsen", "Sammanträdesdatum: 2024-11-14"]),
    ).toEqual({ line: 2, text: "Protokoll styrelsen" });
    expect(minutesTitle(["PROTOKOLL", "Arbetsutskottet, Samordningsförbundet Älvmo", "Datum: 2024-03-01"])).toEqual({
      line: 1,
      text: "PROTOKOLL",
    });
  });

  it("passes a report sent with its minutes, and other bodies' records (must not fire)", () => {
    expect(minutesTitle(["Protokollsutdrag styrelsen § 12", "Årsredovisning 2024"])).toBeNull();
    expect(minutesTitle(["Riksdagens protokoll 2024/25:118", "Onsdagen den 14 maj 2025"])).toBeNull();
    expect(minutesTitle(["Samordningsförbundet Älvmo", "Minnesanteckningar från medlemssamråd"])).toBeNull();
    expect(minutesTitle(["Årsredovisning 2024", "Styrelsen för Samordningsförbundet Älvmo"])).toBeNull();
  });

  it("passes a municipality's or region's minutes quoting the federation's year (must not fire)", () => {
    expect(minutesTitle(["LINDÅS KOMMUN          SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsen    2025-05-12"])).toBeNull();
    expect(minutesTitle(["Protokoll", "Regionfullmäktige", "Sammanträdesdatum 2025-06-03"])).toBeNull();
    expect(minutesTitle(["Sammanträdesprotokoll", "Socialnämnden", "Datum 2025-02-20"])).toBeNull();
  });

  it("still names the federation's own minutes whose header lines name a member or a room (must not fire)", () => {
    expect(
      minutesTitle(["Protokoll styrelsen", "Plats och tid: Lindmo kommun, Rådhuset, kl 09.00-11.30"]),
    ).not.toBeNull();
    expect(
      minutesTitle(["Protokoll styrelsen", "Beslutande: Anna Berg (S), Lindmo kommun, ordförande"]),
    ).not.toBeNull();
    expect(minutesTitle(["Protokoll styrelsen", "Plats: Socialnämndens sammanträdesrum"])).not.toBeNull();
    expect(minutesTitle(["Samordningsförbundet Älvmo  Lindmo kommun", "Protokoll styrelsen"])).not.toBeNull();
  });

  it("still names the federation's board minutes held in a town hall ('Plats: Kommunhuset')", () => {
    expect(
      minutesTitle([
        "Samordningsförbundet Älvmo",
        "Protokoll styrelsen",
        "Plats: Kommunhuset, Älvmo",
        "Datum 2024-11-14",
      ]),
    ).toEqual({ line: 2, text: "Protokoll styrelsen" });
  });
});
