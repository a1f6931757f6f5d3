/** A calendar invitation's iCalendar source: folded lines unfolded, escapes undone, a cancelled event never read. */
import { describe, expect, it } from "vitest";
import { calendarSource } from "../../loaders/extract/text/calendarSource.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "norrkila",
  kind: "annual_report",
  date: "2026-03-10",
  period_year: 2025,
  title: "Årsredovisning 2025",
  file: "norrkila/kallelse-2026.txt",
  sha256: "0".repeat(64),
};

const invitation = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "X-WR-CALNAME:Styrelsen",
  "BEGIN:VEVENT",
  "UID:20260310-881@norrkila.example",
  "DTSTART:20260310T130000",
  "SEQUENCE:3",
  "SUMMARY:Styrelsemöte – årsredovisning 2025",
  "LOCATION:Sal 4\\, konferens-ID 552 310",
  "DESCRIPTION:Inför mötet:\\n\\nI förbundets insatser avslutade 64 personer sin insats under 2025\\, varav 17 gick ti",
  " ll arbete.\\nAndelen blev 34\\,4 %.\\nAvgifter: Staten 1 2",
  "\t40 000 kr\\; Region Norrmark 620 000 kr.",
  "BEGIN:VALARM",
  "DESCRIPTION:Påminnelse 15 minuter före",
  "END:VALARM",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "STATUS:CANCELLED",
  "SUMMARY:Inställt möte",
  "DESCRIPTION:Prognosen i oktober: 71 avslutade under 2025.",
  "END:VEVENT",
  "END:VCALENDAR",
];

describe("calendarSource", () => {
  const out = calendarSource(invitation)!;

  it("unfolds a folded line (a space or a TAB opening the continuation) and undoes the escapes", () => {
    expect(out.lines).toContain(
      "I förbundets insatser avslutade 64 personer sin insats under 2025, varav 17 gick till arbete.",
    );
    expect(out.lines).toContain("Avgifter: Staten 1 240 000 kr; Region Norrmark 620 000 kr.");
    expect(out.lines).toContain("Andelen blev 34,4 %.");
  });

  it("cites the document line each written line's first figure stands on", () => {
    const k = out.lines.indexOf("Avgifter: Staten 1 240 000 kr; Region Norrmark 620 000 kr.");
    expect(out.from[k]).toBe(10);
    expect(out.from[out.lines.indexOf("Andelen blev 34,4 %.")]).toBe(10);
  });

  it("reads the summary as a heading and never the stamps, UID, sequence, location or an alarm", () => {
    expect(out.lines[0]).toBe("Styrelsen");
    expect(out.lines).toContain("Styrelsemöte – årsredovisning 2025");
    expect(out.lines.join("\n")).not.toMatch(/881|130000|552|Påminnelse|SEQUENCE/);
  });

  it("must not read a cancelled event's text", () => {
    expect(out.lines.join("\n")).not.toMatch(/71|Inställt|Prognosen/);
    const facts = extractFromLines(entry, invitation, entry.sha256).facts as AnyFact[];
    const exited = facts.filter((f) => f.table === "participant_count" && f.measure === "exited").map((f) => f.value);
    expect(exited).toEqual([64]);
  });

  it("reads an event its summary marks cancelled (Inställt:) as no text, and must not take a summary that only begins alike", () => {
    const event = (summary: string) => [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      `SUMMARY:${summary}`,
      "DESCRIPTION:Prognos: 71 avslutade.",
      "END:VEVENT",
      "END:VCALENDAR",
    ];
    expect(calendarSource(event("Inställt: Styrelsemöte"))).toBeUndefined();
    expect(calendarSource(event("Canceled: Board meeting"))).toBeUndefined();
    expect(calendarSource(event("Inställningar för mötet: Teams"))!.lines).toContain("Prognos: 71 avslutade.");
  });

  it("reads only the latest version of an event sent again (one UID, the highest SEQUENCE)", () => {
    const version = (sequence: number, count: number) => [
      "BEGIN:VEVENT",
      "UID:mote-12@norrkila.example",
      `SEQUENCE:${sequence}`,
      `DESCRIPTION:I förbundets insatser deltog ${count} personer under 2025.`,
      "END:VEVENT",
    ];
    const lines = (out: ReturnType<typeof calendarSource>) => out!.lines.join("\n");
    const sentTwice = ["BEGIN:VCALENDAR", ...version(2, 203), ...version(1, 197), "END:VCALENDAR"];
    expect(lines(calendarSource(sentTwice))).toMatch(/203/);
    expect(lines(calendarSource(sentTwice))).not.toMatch(/197/);
    // Must not drop events with UIDs of their own.
    const other = [...version(0, 197)].map((l) => l.replace("mote-12", "mote-13"));
    const two = ["BEGIN:VCALENDAR", ...version(2, 203), ...other, "END:VCALENDAR"];
    expect(lines(calendarSource(two))).toMatch(/203[^]*197/);
  });

  it("reads a calendar sent to cancel (METHOD:CANCEL) as no text at all", () => {
    const cancel = ["BEGIN:VCALENDAR", "METHOD:CANCEL", ...invitation.slice(3)];
    expect(calendarSource(cancel)).toBeUndefined();
  });

  it("must not fire on a text that merely names the format, or holds BEGIN:VCALENDAR further down", () => {
    expect(calendarSource(["Kalenderfil (BEGIN:VCALENDAR) bifogas.", "Under 2025 avslutade 64."])).toBeUndefined();
    expect(calendarSource(["Minnesanteckningar", "BEGIN:VCALENDAR", "END:VCALENDAR"])).toBeUndefined();
  });
});
