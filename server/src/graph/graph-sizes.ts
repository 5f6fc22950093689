/**
 * graphSizesOf(store): the size facts of a loaded graph that bound what a list field can return
 * (entity counts by type, relation count, the largest degree by direction and relation type), for
 * the complexity budget. Computed once per store in one pass over the CSR; the longest per-record
 * lists (evidence, metrics, capacities) need every record decoded, so they are computed on first use.
 */
import { ENTITY_TYPE_IDS, RELATION_TYPE_IDS, type EntityType } from "@zonegraph/graph-data/ontology";
import type { GraphStore } from "./store.ts";

/** The longest per-record lists of the graph. */
export interface RecordListSizes {
  /** Most evidence items of one entity. */
  entityEvidence: number;
  /** Most metrics of one entity. */
  metrics: number;
  /** Most evidence items of one metric. */
  metricEvidence: number;
  /** Most capacities of one project. */
  capacities: number;
  /** Most evidence items of one relation. */
  relationEvidence: number;
  /** Most designations of one zone. */
  designations: number;
  /** Most evidence items of one designation. */
  designationEvidence: number;
}

/** Degrees by direction: the largest over all entities, and the largest per relation type code. */
export interface DegreeSizes {
  max: number;
  byType: readonly number[];
}

/** What the graph can return at most, list by list. */
export interface GraphSizes {
  entityCount: number;
  relationCount: number;
  sourceCount: number;
  /** Number of entities of each type. */
  entitiesByType: Readonly<Record<EntityType, number>>;
  /** Number of entity types and relation types (the length of the by-type lists of `stats`). */
  entityTypeCount: number;
  relationTypeCount: number;
  /** Largest number of relations from one entity (OUT), to one entity (IN), and both (BOTH). */
  out: DegreeSizes;
  in: DegreeSizes;
  both: DegreeSizes;
  /** The longest per-record lists (decodes every record on first call, then remembered). */
  records(): RecordListSizes;
}

const sizes = new WeakMap<GraphStore, GraphSizes>();

/** The size facts of `store`, computed on the first call for that store. */
export function graphSizesOf(store: GraphStore): GraphSizes {
  let s = sizes.get(store);
  if (s === undefined) sizes.set(store, (s = computeSizes(store)));
  return s;
}

function degrees(
  store: GraphStore,
  csr: GraphStore["out"],
): { max: number; byType: number[]; per: Int32Array } {
  const types = RELATION_TYPE_IDS.length;
  const byType = new Array<number>(types).fill(0);
  const tally = new Int32Array(types);
  const per = new Int32Array(store.entityCount);
  let max = 0;
  for (let v = 0; v < store.entityCount; v++) {
    const from = csr.offsets[v]!;
    const to = csr.offsets[v + 1]!;
    per[v] = to - from;
    if (to - from > max) max = to - from;
    for (let s = from; s < to; s++) tally[store.edgeType[csr.edges[s]!]!]! += 1;
    for (let s = from; s < to; s++) {
      const t = store.edgeType[csr.edges[s]!]!;
      if (tally[t]! > byType[t]!) byType[t] = tally[t]!;
      tally[t] = 0;
    }
  }
  return { max, byType, per };
}

function computeSizes(store: GraphStore): GraphSizes {
  const entitiesByType = Object.fromEntries(ENTITY_TYPE_IDS.map((t) => [t, 0])) as Record<EntityType, number>;
  for (let i = 0; i < store.entityCount; i++) entitiesByType[ENTITY_TYPE_IDS[store.entityType[i]!]!] += 1;
  const out = degrees(store, store.out);
  const inn = degrees(store, store.in);
  let bothMax = 0;
  for (let v = 0; v < store.entityCount; v++) bothMax = Math.max(bothMax, out.per[v]! + inn.per[v]!);
  let records: RecordListSizes | undefined;
  return {
    entityCount: store.entityCount,
    relationCount: store.relationCount,
    sourceCount: store.sources.length,
    entitiesByType,
    entityTypeCount: ENTITY_TYPE_IDS.length,
    relationTypeCount: RELATION_TYPE_IDS.length,
    out: { max: out.max, byType: out.byType },
    in: { max: inn.max, byType: inn.byType },
    both: { max: bothMax, byType: out.byType.map((d, t) => d + inn.byType[t]!) },
    records: () => (records ??= recordListSizes(store)),
  };
}

function recordListSizes(store: GraphStore): RecordListSizes {
  const r: RecordListSizes = {
    entityEvidence: 0,
    metrics: 0,
    metricEvidence: 0,
    capacities: 0,
    relationEvidence: 0,
    designations: 0,
    designationEvidence: 0,
  };
  for (let i = 0; i < store.entityCount; i++) {
    const e = store.entity(i);
    r.entityEvidence = Math.max(r.entityEvidence, e.evidence.length);
    r.metrics = Math.max(r.metrics, e.metrics.length);
    for (const m of e.metrics) r.metricEvidence = Math.max(r.metricEvidence, m.evidence.length);
    if (e.type === "PROJECT") r.capacities = Math.max(r.capacities, e.capacity?.length ?? 0);
    if (e.type === "ZONE") {
      r.designations = Math.max(r.designations, e.designations?.length ?? 0);
      for (const d of e.designations ?? [])
        r.designationEvidence = Math.max(r.designationEvidence, d.evidence.length);
    }
  }
  for (let e = 0; e < store.relationCount; e++)
    r.relationEvidence = Math.max(r.relationEvidence, store.relation(e).evidence.length);
  return r;
}
