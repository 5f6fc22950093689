// The complexity budget counts lists by what the served graph can really return (its counts and
// largest degrees), reads a variable's default like a sent value, and still admits every
// legitimate document — the explorer's, the README's, GraphiQL's and the bench's — on the corpus,
// on synthetic graphs and on the national one.
import { readFileSync } from "node:fs";
import { loadCorpusGraph } from "@zonegraph/graph-data";
import { entityTypeCode, GraphStore, relationTypeCode } from "../src/graph/store.ts";
import { generateGraph } from "@zonegraph/graph-data/synth/generate-graph";
import type { PresetName } from "@zonegraph/graph-data/synth/presets";
import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, parse } from "graphql";
import { describe, expect, it } from "vitest";
import * as explorer from "../../web/src/api/documents.ts";
import { TIED_QUERY as BENCH_TIED_QUERY } from "../../bench/tied-query.ts";
import { createApp } from "../src/app/create-app.ts";
import { GRAPHIQL_EXAMPLES } from "../src/app/graphiql.ts";
import { graphSizesOf, type GraphSizes } from "../src/graph/graph-sizes.ts";
import { SearchIndex } from "../src/graph/search-index.ts";
import { graphStateOf } from "../src/state/graph-state.ts";
import { COMPLEXITY_BUDGET, estimateComplexity } from "../src/limits/complexity.ts";
import { listSizeOf } from "../src/limits/list-sizes.ts";
import { schema } from "../src/schema/index.ts";
import { gqlRaw } from "./helpers.ts";

function syntheticStore(preset: PresetName): GraphStore {
  const parts = generateGraph({ preset, seed: 1 });
  return new GraphStore({
    name: parts.attributes.name,
    sources: parts.attributes.sources,
    entities: parts.nodes,
    entityType: Uint8Array.from(parts.nodes, (n) => entityTypeCode(n.type)),
    relations: parts.edges.map((e) => e.attributes),
    edgeSrc: Int32Array.from(parts.edges, (e) => e.source),
    edgeDst: Int32Array.from(parts.edges, (e) => e.target),
    edgeType: Uint8Array.from(parts.edges, (e) => relationTypeCode(e.attributes.type)),
  });
}

const small = syntheticStore("small");
const app = createApp(graphStateOf(small, new SearchIndex(small)), { webDist: "/nonexistent" });

async function code(query: string, variables?: Record<string, unknown>): Promise<unknown> {
  const { status, body } = await gqlRaw(app, query, variables);
  expect(status).toBeLessThan(500);
  return body.errors?.[0]?.extensions?.["code"];
}

describe("lists cost what the graph can return", () => {
  it("refuses nested lists without `first` that the graph would fill", async () => {
    // Every zone's relations, and every relation's other end's relations: far more than 10 × 10.
    const q = `{ zones { relations { from { relations { rawId } } } } }`;
    const { body } = await gqlRaw(app, q);
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("COMPLEXITY_LIMIT");
    expect(body.errors?.[0]?.message).toMatch(/estimated cost \d+ exceeds the budget of 200000/);
  });

  it("reads `first` from variables", async () => {
    const q = `query($n: Int) { search(query: "a", first: $n) { entity { relations { from { relations { rawId } } } } } }`;
    expect(await code(q, { n: 1000 })).toBe("COMPLEXITY_LIMIT");
    expect(await code(q, { n: 1 })).toBeUndefined();
  });

  it("counts a variable's default like a sent value", async () => {
    const q = `query($n: Int = 1000) { search(query: "a", first: $n) { entity { relations { from { relations { rawId } } } } } }`;
    expect(await code(q)).toBe("COMPLEXITY_LIMIT");
    expect(await code(q, { n: 1 })).toBeUndefined();
  });

  it("counts a backward page by its `last`, and only for its own connection", async () => {
    const walk = "edges { node { relations { from { relations { rawId } } } } }";
    expect(await code(`{ entities(last: 1000) { ${walk} } }`)).toBe("COMPLEXITY_LIMIT");
    expect(await code(`{ entities(last: 1) { ${walk} } }`)).toBeUndefined();
    // An outer `last` does not bound an inner connection, which pages by its own `first`.
    const tiedWalk = "edges { node { entity { relations { from { relations { rawId } } } } } }";
    const inner = `edges { node { ... on Zone { tied(first: 1000) { ${tiedWalk} } } } }`;
    expect(await code(`{ entities(last: 1) { ${inner} } }`)).toBe("COMPLEXITY_LIMIT");
  });

  it("knows the size of every list field of the schema", () => {
    const sizes = graphSizesOf(small);
    const whole = sizes.entityCount + sizes.relationCount;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const list = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        if (list)
          expect([
            `${type.name}.${field.name}`,
            listSizeOf(type.name, field.name, {}, {}, sizes),
          ]).not.toEqual([`${type.name}.${field.name}`, whole]);
      }
    }
  });
});

