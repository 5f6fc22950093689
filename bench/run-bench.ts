/**
 * runBench: every figure of issue #5 on one synthetic graph, each beside its baseline or peer
 * measured in the same run — start-up, tiedToZone vs a plain CSR walk (and graphology), HTTP vs a
 * raw node:http server, search p50 vs a scan, RSS, and Kùzu / Oxigraph on the same question. It
 * measures, then turns the measurements into rows with the table of row specs (row-specs.ts).
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { readSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import type { PresetName } from "@zonegraph/graph-data/synth/presets";
import { Rng } from "@zonegraph/graph-data/synth/rng";
import { normalize } from "@zonegraph/server/graph/search-index";
import { tieAt, tiedResult } from "@zonegraph/server/graph/tied-to-zone";
import { ensureGraph, ensurePeerFiles } from "./graph-cache.ts";
import { httpBench } from "./http-bench.ts";
import { timeIt } from "./measure.ts";
import { analystBench } from "./analyst-bench.ts";
import { measureIngest } from "@zonegraph/graph-data/scripts/ingest-bench";
import { publishBench } from "./publish-bench.ts";
import { ensurePeers, runPeer } from "./peer-bench.ts";
import type { Row } from "./report-table.ts";
import { rowsOf, type Measurements } from "./row-specs.ts";
import type { StartupMode } from "./startup-child.ts";
import { servedContext } from "./served-context.ts";
import { serverStartup, type ServerStartup } from "./server-startup.ts";
import { CsrTied, graphologyTied } from "./tied-baselines.ts";

/** Options of a benchmark run. */
export interface BenchOptions {
  preset: PresetName;
  seed: number;
  /** Run Kùzu and Oxigraph (installs them on first use). */
  peers: boolean;
  /** Seconds of autocannon load per server. */
  httpSeconds: number;
  /** Timed rounds of the proposer (default 15; the smoke test runs fewer). */
  ingestRounds?: number;
  log: (line: string) => void;
}

/** A finished run: the rows of the table and what it ran on. */
export interface BenchResult {
  date: string;
  preset: PresetName;
  seed: number;
  graph: { entities: number; relations: number; zone: { id: string; name: string; tied: number } };
  machine: { cpu: string; cores: number; memoryGb: number; node: string; loadBefore: number[] };
  rows: Row[];
  checks: Record<string, boolean>;
}

