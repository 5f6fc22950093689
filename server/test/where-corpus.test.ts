// The analyst questions of issue 14 on the corpus, with answers checked by hand against the
// curated facts (graph-data/data/facts/*.yaml): filters, orders, aggregates and the comparison.
import { loadCorpusGraph } from "@zonegraph/graph-data";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { ANALYST_EXAMPLES } from "../src/app/graphiql-analyst-examples.ts";
import { gql, gqlRaw } from "./helpers.ts";

const app = createApp(loadCorpusGraph(), { webDist: "/nonexistent" });

type Names = { entities: { totalCount: number; edges: { node: { name: string } }[] } };
const names = (d: Names): string[] => d.entities.edges.map((e) => e.node.name);

describe("analyst questions on the corpus", () => {
  it("finds no project over 10亿元 in the zones of 内蒙古 (the 包头 projects state no investment)", async () => {
    const d = await gql<Names>(
      app,
      `{ entities(where: { type: { in: [PROJECT] }, investmentYuan: { gte: 1e9 }, inRegion: "内蒙古自治区" }, orderBy: [{ field: INVESTMENT_YUAN, direction: DESC }]) { totalCount edges { node { name } } } }`,
    );
    expect(d.entities.totalCount).toBe(0);
  });

  it("finds the 4.1亿元 storage project among projects over 1亿元 in 宁夏", async () => {
    const d = await gql<Names>(
      app,
      `{ entities(where: { type: { in: [PROJECT] }, investmentYuan: { gte: 1e8 }, inRegion: "宁夏回族自治区" }) { totalCount edges { node { name } } } }`,
    );
    expect(names(d)).toEqual(["锦洋绿储共享储能电站项目"]);
  });

  it("finds 威丰电磁 (52 authorised patents) among companies tied to 包头稀土高新区 with at least 50", async () => {
    const q = `{ tiedToZone(zoneId: "包头稀土高新区", where: { type: { eq: COMPANY }, metric: { key: "patents_granted", value: { gte: 50 } } }) { totalCount edges { node { entity { name } } } } }`;
    const d = await gql<{
      tiedToZone: { totalCount: number; edges: { node: { entity: { name: string } } }[] };
    }>(app, q);
    expect(d.tiedToZone.edges.map((e) => e.node.entity.name)).toEqual(["包头威丰稀土电磁材料股份有限公司"]);
    const same = await gql<Names>(
      app,
      `{ entities(where: { tiedTo: { zone: "包头稀土高新区" }, type: { eq: COMPANY }, metric: { key: "patents_granted", value: { gte: 50 } } }) { totalCount edges { node { name } } } }`,
    );
    expect(names(same)).toEqual(["包头威丰稀土电磁材料股份有限公司"]);
  });

  it("ranks the zones of 四川 by 技术合同成交额 (泸州高新区 alone reports it: 7.35亿元)", async () => {
    const d = await gql<{
      entities: { edges: { node: { name: string; metrics: { key: string; value: number }[] } }[] };
    }>(
      app,
      `{ entities(where: { type: { eq: ZONE }, inRegion: "四川省" }, orderBy: [{ field: METRIC, metricKey: "tech_contract_value", direction: DESC }]) { edges { node { name metrics { key value } } } } }`,
    );
    expect(d.entities.edges.map((e) => e.node.name)).toEqual(["泸州高新区"]);
    expect(d.entities.edges[0]!.node.metrics.find((m) => m.key === "tech_contract_value")?.value).toBe(
      735_000_000,
    );
  });

  it("ranks every zone by 技术合同成交额, zones without it last", async () => {
    const d = await gql<Names>(
      app,
      `{ entities(where: { type: { eq: ZONE } }, orderBy: [{ field: METRIC, metricKey: "tech_contract_value", direction: DESC }]) { totalCount edges { node { name } } } }`,
    );
    expect(names(d).slice(0, 2)).toEqual(["泸州高新区", "包头稀土高新区"]);
    expect(d.entities.totalCount).toBe(names(d).length);
  });

  it("counts platforms of each level per zone", async () => {
    const d = await gql<{
      aggregate: {
        count: number;
        groups: { key: string; count: number; zone: { name: string } | null; level: string | null }[];
      };
    }>(
      app,
      `{ aggregate(where: { type: { eq: PLATFORM } }, groupBy: [ZONE, LEVEL]) { count groups(first: 50) { key count zone { name } level } } }`,
    );
    // Seven platforms: 包头's academician workstation, R&D centre and key lab (autonomous-region
    // level, members); 泸州's institute and incubator (no level stated, members) and 泸州老窖's
    // postdoc workstation (a counterparty); 科瑞德's provincial key lab (its company lies in 泸州市,
    // not in a zone: tied to none).
    expect(d.aggregate.count).toBe(7);
    expect(d.aggregate.groups.map((g) => [g.key, g.zone?.name, g.level, g.count])).toEqual([
      ["包头稀土高新区 / AUTONOMOUS_REGION", "包头稀土高新区", "AUTONOMOUS_REGION", 3],
      ["泸州高新区 / none", "泸州高新区", null, 2],
    ]);
    const both = await gql<{ aggregate: { groups: { key: string; count: number }[] } }>(
      app,
      `{ aggregate(where: { type: { eq: PLATFORM } }, groupBy: [ZONE], zoneRoles: [MEMBER, COUNTERPARTY]) { groups { key count } } }`,
    );
    expect(both.aggregate.groups).toEqual([
      { key: "包头稀土高新区", count: 3 },
      { key: "泸州高新区", count: 3 },
    ]);
  });

  it("compares zones side by side with evidence", async () => {
    const d = await gql<{
      compareZones: {
        metrics: { key: string }[];
        rows: {
          zone: { name: string };
          cells: { key: string; value: number | null; evidence: { quote: string }[] }[];
        }[];
      };
    }>(
      app,
      `{ compareZones(ids: ["包头稀土高新区", "泸州高新区"], metrics: ["tech_contract_value", "rd_staff"]) { metrics { key } rows { zone { name } cells { key value period evidence { quote } } } } }`,
    );
    const [baotou, luzhou] = d.compareZones.rows;
    expect(baotou!.cells.map((c) => c.value)).toEqual([206_000_000, 3228]);
    expect(luzhou!.cells.map((c) => c.value)).toEqual([735_000_000, null]);
    expect(luzhou!.cells[0]!.evidence[0]!.quote).toContain("技术合同成交额7.35亿元");
    expect(luzhou!.cells[1]!.evidence).toEqual([]);
  });

  it("sorts Chinese names by pinyin", async () => {
    const d = await gql<Names>(
      app,
      `{ entities(where: { type: { eq: REGION } }, orderBy: [{ field: NAME }]) { edges { node { name } } } }`,
    );
    // Letter by letter: baotoushi < bashishihezishi < bingtuan < luzhoushi < neimenggu… < ningxia…
    expect(names(d)).toEqual([
      "包头市",
      "八师石河子市",
      "兵团",
      "泸州市",
      "内蒙古自治区",
      "宁夏回族自治区",
      "四川省",
      "新疆维吾尔自治区",
      "银川市",
    ]);
  });

  it("refuses a condition that does not fit the types, naming its path", async () => {
    const { body } = await gqlRaw(
      app,
      `{ entities(where: { type: { eq: COMPANY }, AND: [{ investmentYuan: { gte: 1 } }] }) { totalCount } }`,
    );
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain("where.AND[0].investmentYuan");
  });

  it("refuses an unknown metric key, naming it", async () => {
    const { body } = await gqlRaw(
      app,
      `{ entities(where: { metric: { key: "patents", value: { gte: 1 } } }) { totalCount } }`,
    );
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain('unknown metric key "patents"');
  });
});

