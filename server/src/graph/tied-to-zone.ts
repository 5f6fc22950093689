/**
 * Everything tied to a zone (DESIGN.md): members reached backwards over membership relations
 * (never through zones or regions, except parks PART_OF the zone), then counterparties one step
 * out from a member or the zone, never expanded. Each result carries its hops and its path; the
 * answer is typed arrays sorted by one numeric key, and paths are built only for the ties asked for.
 */
import {
  INBOUND_COUNTERPARTY_RELATION_TYPES,
  MEMBERSHIP_RELATION_TYPES,
  RELATION_TYPE_IDS,
  type RelationType,
} from "@zonegraph/graph-data/ontology";
import { entityTypeCode, relationTypeCode, type GraphStore } from "./store.ts";

/** Smallest hop bound a caller may ask for. */
export const MIN_HOPS = 1;
/** Largest hop bound a caller may ask for (`maxHops`; Zone.companies and the like walk this far). */
export const MAX_HOPS = 8;
/** The hop bound when none is given (tiedToZone, Zone.tied, the zone overview). */
export const DEFAULT_MAX_HOPS = 4;

/** Relation types whose source belongs to whatever the target belongs to (from the ontology). */
export const MEMBERSHIP_TYPES: readonly RelationType[] = MEMBERSHIP_RELATION_TYPES;

/** Relation types whose source is a counterparty of the member they point at (from the ontology). */
export const INBOUND_COUNTERPARTY_TYPES: readonly RelationType[] = INBOUND_COUNTERPARTY_RELATION_TYPES;

/** Role of a tied entity. */
export type TieRole = "MEMBER" | "COUNTERPARTY";

/** One entity tied to a zone: its index, role, hop count and the edge indices of its path. */
export interface Tie {
  entity: number;
  role: TieRole;
  hops: number;
  /** Edge indices from the tied entity toward the zone. */
  path: number[];
}

/** Every tie of a zone in order (role, hops, type, name, id), as columns; slot s is the s-th tie. */
export interface TiedResult {
  zone: number;
  entities: Int32Array;
  /** MEMBER (1) or COUNTERPARTY (2). */
  roles: Uint8Array;
  hops: Uint8Array;
  /** The edge from each tie toward the zone. */
  via: Int32Array;
  /** The slot of the entity that edge leads to, or -1 for the zone itself. */
  parentSlot: Int32Array;
  memberCount: number;
}

const isMembership = new Uint8Array(RELATION_TYPE_IDS.length);
for (const t of MEMBERSHIP_TYPES) isMembership[relationTypeCode(t)] = 1;
const isInboundCounterparty = new Uint8Array(RELATION_TYPE_IDS.length);
for (const t of INBOUND_COUNTERPARTY_TYPES) isInboundCounterparty[relationTypeCode(t)] = 1;
const ZONE = entityTypeCode("ZONE");
const REGION = entityTypeCode("REGION");
const PART_OF = relationTypeCode("PART_OF");
const NONE = 0;
const MEMBER = 1;
const COUNTERPARTY = 2;
const RANK_SPAN = 2 ** 32;

/** Per-entity arrays a walk works in, reused from call to call (JS runs one call at a time). */
export interface TiedScratch {
  role: Uint8Array;
  hops: Int32Array;
  via: Int32Array;
  parent: Int32Array;
  /** Tied entities in discovery order (the zone first); then, per entity, its slot. */
  list: Int32Array;
  slot: Int32Array;
}
/** Scratch arrays for walks over `store` (whoever walks often keeps one: the tied cache, the overview). */
export function createTiedScratch(store: GraphStore): TiedScratch {
  const n = store.entityCount;
  return {
    role: new Uint8Array(n),
    hops: new Int32Array(n),
    via: new Int32Array(n),
    parent: new Int32Array(n),
    list: new Int32Array(n + 1),
    slot: new Int32Array(n),
  };
}

/**
 * Every entity tied to `zone` within `maxHops` (the zone itself excluded), sorted, without paths
 * built; `scratch` (made for this store) saves allocating the per-entity arrays on each call.
 */
