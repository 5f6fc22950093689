/**
 * Security headers on every answer of the app, as a yoga plugin (so the front's fast path and
 * response cache, which copy yoga's headers, send them too): `X-Content-Type-Options: nosniff`,
 * `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY`, a Content-Security-Policy with
 * `frame-ancestors 'none'` (the explorer's, GraphiQL's, or "nothing" for JSON and the rest), and
 * `Vary: Origin` when CORS origins are allowed (the answer then depends on the Origin); pages get
 * `charset=utf-8`, and GraphiQL's page an ETag.
 */
import { createHash } from "node:crypto";
import type { Plugin } from "graphql-yoga";

/** The explorer's policy: its own scripts, styles and API; the layout worker and PNG export use blob:. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The policy of answers that are not pages (JSON, files): nothing runs, nothing frames them. */
export const NOTHING_CSP = "default-src 'none'; frame-ancestors 'none'";

/** `'sha256-…'` sources for each inline `<tag>…</tag>` block of `html`. */
function inlineHashes(html: string, tag: "script" | "style"): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "gu")))
    hashes.push(`'sha256-${createHash("sha256").update(match[1]!, "utf8").digest("base64")}'`);
  return hashes;
}

/**
 * The policy of a GraphiQL page (@graphql-yoga/render-graphiql's offline page): its one inline
 * script by hash; inline styles (the page's and the ones the Monaco editor adds at run time);
 * the editor's workers from blob: URLs; the favicon and icon font as data: URLs; queries to self.
 */
export function graphiqlCsp(html: string): string {
  return [
    "default-src 'none'",
    `script-src ${inlineHashes(html, "script").join(" ")}`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src data:",
    "connect-src 'self'",
    "worker-src blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** What the plugin needs: the endpoint, whether CORS varies by origin, GraphiQL's policy once rendered. */
export interface SecurityHeaderOptions {
  graphqlEndpoint: string;
  varyOrigin: boolean;
  graphiqlPolicy: () => string | null;
  /** The ETag of GraphiQL's page once rendered (the page never changes while the server runs). */
  graphiqlEtag?: () => string | null;
}

/** The path of an absolute URL (without building a URL object on every answer). */
function pathOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start === -1) return "/";
  const end = url.search(/[?#]/u);
  return url.slice(start, end === -1 ? undefined : end);
}

/** The plugin setting the security headers on every response. */
export function useSecurityHeaders(options: SecurityHeaderOptions): Plugin {
  return {
    onResponse({ request, response }) {
      const headers = response.headers;
      headers.set("x-content-type-options", "nosniff");
      headers.set("referrer-policy", "no-referrer");
      headers.set("x-frame-options", "DENY");
      const type = headers.get("content-type");
      const html = type?.startsWith("text/html") ?? false;
      // Pages say their charset (yoga's GraphiQL page does not).
      if (html && !/charset=/iu.test(type!)) headers.set("content-type", "text/html; charset=utf-8");
      const graphiql = html && pathOf(request.url) === options.graphqlEndpoint;
      const policy = !html
        ? NOTHING_CSP
        : graphiql
          ? (options.graphiqlPolicy() ?? NOTHING_CSP)
          : EXPLORER_CSP;
      // GraphiQL's page is the same on every request: an ETag lets the front compress it once and answer 304.
      const etag = graphiql ? (options.graphiqlEtag?.() ?? null) : null;
      if (etag !== null) {
        headers.set("etag", etag);
        headers.set("cache-control", "no-cache");
      }
      headers.set("content-security-policy", policy);
      if (options.varyOrigin) {
        const vary = headers.get("vary");
        if (vary === null || vary.trim() === "") headers.set("vary", "Origin");
        else if (!/(^|,)\s*(origin|\*)\s*(,|$)/iu.test(vary)) headers.set("vary", `${vary}, Origin`);
      }
    },
  };
}
