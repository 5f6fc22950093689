/**
 * The analyst-query figures of `pnpm bench` (issue 14), each against a plain scan of the same
 * question in the same run: a selective filter (type + region + numeric range), an aggregate by
 * zone over all projects, the first 100 companies by a metric; and what the query indexes cost to
 * build (ms) and hold (MB of heap and array buffers), built here as the first query would.
 */
import { groupEntities, numberStats } from "@zonegraph/server/graph/aggregate";
import { filterEntities, type EntityFilter } from "@zonegraph/server/graph/entity-filter";
import { sortedPage } from "@zonegraph/server/graph/entity-sort";
import { QueryIndex } from "@zonegraph/server/graph/query-index";
import { entityTypeCode, relationTypeCode } from "@zonegraph/server/graph/store";
import { tiedResult } from "@zonegraph/server/graph/tied-to-zone";
import type { GraphState } from "@zonegraph/server/state/graph-state";
import { timeIt, type Timing } from "./measure.ts";

/** One analyst figure: the server's time and the plain scan's, with what was asked. */
export interface AnalystFigure {
  label: string;
  server: Timing;
  scan: Timing;
  /** Whether both gave the same answer. */
  same: boolean;
}

/** Everything the analyst part measures. */
export interface AnalystFigures {
  filter: AnalystFigure;
  aggregate: AnalystFigure;
  sort: AnalystFigure;
  /** Build time of each query index (ms) and the memory they hold (MB). */
  indexes: { buildMs: Record<string, number>; totalMs: number; memoryMb: number };
}

