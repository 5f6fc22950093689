// Documents that would stall or crash the server are refused up front, as 4xx GraphQL errors with a
// code: nested fragment spreads (before validation and compilation), directives hidden on fragment
// spreads, parser stack overflows, and deeply nested variables.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { gqlRaw } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });

const spreads = (name: string, n: number): string => `...${name} `.repeat(n);

afterEach(() => vi.restoreAllMocks());

describe("nested fragment spreads", () => {
  it("refuses 4 levels of 600 spreads before validating or compiling them", async () => {
    // 600⁴ field selections once expanded, in under 15 KB and under the token limit.
    const document = `{ nope ${spreads("C", 600)} }
      fragment C on Query { ${spreads("B", 600)} }
      fragment B on Query { ${spreads("A", 600)} }
      fragment A on Query { ${spreads("Z", 600)} }
      fragment Z on Query { stats { entityCount } }`;
    expect(document.length).toBeLessThan(15_000);
    const { status, body } = await gqlRaw(app, document);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    // Only our error: validation (which would report the unknown field `nope`) never ran.
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("SELECTION_LIMIT");
    expect(body.errors?.[0]?.message).toMatch(
      /Selection limit of 5000 exceeded: the document selects \d+ fields/,
    );
  });

  it("still answers a document that reuses a fragment a few times", async () => {
    const document = `{ entity(id: "zone-a") { ...S relations { from { ...S } to { ...S } } } }
      fragment S on Entity { rawId name type }`;
    const { body } = await gqlRaw<{ entity: { rawId: string } }>(app, document);
    expect(body.errors).toBeUndefined();
    expect(body.data?.entity).toMatchObject({ rawId: "zone-a" });
  });
});

describe("directives on fragments", () => {
  it("counts the directives of every fragment spread toward the limit of 50", async () => {
    const document = `{ ${"...F @include(if: true) ".repeat(51)} } fragment F on Query { stats { entityCount } }`;
    const { status, body } = await gqlRaw(app, document);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("DIRECTIVE_LIMIT");
    expect(body.errors?.[0]?.message).toMatch(/Directives limit of 50 exceeded, found 51/);
  });

  it("counts the directives of inline fragments", async () => {
    const inline = "... @include(if: true) { stats { entityCount } } ".repeat(51);
    const { body } = await gqlRaw(app, `{ ${inline} }`);
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("DIRECTIVE_LIMIT");
  });
});

describe("parser stack overflows", () => {
  it("answers 300000 nested selections with a 4xx syntax error and logs nothing", async () => {
    const logged = vi.spyOn(console, "error");
    const { status, body } = await gqlRaw(app, "{a".repeat(300_000));
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("NESTING_LIMIT");
    expect(body.errors?.[0]?.message).toMatch(/Nesting limit of 64 exceeded at line 1, column 129/);
    expect(logged).not.toHaveBeenCalled();
  });

  it("answers a 2000-deep list literal with a 4xx syntax error", async () => {
    const deep = `${"[".repeat(2000)}ZONE${"]".repeat(2000)}`;
    const { status, body } = await gqlRaw(app, `{ search(query: "a", types: ${deep}) { score } }`);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("NESTING_LIMIT");
  });

  it("does not count brackets inside strings and comments", async () => {
    const document = `# ${"{".repeat(100)}\n{ search(query: "${"[".repeat(100)}") { score } }`;
    const { body } = await gqlRaw(app, document);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ search: [] });
  });
});

describe("deeply nested variables", () => {
  // graphql-js coerces a variable only as deep as its declared type, so these are refused, not crashed on.
  const deepList = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  const deepObject = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
  it.each([
    ["list", deepList],
    ["input object", deepObject],
  ])("answers a 100000-deep %s in variables with an error naming the variable", async (_kind, value) => {
    const logged = vi.spyOn(console, "error");
    const response = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: `{"query":"query($t: [EntityType!]) { search(query: \\"a\\", types: $t) { score } }","variables":{"t":${value}}}`,
    });
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/Variable "\$t" got invalid value/);
    expect(logged).not.toHaveBeenCalled();
  });
});
