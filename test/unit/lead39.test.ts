/**
 * Rules of stop 39's lead (made-up federations and people): a deputies' list that marks service line by line,
 * and the items a person attended kept as a note rather than as the member they represent.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAttendance } from "../../loaders/extract/minutes/parseAttendance.ts";

interface Row {
  person: string;
  role: string;
  serving: boolean | null;
  member: string | null;
  note: string | null;
}
const read = (lines: string[]) =>
  parseAttendance(new DocumentText("x/2026-03-12-board-minutes", lines, 2026)).facts as unknown as Row[];
const row = (rows: Row[], person: string) => rows.find((r) => r.person === person);

const roster = (deputies: string[], members = ["Eva Lund (S), Bergby kommun, ordförande"]) => [
  "PROTOKOLL",
  "Styrelsen för Samordningsförbundet Granmyra, 2026-03-12",
  "",
  "Närvarande:   Ledamöter",
  ...members.map((m) => `              ${m}`),
  "",
  "              Ersättare",
  ...deputies.map((d) => `              ${d}`),
  "",
  "§ 1  Mötets öppnande",
  "     Ordföranden öppnade mötet.",
];

describe("a deputies' list that marks service line by line", () => {
  it("stores an unmarked deputy beside one marked 'tjänstgörande § 7' as not serving (must fire)", () => {
    const rows = read(roster(["Per Alm (KD), Åsby kommun, tjänstgörande § 7", "Lena Torp (V), Bergby kommun"]));
    expect(row(rows, "Lena Torp")).toMatchObject({ role: "deputy", serving: false });
    // The partly serving deputy: the items are a note, not the member; whether they served the meeting stays open.
    expect(row(rows, "Per Alm")).toMatchObject({ role: "deputy", member: "Åsby kommun", note: "tjänstgörande § 7" });
  });

  it("leaves serving unknown where no deputy's line says anything of service (must not fire)", () => {
    const rows = read(roster(["Per Alm (KD), Åsby kommun", "Lena Torp (V), Bergby kommun"]));
    expect(row(rows, "Lena Torp")?.serving).toBeNull();
    expect(row(rows, "Per Alm")?.serving).toBeNull();
  });

  it("keeps unknown a deputy whom the items say served, though unmarked in the list (must not fire)", () => {
    const lines = roster(["Per Alm (KD), Åsby kommun, tjänstgörande § 7", "Lena Torp (V), Bergby kommun"]);
    lines.push("§ 2  Val av justerare", "     Lena Torp tjänstgör för Eva Lund under § 2.");
    expect(row(read(lines), "Lena Torp")?.serving).not.toBe(false);
  });
});

describe("the items a person attended", () => {
  it("keeps '§§ 1–8' after a member's organisation as a note (must fire)", () => {
    const rows = read(roster([], ["Eva Lund (S), Bergby kommun, ordförande", "Kim Ek (M), Region Fjällmark, §§ 1–8"]));
    expect(row(rows, "Kim Ek")).toMatchObject({ member: "Region Fjällmark", note: "§§ 1–8", role: "member" });
  });

  it("keeps an organisation that merely holds a number as the member (must not fire)", () => {
    const rows = read(roster([], ["Eva Lund (S), Bergby kommun, ordförande", "Kim Ek, Region Fjällmark, avd 4"]));
    expect(row(rows, "Kim Ek")?.member).toBe("Region Fjällmark, avd 4");
  });
});
