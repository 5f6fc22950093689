/**
 * HTTP throughput of a tiedToZone page of 100 with paths, all servers in one child process
 * (http-child.ts), driven by autocannon (programmatic API) on loopback with the same request,
 * connections and durations, in interleaved rounds: the real app warm (response cache, as main.ts
 * serves by default), uncached (cache off: every request executed, on the fast path), yoga only
 * (cache and fast path off), a hand-written node:http endpoint computing the same JSON per
 * request without GraphQL, and a raw node:http server returning the app's bytes. The uncached and
 * warm servers are measured again with a browser's Accept-Encoding (brotli chosen), so that what
 * compressing the page costs per request is read against the same servers in the same run.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { tiedRequestBody } from "./tied-query.ts";

/** At most this many interleaved rounds per measurement. */
export const MAX_ROUNDS = 5;

/** Throughput and latency of one server under autocannon (medians over the rounds). */
export interface HttpFigure {
  requestsPerSecond: number;
  /** Requests per second of each round, in round order. */
  rounds: number[];
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
const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The median over rounds of a's throughput ÷ b's, each pair measured side by side. */
export function pairedRatio(a: HttpFigure, b: HttpFigure): number {
  return median(a.rounds.map((x, r) => x / b.rounds[r]!));
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

const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/**
 * Serve `snapshot` in a child, then measure every server for about `seconds` each, in up to
 * MAX_ROUNDS interleaved rounds (after a 1 s warm-up each).
 */
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
  uncachedCompressed: HttpFigure;
  warmCompressed: HttpFigure;
  bytes: number;
  /** Bytes of the page as sent compressed (brotli). */
  compressedBytes: number;
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
    const measure = async ({ port, encoding }: { port: number; encoding?: string }, duration: number) =>
      autocannon({
        url: `http://127.0.0.1:${port}/graphql`,
        method: "POST" as const,
        body,
        headers: {
          "content-type": "application/json",
          ...(encoding === undefined ? {} : { "accept-encoding": encoding }),
        },
        connections,
        pipelining: 1,
        duration,
      });
    // What a browser sends; the server picks brotli.
    const BROWSER = "gzip, deflate, br";
    const ports = {
      raw: { port: ready.rawPort },
      handwritten: { port: ready.handwrittenPort },
      warm: { port: ready.cachedPort },
      uncached: { port: ready.uncachedPort },
      yoga: { port: ready.yogaPort },
      uncachedCompressed: { port: ready.uncachedPort, encoding: BROWSER },
      warmCompressed: { port: ready.cachedPort, encoding: BROWSER },
    };
    const sent = await fetch(`http://127.0.0.1:${ready.uncachedPort}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": BROWSER },
      body,
    });
    const compressedBytes = Number(sent.headers.get("content-length"));
    if (sent.headers.get("content-encoding") !== "br" || (await sent.text()).length === 0)
      throw new Error("bench/http-bench: the server did not compress the page with brotli");
    const names = Object.keys(ports) as (keyof typeof ports)[];
    // Rounds interleave the servers (each round starting with the next one), so that a change in
    // the machine's load hits every server alike; ratios are taken round by round.
    const rounds = Math.max(1, Math.min(MAX_ROUNDS, Math.floor(seconds)));
    const duration = Math.max(1, Math.round(seconds / rounds));
    const results = Object.fromEntries(names.map((n) => [n, [] as AutocannonResult[]])) as Record<
      keyof typeof ports,
      AutocannonResult[]
    >;
    for (const name of names) await measure(ports[name], 1);
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + r) % names.length]!;
        results[name].push(await measure(ports[name], duration));
      }
    }
    const figure = (name: keyof typeof ports): HttpFigure => {
      const all = results[name];
      return {
        requestsPerSecond: median(all.map((x) => x.requests.average)),
        rounds: all.map((x) => x.requests.average),
        latencyP50Ms: median(all.map((x) => x.latency.p50)),
        errors: all.reduce((n, x) => n + x.errors, 0),
        non2xx: all.reduce((n, x) => n + x.non2xx, 0),
      };
    };
    return {
      warm: figure("warm"),
      uncached: figure("uncached"),
      yoga: figure("yoga"),
      raw: figure("raw"),
      handwritten: figure("handwritten"),
      uncachedCompressed: figure("uncachedCompressed"),
      warmCompressed: figure("warmCompressed"),
      bytes: ready.bytes,
      compressedBytes,
      totalCount: ready.totalCount,
      warmHit: ready.warmHit,
      fastPath: ready.fastPath,
    };
  } finally {
    child.kill();
  }
}
