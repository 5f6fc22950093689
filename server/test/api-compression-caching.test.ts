// Compression and HTTP caching through the front (issue 10): answers over 1 KB are brotli or gzip
// by Accept-Encoding — yoga's, the fast path's and the response cache's alike — with Vary:
// Accept-Encoding; GET queries carry an ETag tied to the graph state (If-None-Match → 304, a swap
// changes it); the explorer's files carry ETags, hashed assets are immutable; GraphiQL's page is
// compressed and says charset=utf-8.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { createServedApp } from "../src/app/create-app.ts";
import { createRequestHandler, EXEC_HEADER, type HandlerOptions } from "../src/front/request-handler.ts";
import { CACHE_HEADER } from "../src/front/response-cache.ts";
import { buildGraphState } from "../src/state/graph-state.ts";
import { StateHolder } from "../src/state/state-holder.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const web = mkdtempSync(join(tmpdir(), "zg-web-"));
mkdirSync(join(web, "assets"));
writeFileSync(
  join(web, "index.html"),
  `<!doctype html><title>ZoneGraph</title>${"<p>explorer</p>".repeat(200)}`,
);
const SCRIPT = `console.log(${JSON.stringify("zone ".repeat(2000))});`;
writeFileSync(join(web, "assets", "index-B1a2c3d4.js"), SCRIPT);

async function serve(options: HandlerOptions) {
  const holder = new StateHolder(buildGraphState(twoZoneGraph()));
  const served = createServedApp(holder, { webDist: web });
  const server = createServer(createRequestHandler(served, options));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<Raw>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on("error", reject);
      req.end(body);
    });
  return { holder, send };
}

const decode = (raw: Raw): string => {
  const coding = raw.headers["content-encoding"];
  if (coding === "br") return brotliDecompressSync(raw.body).toString("utf8");
  if (coding === "gzip") return gunzipSync(raw.body).toString("utf8");
  return raw.body.toString("utf8");
};

const BIG = JSON.stringify({
  query:
    '{ tiedToZone(zoneId: "zone-a") { edges { node { role hops entity { id name aliases } path { id type } } } } }',
});
const SMALL = JSON.stringify({ query: "{ stats { entityCount } }" });
const JSON_HEADERS = { "content-type": "application/json", accept: "application/graphql-response+json" };

describe("compression", () => {
  it("compresses answers over 1 KB by Accept-Encoding, on yoga, the fast path and the response cache", async () => {
    for (const options of [
      { maxBytes: 0, fastPath: true },
      { maxBytes: 1024 * 1024, fastPath: false },
    ]) {
      const { send } = await serve(options);
      const plain = await send("POST", "/graphql", JSON_HEADERS, BIG);
      expect(plain.body.byteLength).toBeGreaterThan(1024);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.headers["vary"]).toMatch(/Accept-Encoding/u);
      const execs = new Set<string>();
      for (const coding of ["br", "gzip", "br", "gzip;q=1, br;q=0"]) {
        const r = await send("POST", "/graphql", { ...JSON_HEADERS, "accept-encoding": coding }, BIG);
        expect(r.headers["content-encoding"]).toBe(coding.startsWith("gzip") ? "gzip" : coding);
        expect(r.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
        expect(Number(r.headers["content-length"])).toBe(r.body.byteLength);
        expect(decode(r)).toBe(plain.body.toString("utf8"));
        execs.add(String(r.headers[EXEC_HEADER]));
      }
      expect(execs.has(options.fastPath ? "fast" : "cache")).toBe(true);
    }
  });

  it("sends small answers as they are", async () => {
    const { send } = await serve({ maxBytes: 0, fastPath: true });
    const r = await send("POST", "/graphql", { ...JSON_HEADERS, "accept-encoding": "br, gzip" }, SMALL);
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(r.body.toString("utf8"))).toEqual({ data: { stats: { entityCount: 20 } } });
  });
});

describe("conditional GET of queries", () => {
  const path = `/graphql?query=${encodeURIComponent('{ tiedToZone(zoneId: "zone-a") { totalCount } }')}`;

  it("carries an ETag tied to the graph; If-None-Match answers 304 until the graph is swapped", async () => {
    const { holder, send } = await serve({ maxBytes: 1024 * 1024, fastPath: true });
    const first = await send("GET", path, { accept: "application/json" });
    expect(first.status).toBe(200);
    const etag = String(first.headers["etag"]);
    expect(etag).toMatch(/^W\/".+"$/u);
    expect(first.headers["cache-control"]).toBe("no-cache");
    const again = await send("GET", path, { accept: "application/json", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
    expect(again.headers["etag"]).toBe(etag);
    // Another query has another ETag: the 304 is this query's only.
    const other = await send("GET", `${path}&operationName=`, {
      accept: "application/json",
      "if-none-match": etag,
    });
    expect(other.status).not.toBe(304);
    holder.swap(buildGraphState(twoZoneGraph()));
    const swapped = await send("GET", path, { accept: "application/json", "if-none-match": etag });
    expect(swapped.status).toBe(200);
    expect(swapped.headers["etag"]).not.toBe(etag);
    expect(swapped.headers[CACHE_HEADER]).toBe("miss");
  });
});

describe("static files and GraphiQL", () => {
  it("serves files with an ETag (304 on a match), hashed assets immutable, compressed once", async () => {
    const { send } = await serve({ maxBytes: 0, fastPath: false });
    const asset = await send("GET", "/assets/index-B1a2c3d4.js", { "accept-encoding": "gzip, br" });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["content-encoding"]).toBe("br");
    expect(decode(asset)).toBe(SCRIPT);
    const etag = String(asset.headers["etag"]);
    const cached = await send("GET", "/assets/index-B1a2c3d4.js", { "if-none-match": etag });
    expect(cached.status).toBe(304);
    const page = await send("GET", "/", { "accept-encoding": "gzip" });
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(decode(page)).toContain("<title>ZoneGraph</title>");
    expect((await send("GET", "/", { "if-none-match": String(page.headers["etag"]) })).status).toBe(304);
  });

  it("serves GraphiQL's page compressed, with charset=utf-8 and an ETag", async () => {
    const { send } = await serve({ maxBytes: 1024 * 1024, fastPath: true });
    const page = await send("GET", "/graphql", { accept: "text/html", "accept-encoding": "br" });
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["content-encoding"]).toBe("br");
    expect(page.body.byteLength).toBeLessThan(decode(page).length / 3);
    expect(decode(page)).toContain("ZoneGraph GraphQL");
    const again = await send("GET", "/graphql", {
      accept: "text/html",
      "if-none-match": String(page.headers["etag"]),
    });
    expect(again.status).toBe(304);
  });
});
