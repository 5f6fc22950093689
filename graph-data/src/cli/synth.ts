/**
 * `pnpm synth --preset national --out <file> [--seed N] [--format snapshot|json]`: generate a
 * synthetic ZoneGraph and write it as a snapshot (.zgs, default) or a graphology JSON export (.json).
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateGraph } from "../synth/generate-graph.ts";
import { isPresetName, PRESETS } from "../synth/presets.ts";
import { writeGraphJson } from "../synth/write-graph-json.ts";
import { writeSnapshot } from "../snapshot/write-snapshot.ts";

const USAGE = `usage: pnpm synth --preset <${Object.keys(PRESETS).join("|")}> --out <file> [--seed N] [--format snapshot|json]
  --format defaults from the extension: .json → graphology JSON export, anything else (.zgs) → snapshot`;

function usage(problem: string): never {
  console.error(`graph-data/cli/synth: ${problem}\n${USAGE}`);
  process.exit(2);
}

let values: {
  preset?: string | undefined;
  out?: string | undefined;
  seed?: string | undefined;
  format?: string | undefined;
  help?: boolean | undefined;
};
try {
  ({ values } = parseArgs({
    options: {
      preset: { type: "string" },
      out: { type: "string" },
      seed: { type: "string" },
      format: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.help === true) {
  console.log(USAGE);
  process.exit(0);
}
const preset = values.preset ?? usage("--preset is required");
if (!isPresetName(preset)) usage(`unknown preset "${preset}"`);
const outArg = values.out ?? usage("--out is required");
const seed = values.seed === undefined ? 1 : Number(values.seed);
if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
  usage(`--seed must be an integer in 0..4294967295, got "${values.seed}"`);
const format = values.format ?? (outArg.endsWith(".json") ? "json" : "snapshot");
if (format !== "json" && format !== "snapshot") usage(`--format must be snapshot or json, got "${format}"`);

// pnpm --filter runs scripts inside graph-data/; resolve --out against the caller's directory.
const out = resolve(process.env["INIT_CWD"] ?? process.cwd(), outArg);
const t0 = performance.now();
const parts = generateGraph({ preset, seed });
const t1 = performance.now();
mkdirSync(dirname(out), { recursive: true });
if (format === "json") writeGraphJson(parts, out);
else writeSnapshot(parts, out);
const t2 = performance.now();
console.log(
  `${preset} (seed ${seed}): ${parts.nodes.length} entities, ${parts.edges.length} relations, ${parts.attributes.sources.length} sources; generated in ${((t1 - t0) / 1000).toFixed(1)} s, wrote ${format} ${out} in ${((t2 - t1) / 1000).toFixed(1)} s`,
);
