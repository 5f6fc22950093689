/**
 * Child process of the benchmark: loads one graph file one way and prints, as one JSON line, how
 * long each step took and the RSS afterwards. A fresh process per measurement, so start-up is
 * measured cold (no warm heap, no shared caches) as a server would see it.
 *   tsx bench/startup-child.ts <mode> <file>
 */
import { readSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import { readGraphJson } from "@zonegraph/graph-data/synth/read-graph-json";
import { loadServedGraph } from "@zonegraph/server/state/load-graph";
import { buildGraphState } from "@zonegraph/server/state/graph-state";

/** The ways a graph can be loaded. */
export const STARTUP_MODES = ["json-import", "snapshot-read", "served-context"] as const;
/** One of the start-up modes. */
export type StartupMode = (typeof STARTUP_MODES)[number];

const [mode, file] = process.argv.slice(2);
if (mode !== undefined && file !== undefined) {
  const steps: Record<string, number> = {};
  const started = performance.now();
  let last = started;
  const step = (name: string): void => {
    const now = performance.now();
    steps[name] = now - last;
    last = now;
  };
  let order: number;
  if (mode === "json-import") {
    order = readGraphJson(file).order;
    step("parse+import");
  } else if (mode === "snapshot-read") {
    const s = readSnapshot(file);
    step("read");
    s.indexOf("");
    step("id map");
    order = s.nodeCount;
  } else if (mode === "served-context") {
    // What main.ts does: the snapshot served from its columns, with the indexes stored in it.
    const g = await loadServedGraph(file);
    step("read");
    order = buildGraphState(g).store.entityCount;
    step("store + indexes");
  } else {
    throw new Error(`bench/startup-child: unknown mode ${mode}`);
  }
  const total = performance.now() - started;
  // performance.now() counts from process start: module loading is included in sinceStart.
  console.log(
    JSON.stringify({
      mode,
      order,
      steps,
      total,
      sinceStart: performance.now(),
      rss: process.memoryUsage().rss,
    }),
  );
}
