import { describe, expect, it } from "vitest";
import { withoutOlderMail } from "../../loaders/extract/text/olderMail.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";

const reply = [
  "Från:     Lena Åhr <lena@finsamgranby.se>",
  "Skickat:  den 3 april 2025 09:12",
  "Ämne:     SV: Siffror för 2024",
  "",
  "Hej!",
  "Under 2024 hade förbundets insatser 212 deltagare.",
];

describe("an e-mail's older messages", () => {
  it("blanks the quoted lines and everything under an earlier message's separator or header", () => {
    const lines = [
      ...reply,
      "",
      "-----Ursprungligt meddelande-----",
      "Från: Olle Berg",
      "Skickat: den 1 april 2025 08:00",
      "Hur många deltog under året? Vi tror 190 deltagare.",
    ];
    const out = withoutOlderMail(lines);
    expect(out.slice(0, 6)).toEqual(reply);
    expect(out.slice(7)).toEqual(["", "", "", ""]);
  });

  it("blanks a second header after the reply's text, and quoted lines anywhere in an e-mail", () => {
    const lines = [...reply, "", "Från: Olle Berg", "Skickat: den 1 april 2025", "Förra året hade vi 180 deltagare."];
    expect(withoutOlderMail(lines).slice(7)).toEqual(["", "", ""]);
    const quoted = [...reply, "> > Kort om året: förbundets insatser hade 175 deltagare."];
    expect(withoutOlderMail(quoted).at(-1)).toBe("");
    expect(readingText(quoted).lines.at(-1)).toBe("");
  });

  it("keeps a document that is no e-mail as it is, its '> 12 månader' rows among it", () => {
    const report = ["Tid i insats 2024", "< 6 månader      40", "> 12 månader      14", "Från: förbundets statistik"];
    expect(withoutOlderMail(report)).toBe(report);
    expect(readingText(report).lines).toEqual(report);
  });

  it("keeps the reply's own header and text", () => {
    expect(withoutOlderMail(reply)).toEqual(reply);
  });
});

describe("a quoted message under its attribution line", () => {
  const lines = [
    "Ämne: Siffror till årsredovisningen",
    "Hej Eva! Här kommer siffrorna för 2024: förbundets insatser hade 198 deltagare.",
    "",
    "Den 12 april 2024 skrev Eva Lind <eva.lind@finsamtallby.example>:",
    "> Hur går det i år? Hos oss är hittills 61 deltagare inskrivna.",
    "> Resultatet hittills är ett överskott på 120 000 kronor.",
  ];

  it("blanks the attribution and the quoted message, keeping the reply", () => {
    const out = withoutOlderMail(lines);
    expect(out.slice(0, 3)).toEqual(lines.slice(0, 3));
    expect(out.slice(3)).toEqual(["", "", ""]);
    const english = ["Thanks!", "", "On Fri, 12 Apr 2024 at 10:14, Eva Lind wrote:", "> So far 61 participants."];
    expect(withoutOlderMail(english).slice(2)).toEqual(["", ""]);
  });

  it("keeps a report's sentence that ends on 'skrev … :' with no quoted line after it", () => {
    const report = [
      "Den 3 mars 2024 skrev styrelsen under ett nytt avtal med regionen:",
      "- 198 deltagare fick stöd under året.",
    ];
    expect(withoutOlderMail(report)).toBe(report);
  });
});
