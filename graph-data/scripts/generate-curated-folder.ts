/**
 * Writes a generated curated folder (src/curation/generate-curated-folder.ts) for benchmarks:
 * tsx scripts/generate-curated-folder.ts <dir> [articles=1000] [seed=1]
 */
import { generateCuratedFolder } from "../src/curation/generate-curated-folder.ts";

const [dir, articles = "1000", seed = "1"] = process.argv.slice(2);
if (dir === undefined) throw new Error("generate-curated-folder: usage: <dir> [articles=1000] [seed=1]");
const n = Number(articles);
if (!Number.isInteger(n) || n < 1)
  throw new Error(`generate-curated-folder: articles must be a positive integer, got "${articles}"`);
generateCuratedFolder(dir, { articles: n, seed: Number(seed) });
console.log(`wrote ${n} articles to ${dir}`);
