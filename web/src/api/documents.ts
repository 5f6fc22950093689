/**
 * The GraphQL documents of the explorer. Each is a plain string so "open in GraphiQL" can show
 * exactly the query behind the current view.
 */

// Raw ids (e.g. "weifeng-electromagnetic") keep shared links readable; the server accepts them everywhere.
const ENTITY_SUMMARY = "id: rawId type name nameEn";
const EVIDENCE = "quote start end context contextStart source { id: rawId title authors }";
const PATH_RELATION = `id: rawId type title from { ${ENTITY_SUMMARY} } to { ${ENTITY_SUMMARY} }`;

/** One page of entities and one page of relations: the whole graph, paged. */
export const GRAPH_PAGE_QUERY = `query GraphPage($first: Int!, $entitiesAfter: String, $relationsAfter: String, $withEntities: Boolean!, $withRelations: Boolean!) {
  entities(first: $first, after: $entitiesAfter) @include(if: $withEntities) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${ENTITY_SUMMARY} } }
  }
  relations(first: $first, after: $relationsAfter) @include(if: $withRelations) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id: rawId type from { id: rawId } to { id: rawId } } }
  }
}`;

/** The zones (for the picker and the contract-only fallback loader). */
export const ZONES_QUERY = `query Zones { zones { ${ENTITY_SUMMARY} } }`;

/** The neighbourhood of an entity: the fallback way to load the graph from the contract alone. */
export const NEIGHBORHOOD_QUERY = `query Neighborhood($id: ID!, $depth: Int!) {
  neighborhood(id: $id, depth: $depth, limit: 5000) {
    entities { ${ENTITY_SUMMARY} }
    relations { id: rawId type from { id: rawId } to { id: rawId } }
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

/** The shortest path between two entities. */
export const SHORTEST_PATH_QUERY = `query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) { entities { ${ENTITY_SUMMARY} } relations { ${PATH_RELATION} } }
}`;
