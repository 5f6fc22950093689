/**
 * @zonegraph/graph-data: the ontology, the attribute types of the graph, the normaliser and loader
 * of the corpus (sources + curated facts → validated graph), graph files, exports and (as it
 * lands) the synthetic generator.
 */
export * from "./ontology.ts";
export type * from "./types.ts";
export { normalise } from "./normalise.ts";
export type {
  ArticleBoundary,
  DropRecord,
  JoinRecord,
  NormalisedPage,
  NormalisedParagraph,
} from "./normalise.ts";
export { classifyBlock, type BlockKind } from "./classify-block.ts";
export { loadSources, type LoadedSources } from "./load/load-sources.ts";
export { loadFacts, type FactRecords, type RelationRecord } from "./load/load-facts.ts";
export { buildGraph } from "./load/build-graph.ts";
export { loadGraph, loadCorpusGraph, CORPUS_DATA_DIR, type GraphFiles } from "./load/load-corpus.ts";
export { readGraphFile } from "./read-graph-file.ts";
export { LoadError, LoadErrors } from "./load/load-errors.ts";
export { readNumbers, textHasNumber, type ReadNumber } from "./read-numbers.ts";
export { toGexf } from "./export/gexf.ts";
export { toGraphml } from "./export/graphml.ts";
export { toJson } from "./export/json.ts";
