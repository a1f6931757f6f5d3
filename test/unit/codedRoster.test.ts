/**
 * An attendance list whose last column holds codes a legend explains (made-up federations).
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAttendance } from "../../loaders/extract/minutes/parseAttendance.ts";
import { readCodeLegend } from "../../loaders/extract/minutes/codedRoster.ts";

interface Row {
  person: string;
  role: string;
  serving: boolean | null;
  member: string | null;
  note: string | null;
}
const read = (text: string) =>
  parseAttendance(new DocumentText("x/2026-02-12-board-minutes", text.split("\n"), 2026)).facts as unknown as Row[];
const who = (rows: Row[]) => rows.map((r) => `${r.person}:${r.role}:${r.serving}`).sort();

const LIST = `NÄRVARANDE
Lisa Norr (S)         Vretby kommun          L ordf
Gustav Ek             Försäkringskassan      L
Hamid Sahli (M)       Region Älvmark         L frv
Tora Vik (C)          Vretby kommun          E tjg
Emil Stam (V)         Region Älvmark         E ej tjg
Nina Holt             Kansliet               T sekr`;

const LEGEND = `Teckenförklaring: L = ledamot, E = ersättare, T = tjänsteperson, ordf = ordförande,
tjg = tjänstgörande, ej tjg = ej tjänstgörande, frv = frånvarande, sekr = sekreterare.`;

describe("a coded attendance list", () => {
  it("reads each row's codes as the legend under the list explains them; the absent are not stored", () => {
    const rows = read(`${LIST}\n\n${LEGEND}\n\n§ 1 Mötets öppnande`);
    expect(who(rows)).toEqual(
      [
        "Emil Stam:deputy:false",
        "Gustav Ek:member:true",
        "Lisa Norr:member:true",
        "Nina Holt:official:null",
        "Tora Vik:deputy:true",
      ].sort(),
    );
    expect(rows.find((r) => r.person === "Lisa Norr")).toMatchObject({ member: "Vretby kommun", note: "ordförande" });
    expect(rows.find((r) => r.person === "Nina Holt")?.member).toBeNull();
  });

  it("reads a legend above the list, a star for serving: a deputy without it did not serve", () => {
    const rows = read(`Koder: O = ordinarie ledamot, E = ersättare, * = tjänstgör, F = frånvarande

Per Lund              Vretby kommun          O
Ali Haddad            Arbetsförmedlingen     F
Tove Ny               Arbetsförmedlingen     E*
Lars Berg             Vretby kommun          E

§ 1 Mötets öppnande`);
    expect(who(rows)).toEqual(["Lars Berg:deputy:false", "Per Lund:member:true", "Tove Ny:deputy:true"].sort());
  });
});

describe("a coded attendance list with its codes first", () => {
  it("reads the legend in the list's label's bracket, a code for a serving deputy in one word", () => {
    const rows =
      read(`Närvarande (O = ordinarie ledamot, E = ersättare, TE = tjänstgörande ersättare, Tj = tjänsteperson)
O     Berit Ås (S), ordförande      Vretby kommun
TE    Sara Lind (M)                 Region Älvmark
E     Kent Roos (C)                 Vretby kommun
Tj    Moa Berg, förbundschef        Kansliet

§ 1 Mötets öppnande`);
    expect(who(rows)).toEqual(
      ["Berit Ås:member:true", "Kent Roos:deputy:false", "Moa Berg:official:null", "Sara Lind:deputy:true"].sort(),
    );
    expect(rows.find((r) => r.person === "Berit Ås")).toMatchObject({ member: "Vretby kommun", note: "ordförande" });
  });

  it("does not read the rows where the label's bracket explains no role", () => {
    const rows = read(`Närvarande (N = närvarande, F = frånvarande, X = deltog digitalt)
N     Berit Ås (S)                  Vretby kommun
F     Kent Roos (C)                 Vretby kommun
N     Sara Lind (M)                 Region Älvmark

§ 1 Mötets öppnande`);
    expect(rows.find((r) => r.person === "Kent Roos")).toBeUndefined();
  });
});

describe("a coded attendance list must NOT", () => {
  it("read a row with a code the legend does not explain", () => {
    const rows = read(`${LIST.replace("E ej tjg", "E x")}\n\n${LEGEND}\n\n§ 1 Mötets öppnande`);
    expect(rows.find((r) => r.person === "Emil Stam")).toBeUndefined();
  });

  it("take a legend of other codes (a table's symbols) for a legend of roles", () => {
    expect(readCodeLegend("Teckenförklaring: .. = uppgift saknas, – = noll, x = sekretess")).toBeUndefined();
    expect(readCodeLegend("N = närvarande, F = frånvarande")).toBeUndefined();
  });

  it("read the list without its legend", () => {
    const rows = read(`${LIST}\n\n§ 1 Mötets öppnande`);
    expect(rows.find((r) => r.person === "Hamid Sahli")).toBeUndefined();
    expect(rows.find((r) => r.person === "Emil Stam" && r.serving === true)).toBeUndefined();
  });
});
