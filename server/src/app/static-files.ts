/**
 * Serves the built explorer (web/dist): files with their content type and an ETag of their
 * content (the front answers If-None-Match with 304 and compresses them once), long immutable
 * cache for hashed assets, index.html for client-side routes (SPA fallback), no path traversal, only real files
 * inside web/dist (a symlink leading out of it is a 404), and a page saying how to build the
 * explorer when web/dist is missing. `/review` is the review page (review.html); `/review/`
 * redirects there, so that its relative asset paths resolve.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};
// Vite names built assets like index-B1a2c3d4.js: content-hashed, safe to cache forever.
const HASHED = /[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/u;

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>ZoneGraph</title>
<h1>ZoneGraph explorer is not built</h1>
<p>Build it with <code>pnpm --filter @zonegraph/web build</code> (or run <code>pnpm start</code> from the repository root, which builds it first), then reload.</p>
<p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p>`;

// ETags by file, recomputed when the file's size or modification time changes (a rebuild).
const etags = new Map<string, { stamp: string; etag: string }>();

/** The strong ETag of a file's bytes (a hash of its content), kept while the file is unchanged. */
function etagOf(path: string, bytes: Buffer | null): string {
  const stat = statSync(path);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const known = etags.get(path);
  if (known?.stamp === stamp) return known.etag;
  const digest = createHash("sha256")
    .update(bytes ?? readFileSync(path))
    .digest("base64url")
    .slice(0, 27);
  const etag = `"${digest}"`;
  etags.set(path, { stamp, etag });
  return etag;
}

function fileResponse(path: string, method: string): Response {
  const ext = extname(path).toLowerCase();
  const headers = new Headers({ "content-type": TYPES[ext] ?? "application/octet-stream" });
  headers.set(
    "cache-control",
    ext !== ".html" && HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
  );
  const bytes = method === "HEAD" ? null : readFileSync(path);
  headers.set("etag", etagOf(path, bytes));
  return new Response(bytes, { status: 200, headers });
}

/** The real path of `path` when it is a regular file whose real place is inside `root`'s; else null. */
function realFileInside(root: string, path: string): string | null {
  if (!existsSync(path)) return null;
  const real = realpathSync(path);
  const realRoot = realpathSync(root);
  if (!real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) return null;
  return statSync(real).isFile() ? real : null;
}

/** A handler for GET/HEAD requests of static files under `root` (null: nothing to serve). */
export function createStaticHandler(root: string): (pathname: string, method: string) => Response {
  const base = normalize(root);
  return (pathname, method) => {
    if (!existsSync(join(base, "index.html"))) {
      return new Response(NOT_BUILT, {
        status: 404,
        headers: { "content-type": "text/html; charset=utf-8" },
      });
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return new Response("Bad request path", { status: 400 });
    }
    const path = normalize(join(base, decoded));
    if (
      decoded.includes("\0") ||
      (path !== base && !path.startsWith(base.endsWith(sep) ? base : base + sep))
    ) {
      return new Response("Not found", { status: 404 });
    }
    const file = realFileInside(base, path);
    if (file !== null) return fileResponse(file, method);
    const review =
      decoded === "/review" || decoded === "/review/"
        ? realFileInside(base, join(base, "review.html"))
        : null;
    if (review !== null && decoded === "/review") return fileResponse(review, method);
    // The fragment (#token=…) survives a redirect; a relative target keeps a proxy's path prefix.
    if (review !== null) return new Response(null, { status: 308, headers: { location: "../review" } });
    // A missing file (or one leading out of web/dist) with an extension is a 404; anything else
    // is a client-side route.
    const index = realFileInside(base, join(base, "index.html"));
    if (extname(decoded) !== "" || index === null) return new Response("Not found", { status: 404 });
    return fileResponse(index, method);
  };
}
