/** `ingest`'s arguments → the manifest entry: the dates a document may carry. */
import { describe, expect, it } from "vitest";
import { entryFromArgs, type IngestArgs } from "../../loaders/ingest/ingestDocument.ts";
import { RefusedError } from "../../loaders/ingest/refusedError.ts";
import type { Registry } from "../../loaders/schema/registry.ts";

const registry = { federation_id: "alvmo", name: "Samordningsförbundet Älvmo" } as Registry;
const TODAY = "2026-12-06";
const entry = (over: Partial<IngestArgs>) =>
  entryFromArgs({ file: "ar.txt", federation: "alvmo", kind: "annual_report", year: "2024", ...over }, registry, TODAY);

describe("ingest: a report's --date", () => {
  it("refuses a date before the end of the year the report covers", () => {
    for (const date of ["2024-06-30", "2024-12-30", "2023-03-01"]) {
      expect(() => entry({ date }), date).toThrow(RefusedError);
      expect(() => entry({ date }), date).toThrow(/is before the end of 2024, the year the report covers/);
    }
  });

  it("takes the year's last day, a signing date after it, or no date", () => {
    expect(entry({ date: "2024-12-31" }).date).toBe("2024-12-31");
    expect(entry({ date: "2025-03-20" }).date).toBe("2025-03-20");
    expect(entry({}).date).toBe("2024-12-31");
  });

  it("refuses a date after today, for reports and minutes alike", () => {
    expect(() => entry({ date: "2205-03-14" })).toThrow(/after today \(2026-12-06\)/);
    expect(() => entry({ kind: "board_minutes", year: "2026", date: "2026-12-07" })).toThrow(/after today/);
    expect(entry({ kind: "board_minutes", year: "2026", date: "2026-12-06" }).date).toBe("2026-12-06");
  });

  it("still lets minutes take any date in their year", () => {
    expect(entry({ kind: "board_minutes", date: "2024-03-14" }).date).toBe("2024-03-14");
    expect(() => entry({ kind: "board_minutes", date: "2025-03-14" })).toThrow(/not in --year 2024/);
  });
});

describe("ingest: a file name with a control character", () => {
  it("is refused, the name shown escaped", () => {
    expect(() => entry({ file: "/tmp/evil\u001b[31m.txt" })).toThrow(
      /the file name "evil\\u001B\[31m.txt" contains a control character \(U\+001B at character 5\); rename the file/,
    );
    expect(() => entry({ file: "ar\u202e.txt" })).toThrow(/"ar\\u202E.txt" contains a control character \(U\+202E/);
  });

  it("takes names with spaces and Swedish letters (must not fire)", () => {
    expect(entry({ file: "/tmp/Årsredovisning 2024 Älvmo.txt" }).file).toBe("alvmo/arsredovisning-2024-alvmo.txt");
  });
});

describe("ingest: a source format's file", () => {
  it("takes an RTF, LaTeX, iCalendar or XLIFF file as it is, its type kept", () => {
    for (const ext of [".rtf", ".tex", ".ics", ".xlf"])
      expect(entry({ file: `/tmp/Årsredovisning 2024${ext}` }).file).toBe(`alvmo/arsredovisning-2024${ext}`);
  });

  it("must not take a type no reader decodes", () => {
    expect(() => entry({ file: "/tmp/Årsredovisning 2024.dvi" })).toThrow(/unsupported file type "\.dvi"/);
  });
});
