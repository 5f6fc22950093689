import { describe, expect, it } from "vitest";
import { EMPTY_SELECTION, type SelectionState } from "../state/selection.ts";
import { emptyViewGraph, type ViewEdge, type ViewGraph, type ViewNode } from "./graph-model.ts";
import {
  BRIGHT_EDGE,
  createReducers,
  DIM_EDGE,
  DIM_NODE,
  MAX_FORCED_LABELS,
  paler,
  PATH_EDGE,
} from "./reducers.ts";

const node = (label: string): ViewNode => ({
  x: 0,
  y: 0,
  size: 4,
  color: "#123456",
  label,
  hidden: false,
  entityType: "COMPANY",
  name: label,
  nameEn: "",
  role: null,
  hops: null,
  groupCount: 0,
  fixed: false,
});
const edge: ViewEdge = {
  relationType: "LOCATED_IN",
  size: 1,
  color: "#b8c0cc",
  weight: 1,
  title: null,
  inferred: false,
  hidden: false,
};

/** a → b → c → d, and e alone. */
function chain(): ViewGraph {
  const graph = emptyViewGraph();
  for (const id of ["a", "b", "c", "d", "e"]) graph.addNode(id, node(id));
  graph.addDirectedEdgeWithKey("ab", "a", "b", edge);
  graph.addDirectedEdgeWithKey("bc", "b", "c", edge);
  graph.addDirectedEdgeWithKey("cd", "c", "d", edge);
  return graph;
}

function reduced(graph: ViewGraph, selection: Partial<SelectionState>) {
  const reducers = createReducers(graph);
  reducers.update({ ...EMPTY_SELECTION, ...selection });
  return {
    node: (id: string) => reducers.nodeReducer(id, graph.getNodeAttributes(id)),
    edge: (id: string) => reducers.edgeReducer(id, graph.getEdgeAttributes(id)),
  };
}

describe("reducers", () => {
  it("draw every node and edge as they are when nothing is pointed at or chosen", () => {
    const graph = chain();
    const r = reduced(graph, {});
    expect(r.node("e")).toEqual(graph.getNodeAttributes("e"));
    expect(r.edge("ab")).toEqual(graph.getEdgeAttributes("ab"));
  });

  it("keep the hovered node and its neighbours bright and labelled, and dim the rest", () => {
    const r = reduced(chain(), { hovered: "b" });
    expect(r.node("b")).toMatchObject({ highlighted: true, forceLabel: true, color: "#123456" });
    expect(r.node("a")).toMatchObject({ forceLabel: true, label: "a", color: "#123456" });
    expect(r.node("d")).toMatchObject({ color: DIM_NODE, label: "", highlighted: false });
    expect(r.edge("ab").color).toBe(BRIGHT_EDGE);
    expect(r.edge("bc").color).toBe(BRIGHT_EDGE);
    expect(r.edge("cd").color).toBe(DIM_EDGE);
  });

  it("show the selected node's neighbourhood when nothing is hovered", () => {
    const r = reduced(chain(), { selected: "d" });
    expect(r.node("d").highlighted).toBe(true);
    expect(r.node("c").color).toBe("#123456");
    expect(r.node("a").color).toBe(DIM_NODE);
    expect(r.edge("cd").color).toBe(BRIGHT_EDGE);
  });

  it("draw a path thick and red, with only its own edges bright", () => {
    const r = reduced(chain(), { path: { nodes: ["a", "b", "c"], edges: ["ab", "bc"] } });
    expect(r.edge("ab")).toMatchObject({ color: PATH_EDGE, size: 3 });
    expect(r.edge("cd").color).toBe(DIM_EDGE);
    expect(r.node("c").color).toBe("#123456");
    expect(r.node("d").color).toBe(DIM_NODE);
  });

  it("let the hovered node win over the path on show", () => {
    const r = reduced(chain(), { hovered: "d", path: { nodes: ["a", "b"], edges: ["ab"] } });
    expect(r.edge("cd").color).toBe(BRIGHT_EDGE);
    expect(r.edge("ab").color).toBe(DIM_EDGE);
    expect(r.node("a").color).toBe(DIM_NODE);
  });

  it("force only the centre's label when the neighbourhood is large", () => {
    const graph = emptyViewGraph();
    graph.addNode("hub", node("hub"));
    for (let i = 0; i <= MAX_FORCED_LABELS; i++) {
      graph.addNode(`n${i}`, node(`n${i}`));
      graph.addDirectedEdgeWithKey(`e${i}`, `n${i}`, "hub", edge);
    }
    const r = reduced(graph, { selected: "hub" });
    expect(r.node("hub").forceLabel).toBe(true);
    expect(r.node("n0")).toMatchObject({ forceLabel: false, color: "#123456" });
  });

  it("follow a new selection after update", () => {
    const graph = chain();
    const reducers = createReducers(graph);
    reducers.update({ ...EMPTY_SELECTION, hovered: "a" });
    expect(reducers.nodeReducer("d", graph.getNodeAttributes("d")).color).toBe(DIM_NODE);
    reducers.update(EMPTY_SELECTION);
    expect(reducers.nodeReducer("d", graph.getNodeAttributes("d")).color).toBe("#123456");
  });

  it("draw another graph with the selection kept, without looking up its edges in the old one", () => {
    const before = chain();
    const after = emptyViewGraph();
    for (const id of ["a", "x", "y"]) after.addNode(id, node(id));
    after.addDirectedEdgeWithKey("new-1", "a", "x", edge);
    after.addDirectedEdgeWithKey("new-2", "x", "y", edge);
    const reducers = createReducers(before);
    reducers.update({ ...EMPTY_SELECTION, selected: "a" });
    reducers.setGraph(after);
    const colour = (id: string) => reducers.edgeReducer(id, after.getEdgeAttributes(id)).color;
    expect(colour("new-1")).toBe(BRIGHT_EDGE);
    expect(colour("new-2")).toBe(DIM_EDGE);
    expect(reducers.nodeReducer("x", after.getNodeAttributes("x")).color).not.toBe(DIM_NODE);
  });

  it("draw a zone's counterparties paler and smaller than its members", () => {
    const graph = chain();
    graph.mergeNodeAttributes("a", { role: "MEMBER" });
    graph.mergeNodeAttributes("b", { role: "COUNTERPARTY" });
    const reducers = createReducers(graph);
    reducers.update(EMPTY_SELECTION);
    const member = reducers.nodeReducer("a", graph.getNodeAttributes("a"));
    const counterparty = reducers.nodeReducer("b", graph.getNodeAttributes("b"));
    expect(member.color).toBe("#123456");
    expect(counterparty.color).toBe(paler("#123456"));
    expect(counterparty.color).not.toBe("#123456");
    expect(counterparty.size).toBeLessThan(member.size ?? 0);
  });
});
