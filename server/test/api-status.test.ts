// Statuses and codes as GraphQL-over-HTTP clients expect them (issue 10): under
// `Accept: application/graphql-response+json` an answer without `data` is 400, whatever refused the
// request (coercion, validation, a limit, a subscription); `application/json` keeps 200; every
// error has `extensions.code`; batches get a 400 saying what to do instead.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { BATCH_REFUSED } from "../src/app/request-parsing.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(body: unknown, accept: string): Promise<Answer> {
  const r = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Answer["body"] };
}

const GRAPHQL_RESPONSE = "application/graphql-response+json";
const JSON_TYPE = "application/json";
const deep = (n: number): string =>
  '{ entity(id: "zone-a") ' + "{ relations { from ".repeat(n) + "{ id }" + " } }".repeat(n) + " }";

/** Requests that never execute, each with the code its error must carry. */
const REFUSED: [string, unknown, string][] = [
  [
    "a null for ID!",
    { query: "query($id: ID!) { node(id: $id) { id } }", variables: { id: null } },
    "BAD_USER_INPUT",
  ],
  ["a missing required variable", { query: "query($id: ID!) { node(id: $id) { id } }" }, "BAD_USER_INPUT"],
  [
    "a variable of the wrong type",
    { query: 'query($n: Int) { search(query: "a", first: $n) { matched } }', variables: { n: "ten" } },
    "BAD_USER_INPUT",
  ],
  ["the depth limit", { query: deep(7) }, "DEPTH_LIMIT"],
  [
    "the alias limit",
    { query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: stats { entityCount }`).join(" ")} }` },
    "ALIAS_LIMIT",
  ],
  [
    "the directive limit",
    { query: `{ stats { entityCount ${"@include(if: true) ".repeat(60)}} }` },
    "DIRECTIVE_LIMIT",
  ],
  [
    "the complexity budget",
    {
      // 25 pages of 1000 entities, three lists of relations deep: over the budget even on the fixture.
      query: `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: entities(first: 1000) { edges { node { relations { from { relations { from { relations { id } } } } } } } }`).join(" ")} }`,
    },
    "COMPLEXITY_LIMIT",
  ],
  [
    "the nesting limit",
    { query: `{ search(query: "a", types: ${"[".repeat(80)}ZONE${"]".repeat(80)}) { matched } }` },
    "NESTING_LIMIT",
  ],
  ["a subscription", { query: "subscription { stats { entityCount } }" }, "OPERATION_NOT_SUPPORTED"],
  [
    "an unknown operation name",
    { query: "query A { stats { entityCount } }", operationName: "B" },
    "OPERATION_RESOLUTION_FAILURE",
  ],
  ["a syntax error", { query: "{ stats { " }, "GRAPHQL_PARSE_FAILED"],
  ["a validation error", { query: "{ nope }" }, "GRAPHQL_VALIDATION_FAILED"],
];

describe("answers without data", () => {
  for (const [what, body, code] of REFUSED) {
    it(`answers ${what} with 400 and ${code} under application/graphql-response+json`, async () => {
      const { status, body: answer } = await post(body, GRAPHQL_RESPONSE);
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.[0]?.extensions?.["code"]).toBe(code);
      expect(status).toBe(400);
    });
  }

  it("keeps 200 under application/json, with the same codes", async () => {
    for (const [, body, code] of REFUSED) {
      const { status, body: answer } = await post(body, JSON_TYPE);
      expect({ code: answer.errors?.[0]?.extensions?.["code"], status }).toEqual({ code, status: 200 });
    }
  });

  it("names the variable at fault", async () => {
    const { body } = await post({ query: "query($id: ID!) { node(id: $id) { id } }" }, GRAPHQL_RESPONSE);
    expect(body.errors?.[0]?.extensions?.["variableName"]).toBe("id");
  });

  it("does not call a limit a syntax error", async () => {
    for (const query of [deep(7), `{ stats { entityCount ${"@include(if: true) ".repeat(60)}} }`]) {
      const { body } = await post({ query }, GRAPHQL_RESPONSE);
      expect(body.errors?.[0]?.message).toMatch(/limit of \d+ exceeded/u);
      expect(body.errors?.[0]?.message).not.toMatch(/Syntax Error/u);
    }
  });
});

describe("answers with data", () => {
  it("stays 200 when a field fails, and the error has a code", async () => {
    const { status, body } = await post(
      { query: "{ stats { entityCount } entities(first: 5000) { totalCount } }" },
      GRAPHQL_RESPONSE,
    );
    expect(status).toBe(200);
    expect(body.errors?.every((e) => typeof e.extensions?.["code"] === "string")).toBe(true);
  });
});

describe("batches", () => {
  it("refuses a batch with 400 and says to send one operation per request", async () => {
    const r = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: GRAPHQL_RESPONSE },
      body: JSON.stringify([{ query: "{ stats { entityCount } }" }, { query: "{ zones { id } }" }]),
    });
    expect(r.status).toBe(400);
    const body = (await r.json()) as Answer["body"];
    expect(body.errors?.[0]?.message).toBe(BATCH_REFUSED);
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("BAD_REQUEST");
  });
});