describe("the GraphiQL analyst tabs", () => {
  it("answer on the corpus, each with the hand-checked result", async () => {
    const big = await gql<{ entities: { totalCount: number } }>(app, ANALYST_EXAMPLES.BIG_PROJECTS_IN_REGION);
    expect(big.entities.totalCount).toBe(0);
    const patents = await gql<{ tiedToZone: { edges: { node: { entity: { name: string } } }[] } }>(
      app,
      ANALYST_EXAMPLES.PATENT_COMPANIES,
    );
    expect(patents.tiedToZone.edges.map((e) => e.node.entity.name)).toEqual([
      "包头威丰稀土电磁材料股份有限公司",
    ]);
    const ranked = await gql<Names>(app, ANALYST_EXAMPLES.ZONES_BY_TECH_CONTRACTS);
    expect(names(ranked)).toEqual(["泸州高新区"]);
    const platforms = await gql<{ aggregate: { count: number; groupCount: number } }>(
      app,
      ANALYST_EXAMPLES.PLATFORMS_BY_ZONE_AND_LEVEL,
    );
    expect(platforms.aggregate).toEqual({ count: 7, groupCount: 2, groups: expect.any(Array) as unknown });
    const compared = await gql<{ compareZones: { rows: { cells: { value: number | null }[] }[] } }>(
      app,
      ANALYST_EXAMPLES.COMPARE_ZONES,
    );
    // 包头: 2.06亿元, 3228 staff, 158 platforms; 泸州: 7.35亿元 in 2022-01..11, the rest not reported.
    expect(compared.compareZones.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      [206_000_000, 3228, 158],
      [735_000_000, null, null],
    ]);
  });
});
