/**
 * The rows of `pnpm bench` as a table: each spec says how to read one figure, its baseline and its
 * target from the run's measurements; run-bench.ts measures once and turns every spec into a row
 * in one loop (specs whose measurement was not taken, e.g. peers, are skipped).
 */
import type { HttpFigure } from "./http-bench.ts";
import { pairedRatio } from "./http-bench.ts";
import type { Row } from "./report-table.ts";
import type { Timing } from "./measure.ts";
import type { AnalystFigure, AnalystFigures } from "./analyst-bench.ts";
import type { IngestFigures } from "@zonegraph/graph-data/scripts/ingest-bench";
import { INGEST_ROW_SPECS } from "./ingest-rows.ts";
import { PUBLISH_ROW_SPECS, type PublishFigures } from "./publish-bench.ts";

/** A start-up child's answer: total ms, RSS and its steps. */
export interface StartupFigure {
  total: number;
  rss: number;
  steps: Record<string, number>;
}

/** The served server's start-up, median of its runs, with each run. */
export interface ServedStartup {
  toHealthy: number;
  loadToHealthy: number;
  rss: number;
  rssAtHealthy: number;
  overviewMs: number;
  runs: { toHealthy: number[]; loadToHealthy: number[] };
}

/** A peer's timings on the median zone. */
export interface PeerFigure {
  countOnlyMs: number;
  withResultsMs: number;
}

/** Everything one run measures. */
export interface Measurements {
  startup: { json: StartupFigure; read: StartupFigure; direct: StartupFigure; served: ServedStartup };
  tied: {
    median: { count: number; server: Timing; csr: Timing; graphology: Timing };
    largest: { count: number; server: Timing; csr: Timing };
  };
  search: { entities: number; p50: number; scanP50: number };
  http: {
    page: string;
    warm: HttpFigure;
    uncached: HttpFigure;
    yoga: HttpFigure;
    raw: HttpFigure;
    handwritten: HttpFigure;
    /** The uncached and warm servers asked with a browser's Accept-Encoding (issue 10; absent before). */
    uncachedCompressed?: HttpFigure;
    warmCompressed?: HttpFigure;
    compressedBytes?: number;
  };
  peers: { kuzu: PeerFigure; oxigraph: PeerFigure } | null;
  /** The analyst queries of issue 14 (absent from results written before them). */
  analyst?: AnalystFigures;
  /** Publish → visible, and reads during the swap (issue 12; absent from results written before it). */
  publish?: PublishFigures;
  /** The proposer against jieba (issue 11; absent from results written before it). */
  ingest?: IngestFigures;
}

/** How to read one row from the measurements (null: not measured in this run). */
export type RowSpec = (m: Measurements) => Row | null;

const MB = 1024 * 1024;
const steps = (s: Record<string, number>): string =>
  Object.entries(s)
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(", ");
const runs = (xs: number[]): string => `runs: ${xs.map((x) => Math.round(x)).join(", ")} ms`;
const JSON_IMPORT = "graphology JSON parse+import";

/** A start-up row in ms against the JSON import (ratio: JSON ÷ this). */
const startupRow = (
  id: string,
  figure: string,
  value: (m: Measurements) => number,
  target: number | null,
  note: (m: Measurements) => string,
): RowSpec => {
  return (m) => {
    const v = value(m);
    const json = m.startup.json.total;
    return {
      id,
      figure,
      unit: "ms",
      value: v,
      baselineLabel: JSON_IMPORT,
      baseline: json,
      ratioLabel: "JSON ÷ this",
      ratio: json / v,
      target: target === null ? "" : `≤ ${target} ms`,
      pass: target === null ? null : v <= target,
      note: note(m),
    };
  };
};

/** A tiedToZone row in ms against the plain CSR walk (ratio: this ÷ CSR). */
const tiedRow = (
  id: string,
  figure: (m: Measurements) => string,
  pick: (m: Measurements) => { value: Timing; csr: Timing },
  maxRatio: number | null,
): RowSpec => {
  return (m) => {
    const { value, csr } = pick(m);
    const ratio = value.p50 / csr.p50;
    return {
      id,
      figure: figure(m),
      unit: "ms",
      value: value.p50,
      baselineLabel: "plain CSR walk",
      baseline: csr.p50,
      ratioLabel: "this ÷ CSR",
      ratio,
      target: maxRatio === null ? "" : `≤ ${maxRatio}×`,
      pass: maxRatio === null ? null : ratio <= maxRatio,
    };
  };
};

/**
 * The page compressed (brotli, a browser's Accept-Encoding) against the same server sending it as
 * is, interleaved in the same run: what compression costs per request, and the bytes it saves.
 */
