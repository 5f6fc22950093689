/**
 * Links proposed entities to an existing graph: the same name or alias, short-name containment
 * (合盛硅业 ⊂ 新疆西部合盛硅业有限公司), each with its reason. The same name with another type is
 * flagged on the proposal, never merged.
 */
import type { EntityType, ZoneGraph } from "../index.ts";
import type { LinkCandidate, ProposedEntity } from "./types.ts";

interface Known {
  id: string;
  name: string;
  type: EntityType;
  names: string[];
}

/** An index of an existing graph's names. */
export interface GraphNames {
  entities: Known[];
  byName: Map<string, Known[]>;
}

/** Indexes the names and aliases of `graph`. */
export function graphNames(graph: ZoneGraph): GraphNames {
  const entities: Known[] = [];
  const byName = new Map<string, Known[]>();
  graph.forEachNode((id, a) => {
    const known: Known = { id, name: a.name, type: a.type, names: [a.name, ...a.aliases] };
    entities.push(known);
    for (const n of known.names) byName.set(n, [...(byName.get(n) ?? []), known]);
  });
  return { entities, byName };
}

/** Fills `linksTo` and `flags` of each entity from the existing graph's names. */
export function linkEntities(entities: ProposedEntity[], names: GraphNames): void {
  for (const entity of entities) {
    const found = new Map<string, LinkCandidate>();
    for (const form of [entity.name, ...entity.aliases]) {
      for (const known of names.byName.get(form) ?? []) {
        if (known.type !== entity.type) {
          entity.flags.push(
            `"${form}" is the name of existing ${known.type} ${known.id}: same name, different type (not merged)`,
          );
          continue;
        }
        if (!found.has(known.id))
          found.set(known.id, {
            id: known.id,
            name: known.name,
            type: known.type,
            reason: `same ${form === known.name ? "name" : "alias"} "${form}"`,
          });
      }
    }
    if (found.size === 0 && entity.type !== "PERSON") {
      for (const known of names.entities) {
        if (known.type !== entity.type) continue;
        const contained = [entity.name, ...entity.aliases].find(
          (f) => f.length >= 3 && known.names.some((n) => n !== f && n.includes(f)),
        );
        const containing = known.names.find(
          (n) => n.length >= 3 && entity.name !== n && entity.name.includes(n),
        );
        if (contained)
          found.set(known.id, {
            id: known.id,
            name: known.name,
            type: known.type,
            reason: `"${contained}" is contained in the existing name "${known.name}" (short name?)`,
          });
        else if (containing)
          found.set(known.id, {
            id: known.id,
            name: known.name,
            type: known.type,
            reason: `the existing name "${containing}" is contained in "${entity.name}"`,
          });
      }
    }
    entity.linksTo = [...found.values()];
  }
}
