/**
 * The explorer on a synthetic graph of 20,000 entities: it opens on the zone overview, the largest
 * zone's tied subgraph loads page by page up to the per-view cap with a "showing N of M" notice and
 * "load more", and a double-click expands a node. Figures go to test-artifacts/scale-metrics.json;
 * they are recorded, not asserted (the scale benchmark compares them with the targets).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, launchBrowser, openExplorer, screenshot } from "./browser.ts";
import {
  ensureScaleGraph,
  largestZone,
  measureZonePick,
  recordLongTasks,
  SCALE_GRAPH,
  TARGETS,
  type ZonePickMetrics,
} from "./scale-harness.ts";
import { startServer, type ServerProcess } from "./server-process.ts";

let browser: Browser;
let server: ServerProcess;
let zone: Awaited<ReturnType<typeof largestZone>>;
let page: Page;
let metrics: ZonePickMetrics;

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: T }).data;
}

const notice = (kind: string) => page.getByTestId("truncation-notice").locator(`[data-kind=${kind}]`);

beforeAll(async () => {
  const file = ensureScaleGraph((line) => console.log(`[scale] ${line}`));
  [server, browser] = await Promise.all([startServer(file), launchBrowser()]);
  zone = await largestZone(server.baseUrl);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the explorer at scale", () => {
  it("opens on the zone overview: zones as nodes, and says how many links it shows", async () => {
    page = await openExplorer(browser, server.baseUrl, "/", (p) => recordLongTasks(p));
    const overview = await page.evaluate(() => {
      const hook = window.__zonegraph;
      const types = new Set<string>();
      hook?.graph?.forEachNode((_id, a) => types.add(a.entityType));
      return { mode: hook?.store.get().mode, order: hook?.graph?.order ?? 0, types: [...types] };
    });
    const api = await gql<{ zoneOverview: { zoneCount: number; linkCount: number } }>(
      "{ zoneOverview { zoneCount linkCount } }",
    );
    expect(overview).toEqual({ mode: "overview", order: api.zoneOverview.zoneCount, types: ["ZONE"] });
    expect(await page.getByTestId("overview-hint").isVisible()).toBe(true);
    if (api.zoneOverview.linkCount > 3000)
      expect(await notice("links").getAttribute("data-total")).toBe(String(api.zoneOverview.linkCount));
    await page.waitForFunction(() => window.__zonegraph?.store.get().layoutRunning === false, undefined, {
      timeout: 30_000,
    });
    await screenshot(page, "scale-overview");
  });

  it("loads the largest zone page by page up to the cap, saying N of M, and records the figures", async () => {
    metrics = await measureZonePick(page, zone.id);
    const api = await gql<{ tiedToZone: { totalCount: number } }>(
      "query($z: ID!) { tiedToZone(zoneId: $z) { totalCount } }",
      { z: zone.id },
    );
    expect(api.tiedToZone.totalCount).toBeGreaterThan(5000);
    expect(metrics.tiedTotal).toBe(api.tiedToZone.totalCount);
    expect(Number(await page.getByTestId("tied-count").textContent())).toBe(api.tiedToZone.totalCount);
    expect(metrics.nodesDrawn).toBe(5000 + 1);
    expect(await notice("tied").getAttribute("data-shown")).toBe("5000");
    expect(await notice("tied").textContent()).toContain(`5000 / ${api.tiedToZone.totalCount}`);
    // Drawn and interactive: hovering a node on the canvas highlights it.
    const point = await page.evaluate((id) => {
      const hook = window.__zonegraph;
      if (!hook?.view || !hook.graph) throw new Error("no graph");
      const p = hook.view.sigma.graphToViewport(hook.graph.getNodeAttributes(id));
      const rect = hook.view.sigma.getContainer().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, zone.id);
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction((id) => window.__zonegraph?.store.get().selection.hovered === id, zone.id, {
      timeout: 10_000,
    });
    await screenshot(page, "scale-zone");
    const record = {
      graph: `${SCALE_GRAPH.preset} seed ${SCALE_GRAPH.seed}`,
      zone,
      targets: TARGETS,
      ...metrics,
    };
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(resolve(ARTIFACTS, "scale-metrics.json"), `${JSON.stringify(record, null, 2)}\n`);
    console.log(
      `[scale] ${zone.name}: drawn in ${metrics.drawMs} ms (target ${TARGETS.drawMs}); ${metrics.nodesDrawn} nodes, ${metrics.edgesDrawn} edges; longest task ${metrics.longTasks.longestMs} ms (target ${TARGETS.longestTaskMs}) of ${metrics.longTasks.count} over ${metrics.layoutMs} ms`,
    );
  });

  it("loads the rest with 'load more' and drops the notice", async () => {
    await page.getByTestId("load-more").click();
    await page.waitForFunction(
      (n) => window.__zonegraph?.graph?.filterNodes((_id, a) => a.groupCount === 0).length === n,
      metrics.tiedTotal + 1,
      { timeout: 30_000 },
    );
    await notice("tied").waitFor({ state: "detached" });
  });

  it("adds a node's neighbours on double-click, without zooming", async () => {
    // An investor is a counterparty of many zones: its neighbours reach beyond this one.
    const investor = await page.evaluate(() => {
      const tied = window.__zonegraph?.store.get().tied;
      if (!tied || tied === "loading" || "failed" in tied) return null;
      return (
        tied.items.find(
          (i) =>
            i.role === "COUNTERPARTY" &&
            i.entity.type === "INVESTOR" &&
            window.__zonegraph?.graph?.getNodeAttribute(i.entity.id, "hidden") === false,
        )?.entity.id ?? null
      );
    });
    expect(investor).not.toBeNull();
    const before = await page.evaluate(() => window.__zonegraph?.graph?.order ?? 0);
    await page.evaluate(() => window.__zonegraph?.layout?.stop());
    // Centre the camera on the investor, zoomed in so no other node sits under the pointer.
    const point = await page.evaluate(async (id) => {
      const hook = window.__zonegraph;
      if (!hook?.view || !id) throw new Error("no graph");
      const d = hook.view.sigma.getNodeDisplayData(id);
      if (!d) throw new Error("not drawn");
      const camera = hook.view.sigma.getCamera();
      camera.setState({ x: d.x, y: d.y, ratio: 0.05 });
      await hook.view.nextRender();
      const rect = hook.view.sigma.getContainer().getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, ratio: camera.getState().ratio };
    }, investor);
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction((n) => (window.__zonegraph?.graph?.order ?? 0) > n, before, {
      timeout: 15_000,
    });
    const after = await page.evaluate(
      (id) => ({
        ratio: window.__zonegraph?.view?.sigma.getCamera().getState().ratio,
        expanded: id !== null && (window.__zonegraph?.store.get().filters.expandedIds.size ?? 0) > 0,
      }),
      investor,
    );
    expect(after.expanded).toBe(true);
    expect(after.ratio).toBeCloseTo(point.ratio, 5);
    await page.close();
  });

  it("lays the overview out readably at 1024 px", async () => {
    const narrow = await openExplorer(browser, server.baseUrl, "/", undefined, 1024);
    await narrow.waitForFunction(() => window.__zonegraph?.store.get().layoutRunning === false, undefined, {
      timeout: 30_000,
    });
    await screenshot(narrow, "scale-overview-1024");
    expect(await narrow.getByTestId("zone-select").isVisible()).toBe(true);
    await narrow.close();
  });
});
