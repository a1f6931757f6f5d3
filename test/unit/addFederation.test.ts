import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  addFederation,
  buildRegistry,
  sameNamed,
  parseMemberArg,
  regionAliases,
  renderRegistryYaml,
  RefusedError,
} from "../../loaders/ingest/addFederation.ts";
import { NameResolver } from "../../loaders/reference/resolveNames.ts";
import { registrySchema } from "../../loaders/schema/registry.ts";

const args = {
  id: "norra-testdalen",
  name: "Samordningsförbundet Norra Testdalen",
  county: "Testlän",
  members: [
    "Ålidens kommun=municipality=Åliden",
    "Bergeby kommun=municipality",
    "Region Testland=region",
    "Försäkringskassan=social_insurance_agency",
    "Arbetsförmedlingen=employment_service",
  ],
  website: "https://example.org",
};

describe("add-federation: arguments to registry", () => {
  it("keeps names as written, defaults the short name to the name, adds the state pseudo-member", () => {
    const r = buildRegistry(args);
    expect(r.federation_id).toBe("norra-testdalen");
    expect(r.members.map((m) => m.short_name)).toEqual([
      "Åliden",
      "Bergeby kommun",
      "Region Testland",
      "Försäkringskassan",
      "Arbetsförmedlingen",
      "State",
    ]);
    // Never stemmed: "Bergeby kommun" stays as written.
    expect(r.members[1]!.name).toBe("Bergeby kommun");
    expect(r.members.at(-1)!.member_type).toBe("state");
    expect(r.interventions).toEqual([]);
  });

  it("member ids are slugs of the short names", () => {
    const r = buildRegistry(args);
    const resolver = new NameResolver(new Map([[r.federation_id, r]]));
    expect(resolver.member(r.federation_id, "Ålidens kommun")).toBe("norra-testdalen/aliden");
    expect(resolver.member(r.federation_id, "Bergeby kommun")).toBe("norra-testdalen/bergeby-kommun");
    expect(resolver.member(r.federation_id, "FK")).toBe("norra-testdalen/forsakringskassan");
  });

  it.each([
    "Staten (FK och AF)",
    "Staten",
    "Försäkringskassan och Arbetsförmedlingen",
    "FK och AF",
    "Staten (Försäkringskassan och Arbetsförmedlingen)",
    "FK/AF",
  ])("%s resolves to the state pseudo-member", (line) => {
    const r = buildRegistry(args);
    const resolver = new NameResolver(new Map([[r.federation_id, r]]));
    expect(resolver.member(r.federation_id, line)).toBe("norra-testdalen/state");
  });

  it.each([
    [{ ...args, id: "Norra_Testdalen" }, /slug/],
    [{ ...args, id: "norra--testdalen" }, /slug/],
    [{ ...args, members: ["Åliden=kommun"] }, /unknown member type "kommun"/],
    [{ ...args, members: ["Åliden=municipality", "Åliden=municipality"] }, /duplicate member/],
    [{ ...args, members: ["Ålidens kommun=municipality=Åliden", "Åliden=municipality"] }, /duplicate member/],
    [{ ...args, members: ["Staten=state"] }, /added automatically/],
    [{ ...args, website: "ftp://example.org" }, /https:\/\/ or http:\/\//],
    [{ ...args, website: "example.org" }, /URL/],
    [{ ...args, members: [] }, /at least one --member/],
    [{ ...args, members: ["Åliden"] }, /expected/],
  ])("refuses %#", (input, reason) => {
    expect(() => buildRegistry(input)).toThrow(RefusedError);
    expect(() => buildRegistry(input)).toThrow(reason);
  });

  it.each(["Arbetsförmedlingen/Försäkringskassan", "AF/FK", "FK / AF", "Försäkringskassan / Arbetsförmedlingen"])(
    "%s resolves to the state pseudo-member too",
    (line) => {
      const r = buildRegistry(args);
      expect(new NameResolver(new Map([[r.federation_id, r]])).member(r.federation_id, line)).toBe(
        "norra-testdalen/state",
      );
    },
  );

  it("gives a region its older names, so an older report's landsting resolves to it", () => {
    expect(regionAliases("Region Ankeby län")).toEqual([
      "Region Ankeby",
      "Landstinget i Ankeby",
      "Landstinget i Ankeby län",
      "Landstinget Ankeby",
      "Ankebys läns landsting",
    ]);
    expect(regionAliases("Landstinget i Ankeby")).toContain("Region Ankeby");
    expect(regionAliases("Bortbys läns landsting")).toContain("Region Bortby");
    expect(regionAliases("Västra Exempelregionen")).toEqual([]);
    const r = buildRegistry(args);
    const resolver = new NameResolver(new Map([[r.federation_id, r]]));
    for (const old of [
      "Landstinget i Testland",
      "Landstinget Testland",
      "Testlands läns landsting",
      "Region Testland län",
    ])
      expect(resolver.member(r.federation_id, old), old).toBe("norra-testdalen/region-testland");
    // Another county's landsting and the agencies alone are not the region or the state.
    expect(resolver.member(r.federation_id, "Landstinget i Annanland")).toBeUndefined();
    expect(resolver.member(r.federation_id, "Arbetsförmedlingen")).toBe("norra-testdalen/arbetsformedlingen");
  });

  it("gives FK and AF their usual abbreviations", () => {
    expect(parseMemberArg("Försäkringskassan=social_insurance_agency").aliases).toEqual(["FK"]);
    expect(parseMemberArg("Region Testland=region").aliases).not.toContain("FK");
  });

  it("writes readable YAML with a comment header that loads back as the same registry", () => {
    const r = buildRegistry(args);
    const text = renderRegistryYaml(r, "A test federation.\nSecond line.");
    expect(text.startsWith("# A test federation.\n# Second line.\n")).toBe(true);
    expect(text).toContain("  - { short_name: Åliden, name: Ålidens kommun, member_type: municipality }\n");
    expect(registrySchema.parse(parse(text))).toEqual(r);
  });
});

describe("add-federation: a federation that cannot be told apart from another", () => {
  const alvmo = buildRegistry({ ...args, id: "alvmo", name: "Samordningsförbundet Älvmo" });
  it("refuses the same name under another id, however the name is dressed", () => {
    for (const name of ["Samordningsförbundet Älvmo", "Finsamförbundet i Älvmo", "Älvmo samordningsförbund"]) {
      const added = buildRegistry({ ...args, id: "alvmo2", name });
      expect(sameNamed(added, [alvmo]), name).toMatch(/cannot be told apart from federation "alvmo"/);
    }
    // A name that spells the other's id.
    expect(sameNamed(buildRegistry({ ...args, id: "alvmo-norra", name: "Alvmo" }), [alvmo])).toMatch(/"alvmo"/);
  });

  it("takes names that differ in a word that tells them apart (must not fire)", () => {
    for (const [id, name] of [
      ["norra-alvmo", "Samordningsförbundet Norra Älvmo"],
      ["alvmodalen", "Samordningsförbundet Älvmodalen"],
    ]) {
      expect(sameNamed(buildRegistry({ ...args, id: id!, name: name! }), [alvmo]), name).toBeNull();
    }
  });
});

describe("add-federation in a new project", () => {
  it("makes data/ in an empty project folder, warns of a second federation of one name, and refuses a project folder that does not exist", async () => {
    const { mkdtempSync, existsSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { projectPaths } = await import("../../loaders/config/paths.ts");
    const dir = mkdtempSync(join(tmpdir(), "finsam-new-"));
    try {
      await addFederation(projectPaths(dir), { ...args, id: "alvmo", name: "Samordningsförbundet Älvmo" });
      expect(existsSync(join(dir, "data", "federations", "alvmo.yaml"))).toBe(true);
      const notices: string[] = [];
      await addFederation(
        projectPaths(dir),
        { ...args, id: "alvmo-2", name: "Älvmo samordningsförbund" },
        { notice: (m) => notices.push(m) },
      );
      expect(notices).toEqual([expect.stringMatching(/^warning: .*cannot be told apart from federation "alvmo"/)]);
      await expect(addFederation(projectPaths(join(dir, "no-such-folder")), args)).rejects.toThrow(
        /project folder .*no-such-folder does not exist/,
      );
      expect(existsSync(join(dir, "no-such-folder"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
