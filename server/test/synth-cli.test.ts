// The root `pnpm synth` (server/src/cli/synth.ts): a snapshot comes out with the server's indexes
// stored, --out resolves against INIT_CWD, and the server serves it without building indexes; a
// .json output stays a plain graphology export.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import { Snapshot } from "@zonegraph/graph-data/snapshot/snapshot";
import { describe, expect, it } from "vitest";
import { loadServedGraph } from "../src/state/load-graph.ts";
import { decodeServerIndex } from "../src/graph/server-index.ts";
import { buildGraphState } from "../src/state/graph-state.ts";

const cli = fileURLToPath(new URL("../src/cli/synth.ts", import.meta.url));
const synth = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: { ...process.env, INIT_CWD: cwd },
    encoding: "utf8",
  });

describe("pnpm synth (server CLI)", () => {
  const dir = mkdtempSync(join(tmpdir(), "zonegraph-synth-"));
  mkdirSync(join(dir, "typed-here"));

  it("writes a small snapshot with the server's indexes, served without building them", async () => {
    const run = synth(join(dir, "typed-here"), "--preset", "small", "--out", "out/small.zgs");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const file = join(dir, "typed-here", "out", "small.zgs");
    const snapshot = readSnapshot(file);
    expect(snapshot.extensionNames).toContain("server-index.meta");
    expect(snapshot.extensionNames.length).toBeGreaterThan(1);
    expect(typeof decodeServerIndex(snapshot)).toBe("object");

    const served = await loadServedGraph(file);
    expect(served).toBeInstanceOf(Snapshot);
    const notices: string[] = [];
    const context = buildGraphState(served, (m) => notices.push(m));
    expect(notices).toEqual([]);
    expect(context.store.entityCount).toBe(snapshot.nodeCount);
  }, 60_000);

  it("leaves a .json output as a plain graphology export", () => {
    const run = synth(dir, "--preset", "small", "--out", "small.json");
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("indexes");
    const json = JSON.parse(readFileSync(join(dir, "small.json"), "utf8")) as { nodes: unknown[] };
    expect(json.nodes.length).toBeGreaterThan(0);
  }, 60_000);

  it("rejects bad arguments with the usage", () => {
    const run = synth(dir, "--preset", "nowhere", "--out", "x.zgs");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown preset");
    expect(run.stderr).toContain("usage: pnpm synth");
  });
});
