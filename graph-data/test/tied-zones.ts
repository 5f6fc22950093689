/**
 * Test helper: the zones an entity is tied to, by the rules of "tied to a zone" (DESIGN.md). A
 * member's chain of belonging edges leads forward into the zone (never through a zone or region,
 * except a park PART_OF a zone); a counterparty is one step out from a member or the zone itself.
 */
import {
  INBOUND_COUNTERPARTY_RELATION_TYPES,
  MEMBERSHIP_RELATION_TYPES,
  type RelationType,
} from "../src/ontology.ts";
import type { ZoneGraph } from "../src/types.ts";

const MEMBER_EDGES = new Set<RelationType>(MEMBERSHIP_RELATION_TYPES);
const INBOUND_EDGES = new Set<RelationType>(INBOUND_COUNTERPARTY_RELATION_TYPES);

/** The zones `id` is a member of (a zone is a member of itself and of zones it is PART_OF). */
export function memberZones(graph: ZoneGraph, id: string): Set<string> {
  const zones = new Set<string>();
  const seen = new Set<string>([id]);
  const queue = [id];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    const type = graph.getNodeAttribute(node, "type");
    if (type === "ZONE") zones.add(node);
    if (type === "REGION" && node !== id) continue;
    graph.forEachOutEdge(node, (_, a, __, target) => {
      // From a zone only PART_OF another zone is followed (a park inside a zone).
      const allowed =
        type === "ZONE"
          ? a.type === "PART_OF" && graph.getNodeAttribute(target, "type") === "ZONE"
          : MEMBER_EDGES.has(a.type);
      if (allowed && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    });
  }
  return zones;
}

/** The zones `id` is tied to, each with its role. */
export function tiedZones(graph: ZoneGraph, id: string): Map<string, "MEMBER" | "COUNTERPARTY"> {
  const tied = new Map<string, "MEMBER" | "COUNTERPARTY">();
  for (const zone of memberZones(graph, id)) tied.set(zone, "MEMBER");
  const counterpartyOf = (other: string): void => {
    for (const zone of memberZones(graph, other)) if (!tied.has(zone)) tied.set(zone, "COUNTERPARTY");
  };
  // The target of any relation from a member (or the zone itself) is a counterparty.
  graph.forEachInEdge(id, (_, __, source) => counterpartyOf(source));
  graph.forEachOutEdge(id, (_, a, __, target) => {
    if (INBOUND_EDGES.has(a.type)) counterpartyOf(target);
  });
  return tied;
}

/** The regions a zone lies in, following LOCATED_IN and PART_OF upwards. */
export function zoneRegions(graph: ZoneGraph, zone: string): Set<string> {
  const regions = new Set<string>();
  const queue = [zone];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    graph.forEachOutEdge(node, (_, a, __, target) => {
      if ((a.type === "LOCATED_IN" || a.type === "PART_OF") && !regions.has(target)) {
        if (graph.getNodeAttribute(target, "type") === "REGION") regions.add(target);
        queue.push(target);
      }
    });
  }
  return regions;
}
