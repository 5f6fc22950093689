// Entities over GraphQL on the fixture: ids (global, raw, name), node, convenience fields,
// relations, evidence with its sentence, metrics, stats.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { gql } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });

describe("entity and node ids", () => {
  it("gives every entity a global id that node() and entity() resolve, and a rawId", async () => {
    const r = await gql<{ entity: { id: string; rawId: string; __typename: string } }>(
      app,
      `{ entity(id: "company-a") { __typename id rawId } }`,
    );
    expect(r.entity).toMatchObject({ __typename: "Company", rawId: "company-a" });
    expect(Buffer.from(r.entity.id, "base64").toString()).toBe("Company:company-a");
    const n = await gql<{ node: { id: string; name: string } }>(
      app,
      `query($id: ID!) { node(id: $id) { id ... on Entity { name } } }`,
      { id: r.entity.id },
    );
    expect(n.node).toEqual({ id: r.entity.id, name: "甲科技股份有限公司" });
  });

  it("accepts the raw id, an exact name or an alias for convenience", async () => {
    for (const id of ["company-a", "甲科技股份有限公司", "甲科技"]) {
      const r = await gql<{ entity: { rawId: string } | null }>(
        app,
        `query($id: ID!) { entity(id: $id) { rawId } }`,
        { id },
      );
      expect(r.entity?.rawId).toBe("company-a");
    }
  });

  it("returns null, not an error, for unknown or malformed ids", async () => {
    const r = await gql<{ a: null; b: null; c: null; d: null }>(
      app,
      `{ a: entity(id: "nope") { rawId } b: node(id: "nope") { id } c: node(id: "${Buffer.from("Company:zzz").toString("base64")}") { id } d: entity(id: "${Buffer.from("Zone:company-a").toString("base64")}") { rawId } }`,
    );
    expect(r).toEqual({ a: null, b: null, c: null, d: null });
  });

  it("resolves relations and sources as nodes", async () => {
    const r = await gql<{ entity: { relations: { id: string; rawId: string }[] } }>(
      app,
      `{ entity(id: "person-a") { relations { id rawId } } }`,
    );
    const rel = r.entity.relations[0]!;
    const n = await gql<{ node: { __typename: string; type: string; title: string } }>(
      app,
      `query($id: ID!) { node(id: $id) { __typename ... on Relation { type title } } }`,
      { id: rel.id },
    );
    expect(n.node).toEqual({ __typename: "Relation", type: "ROLE_AT", title: "总经理" });
    const s = await gql<{ node: { __typename: string; title: string; zone: { name: string } } }>(
      app,
      `{ node(id: "${Buffer.from("Source:src-1").toString("base64")}") { __typename ... on Source { title zone { name } } } }`,
    );
    expect(s.node).toEqual({ __typename: "Source", title: "测试文章", zone: { name: "甲高新区" } });
  });
});

