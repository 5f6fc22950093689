// GEXF, GraphML and JSON exports parse back with the graph's entities and relations.
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { toGexf } from "../src/export/gexf.ts";
import { toGraphml } from "../src/export/graphml.ts";
import { toJson } from "../src/export/json.ts";
import { loadGraph } from "../src/load/load-corpus.ts";
import type { EntityAttributes, GraphAttributes, RelationAttributes, ZoneGraph } from "../src/types.ts";
import { FIXTURES } from "./load-helpers.ts";
import { xmlElementCounts } from "./xml-well-formed.ts";

const graph = loadGraph({
  sourcesFile: join(FIXTURES, "sources.yaml"),
  factsDir: join(FIXTURES, "happy/facts"),
});

describe("exports", () => {
  it("JSON imports back with the same entities, relations and attributes", () => {
    const back: ZoneGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
    back.import(JSON.parse(toJson(graph)));
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(back.getNodeAttributes("jiayi-tech")).toEqual(graph.getNodeAttributes("jiayi-tech"));
    expect(back.getNodeAttribute("bing-park", "designations")).toEqual(
      graph.getNodeAttribute("bing-park", "designations"),
    );
    expect(back.getAttribute("sources")).toEqual(graph.getAttribute("sources"));
  });

  it("GEXF is well-formed and Graphology's GEXF parser reads every node and edge", () => {
    const gexf = toGexf(graph);
    const counts = xmlElementCounts(gexf);
    expect([counts.get("node"), counts.get("edge")]).toEqual([graph.order, graph.size]);
    const back = parse(MultiDirectedGraph, gexf);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(back.getNodeAttributes("jiayi-rd-center")).toMatchObject({
      label: "甲乙科技研发中心",
      type: "PLATFORM",
      nameEn: "Jiayi Technology R&D Centre",
      color: "rgb(47,158,68)",
    });
    expect(back.getNodeAttributes("jia-zone")).toMatchObject({ "metric:rd_platforms": 12 });
    expect(back.getNodeAttribute("bing-park", "designations")).toBe("省级绿色园区 (PROVINCIAL, 2021)");
  });

  it("GraphML is well-formed, declares its keys and keeps relation ids as edge data", () => {
    const graphml = toGraphml(graph);
    const counts = xmlElementCounts(graphml);
    expect([counts.get("node"), counts.get("edge")]).toEqual([graph.order, graph.size]);
    expect(graphml).toContain('<key id="n_type" for="node" attr.name="type" attr.type="string"/>');
    expect(graphml).toContain('<data key="e_id">ROLE_AT:li-si-&gt;jiayi-tech#2</data>');
    expect(graphml).toContain("Jiayi Technology R&amp;D Centre");
    expect(graphml).toContain('<data key="n_designations">省级绿色园区 (PROVINCIAL, 2021)</data>');
  });

  it("escapes markup in names so the XML stays well-formed", () => {
    const tricky = graph.copy();
    tricky.mergeNodeAttributes("li-si", { nameEn: `<b>"Li" & 'Si'</b>\u0007` });
    expect(() => xmlElementCounts(toGexf(tricky))).not.toThrow();
    expect(() => xmlElementCounts(toGraphml(tricky))).not.toThrow();
    expect(parse(MultiDirectedGraph, toGexf(tricky)).getNodeAttribute("li-si", "nameEn")).toBe(
      `<b>"Li" & 'Si'</b>`,
    );
  });
});
