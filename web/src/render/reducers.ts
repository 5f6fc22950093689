/**
 * Sigma reducers for hover, selection and the path: the emphasised nodes stay bright with their
 * labels, the rest dims; a zone's counterparties are paler and smaller than its members. The
 * emphasis is computed once per state change, not per node.
 */
import type { Settings } from "sigma/settings";
import { emphasis, isEdgeEmphasized, type Emphasis, type SelectionState } from "../state/selection.ts";
import type { ViewEdge, ViewGraph, ViewNode } from "./graph-model.ts";

/** Colour of dimmed nodes and edges. */
export const DIM_NODE = "#e3e6ea";
export const DIM_EDGE = "#eef0f3";
/** Colour of emphasised edges. */
export const BRIGHT_EDGE = "#4a5568";
export const PATH_EDGE = "#d94841";

/** A colour mixed with white: counterparties are drawn in a paler shade of their type's colour. */
export function paler(hex: string, amount = 0.45): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const mix = (c: string | undefined) =>
    Math.round(parseInt(c ?? "0", 16) + (255 - parseInt(c ?? "0", 16)) * amount)
      .toString(16)
      .padStart(2, "0");
  return `#${mix(m[1])}${mix(m[2])}${mix(m[3])}`;
}

/** Largest emphasised set whose labels are all forced on. */
export const MAX_FORCED_LABELS = 10;

/** Reducers bound to a graph, with `update` to call when the selection changes. */
export interface Reducers {
  nodeReducer: NonNullable<Settings<ViewNode, ViewEdge>["nodeReducer"]>;
  edgeReducer: NonNullable<Settings<ViewNode, ViewEdge>["edgeReducer"]>;
  update(selection: SelectionState): void;
  /**
   * Binds the reducers to another graph (call just before sigma draws it): sigma redraws at once
   * when given a graph, and reducers still reading the old one would look up edges it lacks.
   */
  setGraph(graph: ViewGraph): void;
}

/** Creates the reducers of a graph. */
export function createReducers(first: ViewGraph): Reducers {
  let graph = first;
  let current: Emphasis | null = null;
  let selected: string | null = null;
  let isPath = false;
  let last: SelectionState | null = null;
  const update = (selection: SelectionState) => {
    last = selection;
    current = emphasis(selection, (id) => (graph.hasNode(id) ? graph.neighbors(id) : []));
    selected = selection.selected;
    isPath = selection.hovered === null && selection.path !== null;
  };
  return {
    update,
    setGraph(next) {
      graph = next;
      if (last) update(last);
    },
    nodeReducer(node, data) {
      const res: Partial<ViewNode> & { highlighted?: boolean; forceLabel?: boolean; zIndex?: number } = {
        ...data,
      };
      if (node === selected) res.highlighted = true;
      // Counterparties apart from members in style too (they are also on rings of their own).
      if (data.role === "COUNTERPARTY") {
        res.color = paler(data.color);
        res.size = data.size * 0.85;
      }
      if (current === null) return res;
      if (current.nodes.has(node)) {
        // Forcing every label of a large neighbourhood piles them up; sigma's label grid thins them instead.
        res.forceLabel = node === current.center || current.nodes.size <= MAX_FORCED_LABELS;
        res.zIndex = 1;
        if (node === current.center) res.highlighted = true;
      } else {
        res.color = DIM_NODE;
        res.label = "";
        res.zIndex = 0;
        res.highlighted = false;
      }
      return res;
    },
    edgeReducer(edge, data) {
      const res: Partial<ViewEdge> & { hidden?: boolean; zIndex?: number } = { ...data };
      if (current === null) return res;
      const [source, target] = graph.extremities(edge);
      if (isEdgeEmphasized(current, edge, source, target)) {
        res.color = isPath ? PATH_EDGE : BRIGHT_EDGE;
        res.size = isPath ? 3 : 1.5;
        res.zIndex = 1;
      } else {
        res.color = DIM_EDGE;
        res.zIndex = 0;
      }
      return res;
    },
  };
}
