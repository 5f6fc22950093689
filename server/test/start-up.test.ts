// Start-up: ZONEGRAPH_DATA serves another graph file (graphology JSON or a .zgs snapshot, told
// apart by magic bytes); a bad file stops main.ts with a message naming the file and the problem.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ZoneGraph } from "@zonegraph/graph-data";
import { Snapshot } from "@zonegraph/graph-data/snapshot/snapshot";
import { writeSnapshot } from "@zonegraph/graph-data/snapshot/write-snapshot";
import { describe, expect, it } from "vitest";
import { GraphLoadError, loadServedGraph } from "../src/state/load-graph.ts";
import { createApp } from "../src/app/create-app.ts";
import { buildGraphState } from "../src/state/graph-state.ts";
import { gql } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const dir = mkdtempSync(join(tmpdir(), "zonegraph-data-"));
const bad = join(dir, "bad.json");
writeFileSync(bad, "{ this is not json");
const snapshotFile = join(dir, "two-zones.zgs");
writeSnapshot(twoZoneGraph(), snapshotFile);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

describe("start-up", () => {
  it("loads ZONEGRAPH_DATA instead of the corpus", async () => {
    const file = join(dir, "two-zones.json");
    writeFileSync(file, JSON.stringify(twoZoneGraph().export()));
    expect(((await loadServedGraph(file)) as ZoneGraph).order).toBe(20);
  });

  it("loads a .zgs snapshot, recognised by its magic bytes whatever its name", async () => {
    const renamed = join(dir, "graph-without-extension");
    copyFileSync(snapshotFile, renamed);
    for (const file of [snapshotFile, renamed]) {
      const loaded = await loadServedGraph(file);
      expect(loaded).toBeInstanceOf(Snapshot);
      expect((loaded as Snapshot).nodeCount).toBe(20);
    }
    const app = createApp(buildGraphState(await loadServedGraph(renamed)), { webDist: "/nonexistent" });
    const data = await gql<{ entity: { name: string } }>(app, `{ entity(id: "甲科技") { name } }`);
    expect(data.entity.name).toBe(twoZoneGraph().getNodeAttribute("company-a", "name"));
  });

  it("names the file and the problem when the data file is bad", async () => {
    await expect(loadServedGraph(bad)).rejects.toThrow(GraphLoadError);
    await expect(loadServedGraph(bad)).rejects.toThrow(
      new RegExp(`^ZoneGraph: cannot load ${escape(bad)}: `, "u"),
    );
    await expect(loadServedGraph(join(dir, "missing.json"))).rejects.toThrow(/cannot load .*missing\.json/u);
  });

  it("names the file and the problem when a snapshot is damaged", async () => {
    const truncated = join(dir, "truncated.zgs");
    const bytes = readFileSync(snapshotFile);
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 64));
    await expect(loadServedGraph(truncated)).rejects.toThrow(
      new RegExp(`^ZoneGraph: cannot load ${escape(truncated)}: truncated`, "u"),
    );
    const notSnapshot = join(dir, "not-a-snapshot.zgs");
    writeFileSync(notSnapshot, "plain text");
    await expect(loadServedGraph(notSnapshot)).rejects.toThrow(
      new RegExp(`^ZoneGraph: cannot load ${escape(notSnapshot)}: bad magic`, "u"),
    );
  });

  it.each([
    ["a bad JSON file", bad],
    ["a damaged snapshot", join(dir, "truncated.zgs")],
  ])(
    "exits 1 with that message when main.ts is given %s",
    (_what, file) => {
      const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
      const run = spawnSync(process.execPath, ["--import", "tsx", main], {
        env: { ...process.env, PORT: "0", ZONEGRAPH_DATA: file },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`ZoneGraph: cannot load ${file}:`);
    },
    40_000,
  );
});
