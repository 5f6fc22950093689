// Same request, same answer: generated GraphQL POSTs (documents, variables, operation names and
// bodies, bad ones included: "", null, missing, NUL, unknown names, wrong variable types, extra
// keys, extensions) go to the full front (fast path and response cache on, each request sent
// twice so the fast path has learned it) and to yoga alone (both off, another app). Status,
// headers and bytes must be the same.
import { describe, expect, it } from "vitest";
import { createServedApp } from "../src/app/create-app.ts";
import { createRequestHandler, type HandlerOptions } from "../src/front/request-handler.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";
import { comparable, listenLocal, type Answer } from "./front-answers.ts";

async function serve(options: HandlerOptions) {
  const served = createServedApp(twoZoneGraph(), {
    webDist: "/nonexistent",
    corsOrigins: ["https://a.example"],
  });
  const base = await listenLocal(createRequestHandler(served, options));
  return async (body: string, headers: Record<string, string>): Promise<Answer> => {
    const r = await fetch(`${base}/graphql`, { method: "POST", headers, body });
    return comparable({ status: r.status, headers: Object.fromEntries(r.headers), body: await r.text() });
  };
}

const front = await serve({ maxBytes: 1 << 20, fastPath: true });
const yoga = await serve({ maxBytes: 0, fastPath: false });

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const DOCUMENTS = [
  "{ stats { entityCount relationCount } }",
  "query E($id: ID!) { entity(id: $id) { id name type } }",
  "query T($zone: ID!, $first: Int) { tiedToZone(zoneId: $zone, first: $first) { totalCount edges { node { hops entity { name } } } } }",
  "query S($q: String!) { search(query: $q, first: 3) { matched entity { name } } }",
  "query A { stats { entityCount } } query B { zones { id name } }",
  "query A($id: ID!) { entity(id: $id) { name } } query B { stats { relationCount } }",
  'fragment N on Entity { id name } query F($id: ID!) { a: entity(id: $id) { ...N } b: entity(id: "zone-b") { ...N } }',
  "{ __typename stats { entityCount } }",
  "{ nope }",
  "{ stats { entityCount }",
];
const VARIABLES: readonly (Record<string, unknown> | null | string | undefined)[] = [
  undefined,
  null,
  {},
  { id: "zone-a", zone: "zone-a", first: 2, q: "甲" },
  { id: "甲科技", zone: "zone-b", first: 1, q: "zone" },
  { id: 7, zone: "zone-a", first: "two", q: 3 },
  { id: "zone-a", zone: "no-such-zone", first: 5000, q: "" },
  { id: { x: 1 }, zone: ["zone-a"], first: 2.5, q: null },
  { id: "zone-a", zone: "zone-a", first: 1, q: "a", extra: "unused" },
  "not an object",
];
const OPERATION_NAMES: readonly (string | null | undefined)[] = [
  undefined,
  null,
  "",
  "A",
  "B",
  "E",
  "A\u0000B",
  "A\u0000",
  "\u0000",
  "Nope",
];
const EXTRAS: readonly Record<string, unknown>[] = [
  {},
  {},
  {},
  { extensions: {} },
  { extensions: { a: 1 } },
  { foo: 1 },
];
const HEADERS: readonly Record<string, string>[] = [
  { "content-type": "application/json" },
  { "content-type": "application/json", origin: "https://a.example" },
  { "content-type": "application/json", origin: "https://evil.example" },
  { "content-type": "application/json", accept: "application/graphql-response+json" },
  { "content-type": "application/json; charset=utf-8", accept: "application/json" },
];

/** The JSON body of one generated request. */
function body(next: () => number): string {
  const request: Record<string, unknown> = { query: pick(next, DOCUMENTS) };
  const variables = pick(next, VARIABLES);
  if (variables !== undefined) request["variables"] = variables;
  const operationName = pick(next, OPERATION_NAMES);
  if (operationName !== undefined) request["operationName"] = operationName;
  return JSON.stringify({ ...request, ...pick(next, EXTRAS) });
}

async function same(text: string, headers: Record<string, string>): Promise<void> {
  const alone = await yoga(text, headers);
  for (let round = 0; round < 2; round++)
    expect(await front(text, headers), `round ${round}: ${text} ${JSON.stringify(headers)}`).toEqual(alone);
}

describe("the front answers as yoga alone", () => {
  it('refuses operationName "" and NUL names even once the document is learned unnamed', async () => {
    const query = "{ stats { entityCount } }";
    const headers = { "content-type": "application/json" };
    await same(JSON.stringify({ query }), headers);
    await same(JSON.stringify({ query, operationName: "" }), headers);
    const named = "query A { stats { entityCount } } query B { zones { id } }";
    await same(JSON.stringify({ query: named, operationName: "A" }), headers);
    await same(JSON.stringify({ query: named, operationName: "A\u0000" }), headers);
    await same(JSON.stringify({ query: named, operationName: "\u0000" }), headers);
  });

  it("gives the same status, headers and bytes for 400 generated requests", async () => {
    const next = random(15);
    for (let i = 0; i < 400; i++) await same(body(next), pick(next, HEADERS));
  });
});
