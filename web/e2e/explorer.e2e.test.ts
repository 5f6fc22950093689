/**
 * The explorer in Chromium against the real server: the canvas is painted, search opens a company
 * with its evidence, zone focus counts what the API counts, canvas clicks open panels, the language
 * toggle relabels, deep links restore the view, PNG export gives an image, and a dead server is a message.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { ARTIFACTS, openExplorer, screenshot, waitForLayoutStop } from "./browser.ts";
import { browserPerFile } from "./browser-per-file.ts";
import { entityId } from "./entity-id.ts";
import { countNonBackground, decodePng, distinctColours } from "./png-pixels.ts";

const baseUrl = inject("baseUrl");
const { browser } = browserPerFile();

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T };
  return body.data;
}

const idOf = (query: string) => entityId(baseUrl, query);

/** Viewport coordinates (page pixels) of a node's centre. */
async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const hook = window.__zonegraph;
    if (!hook?.view || !hook.graph) throw new Error("no graph");
    const a = hook.graph.getNodeAttributes(node);
    const p = hook.view.sigma.graphToViewport({ x: a.x, y: a.y });
    const rect = hook.view.sigma.getContainer().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
}

/** Types `from` and `to` into the path form, choosing each one's first suggestion, and asks for the path. */
async function findPath(page: Page, from: string, to: string): Promise<void> {
  for (const [id, text] of [
    ["#path-from", from],
    ["#path-to", to],
  ] as const) {
    await page.locator(id).fill(text);
    await page
      .locator(`#${id.slice(1)}-list [role=option]`)
      .first()
      .waitFor();
    await page.locator(id).press("Enter");
  }
  await page.getByRole("button", { name: "查找路径" }).click();
}

