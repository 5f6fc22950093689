/**
 * Puts a zone's view in place on the drawn graph: every tied entity where the zone layout says
 * (except nodes the user dragged), its role and hops on the node, one node per collapsed group
 * (tied to the zone by one line when its entities are one hop away), and the rings to draw behind.
 */
import { collapsedGroups, type FiltersState } from "../state/filters.ts";
import type { Lang } from "../state/i18n.ts";
import { typeColor } from "../state/labels.ts";
import { zoneGroups } from "../state/zone-groups.ts";
import { EDGE_COLOR, groupLabel, MAX_NODE_SIZE, type ViewGraph } from "./graph-model.ts";
import { zoneLayout, type Ring } from "./zone-layout.ts";

/** Whether a node stands for a collapsed group. */
export const isGroupNode = (id: string): boolean => id.startsWith("group:");

/** Arranges the zone in focus on `graph`; returns the rings of the picture (none without a tied answer). */
export function arrangeZone(graph: ViewGraph, filters: FiltersState, lang: Lang): Ring[] {
  const zoneId = filters.zoneId;
  if (zoneId === null || filters.tied === null || !graph.hasNode(zoneId)) return [];
  const groups = zoneGroups(filters.tied);
  const collapsed = collapsedGroups(filters);
  const layout = zoneLayout(zoneId, groups, collapsed, (id) => (graph.hasNode(id) ? graph.degree(id) : 0));
  // One pass over the graph (one event for sigma), not one update per node.
  const tied = filters.tied;
  graph.updateEachNodeAttributes((id, a) => {
    const p = layout.positions.get(id);
    if (!p) return a;
    const info = tied.get(id);
    return { ...a, ...(a.fixed ? {} : p), role: info?.role ?? null, hops: info?.hops ?? null };
  });
  graph.forEachNode((id) => {
    if (isGroupNode(id) && !layout.groups.has(id)) graph.dropNode(id);
  });
  for (const g of groups) {
    const p = layout.groups.get(g.key);
    if (!p) continue;
    const attributes = {
      x: p.x,
      y: p.y,
      size: Math.min(MAX_NODE_SIZE, 8 + 1.5 * Math.sqrt(g.ids.length)),
      color: typeColor(g.type),
      label: groupLabel(g.type, g.ids.length, lang),
      hidden: false,
      entityType: g.type,
      name: "",
      nameEn: "",
      role: g.role,
      hops: g.hops,
      groupCount: g.ids.length,
      fixed: false,
    };
    if (graph.hasNode(g.key)) {
      const old = graph.getNodeAttributes(g.key);
      graph.replaceNodeAttributes(
        g.key,
        old.fixed ? { ...attributes, x: old.x, y: old.y, fixed: true } : attributes,
      );
    } else graph.addNode(g.key, attributes);
    if (g.role === "MEMBER" && g.hops === 1 && !graph.hasEdge(`${g.key}>${zoneId}`))
      graph.addDirectedEdgeWithKey(`${g.key}>${zoneId}`, g.key, zoneId, {
        relationType: null,
        size: 2,
        color: EDGE_COLOR,
        weight: 1,
        title: null,
        inferred: false,
        hidden: false,
      });
  }
  return layout.rings;
}
