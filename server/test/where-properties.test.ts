// Property tests (fast-check): on random graphs, random `where` filters, orders and groupings give
// exactly what a naive reference written here gives — each entity checked on its own record by
// walking the graph's relations, whole sets sorted with one comparator, buckets built by brute force.
import { MultiDirectedGraph } from "graphology";
import type {
  EntityAttributes,
  GraphAttributes,
  Metric,
  RelationAttributes,
  ZoneGraph,
} from "@zonegraph/graph-data";
import type {
  EntityType,
  Level,
  MetricKey,
  ProjectStatus,
  RelationType,
} from "@zonegraph/graph-data/ontology";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupEntities, type AggregateGroup } from "../src/graph/aggregate.ts";
import { filterEntities, type EntityFilter, type NumberRange } from "../src/graph/entity-filter.ts";
import { sortedPage, type OrderSpec } from "../src/graph/entity-sort.ts";
import { QueryIndex } from "../src/graph/query-index.ts";
import { tiedToZone } from "../src/graph/tied-to-zone.ts";
import { buildGraphState } from "../src/state/graph-state.ts";

const TYPES: EntityType[] = ["ZONE", "REGION", "COMPANY", "PLATFORM", "PROJECT", "INVESTOR"];
const RELS: RelationType[] = ["LOCATED_IN", "PART_OF", "HOSTED_BY", "OWNED_BY", "FUNDED_BY"];
const LEVELS: Level[] = ["NATIONAL", "PROVINCIAL"];
const STATUSES: ProjectStatus[] = ["SIGNED", "STARTED", "OPERATING"];
const KEYS: MetricKey[] = ["rd_staff", "patents_granted"];
const PERIODS = [undefined, "2021", "2022", "2022-01..2022-11", "as of publication"];
const LETTERS = ["ab", "abc", "b", "ba", "Ca", "cab"];

interface Spec {
  entities: {
    type: EntityType;
    name: string;
    investment: number | null;
    status: number | null;
    level: number | null;
    metrics: { key: number; period: number; value: number }[];
  }[];
  edges: { from: number; to: number; type: number }[];
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  entities: fc.array(
    fc.record({
      type: fc.constantFrom(...TYPES),
      name: fc.constantFrom(...LETTERS),
      investment: fc.option(fc.integer({ min: 0, max: 5 }).map((v) => v * 1e8)),
      status: fc.option(fc.nat({ max: STATUSES.length - 1 })),
      level: fc.option(fc.nat({ max: LEVELS.length - 1 })),
      metrics: fc.array(
        fc.record({
          key: fc.nat({ max: KEYS.length - 1 }),
          period: fc.nat({ max: PERIODS.length - 1 }),
          value: fc.integer({ min: 0, max: 9 }),
        }),
        { maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 24 },
  ),
  edges: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), type: fc.nat({ max: RELS.length - 1 }) }), {
    maxLength: 40,
  }),
});

function graphOf(spec: Spec): ZoneGraph {
  const g: ZoneGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
  g.replaceAttributes({ name: "random", sources: [] });
  spec.entities.forEach((e, i) => {
    const a: EntityAttributes = {
      id: `e${String(i).padStart(2, "0")}`,
      type: e.type,
      name: e.name,
      nameEn: "",
      aliases: [],
      evidence: [],
      metrics: e.metrics.map((m): Metric => ({
        key: KEYS[m.key]!,
        label: { zh: "", en: "" },
        value: m.value,
        unit: "count",
        ...(PERIODS[m.period] === undefined ? {} : { period: PERIODS[m.period]! }),
        evidence: [],
      })),
    };
    if (e.type === "PROJECT" && e.investment !== null) a.investmentYuan = e.investment;
    if (e.type === "PROJECT" && e.status !== null) a.status = STATUSES[e.status]!;
    if ((e.type === "ZONE" || e.type === "PLATFORM") && e.level !== null) a.level = LEVELS[e.level]!;
    g.addNode(a.id, a);
  });
  const n = spec.entities.length;
  spec.edges.forEach((e, k) => {
    const from = `e${String(e.from % n).padStart(2, "0")}`;
    const to = `e${String(e.to % n).padStart(2, "0")}`;
    g.addEdgeWithKey(`r${k}`, from, to, { id: `r${k}`, type: RELS[e.type]!, evidence: [] });
  });
  return g;
}

