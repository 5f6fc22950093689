// The fast path (front/fast-path.ts via front/request-handler.ts): once yoga has answered a document
// cleanly, later requests for it run on graphql-jit from node:http — and every answer, fast or
// not, is byte for byte what yoga alone gives: data, errors, status and headers (CORS and
// content type included). Errors, budgets, bad variables, introspection and odd bodies go to yoga.
import { describe, expect, it } from "vitest";
import { FastPath, fastPathFromEnv, readGraphQLBody } from "../src/front/fast-path.ts";
import { createRequestHandler, EXEC_HEADER, type HandlerOptions } from "../src/front/request-handler.ts";
import { createJitCache } from "../src/app/jit-cache.ts";
import { createServedApp, type ServedApp } from "../src/app/create-app.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";
import { comparable, listenLocal, type Answer } from "./front-answers.ts";

async function serve(app: ServedApp, options: HandlerOptions) {
  const handler = createRequestHandler(app, options);
  const base = await listenLocal(handler);
  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const r = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: r.status, headers: Object.fromEntries(r.headers), body: await r.text() };
  };
  return { handler, post };
}

const app = createServedApp(twoZoneGraph(), { webDist: "/nonexistent", corsOrigins: ["https://a.example"] });
// The same app behind the fast path (no response cache) and behind yoga alone.
const fast = await serve(app, { maxBytes: 0, fastPath: true });
const yoga = await serve(app, { maxBytes: 0, fastPath: false });

/** Sends `body` to the fast server twice and to yoga alone once; returns the three answers. */
async function ask(body: unknown, headers: Record<string, string> = {}) {
  const first = await fast.post(body, headers);
  const second = await fast.post(body, headers);
  const alone = await yoga.post(body, headers);
  expect(comparable(first)).toEqual(comparable(alone));
  expect(comparable(second)).toEqual(comparable(alone));
  return { first, second, alone };
}

