/**
 * Oxigraph (SPARQL, in-memory, WebAssembly) on the same graph as N-Triples: the entities tied to
 * one zone via property paths — members over membership relations, counterparties one step out —
 * timed count-only (COUNT) and with results (names). Prints one PeerReport line.
 *   tsx bench/peers/oxigraph-bench.ts <graph.nt> <zoneIndex> <runs>
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { INBOUND_COUNTERPARTY, MEMBERSHIP, median, type PeerReport } from "./tied-peer-spec.ts";

interface Store {
  load(data: string, options: { format: string }): void;
  query(q: string): unknown;
}
const oxigraph = createRequire(import.meta.url)("oxigraph") as { Store: new () => Store };

const [ntFile, zoneArg, runsArg] = process.argv.slice(2);
if (ntFile === undefined || zoneArg === undefined)
  throw new Error("usage: oxigraph-bench <graph.nt> <zoneIndex> [runs]");
const runs = Number(runsArg ?? 3);
const t0 = performance.now();
const store = new oxigraph.Store();
store.load(readFileSync(ntFile, "utf8"), { format: "application/n-triples" });
const loadMs = performance.now() - t0;

const z = `<urn:e:${zoneArg}>`;
const path = MEMBERSHIP.map((t) => `<urn:r:${t}>`).join("|");
const inbound = INBOUND_COUNTERPARTY.map((t) => `<urn:r:${t}>`).join(", ");
const members = `?m (${path})+ ${z} . ?m <urn:p:type> ?mt . FILTER(?mt != "REGION")`;
// Members are bound first (a sub-select), so each step out starts from a known entity; members are
// taken away once with MINUS rather than tested per candidate.
const memberOrZone = `{ SELECT DISTINCT ?m WHERE { { ?m (${path})+ ${z} } UNION { BIND(${z} AS ?m) } } }`;
const counterparties = `${memberOrZone}
  { ?m ?r ?c . FILTER(STRSTARTS(STR(?r), "urn:r:")) } UNION { ?c ?q ?m . FILTER(?q IN (${inbound})) }
  ?c <urn:p:type> ?ct . FILTER(?ct != "ZONE" && ?ct != "REGION" && ?c != ${z})
  MINUS { ?c (${path})+ ${z} }`;
const countQueries = [
  `SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ${members} }`,
  `SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ${counterparties} }`,
];
const resultQueries = [
  `SELECT DISTINCT ?m ?name WHERE { ${members} ?m <urn:p:name> ?name }`,
  `SELECT DISTINCT ?c ?name WHERE { ${counterparties} ?c <urn:p:name> ?name }`,
];

const asNumber = (rows: unknown): number => {
  const first = (rows as Map<string, { value: string }>[])[0];
  return Number(first?.get("n")?.value ?? Number.NaN);
};
const time = (fn: () => number): { ms: number; count: number } => {
  let count = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    count = fn();
    samples.push(performance.now() - t);
  }
  return { ms: median(samples), count };
};
const countOnly = time(() => countQueries.reduce((sum, q) => sum + asNumber(store.query(q)), 0));
const withResults = time(() =>
  resultQueries.reduce((sum, q) => sum + (store.query(q) as unknown[]).length, 0),
);
const report: PeerReport = {
  peer: "oxigraph",
  loadMs,
  countOnlyMs: countOnly.ms,
  withResultsMs: withResults.ms,
  count: countOnly.count,
  runs,
};
console.log(JSON.stringify(report));
