/**
 * Global setup of the browser tests: builds the explorer (vite build into web/dist), starts the
 * real server on a free port (it serves web/dist at / and GraphQL at /graphql), waits for
 * /healthz 200, and provides the base URL to the tests; stops the server afterwards.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const serverDir = resolve(webDir, "../server");

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`web/e2e/global-setup: the server exited with ${server.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`web/e2e/global-setup: ${url} was not 200 within ${timeoutMs} ms:\n${log()}`);
}

/** Builds, starts the server, provides `baseUrl`; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ root: webDir, logLevel: "warn" });
  const port = await freePort();
  let output = "";
  const server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { ...process.env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${baseUrl}/healthz`, server, () => output);
  } catch (error) {
    server.kill("SIGKILL");
    throw error;
  }
  project.provide("baseUrl", baseUrl);
  return async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (server.exitCode === null) server.kill("SIGKILL");
  };
}
