// Persisted documents through the front (issue 10): Apollo Client 4's `extensions.clientLibrary`
// keeps the fast path; automatic persisted queries (an unknown hash is PERSISTED_QUERY_NOT_FOUND,
// the text registers it, the hash alone then runs — POST and GET, on the fast path too) in an LRU
// bounded by size; a trusted-documents manifest runs only its documents.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createServedApp } from "../src/app/create-app.ts";
import { PersistedDocuments, readTrustedDocuments, sha256Of } from "../src/app/persisted-documents.ts";
import { createRequestHandler, EXEC_HEADER } from "../src/front/request-handler.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

interface Answer {
  status: number;
  exec: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function serve(persisted?: PersistedDocuments) {
  const served = createServedApp(twoZoneGraph(), {
    webDist: "/nonexistent",
    ...(persisted ? { persisted } : {}),
  });
  const server = createServer(createRequestHandler(served, { maxBytes: 0, fastPath: true }));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const read = async (r: Response): Promise<Answer> => ({
    status: r.status,
    exec: r.headers.get(EXEC_HEADER),
    body: (await r.json()) as Answer["body"],
  });
  const headers = { "content-type": "application/json", accept: "application/graphql-response+json" };
  return {
    served,
    post: async (body: unknown) =>
      read(await fetch(base, { method: "POST", headers, body: JSON.stringify(body) })),
    get: async (params: Record<string, unknown>) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) q.set(k, typeof v === "string" ? v : JSON.stringify(v));
      return read(await fetch(`${base}?${q.toString()}`, { headers: { accept: headers.accept } }));
    },
  };
}

const QUERY = "query Count { stats { entityCount } }";
const HASH = sha256Of(QUERY);
const pq = (hash = HASH) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const COUNT = { stats: { entityCount: 20 } };

describe("harmless extensions", () => {
  it("runs Apollo Client 4's bodies (extensions.clientLibrary) on the fast path", async () => {
    const { post } = await serve();
    const body = {
      query: QUERY,
      extensions: { clientLibrary: { name: "@apollo/client", version: "4.3.8" } },
    };
    expect((await post(body)).exec).toBe("yoga");
    const again = await post(body);
    expect(again.exec).toBe("fast");
    expect(again.body.data).toEqual(COUNT);
  });
});

describe("automatic persisted queries", () => {
  it("answers an unknown hash PERSISTED_QUERY_NOT_FOUND, then runs it once the text was sent", async () => {
    const { post, get } = await serve();
    const missing = await post({ extensions: pq() });
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.[0]).toMatchObject({
      message: "PersistedQueryNotFound",
      extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
    });
    const registered = await post({ query: QUERY, extensions: pq() });
    expect(registered.body.data).toEqual(COUNT);
    const byHash = await post({ extensions: pq() });
    expect(byHash.body.data).toEqual(COUNT);
    expect(byHash.exec).toBe("fast");
    const overGet = await get({ extensions: pq() });
    expect(overGet.status).toBe(200);
    expect(overGet.body.data).toEqual(COUNT);
  });

  it("refuses a hash that is not the text's sha256, and a malformed extension", async () => {
    const { post } = await serve();
    const wrong = await post({ query: QUERY, extensions: pq(sha256Of("{ zones { id } }")) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0]?.extensions?.["code"]).toBe("BAD_REQUEST");
    const malformed = await post({
      query: QUERY,
      extensions: { persistedQuery: { version: 2, sha256Hash: "x" } },
    });
    expect(malformed.status).toBe(400);
  });

  it("keeps at most its bound, forgetting the least recently used", () => {
    const store = new PersistedDocuments(null, 2);
    const docs = ["{ a }", "{ b }", "{ c }"];
    for (const d of docs) store.resolve(d, pq(sha256Of(d)));
    expect(store.size).toBe(2);
    expect(store.resolve(undefined, pq(sha256Of("{ a }"))).kind).toBe("error");
    expect(store.resolve(undefined, pq(sha256Of("{ c }")))).toEqual({ kind: "found", query: "{ c }" });
    const small = new PersistedDocuments(null, 100, 200);
    for (let i = 0; i < 20; i++) small.resolve(`{ f${i} }`.padEnd(50), pq(sha256Of(`{ f${i} }`.padEnd(50))));
    expect(small.text).toBeLessThanOrEqual(200);
  });
});

describe("trusted documents", () => {
  const dir = mkdtempSync(join(tmpdir(), "zg-trusted-"));
  const apollo = join(dir, "apollo.json");
  writeFileSync(
    apollo,
    JSON.stringify({
      format: "apollo-persisted-query-manifest",
      version: 1,
      operations: [{ id: HASH, name: "Count", type: "query", body: QUERY }],
    }),
  );
  const map = join(dir, "map.json");
  writeFileSync(map, JSON.stringify({ "doc-1": QUERY }));

  for (const [name, file] of [
    ["an Apollo manifest", apollo],
    ["a map of id to document", map],
  ] as const) {
    it(`runs only the documents of ${name}, by text or by hash, on the fast path too`, async () => {
      const { post } = await serve(new PersistedDocuments(readTrustedDocuments(file)));
      expect((await post({ query: QUERY })).body.data).toEqual(COUNT);
      const byHash = await post({ extensions: pq() });
      expect(byHash.body.data).toEqual(COUNT);
      expect((await post({ query: QUERY })).exec).toBe("fast");
      const other = await post({ query: "{ zones { id } }" });
      expect(other.status).toBe(403);
      expect(other.body.errors?.[0]?.extensions?.["code"]).toBe("PERSISTED_QUERY_NOT_ALLOWED");
      const unknown = await post({ extensions: pq(sha256Of("{ zones { id } }")) });
      expect(unknown.body.errors?.[0]?.extensions?.["code"]).toBe("PERSISTED_QUERY_NOT_FOUND");
      // A client cannot register a document in trusted mode.
      const register = await post({
        query: "{ zones { id } }",
        extensions: pq(sha256Of("{ zones { id } }")),
      });
      expect(register.status).toBe(403);
    });
  }

  it("names the file and the problem of a bad manifest", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({ format: "apollo-persisted-query-manifest", version: 1, operations: [{}] }),
    );
    expect(() => readTrustedDocuments(bad)).toThrow(/ZONEGRAPH_TRUSTED_DOCUMENTS: .*bad\.json/u);
    expect(() => readTrustedDocuments(join(dir, "missing.json"))).toThrow(/cannot read .*missing\.json/u);
  });
});
