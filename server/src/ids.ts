/**
 * GraphQL typenames of entity types, and resolution of ids given by clients: a Relay global id
 * (base64 of `Type:rawId`) or, for convenience, the raw id (e.g. "baotou-rare-earth-hi-tech-zone")
 * or an entity's exact name or alias (e.g. "包头稀土高新区").
 */
import { decodeGlobalID } from "@pothos/plugin-relay";
import { ENTITY_TYPE_IDS, type EntityType } from "@zonegraph/graph-data/ontology";
import type { SearchIndex } from "./graph/search-index.ts";
import type { GraphStore } from "./graph/store.ts";

/** The GraphQL object type name of each entity type. */
export const ENTITY_TYPENAMES: Record<EntityType, string> = {
  ZONE: "Zone",
  REGION: "Region",
  COMPANY: "Company",
  PLATFORM: "Platform",
  PROJECT: "Project",
  INVESTOR: "Investor",
  PERSON: "Person",
  ORGANIZATION: "Organization",
};

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPE_IDS);

/** What a client id refers to, or null when it is unknown or malformed. */
export type ResolvedId =
  | { kind: "entity"; index: number }
  | { kind: "relation"; index: number }
  | { kind: "source"; id: string }
  | null;

function decode(id: string): { typename: string; id: string } | null {
  try {
    return decodeGlobalID(id);
  } catch {
    return null;
  }
}

/** What resolving an id reads: the store, and the search index for exact names and aliases. */
export interface IdLookup {
  store: GraphStore;
  search: SearchIndex;
}

/** Resolves a global id, a raw entity/relation/source id, or an exact entity name or alias. */
export function resolveId({ store, search }: IdLookup, id: string): ResolvedId {
  const raw = store.indexOf(id);
  if (raw >= 0) return { kind: "entity", index: raw };
  const g = decode(id);
  if (g) {
    if (g.typename === "Relation") {
      const e = store.edgeIndexOf(g.id);
      return e >= 0 ? { kind: "relation", index: e } : null;
    }
    if (g.typename === "Source") return store.source(g.id) ? { kind: "source", id: g.id } : null;
    const i = store.indexOf(g.id);
    return i >= 0 && ENTITY_TYPENAMES[store.entity(i).type] === g.typename
      ? { kind: "entity", index: i }
      : null;
  }
  const e = store.edgeIndexOf(id);
  if (e >= 0) return { kind: "relation", index: e };
  if (store.source(id)) return { kind: "source", id };
  const named = search.indexOfName(id);
  return named >= 0 ? { kind: "entity", index: named } : null;
}

/** Entity index for a global or raw entity id, or -1. */
export function resolveEntityId(lookup: IdLookup, id: string): number {
  const r = resolveId(lookup, id);
  return r?.kind === "entity" ? r.index : -1;
}

/** The GraphQL typename of a Node value (entity, relation or source record). */
export function nodeTypename(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if ("text" in value && "authors" in value) return "Source";
  const type = "type" in value ? value.type : undefined;
  if (typeof type !== "string") return undefined;
  return ENTITY_TYPE_SET.has(type) ? ENTITY_TYPENAMES[type as EntityType] : "Relation";
}