describe("convenience fields", () => {
  it("gives a zone its members by type, region, level and metrics", async () => {
    const r = await gql<{ entity: Record<string, unknown> }>(
      app,
      `{ entity(id: "zone-a") { ... on Zone { level established region { name } parks { rawId }
        companies(role: MEMBER) { rawId } platforms(role: MEMBER) { rawId } projects(role: MEMBER) { rawId }
        people(role: MEMBER) { rawId } organizations(role: MEMBER) { rawId }
        metrics { key label labelEn value unit period qualifier evidence { quote } } } } }`,
    );
    expect(r.entity).toMatchObject({
      level: "NATIONAL",
      established: "1992-05",
      region: { name: "某某市" },
      parks: [{ rawId: "park-a" }],
      companies: [{ rawId: "company-a" }, { rawId: "company-park" }],
      platforms: [{ rawId: "platform-a" }, { rawId: "platform-b" }],
      projects: [{ rawId: "project-a" }],
      people: [{ rawId: "person-a" }],
      organizations: [{ rawId: "bureau-a" }],
      metrics: [
        {
          key: "tech_contract_value",
          label: "技术合同成交额",
          labelEn: "technology contract turnover",
          value: 206000000,
          unit: "yuan",
          period: "2022",
          qualifier: null,
          evidence: [{ quote: "技术合同成交额2.06亿元" }],
        },
      ],
    });
  });

  it("lists a zone's companies of both roles unless `role` picks one", async () => {
    const r = await gql<{
      entity: { all: { rawId: string }[]; members: { rawId: string }[]; counterparties: { rawId: string }[] };
    }>(
      app,
      `{ entity(id: "zone-a") { ... on Zone { all: companies { rawId } members: companies(role: MEMBER) { rawId } counterparties: companies(role: COUNTERPARTY) { rawId } } } }`,
    );
    const { all, members, counterparties } = r.entity;
    expect(members.map((c) => c.rawId)).toEqual(["company-a", "company-park"]);
    expect(counterparties.map((c) => c.rawId)).toContain("partner-x");
    expect(counterparties.map((c) => c.rawId)).not.toContain("company-b");
    expect(all.map((c) => c.rawId).sort()).toEqual(
      [...members, ...counterparties].map((c) => c.rawId).sort(),
    );
  });

  it("gives companies, projects and people their links", async () => {
    const r = await gql<Record<string, unknown>>(
      app,
      `{ c: entity(id: "company-a") { ... on Company { platforms { rawId } projects { rawId } zone { rawId } people { name } } }
         p: entity(id: "project-a") { ... on Project { investors { rawId } owner { rawId } investmentYuan capacity { value unit } status year } }
         h: entity(id: "person-a") { ... on Person { roles { title at { rawId } relation { type } } } }
         f: entity(id: "platform-a") { ... on Platform { kind level host { rawId } } } }`,
    );
    expect(r).toEqual({
      c: {
        platforms: [{ rawId: "platform-a" }],
        projects: [{ rawId: "project-a" }],
        zone: { rawId: "zone-a" },
        people: [{ name: "张三" }],
      },
      p: {
        investors: [{ rawId: "investor-shared" }],
        owner: { rawId: "company-a" },
        investmentYuan: 410000000,
        capacity: [
          { value: 100, unit: "MW" },
          { value: 200, unit: "MWh" },
        ],
        status: "STARTED",
        year: 2023,
      },
      h: { roles: [{ title: "总经理", at: { rawId: "company-a" }, relation: { type: "ROLE_AT" } }] },
      f: { kind: "RESEARCH_INSTITUTE", level: "PROVINCIAL", host: { rawId: "company-a" } },
    });
  });

  it("filters relations by direction and type", async () => {
    const r = await gql<{
      entity: { out: { type: string }[]; inn: { from: { rawId: string } }[]; both: unknown[] };
    }>(
      app,
      `{ entity(id: "company-a") { out: relations(direction: OUT) { type } inn: relations(direction: IN, types: [ROLE_AT]) { from { rawId } } both: relations { rawId } } }`,
    );
    expect(r.entity.out.map((x) => x.type)).toEqual(["LOCATED_IN", "PART_OF"]);
    expect(r.entity.inn).toEqual([{ from: { rawId: "person-a" } }]);
    expect(r.entity.both).toHaveLength(7);
  });

  it("shows a quote inside its sentence, with offsets into the source text", async () => {
    const r = await gql<{
      entity: {
        metrics: {
          evidence: {
            quote: string;
            start: number;
            end: number;
            context: string;
            contextStart: number;
            source: { text: string };
          }[];
        }[];
      };
    }>(
      app,
      `{ entity(id: "zone-a") { metrics { evidence { quote start end context contextStart source { text } } } } }`,
    );
    const ev = r.entity.metrics[0]!.evidence[0]!;
    expect(ev.source.text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(ev.context).toBe("甲储能项目由甲科技承担，获共享基金投资，技术合同成交额2.06亿元。");
    expect(ev.source.text.slice(ev.contextStart, ev.contextStart + ev.context.length)).toBe(ev.context);
  });
});

describe("stats", () => {
  it("counts entities and relations by type and lists sources", async () => {
    const r = await gql<{
      stats: {
        entityCount: number;
        relationCount: number;
        metricCount: number;
        entitiesByType: { type: string; count: number }[];
        relationsByType: { type: string; count: number }[];
        sources: { rawId: string }[];
      };
    }>(
      app,
      `{ stats { entityCount relationCount metricCount entitiesByType { type count } relationsByType { type count } sources { rawId } } }`,
    );
    expect(r.stats).toMatchObject({
      entityCount: 20,
      relationCount: 22,
      metricCount: 1,
      sources: [{ rawId: "src-1" }],
    });
    expect(r.stats.entitiesByType.find((c) => c.type === "ZONE")?.count).toBe(3);
    expect(r.stats.entitiesByType).toHaveLength(8);
    expect(r.stats.relationsByType.find((c) => c.type === "LOCATED_IN")?.count).toBe(7);
  });

  it("lists the zones", async () => {
    const r = await gql<{ zones: { rawId: string }[] }>(app, `{ zones { rawId } }`);
    expect(r.zones.map((z) => z.rawId).sort()).toEqual(["park-a", "zone-a", "zone-b"]);
  });
});
