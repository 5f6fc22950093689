/**
 * `pnpm --filter @zonegraph/graph-data synth --preset national --out <file> [--seed N] [--format
 * snapshot|json]`: generate a synthetic ZoneGraph and write it as a snapshot (.zgs, default) or a
 * graphology JSON export (.json) — the graph only. The root `pnpm synth` runs the server's synth,
 * which also stores the server's indexes in the snapshot.
 */
import { parseSynthArgs, runSynth, SYNTH_USAGE, SynthUsageError } from "./synth-command.ts";

try {
  // pnpm --filter runs scripts inside graph-data/; resolve --out against the caller's directory.
  const command = parseSynthArgs(process.argv.slice(2), process.env["INIT_CWD"] ?? process.cwd());
  if (command === null) console.log(SYNTH_USAGE);
  else console.log(runSynth(command));
} catch (error) {
  if (!(error instanceof SynthUsageError)) throw error;
  console.error(`graph-data/cli/synth: ${error.message}\n${SYNTH_USAGE}`);
  process.exit(2);
}
