// The HTTP response cache in front of yoga (node:http): a hit gives the very bytes and headers of
// the miss, other variables or origins miss, errors and non-GraphQL routes are never stored, the
// byte bound evicts, and ZONEGRAPH_RESPONSE_CACHE_MB=0 gives yoga's own handler.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createRequestHandler, EXEC_HEADER, type HandlerOptions } from "../src/front/request-handler.ts";
import { CACHE_HEADER, ResponseCache, responseCacheBytesFromEnv } from "../src/front/response-cache.ts";
import { createServedApp } from "../src/app/create-app.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

async function serve(options: HandlerOptions = {}) {
  const app = createServedApp(twoZoneGraph(), {
    webDist: "/nonexistent",
    corsOrigins: ["https://a.example"],
  });
  const handler = createRequestHandler(app, options);
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const r = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: r.status, headers: Object.fromEntries(r.headers), body: await r.text() };
  };
  return { handler, base, post };
}

const ENTITY = `query E($id: ID!) { entity(id: $id) { id name } }`;
const stripVolatile = (h: Record<string, string>) => {
  const { date: _date, [CACHE_HEADER]: _state, [EXEC_HEADER]: _exec, ...rest } = h;
  return rest;
};

describe("response cache", () => {
  it("answers a repeated request from the cache with identical bytes and headers", async () => {
    const { post, handler } = await serve({ maxBytes: 1 << 20 });
    const first = await post({ query: ENTITY, variables: { id: "甲科技" } });
    const second = await post({ query: ENTITY, variables: { id: "甲科技" } });
    expect(first.status).toBe(200);
    expect(first.body).toContain("甲科技");
    expect(first.headers[CACHE_HEADER]).toBe("miss");
    expect(second.headers[CACHE_HEADER]).toBe("hit");
    expect(second.body).toBe(first.body);
    expect(stripVolatile(second.headers)).toEqual(stripVolatile(first.headers));
    expect(handler.cache?.size).toBe(1);
  });

  it("misses for other variables, body bytes, origins, accept or content-type", async () => {
    const { post } = await serve({ maxBytes: 1 << 20 });
    const body = { query: ENTITY, variables: { id: "甲科技" } };
    expect((await post(body)).headers[CACHE_HEADER]).toBe("miss");
    expect((await post({ ...body, variables: { id: "乙科技" } })).headers[CACHE_HEADER]).toBe("miss");
    expect((await post(`${JSON.stringify(body)} `)).headers[CACHE_HEADER]).toBe("miss");
    const allowed = await post(body, { origin: "https://a.example" });
    expect(allowed.headers[CACHE_HEADER]).toBe("miss");
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://a.example");
    const foreign = await post(body, { origin: "https://evil.example" });
    expect(foreign.headers[CACHE_HEADER]).toBe("miss");
    expect(foreign.headers["access-control-allow-origin"]).toBeUndefined();
    expect((await post(body, { origin: "https://a.example" })).headers[CACHE_HEADER]).toBe("hit");
    const graphqlResponse = await post(body, { accept: "application/graphql-response+json" });
    expect(graphqlResponse.headers[CACHE_HEADER]).toBe("miss");
    expect(graphqlResponse.headers["content-type"]).toContain("application/graphql-response+json");
    expect(
      (await post(body, { "content-type": "application/json; charset=utf-8" })).headers[CACHE_HEADER],
    ).toBe("miss");
    expect((await post(body)).headers[CACHE_HEADER]).toBe("hit");
  });

  it("serves GET queries by their query string", async () => {
    const { base } = await serve({ maxBytes: 1 << 20 });
    const url = `${base}/graphql?query=${encodeURIComponent("{ stats { entityCount } }")}`;
    const get = () => fetch(url, { headers: { accept: "application/json" } });
    const a = await get();
    const b = await get();
    expect(a.headers.get(CACHE_HEADER)).toBe("miss");
    expect(b.headers.get(CACHE_HEADER)).toBe("hit");
    expect(await b.text()).toBe(await a.text());
  });

  it("never stores errors, GraphiQL, /healthz or static files", async () => {
    const { post, base, handler } = await serve({ maxBytes: 1 << 20 });
    const bad = { query: ENTITY, variables: { id: "没有这个" } };
    const missing = await post({ query: "{ nope }" });
    expect(missing.body).toContain('"errors"');
    expect((await post({ query: "{ nope }" })).headers[CACHE_HEADER]).toBe("miss");
    const r1 = await post(bad);
    const r2 = await post(bad);
    if (r1.body.includes('"errors"')) expect(r2.headers[CACHE_HEADER]).toBe("miss");
    expect((await post("{not json")).status).toBe(400);
    for (let k = 0; k < 2; k++) {
      const html = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
      expect(html.headers.get("content-type")).toContain("text/html");
      expect(html.headers.get(CACHE_HEADER)).toBe("miss");
      await html.text();
      const health = await fetch(`${base}/healthz`);
      expect(health.headers.get(CACHE_HEADER)).toBeNull();
      await health.text();
      const page = await fetch(`${base}/`);
      expect(page.headers.get(CACHE_HEADER)).toBeNull();
      await page.text();
    }
    expect(handler.cache?.size).toBe(r1.body.includes('"errors"') ? 0 : 1);
  });

  it("answers 413 for bodies over the limit, not cached", async () => {
    const { post } = await serve({ maxBytes: 1 << 20 });
    const big = JSON.stringify({
      query: `{ stats { entityCount } }`,
      variables: { pad: "x".repeat(1_100_000) },
    });
    expect((await post(big)).status).toBe(413);
  });

  it("evicts the least recently used entries past its byte bound", async () => {
    const { post, handler } = await serve({ maxBytes: 4096 });
    const ask = (id: string) => post({ query: ENTITY, variables: { id } });
    await ask("甲科技");
    await ask("乙科技");
    expect(handler.cache!.bytes).toBeLessThanOrEqual(4096);
    for (const id of ["甲科技", "乙科技", "甲科技"])
      expect((await ask(id)).headers[CACHE_HEADER]).toBe("hit");
    // Distinct documents (a 1 KB comment each) push the oldest out; the total stays within the bound.
    for (let k = 0; k < 10; k++) {
      const r = await post({ query: `${ENTITY} # ${String(k).repeat(1000)}`, variables: { id: "甲科技" } });
      expect(r.headers[CACHE_HEADER]).toBe("miss");
    }
    expect(handler.cache!.bytes).toBeLessThanOrEqual(4096);
    expect((await ask("乙科技")).headers[CACHE_HEADER]).toBe("miss");
  });

  it("is disabled by ZONEGRAPH_RESPONSE_CACHE_MB=0", async () => {
    expect(responseCacheBytesFromEnv("0")).toBe(0);
    expect(responseCacheBytesFromEnv(undefined)).toBe(64 * 1024 * 1024);
    expect(responseCacheBytesFromEnv("2")).toBe(2 * 1024 * 1024);
    expect(() => responseCacheBytesFromEnv("lots")).toThrow(/ZONEGRAPH_RESPONSE_CACHE_MB/u);
    const saved = process.env["ZONEGRAPH_RESPONSE_CACHE_MB"];
    process.env["ZONEGRAPH_RESPONSE_CACHE_MB"] = "0";
    try {
      const { post, handler } = await serve();
      expect(handler.cache).toBeNull();
      const a = await post({ query: ENTITY, variables: { id: "甲科技" } });
      const b = await post({ query: ENTITY, variables: { id: "甲科技" } });
      expect(b.body).toBe(a.body);
      expect(a.headers[CACHE_HEADER]).toBeUndefined();
      expect(b.headers[CACHE_HEADER]).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env["ZONEGRAPH_RESPONSE_CACHE_MB"];
      else process.env["ZONEGRAPH_RESPONSE_CACHE_MB"] = saved;
    }
  });

  it("bounds a bare LRU by bytes", () => {
    const cache = new ResponseCache(1000);
    const entry = (n: number) => ({ status: 200, headers: {}, body: Buffer.alloc(n) });
    cache.set("a", entry(400));
    cache.set("b", entry(400));
    cache.get("a");
    cache.set("c", entry(400));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    cache.set("huge", entry(5000));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.bytes).toBeLessThanOrEqual(1000);
  });
});
