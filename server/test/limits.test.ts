// Limits and bad input: each rejection is a GraphQL error with a clear message and a code, never
// a 500; malformed JSON is a 400; oversize bodies a 413; internal errors are masked; CORS.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import type { EntityAttributes, GraphAttributes, RelationAttributes } from "@zonegraph/graph-data";
import { createApp } from "../src/app/create-app.ts";
import { gqlRaw } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });

async function rejected(query: string, code: string, pattern: RegExp): Promise<void> {
  const { status, body } = await gqlRaw(app, query);
  expect(status).toBeLessThan(500);
  expect(body.errors?.[0]?.extensions?.["code"]).toBe(code);
  expect(body.errors?.[0]?.message).toMatch(pattern);
}

describe("query limits", () => {
  it("rejects queries deeper than 12", async () => {
    let nested = "rawId";
    for (let k = 0; k < 12; k++) nested = `parent { ${nested} }`;
    await rejected(
      `{ entity(id: "region-r") { ... on Region { ${nested} } } }`,
      "DEPTH_LIMIT",
      /depth limit of 12/,
    );
    let ok = "rawId";
    for (let k = 0; k < 9; k++) ok = `parent { ${ok} }`;
    expect(
      (await gqlRaw(app, `{ entity(id: "region-r") { ... on Region { ${ok} } } }`)).body.errors,
    ).toBeUndefined();
  });

  it("rejects more than 30 aliases", async () => {
    const aliases = Array.from({ length: 31 }, (_, k) => `a${k}: stats { entityCount }`).join(" ");
    await rejected(`{ ${aliases} }`, "ALIAS_LIMIT", /Aliases limit of 30/);
  });

  it("rejects documents with too many tokens", async () => {
    await rejected(`{ ${"stats { entityCount } ".repeat(2000)} }`, "TOKEN_LIMIT", /Token limit of 5000/);
  });

  it("rejects too many directives", async () => {
    await rejected(
      `{ stats { entityCount ${"@skip(if: false) ".repeat(51)} } }`,
      "DIRECTIVE_LIMIT",
      /Directives limit of 50/,
    );
  });

  it("judges a page of 1000 with paths the same whether `first` is inline or a variable", async () => {
    const summary = "rawId type name nameEn";
    const selection = `{ totalCount pageInfo { hasNextPage endCursor } edges { node { role hops entity { ${summary} }
      path { rawId type title inferred inferenceReason from { ${summary} } to { ${summary} } } } } }`;
    const inline = await gqlRaw(app, `{ tiedToZone(zoneId: "zone-a", first: 1000) ${selection} }`);
    const variable = await gqlRaw(
      app,
      `query($n: Int) { tiedToZone(zoneId: "zone-a", first: $n) ${selection} }`,
      { n: 1000 },
    );
    expect(inline.body.errors).toBeUndefined();
    expect(variable.body.errors).toBeUndefined();
    expect(inline.body.data).toEqual(variable.body.data);
  });
});

describe("bad requests", () => {
  const post = (body: string): Promise<Response> =>
    Promise.resolve(
      app.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      }),
    );

  it("answers malformed JSON with 400", async () => {
    const response = await post("{ not json");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });

  it("answers bodies over 1 MB with 413 and a GraphQL error", async () => {
    const response = await post(
      JSON.stringify({ query: "{ stats { entityCount } }", variables: { pad: "x".repeat(1_100_000) } }),
    );
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
  });

  it("suggests field names in development but not in production", async () => {
    const dev = await gqlRaw(app, "{ stat { entityCount } }");
    expect(dev.body.errors?.[0]?.message).toContain('Did you mean "stats"');
    const prod = createApp(twoZoneGraph(), { webDist: "/nonexistent", production: true });
    const { body } = await gqlRaw(prod, "{ stat { entityCount } }");
    expect(body.errors?.[0]?.message).not.toContain("Did you mean");
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("masks internal errors", async () => {
    const g = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
    g.replaceAttributes({ name: "broken", sources: [] });
    g.addNode("x", {
      id: "x",
      type: "COMPANY",
      name: "坏数据",
      nameEn: "",
      aliases: [],
      metrics: [],
      evidence: [{ sourceId: "missing", quote: "q", start: 0, end: 1 }],
    });
    const broken = createApp(g, { webDist: "/nonexistent" });
    const { status, body } = await gqlRaw(broken, `{ entity(id: "x") { evidence { source { title } } } }`);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.message).toBe("Unexpected error.");
    expect(JSON.stringify(body)).not.toContain("server/src/schema/evidence");
  });
});

describe("CORS", () => {
  const get = (a: typeof app, origin: string): Promise<Response> =>
    Promise.resolve(
      a.fetch("http://localhost/graphql?query=%7Bstats%7BentityCount%7D%7D", {
        headers: { origin, accept: "application/json" },
      }),
    );

  it("allows only the same origin by default", async () => {
    const response = await get(app, "https://evil.example");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows the configured origins and no others", async () => {
    const open = createApp(twoZoneGraph(), {
      webDist: "/nonexistent",
      corsOrigins: ["https://a.example", "https://b.example"],
    });
    expect((await get(open, "https://b.example")).headers.get("access-control-allow-origin")).toBe(
      "https://b.example",
    );
    expect((await get(open, "https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
  });
});
