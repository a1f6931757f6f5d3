/**
 * An "unread number" finding for a number a reader stored from the same line and place is a
 * leftover, whoever wrote it: it goes. A number stored elsewhere, a second number of equal value
 * on the line, or a number only another of the line's numbers explains, keeps its finding.
 * Made-up federations throughout.
 */
import { describe, expect, it } from "vitest";
import { dropStoredUnread } from "../../loaders/extract/storedUnread.ts";
import { unreadNumber } from "../../loaders/extract/findings.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import { extractDocumentLines, type EntryOptions } from "../support/manifestEntry.ts";

const result = (line: number, sek: number): FactInput => ({
  table: "finance",
  year: 2024,
  basis: "actual",
  item: "result",
  amount_sek: sek,
  value: null,
  source_label: "Årets resultat",
  line,
  text: "",
  section: "general:prose_finance",
  approximate: false,
});
const unread = (line: number, value: string) =>
  unreadNumber({ subject: "general:prose_finance", line, value, message: "a result without a sign" });

describe("dropStoredUnread", () => {
  const lines = [
    "Årets resultat blev 412 tkr.",
    "Underskottet var 412 tkr och budgeten 412 tkr.",
    "Resultatet: 412 tkr",
  ];
  it("drops the finding for a number stored from its line, in the line's unit", () => {
    expect(dropStoredUnread([unread(1, "412 tkr")], [result(1, 412_000)], lines)).toEqual([]);
  });
  it("keeps it where the number was stored from another line, or not at all", () => {
    expect(dropStoredUnread([unread(3, "412 tkr")], [result(1, 412_000)], lines)).toHaveLength(1);
    expect(dropStoredUnread([unread(1, "412 tkr")], [result(1, 411_000)], lines)).toHaveLength(1);
  });
  it("keeps it where the line writes the number twice: which of them was stored cannot be told", () => {
    expect(dropStoredUnread([unread(2, "412 tkr")], [result(2, 412_000)], lines)).toHaveLength(1);
  });
  it("keeps a finding of another check, and one whose value names no number", () => {
    const other = { ...unread(1, "412 tkr"), check_id: "prose.unreadable_number" };
    expect(dropStoredUnread([other], [result(1, 412_000)], lines)).toEqual([other]);
    expect(dropStoredUnread([unread(1, "")], [result(1, 412_000)], lines)).toHaveLength(1);
  });
  it("reads dots grouping thousands, and a row whose cells stand one per line as its fact cites it", () => {
    expect(dropStoredUnread([unread(1, "157 682 kr")], [result(1, 157_682)], ["resultatet 157.682 kr."])).toEqual([]);
    const exit: FactInput = {
      table: "participant_breakdown",
      intervention: null,
      year: 2024,
      population: "exited",
      dimension: "exit_outcome",
      category: "other_exit",
      value: 24,
      source_label: "Annat avslut",
      line: 1,
      text: "Annat avslut 24 31 %",
      section: "general:exit_table",
      approximate: false,
    };
    expect(dropStoredUnread([unread(1, "24")], [exit], ["Annat avslut", "24", "31 %"])).toEqual([]);
    expect(dropStoredUnread([unread(1, "31")], [exit], ["Annat avslut", "24", "31 %"])).toHaveLength(1);
  });
  it("does not take a small number for a larger one the line writes in kronor", () => {
    const kronor = ["Resultatet blev 9 000 kr efter 9 månader."];
    expect(dropStoredUnread([unread(1, "9")], [result(1, 9_000)], kronor)).toHaveLength(1);
  });
});

describe("an unsigned result the revenue and costs settle", () => {
  const entry: EntryOptions = { federation: "ekholm" };
  it("is stored, and no finding still calls it unread", () => {
    const x = extractDocumentLines(entry, [
      "Samordningsförbundet Ekholm",
      "Årsredovisning 2024",
      "",
      "Ekonomi",
      "Intäkterna uppgick till 4 310 tkr och kostnaderna till 4 105 tkr.",
      "Årets resultat blev 205 tkr och det egna kapitalet var 880 tkr vid årets slut.",
      "",
    ]);
    const stored = x.facts.filter((f) => f.table === "finance" && f.item === "result");
    expect(stored.map((f) => (f.table === "finance" ? f.amount_sek : null))).toEqual([205_000]);
    expect(x.findings.filter((f) => f.check_id === "coverage.unread_number" && f.line === 6)).toEqual([]);
  });
});
