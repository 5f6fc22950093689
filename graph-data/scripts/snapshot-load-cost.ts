/**
 * What checking a snapshot costs at load: generates (or reuses) a preset's snapshot, then times in
 * one process readSnapshot as a whole (median of 5) beside its two checking passes alone — the
 * CRC-32 of every section and the validation of the stored attribute values — and prints shares.
 * Usage: tsx scripts/snapshot-load-cost.ts [preset=national] [file=<tmpdir>/zonegraph-<preset>.zgs]
 */
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSnapshot } from "../src/snapshot/read-snapshot.ts";
import { SnapshotError } from "../src/snapshot/snapshot-error.ts";
import { dataStartOf, PREAMBLE_BYTES, type SnapshotHeader } from "../src/snapshot/snapshot-format.ts";
import { validateColumns } from "../src/snapshot/validate-columns.ts";
import { verifySectionChecksums } from "../src/snapshot/verify-checksums.ts";
import { writeSnapshot } from "../src/snapshot/write-snapshot.ts";
import { generateGraph } from "../src/synth/generate-graph.ts";
import { isPresetName } from "../src/synth/presets.ts";

const preset = process.argv[2] ?? "national";
if (!isPresetName(preset)) throw new Error(`snapshot-load-cost: unknown preset "${preset}"`);
const file = process.argv[3] ?? join(tmpdir(), `zonegraph-${preset}.zgs`);
if (!existsSync(file)) {
  console.log(`generating ${preset} into ${file}…`);
  writeSnapshot(generateGraph({ preset, seed: 1 }), file);
}

const fail = (problem: string): never => {
  throw new SnapshotError(file, problem);
};
function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

const snapshot = readSnapshot(file);
const bytes = readFileSync(file);
const headerBytes = bytes.readUInt32LE(12);
const header = JSON.parse(
  bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerBytes).toString("utf8"),
) as SnapshotHeader;
const lengths = snapshot.sources.map((s) => s.text.length);
const source = {
  head: bytes,
  size: bytes.byteLength,
  read: (o: number, l: number) => bytes.subarray(o, o + l),
};

const load = median(5, () => readSnapshot(file));
const checksums = median(5, () => verifySectionChecksums(header, source, dataStartOf(headerBytes), fail));
const values = median(5, () => validateColumns(snapshot.columns, (s) => lengths[s] ?? 0, fail));
const mb = (bytes.byteLength / 2 ** 20).toFixed(1);
console.log(`${preset}: ${snapshot.nodeCount} entities, ${snapshot.edgeCount} relations, ${mb} MB`);
console.log(`readSnapshot, everything included: ${load.toFixed(0)} ms`);
console.log(
  `  CRC-32 of every section: ${checksums.toFixed(0)} ms (${((100 * checksums) / load).toFixed(0)}% of the load)`,
);
console.log(
  `  attribute values (nodeExtra, edgeExtra): ${values.toFixed(0)} ms (${((100 * values) / load).toFixed(0)}% of the load)`,
);
