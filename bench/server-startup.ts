/**
 * The real start-up path: build the server bundle once (server/scripts/build-server.mjs), then
 * spawn `node [flags] dist/main.mjs` exactly as server/package.json's "start" runs it, with
 * ZONEGRAPH_DATA=<file>; poll /healthz until 200 and read the server's RSS then. Reports both
 * process start → healthy (module loading included, the build not) and load → healthy (the
 * server's own "loaded and indexed in N ms" line: read the snapshot, store, indexes).
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

/** One start-up of the server. */
export interface ServerStartup {
  /** Process spawn → first /healthz 200 (ms). */
  toHealthy: number;
  /** Start of loading → indexes ready, as the server logs it (ms). */
  loadToHealthy: number;
  /** Resident set size once healthy and the zone overview is built (bytes). */
  rss: number;
  /** Resident set size when /healthz first answered 200 (bytes). */
  rssAtHealthy: number;
  /** How long the zone overview took to build after healthy, as the server logs it (ms). */
  overviewMs: number;
}

const SERVER_DIR = fileURLToPath(new URL("../server/", import.meta.url));

/** The Node arguments of the last command of the server's "start" script (after the build). */
function startArgs(): string[] {
  const manifest = JSON.parse(readFileSync(`${SERVER_DIR}package.json`, "utf8")) as {
    scripts?: Record<string, string>;
  };
  const [command, ...args] = (manifest.scripts?.["start"]?.split("&&").at(-1) ?? "").trim().split(/\s+/u);
  if (command !== "node")
    throw new Error('bench/server-startup: server/package.json "start" should end with a node command');
  return args;
}

let nodeArgs: string[] | undefined;

/** Start the server on `file` once and measure it; the process is stopped afterwards. */
export async function serverStartup(file: string, timeoutMs = 120_000): Promise<ServerStartup> {
  // Built once per bench run, outside the timing (`pnpm start` builds before it starts the server).
  if (nodeArgs === undefined) {
    execFileSync(process.execPath, ["scripts/build-server.mjs"], { cwd: SERVER_DIR, stdio: "inherit" });
    nodeArgs = startArgs();
  }
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs, {
    cwd: SERVER_DIR,
    env: { ...process.env, PORT: String(port), ZONEGRAPH_DATA: file, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(
          `bench/server-startup: the server exited (${child.exitCode}): ${output.slice(-2000)}`,
        );
      if (performance.now() - started > timeoutMs)
        throw new Error("bench/server-startup: the server did not become healthy in time");
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const toHealthy = performance.now() - started;
    const rssOf = () =>
      Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? Number.NaN) *
      1024;
    const rssAtHealthy = rssOf();
    // The log line may arrive a moment after /healthz turns 200.
    for (let k = 0; k < 100 && !/indexed in \d+ ms/u.test(output); k++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const loadToHealthy = Number(/indexed in (\d+) ms/u.exec(output)?.[1] ?? Number.NaN);
    // Then the server builds the zone overview; the RSS that counts is the one after it.
    const overviewBy = performance.now() + 60_000;
    while (!/zone overview ready \((\d+) ms\)/u.test(output)) {
      if (child.exitCode !== null || performance.now() > overviewBy)
        throw new Error(`bench/server-startup: no "zone overview ready" line: ${output.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const overviewMs = Number(/zone overview ready \((\d+) ms\)/u.exec(output)?.[1]);
    return { toHealthy, loadToHealthy, rss: rssOf(), rssAtHealthy, overviewMs };
  } finally {
    child.kill();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
