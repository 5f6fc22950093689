import { describe, expect, it } from "vitest";
import { EMPTY_SELECTION, emphasis, hover, isEdgeEmphasized, select, showPath } from "./selection.ts";

const adjacency: Record<string, string[]> = { a: ["b"], b: ["a", "c"], c: ["b"] };
const neighbors = (id: string) => adjacency[id] ?? [];

describe("selection", () => {
  it("dims nothing when nothing is hovered or selected", () => {
    expect(emphasis(EMPTY_SELECTION, neighbors)).toBeNull();
  });

  it("keeps the hovered node and its neighbours bright", () => {
    const e = emphasis(hover(EMPTY_SELECTION, "a"), neighbors);
    expect([...(e?.nodes ?? [])].sort()).toEqual(["a", "b"]);
    expect(e && isEdgeEmphasized(e, "ab", "a", "b")).toBe(true);
    expect(e && isEdgeEmphasized(e, "bc", "b", "c")).toBe(false);
  });

  it("keeps the selected node's neighbourhood bright after the pointer leaves", () => {
    const state = hover(hover(select(EMPTY_SELECTION, "c"), "a"), null);
    expect([...(emphasis(state, neighbors)?.nodes ?? [])].sort()).toEqual(["b", "c"]);
  });

  it("lets hover win over the selection", () => {
    const state = hover(select(EMPTY_SELECTION, "c"), "a");
    expect(emphasis(state, neighbors)?.center).toBe("a");
  });

  it("highlights exactly the nodes and edges of a path", () => {
    const state = showPath(select(EMPTY_SELECTION, "a"), { nodes: ["a", "b", "c"], edges: ["ab", "bc"] });
    const e = emphasis(state, neighbors);
    expect(e?.nodes.size).toBe(3);
    expect(e && isEdgeEmphasized(e, "bc", "b", "c")).toBe(true);
    expect(e && isEdgeEmphasized(e, "xx", "a", "c")).toBe(false);
  });

  it("returns the same state when nothing changes", () => {
    const state = select(EMPTY_SELECTION, "a");
    expect(select(state, "a")).toBe(state);
  });
});
