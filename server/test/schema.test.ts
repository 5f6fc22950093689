// The printed schema is committed and current; every type, field, argument and enum value is
// described; the contract of DESIGN.md is present with its exact shapes.
import { readFileSync } from "node:fs";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLNamedType } from "graphql";
import { describe, expect, it } from "vitest";
import { printedSchema, SCHEMA_FILE } from "../src/cli/print-schema.ts";
import { schema } from "../src/schema/index.ts";

describe("schema", () => {
  it("matches the committed server/schema.graphql", () => {
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    expect(
      committed === printedSchema(),
      "server/schema.graphql is out of date: run `pnpm --filter @zonegraph/server schema:print` and commit it",
    ).toBe(true);
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    const types = Object.values(schema.getTypeMap()).filter(
      (t: GraphQLNamedType) => !t.name.startsWith("__"),
    );
    for (const type of types) {
      if (["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("has the contract's names and shapes", () => {
    const sdl = printedSchema();
    const fragments = [
      "enum EntityType {",
      "enum Direction {",
      "interface Node {",
      "interface Entity implements Node {",
      "type Relation implements Node {",
      "type Source implements Node {",
      "type SearchHit {",
      "enum TieRole {",
      "type TiedEntity {",
      "type TiedEntityConnection {",
      "type TiedEntityEdge {",
      "type Subgraph {",
      "type Path {",
      "node(",
      "): Node",
      "entity(",
      "): Entity",
      "search(",
      "): [SearchHit!]!",
      "zones: [Zone!]!",
      "tiedToZone(",
      // Nullable since issue 10: an unknown id answers null with BAD_USER_INPUT, the other fields kept.
      "): TiedEntityConnection\n",
      "neighborhood(",
      "): Subgraph\n",
      "shortestPath(",
      "): Path\n",
      "stats: GraphStats!",
      "direction: Direction = BOTH",
      "maxHops: Int = 4",
      "first: Int = 100",
      "first: Int = 10",
      "depth: Int = 1",
      "relations(",
      "): [Relation!]!",
      "edges: [TiedEntityEdge!]!",
      "pageInfo: PageInfo!",
      "totalCount: Int!",
      "path: [Relation!]!",
      "hops: Int!",
      "role: TieRole!",
      "matched: String!",
      "score: Float!",
      "investmentYuan: Float",
      "quote: String!",
      "start: Int!",
      "end: Int!",
      "authors: [String!]!",
      "text: String!",
      "aliases: [String!]!",
      "evidence: [Evidence!]!",
      "metrics: [Metric!]!",
      "nameEn: String",
      "name: String!",
    ];
    for (const f of fragments) expect(sdl, f).toContain(f);
    for (const t of [
      "Zone",
      "Region",
      "Company",
      "Platform",
      "Project",
      "Investor",
      "Person",
      "Organization",
    ]) {
      expect(sdl).toContain(`type ${t} implements Entity & Node {`);
    }
    for (const v of [
      "ZONE",
      "REGION",
      "COMPANY",
      "PLATFORM",
      "PROJECT",
      "INVESTOR",
      "PERSON",
      "ORGANIZATION",
    ])
      expect(sdl).toMatch(new RegExp(`\\n  ${v}\\n`));
  });
});