// ---- the naive reference ----

const isContainer = (a: EntityAttributes): boolean => a.type === "ZONE" || a.type === "REGION";
const placements = (g: ZoneGraph, x: string): string[] =>
  g
    .outEdges(x)
    .filter((e) => ["LOCATED_IN", "PART_OF"].includes(g.getEdgeAttribute(e, "type")))
    .map((e) => g.target(e))
    .filter((y) => isContainer(g.getNodeAttributes(y)));

function within(g: ZoneGraph, x: string, region: string): boolean {
  if (x === region) return false;
  const seen = new Set<string>();
  const stack = isContainer(g.getNodeAttributes(x)) ? [x] : placements(g, x);
  while (stack.length > 0) {
    const y = stack.pop()!;
    if (y === region) return true;
    if (seen.has(y)) continue;
    seen.add(y);
    stack.push(...placements(g, y));
  }
  return false;
}

function periodRank(p: string | undefined): string {
  if (p === undefined || p === "as of publication") return "~";
  return p.includes("..") ? p.split("..")[1]! || "~" : p;
}

function metricOf(a: EntityAttributes, key: string, period: string | null): number {
  const figures = a.metrics.filter((m) => m.key === key && (period === null || m.period === period));
  if (figures.length === 0) return NaN;
  if (period !== null) return figures[0]!.value;
  let best = figures[0]!;
  for (const m of figures) if (periodRank(m.period) > periodRank(best.period)) best = m;
  return best.value;
}

const fits = (v: number, r: NumberRange): boolean =>
  !Number.isNaN(v) &&
  (r.eq === undefined || v === r.eq) &&
  (r.gt === undefined || v > r.gt) &&
  (r.gte === undefined || v >= r.gte) &&
  (r.lt === undefined || v < r.lt) &&
  (r.lte === undefined || v <= r.lte);

function naiveMatch(g: ZoneGraph, ids: string[], x: string, f: EntityFilter): boolean {
  const a = g.getNodeAttributes(x);
  switch (f.op) {
    case "AND":
      return f.parts.every((p) => naiveMatch(g, ids, x, p));
    case "OR":
      return f.parts.some((p) => naiveMatch(g, ids, x, p));
    case "NOT":
      return !naiveMatch(g, ids, x, f.part);
    case "type":
      return f.types.includes(a.type);
    case "name": {
      const q = f.text.toLowerCase();
      const forms = [a.name.toLowerCase()];
      return forms.some((s) =>
        f.match === "eq" ? s === q : f.match === "startsWith" ? s.startsWith(q) : s.includes(q),
      );
    }
    case "inRegion":
      return within(g, x, ids[f.region]!);
    case "number":
      return fits(f.field === "investmentYuan" ? (a.investmentYuan ?? NaN) : NaN, f.range);
    case "enum": {
      const v = f.field === "status" ? a.status : f.field === "level" ? a.level : undefined;
      return v !== undefined && (f.values as string[]).includes(v);
    }
    case "metric":
      return fits(metricOf(a, f.key, f.period), f.range);
    case "degree":
      return fits(g.degree(x), f.range);
    case "relation": {
      const ends: [string, string][] = [];
      if (f.direction !== "IN") for (const e of g.outEdges(x)) ends.push([e, g.target(e)]);
      if (f.direction !== "OUT") for (const e of g.inEdges(x)) ends.push([e, g.source(e)]);
      return ends.some(
        ([e, other]) =>
          (!f.types || f.types.includes(g.getEdgeAttribute(e, "type"))) &&
          (!f.other || naiveMatch(g, ids, other, f.other)),
      );
    }
    default:
      throw new Error(`reference: ${f.op} is not generated`);
  }
}

// ---- random arguments ----

const rangeArb: fc.Arbitrary<NumberRange> = fc.record(
  {
    eq: fc.integer({ min: 0, max: 9 }),
    gt: fc.integer({ min: -1, max: 9 }),
    gte: fc.integer({ min: 0, max: 9 }),
    lt: fc.integer({ min: 0, max: 10 }),
    lte: fc.integer({ min: 0, max: 9 }),
  },
  { requiredKeys: [] },
);

