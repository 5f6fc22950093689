/**
 * Starts ZoneGraph's server for the review page's browser tests: on a temporary COPY of the
 * repository's curated folder (graph-data/data is never written), with a known curator token, on a
 * free port; waits for /healthz 200; stops it and removes the copy.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnServer, WEB_DIR } from "./server-process.ts";

/** A running curated server: its base URL, token, folder, and how to stop it. */
export interface CuratedServer {
  baseUrl: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the server on a copy of graph-data/data with `token` as ZONEGRAPH_CURATOR_TOKEN. */
export async function startCuratedServer(token: string, timeoutMs = 90_000): Promise<CuratedServer> {
  const root = mkdtempSync(join(tmpdir(), "zonegraph-review-e2e-"));
  const dataDir = join(root, "data");
  cpSync(resolve(WEB_DIR, "../graph-data/data"), dataDir, { recursive: true });
  const server = await spawnServer(
    { ZONEGRAPH_DATA: undefined, ZONEGRAPH_DATA_DIR: dataDir, ZONEGRAPH_CURATOR_TOKEN: token },
    timeoutMs,
    () => rmSync(root, { recursive: true, force: true }),
  );
  return { ...server, token, dataDir };
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
