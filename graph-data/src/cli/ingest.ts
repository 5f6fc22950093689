/**
 * `pnpm ingest <file|-> [--json] [--no-graph] [--title …] [--publication …] [--date …] [--authors a,b]
 * [--url …] [--source-id …]` proposes facts for an article; `pnpm ingest eval [--graph]` scores the
 * proposer on the curated page and the held-out articles. Bad input exits 1, bad usage 2.
 */
import { readFileSync } from "node:fs";
import { IngestError } from "../ingest/ingest-error.ts";
import { IngestUsageError, runIngest } from "../ingest/ingest-command.ts";

// A reader that stops early (`pnpm ingest a.txt --json | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  // pnpm --filter runs scripts inside graph-data/; file arguments are relative to the caller's directory.
  const output = runIngest(process.argv.slice(2), process.env["INIT_CWD"] ?? process.cwd(), () =>
    readFileSync(0),
  );
  process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
} catch (error) {
  if (!(error instanceof IngestError)) throw error;
  console.error(error.message);
  process.exit(error instanceof IngestUsageError ? 2 : 1);
}