function filterArb(regions: number[]): fc.Arbitrary<EntityFilter> {
  const leaf: fc.Arbitrary<EntityFilter> = fc.oneof(
    fc.subarray(TYPES, { minLength: 1 }).map((types): EntityFilter => ({ op: "type", types })),
    fc
      .record({
        match: fc.constantFrom("eq" as const, "startsWith" as const, "contains" as const),
        text: fc.constantFrom("a", "ab", "b", "c", "CA"),
      })
      .map((r): EntityFilter => ({ op: "name", ...r })),
    fc
      .constantFrom(...(regions.length > 0 ? regions : [-1]))
      .map((region): EntityFilter =>
        region < 0 ? { op: "type", types: ["REGION"] } : { op: "inRegion", region },
      ),
    rangeArb.map((r): EntityFilter => ({
      op: "number",
      field: "investmentYuan",
      range: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v * 1e8])),
    })),
    fc
      .subarray(STATUSES as string[], { minLength: 1 })
      .map((values): EntityFilter => ({ op: "enum", field: "status", values })),
    fc
      .subarray(LEVELS as string[], { minLength: 1 })
      .map((values): EntityFilter => ({ op: "enum", field: "level", values })),
    fc
      .record({
        key: fc.constantFrom(...KEYS),
        period: fc.constantFrom(null, "2021", "2022", "as of publication"),
        range: rangeArb,
      })
      .map((m): EntityFilter => ({ op: "metric", ...m })),
    rangeArb.map((range): EntityFilter => ({ op: "degree", range })),
  );
  const withRelation = fc.oneof(
    leaf,
    fc
      .record({
        types: fc.option(fc.subarray(RELS, { minLength: 1, maxLength: 1 })),
        direction: fc.constantFrom("OUT" as const, "IN" as const, "BOTH" as const),
        other: fc.option(leaf),
      })
      .map((r): EntityFilter => ({ op: "relation", ...r })),
  );
  return fc.letrec<{ f: EntityFilter }>((tie) => ({
    f: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      withRelation,
      fc.array(tie("f"), { minLength: 1, maxLength: 3 }).map((parts): EntityFilter => ({ op: "AND", parts })),
      fc.array(tie("f"), { minLength: 1, maxLength: 3 }).map((parts): EntityFilter => ({ op: "OR", parts })),
      tie("f").map((part): EntityFilter => ({ op: "NOT", part })),
    ),
  })).f;
}

const caseArb = specArb.chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    filter: filterArb(spec.entities.flatMap((e, i) => (e.type === "REGION" ? [i] : []))),
  }),
);

function setup(spec: Spec) {
  const g = graphOf(spec);
  const state = buildGraphState(g);
  const q = new QueryIndex(state);
  const ids = g.nodes();
  return { g, state, q, ids };
}

