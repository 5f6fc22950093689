/**
 * GraphiQL options: title, and example tabs (search, everything tied to 包头稀土高新区, a path
 * between two entities). Rendered by @graphql-yoga/render-graphiql, which bundles GraphiQL so it
 * works offline.
 */
import type { GraphiQLOptions } from "graphql-yoga";
import { ANALYST_EXAMPLES } from "./graphiql-analyst-examples.ts";

const SEARCH = `# Search by Chinese name, alias, pinyin ("baotou", "btxt") or English name.
query Search {
  search(query: "baotou", first: 10) {
    score
    matched
    matchedField
    entity { id rawId type name nameEn aliases }
  }
}`;

const TIED = `# Everything tied to 包头稀土高新区, and why (role, hops, path).
query TiedToBaotou {
  tiedToZone(zoneId: "baotou-rare-earth-hi-tech-zone", first: 50) {
    totalCount
    memberCount
    counterpartyCount
    countsByType { type count }
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        role
        hops
        entity { type name }
        path { type from { name } to { name } title }
      }
    }
  }
}`;

const PATH = `# A shortest path between two entities (relation direction ignored); ids, exact names or aliases.
query PathBetween {
  shortestPath(from: "包头稀土高新区", to: "吴铁山") {
    length
    entities { type name }
    relations { type from { name } to { name } }
  }
}`;

/** The GraphiQL options of /graphql. */
export const graphiqlOptions: GraphiQLOptions = {
  title: "ZoneGraph GraphQL",
  defaultQuery: SEARCH,
  defaultTabs: [
    { query: SEARCH },
    { query: TIED },
    { query: PATH },
    ...Object.values(ANALYST_EXAMPLES).map((query) => ({ query })),
  ],
};

/** The example queries shown in GraphiQL's tabs (tests run them). */
export const GRAPHIQL_EXAMPLES = { SEARCH, TIED, PATH, ...ANALYST_EXAMPLES };
