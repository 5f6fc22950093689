/**
 * The `@zonegraph/graph-data/load-corpus` entry the server imports lazily (so serving a snapshot
 * never loads the facts pipeline): the loader itself lives in load/load-corpus.ts.
 */
export { CORPUS_DATA_DIR, loadCorpusGraph, loadGraph, type GraphFiles } from "./load/load-corpus.ts";
