/**
 * The HTTP response cache (request-handler.ts puts it in front of yoga). The graph is read-only while
 * served, so a GraphQL response is a pure function of the request: key = method + path and query
 * string + the exact body bytes + Accept + Origin (CORS headers differ by origin) + Content-Type.
 * Only GET/POST to the GraphQL endpoint are considered; only 200 JSON responses without "errors"
 * and ≤ 1 MB are stored (never GraphiQL HTML, /healthz, static files, 503s while loading, 4xx).
 * The LRU is bounded by total bytes (ZONEGRAPH_RESPONSE_CACHE_MB, default 64; 0 disables it).
 * Every cacheable request gets `x-zonegraph-cache: hit|miss` while the cache is on. An entry keeps
 * its body compressed by each coding clients asked for (charged to the bound), compressed once.
 */
import { Lru } from "../lib/lru.ts";
import type { Encoding } from "./compression.ts";

/** Default bound of the cache (MB). */
export const DEFAULT_RESPONSE_CACHE_MB = 64;
/** Largest response body stored. */
export const MAX_CACHED_RESPONSE_BYTES = 1024 * 1024;
/** The header saying whether a response came from the cache. */
export const CACHE_HEADER = "x-zonegraph-cache";

const ERRORS = Buffer.from('"errors"');

/**
 * Whether an answer is a clean GraphQL result: 200, JSON, no `errors`, no cookie. Only such
 * answers are stored here, or make a document a fast-path plan.
 */
export function isCleanJsonAnswer(status: number, headers: Record<string, string>, body: Buffer): boolean {
  const type = headers["content-type"] ?? "";
  return (
    status === 200 &&
    (type.startsWith("application/json") || type.startsWith("application/graphql-response+json")) &&
    !body.includes(ERRORS) &&
    !("set-cookie" in headers)
  );
}

/** A stored response. */
export interface Entry {
  status: number;
  /** Yoga's headers plus content-length, as writeHead takes them. */
  headers: Record<string, string>;
  body: Buffer;
  /** The body compressed, by coding, once a request asked for it (kept with the entry). */
  variants?: Partial<Record<Encoding, Buffer>>;
  /** Bytes charged to the bound (body, its compressed variants, key, headers). */
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
  private readonly entries: Lru<string, Entry>;

  constructor(readonly maxBytes: number) {
    this.entries = new Lru({ maxBytes, sizeOf: (entry) => entry.size });
  }

  /** Bytes currently held. */
  get bytes(): number {
    return this.entries.bytes;
  }

  /** Entries currently held. */
  get size(): number {
    return this.entries.size;
  }

  /** The stored response of `key` (now the most recently used), or undefined. */
  get(key: string): Entry | undefined {
    return this.entries.get(key);
  }

  /** Stores a response, charged its body, variants, key and headers; one larger than the bound is not stored. */
  set(key: string, entry: Omit<Entry, "size">): void {
    let size = entry.body.byteLength + key.length + 64;
    for (const variant of Object.values(entry.variants ?? {})) size += variant.byteLength;
    for (const name in entry.headers) size += name.length + (entry.headers[name]?.length ?? 0);
    this.entries.set(key, { ...entry, size });
  }

  /** Drops every stored response (a new graph is served). */
  clear(): void {
    this.entries.clear();
  }
}
