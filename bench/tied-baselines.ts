/**
 * Baselines for "tied to a zone", with the server's semantics (server/src/graph/tied-to-zone.ts):
 * members backwards over membership relations (no regions; zones only as parks PART_OF), then
 * counterparties one step out. CsrTied is the plain typed-array floor; graphologyTied walks graphology.
 */
import {
  ENTITY_TYPE_IDS,
  INBOUND_COUNTERPARTY_RELATION_TYPES,
  MEMBERSHIP_RELATION_TYPES,
  RELATION_TYPE_IDS,
  type RelationType,
} from "@zonegraph/graph-data/ontology";
import type { Snapshot } from "@zonegraph/graph-data/snapshot/snapshot";
import type { ZoneGraph } from "@zonegraph/graph-data";

const MEMBERSHIP: readonly RelationType[] = MEMBERSHIP_RELATION_TYPES;
const INBOUND_COUNTERPARTY: readonly RelationType[] = INBOUND_COUNTERPARTY_RELATION_TYPES;
const isMembership = Uint8Array.from(RELATION_TYPE_IDS, (t) => (MEMBERSHIP.includes(t) ? 1 : 0));
const isInbound = Uint8Array.from(RELATION_TYPE_IDS, (t) => (INBOUND_COUNTERPARTY.includes(t) ? 1 : 0));
const ZONE = ENTITY_TYPE_IDS.indexOf("ZONE");
const REGION = ENTITY_TYPE_IDS.indexOf("REGION");
const PART_OF = RELATION_TYPE_IDS.indexOf("PART_OF");

/** One tied entity of a page: entity index (or key), role (1 member, 2 counterparty), hops, path of edges. */
export interface TiedRow<K> {
  entity: K;
  role: number;
  hops: number;
  path: K[];
}

/** What every implementation returns: the total count and the first page, ordered like the server. */
export interface TiedAnswer<K> {
  count: number;
  page: TiedRow<K>[];
}

/** The plain CSR traversal: typed arrays built once, scratch arrays reused between calls. */
export class CsrTied {
  private readonly inOff: Int32Array;
  private readonly inAdj: Int32Array;
  private readonly inEdge: Int32Array;
  private readonly outOff: Int32Array;
  private readonly outAdj: Int32Array;
  private readonly outEdge: Int32Array;
  private readonly role: Uint8Array;
  private readonly hops: Int32Array;
  private readonly via: Int32Array;
  private readonly parent: Int32Array;
  private readonly list: Int32Array;
  private readonly nodeType: Uint8Array;
  private readonly edgeType: Uint8Array;
  private readonly names: string[];
  private readonly ids: string[];

  /** Build CSR in both directions from a snapshot's columns. */
  constructor(snapshot: Snapshot) {
    const c = snapshot.columns;
    const n = snapshot.nodeCount;
    this.nodeType = c.nodeType;
    this.edgeType = c.edgeType;
    [this.outOff, this.outAdj, this.outEdge] = csr(n, c.edgeSource, c.edgeTarget);
    [this.inOff, this.inAdj, this.inEdge] = csr(n, c.edgeTarget, c.edgeSource);
    this.role = new Uint8Array(n);
    this.hops = new Int32Array(n);
    this.via = new Int32Array(n);
    this.parent = new Int32Array(n);
    this.list = new Int32Array(n);
    this.names = c.nodeName.toArray();
    this.ids = c.nodeId.toArray();
  }

  /** Count and first page of the entities tied to `zone` within `maxHops`. */
  tied(zone: number, maxHops: number, first: number): TiedAnswer<number> {
    const {
      role,
      hops,
      via,
      parent,
      list,
      nodeType,
      edgeType,
      inOff,
      inAdj,
      inEdge,
      outOff,
      outAdj,
      outEdge,
    } = this;
    let size = 0;
    list[size++] = zone;
    role[zone] = 1;
    hops[zone] = 0;
    let start = 0;
    for (let h = 1; h <= maxHops && start < size; h++) {
      const end = size;
      for (let k = start; k < end; k++) {
        const y = list[k]!;
        for (let s = inOff[y]!; s < inOff[y + 1]!; s++) {
          const e = inEdge[s]!;
          const t = edgeType[e]!;
          if (isMembership[t] === 0) continue;
          const x = inAdj[s]!;
          const tx = nodeType[x]!;
          if (tx === REGION) continue;
          if (tx === ZONE && !(t === PART_OF && (y === zone || nodeType[y] === ZONE))) continue;
          if (role[x] === 0) {
            role[x] = 1;
            hops[x] = h;
            via[x] = e;
            parent[x] = y;
            list[size++] = x;
          } else if (role[x] === 1 && hops[x] === h && e < via[x]!) {
            via[x] = e;
            parent[x] = y;
          }
        }
      }
      start = end;
    }
    const members = size;
    const consider = (x: number, e: number, m: number, h: number): void => {
      if (x === zone || role[x] === 1) return;
      const tx = nodeType[x]!;
      if (tx === ZONE || tx === REGION) return;
      if (role[x] === 0) list[size++] = x;
      if (role[x] === 0 || h < hops[x]! || (h === hops[x] && e < via[x]!)) {
        role[x] = 2;
        hops[x] = h;
        via[x] = e;
        parent[x] = m;
      }
    };
    for (let k = 0; k < members; k++) {
      const m = list[k]!;
      const h = hops[m]! + 1;
      if (h > maxHops) continue;
      for (let s = outOff[m]!; s < outOff[m + 1]!; s++) consider(outAdj[s]!, outEdge[s]!, m, h);
      for (let s = inOff[m]!; s < inOff[m + 1]!; s++)
        if (isInbound[edgeType[inEdge[s]!]!] === 1) consider(inAdj[s]!, inEdge[s]!, m, h);
    }
    const tied = Array.from(list.subarray(1, size));
    tied.sort(
      (a, b) =>
        role[a]! - role[b]! ||
        hops[a]! - hops[b]! ||
        nodeType[a]! - nodeType[b]! ||
        cmp(this.names[a]!, this.names[b]!) ||
        cmp(this.ids[a]!, this.ids[b]!),
    );
    const page = tied.slice(0, first).map((x) => {
      const path: number[] = [];
      for (let v = x; v !== zone; v = parent[v]!) path.push(via[v]!);
      return { entity: x, role: role[x]!, hops: hops[x]!, path };
    });
    for (let k = 0; k < size; k++) role[list[k]!] = 0;
    return { count: size - 1, page };
  }
}

