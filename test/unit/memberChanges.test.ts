import { describe, expect, it } from "vitest";
import { applyMemberChanges, memberChangeOf, type MemberChange } from "../../loaders/normalize/memberChanges.ts";
import { NameResolver } from "../../loaders/reference/resolveNames.ts";
import { registrySchema } from "../../loaders/schema/registry.ts";
import type { RowOf } from "../../loaders/schema/tables.ts";
import { manifestEntryOf } from "../support/manifestEntry.ts";

const registry = registrySchema.parse({
  federation_id: "testdalen",
  name: "Samordningsförbundet Testdalen",
  county: "Testlän",
  members: [{ short_name: "Åby", name: "Åby kommun", member_type: "municipality" }],
});
const MINUTES = manifestEntryOf({ federation: "testdalen", kind: "board_minutes", date: "2023-11-20" });
const aby: RowOf<"member"> = {
  member_id: "testdalen/aby",
  federation_id: "testdalen",
  name: "Åby kommun",
  member_type: "municipality",
  joined_on: null,
  left_on: null,
  left_approximate: false,
  document_id: "registry/testdalen",
  source_line: 6,
  obtained: "registry",
  curation_reason: null,
};
const change = (leftOn: string, line: number): MemberChange => ({
  memberId: "testdalen/aby",
  leftOn,
  approximate: false,
  documentId: "testdalen/2023-11-20-board-minutes",
  line,
  federationId: "testdalen",
  obtained: "parsed_plain_text",
  curationReason: null,
});

describe("members leaving", () => {
  it("resolves the member named in the minutes, or reports it", () => {
    const resolver = new NameResolver(new Map([["testdalen", registry]]));
    const s = (member: string) => ({
      fact: {
        table: "member_change",
        member,
        left_on: "2024-01-01",
        line: 14,
        text: "(the line)",
        section: "minutes",
        approximate: true,
        confirmed_by: [] as string[],
      } as const,
      documentId: "testdalen/2023-11-20-board-minutes",
      federationId: "testdalen",
      document: MINUTES,
    });
    expect(memberChangeOf(s("Åby kommuns utträde"), resolver)).toEqual({
      change: { ...change("2024-01-01", 14), approximate: true },
    });
    expect(memberChangeOf(s("Ingenstans"), resolver)).toMatchObject({
      unknownName: { check_id: "normalize.unknown_name", subject: "member_change:testdalen:Ingenstans" },
    });
  });

  it("sets left_on with the minutes as its source", () => {
    const { members, conflicts } = applyMemberChanges([aby], [change("2024-01-01", 14)]);
    expect(members).toEqual([
      {
        ...aby,
        left_on: "2024-01-01",
        document_id: "testdalen/2023-11-20-board-minutes",
        source_line: 14,
        obtained: "parsed_plain_text",
      },
    ]);
    expect(conflicts).toEqual([]);
    // The input rows are not changed.
    expect(aby.left_on).toBeNull();
  });

  it("keeps a date already set and reports the other with both lines; the same date is no conflict", () => {
    const { members, conflicts } = applyMemberChanges(
      [aby],
      [change("2024-01-01", 14), change("2024-01-01", 15), change("2024-07-01", 20)],
    );
    expect(members[0]).toMatchObject({ left_on: "2024-01-01", source_line: 14 });
    expect(conflicts).toEqual([
      expect.objectContaining({
        check_id: "member.left_on_conflict",
        subject: "member:testdalen/aby:left_on",
        source_line: 20,
        value: "2024-01-01",
        other_value: "2024-07-01",
        other_document_id: "testdalen/2023-11-20-board-minutes",
        other_source_line: 14,
        severity: "warning",
      }),
    ]);
  });
});
