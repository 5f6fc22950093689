/**
 * GraphStore: a compact, read-only index of a ZoneGraph built once at load. Entities and relations
 * get integer indices; adjacency is CSR (Int32Array offsets/targets/edge indices, out and in).
 * Built from plain records (the corpus, graphology JSON) or straight from a snapshot's typed-array
 * columns, whose entity and relation records are then made on demand (see records.ts).
 */
import {
  ENTITY_TYPE_IDS,
  RELATION_TYPE_IDS,
  type EntityType,
  type RelationType,
} from "@zonegraph/graph-data/ontology";
import type { EntityAttributes, RelationAttributes, Source, ZoneGraph } from "@zonegraph/graph-data";
import type { Snapshot } from "@zonegraph/graph-data/snapshot/snapshot";
import { buildCsr, type Csr } from "./csr.ts";
import { computeEntityOrders, type EntityOrders } from "./entity-orders.ts";
import { ArrayRecords, SnapshotRecords, type EntityFigures, type Records } from "./records.ts";

/** The plain parts a GraphStore is made of (what a snapshot would hold). */
export interface GraphStoreParts {
  name: string;
  sources: Source[];
  /** Entity attribute records, by entity index. */
  entities: EntityAttributes[];
  /** Entity type codes (index into ENTITY_TYPE_IDS), by entity index. */
  entityType: Uint8Array;
  /** Relation attribute records, by edge index. */
  relations: RelationAttributes[];
  edgeSrc: Int32Array;
  edgeDst: Int32Array;
  /** Relation type codes (index into RELATION_TYPE_IDS), by edge index. */
  edgeType: Uint8Array;
}

/** Entity type code for an entity type id. */
export const entityTypeCode = (type: EntityType): number => ENTITY_TYPE_IDS.indexOf(type);
/** CSR adjacency (re-exported for algorithms that take one direction). */
export type { Csr };

/** Relation type code for a relation type id. */
export const relationTypeCode = (type: RelationType): number => RELATION_TYPE_IDS.indexOf(type);

/** The read-only index of a graph that every query runs on. */
export class GraphStore {
  readonly name: string;
  readonly sources: readonly Source[];
  readonly entityType: Uint8Array;
  readonly edgeSrc: Int32Array;
  readonly edgeDst: Int32Array;
  readonly edgeType: Uint8Array;
  readonly out: Csr;
  readonly in: Csr;
  /** Number of entities. */
  readonly entityCount: number;
  /** Number of relations. */
  readonly relationCount: number;
  /** Entity indices sorted by name, then id (what tied-to-zone and `zones` order by). */
  readonly nameOrder: Int32Array;
  /** Position of each entity in nameOrder. */
  readonly nameRank: Int32Array;
  /** Entity indices sorted by raw id, when stored with the snapshot. */
  readonly idOrder: Int32Array | undefined;
  private readonly records: Records;
  private readonly sourceById = new Map<string, Source>();
  private metrics: number | undefined;

  /** Builds the store (CSR, orders and id look-ups) from its plain parts. */
  constructor(parts: GraphStoreParts, records?: Records, orders?: EntityOrders) {
    this.name = parts.name;
    this.sources = parts.sources;
    this.entityType = parts.entityType;
    this.edgeSrc = parts.edgeSrc;
    this.edgeDst = parts.edgeDst;
    this.edgeType = parts.edgeType;
    this.records = records ?? new ArrayRecords(parts.entities, parts.relations);
    const n = (this.entityCount = this.entityType.length);
    this.relationCount = this.edgeType.length;
    this.out = buildCsr(n, parts.edgeSrc, parts.edgeDst);
    this.in = buildCsr(n, parts.edgeDst, parts.edgeSrc);
    for (const s of parts.sources) this.sourceById.set(s.id, s);
    const o =
      orders ??
      computeEntityOrders(
        n,
        (i) => this.records.name(i),
        (i) => this.records.id(i),
      );
    this.nameOrder = o.nameOrder;
    this.nameRank = o.nameRank;
    this.idOrder = o.idOrder;
  }

