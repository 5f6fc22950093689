/**
 * When things go wrong, in Chromium on the corpus: a server that stops answering is one banner
 * (not "no matches" from search) and the page recovers by itself when it is back; a link to an
 * unknown entity or zone says "not found" with suggestions and a way to clear it; every view
 * change is a history entry (Back and Forward), and the title names the view.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openExplorer, screenshot } from "./browser.ts";
import { browserPerFile } from "./browser-per-file.ts";
import { entityId } from "./entity-id.ts";

const baseUrl = inject("baseUrl");
const { browser } = browserPerFile();

const idOf = (query: string) => entityId(baseUrl, query);

/** Makes the server unreachable for the page (GraphQL and health check). */
async function cutOff(page: Page): Promise<void> {
  await page.route("**/graphql", (route) => route.abort("connectionrefused"));
  await page.route("**/healthz", (route) => route.abort("connectionrefused"));
}

describe("when things go wrong", () => {
  it("shows one banner in the interface language when the server stops answering, and recovers by itself", async () => {
    const page = await openExplorer(browser(), baseUrl, "/?lang=en");
    await cutOff(page);
    await page.getByTestId("search-input").fill("baotou");
    const banner = page.getByTestId("status-banner");
    await banner.getByRole("alert").waitFor();
    expect(await banner.textContent()).toContain("Cannot reach the graph server");
    expect(await page.getByRole("alert").count()).toBe(1);
    // Not "no matches", nor a raw client error in a panel.
    expect(await page.locator("#search-list").textContent()).not.toContain("No matching entity");
    expect(await page.getByTestId("details-panel").textContent()).not.toContain("graphql-client");
    await screenshot(page, "server-gone-en");
    await page.unroute("**/graphql");
    await page.unroute("**/healthz");
    // Back by itself: the banner goes and the search answers.
    await page.getByTestId("search-result").first().waitFor({ timeout: 15_000 });
    expect(await banner.isHidden()).toBe(true);
    await page.close();
  });

  it("says an entity a link names is not found, suggests others, and clears it", async () => {
    const page = await openExplorer(browser(), baseUrl, "/?entity=weifeng");
    const panel = page.getByTestId("details-panel");
    await panel.getByTestId("not-found").waitFor();
    expect(await panel.getByTestId("not-found").textContent()).toBe("找不到“weifeng”");
    const suggestion = panel.getByTestId("lookup").getByRole("button").first();
    await suggestion.waitFor();
    const name = (await suggestion.textContent()) ?? "";
    expect(name).toContain("威丰");
    await suggestion.click();
    await panel.getByRole("heading", { name, exact: true }).waitFor();
    await page.goto(`${baseUrl}/?entity=no-such-thing&lang=en`);
    await panel.getByTestId("not-found").waitFor();
    expect(await panel.getByTestId("not-found").textContent()).toBe("'no-such-thing' not found");
    await panel.getByTestId("clear-not-found").click();
    await page.waitForFunction(() => window.__zonegraph?.store.get().selection.selected === null);
    expect(page.url()).not.toContain("entity=");
    await page.close();
  });

  it("says a zone a link names is not found, and suggests zones", async () => {
    const page = await openExplorer(browser(), baseUrl, "/?zone=shihezi");
    const panel = page.getByTestId("tied-panel");
    await panel.getByTestId("not-found").waitFor();
    expect(await panel.getByTestId("not-found").textContent()).toBe("找不到“shihezi”");
    const suggestion = panel.getByTestId("lookup").getByRole("button").first();
    await suggestion.waitFor();
    await suggestion.click();
    await page.getByTestId("tied-count").waitFor();
    expect(page.url()).toContain(`zone=${await idOf("石河子开发区")}`);
    await page.close();
  });

  it("makes every view change a history entry, with the view in the title", async () => {
    const zone = await idOf("石河子开发区");
    const company = await idOf("合盛硅业");
    const page = await openExplorer(browser(), baseUrl);
    expect(await page.title()).toBe("园区图谱");
    await page.getByTestId("zone-select").selectOption(zone);
    await page.getByTestId("tied-count").waitFor();
    expect(await page.title()).toBe("石河子开发区 · 园区图谱");
    await page.getByTestId("tied-panel").locator(`[data-id="${company}"] .tied-name`).click();
    await page.waitForFunction((id) => window.__zonegraph?.store.get().selection.selected === id, company);
    await page.waitForFunction(() => document.title.startsWith("新疆西部合盛硅业有限公司"));
    await page.goBack();
    await page.waitForFunction(() => window.__zonegraph?.store.get().selection.selected === null);
    expect(page.url()).toContain(`zone=${zone}`);
    expect(await page.title()).toBe("石河子开发区 · 园区图谱");
    await page.goBack();
    await page.waitForFunction(() => window.__zonegraph?.store.get().filters.zoneId === null);
    await page.goForward();
    await page.waitForFunction((z) => window.__zonegraph?.store.get().filters.zoneId === z, zone);
    await page.getByTestId("tied-count").waitFor();
    await page.close();
  });
});
