// shortestPath and neighborhood on the fixture: order, direction ignored, limits, bad input.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { gql, gqlRaw } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });
interface PathData {
  shortestPath: {
    length: number;
    entities: { rawId: string }[];
    relations: { from: { rawId: string }; to: { rawId: string } }[];
  } | null;
}
const PATH = `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length entities { rawId } relations { from { rawId } to { rawId } } } }`;

describe("shortestPath", () => {
  it("returns entities and relations in path order, ignoring direction", async () => {
    const r = await gql<PathData>(app, PATH, { from: "person-a", to: "investor-shared" });
    expect(r.shortestPath?.entities.map((e) => e.rawId)).toEqual([
      "person-a",
      "company-a",
      "project-a",
      "investor-shared",
    ]);
    const { entities, relations } = r.shortestPath!;
    relations.forEach((rel, k) => {
      expect([rel.from.rawId, rel.to.rawId].sort()).toEqual(
        [entities[k]!.rawId, entities[k + 1]!.rawId].sort(),
      );
    });
    expect(r.shortestPath?.length).toBe(3);
  });

  it("crosses zones when a path exists", async () => {
    const r = await gql<PathData>(app, PATH, { from: "person-a", to: "person-b" });
    expect(r.shortestPath?.entities[0]?.rawId).toBe("person-a");
    expect(r.shortestPath?.entities.at(-1)?.rawId).toBe("person-b");
  });

  it("gives one entity and no relations from an entity to itself", async () => {
    const r = await gql<PathData>(app, PATH, { from: "zone-a", to: "甲高新区" });
    expect(r.shortestPath).toEqual({ length: 0, entities: [{ rawId: "zone-a" }], relations: [] });
  });

  it("is null when unreachable or unknown", async () => {
    expect((await gql<PathData>(app, PATH, { from: "zone-a", to: "loner" })).shortestPath).toBeNull();
    expect((await gql<PathData>(app, PATH, { from: "zone-a", to: "nope" })).shortestPath).toBeNull();
  });
});

interface Sub {
  neighborhood: {
    totalEntities: number;
    truncated: boolean;
    entities: { rawId: string; type: string }[];
    relations: { from: { rawId: string }; to: { rawId: string } }[];
  };
}
const NEIGH = `query($id: ID!, $depth: Int, $types: [EntityType!], $limit: Int) { neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
  totalEntities truncated entities { rawId type } relations { from { rawId } to { rawId } } } }`;

describe("neighborhood", () => {
  it("returns the entities within depth in both directions and the relations between them", async () => {
    const r = await gql<Sub>(app, NEIGH, { id: "company-a", depth: 1 });
    const ids = r.neighborhood.entities.map((e) => e.rawId);
    expect(ids[0]).toBe("company-a");
    expect(ids.sort()).toEqual([
      "company-a",
      "group-g",
      "partner-in",
      "person-a",
      "platform-a",
      "project-a",
      "zone-a",
      "zone-b",
    ]);
    const set = new Set(ids);
    expect(r.neighborhood.relations.every((rel) => set.has(rel.from.rawId) && set.has(rel.to.rawId))).toBe(
      true,
    );
    expect(r.neighborhood.relations).toHaveLength(7);
  });

  it("depth 0 is the entity alone; types filter keeps the centre", async () => {
    expect((await gql<Sub>(app, NEIGH, { id: "company-a", depth: 0 })).neighborhood.entities).toEqual([
      { rawId: "company-a", type: "COMPANY" },
    ]);
    const typed = await gql<Sub>(app, NEIGH, { id: "company-a", depth: 2, types: ["PERSON"] });
    expect(typed.neighborhood.entities.map((e) => e.rawId)).toEqual(["company-a", "person-a", "person-b"]);
  });

  it("is bounded by limit and says it was truncated", async () => {
    const r = await gql<Sub>(app, NEIGH, { id: "company-a", depth: 2, limit: 3 });
    expect(r.neighborhood.entities).toHaveLength(3);
    expect(r.neighborhood.truncated).toBe(true);
    expect(r.neighborhood.totalEntities).toBeGreaterThan(3);
  });

  it.each([
    [{ depth: 4 }, "depth"],
    [{ depth: -1 }, "depth"],
    [{ limit: 0 }, "limit"],
    [{ limit: 5001 }, "limit"],
    [{ id: "nope" }, "id"],
  ])("rejects %j naming %s", async (vars, argumentName) => {
    const { body } = await gqlRaw(app, NEIGH, { id: "company-a", ...vars });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
  });
});
