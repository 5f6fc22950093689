/**
 * Child process of the benchmark's HTTP measurement: serves the graph with the real app
 * (loadServedGraph + createApp + createRequestHandler, as main.ts does) twice — with the response
 * cache (main.ts's default) and with it disabled (ZONEGRAPH_RESPONSE_CACHE_MB=0: yoga's own
 * handler) — and, beside them, a raw node:http server that answers every request with the very
 * JSON the app gives for the tiedToZone query. Prints {cachedPort, uncachedPort, rawPort, bytes,
 * totalCount, warmHit}.
 *   tsx bench/http-child.ts <snapshot> <zoneId>
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CACHE_HEADER, createRequestHandler } from "../server/src/http/response-cache.ts";
import { loadServedGraph } from "../server/src/load-graph.ts";
import { buildContext, createApp } from "../server/src/yoga.ts";
import { tiedRequestBody } from "./tied-query.ts";

const [file, zoneId] = process.argv.slice(2);
if (file === undefined || zoneId === undefined)
  throw new Error("usage: tsx bench/http-child.ts <snapshot> <zoneId>");
// The server's own start-up path: the snapshot served from its columns and stored indexes.
const app = createApp(buildContext(await loadServedGraph(file)), { production: true, corsOrigins: [] });
const response = await app.fetch("http://localhost/graphql", {
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
const cachedPort = await listen(createRequestHandler(app, { maxBytes: 64 * 1024 * 1024 }));
const uncachedPort = await listen(createRequestHandler(app, { maxBytes: 0 }));
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
// The warm server answers from its cache with the very bytes of the app.
const ask = () =>
  fetch(`http://127.0.0.1:${cachedPort}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: tiedRequestBody(zoneId),
  });
await (await ask()).arrayBuffer();
const warm = await ask();
const warmHit =
  warm.headers.get(CACHE_HEADER) === "hit" && Buffer.from(await warm.arrayBuffer()).equals(bytes);
console.log(
  JSON.stringify({
    cachedPort,
    uncachedPort,
    warmHit,
    rawPort,
    bytes: bytes.byteLength,
    totalCount: parsed.data.tiedToZone.totalCount,
    rss: process.memoryUsage().rss,
  }),
);