/** Every ```graphql block of the README, one document per top-level `{ … }`. */
function readmeDocuments(): string[] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const docs: string[] = [];
  for (const block of readme.matchAll(/```graphql\n([\s\S]*?)```/g))
    for (const doc of block[1]!.split(/\n(?=\{)/)) if (doc.trim()) docs.push(doc);
  return docs;
}

/** The legitimate documents with the variables their clients send. */
const LEGIT: [string, string, Record<string, unknown>][] = [
  ["explorer stats", explorer.STATS_QUERY, {}],
  ["explorer entities page", explorer.ENTITIES_PAGE_QUERY, { first: 1000 }],
  ["explorer relations page", explorer.RELATIONS_PAGE_QUERY, { first: 1000 }],
  ["explorer overview", explorer.ZONE_OVERVIEW_QUERY, { minShared: 1, first: 500, firstLinks: 3000 }],
  ["explorer zones", explorer.ZONES_QUERY, {}],
  ["explorer neighbourhood", explorer.NEIGHBORHOOD_QUERY, { id: "x", depth: 1, limit: 300 }],
  ["explorer entity details", explorer.ENTITY_QUERY, { id: "x" }],
  ["explorer search", explorer.SEARCH_QUERY, { query: "a", first: 20 }],
  ["explorer tied page", explorer.TIED_QUERY, { zoneId: "x", first: 1000 }],
  ["explorer path", explorer.SHORTEST_PATH_QUERY, { from: "x", to: "y" }],
  ["bench tied page", BENCH_TIED_QUERY, { zoneId: "x", first: 100 }],
  ...Object.entries(GRAPHIQL_EXAMPLES).map(([k, q]): [string, string, Record<string, unknown>] => [
    `GraphiQL ${k}`,
    q,
    {},
  ]),
  ...readmeDocuments().map((q, k): [string, string, Record<string, unknown>] => [
    `README example ${k + 1}`,
    q,
    {},
  ]),
];

function worstCost(sizes: GraphSizes): [string, number] {
  let worst: [string, number] = ["", 0];
  for (const [name, query, variables] of LEGIT) {
    const cost = estimateComplexity(schema, parse(query), undefined, variables, sizes);
    if (cost > worst[1]) worst = [name, cost];
  }
  return worst;
}

describe("legitimate documents stay under the budget", () => {
  it("has README examples to check", () => {
    expect(readmeDocuments().length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["the corpus", () => GraphStore.fromGraph(loadCorpusGraph())],
    ["the small synthetic graph", () => small],
    ["the medium synthetic graph", () => syntheticStore("medium")],
  ])("on %s", (_name, store) => {
    const [name, cost] = worstCost(graphSizesOf(store()));
    expect({ name, cost, underBudget: cost <= COMPLEXITY_BUDGET }).toMatchObject({ underBudget: true });
  });

  it("on the national synthetic graph (~250k entities)", () => {
    const [name, cost] = worstCost(graphSizesOf(syntheticStore("national")));
    expect({ name, cost, underBudget: cost <= COMPLEXITY_BUDGET }).toMatchObject({ underBudget: true });
  }, 120_000);
});
