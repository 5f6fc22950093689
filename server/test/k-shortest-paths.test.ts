// k shortest paths: Yen's kernel on a tiny diamond graph, and the shortestPaths query field.
import { MultiDirectedGraph } from "graphology";
import type { EntityAttributes, GraphAttributes, RelationAttributes, ZoneGraph } from "@zonegraph/graph-data";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { kShortestPaths } from "../src/graph/k-shortest-paths.ts";
import { shortestPath } from "../src/graph/shortest-path.ts";
import { GraphStore } from "../src/graph/store.ts";
import { ev, SOURCE, twoZoneGraph } from "./fixtures/two-zones.ts";
import { gql, gqlRaw } from "./helpers.ts";

/**
 * a—b—d, a—c—d, a—e—f—d, with two relations between a and b and edges pointing either way;
 * g stands alone.
 */
function diamond(): ZoneGraph {
  const g: ZoneGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
  g.replaceAttributes({ name: "diamond", sources: [SOURCE] });
  for (const id of ["a", "b", "c", "d", "e", "f", "g"])
    g.addNode(id, {
      id,
      type: "COMPANY",
      name: id,
      nameEn: "",
      aliases: [],
      evidence: [ev("甲高新区")],
      metrics: [],
    });
  const edges: [string, string][] = [
    ["a", "b"],
    ["b", "a"],
    ["d", "b"],
    ["a", "c"],
    ["c", "d"],
    ["e", "a"],
    ["e", "f"],
    ["d", "f"],
  ];
  edges.forEach(([from, to], i) => {
    const id = `r${i}`;
    g.addEdgeWithKey(id, from, to, { id, type: "PARTNERS_WITH", evidence: [ev("甲高新区")] });
  });
  return g;
}

const store = GraphStore.fromGraph(diamond());
const ix = (id: string) => store.indexOf(id);
const names = (paths: ReturnType<typeof kShortestPaths>) =>
  paths.map((p) => p.entities.map((e) => store.entity(e).id).join(""));
const relIds = (p: { relations: number[] } | undefined) =>
  (p?.relations ?? []).map((e) => store.relation(e).id);

describe("kShortestPaths (algorithm)", () => {
  it("lists the paths shortest first, each through other entities, ignoring direction", () => {
    expect(names(kShortestPaths(store, ix("a"), ix("d"), 3))).toEqual(["abd", "acd", "aefd"]);
  });

  it("stops at the paths there are when k asks for more", () => {
    expect(names(kShortestPaths(store, ix("a"), ix("d"), 5))).toEqual(["abd", "acd", "aefd"]);
  });

  it("starts with the path shortestPath finds, taking the lower of two parallel relations", () => {
    const [first] = kShortestPaths(store, ix("a"), ix("d"), 1);
    expect(first).toEqual(shortestPath(store, ix("a"), ix("d")));
    expect(relIds(first)).toEqual(["r0", "r2"]);
  });

  it("finds nothing between unconnected entities, and the entity alone from itself", () => {
    expect(kShortestPaths(store, ix("a"), ix("g"), 3)).toEqual([]);
    expect(kShortestPaths(store, ix("c"), ix("c"), 3)).toEqual([{ entities: [ix("c")], relations: [] }]);
  });

  it("refuses a k outside 1..5", () => {
    expect(() => kShortestPaths(store, ix("a"), ix("d"), 0)).toThrow(/k must be an integer in 1\.\.5, got 0/);
    expect(() => kShortestPaths(store, ix("a"), ix("d"), 6)).toThrow(/got 6/);
  });
});

describe("shortestPaths (query)", () => {
  const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });
  const QUERY = `query($from: ID!, $to: ID!, $k: Int) { shortestPaths(from: $from, to: $to, k: $k) { length entities { rawId } } }`;
  interface Data {
    shortestPaths: { length: number; entities: { rawId: string }[] }[];
  }

  it("answers three paths by default, shortest first, the first being shortestPath's", async () => {
    const r = await gql<Data>(app, QUERY, { from: "person-a", to: "investor-shared" });
    // company-a reaches region-r through zone-a (LOCATED_IN) and through zone-b (COOPERATES_WITH).
    expect(r.shortestPaths.map((p) => p.length)).toEqual([3, 4, 4]);
    expect(r.shortestPaths.map((p) => p.entities[2]?.rawId)).toEqual(["project-a", "zone-a", "zone-b"]);
    expect(r.shortestPaths[0]?.entities.map((e) => e.rawId)).toEqual([
      "person-a",
      "company-a",
      "project-a",
      "investor-shared",
    ]);
    const ends = r.shortestPaths.map((p) => [p.entities[0]?.rawId, p.entities.at(-1)?.rawId]);
    expect(new Set(ends.map((e) => e.join("→")))).toEqual(new Set(["person-a→investor-shared"]));
  });

  it("answers k = 1 with one path, and nothing for an unknown id", async () => {
    const one = await gql<Data>(app, QUERY, { from: "person-a", to: "investor-shared", k: 1 });
    expect(one.shortestPaths).toHaveLength(1);
    const unknown = await gql<Data>(app, QUERY, { from: "person-a", to: "nope", k: 2 });
    expect(unknown.shortestPaths).toEqual([]);
  });

  it("refuses k = 6 with BAD_USER_INPUT naming k", async () => {
    const { body } = await gqlRaw<Data>(app, QUERY, { from: "person-a", to: "investor-shared", k: 6 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "k" });
    expect(body.errors?.[0]?.message).toContain("`k`");
  });
});