/** Run every measurement and return the rows (peers only when `options.peers`). */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  const machine = {
    cpu: cpus()[0]?.model ?? "?",
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    loadBefore: loadavg().map((x) => Math.round(x * 100) / 100),
  };
  const graphFiles = ensureGraph(options.preset, options.seed, log);
  const checks: Record<string, boolean> = {};

  // (a) start-up, each in a fresh process.
  const startup = (
    mode: StartupMode,
    file: string,
  ): { total: number; rss: number; steps: Record<string, number> } => {
    log(`start-up: ${mode}…`);
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", fileURLToPath(new URL("startup-child.ts", import.meta.url)), mode, file],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    const line = run.stdout.trim().split("\n").at(-1) ?? "";
    if (run.status !== 0 || line === "")
      throw new Error(`bench/run-bench: start-up child ${mode} failed: ${run.stderr.slice(-2000)}`);
    return JSON.parse(line) as { total: number; rss: number; steps: Record<string, number> };
  };
  const json = startup("json-import", graphFiles.json);
  const read = startup("snapshot-read", graphFiles.snapshot);
  const direct = startup("served-context", graphFiles.snapshot);
  // The real thing, three times (median): spawn the server as `pnpm start` does, wait for /healthz 200.
  const starts: ServerStartup[] = [];
  for (let k = 0; k < 3; k++) {
    log(`start-up: the server (server/dist/main.mjs), run ${k + 1} of 3…`);
    starts.push(await serverStartup(graphFiles.snapshot));
  }
  const middle = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const served = {
    toHealthy: middle(starts.map((s) => s.toHealthy)),
    loadToHealthy: middle(starts.map((s) => s.loadToHealthy)),
    rss: middle(starts.map((s) => s.rss)),
    rssAtHealthy: middle(starts.map((s) => s.rssAtHealthy)),
    overviewMs: middle(starts.map((s) => s.overviewMs)),
  };
  const startupFigures: Measurements["startup"] = {
    json,
    read,
    direct,
    served: {
      ...served,
      runs: {
        toHealthy: starts.map((s) => s.toHealthy),
        loadToHealthy: starts.map((s) => s.loadToHealthy),
      },
    },
  };

  // (b) tiedToZone on the median zone (by tied-set size): server vs plain CSR vs graphology.
  log("tiedToZone: building the store and baselines…");
  const snapshot = readSnapshot(graphFiles.snapshot);
  const csr = new CsrTied(snapshot);
  const zones: { index: number; count: number }[] = [];
  for (let i = 0; i < snapshot.nodeCount; i++)
    if (snapshot.entityType(i) === "ZONE") zones.push({ index: i, count: csr.tied(i, 4, 0).count });
  zones.sort((a, b) => a.count - b.count || a.index - b.index);
  const median = zones[Math.floor(zones.length / 2)]!;
  const largest = zones[zones.length - 1]!;
  const zoneId = snapshot.columns.nodeId.get(median.index);
  const context = await servedContext(graphFiles.snapshot);
  const store = context.store;
  const graph = snapshot.toGraph();
  // What the tiedToZone resolver computes: every tie sorted, paths built for the page only.
  const serverPage = (zone: number) => {
    // The walk's scratch arrays are the tied cache's, as the server's walks use them.
    const result = tiedResult(store, zone, 4, context.tied.scratch);
    const page = [];
    for (let s = 0; s < Math.min(100, result.entities.length); s++) page.push(tieAt(result, s));
    return { count: result.entities.length, page };
  };
  const server = (zone: number): { count: number; page: number } => {
    const answer = serverPage(zone);
    return { count: answer.count, page: answer.page.length };
  };
  const serverAnswer = serverPage(median.index);
  const serverTies = { length: serverAnswer.count };
  const csrAnswer = csr.tied(median.index, 4, 100);
  const graphologyAnswer = graphologyTied(graph, zoneId, 4, 100);
  checks["tied: server count = CSR count"] = serverTies.length === csrAnswer.count;
  checks["tied: server page = CSR page (entities and paths)"] =
    JSON.stringify(serverAnswer.page.map((t) => [t.entity, t.hops, t.path])) ===
    JSON.stringify(csrAnswer.page.map((t) => [t.entity, t.hops, t.path]));
  checks["tied: graphology count = CSR count"] = graphologyAnswer.count === csrAnswer.count;
  const timed = (zone: number) => ({
    server: timeIt(() => server(zone), { minMs: 300 }),
    csr: timeIt(() => csr.tied(zone, 4, 100), { minMs: 300 }),
    graphology: timeIt(() => graphologyTied(graph, snapshot.columns.nodeId.get(zone), 4, 100), {
      minMs: 300,
      minRuns: 3,
    }),
  });
  const mid = timed(median.index);
  const big = timed(largest.index);
  const tiedFigures: Measurements["tied"] = {
    median: { count: median.count, ...mid },
    largest: { count: largest.count, server: big.server, csr: big.csr },
  };

  // (d) search p50 over all entities: the server's index vs a scan of every name and alias.
  log("search…");
  const search = context.search;
  const rng = new Rng(options.seed + 1);
  const queries: string[] = [];
  for (let k = 0; k < 200; k++) {
    const i = rng.int(store.entityCount);
    const name = store.entityName(i);
    const pick = k % 4;
    queries.push(
      pick === 0
        ? name
        : pick === 1
          ? name.slice(0, 2)
          : pick === 2
            ? (store.entityAliases(i)[0] ?? name.slice(0, 3))
            : (store.entityNameEn(i).split(" ")[0] ?? "").toLowerCase(),
    );
  }
  const keys = Array.from({ length: store.entityCount }, (_, i) =>
    [store.entityName(i), ...store.entityAliases(i), store.entityNameEn(i)].map(normalize),
  );
  const perQuery = (fn: (q: string) => unknown): number => {
    const samples: number[] = [];
    for (const q of queries) fn(q);
    for (const q of queries) {
      const t = performance.now();
      fn(q);
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  };
  const searchP50 = perQuery((q) => search.search(q, 10));
  const scanP50 = perQuery((q) => {
    const n = normalize(q);
    const hits: number[] = [];
    for (let i = 0; i < keys.length && hits.length < 10_000; i++)
      if (keys[i]!.some((k) => k.includes(n))) hits.push(i);
    return hits;
  });
  const searchFigures: Measurements["search"] = { entities: store.entityCount, p50: searchP50, scanP50 };

  // (e) Analyst queries (issue 14): filter, aggregate by zone, sort by a metric, against plain scans.
  log("analyst queries…");
  const analyst = analystBench(context);
  for (const [name, f] of Object.entries({
    filter: analyst.filter,
    aggregate: analyst.aggregate,
    sort: analyst.sort,
  }))
    checks[`analyst: ${name} answers as the plain scan`] = f.same;

  // (f) Publish → visible (issue 12), on the corpus folder and a generated folder of 1,000 articles.
  const publish = await publishBench(log);
  checks["publish: no read failed during a publish"] = publish.corpus.failed + publish.generated.failed === 0;

  // (g) The proposer (issue 11) on a long text against jieba tagging it, and its warm-up.
  log("proposer…");
  const ingest = measureIngest(10, options.ingestRounds ?? 15, options.ingestRounds ? 1 : 3);

  // (c) HTTP throughput of the same tiedToZone page.
  log(`HTTP: ${options.httpSeconds} s per server…`);
  const http = await httpBench(graphFiles.snapshot, zoneId, options.httpSeconds);
  checks["http: every server answered every request with 200"] = [
    http.warm,
    http.uncached,
    http.yoga,
    http.raw,
    http.handwritten,
    http.uncachedCompressed,
    http.warmCompressed,
  ].every((f) => f.errors === 0 && f.non2xx === 0);
  checks["http: warm answers are response-cache hits with the app's bytes"] = http.warmHit;
  checks["http: uncached answers come from the fast path with the app's bytes"] = http.fastPath;
  const kb = Math.round(http.bytes / 1024);
  const page = `HTTP tied page of 100 with paths (${kb} KB)`;
  const httpFigures: Measurements["http"] = { page, ...http };

  // (f) peers on the same question, same zone.
  let peers: Measurements["peers"] = null;
  if (options.peers) {
    ensurePeers(log);
    const files = await ensurePeerFiles(graphFiles);
    log("peers: Kùzu…");
    const kuzu = await runPeer("kuzu-bench.ts", [
      files.nodesCsv,
      files.relsCsv,
      `${graphFiles.dir}/kuzu-db`,
      String(median.index),
      "5",
    ]);
    log("peers: Oxigraph…");
    const oxigraph = await runPeer("oxigraph-bench.ts", [files.ntriples, String(median.index), "3"]);
    checks["peers: Kùzu count = ZoneGraph count"] = kuzu.count === serverTies.length;
    checks["peers: Oxigraph count = ZoneGraph count"] = oxigraph.count === serverTies.length;
    log(
      `peers: counts — ZoneGraph ${serverTies.length}, Kùzu ${kuzu.count}${kuzu.error ? ` (${kuzu.error})` : ""}, Oxigraph ${oxigraph.count}${oxigraph.error ? ` (${oxigraph.error})` : ""}`,
    );
    peers = { kuzu, oxigraph };
  }

  return {
    date: new Date().toISOString(),
    preset: options.preset,
    seed: options.seed,
    graph: {
      entities: snapshot.nodeCount,
      relations: snapshot.edgeCount,
      zone: { id: zoneId, name: snapshot.columns.nodeName.get(median.index), tied: median.count },
    },
    machine,
    rows: rowsOf({
      startup: startupFigures,
      tied: tiedFigures,
      search: searchFigures,
      http: httpFigures,
      peers,
      analyst,
      publish,
      ingest,
    }),
    checks,
  };
}
