/**
 * Where a GraphStore's entity and relation records come from: plain arrays (the corpus, graphology
 * JSON), or a snapshot's columns, decoded on demand into a small direct-mapped cache so that a
 * national graph never holds 800k record objects. Snapshot records carry their index.
 */
import type { EntityAttributes, EntityDetails, Metric, RelationAttributes } from "@zonegraph/graph-data";
import type { Snapshot } from "@zonegraph/graph-data/snapshot/snapshot";
import { findSorted, type EntityOrders } from "./entity-orders.ts";

/** A metric's figure without its evidence (what filters, orders and aggregates read). */
export type MetricFigure = Pick<Metric, "key" | "value" | "period">;

/** An entity's type-specific attributes and metric figures, without names or evidence. */
export type EntityFigures = EntityDetails & { metrics: readonly MetricFigure[] };

/** What a GraphStore asks of its records. */
export interface Records {
  entity(i: number): EntityAttributes;
  /** Entity i's details and metric figures; on a snapshot read from its nodeExtra column, no evidence built. */
  figures(i: number): EntityFigures;
  relation(e: number): RelationAttributes;
  relationId(e: number): string;
  /** Whether relation e is inferred (no record built on a snapshot). */
  relationInferred(e: number): boolean;
  id(i: number): string;
  name(i: number): string;
  nameEn(i: number): string;
  aliases(i: number): readonly string[];
  indexOf(id: string): number;
  edgeIndexOf(id: string): number;
  indexOfName(name: string): number;
  indexOfEntity(record: EntityAttributes): number;
  edgeIndexOfRelation(record: RelationAttributes): number;
  allEntities(): readonly EntityAttributes[];
  allRelations(): readonly RelationAttributes[];
  metricCount(): number;
}

/** Records held in arrays, with Map look-ups by id and by name. */
export class ArrayRecords implements Records {
  private readonly entityIndex = new Map<string, number>();
  private readonly relationIndex = new Map<string, number>();
  private names: Map<string, number> | undefined;

  /** Indexes the records by id. */
  constructor(
    private readonly entities: readonly EntityAttributes[],
    private readonly relations: readonly RelationAttributes[],
  ) {
    entities.forEach((e, i) => this.entityIndex.set(e.id, i));
    relations.forEach((r, i) => this.relationIndex.set(r.id, i));
  }

  entity(i: number): EntityAttributes {
    return this.entities[i]!;
  }
  figures(i: number): EntityFigures {
    return this.entities[i]!;
  }
  relation(e: number): RelationAttributes {
    return this.relations[e]!;
  }
  relationId(e: number): string {
    return this.relations[e]!.id;
  }
  relationInferred(e: number): boolean {
    return this.relations[e]!.inferred !== undefined;
  }
  id(i: number): string {
    return this.entities[i]!.id;
  }
  name(i: number): string {
    return this.entities[i]!.name;
  }
  nameEn(i: number): string {
    return this.entities[i]!.nameEn;
  }
  aliases(i: number): readonly string[] {
    return this.entities[i]!.aliases;
  }
  indexOf(id: string): number {
    return this.entityIndex.get(id) ?? -1;
  }
  edgeIndexOf(id: string): number {
    return this.relationIndex.get(id) ?? -1;
  }
  indexOfName(name: string): number {
    this.names ??= nameMap(
      this.entities.length,
      (i) => this.name(i),
      (i) => this.aliases(i),
    );
    return this.names.get(name) ?? -1;
  }
  indexOfEntity(record: EntityAttributes): number {
    return this.indexOf(record.id);
  }
  edgeIndexOfRelation(record: RelationAttributes): number {
    return this.edgeIndexOf(record.id);
  }
  allEntities(): readonly EntityAttributes[] {
    return this.entities;
  }
  allRelations(): readonly RelationAttributes[] {
    return this.relations;
  }
  metricCount(): number {
    let count = 0;
    for (const e of this.entities) count += e.metrics.length;
    return count;
  }
}

/** The index a snapshot record was made from (a symbol key: invisible to JSON and GraphQL). */
const INDEX = Symbol("zonegraph.index");
type Indexed = { [INDEX]?: number };
const CACHE_BITS = 15;
const CACHE_MASK = (1 << CACHE_BITS) - 1;

