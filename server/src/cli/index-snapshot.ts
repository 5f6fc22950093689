/**
 * `pnpm --filter @zonegraph/server index-snapshot <file.zgs>`: builds the server's indexes (search
 * index, name and id orders) once and stores them in the snapshot as extension sections, so that
 * serving it needs no index build at start-up.
 */
import { resolve } from "node:path";
import { indexSnapshotFile } from "../graph/index-snapshot-file.ts";

const arg = process.argv[2];
if (arg === undefined) {
  console.error("usage: pnpm --filter @zonegraph/server index-snapshot <file.zgs>");
  process.exit(2);
}
const file = resolve(process.env["INIT_CWD"] ?? process.cwd(), arg);
const started = performance.now();
try {
  const bytes = indexSnapshotFile(file);
  console.log(
    `indexed ${file}: ${Math.round(bytes / 1024 / 1024)} MB of indexes in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
