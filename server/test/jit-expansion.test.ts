// graphql-jit writes a selection out once per possible type under each interface field, so nested
// abstract fields compile in exponential time (4 levels of `relations { from { … } }` took 7 s,
// blocking the server). Such operations are counted before compiling and run on graphql-js.
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { createServedApp } from "../src/app/create-app.ts";
import { createJitCache } from "../src/app/jit-cache.ts";
import { jitExpansionWithin, MAX_JIT_EXPANSION } from "../src/app/jit-expansion.ts";
import { schema } from "../src/schema/index.ts";
import { gqlRaw } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";
import * as explorer from "../../web/src/api/documents.ts";

const nested = (levels: number): string => {
  let inner = "id";
  for (let i = 0; i < levels; i++) inner = `relations { from { ${inner} } }`;
  return `query N { search(query: "甲", first: 3) { entity { ${inner} } } }`;
};

describe("jit expansion", () => {
  it("leaves deeply nested abstract selections to graphql-js, which answers them", async () => {
    const jit = createJitCache();
    expect(jit.entry(nested(1), "N").compiled).not.toBeNull();
    expect(jit.entry(nested(5), "N").compiled).toBeNull();
    const app = createServedApp(twoZoneGraph(), { webDist: "/nonexistent" }).app;
    const { status, body } = await gqlRaw<{ search: unknown[] }>(app, nested(4));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.search.length).toBeGreaterThan(0);
  });

  it("counts fragments and inline fragments, once per type they apply to", () => {
    const spread = parse(
      `fragment R on Entity { relations { from { id } } } query N { search(query: "x") { entity { ...R } } }`,
    );
    const inline = parse(
      `query N { search(query: "x") { entity { ... on Company { relations { from { id } } } } } }`,
    );
    expect(jitExpansionWithin(schema, spread, "N", 10)).toBe(false);
    expect(jitExpansionWithin(schema, spread, "N")).toBe(true);
    // Only Company's branch walks on: far smaller than the spread on every entity type.
    let spreadCount = 1;
    while (!jitExpansionWithin(schema, spread, "N", spreadCount)) spreadCount++;
    let inlineCount = 1;
    while (!jitExpansionWithin(schema, inline, "N", inlineCount)) inlineCount++;
    expect(inlineCount).toBeLessThan(spreadCount);
  });

  it("compiles every query the explorer sends", () => {
    for (const [name, text] of Object.entries(explorer)) {
      if (typeof text !== "string" || !text.includes("query")) continue;
      expect(jitExpansionWithin(schema, parse(text), undefined, MAX_JIT_EXPANSION), name).toBe(true);
    }
  });
});
