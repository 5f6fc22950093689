/**
 * The node:http front of the server: the app (yoga) behind two layers for GraphQL requests to the
 * endpoint, each of which answers with exactly what yoga would answer:
 *  - the response cache (response-cache.ts; ZONEGRAPH_RESPONSE_CACHE_MB, 0 disables), for GET
 *    and POST: a repeated request gets the stored bytes; `x-zonegraph-cache: hit|miss`;
 *  - the fast path (fast-path.ts; ZONEGRAPH_FAST_PATH=0 disables), for POST: a document yoga has
 *    answered cleanly once runs, with any variables, on graphql-jit straight from node:http;
 *    `x-zonegraph-exec: fast|yoga|cache` says what answered a POST.
 * It is given the app, the state holder and the shared compile cache. When the holder swaps in a
 * new graph state, the cache and the plans are dropped, and an answer computed on the old state
 * is never stored. Everything else (other routes and methods, GraphiQL, bodies over the limit) is yoga's.
 * Every answer over 1 KB is compressed (brotli or gzip, by Accept-Encoding; compression.ts); GET
 * answers of the endpoint carry an ETag tied to the graph state and are revalidated with
 * If-None-Match (304, nothing executed; conditional.ts), files and GraphiQL carry their own.
 * A request with an Authorization header (curation: mutations, drafts) is always answered by yoga and
 * never stored or learned: neither key holds the token, and curation is never replayed.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_BODY_BYTES, type ServedApp } from "../app/create-app.ts";
import { partsKey } from "../lib/parts-key.ts";
import type { GraphState } from "../state/graph-state.ts";
import { Lru } from "../lib/lru.ts";
import {
  compressNow,
  compressToKeep,
  isCompressible,
  MIN_COMPRESSED_BYTES,
  negotiateEncoding,
  varyAcceptEncoding,
  type Encoding,
} from "./compression.ts";
import { etagMatches, GRAPHQL_CACHE_CONTROL, graphqlEtag } from "./conditional.ts";
import { FastPath, fastPathFromEnv, readGraphQLBody, type GraphQLBody } from "./fast-path.ts";
import { readBody } from "./read-body.ts";
import {
  CACHE_HEADER,
  isCleanJsonAnswer,
  MAX_CACHED_RESPONSE_BYTES,
  ResponseCache,
  responseCacheBytesFromEnv,
  type Entry,
} from "./response-cache.ts";

/** The header saying what answered a GraphQL POST: "fast" (fast path), "yoga" or "cache". */
export const EXEC_HEADER = "x-zonegraph-exec";

/** How long the connection of a body cut at the limit stays open after its 413 (ms). */
export const OVER_LIMIT_LINGER_MS = 1000;

/** Bytes of compressed files and GraphiQL pages kept (their ETag and coding as key). */
export const KEPT_VARIANT_BYTES = 32 * 1024 * 1024;

/** A node:http request handler. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Options of the handler; defaults come from the environment. */
export interface HandlerOptions {
  /** Bound of the response cache in bytes (0: no cache). Default: ZONEGRAPH_RESPONSE_CACHE_MB (64) MB. */
  maxBytes?: number;
  /** Whether known documents run on the fast path. Default: ZONEGRAPH_FAST_PATH (on). */
  fastPath?: boolean;
  /** Path of the GraphQL endpoint. Default "/graphql". */
  graphqlEndpoint?: string;
}

type Reply = Omit<Entry, "size">;
/** A response whose body is still text (sent as UTF-8). */
type TextReply = Omit<Reply, "body"> & { body: string };

/**
 * The handler serving `app` on the states of `state`, compiling through `jit`; `cache` and
 * `fastPath` are exposed for tests and diagnostics (null when off). With both off, answers are
 * still compressed and GETs still carry ETags.
 */
