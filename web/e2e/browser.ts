/**
 * Browser helpers for the e2e tests: launches Debian's Chromium through playwright-core (WebGL by
 * SwiftShader, no GPU), opens the explorer and waits until the graph is drawn, and saves
 * screenshots into web/test-artifacts/.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

/** Where screenshots and downloads go (gitignored). */
export const ARTIFACTS = resolve(dirname(fileURLToPath(import.meta.url)), "../test-artifacts");

/** Launches headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** Opens the explorer at `path` (e.g. "/?lang=en") and waits until the graph is loaded and drawn; `before` runs before the page loads. */
export async function openExplorer(
  browser: Browser,
  baseUrl: string,
  path = "/",
  before?: (page: Page) => Promise<void>,
  width = 1280,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, acceptDownloads: true });
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  await before?.(page);
  await page.goto(`${baseUrl}${path}`);
  await page.waitForFunction(
    () => window.__zonegraph?.ready === true && (window.__zonegraph.graph?.order ?? 0) > 0,
    undefined,
    { timeout: 30_000 },
  );
  return page;
}

/** Waits for the layout to stop by itself (or stops it), so positions hold still. */
export async function waitForLayoutStop(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(() => window.__zonegraph?.store.get().layoutRunning === false, undefined, {
    timeout: timeoutMs,
  });
}

/** Saves a screenshot as test-artifacts/<name>.png and returns its bytes. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}
