/**
 * The loader of a curated folder (an adapter over src/load/, which it does not change): the page
 * and its articles from sources.yaml (when present), the standalone articles of articles.yaml, and
 * every facts/*.yaml checked against all of them. An overlay of new file contents lets a publish
 * build the graph it would make, with the strict loader, before writing anything.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { buildGraph } from "../load/build-graph.ts";
import { loadFacts } from "../load/load-facts.ts";
import { LoadError, LoadErrors } from "../load/load-errors.ts";
import { loadSources } from "../load/load-sources.ts";
import type { Source, ZoneGraph } from "../types.ts";
import { folderGraphName } from "./folder-name.ts";
import { ARTICLES_FILE, articleSources, readArticleEntries, readFolderFile } from "./articles-file.ts";

/** New contents of folder-relative files, laid over the folder. */
export type Overlay = ReadonlyMap<string, string>;

/** Loads, validates and builds the graph of curated folder `dir` (with `overlay`), named from its data (folder-name.ts); throws LoadErrors. */
export function loadCuratedGraph(
  dir: string,
  overlay: Overlay = new Map(),
  name = folderGraphName(dir),
): ZoneGraph {
  const scratch = overlay.size > 0 ? mkdtempSync(join(tmpdir(), "zonegraph-overlay-")) : undefined;
  try {
    const sourcesFile = join(dir, "sources.yaml");
    const sources: Source[] = existsSync(sourcesFile) ? loadSources(sourcesFile, "sources.yaml").sources : [];
    const articlesPath = placed(dir, scratch, overlay, ARTICLES_FILE);
    const readText = (file: string): string => overlay.get(file) ?? readFolderFile(dir, file);
    const articles = articleSources(readArticleEntries(articlesPath), readText);
    const pageIds = new Set(sources.map((s) => s.id));
    const clash = articles.find((a) => pageIds.has(a.id));
    if (clash)
      throw new LoadErrors([
        new LoadError(
          ARTICLES_FILE,
          0,
          `article ${clash.id}`,
          "its id is already an article of sources.yaml",
        ),
      ]);
    const all = [...sources, ...articles];
    const factsDir = factsDirOf(dir, scratch, overlay);
    return buildGraph(loadFacts(factsDir, all), all, name);
  } finally {
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  }
}

/** The path to read `file` from: the overlay's copy written into `scratch`, or the folder's. */
function placed(dir: string, scratch: string | undefined, overlay: Overlay, file: string): string {
  const content = overlay.get(file);
  if (content === undefined || scratch === undefined) return join(dir, file);
  const path = join(scratch, basename(file));
  writeFileSync(path, content);
  return path;
}

/** facts/ itself, or a scratch facts/ linking the folder's files with the overlay's laid over. */
function factsDirOf(dir: string, scratch: string | undefined, overlay: Overlay): string {
  const own = join(dir, "facts");
  const changed = [...overlay.keys()].filter((f) => f.startsWith("facts/"));
  if (changed.length === 0 || scratch === undefined) return own;
  // A directory of the same base name keeps the loader's messages ("facts/x.yaml:3: …").
  const facts = join(scratch, "facts");
  mkdirSync(facts);
  for (const name of existsSync(own) ? readdirSync(own) : []) {
    if (!overlay.has(`facts/${name}`)) symlinkSync(join(own, name), join(facts, name));
  }
  for (const file of changed) writeFileSync(join(scratch, file), overlay.get(file) ?? "");
  return facts;
}
