/**
 * An HTTP response cache in front of yoga, in node:http terms. The graph is read-only while
 * served, so a GraphQL response is a pure function of the request: key = method + path and query
 * string + the exact body bytes + Accept + Origin (CORS headers differ by origin) + Content-Type.
 * Only GET/POST to the GraphQL endpoint are considered; only 200 JSON responses without "errors"
 * and ≤ 1 MB are stored (never GraphiQL HTML, /healthz, static files, 503s while loading, 4xx).
 * The LRU is bounded by total bytes (ZONEGRAPH_RESPONSE_CACHE_MB, default 64; 0 disables it and
 * the handler is yoga's own). Every cacheable request gets `x-zonegraph-cache: hit|miss`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_BODY_BYTES, type ZoneGraphApp } from "../yoga.ts";

/** Default bound of the cache (MB). */
export const DEFAULT_RESPONSE_CACHE_MB = 64;
/** Largest response body stored. */
export const MAX_CACHED_RESPONSE_BYTES = 1024 * 1024;
/** The header saying whether a response came from the cache. */
export const CACHE_HEADER = "x-zonegraph-cache";

/** A node:http request handler. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Options of the handler; defaults come from the environment. */
export interface ResponseCacheOptions {
  /** Bound of the cache in bytes (0: no cache). Default: ZONEGRAPH_RESPONSE_CACHE_MB (64) MB. */
  maxBytes?: number;
  /** Path of the GraphQL endpoint. Default "/graphql". */
  graphqlEndpoint?: string;
}

/** A stored response. */
interface Entry {
  status: number;
  /** Yoga's headers plus content-length, as writeHead takes them. */
  headers: Record<string, string>;
  body: Buffer;
  /** Bytes charged to the bound (body, key, headers). */
  size: number;
}

/** The cache bound from ZONEGRAPH_RESPONSE_CACHE_MB (bytes; 0 disables). */
export function responseCacheBytesFromEnv(value = process.env["ZONEGRAPH_RESPONSE_CACHE_MB"]): number {
  if (value === undefined || value.trim() === "") return DEFAULT_RESPONSE_CACHE_MB * 1024 * 1024;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb < 0)
    throw new Error(`ZONEGRAPH_RESPONSE_CACHE_MB must be a number of MB ≥ 0, got "${value}"`);
  return Math.floor(mb * 1024 * 1024);
}

/** An LRU of responses bounded by total bytes. */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  /** Bytes currently held. */
  get bytes(): number {
    return this.total;
  }

  /** Entries currently held. */
  get size(): number {
    return this.entries.size;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: Omit<Entry, "size">): void {
    let size = entry.body.byteLength + key.length + 64;
    for (const name in entry.headers) size += name.length + (entry.headers[name]?.length ?? 0);
    if (size > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.total -= old.size;
    }
    this.entries.set(key, { ...entry, size });
    this.total += size;
    for (const [k, e] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(k);
      this.total -= e.size;
    }
  }
}

const isJson = (contentType: string | null): boolean =>
  contentType !== null &&
  (contentType.startsWith("application/json") || contentType.startsWith("application/graphql-response+json"));

const ERRORS = Buffer.from('"errors"');

/**
 * The node:http handler serving `app` with a response cache in front of it (or `app` itself when
 * the bound is 0). `cache` is exposed for tests and diagnostics.
 */
export function createRequestHandler(
  app: ZoneGraphApp,
  options: ResponseCacheOptions = {},
): RequestHandler & { cache: ResponseCache | null } {
  const maxBytes = options.maxBytes ?? responseCacheBytesFromEnv();
  if (maxBytes <= 0)
    return Object.assign((req: IncomingMessage, res: ServerResponse) => void app(req, res), { cache: null });
  const endpoint = options.graphqlEndpoint ?? "/graphql";
  const cache = new ResponseCache(maxBytes);

  const keyOf = (req: IncomingMessage, body: Buffer | null): string =>
    `${req.method}\u0000${req.url}\u0000${req.headers.accept ?? ""}\u0000${req.headers.origin ?? ""}\u0000${req.headers["content-type"] ?? ""}\u0000${body === null ? "" : body.toString("latin1")}`;

  const send = (res: ServerResponse, entry: Omit<Entry, "size">, state: "hit" | "miss"): void => {
    res.writeHead(entry.status, { ...entry.headers, [CACHE_HEADER]: state });
    res.end(entry.body);
  };

  // A miss: ask yoga through its fetch API with the body already read, store what may be stored.
  // `key` null: never stored (a body over the limit).
  const miss = async (
    req: IncomingMessage,
    res: ServerResponse,
    key: string | null,
    body: Buffer | null,
  ): Promise<void> => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || name === "content-length" || name === "transfer-encoding") continue;
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await app.fetch(
      `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`,
      { method: req.method ?? "GET", headers, ...(body === null ? {} : { body }) },
      { req, res },
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== "content-length" && name !== "transfer-encoding") out[name] = value;
    });
    out["content-length"] = String(bytes.byteLength);
    const entry = { status: response.status, headers: out, body: bytes };
    const cacheable =
      key !== null &&
      response.status === 200 &&
      isJson(response.headers.get("content-type")) &&
      bytes.byteLength <= MAX_CACHED_RESPONSE_BYTES &&
      !bytes.includes(ERRORS) &&
      !response.headers.has("set-cookie");
    if (cacheable) cache.set(key, entry);
    send(res, entry, "miss");
  };

  const fail = (res: ServerResponse, error: unknown): void => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal server error");
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    if (path !== endpoint || (req.method !== "GET" && req.method !== "POST")) {
      void app(req, res);
      return;
    }
    if (req.method === "GET") {
      const key = keyOf(req, null);
      const hit = cache.get(key);
      if (hit) send(res, hit, "hit");
      else miss(req, res, key, null).catch((error: unknown) => fail(res, error));
      req.resume();
      return;
    }
    // POST: a declared body over the limit goes to yoga as is (it answers 413).
    const declared = Number(req.headers["content-length"]);
    if (declared > MAX_BODY_BYTES) {
      void app(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    let length = 0;
    req.on("data", (chunk: Buffer) => {
      // Past the limit keep one byte too many (yoga then answers 413) and drop the rest.
      if (length > MAX_BODY_BYTES) return;
      chunks.push(chunk);
      length += chunk.byteLength;
    });
    req.on("error", (error) => fail(res, error));
    req.on("end", () => {
      let body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
      if (length > MAX_BODY_BYTES) {
        body = body.subarray(0, MAX_BODY_BYTES + 1);
        miss(req, res, null, body).catch((error: unknown) => fail(res, error));
        return;
      }
      const key = keyOf(req, body);
      const hit = cache.get(key);
      if (hit) send(res, hit, "hit");
      else miss(req, res, key, body).catch((error: unknown) => fail(res, error));
    });
  };
  return Object.assign(handler, { cache });
}
