// The API on the real corpus (graph-data's loadCorpusGraph): every contract field resolves for
// every entity; search by alias, pinyin and English; tied-to-zone never leaks another zone's
// entities; paths come back in order; GraphiQL's example tabs run.
import { join } from "node:path";
import { CORPUS_DATA_DIR, loadCorpusGraph, loadSources } from "@zonegraph/graph-data";
import { describe, expect, it } from "vitest";
import { GRAPHIQL_EXAMPLES } from "../src/app/graphiql.ts";
import { createApp } from "../src/app/create-app.ts";
import { gql } from "./helpers.ts";

const graph = loadCorpusGraph();
const app = createApp(graph, { webDist: "/nonexistent" });
const ZONES = [
  "baotou-rare-earth-hi-tech-zone",
  "luzhou-hi-tech-zone",
  "shihezi-development-zone",
  "suyin-industrial-park",
];

const EVERY_FIELD = `query($id: ID!) { node(id: $id) { id __typename ... on Entity {
  rawId type name nameEn aliases description inferred inferenceReason
  evidence { quote start end context contextStart source { id rawId title publication authors section date zone { name } } }
  metrics { key label labelEn value unit period qualifier note evidence { quote start end source { rawId } } }
  relations(direction: BOTH) { id rawId type title inferred inferenceReason from { id } to { id } evidence { quote start end } }
  ... on Zone { level established upgraded region { name } parentZone { name } parks { name } companies { name } platforms { name } projects { name } people { name } organizations { name } tied(first: 5) { totalCount } }
  ... on Region { regionKind parent { name } zones { name } }
  ... on Company { platforms { name } projects { name } people { name } zone { name } }
  ... on Platform { kind level established host { name } reliesOn { name } zone { name } }
  ... on Project { investmentYuan capacity { value unit } status year owner { name } investors { name } zone { name } }
  ... on Investor { fundSizeYuan funded { name } }
  ... on Person { roles { title at { name } relation { type } } }
  ... on Organization { orgKind people { name } administers { name } }
} } }`;

interface Ev2 {
  quote: string;
  start: number;
  end: number;
  source: { rawId: string };
}

interface Ev {
  quote: string;
  start: number;
  end: number;
  context?: string;
}

