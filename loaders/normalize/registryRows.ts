/**
 * The registries' own rows (data/federations/<id>.yaml): federation, member and intervention,
 * cited as `registry/<federation_id>` and the YAML line; and intervention_member, whose shares
 * follow the members' contributions. Pure: no I/O.
 */
import type { RegistryFile } from "../input/readRegistries.ts";
import type { RowOf } from "../schema/tables.ts";
import { interventionIdFor, memberIdFor, type NameResolver } from "../reference/resolveNames.ts";

export function registryRows(registries: readonly RegistryFile[]): {
  federation: RowOf<"federation">[];
  member: RowOf<"member">[];
  intervention: RowOf<"intervention">[];
} {
  const federation: RowOf<"federation">[] = [];
  const member: RowOf<"member">[] = [];
  const intervention: RowOf<"intervention">[] = [];
  for (const { registry: reg, lineOf } of registries) {
    const registryDoc = `registry/${reg.federation_id}`;
    federation.push({
      federation_id: reg.federation_id,
      name: reg.name,
      county: reg.county,
      website: reg.website ?? null,
    });
    reg.members.forEach((m, i) =>
      member.push({
        member_id: memberIdFor(reg, m.short_name),
        federation_id: reg.federation_id,
        name: m.name,
        member_type: m.member_type,
        joined_on: m.joined_on ?? null,
        left_on: m.left_on ?? null,
        left_approximate: m.left_approximate ?? false,
        document_id: m.left_source?.document_id ?? registryDoc,
        source_line: m.left_source?.line ?? lineOf(["members", i]),
        obtained: "registry",
        curation_reason: null,
      }),
    );
    for (const iv of reg.interventions)
      intervention.push({
        intervention_id: interventionIdFor(reg, iv.short_name),
        federation_id: reg.federation_id,
        name: iv.name,
        kind: iv.kind,
        started_on: iv.started_on ?? null,
      });
  }
  return { federation, member, intervention };
}

/**
 * Which members an intervention serves, and its share of each: proportional to what the members
 * paid in the federation's latest year with actual contributions; equal shares where any of
 * them paid nothing known.
 */
export function interventionMemberRows(
  registries: readonly RegistryFile[],
  resolver: NameResolver,
  contributions: readonly RowOf<"member_contribution">[],
): RowOf<"intervention_member">[] {
  const out: RowOf<"intervention_member">[] = [];
  // One pass over the contributions, not one per federation.
  const actualOf = new Map<string, RowOf<"member_contribution">[]>();
  for (const r of contributions) {
    if (r.basis !== "actual") continue;
    const list = actualOf.get(r.federation_id);
    if (list) list.push(r);
    else actualOf.set(r.federation_id, [r]);
  }
  for (const { registry: reg } of registries) {
    const actual = actualOf.get(reg.federation_id) ?? [];
    const latestYear = actual.reduce((y, r) => Math.max(y, r.year), -Infinity);
    const paid = new Map(actual.filter((r) => r.year === latestYear).map((r) => [r.member_id, r.amount_sek]));
    for (const iv of reg.interventions) {
      if (iv.members.length === 0) continue;
      const ids = iv.members.map((m) => {
        const id = resolver.member(reg.federation_id, m);
        if (!id)
          throw new Error(
            `data/federations/${reg.federation_id}.yaml: intervention ${iv.short_name} lists member "${m}", which is not a member`,
          );
        return id;
      });
      const weights = ids.map((id) => paid.get(id));
      const proportional = weights.every((w) => w !== undefined && w > 0);
      const total = proportional ? weights.reduce<number>((a, w) => a + (w ?? 0), 0) : ids.length;
      ids.forEach((id, i) =>
        out.push({
          intervention_id: interventionIdFor(reg, iv.short_name),
          member_id: id,
          share: Math.round(((proportional ? weights[i]! : 1) / total) * 1e6) / 1e6,
        }),
      );
    }
  }
  return out;
}
