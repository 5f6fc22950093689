/**
 * `pnpm synth --preset national --out <file> [--seed N] [--format snapshot|json]` (root script):
 * generates a synthetic ZoneGraph with graph-data's generator and, for a snapshot (.zgs, the
 * default), stores the server's indexes in it, so that serving it starts in about a second. A
 * `.json` output is a plain graphology JSON export (no indexes). `--out` resolves against the
 * directory the command was typed in (INIT_CWD).
 */
import {
  parseSynthArgs,
  runSynth,
  SYNTH_USAGE,
  SynthUsageError,
} from "@zonegraph/graph-data/cli/synth-command";
import { indexSnapshotFile } from "../graph/index-snapshot-file.ts";

try {
  const command = parseSynthArgs(process.argv.slice(2), process.env["INIT_CWD"] ?? process.cwd());
  if (command === null) {
    console.log(SYNTH_USAGE);
  } else {
    console.log(runSynth(command));
    if (command.format === "snapshot") {
      const started = performance.now();
      const bytes = indexSnapshotFile(command.out);
      console.log(
        `stored the server's indexes in ${command.out}: ${Math.round(bytes / 1024 / 1024)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
} catch (error) {
  if (!(error instanceof SynthUsageError)) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  console.error(`synth: ${error.message}\n${SYNTH_USAGE}`);
  process.exit(2);
}