const compressionRow =
  (server: "uncached" | "warm"): RowSpec =>
  (m) => {
    const a = server === "uncached" ? m.http.uncachedCompressed : m.http.warmCompressed;
    const b = m.http[server];
    if (a === undefined || m.http.compressedBytes === undefined) return null;
    const each = a.rounds.map((x, r) => x / b.rounds[r]!);
    return {
      id: `http.tied-page.${server}-compressed`,
      figure: `${m.http.page}, ${server === "uncached" ? "uncached (fast path)" : "warm (response cache)"}, brotli (${(m.http.compressedBytes / 1024).toFixed(1)} KB sent)`,
      unit: "req/s",
      value: a.requestsPerSecond,
      baselineLabel: `the same server, the page uncompressed`,
      baseline: b.requestsPerSecond,
      ratioLabel: "this ÷ baseline",
      ratio: pairedRatio(a, b),
      target: "",
      pass: null,
      note: `Accept-Encoding: gzip, deflate, br; ${server === "warm" ? "the cache keeps the compressed variant" : "compressed per request (brotli 4)"}; median of ${each.length} interleaved rounds, each ${each.map((x) => x.toFixed(2)).join(" / ")}`,
    };
  };

const RAW = "raw node:http returning the app's bytes";
const HANDWRITTEN = "hand-written node:http endpoint, same JSON computed per request";

/** An HTTP row in req/s against a baseline server, as the paired ratio of interleaved rounds. */
const httpRow = (
  id: string,
  figure: (page: string) => string,
  value: "warm" | "uncached" | "yoga" | "raw" | "handwritten",
  baseline: "raw" | "handwritten",
  minRatio: number | null,
  note: string,
): RowSpec => {
  return (m) => {
    const a = m.http[value];
    const b = m.http[baseline];
    const ratio = pairedRatio(a, b);
    const each = a.rounds.map((x, r) => x / b.rounds[r]!);
    const spread =
      each.length < 2
        ? ""
        : `; median of ${each.length} interleaved rounds, each ${each.map((x) => x.toFixed(2)).join(" / ")}`;
    return {
      id,
      figure: figure(m.http.page),
      unit: "req/s",
      value: a.requestsPerSecond,
      baselineLabel: baseline === "raw" ? RAW : HANDWRITTEN,
      baseline: b.requestsPerSecond,
      ratioLabel: "this ÷ baseline",
      ratio,
      target: minRatio === null ? "" : `≥ ${minRatio}×`,
      pass: minRatio === null ? null : ratio >= minRatio,
      note: note + spread,
    };
  };
};

/** A peer row: ZoneGraph's median-zone time against a peer's (ratio: peer ÷ this, target ≥ 100×). */
const peerRow = (peer: "kuzu" | "oxigraph", label: string, results: boolean): RowSpec => {
  return (m) => {
    if (m.peers === null) return null;
    const zg = m.tied.median.server.p50;
    const ms = results ? m.peers[peer].withResultsMs : m.peers[peer].countOnlyMs;
    return {
      id: `peer.${peer}.${results ? "results" : "count"}`,
      figure: `tiedToZone median zone vs ${label}`,
      unit: "ms",
      value: zg,
      baselineLabel: label,
      baseline: ms,
      ratioLabel: "peer ÷ this",
      ratio: ms / zg,
      target: "≥ 100×",
      pass: ms / zg >= 100,
    };
  };
};

/** An analyst-query row in ms against a plain scan of the same question (ratio: scan ÷ this). */
const analystRow = (id: string, pick: (a: AnalystFigures) => AnalystFigure, targetMs: number): RowSpec => {
  return (m) => {
    if (!m.analyst) return null;
    const f = pick(m.analyst);
    return {
      id,
      figure: f.label,
      unit: "ms",
      value: f.server.p50,
      baselineLabel: "plain scan of the same question (records decoded, no index)",
      baseline: f.scan.p50,
      ratioLabel: "scan ÷ this",
      ratio: f.scan.p50 / f.server.p50,
      target: `≤ ${targetMs} ms`,
      pass: f.same && f.server.p50 <= targetMs,
      note: f.same ? "same answer as the scan" : "ANSWER DIFFERS FROM THE SCAN",
    };
  };
};

