/**
 * A members' template of numbered posts with dot leaders ("2.3.1   varav män ........ 77"): the post
 * numbers are no figures, a chapter's number before its capital heading neither, so each post reads
 * as a label and its figure. A table of contents ("2.1 Deltagare ........ 7"), a list with no leaders
 * and a heading with digits are left alone. Made-up documents.
 */
import { describe, expect, it } from "vitest";
import { formFields } from "../../loaders/extract/text/formFields.ts";
import { documentFacts } from "../support/manifestEntry.ts";

describe("numbered posts with dot leaders", () => {
  const posts = [
    "2     PERSONER I INSATSERNA",
    "2.1   Deltagare under året ..................... 150",
    "2.1.1   varav kvinnor .......................... 73",
    "2.1.2   varav män .............................. 77",
    "2.2   Insatser i uppbyggnad .................... ej akt.",
  ];

  it("blank the post numbers and the part's chapter number, every figure kept in its place (must fire)", () => {
    const out = formFields(posts)!;
    expect(out[0]).toBe("      PERSONER I INSATSERNA");
    expect(out[2]).toBe("        varav kvinnor .......................... 73");
    expect(out[2]!.indexOf("73")).toBe(posts[2]!.indexOf("73"));
  });

  it("leave a chapter heading with a figure in it, and numbered lines without leaders, as written (must not fire)", () => {
    const out = formFields([...posts, "9     UPPFÖLJNING 2023"])!;
    expect(out[5]).toBe("9     UPPFÖLJNING 2023");
    expect(
      formFields(["3.1 Bakgrund till arbetet", "3.2 Syftet med insatsen", "3.3 Metoder och arbetssätt"]),
    ).toBeUndefined();
  });

  it("read end to end as the year's participants, women and men adding up", () => {
    const facts = documentFacts({ federation: "vallbyholm", year: 2024 }, [
      "Vallbyholms samordningsförbund – uppföljning 2024",
      "",
      "1     INSATSER",
      "1.1   Individinriktade insatser ................ 4",
      "1.2   Strukturinsatser ......................... 2",
      "1.3   Nya insatser ............................. ej akt.",
      "",
      ...posts.slice(0, 4),
      "2.3   Avslutade under året ..................... 61",
      "",
    ]);
    const read = facts.map((f) => `${f.table}:${f.measure ?? ""}:${f.gender ?? ""}=${f.value ?? f.amount_sek}`);
    expect(read).toEqual(
      expect.arrayContaining([
        "participant_count:enrolled:all=150",
        "participant_count:enrolled:woman=73",
        "participant_count:enrolled:man=77",
      ]),
    );
    // A post number is never a count.
    expect(facts.some((f) => f.value === 2 || f.value === 1)).toBe(false);
  });

  it("never read a numbered table of contents's page numbers as figures (must not fire)", () => {
    const facts = documentFacts({ federation: "vallbyholm", year: 2024 }, [
      "Innehåll",
      "2.1   Deltagare ................................ 4",
      "2.2   Avslutade deltagare ...................... 6",
      "2.3   Nya deltagare ............................ 9",
      "2.4   Ekonomi .................................. 12",
      "",
      "Förbundet arbetade under året med fyra insatser.",
    ]);
    expect(facts.filter((f) => f.table === "participant_count" || f.table === "finance")).toEqual([]);
  });
});

describe("a leader list under a heading in capitals with its unit in brackets", () => {
  const list = (heading: string) => [
    "Hagmarkens samordningsförbund – uppföljning 2024",
    "",
    heading,
    "Summa verksamhetens intäkter ......... 6 240",
    "Summa verksamhetens kostnader ........ 6 015",
    "Verksamhetens resultat ............... 225",
    "",
  ];

  it("is the federation's, read in the bracket's unit (must fire)", () => {
    const facts = documentFacts({ federation: "hagmarken", year: 2024 }, list("EKONOMISKT UTFALL (tusental kronor)"));
    expect(facts.filter((f) => f.table === "finance").map((f) => `${f.item}=${f.amount_sek}`)).toEqual(
      expect.arrayContaining(["revenue_operating=6240000", "cost_operating=6015000", "operating_result=225000"]),
    );
  });

  it("stays unread under a heading naming an intervention in mixed case (must not fire)", () => {
    const facts = documentFacts({ federation: "hagmarken", year: 2024 }, list("Ekonomi för Vägbron (tkr)"));
    expect(facts.filter((f) => f.table === "finance")).toEqual([]);
  });
});
