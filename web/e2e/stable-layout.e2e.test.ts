/**
 * The same view gives the same picture (issue 13): the whole graph of the corpus and the zone overview
 * of the synthetic medium graph, each opened on two page loads, end their ForceAtlas2 layout with every
 * node in the same place (seeded start, stop counted in iterations, never in time).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openExplorer, screenshot } from "./browser.ts";
import { ensureScaleGraph } from "./scale-harness.ts";
import { startServer, type ServerProcess } from "./server-process.ts";

let browser: Browser;
let medium: ServerProcess;

beforeAll(async () => {
  const file = ensureScaleGraph((line) => console.log(`[stable-layout] ${line}`));
  [medium, browser] = await Promise.all([startServer(file), launchBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await medium?.stop();
});

/** Node positions once the layout has stopped, after a fresh page load. */
async function settledPositions(baseUrl: string, shot: string): Promise<Record<string, [number, number]>> {
  const page = await openExplorer(browser, baseUrl, "/");
  // The layout was started (the canvas holds one) and has stopped by itself.
  await page.waitForFunction(
    () => window.__zonegraph?.layout != null && window.__zonegraph.store.get().layoutRunning === false,
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  await screenshot(page, shot);
  const positions = await page.evaluate(() => {
    const out: Record<string, [number, number]> = {};
    window.__zonegraph?.graph?.forEachNode((id, a) => (out[id] = [a.x, a.y]));
    return out;
  });
  await page.close();
  return positions;
}

/** The largest distance a node lies from its place in the other picture, as a share of the picture's extent. */
function largestShift(a: Record<string, [number, number]>, b: Record<string, [number, number]>): number {
  const xs = Object.values(a).map((p) => p[0]);
  const ys = Object.values(a).map((p) => p[1]);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  let shift = 0;
  for (const [id, p] of Object.entries(a)) {
    const q = b[id];
    if (!q) return Infinity;
    shift = Math.max(shift, Math.hypot(p[0] - q[0], p[1] - q[1]));
  }
  return shift / extent;
}

describe("a view drawn again", () => {
  it("puts every node of the whole graph where it was on the first load", async () => {
    const baseUrl = inject("baseUrl");
    const first = await settledPositions(baseUrl, "stable-layout-corpus-1");
    const second = await settledPositions(baseUrl, "stable-layout-corpus-2");
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(largestShift(first, second)).toBeLessThan(0.001);
  }, 150_000);

  it("puts every zone of the overview where it was on the first load", async () => {
    const first = await settledPositions(medium.baseUrl, "stable-layout-overview-1");
    const second = await settledPositions(medium.baseUrl, "stable-layout-overview-2");
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    expect(Object.keys(first).length).toBeGreaterThan(50);
    expect(largestShift(first, second)).toBeLessThan(0.001);
  }, 150_000);
});
