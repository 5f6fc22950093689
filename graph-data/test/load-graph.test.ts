// The happy path: fixture sources and facts become a typed graph whose evidence offsets hold.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGraph } from "../src/load/load-corpus.ts";
import { LoadErrors } from "../src/load/load-errors.ts";
import type { Evidence } from "../src/types.ts";
import { FIXTURES } from "./load-helpers.ts";

const graph = loadGraph({
  sourcesFile: join(FIXTURES, "sources.yaml"),
  factsDir: join(FIXTURES, "happy/facts"),
});
const sources = new Map(graph.getAttribute("sources").map((s) => [s.id, s]));
const slice = (e: Evidence): string | undefined => sources.get(e.sourceId)?.text.slice(e.start, e.end);

describe("loadGraph", () => {
  it("builds one node per entity and one edge per relation, keyed by id", () => {
    expect(graph.nodes()).toEqual([
      "jia-zone",
      "jiayi-tech",
      "jiayi-rd-center",
      "li-si",
      "bing-park",
      "ding-storage-project",
    ]);
    expect(graph.edges()).toEqual([
      "LOCATED_IN:jiayi-tech->jia-zone",
      "HOSTED_BY:jiayi-rd-center->jiayi-tech",
      "ROLE_AT:li-si->jiayi-tech",
      "ROLE_AT:li-si->jiayi-tech#2",
      "LOCATED_IN:ding-storage-project->bing-park",
      "COOPERATES_WITH:bing-park->jiayi-tech",
    ]);
    graph.forEachEdge((key, a) => expect(a.id).toBe(key));
  });

  it("resolves every quote to offsets such that text.slice(start, end) === quote", () => {
    const all: Evidence[] = [];
    graph.forEachNode((_, a) => all.push(...a.evidence, ...a.metrics.flatMap((m) => m.evidence)));
    graph.forEachEdge((_, a) => all.push(...a.evidence));
    expect(all.length).toBeGreaterThan(15);
    for (const e of all) expect(slice(e)).toBe(e.quote);
  });

  it("finds a quote across a rejoined word and honours occurrence", () => {
    const company = graph.getNodeAttributes("jiayi-tech");
    expect(company.evidence[0]?.quote).toBe("甲乙科技有限公司(以下简称甲乙科技)");
    const third = company.evidence[1];
    expect(third && sources.get("article-a")?.text.slice(0, third.start).split("甲乙科技").length).toBe(3);
  });

  it("looks quotes up in the evidence item's own source when it names one", () => {
    expect(graph.getEdgeAttributes("COOPERATES_WITH:bing-park->jiayi-tech").evidence[0]?.sourceId).toBe(
      "article-a",
    );
  });

  it("fills metric labels from the ontology and omits an EXACT qualifier", () => {
    const [funding, patents] = graph.getNodeAttributes("jiayi-tech").metrics;
    expect(funding).toMatchObject({
      key: "innovation_funding",
      label: { zh: "创新资金支持", en: "innovation funding received" },
      value: 206_000_000,
      unit: "yuan",
    });
    expect(patents && "qualifier" in patents).toBe(false);
  });

  it("keeps type-specific attributes and turns `inferred` into a reason", () => {
    expect(graph.getNodeAttributes("ding-storage-project")).toMatchObject({
      type: "PROJECT",
      investmentYuan: 410_000_000,
      status: "STARTED",
      year: 2023,
    });
    expect(graph.getNodeAttributes("jiayi-rd-center")).toMatchObject({
      kind: "RD_CENTER",
      level: "PROVINCIAL",
    });
    expect(graph.getEdgeAttributes("ROLE_AT:li-si->jiayi-tech")).toMatchObject({ title: "副总经理" });
    expect(graph.getEdgeAttributes("ROLE_AT:li-si->jiayi-tech#2").inferred).toEqual({
      reason: "he speaks for the company in the article",
    });
  });

  it("keeps a zone's designations with their level, year and resolved evidence", () => {
    const designations = graph.getNodeAttribute("bing-park", "designations");
    expect(designations).toEqual([
      {
        name: "省级绿色园区",
        level: "PROVINCIAL",
        year: 2021,
        evidence: [
          expect.objectContaining({ sourceId: "article-b", quote: "丙产业园于2021年获批省级绿色园区" }),
        ],
      },
    ]);
    const ev = designations?.[0]?.evidence[0];
    expect(ev && slice(ev)).toBe("丙产业园于2021年获批省级绿色园区");
    expect("designations" in graph.getNodeAttributes("jia-zone")).toBe(false);
  });

  it("puts the sources, with their metadata, on the graph", () => {
    expect(graph.getAttribute("sources").map((s) => [s.id, s.zoneId, s.publication])).toEqual([
      ["article-a", "jia-zone", "测试日报"],
      ["article-b", "bing-park", "测试日报"],
    ]);
  });

  it("fails clearly when the facts directory is empty or missing", () => {
    expect(() =>
      loadGraph({
        sourcesFile: join(FIXTURES, "sources.yaml"),
        factsDir: join(FIXTURES, "no-such-dir/facts"),
      }),
    ).toThrow(LoadErrors);
    expect(() =>
      loadGraph({
        sourcesFile: join(FIXTURES, "sources.yaml"),
        factsDir: join(FIXTURES, "no-such-dir/facts"),
      }),
    ).toThrow(/facts\/:0: no facts files/);
  });
});
