import { describe, expect, it } from "vitest";
import { emptyViewGraph, type ViewNode } from "./graph-model.ts";
import { applyPositions, toMatrices } from "./layout-supervisor.ts";

const node = (x: number, y: number, fixed = false): ViewNode => ({
  x,
  y,
  size: 2,
  color: "#000",
  label: "",
  hidden: false,
  entityType: "COMPANY",
  name: "",
  nameEn: "",
  role: null,
  hops: null,
  groupCount: 0,
  fixed,
});

function tiny() {
  const graph = emptyViewGraph();
  graph.addNode("a", node(1, 2));
  graph.addNode("b", node(3, 4, true));
  graph.addDirectedEdgeWithKey("r", "a", "b", {
    relationType: null,
    size: 1,
    color: "#000",
    weight: 0.5,
    title: null,
    inferred: false,
    hidden: false,
  });
  return graph;
}

describe("layout matrices", () => {
  it("carry positions, pinned nodes and weighted degree as mass to the worker", () => {
    const { nodes, edges } = toMatrices(tiny());
    expect([nodes[0], nodes[1], nodes[6], nodes[9]]).toEqual([1, 2, 1.5, 0]);
    expect([nodes[10], nodes[11], nodes[19]]).toEqual([3, 4, 1]);
    expect([...edges]).toEqual([0, 10, 0.5]);
  });

  it("put the worker's positions back on the nodes in graph order", () => {
    const graph = tiny();
    applyPositions(graph, new Float32Array([5, 6, 7, 8]));
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 5, y: 6 });
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: 7, y: 8 });
  });
});
