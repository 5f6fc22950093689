// A curated folder's graph is named from its own data: the corpus folder keeps the name the corpus
// loader gives it (stats.name), a folder of standalone articles is plain "ZoneGraph".
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CORPUS_DATA_DIR, loadCorpusGraph } from "../../src/index.ts";
import { generateCuratedFolder } from "../../src/curation/generate-curated-folder.ts";
import { loadCuratedGraph } from "../../src/curation/index.ts";

const scratch = mkdtempSync(join(tmpdir(), "zg-folder-name-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the graph name of a curated folder", () => {
  it("is the corpus name for the corpus folder, from its sources.yaml page", () => {
    const name = loadCuratedGraph(CORPUS_DATA_DIR).getAttribute("name");
    expect(name).toBe(loadCorpusGraph().getAttribute("name"));
    expect(name).toBe("ZoneGraph corpus: 科技日报 园区 2023");
  });

  it("is ZoneGraph for a folder of standalone articles", () => {
    const dir = join(scratch, "generated");
    generateCuratedFolder(dir, { articles: 2 });
    expect(loadCuratedGraph(dir).getAttribute("name")).toBe("ZoneGraph");
  });
});
