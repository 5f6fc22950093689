import { describe, expect, it } from "vitest";
import { createGraphQLClient, GraphQLClientError } from "./graphql-client.ts";

function fakeFetch(respond: () => Promise<Response>): typeof fetch {
  return () => respond();
}

describe("createGraphQLClient", () => {
  it("returns data of a successful query", async () => {
    const request = createGraphQLClient(
      "/graphql",
      fakeFetch(async () => Response.json({ data: { ok: 1 } })),
    );
    await expect(request<{ ok: number }>("{ ok }")).resolves.toEqual({ ok: 1 });
  });

  it("turns a failed connection into a network error", async () => {
    const request = createGraphQLClient(
      "/graphql",
      fakeFetch(() => Promise.reject(new TypeError("fetch failed"))),
    );
    const error = await request("{ ok }").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLClientError);
    expect((error as GraphQLClientError).kind).toBe("network");
  });

  it("turns GraphQL errors into a graphql error with the messages", async () => {
    const request = createGraphQLClient(
      "/graphql",
      fakeFetch(async () => Response.json({ data: null, errors: [{ message: "Cannot query field" }] })),
    );
    const error = (await request("{ nope }").catch((e: unknown) => e)) as GraphQLClientError;
    expect(error.kind).toBe("graphql");
    expect(error.messages).toEqual(["Cannot query field"]);
  });

  it("turns an HTML error page into an http error", async () => {
    const request = createGraphQLClient(
      "/graphql",
      fakeFetch(async () => new Response("<h1>502</h1>", { status: 502 })),
    );
    const error = (await request("{ ok }").catch((e: unknown) => e)) as GraphQLClientError;
    expect(error.kind).toBe("http");
  });
});
