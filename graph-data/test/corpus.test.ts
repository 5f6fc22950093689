// Invariants of the corpus graph (data/sources.yaml + data/facts/*.yaml) as loadCorpusGraph() builds it.
import { describe, expect, it } from "vitest";
import { loadCorpusGraph } from "../src/load/load-corpus.ts";
import type { Evidence, RelationAttributes, ZoneGraph } from "../src/types.ts";
import { tiedZones, zoneRegions } from "./tied-zones.ts";

let cached: ZoneGraph | undefined;
/** The corpus graph; a missing or invalid facts directory fails each test with the loader's message. */
function corpus(): ZoneGraph {
  cached ??= loadCorpusGraph();
  return cached;
}

describe("the corpus graph", () => {
  it("loads from data/facts without errors", () => {
    expect(corpus().order).toBeGreaterThan(0);
  });

  it("has evidence on every entity, relation and metric, each quote equal to its slice of its source", () => {
    const graph = corpus();
    const sources = new Map(graph.getAttribute("sources").map((s) => [s.id, s]));
    const problems: string[] = [];
    const check = (fact: string, evidence: readonly Evidence[]): void => {
      if (evidence.length === 0) problems.push(`${fact}: no evidence`);
      for (const e of evidence) {
        const text = sources.get(e.sourceId)?.text;
        if (text === undefined) problems.push(`${fact}: unknown source ${e.sourceId}`);
        else if (text.slice(e.start, e.end) !== e.quote)
          problems.push(`${fact}: "${e.quote}" is not at [${e.start}, ${e.end}) of ${e.sourceId}`);
      }
    };
    graph.forEachNode((id, a) => {
      check(`entity ${id}`, a.evidence);
      for (const m of a.metrics) check(`metric ${m.key} of ${id}`, m.evidence);
      for (const d of a.designations ?? []) check(`designation ${d.name} of ${id}`, d.evidence);
    });
    graph.forEachEdge((id, a) => check(`relation ${id}`, a.evidence));
    expect(problems).toEqual([]);
  });

  it("has no orphan entity", () => {
    const graph = corpus();
    expect(graph.filterNodes((id) => graph.degree(id) === 0)).toEqual([]);
  });

  it("keys every entity and relation by its own id, and no id names both", () => {
    const graph = corpus();
    graph.forEachNode((key, a) => expect(a.id).toBe(key));
    graph.forEachEdge((key, a) => expect(a.id).toBe(key));
    expect(graph.nodes().filter((id) => graph.hasEdge(id))).toEqual([]);
  });

  it("has the zone of every article", () => {
    const graph = corpus();
    for (const s of graph.getAttribute("sources"))
      expect(graph.hasNode(s.zoneId) && graph.getNodeAttribute(s.zoneId, "type")).toBe("ZONE");
  });

  it("ties every company to exactly the zone of the article that first evidences it, or places it nowhere", () => {
    const graph = corpus();
    const zoneOf = new Map(graph.getAttribute("sources").map((s) => [s.id, s.zoneId]));
    const problems: string[] = [];
    const unplaced: string[] = [];
    graph.forEachNode((id, a) => {
      if (a.type !== "COMPANY") return;
      const expected = zoneOf.get(a.evidence[0]?.sourceId ?? "");
      const tied = [...tiedZones(graph, id).keys()];
      if (expected === undefined) return problems.push(`${id}: first evidence names no article`);
      if (tied.length === 1 && tied[0] === expected) return;
      if (tied.length === 0) {
        // A company outside any zone may lie in a region, if it is the article zone's region.
        const located = graph.filterOutNeighbors(
          id,
          (n) =>
            graph.getNodeAttribute(n, "type") === "REGION" &&
            graph.someEdge(id, n, (_, e) => e.type === "LOCATED_IN"),
        );
        const allowed = zoneRegions(graph, expected);
        if (located.length > 0 && located.every((r) => allowed.has(r))) return;
        if (
          graph
            .outEdges(id)
            .every((e) => !["LOCATED_IN", "PART_OF"].includes(graph.getEdgeAttribute(e, "type")))
        )
          return unplaced.push(id);
        return problems.push(
          `${id}: tied to no zone${located.length > 0 ? ` and located in ${located.join(", ")}, not a region of ${expected}` : ""} (expected ${expected})`,
        );
      }
      problems.push(`${id}: tied to ${tied.join(", ")} (expected exactly ${expected})`);
    });
    expect(problems).toEqual([]);
    // The one company the text never locates: a location guessed from its name is not recorded.
    expect(unplaced).toEqual(["luzhou-laojiao"]);
  });
});

/** The relation of `type` from `from` to `to` (fails the test when there is none). */
function relation(graph: ZoneGraph, type: string, from: string, to: string): RelationAttributes {
  const key = graph.edges(from, to).find((e) => graph.getEdgeAttribute(e, "type") === type);
  if (key === undefined) throw new Error(`no ${type} ${from}->${to}`);
  return graph.getEdgeAttributes(key);
}

