// Unknown ids behave the same in every root field (issue 10): the field answers null and, where it
// names something that must exist (a zone to walk, a centre, zones to compare), a BAD_USER_INPUT
// error with its path and the argument's name — and the other fields of the request keep their data.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { gqlRaw } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });

const FIELDS: [string, string, string | null][] = [
  ["tiedToZone", 'tiedToZone(zoneId: "no-such-zone") { totalCount }', "zoneId"],
  ["neighborhood", 'neighborhood(id: "no-such-entity") { truncated }', "id"],
  ["compareZones", 'compareZones(ids: ["zone-a", "no-such-zone"]) { rows { zone { name } } }', "ids"],
  ["node", 'node(id: "no-such-entity") { id }', null],
  ["entity", 'entity(id: "no-such-entity") { id }', null],
  ["shortestPath", 'shortestPath(from: "zone-a", to: "no-such-entity") { length }', null],
];

describe("an unknown id in one root field", () => {
  for (const [field, selection, argumentName] of FIELDS) {
    it(`${field}: answers null and keeps the other fields`, async () => {
      const { status, body } = await gqlRaw<Record<string, unknown>>(
        app,
        `{ stats { entityCount } bad: ${selection} zone: entity(id: "zone-a") { name } }`,
      );
      expect(status).toBe(200);
      expect(body.data).toEqual({ stats: { entityCount: 20 }, bad: null, zone: { name: "甲高新区" } });
      if (argumentName === null) expect(body.errors).toBeUndefined();
      else {
        const error = body.errors?.[0] as { path?: unknown; extensions?: Record<string, unknown> };
        expect(error.path).toEqual(["bad"]);
        expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
      }
    });
  }

  it("keeps a good tiedToZone beside a bad one", async () => {
    const { body } = await gqlRaw<{ good: { totalCount: number }; bad: null }>(
      app,
      '{ good: tiedToZone(zoneId: "zone-a") { totalCount } bad: tiedToZone(zoneId: "zone-x") { totalCount } }',
    );
    expect(body.data?.bad).toBeNull();
    expect(body.data?.good.totalCount).toBeGreaterThan(0);
  });
});
