// zoneOverview on the two-zone fixture: tied counts per zone, links where zones share
// counterparties, the minShared / first / firstLinks arguments, and one build per store; and the
// sliced warm-up on a synthetic graph: same overview, event loop free between slices.
import { decodeSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import { encodeSnapshot } from "@zonegraph/graph-data/snapshot/write-snapshot";
import { generateGraph } from "@zonegraph/graph-data/synth/generate-graph";
import { describe, expect, it } from "vitest";
import { GraphStore } from "../src/graph/store.ts";
import { buildZoneOverview, ZoneOverviewCache } from "../src/graph/zone-overview.ts";
import { createApp } from "../src/app/create-app.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";
import { gql, gqlRaw } from "./helpers.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });

interface Overview {
  zoneCount: number;
  linkCount: number;
  zones: { zone: { rawId: string }; memberCount: number; counterpartyCount: number }[];
  links: { from: { rawId: string }; to: { rawId: string }; sharedCounterparties: number }[];
}
const OVERVIEW = `query($minShared: Int, $first: Int, $firstLinks: Int) {
  zoneOverview(minShared: $minShared, first: $first, firstLinks: $firstLinks) {
    zoneCount linkCount
    zones { zone { rawId } memberCount counterpartyCount }
    links { from { rawId } to { rawId } sharedCounterparties }
  }
}`;
const overview = async (variables: Record<string, unknown> = {}) =>
  (await gql<{ zoneOverview: Overview }>(app, OVERVIEW, variables)).zoneOverview;
const pair = (l: Overview["links"][number]) => [l.from.rawId, l.to.rawId].sort().join("+");

describe("zoneOverview", () => {
  it("counts each zone's members and counterparties as tiedToZone does, largest first", async () => {
    const o = await overview();
    expect(o.zoneCount).toBe(3);
    // Most members first; zone B (乙开发区) and the park (甲区创新园) tie at 3 and go by name.
    expect(o.zones.map((z) => z.zone.rawId)).toEqual(["zone-a", "zone-b", "park-a"]);
    const byId = new Map(o.zones.map((z) => [z.zone.rawId, z]));
    expect(byId.get("zone-a")).toMatchObject({ memberCount: 8, counterpartyCount: 5 });
    expect(byId.get("zone-b")).toMatchObject({ memberCount: 3, counterpartyCount: 2 });
    for (const z of o.zones) {
      const tied = await gql<{ tiedToZone: { memberCount: number; counterpartyCount: number } }>(
        app,
        "query($z: ID!) { tiedToZone(zoneId: $z, maxHops: 4) { memberCount counterpartyCount } }",
        { z: z.zone.rawId },
      );
      expect(tied.tiedToZone).toEqual({ memberCount: z.memberCount, counterpartyCount: z.counterpartyCount });
    }
  });

  it("links zone A and zone B through the investor they share", async () => {
    const o = await overview();
    const ab = o.links.find((l) => pair(l) === "zone-a+zone-b");
    expect(ab?.sharedCounterparties).toBe(1);
    expect(ab?.from.rawId).toBe("zone-a");
    // The park shares the university with zone A and company A (zone B's counterparty) with zone B.
    expect(o.links.map(pair).sort()).toEqual(["park-a+zone-a", "park-a+zone-b", "zone-a+zone-b"]);
    expect(o.linkCount).toBe(3);
  });

  it("drops links under minShared and zones past first, and caps links with firstLinks", async () => {
    expect((await overview({ minShared: 2 })).links).toEqual([]);
    const one = await overview({ first: 1 });
    expect(one.zones.map((z) => z.zone.rawId)).toEqual(["zone-a"]);
    expect(one.links).toEqual([]);
    const capped = await overview({ firstLinks: 1 });
    expect(capped.links).toHaveLength(1);
    expect(capped.linkCount).toBe(3);
  });

  it("rejects a minShared below 1 naming the argument", async () => {
    const { body } = await gqlRaw(app, OVERVIEW, { minShared: 0 });
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain("minShared");
  });

  it("builds once per graph state", () => {
    const overviewOf = () => new ZoneOverviewCache(GraphStore.fromGraph(twoZoneGraph()));
    const cache = overviewOf();
    const first = cache.get();
    expect(cache.get()).toBe(first);
    expect(overviewOf().get()).not.toBe(first);
  });
});

describe("ZoneOverviewCache.warm", () => {
  const chunks = encodeSnapshot(generateGraph({ preset: "small", seed: 2 }), "small.zgs");
  const bytes = Buffer.concat(chunks);
  const storeOf = () => GraphStore.fromSnapshot(decodeSnapshot(bytes));
  const { buildMs: _built, ...expected } = buildZoneOverview(storeOf());

  it("builds the same overview in slices, letting the event loop run between them", async () => {
    expect(expected.zones.length).toBeGreaterThan(8);
    const cache = new ZoneOverviewCache(storeOf());
    let ticks = 0;
    const tick = (): void => {
      ticks++;
      if (ticks < 1000) setImmediate(tick);
    };
    setImmediate(tick);
    const warmed = await cache.warm(0);
    expect(ticks).toBeGreaterThan(3);
    const { buildMs: _ms, ...got } = warmed;
    expect(got).toEqual(expected);
    expect(cache.get()).toBe(warmed);
  });

  it("is finished at once by a get() call made while it runs", async () => {
    const cache = new ZoneOverviewCache(storeOf());
    const warming = cache.warm(0);
    await new Promise((resolve) => setImmediate(resolve));
    const now = cache.get();
    const { buildMs: _ms, ...got } = now;
    expect(got).toEqual(expected);
    expect(await warming).toBe(now);
  });
});
