/**
 * The meeting's date for `ingest` without --date, as a new user leaves it out: besides a label
 * and a sentence saying the meeting took place, a line naming the meeting or its minutes with the
 * date after the noun, a date label in the middle of a line or over its date in a two-column form,
 * a decision's date label. Never a date the words between date as another's (the signing, the
 * next meeting, a deadline, the posting). Made-up federations.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { meetingDateOf } from "../../loaders/extract/minutes/parseMeetingHeader.ts";

const dated = (...header: string[]) =>
  meetingDateOf(new DocumentText("x", ["Samordningsförbundet Rönnvik", ...header, "", "§ 1 Öppnande", ""], 2025));

describe("the meeting named with its date (must fire)", () => {
  it("reads a title or a line naming the meeting or its minutes, the date after the noun", () => {
    expect(dated("**Styrelsemöte** 2025-12-12, kl. 10.00–12.00, Stadshuset")).toBe("2025-12-12");
    expect(dated("Protokoll, styrelsemöte 4 december 2025, kl. 09.00–11.30")).toBe("2025-12-04");
    expect(dated("Protokoll från styrelsens sammanträde torsdagen den 4 december 2025")).toBe("2025-12-04");
    expect(dated("Möte med förbundets styrelse den 10 april 2025")).toBe("2025-04-10");
    expect(dated("Start  >  Aktuellt  >  Styrelsemötet 12 februari 2025")).toBe("2025-02-12");
    expect(dated("Härmed expedieras styrelsens beslut från sammanträdet den 19 mars 2025.")).toBe("2025-03-19");
  });

  it("reads a date label standing after a gap, under its label in a form, or a decision's date", () => {
    expect(dated("Kommunstyrelsen                      Sammanträdesdatum 2025-04-14")).toBe("2025-04-14");
    expect(dated("Styrelsen – protokoll nr 4/2025", "Sammanträdesdag    2025-06-05")).toBe("2025-06-05");
    expect(
      meetingDateOf(
        new DocumentText(
          "x",
          [
            "PROTOKOLL                                        Sammanträdesdatum",
            "Samordningsförbundet Rönnvik                     2025-10-16",
            "",
            "§ 1 Öppnande",
          ],
          2025,
        ),
      ),
    ).toBe("2025-10-16");
    expect(dated("PROTOKOLL – BESLUT PER CAPSULAM", "Beslutet fattat        2025-03-06")).toBe("2025-03-06");
  });
});

describe("a date that is not the meeting's (must not fire)", () => {
  it("passes over the signing, the posting, a deadline and the next meeting", () => {
    expect(dated("Protokollet justeras senast den 21 maj 2025.")).toBeUndefined();
    expect(dated("Nästa möte 2025-06-10 kl. 13.00")).toBeUndefined();
    expect(dated("Protokollet anslås på förbundets webbplats 2025-05-23")).toBeUndefined();
    expect(dated("Styrelsen sammanträder nästa gång den 10 juni 2025.")).toBeUndefined();
    expect(dated("Inför styrelsemötet: handlingar skickade 2025-05-02")).toBeUndefined();
  });

  it("passes over a date after a sentence ends, or a label whose column holds no date", () => {
    expect(dated("Mötet öppnades. Den 14 maj 2025 beslutade kommunen om budgeten.")).toBeUndefined();
    expect(
      meetingDateOf(
        new DocumentText(
          "x",
          ["PROTOKOLL                                        Sammanträdesdatum", "2025-10-16", "", "§ 1 Öppnande"],
          2025,
        ),
      ),
    ).toBeUndefined();
  });
});
