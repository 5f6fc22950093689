// Serving: GraphiQL offline with example tabs, /healthz before and after load, the explorer's
// static files (content types, cache headers, SPA fallback, no path traversal, missing build).
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ZoneGraph } from "@zonegraph/graph-data";
import { createApp } from "../src/app/create-app.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

function webDist(): string {
  const root = mkdtempSync(join(tmpdir(), "zonegraph-web-"));
  mkdirSync(join(root, "dist", "assets"), { recursive: true });
  writeFileSync(join(root, "dist", "index.html"), "<!doctype html><title>explorer</title>");
  writeFileSync(join(root, "dist", "assets", "index-B1a2c3d4.js"), "console.log('hi')");
  writeFileSync(join(root, "dist", "assets", "style-Zz9y8x7w.css"), "body{}");
  writeFileSync(join(root, "secret.txt"), "outside dist");
  mkdirSync(join(root, "private"));
  writeFileSync(join(root, "private", "key.txt"), "outside dist");
  // Symlinks inside dist leading out of it (a file and a directory), and one staying inside.
  symlinkSync(join(root, "secret.txt"), join(root, "dist", "secret.txt"));
  symlinkSync(join(root, "private"), join(root, "dist", "private"));
  symlinkSync(join(root, "dist", "index.html"), join(root, "dist", "home.html"));
  return join(root, "dist");
}

describe("GraphiQL", () => {
  it("is served offline with the ZoneGraph title and example tabs", async () => {
    const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });
    const response = await app.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>ZoneGraph GraphQL</title>");
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/u);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/u);
    for (const name of ["query Search", "query TiedToBaotou", "query PathBetween"])
      expect(html).toContain(name);
  });
});

describe("/healthz", () => {
  it("answers 503 until the graph is loaded, then 200", async () => {
    let resolve: (g: ZoneGraph) => void = () => undefined;
    const app = createApp(new Promise<ZoneGraph>((r) => (resolve = r)), { webDist: "/nonexistent" });
    expect((await app.fetch("http://localhost/healthz")).status).toBe(503);
    const early = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ stats { entityCount } }"}',
    });
    expect(early.status).toBe(503);
    resolve(twoZoneGraph());
    await new Promise((r) => setTimeout(r, 10));
    const ok = await app.fetch("http://localhost/healthz");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: "ok", entities: 20, relations: 22 });
  });
});

describe("/healthz methods and draining", () => {
  it("answers only GET and HEAD (405 with Allow otherwise), and 503 while draining", async () => {
    let draining = false;
    const app = createApp(twoZoneGraph(), { webDist: "/nonexistent", draining: () => draining });
    for (const method of ["POST", "PUT", "DELETE"]) {
      const r = await app.fetch("http://localhost/healthz", { method });
      expect(r.status, method).toBe(405);
      expect(r.headers.get("allow")).toBe("GET, HEAD");
    }
    const head = await app.fetch("http://localhost/healthz", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    draining = true;
    const r = await app.fetch("http://localhost/healthz");
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ status: "draining" });
    expect((await app.fetch("http://localhost/healthz", { method: "HEAD" })).status).toBe(503);
  });
});

describe("the explorer at /", () => {
  const app = createApp(twoZoneGraph(), { webDist: webDist() });
  const get = (path: string): Promise<Response> => Promise.resolve(app.fetch(`http://localhost${path}`));

  it("serves index.html at / without long caching", async () => {
    const r = await get("/");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("text/html");
    expect(r.headers.get("cache-control")).toBe("no-cache");
    expect(await r.text()).toContain("explorer");
  });

  it("serves hashed assets with their content type and a long cache", async () => {
    const js = await get("/assets/index-B1a2c3d4.js");
    expect(js.headers.get("content-type")).toContain("text/javascript");
    expect(js.headers.get("cache-control")).toContain("immutable");
    expect((await get("/assets/style-Zz9y8x7w.css")).headers.get("content-type")).toContain("text/css");
  });

  it("falls back to index.html for client-side routes, 404 for missing files", async () => {
    expect(await (await get("/zone/baotou")).text()).toContain("explorer");
    expect((await get("/assets/missing.js")).status).toBe(404);
  });

  it("never serves files outside web/dist", async () => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/..%5csecret.txt",
      "/%2e%2e%2f%2e%2e%2fpackage.json",
    ]) {
      const r = await get(path);
      expect(await r.text(), path).not.toContain("outside dist");
      expect(r.status, path).not.toBe(500);
    }
  });

  it("follows no symlink out of web/dist", async () => {
    for (const path of ["/secret.txt", "/private/key.txt", "/private/"]) {
      const r = await get(path);
      expect(await r.text(), path).not.toContain("outside dist");
      expect(r.status, path).not.toBe(500);
    }
    expect((await get("/secret.txt")).status).toBe(404);
    // A symlink to a file inside web/dist is served.
    expect(await (await get("/home.html")).text()).toContain("explorer");
  });

  it("says how to build the explorer when web/dist is missing", async () => {
    const bare = createApp(twoZoneGraph(), { webDist: "/nonexistent" });
    const r = await bare.fetch("http://localhost/");
    expect(await r.text()).toContain("pnpm --filter @zonegraph/web build");
  });
});