export function tiedResult(
  store: GraphStore,
  zone: number,
  maxHops: number,
  scratch: TiedScratch = createTiedScratch(store),
): TiedResult {
  const { role, hops, via, parent, list, slot } = scratch;
  const { entityType, edgeType, nameRank, nameOrder } = store;
  const { offsets: inOff, targets: inAdj, edges: inEdge } = store.in;
  const { offsets: outOff, targets: outAdj, edges: outEdge } = store.out;
  let size = 0;
  list[size++] = zone;
  role[zone] = MEMBER;
  hops[zone] = 0;
  try {
    let start = 0;
    for (let h = 1; h <= maxHops && start < size; h++) {
      const end = size;
      for (let k = start; k < end; k++) {
        const y = list[k]!;
        for (let s = inOff[y]!; s < inOff[y + 1]!; s++) {
          const e = inEdge[s]!;
          const t = edgeType[e]!;
          if (!isMembership[t]) continue;
          const x = inAdj[s]!;
          const tx = entityType[x]!;
          if (tx === REGION) continue;
          // A zone joins only as a park: PART_OF this zone or one of its parks.
          if (tx === ZONE && !(t === PART_OF && (y === zone || entityType[y] === ZONE))) continue;
          if (role[x] === NONE) {
            role[x] = MEMBER;
            hops[x] = h;
            via[x] = e;
            parent[x] = y;
            list[size++] = x;
          } else if (role[x] === MEMBER && hops[x] === h && e < via[x]!) {
            via[x] = e;
            parent[x] = y;
          }
        }
      }
      start = end;
    }
    const members = size;
    for (let k = 0; k < members; k++) {
      const m = list[k]!;
      const h = hops[m]! + 1;
      if (h > maxHops) continue;
      for (let s = outOff[m]!; s < outOff[m + 1]!; s++) size = consider(outAdj[s]!, outEdge[s]!, m, h, size);
      for (let s = inOff[m]!; s < inOff[m + 1]!; s++) {
        const e = inEdge[s]!;
        if (isInboundCounterparty[edgeType[e]!]) size = consider(inAdj[s]!, e, m, h, size);
      }
    }
    // One numeric key per tie: role, hops, type, then the entity's rank by (name, id).
    const count = size - 1;
    const keys = new Float64Array(count);
    for (let k = 1; k < size; k++) {
      const x = list[k]!;
      keys[k - 1] = ((role[x]! * 64 + hops[x]!) * 16 + entityType[x]!) * RANK_SPAN + nameRank[x]!;
    }
    keys.sort();
    const result: TiedResult = {
      zone,
      entities: new Int32Array(count),
      roles: new Uint8Array(count),
      hops: new Uint8Array(count),
      via: new Int32Array(count),
      parentSlot: new Int32Array(count),
      memberCount: members - 1,
    };
    for (let s = 0; s < count; s++) {
      const x = nameOrder[keys[s]! % RANK_SPAN]!;
      result.entities[s] = x;
      result.roles[s] = role[x]!;
      result.hops[s] = hops[x]!;
      result.via[s] = via[x]!;
      slot[x] = s;
    }
    for (let s = 0; s < count; s++) {
      const p = parent[result.entities[s]!]!;
      result.parentSlot[s] = p === zone ? -1 : slot[p]!;
    }
    return result;
  } finally {
    // Reset only what this call touched, so the scratch arrays are reused without reallocation.
    for (let k = 0; k < size; k++) role[list[k]!] = NONE;
  }

  function consider(x: number, e: number, m: number, h: number, n: number): number {
    if (x === zone || role[x] === MEMBER) return n;
    const tx = entityType[x]!;
    if (tx === ZONE || tx === REGION) return n;
    if (role[x] === NONE) list[n++] = x;
    if (role[x] === NONE || h < hops[x]! || (h === hops[x] && e < via[x]!)) {
      role[x] = COUNTERPARTY;
      hops[x] = h;
      via[x] = e;
      parent[x] = m;
    }
    return n;
  }
}

/** The tie in slot `s`, its path built (edges from the entity toward the zone). */
export function tieAt(result: TiedResult, s: number): Tie {
  const path: number[] = [];
  for (let v = s; v >= 0; v = result.parentSlot[v]!) path.push(result.via[v]!);
  return {
    entity: result.entities[s]!,
    role: result.roles[s] === MEMBER ? "MEMBER" : "COUNTERPARTY",
    hops: result.hops[s]!,
    path,
  };
}

/**
 * Every entity tied to `zone` within `maxHops`, sorted by role (members first), hops, type in
 * ontology order, name, id, each with its path. The zone itself is not included.
 */
export function tiedToZone(store: GraphStore, zone: number, maxHops: number, scratch?: TiedScratch): Tie[] {
  const result = tiedResult(store, zone, maxHops, scratch);
  return Array.from(result.entities, (_, s) => tieAt(result, s));
}
