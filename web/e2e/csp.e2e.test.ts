/**
 * The Content-Security-Policy headers (issue 15) in Chromium: GraphiQL at /graphql runs the query of
 * its first tab and shows the answer, and the explorer loads and draws, both with their policy on and
 * not one `securitypolicyviolation` event or console error recorded.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openExplorer, screenshot, waitForLayoutStop } from "./browser.ts";
import { browserPerFile } from "./browser-per-file.ts";

const baseUrl = inject("baseUrl");
const { browser } = browserPerFile();

/** What a page reported: its policy violations (from an init script) and console errors. */
interface Reports {
  console: string[];
  violations(): Promise<string[]>;
}

/** Listens, before the page loads, to every policy violation and console error of `page`. */
async function listen(page: Page): Promise<Reports> {
  const reports: Reports = {
    console: [],
    violations: () =>
      page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? ["no listener"]),
  };
  page.on("console", (m) => {
    if (m.type() === "error") reports.console.push(m.text());
  });
  page.on("pageerror", (e) => reports.console.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return reports;
}

/** The text of what `selector` matches, its spaces (Monaco draws non-breaking ones) made plain. */
async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).textContent()) ?? "").replace(/\s+/gu, " ");
}

describe("the Content-Security-Policy", () => {
  it("lets GraphiQL run its first tab's query and show the answer, with no violation or console error", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const reports = await listen(page);
    const response = await page.goto(`${baseUrl}/graphql`);
    // The page is served under GraphiQL's own policy.
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'sha256-/u);
    const run = page.locator(".graphiql-execute-button");
    await run.waitFor({ timeout: 30_000 });
    // The first tab is the search example.
    await expect
      .poll(() => textOf(page, ".graphiql-query-editor"), { timeout: 15_000 })
      .toContain("query Search");
    await run.click();
    await expect.poll(() => textOf(page, ".graphiql-response"), { timeout: 15_000 }).toContain('"search": [');
    await screenshot(page, "graphiql-csp");
    expect(await reports.violations()).toEqual([]);
    expect(reports.console).toEqual([]);
    await page.close();
  });

  it("lets the explorer load, draw and lay out its graph, with no violation or console error", async () => {
    let reports: Reports | undefined;
    let policy: string | undefined;
    const page = await openExplorer(browser(), baseUrl, "/", async (p) => {
      reports = await listen(p);
      p.on("response", (r) => {
        if (r.url() === `${baseUrl}/`) policy = r.headers()["content-security-policy"];
      });
    });
    // The layout runs in a worker (worker-src blob:) until it stops by itself.
    await waitForLayoutStop(page);
    expect(policy).toContain("script-src 'self'");
    expect(await reports!.violations()).toEqual([]);
    expect(reports!.console).toEqual([]);
    await page.close();
  });
});
