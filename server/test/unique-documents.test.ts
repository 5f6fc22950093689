// Unique documents do not grow memory without bound: a client sending thousands of distinct
// documents (each twice, so the fast path learns and runs them) leaves every cache of the server
// within its bounds — yoga's parse cache, the one compile cache, the fast-path plans and the
// response cache — by entries and by the text they hold, and each document is compiled once.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createServedApp } from "../src/app/create-app.ts";
import { DOCUMENT_CACHE_SIZE, DOCUMENT_CACHE_TEXT } from "../src/app/document-caches.ts";
import { JIT_CACHE_SIZE, JIT_CACHE_TEXT } from "../src/app/jit-cache.ts";
import { FAST_PATH_PLAN_TEXT, FAST_PATH_PLANS } from "../src/front/fast-path.ts";
import { createRequestHandler, EXEC_HEADER } from "../src/front/request-handler.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

const DOCUMENTS = 1500;
const CACHE_BYTES = 2 * 1024 * 1024;
// About 4 KB each: 1500 of them hold 6 MB of text, more than any cache's text bound (4 MB).
const PAD = `# ${"x".repeat(4000)}\n`;
const documentNumber = (i: number): string => `${PAD}query U${i} { n${i}: stats { entityCount } }`;

describe("unique documents", () => {
  it(`keep every cache within its bounds over ${DOCUMENTS} documents`, { timeout: 120_000 }, async () => {
    const served = createServedApp(twoZoneGraph(), { webDist: "/nonexistent" });
    const handler = createRequestHandler(served, { maxBytes: CACHE_BYTES, fastPath: true });
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = async (query: string, variant: number) => {
      // Two variants of the body (same document): the second misses the response cache and runs fast.
      const body = JSON.stringify(variant === 0 ? { query } : { query, variables: {} });
      const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      await r.arrayBuffer();
      return r.headers.get(EXEC_HEADER);
    };
    const execs = new Map<string | null, number>();
    for (let i = 0; i < DOCUMENTS; i++)
      for (const variant of [0, 1]) {
        const exec = await post(documentNumber(i), variant);
        execs.set(exec, (execs.get(exec) ?? 0) + 1);
      }
    // Every document was learned by yoga and then run on the fast path.
    expect(execs.get("yoga")).toBe(DOCUMENTS);
    expect(execs.get("fast")).toBe(DOCUMENTS);
    // Compiled once each, never twice.
    expect(served.jit.compilations).toBe(DOCUMENTS);

    const { jit, documents } = served;
    const plans = handler.fastPath!;
    const cache = handler.cache!;
    expect(jit.size).toBeLessThanOrEqual(JIT_CACHE_SIZE);
    expect(jit.text).toBeLessThanOrEqual(JIT_CACHE_TEXT);
    expect(plans.size).toBeLessThanOrEqual(FAST_PATH_PLANS);
    expect(plans.text).toBeLessThanOrEqual(FAST_PATH_PLAN_TEXT);
    expect(documents.documentCache.size).toBeLessThanOrEqual(DOCUMENT_CACHE_SIZE);
    expect(documents.documentCache.bytes).toBeLessThanOrEqual(DOCUMENT_CACHE_TEXT);
    expect(cache.bytes).toBeLessThanOrEqual(CACHE_BYTES);
    // The bounds were reached (documents were evicted), not merely never approached.
    expect(jit.size).toBeLessThan(DOCUMENTS);
    expect(jit.text).toBeGreaterThan(JIT_CACHE_TEXT / 2);
    expect(plans.size).toBeLessThan(DOCUMENTS);
    expect(documents.documentCache.size).toBeLessThan(DOCUMENTS);
    expect(cache.bytes).toBeGreaterThan(CACHE_BYTES / 2);
  });
});
