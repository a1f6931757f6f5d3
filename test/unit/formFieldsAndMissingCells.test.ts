/**
 * A form's numbered fields and a cell saying its figure is missing, read as the layout means
 * them: the field number and the required mark are no figure and no label; "uppgift saknas" is an
 * empty cell, never zero. Made-up forms.
 */
import { describe, expect, it } from "vitest";
import { formFields } from "../../loaders/extract/text/formFields.ts";
import { blankMissingCells } from "../../loaders/extract/text/missingCells.ts";
import { documentFacts } from "../support/manifestEntry.ts";

describe("a form's field numbers", () => {
  const form = [
    "3.1 Antal deltagare *          150        140",
    "3.2 Antal avslutade            60          55",
    "3.10 Årets resultat, kr *     -20 000     10 000",
  ];

  it("are blanked where they stand, with the required mark, every cell kept in its column", () => {
    const out = formFields(form)!;
    expect(out[0]).toBe("    Antal deltagare            150        140");
    expect(out[2]!.indexOf("-20 000")).toBe(form[2]!.indexOf("-20 000"));
    expect(out[2]!.trimStart().startsWith("Årets resultat, kr ")).toBe(true);
  });

  it("are blanked before a colon and its answer, the required mark glued to the label with them", () => {
    const out = formFields([
      "6.1 Antal deltagare totalt*: 77",
      "6.2 varav kvinnor*: 40",
      "6.3 Årets resultat (kr): -5 100",
    ])!;
    expect(out[0]).toBe("    Antal deltagare totalt:  77");
    expect(out[1]).toBe("    varav kvinnor:  40");
    expect(out[2]).toBe("    Årets resultat (kr): -5 100");
  });

  it("are left alone on numbered lines whose colon opens words, not a figure (must not fire)", () => {
    expect(
      formFields(["6.1 Syfte: att öka samverkan", "6.2 Mål: fler i arbete", "6.3 Metod: coachning"]),
    ).toBeUndefined();
  });

  it("are left alone on numbered headings, which hold no answer (must not fire)", () => {
    expect(formFields(["2 Insatser", "2.1 Steget", "text", "2.2 Bron", "text", "2.3 Unga vägar"])).toBeUndefined();
  });

  it("are left alone where fewer than three lines of one part open on them (must not fire)", () => {
    expect(formFields(["2.5 miljoner kronor gick till insatserna.", "3.1 Antal deltagare   150"])).toBeUndefined();
  });
});

describe("a printed form's answer fields", () => {
  const printed = [
    "4.1  Antal deltagare under året                [ 212 ]",
    "4.1a varav kvinnor                              [ 118 ]",
    "4.2  Årets resultat                            [ -41 300 ]",
    "4.3  Om ja, belopp                             [ – ]",
  ];

  it("give their content as the answer, in its place; a field's lettered part is a field too", () => {
    const out = formFields(printed)!;
    expect(out[0]!.trim()).toBe("Antal deltagare under året                  212");
    expect(out[1]!.trim().replace(/\s+/g, " ")).toBe("varav kvinnor 118");
    expect(out[2]!.indexOf("-41 300")).toBe(printed[2]!.indexOf("-41 300"));
    expect(out[3]!.trim().endsWith("–")).toBe(true);
  });

  it("leave brackets that are no answer field as written (must not fire)", () => {
    const lines = ["Fördelning per kommun [ Åby 1 040 000 · Ekeby 780 000 ]", "Se bilaga [1]", "Källa: [ SCB ]"];
    expect(formFields(lines)).toBeUndefined();
  });
});

describe("a cell saying its figure is missing", () => {
  it("is an empty cell beside a figure", () => {
    const line = "Antal nya deltagare        97     uppgift saknas";
    expect(blankMissingCells([line])![0]).toBe(`Antal nya deltagare        97     ${" ".repeat(14)}`);
  });

  it("stays as written in a sentence, or on a row with no figure (must not fire)", () => {
    expect(blankMissingCells(["Uppgift om nya deltagare 2023 saknas i registret."])).toBeUndefined();
    expect(blankMissingCells(["Eget kapital               uppgift saknas"])).toBeUndefined();
  });

  it("stays as written where it is the row's label, indented under its group (must not fire)", () => {
    expect(blankMissingCells(["  Uppgift saknas                 2       3         5"])).toBeUndefined();
    expect(blankMissingCells(["    Saknas                       2       3"])).toBeUndefined();
  });

  it("is the symbol a legend says is a missing figure (official statistics' '..', 'x', '.')", () => {
    const legend = ["Symboler", "  ..   Uppgiften är inte tillgänglig", "  x    Skyddad av sekretess", "  –    Noll"];
    const rows = ["Nyinskrivna            ..        88        91", "Okänt kön               x         2         –"];
    const out = blankMissingCells([...legend, ...rows])!;
    expect(out.slice(4)).toEqual([
      "Nyinskrivna                      88        91",
      "Okänt kön                         2         –",
    ]);
    expect(out.slice(0, 4)).toEqual(legend);
  });

  it("leaves '..', 'x' and '.' cells as written without a legend naming them (must not fire)", () => {
    expect(blankMissingCells(["Nyinskrivna            ..        88        91"])).toBeUndefined();
    expect(
      blankMissingCells(["  ..   Uppgiften är inte tillgänglig", "Storlek 3 x 4 m        12", "Summa  x 12  14"]),
    ).toBeUndefined();
  });

  it("is blanked after an indented label (must fire)", () => {
    const line = "  Antal nya deltagare      97     saknas";
    expect(blankMissingCells([line])![0]).toBe(`  Antal nya deltagare      97     ${" ".repeat(6)}`);
  });
});

describe("an application form read end to end", () => {
  const lines = [
    "ANSÖKAN OM MEDEL",
    "",
    "DEL 2  FÖRBUNDETS VERKSAMHET OCH EKONOMI",
    "Ange uppgifter enligt fastställd årsredovisning.",
    "",
    "Fråga                                              2024           2023",
    "2.1 Antal deltagare i individinriktade insatser *   120            110",
    "2.2 Antal nya deltagare under året                   51     uppgift saknas",
    "2.3 Antal deltagare som avslutat under året *        48             40",
    "2.4 Verksamhetens intäkter, kr *               5 100 000      4 900 000",
  ];
  const facts = () => documentFacts({ federation: "tallmo", title: "Ansökan" }, lines);

  it("reads each field's answers under their years, and nothing for the missing one", () => {
    const read = facts().map((f) => `${f.table}:${f.measure ?? f.item}:${f.year}=${f.value ?? f.amount_sek}`);
    expect(read).toEqual(
      expect.arrayContaining([
        "participant_count:enrolled:2024=120",
        "participant_count:enrolled:2023=110",
        "participant_count:exited:2024=48",
        "finance:revenue_operating:2024=5100000",
      ]),
    );
    expect(read.filter((r) => r.includes(":new:2023"))).toEqual([]);
    expect(read.filter((r) => /=(2\.[1-4]|2|1)$/.test(r))).toEqual([]);
  });
});
