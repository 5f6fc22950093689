/**
 * Global setup of the browser tests: builds the explorer (vite build into web/dist), starts the
 * real server on the corpus (it serves web/dist at / and GraphQL at /graphql), and provides the
 * base URL to the tests; stops the server afterwards.
 */
import { build } from "vite";
import type { TestProject } from "vitest/node";
import { startServer, WEB_DIR } from "./server-process.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds, starts the server, provides `baseUrl`; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ root: WEB_DIR, logLevel: "warn" });
  const server = await startServer();
  project.provide("baseUrl", server.baseUrl);
  return () => server.stop();
}
