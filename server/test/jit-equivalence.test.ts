// graphql-jit, compiled with the server's options (execution/use-jit.ts: leaf values are not
// re-serialised, since resolvers return them in their GraphQL form), gives byte for byte the
// answer of graphql-js's own `execute` — which does serialise every leaf — over generated
// queries that select every field without required arguments (three levels deep, every
// implementation of an interface), on the corpus, the two-zone fixture and a synthetic graph.
import { loadCorpusGraph } from "@zonegraph/graph-data";
import { decodeSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import { encodeSnapshot } from "@zonegraph/graph-data/snapshot/write-snapshot";
import { generateGraph } from "@zonegraph/graph-data/synth/generate-graph";
import {
  execute,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLNamedType,
} from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { describe, expect, it } from "vitest";
import type { GraphState } from "../src/state/graph-state.ts";
import { JIT_OPTIONS } from "../src/app/jit-cache.ts";
import { schema } from "../src/schema/index.ts";
import { buildGraphState } from "../src/state/graph-state.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

/** Arguments for list fields, so that generated queries stay small. */
const SMALL: Record<string, string> = { first: "first: 4", limit: "limit: 6" };

const callable = (field: GraphQLField<unknown, unknown>) =>
  field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

/** Every type a generated selection reached. */
const reached = new Set<string>();

/** A selection of every field of `type` without required arguments, `depth` levels of objects. */
function selectAll(type: GraphQLNamedType, depth: number): string {
  reached.add(type.name);
  if (isLeafType(type)) return "";
  if (isAbstractType(type)) {
    const parts = schema
      .getPossibleTypes(type)
      .map((t) => `... on ${t.name} { ${selectAll(t, depth)} }`)
      .join(" ");
    return `__typename ${parts}`;
  }
  if (!isObjectType(type)) return "";
  const fields: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!callable(field)) continue;
    const named = getNamedType(field.type);
    const args = field.args
      .map((a) => SMALL[a.name])
      .filter((a) => a !== undefined)
      .join(", ");
    const call = args ? `${field.name}(${args})` : field.name;
    if (isLeafType(named)) fields.push(call);
    else if (depth > 0) fields.push(`${call} { ${selectAll(named, depth - 1)} }`);
  }
  return fields.length > 0 ? fields.join(" ") : "__typename";
}

const select = (typeName: string, depth = 2) => selectAll(schema.getType(typeName)!, depth);

/** One query per root field, with arguments that find something in `ctx`'s graph. */
function queries(ctx: GraphState): string[] {
  const { store } = ctx;
  let zone = -1;
  for (let i = 0; i < store.entityCount && zone < 0; i++) if (store.entity(i).type === "ZONE") zone = i;
  const zoneId = store.entityId(zone);
  const other = store.entityId(store.entityCount - 1);
  const name = store.entity(zone).name;
  return [
    `{ zones { ${select("Zone", 1)} } }`,
    `{ entities(first: 25) { ${select("EntityConnection")} } }`,
    `{ relations(first: 25) { ${select("RelationConnection")} } }`,
    `{ search(query: "${name.slice(0, 2)}", first: 8) { ${select("SearchHit")} } }`,
    `{ sources { ${select("Source")} } stats { ${select("GraphStats")} } }`,
    `{ zoneOverview(first: 10, firstLinks: 10) { ${select("ZoneOverview")} } }`,
    `{ tiedToZone(zoneId: "${zoneId}", first: 30) { ${select("TiedEntityConnection", 3)} } }`,
    `{ neighborhood(id: "${zoneId}", limit: 40) { ${select("Subgraph")} } }`,
    `{ entity(id: "${other}") { ${select("Entity", 2)} } node(id: "${zoneId}") { ${select("Node", 1)} } }`,
    `{ shortestPath(from: "${other}", to: "${zoneId}") { ${select("Path")} } }`,
    `{ aggregate(groupBy: [ZONE, LEVEL]) { ${select("Aggregate")} } }`,
    `{ compareZones(ids: ["${zoneId}"]) { ${select("ZoneComparison")} } }`,
    `{ entities(first: 25, where: { type: { in: [ZONE, PROJECT] } }, orderBy: [{ field: NAME, direction: DESC }]) { ${select("EntityConnection")} } }`,
  ];
}

function synthetic(): GraphState {
  const chunks = encodeSnapshot(generateGraph({ preset: "small", seed: 5 }), "small.zgs");
  const bytes = Buffer.concat(chunks);
  return buildGraphState(decodeSnapshot(bytes));
}

const graphs: [string, () => GraphState][] = [
  ["the corpus", () => buildGraphState(loadCorpusGraph())],
  ["the two-zone fixture", () => buildGraphState(twoZoneGraph())],
  ["a synthetic graph (snapshot)", synthetic],
];

describe("graphql-jit with the server's options = graphql-js", () => {
  for (const [label, contextOf] of graphs) {
    it(`answers every generated query on ${label} exactly as graphql-js`, async () => {
      const ctx = contextOf();
      for (const query of queries(ctx)) {
        const document = parse(query);
        const compiled = compileQuery(schema, document, undefined, JIT_OPTIONS);
        if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit cannot compile: ${query}`);
        const expected = JSON.stringify(await execute({ schema, document, contextValue: ctx }));
        const got = JSON.stringify(await compiled.query(undefined, ctx, {}));
        expect(got, query).toBe(expected);
        expect(expected, query).not.toContain('"errors"');
      }
    });
  }

  it("selects widely: every object type of the schema is reached by the generated queries", () => {
    queries(buildGraphState(twoZoneGraph()));
    const missing = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith("__") && t.name !== "Query")
      .filter((t) => !reached.has(t.name))
      .map((t) => t.name);
    expect(missing).toEqual([]);
  });
});
