/**
 * The graph sigma draws, derived from the loaded data: one node per entity (coloured by type,
 * sized by degree, labelled in the current language), one edge per relation; or, for large graphs,
 * the zone overview (zones sized by members, linked by shared counterparties) and views that grow
 * page by page. Filters become the `hidden` node attribute; labels follow the language.
 */
import { MultiDirectedGraph } from "graphology";
import type { EntityType, RelationType } from "@zonegraph/graph-data/ontology";
import type { EntitySummary, GraphData, RelationSummary, ZoneOverview } from "../api/api-types.ts";
import {
  collapsedGroups,
  isGroupVisible,
  isRelationVisible,
  isVisible,
  type FiltersState,
} from "../state/filters.ts";
import { ontologyLabel, type Lang } from "../state/i18n.ts";
import { entityLabel, nodeSize, typeColor } from "../state/labels.ts";
import type { TieRole } from "../state/zone-groups.ts";
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
  /** In a zone's view: the entity's role (null elsewhere, and for the zone itself). */
  role: TieRole | null;
  /** In a zone's view: hops from the zone (null elsewhere). */
  hops: number | null;
  /** For the node of a collapsed group: how many entities it stands for (0 for an entity). */
  groupCount: number;
  /** Placed by the user (dragged): layouts leave it where it is (ForceAtlas2 reads `fixed`). */
  fixed: boolean;
}

/** Attributes of a drawn edge: a relation, or (overview) a link of zones sharing counterparties. */
export interface ViewEdge {
  /** The relation's type; null for an overview link. */
  relationType: RelationType | null;
  size: number;
  color: string;
  /** ForceAtlas2's attraction: 1 for relations, the share of the strongest link for overview links. */
  weight: number;
  /** The relation's title (a role's title, 局长), if any. */
  title: string | null;
  /** Whether the relation is inferred rather than stated by the text. */
  inferred: boolean;
  hidden: boolean;
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
    role: null,
    hops: null,
    groupCount: 0,
    fixed: false,
  };
}

function addRelation(graph: ViewGraph, r: RelationSummary): boolean {
  if (!graph.hasNode(r.from.id) || !graph.hasNode(r.to.id) || graph.hasEdge(r.id)) return false;
  graph.addDirectedEdgeWithKey(r.id, r.from.id, r.to.id, {
    relationType: r.type,
    size: 1,
    color: EDGE_COLOR,
    weight: 1,
    title: r.title,
    inferred: r.inferred,
    hidden: false,
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
      title: null,
      inferred: false,
      hidden: false,
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

/** The label of a collapsed group's node: its type and count ("企业 ×1,234"). */
export function groupLabel(type: EntityType, count: number, lang: Lang): string {
  return `${ontologyLabel(lang, "entity", type)} ×${count.toLocaleString(lang === "zh" ? "zh-CN" : "en")}`;
}

/** The label of a node in a language. */
export const nodeLabel = (a: ViewNode, lang: Lang): string =>
  a.groupCount > 0 ? groupLabel(a.entityType, a.groupCount, lang) : entityLabel(a, lang);

/** Relabels every node in a language. */
export function applyLabels(graph: ViewGraph, lang: Lang): void {
  graph.updateEachNodeAttributes((_id, a) => ({ ...a, label: nodeLabel(a, lang) }));
}

/**
 * Sets `hidden` on every node and edge from the filters (entities, nodes of collapsed groups,
 * relations by type and stated/inferred), touching only those that change.
 */
export function applyFilters(graph: ViewGraph, filters: FiltersState): void {
  const collapsed = collapsedGroups(filters);
  const visible = (id: string, a: ViewNode) =>
    a.groupCount > 0
      ? a.role !== null &&
        a.hops !== null &&
        isGroupVisible(filters, { key: id, role: a.role, hops: a.hops, type: a.entityType }, collapsed)
      : isVisible(filters, id, a.entityType, collapsed);
  const changed: string[] = [];
  graph.forEachNode((id, a) => {
    if (a.hidden === visible(id, a)) changed.push(id);
  });
  // Per-node updates when few change (each one is a small repaint), one pass when many do.
  if (changed.length < 200)
    for (const id of changed) graph.setNodeAttribute(id, "hidden", !graph.getNodeAttribute(id, "hidden"));
  else graph.updateEachNodeAttributes((id, a) => ({ ...a, hidden: !visible(id, a) }));
  graph.forEachEdge((id, a) => {
    const hidden = !isRelationVisible(filters, a.relationType, a.inferred);
    if (a.hidden !== hidden) graph.setEdgeAttribute(id, "hidden", hidden);
  });
}

/**
 * Number of entities of each type the view shows (for the legend): visible entities and those a
 * visible group's node stands for, counted as if no type were switched off (a hidden type's count
 * says what it would show).
 */
export function countShownByType(graph: ViewGraph, filters: FiltersState): Map<EntityType, number> {
  const all: FiltersState = { ...filters, hiddenTypes: [] };
  const collapsed = collapsedGroups(all);
  const counts = new Map<EntityType, number>();
  graph.forEachNode((id, a) => {
    const shown =
      a.groupCount > 0
        ? a.role !== null &&
          a.hops !== null &&
          isGroupVisible(all, { key: id, role: a.role, hops: a.hops, type: a.entityType }, collapsed)
        : isVisible(all, id, a.entityType, collapsed);
    if (shown)
      counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + (a.groupCount > 0 ? a.groupCount : 1));
  });
  return counts;
}

/** Number of entities of each type on the canvas, shown or hidden (what a hidden type would show). */
export function countByType(graph: ViewGraph): Map<EntityType, number> {
  const counts = new Map<EntityType, number>();
  graph.forEachNode((_id, a) => {
    if (a.groupCount === 0) counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1);
  });
  return counts;
}
