/**
 * What every resolver gets: the graph store and the indices built from it once at load.
 */
import type { GraphStore } from "../graph/store.ts";
import type { SearchIndex } from "../graph/search-index.ts";
import type { TiedCache } from "../graph/tied-cache.ts";

/** The GraphQL context: read-only indices over the loaded graph. */
export interface Context {
  store: GraphStore;
  search: SearchIndex;
  tied: TiedCache;
}
