/**
 * QueryIndex: the indexes analyst queries (where, orderBy, aggregate) read, each built on first use
 * and kept as long as the loaded graph: attribute and metric columns, numbers sorted for range
 * look-ups, a rank by id and by name (pinyin for Chinese names), region contents, whole-graph sort
 * orders, tied counts. `buildMs` records what each cost, for the bench.
 */
import { Lru } from "../lib/lru.ts";
import { buildEntityColumns, metricSlot, type EntityColumns, type NumberField } from "./entity-columns.ts";
import { inverse, sortedIndices } from "./entity-orders.ts";
import { entitiesWithin } from "./region-index.ts";
import type { SearchIndex } from "./search-index.ts";
import type { GraphStore } from "./store.ts";
import type { TiedCache } from "./tied-cache.ts";
import type { ZoneOverviewCache } from "./zone-overview.ts";

/** What the indexes are built from: the parts of a loaded graph's state. */
export interface QuerySources {
  store: GraphStore;
  search: SearchIndex;
  tied: TiedCache;
  overview: ZoneOverviewCache;
}

/** Values of one column (NaN when absent) and the entities that have one, sorted by value. */
export interface SortedColumn {
  /** By entity index; NaN when the entity has no value. */
  values: Float64Array;
  /** Entities with a value, by value ascending (then index). */
  entities: Int32Array;
  /** values[entities[k]], ascending. */
  sorted: Float64Array;
}

/** A metric column: a SortedColumn, plus the slot (figure) behind each value. */
export interface MetricColumn extends SortedColumn {
  /** By entity index: the figure's slot in EntityColumns, or -1. */
  slots: Int32Array;
}

/** Sorts the entities having a value by value. */
function sortedColumn(values: Float64Array): SortedColumn {
  const have: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) have.push(i);
  const entities = Int32Array.from(have).sort((a, b) => values[a]! - values[b]! || a - b);
  return { values, entities, sorted: Float64Array.from(entities, (i) => values[i]!) };
}

/** The lazily built indexes of one loaded graph. */
export class QueryIndex {
  /** Build time (ms) of each index built so far, by name. */
  readonly buildMs: Record<string, number> = {};
  /** The top regions of each zone and region asked so far (region-index.ts topRegionsOf). */
  readonly topRegions = new Map<number, readonly number[]>();
  private cols: EntityColumns | undefined;
  private ids: Int32Array | undefined;
  private names: Int32Array | undefined;
  private tiedCounts: Float64Array | undefined;
  private degrees: Float64Array | undefined;
  private readonly numberColumns = new Map<NumberField, SortedColumn>();
  private readonly metricColumns = new Lru<string, MetricColumn>({ maxEntries: 32 });
  private readonly regions = new Lru<number, Int32Array>({ maxEntries: 64 });
  private readonly orders = new Lru<string, Int32Array>({ maxEntries: 32 });

  /** An index over `sources` (nothing is built yet). */
  constructor(readonly sources: QuerySources) {}

  private timed<T>(name: string, build: () => T): T {
    const started = performance.now();
    const value = build();
    this.buildMs[name] = (this.buildMs[name] ?? 0) + performance.now() - started;
    return value;
  }

  /** The attribute and metric columns. */
  get columns(): EntityColumns {
    return (this.cols ??= this.timed("columns", () => buildEntityColumns(this.sources.store)));
  }

  /** Each entity's position by raw id (the tie-break of every order). */
  get idRank(): Int32Array {
    const { store } = this.sources;
    return (this.ids ??= this.timed("idRank", () =>
      inverse(store.idOrder ?? sortedIndices(store.entityCount, (i) => store.entityId(i))),
    ));
  }

  /**
   * Each entity's name group: entities with the same name sort key (pinyin, or letters) and name
   * share a value; groups are numbered in that order.
   */
  get nameGroup(): Int32Array {
    return (this.names ??= this.timed("nameGroup", () => {
      const { store, search } = this.sources;
      const keys = search.nameSortKeys();
      const n = store.entityCount;
      const name = (i: number): string => store.entityName(i);
      const order = sortedIndices(n, (i) => keys[i]!, name);
      const group = new Int32Array(n);
      let g = 0;
      for (let k = 0; k < n; k++) {
        const i = order[k]!;
        const prev = k > 0 ? order[k - 1]! : -1;
        if (prev >= 0 && (keys[prev] !== keys[i] || name(prev) !== name(i))) g++;
        group[i] = g;
      }
      return group;
    }));
  }

  /** Relations of each entity, both directions. */
  get degree(): Float64Array {
    return (this.degrees ??= this.timed("degree", () => {
      const { store } = this.sources;
      return Float64Array.from({ length: store.entityCount }, (_, i) => {
        const out = store.out.offsets[i + 1]! - store.out.offsets[i]!;
        return out + store.in.offsets[i + 1]! - store.in.offsets[i]!;
      });
    }));
  }

  /** Entities tied to each zone within the default hop bound (the overview's counts); NaN for others. */
  get tiedCount(): Float64Array {
    return (this.tiedCounts ??= this.timed("tiedCount", () => {
      const o = this.sources.overview.get();
      const counts = new Float64Array(this.sources.store.entityCount).fill(NaN);
      for (let r = 0; r < o.zones.length; r++)
        counts[o.zones[r]!] = o.memberCount[r]! + o.counterpartyCount[r]!;
      return counts;
    }));
  }

  /** A numeric attribute's column, sorted. */
  number(field: NumberField): SortedColumn {
    let c = this.numberColumns.get(field);
    if (!c) {
      const values = this.columns.numbers[field];
      this.numberColumns.set(field, (c = this.timed(`number:${field}`, () => sortedColumn(values))));
    }
    return c;
  }

  /** Metric `key`'s column: each entity's figure of `period`, or its latest without one. */
  metric(key: string, period: string | null): MetricColumn {
    const name = `${key}\u0000${period ?? ""}`;
    let c = this.metricColumns.get(name);
    if (!c) {
      c = this.timed(`metric:${key}`, () => {
        const cols = this.columns;
        const n = this.sources.store.entityCount;
        const values = new Float64Array(n).fill(NaN);
        const slots = new Int32Array(n).fill(-1);
        const code = cols.metricCode.get(key);
        if (code !== undefined)
          for (let i = 0; i < n; i++) {
            if (cols.metricOffsets[i] === cols.metricOffsets[i + 1]) continue;
            const s = metricSlot(cols, i, code, period);
            if (s >= 0) {
              slots[i] = s;
              values[i] = cols.metricValue[s]!;
            }
          }
        return { ...sortedColumn(values), slots };
      });
      this.metricColumns.set(name, c);
    }
    return c;
  }

  /** The entities within region `r` (see region-index.ts), ascending. */
  regionEntities(r: number): Int32Array {
    let list = this.regions.get(r);
    if (!list) this.regions.set(r, (list = entitiesWithin(this.sources.store, r)));
    return list;
  }

  /** A whole-graph order kept under `key` (built by `build` on first use). */
  order(key: string, build: () => Int32Array): Int32Array {
    let o = this.orders.get(key);
    if (!o) this.orders.set(key, (o = this.timed(`order:${key}`, build)));
    return o;
  }
}
