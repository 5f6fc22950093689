/**
 * The graph sigma draws, derived from the loaded data: one node per entity (coloured by type,
 * sized by degree, labelled in the current language), one edge per relation; or, for large graphs,
 * the zone overview (zones sized by members, linked by shared counterparties) and views that grow
 * page by page. Filters become the `hidden` node attribute; labels follow the language.
 */
import { MultiDirectedGraph } from "graphology";
import type { EntityType, RelationType } from "@zonegraph/graph-data/ontology";
import type { EntitySummary, GraphData, RelationSummary, ZoneOverview } from "../api/api-types.ts";
import { isVisible, type FiltersState } from "../state/filters.ts";
import type { Lang } from "../state/i18n.ts";
import { entityLabel, nodeSize, typeColor } from "../state/labels.ts";
import { placeAround, spiral } from "./placement.ts";

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

/** Attributes of a drawn edge: a relation, or (overview) a link of zones sharing counterparties. */
export interface ViewEdge {
  /** The relation's type; null for an overview link. */
  relationType: RelationType | null;
  size: number;
  color: string;
  /** ForceAtlas2's attraction: 1 for relations, the share of the strongest link for overview links. */
  weight: number;
}

/** The graph sigma draws. */
export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

/** Colour of edges at rest. */
export const EDGE_COLOR = "#b8c0cc";
/** Largest node size (a zone with thousands of members stays readable). */
export const MAX_NODE_SIZE = 28;

/** An empty view graph. */
export const emptyViewGraph = (): ViewGraph => new MultiDirectedGraph<ViewNode, ViewEdge>();

function nodeOf(e: EntitySummary, lang: Lang, at: { x: number; y: number }): ViewNode {
  return {
    ...at,
    size: 4,
    color: typeColor(e.type),
    label: entityLabel(e, lang),
    hidden: false,
    entityType: e.type,
    name: e.name,
    nameEn: e.nameEn ?? "",
  };
}

function addRelation(graph: ViewGraph, r: RelationSummary): boolean {
  if (!graph.hasNode(r.from.id) || !graph.hasNode(r.to.id) || graph.hasEdge(r.id)) return false;
  graph.addDirectedEdgeWithKey(r.id, r.from.id, r.to.id, {
    relationType: r.type,
    size: 1,
    color: EDGE_COLOR,
    weight: 1,
  });
  return true;
}

const sizeByDegree = (graph: ViewGraph, id: string) =>
  graph.setNodeAttribute(id, "size", Math.min(MAX_NODE_SIZE, nodeSize(graph.degree(id))));

/** Builds the drawn graph; relations whose ends are unknown are skipped. */
export function buildViewGraph(data: GraphData, lang: Lang): ViewGraph {
  const graph = emptyViewGraph();
  // A golden-angle spiral, ordered by type, gives ForceAtlas2 a deterministic, untangled start.
  const ordered = [...data.entities].sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
  ordered.forEach((e, i) => graph.addNode(e.id, nodeOf(e, lang, spiral(i))));
  for (const r of data.relations) addRelation(graph, r);
  graph.forEachNode((id) => sizeByDegree(graph, id));
  return graph;
}

/** Colour of overview links. */
export const LINK_COLOR = "#c9d2dd";

/** The zone overview: zones sized by member count, linked (weighted) by shared counterparties. */
export function buildOverviewGraph(overview: ZoneOverview, lang: Lang): ViewGraph {
  const graph = emptyViewGraph();
  const maxMembers = Math.max(1, ...overview.zones.map((z) => z.memberCount));
  // Largest zones at the centre of the spiral, where the strongest links will pull them anyway.
  overview.zones.forEach((z, i) => {
    graph.addNode(z.zone.id, {
      ...nodeOf(z.zone, lang, spiral(i, 20)),
      size: 3 + (MAX_NODE_SIZE - 3) * Math.sqrt(z.memberCount / maxMembers),
    });
  });
  const maxShared = Math.max(1, ...overview.links.map((l) => l.sharedCounterparties));
  for (const l of overview.links) {
    if (!graph.hasNode(l.from.id) || !graph.hasNode(l.to.id)) continue;
    const share = l.sharedCounterparties / maxShared;
    graph.addDirectedEdgeWithKey(`link:${l.from.id}|${l.to.id}`, l.from.id, l.to.id, {
      relationType: null,
      size: 0.5 + 2.5 * share,
      color: LINK_COLOR,
      weight: share,
    });
  }
  return graph;
}

/**
 * Adds entities and relations to a live view: new entities start next to their anchor (the node
 * that ties them in), relations join known ends, and touched nodes are resized. Returns the ids added.
 */
export function mergeIntoView(
  graph: ViewGraph,
  entities: readonly EntitySummary[],
  relations: readonly RelationSummary[],
  lang: Lang,
  anchorOf: (id: string) => string | null,
): string[] {
  const added: string[] = [];
  const spread = 12;
  for (const e of entities) {
    if (graph.hasNode(e.id)) continue;
    const anchor = anchorOf(e.id);
    const at =
      anchor !== null && graph.hasNode(anchor)
        ? placeAround(graph.getNodeAttributes(anchor), e.id, spread)
        : placeAround({ x: 0, y: 0 }, e.id, 10 * spread);
    graph.addNode(e.id, nodeOf(e, lang, at));
    added.push(e.id);
  }
  const touched = new Set<string>(added);
  for (const r of relations) {
    if (!addRelation(graph, r)) continue;
    touched.add(r.from.id);
    touched.add(r.to.id);
  }
  for (const id of touched) sizeByDegree(graph, id);
  return added;
}

// No attribute hints below: with a hint sigma repaints without reindexing, which fails for nodes
// added since its last render (a view that grows page by page).

/** Relabels every node in a language. */
export function applyLabels(graph: ViewGraph, lang: Lang): void {
  graph.updateEachNodeAttributes((_id, a) => ({ ...a, label: entityLabel(a, lang) }));
}

/** Sets `hidden` on every node from the filters, touching only the nodes that change. */
export function applyFilters(graph: ViewGraph, filters: FiltersState): void {
  const changed: string[] = [];
  graph.forEachNode((id, a) => {
    if (a.hidden === isVisible(filters, id, a.entityType)) changed.push(id);
  });
  // Per-node updates when few change (each one is a small repaint), one pass when many do.
  if (changed.length < 200)
    for (const id of changed) graph.setNodeAttribute(id, "hidden", !graph.getNodeAttribute(id, "hidden"));
  else graph.updateEachNodeAttributes((id, a) => ({ ...a, hidden: !isVisible(filters, id, a.entityType) }));
}

/** Number of entities of each type (for the legend). */
export function countByType(graph: ViewGraph): Map<EntityType, number> {
  const counts = new Map<EntityType, number>();
  graph.forEachNode((_id, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
  return counts;
}
