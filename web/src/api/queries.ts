/**
 * Typed calls behind the panels: details, search, tied-to-zone (all pages),
 * shortest path and the zone list.
 */
import type {
  EntityDetails,
  EntitySummary,
  PathResult,
  PathsAnswer,
  SearchHitItem,
  TiedResult,
} from "./api-types.ts";
import {
  ENTITY_QUERY,
  PATH_ENDS_QUERY,
  SEARCH_QUERY,
  SHORTEST_PATH_QUERY,
  SHORTEST_PATHS_QUERY,
  ZONES_QUERY,
} from "./documents.ts";
import { GraphQLClientError, type GraphQLRequest } from "./graphql-client.ts";
import { loadTied, PAGE_SIZE } from "./load-graph.ts";

/** The calls the explorer makes, bound to one client. */
export interface Queries {
  entity(id: string): Promise<EntityDetails | null>;
  search(query: string, first?: number): Promise<SearchHitItem[]>;
  tied(zoneId: string): Promise<TiedResult>;
  shortestPath(from: string, to: string): Promise<PathResult | null>;
  /** Up to k shortest paths with both ends; one path where the server refuses k paths (a large graph's cost budget). */
  shortestPaths(from: string, to: string, k: number): Promise<PathsAnswer>;
  zones(): Promise<EntitySummary[]>;
}

/** Page size when reading everything tied to a zone. */
export const TIED_PAGE_SIZE = PAGE_SIZE;

/** Binds the explorer's queries to a client. */
export function createQueries(request: GraphQLRequest): Queries {
  return {
    async entity(id) {
      const data = await request<{ entity: EntityDetails | null }>(ENTITY_QUERY, { id });
      return data.entity;
    },
    async search(query, first = 10) {
      const data = await request<{ search: SearchHitItem[] }>(SEARCH_QUERY, { query, first });
      return data.search;
    },
    async tied(zoneId) {
      const { items, totalCount } = await loadTied(request, zoneId);
      return { zoneId, totalCount, items };
    },
    async shortestPath(from, to) {
      const data = await request<{ shortestPath: PathResult | null }>(SHORTEST_PATH_QUERY, { from, to });
      return data.shortestPath;
    },
    async shortestPaths(from, to, k) {
      type Ends = { fromEntity: EntitySummary | null; toEntity: EntitySummary | null };
      try {
        const data = await request<Ends & { shortestPaths: PathResult[] }>(SHORTEST_PATHS_QUERY, {
          from,
          to,
          k,
        });
        return { from: data.fromEntity, to: data.toEntity, paths: data.shortestPaths };
      } catch (error) {
        if (!(error instanceof GraphQLClientError) || error.kind !== "graphql") throw error;
        const [ends, path] = await Promise.all([
          request<Ends>(PATH_ENDS_QUERY, { from, to }),
          request<{ shortestPath: PathResult | null }>(SHORTEST_PATH_QUERY, { from, to }),
        ]);
        return {
          from: ends.fromEntity,
          to: ends.toEntity,
          paths: path.shortestPath ? [path.shortestPath] : [],
        };
      }
    },
    async zones() {
      const data = await request<{ zones: EntitySummary[] }>(ZONES_QUERY);
      return data.zones;
    },
  };
}