describe("the explorer", () => {
  it("paints the graph on the canvas, coloured by type, with a legend", async () => {
    const page = await openExplorer(browser(), baseUrl);
    const toggle = page.getByTestId("layout-toggle");
    await waitForLayoutStop(page);
    expect(await toggle.getAttribute("data-running")).toBe("false");
    await screenshot(page, "overview");
    const canvas = decodePng(
      await page
        .locator("[data-testid=graph]")
        .screenshot({ path: resolve(ARTIFACTS, "overview-canvas.png") }),
    );
    expect(countNonBackground(canvas)).toBeGreaterThan(2000);
    expect(distinctColours(canvas)).toBeGreaterThanOrEqual(5);
    await expect(page.getByTestId("legend").textContent()).resolves.toContain("园区");
    await toggle.click();
    expect(await toggle.getAttribute("data-running")).toBe("true");
    await toggle.click();
    expect(await toggle.getAttribute("data-running")).toBe("false");
    await page.close();
  });

  it("loads without a failed request or console error, with an icon at /favicon.ico", async () => {
    const problems: string[] = [];
    const page = await openExplorer(browser(), baseUrl, "/", async (p) => {
      p.on("console", (m) => {
        if (m.type() === "error") problems.push(m.text());
      });
      p.on("response", (r) => {
        if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
      });
    });
    await waitForLayoutStop(page);
    expect(problems).toEqual([]);
    const icon = await fetch(`${baseUrl}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect((await icon.arrayBuffer()).byteLength).toBeGreaterThan(0);
    await page.close();
  });

  it("finds 威丰电磁 as you type and opens the full company name with an evidence quote on Enter", async () => {
    const page = await openExplorer(browser(), baseUrl);
    await page.getByTestId("search-input").fill("威丰电磁");
    await page.getByTestId("search-result").first().waitFor();
    await page.getByTestId("search-input").press("Enter");
    const panel = page.getByTestId("details-panel");
    await panel.getByText("包头威丰稀土电磁材料股份有限公司").first().waitFor();
    const evidence = panel.getByTestId("evidence");
    await evidence.first().waitFor();
    expect(await evidence.count()).toBeGreaterThan(0);
    expect(await evidence.first().locator("mark").textContent()).not.toBe("");
    expect(await panel.locator("cite").first().textContent()).not.toBe("");
    await screenshot(page, "search-weifeng");
    await page.close();
  });

  it("shows each sentence of evidence once, with the facts it supports, and relations from the reader's side", async () => {
    const weifeng = await idOf("威丰电磁");
    const page = await openExplorer(browser(), baseUrl, `/?entity=${weifeng}`);
    const panel = page.getByTestId("details-panel");
    await panel.getByTestId("evidence").first().waitFor();
    const quotes = await panel.getByTestId("evidence").allTextContents();
    expect(new Set(quotes).size).toBe(quotes.length);
    for (const q of quotes) expect(q).not.toMatch(/^\s*#/);
    // Each sentence says what it supports: a relation or a metric besides the entity itself.
    const facts = await panel.locator(".evidence-list .facts").allTextContents();
    expect(facts.length).toBe(quotes.length);
    expect(facts.some((f) => f.includes("位于 包头稀土高新区"))).toBe(true);
    // 刘宝志 任职于 威丰 reads, on 威丰's page, as his title then his name.
    const relations = await panel.locator("ul.relations li").allTextContents();
    expect(relations.some((r) => /副总经理：\s*刘宝志/.test(r))).toBe(true);
    // No English reason or note in the Chinese interface (the English name aside).
    const chinese = await panel.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".entity-name-other, [data-testid=evidence]").forEach((n) => n.remove());
      return copy.textContent ?? "";
    });
    expect(chinese).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    // And no Chinese words of the interface in the English one.
    await page.goto(`${baseUrl}/?entity=${weifeng}&lang=en`);
    await panel.getByTestId("evidence").first().waitFor();
    const chrome = await panel
      .locator("h3, .relation-verb, .type-chip, table.metrics td:first-child, .facts")
      .allTextContents();
    for (const text of chrome)
      expect(text.replace(/：.*$/, "")).not.toMatch(/^(Supports: )?[^A-Za-z]*[\u4e00-\u9fff]/);
    await screenshot(page, "details-weifeng-en");
    await page.close();
  });

  it("navigates suggestions with the arrow keys and closes them with Escape", async () => {
    const page = await openExplorer(browser(), baseUrl);
    const input = page.getByTestId("search-input");
    await input.fill("baotou");
    await page.getByTestId("search-result").nth(1).waitFor();
    await input.press("ArrowDown");
    await input.press("ArrowDown");
    const second = await page.getByTestId("search-result").nth(1).getAttribute("data-id");
    expect(await page.getByTestId("search-result").nth(1).getAttribute("aria-selected")).toBe("true");
    await input.press("Escape");
    expect(await page.getByTestId("search-result").first().isVisible()).toBe(false);
    await input.press("ArrowDown");
    await input.press("ArrowDown");
    await input.press("Enter");
    await page.waitForFunction((id) => window.__zonegraph?.store.get().selection.selected === id, second);
    await page.close();
  });

  it("focuses 石河子开发区: shows the API's totalCount and only its tied entities", async () => {
    const zoneId = await idOf("石河子开发区");
    const api = await gql<{ tiedToZone: { totalCount: number } }>(
      "query($z: ID!) { tiedToZone(zoneId: $z) { totalCount } }",
      { z: zoneId },
    );
    const page = await openExplorer(browser(), baseUrl);
    await page.getByTestId("zone-select").selectOption({ label: "石河子开发区" });
    const count = page.getByTestId("tied-count");
    await count.waitFor();
    expect(Number(await count.textContent())).toBe(api.tiedToZone.totalCount);
    const visible = await page.evaluate(
      () => window.__zonegraph?.graph?.filterNodes((_id, a) => !a.hidden).length,
    );
    expect(visible).toBe(api.tiedToZone.totalCount + 1);
    const panel = page.getByTestId("tied-panel");
    expect(await panel.textContent()).toContain("成员");
    expect(await panel.locator(".why").count()).toBeGreaterThan(0);
    expect(page.url()).toContain(`zone=${zoneId}`);
    await waitForLayoutStop(page);
    await screenshot(page, "zone-shihezi");
    await page.close();
  });

  it("opens a node's details when it is clicked on the canvas, and dims the rest on hover", async () => {
    const zoneId = await idOf("包头稀土高新区");
    const page = await openExplorer(browser(), baseUrl);
    await waitForLayoutStop(page);
    const point = await nodePoint(page, zoneId);
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction((id) => window.__zonegraph?.store.get().selection.hovered === id, zoneId);
    await screenshot(page, "hover-baotou");
    await page.mouse.click(point.x, point.y);
    await page.getByTestId("details-panel").getByRole("heading", { name: "包头稀土高新区" }).waitFor();
    expect(page.url()).toContain(`entity=${zoneId}`);
    await page.getByTestId("details-panel").getByTestId("show-tied").click();
    await page.getByTestId("tied-count").waitFor();
    await screenshot(page, "click-baotou");
    await page.close();
  });

  it("switches labels and the whole interface to English and back", async () => {
    const zoneId = await idOf("石河子开发区");
    const page = await openExplorer(browser(), baseUrl);
    await page.getByTestId("lang-toggle").click();
    const label = await page.evaluate(
      (id) => window.__zonegraph?.graph?.getNodeAttribute(id, "label"),
      zoneId,
    );
    const nameEn = await page.evaluate(
      (id) => window.__zonegraph?.graph?.getNodeAttribute(id, "nameEn"),
      zoneId,
    );
    expect(nameEn).not.toBe("");
    expect(label).toBe(nameEn);
    expect(await page.getByTestId("legend").textContent()).toContain("Zone");
    expect(await page.getByTestId("search-input").getAttribute("placeholder")).toContain("Search");
    expect(page.url()).toContain("lang=en");
    await waitForLayoutStop(page);
    await screenshot(page, "english");
    await page.getByTestId("lang-toggle").click();
    expect(
      await page.evaluate((id) => window.__zonegraph?.graph?.getNodeAttribute(id, "label"), zoneId),
    ).toBe("石河子开发区");
    await page.close();
  });

  it("restores the view from a deep link", async () => {
    const weifeng = await idOf("威丰电磁");
    const zone = await idOf("石河子开发区");
    const page = await openExplorer(browser(), baseUrl, `/?entity=${weifeng}&lang=en`);
    await page.getByTestId("details-panel").getByTestId("evidence").first().waitFor();
    expect(await page.getByTestId("details-panel").textContent()).toContain(
      "包头威丰稀土电磁材料股份有限公司",
    );
    expect(await page.getByTestId("lang-toggle").textContent()).toBe("中文");
    await page.goto(`${baseUrl}/?zone=${zone}`);
    await page.getByTestId("tied-count").waitFor();
    expect(await page.getByTestId("zone-select").inputValue()).toBe(zone);
    await screenshot(page, "deep-link-zone");
    // A link naming no zone says so, with the server's reason, instead of "0 tied".
    await page.goto(`${baseUrl}/?zone=no-such-zone`);
    await page.getByTestId("tied-error").waitFor();
    expect(await page.getByTestId("tied-error").textContent()).toContain("no-such-zone");
    expect(await page.getByTestId("tied-count").count()).toBe(0);
    // In English, one hop is "1 hop".
    await page.goto(`${baseUrl}/?zone=${zone}&lang=en`);
    await page.getByTestId("tied-count").waitFor();
    const panel = (await page.getByTestId("tied-panel").textContent()) ?? "";
    expect(panel).toContain("· 1 hop");
    expect(panel).not.toContain("1 hops");
    await page.close();
  });

  it("exports the view as a PNG at twice its resolution with title and legend, and GEXF with every attribute", async () => {
    const zone = await idOf("包头稀土高新区");
    const page = await openExplorer(browser(), baseUrl, `/?zone=${zone}`);
    await page.getByTestId("tied-count").waitFor();
    await page.evaluate(() => window.__zonegraph?.view?.nextRender());
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const bytes = readFileSync(await png.path());
    writeFileSync(resolve(ARTIFACTS, "export.png"), bytes);
    const image = decodePng(bytes);
    const box = await page.getByTestId("graph").boundingBox();
    expect(image.width).toBe(Math.round((box?.width ?? 0) * 2));
    // A title band above the graph and a legend and source band below it.
    expect(image.height).toBeGreaterThan((box?.height ?? 0) * 2 + 100);
    expect(countNonBackground(image)).toBeGreaterThan(1000);
    const [gexf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-gexf").click(),
    ]);
    const xml = readFileSync(await gexf.path(), "utf8");
    expect(xml).toContain("<gexf");
    expect(xml).toContain('label="包头稀土高新区"');
    expect(xml).toContain('<attvalue for="aliases" value="威丰电磁"/>');
    expect(xml).toMatch(/<attvalue for="evidence" value="[^"]+"\/>/);
    expect(xml).toContain('<attvalue for="inferred" value="true"/>');
    expect(xml).toMatch(/<attvalue for="inferenceReason" value="[^"]+"\/>/);
    expect(xml).not.toContain("石河子开发区");
    await page.close();
  });

  it("marks inferred relations in the tied panel with the reason, and labels the small graph, at 1024 px", async () => {
    const page = await openExplorer(browser(), baseUrl, "/", undefined, 1024);
    expect(
      await page.evaluate(() => window.__zonegraph?.view?.sigma.getSetting("labelRenderedSizeThreshold")),
    ).toBe(0);
    await page.getByTestId("zone-select").selectOption({ label: "包头稀土高新区" });
    const badges = page.getByTestId("tied-panel").getByTestId("inferred-badge");
    await badges.first().waitFor();
    expect(await badges.first().textContent()).toBe("推断");
    expect(await badges.first().getAttribute("title")).toMatch(/^推断关系.*\S/);
    await waitForLayoutStop(page);
    await page.waitForTimeout(600); // the camera's fit animation
    await screenshot(page, "inferred-baotou-1024");
    await page.goto(`${baseUrl}/?zone=${await idOf("苏银产业园")}`);
    await page.getByTestId("tied-count").waitFor();
    await waitForLayoutStop(page);
    await page.waitForTimeout(600);
    await screenshot(page, "zone-suyin-1024");
    await page.close();
  });

  it("finds, highlights and lists the shortest path between two entities", async () => {
    const weifeng = await idOf("威丰电磁");
    const zone = await idOf("包头稀土高新区");
    const page = await openExplorer(browser(), baseUrl);
    await findPath(page, "威丰电磁", "包头市");
    const result = page.getByTestId("path-result");
    await result.waitFor();
    expect(await result.textContent()).toContain("包头稀土高新区");
    const path = await page.evaluate(() => window.__zonegraph?.store.get().selection.path);
    expect(path?.nodes).toContain(weifeng);
    expect(path?.nodes).toContain(zone);
    expect(page.url()).toContain(`from=${weifeng}`);
    const graphiql = await page.getByTestId("open-graphiql").getAttribute("href");
    expect(decodeURIComponent(graphiql ?? "")).toContain("shortestPaths");
    await screenshot(page, "path");
    // Up to three paths by default, the shortest on show; another one on demand.
    await page.getByRole("button", { name: "清除路径" }).click();
    await findPath(page, "石河子开发区", "合盛硅业");
    const choices = page.getByTestId("path-choice");
    await choices.first().waitFor();
    expect(await choices.count()).toBeGreaterThan(1);
    expect(await choices.first().getAttribute("aria-pressed")).toBe("true");
    await choices.nth(1).click();
    const second = await page.evaluate(() => window.__zonegraph?.store.get().selection.path?.nodes ?? []);
    expect(second).not.toEqual(path?.nodes);
    // The camera frames the path: every entity on it is on screen.
    await page.waitForTimeout(600);
    const offscreen = await page.evaluate((ids) => {
      const view = window.__zonegraph?.view;
      const { width, height } = view?.sigma.getDimensions() ?? { width: 0, height: 0 };
      return ids.filter((id) => {
        const d = view?.sigma.getNodeDisplayData(id);
        if (!view || !d) return true;
        const p = view.sigma.framedGraphToViewport(d);
        return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
      });
    }, second);
    expect(offscreen).toEqual([]);
    await screenshot(page, "paths-k");
    await page.close();
  });

  it("says 'not found' for a path end a link names that does not exist, and 'no path' between unconnected entities", async () => {
    const weifeng = await idOf("威丰电磁");
    const page = await openExplorer(browser(), baseUrl, `/?from=${weifeng}&to=no-such-entity`);
    const missing = page.getByTestId("path-missing");
    await missing.waitFor();
    expect(await missing.textContent()).toContain("找不到终点");
    expect(await missing.textContent()).toContain("no-such-entity");
    expect(await page.locator("#path-to").inputValue()).toBe("no-such-entity");
    expect(await page.locator("#path-from").inputValue()).toBe("包头威丰稀土电磁材料股份有限公司");
    await page.goto(`${baseUrl}/?from=${await idOf("苏银产业园")}&to=${weifeng}`);
    await page.getByTestId("path-none").waitFor();
    expect(await page.getByTestId("path-none").textContent()).toBe("两者之间没有路径。");
    expect(await page.getByTestId("path-missing").count()).toBe(0);
    await page.close();
  });

  it("says the server is unreachable instead of showing a blank page", async () => {
    const page = await browser().newPage({ viewport: { width: 1024, height: 700 } });
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.goto(`${baseUrl}/`);
    const banner = page.getByRole("alert");
    await banner.waitFor();
    expect(await banner.textContent()).toContain("无法连接");
    await screenshot(page, "server-down");
    await page.close();
  });
});
