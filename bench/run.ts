/**
 * `pnpm bench [--preset small|medium|national] [--seed N] [--peers|--no-peers] [--http-seconds S]`:
 * runs the benchmark, prints its table and writes the results to bench/results/<date>-<preset>.json.
 * National runs the peers by default; smaller presets only with --peers.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isPresetName } from "@zonegraph/graph-data/synth/presets";
import { formatTable } from "./report-table.ts";
import { runBench } from "./run-bench.ts";

const { values } = parseArgs({
  options: {
    preset: { type: "string", default: "national" },
    seed: { type: "string", default: "1" },
    peers: { type: "boolean" },
    "no-peers": { type: "boolean" },
    "http-seconds": { type: "string" },
  },
});
const preset = values.preset;
if (!isPresetName(preset)) {
  console.error(`bench/run: unknown preset "${preset}" (small, medium or national)`);
  process.exit(2);
}
const peers = values["no-peers"] === true ? false : (values.peers ?? preset === "national");
const result = await runBench({
  preset,
  seed: Number(values.seed),
  peers,
  httpSeconds: Number(values["http-seconds"] ?? (preset === "national" ? 10 : 3)),
  log: (line) => console.error(`[bench] ${line}`),
});

console.log(
  `\nZoneGraph benchmark — ${result.preset} preset (seed ${result.seed}): ${result.graph.entities} entities, ${result.graph.relations} relations; median zone ${result.graph.zone.name} (${result.graph.zone.tied} tied)`,
);
console.log(
  `machine: ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGb} GB, Node ${result.machine.node}, load average before ${result.machine.loadBefore.join(" ")}\n`,
);
console.log(formatTable(result.rows));
console.log("");
for (const row of result.rows) if (row.note !== undefined) console.log(`- ${row.figure}: ${row.note}`);
console.log("");
for (const [check, ok] of Object.entries(result.checks)) console.log(`${ok ? "ok  " : "FAIL"} ${check}`);
const dir = fileURLToPath(new URL("results", import.meta.url));
mkdirSync(dir, { recursive: true });
const file = join(dir, `${result.date.slice(0, 19).replaceAll(":", "-")}-${result.preset}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwrote ${file}`);
