/**
 * @zonegraph/graph-data: the ontology, the attribute types of the graph, and (as they land) the
 * loader of the corpus, exports and the synthetic generator.
 */
export * from "./ontology.ts";
export type * from "./types.ts";
