/**
 * The node:http server of the front: the handler behind timeouts and a connection cap that a slow
 * client cannot outwait (headers, whole request, keep-alive, socket idle), and a drain for
 * shutting down: stop accepting, let the requests in flight finish up to a deadline (answers then
 * close their connection), then close what is left. Every limit has an environment setting.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** The server's limits, in milliseconds and connections. */
export interface HttpLimits {
  /** Time to receive a request's headers (node `headersTimeout`). ZONEGRAPH_HEADERS_TIMEOUT_MS. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (node `requestTimeout`). ZONEGRAPH_REQUEST_TIMEOUT_MS. */
  requestTimeoutMs: number;
  /** Time an idle keep-alive connection is kept (node `keepAliveTimeout`). ZONEGRAPH_KEEP_ALIVE_TIMEOUT_MS. */
  keepAliveTimeoutMs: number;
  /** Time a socket may stay silent before it is closed (node `server.timeout`). ZONEGRAPH_IDLE_TIMEOUT_MS. */
  idleTimeoutMs: number;
  /** Open connections at most; more are refused (node `maxConnections`). ZONEGRAPH_MAX_CONNECTIONS. */
  maxConnections: number;
  /** How long a shutdown waits for requests in flight. ZONEGRAPH_DRAIN_MS. */
  drainMs: number;
}

/** The defaults: 10 s for headers, 30 s per request, 5 s keep-alive, 30 s idle, 1000 connections, 10 s drain. */
export const DEFAULT_HTTP_LIMITS: Readonly<HttpLimits> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  maxConnections: 1000,
  drainMs: 10_000,
};

const ENV: Record<keyof HttpLimits, string> = {
  headersTimeoutMs: "ZONEGRAPH_HEADERS_TIMEOUT_MS",
  requestTimeoutMs: "ZONEGRAPH_REQUEST_TIMEOUT_MS",
  keepAliveTimeoutMs: "ZONEGRAPH_KEEP_ALIVE_TIMEOUT_MS",
  idleTimeoutMs: "ZONEGRAPH_IDLE_TIMEOUT_MS",
  maxConnections: "ZONEGRAPH_MAX_CONNECTIONS",
  drainMs: "ZONEGRAPH_DRAIN_MS",
};

/** The limits from the environment (each a positive integer; unset: the default). */
export function httpLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): HttpLimits {
  const limits = { ...DEFAULT_HTTP_LIMITS };
  for (const key of Object.keys(ENV) as (keyof HttpLimits)[]) {
    const value = env[ENV[key]];
    if (value === undefined || value.trim() === "") continue;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`${ENV[key]} must be a positive whole number, got "${value}"`);
    limits[key] = n;
  }
  return limits;
}

/** The front's server: a node:http Server that can drain. */
export interface FrontServer extends Server {
  /** Whether a drain has begun. */
  readonly draining: boolean;
  /** Requests being answered now. */
  readonly inFlight: number;
  /**
   * Stops accepting, waits for the requests in flight (up to `limits.drainMs`), then closes every
   * connection; resolves with whether they all finished in time.
   */
  drain(): Promise<boolean>;
}

/** A server answering with `handler` under `limits` (default: from the environment). */
export function createFrontServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  limits: HttpLimits = httpLimitsFromEnv(),
): FrontServer {
  let draining = false;
  let inFlight = 0;
  let settle: (() => void) | null = null;
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often node checks the headers and request timeouts (default 30 s, too coarse for them).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (req, res) => {
      inFlight++;
      res.once("close", () => {
        inFlight--;
        if (inFlight === 0) settle?.();
      });
      // While draining, each answer closes its connection: nothing new arrives on it.
      if (draining) res.setHeader("connection", "close");
      handler(req, res);
    },
  );
  server.maxConnections = limits.maxConnections;
  server.setTimeout(limits.idleTimeoutMs, (socket: Socket) => socket.destroy());

  const drain = (): Promise<boolean> => {
    draining = true;
    server.close();
    server.closeIdleConnections();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        server.closeAllConnections();
        resolve(false);
      }, limits.drainMs);
      settle = () => {
        clearTimeout(timer);
        server.closeIdleConnections();
        resolve(true);
      };
      if (inFlight === 0) settle();
    });
  };

  return Object.defineProperties(server, {
    draining: { get: () => draining },
    inFlight: { get: () => inFlight },
    drain: { value: drain },
  }) as FrontServer;
}