const memory = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Measures the analyst figures on a loaded state (its zone overview is built first, as main.ts warms it). */
export function analystBench(state: GraphState): AnalystFigures {
  const { store } = state;
  const n = store.entityCount;
  state.overview.get();
  const before = memory();
  const q = new QueryIndex(state);
  const PROJECT = entityTypeCode("PROJECT");
  const COMPANY = entityTypeCode("COMPANY");
  const REGION = entityTypeCode("REGION");
  const started = performance.now();
  // The indexes these questions use, built once as the first such query would build them.
  void q.columns;
  void q.idRank;
  q.number("investmentYuan");
  const metricKey = "patents_granted";
  q.metric(metricKey, null);
  const totalMs = performance.now() - started;
  const memoryMb = Math.max(0, memory() - before) / (1024 * 1024);

  // (1) A selective filter: projects ≥ 1e9 yuan within the region holding the most entities.
  let region = -1;
  let regionSize = -1;
  const placement = new Set([relationTypeCode("LOCATED_IN"), relationTypeCode("PART_OF")]);
  for (let i = 0; i < n; i++) {
    if (store.entityType[i] !== REGION) continue;
    let hasParent = false;
    for (let s = store.out.offsets[i]!; s < store.out.offsets[i + 1]!; s++)
      if (placement.has(store.edgeType[store.out.edges[s]!]!)) hasParent = true;
    if (hasParent) continue;
    const size = q.regionEntities(i).length;
    if (size > regionSize) [region, regionSize] = [i, size];
  }
  const filter: EntityFilter = {
    op: "AND",
    parts: [
      { op: "type", types: ["PROJECT"] },
      { op: "inRegion", region },
      { op: "number", field: "investmentYuan", range: { gte: 1e9 } },
    ],
  };
  const serverFilter = (): Int32Array => sortedPage(q, filterEntities(q, filter), [], 0, 100);
  // The plain scan: every entity, its type, its record's investment, its placements walked up.
  const within = (x: number): boolean => {
    const seen = new Set<number>();
    const stack = [x];
    while (stack.length > 0) {
      const y = stack.pop()!;
      for (let s = store.out.offsets[y]!; s < store.out.offsets[y + 1]!; s++) {
        const t = store.out.targets[s]!;
        if (!placement.has(store.edgeType[store.out.edges[s]!]!) || seen.has(t)) continue;
        if (t === region) return true;
        seen.add(t);
        stack.push(t);
      }
    }
    return false;
  };
  const scanFilter = (): Int32Array => {
    const out: number[] = [];
    for (let i = 0; i < n && out.length < 100; i++)
      if (store.entityType[i] === PROJECT && (store.entityFigures(i).investmentYuan ?? 0) >= 1e9 && within(i))
        out.push(i);
    return Int32Array.from(out);
  };
  const filterFigure: AnalystFigure = {
    label: `projects ≥ 10亿元 within ${store.entityName(region)} (${regionSize} entities): first 100`,
    server: timeIt(serverFilter, { minMs: 300 }),
    scan: timeIt(scanFilter, { minMs: 300, minRuns: 3 }),
    same: String(serverFilter()) === String(scanFilter()),
  };

  // (2) Projects by zone (members), with their count and investment sum per zone.
  const projects = q.columns.byType[PROJECT]!;
  const serverAggregate = (): string[] =>
    groupEntities(q, projects, ["ZONE"], new Set([1])).map(
      (b) => `${b.keys[0]}:${b.items.length}:${numberStats(q.columns.numbers.investmentYuan, b.items).sum}`,
    );
  const zones = Array.from(state.overview.get().zones);
  const scanAggregate = (): string[] => {
    const rows: [number, number, number][] = [];
    for (const z of zones) {
      const r = tiedResult(store, z, 4, state.tied.scratch);
      let count = 0;
      let sum = 0;
      for (let s = 0; s < r.memberCount; s++) {
        const x = r.entities[s]!;
        if (store.entityType[x] !== PROJECT) continue;
        count++;
        sum += store.entityFigures(x).investmentYuan ?? 0;
      }
      if (count > 0) rows.push([z, count, sum]);
    }
    rows.sort((a, b) => b[1] - a[1] || store.nameRank[a[0]]! - store.nameRank[b[0]]!);
    return rows.map(([z, c, s]) => `${z}:${c}:${s}`);
  };
  const aggregateFigure: AnalystFigure = {
    label: `aggregate of all ${projects.length} projects grouped by zone (count, investment sum)`,
    server: timeIt(serverAggregate, { minMs: 300, minRuns: 3 }),
    scan: timeIt(scanAggregate, { minMs: 300, minRuns: 3 }),
    same: serverAggregate().join() === scanAggregate().join(),
  };

  // (3) The first 100 companies by a metric, descending (missing last, ties by id).
  const companies = q.columns.byType[COMPANY]!;
  const spec = [{ field: "METRIC" as const, direction: "DESC" as const, metricKey, period: null }];
  const serverSort = (): Int32Array => sortedPage(q, companies, spec, 0, 100);
  const scanSort = (): Int32Array => {
    const value = (i: number): number => {
      const m = store.entityFigures(i).metrics.filter((f) => f.key === metricKey);
      return m.length === 0 ? NaN : m[m.length - 1]!.value;
    };
    const rows = Array.from(companies, (i) => ({ i, v: value(i), id: store.entityId(i) }));
    rows.sort((a, b) => {
      const ma = Number.isNaN(a.v);
      const mb = Number.isNaN(b.v);
      if (ma !== mb) return ma ? 1 : -1;
      if (!ma && a.v !== b.v) return b.v - a.v;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    return Int32Array.from(rows.slice(0, 100), (r) => r.i);
  };
  const sortFigure: AnalystFigure = {
    label: `first 100 of ${companies.length} companies by metric ${metricKey}, descending`,
    server: timeIt(serverSort, { minMs: 300 }),
    scan: timeIt(scanSort, { minMs: 300, minRuns: 3 }),
    same: String(serverSort()) === String(scanSort()),
  };
  return {
    filter: filterFigure,
    aggregate: aggregateFigure,
    sort: sortFigure,
    indexes: { buildMs: { ...q.buildMs }, totalMs, memoryMb },
  };
}
