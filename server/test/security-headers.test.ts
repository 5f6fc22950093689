// Security headers on every answer: nosniff, no referrer, no framing (X-Frame-Options and CSP
// frame-ancestors), a Content-Security-Policy for the explorer, one for GraphiQL allowing its one
// inline script by hash, nothing for JSON; Vary: Origin when CORS origins are allowed. The front's
// fast path and response cache send the same headers (fast-path.test.ts compares them with yoga's).
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const dist = mkdtempSync(join(tmpdir(), "zonegraph-dist-"));
writeFileSync(join(dist, "index.html"), "<!doctype html><title>explorer</title>");
const app = createApp(twoZoneGraph(), { webDist: dist, corsOrigins: ["https://a.example"] });
const fetchApp = async (path: string, init: RequestInit = {}) => app.fetch(`http://localhost${path}`, init);
const csp = (r: Response): Map<string, string> =>
  new Map(
    (r.headers.get("content-security-policy") ?? "").split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/u);
      return [name, values.join(" ")];
    }),
  );

describe("security headers", () => {
  it("are on pages, JSON answers, health checks and errors", async () => {
    for (const r of [
      await fetchApp("/"),
      await fetchApp("/graphql?query=%7Bstats%7BentityCount%7D%7D"),
      await fetchApp("/healthz"),
      await fetchApp("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{",
      }),
    ]) {
      expect(r.headers.get("x-content-type-options"), r.url).toBe("nosniff");
      expect(r.headers.get("referrer-policy")).toBe("no-referrer");
      expect(r.headers.get("x-frame-options")).toBe("DENY");
      expect(csp(r).get("frame-ancestors")).toBe("'none'");
    }
  });

  it("let the explorer load only its own scripts, styles and API", async () => {
    const policy = csp(await fetchApp("/"));
    expect(policy.get("script-src")).toBe("'self'");
    expect(policy.get("style-src")).toBe("'self'");
    expect(policy.get("connect-src")).toBe("'self'");
    expect(policy.get("object-src")).toBe("'none'");
  });

  it("let GraphiQL run its one inline script, by hash, and nothing else", async () => {
    const r = await fetchApp("/graphql", { headers: { accept: "text/html" } });
    const html = await r.text();
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hash = createHash("sha256").update(scripts[0]!, "utf8").digest("base64");
    const policy = csp(r);
    expect(policy.get("script-src")).toBe(`'sha256-${hash}'`);
    expect(policy.get("default-src")).toBe("'none'");
    expect(policy.get("connect-src")).toBe("'self'");
    expect(policy.get("worker-src")).toBe("blob:");
  });

  it("forbid everything to JSON answers", async () => {
    const policy = csp(await fetchApp("/graphql?query=%7Bstats%7BentityCount%7D%7D"));
    expect(policy.get("default-src")).toBe("'none'");
  });

  it("say Vary: Origin when the answer depends on the origin", async () => {
    const allowed = await fetchApp("/graphql?query=%7Bstats%7BentityCount%7D%7D", {
      headers: { origin: "https://a.example" },
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://a.example");
    expect(allowed.headers.get("vary")).toMatch(/\bOrigin\b/u);
    const foreign = await fetchApp("/graphql?query=%7Bstats%7BentityCount%7D%7D", {
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.headers.get("vary")).toMatch(/\bOrigin\b/u);
    const sameOriginOnly = createApp(twoZoneGraph(), { webDist: dist, corsOrigins: [] });
    const r = await sameOriginOnly.fetch("http://localhost/healthz");
    expect(r.headers.get("vary")).toBeNull();
  });
});
