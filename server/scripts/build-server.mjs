#!/usr/bin/env node
// Bundles server/src/main.ts into server/dist/main.mjs, and the curated folder's worker thread
// (src/curation/folder-worker.ts) into server/dist/folder-worker.mjs beside it, where main.mjs loads
// it by URL (ESM, Node 20, source maps pointing at the .ts files), so `pnpm start` runs plain
// JavaScript, without tsx. Our workspace code (server/src,
// @zonegraph/graph-data) is bundled; third-party packages stay external and load from
// server/node_modules, so each must be a dependency of @zonegraph/server. Prints nothing unless
// something is wrong.
import { build } from "esbuild";
import { existsSync, readdirSync, realpathSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const SERVER_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT_DIR = join(SERVER_DIR, "dist");

/** The package directory `name` resolves to from `fromDir`, as Node would find it (or undefined). */
function packageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Third-party imports stay external; they must resolve to the same package from server/dist as from
 * their importer (pnpm only links a package's own dependencies), or the bundle would fail at run time.
 */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:") || args.path.startsWith("@zonegraph/")) return undefined;
      const name = args.path.split("/", args.path.startsWith("@") ? 2 : 1).join("/");
      const wanted = packageDir(name, args.resolveDir);
      if (wanted === undefined) return undefined; // a Node built-in without "node:"; esbuild knows
      if (packageDir(name, OUT_DIR) !== wanted)
        return {
          errors: [
            {
              text: `server/scripts/build-server: "${name}" is not a dependency of @zonegraph/server; add it ("${name}": "catalog:") so server/dist can load it`,
            },
          ],
        };
      return { path: args.path, external: true };
    });
  },
};

try {
  const { metafile } = await build({
    absWorkingDir: SERVER_DIR,
    // Named entries: both land in dist/ (folder-thread.ts finds the worker beside the bundle).
    entryPoints: { main: "src/main.ts", "folder-worker": "src/curation/folder-worker.ts" },
    outdir: OUT_DIR,
    outExtension: { ".js": ".mjs" },
    // Chunks keep load-graph's dynamic imports lazy: serving a snapshot never loads the YAML loaders.
    splitting: true,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    // The map points at the .ts files on disk; not embedding them keeps it small to parse.
    sourcesContent: false,
    plugins: [externalPackages],
    metafile: true,
    logLevel: "silent",
  });
  // Chunks of an earlier build go; the new files replaced the old in place (no moment without main.mjs).
  const built = new Set(Object.keys(metafile.outputs).map((file) => join(SERVER_DIR, file)));
  for (const file of readdirSync(OUT_DIR))
    if (!built.has(join(OUT_DIR, file))) rmSync(join(OUT_DIR, file), { recursive: true, force: true });
} catch (error) {
  const errors = error && typeof error === "object" && "errors" in error ? error.errors : [];
  for (const { text, location } of errors)
    process.stderr.write(`${location ? `${location.file}:${location.line}: ` : ""}${text}\n`);
  if (errors.length === 0) process.stderr.write(`server/scripts/build-server: ${String(error)}\n`);
  process.exit(1);
}
