/**
 * The benchmark's graphs: a synthetic graph per preset and seed, generated once into bench/.cache
 * as a snapshot (with the server's indexes stored in it, as a deployment would ship it), a
 * graphology JSON export, and the CSV / N-Triples files the peers load. The cache
 * key includes a hash of the generator and snapshot sources, so a changed generator regenerates.
 */
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RELATION_TYPE_IDS } from "@zonegraph/graph-data/ontology";
import { readSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import { writeSnapshot } from "@zonegraph/graph-data/snapshot/write-snapshot";
import { generateGraph } from "@zonegraph/graph-data/synth/generate-graph";
import type { PresetName } from "@zonegraph/graph-data/synth/presets";
import { writeGraphJson } from "@zonegraph/graph-data/synth/write-graph-json";
import { indexSnapshotFile } from "@zonegraph/server/graph/index-snapshot-file";
import { decodeServerIndex } from "@zonegraph/server/graph/server-index";

/** Files of one cached graph. */
export interface CachedGraph {
  dir: string;
  snapshot: string;
  json: string;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The cache directory of the benchmark. */
export const CACHE_DIR = join(ROOT, "bench", ".cache");

/** Generate (or reuse) the graph of `preset` and `seed`; `log` reports progress. */
export function ensureGraph(preset: PresetName, seed: number, log: (line: string) => void): CachedGraph {
  const dir = join(CACHE_DIR, `${preset}-seed${seed}-${sourceHash()}`);
  const files: CachedGraph = { dir, snapshot: join(dir, "graph.zgs"), json: join(dir, "graph.json") };
  if (existsSync(files.snapshot) && existsSync(files.json)) {
    // The server's stored indexes follow the server's code: re-index when their layout changed.
    const index = decodeServerIndex(readSnapshot(files.snapshot));
    if (typeof index === "string") indexWithLog(files.snapshot, index, log);
    return files;
  }
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const parts = generateGraph({ preset, seed });
  log(
    `generated ${preset} (seed ${seed}): ${parts.nodes.length} entities, ${parts.edges.length} relations in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  writeGraphJson(parts, files.json);
  writeSnapshot(parts, files.snapshot);
  log(`wrote ${files.snapshot} and graph.json`);
  indexWithLog(files.snapshot, "new snapshot", log);
  return files;
}

// Store the server's indexes in the snapshot (what `pnpm --filter @zonegraph/server index-snapshot` does).
function indexWithLog(file: string, why: string, log: (line: string) => void): void {
  const t0 = performance.now();
  const bytes = indexSnapshotFile(file);
  log(
    `indexed ${file} (${why}): ${Math.round(bytes / 1024 / 1024)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

/** Write (once) the peers' input files: entity and relation CSVs for Kùzu, N-Triples for Oxigraph. */
export async function ensurePeerFiles(
  graph: CachedGraph,
): Promise<{ nodesCsv: string; relsCsv: string; ntriples: string }> {
  const out = {
    nodesCsv: join(graph.dir, "entities.csv"),
    relsCsv: join(graph.dir, "relations.csv"),
    ntriples: join(graph.dir, "graph.nt"),
  };
  if (existsSync(out.nodesCsv) && existsSync(out.relsCsv) && existsSync(out.ntriples)) return out;
  const s = readSnapshot(graph.snapshot);
  const c = s.columns;
  const write = async (file: string, lines: (emit: (line: string) => void) => void): Promise<void> => {
    const stream = createWriteStream(`${file}.tmp`);
    let chunk: string[] = [];
    lines((line) => {
      chunk.push(line);
      if (chunk.length >= 10_000) {
        stream.write(chunk.join(""));
        chunk = [];
      }
    });
    stream.write(chunk.join(""));
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    renameSync(`${file}.tmp`, file);
  };
  const csv = (text: string): string => `"${text.replaceAll('"', '""')}"`;
  await write(out.nodesCsv, (emit) => {
    for (let i = 0; i < s.nodeCount; i++)
      emit(`${i},${csv(c.nodeId.get(i))},${s.entityType(i)},${csv(c.nodeName.get(i))}\n`);
  });
  await write(out.relsCsv, (emit) => {
    for (let j = 0; j < s.edgeCount; j++)
      emit(`${c.edgeSource[j]},${c.edgeTarget[j]},${RELATION_TYPE_IDS[c.edgeType[j]!]},${j}\n`);
  });
  await write(out.ntriples, (emit) => {
    for (let i = 0; i < s.nodeCount; i++)
      emit(
        `<urn:e:${i}> <urn:p:type> "${s.entityType(i)}" .\n<urn:e:${i}> <urn:p:name> ${JSON.stringify(c.nodeName.get(i))} .\n`,
      );
    for (let j = 0; j < s.edgeCount; j++)
      emit(
        `<urn:e:${c.edgeSource[j]}> <urn:r:${RELATION_TYPE_IDS[c.edgeType[j]!]}> <urn:e:${c.edgeTarget[j]}> .\n`,
      );
  });
  return out;
}

/** A short hash of the generator's and the snapshot format's sources. */
function sourceHash(): string {
  const hash = createHash("sha1");
  for (const dir of ["graph-data/src/synth", "graph-data/src/snapshot"]) {
    for (const file of readdirSync(join(ROOT, dir)).sort())
      hash.update(file).update(readFileSync(join(ROOT, dir, file)));
  }
  return hash.digest("hex").slice(0, 8);
}
