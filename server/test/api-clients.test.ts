// The API through the clients people use (issue 10), against the front on a port (response cache
// and fast path on): graphql-request, urql with graphcache (schema from introspection), and
// Apollo Client 4 with InMemoryCache (possibleTypes from introspection) and its persisted-query
// link — each pages `tiedToZone` forward and back and refetches an entity by `node(id)`.
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloClient, ApolloLink, gql as apolloGql, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { Client, fetchExchange } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import { GraphQLClient } from "graphql-request";
import { afterAll, describe, expect, it } from "vitest";
import { createServedApp } from "../src/app/create-app.ts";
import { createRequestHandler } from "../src/front/request-handler.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

const served = createServedApp(twoZoneGraph(), { webDist: "/nonexistent" });
const handler = createRequestHandler(served, { maxBytes: 8 * 1024 * 1024, fastPath: true });
const server = createServer(handler);
servers.push(server);
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

const TIED = `query Tied($zone: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  tiedToZone(zoneId: $zone, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { role hops entity { __typename id name } } }
  }
}`;
const NODE = `query Node($id: ID!) { node(id: $id) { __typename id ... on Entity { name type } } }`;

interface TiedData {
  tiedToZone: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    edges: {
      cursor: string;
      node: { role: string; hops: number; entity: { __typename: string; id: string; name: string } };
    }[];
  } | null;
}
interface NodeData {
  node: { __typename: string; id: string; name: string; type: string } | null;
}

const introspection = (await (
  await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  })
).json()) as { data: IntrospectionQuery };

/** possibleTypes for Apollo's InMemoryCache, from introspection. */
const possibleTypes: Record<string, string[]> = {};
for (const t of introspection.data.__schema.types)
  if ((t.kind === "INTERFACE" || t.kind === "UNION") && t.possibleTypes)
    possibleTypes[t.name] = t.possibleTypes.map((p) => p.name);

/** Pages the tied entities of zone-a forward by 3, then back from the end by 3: the same ids. */
async function pageBothWays(run: (vars: Record<string, unknown>) => Promise<TiedData>): Promise<string[]> {
  const forward: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const data: TiedData = await run({ zone: "zone-a", first: 3, after });
    forward.push(...data.tiedToZone!.edges.map((e) => e.node.entity.id));
    if (!data.tiedToZone!.pageInfo.hasNextPage) break;
    after = data.tiedToZone!.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const data: TiedData = await run({ zone: "zone-a", last: 3, before });
    backward.unshift(...data.tiedToZone!.edges.map((e) => e.node.entity.id));
    if (!data.tiedToZone!.pageInfo.hasPreviousPage) break;
    before = data.tiedToZone!.pageInfo.startCursor;
  }
  expect(forward.length).toBeGreaterThan(6);
  expect(backward).toEqual(forward);
  return forward;
}

describe("graphql-request", () => {
  it("pages tiedToZone both ways and refetches by node(id)", async () => {
    const client = new GraphQLClient(url);
    const ids = await pageBothWays((v) => client.request<TiedData>(TIED, v));
    const node = await client.request<NodeData>(NODE, { id: ids[0] });
    expect(node.node?.id).toBe(ids[0]);
  });

  it("rejects with the server's code for an unknown zone, keeping the data of the other fields", async () => {
    const client = new GraphQLClient(url, { errorPolicy: "all" });
    const { data, errors } = await client.rawRequest<{ stats: { entityCount: number }; tiedToZone: null }>(
      '{ stats { entityCount } tiedToZone(zoneId: "nowhere") { totalCount } }',
    );
    expect(data.stats.entityCount).toBe(20);
    expect(data.tiedToZone).toBeNull();
    expect(errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
  });
});

describe("urql with graphcache", () => {
  it("pages tiedToZone both ways and refetches by node(id) from its normalised cache", async () => {
    const client = new Client({
      url,
      preferGetMethod: false,
      exchanges: [
        cacheExchange({
          schema: introspection.data,
          keys: {
            TiedEntityConnection: () => null,
            TiedEntityEdge: () => null,
            TiedEntity: () => null,
            PageInfo: () => null,
          },
        }),
        fetchExchange,
      ],
    });
    const ids = await pageBothWays(async (v) => {
      const r = await client.query<TiedData>(TIED, v).toPromise();
      if (r.error) throw r.error;
      return r.data!;
    });
    const r = await client
      .query<NodeData>(NODE, { id: ids[1] }, { requestPolicy: "network-only" })
      .toPromise();
    expect(r.error).toBeUndefined();
    expect(r.data?.node?.id).toBe(ids[1]);
  });
});

describe("Apollo Client 4", () => {
  const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

  it("pages tiedToZone both ways with InMemoryCache (possibleTypes from introspection) and persisted queries", async () => {
    const client = new ApolloClient({
      link: ApolloLink.from([new PersistedQueryLink({ sha256 }), new HttpLink({ uri: url })]),
      cache: new InMemoryCache({ possibleTypes }),
    });
    const TIED_DOC = apolloGql(TIED);
    const ids = await pageBothWays(async (variables) => {
      const r = await client.query<TiedData>({ query: TIED_DOC, variables, fetchPolicy: "network-only" });
      return r.data!;
    });
    // The tied entity is normalised by __typename and id: node(id) reads it.
    const first = await client.query<NodeData>({ query: apolloGql(NODE), variables: { id: ids[0] } });
    expect(first.data?.node?.id).toBe(ids[0]);
    const typename = first.data!.node!.__typename;
    expect(possibleTypes["Entity"]).toContain(typename);
    const normalised = client.cache.extract() as Record<string, unknown>;
    expect(normalised[`${typename}:${ids[0]}`]).toBeDefined();
    // The persisted-query link sent hashes the server learned (APQ, with Apollo's clientLibrary extension).
    expect(served.persisted.size).toBeGreaterThanOrEqual(2);
    client.stop();
  });
});
