/**
 * Child process of the benchmark's HTTP measurement. Serves the graph with the real app
 * (loadServedGraph + buildGraphState + createServedApp + createRequestHandler, as main.ts does) three ways — warm (response
 * cache and fast path: main.ts's default), uncached (ZONEGRAPH_RESPONSE_CACHE_MB=0: every request
 * executed, known documents on the fast path) and yoga only (cache and fast path off) — and two
 * baselines on node:http: a hand-written endpoint computing the same JSON per request without
 * GraphQL (handwritten-tied.ts), and a raw server answering every request with the app's bytes.
 * Checks that both baselines give the app's very bytes. Prints {ports…, bytes, totalCount,
 * warmHit, fastPath}.
 *   tsx bench/http-child.ts <snapshot> <zoneId>
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequestHandler, EXEC_HEADER } from "@zonegraph/server/front/request-handler";
import { CACHE_HEADER } from "@zonegraph/server/front/response-cache";
import { loadServedGraph } from "@zonegraph/server/state/load-graph";
import { createServedApp } from "@zonegraph/server/app/create-app";
import { buildGraphState } from "@zonegraph/server/state/graph-state";
import { handwrittenTiedPage } from "./handwritten-tied.ts";
import { tiedRequestBody } from "./tied-query.ts";

const [file, zoneId] = process.argv.slice(2);
if (file === undefined || zoneId === undefined)
  throw new Error("usage: tsx bench/http-child.ts <snapshot> <zoneId>");
// The server's own start-up path: the snapshot served from its columns and stored indexes.
const context = buildGraphState(await loadServedGraph(file));
const served = createServedApp(context, { production: true, corsOrigins: [] });
const response = await served.app.fetch("http://localhost/graphql", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: tiedRequestBody(zoneId),
});
const body = await response.text();
const parsed = JSON.parse(body) as { data?: { tiedToZone?: { totalCount: number } }; errors?: unknown };
if (response.status !== 200 || parsed.data?.tiedToZone === undefined)
  throw new Error(`bench/http-child: the app answered ${response.status}: ${body.slice(0, 500)}`);
const bytes = Buffer.from(body, "utf8");

const listen = (handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer(handler);
    server.keepAliveTimeout = 60_000;
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
const cachedPort = await listen(createRequestHandler(served, { maxBytes: 64 * 1024 * 1024, fastPath: true }));
const uncachedPort = await listen(createRequestHandler(served, { maxBytes: 0, fastPath: true }));
const yogaPort = await listen(createRequestHandler(served, { maxBytes: 0, fastPath: false }));
const rawPort = await listen((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "content-length": bytes.byteLength,
    });
    res.end(bytes);
  });
});
const handwrittenPort = await listen((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const json = handwrittenTiedPage(context, Buffer.concat(chunks).toString("utf8"));
    if (json === null) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(json, "utf8"),
    });
    res.end(json);
  });
});
const ask = (port: number) =>
  fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: tiedRequestBody(zoneId),
  });
const same = async (response: Response) => Buffer.from(await response.arrayBuffer()).equals(bytes);
if (!(await same(await ask(handwrittenPort))))
  throw new Error("bench/http-child: the hand-written endpoint does not give the app's bytes");
// The warm server answers from its cache with the very bytes of the app.
await (await ask(cachedPort)).arrayBuffer();
const warm = await ask(cachedPort);
const warmHit = warm.headers.get(CACHE_HEADER) === "hit" && (await same(warm));
// The uncached server learns the document from yoga's first answer, then runs it on the fast path.
await (await ask(uncachedPort)).arrayBuffer();
const fast = await ask(uncachedPort);
const fastPath = fast.headers.get(EXEC_HEADER) === "fast" && (await same(fast));
console.log(
  JSON.stringify({
    cachedPort,
    uncachedPort,
    yogaPort,
    rawPort,
    handwrittenPort,
    warmHit,
    fastPath,
    bytes: bytes.byteLength,
    totalCount: parsed.data.tiedToZone.totalCount,
    rss: process.memoryUsage().rss,
  }),
);
