/**
 * The GraphQL query behind the current view, for "open in GraphiQL": the tied-to-zone query when
 * a zone is in focus, else the shortest paths on show, else the selected entity, else the overview
 * or the first page of the graph load.
 */
import {
  ENTITIES_PAGE_QUERY,
  ENTITY_QUERY,
  SHORTEST_PATHS_QUERY,
  TIED_QUERY,
  ZONE_OVERVIEW_QUERY,
} from "../api/documents.ts";
import { OVERVIEW_LINKS, OVERVIEW_ZONES, PAGE_SIZE } from "../api/load-graph.ts";
import { TIED_PAGE_SIZE } from "../api/queries.ts";
import type { AppState } from "./app-state.ts";
import type { ViewQuery } from "./graphiql-url.ts";

/** The query and variables that produce what the view shows. */
export function viewQuery(state: AppState): ViewQuery {
  if (state.filters.zoneId !== null)
    return { query: TIED_QUERY, variables: { zoneId: state.filters.zoneId, first: TIED_PAGE_SIZE } };
  const { from, to, k, result } = state.pathTool;
  if (from !== null && to !== null && result !== null && result !== "loading")
    return { query: SHORTEST_PATHS_QUERY, variables: { from, to, k } };
  if (state.selection.selected !== null)
    return { query: ENTITY_QUERY, variables: { id: state.selection.selected } };
  if (state.mode === "overview")
    return {
      query: ZONE_OVERVIEW_QUERY,
      variables: { minShared: 1, first: OVERVIEW_ZONES, firstLinks: OVERVIEW_LINKS },
    };
  return { query: ENTITIES_PAGE_QUERY, variables: { first: PAGE_SIZE } };
}
