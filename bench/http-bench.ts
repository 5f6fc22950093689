/**
 * HTTP throughput of a tiedToZone page of 100 with paths, all servers in one child process
 * (http-child.ts), driven one after the other by autocannon (programmatic API) on loopback with
 * the same request, connections and duration: the real app warm (response cache, as main.ts
 * serves by default), uncached (cache off: every request executed, on the fast path), yoga only
 * (cache and fast path off), a hand-written node:http endpoint computing the same JSON per
 * request without GraphQL, and a raw node:http server returning the app's bytes.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { tiedRequestBody } from "./tied-query.ts";

/** Throughput and latency of one server under autocannon. */
export interface HttpFigure {
  requestsPerSecond: number;
  latencyP50Ms: number;
  errors: number;
  non2xx: number;
}

/** The part of autocannon's result the benchmark reads. */
interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  method: "POST";
  body: string;
  headers: Record<string, string>;
  connections: number;
  duration: number;
  pipelining: number;
}) => Promise<AutocannonResult>;

// autocannon is a devDependency of the server package; resolve it from there.
const requireFromServer = createRequire(fileURLToPath(new URL("../server/package.json", import.meta.url)));
const autocannon = requireFromServer("autocannon") as Autocannon;

/** Serve `snapshot` in a child, then measure both servers for `seconds` each. */
export async function httpBench(
  snapshot: string,
  zoneId: string,
  seconds: number,
  connections = 10,
): Promise<{
  warm: HttpFigure;
  uncached: HttpFigure;
  yoga: HttpFigure;
  raw: HttpFigure;
  handwritten: HttpFigure;
  bytes: number;
  totalCount: number;
  warmHit: boolean;
  fastPath: boolean;
}> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("http-child.ts", import.meta.url)), snapshot, zoneId],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once("line", resolve);
      child.once("exit", (code) =>
        reject(new Error(`bench/http-bench: the server child exited (${code}) before it was ready`)),
      );
    });
    const ready = JSON.parse(line) as {
      cachedPort: number;
      uncachedPort: number;
      yogaPort: number;
      rawPort: number;
      handwrittenPort: number;
      warmHit: boolean;
      fastPath: boolean;
      bytes: number;
      totalCount: number;
    };
    const body = tiedRequestBody(zoneId);
    const run = async (port: number): Promise<HttpFigure> => {
      const options = {
        url: `http://127.0.0.1:${port}/graphql`,
        method: "POST" as const,
        body,
        headers: { "content-type": "application/json" },
        connections,
        pipelining: 1,
      };
      await autocannon({ ...options, duration: Math.min(1, seconds) });
      const r = await autocannon({ ...options, duration: seconds });
      return {
        requestsPerSecond: r.requests.average,
        latencyP50Ms: r.latency.p50,
        errors: r.errors,
        non2xx: r.non2xx,
      };
    };
    const raw = await run(ready.rawPort);
    const handwritten = await run(ready.handwrittenPort);
    const warm = await run(ready.cachedPort);
    const uncached = await run(ready.uncachedPort);
    const yoga = await run(ready.yogaPort);
    return {
      warm,
      uncached,
      yoga,
      raw,
      handwritten,
      bytes: ready.bytes,
      totalCount: ready.totalCount,
      warmHit: ready.warmHit,
      fastPath: ready.fastPath,
    };
  } finally {
    child.kill();
  }
}
