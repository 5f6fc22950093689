// The bundle `pnpm start` runs: scripts/build-server.mjs builds server/dist/main.mjs, which plain
// Node serves with the corpus (found through graph-data's package, not next to the bundle), GraphQL
// and the explorer's build.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CORPUS_DATA_DIR } from "@zonegraph/graph-data";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEB_DIST } from "../src/app/paths.ts";

const BUILD = fileURLToPath(new URL("../scripts/build-server.mjs", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../dist/main.mjs", import.meta.url));

let child: ChildProcess | undefined;
let base = "";
let output = "";
// A copy of the curated folder, so the ingest below writes its draft there, not into the repository.
const dataDir = mkdtempSync(join(tmpdir(), "zonegraph-bundle-"));
const TOKEN = "bundle-test-token-0123456789";

/** Builds the bundle, starts it on a free port (PORT=0) and waits until /healthz says 200. */
async function startBundle(): Promise<void> {
  execFileSync(process.execPath, [BUILD], { stdio: "pipe" });
  cpSync(CORPUS_DATA_DIR, dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: "0",
    ZONEGRAPH_DATA_DIR: dataDir,
    ZONEGRAPH_CURATOR_TOKEN: TOKEN,
  };
  delete env["ZONEGRAPH_DATA"];
  const server = spawn(process.execPath, ["--enable-source-maps", BUNDLE], { env, stdio: "pipe" });
  child = server;
  server.stdout.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = performance.now() + 10_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the bundle exited (${server.exitCode}): ${output}`);
    if (performance.now() > deadline) throw new Error(`the bundle did not become healthy: ${output}`);
    const port = /listening on http:\/\/localhost:(\d+)\//u.exec(output)?.[1];
    if (port !== undefined) {
      base = `http://127.0.0.1:${port}`;
      const healthy = await fetch(`${base}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (healthy) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("the server bundle (server/dist/main.mjs)", () => {
  beforeAll(startBundle, 15_000);
  afterAll(() => {
    child?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves the corpus over GraphQL", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ zones { name } }" }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { zones: { name: string }[] } };
    expect(body.data?.zones.map((zone) => zone.name)).toContain("包头稀土高新区");
    expect(output).toMatch(/serving \d+ entities/u);
  });

  it("serves the explorer's build at /, or says how to build it", async () => {
    const response = await fetch(`${base}/`);
    const html = await response.text();
    // web/dist exists after `pnpm start` or a web build; `pnpm test` alone may run without it.
    const index = join(WEB_DIST, "index.html");
    if (existsSync(index)) {
      expect(response.status).toBe(200);
      expect(html).toBe(readFileSync(index, "utf8"));
    } else {
      expect(response.status).toBe(404);
      expect(html).toContain("explorer is not built");
    }
  });

  it("runs the proposer (its packages resolve from the bundle, in the folder worker)", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${TOKEN}`,
        "x-zonegraph-curator": "bundle-test",
      },
      body: JSON.stringify({
        query: "mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { entities { name type } } }",
        variables: {
          i: { title: "测试", publication: "测试报", text: "包头恒星磁材有限公司位于包头稀土高新区。" },
        },
      }),
    });
    const body = (await response.json()) as {
      data?: { ingestArticle: { entities: { name: string; type: string }[] } };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.ingestArticle.entities).toContainEqual({
      name: "包头恒星磁材有限公司",
      type: "COMPANY",
    });
  });
});
