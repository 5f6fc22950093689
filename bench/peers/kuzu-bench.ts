/**
 * Kùzu 0.11.3 (embedded Cypher) on the same graph: COPY FROM the bench's CSVs, then the entities
 * tied to one zone — members over recursive membership relations, counterparties one step out —
 * timed count-only (indices) and with results (id, type, name). Prints one PeerReport line.
 *   tsx bench/peers/kuzu-bench.ts <entities.csv> <relations.csv> <dbDir> <zoneIndex> <runs>
 */
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { INBOUND_COUNTERPARTY, MEMBERSHIP, median, type PeerReport } from "./tied-peer-spec.ts";

interface QueryResult {
  getAll(): Promise<Record<string, unknown>[]>;
}
interface KuzuModule {
  Database: new (path: string) => object;
  Connection: new (db: object, threads?: number) => { query(q: string): Promise<QueryResult> };
}
const kuzu = createRequire(import.meta.url)("kuzu") as KuzuModule;

const [nodesCsv, relsCsv, dbDir, zoneArg, runsArg] = process.argv.slice(2);
if (nodesCsv === undefined || relsCsv === undefined || dbDir === undefined || zoneArg === undefined)
  throw new Error("usage: kuzu-bench <entities.csv> <relations.csv> <dbDir> <zoneIndex> [runs]");
const zone = Number(zoneArg);
const runs = Number(runsArg ?? 5);
rmSync(dbDir, { recursive: true, force: true });
const t0 = performance.now();
// One thread per query: with Kùzu's default (all cores), these recursive queries now and then
// returned too few rows on a busy machine (66 or 67 ties instead of 68, 2 runs in 10); with one
// thread, 10 runs in 10 gave 68, at about the same speed.
const conn = new kuzu.Connection(new kuzu.Database(dbDir), 1);
await conn.query(
  "CREATE NODE TABLE Entity(idx INT64, id STRING, type STRING, name STRING, PRIMARY KEY(idx))",
);
await conn.query("CREATE REL TABLE Rel(FROM Entity TO Entity, type STRING, eidx INT64)");
await conn.query(`COPY Entity FROM '${nodesCsv}' (HEADER=false)`);
await conn.query(`COPY Rel FROM '${relsCsv}' (HEADER=false)`);
const loadMs = performance.now() - t0;

const list = (types: readonly string[]): string => `[${types.map((t) => `'${t}'`).join(",")}]`;
const walk = (hops: number): string =>
  `(m:Entity)-[:Rel*1..${hops} (r, n | WHERE list_contains(${list(MEMBERSHIP)}, r.type) AND n.type <> 'REGION')]->(z:Entity {idx: ${zone}})`;
const columns = (v: string, full: boolean): string =>
  full ? `${v}.idx AS idx, ${v}.id AS id, ${v}.type AS type, ${v}.name AS name` : `${v}.idx AS idx`;
const queries = (full: boolean): string[] => [
  `MATCH ${walk(4)} WHERE m.type <> 'REGION' AND m.idx <> ${zone} RETURN DISTINCT ${columns("m", full)}`,
  `MATCH ${walk(3)} WHERE m.type <> 'REGION' WITH DISTINCT m MATCH (m)-[:Rel]->(c:Entity) WHERE c.type <> 'ZONE' AND c.type <> 'REGION' RETURN DISTINCT ${columns("c", full)}`,
  `MATCH ${walk(3)} WHERE m.type <> 'REGION' WITH DISTINCT m MATCH (m)<-[q:Rel]-(c:Entity) WHERE list_contains(${list(INBOUND_COUNTERPARTY)}, q.type) AND c.type <> 'ZONE' AND c.type <> 'REGION' RETURN DISTINCT ${columns("c", full)}`,
  `MATCH (z:Entity {idx: ${zone}})-[:Rel]->(c:Entity) WHERE c.type <> 'ZONE' AND c.type <> 'REGION' RETURN DISTINCT ${columns("c", full)}`,
];

/** Run the four queries one after the other and combine: members, then counterparties that are not members. */
async function tied(full: boolean): Promise<number> {
  const results: Record<string, unknown>[][] = [];
  for (const q of queries(full)) results.push(await (await conn.query(q)).getAll());
  const [members, ...others] = results;
  const seen = new Set<unknown>((members ?? []).map((row) => row["idx"]));
  const counterparties = new Set<unknown>();
  for (const rows of others)
    for (const row of rows) if (!seen.has(row["idx"]) && row["idx"] !== zone) counterparties.add(row["idx"]);
  return seen.size + counterparties.size;
}

const time = async (full: boolean): Promise<{ ms: number; count: number }> => {
  let count = await tied(full);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    count = await tied(full);
    samples.push(performance.now() - t);
  }
  return { ms: median(samples), count };
};
const countOnly = await time(false);
const withResults = await time(true);
const report: PeerReport = {
  peer: "kuzu",
  loadMs,
  countOnlyMs: countOnly.ms,
  withResultsMs: withResults.ms,
  count: withResults.count,
  runs,
};
console.log(JSON.stringify(report));
