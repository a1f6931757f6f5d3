import { describe, expect, it } from "vitest";
import { withoutOlderMail } from "../../loaders/extract/text/olderMail.ts";

describe("a report's memo head is no older e-mail", () => {
  const memo = [
    "PM",
    "Uppföljning av förbundets bokslut för verksamhetsåret 2024",
    "",
    "Till:    Revisorerna i Samordningsförbundet Ekviken",
    "Från:    Granskningsbyrån Lind & Ek",
    "Datum:   2025-02-20",
    "",
    "Förbundet hade 204 deltagare under 2024.",
  ];

  it("keeps every line of a memo whose 'Till/Från/Datum' head stands under its title", () => {
    expect(withoutOlderMail(memo)).toEqual(memo);
  });

  it("still blanks an older message whose header carries a mail program's 'Skickat:' after a body", () => {
    const pasted = [
      "Hej! Siffrorna nedan gäller 2024.",
      "Förbundet hade 204 deltagare.",
      "",
      "Från: Kim Berg",
      "Skickat: den 2 februari 2025 10:01",
      "Hur många var ni förra året? 150?",
    ];
    expect(withoutOlderMail(pasted).slice(3)).toEqual(["", "", ""]);
  });

  it("still blanks a second 'Från/Datum' header below an e-mail's own header", () => {
    const reply = [
      "Från:   Kim Berg",
      "Datum:  2025-02-03",
      "Ämne:   SV: siffror",
      "",
      "Vi hade 204 deltagare.",
      "",
      "Från:   Ola Ek",
      "Datum:  2025-02-02",
      "Hade ni 150 deltagare?",
    ];
    expect(withoutOlderMail(reply).slice(6)).toEqual(["", "", ""]);
  });
});

describe("a forward ('VB:', 'Fwd:') files the message it forwards", () => {
  const forward = (sentOwn: string, sentOld: string) => [
    "From:     Diariet Ekvikens kommun",
    `Sent:     ${sentOwn}`,
    "Subject:  Fwd: Bokslut 2024 – Samordningsförbundet Ekviken",
    "",
    "Diarieförs på KS 2025/88.",
    "",
    "---------- Forwarded message ---------",
    "From: Jonna Ek",
    `Date: ${sentOld}`,
    "Subject: Bokslut 2024 – Samordningsförbundet Ekviken",
    "",
    "I korthet: förbundet hade 204 deltagare och årets resultat blev 85 tkr.",
    "> Ni frågade om 2023: då var det 177 deltagare.",
    "",
    "-----Ursprungligt meddelande-----",
    "Från: Ola Ek",
    "Skickat: den 1 mars 2025",
    "Kan ni skicka 2024 års siffror? Budgeten var 120 tkr.",
  ];

  it("keeps the forwarded message's own text, not its header, its quoted lines or the message under it", () => {
    const lines = forward("den 10 mars 2025 08:15", "2025-03-09 14:02");
    const out = withoutOlderMail(lines);
    expect(out.slice(0, 6)).toEqual(lines.slice(0, 6));
    expect(out.slice(6, 11).every((l) => l === "")).toBe(true);
    expect(out[11]).toBe(lines[11]);
    expect(out.slice(12).every((l) => l === "")).toBe(true);
  });

  it("keeps nothing of a forwarded message sent in another year than the forward, or without a year", () => {
    expect(withoutOlderMail(forward("den 10 mars 2025 08:15", "2023-03-09 14:02"))[11]).toBe("");
    expect(withoutOlderMail(forward("den 10 mars 2025 08:15", "i torsdags"))[11]).toBe("");
  });

  it("keeps nothing of an older message under a reply ('SV:'), as before", () => {
    const lines = forward("den 10 mars 2025 08:15", "2025-03-09 14:02").map((l) => l.replace("Fwd:", "SV:"));
    expect(withoutOlderMail(lines)[11]).toBe("");
  });
});
