/**
 * What the edge tooltip says of an edge on the canvas: its relation type, title, whether it is
 * inferred, the labels of its ends, and the middle of the edge on screen.
 */
import type { RelationType } from "@zonegraph/graph-data/ontology";
import type { Lang } from "../state/i18n.ts";
import { nodeLabel } from "./graph-model.ts";
import type { SigmaView } from "./sigma-view.ts";

/** What the tooltip shows of an edge, and where (CSS pixels in the canvas). */
export interface EdgeInfo {
  type: RelationType | null;
  title: string | null;
  inferred: boolean;
  from: string;
  to: string;
  x: number;
  y: number;
}

/** Describes edge `id` of the view's graph (null when it is not there). */
export function describeEdge(view: SigmaView | null, id: string, lang: Lang): EdgeInfo | null {
  if (!view) return null;
  const graph = view.sigma.getGraph();
  if (!graph.hasEdge(id)) return null;
  const a = graph.getEdgeAttributes(id);
  const [source, target] = graph.extremities(id);
  const s = view.sigma.graphToViewport(graph.getNodeAttributes(source));
  const t = view.sigma.graphToViewport(graph.getNodeAttributes(target));
  return {
    type: a.relationType,
    title: a.title,
    inferred: a.inferred,
    from: nodeLabel(graph.getNodeAttributes(source), lang),
    to: nodeLabel(graph.getNodeAttributes(target), lang),
    x: (s.x + t.x) / 2,
    y: (s.y + t.y) / 2,
  };
}
