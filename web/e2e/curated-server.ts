/**
 * Starts ZoneGraph's server for the review page's browser tests: on a temporary COPY of the
 * repository's curated folder (graph-data/data is never written), with a known curator token, on a
 * free port; waits for /healthz 200; stops it and removes the copy.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { WEB_DIR } from "./server-process.ts";

/** A running curated server: its base URL, token, folder, and how to stop it. */
export interface CuratedServer {
  baseUrl: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

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

/** Starts the server on a copy of graph-data/data with `token` as ZONEGRAPH_CURATOR_TOKEN. */
export async function startCuratedServer(token: string, timeoutMs = 90_000): Promise<CuratedServer> {
  const root = mkdtempSync(join(tmpdir(), "zonegraph-review-e2e-"));
  const dataDir = join(root, "data");
  cpSync(resolve(WEB_DIR, "../graph-data/data"), dataDir, { recursive: true });
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NODE_ENV: "production",
    ZONEGRAPH_DATA_DIR: dataDir,
    ZONEGRAPH_CURATOR_TOKEN: token,
  };
  delete env["ZONEGRAPH_DATA"];
  const server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: resolve(WEB_DIR, "../server"),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    rmSync(root, { recursive: true, force: true });
  };
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitCode !== null) {
      await stop();
      throw new Error(`web/e2e/curated-server: the server exited with ${server.exitCode}:\n${output}`);
    }
    const ok = await fetch(`${baseUrl}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (Date.now() > until) {
      await stop();
      throw new Error(
        `web/e2e/curated-server: ${baseUrl}/healthz was not 200 within ${timeoutMs} ms:\n${output}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseUrl, token, dataDir, stop };
}

/** Sends a GraphQL document to the server, with the curator token when `token` is given. */
export async function curatedGql<T>(
  server: Pick<CuratedServer, "baseUrl">,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data: T | null; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== undefined) {
    headers["authorization"] = `Bearer ${token}`;
    headers["x-zonegraph-curator"] = encodeURIComponent("测试");
  }
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data: T | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}