/** Every row of the benchmark, in table order. */
export const ROW_SPECS: readonly RowSpec[] = [
  startupRow(
    "startup.snapshot-read",
    "start-up: read snapshot + id map",
    (m) => m.startup.read.total,
    null,
    (m) => steps(m.startup.read.steps),
  ),
  startupRow(
    "startup.server-load",
    "start-up: server load → healthy (main.ts: read, store, stored indexes)",
    (m) => m.startup.served.loadToHealthy,
    3000,
    (m) => runs(m.startup.served.runs.loadToHealthy),
  ),
  startupRow(
    "startup.server-process",
    "start-up: server process start → /healthz 200 (bundle: module loading included)",
    (m) => m.startup.served.toHealthy,
    3000,
    (m) => runs(m.startup.served.runs.toHealthy),
  ),
  startupRow(
    "startup.served-context",
    "start-up: loadServedGraph + buildGraphState in a fresh process",
    (m) => m.startup.direct.total,
    null,
    (m) => steps(m.startup.direct.steps),
  ),
  (m) => {
    const { served, json } = m.startup;
    return {
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
    };
  },
  tiedRow(
    "tied.median.server",
    (m) => `tiedToZone median zone (${m.tied.median.count} tied): server, count + page of 100`,
    (m) => ({ value: m.tied.median.server, csr: m.tied.median.csr }),
    2,
  ),
  tiedRow(
    "tied.median.graphology",
    () => "tiedToZone median zone: graphology neighbour iteration",
    (m) => ({ value: m.tied.median.graphology, csr: m.tied.median.csr }),
    null,
  ),
  tiedRow(
    "tied.largest.server",
    (m) => `tiedToZone largest zone (${m.tied.largest.count} tied): server`,
    (m) => ({ value: m.tied.largest.server, csr: m.tied.largest.csr }),
    null,
  ),
  (m) => ({
    id: "search.p50",
    figure: `search p50 over ${m.search.entities} entities (200 queries)`,
    unit: "ms",
    value: m.search.p50,
    baselineLabel: "scan of names/aliases",
    baseline: m.search.scanP50,
    ratioLabel: "scan ÷ this",
    ratio: m.search.scanP50 / m.search.p50,
    target: "≤ 1 ms",
    pass: m.search.p50 <= 1,
  }),
  analystRow("analyst.filter", (a) => a.filter, 2),
  analystRow("analyst.aggregate-by-zone", (a) => a.aggregate, 100),
  analystRow("analyst.sort-by-metric", (a) => a.sort, 20),
  (m) => {
    if (!m.analyst) return null;
    const { buildMs, totalMs, memoryMb } = m.analyst.indexes;
    return {
      id: "analyst.indexes",
      figure: "query indexes built on first use (columns, id rank, sorted investment, one metric column)",
      unit: "ms",
      value: totalMs,
      baselineLabel: "start-up: server load → healthy",
      baseline: m.startup.served.loadToHealthy,
      ratioLabel: "this ÷ start-up",
      ratio: totalMs / m.startup.served.loadToHealthy,
      target: "",
      pass: null,
      note: `${Math.round(memoryMb)} MB held; ${steps(buildMs)}`,
    };
  },
  httpRow(
    "http.tied-page.uncached",
    (page) => `${page}, uncached: every request executed (fast path, no response cache)`,
    "uncached",
    "handwritten",
    0.5,
    "ZONEGRAPH_RESPONSE_CACHE_MB=0; the document is learned from yoga's first answer, then runs on graphql-jit from node:http with the complexity budget checked per request",
  ),
  httpRow(
    "http.tied-page.warm",
    (page) => `${page}, warm (response cache, main.ts's default)`,
    "warm",
    "raw",
    0.5,
    "every request the same, answered from the response cache",
  ),
  httpRow(
    "http.tied-page.uncached-vs-raw",
    (page) => `${page}, uncached, against the raw server`,
    "uncached",
    "raw",
    null,
    "the raw server computes nothing: this is the floor of any server that executes the request",
  ),
  httpRow(
    "http.tied-page.yoga",
    (page) => `${page}, yoga only (no fast path, no response cache)`,
    "yoga",
    "handwritten",
    null,
    "ZONEGRAPH_FAST_PATH=0 ZONEGRAPH_RESPONSE_CACHE_MB=0: yoga parses, validates, applies the limits and runs graphql-jit on every request",
  ),
  httpRow(
    "http.tied-page.handwritten",
    (page) => `${page}, the hand-written endpoint`,
    "handwritten",
    "raw",
    null,
    "what computing and serialising the page costs without GraphQL",
  ),
  compressionRow("uncached"),
  compressionRow("warm"),
  peerRow("kuzu", "Kùzu 0.11.3 count only", false),
  peerRow("kuzu", "Kùzu 0.11.3 with results", true),
  peerRow("oxigraph", "Oxigraph count only", false),
  peerRow("oxigraph", "Oxigraph with results", true),
  ...PUBLISH_ROW_SPECS,
  ...INGEST_ROW_SPECS,
];

/** The rows of a run: every spec read from the measurements, in table order. */
export function rowsOf(m: Measurements): Row[] {
  return ROW_SPECS.flatMap((spec) => spec(m) ?? []);
}