/** The same walk over graphology's own neighbour iteration and attribute look-ups. */
export function graphologyTied(
  graph: ZoneGraph,
  zone: string,
  maxHops: number,
  first: number,
): TiedAnswer<string> {
  const state = new Map<string, { role: number; hops: number; via: string; parent: string }>();
  state.set(zone, { role: 1, hops: 0, via: "", parent: "" });
  const members = [zone];
  let frontier = [zone];
  const edgeOrder = (key: string): number => Number(key.slice(key.lastIndexOf("-") + 1));
  for (let h = 1; h <= maxHops && frontier.length > 0; h++) {
    const next: string[] = [];
    for (const y of frontier) {
      graph.forEachInEdge(y, (e, attrs, x) => {
        if (!MEMBERSHIP.includes(attrs.type)) return;
        const tx = graph.getNodeAttribute(x, "type");
        if (tx === "REGION") return;
        if (
          tx === "ZONE" &&
          !(attrs.type === "PART_OF" && (y === zone || graph.getNodeAttribute(y, "type") === "ZONE"))
        )
          return;
        const s = state.get(x);
        if (s === undefined) {
          state.set(x, { role: 1, hops: h, via: e, parent: y });
          next.push(x);
        } else if (s.role === 1 && s.hops === h && edgeOrder(e) < edgeOrder(s.via)) {
          s.via = e;
          s.parent = y;
        }
      });
    }
    members.push(...next);
    frontier = next;
  }
  const found: string[] = [];
  const consider = (x: string, e: string, m: string, h: number): void => {
    if (x === zone) return;
    const s = state.get(x);
    if (s?.role === 1) return;
    const tx = graph.getNodeAttribute(x, "type");
    if (tx === "ZONE" || tx === "REGION") return;
    if (s === undefined) {
      found.push(x);
      state.set(x, { role: 2, hops: h, via: e, parent: m });
    } else if (h < s.hops || (h === s.hops && edgeOrder(e) < edgeOrder(s.via))) {
      Object.assign(s, { hops: h, via: e, parent: m });
    }
  };
  for (const m of members) {
    const h = (state.get(m)?.hops ?? 0) + 1;
    if (h > maxHops) continue;
    graph.forEachOutEdge(m, (e, _a, _s, x) => consider(x, e, m, h));
    graph.forEachInEdge(m, (e, attrs, x) => {
      if (INBOUND_COUNTERPARTY.includes(attrs.type)) consider(x, e, m, h);
    });
  }
  const typeCode = (k: string): number => ENTITY_TYPE_IDS.indexOf(graph.getNodeAttribute(k, "type"));
  const tied = members.slice(1).concat(found);
  tied.sort((a, b) => {
    const sa = state.get(a)!;
    const sb = state.get(b)!;
    return (
      sa.role - sb.role ||
      sa.hops - sb.hops ||
      typeCode(a) - typeCode(b) ||
      cmp(graph.getNodeAttribute(a, "name"), graph.getNodeAttribute(b, "name")) ||
      cmp(a, b)
    );
  });
  const page = tied.slice(0, first).map((x) => {
    const s = state.get(x)!;
    const path: string[] = [];
    for (let v = x; v !== zone; v = state.get(v)!.parent) path.push(state.get(v)!.via);
    return { entity: x, role: s.role, hops: s.hops, path };
  });
  return { count: tied.length, page };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function csr(n: number, from: Uint32Array, to: Uint32Array): [Int32Array, Int32Array, Int32Array] {
  const off = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) off[from[e]! + 1]! += 1;
  for (let v = 0; v < n; v++) off[v + 1]! += off[v]!;
  const fill = off.slice(0, n);
  const adj = new Int32Array(from.length);
  const edge = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const slot = fill[from[e]!]!++;
    adj[slot] = to[e]!;
    edge[slot] = e;
  }
  return [off, adj, edge];
}
