/**
 * GraphStore: a compact, read-only index of a ZoneGraph built once at load. Entities and relations
 * get integer indices; adjacency is CSR (Int32Array offsets/targets/edge indices, out and in).
 * All algorithms run on this store; its data is plain so it can be snapshotted and rebuilt.
 */
import {
  ENTITY_TYPE_IDS,
  RELATION_TYPE_IDS,
  type EntityAttributes,
  type EntityType,
  type RelationAttributes,
  type RelationType,
  type Source,
  type ZoneGraph,
} from "@zonegraph/graph-data";
import { buildCsr, type Csr } from "./csr.ts";

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
  readonly entities: readonly EntityAttributes[];
  readonly entityType: Uint8Array;
  readonly relations: readonly RelationAttributes[];
  readonly edgeSrc: Int32Array;
  readonly edgeDst: Int32Array;
  readonly edgeType: Uint8Array;
  readonly out: Csr;
  readonly in: Csr;
  private readonly entityIndex = new Map<string, number>();
  private readonly relationIndex = new Map<string, number>();
  private readonly sourceById = new Map<string, Source>();
  private readonly nameIndex = new Map<string, number>();

  /** Builds the store (CSR and id maps) from its plain parts. */
  constructor(parts: GraphStoreParts) {
    this.name = parts.name;
    this.sources = parts.sources;
    this.entities = parts.entities;
    this.entityType = parts.entityType;
    this.relations = parts.relations;
    this.edgeSrc = parts.edgeSrc;
    this.edgeDst = parts.edgeDst;
    this.edgeType = parts.edgeType;
    const n = parts.entities.length;
    this.out = buildCsr(n, parts.edgeSrc, parts.edgeDst);
    this.in = buildCsr(n, parts.edgeDst, parts.edgeSrc);
    parts.entities.forEach((e, i) => this.entityIndex.set(e.id, i));
    parts.relations.forEach((r, i) => this.relationIndex.set(r.id, i));
    for (const s of parts.sources) this.sourceById.set(s.id, s);
    // Names and aliases are unique in curated data; on a clash the first entity keeps the name.
    parts.entities.forEach((e, i) => {
      for (const name of [e.name, ...e.aliases]) if (!this.nameIndex.has(name)) this.nameIndex.set(name, i);
    });
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

  /** Number of entities. */
  get entityCount(): number {
    return this.entities.length;
  }

  /** Number of relations. */
  get relationCount(): number {
    return this.relations.length;
  }

  /** Entity index of a raw entity id, or -1. */
  indexOf(id: string): number {
    return this.entityIndex.get(id) ?? -1;
  }

  /** Entity index of an exact name or alias, or -1. */
  indexOfName(name: string): number {
    return this.nameIndex.get(name) ?? -1;
  }

  /** Edge index of a raw relation id, or -1. */
  edgeIndexOf(id: string): number {
    return this.relationIndex.get(id) ?? -1;
  }

  /** Entity record at an index. */
  entity(i: number): EntityAttributes {
    return this.entities[i] as EntityAttributes;
  }

  /** Relation record at an edge index. */
  relation(e: number): RelationAttributes {
    return this.relations[e] as RelationAttributes;
  }

  /** A source by id. */
  source(id: string): Source | undefined {
    return this.sourceById.get(id);
  }
}
