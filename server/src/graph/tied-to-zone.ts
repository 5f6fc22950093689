/**
 * Everything tied to a zone (DESIGN.md): members reached backwards over membership relations
 * (never through zones or regions, except parks PART_OF the zone), then counterparties one step
 * out from a member or the zone, never expanded. Each result carries its hops and its path.
 */
import { RELATION_TYPE_IDS, type RelationType } from "@zonegraph/graph-data";
import { entityTypeCode, relationTypeCode, type GraphStore } from "./store.ts";

/** Relation types whose source belongs to whatever the target belongs to. */
export const MEMBERSHIP_TYPES: readonly RelationType[] = [
  "LOCATED_IN", "PART_OF", "HOSTED_BY", "OWNED_BY", "ROLE_AT", "ADMINISTERS", "ESTABLISHED_BY", "RELIES_ON",
];

/** Relation types whose source is a counterparty of the member they point at. */
export const INBOUND_COUNTERPARTY_TYPES: readonly RelationType[] = ["COOPERATES_WITH", "PARTNERS_WITH"];

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

const isMembership = new Uint8Array(RELATION_TYPE_IDS.length);
for (const t of MEMBERSHIP_TYPES) isMembership[relationTypeCode(t)] = 1;
const isInboundCounterparty = new Uint8Array(RELATION_TYPE_IDS.length);
for (const t of INBOUND_COUNTERPARTY_TYPES) isInboundCounterparty[relationTypeCode(t)] = 1;
const ZONE = entityTypeCode("ZONE");
const REGION = entityTypeCode("REGION");
const PART_OF = relationTypeCode("PART_OF");
interface Scratch {
  role: Uint8Array;
  hops: Int32Array;
  via: Int32Array;
  parent: Int32Array;
}
const scratches = new WeakMap<GraphStore, Scratch>();

// One set of per-entity arrays per store, reused by every call (JS runs one call at a time).
function scratchFor(store: GraphStore): Scratch {
  let s = scratches.get(store);
  if (!s) {
    const n = store.entityCount;
    s = { role: new Uint8Array(n), hops: new Int32Array(n), via: new Int32Array(n), parent: new Int32Array(n) };
    scratches.set(store, s);
  }
  return s;
}

const NONE = 0;
const MEMBER = 1;
const COUNTERPARTY = 2;

/**
 * Every entity tied to `zone` within `maxHops`, sorted by role (members first), hops, type in
 * ontology order, name, id. The zone itself is not included.
 */
export function tiedToZone(store: GraphStore, zone: number, maxHops: number): Tie[] {
  const { role, hops, via, parent } = scratchFor(store);
  const { entityType, edgeType } = store;
  const inCsr = store.in;
  const outCsr = store.out;
  const found: number[] = [];
  try {
    return collect();
  } finally {
    // Reset only what this call touched, so the scratch arrays are reused without reallocation.
    role[zone] = NONE;
    for (const x of found) role[x] = NONE;
  }

  function collect(): Tie[] {
    const members: number[] = [zone];
    role[zone] = MEMBER;
    hops[zone] = 0;
    let frontier = [zone];
    for (let h = 1; h <= maxHops && frontier.length > 0; h++) {
      const next: number[] = [];
      for (const y of frontier) {
        for (let s = inCsr.offsets[y]!; s < inCsr.offsets[y + 1]!; s++) {
          const e = inCsr.edges[s]!;
          if (!isMembership[edgeType[e]!]) continue;
          const x = inCsr.targets[s]!;
          const tx = entityType[x]!;
          if (tx === REGION) continue;
          // A zone joins only as a park: PART_OF this zone or one of its parks.
          if (tx === ZONE && !(edgeType[e] === PART_OF && (y === zone || entityType[y] === ZONE))) continue;
          if (role[x] === NONE) {
            found.push(x);
            role[x] = MEMBER;
            hops[x] = h;
            via[x] = e;
            parent[x] = y;
            next.push(x);
          } else if (role[x] === MEMBER && hops[x] === h && e < via[x]!) {
            via[x] = e;
            parent[x] = y;
          }
        }
      }
      for (const x of next) members.push(x);
      frontier = next;
    }
    const consider = (x: number, e: number, m: number, h: number): void => {
      if (x === zone || role[x] === MEMBER) return;
      const tx = entityType[x]!;
      if (tx === ZONE || tx === REGION) return;
      if (role[x] === NONE) found.push(x);
      if (role[x] === NONE || h < hops[x]! || (h === hops[x] && e < via[x]!)) {
        role[x] = COUNTERPARTY;
        hops[x] = h;
        via[x] = e;
        parent[x] = m;
      }
    };
    for (const m of members) {
      const h = hops[m]! + 1;
      if (h > maxHops) continue;
      for (let s = outCsr.offsets[m]!; s < outCsr.offsets[m + 1]!; s++) consider(outCsr.targets[s]!, outCsr.edges[s]!, m, h);
      for (let s = inCsr.offsets[m]!; s < inCsr.offsets[m + 1]!; s++) {
        const e = inCsr.edges[s]!;
        if (isInboundCounterparty[edgeType[e]!]) consider(inCsr.targets[s]!, e, m, h);
      }
    }
    const ties: Tie[] = [];
    for (const x of found) {
      const path: number[] = [];
      for (let v = x; v !== zone; v = parent[v]!) path.push(via[v]!);
      ties.push({ entity: x, role: role[x] === MEMBER ? "MEMBER" : "COUNTERPARTY", hops: hops[x]!, path });
    }
    return sortTies(store, ties);
  }
}

function sortTies(store: GraphStore, ties: Tie[]): Tie[] {
  return ties.sort((a, b) => {
    if (a.role !== b.role) return a.role === "MEMBER" ? -1 : 1;
    if (a.hops !== b.hops) return a.hops - b.hops;
    const ta = store.entityType[a.entity]!;
    const tb = store.entityType[b.entity]!;
    if (ta !== tb) return ta - tb;
    const ea = store.entity(a.entity);
    const eb = store.entity(b.entity);
    if (ea.name !== eb.name) return ea.name < eb.name ? -1 : 1;
    return ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : 0;
  });
}
