/**
 * Snapshot: a ZoneGraph read from a .zgs file, as columns (typed arrays for structure, string
 * arrays for ids and names) with entity and relation records built on demand. The server can index
 * the columns directly; `toGraph()` materialises a graphology ZoneGraph when one is needed.
 */
import { ENTITY_TYPE_IDS, RELATION_TYPE_IDS, type EntityType, type RelationType } from "../ontology.ts";
import type {
  Designation,
  EntityAttributes,
  Evidence,
  GraphAttributes,
  Metric,
  RelationAttributes,
  Source,
  ZoneGraph,
} from "../types.ts";
import { partsToGraph, type EdgePart, type GraphParts } from "./graph-parts.ts";
import { ALIAS_SEPARATOR, type PackedEvidence } from "./snapshot-format.ts";
import type { StringColumn } from "./string-column.ts";

/** A record as nodeExtra stores it: its evidence packed as [source, start, end]. */
type Packed<T extends { evidence: Evidence[] }> = Omit<T, "evidence"> & { evidence: PackedEvidence[] };

/** The decoded sections of a snapshot (see snapshot-format.ts for what each holds). */
export interface SnapshotColumns {
  graph: GraphAttributes;
  nodeType: Uint8Array;
  nodeId: StringColumn;
  nodeName: StringColumn;
  nodeNameEn: StringColumn;
  /** Per entity its aliases joined by ALIAS_SEPARATOR ("" for none). */
  nodeAliases: StringColumn;
  /** Per entity "" or the JSON of its other attributes (parsed on demand by `entity`). */
  nodeExtra: StringColumn;
  nodeEvidence: Uint32Array;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  edgeType: Uint8Array;
  edgeId: StringColumn;
  edgeExtra: [number, Record<string, unknown>][];
  edgeEvidence: Uint32Array;
  evidenceSource: Uint32Array;
  evidenceStart: Uint32Array;
  evidenceEnd: Uint32Array;
}

/** A ZoneGraph as columns; entities and relations are addressed by index (file order). */
export class Snapshot {
  /** Number of entities. */
  readonly nodeCount: number;
  /** Number of relations. */
  readonly edgeCount: number;
  private ids: Map<string, number> | undefined;
  private readonly edgeExtra: Map<number, Record<string, unknown>>;

  /** Wrap decoded columns and extension sections (use readSnapshot to get one from a file). */
  constructor(
    readonly columns: SnapshotColumns,
    private readonly extensions: ReadonlyMap<string, Uint8Array> = new Map(),
  ) {
    this.nodeCount = columns.nodeType.length;
    this.edgeCount = columns.edgeSource.length;
    this.edgeExtra = new Map(columns.edgeExtra);
  }

  /** The bytes of extension section `name` (8-byte aligned, a view on the file), or undefined. */
  extension(name: string): Uint8Array | undefined {
    return this.extensions.get(name);
  }

  /** The names of the extension sections. */
  get extensionNames(): string[] {
    return [...this.extensions.keys()];
  }

  /** The graph's attributes: its name and the sources, texts included. */
  get attributes(): GraphAttributes {
    return this.columns.graph;
  }

  /** The sources in file order. */
  get sources(): Source[] {
    return this.columns.graph.sources;
  }

  /** The type of entity `i`. */
  entityType(i: number): EntityType {
    return ENTITY_TYPE_IDS[this.columns.nodeType[i] ?? 0] ?? "ZONE";
  }

  /** The type of relation `j`. */
  relationType(j: number): RelationType {
    return RELATION_TYPE_IDS[this.columns.edgeType[j] ?? 0] ?? "LOCATED_IN";
  }

  /** The index of the entity with this id, or -1 (the id map is built on first use). */
  indexOf(id: string): number {
    if (this.ids === undefined) {
      const column = this.columns.nodeId;
      this.ids = new Map();
      for (let i = 0; i < column.length; i++) this.ids.set(column.get(i), i);
    }
    return this.ids.get(id) ?? -1;
  }

  /** The aliases of entity `i` (a new array each call). */
  aliases(i: number): string[] {
    const joined = this.columns.nodeAliases.get(i);
    return joined === "" ? [] : joined.split(ALIAS_SEPARATOR);
  }

  /** The evidence items [from, to) of the pool, quotes sliced from their sources. */
  evidence(from: number, to: number): Evidence[] {
    const c = this.columns;
    const out: Evidence[] = [];
    for (let e = from; e < to; e++)
      out.push(this.unpack([c.evidenceSource[e] ?? 0, c.evidenceStart[e] ?? 0, c.evidenceEnd[e] ?? 0]));
    return out;
  }

  /** The full attributes of entity `i` (a new object each call). */
  entity(i: number): EntityAttributes {
    const c = this.columns;
    const base: EntityAttributes = {
      id: c.nodeId.get(i),
      type: this.entityType(i),
      name: c.nodeName.get(i),
      nameEn: c.nodeNameEn.get(i),
      aliases: this.aliases(i),
      evidence: this.evidence(c.nodeEvidence[i] ?? 0, c.nodeEvidence[i + 1] ?? 0),
      metrics: [],
    };
    const extra = c.nodeExtra.get(i);
    if (extra === "") return base;
    const { metrics, designations, ...details } = JSON.parse(extra) as Record<string, unknown>;
    const entity = Object.assign(base, details) as EntityAttributes;
    if (Array.isArray(metrics)) {
      entity.metrics = (metrics as Packed<Metric>[]).map((metric) => ({
        ...metric,
        evidence: metric.evidence.map((p) => this.unpack(p)),
      }));
    }
    if (Array.isArray(designations)) {
      entity.designations = (designations as Packed<Designation>[]).map((designation) => ({
        ...designation,
        evidence: designation.evidence.map((p) => this.unpack(p)),
      }));
    }
    return entity;
  }

  /** The full attributes of relation `j` (a new object each call). */
  relation(j: number): RelationAttributes {
    const c = this.columns;
    const base: RelationAttributes = {
      id: c.edgeId.get(j),
      type: this.relationType(j),
      evidence: this.evidence(c.edgeEvidence[j] ?? 0, c.edgeEvidence[j + 1] ?? 0),
    };
    const extra = this.edgeExtra.get(j);
    return extra === undefined ? base : (Object.assign(base, extra) as RelationAttributes);
  }

  /** Every entity and relation as GraphParts (builds every record). */
  toParts(): GraphParts {
    const nodes: EntityAttributes[] = new Array<EntityAttributes>(this.nodeCount);
    for (let i = 0; i < this.nodeCount; i++) nodes[i] = this.entity(i);
    const edges: EdgePart[] = new Array<EdgePart>(this.edgeCount);
    const c = this.columns;
    for (let j = 0; j < this.edgeCount; j++)
      edges[j] = { source: c.edgeSource[j] ?? 0, target: c.edgeTarget[j] ?? 0, attributes: this.relation(j) };
    return { attributes: this.attributes, nodes, edges };
  }

  /** A graphology ZoneGraph with every entity and relation (node and edge keys are the ids). */
  toGraph(): ZoneGraph {
    return partsToGraph(this.toParts());
  }

  private unpack([s, start, end]: PackedEvidence): Evidence {
    const source = this.columns.graph.sources[s];
    return { sourceId: source?.id ?? "", quote: source?.text.slice(start, end) ?? "", start, end };
  }
}
