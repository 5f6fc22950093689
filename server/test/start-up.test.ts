// Start-up: ZONEGRAPH_DATA serves another graph file; a bad file stops main.ts with a message
// naming the file and the problem.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GraphLoadError, loadServedGraph } from "../src/load-graph.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const dir = mkdtempSync(join(tmpdir(), "zonegraph-data-"));
const bad = join(dir, "bad.json");
writeFileSync(bad, "{ this is not json");

describe("start-up", () => {
  it("loads ZONEGRAPH_DATA instead of the corpus", () => {
    const file = join(dir, "two-zones.json");
    writeFileSync(file, JSON.stringify(twoZoneGraph().export()));
    expect(loadServedGraph(file).order).toBe(20);
  });

  it("names the file and the problem when the data file is bad", () => {
    expect(() => loadServedGraph(bad)).toThrow(GraphLoadError);
    expect(() => loadServedGraph(bad)).toThrow(new RegExp(`^ZoneGraph: cannot load ${bad.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}: `, "u"));
    expect(() => loadServedGraph(join(dir, "missing.json"))).toThrow(/cannot load .*missing\.json/u);
  });

  it("exits 1 with that message when main.ts is given a bad file", () => {
    const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
    const run = spawnSync(process.execPath, ["--import", "tsx", main], {
      env: { ...process.env, PORT: "0", ZONEGRAPH_DATA: bad },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ZoneGraph: cannot load ${bad}:`);
  }, 40_000);
});
