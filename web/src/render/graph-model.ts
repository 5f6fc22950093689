/**
 * The graph sigma draws, derived from the loaded data: one node per entity (coloured by type,
 * sized by degree, labelled in the current language), one edge per relation. Filters become the
 * `hidden` node attribute; labels follow the language.
 */
import { MultiDirectedGraph } from "graphology";
import type { EntityType, RelationType } from "@zonegraph/graph-data/ontology";
import type { GraphData } from "../api/api-types.ts";
import { isVisible, type FiltersState } from "../state/filters.ts";
import type { Lang } from "../state/i18n.ts";
import { entityLabel, nodeSize, typeColor } from "../state/labels.ts";

/** Attributes of a drawn node (`entityType`, not `type`: sigma reads `type` as its node program). */
export interface ViewNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  hidden: boolean;
  entityType: EntityType;
  name: string;
  nameEn: string;
}

/** Attributes of a drawn edge. */
export interface ViewEdge {
  relationType: RelationType;
  size: number;
  color: string;
}

/** The graph sigma draws. */
export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

/** Colour of edges at rest. */
export const EDGE_COLOR = "#b8c0cc";

/** Builds the drawn graph; relations whose ends are unknown are skipped. */
export function buildViewGraph(data: GraphData, lang: Lang): ViewGraph {
  const graph: ViewGraph = new MultiDirectedGraph<ViewNode, ViewEdge>();
  // A golden-angle spiral, ordered by type, gives ForceAtlas2 a deterministic, untangled start.
  const ordered = [...data.entities].sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
  ordered.forEach((e, i) => {
    const r = 10 * Math.sqrt(i + 1);
    const angle = i * 2.399963;
    graph.addNode(e.id, {
      x: r * Math.cos(angle),
      y: r * Math.sin(angle),
      size: 4,
      color: typeColor(e.type),
      label: entityLabel(e, lang),
      hidden: false,
      entityType: e.type,
      name: e.name,
      nameEn: e.nameEn ?? "",
    });
  });
  for (const r of data.relations) {
    if (!graph.hasNode(r.from.id) || !graph.hasNode(r.to.id) || graph.hasEdge(r.id)) continue;
    graph.addDirectedEdgeWithKey(r.id, r.from.id, r.to.id, { relationType: r.type, size: 1, color: EDGE_COLOR });
  }
  graph.forEachNode((id) => graph.setNodeAttribute(id, "size", nodeSize(graph.degree(id))));
  return graph;
}

/** Relabels every node in a language. */
export function applyLabels(graph: ViewGraph, lang: Lang): void {
  graph.updateEachNodeAttributes((_id, a) => ({ ...a, label: entityLabel(a, lang) }), { attributes: ["label"] });
}

/** Sets `hidden` on every node from the filters. */
export function applyFilters(graph: ViewGraph, filters: FiltersState): void {
  graph.updateEachNodeAttributes((id, a) => ({ ...a, hidden: !isVisible(filters, id, a.entityType) }), { attributes: ["hidden"] });
}

/** Number of entities of each type (for the legend). */
export function countByType(graph: ViewGraph): Map<EntityType, number> {
  const counts = new Map<EntityType, number>();
  graph.forEachNode((_id, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
  return counts;
}
