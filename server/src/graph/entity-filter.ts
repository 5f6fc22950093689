/**
 * Entity filters (what `where` means, with no GraphQL in it): a filter tree is compiled into nodes
 * that can test one entity and, when an index answers them, list their matches. An AND starts from
 * its most selective listed child (a type list, a region's contents, a zone's ties, a range of a
 * sorted column, name forms of the search index) and tests the rest on those candidates; only a
 * filter with nothing listable scans the graph.
 */
import type { EntityType, RelationType } from "@zonegraph/graph-data/ontology";
import type { Direction } from "./adjacency.ts";
import { ENUM_FIELDS, type EnumField, type NumberField } from "./entity-columns.ts";
import type { QueryIndex, SortedColumn } from "./query-index.ts";
import { entityTypeCode, relationTypeCode } from "./store.ts";
import type { TieRole } from "./tied-to-zone.ts";

/** A numeric condition: every bound given must hold. */
export interface NumberRange {
  eq?: number;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

/** A date condition on "YYYY", "YYYY-MM" or "YYYY-MM-DD" text, compared at the bound's precision. */
export interface DateRange {
  eq?: string;
  gt?: string;
  gte?: string;
  lt?: string;
  lte?: string;
}

/** A filter over entities (see the module header). */
export type EntityFilter =
  | { op: "AND"; parts: EntityFilter[] }
  | { op: "OR"; parts: EntityFilter[] }
  | { op: "NOT"; part: EntityFilter }
  | { op: "type"; types: EntityType[] }
  | { op: "name"; match: "eq" | "startsWith" | "contains"; text: string }
  | { op: "tiedTo"; zone: number; role: TieRole | null; maxHops: number }
  | { op: "inRegion"; region: number }
  | { op: "number"; field: NumberField; range: NumberRange }
  | { op: "enum"; field: EnumField; values: string[] }
  | { op: "established"; range: DateRange }
  | { op: "capacity"; unit: string | null; range: NumberRange }
  | { op: "metric"; key: string; period: string | null; range: NumberRange }
  | { op: "degree"; range: NumberRange }
  | { op: "relation"; types: RelationType[] | null; direction: Direction; other: EntityFilter | null };

/** A compiled filter: a test, and the ascending list of matches when an index gives it cheaply. */
interface Node {
  /** How many entities list() returns (Infinity when it cannot list). */
  size: number;
  list(): Int32Array;
  test(i: number): boolean;
}

/** Whether `v` meets every bound of `r` (NaN, an absent value, never does). */
export function inRange(v: number, r: NumberRange): boolean {
  if (Number.isNaN(v)) return false;
  return (
    (r.eq === undefined || v === r.eq) &&
    (r.gt === undefined || v > r.gt) &&
    (r.gte === undefined || v >= r.gte) &&
    (r.lt === undefined || v < r.lt) &&
    (r.lte === undefined || v <= r.lte)
  );
}

/** Whether date text `d` meets every bound of `r`, each compared on the bound's length. */
export function inDateRange(d: string, r: DateRange): boolean {
  if (d === "") return false;
  const cut = (b: string): string => d.slice(0, b.length);
  return (
    (r.eq === undefined || cut(r.eq) === r.eq) &&
    (r.gt === undefined || cut(r.gt) > r.gt) &&
    (r.gte === undefined || cut(r.gte) >= r.gte) &&
    (r.lt === undefined || cut(r.lt) < r.lt) &&
    (r.lte === undefined || cut(r.lte) <= r.lte)
  );
}

const has = (sorted: Int32Array, i: number): boolean => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === i;
};

/** A node that lists its matches (built on first need); `size` saves building them to compare. */
function listed(list: () => Int32Array, size?: number): Node {
  let cached: Int32Array | undefined;
  const get = (): Int32Array => (cached ??= list());
  return { size: size ?? get().length, list: get, test: (i) => has(get(), i) };
}