const TIED = `query Tied($zone: ID!, $first: Int) {
  tiedToZone(zoneId: $zone, first: $first) {
    totalCount
    edges { cursor node { role hops entity { id type name __typename } path { id type from { id } to { id } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("fast path", () => {
  it("runs a document yoga answered cleanly on the fast path, with yoga's bytes", async () => {
    const { first, second } = await ask({ query: TIED, variables: { zone: "zone-a", first: 3 } });
    expect(first.headers[EXEC_HEADER]).toBe("yoga");
    expect(second.headers[EXEC_HEADER]).toBe("fast");
    const data = JSON.parse(second.body) as {
      data: { tiedToZone: { totalCount: number; edges: unknown[] } };
    };
    expect(data.data.tiedToZone.edges).toHaveLength(3);
    expect(data.data.tiedToZone.totalCount).toBeGreaterThan(3);
    // Other variables: same plan, other answer, still yoga's bytes.
    const other = await fast.post({ query: TIED, variables: { zone: "zone-b", first: 10 } });
    expect(other.headers[EXEC_HEADER]).toBe("fast");
    expect(comparable(other)).toEqual(
      comparable(await yoga.post({ query: TIED, variables: { zone: "zone-b", first: 10 } })),
    );
    expect(other.body).not.toBe(second.body);
  });

  it("gives yoga's answers for fragments, aliases, nulls, enums and operation names", async () => {
    const doc = `
      fragment Named on Entity { id name __typename ... on Company { aliases } }
      query One($id: ID!) { a: entity(id: $id) { ...Named } b: entity(id: "没有这个") { id } }
      query Two { search(query: "甲", first: 3) { entity { ...Named } } stats { entityCount } }`;
    for (const operationName of ["One", "Two"]) {
      const { second } = await ask({ query: doc, operationName, variables: { id: "甲科技" } });
      expect(second.headers[EXEC_HEADER]).toBe("fast");
    }
    const { second } = await ask({ query: doc, operationName: "One", variables: { id: "甲科技" } });
    expect(JSON.parse(second.body)).toMatchObject({
      data: { a: { name: expect.stringContaining("甲科技") }, b: null },
    });
  });

  it("keeps yoga's CORS and content-type headers per Origin and Accept", async () => {
    const body = { query: TIED, variables: { zone: "zone-a", first: 1 } };
    const allowed = await ask(body, { origin: "https://a.example" });
    expect(allowed.second.headers[EXEC_HEADER]).toBe("fast");
    expect(allowed.second.headers["access-control-allow-origin"]).toBe("https://a.example");
    const foreign = await ask(body, { origin: "https://evil.example" });
    expect(foreign.second.headers["access-control-allow-origin"]).toBeUndefined();
    const graphqlResponse = await ask(body, { accept: "application/graphql-response+json" });
    expect(graphqlResponse.second.headers[EXEC_HEADER]).toBe("fast");
    expect(graphqlResponse.second.headers["content-type"]).toContain("application/graphql-response+json");
  });

  it("sends errors to yoga: masked and coded as yoga codes them", async () => {
    await ask({ query: TIED, variables: { zone: "zone-a", first: 2 } });
    const unknown = await ask({ query: TIED, variables: { zone: "no-such-zone", first: 2 } });
    expect(unknown.second.headers[EXEC_HEADER]).toBe("yoga");
    expect(unknown.second.body).toContain("BAD_USER_INPUT");
    const range = await ask({ query: TIED, variables: { zone: "zone-a", first: 5000 } });
    expect(range.second.headers[EXEC_HEADER]).toBe("yoga");
    expect(range.second.body).toContain("first");
    const badType = await ask({ query: TIED, variables: { zone: "zone-a", first: "many" } });
    expect(badType.second.headers[EXEC_HEADER]).toBe("yoga");
    expect(badType.second.body).toContain("errors");
    const missing = await ask({ query: TIED, variables: {} });
    expect(missing.second.headers[EXEC_HEADER]).toBe("yoga");
  });

  it("checks the complexity budget with each request's variables", async () => {
    // Lists cost what the graph can return: 20 copies of a 3-deep walk (through Company only, so
    // graphql-jit compiles it, see jit-expansion.ts) make 1000 hits cost over the budget.
    const company = (inner: string) => `... on Company { relations { from { ${inner} } } }`;
    const deep = `search(query: "甲", first: $f) { entity { ${company(company(company("id")))} } }`;
    const copies = Array.from({ length: 20 }, (_, i) => `a${i}: ${deep}`).join(" ");
    const nested = `query N($f: Int) { ${copies} }`;
    const small = await ask({ query: nested, variables: { f: 1 } });
    expect(small.second.headers[EXEC_HEADER]).toBe("fast");
    const big = await ask({ query: nested, variables: { f: 1000 } });
    expect(big.second.headers[EXEC_HEADER]).toBe("yoga");
    expect(big.second.body).toContain("COMPLEXITY_LIMIT");
  });

  it("leaves introspection, invalid documents and odd bodies to yoga", async () => {
    const intro = await ask({ query: "{ __schema { queryType { name } } }" });
    expect(intro.second.headers[EXEC_HEADER]).toBe("yoga");
    const invalid = await ask({ query: "{ nope }" });
    expect(invalid.second.headers[EXEC_HEADER]).toBe("yoga");
    expect(invalid.second.body).toContain("errors");
    const withExtensions = await ask({ query: "{ stats { entityCount } }", extensions: { tracing: true } });
    expect(withExtensions.second.headers[EXEC_HEADER]).toBe("yoga");
    const notJson = await ask("{not json");
    expect(notJson.second.status).toBe(400);
    const batch = await ask([{ query: "{ stats { entityCount } }" }]);
    expect(batch.second.headers[EXEC_HEADER]).toBe("yoga");
  });

  it("answers 503 while the graph loads and learns nothing then", async () => {
    let resolve: (g: ReturnType<typeof twoZoneGraph>) => void = () => undefined;
    const loading = createServedApp(new Promise<ReturnType<typeof twoZoneGraph>>((r) => (resolve = r)), {
      webDist: "/nonexistent",
    });
    const { post, handler } = await serve(loading, { maxBytes: 0, fastPath: true });
    const body = { query: "{ stats { entityCount } }" };
    expect((await post(body)).status).toBe(503);
    expect(handler.fastPath?.size).toBe(0);
    resolve(twoZoneGraph());
    await new Promise((r) => setTimeout(r, 0));
    expect((await post(body)).headers[EXEC_HEADER]).toBe("yoga");
    const again = await post(body);
    expect(again.headers[EXEC_HEADER]).toBe("fast");
    expect(JSON.parse(again.body)).toEqual({ data: { stats: { entityCount: 20 } } });
  });
});

describe("fast path parts", () => {
  it("reads only plain {query, variables, operationName} bodies", () => {
    const read = (v: unknown) => readGraphQLBody(Buffer.from(typeof v === "string" ? v : JSON.stringify(v)));
    expect(read({ query: "{ a }" })).toEqual({ query: "{ a }", variables: {}, operationName: null });
    expect(read({ query: "{ a }", variables: null, operationName: "X" })).toEqual({
      query: "{ a }",
      variables: {},
      operationName: "X",
    });
    expect(read({ query: "{ a }", variables: [1] })).toBeNull();
    expect(read({ query: "{ a }", operationName: 3 })).toBeNull();
    expect(read({ query: 1 })).toBeNull();
    expect(read({ query: "{ a }", extensions: { tracing: true } })).toBeNull();
    expect(read({ query: "{ a }", extensions: [] })).toBeNull();
    // Harmless extensions (Apollo Client 4's clientLibrary) keep the fast path.
    expect(
      read({ query: "{ a }", extensions: { clientLibrary: { name: "@apollo/client", version: "4.3.8" } } }),
    ).toEqual({
      query: "{ a }",
      variables: {},
      operationName: null,
    });
    expect(read([{ query: "{ a }" }])).toBeNull();
    expect(read("{nope")).toBeNull();
  });

  it("keeps at most `capacity` plans, dropping the least recently used", () => {
    const path = new FastPath(createJitCache(), 2);
    const headers = { "content-type": "application/json; charset=utf-8" };
    const ok = Buffer.from('{"data":{}}');
    const body = (query: string) => ({ query, variables: {}, operationName: null });
    for (const q of ["{ stats { entityCount } }", "{ stats { relationCount } }", "{ zones { id } }"])
      path.learn(q, body(q), 200, headers, ok);
    expect(path.size).toBe(2);
    path.learn("x", body("{ stats { entityCount } }"), 500, headers, ok);
    path.learn("y", body("{ stats { entityCount } }"), 200, headers, Buffer.from('{"errors":[]}'));
    expect(path.size).toBe(2);
  });

  it("reads ZONEGRAPH_FAST_PATH", () => {
    expect(fastPathFromEnv(undefined)).toBe(true);
    expect(fastPathFromEnv("0")).toBe(false);
    expect(fastPathFromEnv("off")).toBe(false);
    expect(fastPathFromEnv("1")).toBe(true);
    expect(() => fastPathFromEnv("sometimes")).toThrow(/ZONEGRAPH_FAST_PATH/u);
  });
});

describe("one compile cache for yoga and the fast path", () => {
  it("compiles a document once, whichever path runs it", async () => {
    const served = createServedApp(twoZoneGraph(), { webDist: "/nonexistent" });
    const { post } = await serve(served, { maxBytes: 0, fastPath: true });
    const query = "query C($id: ID!) { entity(id: $id) { name } }";
    const execs: (string | undefined)[] = [];
    for (const id of ["zone-a", "zone-b", "zone-a"])
      execs.push((await post({ query, variables: { id } })).headers[EXEC_HEADER]);
    expect(execs).toEqual(["yoga", "fast", "fast"]);
    expect(served.jit.compilations).toBe(1);
    await post({ query: "{ stats { entityCount } }" });
    expect(served.jit.compilations).toBe(2);
  });
});
