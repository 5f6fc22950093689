/**
 * The GraphQL request every HTTP measurement sends: a tiedToZone page of 100 with each tied
 * entity's role, hops and path (relation ids, types and ends).
 */

/** The tiedToZone query document (variables: zoneId, first). */
export const TIED_QUERY = `query Tied($zoneId: ID!, $first: Int) {
  tiedToZone(zoneId: $zoneId, first: $first) {
    totalCount
    edges { cursor node { role hops entity { id type name } path { id type from { id } to { id } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The JSON body of the request for `zoneId` (a raw entity id) and a page of `first`. */
export function tiedRequestBody(zoneId: string, first = 100): string {
  return JSON.stringify({ query: TIED_QUERY, variables: { zoneId, first } });
}