describe("where, orderBy and aggregate against a naive reference", () => {
  it("filters as the reference does", () => {
    fc.assert(
      fc.property(caseArb, ({ spec, filter }) => {
        const { g, state, q, ids } = setup(spec);
        const got = Array.from(filterEntities(q, filter), (i) => state.store.entityId(i));
        const want = ids.filter((x) => naiveMatch(g, ids, x, filter));
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it("orders and pages as the reference does", () => {
    const specArbWithOrder = specArb.chain((spec) =>
      fc.record({
        spec: fc.constant(spec),
        orders: fc.array(
          fc.record({
            field: fc.constantFrom(
              "NAME" as const,
              "INVESTMENT_YUAN" as const,
              "METRIC" as const,
              "DEGREE" as const,
            ),
            direction: fc.constantFrom("ASC" as const, "DESC" as const),
            metricKey: fc.constantFrom(...KEYS),
            period: fc.constantFrom(null, "2022"),
          }),
          { minLength: 1, maxLength: 2 },
        ),
        offset: fc.nat({ max: 10 }),
        count: fc.integer({ min: 1, max: 30 }),
        types: fc.subarray(TYPES, { minLength: 1 }),
      }),
    );
    fc.assert(
      fc.property(specArbWithOrder, ({ spec, orders, offset, count, types }) => {
        const { g, state, q, ids } = setup(spec);
        const items = filterEntities(q, { op: "type", types });
        const got = Array.from(sortedPage(q, items, orders as OrderSpec[], offset, count), (i) =>
          state.store.entityId(i),
        );
        const value = (x: string, o: OrderSpec): number | string => {
          const a = g.getNodeAttributes(x);
          if (o.field === "NAME") return `${a.name.toLowerCase()}\u0000${a.name}`;
          if (o.field === "INVESTMENT_YUAN") return a.investmentYuan ?? NaN;
          if (o.field === "DEGREE") return g.degree(x);
          return metricOf(a, o.metricKey!, o.period ?? null);
        };
        const want = ids
          .filter((x) => types.includes(g.getNodeAttribute(x, "type")))
          .sort((x, y) => {
            for (const o of orders) {
              const a = value(x, o as OrderSpec);
              const b = value(y, o as OrderSpec);
              const ma = typeof a === "number" && Number.isNaN(a);
              const mb = typeof b === "number" && Number.isNaN(b);
              if (ma !== mb) return ma ? 1 : -1;
              if (ma || a === b) continue;
              return (a < b ? -1 : 1) * (o.direction === "DESC" ? -1 : 1);
            }
            return x < y ? -1 : 1;
          })
          .slice(offset, offset + count);
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it("groups as the reference does", () => {
    const groupArb = caseArb.chain((c) =>
      fc.record({
        c: fc.constant(c),
        groups: fc.shuffledSubarray(["ZONE", "REGION", "TYPE", "LEVEL", "STATUS"] as AggregateGroup[], {
          minLength: 1,
          maxLength: 2,
        }),
      }),
    );
    fc.assert(
      fc.property(groupArb, ({ c: { spec, filter }, groups }) => {
        const { g, state, q, ids } = setup(spec);
        const items = filterEntities(q, filter);
        const got = groupEntities(q, items, groups, new Set([1]))
          .map(
            (b) =>
              `${b.keys.map((k, d) => (k < 0 ? "-" : ["ZONE", "REGION"].includes(groups[d]!) ? state.store.entityId(k) : k)).join("|")}:${Array.from(b.items, (i) => state.store.entityId(i)).join(",")}`,
          )
          .sort();
        // Brute force: each item's keys per group, every combination a bucket.
        const zonesOf = new Map<string, string[]>();
        for (const z of ids.filter((x) => g.getNodeAttribute(x, "type") === "ZONE"))
          for (const tie of tiedToZone(state.store, state.store.indexOf(z), 4))
            if (tie.role === "MEMBER") {
              const x = state.store.entityId(tie.entity);
              zonesOf.set(x, [...(zonesOf.get(x) ?? []), z]);
            }
        const tops = (x: string): string[] =>
          ids.filter(
            (r) =>
              g.getNodeAttribute(r, "type") === "REGION" &&
              placements(g, r).length === 0 &&
              (r === x || within(g, x, r)),
          );
        const keyOf = (x: string, grp: AggregateGroup): string[] => {
          const a = g.getNodeAttributes(x);
          if (grp === "ZONE") return zonesOf.get(x) ?? [];
          if (grp === "REGION") return tops(x);
          if (grp === "TYPE")
            return [
              String(
                [
                  "ZONE",
                  "REGION",
                  "COMPANY",
                  "PLATFORM",
                  "PROJECT",
                  "INVESTOR",
                  "PERSON",
                  "ORGANIZATION",
                ].indexOf(a.type),
              ),
            ];
          const v = grp === "LEVEL" ? a.level : a.status;
          const list: string[] =
            grp === "LEVEL"
              ? ["NATIONAL", "PROVINCIAL", "AUTONOMOUS_REGION", "XPCC", "MUNICIPAL"]
              : ["PLANNED", "SIGNED", "STARTED", "COMPLETED", "OPERATING"];
          return [v === undefined ? "-" : String(list.indexOf(v))];
        };
        const buckets = new Map<string, string[]>();
        for (const i of items) {
          const x = state.store.entityId(i);
          let combos = [""];
          for (const grp of groups)
            combos = combos.flatMap((c) => keyOf(x, grp).map((k) => (c === "" ? k : `${c}|${k}`)));
          for (const c of combos) buckets.set(c, [...(buckets.get(c) ?? []), x]);
        }
        const want = [...buckets].map(([k, xs]) => `${k}:${xs.join(",")}`).sort();
        expect(got).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });
});
