// graphql-jit, compiled with the server's options (execution/use-jit.ts: leaf values are not
// re-serialised, since resolvers return them in their GraphQL form), gives byte for byte the
// answer of graphql-js's own `execute` — which does serialise every leaf — over generated
// queries that select every field without required arguments (three levels deep, every
// implementation of an interface), on the corpus, the two-zone fixture and a synthetic graph; and
// the curation operations (with a curator's grant, on two temporary copies of the corpus folder:
// one run by graphql-js, the other by graphql-jit) from ingest to publish.
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
import { afterAll, describe, expect, it } from "vitest";
import { CurationGrant, GRANT_KEY } from "../src/curation/curation-grant.ts";
import { CurationService } from "../src/curation/curation-service.ts";
import type { GraphState } from "../src/state/graph-state.ts";
import { StateHolder } from "../src/state/state-holder.ts";
import { JIT_OPTIONS } from "../src/app/jit-cache.ts";
import { schema } from "../src/schema/index.ts";
import { buildGraphState } from "../src/state/graph-state.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";
import { ARTICLE, corpusCopy, removeFolders } from "./curation-helpers.ts";

afterAll(removeFolders);

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

  it("answers the curation operations, from ingest to publish, exactly as graphql-js", async () => {
    const js = await curator();
    const jit = await curator();
    for (const [label, operation] of curationOperations()) {
      const document = parse(operation.query);
      const compiled = compileQuery(schema, document, undefined, JIT_OPTIONS);
      if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit cannot compile: ${label}`);
      const expected = await execute({
        schema,
        document,
        contextValue: js.context(),
        variableValues: operation.variables(js.ids),
      });
      const got = await compiled.query(undefined, jit.context(), operation.variables(jit.ids));
      js.saw(expected.data);
      jit.saw(got.data);
      expect(JSON.stringify(got.errors), label).toBe(JSON.stringify(expected.errors));
      expect(expected.errors, label).toBeUndefined();
      // Each folder makes its own draft id and timestamps; everything else must be equal.
      expect(jit.normalised(got.data), label).toBe(js.normalised(expected.data));
    }
  });

  it("selects widely: every object type of the schema is reached by the generated queries", () => {
    queries(buildGraphState(twoZoneGraph()));
    curationOperations();
    const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
    const missing = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith("__") && !roots.has(t.name))
      .filter((t) => !reached.has(t.name))
      .map((t) => t.name);
    expect(missing).toEqual([]);
  });
});

const COMPANY = "包头瑞丰永磁科技有限公司";
const ZONE = "包头稀土高新区";

/** A curator on a fresh copy of the corpus folder: its context (with the grant) and its draft's id. */
async function curator() {
  const holder = new StateHolder();
  const service = await CurationService.open(corpusCopy(), holder, {
    info: () => undefined,
    error: () => undefined,
  });
  const grant = new CurationGrant(service, "王芳");
  let draftId = "";
  let entities: { id: string; name: string }[] = [];
  return {
    /** The ids the next operation needs: the draft's, and its entity proposals' by name. */
    get ids(): Ids {
      return {
        draft: draftId,
        entity: (name) => entities.find((e) => e.name === name)?.id ?? `no entity "${name}"`,
      };
    },
    /** The context of the next operation (a publish swaps the state, so it is made each time). */
    context: () => ({ ...holder.current(), [GRANT_KEY]: grant }),
    saw(data: unknown) {
      const made = (data as { ingestArticle?: { id: string; entities: typeof entities } } | null | undefined)
        ?.ingestArticle;
      if (made !== undefined) ({ id: draftId, entities } = made);
    },
    normalised: (data: unknown) =>
      JSON.stringify(data)
        .replaceAll(draftId, "<draft>")
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "<time>"),
  };
}

/** What a curation operation's variables are made from. */
interface Ids {
  draft: string;
  entity: (name: string) => string;
}

/** The curation operations of one review, in order, each selecting every field of its answer. */
function curationOperations(): [
  string,
  { query: string; variables: (ids: Ids) => Record<string, unknown> },
][] {
  const draft = select("Draft", 3);
  return [
    [
      "ingestArticle",
      {
        query: `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { ${draft} } }`,
        variables: () => ({ input: ARTICLE }),
      },
    ],
    [
      "decideProposals",
      {
        query: `mutation($id: ID!, $company: ID!, $zone: ID!) { decideProposals(draftId: $id, expectedVersion: 1,
          decisions: [{ proposalId: $company, action: EDIT, edit: { nameEn: "Baotou Ruifeng" } },
            { proposalId: $zone, action: LINK, linkTo: "baotou-rare-earth-hi-tech-zone" }]) { ${draft} } }`,
        variables: (ids) => ({ id: ids.draft, company: ids.entity(COMPANY), zone: ids.entity(ZONE) }),
      },
    ],
    [
      "addFact",
      {
        query: `mutation($id: ID!, $company: ID!, $zone: ID!) { addFact(draftId: $id, expectedVersion: 2,
          fact: { kind: RELATION, relationType: LOCATED_IN, from: $company, to: $zone,
            span: { quote: "瑞丰永磁位于包头稀土高新区" } }) { ${draft} } }`,
        variables: (ids) => ({ id: ids.draft, company: ids.entity(COMPANY), zone: ids.entity(ZONE) }),
      },
    ],
    [
      "draft and drafts",
      {
        query: `query($id: ID!) { draft(id: $id) { ${draft} } drafts(first: 4) { id version status } }`,
        variables: (ids) => ({ id: ids.draft }),
      },
    ],
    [
      "publishDraft",
      {
        query: `mutation($id: ID!) { publishDraft(draftId: $id, expectedVersion: 3) { ${select("PublishResult", 3)} } }`,
        variables: (ids) => ({ id: ids.draft }),
      },
    ],
    ["stats after the publish", { query: `{ stats { graphVersion entityCount } }`, variables: () => ({}) }],
  ];
}
