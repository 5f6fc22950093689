/**
 * Finds the id of an entity the browser tests name by its Chinese name: the first answer of the
 * server's search, so the tests do not hard-code the corpus's ids.
 */

/** The raw id of the entity the search at `baseUrl` answers first for `query`; throws when there is none. */
export async function entityId(baseUrl: string, query: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "query($q: String!) { search(query: $q, first: 1) { entity { rawId } } }",
      variables: { q: query },
    }),
  });
  const body = (await response.json()) as { data: { search: { entity: { rawId: string } }[] } };
  const id = body.data.search[0]?.entity.rawId;
  if (!id) throw new Error(`web/e2e: no entity found for ${query}`);
  return id;
}
