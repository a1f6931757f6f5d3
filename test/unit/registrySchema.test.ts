/** A registry edited by hand: two short names with one id are refused at their line, not by the database. */
import { describe, expect, it } from "vitest";
import { registrySchema } from "../../loaders/schema/registry.ts";

const registry = (interventions: { short_name: string }[], members = [{ short_name: "Älvmo" }]) => ({
  federation_id: "alvmo",
  name: "Samordningsförbundet Älvmo",
  county: "Älvmo län",
  members: members.map((m) => ({ ...m, name: `${m.short_name} kommun`, member_type: "municipality" })),
  interventions: interventions.map((i) => ({ ...i, name: i.short_name, kind: "individual" })),
});

describe("registry ids", () => {
  it("refuses two interventions or two members whose short names give one id, naming both", () => {
    const r = registrySchema.safeParse(registry([{ short_name: "Bryggan" }, { short_name: "bryggan" }]));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ["interventions", 1, "short_name"] });
    expect(r.error!.issues[0]!.message).toMatch(/same id as interventions\[0\] \("Bryggan"\): alvmo\/bryggan/);
    const m = registrySchema.safeParse(registry([], [{ short_name: "Älvmo" }, { short_name: "Alvmo" }]));
    expect(m.error!.issues[0]).toMatchObject({ path: ["members", 1, "short_name"] });
    expect(registrySchema.safeParse(registry([{ short_name: "!!!" }])).error!.issues[0]!.message).toMatch(/empty id/);
  });

  it("takes distinct ids, and a member and an intervention of one name (must not fire)", () => {
    expect(registrySchema.safeParse(registry([{ short_name: "Bryggan" }, { short_name: "Bryggan 2" }])).success).toBe(
      true,
    );
    expect(registrySchema.safeParse(registry([{ short_name: "Älvmo" }])).success).toBe(true);
  });
});
