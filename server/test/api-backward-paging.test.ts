// Relay backward paging (issue 10): `last`/`before` on every connection — entities, relations,
// tiedToZone and Zone.tied — walk the same items as `first`/`after`, in the same order, from the
// end; PageInfo says where the page sits; bad cursors and sizes are BAD_USER_INPUT naming them.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { gql, gqlRaw } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });

interface Page {
  edges: { cursor: string; id: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
/** Each connection, as a field selection taking paging arguments, and how to read its ids. */
const CONNECTIONS: [string, (args: string) => string, (data: Record<string, unknown>) => Page][] = [
  ["entities", (a) => `c: entities(${a}) { edges { cursor node { id } } ${PAGE_INFO} }`, flat],
  ["relations", (a) => `c: relations(${a}) { edges { cursor node { id } } ${PAGE_INFO} }`, flat],
  [
    "tiedToZone",
    (a) => `c: tiedToZone(zoneId: "zone-a", ${a}) { edges { cursor node { entity { id } } } ${PAGE_INFO} }`,
    tied,
  ],
  [
    "Zone.tied",
    (a) =>
      `z: entity(id: "zone-a") { ... on Zone { c: tied(${a}) { edges { cursor node { entity { id } } } ${PAGE_INFO} } } }`,
    (d) => tied({ c: (d["z"] as Record<string, unknown>)["c"] }),
  ],
];

function flat(data: Record<string, unknown>): Page {
  const c = data["c"] as { edges: { cursor: string; node: { id: string } }[]; pageInfo: Page["pageInfo"] };
  return { edges: c.edges.map((e) => ({ cursor: e.cursor, id: e.node.id })), pageInfo: c.pageInfo };
}
function tied(data: Record<string, unknown>): Page {
  const c = data["c"] as {
    edges: { cursor: string; node: { entity: { id: string } } }[];
    pageInfo: Page["pageInfo"];
  };
  return { edges: c.edges.map((e) => ({ cursor: e.cursor, id: e.node.entity.id })), pageInfo: c.pageInfo };
}

describe("backward paging", () => {
  for (const [name, select, read] of CONNECTIONS) {
    it(`${name}: walks from the end with last/before to the same items as forward`, async () => {
      const all = read(await gql(app, `{ ${select("first: 1000")} }`));
      expect(all.edges.length).toBeGreaterThan(4);
      const backward: string[] = [];
      let before: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const args: string = `last: 3${before === null ? "" : `, before: "${before}"`}`;
        const page = read(await gql(app, `{ ${select(args)} }`));
        backward.unshift(...page.edges.map((e) => e.id));
        expect(page.pageInfo.hasNextPage).toBe(before !== null);
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backward).toEqual(all.edges.map((e) => e.id));
    });
  }

  it("takes the items between after and before", async () => {
    const all = flat(await gql(app, `{ ${CONNECTIONS[0]![1]("first: 10")} }`));
    const between = flat(
      await gql(
        app,
        `{ ${CONNECTIONS[0]![1](`after: "${all.edges[1]!.cursor}", before: "${all.edges[6]!.cursor}"`)} }`,
      ),
    );
    expect(between.edges.map((e) => e.id)).toEqual(all.edges.slice(2, 6).map((e) => e.id));
    const lastTwo = flat(
      await gql(
        app,
        `{ ${CONNECTIONS[0]![1](`last: 2, after: "${all.edges[1]!.cursor}", before: "${all.edges[6]!.cursor}"`)} }`,
      ),
    );
    expect(lastTwo.edges.map((e) => e.id)).toEqual(all.edges.slice(4, 6).map((e) => e.id));
  });

  it("names `before` and `last` when they are wrong", async () => {
    const bad = await gqlRaw(app, '{ entities(before: "bm9wZQ==") { totalCount } }');
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentName: "before",
    });
    const big = await gqlRaw(app, "{ entities(last: 5000) { totalCount } }");
    expect(big.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "last" });
    // `last` alone pages backward by itself: `first`'s default does not bound it.
    const ok = await gqlRaw<{ entities: { totalCount: number; edges: unknown[] } }>(
      app,
      "{ entities(last: 500) { totalCount edges { cursor } } }",
    );
    expect(ok.body.errors).toBeUndefined();
    const { totalCount, edges } = ok.body.data!.entities;
    expect(edges).toHaveLength(Math.min(500, totalCount));
  });
});
