/**
 * Minutes exported as Markdown (made-up federation): emphasis around labels, § headings as list
 * items with their text on the same line, a roster table with no presence column, fees in a pipe
 * table, and the annual report's figures quoted in an item. Each rule also where it must not fire.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { findAgendaItems } from "../../loaders/extract/minutes/findAgendaItems.ts";
import { minutesView, withoutEmphasis } from "../../loaders/extract/minutes/minutesText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import type { AnyFact } from "../helpers.ts";

function parse(lines: string[], date = "2026-02-20") {
  const doc = new DocumentText("ostmark/minutes", lines, 2026);
  const out = parseMinutes(doc, { date, kind: "board_minutes" });
  const facts = out.facts as AnyFact[];
  return { doc, out, of: (table: string) => facts.filter((f) => f.table === table) };
}

const HEAD = ["# Protokoll, styrelsen", "", "**Samordningsförbundet Östmark**", "**Datum:** 2026-02-20", ""];

describe("Markdown emphasis in minutes", () => {
  it("takes emphasis away around words and labels, leaving every other star and underscore", () => {
    expect(withoutEmphasis("  *Beslut:* att avslå ansökan.")).toBe("  Beslut: att avslå ansökan.");
    expect(withoutEmphasis("_Justerare:_ Ola Berg")).toBe("Justerare: Ola Berg");
    expect(withoutEmphasis("| **Summa** | **4 200 000 kr** |")).toBe("| Summa | 4 200 000 kr |");
    expect(withoutEmphasis("- **§ 7 Ekonomi.** Text")).toBe("§ 7 Ekonomi. Text");
    // Must not fire: a bullet, a product, a file name, a bullet before anything but a § heading.
    expect(withoutEmphasis("* punkt ett")).toBe("* punkt ett");
    expect(withoutEmphasis("2*3 och 4*5")).toBe("2*3 och 4*5");
    expect(withoutEmphasis("se budget_2026_final.xlsx")).toBe("se budget_2026_final.xlsx");
    expect(withoutEmphasis("- **Region Östmark** 300 000 kr")).toBe("- Region Östmark 300 000 kr");
  });

  it("keeps the document's line count and reads a document with no Markdown as it is", () => {
    const md = new DocumentText("x", ["**Tid:** 9.00", "", "*Beslut:* att notera"], 2026);
    expect(minutesView(md).lineCount).toBe(3);
    expect(minutesView(md).at(3)).toBe("Beslut: att notera");
    const plainDoc = new DocumentText("y", ["Tid: 9.00", "Beslut: att notera"], 2026);
    expect(minutesView(plainDoc)).toBe(plainDoc);
  });

  it("reads '*Beslut:*' decisions under bulleted bold § headings, and quotes the document's own lines", () => {
    const { of } = parse([
      ...HEAD,
      "## Närvarande",
      "",
      "| Namn | Roll | Representerar |",
      "|---|---|---|",
      "| Tora Lind | Ordförande, ledamot | Östmarks kommun |",
      "",
      "- **§ 3 Ansökan – Vägvisaren.** Östmarks kommun ansöker om 700 000 kr för en coach i",
      "  Vägvisaren.",
      "  *Beslut:* att bevilja Östmarks kommun 650 000 kr för Vägvisaren under 2026.",
      "- **§ 4 Ansökan – Nystart.** Region Östmark ansöker om 200 000 kr.",
      "  *Beslut:* Ärendet bordläggs till nästa sammanträde.",
    ]);
    const decisions = of("decision");
    expect(decisions.map((d) => `${d.item_ref}|${d.title}|${d.outcome}|${d.amount_sek}`)).toEqual([
      "§3|Ansökan – Vägvisaren|approved|650000",
      "§4|Ansökan – Nystart|postponed|null",
    ]);
    // Must not fire: the applied amount and the postponed application are no grants.
    expect(of("allocation").map((a) => a.amount_sek)).toEqual([650000]);
    expect(of("attendance")[0]!.text).toBe("| Tora Lind | Ordförande, ledamot | Östmarks kommun |");
  });

  it("keeps a § heading whole when no sentence follows its title on the line (must not fire)", () => {
    const doc = new DocumentText(
      "x",
      ["§ 5 Val av justerare", "Ola Berg valdes.", "§ 6 Ekonomisk rapport jan. Feb", "Text."],
      2026,
    );
    expect(findAgendaItems(doc).map((i) => `${i.title}|${i.bodyFrom}`)).toEqual([
      "Val av justerare|2",
      "Ekonomisk rapport jan. Feb|4",
    ]);
  });
});

describe("a roster table with no presence column", () => {
  const ROSTER = [
    "| Namn | Roll | Representerar |",
    "|---|---|---|",
    "| Tora Lind | Vice ordförande, ledamot | Östmarks kommun |",
    "| Sam Ek | Ersättare | Region Östmark |",
  ];
  const ITEM = ["", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet."];

  it("under 'Närvarande' lists those present, their role from the role column", () => {
    const { of } = parse([...HEAD, "## Närvarande", "", ...ROSTER, ...ITEM]);
    expect(of("attendance").map((a) => `${a.person}|${a.role}|${a.member}`)).toEqual([
      "Tora Lind|member|Östmarks kommun",
      "Sam Ek|deputy|Region Östmark",
    ]);
  });

  it("stores no one from it under 'Frånvarande', nor with no label saying who is listed (must not fire)", () => {
    expect(parse([...HEAD, "**Frånvarande:**", "", ...ROSTER, ...ITEM]).of("attendance")).toEqual([]);
    expect(parse([...HEAD, ...ROSTER, ...ITEM]).of("attendance")).toEqual([]);
  });
});

describe("member fees the board proposes in a pipe table", () => {
  const FEES = (lead: string, total = "2 000 000 kr") => [
    ...HEAD,
    "- **§ 8 Medlemsavgifter 2027.** Avgifterna föreslås oförändrade.",
    `  *Beslut:* ${lead}`,
    "",
    "  | Medlem | Avgift 2027 |",
    "  |---|---:|",
    "  | Region Östmark | 1 000 000 kr |",
    "  | Östmarks kommun | 1 000 000 kr |",
    `  | **Totalt** | **${total}** |`,
  ];

  it("reads each member's fee as the year's budget, never as a grant", () => {
    const { of } = parse(FEES("att föreslå medlemmarna följande avgifter för 2027:"));
    expect(of("member_contribution").map((c) => `${c.year}|${c.basis}|${c.member}|${c.amount_sek}`)).toEqual([
      "2027|budget|Region Östmark|1000000",
      "2027|budget|Östmarks kommun|1000000",
    ]);
    expect(of("member_contribution")[0]!.text).toBe("| Region Östmark | 1 000 000 kr |");
    expect(of("allocation")).toEqual([]);
  });

  it("stores nothing when the total disagrees, or the fees are not the members' (must not fire)", () => {
    const wrongTotal = parse(FEES("att föreslå medlemmarna följande avgifter för 2027:", "2 500 000 kr"));
    expect(wrongTotal.of("member_contribution")).toEqual([]);
    expect(wrongTotal.out.findings.some((f) => /add up to 2000000 kr/.test(f.message))).toBe(true);
    const course = parse(FEES("att fastställa följande avgifter för kursen 2027:"));
    expect(course.of("member_contribution")).toEqual([]);
  });
});

describe("the annual report's figures quoted in an item on it", () => {
  const ITEM = (title: string, text: string) => [
    ...HEAD,
    `- **§ 2 ${title}.** ${text}`,
    "  *Beslut:* Styrelsen godkänner handlingen.",
  ];

  it("reads the year's equity and a signed result for the report's year", () => {
    const { of } = parse(
      ITEM(
        "Årsredovisning 2025",
        "Förbundet redovisar ett överskott på 96 300 kr och det egna kapitalet uppgick vid årets slut till 1 210 000 kr.",
      ),
    );
    expect(of("finance").map((f) => `${f.year}|${f.basis}|${f.item}|${f.amount_sek}`)).toEqual([
      "2025|actual|result|96300",
      "2025|actual|equity_end|1210000",
    ]);
    const wrapped = parse([
      ...HEAD,
      "- **§ 2 Årsredovisning 2025.** Förbundet redovisar ett överskott på 96 300 kr och det egna",
      "  kapitalet uppgick vid årets slut till 1 210 000 kr.",
    ]);
    expect(wrapped.of("finance").map((f) => `${f.item}|${f.line}`)).toEqual(["result|6", "equity_end|7"]);
  });

  it("stores no unsigned result, no budget item's figures, no member's own (must not fire)", () => {
    const unsigned = parse(ITEM("Årsredovisning 2025", "Årets resultat blev 96 300 kr."));
    expect(unsigned.of("finance")).toEqual([]);
    expect(unsigned.out.findings.some((f) => /96 300 kr .*without a sign/.test(f.message))).toBe(true);
    const budget = parse(ITEM("Budget 2027", "Det egna kapitalet uppgick vid årets slut till 1 210 000 kr."));
    expect(budget.of("finance")).toEqual([]);
    const member = parse(ITEM("Årsredovisning 2025", "Östmarks kommuns resultat blev ett överskott på 4 100 000 kr."));
    expect(member.of("finance")).toEqual([]);
  });
});
