/**
 * A participants' table titled in its own header line ("DELTAGARE   2023   2024", older year on the left)
 * right after the accounts' notes: the notes end at its heading, and its title says it is the
 * federation's. Made-up federation, own words.
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "ormtorp",
  kind: "annual_report",
  date: "2025-03-20",
  period_year: 2024,
  title: "Årsredovisning 2024",
  file: "ormtorp/arsredovisning-2024.txt",
  sha256: "0".repeat(64),
};
const facts = (lines: string[]) => extractFromLines(entry, lines, entry.sha256).facts as AnyFact[];
const counts = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "participant_count" && !f.intervention)
    .map((f) => `${f.measure}/${f.gender}@${f.year}=${f.value}`)
    .sort();

const head = [
  "ORMTORPS SAMORDNINGSFÖRBUND – ÅRSREDOVISNING 2024",
  "",
  "Ormtorps samordningsförbund har tre medlemmar och stödjer personer på väg mot arbete.",
  "",
  "Not 3  Medlemsavgifter                      2023            2024",
  "Staten                                 1 600 000       1 700 000",
  "Ormtorps kommun                          800 000         850 000",
  "",
  "Not 4  Bidrag till insatser",
  "Språnget                                               540 000",
  "Bryggan                                                910 000",
  "",
];
const table = (title: string) => [
  `${title.padEnd(40)}2023            2024`,
  "Deltagare under året                      77              84",
  "  kvinnor                                 40              47",
  "  män                                     37              37",
  "Nya deltagare                             30              35",
];

describe("a participants' table titled in its own header line after the notes", () => {
  it("reads its right-hand column as the year's, and nothing of it as a note's row", () => {
    const fs = facts([...head, ...table("DELTAGARE")]);
    expect(counts(fs)).toEqual(
      expect.arrayContaining([
        "enrolled/all@2024=84",
        "enrolled/woman@2024=47",
        "enrolled/man@2024=37",
        "new/all@2024=35",
      ]),
    );
    expect(counts(fs).filter((c) => c.endsWith("@2024=77") || c.endsWith("@2024=40"))).toEqual([]);
    expect(fs.some((f) => f.table === "member_contribution" && /deltagare/iu.test(String(f.member ?? "")))).toBe(false);
    expect(fs.some((f) => f.table === "finance" && /deltagare|kvinnor/iu.test(String(f.item)))).toBe(false);
  });

  it("keeps a table out whose header title names an intervention", () => {
    const fs = facts([...head, ...table("Språnget")]);
    expect(counts(fs).filter((c) => c.includes("@2024"))).toEqual([]);
  });

  it("keeps a table out whose heading right above names someone, even with a topic in its header", () => {
    const fs = facts([...head.slice(0, 8), "Bryggan", "", ...table("Deltagare")]);
    expect(counts(fs).filter((c) => c.includes("@2024"))).toEqual([]);
  });
});
