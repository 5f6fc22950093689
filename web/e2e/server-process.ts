/**
 * Starts ZoneGraph's real server as a child process on a free port (optionally on another graph
 * file via ZONEGRAPH_DATA, or with other variables through spawnServer), waits for /healthz 200, and
 * stops it again. Used by the browser tests' global setup, the curated server, the scale test and the
 * scale benchmark.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The web package's directory. */
export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SERVER_DIR = resolve(WEB_DIR, "../server");

/** A running server: its base URL and how to stop it. */
export interface ServerProcess {
  baseUrl: string;
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

async function waitForHealth(
  url: string,
  server: ChildProcess,
  log: () => string,
  timeoutMs: number,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null)
      throw new Error(`web/e2e/server-process: the server exited with ${server.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`web/e2e/server-process: ${url} was not 200 within ${timeoutMs} ms:\n${log()}`);
}

/** Starts the server (serving web/dist) on `dataFile`, or the corpus without one. */
export function startServer(dataFile?: string, timeoutMs = 90_000): Promise<ServerProcess> {
  return spawnServer({ ZONEGRAPH_DATA: dataFile }, timeoutMs);
}

/**
 * Starts the server on a free port with `env` over this process's environment (a variable set to
 * undefined is removed), waits for /healthz 200, and runs `afterStop` once it has stopped — also
 * when it never became healthy.
 */
export async function spawnServer(
  env: Record<string, string | undefined>,
  timeoutMs: number,
  afterStop: () => void = () => undefined,
): Promise<ServerProcess> {
  const port = await freePort();
  let output = "";
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NODE_ENV: "production" };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete fullEnv[name];
    else fullEnv[name] = value;
  }
  const server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: SERVER_DIR,
    env: fullEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${baseUrl}/healthz`, server, () => output, timeoutMs);
  } catch (error) {
    server.kill("SIGKILL");
    afterStop();
    throw error;
  }
  return {
    baseUrl,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once("exit", r));
        server.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (server.exitCode === null) server.kill("SIGKILL");
      }
      afterStop();
    },
  };
}
