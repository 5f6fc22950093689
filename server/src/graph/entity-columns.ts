/**
 * EntityColumns: the attributes analysts filter, sort and aggregate on, as columns over a store's
 * entities — numbers in Float64Arrays (NaN when absent), enums as ontology codes (-1 when absent),
 * metric figures in CSR by entity — plus per-type id lists. Built in one pass over the records'
 * figures (a snapshot's nodeExtra column, no evidence decoded), on first use.
 */
import {
  ENTITY_TYPE_IDS,
  LEVELS,
  ORGANIZATION_KINDS,
  PLATFORM_KINDS,
  PROJECT_STATUSES,
  type EntityType,
} from "@zonegraph/graph-data/ontology";
import type { Capacity } from "@zonegraph/graph-data";
import type { GraphStore } from "./store.ts";

/** Numeric attributes with a column, and the entity type that has each. */
export const NUMBER_FIELDS = {
  investmentYuan: "PROJECT",
  year: "PROJECT",
  fundSizeYuan: "INVESTOR",
} as const satisfies Record<string, EntityType>;
/** A numeric attribute with a column. */
export type NumberField = keyof typeof NUMBER_FIELDS;

/** Enum attributes with a column: the ontology list of their values and the types that have them. */
export const ENUM_FIELDS = {
  status: { values: PROJECT_STATUSES.map((s) => s.id), types: ["PROJECT"] },
  level: { values: LEVELS.map((l) => l.id), types: ["ZONE", "PLATFORM"] },
  kind: { values: PLATFORM_KINDS.map((k) => k.id), types: ["PLATFORM"] },
  orgKind: { values: ORGANIZATION_KINDS.map((k) => k.id), types: ["ORGANIZATION"] },
} as const satisfies Record<string, { values: readonly string[]; types: readonly EntityType[] }>;
/** An enum attribute with a column. */
export type EnumField = keyof typeof ENUM_FIELDS;

/** Entity types that have an `established` date. */
export const ESTABLISHED_TYPES: readonly EntityType[] = ["ZONE", "PLATFORM"];

/** The columns of one store (see the module header). */
export interface EntityColumns {
  numbers: Record<NumberField, Float64Array>;
  enums: Record<EnumField, Int8Array>;
  /** `established` as written ("1992-05"), "" when absent. */
  established: string[];
  capacity: Map<number, readonly Capacity[]>;
  /** Entity i's figures are slots metricOffsets[i] .. metricOffsets[i + 1] (in the record's order). */
  metricOffsets: Int32Array;
  metricKey: Int32Array;
  metricValue: Float64Array;
  /** Each figure's period ("" when none). */
  metricPeriod: string[];
  /** Metric keys present in the graph, and the code of each. */
  metricKeys: string[];
  metricCode: Map<string, number>;
  /** Entity indices of each type (by type code), ascending. */
  byType: Int32Array[];
  /** How long the build took (ms). */
  buildMs: number;
}

/** Builds the columns of `store` (one pass over every entity's figures). */
export function buildEntityColumns(store: GraphStore): EntityColumns {
  const started = performance.now();
  const n = store.entityCount;
  const numbers = {
    investmentYuan: new Float64Array(n).fill(NaN),
    year: new Float64Array(n).fill(NaN),
    fundSizeYuan: new Float64Array(n).fill(NaN),
  };
  const enums = {
    status: new Int8Array(n).fill(-1),
    level: new Int8Array(n).fill(-1),
    kind: new Int8Array(n).fill(-1),
    orgKind: new Int8Array(n).fill(-1),
  };
  const established = new Array<string>(n).fill("");
  const capacity = new Map<number, readonly Capacity[]>();
  const metricOffsets = new Int32Array(n + 1);
  const keys: number[] = [];
  const values: number[] = [];
  const metricPeriod: string[] = [];
  const metricKeys: string[] = [];
  const metricCode = new Map<string, number>();
  const typeCounts = new Int32Array(ENTITY_TYPE_IDS.length);
  for (let i = 0; i < n; i++) typeCounts[store.entityType[i]!]! += 1;
  const byType = Array.from(typeCounts, (c) => new Int32Array(c));
  const fill = new Int32Array(ENTITY_TYPE_IDS.length);
  for (let i = 0; i < n; i++) {
    const t = store.entityType[i]!;
    byType[t]![fill[t]!++] = i;
    const f = store.entityFigures(i);
    for (const field of Object.keys(numbers) as NumberField[]) {
      const v = f[field];
      if (typeof v === "number") numbers[field][i] = v;
    }
    for (const field of Object.keys(enums) as EnumField[]) {
      const v = f[field];
      if (v !== undefined) enums[field][i] = (ENUM_FIELDS[field].values as readonly string[]).indexOf(v);
    }
    if (f.established) established[i] = f.established;
    if (f.capacity?.length) capacity.set(i, f.capacity);
    for (const m of f.metrics) {
      let code = metricCode.get(m.key);
      if (code === undefined) {
        metricCode.set(m.key, (code = metricKeys.length));
        metricKeys.push(m.key);
      }
      keys.push(code);
      values.push(m.value);
      metricPeriod.push(m.period ?? "");
    }
    metricOffsets[i + 1] = keys.length;
  }
  return {
    numbers,
    enums,
    established,
    capacity,
    metricOffsets,
    metricKey: Int32Array.from(keys),
    metricValue: Float64Array.from(values),
    metricPeriod,
    metricKeys,
    metricCode,
    byType,
    buildMs: performance.now() - started,
  };
}

/**
 * Where a period ends, for "latest": the part after "..", or the whole; figures without a period
 * or "as of publication" count as the latest ("\uffff").
 */
export function periodEnd(period: string): string {
  if (period === "" || period === "as of publication") return "\uffff";
  const dots = period.indexOf("..");
  if (dots < 0) return period;
  const end = period.slice(dots + 2);
  return end === "" ? "\uffff" : end;
}

/**
 * The slot of entity i's figure for metric `code`: with `period`, the first figure of exactly that
 * period; without, the latest one (see periodEnd; the first among equals). -1 when none.
 */
export function metricSlot(c: EntityColumns, i: number, code: number, period: string | null): number {
  let best = -1;
  let bestEnd = "";
  for (let s = c.metricOffsets[i]!; s < c.metricOffsets[i + 1]!; s++) {
    if (c.metricKey[s] !== code) continue;
    if (period !== null) {
      if (c.metricPeriod[s] === period) return s;
      continue;
    }
    const end = periodEnd(c.metricPeriod[s]!);
    if (best < 0 || end > bestEnd) {
      best = s;
      bestEnd = end;
    }
  }
  return best;
}
