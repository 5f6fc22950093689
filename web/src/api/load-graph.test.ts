import { describe, expect, it } from "vitest";
import type { RelationSummary } from "./api-types.ts";
import { distancesFrom, loadGraph } from "./load-graph.ts";
import { GraphQLClientError, type GraphQLRequest } from "./graphql-client.ts";

const rel = (id: string, from: string, to: string): RelationSummary => ({ id, type: "LOCATED_IN", from: { id: from }, to: { id: to } });

describe("loadGraph", () => {
  it("pages through the entities and relations connections", async () => {
    const calls: Record<string, unknown>[] = [];
    const request: GraphQLRequest = async <T>(_q: string, v: Record<string, unknown> = {}) => {
      calls.push(v);
      const second = v["entitiesAfter"] === "e1";
      return {
        entities: v["withEntities"]
          ? { totalCount: 2, pageInfo: { hasNextPage: !second, endCursor: "e1" }, edges: [{ node: { id: second ? "b" : "a", type: "ZONE", name: "x", nameEn: null } }] }
          : undefined,
        relations: v["withRelations"] ? { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: "r1" }, edges: [{ node: rel("r", "a", "b") }] } : undefined,
      } as T;
    };
    const data = await loadGraph(request);
    expect(data.entities.map((e) => e.id)).toEqual(["a", "b"]);
    expect(data.relations).toHaveLength(1);
    expect(calls[1]).toMatchObject({ withRelations: false, entitiesAfter: "e1" });
  });

  it("falls back to zones and neighbourhoods on a server without the connections", async () => {
    // A chain z - a - b - c - d: d lies beyond the zone's radius-3 ball.
    const chain = [rel("r1", "a", "z"), rel("r2", "b", "a"), rel("r3", "c", "b"), rel("r4", "d", "c")];
    const entity = (id: string) => ({ id, type: "COMPANY" as const, name: id, nameEn: null });
    const within = (center: string) => {
      const ids = ["z", "a", "b", "c", "d"];
      const i = ids.indexOf(center);
      const keep = ids.filter((_id, k) => Math.abs(k - i) <= 3);
      return { entities: keep.map(entity), relations: chain.filter((r) => keep.includes(r.from.id) && keep.includes(r.to.id)) };
    };
    const request: GraphQLRequest = async <T>(q: string, v: Record<string, unknown> = {}) => {
      if (q.includes("GraphPage")) throw new GraphQLClientError("graphql", 'Cannot query field "entities"');
      if (q.includes("zones")) return { zones: [entity("z")] } as T;
      return { neighborhood: within(String(v["id"])) } as T;
    };
    const data = await loadGraph(request);
    expect(data.entities.map((e) => e.id).sort()).toEqual(["a", "b", "c", "d", "z"]);
    expect(data.relations).toHaveLength(4);
  });

  it("lets a network failure through", async () => {
    const request: GraphQLRequest = () => Promise.reject(new GraphQLClientError("network", "down"));
    await expect(loadGraph(request)).rejects.toMatchObject({ kind: "network" });
  });

  it("measures distances ignoring direction", () => {
    expect(distancesFrom("a", [rel("r", "b", "a"), rel("s", "b", "c")]).get("c")).toBe(2);
  });
});
