/**
 * Loads the graph the canvas draws: every entity and relation, paged through the `entities` and
 * `relations` connections. The one place that decides what "the graph" is, so a later overview of
 * large graphs can swap it. Falls back to the contract alone (zones + neighbourhoods) if needed.
 */
import type { EntitySummary, GraphData, RelationSummary } from "./api-types.ts";
import { GRAPH_PAGE_QUERY, NEIGHBORHOOD_QUERY, ZONES_QUERY } from "./documents.ts";
import { GraphQLClientError, type GraphQLRequest } from "./graphql-client.ts";

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}
interface GraphPage {
  entities?: Page<EntitySummary>;
  relations?: Page<RelationSummary>;
}

/** Page size of the graph load. */
export const GRAPH_PAGE_SIZE = 500;

async function loadByConnections(request: GraphQLRequest): Promise<GraphData> {
  const entities: EntitySummary[] = [];
  const relations: RelationSummary[] = [];
  let entitiesAfter: string | null = null;
  let relationsAfter: string | null = null;
  let withEntities = true;
  let withRelations = true;
  while (withEntities || withRelations) {
    const page: GraphPage = await request<GraphPage>(GRAPH_PAGE_QUERY, {
      first: GRAPH_PAGE_SIZE,
      entitiesAfter,
      relationsAfter,
      withEntities,
      withRelations,
    });
    if (page.entities) {
      entities.push(...page.entities.edges.map((e) => e.node));
      withEntities = page.entities.pageInfo.hasNextPage;
      entitiesAfter = page.entities.pageInfo.endCursor;
    }
    if (page.relations) {
      relations.push(...page.relations.edges.map((e) => e.node));
      withRelations = page.relations.pageInfo.hasNextPage;
      relationsAfter = page.relations.pageInfo.endCursor;
    }
  }
  return { entities, relations };
}

/** Largest `depth` the server's `neighborhood` accepts. */
const NEIGHBORHOOD_DEPTH = 3;

/** Distances from `center` within a subgraph, ignoring direction. */
export function distancesFrom(center: string, relations: readonly RelationSummary[]): Map<string, number> {
  const adjacent = new Map<string, string[]>();
  for (const r of relations) {
    adjacent.set(r.from.id, [...(adjacent.get(r.from.id) ?? []), r.to.id]);
    adjacent.set(r.to.id, [...(adjacent.get(r.to.id) ?? []), r.from.id]);
  }
  const distance = new Map([[center, 0]]);
  const queue = [center];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    for (const next of adjacent.get(at) ?? []) {
      if (distance.has(next)) continue;
      distance.set(next, (distance.get(at) ?? 0) + 1);
      queue.push(next);
    }
  }
  return distance;
}

// Contract-only: balls of radius 3 around each zone, then around every entity on a ball's rim
// that no ball holds inside, until the rims add nothing new.
async function loadByNeighborhoods(request: GraphQLRequest): Promise<GraphData> {
  const { zones } = await request<{ zones: EntitySummary[] }>(ZONES_QUERY);
  const entities = new Map<string, EntitySummary>();
  const relations = new Map<string, RelationSummary>();
  const interior = new Set<string>();
  const queued = new Set(zones.map((z) => z.id));
  const queue = zones.map((z) => z.id);
  while (queue.length > 0) {
    const center = queue.shift() as string;
    if (interior.has(center)) continue;
    const { neighborhood } = await request<{ neighborhood: GraphData }>(NEIGHBORHOOD_QUERY, { id: center, depth: NEIGHBORHOOD_DEPTH });
    for (const e of neighborhood.entities) entities.set(e.id, e);
    for (const r of neighborhood.relations) relations.set(r.id, r);
    for (const [id, d] of distancesFrom(center, neighborhood.relations)) {
      if (d < NEIGHBORHOOD_DEPTH) interior.add(id);
      else if (!queued.has(id)) {
        queued.add(id);
        queue.push(id);
      }
    }
  }
  return { entities: [...entities.values()], relations: [...relations.values()] };
}

/** Loads every entity and relation over GraphQL. */
export async function loadGraph(request: GraphQLRequest): Promise<GraphData> {
  try {
    return await loadByConnections(request);
  } catch (error) {
    // A server without the `entities`/`relations` connections still answers the contract.
    if (error instanceof GraphQLClientError && error.kind === "graphql") return loadByNeighborhoods(request);
    throw error;
  }
}
