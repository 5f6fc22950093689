/**
 * The GraphQL documents of the explorer. Each is a plain string so "open in GraphiQL" can show
 * exactly the query behind the current view.
 */

// Raw ids (e.g. "weifeng-electromagnetic") keep shared links readable; the server accepts them everywhere.
const ENTITY_SUMMARY = "id: rawId type name nameEn";
const EVIDENCE = "quote start end context contextStart source { id: rawId title authors date publication }";
const PATH_RELATION = `id: rawId type title inferred inferenceReason from { ${ENTITY_SUMMARY} } to { ${ENTITY_SUMMARY} }`;
const RELATION_ENDS = "id: rawId type title inferred from { id: rawId } to { id: rawId }";

/** Counts of the graph: the explorer opens on an overview above a threshold of entities. */
export const STATS_QUERY = `query Stats { stats { entityCount relationCount } }`;

/** One page of every entity. */
export const ENTITIES_PAGE_QUERY = `query EntitiesPage($first: Int!, $after: String) {
  entities(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${ENTITY_SUMMARY} } }
  }
}`;

/** One page of every relation. */
export const RELATIONS_PAGE_QUERY = `query RelationsPage($first: Int!, $after: String) {
  relations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${RELATION_ENDS} } }
  }
}`;

/** The zones with their tied counts, linked where they share counterparties (large graphs). */
export const ZONE_OVERVIEW_QUERY = `query ZoneOverview($minShared: Int!, $first: Int!, $firstLinks: Int!) {
  zoneOverview(minShared: $minShared, first: $first, firstLinks: $firstLinks) {
    zoneCount
    linkCount
    zones { memberCount counterpartyCount zone { ${ENTITY_SUMMARY} } }
    links { sharedCounterparties from { id: rawId } to { id: rawId } }
  }
}`;

/** The zones (for the picker). */
export const ZONES_QUERY = `query Zones { zones { ${ENTITY_SUMMARY} } }`;

/** The neighbourhood of an entity: what a double-click adds to the view. */
export const NEIGHBORHOOD_QUERY = `query Neighborhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    totalEntities
    truncated
    entities { ${ENTITY_SUMMARY} }
    relations { ${RELATION_ENDS} }
  }
}`;

/** Everything the details panel shows about one entity. */
export const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    ${ENTITY_SUMMARY} aliases description
    evidence { ${EVIDENCE} }
    metrics { key label labelEn value unit period qualifier note evidence { ${EVIDENCE} } }
    relations { ${PATH_RELATION} evidence { ${EVIDENCE} } }
    ... on Zone { level established upgraded }
    ... on Platform { level platformKind: kind established }
    ... on Project { investmentYuan status year capacity { value unit } }
    ... on Investor { fundSizeYuan }
    ... on Organization { orgKind }
    ... on Region { regionKind }
  }
}`;

/** Search suggestions. */
export const SEARCH_QUERY = `query Search($query: String!, $first: Int!) {
  search(query: $query, first: $first) { score matched entity { ${ENTITY_SUMMARY} aliases } }
}`;

/** Everything tied to a zone, with role, hops and the path that ties it. */
export const TIED_QUERY = `query Tied($zoneId: ID!, $first: Int!, $after: String) {
  tiedToZone(zoneId: $zoneId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { role hops entity { ${ENTITY_SUMMARY} } path { ${PATH_RELATION} } } }
  }
}`;

/** Up to k shortest paths between two entities, with both ends (null: no such entity). */
export const SHORTEST_PATHS_QUERY = `query ShortestPaths($from: ID!, $to: ID!, $k: Int!) {
  fromEntity: entity(id: $from) { ${ENTITY_SUMMARY} }
  toEntity: entity(id: $to) { ${ENTITY_SUMMARY} }
  shortestPaths(from: $from, to: $to, k: $k) { entities { ${ENTITY_SUMMARY} } relations { ${PATH_RELATION} } }
}`;

/** The ends of a path, when the paths cannot be had (see queries.ts). */
export const PATH_ENDS_QUERY = `query PathEnds($from: ID!, $to: ID!) {
  fromEntity: entity(id: $from) { ${ENTITY_SUMMARY} }
  toEntity: entity(id: $to) { ${ENTITY_SUMMARY} }
}`;

/** The shortest path between two entities. */
export const SHORTEST_PATH_QUERY = `query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) { entities { ${ENTITY_SUMMARY} } relations { ${PATH_RELATION} } }
}`;
