// The review page's route: /review serves web/dist/review.html with the explorer's CSP, /review/
// redirects to it (relative assets), and the explorer's SPA fallback is unchanged for other paths.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

function webDist(withReview: boolean): string {
  const dist = join(mkdtempSync(join(tmpdir(), "zonegraph-review-")), "dist");
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>explorer</title>");
  if (withReview) writeFileSync(join(dist, "review.html"), "<!doctype html><title>review</title>");
  return dist;
}

describe("/review", () => {
  it("serves the review page as HTML under the explorer's content security policy", async () => {
    const app = createApp(twoZoneGraph(), { webDist: webDist(true) });
    const response = await app.fetch("http://localhost/review");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toContain("<title>review</title>");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
  });

  it("redirects /review/ to /review, so the page's relative asset paths resolve", async () => {
    const app = createApp(twoZoneGraph(), { webDist: webDist(true) });
    const response = await app.fetch("http://localhost/review/", { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location") ?? "", "http://localhost/review/").pathname).toBe(
      "/review",
    );
  });

  it("answers HEAD without a body", async () => {
    const app = createApp(twoZoneGraph(), { webDist: webDist(true) });
    const response = await app.fetch("http://localhost/review", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  it("leaves other client-side routes to the explorer, and falls back to it without a review page", async () => {
    const app = createApp(twoZoneGraph(), { webDist: webDist(false) });
    expect(await (await app.fetch("http://localhost/review")).text()).toContain("<title>explorer</title>");
    const withReview = createApp(twoZoneGraph(), { webDist: webDist(true) });
    expect(await (await withReview.fetch("http://localhost/reviews")).text()).toContain(
      "<title>explorer</title>",
    );
    expect(await (await withReview.fetch("http://localhost/review/x")).text()).toContain(
      "<title>explorer</title>",
    );
  });
});
