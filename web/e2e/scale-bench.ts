/**
 * `pnpm --filter @zonegraph/web bench:scale [--runs N] [--json]`: builds the explorer, serves the
 * scale graph, picks its largest zone N times in headless Chromium and prints the draw time and the
 * longest main-thread task against issue #5's targets (ratio = measured / target; ≤ 1 meets it).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "vite";
import { ARTIFACTS, launchBrowser, openExplorer } from "./browser.ts";
import {
  ensureScaleGraph,
  largestZone,
  measureZonePick,
  recordLongTasks,
  SCALE_GRAPH,
  TARGETS,
  type ZonePickMetrics,
} from "./scale-harness.ts";
import { startServer, WEB_DIR } from "./server-process.ts";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "3" }, json: { type: "boolean", default: false } },
});
const runs = Math.max(1, Number(values.runs));
const log = (line: string) => console.error(`[bench:scale] ${line}`);

await build({ root: WEB_DIR, logLevel: "warn" });
const file = ensureScaleGraph(log);
const server = await startServer(file);
const browser = await launchBrowser();
const results: ZonePickMetrics[] = [];
try {
  const zone = await largestZone(server.baseUrl);
  log(`largest zone ${zone.name} (${zone.id}, ${zone.memberCount} members)`);
  for (let i = 0; i < runs; i++) {
    const page = await openExplorer(browser, server.baseUrl, "/", (p) => recordLongTasks(p));
    await page
      .waitForFunction(() => window.__zonegraph?.store.get().layoutRunning === false, undefined, {
        timeout: 30_000,
      })
      .catch(() => undefined);
    const m = await measureZonePick(page, zone.id);
    log(
      `run ${i + 1}: drawn in ${m.drawMs} ms (${m.nodesDrawn} nodes, ${m.edgesDrawn} edges), longest task ${m.longTasks.longestMs} ms of ${m.longTasks.count}`,
    );
    results.push(m);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const drawMs = median(results.map((r) => r.drawMs));
const longestTaskMs = Math.max(...results.map((r) => r.longTasks.longestMs));
const report = {
  graph: `${SCALE_GRAPH.preset} seed ${SCALE_GRAPH.seed}`,
  runs,
  rows: [
    {
      metric: "zone pick → drawn and interactive (median, ms)",
      value: drawMs,
      target: TARGETS.drawMs,
      ratio: drawMs / TARGETS.drawMs,
    },
    {
      metric: "longest main-thread task while the layout runs (max, ms)",
      value: longestTaskMs,
      target: TARGETS.longestTaskMs,
      ratio: longestTaskMs / TARGETS.longestTaskMs,
    },
  ],
  results,
};
writeFileSync(resolve(ARTIFACTS, "scale-bench.json"), `${JSON.stringify(report, null, 2)}\n`);
if (values.json) console.log(JSON.stringify(report));
else {
  const first = results[0];
  console.log(
    `\nExplorer at scale — ${report.graph}: largest zone, ${first?.tiedTotal ?? 0} tied entities, ${first?.nodesDrawn ?? 0} nodes drawn; ${runs} runs`,
  );
  for (const r of report.rows)
    console.log(
      `${r.metric.padEnd(60)} ${String(r.value).padStart(7)}  target ≤ ${String(r.target).padStart(5)}  ratio ${r.ratio.toFixed(2)}${r.ratio <= 1 ? "  ok" : "  OVER"}`,
    );
}
