/**
 * Child process of the benchmark's HTTP measurement: serves the graph with the real app
 * (loadServedGraph + createApp, as main.ts does) and, beside it, a raw node:http server that answers every request with the very
 * JSON the app gives for the tiedToZone query. Prints {yogaPort, rawPort, bytes, totalCount}.
 *   tsx bench/http-child.ts <snapshot> <zoneId>
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
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
const yogaPort = await listen(app);
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
console.log(
  JSON.stringify({
    yogaPort,
    rawPort,
    bytes: bytes.byteLength,
    totalCount: parsed.data.tiedToZone.totalCount,
    rss: process.memoryUsage().rss,
  }),
);