describe("the corpus over GraphQL", () => {
  it("resolves every field of every entity, with evidence that matches its source", async () => {
    const texts = new Map(graph.getAttribute("sources").map((s) => [s.id, s.text]));
    const ids = graph.nodes();
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      const r = await gql<{
        node: {
          rawId: string;
          evidence: (Ev & { source: { rawId: string } })[];
          relations: { evidence: Ev[] }[];
        };
      }>(app, EVERY_FIELD, { id });
      expect(r.node.rawId).toBe(id);
      expect(r.node.evidence.length, id).toBeGreaterThan(0);
      for (const ev of r.node.evidence) {
        expect(texts.get(ev.source.rawId)?.slice(ev.start, ev.end)).toBe(ev.quote);
        expect(ev.context).toContain(ev.quote);
      }
    }
  });

  it("serves each article's own text as Source.text, and every quote is its slice at [start, end)", async () => {
    const page = loadSources(join(CORPUS_DATA_DIR, "sources.yaml")).page.text;
    const { sources } = await gql<{
      sources: { rawId: string; text: string; articleStart: number; articleEnd: number }[];
    }>(app, `{ sources { rawId text articleStart articleEnd } }`);
    expect(sources.length).toBe(4);
    const texts = new Map(sources.map((s) => [s.rawId, s.text]));
    for (const s of sources) {
      // The article, not the page: its own slice of the normalised page, shorter than the page.
      expect(s.text, s.rawId).toBe(page.slice(s.articleStart, s.articleEnd));
      expect(s.text.length, s.rawId).toBeLessThan(page.length / 2);
    }
    expect(texts.get("kjrb-2023-luzhou")).not.toContain("包头稀土高新区");
    const ev = "evidence { quote start end source { rawId } }";
    const quotes: {
      at: string;
      ev: { quote: string; start: number; end: number; source: { rawId: string } };
    }[] = [];
    for (const id of graph.nodes()) {
      const r = await gql<{
        node: {
          evidence: Ev2[];
          metrics: { key: string; evidence: Ev2[] }[];
          relations: { rawId: string; evidence: Ev2[] }[];
          designations?: { name: string; evidence: Ev2[] }[];
        };
      }>(
        app,
        `query($id: ID!) { node(id: $id) { ... on Entity { ${ev} metrics { key ${ev} } relations(direction: OUT) { rawId ${ev} } } ... on Zone { designations { name ${ev} } } } }`,
        { id },
      );
      const n = r.node;
      quotes.push(...n.evidence.map((e) => ({ at: `entity ${id}`, ev: e })));
      for (const m of n.metrics)
        quotes.push(...m.evidence.map((e) => ({ at: `metric ${m.key} of ${id}`, ev: e })));
      for (const rel of n.relations) quotes.push(...rel.evidence.map((e) => ({ at: rel.rawId, ev: e })));
      for (const d of n.designations ?? [])
        quotes.push(...d.evidence.map((e) => ({ at: `designation ${d.name} of ${id}`, ev: e })));
    }
    expect(quotes.length).toBeGreaterThan(150);
    const wrong = quotes.filter(({ ev: e }) => texts.get(e.source.rawId)?.slice(e.start, e.end) !== e.quote);
    expect(wrong.map((w) => w.at)).toEqual([]);
  });

  it("serves zones' designations: 泸州高新区 is a 省级科技成果转化示范区 since 2022, 石河子开发区 holds three", async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on Zone { designations { name level year evidence { quote } } } } }`;
    const luzhou = await gql<{ node: { designations: unknown[] } }>(app, q, { id: "luzhou-hi-tech-zone" });
    expect(luzhou.node.designations).toEqual([
      {
        name: "省级科技成果转化示范区",
        level: "PROVINCIAL",
        year: 2022,
        evidence: [{ quote: "泸州高新区自2022年成功创建省级科技成果转化示范区以来" }],
      },
    ]);
    const shihezi = await gql<{
      node: { designations: { name: string; level: string | null; year: number | null }[] };
    }>(app, q, { id: "shihezi-development-zone" });
    expect(shihezi.node.designations.map((d) => [d.name, d.level, d.year])).toEqual([
      ["生产服务型国家物流枢纽", "NATIONAL", null],
      ["国家级双创示范基地", "NATIONAL", null],
      ["科创中国试点园区", null, null],
    ]);
    const suyin = await gql<{ node: { designations: unknown[] } }>(app, q, { id: "suyin-industrial-park" });
    expect(suyin.node.designations).toEqual([]);
  });

  it("finds no entity named after a zone's designation, and finds 新疆 with 师市 in it", async () => {
    const q = `query($q: String!) { search(query: $q, first: 10) { matched entity { rawId name type } } }`;
    for (const name of ["国家级双创示范基地", "省级科技成果转化示范区"]) {
      const r = await gql<{ search: { entity: { name: string } }[] }>(app, q, { q: name });
      expect(
        r.search.map((h) => h.entity.name),
        name,
      ).not.toContain(name);
    }
    const xinjiang = await gql<{ search: { entity: { rawId: string; type: string } }[] }>(app, q, {
      q: "新疆",
    });
    expect(xinjiang.search[0]?.entity).toEqual({
      rawId: "xinjiang",
      name: "新疆维吾尔自治区",
      type: "REGION",
    });
    const shi = await gql<{
      node: { aliases: string[]; relations: { type: string; inferred: boolean; to: { rawId: string } }[] };
    }>(
      app,
      `{ node(id: "shihezi-division-city") { ... on Entity { aliases relations(direction: OUT, types: [PART_OF]) { type inferred to { ... on Entity { rawId } } } } } }`,
    );
    expect(shi.node.aliases).toEqual(expect.arrayContaining(["八师", "石河子市"]));
    expect(shi.node.relations).toContainEqual({ type: "PART_OF", inferred: true, to: { rawId: "xinjiang" } });
  });

  it("finds entities by alias, pinyin, initials and English name", async () => {
    const q = `query($q: String!) { search(query: $q, first: 5) { matched matchedField entity { rawId name } } }`;
    const alias = await gql<{
      search: { matched: string; matchedField: string; entity: { rawId: string } }[];
    }>(app, q, { q: "威丰电磁" });
    expect(alias.search[0]).toMatchObject({
      entity: { rawId: "weifeng-electromagnetic" },
      matchedField: "ALIAS",
      matched: "威丰电磁",
    });
    const pinyin = await gql<{ search: { matchedField: string; entity: { name: string } }[] }>(app, q, {
      q: "baotou",
    });
    expect(pinyin.search.length).toBeGreaterThan(0);
    expect(pinyin.search.every((h) => h.entity.name.startsWith("包头") || h.matchedField === "NAME_EN")).toBe(
      true,
    );
    const initials = await gql<{ search: { matchedField: string; entity: { rawId: string } }[] }>(app, q, {
      q: "btxt",
    });
    expect(initials.search[0]).toMatchObject({
      entity: { rawId: "baotou-rare-earth-hi-tech-zone" },
      matchedField: "INITIALS",
    });
    const english = await gql<{ search: { matchedField: string; entity: { rawId: string } }[] }>(app, q, {
      q: "Tsinghua",
    });
    expect(english.search[0]).toMatchObject({
      entity: { rawId: "tsinghua-university" },
      matchedField: "NAME_EN",
    });
    const sub = await gql<{ search: { entity: { name: string } }[] }>(app, q, { q: "技术" });
    expect(sub.search.some((h) => h.entity.name.endsWith("技术研究院"))).toBe(true);
  });

  it("never ties one zone's members to another zone", async () => {
    const membersOf = new Map<string, Set<string>>();
    for (const zone of ZONES) {
      const r = await gql<{
        tiedToZone: {
          edges: {
            node: {
              role: string;
              entity: { rawId: string; type: string };
              path: { from: { rawId: string }; to: { rawId: string } }[];
            };
          }[];
        };
      }>(
        app,
        `query($z: ID!) { tiedToZone(zoneId: $z, first: 1000, maxHops: 8) { edges { node { role entity { rawId type } path { from { rawId } to { rawId } } } } } }`,
        { z: zone },
      );
      const members = new Set<string>();
      for (const { node } of r.tiedToZone.edges) {
        expect(node.entity.type, node.entity.rawId).not.toBe("REGION");
        expect(ZONES, node.entity.rawId).not.toContain(node.entity.rawId);
        // The path is a chain from the tied entity to the zone.
        let at = node.entity.rawId;
        for (const rel of node.path) {
          expect([rel.from.rawId, rel.to.rawId], `${zone}: ${node.entity.rawId}`).toContain(at);
          at = rel.from.rawId === at ? rel.to.rawId : rel.from.rawId;
        }
        expect(at).toBe(zone);
        if (node.role === "MEMBER") members.add(node.entity.rawId);
      }
      membersOf.set(zone, members);
    }
    for (const a of ZONES)
      for (const b of ZONES) {
        if (a === b) continue;
        const shared = [...membersOf.get(a)!].filter((id) => membersOf.get(b)!.has(id));
        expect(shared, `${a} and ${b}`).toEqual([]);
      }
  });

  it("says why an entity is tied: 吴铁山 through the bureau that administers 包头稀土高新区", async () => {
    const r = await gql<{
      tiedToZone: {
        edges: { node: { role: string; hops: number; entity: { name: string }; path: { type: string }[] } }[];
      };
    }>(
      app,
      `{ tiedToZone(zoneId: "包头稀土高新区", types: [PERSON]) { edges { node { role hops entity { name } path { type } } } } }`,
    );
    const wu = r.tiedToZone.edges.find((e) => e.node.entity.name === "吴铁山")?.node;
    expect(wu).toEqual({
      role: "MEMBER",
      hops: 2,
      entity: { name: "吴铁山" },
      path: [{ type: "ROLE_AT" }, { type: "ADMINISTERS" }],
    });
  });

  it("lists counterparties of a zone without expanding them", async () => {
    const r = await gql<{
      tiedToZone: { edges: { node: { role: string; hops: number; entity: { rawId: string } } }[] };
    }>(
      app,
      `{ tiedToZone(zoneId: "luzhou-hi-tech-zone") { edges { node { role hops entity { rawId } } } } }`,
    );
    const tsinghua = r.tiedToZone.edges.find((e) => e.node.entity.rawId === "tsinghua-university")?.node;
    expect(tsinghua?.role).toBe("COUNTERPARTY");
  });

  it("returns shortest paths in order", async () => {
    const r = await gql<{ shortestPath: { entities: { name: string }[]; relations: { type: string }[] } }>(
      app,
      `{ shortestPath(from: "吴铁山", to: "包头稀土高新区") { entities { name } relations { type } } }`,
    );
    expect(r.shortestPath.entities.map((e) => e.name)).toEqual([
      "吴铁山",
      "包头稀土高新区科技创新局",
      "包头稀土高新区",
    ]);
    expect(r.shortestPath.relations.map((e) => e.type)).toEqual(["ROLE_AT", "ADMINISTERS"]);
  });

  it("runs GraphiQL's example tabs with results", async () => {
    const search = await gql<{ search: unknown[] }>(app, GRAPHIQL_EXAMPLES.SEARCH);
    expect(search.search.length).toBeGreaterThan(0);
    const tied = await gql<{ tiedToZone: { totalCount: number } }>(app, GRAPHIQL_EXAMPLES.TIED);
    expect(tied.tiedToZone.totalCount).toBeGreaterThan(5);
    const path = await gql<{ shortestPath: { length: number } | null }>(app, GRAPHIQL_EXAMPLES.PATH);
    expect(path.shortestPath?.length).toBe(2);
  });

  it("reports stats by type with the corpus sources", async () => {
    const r = await gql<{
      stats: {
        entityCount: number;
        entitiesByType: { type: string; count: number }[];
        sources: { title: string }[];
      };
    }>(app, `{ stats { entityCount entitiesByType { type count } sources { title } } }`);
    expect(r.stats.entityCount).toBe(graph.order);
    expect(r.stats.entitiesByType.find((c) => c.type === "ZONE")?.count).toBeGreaterThanOrEqual(4);
    expect(r.stats.sources.length).toBeGreaterThanOrEqual(4);
  });
});
