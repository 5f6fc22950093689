// tiedToZone and Zone.tied over GraphQL: the cursor connection, counts, filters and bad input.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { gql, gqlRaw } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });

interface Conn {
  totalCount: number;
  memberCount: number;
  counterpartyCount: number;
  countsByType: { type: string; count: number }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: {
    cursor: string;
    node: {
      role: string;
      hops: number;
      entity: { rawId: string; type: string };
      path: { rawId: string; from: { rawId: string }; to: { rawId: string } }[];
    };
  }[];
}
const CONN = `totalCount memberCount counterpartyCount countsByType { type count }
  pageInfo { hasNextPage hasPreviousPage endCursor }
  edges { cursor node { role hops entity { rawId type } path { rawId from { rawId } to { rawId } } } }`;
const TIED = `query($zone: ID!, $first: Int, $after: String, $types: [EntityType!], $maxHops: Int) {
  tiedToZone(zoneId: $zone, first: $first, after: $after, types: $types, maxHops: $maxHops) { ${CONN} } }`;

describe("tiedToZone over GraphQL", () => {
  it("pages through every tied entity with cursors", async () => {
    const all = await gql<{ tiedToZone: Conn }>(app, TIED, { zone: "zone-a" });
    const total = all.tiedToZone.totalCount;
    expect(total).toBe(all.tiedToZone.edges.length);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { tiedToZone: Conn } = await gql<{ tiedToZone: Conn }>(app, TIED, {
        zone: "zone-a",
        first: 4,
        after,
      });
      seen.push(...page.tiedToZone.edges.map((e) => e.node.entity.rawId));
      expect(page.tiedToZone.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.tiedToZone.pageInfo.hasNextPage) break;
      after = page.tiedToZone.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.tiedToZone.edges.map((e) => e.node.entity.rawId));
  });

  it("reports counts by type before the types filter and totalCount after it", async () => {
    const r = await gql<{ tiedToZone: Conn }>(app, TIED, { zone: "zone-a", types: ["COMPANY"] });
    expect(r.tiedToZone.edges.every((e) => e.node.entity.type === "COMPANY")).toBe(true);
    expect(r.tiedToZone.totalCount).toBe(r.tiedToZone.countsByType.find((c) => c.type === "COMPANY")?.count);
    expect(r.tiedToZone.countsByType.reduce((n, c) => n + c.count, 0)).toBe(
      r.tiedToZone.memberCount + r.tiedToZone.counterpartyCount,
    );
    expect(r.tiedToZone.countsByType.find((c) => c.type === "INVESTOR")?.count).toBe(1);
  });

  it("returns paths in order: first relation touches the tied entity, last the zone", async () => {
    const r = await gql<{ tiedToZone: Conn }>(app, TIED, { zone: "zone-a" });
    const investor = r.tiedToZone.edges.find((e) => e.node.entity.rawId === "investor-shared")!.node;
    expect(investor).toMatchObject({ role: "COUNTERPARTY", hops: 3 });
    expect(investor.path.map((p) => [p.from.rawId, p.to.rawId])).toEqual([
      ["project-a", "investor-shared"],
      ["project-a", "company-a"],
      ["company-a", "zone-a"],
    ]);
  });

  it("accepts the zone's global id, raw id or name, and is reachable as Zone.tied", async () => {
    const z = await gql<{ entity: { id: string } }>(app, `{ entity(id: "zone-a") { id } }`);
    const byGlobal = await gql<{ tiedToZone: Conn }>(app, TIED, { zone: z.entity.id });
    const byName = await gql<{ tiedToZone: Conn }>(app, TIED, { zone: "甲高新区" });
    const viaZone = await gql<{ entity: { tied: Conn } }>(
      app,
      `{ entity(id: "zone-a") { ... on Zone { tied(maxHops: 4) { ${CONN} } } } }`,
    );
    expect(byGlobal.tiedToZone.totalCount).toBe(byName.tiedToZone.totalCount);
    expect(viaZone.entity.tied.edges.map((e) => e.node.entity.rawId)).toEqual(
      byGlobal.tiedToZone.edges.map((e) => e.node.entity.rawId),
    );
  });

  it("limits hops with maxHops", async () => {
    const r = await gql<{ tiedToZone: Conn }>(app, TIED, { zone: "zone-a", maxHops: 1 });
    expect(r.tiedToZone.edges.every((e) => e.node.hops <= 1)).toBe(true);
    expect(r.tiedToZone.totalCount).toBe(4);
  });

  it.each([
    [{ maxHops: 0 }, "maxHops"],
    [{ maxHops: 9 }, "maxHops"],
    [{ first: -1 }, "first"],
    [{ first: 1001 }, "first"],
    [{ after: "bm9wZQ==" }, "after"],
    [{ after: "garbled!!" }, "after"],
    [{ zone: "company-a" }, "zoneId"],
    [{ zone: "no-such-zone" }, "zoneId"],
  ])("rejects %j with BAD_USER_INPUT naming %s", async (vars, argumentName) => {
    const { body } = await gqlRaw(app, TIED, { zone: "zone-a", ...vars });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
    expect(body.errors?.[0]?.message).toContain(argumentName);
  });

  it("rejects a cursor past the end", async () => {
    const r = await gql<{ tiedToZone: Conn }>(app, TIED, { zone: "zone-a", first: 100 });
    const last = r.tiedToZone.pageInfo.endCursor;
    const next = await gql<{ tiedToZone: Conn }>(app, TIED, { zone: "zone-a", after: last });
    expect(next.tiedToZone.edges).toEqual([]);
    const { body } = await gqlRaw(app, TIED, {
      zone: "zone-a",
      after: Buffer.from("tied:999").toString("base64"),
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
  });
});
