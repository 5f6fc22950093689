/**
 * Directories the server reads from the workspace, found from the workspace root (the directory
 * holding pnpm-workspace.yaml) so they are the same whether this module runs from server/src
 * (tsx, vitest) or bundled into server/dist/main.mjs.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The nearest directory at or above `from` holding pnpm-workspace.yaml. */
function workspaceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`server/src/app/paths: no pnpm-workspace.yaml at or above ${from}`);
  }
}

/** The explorer's build (web/dist), served at /. */
export const WEB_DIST: string = join(workspaceRoot(dirname(fileURLToPath(import.meta.url))), "web", "dist");
