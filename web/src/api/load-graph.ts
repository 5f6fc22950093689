/**
 * Loads what the canvas draws, page by page: the whole graph (`entities` + `relations`) when it is
 * small, else the zone overview; a zone's tied subgraph (`tiedToZone`) and a node's neighbourhood.
 * The one place that decides what "the graph" is.
 */
import type {
  EntitySummary,
  GraphData,
  NeighborhoodResult,
  RelationSummary,
  TiedItem,
  ZoneOverview,
} from "./api-types.ts";
import {
  ENTITIES_PAGE_QUERY,
  NEIGHBORHOOD_QUERY,
  RELATIONS_PAGE_QUERY,
  STATS_QUERY,
  TIED_QUERY,
  ZONE_OVERVIEW_QUERY,
} from "./documents.ts";
import { GraphQLClientError, type GraphQLRequest } from "./graphql-client.ts";

/** Page size of every paged load: the server's largest `first`. */
export const PAGE_SIZE = 1000;
/** Above this many entities the explorer opens on the zone overview instead of everything. */
export const OVERVIEW_THRESHOLD = 3000;
/** How many zones and links the overview asks for. */
export const OVERVIEW_ZONES = 500;
export const OVERVIEW_LINKS = 3000;

/** A Relay connection page as the documents select it. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

/** Where a paged load stopped: what it read, the total, and the cursor to go on from. */
export interface Paged<T> {
  items: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Options of `pageThrough`: start after a cursor, stop after `limit` items, hear each page. */
export interface PageOptions<T> {
  after?: string | null;
  limit?: number;
  onPage?: (items: T[], totalCount: number) => void | Promise<void>;
}

/** Reads a connection page after page; the next page is requested while the current one is handled. */
export async function pageThrough<T>(
  fetchPage: (first: number, after: string | null) => Promise<Connection<T>>,
  options: PageOptions<T> = {},
): Promise<Paged<T>> {
  const limit = options.limit ?? Infinity;
  const items: T[] = [];
  let pending = fetchPage(Math.min(PAGE_SIZE, limit), options.after ?? null);
  for (;;) {
    const page = await pending;
    const nodes = page.edges.map((e) => e.node);
    const more = page.pageInfo.hasNextPage && nodes.length > 0 && items.length + nodes.length < limit;
    if (more)
      pending = fetchPage(Math.min(PAGE_SIZE, limit - items.length - nodes.length), page.pageInfo.endCursor);
    items.push(...nodes);
    await options.onPage?.(nodes, page.totalCount);
    if (!more)
      return {
        items,
        totalCount: page.totalCount,
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
      };
  }
}

/** Loads every entity and relation over GraphQL. */
export async function loadGraph(request: GraphQLRequest): Promise<GraphData> {
  const [entities, relations] = await Promise.all([
    pageThrough((first, after) =>
      request<{ entities: Connection<EntitySummary> }>(ENTITIES_PAGE_QUERY, { first, after }).then(
        (d) => d.entities,
      ),
    ),
    pageThrough((first, after) =>
      request<{ relations: Connection<RelationSummary> }>(RELATIONS_PAGE_QUERY, { first, after }).then(
        (d) => d.relations,
      ),
    ),
  ]);
  return { entities: entities.items, relations: relations.items };
}

/** What the explorer opens on: the whole graph, or the zone overview of a large one. */
export type StartView =
  { kind: "full"; data: GraphData } | { kind: "overview"; entityCount: number; overview: ZoneOverview };

/** Decides by the entity count (`stats`) and loads the graph or the overview. */
export async function loadStart(request: GraphQLRequest): Promise<StartView> {
  const { stats } = await request<{ stats: { entityCount: number } }>(STATS_QUERY);
  if (stats.entityCount <= OVERVIEW_THRESHOLD) return { kind: "full", data: await loadGraph(request) };
  const { zoneOverview } = await request<{ zoneOverview: ZoneOverview }>(ZONE_OVERVIEW_QUERY, {
    minShared: 1,
    first: OVERVIEW_ZONES,
    firstLinks: OVERVIEW_LINKS,
  });
  return { kind: "overview", entityCount: stats.entityCount, overview: zoneOverview };
}

/** Pages through the entities tied to a zone (with their paths). */
export function loadTied(
  request: GraphQLRequest,
  zoneId: string,
  options: PageOptions<TiedItem> = {},
): Promise<Paged<TiedItem>> {
  return pageThrough(
    (first, after) =>
      request<{ tiedToZone: Connection<TiedItem> | null }>(TIED_QUERY, { zoneId, first, after }).then((d) => {
        // An unknown id answers null (with the server's BAD_USER_INPUT beside it).
        if (d.tiedToZone === null) throw new GraphQLClientError("graphql", `no zone with id ${zoneId}`);
        return d.tiedToZone;
      }),
    options,
  );
}

/** The entities one step from `id` (at most `limit`) and the relations among them. */
export async function loadNeighborhood(
  request: GraphQLRequest,
  id: string,
  limit: number,
): Promise<NeighborhoodResult> {
  const { neighborhood } = await request<{ neighborhood: NeighborhoodResult | null }>(NEIGHBORHOOD_QUERY, {
    id,
    depth: 1,
    limit,
  });
  if (neighborhood === null) throw new GraphQLClientError("graphql", `no entity with id ${id}`);
  return neighborhood;
}
