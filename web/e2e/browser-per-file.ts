/**
 * The set-up every browser test file repeats: Chromium (and, when asked, a server of the file's own)
 * started together before the file's tests and stopped after them. The getters it returns are for use
 * inside the tests; called before the hooks have run they throw, naming this module.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";

/** Something started for a test file that can be stopped again. */
export interface Stoppable {
  stop(): Promise<void>;
}

/** Chromium (and the server `start` gives, if any) up for the file's tests: `browser()` and `server()` return them. */
export function browserPerFile(): { browser: () => Browser };
export function browserPerFile<S extends Stoppable>(
  start: () => Promise<S>,
  timeoutMs?: number,
): { browser: () => Browser; server: () => S };
export function browserPerFile<S extends Stoppable>(
  start?: () => Promise<S>,
  timeoutMs?: number,
): { browser: () => Browser; server: () => S } {
  let browser: Browser | undefined;
  let server: S | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([start?.(), launchBrowser()]);
  }, timeoutMs);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`web/e2e/browser-per-file: the ${what} is used before the file's beforeAll started it`);
    return value;
  };
  return { browser: () => started(browser, "browser"), server: () => started(server, "server") };
}
