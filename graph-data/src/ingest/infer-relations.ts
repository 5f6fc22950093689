/**
 * Links the text implies but does not state, each with its reason: a region inside its parent
 * (gazetteer), a zone in the place it is named after, companies and projects named in an article
 * about one zone located in it, a postdoctoral workstation hosted by the unit it is named after.
 */
import type { MentionGroup } from "./group-mentions.ts";
import { regionGazetteer } from "./region-gazetteer.ts";
import type { RelationDraft } from "./relation-draft.ts";

/** Relations that already tie a company or project to a place or owner. */
const TIES = new Set(["LOCATED_IN", "COOPERATES_WITH", "OWNED_BY"]);

/** Inferred relations for the groups, given the stated ones (never duplicating them). */
export function inferRelations(
  groups: readonly MentionGroup[],
  stated: readonly RelationDraft[],
  mainZone: string | undefined,
): RelationDraft[] {
  const out: RelationDraft[] = [];
  const gazetteer = regionGazetteer();
  // Look-ups over stated + inferred relations, kept up to date as inferred ones are added.
  const typeFrom = new Set<string>();
  const typeFromTo = new Set<string>();
  const tiedKeys = new Set<string>();
  const index = (r: RelationDraft): void => {
    typeFrom.add(`${r.type}\u0000${r.from}`);
    typeFromTo.add(`${r.type}\u0000${r.from}\u0000${r.to}`);
    if (TIES.has(r.type)) tiedKeys.add(r.from).add(r.to);
  };
  const push = (r: RelationDraft): void => {
    out.push(r);
    index(r);
  };
  stated.forEach(index);
  const has = (type: string, from: string, to?: string): boolean =>
    to === undefined
      ? typeFrom.has(`${type}\u0000${from}`)
      : typeFromTo.has(`${type}\u0000${from}\u0000${to}`);
  const regions = groups.filter((g) => g.type === "REGION");
  const first = (g: MentionGroup): { start: number; end: number } => ({
    start: g.mentions[0]?.start ?? 0,
    end: g.mentions[0]?.end ?? 0,
  });
  for (const child of regions) {
    const parent = gazetteer.byName.get(child.key)?.parent;
    const parentGroup = regions.find((g) => g.key === parent);
    if (parentGroup && !has("PART_OF", child.key, parentGroup.key))
      push({
        type: "PART_OF",
        from: child.key,
        to: parentGroup.key,
        reason: `the gazetteer puts ${child.key} in ${parentGroup.key}; the article names both`,
        confidence: 0.8,
        rule: "gazetteer-parent",
        ...first(child),
      });
  }
  for (const zone of groups.filter((g) => g.type === "ZONE")) {
    if (has("LOCATED_IN", zone.key)) continue;
    const named = regions
      .map((r) => ({
        r,
        form: [
          r.key,
          r.key.replace(/市$/u, ""),
          ...r.aliases,
          ...r.aliases.map((a) => a.replace(/市$/u, "")),
        ].find((f) => f.length >= 2 && [zone.name, ...zone.aliases].some((n) => n.startsWith(f))),
      }))
      .filter((x) => x.form !== undefined)
      .sort((a, b) => depth(b.r.key) - depth(a.r.key))[0];
    if (named)
      push({
        type: "LOCATED_IN",
        from: zone.key,
        to: named.r.key,
        reason: `the zone is named after ${named.form ?? ""}, which the article names`,
        confidence: 0.6,
        rule: "zone-named-after-place",
        ...first(zone),
      });
  }
  if (mainZone) {
    for (const g of groups) {
      if (g.type !== "COMPANY" && g.type !== "PROJECT") continue;
      if (!tiedKeys.has(g.key))
        push({
          type: "LOCATED_IN",
          from: g.key,
          to: mainZone,
          reason: `named in an article about ${mainZone}`,
          confidence: 0.5,
          rule: "named-in-zone-article",
          ...first(g),
        });
    }
    for (const r of stated)
      if (r.type === "OWNED_BY" && !has("LOCATED_IN", r.from))
        push({
          type: "LOCATED_IN",
          from: r.from,
          to: mainZone,
          reason: `a project named in an article about ${mainZone}`,
          confidence: 0.55,
          rule: "named-in-zone-article",
          start: r.start,
          end: r.end,
        });
  }
  return out;

  function depth(key: string): number {
    return ["corps", "province", "city", "division", "county"].indexOf(
      gazetteer.byName.get(key)?.level ?? "province",
    );
  }
}