const tested = (test: (i: number) => boolean): Node => ({
  size: Infinity,
  list: () => {
    throw new Error("server/src/graph/entity-filter: this condition cannot list its matches");
  },
  test,
});

// First index of sorted values >= v (strict: > v).
function bound(sorted: Float64Array, v: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v || (strict && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entities of a sorted column within a range, as a node that lists them ascending. */
function rangeNode(c: SortedColumn, r: NumberRange): Node {
  let from = 0;
  let to = c.sorted.length;
  const lower = (v: number, strict: boolean): void =>
    void (from = Math.max(from, bound(c.sorted, v, strict)));
  const upper = (v: number, strict: boolean): void => void (to = Math.min(to, bound(c.sorted, v, !strict)));
  if (r.eq !== undefined) {
    lower(r.eq, false);
    upper(r.eq, false);
  }
  if (r.gt !== undefined) lower(r.gt, true);
  if (r.gte !== undefined) lower(r.gte, false);
  if (r.lt !== undefined) upper(r.lt, true);
  if (r.lte !== undefined) upper(r.lte, false);
  const size = Math.max(0, to - from);
  let cached: Int32Array | undefined;
  return {
    size,
    list: () => (cached ??= size > 0 ? c.entities.slice(from, to).sort() : new Int32Array(0)),
    test: (i) => inRange(c.values[i]!, r),
  };
}

function union(lists: Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0]!;
  const all = new Int32Array(lists.reduce((s, l) => s + l.length, 0));
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let k = 0;
  for (let j = 0; j < all.length; j++) if (j === 0 || all[j] !== all[j - 1]) all[k++] = all[j]!;
  return all.subarray(0, k);
}

function compile(q: QueryIndex, f: EntityFilter): Node {
  const { store, search, tied } = q.sources;
  switch (f.op) {
    case "AND": {
      const parts = f.parts.map((p) => compile(q, p));
      if (parts.length === 0) return tested(() => true);
      const lead = parts.reduce((a, b) => (b.size < a.size ? b : a));
      const rest = parts.filter((p) => p !== lead);
      const test = (i: number): boolean => rest.every((p) => p.test(i));
      if (lead.size === Infinity) return tested((i) => lead.test(i) && test(i));
      return listed(() => lead.list().filter(test));
    }
    case "OR": {
      const parts = f.parts.map((p) => compile(q, p));
      if (parts.length === 0) return listed(() => new Int32Array(0));
      if (parts.some((p) => p.size === Infinity)) return tested((i) => parts.some((p) => p.test(i)));
      return listed(() => union(parts.map((p) => p.list())));
    }
    case "NOT": {
      const part = compile(q, f.part);
      return tested((i) => !part.test(i));
    }
    case "type": {
      const lists = [...new Set(f.types)].map((t) => q.columns.byType[entityTypeCode(t)]!);
      return listed(
        () => union(lists),
        lists.reduce((s, l) => s + l.length, 0),
      );
    }
    case "name":
      return listed(() => search.entitiesMatching(f.text, f.match));
    case "tiedTo":
      return listed(() => {
        const r = tied.result(f.zone, f.maxHops);
        const want = f.role === "MEMBER" ? 1 : f.role === "COUNTERPARTY" ? 2 : 0;
        return r.entities.filter((_, s) => want === 0 || r.roles[s] === want).sort();
      });
    case "inRegion":
      return listed(() => q.regionEntities(f.region));
    case "number":
      return rangeNode(q.number(f.field), f.range);
    case "metric":
      return rangeNode(q.metric(f.key, f.period), f.range);
    case "degree": {
      const d = q.degree;
      return tested((i) => inRange(d[i]!, f.range));
    }
    case "enum": {
      const column = q.columns.enums[f.field];
      const values: readonly string[] = ENUM_FIELDS[f.field].values;
      const codes = new Set(f.values.map((v) => values.indexOf(v)));
      return tested((i) => codes.has(column[i]!));
    }
    case "established": {
      const column = q.columns.established;
      return tested((i) => inDateRange(column[i]!, f.range));
    }
    case "capacity": {
      const column = q.columns.capacity;
      return tested(
        (i) =>
          column.get(i)?.some((c) => (f.unit === null || c.unit === f.unit) && inRange(c.value, f.range)) ??
          false,
      );
    }
    case "relation": {
      const codes = f.types ? new Set(f.types.map(relationTypeCode)) : null;
      const other = f.other ? compile(q, f.other) : null;
      // i's relations in `direction`, each with the entity at its other end.
      const each = (i: number, visit: (other: number) => boolean, reverse: boolean): boolean => {
        const dir = reverse
          ? f.direction === "OUT"
            ? "IN"
            : f.direction === "IN"
              ? "OUT"
              : "BOTH"
          : f.direction;
        for (const csr of dir === "OUT" ? [store.out] : dir === "IN" ? [store.in] : [store.out, store.in])
          for (let s = csr.offsets[i]!; s < csr.offsets[i + 1]!; s++)
            if ((!codes || codes.has(store.edgeType[csr.edges[s]!]!)) && visit(csr.targets[s]!)) return true;
        return false;
      };
      const test = (i: number): boolean => each(i, (j) => !other || other.test(j), false);
      if (!other || other.size === Infinity) return tested(test);
      // Few others: walk back from them instead of testing every entity.
      return listed(() => {
        const found = new Set<number>();
        for (const j of other.list()) each(j, (i) => (found.add(i), false), true);
        return Int32Array.from(found).sort();
      });
    }
  }
}

/** The entities matching `filter`, ascending; only among `within` (ascending) when given. */
export function filterEntities(q: QueryIndex, filter: EntityFilter, within?: Int32Array): Int32Array {
  const node = compile(q, filter);
  if (within) return within.filter((i) => node.test(i));
  if (node.size !== Infinity) return node.list();
  const n = q.sources.store.entityCount;
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (node.test(i)) out.push(i);
  return Int32Array.from(out);
}

/** A test of one entity against `filter` (for search, which ranks its own candidates). */
export function entityTest(q: QueryIndex, filter: EntityFilter): (i: number) => boolean {
  const node = compile(q, filter);
  return (i) => node.test(i);
}

/** A filter over relations: its type, whether inferred, and filters on either end. */
export type RelationFilter =
  | { op: "AND"; parts: RelationFilter[] }
  | { op: "OR"; parts: RelationFilter[] }
  | { op: "NOT"; part: RelationFilter }
  | { op: "type"; types: RelationType[] }
  | { op: "inferred"; value: boolean }
  | { op: "from" | "to"; entity: EntityFilter };

function relationTest(q: QueryIndex, f: RelationFilter): (e: number) => boolean {
  const { store } = q.sources;
  switch (f.op) {
    case "AND": {
      const parts = f.parts.map((p) => relationTest(q, p));
      return (e) => parts.every((p) => p(e));
    }
    case "OR": {
      const parts = f.parts.map((p) => relationTest(q, p));
      return (e) => parts.some((p) => p(e));
    }
    case "NOT": {
      const part = relationTest(q, f.part);
      return (e) => !part(e);
    }
    case "type": {
      const codes = new Set(f.types.map(relationTypeCode));
      return (e) => codes.has(store.edgeType[e]!);
    }
    case "inferred":
      return (e) => store.relationInferred(e) === f.value;
    case "from": {
      const test = entityTest(q, f.entity);
      return (e) => test(store.edgeSrc[e]!);
    }
    case "to": {
      const test = entityTest(q, f.entity);
      return (e) => test(store.edgeDst[e]!);
    }
  }
}

/** The relations (edge indices, ascending) matching `filter`. */
export function filterRelations(q: QueryIndex, filter: RelationFilter): Int32Array {
  const test = relationTest(q, filter);
  const m = q.sources.store.relationCount;
  const out: number[] = [];
  for (let e = 0; e < m; e++) if (test(e)) out.push(e);
  return Int32Array.from(out);
}
