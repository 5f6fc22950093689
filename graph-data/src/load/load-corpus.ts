/**
 * Loads a whole ZoneGraph from data files: sources.yaml (normalised page split into articles) plus
 * a facts directory. `loadCorpusGraph()` loads the built-in corpus under graph-data/data/.
 */
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildGraph } from "./build-graph.ts";
import { loadFacts } from "./load-facts.ts";
import { loadSources } from "./load-sources.ts";
import type { ZoneGraph } from "../types.ts";

/** Where to load a graph from. */
export interface GraphFiles {
  /** Path of a sources.yaml. */
  sourcesFile: string;
  /** Directory of facts/*.yaml. */
  factsDir: string;
  /** The graph's name attribute (default "ZoneGraph"). */
  name?: string;
}

/** The graph-data/data directory of this package. */
export const CORPUS_DATA_DIR: string = fileURLToPath(
  // Found through the package's exports rather than this module's own URL, which is the bundle's
  // (server/dist) once bundled; from the sources, this resolves to src/load-corpus.ts.
  new URL(
    "../data/",
    pathToFileURL(createRequire(import.meta.url).resolve("@zonegraph/graph-data/load-corpus")),
  ),
);

/** Loads, validates and builds a graph from `files`; throws LoadErrors naming file:line and fact. */
export function loadGraph(files: GraphFiles): ZoneGraph {
  const { sources } = loadSources(files.sourcesFile, basename(files.sourcesFile));
  const facts = loadFacts(files.factsDir, sources);
  return buildGraph(facts, sources, files.name ?? "ZoneGraph");
}

/** Loads the built-in corpus (graph-data/data/sources.yaml and data/facts/). */
export function loadCorpusGraph(): ZoneGraph {
  return loadGraph({
    sourcesFile: join(CORPUS_DATA_DIR, "sources.yaml"),
    factsDir: join(CORPUS_DATA_DIR, "facts"),
    name: "ZoneGraph corpus: 科技日报 园区 2023",
  });
}