describe("the curated page as the proposer's development set", () => {
  it("counts what the facts hold", () => {
    const graph = corpus();
    const byType = new Map<string, number>();
    graph.forEachNode((_, a) => byType.set(a.type, (byType.get(a.type) ?? 0) + 1));
    expect([graph.order, graph.size]).toEqual([58, 58]);
    expect(Object.fromEntries(byType)).toEqual({
      ZONE: 5,
      REGION: 9,
      ORGANIZATION: 4,
      PERSON: 6,
      COMPANY: 16,
      PLATFORM: 7,
      PROJECT: 10,
      INVESTOR: 1,
    });
  });

  it("gives 泸州高新区 its designation 省级科技成果转化示范区 (provincial, 2022) with the quote that states it", () => {
    expect(corpus().getNodeAttribute("luzhou-hi-tech-zone", "designations")).toEqual([
      {
        name: "省级科技成果转化示范区",
        level: "PROVINCIAL",
        year: 2022,
        evidence: [
          expect.objectContaining({ quote: "泸州高新区自2022年成功创建省级科技成果转化示范区以来" }),
        ],
      },
    ]);
  });

  it("gives 石河子开发区 its three designations, the year where stated (none is)", () => {
    const designations = corpus().getNodeAttribute("shihezi-development-zone", "designations") ?? [];
    expect(designations.map((d) => [d.name, d.level, d.year])).toEqual([
      ["生产服务型国家物流枢纽", "NATIONAL", undefined],
      ["国家级双创示范基地", "NATIONAL", undefined],
      ["科创中国试点园区", undefined, undefined],
    ]);
    for (const d of designations) {
      expect(d.evidence[0]?.quote).toContain("石河子开发区");
      expect(d.evidence[0]?.quote).toContain(`“${d.name}”`);
    }
  });

  it("keeps the zones' designations out of the entities", () => {
    const graph = corpus();
    const names = [
      "省级科技成果转化示范区",
      "国家级双创示范基地",
      "生产服务型国家物流枢纽",
      "科创中国试点园区",
    ];
    const named = graph.filterNodes((_, a) => names.some((n) => a.name === n || a.aliases.includes(n)));
    expect(named).toEqual([]);
    expect(graph.filterNodes((_, a) => a.type === "PLATFORM" && a.kind === "DEMONSTRATION_BASE")).toEqual([]);
  });

  it("has 新疆 as a region, with 师市 PART_OF it, inferred with the reason", () => {
    const graph = corpus();
    expect(graph.getNodeAttributes("xinjiang")).toMatchObject({
      type: "REGION",
      name: "新疆维吾尔自治区",
      aliases: ["新疆"],
    });
    const partOf = relation(graph, "PART_OF", "shihezi-division-city", "xinjiang");
    expect(partOf.inferred?.reason).toMatch(/新疆石河子开发区/);
    expect(partOf.evidence.map((e) => e.quote).join("")).toContain("兵团乃至新疆");
  });

  it("knows 师市 also as 八师 and 石河子市", () => {
    const shi = corpus().getNodeAttributes("shihezi-division-city");
    expect(shi.name).toBe("八师石河子市");
    expect(shi.aliases).toEqual(expect.arrayContaining(["师市", "八师", "石河子市"]));
  });

  it("records no location for 泸州老窖: the text gives none", () => {
    const graph = corpus();
    expect(graph.outEdges("luzhou-laojiao").map((e) => graph.getEdgeAttribute(e, "type"))).toEqual([]);
  });

  it("quotes 威丰电磁's research team for the EV silicon-steel R&D it carries out", () => {
    const quote = relation(
      corpus(),
      "OWNED_BY",
      "weifeng-ev-silicon-steel-project",
      "weifeng-electromagnetic",
    ).evidence[0]?.quote;
    expect(quote).toMatch(
      /^公司研发团队接连在.*“新能源汽车用高强高效稀土取向硅钢新材料研发”等领域取得重大突破$/,
    );
  });

  it("quotes the institute by name in each of its three PARTNERS_WITH relations", () => {
    const graph = corpus();
    for (const partner of ["tsinghua-university", "zhejiang-university", "cas-siat"]) {
      const r = relation(graph, "PARTNERS_WITH", "luzhou-advanced-technology-institute", partner);
      expect(r.inferred).toBeUndefined();
      const quote = r.evidence[0]?.quote ?? "";
      expect(quote).toMatch(/^泸州先进技术研究院建立科技成果库/);
      expect(quote).toContain(graph.getNodeAttribute(partner, "name"));
    }
  });

  it("marks 科瑞德 and 泸州高新区 LOCATED_IN 泸州市 inferred, quoting the city beside each", () => {
    const graph = corpus();
    for (const [from, printed] of [
      ["sichuan-credit-pharmaceutical", "四川科瑞德制药股份有限公司"],
      ["luzhou-hi-tech-zone", "泸州高新区"],
    ] as const) {
      const r = relation(graph, "LOCATED_IN", from, "luzhou-city");
      expect(r.inferred?.reason, from).toMatch(/^Not stated/);
      expect(
        r.evidence.some((e) => e.quote.includes(printed) && e.quote.includes("泸州市")),
        from,
      ).toBe(true);
    }
  });
});
