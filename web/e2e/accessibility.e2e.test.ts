/**
 * Accessibility and every screen, in Chromium on the corpus: axe-core finds no serious or critical
 * violation in any main state (first load, search, entity, zone, path, English, a hidden type,
 * phone); at 390 × 844 every control is reachable and large enough to tap; by keyboard alone a skip
 * link leads to the entities on the canvas, choosing one moves focus to its heading, Esc clears it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openExplorer, screenshot } from "./browser.ts";
import { browserPerFile } from "./browser-per-file.ts";
import { entityId } from "./entity-id.ts";

const baseUrl = inject("baseUrl");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const { browser } = browserPerFile();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

declare global {
  interface Window {
    axe?: {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
      }>;
    };
  }
}

/** Runs axe-core in the page (injected through the debugger, which the page's CSP does not govern). */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const result = await window.axe?.run(document, { resultTypes: ["violations"] });
    return (result?.violations ?? []).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

const idOf = (query: string) => entityId(baseUrl, query);

const drawn = (page: Page) => page.evaluate(() => window.__zonegraph?.view?.nextRender());

describe("accessibility", () => {
  it("has no serious or critical axe violation in the main states", async () => {
    const zone = await idOf("石河子开发区");
    const weifeng = await idOf("威丰电磁");
    const baotou = await idOf("包头稀土高新区");
    const states: [string, string, (page: Page) => Promise<void>][] = [
      ["first load", "/", async () => undefined],
      [
        "search",
        "/",
        async (page) => {
          await page.getByTestId("search-input").fill("baotou");
          await page.getByTestId("search-result").first().waitFor();
        },
      ],
      ["entity", `/?entity=${weifeng}`, (page) => page.getByTestId("evidence").first().waitFor()],
      ["zone", `/?zone=${zone}`, (page) => page.getByTestId("tied-count").waitFor()],
      ["path", `/?from=${weifeng}&to=${baotou}`, (page) => page.getByTestId("path-result").waitFor()],
      ["English", `/?lang=en&entity=${weifeng}`, (page) => page.getByTestId("evidence").first().waitFor()],
      ["hidden type", "/?hide=PERSON,REGION", async () => undefined],
      ["zone not found", "/?zone=nowhere", (page) => page.getByTestId("not-found").waitFor()],
    ];
    const report: Record<string, Violation[]> = {};
    for (const [name, path, prepare] of states) {
      const page = await openExplorer(browser(), baseUrl, path);
      await prepare(page);
      await drawn(page);
      report[name] = await seriousViolations(page);
      await page.close();
    }
    const phone = await openExplorer(browser(), baseUrl, `/?zone=${zone}`, undefined, 390);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.getByTestId("menu-button").click();
    report["phone"] = await seriousViolations(phone);
    await phone.close();
    expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
  });
});

describe("every screen and every hand", () => {
  it("puts the canvas on top and the panels below at 390 × 844, every control reachable and tappable", async () => {
    const weifeng = await idOf("威丰电磁");
    const page = await openExplorer(browser(), baseUrl, `/?entity=${weifeng}`, undefined, 390);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("evidence").first().waitFor();
    const canvas = await page.getByTestId("graph").boundingBox();
    const details = await page.getByTestId("details-panel").boundingBox();
    expect(canvas && details && canvas.y + canvas.height <= details.y + 1).toBe(true);
    expect(canvas?.width).toBeGreaterThan(380);
    // The toolbar's controls wait in the menu, which opens with a tap.
    expect(await page.getByTestId("zone-select").isVisible()).toBe(false);
    await page
      .getByTestId("menu-button")
      .tap()
      .catch(() => page.getByTestId("menu-button").click());
    for (const id of ["zone-select", "lang-toggle", "export-png", "export-gexf", "layout-toggle"])
      expect(await page.getByTestId(id).isVisible()).toBe(true);
    // Nothing wider than the screen, every visible control at least 24 px each way.
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      if (document.documentElement.scrollWidth > window.innerWidth + 1)
        out.push(`page ${document.documentElement.scrollWidth} wide`);
      for (const el of document.querySelectorAll<HTMLElement>("button, select, input, a[href]")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (getComputedStyle(el).visibility === "hidden") continue;
        if (el.classList.contains("skip-link")) continue;
        if (r.height < 24 || r.width < 24)
          out.push(
            `${el.tagName} "${el.textContent?.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
      }
      return out;
    });
    expect(problems).toEqual([]);
    await screenshot(page, "phone-390-entity");
    await page.close();
  });

  it("works by keyboard alone: skip link to the entities, focus on the heading of a choice, Esc clears it", async () => {
    const page = await openExplorer(browser(), baseUrl);
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.textContent()).toBe("跳到图中实体列表");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.closest("#node-list") !== null);
    // The list of the entities on the canvas: open it and choose one by keyboard.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const first = page.getByTestId("node-list").locator("li button").first();
    await first.focus();
    const id = await first.getAttribute("data-id");
    await page.keyboard.press("Enter");
    await page.waitForFunction((x) => window.__zonegraph?.store.get().selection.selected === x, id);
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-testid") === "details-heading",
    );
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => window.__zonegraph?.store.get().selection.selected === null);
    expect(await page.getByTestId("graph").getAttribute("aria-label")).toMatch(/^关系图，显示 \d+ 个实体/);
    expect(await page.getByTestId("details-panel").getAttribute("aria-live")).toBeNull();
    await page.close();
  });
});
