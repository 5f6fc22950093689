// Who may curate, through the node:http front with its response cache and fast path on: a missing or
// wrong token is 401, a foreign Origin 403, a mutation over GET 405, a missing curator name 400;
// curation is never answered from the cache or the fast path, and a query cached before a publish
// answers the new graph after it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_HEADER } from "../src/front/response-cache.ts";
import { createRequestHandler, EXEC_HEADER } from "../src/front/request-handler.ts";
import { curatorAuth, curatorAuthFromEnv } from "../src/curation/curator-auth.ts";
import {
  ARTICLE,
  corpusCopy,
  curatedApp,
  curatorHeaders,
  DECIDE,
  INGEST,
  PUBLISH,
  removeFolders,
  TOKEN,
  type DraftData,
} from "./curation-helpers.ts";
import type { GqlResult } from "./helpers.ts";

let server: Server;
let base: string;
beforeAll(async () => {
  const served = await curatedApp(corpusCopy(), { corsOrigins: ["https://allowed.example"] });
  server = createServer(createRequestHandler(served, { maxBytes: 8 * 1024 * 1024, fastPath: true }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  removeFolders();
});

interface Answer<T> {
  status: number;
  headers: Headers;
  body: GqlResult<T>;
}

async function send<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = curatorHeaders(),
): Promise<Answer<T>> {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GqlResult<T>,
  };
}

const code = (a: Answer<unknown>): unknown => a.body.errors?.[0]?.extensions?.["code"];
const INGEST_VARS = { input: ARTICLE };

