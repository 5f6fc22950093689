/**
 * Hover, selection and the highlighted path, as pure state. `emphasis` decides for the reducers
 * which nodes and edges stay bright: the hovered (else selected) node with its neighbours, or the path.
 */

/** What the user points at and has chosen. */
export interface SelectionState {
  hovered: string | null;
  /** The relation under the pointer (its type and title are shown beside it). */
  hoveredEdge: string | null;
  selected: string | null;
  /** Node and edge ids of the shortest path on show, if any. */
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
}

/** Nothing hovered, selected or highlighted. */
export const EMPTY_SELECTION: SelectionState = {
  hovered: null,
  hoveredEdge: null,
  selected: null,
  path: null,
};

/** Sets the hovered node (null when the pointer leaves it). */
export function hover(state: SelectionState, id: string | null): SelectionState {
  return state.hovered === id ? state : { ...state, hovered: id };
}

/** Sets the hovered edge (null when the pointer leaves it). */
export function hoverEdge(state: SelectionState, id: string | null): SelectionState {
  return state.hoveredEdge === id ? state : { ...state, hoveredEdge: id };
}

/** Selects a node (null to clear). */
export function select(state: SelectionState, id: string | null): SelectionState {
  return state.selected === id ? state : { ...state, selected: id };
}

/** Shows a path (null to clear). */
export function showPath(state: SelectionState, path: SelectionState["path"]): SelectionState {
  return { ...state, path };
}

/** Which nodes and edges stay bright; null means nothing is dimmed. */
export interface Emphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string> | null;
  /** The node whose neighbourhood is shown (its incident edges stay bright). */
  center: string | null;
}

/** Computes the emphasis: hover wins over the path, the path over the selection. */
export function emphasis(
  state: SelectionState,
  neighbors: (id: string) => Iterable<string>,
): Emphasis | null {
  const focusNode = (id: string): Emphasis => ({
    nodes: new Set([id, ...neighbors(id)]),
    edges: null,
    center: id,
  });
  if (state.hovered !== null) return focusNode(state.hovered);
  if (state.path !== null)
    return { nodes: new Set(state.path.nodes), edges: new Set(state.path.edges), center: null };
  if (state.selected !== null) return focusNode(state.selected);
  return null;
}

/** Whether an edge stays bright under an emphasis. */
export function isEdgeEmphasized(e: Emphasis, edge: string, source: string, target: string): boolean {
  if (e.edges !== null) return e.edges.has(edge);
  return source === e.center || target === e.center;
}
