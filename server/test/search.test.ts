// Search on the fixture: names, aliases, substrings, pinyin, initials, English, case, ranking,
// the `matched` form and the types filter.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { gql, gqlRaw } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });
interface Hit {
  score: number;
  matched: string;
  matchedField: string;
  matchKind: string;
  entity: { rawId: string; type: string };
}
const search = async (query: string, extra = ""): Promise<Hit[]> =>
  (
    await gql<{ search: Hit[] }>(
      app,
      `query($q: String!) { search(query: $q${extra}) { score matched matchedField matchKind entity { rawId type } } }`,
      { q: query },
    )
  ).search;

describe("search", () => {
  it("finds an entity by its Chinese name, exactly first", async () => {
    const hits = await search("甲高新区");
    expect(hits[0]).toMatchObject({
      entity: { rawId: "zone-a" },
      matched: "甲高新区",
      matchedField: "NAME",
      matchKind: "EXACT",
    });
  });

  it("finds an entity by an alias and says the alias matched", async () => {
    const hits = await search("甲科技");
    expect(hits[0]).toMatchObject({
      entity: { rawId: "company-a" },
      matched: "甲科技",
      matchedField: "ALIAS",
      matchKind: "EXACT",
    });
  });

  it("ranks exact before prefix before substring matches", async () => {
    const hits = await search("甲科技");
    const kinds = hits.map((h) => h.matchKind);
    expect(kinds).toEqual(
      [...kinds].sort(
        (a, b) => ["EXACT", "PREFIX", "SUBSTRING"].indexOf(a) - ["EXACT", "PREFIX", "SUBSTRING"].indexOf(b),
      ),
    );
    expect(hits.map((h) => h.entity.rawId)).toEqual(["company-a", "platform-a", "platform-b"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it("finds substrings inside names", async () => {
    const hits = await search("技术");
    expect(hits.map((h) => h.entity.rawId)).toContain("platform-a");
    expect(hits.find((h) => h.entity.rawId === "platform-a")).toMatchObject({
      matchKind: "SUBSTRING",
      matched: "甲科技技术研究院",
    });
  });

  it("finds by full pinyin and by initials, case-insensitively", async () => {
    const full = await search("JiaGaoXinQu");
    expect(full[0]).toMatchObject({
      entity: { rawId: "zone-a" },
      matchedField: "PINYIN",
      matched: "jiagaoxinqu",
      matchKind: "EXACT",
    });
    const initials = await search("jgxq");
    expect(initials[0]).toMatchObject({
      entity: { rawId: "zone-a" },
      matchedField: "INITIALS",
      matched: "jgxq",
    });
    const prefix = await search("jia gao");
    expect(prefix[0]).toMatchObject({ entity: { rawId: "zone-a" }, matchKind: "PREFIX" });
  });

  it("finds by English name, case-insensitively", async () => {
    const hits = await search("alpha hi-tech");
    expect(hits[0]).toMatchObject({
      entity: { rawId: "zone-a" },
      matchedField: "NAME_EN",
      matched: "Alpha Hi-Tech Zone",
      matchKind: "PREFIX",
    });
    const inside = await search("TECHNOLOGY");
    expect(inside[0]).toMatchObject({
      entity: { rawId: "company-a" },
      matchedField: "NAME_EN",
      matchKind: "SUBSTRING",
    });
  });

  it("filters by type and honours first", async () => {
    const hits = await search("甲", ", types: [PLATFORM, PROJECT]");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.entity.type === "PLATFORM" || h.entity.type === "PROJECT")).toBe(true);
    expect(await search("甲", ", first: 2")).toHaveLength(2);
    expect(await search("   ")).toEqual([]);
    expect(await search("不存在的名字")).toEqual([]);
  });

  it("rejects first above 1000 or below 0 naming the argument", async () => {
    for (const first of [1001, -1]) {
      const { body } = await gqlRaw(app, `{ search(query: "甲", first: ${first}) { matched } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first" });
    }
  });
});

describe("search on many similar names", () => {
  it("returns the shortest names first even when thousands share the prefix", async () => {
    const { GraphStore } = await import("../src/graph/store.ts");
    const { SearchIndex } = await import("../src/graph/search-index.ts");
    const entities = Array.from({ length: 3000 }, (_, k) => ({
      id: `c${String(k).padStart(4, "0")}`,
      type: "COMPANY" as const,
      name: `中${"华".repeat(k % 7)}公司${k}`,
      nameEn: "",
      aliases: [],
      evidence: [],
      metrics: [],
    }));
    const store = new GraphStore({
      name: "many",
      sources: [],
      entities,
      entityType: new Uint8Array(entities.length).fill(2),
      relations: [],
      edgeSrc: new Int32Array(0),
      edgeDst: new Int32Array(0),
      edgeType: new Uint8Array(0),
    });
    const index = new SearchIndex(store);
    const hits = index.search("zhong", 5);
    const expected = [...entities]
      .sort((a, b) => a.name.length - b.name.length || (a.id < b.id ? -1 : 1))
      .slice(0, 5)
      .map((e) => e.id);
    expect(hits.map((h) => store.entity(h.entity).id)).toEqual(expected);
    expect(hits.every((h) => h.kind === "PREFIX" && h.field === "PINYIN")).toBe(true);
    expect(index.search("中华华", 3).map((h) => h.kind)).toEqual(["PREFIX", "PREFIX", "PREFIX"]);
  });
});