  /** Builds a store from a Graphology ZoneGraph (the one pass over graphology). */
  static fromGraph(graph: ZoneGraph): GraphStore {
    const entities: EntityAttributes[] = [];
    const index = new Map<string, number>();
    graph.forEachNode((key, attrs) => {
      index.set(key, entities.length);
      entities.push(attrs);
    });
    const entityType = Uint8Array.from(entities, (e) => entityTypeCode(e.type));
    const m = graph.size;
    const relations: RelationAttributes[] = [];
    const edgeSrc = new Int32Array(m);
    const edgeDst = new Int32Array(m);
    const edgeType = new Uint8Array(m);
    graph.forEachEdge((_key, attrs, source, target) => {
      const e = relations.length;
      relations.push(attrs);
      edgeSrc[e] = index.get(source) ?? -1;
      edgeDst[e] = index.get(target) ?? -1;
      edgeType[e] = relationTypeCode(attrs.type);
    });
    const attrs = graph.getAttributes();
    return new GraphStore({
      name: attrs.name ?? "",
      sources: attrs.sources ?? [],
      entities,
      entityType,
      relations,
      edgeSrc,
      edgeDst,
      edgeType,
    });
  }

  /**
   * Builds a store on a snapshot's columns as they are (typed arrays used in place, records made
   * on demand). `orders` are the prebuilt entity orders stored with the snapshot, if any.
   */
  static fromSnapshot(snapshot: Snapshot, orders?: EntityOrders): GraphStore {
    const c = snapshot.columns;
    const int32 = (a: Uint32Array): Int32Array => new Int32Array(a.buffer, a.byteOffset, a.length);
    const records = new SnapshotRecords(snapshot, orders);
    const parts: GraphStoreParts = {
      name: snapshot.attributes.name,
      sources: snapshot.sources,
      entities: [],
      entityType: c.nodeType,
      relations: [],
      edgeSrc: int32(c.edgeSource),
      edgeDst: int32(c.edgeTarget),
      edgeType: c.edgeType,
    };
    return new GraphStore(parts, records, orders);
  }

  /** Every entity record, by index (materialises them all on a snapshot store: avoid on big graphs). */
  get entities(): readonly EntityAttributes[] {
    return this.records.allEntities();
  }

  /** Every relation record, by edge index (materialises them all on a snapshot store). */
  get relations(): readonly RelationAttributes[] {
    return this.records.allRelations();
  }

  /** Entity index of a raw entity id, or -1. */
  indexOf(id: string): number {
    return this.records.indexOf(id);
  }

  /**
   * Entity index of an exact name or alias, or -1 (on a clash the lowest index keeps the name), from
   * the records; the search index answers the same faster (SearchIndex.indexOfName).
   */
  indexOfName(name: string): number {
    return this.records.indexOfName(name);
  }

  /** Edge index of a raw relation id, or -1. */
  edgeIndexOf(id: string): number {
    return this.records.edgeIndexOf(id);
  }

  /** Entity record at an index. */
  entity(i: number): EntityAttributes {
    return this.records.entity(i);
  }

  /** Entity i's details and metric figures without evidence (cheaper than `entity` on a snapshot). */
  entityFigures(i: number): EntityFigures {
    return this.records.figures(i);
  }

  /** Relation record at an edge index. */
  relation(e: number): RelationAttributes {
    return this.records.relation(e);
  }

  /** The index of an entity record this store returned (no id look-up when the record carries it). */
  indexOfEntity(record: EntityAttributes): number {
    return this.records.indexOfEntity(record);
  }

  /** The edge index of a relation record this store returned. */
  edgeIndexOfRelation(record: RelationAttributes): number {
    return this.records.edgeIndexOfRelation(record);
  }

  /** The raw id of entity `i` (no record built). */
  entityId(i: number): string {
    return this.records.id(i);
  }

  /** The raw id of relation `e` (no record built). */
  relationId(e: number): string {
    return this.records.relationId(e);
  }

  /** Whether relation `e` is inferred (no record built). */
  relationInferred(e: number): boolean {
    return this.records.relationInferred(e);
  }

  /** The name of entity `i` (no record built). */
  entityName(i: number): string {
    return this.records.name(i);
  }

  /** The English name of entity `i` ("" when none; no record built). */
  entityNameEn(i: number): string {
    return this.records.nameEn(i);
  }

  /** The aliases of entity `i` (no record built). */
  entityAliases(i: number): readonly string[] {
    return this.records.aliases(i);
  }

  /** A source by id. */
  source(id: string): Source | undefined {
    return this.sourceById.get(id);
  }

  /** Number of metrics over all entities (counted on first call). */
  metricCount(): number {
    this.metrics ??= this.records.metricCount();
    return this.metrics;
  }
}
