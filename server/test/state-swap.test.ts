// Swapping the graph state (what a reload will do): after StateHolder.swap, every way a query is
// answered — yoga, the fast path, the response cache, the tied cache — answers from the new graph,
// and nothing computed on the old one is served again.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createServedApp } from "../src/app/create-app.ts";
import { CACHE_HEADER } from "../src/front/response-cache.ts";
import { createRequestHandler, EXEC_HEADER, type HandlerOptions } from "../src/front/request-handler.ts";
import { buildGraphState } from "../src/state/graph-state.ts";
import { StateHolder } from "../src/state/state-holder.ts";
import { ev, twoZoneGraph } from "./fixtures/two-zones.ts";
import { gql } from "./helpers.ts";

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

/** The fixture with one more company located in zone A, and zone A renamed. */
function grownGraph(): ReturnType<typeof twoZoneGraph> {
  const g = twoZoneGraph();
  g.setNodeAttribute("zone-a", "name", "甲新高新区");
  g.addNode("company-new", {
    id: "company-new",
    type: "COMPANY",
    name: "新公司",
    nameEn: "",
    aliases: [],
    evidence: [ev("甲高新区")],
    metrics: [],
  });
  g.addEdgeWithKey("r-new", "company-new", "zone-a", {
    id: "r-new",
    type: "LOCATED_IN",
    evidence: [ev("甲高新区位于某某市")],
  });
  return g;
}

const QUERY = `query Q($z: ID!) {
  stats { entityCount }
  entity(id: $z) { name }
  tiedToZone(zoneId: $z) { totalCount }
  zoneOverview { zones { zone { rawId } memberCount } }
}`;
interface Answer {
  stats: { entityCount: number };
  entity: { name: string };
  tiedToZone: { totalCount: number };
  zoneOverview: { zones: { zone: { rawId: string }; memberCount: number }[] };
}

async function listen(parts: Parameters<typeof createRequestHandler>[0], options: HandlerOptions) {
  const server = createServer(createRequestHandler(parts, options));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async () => {
    const r = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY, variables: { z: "zone-a" } }),
    });
    const body = (await r.json()) as { data: Answer };
    return { exec: r.headers.get(EXEC_HEADER), cache: r.headers.get(CACHE_HEADER), data: body.data };
  };
}

describe("swapping the graph state", () => {
  it("answers from the new graph through yoga, the fast path and the response cache", async () => {
    const state = new StateHolder(buildGraphState(twoZoneGraph()));
    const served = createServedApp(state, { webDist: "/nonexistent" });
    const cached = await listen(served, { maxBytes: 1024 * 1024, fastPath: true });
    const fast = await listen(served, { maxBytes: 0, fastPath: true });

    const before = await gql<Answer>(served.app, QUERY, { z: "zone-a" });
    expect(before.stats.entityCount).toBe(20);
    expect((await cached()).cache).toBe("miss");
    const hit = await cached();
    expect(hit.cache).toBe("hit");
    expect(hit.data).toEqual(before);
    await fast();
    const fastBefore = await fast();
    expect(fastBefore.exec).toBe("fast");
    expect(fastBefore.data).toEqual(before);

    state.swap(buildGraphState(grownGraph()));

    const after = await gql<Answer>(served.app, QUERY, { z: "zone-a" });
    expect(after.stats.entityCount).toBe(21);
    expect(after.entity.name).toBe("甲新高新区");
    expect(after.tiedToZone.totalCount).toBe(before.tiedToZone.totalCount + 1);
    const zoneA = (a: Answer) => a.zoneOverview.zones.find((z) => z.zone.rawId === "zone-a")?.memberCount;
    expect(zoneA(after)).toBe(zoneA(before)! + 1);
    // The response cache was dropped: a miss, then hits with the new answer.
    const miss = await cached();
    expect(miss.cache).toBe("miss");
    expect(miss.data).toEqual(after);
    expect((await cached()).data).toEqual(after);
    // The plans were dropped: yoga answers once, then the fast path, both on the new graph.
    const relearn = await fast();
    expect(relearn.exec).toBe("yoga");
    expect(relearn.data).toEqual(after);
    const fastAfter = await fast();
    expect(fastAfter.exec).toBe("fast");
    expect(fastAfter.data).toEqual(after);
  });

  it("tells its listeners the new state and the one it replaced", () => {
    const first = buildGraphState(twoZoneGraph());
    const second = buildGraphState(grownGraph());
    const state = new StateHolder(first);
    const seen: unknown[] = [];
    const stop = state.onSwap((next, previous) => seen.push([next, previous]));
    state.swap(second);
    expect(state.current()).toBe(second);
    expect(seen).toEqual([[second, first]]);
    stop();
    state.swap(first);
    expect(seen).toHaveLength(1);
  });
});
