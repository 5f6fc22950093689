import { describe, expect, it } from "vitest";
import type { GraphData } from "../api/api-types.ts";
import { EMPTY_FILTERS, toggleType } from "../state/filters.ts";
import { applyFilters, applyLabels, buildViewGraph, countByType } from "./graph-model.ts";

const data: GraphData = {
  entities: [
    { id: "z", type: "ZONE", name: "石河子开发区", nameEn: "Shihezi Development Zone" },
    { id: "c", type: "COMPANY", name: "合盛硅业", nameEn: null },
  ],
  relations: [
    { id: "r1", type: "LOCATED_IN", from: { id: "c" }, to: { id: "z" } },
    { id: "r2", type: "LOCATED_IN", from: { id: "c" }, to: { id: "missing" } },
  ],
};

describe("view graph", () => {
  it("draws one node per entity and skips relations to unknown entities", () => {
    const graph = buildViewGraph(data, "zh");
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttribute("z", "color")).toBe("#d94841");
    expect(graph.getNodeAttribute("z", "size")).toBeGreaterThan(4);
  });

  it("relabels nodes when the language changes", () => {
    const graph = buildViewGraph(data, "zh");
    expect(graph.getNodeAttribute("z", "label")).toBe("石河子开发区");
    applyLabels(graph, "en");
    expect(graph.getNodeAttribute("z", "label")).toBe("Shihezi Development Zone");
    expect(graph.getNodeAttribute("c", "label")).toBe("合盛硅业");
  });

  it("hides the nodes the filters leave out", () => {
    const graph = buildViewGraph(data, "zh");
    applyFilters(graph, toggleType(EMPTY_FILTERS, "COMPANY"));
    expect(graph.getNodeAttribute("c", "hidden")).toBe(true);
    expect(graph.getNodeAttribute("z", "hidden")).toBe(false);
    expect(countByType(graph).get("COMPANY")).toBe(1);
  });
});
