import { describe, expect, it } from "vitest";
import type { GraphData } from "../api/api-types.ts";
import { EMPTY_FILTERS, toggleType } from "../state/filters.ts";
import {
  applyFilters,
  applyLabels,
  buildOverviewGraph,
  buildViewGraph,
  countByType,
  MAX_NODE_SIZE,
  mergeIntoView,
} from "./graph-model.ts";

const data: GraphData = {
  entities: [
    { id: "z", type: "ZONE", name: "石河子开发区", nameEn: "Shihezi Development Zone" },
    { id: "c", type: "COMPANY", name: "合盛硅业", nameEn: null },
  ],
  relations: [
    { id: "r1", type: "LOCATED_IN", title: null, inferred: false, from: { id: "c" }, to: { id: "z" } },
    { id: "r2", type: "LOCATED_IN", title: null, inferred: false, from: { id: "c" }, to: { id: "missing" } },
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

  it("draws the overview: zones sized by members, links weighted by shared counterparties", () => {
    const zone = (id: string) => ({ id, type: "ZONE" as const, name: id, nameEn: null });
    const graph = buildOverviewGraph(
      {
        zoneCount: 3,
        linkCount: 1,
        zones: [
          { zone: zone("big"), memberCount: 400, counterpartyCount: 9 },
          { zone: zone("small"), memberCount: 4, counterpartyCount: 1 },
        ],
        links: [
          { sharedCounterparties: 3, from: { id: "big" }, to: { id: "small" } },
          { sharedCounterparties: 1, from: { id: "big" }, to: { id: "absent" } },
        ],
      },
      "zh",
    );
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute("big", "size")).toBe(MAX_NODE_SIZE);
    expect(graph.getNodeAttribute("small", "size")).toBeLessThan(MAX_NODE_SIZE / 2);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute(graph.edges()[0] ?? "", "weight")).toBe(1);
  });

  it("merges entities next to their anchor and joins relations to known ends", () => {
    const graph = buildViewGraph(data, "zh");
    const z = graph.getNodeAttributes("z");
    const added = mergeIntoView(
      graph,
      [
        { id: "p", type: "PROJECT", name: "项目", nameEn: null },
        { id: "c", type: "COMPANY", name: "合盛硅业", nameEn: null },
      ],
      [
        { id: "r3", type: "OWNED_BY", title: null, inferred: false, from: { id: "p" }, to: { id: "z" } },
        {
          id: "r4",
          type: "OWNED_BY",
          title: null,
          inferred: false,
          from: { id: "p" },
          to: { id: "nowhere" },
        },
      ],
      "zh",
      () => "z",
    );
    expect(added).toEqual(["p"]);
    expect(graph.hasEdge("r3")).toBe(true);
    expect(graph.hasEdge("r4")).toBe(false);
    const p = graph.getNodeAttributes("p");
    expect(Math.hypot(p.x - z.x, p.y - z.y)).toBeLessThan(20);
  });
});
