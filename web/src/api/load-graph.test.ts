import { describe, expect, it } from "vitest";
import type { RelationSummary } from "./api-types.ts";
import { connectionOver } from "./connection-over.ts";
import { GraphQLClientError, type GraphQLRequest } from "./graphql-client.ts";
import { loadGraph, loadStart, OVERVIEW_THRESHOLD, pageThrough } from "./load-graph.ts";

const rel = (id: string, from: string, to: string): RelationSummary => ({
  id,
  type: "LOCATED_IN",
  title: null,
  inferred: false,
  from: { id: from },
  to: { id: to },
});

describe("pageThrough", () => {
  it("reads every page, asking for the next one before handling the current", async () => {
    const items = Array.from({ length: 2500 }, (_, i) => i);
    const log: string[] = [];
    const result = await pageThrough(
      async (first, after) => {
        log.push(`fetch ${after}`);
        return connectionOver(items, first, after);
      },
      { onPage: (page) => void log.push(`page ${page.length}`) },
    );
    expect(result.items).toEqual(items);
    expect(result.hasNextPage).toBe(false);
    expect(log).toEqual(["fetch null", "fetch 999", "page 1000", "fetch 1999", "page 1000", "page 500"]);
  });

  it("stops at a limit and resumes from the cursor it stopped at", async () => {
    const items = Array.from({ length: 2500 }, (_, i) => i);
    const fetchPage = async (first: number, after: string | null) => connectionOver(items, first, after);
    const head = await pageThrough(fetchPage, { limit: 1200 });
    expect(head.items).toHaveLength(1200);
    expect(head).toMatchObject({ totalCount: 2500, hasNextPage: true });
    const rest = await pageThrough(fetchPage, { after: head.endCursor });
    expect([...head.items, ...rest.items]).toEqual(items);
  });
});

describe("loadGraph", () => {
  it("pages through the entities and relations connections", async () => {
    const entities = [
      { id: "a", type: "ZONE" as const, name: "x", nameEn: null },
      { id: "b", type: "COMPANY" as const, name: "y", nameEn: null },
    ];
    const request: GraphQLRequest = async <T>(q: string, v: Record<string, unknown> = {}) => {
      const after = (v["after"] as string | null) ?? null;
      if (q.includes("EntitiesPage")) return { entities: connectionOver(entities, 1, after) } as T;
      return { relations: connectionOver([rel("r", "a", "b")], 1000, after) } as T;
    };
    const data = await loadGraph(request);
    expect(data.entities.map((e) => e.id)).toEqual(["a", "b"]);
    expect(data.relations).toHaveLength(1);
  });

  it("lets a network failure through", async () => {
    const request: GraphQLRequest = () => Promise.reject(new GraphQLClientError("network", "down"));
    await expect(loadGraph(request)).rejects.toMatchObject({ kind: "network" });
  });
});

describe("loadStart", () => {
  const overview = { zoneCount: 1, linkCount: 0, zones: [], links: [] };
  const server =
    (entityCount: number, seen: string[]): GraphQLRequest =>
    async <T>(q: string) => {
      const name = /query (\w+)/.exec(q)?.[1] ?? "";
      seen.push(name);
      if (name === "Stats") return { stats: { entityCount } } as T;
      if (name === "ZoneOverview") return { zoneOverview: overview } as T;
      if (name === "EntitiesPage") return { entities: connectionOver([], 1000, null) } as T;
      return { relations: connectionOver([], 1000, null) } as T;
    };

  it("loads the whole graph when it is small", async () => {
    const seen: string[] = [];
    expect((await loadStart(server(OVERVIEW_THRESHOLD, seen))).kind).toBe("full");
    expect(seen).not.toContain("ZoneOverview");
  });

  it("opens on the zone overview above the threshold, without paging the graph", async () => {
    const seen: string[] = [];
    const start = await loadStart(server(OVERVIEW_THRESHOLD + 1, seen));
    expect(start).toEqual({ kind: "overview", entityCount: OVERVIEW_THRESHOLD + 1, overview });
    expect(seen).toEqual(["Stats", "ZoneOverview"]);
  });
});
