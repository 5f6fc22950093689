/**
 * runBench: every figure of issue #5 on one synthetic graph, each beside its baseline or peer
 * measured in the same run — start-up, tiedToZone vs a plain CSR walk (and graphology), HTTP vs a
 * raw node:http server, search p50 vs a scan, RSS, and Kùzu / Oxigraph on the same question.
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
import { httpBench, pairedRatio, type HttpFigure } from "./http-bench.ts";
import { timeIt } from "./measure.ts";
import { ensurePeers, runPeer } from "./peer-bench.ts";
import type { Row } from "./report-table.ts";
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

const MB = 1024 * 1024;

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
  const rows: Row[] = [];
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
  const steps = (s: Record<string, number>): string =>
    Object.entries(s)
      .map(([k, v]) => `${k} ${Math.round(v)}`)
      .join(", ");
  const faster = (value: number, baseline: number): number => baseline / value;
  const runs = (pick: (s: ServerStartup) => number): string =>
    `runs: ${starts.map((s) => Math.round(pick(s))).join(", ")} ms`;
  rows.push(
    {
      id: "startup.snapshot-read",
      figure: "start-up: read snapshot + id map",
      unit: "ms",
      value: read.total,
      baselineLabel: "graphology JSON parse+import",
      baseline: json.total,
      ratioLabel: "JSON ÷ this",
      ratio: faster(read.total, json.total),
      target: "",
      pass: null,
      note: steps(read.steps),
    },
    {
      id: "startup.server-load",
      figure: "start-up: server load → healthy (main.ts: read, store, stored indexes)",
      unit: "ms",
      value: served.loadToHealthy,
      baselineLabel: "graphology JSON parse+import",
      baseline: json.total,
      ratioLabel: "JSON ÷ this",
      ratio: faster(served.loadToHealthy, json.total),
      target: "≤ 3000 ms",
      pass: served.loadToHealthy <= 3000,
      note: runs((s) => s.loadToHealthy),
    },
    {
      id: "startup.server-process",
      figure: "start-up: server process start → /healthz 200 (bundle: module loading included)",
      unit: "ms",
      value: served.toHealthy,
      baselineLabel: "graphology JSON parse+import",
      baseline: json.total,
      ratioLabel: "JSON ÷ this",
      ratio: faster(served.toHealthy, json.total),
      target: "≤ 3000 ms",
      pass: served.toHealthy <= 3000,
      note: runs((s) => s.toHealthy),
    },
    {
      id: "startup.served-context",
      figure: "start-up: loadServedGraph + buildGraphState in a fresh process",
      unit: "ms",
      value: direct.total,
      baselineLabel: "graphology JSON parse+import",
      baseline: json.total,
      ratioLabel: "JSON ÷ this",
      ratio: faster(direct.total, json.total),
      target: "",
      pass: null,
      note: steps(direct.steps),
    },
    {
      id: "rss.server",
      figure: "RSS of the server once healthy and its zone overview built (main.ts)",
      unit: "MB",
      value: served.rss / MB,
      baselineLabel: "RSS after JSON import",
      baseline: json.rss / MB,
      ratioLabel: "this ÷ JSON",
      ratio: served.rss / json.rss,
      target: "≤ 600 MB",
      pass: served.rss / MB <= 600,
      note: `${Math.round(served.rssAtHealthy / MB)} MB at /healthz 200; the zone overview (built right after) took ${Math.round(served.overviewMs)} ms`,
    },
  );

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
    const result = tiedResult(store, zone, 4);
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
  rows.push(
    {
      id: "tied.median.server",
      figure: `tiedToZone median zone (${median.count} tied): server, count + page of 100`,
      unit: "ms",
      value: mid.server.p50,
      baselineLabel: "plain CSR walk",
      baseline: mid.csr.p50,
      ratioLabel: "this ÷ CSR",
      ratio: mid.server.p50 / mid.csr.p50,
      target: "≤ 2×",
      pass: mid.server.p50 / mid.csr.p50 <= 2,
    },
    {
      id: "tied.median.graphology",
      figure: "tiedToZone median zone: graphology neighbour iteration",
      unit: "ms",
      value: mid.graphology.p50,
      baselineLabel: "plain CSR walk",
      baseline: mid.csr.p50,
      ratioLabel: "this ÷ CSR",
      ratio: mid.graphology.p50 / mid.csr.p50,
      target: "",
      pass: null,
    },
    {
      id: "tied.largest.server",
      figure: `tiedToZone largest zone (${largest.count} tied): server`,
      unit: "ms",
      value: big.server.p50,
      baselineLabel: "plain CSR walk",
      baseline: big.csr.p50,
      ratioLabel: "this ÷ CSR",
      ratio: big.server.p50 / big.csr.p50,
      target: "",
      pass: null,
    },
  );

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
  rows.push({
    id: "search.p50",
    figure: `search p50 over ${store.entityCount} entities (200 queries)`,
    unit: "ms",
    value: searchP50,
    baselineLabel: "scan of names/aliases",
    baseline: scanP50,
    ratioLabel: "scan ÷ this",
    ratio: scanP50 / searchP50,
    target: "≤ 1 ms",
    pass: searchP50 <= 1,
  });

  // (c) HTTP throughput of the same tiedToZone page.
  log(`HTTP: ${options.httpSeconds} s per server…`);
  const http = await httpBench(graphFiles.snapshot, zoneId, options.httpSeconds);
  checks["http: every server answered every request with 200"] = [
    http.warm,
    http.uncached,
    http.yoga,
    http.raw,
    http.handwritten,
  ].every((f) => f.errors === 0 && f.non2xx === 0);
  checks["http: warm answers are response-cache hits with the app's bytes"] = http.warmHit;
  checks["http: uncached answers come from the fast path with the app's bytes"] = http.fastPath;
  const kb = Math.round(http.bytes / 1024);
  const page = `HTTP tied page of 100 with paths (${kb} KB)`;
  const ratio = pairedRatio;
  const spread = (a: HttpFigure, b: HttpFigure): string => {
    if (a.rounds.length < 2) return "";
    const each = a.rounds.map((x, r) => x / b.rounds[r]!);
    return `; median of ${each.length} interleaved rounds, each ${each.map((x) => x.toFixed(2)).join(" / ")}`;
  };
  const row = (
    id: string,
    figure: string,
    value: HttpFigure,
    baselineLabel: string,
    baseline: HttpFigure,
    target: string,
    pass: boolean | null,
    note: string,
  ): Row => ({
    id,
    figure,
    unit: "req/s",
    value: value.requestsPerSecond,
    baselineLabel,
    baseline: baseline.requestsPerSecond,
    ratioLabel: "this ÷ baseline",
    ratio: ratio(value, baseline),
    target,
    pass,
    note: note + spread(value, baseline),
  });
  rows.push(
    row(
      "http.tied-page.uncached",
      `${page}, uncached: every request executed (fast path, no response cache)`,
      http.uncached,
      "hand-written node:http endpoint, same JSON computed per request",
      http.handwritten,
      "≥ 0.5×",
      ratio(http.uncached, http.handwritten) >= 0.5,
      "ZONEGRAPH_RESPONSE_CACHE_MB=0; the document is learned from yoga's first answer, then runs on graphql-jit from node:http with the complexity budget checked per request",
    ),
    row(
      "http.tied-page.warm",
      `${page}, warm (response cache, main.ts's default)`,
      http.warm,
      "raw node:http returning the app's bytes",
      http.raw,
      "≥ 0.5×",
      ratio(http.warm, http.raw) >= 0.5,
      "every request the same, answered from the response cache",
    ),
    row(
      "http.tied-page.uncached-vs-raw",
      `${page}, uncached, against the raw server`,
      http.uncached,
      "raw node:http returning the app's bytes",
      http.raw,
      "",
      null,
      "the raw server computes nothing: this is the floor of any server that executes the request",
    ),
    row(
      "http.tied-page.yoga",
      `${page}, yoga only (no fast path, no response cache)`,
      http.yoga,
      "hand-written node:http endpoint, same JSON computed per request",
      http.handwritten,
      "",
      null,
      "ZONEGRAPH_FAST_PATH=0 ZONEGRAPH_RESPONSE_CACHE_MB=0: yoga parses, validates, applies the limits and runs graphql-jit on every request",
    ),
    row(
      "http.tied-page.handwritten",
      `${page}, the hand-written endpoint`,
      http.handwritten,
      "raw node:http returning the app's bytes",
      http.raw,
      "",
      null,
      "what computing and serialising the page costs without GraphQL",
    ),
  );

  // (f) peers on the same question, same zone.
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
    const zg = mid.server.p50;
    for (const [peer, label, ms] of [
      ["kuzu", "Kùzu 0.11.3 count only", kuzu.countOnlyMs],
      ["kuzu", "Kùzu 0.11.3 with results", kuzu.withResultsMs],
      ["oxigraph", "Oxigraph count only", oxigraph.countOnlyMs],
      ["oxigraph", "Oxigraph with results", oxigraph.withResultsMs],
    ] as const) {
      rows.push({
        id: `peer.${peer}.${label.includes("count") ? "count" : "results"}`,
        figure: `tiedToZone median zone vs ${label}`,
        unit: "ms",
        value: zg,
        baselineLabel: label,
        baseline: ms,
        ratioLabel: "peer ÷ this",
        ratio: ms / zg,
        target: "≥ 100×",
        pass: ms / zg >= 100,
      });
    }
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
    rows,
    checks,
  };
}