/** Records decoded from a snapshot's columns on demand, through direct-mapped caches. */
export class SnapshotRecords implements Records {
  private readonly entityTag = new Int32Array(1 << CACHE_BITS).fill(-1);
  private readonly entitySlot = new Array<EntityAttributes | undefined>(1 << CACHE_BITS);
  private readonly relationTag = new Int32Array(1 << CACHE_BITS).fill(-1);
  private readonly relationSlot = new Array<RelationAttributes | undefined>(1 << CACHE_BITS);
  private names: Map<string, number> | undefined;
  private edgeIds: Map<string, number> | undefined;
  private inferredEdges: Set<number> | undefined;

  /** Reads records from `snapshot`; `orders` (id orders) make id look-ups binary searches. */
  constructor(
    private readonly snapshot: Snapshot,
    private readonly orders?: EntityOrders,
  ) {}

  entity(i: number): EntityAttributes {
    const slot = i & CACHE_MASK;
    if (this.entityTag[slot] === i) return this.entitySlot[slot]!;
    const record = this.snapshot.entity(i);
    (record as Indexed)[INDEX] = i;
    this.entityTag[slot] = i;
    this.entitySlot[slot] = record;
    return record;
  }
  figures(i: number): EntityFigures {
    const extra = this.snapshot.columns.nodeExtra.get(i);
    if (extra === "") return { metrics: [] };
    // nodeExtra was checked against the ontology at load; its metrics' evidence stays packed.
    const parsed = JSON.parse(extra) as Partial<EntityFigures>;
    return { ...parsed, metrics: parsed.metrics ?? [] };
  }
  relation(e: number): RelationAttributes {
    const slot = e & CACHE_MASK;
    if (this.relationTag[slot] === e) return this.relationSlot[slot]!;
    const record = this.snapshot.relation(e);
    (record as Indexed)[INDEX] = e;
    this.relationTag[slot] = e;
    this.relationSlot[slot] = record;
    return record;
  }
  relationId(e: number): string {
    return this.snapshot.columns.edgeId.get(e);
  }
  relationInferred(e: number): boolean {
    this.inferredEdges ??= new Set(
      this.snapshot.columns.edgeExtra.filter(([, extra]) => extra["inferred"] !== undefined).map(([j]) => j),
    );
    return this.inferredEdges.has(e);
  }
  id(i: number): string {
    return this.snapshot.columns.nodeId.get(i);
  }
  name(i: number): string {
    return this.snapshot.columns.nodeName.get(i);
  }
  nameEn(i: number): string {
    return this.snapshot.columns.nodeNameEn.get(i);
  }
  aliases(i: number): readonly string[] {
    return this.snapshot.aliases(i);
  }
  indexOf(id: string): number {
    const order = this.orders?.idOrder;
    return order ? findSorted(order, id, (i) => this.id(i)) : this.snapshot.indexOf(id);
  }
  edgeIndexOf(id: string): number {
    const order = this.orders?.edgeIdOrder;
    const column = this.snapshot.columns.edgeId;
    if (order) return findSorted(order, id, (e) => column.get(e));
    if (!this.edgeIds) {
      this.edgeIds = new Map();
      for (let e = 0; e < column.length; e++) this.edgeIds.set(column.get(e), e);
    }
    return this.edgeIds.get(id) ?? -1;
  }
  indexOfName(name: string): number {
    this.names ??= nameMap(
      this.snapshot.nodeCount,
      (i) => this.name(i),
      (i) => this.aliases(i),
    );
    return this.names.get(name) ?? -1;
  }
  indexOfEntity(record: EntityAttributes): number {
    return (record as Indexed)[INDEX] ?? this.indexOf(record.id);
  }
  edgeIndexOfRelation(record: RelationAttributes): number {
    return (record as Indexed)[INDEX] ?? this.edgeIndexOf(record.id);
  }
  allEntities(): readonly EntityAttributes[] {
    return Array.from({ length: this.snapshot.nodeCount }, (_, i) => this.entity(i));
  }
  allRelations(): readonly RelationAttributes[] {
    return Array.from({ length: this.snapshot.edgeCount }, (_, e) => this.relation(e));
  }
  metricCount(): number {
    let count = 0;
    const extra = this.snapshot.columns.nodeExtra;
    for (let i = 0; i < extra.length; i++)
      if (extra.get(i).includes('"metrics"')) count += this.entity(i).metrics.length;
    return count;
  }
}

// Names and aliases are unique in curated data; on a clash the first entity keeps the name.
function nameMap(
  n: number,
  name: (i: number) => string,
  aliases: (i: number) => readonly string[],
): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (!map.has(name(i))) map.set(name(i), i);
    for (const a of aliases(i)) if (!map.has(a)) map.set(a, i);
  }
  return map;
}
