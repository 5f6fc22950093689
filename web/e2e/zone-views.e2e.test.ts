/**
 * Moving between the views of a large graph in Chromium (the synthetic medium graph of the scale
 * runs): clicking a zone on the overview, "back to overview" and switching zones while something is
 * selected draw the new view without a page error, and the tied list loads.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openExplorer } from "./browser.ts";
import { browserPerFile } from "./browser-per-file.ts";
import { ensureScaleGraph, largestZone } from "./scale-harness.ts";
import { startServer } from "./server-process.ts";

const { browser, server } = browserPerFile(async () => {
  const file = ensureScaleGraph((line) => console.log(`[zone-views] ${line}`));
  return startServer(file);
}, 180_000);

/** Opens the explorer and records every page error and console error. */
async function openRecording(path = "/"): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const page = await openExplorer(browser(), server().baseUrl, path, async (p) => {
    p.on("pageerror", (error) => errors.push(error.message));
    p.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
  });
  return { page, errors };
}

/** Page coordinates of a node's centre. */
function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const hook = window.__zonegraph;
    if (!hook?.view || !hook.graph) throw new Error("no graph");
    const p = hook.view.sigma.graphToViewport(hook.graph.getNodeAttributes(node));
    const rect = hook.view.sigma.getContainer().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
}

const tiedCount = async (page: Page) => Number(await page.getByTestId("tied-count").textContent());

describe("views of a large graph", () => {
  it("opens a zone clicked on the overview, goes back and switches zones with something selected", async () => {
    const zone = await largestZone(server().baseUrl);
    const { page, errors } = await openRecording();
    await page.waitForFunction(() => window.__zonegraph?.store.get().layoutRunning === false, undefined, {
      timeout: 30_000,
    });
    // Zoom onto the zone so that no other node lies under the pointer.
    await page.evaluate(async (id) => {
      const hook = window.__zonegraph;
      const d = hook?.view?.sigma.getNodeDisplayData(id);
      if (!hook?.view || !d) throw new Error("zone not drawn");
      hook.view.sigma.getCamera().setState({ x: d.x, y: d.y, ratio: 0.05 });
      await hook.view.nextRender();
    }, zone.id);
    const point = await nodePoint(page, zone.id);
    await page.mouse.click(point.x, point.y);
    await page.getByTestId("tied-count").waitFor({ timeout: 30_000 });
    expect(await tiedCount(page)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__zonegraph?.store.get().selection.selected)).toBe(zone.id);
    await page.evaluate(() => window.__zonegraph?.whenDrawn());

    // Back to the overview with the zone still selected, then another zone from the picker.
    await page.getByTestId("tied-panel").getByRole("button", { name: "返回概览" }).click();
    await page.waitForFunction(() => window.__zonegraph?.store.get().filters.zoneId === null);
    await page.evaluate(() => window.__zonegraph?.whenDrawn());
    const other = await page.evaluate(
      (id) => window.__zonegraph?.graph?.findNode((n) => n !== id) ?? null,
      zone.id,
    );
    expect(other).not.toBeNull();
    await page.getByTestId("zone-select").selectOption(other ?? "");
    await page.waitForFunction(
      (id) => {
        const tied = window.__zonegraph?.store.get().tied;
        return typeof tied === "object" && tied !== null && "items" in tied && tied.zoneId === id;
      },
      other,
      { timeout: 30_000 },
    );
    await page.evaluate(() => window.__zonegraph?.whenDrawn());
    // Hover and a redraw still work: the canvas is not frozen.
    const otherPoint = await nodePoint(page, other ?? "");
    await page.mouse.move(otherPoint.x, otherPoint.y);
    await page.evaluate(() => window.__zonegraph?.view?.nextRender());
    expect(errors).toEqual([]);
    await page.close();
  });

  it("folds a large group into a node with its count, opened by a click, and counts what it shows", async () => {
    const zone = await largestZone(server().baseUrl);
    const { page, errors } = await openRecording(`/?zone=${encodeURIComponent(zone.id)}`);
    await page.waitForFunction(
      () => {
        const tied = window.__zonegraph?.store.get().tied;
        return typeof tied === "object" && tied !== null && "items" in tied;
      },
      undefined,
      { timeout: 60_000 },
    );
    await page.evaluate(() => window.__zonegraph?.view?.nextRender());
    const group = await page.evaluate(() => {
      const g = window.__zonegraph?.graph;
      const id = g?.findNode((_id, a) => a.groupCount > 0 && !a.hidden && a.entityType === "COMPANY");
      return id && g
        ? {
            id,
            count: g.getNodeAttribute(id, "groupCount"),
            x: g.getNodeAttribute(id, "x"),
            y: g.getNodeAttribute(id, "y"),
          }
        : null;
    });
    expect(group?.count).toBeGreaterThan(40);
    // The legend counts the companies the view stands for, the group's included.
    const shown = await page.evaluate(() => {
      const g = window.__zonegraph?.graph;
      let n = 0;
      g?.forEachNode((_id, a) => {
        if (!a.hidden && a.entityType === "COMPANY") n += a.groupCount > 0 ? a.groupCount : 1;
      });
      return n;
    });
    expect(await page.getByTestId("legend").locator("[data-type=COMPANY] .legend-count").textContent()).toBe(
      String(shown),
    );
    const labels = await page.evaluate(
      () => window.__zonegraph?.view?.labels().drawn.map((l) => l.text) ?? [],
    );
    expect(labels.some((l) => l.includes("×"))).toBe(true);
    // A click opens the group: its node gives way to its companies.
    const point = await nodePoint(page, group?.id ?? "");
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(
      (id) =>
        window.__zonegraph?.graph?.hasNode(id) !== true ||
        window.__zonegraph.graph.getNodeAttribute(id, "hidden"),
      group?.id,
    );
    const companies = await page.evaluate(
      () =>
        window.__zonegraph?.graph?.filterNodes(
          (_id, a) => !a.hidden && a.groupCount === 0 && a.entityType === "COMPANY",
        ).length ?? 0,
    );
    expect(companies).toBeGreaterThanOrEqual(group?.count ?? Infinity);
    expect(errors).toEqual([]);
    await page.close();
  });
});
