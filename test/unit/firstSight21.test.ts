/**
 * Rules from held-out set 21's first sight, in new words: a decimal written in words, "nya" before
 * a thing's noun, a correction that opens on the wrong figure, an exit row's remark after a comma
 * or in a bracket, the meeting's time at the start of the line a sentence runs on to, and a
 * reservation with the party after the name. Made-up federations, people and figures.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { exitRowCategory, otherExitRow } from "../../loaders/extract/general/exitRowLabel.ts";
import { reservationNames } from "../../loaders/extract/minutes/minutesText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { splitLines } from "../../loaders/input/readSourceFile.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const counts = (s: string) =>
  readSentence(s)
    .figures.filter((f) => f.kind === "count")
    .map((f) => (f.kind === "count" ? `${f.measure}=${f.token.value}` : ""));
const amounts = (s: string) => readMoneySentence(s, 2025).figures.map((a) => `${a.item}=${a.sek}`);

describe("a decimal written in words ('nio komma fyra miljoner')", () => {
  it("is no amount, and neither of its numbers a count", () => {
    expect(amounts("Intäkterna blev till slut nio komma fyra miljoner kronor.")).toEqual([]);
    expect(counts("Vi hade sju komma fem deltagare per handledare.")).toEqual([]);
  });

  it("leaves a whole number in words an amount (must not fire)", () => {
    expect(amounts("Intäkterna blev till slut fyra miljoner kronor.").length).toBeGreaterThan(0);
  });
});

describe("'nya' before a thing's noun", () => {
  it("counts no new participants ('fem nya samverkansavtal', 'två nya projektansökningar')", () => {
    expect(counts("Styrelsen tecknade fem nya samverkansavtal under året.")).toEqual([]);
    expect(counts("Under hösten kom två nya projektansökningar in.")).toEqual([]);
  });

  it("still counts new people (must not fire)", () => {
    expect(counts("Under året skrevs 64 nya deltagare in.")).toEqual(["new=64"]);
  });
});

describe("a correction that opens on the wrong figure ('Rättelse! 188 var fel')", () => {
  const lines = [
    "Samordningsförbundet Ekbacken",
    "Årsrapport 2025",
    "",
    "Under 2025 deltog 188 personer (101 kvinnor och 87 män) i förbundets insatser.",
    "",
    "Rättelse! 188 var fel, tre personer räknades två gånger. Rätt: 185 personer, 99 kvinnor och 86 män.",
    "",
  ];
  const read = (ls: string[]) =>
    (parseAnnualReport(docOf(ls, 2025)).facts as AnyFact[])
      .filter((f) => f.table === "participant_count" && f.intervention === null)
      .map((f) => `${f.measure}/${f.gender}=${f.value}`);

  it("drops the wrong figure and its split, and reads the right one with its split", () => {
    const facts = read(lines);
    expect(facts.filter((f) => /=(188|101|87)$/.test(f))).toEqual([]);
    expect(facts).toEqual(expect.arrayContaining(["enrolled/all=185", "enrolled/woman=99", "enrolled/man=86"]));
  });

  it("takes no count of the errors for the figure printed (must not fire)", () => {
    const notice = "Rättelse! 6 personer räknades dubbelt i den första versionen. Rätt antal är 185.";
    const facts = read([...lines.slice(0, 5), notice, ""]);
    expect(facts).toContain("enrolled/all=188");
    expect(facts.filter((f) => f.endsWith("=185"))).toEqual([]);
  });

  it("keeps a figure a notice names without saying it is wrong (must not fire)", () => {
    const notice = "Rättelse! 188 personer deltog, som det står på sidan 3; det är tabellen på sidan 5 som ändrats.";
    expect(read([...lines.slice(0, 5), notice, ""])).toContain("enrolled/all=188");
  });
});

describe("an exit row's remark", () => {
  it("after a comma widens its category; a bracket after 'Övrigt' lists what the other exits were", () => {
    expect(exitRowCategory("Arbete, inkl. lönebidrag")).toBe("work");
    expect(otherExitRow("Övriga (flyttat, avbrutit)")).toBe(true);
  });

  it("never makes another label an exit category (must not fire)", () => {
    expect(
      otherExitRow("Övriga kostnader (lokaler)") || exitRowCategory("Övriga kostnader (lokaler)") !== undefined,
    ).toBe(false);
  });
});

describe("minutes in the 'Protokoll fört vid' layout", () => {
  const minutes = (lines: string[]) => {
    const doc = new DocumentText("x/minutes", splitLines(lines.join("\n")), 2025);
    return parseMinutes(doc, { date: "2025-05-14", kind: "board_minutes" }).facts as AnyFact[];
  };

  it("read the time at the start of the line the meeting's sentence runs on to", () => {
    const meeting = minutes([
      "Protokoll fört vid styrelsens sammanträde tisdagen den 14 maj 2025,",
      "klockan 13.15–15.40, Ekbackens kommunhus.",
    ]).find((f) => f.table === "meeting");
    expect([meeting?.start_time, meeting?.end_time]).toEqual(["13:15", "15:40"]);
  });

  it("leave a time that opens a line under some other sentence alone (must not fire)", () => {
    const meeting = minutes([
      "Protokoll styrelsen 2025-05-14",
      "Nästa träff för beredningsgruppen bokas,",
      "klockan 13.15–15.40 passar de flesta.",
    ]).find((f) => f.table === "meeting");
    expect(meeting?.start_time ?? null).toBeNull();
  });

  it("read a reservation with the party after the name", () => {
    expect(reservationNames("Karin Lund (V) och Olof Berg (KD) reserverar sig mot beslutet.")).toEqual([
      "Karin Lund",
      "Olof Berg",
    ]);
    // Must not fire: a bracket that is no party stays, and the name before it is read as before.
    expect(reservationNames("Karin Lund (ersättare) reserverar sig mot beslutet.")).toEqual([]);
  });
});