describe("curation auth", () => {
  it("refuses a mutation without a token: 401 UNAUTHENTICATED, and nothing is ingested", async () => {
    const answer = await send(INGEST, INGEST_VARS, { "x-zonegraph-curator": "mallory" });
    expect(answer.status).toBe(401);
    expect(code(answer)).toBe("UNAUTHENTICATED");
    expect(answer.body.errors?.[0]?.message).toContain("Authorization: Bearer");
    const drafts = await send<{ drafts: unknown[] }>("{ drafts { id } }");
    expect(drafts.body.data?.drafts).toEqual([]);
  });

  it("refuses a wrong token, one of another length, and a token sent without Bearer: 401", async () => {
    for (const authorization of [`Bearer ${TOKEN.slice(0, -1)}x`, `Bearer ${TOKEN}0`, TOKEN, "Basic abc"]) {
      const answer = await send(INGEST, INGEST_VARS, { authorization, "x-zonegraph-curator": "mallory" });
      expect([answer.status, code(answer)]).toEqual([401, "UNAUTHENTICATED"]);
    }
  });

  it("keeps drafts private: reading them needs the token too", async () => {
    const answer = await send("{ drafts { id source { text } } }", {}, {});
    expect([answer.status, code(answer)]).toEqual([401, "UNAUTHENTICATED"]);
    // Public reads beside them are unchanged.
    expect(
      (await send<{ stats: { graphVersion: number } }>("{ stats { graphVersion } }", {}, {})).body.data,
    ).toEqual({
      stats: { graphVersion: 0 },
    });
  });

  it("refuses a mutation over GET with 405, even with the token", async () => {
    const url = `${base}/graphql?query=${encodeURIComponent(`mutation { publishDraft(draftId: "x", expectedVersion: 1) { graphVersion } }`)}`;
    const response = await fetch(url, { headers: { accept: "application/json", ...curatorHeaders() } });
    expect(response.status).toBe(405);
  });

  it("refuses curation from a foreign origin with 403, and accepts the server's own and an allowed one", async () => {
    const foreign = await send(INGEST, INGEST_VARS, { ...curatorHeaders(), origin: "https://evil.example" });
    expect([foreign.status, code(foreign)]).toEqual([403, "FORBIDDEN"]);
    const own = await send<{ drafts: unknown[] }>(
      "{ drafts { id } }",
      {},
      { ...curatorHeaders(), origin: base },
    );
    expect(own.status).toBe(200);
    const allowed = await send<{ drafts: unknown[] }>(
      "{ drafts { id } }",
      {},
      {
        ...curatorHeaders(),
        origin: "https://allowed.example",
      },
    );
    expect(allowed.status).toBe(200);
  });

  it("needs the curator's name for a write: 400 naming the header", async () => {
    const answer = await send(INGEST, INGEST_VARS, { authorization: `Bearer ${TOKEN}` });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentName: "X-ZoneGraph-Curator",
    });
  });

  it("never answers curation from the response cache or the fast path: a repeated mutation runs again", async () => {
    const first = await send<{ ingestArticle: DraftData }>(INGEST, INGEST_VARS);
    const second = await send<{ ingestArticle: DraftData }>(INGEST, INGEST_VARS);
    for (const a of [first, second]) {
      expect(a.headers.get(EXEC_HEADER)).toBe("yoga");
      expect(a.headers.get(CACHE_HEADER)).toBe("miss");
    }
    expect(first.body.data?.ingestArticle.id).not.toBe(second.body.data?.ingestArticle.id);
    // The same request without the token after it is refused, not served what was answered before.
    const stripped = await send(INGEST, INGEST_VARS, { "x-zonegraph-curator": encodeURIComponent("王芳") });
    expect([stripped.status, code(stripped)]).toEqual([401, "UNAUTHENTICATED"]);
    const query = "{ drafts { id } }";
    await send(query);
    const again = await send(query, {}, {});
    expect([again.status, code(again)]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("answers a query cached before a publish with the new graph after it", async () => {
    const tied = `{ tiedToZone(zoneId: "包头稀土高新区", types: [COMPANY]) { totalCount } stats { graphVersion } }`;
    const read = (): Promise<
      Answer<{ tiedToZone: { totalCount: number }; stats: { graphVersion: number } }>
    > => send(tied, {}, {});
    const before = await read();
    expect((await read()).headers.get(CACHE_HEADER)).toBe("hit");
    const draft = (
      await send<{ ingestArticle: DraftData }>(INGEST, { input: { ...ARTICLE, id: "cached-2024" } })
    ).body.data!.ingestArticle;
    const company = draft.entities.find((e) => e.type === "COMPANY")!;
    const zone = draft.entities.find((e) => e.type === "ZONE")!;
    const located = draft.relations.find(
      (r) => r.type === "LOCATED_IN" && r.from === company.id && r.to === zone.id,
    )!;
    const decided = await send<{ decideProposals: DraftData }>(DECIDE, {
      id: draft.id,
      v: 1,
      d: [
        { proposalId: company.id, action: "ACCEPT" },
        { proposalId: zone.id, action: "LINK", linkTo: "baotou-rare-earth-hi-tech-zone" },
        { proposalId: located.id, action: "ACCEPT" },
      ],
    });
    const published = await send<{ publishDraft: { graphVersion: number } }>(PUBLISH, {
      id: draft.id,
      v: decided.body.data!.decideProposals.version,
    });
    expect(published.body.data?.publishDraft.graphVersion).toBe(1);
    const after = await read();
    expect(after.headers.get(CACHE_HEADER)).toBe("miss");
    expect(after.body.data).toEqual({
      tiedToZone: { totalCount: before.body.data!.tiedToZone.totalCount + 1 },
      stats: { graphVersion: 1 },
    });
  });
});

describe("curator token", () => {
  it("is made at random when ZONEGRAPH_CURATOR_TOKEN is unset, and taken from it otherwise", () => {
    const made = curatorAuthFromEnv({});
    expect(made.generated).toBe(true);
    expect(made.token).not.toBe(curatorAuthFromEnv({}).token);
    expect(made.accepts(`Bearer ${made.token}`)).toBe(true);
    const set = curatorAuthFromEnv({ ZONEGRAPH_CURATOR_TOKEN: TOKEN });
    expect([set.generated, set.accepts(`bearer ${TOKEN}`), set.accepts(`Bearer ${made.token}`)]).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("refuses a token too short to be a secret, naming the variable", () => {
    expect(() => curatorAuth("short")).toThrow(/ZONEGRAPH_CURATOR_TOKEN must be at least 16 characters/);
  });
});
