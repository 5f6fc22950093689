/**
 * `pnpm --filter @zonegraph/web bench:scale [--preset national|medium] [--runs N] [--json]`: builds
 * the explorer, serves a synthetic graph (national by default), and in headless Chromium measures
 * N times: the overview drawn after navigation, the largest zone (5,000 tied drawn, the rest on
 * "load more") drawn and labelled after it is picked, and the longest main-thread task while the
 * layout runs; printed against issue #13's targets (ratio = measured / target; ≤ 1 meets it).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { build } from "vite";
import { ARTIFACTS, launchBrowser } from "./browser.ts";
import {
  ensureScaleGraph,
  largestZone,
  measureZonePick,
  NATIONAL_GRAPH,
  recordLongTasks,
  SCALE_GRAPH,
  TARGETS,
  type ZonePickMetrics,
} from "./scale-harness.ts";
import { startServer, WEB_DIR } from "./server-process.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    preset: { type: "string", default: "national" },
    json: { type: "boolean", default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const graph = values.preset === "medium" ? SCALE_GRAPH : NATIONAL_GRAPH;
const log = (line: string) => console.error(`[bench:scale] ${line}`);

/** What one run measured. */
interface Run {
  /** From navigation to the overview drawn and responding, ms. */
  overviewMs: number;
  /** Longest task from navigation until the overview's layout stopped, ms. */
  overviewLongestTaskMs: number;
  /** Labels drawn on the zone once it is drawn. */
  zoneLabels: number;
  zone: ZonePickMetrics;
}

/** Opens the explorer and measures the overview: drawn, then the longest task from then until its layout stops. */
async function openOverview(page: Page, baseUrl: string): Promise<{ overviewMs: number; longestMs: number }> {
  await recordLongTasks(page);
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => window.__zonegraph?.ready === true, undefined, { timeout: 120_000 });
  const overviewMs = await page.evaluate(() => window.__zonegraph?.whenDrawn() ?? Promise.resolve(-1));
  await page
    .waitForFunction(() => window.__zonegraph?.store.get().layoutRunning === false, undefined, {
      timeout: 30_000,
      polling: 250,
    })
    .catch(() => undefined);
  // While the layout runs: from the overview drawn (the layout starts right after) until it stops.
  const longestMs = await page.evaluate(
    (from) =>
      Math.max(0, ...(window.__longTasks ?? []).filter((t) => t.startTime >= from).map((t) => t.duration)),
    overviewMs,
  );
  return { overviewMs: Math.round(overviewMs), longestMs: Math.round(longestMs) };
}

await build({ root: WEB_DIR, logLevel: "warn" });
const file = ensureScaleGraph(log, graph);
const server = await startServer(file, 300_000);
const browser = await launchBrowser();
const results: Run[] = [];
try {
  const zone = await largestZone(server.baseUrl);
  log(`largest zone ${zone.name} (${zone.id}, ${zone.memberCount} members)`);
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const overview = await openOverview(page, server.baseUrl);
    const m = await measureZonePick(page, zone.id);
    const zoneLabels = await page.evaluate(() => window.__zonegraph?.view?.labels().drawn.length ?? 0);
    log(
      `run ${i + 1}: overview ${overview.overviewMs} ms (longest task ${overview.longestMs} ms); zone drawn and labelled in ${m.drawMs} ms (${m.nodesDrawn} entities, ${zoneLabels} labels), longest task ${m.longTasks.longestMs} ms`,
    );
    results.push({
      overviewMs: overview.overviewMs,
      overviewLongestTaskMs: overview.longestMs,
      zoneLabels,
      zone: m,
    });
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const overviewMs = median(results.map((r) => r.overviewMs));
const drawMs = median(results.map((r) => r.zone.drawMs));
const layoutTaskMs = Math.max(...results.map((r) => r.overviewLongestTaskMs));
const zoneTaskMs = Math.max(...results.map((r) => r.zone.longTasks.longestMs));
const row = (metric: string, value: number, target: number) => ({
  metric,
  value,
  target,
  ratio: value / target,
});
const report = {
  graph: `${graph.preset} seed ${graph.seed}`,
  runs,
  rows: [
    row("navigation → overview drawn (median, ms)", overviewMs, TARGETS.overviewMs),
    row("zone pick → 5,000 tied drawn and labelled (median, ms)", drawMs, TARGETS.drawMs),
    row("longest main-thread task, overview layout running (max, ms)", layoutTaskMs, TARGETS.longestTaskMs),
    // A zone runs no layout (it is laid out in rings); its longest task is shown against the same bound.
    row("longest main-thread task, zone pick to drawn (max, ms)", zoneTaskMs, TARGETS.longestTaskMs),
  ],
  results,
};
writeFileSync(resolve(ARTIFACTS, "scale-bench.json"), `${JSON.stringify(report, null, 2)}\n`);
if (values.json) console.log(JSON.stringify(report));
else {
  const first = results[0];
  console.log(
    `\nExplorer at scale — ${report.graph}: largest zone, ${first?.zone.tiedTotal ?? 0} tied entities, ${first?.zone.nodesDrawn ?? 0} drawn; ${runs} runs`,
  );
  for (const r of report.rows)
    console.log(
      `${r.metric.padEnd(62)} ${String(r.value).padStart(7)}  target ≤ ${String(r.target).padStart(5)}  ratio ${r.ratio.toFixed(2)}${r.ratio <= 1 ? "  ok" : "  OVER"}`,
    );
}
