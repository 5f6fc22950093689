/**
 * The `synth` command shared by graph-data's CLI (graph only) and the server's (graph, then the
 * server's indexes stored in the snapshot): argument parsing and generate → write.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateGraph } from "../synth/generate-graph.ts";
import { isPresetName, PRESETS, type PresetName } from "../synth/presets.ts";
import { writeGraphJson } from "../synth/write-graph-json.ts";
import { writeSnapshot } from "../snapshot/write-snapshot.ts";

/** The usage text of `pnpm synth`. */
export const SYNTH_USAGE = `usage: pnpm synth --preset <${Object.keys(PRESETS).join("|")}> --out <file> [--seed N] [--format snapshot|json]
  --format defaults from the extension: .json → graphology JSON export, anything else (.zgs) → snapshot`;

/** A parsed `synth` command. */
export interface SynthCommand {
  preset: PresetName;
  seed: number;
  format: "snapshot" | "json";
  /** Absolute output path. */
  out: string;
}

/** Bad arguments; the message says which. */
export class SynthUsageError extends Error {}

/**
 * Parses `synth` arguments; `--out` resolves against `cwd` (pnpm runs scripts inside the package
 * directory, so callers pass INIT_CWD: where the user typed the command). null: --help.
 */
export function parseSynthArgs(args: string[], cwd: string): SynthCommand | null {
  let values: {
    preset?: string | undefined;
    out?: string | undefined;
    seed?: string | undefined;
    format?: string | undefined;
    help?: boolean | undefined;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        preset: { type: "string" },
        out: { type: "string" },
        seed: { type: "string" },
        format: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new SynthUsageError((error as Error).message);
  }
  if (values.help === true) return null;
  const preset = values.preset;
  if (preset === undefined) throw new SynthUsageError("--preset is required");
  if (!isPresetName(preset)) throw new SynthUsageError(`unknown preset "${preset}"`);
  const outArg = values.out;
  if (outArg === undefined) throw new SynthUsageError("--out is required");
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new SynthUsageError(`--seed must be an integer in 0..4294967295, got "${values.seed}"`);
  const format = values.format ?? (outArg.endsWith(".json") ? "json" : "snapshot");
  if (format !== "json" && format !== "snapshot")
    throw new SynthUsageError(`--format must be snapshot or json, got "${format}"`);
  return { preset, seed, format, out: resolve(cwd, outArg) };
}

/** Generates the graph and writes it; returns the line to print. */
export function runSynth({ preset, seed, format, out }: SynthCommand): string {
  const t0 = performance.now();
  const parts = generateGraph({ preset, seed });
  const t1 = performance.now();
  mkdirSync(dirname(out), { recursive: true });
  if (format === "json") writeGraphJson(parts, out);
  else writeSnapshot(parts, out);
  const t2 = performance.now();
  return `${preset} (seed ${seed}): ${parts.nodes.length} entities, ${parts.edges.length} relations, ${parts.attributes.sources.length} sources; generated in ${((t1 - t0) / 1000).toFixed(1)} s, wrote ${format} ${out} in ${((t2 - t1) / 1000).toFixed(1)} s`;
}
