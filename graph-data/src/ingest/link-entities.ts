/**
 * Links proposed entities to an existing graph: the same name or alias, the same full pinyin (a
 * name printed in traditional characters or with a homophone variant), a latin abbreviation equal
 * to an existing name's pinyin initials or full pinyin (BYD → 比亚迪), short-name containment
 * (合盛硅业 ⊂ 新疆西部合盛硅业有限公司), each with its reason. The same name with another type is
 * flagged on the proposal, never merged.
 */
import type { EntityType, ZoneGraph } from "../index.ts";
import { latinForm, pinyinKey } from "./pinyin-key.ts";
import type { LinkCandidate, ProposedEntity } from "./types.ts";

/** Fewest Han characters a name needs before its full pinyin alone links it (两字 names collide). */
const MIN_PINYIN_HAN = 3;

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
  /** Built on first use: full pinyin → entities, and full pinyin or initials → entities with the name that gave it. */
  pinyin?: PinyinIndex;
}

interface PinyinIndex {
  byFull: Map<string, { known: Known; name: string }[]>;
  byInitials: Map<string, { known: Known; name: string }[]>;
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
    if (found.size === 0) for (const link of pinyinLinks(entity, names)) found.set(link.id, link);
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

function pinyinIndex(names: GraphNames): PinyinIndex {
  if (names.pinyin) return names.pinyin;
  const index: PinyinIndex = { byFull: new Map(), byInitials: new Map() };
  const add = (
    map: Map<string, { known: Known; name: string }[]>,
    key: string,
    entry: { known: Known; name: string },
  ): void => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const known of names.entities)
    for (const name of known.names) {
      const key = pinyinKey(name);
      if (!key) continue;
      add(index.byFull, key.full, { known, name });
      add(index.byInitials, key.initials, { known, name });
    }
  names.pinyin = index;
  return index;
}

/** Links by pinyin: the same full pinyin (names of 3+ Han characters), or a latin form equal to a name's full pinyin or initials. */
function pinyinLinks(entity: ProposedEntity, names: GraphNames): LinkCandidate[] {
  const links = new Map<string, LinkCandidate>();
  const add = (known: Known, reason: string): void => {
    if (known.type === entity.type && !links.has(known.id))
      links.set(known.id, { id: known.id, name: known.name, type: known.type, reason });
  };
  for (const form of [entity.name, ...entity.aliases]) {
    const latin = latinForm(form);
    if (latin !== undefined) {
      const index = pinyinIndex(names);
      for (const { known, name } of index.byFull.get(latin) ?? [])
        add(known, `"${form}" is the full pinyin of the existing name "${name}"`);
      for (const { known, name } of index.byInitials.get(latin) ?? [])
        add(known, `"${form}" is the pinyin initials of the existing name "${name}"`);
      continue;
    }
    if ((form.match(/\p{Script=Han}/gu) ?? []).length < MIN_PINYIN_HAN) continue;
    const key = pinyinKey(form);
    if (!key) continue;
    for (const { known, name } of pinyinIndex(names).byFull.get(key.full) ?? [])
      if (name !== form)
        add(known, `"${form}" has the same pinyin "${key.full}" as the existing name "${name}"`);
  }
  return [...links.values()];
}