export function createRequestHandler(
  { app, state, jit, persisted }: ServedApp,
  options: HandlerOptions = {},
): RequestHandler & { cache: ResponseCache | null; fastPath: FastPath | null } {
  const maxBytes = options.maxBytes ?? responseCacheBytesFromEnv();
  const cache = maxBytes > 0 ? new ResponseCache(maxBytes) : null;
  const fast = (options.fastPath ?? fastPathFromEnv()) ? new FastPath(jit) : null;
  // Compressed variants of answers that stay the same (files, GraphiQL), by ETag and coding.
  const kept = new Lru<string, Buffer>({
    maxBytes: KEPT_VARIANT_BYTES,
    sizeOf: (b, k) => b.byteLength + k.length,
  });
  // Both are learned from answers on one graph state: a new state starts them afresh.
  state.onSwap(() => {
    cache?.clear();
    fast?.clear();
  });
  const endpoint = options.graphqlEndpoint ?? "/graphql";

  // Length-prefixed parts: no byte of the body or a header can shift another part.
  const keyOf = (req: IncomingMessage, body: Buffer | null): string =>
    partsKey([
      req.method,
      req.url,
      req.headers.accept,
      req.headers.origin,
      req.headers["content-type"],
      body === null ? null : body.toString("latin1"),
    ]);

  /**
   * Sends an answer: 304 when it has an ETag the request's If-None-Match names; else compressed
   * as Accept-Encoding allows when it is compressible and over MIN_COMPRESSED_BYTES, with
   * `Vary: Accept-Encoding`. `compressed` gives the body in a coding (kept variants), else it is
   * compressed now.
   */
  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    response: Reply | TextReply,
    extra: Record<string, string>,
    compressed: (encoding: Encoding) => Buffer | undefined = () => undefined,
  ): void => {
    const headers: Record<string, string> = { ...response.headers, ...extra };
    const etag = headers["etag"];
    if (response.status === 200 && etag !== undefined && etagMatches(req.headers["if-none-match"], etag)) {
      delete headers["content-type"];
      delete headers["content-length"];
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let body = response.body;
    const size = typeof body === "string" ? Buffer.byteLength(body, "utf8") : body.byteLength;
    if (
      size >= MIN_COMPRESSED_BYTES &&
      headers["content-encoding"] === undefined &&
      isCompressible(headers["content-type"])
    ) {
      headers["vary"] = varyAcceptEncoding(headers["vary"]);
      const encoding = req.method === "HEAD" ? null : negotiateEncoding(req.headers["accept-encoding"]);
      if (encoding !== null) {
        body = compressed(encoding) ?? compressNow(body, encoding);
        headers["content-encoding"] = encoding;
        headers["content-length"] = String(body.byteLength);
      }
    }
    res.writeHead(response.status, headers);
    res.end(body);
  };

  // An answer that stays the same (its ETag set by the app: a file, GraphiQL), compressed once and kept.
  const sendKept = async (
    req: IncomingMessage,
    res: ServerResponse,
    response: Reply,
    extra: Record<string, string> = {},
  ): Promise<void> => {
    const etag = response.headers["etag"];
    const encoding = negotiateEncoding(req.headers["accept-encoding"]);
    let variant: Buffer | undefined;
    if (
      etag !== undefined &&
      encoding !== null &&
      response.status === 200 &&
      response.body.byteLength >= MIN_COMPRESSED_BYTES &&
      isCompressible(response.headers["content-type"]) &&
      !etagMatches(req.headers["if-none-match"], etag)
    ) {
      const id = `${encoding} ${etag}`;
      variant = kept.get(id);
      if (variant === undefined) kept.set(id, (variant = await compressToKeep(response.body, encoding)));
    }
    send(req, res, response, extra, (e) => (e === encoding ? variant : undefined));
  };

  // The variant of a cached entry in `encoding`, compressed on first ask and kept with the entry.
  const variantOf = (key: string, entry: Entry, encoding: Encoding): Buffer => {
    let variant = entry.variants?.[encoding];
    if (variant === undefined) {
      variant = compressNow(entry.body, encoding);
      cache?.set(key, { ...entry, variants: { ...entry.variants, [encoding]: variant } });
    }
    return variant;
  };

  // Stores an answer computed on `at`, unless another state was swapped in meanwhile.
  const store = (key: string | null, response: Reply, at: GraphState | null): void => {
    if (
      cache !== null &&
      key !== null &&
      at !== null &&
      state.current() === at &&
      response.body.byteLength <= MAX_CACHED_RESPONSE_BYTES &&
      isCleanJsonAnswer(response.status, response.headers, response.body)
    )
      cache.set(key, response);
  };

  // Yoga through its fetch API with the body already read.
  const viaYoga = async (req: IncomingMessage, body: Buffer | null): Promise<Reply> => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || name === "content-length" || name === "transfer-encoding") continue;
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await app.fetch(
      `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`,
      { method: req.method ?? "GET", headers, ...(body === null ? {} : { body }) },
      { req },
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    const out: Record<string, string> = {};
    // Names in lower case (yoga's Headers keep the case they were set with).
    response.headers.forEach((value, name) => {
      const lower = name.toLowerCase();
      if (lower !== "content-length" && lower !== "transfer-encoding") out[lower] = value;
    });
    out["content-length"] = String(bytes.byteLength);
    return { status: response.status, headers: out, body: bytes };
  };

  // The fast path's answer on `at`, or null when yoga must answer. Its JSON text goes to the socket
  // as a string (encoded once, by the write) unless the response cache keeps the bytes.
  const viaFastPath = async (
    key: string,
    body: GraphQLBody,
    at: GraphState | null,
  ): Promise<Reply | TextReply | null> => {
    if (fast === null || at === null) return null;
    const answer = await fast.run(key, body, at);
    if (answer === null) return null;
    const headers = { ...answer.headers, "content-length": String(Buffer.byteLength(answer.body, "utf8")) };
    if (cache === null) return { status: 200, headers, body: answer.body };
    return { status: 200, headers, body: Buffer.from(answer.body, "utf8") };
  };

  // Yoga's 413 for a body cut at the limit, sent at once. The rest of the body is read and dropped
  // for a moment and then the connection closes: closing at once would make the client's kernel
  // drop the 413 (a reset) while it is still sending.
  const refuse = (req: IncomingMessage, res: ServerResponse, response: Reply): void => {
    res.writeHead(response.status, { ...response.headers, connection: "close" });
    res.write(response.body);
    req.resume();
    setTimeout(() => res.end(), OVER_LIMIT_LINGER_MS).unref();
  };

  const fail = (res: ServerResponse, error: unknown): void => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal server error");
  };

  const cacheState = (hit: "hit" | "miss"): Record<string, string> =>
    cache === null ? {} : { [CACHE_HEADER]: hit };

  // A persisted document's text (APQ or trusted), as yoga would run it; null: yoga answers.
  const resolveDocument = (query: unknown, extensions: unknown): string | null => {
    const resolved = persisted.resolve(query, extensions);
    if (resolved.kind === "found") return resolved.query;
    return resolved.kind === "none" && typeof query === "string" ? query : null;
  };

  // Curation carries the token: yoga answers it every time (see the header).
  const isCuration = (req: IncomingMessage): boolean => req.headers.authorization !== undefined;

  // A GET of the endpoint: 304 at once when the client holds this graph state's answer (ETag),
  // else the cached answer or yoga's. GraphiQL's page (an ETag of its own) is compressed once.
  const get = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (isCuration(req)) return send(req, res, await viaYoga(req, null), cacheState("miss"));
    const at = state.current();
    const key = keyOf(req, null);
    const etag = at === null ? null : graphqlEtag(at, key);
    const validators: Record<string, string> =
      etag === null ? {} : { etag, "cache-control": GRAPHQL_CACHE_CONTROL };
    if (etag !== null && etagMatches(req.headers["if-none-match"], etag)) {
      res.writeHead(304, { ...validators, vary: "Accept-Encoding", ...cacheState("hit") });
      res.end();
      return;
    }
    const hit = cache?.get(key);
    if (hit)
      return send(req, res, hit, { ...validators, ...cacheState("hit") }, (e) => variantOf(key, hit, e));
    const response = await viaYoga(req, null);
    if (response.headers["etag"] !== undefined) return sendKept(req, res, response, cacheState("miss"));
    store(key, response, at);
    const clean = isCleanJsonAnswer(response.status, response.headers, response.body);
    send(req, res, response, {
      ...(clean && state.current() === at ? validators : {}),
      ...cacheState("miss"),
    });
  };

  const post = async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> => {
    if (isCuration(req))
      return send(req, res, await viaYoga(req, body), { ...cacheState("miss"), [EXEC_HEADER]: "yoga" });
    const at = state.current();
    const key = cache === null ? null : keyOf(req, body);
    const hit = key === null ? undefined : cache?.get(key);
    if (hit)
      return send(req, res, hit, { ...cacheState("hit"), [EXEC_HEADER]: "cache" }, (e) =>
        variantOf(key!, hit, e),
      );
    const graphql = fast === null ? null : readGraphQLBody(body, resolveDocument);
    const planKey = graphql === null ? null : fast!.keyOf(req, graphql);
    if (graphql !== null && planKey !== null) {
      const answer = await viaFastPath(planKey, graphql, at).catch((error: unknown) => {
        // Unexpected: let yoga answer (and report) it.
        console.warn(`server/src/front/request-handler: fast path failed, yoga answers: ${String(error)}`);
        return null;
      });
      if (answer !== null) {
        if (typeof answer.body !== "string") store(key, answer as Reply, at);
        return send(req, res, answer, { ...cacheState("miss"), [EXEC_HEADER]: "fast" });
      }
    }
    const response = await viaYoga(req, body);
    if (graphql !== null && planKey !== null && at !== null && state.current() === at)
      fast!.learn(planKey, graphql, response.status, response.headers, response.body);
    store(key, response, at);
    send(req, res, response, { ...cacheState("miss"), [EXEC_HEADER]: "yoga" });
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    if (req.method === "GET" && path !== endpoint) {
      // Files and /healthz: compressed (files once, by their ETag), 304 for a matching If-None-Match.
      viaYoga(req, null)
        .then((response) => sendKept(req, res, response))
        .catch((error: unknown) => fail(res, error));
      req.resume();
      return;
    }
    if (path !== endpoint || (req.method !== "GET" && req.method !== "POST")) {
      void app(req, res);
      return;
    }
    if (req.method === "GET") {
      get(req, res).catch((error: unknown) => fail(res, error));
      req.resume();
      return;
    }
    // POST: a declared body over the limit goes to yoga as is (it answers 413 without reading it);
    // the connection is closed after, so the client cannot keep it busy sending the rest.
    const declared = Number(req.headers["content-length"]);
    if (declared > MAX_BODY_BYTES) {
      res.setHeader("connection", "close");
      void app(req, res);
      return;
    }
    readBody(req, MAX_BODY_BYTES)
      .then(({ body, over }) =>
        over ? viaYoga(req, body).then((response) => refuse(req, res, response)) : post(req, res, body),
      )
      .catch((error: unknown) => fail(res, error));
  };
  return Object.assign(handler, { cache, fastPath: fast });
}
