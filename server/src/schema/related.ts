/**
 * The one helper behind every "entities related to this one through relation type X in direction
 * D" field (Company.platforms, Zone.region, Project.owner …): resolvers built from (direction,
 * relation type, optional entity type), listing the other ends in edge order without repeats.
 */
import type { EntityAttributes, EntityType, RelationType } from "@zonegraph/graph-data";
import { neighborsVia } from "../graph/adjacency.ts";
import type { GraphState } from "../state/graph-state.ts";

/** A resolver of an entity field, given the entity record and the graph state. */
type EntityResolver<T> = (entity: EntityAttributes, args: unknown, state: GraphState) => T;

/** Resolves to every entity at the other end of `type` relations in `direction` (of `entityType` only, when given). */
export function relatedEntities(
  direction: "OUT" | "IN",
  type: RelationType,
  entityType?: EntityType,
): EntityResolver<EntityAttributes[]> {
  return (entity, _args, { store }) =>
    neighborsVia(store, store.indexOfEntity(entity), direction, type, entityType).map((i) => store.entity(i));
}

/** Resolves to the first such entity in edge order, or null. */
export function relatedEntity(
  direction: "OUT" | "IN",
  type: RelationType,
  entityType?: EntityType,
): EntityResolver<EntityAttributes | null> {
  return (entity, _args, { store }) => {
    const other = neighborsVia(store, store.indexOfEntity(entity), direction, type, entityType)[0];
    return other === undefined ? null : store.entity(other);
  };
}
