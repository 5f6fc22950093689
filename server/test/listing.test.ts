// Paging through the whole graph with `entities` and `relations`: every item exactly once, type
// filters, cursors that belong to their own connection, bad arguments named.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { gql, gqlRaw } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const graph = twoZoneGraph();
const app = createApp(graph, { webDist: "/nonexistent" });

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: N }[];
}

/** Walks a connection page by page and returns every node seen. */
async function walk<N>(
  field: "entities" | "relations",
  selection: string,
  first: number,
  types?: string[],
): Promise<{ nodes: N[]; totals: number[] }> {
  const nodes: N[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (;;) {
    const typeArg = types ? `types: [${types.join(",")}], ` : "";
    const r: Record<string, Page<N>> = await gql(
      app,
      `query($after: String) { ${field}(${typeArg}first: ${first}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${selection} } } } }`,
      { after },
    );
    const page = r[field]!;
    totals.push(page.totalCount);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totals };
    after = page.pageInfo.endCursor;
  }
}

describe("entities and relations connections", () => {
  it("returns every entity exactly once across pages", async () => {
    const { nodes, totals } = await walk<{ rawId: string }>("entities", "rawId", 3);
    expect(nodes.map((n) => n.rawId).sort()).toEqual(graph.nodes().sort());
    expect(new Set(totals)).toEqual(new Set([graph.order]));
  });

  it("returns every relation exactly once with its ends", async () => {
    const { nodes } = await walk<{ rawId: string; from: { rawId: string }; to: { rawId: string } }>(
      "relations",
      "rawId from { rawId } to { rawId }",
      4,
    );
    expect(nodes.map((n) => n.rawId).sort()).toEqual(graph.edges().sort());
    for (const n of nodes) {
      expect(n.from.rawId).toBe(graph.source(n.rawId));
      expect(n.to.rawId).toBe(graph.target(n.rawId));
    }
  });

  it("filters by type", async () => {
    const { nodes } = await walk<{ type: string }>("entities", "type", 100, ["ZONE", "COMPANY"]);
    const expected = graph.filterNodes((_k, a) => a.type === "ZONE" || a.type === "COMPANY").length;
    expect(nodes).toHaveLength(expected);
    expect(new Set(nodes.map((n) => n.type))).toEqual(new Set(["ZONE", "COMPANY"]));
    const rel = await walk<{ type: string }>("relations", "type", 100, ["LOCATED_IN"]);
    expect(rel.nodes.length).toBe(graph.filterEdges((_k, a) => a.type === "LOCATED_IN").length);
  });

  it("refuses another connection's cursor and an out-of-range first, naming the argument", async () => {
    const e = await gql<{ entities: Page<unknown> }>(
      app,
      `{ entities(first: 1) { pageInfo { endCursor } } }`,
    );
    const bad = await gqlRaw(app, `query($a: String) { relations(after: $a) { totalCount } }`, {
      a: e.entities.pageInfo.endCursor,
    });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
    const neg = await gqlRaw(app, `{ entities(first: -1) { totalCount } }`);
    expect(neg.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first" });
  });
});
